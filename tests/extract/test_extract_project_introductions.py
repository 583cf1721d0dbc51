"""Subproject names in the ways a release brings a project in, on invented sentences: a fronted naming phrase
before the clause's offer."""

from __future__ import annotations

import pytest

from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def _subprojects(text: str) -> set[str]:
    return {m.label for m in find_mentions(text, GAZETTEER) if m.type == "Subproject" and not m.generic}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Unter dem Namen „Lotsenpunkt“ bietet die Diakonie Beispielstadt eine Beratung an.", "Lotsenpunkt"),
        (
            "Unter dem Titel „Wegweiser“ hat der Verein Lernwerk e. V. eine Anerkennungsberatung eröffnet.",
            "Wegweiser",
        ),
        ("Unter dem Namen „Tandem Beruf“ startet die Stiftung Probe ihr eigenes Mentoring.", "Tandem Beruf"),
        (
            "Unter dem Titel „Brücke Pflege“ beginnt im Mai eine neue Maßnahme für Pflegekräfte.",
            "Brücke Pflege",
        ),
    ],
)
def test_a_fronted_naming_phrase_names_the_offer_its_clause_brings_in(text: str, label: str) -> None:
    assert label in _subprojects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unter dem Titel „Wege finden“ fand eine Tagung statt.",
        "Unter dem Titel „Wege finden“ lädt die Stadt zu einer Fachtagung ein.",
        "Unter dem Namen „Lotsenpunkt“ ist ein Buch erschienen.",
    ],
)
def test_a_fronted_naming_phrase_before_no_offer_names_no_project(text: str) -> None:
    assert _subprojects(text) == set()
