"""Programmes by their quoted names and who funds what, on invented releases in several variants."""

from __future__ import annotations

import pytest

from conftest import facts_of


@pytest.mark.parametrize(
    ("sentence", "programme", "funder"),
    [
        (
            "Geld gibt es über das Förderprogramm „Zuschuss Plus“ des Bundesministeriums für Bildung und Forschung.",
            "Zuschuss Plus",
            "Bundesministerium für Bildung und Forschung",
        ),
        (
            "Die Initiative „Starke Frauen“ der Musterstiftung Nord e.V. läuft an.",
            "Starke Frauen",
            "Musterstiftung Nord e.V.",
        ),
        (
            "Das Landesprogramm „Brücken in Arbeit“ des Ministeriums für Arbeit und Soziales startet.",
            "Brücken in Arbeit",
            "Ministerium für Arbeit und Soziales",
        ),
    ],
)
def test_a_quoted_programme_is_funded_by_the_body_in_the_genitive(
    sentence: str, programme: str, funder: str
) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert ("Programme", programme) in f.entities
    assert (programme, "fundedBy", funder) in f.relations


@pytest.mark.parametrize(
    ("sentence", "part", "whole"),
    [
        (
            "Die Sonderausschreibung „Frauen stärken“ des Programms „Arbeit für alle“ startet.",
            "Frauen stärken",
            "Arbeit für alle",
        ),
        (
            "Die Förderlinie „Neustart“ des Förderprogramms „Chancen Nord“ ist offen.",
            "Neustart",
            "Chancen Nord",
        ),
        ("Bewerben kann man sich für die Initiative „Mut“ des Bundesprogramms „Wege“.", "Mut", "Wege"),
    ],
)
def test_a_programme_line_is_part_of_the_programme_in_the_genitive(
    sentence: str, part: str, whole: str
) -> None:
    assert (part, "partOf", whole) in facts_of("Titel\n\n" + sentence).relations


@pytest.mark.parametrize(
    "second",
    [
        "Es wird von der Musterstiftung Nord e.V. gefördert.",
        "Es wird aus Mitteln der Musterstiftung Nord e.V. kofinanziert.",
        "Dieses wurde durch die Musterstiftung Nord e.V. mitfinanziert.",
    ],
)
def test_a_pronoun_subject_stands_for_the_project_named_before(second: str) -> None:
    f = facts_of("Titel\n\nIn Musterstadt beginnt das Projekt „Brückenbau“. " + second)
    assert ("Brückenbau", "fundedBy", "Musterstiftung Nord e.V.") in f.relations


def test_a_pronoun_does_not_stand_for_an_organisation() -> None:
    f = facts_of(
        "Titel\n\nDie Musterhilfe e.V. lädt ein. Es wird von der Musterstiftung Nord e.V. gefördert."
    )
    assert not any(p == "fundedBy" for _, p, _ in f.relations)
