"""Dates as German texts write them: "21.09.2017", "21. September 2017", "7. Aug. 2019", "am heutigen Mittwoch".

A compiled pattern finds the candidates and `datetime.date` validates them; dateparser's search_dates
reads words such as "die" as dates and costs ~100 ms a release (STACK.md), so it is not used here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ..lexicon.events import ANNOUNCING_CUES, FUTURE_TENSE_CUES, NARRATED_TENSE_CUES, PAST_TENSE_CUES

_MONTHS = {
    "jan": 1,
    "jän": 1,
    "feb": 2,
    "mär": 3,
    "mae": 3,
    "apr": 4,
    "mai": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "okt": 10,
    "nov": 11,
    "dez": 12,
}
_MONTH_WORD = (
    r"(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
    r"|Jan|Feb|Febr|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\.?"
)
# A multi-day event names its first day: "3./4. Juni", "6. und 7. Dezember", "vom 3. bis 5. Juni", "1.-3.3.",
# "vom 3. bis zum 5. Juni", "am 3. und am 4. Juni".
_LAST_DAY = r"(?P<last>\s*(?:[-–/]|bis(?:\s+(?:zum|einschließlich))?|(?:und|sowie)(?:\s+am)?)\s*\d{1,2}\.)?"
_NUMERIC = re.compile(
    rf"(?<![\d.])(?P<d>\d{{1,2}})\.{_LAST_DAY}\s?(?P<m>\d{{1,2}})\.\s?(?P<y>\d{{4}}|\d{{2}})?(?![\d])"
)
_WRITTEN = re.compile(
    rf"(?<![\d.])(?P<d>\d{{1,2}})(?:\.{_LAST_DAY}\s*(?P<m>{_MONTH_WORD})(?:\s+(?P<y>\d{{4}}))?"
    rf"|\s+(?P<m2>{_MONTH_WORD})\s+(?P<y2>\d{{4}}))"  # "21 Mai 2025": the day's dot left out
)
_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
_WEEKDAY = "(?P<weekday>" + "|".join(_WEEKDAYS) + ")"
_DAYTIMES = "Abend|Morgen|Vormittag|Nachmittag"  # "am gestrigen Abend"
_DAYTIME = r"(?:abend|morgen|vormittag|nachmittag)?"  # "Dienstagabend"
# "Am Freitag vergangener Woche", "Dienstag der letzten Woche": that weekday of the week before the release's.
_LAST_WEEKS = r"\s+(?:(?:vergangener|letzter|der\s+vergangenen|der\s+letzten)\s+Woche|der\s+Vorwoche)\b"
_WEEKDAY_OF_LAST_WEEK = re.compile(rf"\b(?:[Aa]m\s+)?{_WEEKDAY}{_DAYTIME}(?={_LAST_WEEKS})")
# Days named relative to the release's own day: (pattern, days after it). "am gestrigen Dienstag" and "gestern"
# are the day before; a named weekday after "vergangenen"/"kommenden" is the nearest such day before/after it.
_RELATIVE_DAYS = (
    (r"[Aa]m\s+heutigen\s+(?:" + "|".join(_WEEKDAYS) + r"|Tag|" + _DAYTIMES + r")|[Hh]eute", 0),
    (r"[Aa]m\s+gestrigen\s+(?:" + "|".join(_WEEKDAYS) + r"|Tag|" + _DAYTIMES + r")|[Gg]estern", -1),
    (r"[Aa]m\s+vorgestrigen\s+(?:" + "|".join(_WEEKDAYS) + r"|Tag|" + _DAYTIMES + r")|[Vv]orgestern", -2),
)
_RELATIVE = tuple((re.compile(rf"\b(?:{pattern})\b"), days) for pattern, days in _RELATIVE_DAYS)
# "am vergangenen Freitag", "letzten Dienstag", "am kommenden Mittwoch", "nächsten Montag" (no date after it).
_NAMED_WEEKDAY = re.compile(
    rf"\b(?:[Aa]m\s+)?(?P<side>[Vv]ergangenen|[Ll]etzten|[Kk]ommenden|[Nn]ächsten)\s+{_WEEKDAY}{_DAYTIME}\b"
    r"(?!,?\s*(?:den\s+|dem\s+)?\d{1,2}\.)"
)
_BEFORE_SIDE = ("vergangenen", "letzten")
# "am Montag", "am Dienstagabend" with no date after it: the tense of its sentence tells the week (see
# _bare_weekdays); "am vergangenen Montag" and "am heutigen Montag" are read above. A number that is no day's (no
# dot after it) may follow: "hat am Donnerstag 14 Ehrenamtliche ausgezeichnet".
_BARE_WEEKDAY = re.compile(
    rf"\b[Aa]m\s+{_WEEKDAY}{_DAYTIME}\b(?!,?\s*(?:den\s+|dem\s+)?\d{{1,2}}\.)(?!{_LAST_WEEKS})"
)
# A dateline opening a paragraph, "Musterstadt, 05.06.2019 – Am gestrigen …", "(Musterstadt/Beispielheim, den 5.
# Juni 2019)": the release's date, not the day of what it reports. Matched up to the date's start. A sentence
# opening with its day after a preposition of time ("Am Mittwoch, den 21. Mai, findet …") names no town.
_NO_TOWN = r"(?!(?:Am|Ab|Bis|Seit|Bereits|Schon|Noch)\s)"
DATELINE = re.compile(
    rf"(?m)^[ \t]*\(?{_NO_TOWN}[A-ZÄÖÜ][\w\-.]*(?:[ /][A-ZÄÖÜa-zäöü][\w\-.]*){{0,3}},"
    r"[ \t]*(?:den[ \t]+)?$"
)
_DATELINE_REACH = 48  # characters before a date in which its dateline's town stands
# A header line giving the release's day: the date alone, or after a word of publishing ("Veröffentlicht am
# 6. Mai 2031", "Erscheinungsdatum: 06.05.2031").
_HEADER_DAY_BEFORE = re.compile(
    r"(?m)^[ \t]*(?:(?:Veröffentlicht|Erschienen|Aktualisiert)\s+am|Erscheinungsdatum:?|Pressemitteilung\s+vom)?"
    r"[ \t]*$"
)
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
PAST = re.compile("|".join(PAST_TENSE_CUES))  # a sentence in the past or perfect: it reports what was
FUTURE = re.compile("|".join(FUTURE_TENSE_CUES))  # ... in the future: it announces
ANNOUNCING = re.compile("|".join(ANNOUNCING_CUES))
_NARRATED = re.compile(
    "|".join(NARRATED_TENSE_CUES)
)  # the past without the perfect: "ist … geplant" announces
_SENTENCE_BOUNDARY = re.compile(r"[.!?](?=\s)|\n")
SENTENCE_REACH = 300  # characters looked at on either side of a weekday for its sentence
_HALF_YEAR = 183  # days: a day without a year is the one of that month and day nearest the release
# ... unless its sentence tells it in the past and that day lies more than a quarter after the release (weeks after
# it in the past tense may be a release written ahead; a review of the year names days long before it)
_PAST_SLACK = 92
_MID_MONTH = 15  # the day standing for a release known only to its month
# A congress, an action week or an exhibition lasts days to weeks; a span from one day to another longer than a
# month is a period (of funding, of a project, of a programme), not the days of an event.
LONGEST_EVENT_DAYS = 31


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: dt.date | None  # None when the year is unknown and no release date tells it
    month_day: tuple[int, int]  # always known
    relative: bool = False
    range: bool = False  # the first day of several ("3./4. Juni")
    period: bool = False  # the first day of a span longer than an event lasts ("vom 1. Januar 2019 bis 2022")


def find_dates(text: str, release_date: dt.date | None, precision: str | None = "day") -> list[DateMention]:
    """The dates of a text; a day without a year and a relative day ("gestern") are read against the release
    date, the latter only when that date gives the day (`precision` "day" or None). Where the release date
    is not known to the day, a dateline's day stands in for it."""
    anchor = release_date if precision in (None, "day") else None
    # a release known to its month still tells the year of a day without one: "am 12. Dezember" in a release of
    # January 2019 is of 2018 (its middle day is at most half a month off, far inside the half year that decides)
    year_anchor = anchor or (
        release_date.replace(day=_MID_MONTH) if release_date and precision == "month" else None
    )
    written = _written_dates(text, release_date, year_anchor)
    dateline = _dateline_day(text, written)
    if dateline is not None and anchor is None:  # its days without a year are of the dateline's year
        written = _written_dates(text, dateline, dateline)
    elif anchor is None and year_anchor is None:
        written = _in_the_running_year(text, written, release_date)
    # "Kassel, 2. Mai 2031. … hat heute …": a relative day is the dateline's, where the text gives one
    anchor = dateline or anchor
    if anchor is not None:
        written += _relative_days(text, anchor)
    return _join_ranges(text, sorted(written, key=lambda d: d.start))


def _written_dates(text: str, release_date: dt.date | None, anchor: dt.date | None) -> list[DateMention]:
    out = [_make(m, release_date, anchor) for m in _NUMERIC.finditer(text)]
    out += [_make(m, release_date, anchor) for m in _WRITTEN.finditer(text)]
    found = sorted((d for d in out if d is not None), key=lambda d: d.start)
    return [_on_the_side_of_its_tense(text, d, anchor) for d in found]


def _on_the_side_of_its_tense(text: str, d: DateMention, anchor: dt.date | None) -> DateMention:
    """ "Am 14. Juni folgte die Jobmesse" in a review of 15 December: a day without a year told in the past is
    before the release, where the nearest such day lies more than `_PAST_SLACK` after it; one announced ("ist für
    den 14. Oktober geplant", "findet … statt", "lädt … ein") is after it, where the nearest lies as far before it.
    A sentence of both tenses or none keeps the nearest ("wird" alone is a present passive as often)."""
    if anchor is None or d.date is None or _has_year(text, d) or abs((d.date - anchor).days) <= _PAST_SLACK:
        return d
    sentence = _sentence_around(text, d.start, d.end)
    if d.date > anchor and PAST.search(sentence) and not FUTURE.search(sentence):
        return _in_year(d, d.date.year - 1)
    if d.date < anchor and ANNOUNCING.search(sentence) and not _NARRATED.search(sentence):
        return _in_year(d, d.date.year + 1)
    return d


def _in_year(d: DateMention, year: int) -> DateMention:
    return replace(d, date=dt.date(year, *d.month_day)) if _valid(year, d.month_day) else d


# "im Dezember 2018": a month with its year sets the year a text goes on in, as a full date does.
_MONTH_AND_YEAR = re.compile(rf"(?<![\d.])(?<!\d\.\s)(?<!\d\.){_MONTH_WORD}\s+(?P<y>\d{{4}})(?!\d)")
_RUNNING_YEAR_REACH = 600  # characters back to the date or month that set the year


def _in_the_running_year(
    text: str, dates: list[DateMention], release_date: dt.date | None
) -> list[DateMention]:
    """ "Im Dezember 2018 startete das Projekt. Am 12. Dezember …": where the release's day is not known, a day
    without a year is the one nearest the last date or month the text wrote with its year. A year the release
    is known by (metadata of the year only) admits that year and the one before it: "seit März 2012" in a
    release of 2019 starts a period and sets no year for the days after it."""
    written_years = [(d.start, d.date) for d in dates if d.date and _has_year(text, d)]
    written_years += [
        (m.start(), dt.date(int(m.group("y")), _MONTHS[m.group(0)[:3].lower()], _MID_MONTH))
        for m in _MONTH_AND_YEAR.finditer(text)
    ]
    written_years.sort(key=lambda pair: pair[0])
    out = []
    for d in dates:
        before = [day for at, day in written_years if d.start - _RUNNING_YEAR_REACH <= at < d.start]
        if _has_year(text, d) or not before:
            out.append(d)
            continue
        year = _year(None, None, before[-1], d.month_day)
        if release_date is not None and year not in (release_date.year, release_date.year - 1):
            out.append(d)
            continue
        out.append(_in_year(d, year) if year else d)
    return out


def _dateline_day(text: str, dates: list[DateMention]) -> dt.date | None:
    """The day a dateline or a header line gives with its year ("Kassel, 6. Mai 2031 – Gestern …", "Veröffentlicht
    am 6. Mai 2031"): the release's own, where its metadata tells only the month or nothing."""
    for d in dates:
        if d.date and _has_year(text, d) and _opens_its_line(text, d):
            return d.date
    return None


def _opens_its_line(text: str, d: DateMention) -> bool:
    """A date after a town and a comma, or alone on its line (after a word of publishing)."""
    before = max(0, d.start - _DATELINE_REACH)
    return bool(
        DATELINE.search(text, before, d.start)
        or (_HEADER_DAY_BEFORE.search(text, before, d.start) and _LINE_END.match(text, d.end))
    )


def _relative_days(text: str, today: dt.date) -> list[DateMention]:
    out = []
    for pattern, days in _RELATIVE:
        out += [_relative(m, today + dt.timedelta(days=days)) for m in pattern.finditer(text)]
    out += _bare_weekdays(text, today)
    monday = today - dt.timedelta(days=today.weekday())
    for m in _WEEKDAY_OF_LAST_WEEK.finditer(text):
        out.append(_relative(m, monday - dt.timedelta(days=7 - _WEEKDAYS.index(m.group("weekday")))))
    for m in _NAMED_WEEKDAY.finditer(text):
        ahead = (_WEEKDAYS.index(m.group("weekday")) - today.weekday()) % 7 or 7
        back = (today.weekday() - _WEEKDAYS.index(m.group("weekday"))) % 7 or 7
        before = m.group("side").lower() in _BEFORE_SIDE
        out.append(_relative(m, today + dt.timedelta(days=-back if before else ahead)))
    return out


def _bare_weekdays(text: str, today: dt.date) -> list[DateMention]:
    """ "Am Montag eröffnete die Ministerin …": a weekday alone is the last such day up to the release's own
    when its sentence is in the past, the next one after it when in the future ("findet am Montag statt");
    a sentence of both tenses, or of neither, gives no day."""
    out = []
    for m in _BARE_WEEKDAY.finditer(text):
        sentence = _sentence_around(text, m.start(), m.end())
        past, future = bool(PAST.search(sentence)), bool(FUTURE.search(sentence))
        if past == future:
            continue
        weekday = _WEEKDAYS.index(m.group("weekday"))
        back, ahead = (today.weekday() - weekday) % 7, (weekday - today.weekday()) % 7 or 7
        out.append(_relative(m, today + dt.timedelta(days=-back if past else ahead)))
    return out


def _sentence_around(text: str, start: int, end: int) -> str:
    before = [b.end() for b in _SENTENCE_BOUNDARY.finditer(text, max(0, start - SENTENCE_REACH), start)]
    after = _SENTENCE_BOUNDARY.search(text, end, end + SENTENCE_REACH)
    return text[
        before[-1] if before else max(0, start - SENTENCE_REACH) : after.start()
        if after
        else end + SENTENCE_REACH
    ]


def _relative(match: re.Match[str], day: dt.date) -> DateMention:
    return DateMention(match.start(), match.end(), day, (day.month, day.day), True)


_RANGE_LINK = re.compile(r"\s*(?:bis(?:\s+zum)?|und|[-–/])\s*")


def _join_ranges(text: str, dates: list[DateMention]) -> list[DateMention]:
    """ "vom 6. Dezember bis 7. Dezember 2016", "06.12. und 07.12.2016": one mention, the first day, the
    year of the last day when the first one gives none. A day named relative to the release ends no range."""
    out: list[DateMention] = []
    for d in dates:
        first = out[-1] if out else None
        link = _RANGE_LINK.fullmatch(text, first.end, d.start) if first is not None else None
        if (
            first is not None
            and link
            and not first.relative
            and not d.relative  # "Musterstadt, 05.06.2019 – Am gestrigen Dienstag …": a dateline, then the day
            and not (
                "und" in link.group(0)
                and _has_year(text, first)  # "am 5. Mai 2015 und 7. Juni 2016": two days
            )
        ):
            year = d.date.year if d.date and not _has_year(text, first) else None
            date = dt.date(year, *first.month_day) if year else first.date
            period = _days_from(date, first.month_day, d) > LONGEST_EVENT_DAYS
            out[-1] = DateMention(first.start, d.end, date, first.month_day, range=True, period=period)
        else:
            out.append(d)
    return out


def _days_from(first: dt.date | None, first_month_day: tuple[int, int], last: DateMention) -> int:
    """The days from the first day of a range to its last; where a year is unknown, the last day is the next
    of its month and day (in a leap year, so that any day is valid)."""
    if first is not None and last.date is not None:
        return (last.date - first).days
    start, end = dt.date(2000, *first_month_day), dt.date(2000, *last.month_day)
    return (end - start).days % 366


def _has_year(text: str, d: DateMention) -> bool:
    return bool(re.search(r"\d{4}\s*$|\.\d{2}$", text[d.start : d.end]))


def _make(match: re.Match[str], release_date: dt.date | None, anchor: dt.date | None) -> DateMention | None:
    groups = match.groupdict()
    day = int(match.group("d"))
    month_text = groups.get("m") or groups["m2"]
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text[:3].lower(), 0)
    try:
        dt.date(2000, month, day)  # a valid day of a leap year: month and day are real
        year = _year(groups.get("y") or groups.get("y2"), release_date, anchor, (month, day))
        date = dt.date(year, month, day) if year else None
    except ValueError:
        return None
    return DateMention(match.start(), match.end(), date, (month, day), range=bool(match.group("last")))


def _year(
    text: str | None, release_date: dt.date | None, anchor: dt.date | None, month_day: tuple[int, int]
) -> int | None:
    """The year written, else the release's: the one that puts the day nearest to the release's own day when
    that is known ("am 12. Dezember" in a release of 5 January is last year's)."""
    if text is not None:
        year = int(text)
        return year + 2000 if year < 100 else year
    if anchor is None:
        return release_date.year if release_date else None
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        if _valid(year, month_day) and abs((dt.date(year, *month_day) - anchor).days) <= _HALF_YEAR:
            return year
    return anchor.year


def _valid(year: int, month_day: tuple[int, int]) -> bool:
    try:
        dt.date(year, *month_day)
    except ValueError:
        return False
    return True
