"""A release that reports several events: each event's place is its own (a venue named for a later event is not
where an earlier one was held), and a day without a year that an announcement names lies after the release."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of
from iqgraph.extract.text.dates import find_dates

_RELEASE_DAY = dt.date(2031, 3, 3)


@pytest.mark.parametrize(
    ("text", "event", "town"),
    [
        (
            "Am Dienstag besuchte Ministerin Anna Beispiel in Kassel die Beratungsstelle. Die Verleihung des "
            "Integrationspreises findet am 20. Mai im Staatstheater Fulda statt.",
            "Besuch",
            "Kassel",
        ),
        (
            "Am 12. Februar tagte der Landesbeirat für Integration in Wiesbaden. Der Fachtag des Vereins Lernwerk "
            "e. V. findet am 2. April in der Stadthalle Marburg statt.",
            "Sitzung des Landesbeirats für Integration",
            "Wiesbaden",
        ),
        (
            "Der Workshop fand am 20. Februar in Jena statt. Im Mai folgt das Sommerfest im Volkshaus Erfurt.",
            "Workshop",
            "Jena",
        ),
    ],
)
def test_an_event_is_not_placed_in_the_venue_of_a_later_one(text: str, event: str, town: str) -> None:
    located = {
        o
        for s, p, o in facts_of(f"Titel\n\nKassel, 3. März 2031. {text}", _RELEASE_DAY).relations
        if p == "locatedIn" and s.startswith(event)
    }
    assert located == {town}


def test_a_venue_the_event_s_own_paragraph_names_later_is_still_its_place() -> None:
    text = "Titel\n\nKassel, 3. März 2031. Der Fachtag fand am 20. Februar in Jena statt. Rund 80 Gäste kamen im Volkshaus zusammen."
    located = {(s, o) for s, p, o in facts_of(text, _RELEASE_DAY).relations if p == "locatedIn"}
    assert ("Volkshaus", "Jena") in located


def _day(sentence: str) -> dt.date | None:
    text = f"Kassel, 3. März 2031. {sentence}"
    return [d for d in find_dates(text, _RELEASE_DAY, "day") if d.start >= len("Kassel, 3. März 2031. ")][
        0
    ].date


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Der Kongress ist für den 14. Oktober geplant.", dt.date(2031, 10, 14)),
        ("Der Fachtag findet am 10. November in Fulda statt.", dt.date(2031, 11, 10)),
        ("Das Netzwerk lädt am 20. November zu seinem Jahresempfang ein.", dt.date(2031, 11, 20)),
        ("Eine Anmeldung zum Fachtag am 9. Oktober ist bis Ende September möglich.", dt.date(2031, 10, 9)),
    ],
)
def test_an_announced_day_lies_after_the_release(sentence: str, day: dt.date) -> None:
    assert _day(sentence) == day


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Der Kongress fand am 14. Oktober statt.", dt.date(2030, 10, 14)),
        ("Am 10. November hatte das Netzwerk zum Fachtag eingeladen.", dt.date(2030, 11, 10)),
        ("Der Kongress war für den 14. Oktober geplant.", dt.date(2030, 10, 14)),
        ("Am 20. Februar wird das Projekt gefördert.", dt.date(2031, 2, 20)),
    ],
)
def test_a_day_told_in_the_past_or_near_the_release_keeps_the_nearest_year(
    sentence: str, day: dt.date
) -> None:
    assert _day(sentence) == day


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Der 3. Fachkräftekongress Nordhessen ist für den 14. Oktober geplant.",
            "3. Fachkräftekongress Nordhessen",
        ),
        ("Das Netzwerktreffen Hessen war am 20. Februar gut besucht.", "Netzwerktreffen Hessen"),
        ("Der Fachtag Anerkennung wurde am 20. Februar eröffnet.", "Fachtag Anerkennung"),
    ],
)
def test_a_name_after_the_event_noun_before_a_verb_is_part_of_the_label(sentence: str, label: str) -> None:
    events = facts_of(f"Titel\n\nKassel, 3. März 2031. {sentence}", _RELEASE_DAY).events
    assert [name for name, _ in events] == [label]
