"""Funding read on invented sentences: a modal passive ("X soll vom Y gefördert werden"), the payer of an active
clause not funded by the participle phrase after it ("Seit 2005 fördert Y das Programm X, kofinanziert durch Z"), a
programme named in a frame after the verb no object ("fördert im Rahmen des Programms P das Projekt X"), and the
funders fronted before their participle ("Aus Mitteln des Y finanziert, berät X …")."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _funding(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Kassel\n\n" + text).relations if p == "fundedBy"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Brücke Nord“ soll auch künftig vom Land Hessen gefördert werden.",
        "Das Projekt „Brücke Nord“ kann ab Mai vom Land Hessen finanziert werden.",
        "Die Projekte „Brücke Nord“ und „Lotsenhaus“ sollen bis 2030 vom Land Hessen gefördert werden.",
    ],
)
def test_a_modal_passive_of_funding_names_its_funder(sentence: str) -> None:
    assert ("Brücke Nord", "Land Hessen") in _funding(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Seit 2005 fördert das Land Hessen das Projekt „Brücke Nord“, seit 2015 kofinanziert durch den Europäischen Sozialfonds.",
        "Das Land Hessen finanziert das Projekt „Brücke Nord“, kofinanziert durch den Europäischen Sozialfonds.",
        "Seit Mai unterstützt die Stadt Kassel das Projekt „Brücke Nord“, gefördert durch den Europäischen Sozialfonds.",
    ],
)
def test_a_participle_phrase_after_an_active_clause_funds_its_object_not_its_payer(sentence: str) -> None:
    funding = _funding(sentence)
    assert ("Brücke Nord", "Europäischer Sozialfonds") in funding
    assert not any(s in ("Land Hessen", "Stadt Kassel") for s, _ in funding)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Land Hessen fördert im Rahmen des Landesprogramms „Arbeit plus“ das Projekt „Brücke Nord“.",
        "Die Stadt Kassel finanziert innerhalb des Programms „Arbeit plus“ das Projekt „Brücke Nord“.",
        "Seit 2020 fördert das Land Hessen im Rahmen des Programms „Arbeit plus“ das Projekt „Brücke Nord“.",
    ],
)
def test_a_programme_in_a_frame_after_the_verb_is_no_object_of_it(sentence: str) -> None:
    payer = "Stadt Kassel" if "Stadt" in sentence else "Land Hessen"
    assert ("Brücke Nord", payer) in _funding(sentence)


@pytest.mark.parametrize(
    ("sentence", "payer"),
    [
        (
            "Aus Mitteln des Europäischen Sozialfonds finanziert, berät das Projekt „Brücke Nord“ Zugewanderte.",
            "Europäischer Sozialfonds",
        ),
        ("Von der Stadt Kassel gefördert, startet im Mai das Projekt „Brücke Nord“.", "Stadt Kassel"),
        (
            "Durch die Stadt Kassel kofinanziert, öffnet das Projekt „Brücke Nord“ eine zweite Stelle.",
            "Stadt Kassel",
        ),
    ],
)
def test_funders_fronted_before_their_participle_fund_the_unit_after_it(sentence: str, payer: str) -> None:
    assert ("Brücke Nord", payer) in _funding(sentence)


@pytest.mark.parametrize(
    ("sentence", "payer"),
    [
        (
            "Das Projekt „Brücke Nord“, das der Landkreis Kassel seit 2020 fördert, berät Frauen.",
            "Landkreis Kassel",
        ),
        (
            "Wir besuchen das Projekt „Brücke Nord“, das die Stiftung Musterweg finanziert.",
            "Stiftung Musterweg",
        ),
        ("Im Projekt „Brücke Nord“, welches das Land Hessen kofinanziert, lernen Frauen.", "Land Hessen"),
    ],
)
def test_the_subject_of_an_active_relative_clause_funds_its_antecedent(sentence: str, payer: str) -> None:
    assert ("Brücke Nord", payer) in _funding(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Brücke Nord“, das die Frauen fördert, startet.",
        "Das Projekt „Brücke Nord“, das der Austausch fördert, startet.",
        "Das Projekt „Brücke Nord“, das Zugewanderte fördert, startet.",
    ],
)
def test_an_active_relative_clause_without_a_payer_funds_nothing(sentence: str) -> None:
    assert not _funding(sentence)


@pytest.mark.parametrize(
    ("first", "second", "funded"),
    [
        (
            "Das Projekt „Brücke Nord“ ist Teil des IQ Netzwerks Hessen.",
            "Es wird vom Land Hessen gefördert.",
            "Brücke Nord",
        ),
        (
            "Das IQ Netzwerk Hessen gehört zum Förderprogramm „Integration durch Qualifizierung (IQ)“.",
            "Es wird vom Land Hessen kofinanziert.",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Das Projekt „Brücke Nord“ berät im Programm „Arbeit plus“.",
            "Finanziert wird es vom Land Hessen.",
            "Brücke Nord",
        ),
    ],
)
def test_a_pronoun_subject_goes_on_with_the_subject_of_the_sentence_before(
    first: str, second: str, funded: str
) -> None:
    funding = _funding(first + " " + second)
    assert (funded, "Land Hessen") in funding
    assert len(funding) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Brücke Nord“ erhält vom Niedersächsischen Ministerium für Soziales, Arbeit, Gesundheit und Gleichstellung für die Jahre 2021 und 2022 insgesamt 210.000 Euro.",
        "Das Projekt „Brücke Nord“ erhielt vom Ministerium für Wirtschaft, Arbeit, Energie und Klimaschutz des Landes Musterland im vergangenen Jahr rund 90.000 Euro.",
        "Das Projekt „Brücke Nord“ bekommt aus Mitteln des Ministeriums für Soziales, Gesundheit, Frauen und Familie in diesem und im kommenden Jahr Fördergelder.",
    ],
)
def test_a_payer_with_a_long_name_before_the_money_received(sentence: str) -> None:
    assert any(
        s == "Brücke Nord" and o.startswith(("Niedersächsisches", "Ministerium"))
        for s, o in _funding(sentence)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Brücke Nord“ hilft Betrieben, Fördermittel des Landes Hessen zu beantragen.",
        "Das Projekt „Brücke Nord“ informiert über die Förderung durch die Agentur für Arbeit Kassel.",
        "Das Projekt „Brücke Nord“ berät zur Finanzierung durch das Jobcenter Kassel.",
    ],
)
def test_money_others_apply_for_or_are_told_about_funds_no_project(sentence: str) -> None:
    assert not _funding(sentence)


@pytest.mark.parametrize(
    ("lead_in", "payer"),
    [
        ("Das Land Hessen fördert im Jahr 2024 folgende Projekte:", "Land Hessen"),
        ("Im Jahr 2024 finanziert die Stadt Kassel diese drei Projekte:", "Stadt Kassel"),
        ("Folgende Teilprojekte werden vom Land Hessen gefördert:", "Land Hessen"),
    ],
)
def test_the_payer_of_a_list_s_lead_in_funds_each_project_listed(lead_in: str, payer: str) -> None:
    listed = (
        "\n- Werkbank Zukunft (Lernwerk Kassel gGmbH)\n- Lotsenhaus Süd (Stiftung Musterweg)\n\nMehr im Mai."
    )
    funding = _funding(lead_in + listed)
    assert {("Werkbank Zukunft", payer), ("Lotsenhaus Süd", payer)} <= funding


def test_a_project_after_the_list_s_end_is_not_funded_by_its_payer() -> None:
    text = "Das Land Hessen fördert folgende Projekte:\n- Werkbank Zukunft (Lernwerk Kassel gGmbH)\n\nDas Projekt „Brücke Nord“ berät."
    assert ("Brücke Nord", "Land Hessen") not in _funding(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Land Hessen stellt dem Projekt „Brücke Nord“ zusätzliche Mittel zur Verfügung.",
        "Für das Projekt „Brücke Nord“ stellte das Land Hessen im Mai Fördergelder bereit.",
        "Das Projekt „Brücke Nord“ startet im Juni. Das Land Hessen gibt dafür 30.000 Euro dazu.",
    ],
)
def test_money_named_by_a_noun_or_given_on_top_is_funding(sentence: str) -> None:
    assert ("Brücke Nord", "Land Hessen") in _funding(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Geld für das Projekt „Brücke Nord“ geben das Land Hessen sowie die Stadt Kassel.",
        "Die Mittel für das Projekt „Brücke Nord“ stellen das Land Hessen und die Stadt Kassel bereit.",
        "Die Fördergelder für das Projekt „Brücke Nord“ gaben das Land Hessen und die Stadt Kassel.",
    ],
)
def test_money_fronted_as_the_object_is_given_by_the_subjects_after_the_verb(sentence: str) -> None:
    assert {("Brücke Nord", "Land Hessen"), ("Brücke Nord", "Stadt Kassel")} <= _funding(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Land Hessen stellt dem Projekt „Brücke Nord“ Räume zur Verfügung.",
        "Das Projekt „Brücke Nord“ startet im Juni. Die Stadt Kassel gibt Tipps dazu.",
        "Das Geld für das Projekt „Brücke Nord“ reicht nicht, sagt die Stadt Kassel.",
    ],
)
def test_things_given_that_are_no_money_are_no_funding(sentence: str) -> None:
    assert _funding(sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Land Hessen hat für das Projekt „Brücke Nord“ keine Mittel bereitgestellt.",
        "Das Land Hessen stellt dem Projekt „Brücke Nord“ derzeit keine Fördergelder zur Verfügung.",
        "Dem Projekt „Brücke Nord“ stellt das Land Hessen nicht länger Mittel zur Verfügung.",
    ],
)
def test_money_refused_is_no_funding(sentence: str) -> None:
    assert _funding(sentence) == set()
