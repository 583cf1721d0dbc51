"""Who carries a project and what it is part of, on invented sentences: carriers named in more words ("ist
Projektträgerin von „X“", "Verantwortlich für das Projekt X ist die Y", "A und B tragen gemeinsam …"), a body's kind
noun as subject ("Die Stiftung setzt … um"), an offer's noun for the project named before, relative clauses after a
closing particle or in the perfect, coordination in other words, and the network a project works with but is no part
of."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _relations(text: str) -> set[tuple[str, str, str]]:
    return facts_of("Neues aus Kassel\n\n" + text).relations


def _hosts(sentence: str) -> set[tuple[str, str]]:
    relations = facts_of("Neues aus Kassel\n\nDas IQ Netzwerk Hessen berät in Kassel. " + sentence).relations
    return {(s, o) for s, p, o in relations if p == "hostedBy"}


@pytest.mark.parametrize(
    "prose",
    [
        "Neu dabei ist die Werkbank Zukunft. Sie wird vom Verein Lernort e. V. durchgeführt.",
        "Besonders gefragt war zuletzt Werkbank Zukunft, das vom Verein Lernort e. V. durchgeführt wird.",
        "Die Werkbank Zukunft wird vom Verein Lernort e. V. durchgeführt.",
    ],
)
def test_a_listed_name_met_before_its_list_is_the_project_there(prose: str) -> None:
    relations = _relations(
        f"{prose}\n\nDie Teilprojekte im Überblick:\n- Werkbank Zukunft\n- Lotsenhaus Süd\n"
    )
    assert ("Werkbank Zukunft", "hostedBy", "Lernort e. V.") in relations


@pytest.mark.parametrize(
    ("second", "payer"),
    [
        ("Das Angebot wird durch das Land Hessen gefördert.", "Land Hessen"),
        ("Die Beratung wird aus Mitteln der Stadt Kassel finanziert.", "Stadt Kassel"),
        ("Das Projekt wird vom Land Hessen gefördert.", "Land Hessen"),
    ],
)
def test_a_project_s_kind_noun_after_its_network_stands_for_the_project(second: str, payer: str) -> None:
    first = "Die Beratungsstelle „Brücke Nord“ ist ein Teilprojekt des IQ Netzwerks Hessen. "
    relations = _relations(first + second)
    assert ("Beratungsstelle „Brücke Nord“", "fundedBy", payer) in relations
    assert not any(s.startswith("IQ") and p == "fundedBy" for s, p, _ in relations)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt wird von der Stiftung Musterweg umgesetzt.",
        "Das Teilprojekt wird von der Stiftung Musterweg durchgeführt.",
        "Die Anlaufstelle ist bei der Stiftung Musterweg angesiedelt.",
    ],
)
def test_a_project_noun_stands_for_the_project_named_last_among_several(sentence: str) -> None:
    text = (
        "Das Projekt „Brücke Nord“ berät in Kassel. Neu ist das Projekt „Lotsenhaus Süd“ in Fulda. "
        + sentence
    )
    relations = _relations(text)
    assert ("Lotsenhaus Süd", "hostedBy", "Stiftung Musterweg") in relations
    assert ("Brücke Nord", "hostedBy", "Stiftung Musterweg") not in relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Außerhalb des IQ Netzwerks Hessen setzt die Stiftung Musterweg im Auftrag der Stadt Kassel das Projekt „Brücke Nord“ um.",
        "Neben dem IQ Netzwerk Hessen führt der Verein Lernort e. V. im Auftrag der Stadt Kassel das Projekt „Brücke Nord“ durch.",
        "Im IQ Netzwerk Hessen bietet die Stiftung Musterweg im Auftrag der Stadt Kassel das Projekt „Brücke Nord“ an.",
    ],
)
def test_the_body_commissioning_a_project_pays_for_it_and_carries_none(sentence: str) -> None:
    relations = _relations(sentence)
    assert ("Brücke Nord", "fundedBy", "Stadt Kassel") in relations
    assert ("Brücke Nord", "hostedBy", "Stadt Kassel") not in relations
    assert not any(s.startswith("IQ") and p == "fundedBy" for s, p, _ in relations)


@pytest.mark.parametrize(
    "sentence",
    [
        "Außerhalb des IQ Netzwerks setzt die Stiftung Musterweg das Projekt „Brücke Nord“ um.",
        "Das Projekt „Brücke Nord“ ist nicht Teil des IQ Netzwerks, sondern ein Landesprojekt.",
        "Außerhalb der IQ Förderung bietet die Stiftung Musterweg das Projekt „Brücke Nord“ an.",
    ],
)
def test_a_project_placed_outside_the_network_is_no_part_of_it(sentence: str) -> None:
    text = "Das IQ Netzwerk Hessen berät seit 2012 in Kassel. " + sentence
    relations = _relations(text)
    assert not any(s == "Brücke Nord" and p == "partOf" for s, p, _ in relations)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Netzwerk arbeitet eng mit dem Projekt „Brücke Nord“ zusammen, das die Stiftung Musterweg betreibt.",
        "Wir laden zum Projekt „Brücke Nord“ ein, das die Stiftung Musterweg umsetzt.",
        "Das Land nimmt am Projekt „Brücke Nord“ teil, das die Stiftung Musterweg durchführt.",
    ],
)
def test_a_relative_clause_after_the_closing_particle_names_the_unit_s_carrier(sentence: str) -> None:
    relations = _relations(sentence)
    assert ("Brücke Nord", "hostedBy", "Stiftung Musterweg") in relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Lernwerk Kassel gGmbH ist die koordinierende Stelle des IQ Netzwerks Hessen.",
        "Federführend im IQ Netzwerk Hessen ist die Lernwerk Kassel gGmbH.",
        "Die Lernwerk Kassel gGmbH koordiniert seit 2015 die Arbeit des IQ Netzwerks Hessen.",
    ],
)
def test_a_coordinating_body_named_in_other_words_carries_the_network(sentence: str) -> None:
    assert ("IQ Landesnetzwerk Hessen", "Lernwerk Kassel gGmbH") in _hosts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Lernwerk Kassel gGmbH koordiniert die Arbeit der Lehrkräfte.",
        "Die Lernwerk Kassel gGmbH koordiniert die Termine der Kurse.",
        "Die Lernwerk Kassel gGmbH ist eine Stelle des Landes.",
    ],
)
def test_a_body_coordinating_no_unit_carries_none(sentence: str) -> None:
    assert ("IQ Landesnetzwerk Hessen", "Lernwerk Kassel gGmbH") not in _hosts(sentence)


@pytest.mark.parametrize(
    "placing",
    [
        "Die Projekte sind nicht Teil des IQ Netzwerks Hessen.",
        "Beide Vorhaben laufen außerhalb des IQ Netzwerks Hessen.",
        "Anders als die Beratung sind sie nicht Bestandteil des IQ Netzwerks Hessen.",
    ],
)
def test_a_release_placing_its_projects_outside_the_network_adds_none_to_it(placing: str) -> None:
    text = "Das Land fördert die Projekte „Brücke Nord“ und „Lotsenhaus Süd“. " + placing
    relations = _relations(text)
    assert not any(p == "partOf" and s in ("Brücke Nord", "Lotsenhaus Süd") for s, p, _ in relations)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Lernwerk Kassel gGmbH ist seit 2020 Projektträgerin von „Brücke Nord“.",
        "Verantwortlich für das Projekt „Brücke Nord“ ist die Lernwerk Kassel gGmbH.",
        "Die Lernwerk Kassel gGmbH realisiert das Projekt „Brücke Nord“.",
    ],
)
def test_a_carrier_named_in_more_words_carries_the_project(sentence: str) -> None:
    assert ("Brücke Nord", "Lernwerk Kassel gGmbH") in _hosts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Lernwerk Kassel gGmbH und die Stiftung Musterweg tragen gemeinsam das Projekt „Brücke Nord“.",
        "Die Lernwerk Kassel gGmbH und die Stiftung Musterweg betreiben seit 2020 das Projekt „Brücke Nord“.",
        "Die Lernwerk Kassel gGmbH und die Stiftung Musterweg koordinieren das Projekt „Brücke Nord“.",
    ],
)
def test_bodies_coordinated_before_a_plural_verb_of_carrying_each_carry_the_project(sentence: str) -> None:
    hosts = _hosts(sentence)
    assert {("Brücke Nord", "Lernwerk Kassel gGmbH"), ("Brücke Nord", "Stiftung Musterweg")} <= hosts


@pytest.mark.parametrize(
    ("sentence", "fachstelle"),
    [
        (
            "Das Projekt „Brücke Nord“ der IQ Fachstelle Einwanderung startet im Mai.",
            "IQ Fachstelle Einwanderung",
        ),
        (
            "Im Projekt „Brücke Nord“ der IQ Fachstelle Migrantenökonomie lernen Gründerinnen.",
            "IQ Fachstelle Migrantenökonomie",
        ),
        (
            "Das Teilprojekt „Brücke Nord“ der IQ Fachstelle Einwanderung berät Betriebe.",
            "IQ Fachstelle Einwanderung",
        ),
    ],
)
def test_a_project_of_an_iq_fachstelle_is_part_of_it(sentence: str, fachstelle: str) -> None:
    relations = _relations(sentence)
    assert ("Brücke Nord", "partOf", fachstelle) in relations


@pytest.mark.parametrize(
    "second",
    [
        "Das Beratungsangebot ist beim Verein Lernort e. V. angesiedelt.",
        "Das Angebot wird von der Stiftung Musterweg getragen.",
        "Dieses Angebot wird vom Verein Lernort e. V. durchgeführt.",
    ],
)
def test_an_offer_s_noun_opening_a_sentence_stands_for_the_project_named_before(second: str) -> None:
    relations = facts_of(
        "Neues aus Kassel\n\nGeholfen hat die Werkbank Zukunft Kassel, ein Angebot im IQ Netzwerk Hessen. "
        + second
    ).relations
    assert any(s == "Werkbank Zukunft Kassel" and p == "hostedBy" for s, p, _ in relations)


def test_an_offer_s_noun_in_another_paragraph_stands_for_no_project_named_before() -> None:
    text = "Das Projekt „Brücke Nord“ berät in Kassel.\n\nNeues Angebot\nDas Angebot ist beim Verein Lernort e. V. angesiedelt."
    relations = _relations(text)
    assert not any(s == "Brücke Nord" and p == "hostedBy" for s, p, _ in relations)


@pytest.mark.parametrize(
    ("text", "carrier"),
    [
        (
            "Die Stiftung Zukunftsarbeit berät seit 2010. Mit dem Teilprojekt „Brücke Nord“ begleitet die Stiftung zugewanderte Handwerker.",
            "Stiftung Zukunftsarbeit",
        ),
        (
            "Die Lernwerk Kassel gGmbH wächst. Seit 2019 setzt die gGmbH das Projekt „Brücke Nord“ um.",
            "Lernwerk Kassel gGmbH",
        ),
        (
            "Der Verein Lernort e. V. feiert Geburtstag. Der Verein ist Träger des Projekts „Brücke Nord“.",
            "Lernort e. V.",
        ),
    ],
)
def test_a_body_s_kind_noun_as_subject_stands_for_the_one_body_of_that_kind(text: str, carrier: str) -> None:
    relations = _relations(text)
    assert ("Brücke Nord", "hostedBy", carrier) in relations


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Musterweg und die Stiftung Lichtblick beraten. Die Stiftung setzt das Projekt „Brücke Nord“ um.",
        "Die Stiftung Musterweg berät. Mit der Stiftung setzt der Verein Lernort e. V. das Projekt „Brücke Nord“ um.",
        "Die Stiftung Musterweg berät. Die Stiftung Lichtblick setzt das Projekt „Brücke Nord“ um.",
    ],
)
def test_a_kind_noun_names_no_body_when_ambiguous_governed_or_named(text: str) -> None:
    relations = _relations(text)
    assert ("Brücke Nord", "hostedBy", "Stiftung Musterweg") not in relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stiftung Musterweg bietet Räume für das Projekt „Brücke Nord“ an.",
        "Die Stiftung Musterweg führt Gespräche über das Projekt „Brücke Nord“ durch.",
        "Die Stiftung Musterweg setzt sich für das Projekt „Brücke Nord“ um.",
    ],
)
def test_a_project_after_a_preposition_is_no_object_of_a_verb_of_carrying(sentence: str) -> None:
    assert not any(p == "hostedBy" for _, p, _ in _relations(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stiftung Musterweg bietet mit dem Jobcenter Kassel das Projekt „Brücke Nord“ an.",
        "Die Stiftung Musterweg führt gemeinsam mit der Stadt Kassel das Projekt „Brücke Nord“ durch.",
        "Die Stiftung Musterweg setzt zusammen mit dem Jobcenter Kassel das Projekt „Brücke Nord“ um.",
    ],
)
def test_a_partner_in_a_with_phrase_is_no_carrier(sentence: str) -> None:
    hosts = {o for s, p, o in _relations(sentence) if p == "hostedBy"}
    assert hosts == {"Stiftung Musterweg"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Brücke Nord“ kooperiert mit dem IQ Netzwerk Hessen.",
        "Das Projekt „Brücke Nord“ verweist Ratsuchende an das IQ Netzwerk Hessen.",
        "Das Projekt „Brücke Nord“ arbeitet eng mit dem IQ Netzwerk Hessen zusammen.",
    ],
)
def test_a_project_working_with_the_network_is_no_part_of_it(sentence: str) -> None:
    assert not any(p == "partOf" and s == "Brücke Nord" for s, p, _ in _relations(sentence))


def test_a_subproject_working_with_its_network_stays_part_of_it() -> None:
    sentence = "Das Teilprojekt „Brücke Nord“ arbeitet eng mit dem IQ Netzwerk Hessen zusammen."
    assert ("Brücke Nord", "partOf", "IQ Landesnetzwerk Hessen") in _relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wir besuchen das Projekt „Brücke Nord“, das die Stiftung Musterweg seit 2019 umgesetzt hat.",
        "Das Angebot baut auf dem Projekt „Brücke Nord“ auf, das die Stiftung Musterweg bis 2022 durchgeführt habe.",
        "Gelobt wurde das Projekt „Brücke Nord“, das die Stiftung Musterweg zehn Jahre lang getragen hatte.",
    ],
)
def test_a_relative_clause_in_the_perfect_names_the_unit_s_carrier(sentence: str) -> None:
    assert ("Brücke Nord", "hostedBy", "Stiftung Musterweg") in _relations(sentence)


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein Lernort e. V. ist Träger von „Brückenbau“. Das Projekt „Brückenbau“ berät Handwerker.",
        "„Brückenbau“ wird vom Verein Lernort e. V. getragen. Das Teilprojekt „Brückenbau“ startete 2020.",
        "Träger von „Brückenbau“ ist der Verein Lernort e. V. Mehr zum Projekt „Brückenbau“ im Mai.",
    ],
)
def test_a_one_word_quoted_name_before_its_head_is_the_project_too(text: str) -> None:
    assert ("Brückenbau", "hostedBy", "Lernort e. V.") in _relations(text)


@pytest.mark.parametrize(
    ("text", "funder"),
    [
        (
            "Die Stadt Musterstadt hilft Zugewanderten. Die Stadt fördert das Projekt „Brücke Nord“ seit 2021.",
            "Stadt Musterstadt",
        ),
        (
            "Das Land Brandenburg unterstützt Geflüchtete. Seit 2019 fördert das Land das Projekt „Brücke Nord“.",
            "Land Brandenburg",
        ),
        (
            "Die Agentur für Arbeit Kassel berät Betriebe. Die Arbeitsagentur finanziert das Projekt „Brücke Nord“.",
            "Agentur für Arbeit Kassel",
        ),
    ],
)
def test_a_public_body_s_kind_noun_as_subject_stands_for_the_one_body_of_that_kind(
    text: str, funder: str
) -> None:
    assert ("Brücke Nord", "fundedBy", funder) in _relations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt Musterstadt und die Stadt Beispielheim helfen. Die Stadt fördert das Projekt „Brücke Nord“.",
        "Die Stadt fördert das Projekt „Brücke Nord“. Die Stadt Musterstadt hilft Zugewanderten.",
        "Das Land Brandenburg hilft. Mit dem Land fördert der Verein Lernort e. V. das Projekt „Brücke Nord“.",
    ],
)
def test_a_public_body_s_kind_noun_names_no_body_when_ambiguous_unnamed_before_or_governed(text: str) -> None:
    funders = {o for s, p, o in _relations(text) if s == "Brücke Nord" and p == "fundedBy"}
    assert not funders & {"Stadt Musterstadt", "Land Brandenburg"}


@pytest.mark.parametrize(
    ("text", "funder"),
    [
        (
            "Der Landkreis Gotha berät Zugewanderte. Gefördert wird das Projekt „Brücke Nord“ von der Stiftung Lernzeit und dem Landkreis.",
            "Landkreis Gotha",
        ),
        (
            "Die Stiftung Lernzeit hilft seit Jahren. Das Projekt „Brücke Nord“ wird vom Land Hessen und der Stiftung finanziert.",
            "Stiftung Lernzeit",
        ),
        (
            "Das Jobcenter Kassel berät Geflüchtete. Das Projekt „Brücke Nord“ wird von der Stadt Kassel und dem Jobcenter gefördert.",
            "Jobcenter Kassel",
        ),
    ],
)
def test_a_kind_noun_in_the_dative_after_und_stands_for_the_one_body_of_that_kind(
    text: str, funder: str
) -> None:
    assert ("Brücke Nord", "fundedBy", funder) in _relations(text)
