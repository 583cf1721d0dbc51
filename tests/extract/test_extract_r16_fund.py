"""Round 16 (funding): constructions of payers and partners that paraphrasing writers use, on invented sentences:
partners of the programme said by "als Partner … an der Umsetzung mitwirken" and a unit meant by the head noun of its
own name ("das Haus" for the "Haus der Chancen" named before)."""

from __future__ import annotations

import pytest

from conftest import facts_of

_PROGRAMME = "Integration durch Qualifizierung"
_IN_THE_PROGRAMME = (
    "Der Verein Lernbrücke e. V. ist Teil des Förderprogramms „Integration durch Qualifizierung (IQ)“. "
)


def _facts(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Gera\n\n" + text).relations if p == predicate}


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        ("Als Partner wirken das Bundesministerium für Bildung und Forschung und die Bundesagentur für Arbeit an der Umsetzung mit.",
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
        ("Kofinanziert wird das Haus von der Europäischen Union sowie vom Land Hessen.", {"Europäische Union", "Land Hessen"}),
        ("Das Haus wird seit 2022 vom Land Hessen gefördert.", {"Land Hessen"}),
        ("Finanziert wurde das Haus aus Mitteln des Asyl-, Migrations- und Integrationsfonds (AMIF).",
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
