"""Names and roles, round 18 (tail; invented sentences): a body's name stops before the people or firms it serves,
the verb's object ("Seit Mai berät die Stiftung Lernwerk Betriebe in Kiel"); two bodies each with its own head
joined by "und" before a legal form are two names ("Handwerkskammer Kassel und Caritasverband Gera e.V."); and the
near shapes that keep one name."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _organisations(text: str) -> set[str]:
    return {label for kind, label in facts_of("Neues aus Kiel\n\n" + text).entities if kind == "Organisation"}


# ---------------------------------------------------------------- the people or firms served after a name


@pytest.mark.parametrize(
    ("text", "name", "object_noun"),
    [
        ("Seit 2021 berät die Stiftung Lernwerk Betriebe in Kiel.", "Stiftung Lernwerk", "Betriebe"),
        ("Seit März begleitet der Verein Brückenbau Geflüchtete in Erfurt bei der Arbeitssuche.",
         "Verein Brückenbau", "Geflüchtete"),
        ("Künftig unterstützte die Stiftung Neue Arbeit Fachkräfte aus dem Ausland.", "Stiftung Neue Arbeit",
         "Fachkräfte"),
        ("Bekannt ist, dass der Verein Brückenbau Migrantinnen in Erfurt berät.", "Verein Brückenbau", "Migrantinnen"),
        ("In Kiel informiert der Verein Lotsenhaus Unternehmen über die Anerkennung.", "Verein Lotsenhaus",
         "Unternehmen"),
    ],
)  # fmt: skip
def test_the_people_or_firms_served_end_the_name_before_them(text: str, name: str, object_noun: str) -> None:
    found = _organisations(text)
    assert name in found
    assert not any(label.endswith(object_noun) for label in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Heute berät der Verband Deutscher Unternehmen Betriebe in Kiel.", "Verband Deutscher Unternehmen"),
        ("Heute berät der Verein Junge Menschen in Kiel Schulen.", "Verein Junge Menschen"),
        ("Die Stiftung Lernwerk berät Betriebe in Kiel.", "Stiftung Lernwerk"),
    ],
)  # fmt: skip
def test_a_plural_joined_to_the_name_or_no_inverted_subject_keeps_the_name(text: str, name: str) -> None:
    assert name in _organisations(text)


# ---------------------------------------------------------------- two bodies joined by "und" before a legal form


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Im Projekt wirken die Netzwerkpartner Handwerkskammer Kassel und Caritasverband Gera e.V. mit.",
         {"Handwerkskammer Kassel", "Caritasverband Gera e.V."}),
        ("Partner sind Handwerkskammer Kassel und Caritasverband Gera e.V.",
         {"Handwerkskammer Kassel", "Caritasverband Gera e.V."}),
        ("Mit dabei waren Stiftung Lernwerk Nord und Bildungswerk Süd gGmbH.",
         {"Stiftung Lernwerk Nord", "Bildungswerk Süd gGmbH"}),
    ],
)  # fmt: skip
def test_two_headed_names_joined_by_und_are_two_bodies(text: str, names: set[str]) -> None:
    found = _organisations(text)
    assert names <= found
    assert not any(" und " in label for label in found)


def test_a_name_made_of_two_nouns_joined_by_und_stays_one() -> None:
    assert any(
        "Arbeit und Leben" in label for label in _organisations("Partner ist Arbeit und Leben Kiel e.V.")
    )
