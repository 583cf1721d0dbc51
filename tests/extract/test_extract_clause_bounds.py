"""Clause bounds in funding and carrying (round 12b): the agent of a passive belongs to its own clause, and a comma
before a new fronted participle with its auxiliary ("…, gefördert wird es vom Land Y") bounds it."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _relations(text: str) -> set[tuple[str, str, str]]:
    return set(facts_of("Neues aus Cottbus\n\n" + text).relations)


@pytest.mark.parametrize(
    ("text", "unit", "carrier", "funder"),
    [
        (
            "Das Projekt „Brückenbau“ bringt Zugewanderte in Arbeit. Umgesetzt wird das Projekt vom Verein "
            "Lernwerk e. V., gefördert wird es vom Land Brandenburg.",
            "Brückenbau",
            "Lernwerk e. V.",
            "Land Brandenburg",
        ),
        (
            "Getragen wird das Projekt „Jobpfad“ von der Stadt Cottbus, finanziert wird es vom Bundesministerium "
            "für Arbeit und Soziales.",
            "Jobpfad",
            "Stadt Cottbus",
            "Bundesministerium für Arbeit und Soziales",
        ),
        (
            "Gefördert wird das Projekt „Brückenbau“ vom Land Brandenburg, umgesetzt wird es vom Verein Lernwerk "
            "e. V.",
            "Brückenbau",
            "Lernwerk e. V.",
            "Land Brandenburg",
        ),
        (
            "Finanziert wird die Beratungsstelle „Anker“ durch die Stadt Cottbus, betrieben wird sie von der "
            "Caritas Spreewald.",
            "Beratungsstelle „Anker“",
            "Caritas Spreewald",
            "Stadt Cottbus",
        ),
    ],
)
def test_each_fronted_participle_keeps_its_own_agent(text: str, unit: str, carrier: str, funder: str) -> None:
    found = _relations(text)
    assert (unit, "hostedBy", carrier) in found
    assert (unit, "fundedBy", funder) in found
    assert (unit, "fundedBy", carrier) not in found
    assert (unit, "hostedBy", funder) not in found
