"""Subproject names on invented sentences: a guide service or a series of courses before a quoted name, and the
programme's word before a service's compound named without a town."""

from __future__ import annotations

import pytest

from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def _named(text: str, type_: str = "Subproject") -> set[str]:
    return {m.label for m in find_mentions(text, GAZETTEER) if m.type == type_ and not m.generic}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Land fördert den neuen Lotsendienst „Pflege Plus“ mit 20.000 Euro.", "Pflege Plus"),
        ("Der Lotsendienst „Brücke Heilberufe“ berät seit Mai in Trier.", "Brücke Heilberufe"),
        ("Im Mittelpunkt stand ein ehrenamtlicher Lotsendienst „Ankommen Süd“ der Stadt.", "Ankommen Süd"),
        ("Unsere Kursreihe „Deutsch im Büro“ beginnt im März.", "Deutsch im Büro"),
        (
            "Die Volkshochschule bietet die Kursreihe „Mathe für die Meisterprüfung“ an.",
            "Mathe für die Meisterprüfung",
        ),
        ("Der Sprachkurs „Deutsch in der Pflege“ wird vom Land bezahlt.", "Deutsch in der Pflege"),
        ("Ein Beratungsdienst „Arbeit Nord“ entsteht in Kiel.", "Arbeit Nord"),
    ],
)
def test_a_quoted_name_after_a_guide_service_or_a_series_of_courses(text: str, expected: str) -> None:
    assert expected in _named(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Pflegedienst „Sonnenhof“ sucht Fachkräfte.",  # a firm, not an offer
        "Der Diskurs „Arbeit und Migration“ wird fortgesetzt.",
        "Die Teilnehmenden lobten den Lotsendienst der Stadt.",  # no name
    ],
)
def test_a_firm_a_debate_or_an_unnamed_service_stays_unnamed(text: str) -> None:
    assert not _named(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beraten werden die Gäste von der IQ Anerkennungsberatung, die der Verein Lernwerk e. V. betreibt.",
            "IQ Anerkennungsberatung",
        ),
        ("Die IQ-Qualifizierungsberatung ist montags geöffnet.", "IQ Qualifizierungsberatung"),
        ("Seit 2022 begleitet das IQ Bewerbungscoaching junge Ärztinnen.", "IQ Bewerbungscoaching"),
        ("Zur IQ Anerkennungsberatung kamen im Jahr 400 Menschen.", "IQ Anerkennungsberatung"),
    ],
)
def test_the_programme_s_word_before_a_service_compound_names_the_unit(text: str, expected: str) -> None:
    assert expected in _named(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("Die IQ Beratung ist kostenlos.", "IQ Beratung"),  # the bare noun, no compound
        ("Die IQ Anerkennungsberatungen im Land sind gut besucht.", "IQ Anerkennungsberatungen"),  # plural
        ("Die IQ Anerkennungsberatung Gera hat neue Räume.", "IQ Anerkennungsberatung"),  # its town names it
        ("Die IQ Anerkennungsberatung für akademische Heilberufe berät.", "IQ Anerkennungsberatung"),
    ],
)
def test_a_bare_noun_a_plural_or_a_unit_named_further_is_not_the_bare_unit(
    text: str, unexpected: str
) -> None:
    assert unexpected not in _named(text)
