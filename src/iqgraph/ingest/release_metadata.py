"""A release's number and date, read from its metadata fields or from its title and first lines.

E.g. the header "Pressemitteilung 5/17" and "Kiel, 21. September 2017" -> the number "5/17" of 2017 and the
date 2017-09-21 (day); a front-matter date "2017-09" -> 2017-09-01 (month).
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import islice

from .release_body import known

HEADER_LINES = 3  # lines after the title searched for the release number and date
HEADER_WIDTH = 1000  # characters of each such line searched
_MONTH_WORD = (
    r"(?:Jan(?:uar|\.)?|Jänner|Feb(?:ruar|r?\.)?|März|Maerz|Mär\.?|Mrz\.?|Apr(?:il|\.)?|Mai|Jun(?:i|\.)?"
    r"|Jul(?:i|\.)?|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Okt(?:ober|\.)?|Nov(?:ember|\.)?|Dez(?:ember|\.)?)"
    r"(?![A-Za-zÄÖÜäöüß])"
)
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr mai jun jul aug sep okt nov dez".split(), 1)}  # noqa: SIM905
_DATE_PATTERNS = (
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4}|\d{2})(?!\d)"),
    re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})\.?\s*(?P<m>{_MONTH_WORD})\s*(?P<y>\d{{4}})(?!\d)", re.I),
    re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"),
)
_PARTIAL_ISO = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?(?:[T ].*)?")
_DATE_MARKER = re.compile(
    r"(?i)\b(?:veröffentlicht|veroeffentlicht|erschienen|publiziert|datum|stand|vom|published)\b\W*(?:am|vom|on)?\s*$"
)
_DATELINE = re.compile(r"\W*(?:[A-ZÄÖÜ][\w.'()/ -]{0,40},\s*){0,2}(?:den\s+)?")
_NUMBER = re.compile(
    r"(?:\b(?i:presse(?:mitteilung|meldung|information))|\bPM)\s*(?:(?i:Nr\.?|Nummer|No\.?)\s*)?"
    r"(?P<n>\d{1,4})\s*/\s*(?P<y>\d{4}|\d{2})(?!\d)"
)


def header_lines(title: str | None, text: str) -> list[str]:
    """The title and the first HEADER_LINES other non-empty lines: where a release number or date stands."""
    lines = (m.group().strip() for m in re.finditer(r"[^\n]+", text))
    rest = islice((line for line in lines if line and line != title), HEADER_LINES)
    return [line[:HEADER_WIDTH] for line in ([title] if title else []) + list(rest)]


def release_number(header: list[str]) -> tuple[str | None, int | None]:
    """ "Pressemitteilung 5/17" -> ("5/17", 2017); "PM Nr. 12/2019" -> ("12/2019", 2019)."""
    for line in header:
        match = _NUMBER.search(line)
        if match:
            return f"{match['n']}/{match['y']}", _full_year(match["y"])
    return None, None


def release_date(fields: dict[str, str], header: list[str]) -> tuple[dt.date | None, str | None]:
    """The date from the metadata (even "unknown" there is final), else a date in the header lines."""
    value = fields.get("date")
    if value is not None and known(value) is None:
        return None, None
    found = field_date(value) if value else (None, None)
    return found if found[0] else _header_date(header)


def field_date(value: str) -> tuple[dt.date | None, str | None]:
    """ "2017-09-21" (day), "2017-09" (month: the 1st), "2015" (year: Jan 1), or a German date (day)."""
    match = _PARTIAL_ISO.fullmatch(value.strip())
    if not match:
        found = _dates_in(value)
        return (found[0][1], "day") if found else (None, None)
    precision = "day" if match["d"] else "month" if match["m"] else "year"
    date = _make_date(match["y"], match["m"] or "1", match["d"] or "1")
    return (date, precision) if date else (None, None)


def _header_date(header: list[str]) -> tuple[dt.date | None, str | None]:
    """Prefer "Veröffentlicht am …"/"vom …", then a dateline ("Berlin, 21.09.2017"), then any date."""
    found = [
        (_date_rank(line[:start]), i, start, date)
        for i, line in enumerate(header)
        for start, date in _dates_in(line)
    ]
    return (min(found)[3], "day") if found else (None, None)


def _date_rank(before: str) -> int:
    if _DATE_MARKER.search(before):
        return 0
    return 1 if _DATELINE.fullmatch(before) else 2


def _dates_in(line: str) -> list[tuple[int, dt.date]]:
    found = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(line):
            date = _make_date(match["y"], match["m"], match["d"])
            if date:
                found.append((match.start(), date))
    return sorted(found)


def _make_date(year: str, month: str, day: str) -> dt.date | None:
    number = int(month) if month.isdigit() else _month_number(month)
    try:
        return dt.date(_full_year(year), number, int(day))
    except ValueError:
        return None


def _month_number(word: str) -> int:
    word = word.lower().rstrip(".").replace("ae", "a").replace("ä", "a").replace("mrz", "mar")
    return _MONTHS.get(word[:3], 0)


def _full_year(text: str) -> int:
    """A year as written; two digits mean 20YY up to next year's, else 19YY."""
    year = int(text)
    if len(text) > 2:
        return year
    return 2000 + year if year <= dt.date.today().year % 100 + 1 else 1900 + year
