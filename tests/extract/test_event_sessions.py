"""Sessions a body offers at an event: an event of their own, on its day, part of it, organised by the body."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of

OPENING = "Kongress in Kassel\n\nKassel, 8. Mai 2031. Am 7. Mai fand in Kassel der Fachkongress des IQ Netzwerks Hessen statt. "


@pytest.mark.parametrize(
    ("sentence", "session", "organiser"),
    [
        (
            "Am ersten Kongresstag bot die Stiftung Lichtblick einen Workshop zum Thema „Sprache in der Beratung "
            "– einfach erklärt“ an.",
            "Workshop „Sprache in der Beratung“",
            "Stiftung Lichtblick",
        ),
        (
            "Der Verein Lernwerk e. V. gestaltete ein Fachforum „Wege in den Beruf“.",
            "Fachforum „Wege in den Beruf“",
            "Lernwerk e. V.",
        ),
        (
            "Am Nachmittag bot die Brücke gGmbH eine Gesprächsrunde mit dem Titel „Anerkennung konkret“ an.",
            "Gesprächsrunde „Anerkennung konkret“",
            "Brücke gGmbH",
        ),
    ],
)
def test_a_session_offered_at_an_event_is_part_of_it(sentence: str, session: str, organiser: str) -> None:
    facts = facts_of(OPENING + sentence)
    assert (session, dt.date(2031, 5, 7)) in facts.events
    assert (session, "organisedBy", organiser) in facts.relations
    assert (session, "partOf", "Fachkongress des IQ Netzwerks Hessen") in facts.relations


@pytest.mark.parametrize(
    "body",
    [
        OPENING + "Die Stiftung Lichtblick bot einen Workshop an.",  # no title: nothing names it
        OPENING + "Die Stiftung Lichtblick bot einen Workshop „Sprache“ kostenlos zum Download.",  # no "an"
        "Titel\n\nIm Herbst bietet die Stiftung Lichtblick einen Workshop „Sprache“ an.",  # no dated event in scope
    ],
)
def test_no_session_without_a_title_its_particle_or_a_dated_event(body: str) -> None:
    assert not any(p == "partOf" and s.startswith("Workshop") for s, p, _ in facts_of(body).relations)
