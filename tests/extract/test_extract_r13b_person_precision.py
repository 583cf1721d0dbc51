"""Persons and their roles where German grammar says a phrase is no person's name or a name runs on, on invented
sentences (three or more variants a construction): an adjective and a plural noun before a plural verb, a
journalist asking in an interview, four-word names and nobility titles inside a name, a family name alone after a
title that is also a given name."""

from __future__ import annotations

import pytest

from conftest import facts_of


def persons(text: str) -> set[str]:
    return {label for kind, label in facts_of("Meldung\n\n" + text).entities if kind == "Person"}


# ---------------------------------------------------------------- an adjective and a plural noun before the verb


@pytest.mark.parametrize(
    ("text", "phrase", "named"),
    [
        (
            "Beim Fachtag in Musterstadt: Fachliche Impulse gaben Eva Muster und Karl Probe.",
            "Fachliche Impulse",
            {"Eva Muster", "Karl Probe"},
        ),
        (
            "Wertvolle Hinweise gaben Petra Beispiel und Amanuel Tesfay.",
            "Wertvolle Hinweise",
            {"Petra Beispiel", "Amanuel Tesfay"},
        ),
        (
            "Beim Empfang in Beispielstadt sprachen viele. Kurze Grußworte sprachen Greta Beispiel und Jonas Lernmann.",
            "Kurze Grußworte",
            {"Greta Beispiel", "Jonas Lernmann"},
        ),
        (
            "Praktische Beispiele stellten Lena Muster und Tom Probe vor.",
            "Praktische Beispiele",
            {"Lena Muster", "Tom Probe"},
        ),
    ],
)
def test_an_adjective_and_a_plural_noun_before_the_verb_are_no_person(
    text: str, phrase: str, named: set[str]
) -> None:
    found = persons(text)
    assert phrase not in found
    assert named <= found


def test_the_last_of_coordinated_names_before_a_plural_verb_stays_a_person() -> None:
    found = persons("Beim Fachtag in Musterstadt: Obiageli Nwosu und Chinwe Obiene gaben einen Überblick.")
    assert "Chinwe Obiene" in found
