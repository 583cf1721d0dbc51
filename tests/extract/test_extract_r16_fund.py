"""Round 16 (funding): constructions of payers and partners that paraphrasing writers use, on invented sentences:
partners of the programme said by "als Partner … an der Umsetzung mitwirken" and a unit meant by the head noun of its
own name ("das Haus" for the "Haus der Chancen" named before)."""

from __future__ import annotations

import pytest

from conftest import facts_of

_PROGRAMME = "Integration durch Qualifizierung"
_IN_THE_PROGRAMME = "Der Verein Lernbrücke e. V. gehört seit 2030 zum Förderprogramm „Integration durch Qualifizierung (IQ)“. "


def _facts(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Gera\n\n" + text).relations if p == predicate}


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        ("Als Partner wirken die Bundesagentur für Arbeit und das Bundesministerium für Bildung und Forschung an der Umsetzung mit.",
         {"Bundesministerium für Bildung und Forschung", "Bundesagentur für Arbeit"}),
        ("Das Bundesamt für Migration und Flüchtlinge wirkte als Partner an der Umsetzung des Programms mit.",
         {"Bundesamt für Migration und Flüchtlinge"}),
        ("An der Umsetzung sind als Partnerinnen die Bundesagentur für Arbeit und das Bundesamt für Migration und Flüchtlinge beteiligt.",
         {"Bundesagentur für Arbeit", "Bundesamt für Migration und Flüchtlinge"}),
        ("Als strategischer Partner wirkt die Bundesagentur für Arbeit an der Umsetzung mit.", {"Bundesagentur für Arbeit"}),
    ],
)  # fmt: skip
def test_bodies_taking_part_as_partners_in_carrying_out_are_the_programme_s_partners(
    sentence: str, partners: set[str]
) -> None:
    found = _facts(_IN_THE_PROGRAMME + sentence, "implementationPartner")
    assert found == {(_PROGRAMME, p) for p in partners}


@pytest.mark.parametrize(
    "sentence",
    [
        "Als Partner wirkt die Stadt Lindau an der Umsetzung des Projekts „Brückenweg“ mit.",  # another unit's
        "Als Partner der Stadt Lindau wirkt die Stiftung Morgenrot an der Umsetzung mit.",  # partner of another
        "Als Partner im Verbund wirkt die Stiftung Morgenrot an der Umsetzung mit.",
        "Die Stiftung Morgenrot ist Partner und berichtet über die Umsetzung.",  # no taking part in it
    ],
)
def test_partners_of_another_or_without_taking_part_are_no_programme_partners(sentence: str) -> None:
    assert not _facts(_IN_THE_PROGRAMME + sentence, "implementationPartner")


_HOUSE = "Im Rahmen des gleichnamigen Projekts hat die Stadt Lindau das Haus der Chancen eingerichtet. "


@pytest.mark.parametrize(
    ("sentence", "payers"),
    [
        ("Kofinanziert wird das Haus vom Land Hessen sowie von der Europäischen Union.", {"Europäische Union", "Land Hessen"}),
        ("Das Haus wird seit 2022 vom Land Hessen gefördert.", {"Land Hessen"}),
        ("Finanziert wurde das Haus zum Teil durch den Asyl-, Migrations- und Integrationsfonds (AMIF).",
         {"Asyl-, Migrations- und Integrationsfonds"}),
        ("Das Land Hessen finanziert das Haus.", {"Land Hessen"}),
    ],
)  # fmt: skip
def test_the_head_noun_of_a_unit_s_name_stands_for_the_unit_named_before(
    sentence: str, payers: set[str]
) -> None:
    assert {p for unit, p in _facts(_HOUSE + sentence, "fundedBy") if unit == "Haus der Chancen"} == payers


@pytest.mark.parametrize(
    "sentence",
    [
        "Gefördert wird das Haus der Vereine vom Land Hessen.",  # another house, named by its genitive
        "Gefördert wird das Haus „Lindenhof“ vom Land Hessen.",  # another house, named in quotes
        "Gefördert wird ein Haus in Kassel vom Land Hessen.",  # no article of a known one
    ],
)
def test_a_head_noun_naming_another_unit_stands_for_none(sentence: str) -> None:
    assert not {p for unit, p in _facts(_HOUSE + sentence, "fundedBy") if unit == "Haus der Chancen"}


_PART = (
    "Helfen soll die Sonderausschreibung „Frauen im Beruf“, die Teil des Programms „Arbeit für alle“ ist. "
)


@pytest.mark.parametrize(
    ("sentence", "payers"),
    [
        ("Für eine bessere Lage von Migrantinnen stellen das Land Hessen und die Europäische Union 1,5 Millionen Euro bereit.",
         {"Europäische Union", "Land Hessen"}),
        ("Die Europäische Union stellt für mehr Teilhabe von Frauen 800.000 Euro zur Verfügung.", {"Europäische Union"}),
        ("Für ein besseres Angebot stellte das Land Hessen zwei Millionen Euro bereit.", {"Land Hessen"}),
    ],
)  # fmt: skip
def test_money_given_for_a_purpose_funds_the_part_spoken_of(sentence: str, payers: set[str]) -> None:
    funding = _facts(_PART + sentence, "fundedBy")
    assert {p for unit, p in funding if unit == "Frauen im Beruf"} == payers
    assert not {
        p for unit, p in funding if unit == "Arbeit für alle"
    }  # the whole it is part of is not spoken of


@pytest.mark.parametrize(
    "sentence",
    [
        "Für die Sanierung von Schulen stellt das Land Hessen 1,5 Millionen Euro bereit.",  # another object
        "Für eine neue Halle in Lindau stellt das Land Hessen 1,5 Millionen Euro bereit.",  # a place named besides
        "Für eine bessere Lage stellt das Land Hessen keine Mittel bereit.",  # money refused
    ],
)
def test_money_for_another_object_funds_no_unit(sentence: str) -> None:
    assert not {p for unit, p in _facts(_PART + sentence, "fundedBy") if unit == "Frauen im Beruf"}


_PROGRAMME_FIRST = "Das Landesprogramm „Arbeit für alle“ startet in Hessen. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Zu den geförderten Vorhaben zählt das Projekt „Neustart“, getragen vom Verein Lernhaus e. V.",
        "Eines der geförderten Projekte ist das Projekt „Neustart“ in Lindau.",
        "Das Projekt „Neustart“ gehörte zu den finanzierten Projekten.",
    ],
)
def test_a_unit_counted_among_the_funded_is_funded_by_the_programme_spoken_of(sentence: str) -> None:
    assert ("Neustart", "Arbeit für alle") in _facts(_PROGRAMME_FIRST + sentence, "fundedBy")


@pytest.mark.parametrize(
    ("opening", "sentence"),
    [
        (_PROGRAMME_FIRST, "Zu den geförderten Projekten des Landes Hessen zählt das Projekt „Neustart“."),
        (
            "Das IQ Netzwerk Hessen berät in Kassel. ",
            "Zu den geförderten Projekten zählt das Projekt „Neustart“.",
        ),
        (_PROGRAMME_FIRST, "Zu den bekannten Projekten zählt das Projekt „Neustart“."),
    ],
)
def test_counted_among_another_s_funded_or_among_no_funded_gives_no_payer(
    opening: str, sentence: str
) -> None:
    assert not {p for unit, p in _facts(opening + sentence, "fundedBy") if unit == "Neustart"}


@pytest.mark.parametrize(
    ("sentence", "programme", "payer"),
    [
        ("Möglich macht das die Hilfe aus dem „Startgeld“, einem Förderprojekt des Bundesministeriums für Arbeit und Soziales.",
         "Startgeld", "Bundesministerium für Arbeit und Soziales"),
        ("Das Geld kommt aus dem „Neustart“, einem Landesförderprogramm des Ministeriums für Soziales des Saarlandes.",
         "Neustart", "Ministerium für Soziales des Saarlandes"),
        ("Das Geld kommt aus „Neustart“ – einem Förderprojekt der Stiftung Morgenrot.", "Neustart", "Stiftung Morgenrot"),
        ("Hilfe gab es über das Förderprojekt „Startgeld“ des Bundesministeriums für Bildung und Forschung.",
         "Startgeld", "Bundesministerium für Bildung und Forschung"),
    ],
)  # fmt: skip
def test_a_body_s_funding_instrument_is_a_programme_it_funds(
    sentence: str, programme: str, payer: str
) -> None:
    facts = facts_of("Neues aus Gera\n\n" + sentence)
    assert (programme, "fundedBy", payer) in facts.relations
    assert any(label == programme and kind == "Programme" for kind, label in facts.entities)


def test_a_project_of_a_body_in_apposition_is_not_its_funding_instrument() -> None:
    facts = facts_of(
        "Neues aus Gera\n\nDas Geld kommt aus dem „Neustart“, einem Projekt des Vereins Lernhaus e. V."
    )
    assert not [r for r in facts.relations if r[1] == "fundedBy"]


_NETWORK_FIRST = "Seit 2015 berät das IQ Netzwerk Sachsen Fachkräfte aus dem Ausland. "


@pytest.mark.parametrize(
    ("sentence", "payers"),
    [
        ("Anerkennungsberatung und Qualifizierungsmaßnahmen werden vom Land Sachsen kofinanziert.", {"Land Sachsen"}),
        ("Die Kurse wurden von der Europäischen Union und dem Land Sachsen mitfinanziert.",
         {"Europäische Union", "Land Sachsen"}),
        ("Die Qualifizierung wird seit 2020 durch die Stadt Leipzig bezuschusst.", {"Stadt Leipzig"}),
    ],
)  # fmt: skip
def test_common_nouns_paid_for_in_the_passive_are_the_work_of_the_unit_spoken_of(
    sentence: str, payers: set[str]
) -> None:
    assert {
        p for unit, p in _facts(_NETWORK_FIRST + sentence, "fundedBy") if unit == "IQ Netzwerk Sachsen"
    } == payers


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Kurse werden vom Land Sachsen angeboten.",  # no paying
        "Die Integration wird vom Land Sachsen gefördert.",  # promoting a cause
        "Die Kurse werden vom Land Sachsen in Leipzig finanziert.",  # a place named besides
    ],
)
def test_common_nouns_not_paid_for_or_placed_give_no_payer(sentence: str) -> None:
    assert not _facts(_NETWORK_FIRST + sentence, "fundedBy")


@pytest.mark.parametrize(
    ("sentence", "part", "whole"),
    [
        ("Helfen soll die Sonderausschreibung „Frauen im Beruf“, die Teil des Programms „Arbeit für alle“ ist.",
         "Frauen im Beruf", "Arbeit für alle"),
        ("Das Land Hessen fördert die Sonderausschreibung „Frauen im Beruf“, die Teil des Programms „Arbeit für alle“, kurz AFA, ist.",
         "Frauen im Beruf", "Arbeit für alle"),
        ("Die Stadt Kassel lobt das Projekt „Neustart“, das Bestandteil der Landesinitiative „Fachkraft im Fokus“ war.",
         "Neustart", "Fachkraft im Fokus"),
    ],
)  # fmt: skip
def test_a_relative_clause_makes_the_quoted_name_before_it_part_of_the_whole(
    sentence: str, part: str, whole: str
) -> None:
    parts = _facts(sentence, "partOf")
    assert (part, whole) in parts
    assert not {(p, w) for p, w in parts if p != part}  # not the sentence's subject ("Das Land Hessen …")


def test_a_relative_clause_after_a_name_without_quotes_is_left_to_other_readers() -> None:
    sentence = (
        "Die Stiftung Morgenrot hat den Verein Lernhaus e. V. gegründet, der Teil des Verbunds Nord ist."
    )
    assert not _facts(sentence, "partOf")
    assert not _facts(sentence, "memberOf")
