"""Subproject names on invented sentences: quoted names coordinated after one head."""

from __future__ import annotations

import pytest

from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gefördert werden die Teilprojekte „Brücke Nord“, „Weg in Arbeit“ und „Start klar“.",
            {"Brücke Nord", "Weg in Arbeit", "Start klar"},
        ),
        ('Zu den Projekten "Lotse" und "Kompass" gab es Fragen.', {"Lotse", "Kompass"}),
        ("Das Projekt „Anker“ sowie „Segel“ laufen weiter.", {"Anker", "Segel"}),
    ],
)
def test_quoted_names_coordinated_after_a_subproject_head(text: str, expected: set[str]) -> None:
    found = {m.label for m in find_mentions(text, GAZETTEER) if m.type == "Subproject"}
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Anerkennungs- und Qualifizierungsberatungsstelle berät Zugewanderte.",
        "Vor Ort hilft eine Job- und Bildungsanlaufstelle weiter.",
        "In der Sprach-, Job- und Familienservicestelle wird beraten.",
    ],
)
def test_a_unit_described_by_its_coordinated_fields_is_not_named(text: str) -> None:
    assert not any(m.type == "Subproject" for m in find_mentions(text, GAZETTEER))


def test_a_unit_described_by_its_fields_and_named_by_its_town_is_named() -> None:
    text = "Die Anerkennungs- und Qualifizierungsberatungsstelle Kiel berät."
    assert "Anerkennungs- und Qualifizierungsberatungsstelle Kiel" in {
        m.label for m in find_mentions(text, GAZETTEER)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Die Lübecker Beratungsstelle ist ein Teilprojekt des IQ Netzwerks Schleswig-Holstein.",
        "Das Kieler Projekt wird vom Verein Lernwerk e. V. getragen.",
        "Die Rostocker Servicestelle ist Teil des IQ Netzwerks Mecklenburg-Vorpommern.",
    ],
)
def test_a_town_s_adjective_before_a_project_s_kind_noun_names_no_project(text: str) -> None:
    assert not any(m.type == "Subproject" for m in find_mentions(text, GAZETTEER))
