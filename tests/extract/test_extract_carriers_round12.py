"""Carriers and project names read on invented sentences (round 12): a carrier with a legal form whose dots stand
inside a relative clause ("die der Verein Y e. V. betreibt")."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _hosted(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Jena\n\n" + text).relations if p == "hostedBy"}


@pytest.mark.parametrize(
    ("sentence", "unit", "carrier"),
    [
        (
            "Beraten werden die Fachkräfte von der Anlaufstelle Brücke Nord, die der Verein Lernwerk e. V. "
            "betreibt.",
            "Anlaufstelle Brücke Nord",
            "Lernwerk e. V.",
        ),
        (
            "Im Landkreis gibt es das Projekt „Wege in Arbeit“, das der Förderverein Kompass e. V. seit 2021 "
            "umsetzt.",
            "Wege in Arbeit",
            "Förderverein Kompass e. V.",
        ),
        (
            "Die Stadt verweist auf die Beratungsstelle „Neustart“, die der Verein Lernhaus e. V. durchgeführt "
            "hat.",
            "Beratungsstelle „Neustart“",
            "Lernhaus e. V.",
        ),
    ],
)
def test_a_carrier_with_a_legal_form_in_a_relative_clause(sentence: str, unit: str, carrier: str) -> None:
    assert (unit, carrier) in _hosted(sentence)
