"""Subprojects, partOf and fundedBy, round 18 (a construction inventory; invented sentences): a project page's title
line over a fact box with a heading ("Brücke Technik\n\nProjekt auf einen Blick\nTräger: …\nFörderung: …"), a
plural subject after a lettered list ("a) X; Träger: …" … "Die Teilprojekte werden … finanziert") or after its
fronted participle ("Gefördert werden die Projekte vom Y"), a noun of what a qualifying project does standing for it
("Finanziert wird die Qualifizierung aus Mitteln des Y", "Der Kurs wird vom Y gefördert"), and the near shapes that
give no fact."""

from __future__ import annotations

import pytest

from conftest import facts_of

_BMAS = "Bundesministerium für Arbeit und Soziales"
_ESF = "Europäischer Sozialfonds"


def _funded(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of(text).relations if p == "fundedBy"}


def _projects(text: str) -> set[str]:
    return {label for kind, label in facts_of(text).entities if kind == "Subproject"}


# ---------------------------------------------------------------- a fact box under a heading, the title line above it


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Werkstatt Technik\n\nProjekt auf einen Blick\nTräger: Lernhaus Kiel e. V.\n"
         f"Förderung: {_BMAS} und {_ESF}\n", "Werkstatt Technik"),
        ("Sprachbrücke Pflege\n\nDas Wichtigste in Kürze\nNetzwerk: IQ Netzwerk Hessen\n"
         f"Gefördert durch: {_BMAS}, {_ESF}\n", "Sprachbrücke Pflege"),
        ("„Chance Handwerk“\n\nSteckbrief\nLaufzeit: 2021 bis 2024\nProjektträger: Handwerkskammer Gera\n"
         f"Fördergeber: {_BMAS} und {_ESF}\n", "Chance Handwerk"),
        ("MedWeg Nord\n\nEckdaten zum Projekt\nStandort: Rostock\nNetzwerk: IQ Netzwerk Mecklenburg-Vorpommern\n"
         f"Finanzierung: {_BMAS} und {_ESF}\n", "MedWeg Nord"),
    ],
)  # fmt: skip
def test_a_box_under_a_heading_is_about_the_title_line_s_project(text: str, name: str) -> None:
    assert name in _projects(text)
    assert {(name, _BMAS), (name, _ESF)} <= _funded(text)
    assert not any(
        unit != name for unit, _ in _funded(text)
    )  # not the network of the box's "Netzwerk:" field


def test_a_box_heading_is_no_project_name() -> None:
    text = "Das Wichtigste in Kürze\nTräger: Lernhaus Kiel e. V.\nLaufzeit: 2022 bis 2024\n"
    assert "Das Wichtigste in Kürze" not in _projects(text)


def test_a_title_line_above_a_paragraph_of_prose_is_no_project_name() -> None:
    # a headline above a sentence, no box heading and fields after it
    text = "Neue Wege in Kiel\n\nAuf einen Blick sieht man, wie gut das Angebot angenommen wird.\n"
    assert "Neue Wege in Kiel" not in _projects(text)


# ---------------------------------------------------------------- a plural subject after a lettered list


@pytest.mark.parametrize(
    "closing",
    [
        f"Die Teilprojekte werden aus Mitteln des {_BMAS.replace('ium', 'iums')} finanziert.",
        f"Alle Teilprojekte werden vom {_BMAS} gefördert.",
        f"Gefördert werden die Teilprojekte vom {_BMAS}.",
        f"Finanziert wurden die Projekte durch das {_BMAS}.",
    ],
)
def test_a_plural_subject_after_a_lettered_list_means_each_item(closing: str) -> None:
    text = (
        "Antwort der Landesregierung\n\nIm Jahr 2020 arbeiten im IQ Netzwerk Brandenburg diese Teilprojekte:\n"
        "a) Lotsenhaus Ost; Träger: Lernwerk Potsdam e. V.\nb) Brückenkurs Technik; Träger: Bildungszentrum "
        f"Cottbus GmbH\n\n{closing}\n"
    )
    assert {("Lotsenhaus Ost", _BMAS), ("Brückenkurs Technik", _BMAS)} <= _funded(text)


def test_a_fronted_participle_with_a_plural_subject_after_a_bulleted_list() -> None:
    text = (
        "Die Teilprojekte im Überblick:\n- Werkbank Zukunft (Träger: Volkshochschule Jena)\n"
        f"- Pflegeweg Süd (Träger: Caritasverband Gera)\n\nGefördert werden die Projekte vom {_BMAS}.\n"
    )
    assert {("Werkbank Zukunft", _BMAS), ("Pflegeweg Süd", _BMAS)} <= _funded(text)


def test_a_plural_subject_after_a_list_of_persons_funds_no_project() -> None:
    text = (
        "Neues aus Gera\n\nDas Projekt „Werkbank Zukunft“ berät in Jena.\n\nAm Podium saßen:\n- Petra Beispiel\n"
        f"- Jonas Muster\n\nDie Teilnehmenden werden vom {_BMAS} eingeladen.\n"
    )
    assert _funded(text) == set()


# ---------------------------------------------------------------- what a qualifying project does, standing for it


@pytest.mark.parametrize(
    "sentence",
    [
        f"Finanziert wird die Qualifizierung aus Mitteln des {_BMAS.replace('ium', 'iums')}.",
        f"Der Kurs wird vom {_BMAS} gefördert.",
        f"Die Weiterbildung wurde durch das {_BMAS} finanziert.",
        f"Die Kosten der Qualifizierung trägt das {_BMAS}.",
    ],
)
def test_a_noun_of_what_the_project_does_stands_for_it_as_the_funded(sentence: str) -> None:
    text = f"Neues aus Gera\n\nDas Projekt „Pflegeweg Süd“ bereitet Pflegekräfte auf die Prüfung vor. {sentence}\n"
    assert ("Pflegeweg Süd", _BMAS) in _funded(text)


def test_a_qualifying_noun_with_a_name_of_its_own_is_no_stand_in() -> None:
    text = (
        "Neues aus Gera\n\nDas Projekt „Pflegeweg Süd“ bereitet Pflegekräfte vor. Die Qualifizierung „Fit für "
        f"Technik“ wird vom {_BMAS} gefördert.\n"
    )
    assert ("Pflegeweg Süd", _BMAS) not in _funded(text)


def test_a_qualifying_noun_not_funded_gives_no_funder() -> None:
    text = (
        "Neues aus Gera\n\nDas Projekt „Pflegeweg Süd“ bereitet Pflegekräfte vor. Der Kurs wird vom Lernhaus "
        "Gera e. V. durchgeführt.\n"
    )
    assert _funded(text) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        f"Finanziert wird die Qualifizierung aus Mitteln des {_BMAS.replace('ium', 'iums')}.",
        f"Gefördert wird der Kurs vom {_BMAS}.",
        f"Finanziert wird die Maßnahme durch das {_BMAS}.",
    ],
)
def test_a_qualifying_noun_means_the_project_not_its_network_named_after_it(sentence: str) -> None:
    text = (
        "Neues aus Kiel\n\nDas Projekt „Lotsenhaus Süd“ ist Teil des IQ Netzwerks Schleswig-Holstein. Koordiniert "
        f"wird das Landesnetzwerk vom Verein Beispiel e. V. {sentence}\n"
    )
    assert _funded(text) == {("Lotsenhaus Süd", _BMAS)}


def test_the_network_s_own_noun_still_means_the_network() -> None:
    text = (
        "Neues aus Kiel\n\nDas Projekt „Lotsenhaus Süd“ gehört zum IQ Netzwerk Schleswig-Holstein. Gefördert "
        f"wird das Netzwerk vom {_BMAS}.\n"
    )
    assert _funded(text) == {("IQ Netzwerk Schleswig-Holstein", _BMAS)}


# ---------------------------------------------------------------- quoted names after a plural project noun and a verb


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Zu den Teilprojekten des Netzwerks gehören „Werkbank Zukunft“, „Pflegeweg“ und „Lotsenhaus Ost“.",
         {"Werkbank Zukunft", "Pflegeweg", "Lotsenhaus Ost"}),
        ("Zu den Projekten im IQ Netzwerk Thüringen zählten damals „Pflegeweg“ und „Lotsenhaus Ost“.",
         {"Pflegeweg", "Lotsenhaus Ost"}),
        ("Unter den neun Teilprojekten des IQ Netzwerks Sachsen sind auch „Pflegeweg“ und „Lotsenhaus Ost“.",
         {"Pflegeweg", "Lotsenhaus Ost"}),
        ("Die beiden neuen Projekte heißen „Pflegeweg“ und „Lotsenhaus Ost“.", {"Pflegeweg", "Lotsenhaus Ost"}),
    ],
)  # fmt: skip
def test_quoted_names_after_a_plural_project_noun_and_its_verb(sentence: str, names: set[str]) -> None:
    assert names <= _projects(f"Neues aus Gera\n\n{sentence}\n")


def test_the_network_of_the_plural_noun_is_the_whole_of_each_name() -> None:
    text = "Neues aus Gera\n\nZu den Projekten im IQ Netzwerk Thüringen zählen „Pflegeweg“ und „Lotsenhaus Ost“.\n"
    part_of = {(s, o) for s, p, o in facts_of(text).relations if p == "partOf"}
    assert {("Pflegeweg", "IQ Netzwerk Thüringen"), ("Lotsenhaus Ost", "IQ Netzwerk Thüringen")} <= part_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Projekte sind „sehr erfolgreich“, sagte die Ministerin.",  # small letters: a word quoted, no name
        "In den Projekten gehören „Respekt“ und „Vertrauen“ zum Alltag, sagte sie.",  # a place, not a subject
        "Zu den Projekten gehören „Respekt“ und „Vertrauen“ als Werte.",  # the clause goes on after the quotes
    ],
)
def test_quoted_words_after_a_plural_project_noun_that_are_no_names(sentence: str) -> None:
    assert _projects(f"Neues aus Gera\n\n{sentence}\n") == set()


# ---------------------------------------------------------------- a share of the money by a separable verb


@pytest.mark.parametrize(
    ("sentence", "payer"),
    [
        ("Die Stadt Kassel steuert 50.000 Euro bei.", "Stadt Kassel"),
        ("Der Landkreis Gera steuerte im ersten Jahr rund 20.000 Euro bei.", "Landkreis Gera"),
        ("Die Stadt Kassel schießt weitere 15.000 Euro zu.", "Stadt Kassel"),
        ("Auch die Stadt Kassel steuerte 2023 einen Zuschuss von 10.000 Euro bei.", "Stadt Kassel"),
    ],
)
def test_a_separable_verb_of_a_share_of_the_money_names_a_payer(sentence: str, payer: str) -> None:
    text = f"Neues aus Kassel\n\nDas Projekt „Lotsenhaus Ost“ startet im Mai. {sentence}\n"
    assert ("Lotsenhaus Ost", payer) in _funded(text)


def test_the_first_clause_s_payer_keeps_its_own_sum() -> None:
    text = (
        "Neues aus Kassel\n\nDas Land Hessen fördert das Projekt „Lotsenhaus Ost“ mit 300.000 Euro, die Stadt "
        "Kassel steuert weitere 50.000 Euro bei.\n"
    )
    assert {("Lotsenhaus Ost", "Land Hessen"), ("Lotsenhaus Ost", "Stadt Kassel")} <= _funded(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stadt Kassel steuert ihre Erfahrung bei.",  # no money
        "Die Stadt Kassel schießt ein Foto zu.",  # no money
        "Die Stadt Kassel steuert keine 5.000 Euro bei.",  # money refused
    ],
)
def test_a_separable_verb_without_money_names_no_payer(sentence: str) -> None:
    text = f"Neues aus Kassel\n\nDas Projekt „Lotsenhaus Ost“ startet im Mai. {sentence}\n"
    assert _funded(text) == set()


# ---------------------------------------------------------------- money received, its amount after the money noun


@pytest.mark.parametrize(
    ("sentence", "payer"),
    [
        ("Das Projekt „Lotsenhaus Ost“ erhält von der Stadt Kassel einen Zuschuss von 20.000 Euro.", "Stadt Kassel"),
        ("Das Projekt „Lotsenhaus Ost“ erhielt vom Land Hessen Zuschüsse von insgesamt 90.000 Euro.", "Land Hessen"),
        ("Das Angebot „Lotsenhaus Ost“ bekommt vom Landkreis Gera eine Zuwendung von 8.000 Euro.", "Landkreis Gera"),
    ],
)  # fmt: skip
def test_the_payer_before_a_money_noun_and_its_amount(sentence: str, payer: str) -> None:
    assert ("Lotsenhaus Ost", payer) in _funded(f"Neues aus Kassel\n\n{sentence}\n")


def test_a_money_noun_and_its_amount_without_a_payer_give_none() -> None:
    assert (
        _funded("Neues aus Kassel\n\nDas Projekt „Lotsenhaus Ost“ erhält einen Zuschuss von 20.000 Euro.\n")
        == set()
    )


def test_a_second_payer_s_clause_after_the_first_s_funds_the_unit_spoken_of() -> None:
    text = (
        "Neues aus Kassel\n\nDas Projekt „Lotsenhaus Ost“ startet im Mai. Das Land Hessen fördert das Vorhaben mit "
        "300.000 Euro, die Stadt Kassel steuert weitere 50.000 Euro bei.\n"
    )
    assert {("Lotsenhaus Ost", "Land Hessen"), ("Lotsenhaus Ost", "Stadt Kassel")} <= _funded(text)


def test_money_provided_to_a_body_in_the_payer_s_clause_funds_no_project() -> None:
    text = (
        "Neues aus Kassel\n\nDas Projekt „Lotsenhaus Ost“ startet im Mai. Das Land Hessen stellt der Stadt Kassel "
        "50.000 Euro bereit.\n"
    )
    assert _funded(text) == set()


# ---------------------------------------------------------------- belonging and funding denied or only wished for


def _parts(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of(text).relations if p == "partOf"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Lotsenhaus Ost“ ist seit 2020 nicht mehr Teil des IQ Netzwerks Thüringen.",
        "Das Projekt „Lotsenhaus Ost“ ist nicht länger Bestandteil des IQ Netzwerks Thüringen.",
        "Seit dem Sommer ist „Lotsenhaus Ost“ nicht mehr Teil des IQ Netzwerks Thüringen.",
    ],
)
def test_a_unit_no_longer_part_of_the_network_is_not_its_part(sentence: str) -> None:
    assert _parts(f"Neues aus Gera\n\n{sentence}\n") == set()


def test_a_unit_still_part_of_the_network_is_its_part() -> None:
    text = "Neues aus Gera\n\nDas Projekt „Lotsenhaus Ost“ ist seit 2020 Teil des IQ Netzwerks Thüringen.\n"
    assert _parts(text) == {("Lotsenhaus Ost", "IQ Netzwerk Thüringen")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Lotsenhaus Ost“ hofft auf eine Förderung durch das Land Thüringen.",
        "Das Projekt „Lotsenhaus Ost“ setzt auf die Förderung durch das Land Thüringen.",
        "Der Antrag auf Förderung durch das Land Thüringen ist für „Lotsenhaus Ost“ gestellt.",
    ],
)
def test_funding_wished_or_applied_for_is_none(sentence: str) -> None:
    assert _funded(f"Neues aus Gera\n\n{sentence}\n") == set()


def test_funding_received_by_a_noun_still_funds() -> None:
    text = "Neues aus Gera\n\nDas Projekt „Lotsenhaus Ost“ startet mit einer Förderung durch das Land Thüringen.\n"
    assert _funded(text) == {("Lotsenhaus Ost", "Land Thüringen")}


# ---------------------------------------------------------------- the writer's own unit by a possessive


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Das IQ Netzwerk Thüringen berät Zugewanderte. Unsere Arbeit wird vom Land Thüringen gefördert.",
         ("IQ Netzwerk Thüringen", "Land Thüringen")),
        ("Das Projekt „Lotsenhaus Ost“ berät in Gera. Unser Projekt wurde 2022 vom Land Thüringen finanziert.",
         ("Lotsenhaus Ost", "Land Thüringen")),
        ("Das Projekt „Lotsenhaus Ost“ berät in Gera. Gefördert wird unsere Arbeit vom Land Thüringen.",
         ("Lotsenhaus Ost", "Land Thüringen")),
    ],
)  # fmt: skip
def test_a_possessive_subject_stands_for_the_unit_spoken_of(text: str, fact: tuple[str, str]) -> None:
    assert fact in _funded(f"Neues aus Gera\n\n{text}\n")


def test_a_possessive_of_other_people_stands_for_no_unit() -> None:
    text = "Neues aus Gera\n\nDas Projekt „Lotsenhaus Ost“ berät. Unsere Arbeitgeber werden vom Land Thüringen gefördert.\n"
    assert _funded(text) == set()


# ---------------------------------------------------------------- a funding field by the project's compound


_SOCIAL = "Thüringer Ministerium für Soziales"


@pytest.mark.parametrize(
    "text",
    [
        f"Projekt: Werkbank Zukunft\nProjektförderung: {_SOCIAL}\n",
        f"Werkbank Zukunft\n\nSteckbrief\nNetzwerk: IQ Netzwerk Thüringen\nProjektfinanzierung: {_SOCIAL}\n",
        f"Projekt: Werkbank Zukunft\nLaufzeit: 2021 bis 2023\nFörderung durch: {_SOCIAL}\n",
    ],
)
def test_a_funding_field_named_by_a_compound_funds_the_box_s_project(text: str) -> None:
    assert _funded(text) == {("Werkbank Zukunft", _SOCIAL)}


def test_a_field_of_another_kind_funds_nothing() -> None:
    assert _funded(f"Projekt: Werkbank Zukunft\nProjektleitung: {_SOCIAL}\n") == set()


# ---------------------------------------------------------------- money's support and where it comes from


@pytest.mark.parametrize(
    "sentence",
    [
        "Finanzielle Unterstützung kommt vom Land Thüringen.",
        "Die finanzielle Unterstützung für das Projekt kam bis 2022 vom Land Thüringen.",
        "Finanzielle Unterstützung kommt seit 2020 auch vom Land Thüringen.",
    ],
)
def test_money_s_support_coming_from_a_payer_funds_the_unit_spoken_of(sentence: str) -> None:
    text = f"Neues aus Gera\n\nDas Projekt „Lotsenhaus Ost“ berät in Gera. {sentence}\n"
    assert ("Lotsenhaus Ost", "Land Thüringen") in _funded(text)


def test_support_without_money_coming_from_a_body_funds_nothing() -> None:
    text = "Neues aus Gera\n\nDas Projekt „Lotsenhaus Ost“ berät in Gera. Unterstützung kommt vom Land Thüringen.\n"
    assert _funded(text) == set()


# ---------------------------------------------------------------- a plural participle attribute, paired payers


@pytest.mark.parametrize(
    "sentence",
    [
        "Die vom Land Thüringen geförderten Teilprojekte „Lotsenhaus Ost“ und „Pflegeweg“ beraten in Gera.",
        "In den vom Land Thüringen finanzierten Projekten „Lotsenhaus Ost“ und „Pflegeweg“ lernen Pflegekräfte.",
        "Die durch das Land Thüringen kofinanzierten Teilprojekte „Lotsenhaus Ost“ sowie „Pflegeweg“ starten im Mai.",
    ],
)
def test_a_plural_participle_attribute_funds_each_unit_after_it(sentence: str) -> None:
    funded = _funded(f"Neues aus Gera\n\n{sentence}\n")
    assert {("Lotsenhaus Ost", "Land Thüringen"), ("Pflegeweg", "Land Thüringen")} <= funded


def test_a_singular_participle_attribute_funds_its_unit_only() -> None:
    text = "Neues aus Gera\n\nDas vom Land Thüringen geförderte Projekt „Lotsenhaus Ost“ und der Verein Lernhaus e. V. laden ein.\n"
    assert _funded(text) == {("Lotsenhaus Ost", "Land Thüringen")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Sowohl das Land Thüringen als auch die Stadt Gera fördern das Projekt „Lotsenhaus Ost“.",
        "Sowohl das Land Thüringen als auch die Stadt Gera finanzierten 2022 das Projekt „Lotsenhaus Ost“.",
        "Das Projekt „Lotsenhaus Ost“ wird sowohl vom Land Thüringen als auch von der Stadt Gera gefördert.",
    ],
)
def test_payers_paired_by_sowohl_als_auch_each_fund(sentence: str) -> None:
    funded = _funded(f"Neues aus Gera\n\n{sentence}\n")
    assert {("Lotsenhaus Ost", "Land Thüringen"), ("Lotsenhaus Ost", "Stadt Gera")} <= funded


# ---------------------------------------------------------------- a payer taking on the funding, its verb last


@pytest.mark.parametrize(
    ("sentence", "payer"),
    [
        ("Das Projekt „Lotsenhaus Ost“ kann weiterarbeiten, weil das Land Thüringen die Finanzierung übernimmt.",
         "Land Thüringen"),
        ("Das Projekt „Lotsenhaus Ost“ kann bleiben, seit die Stadt Gera die Finanzierung übernommen hat.",
         "Stadt Gera"),
        ("Das Projekt „Lotsenhaus Ost“ startet. Die Leiterin freut sich, dass das Land Thüringen die weitere "
         "Förderung sichert.", "Land Thüringen"),
    ],
)  # fmt: skip
def test_a_payer_taking_on_the_funding_in_a_subordinate_clause(sentence: str, payer: str) -> None:
    assert ("Lotsenhaus Ost", payer) in _funded(f"Neues aus Gera\n\n{sentence}\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Lotsenhaus Ost“ muss schließen, weil das Land Thüringen die Finanzierung nicht übernimmt.",
        "Das Projekt „Lotsenhaus Ost“ startet, obwohl die Stadt Gera die Finanzierung ablehnt.",
        "Das Projekt „Lotsenhaus Ost“ wartet ab, ob das Land Thüringen die Finanzierung übernimmt.",
    ],
)
def test_a_payer_denying_or_only_asked_to_take_on_the_funding_funds_nothing(sentence: str) -> None:
    assert _funded(f"Neues aus Gera\n\n{sentence}\n") == set()


# ---------------------------------------------------------------- the antecedent's funding taken on in a relative clause


@pytest.mark.parametrize(
    ("sentence", "payer"),
    [
        ("Das Projekt „Lotsenhaus Ost“, dessen Förderung das Land Thüringen übernimmt, berät in Gera.",
         "Land Thüringen"),
        ("Die Beratungsstelle „Lotsenhaus Ost“, deren Finanzierung die Stadt Gera bis 2030 sichert, zieht um.",
         "Stadt Gera"),
        ("Das Projekt „Lotsenhaus Ost“, dessen Finanzierung die Stadt Gera übernommen hat, berät in Gera.",
         "Stadt Gera"),
    ],
)  # fmt: skip
def test_the_antecedent_s_funding_taken_on_in_a_relative_clause(sentence: str, payer: str) -> None:
    assert any(
        s.endswith("Lotsenhaus Ost“") or s == "Lotsenhaus Ost"
        for s, p in _funded(f"x\n\n{sentence}\n")
        if p == payer
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Lotsenhaus Ost“, dessen Leitung die Stadt Gera übernimmt, berät in Gera.",  # no funding
        "Das Projekt „Lotsenhaus Ost“, dessen Förderung das Land Thüringen nicht mehr übernimmt, berät in Gera.",
        "Das Projekt „Lotsenhaus Ost“, das das Land Thüringen nicht mehr fördert, berät in Gera.",
    ],
)
def test_a_relative_clause_without_funding_or_denying_it_funds_nothing(sentence: str) -> None:
    assert _funded(f"Neues aus Gera\n\n{sentence}\n") == set()
