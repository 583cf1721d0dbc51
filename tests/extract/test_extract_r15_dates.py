"""Round 15 (lead): the year of a day written without one, where the release's own day is not known: a release
known to its month, a dateline in the text, the year the text last wrote. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from iqgraph.extract.text.dates import find_dates


def _days(text: str, release: dt.date | None, precision: str | None) -> list[dt.date | None]:
    return [d.date for d in find_dates(text, release, precision)]


@pytest.mark.parametrize(
    ("release", "written", "day"),
    [
        (
            dt.date(2031, 1, 1),
            "Am 12. Dezember tagte der Beirat.",
            dt.date(2030, 12, 12),
        ),  # a review after new year
        (dt.date(2030, 12, 1), "Der Fachtag findet am 14. Januar statt.", dt.date(2031, 1, 14)),  # announced
        (
            dt.date(2031, 5, 1),
            "Am 28. Mai fand der Fachtag statt.",
            dt.date(2031, 5, 28),
        ),  # late in the same month
        (dt.date(2031, 6, 1), "Am 3. März eröffnete die Ministerin die Stelle.", dt.date(2031, 3, 3)),
    ],
)
def test_a_release_known_to_its_month_tells_the_year(release: dt.date, written: str, day: dt.date) -> None:
    assert _days(written, release, "month") == [day]


@pytest.mark.parametrize("precision", ["month", "year", None])
def test_a_dateline_s_year_beats_metadata_without_the_day(precision: str | None) -> None:
    release = dt.date(2031, 2, 1) if precision else None
    text = "Musterstadt, 20. Dezember 2030\n\nAm 12. Dezember trafen sich die Partner zum Fachtag."
    assert _days(text, release, precision)[-1] == dt.date(2030, 12, 12)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Im Dezember 2030 startete das Projekt. Am 12. Dezember kamen die Partner zusammen.",
            dt.date(2030, 12, 12),
        ),
        (
            "Seit dem 1. November 2030 berät die Stelle. Am 3. Dezember war der Minister zu Gast.",
            dt.date(2030, 12, 3),
        ),
        ("Die Bilanz für Oktober 2030 ist gut: Am 5. November feierte das Team.", dt.date(2030, 11, 5)),
    ],
)
def test_a_day_without_a_year_takes_the_year_the_text_last_wrote(text: str, day: dt.date) -> None:
    assert _days(text, None, None)[-1] == day  # no metadata at all
    assert _days(text, dt.date(2031, 1, 1), "year")[-1] == day  # metadata of the year after


def test_a_period_long_before_the_release_s_year_sets_no_year() -> None:
    text = "Seit März 2012 gibt es die Beratung. Am 12. Mai kamen die Partner zum Fachtag."
    assert _days(text, dt.date(2031, 1, 1), "year")[-1] == dt.date(2031, 5, 12)


def test_a_day_with_its_year_keeps_it_and_a_release_day_still_decides() -> None:
    text = "Im Dezember 2030 startete das Projekt. Am 12. Mai kamen die Partner zusammen."
    assert _days(text, dt.date(2031, 5, 20), "day")[-1] == dt.date(2031, 5, 12)
