"""Figures in a project table's row are the row's project's (read over the release: a table given one cell a line
spreads a row over several lines, each a sentence of its own, so the sentence before an amount is the carrier's
cell): "Projekt | Träger | Fördersumme" over "Brücke Nord | Lernort e. V. | 120.000 Euro" gives Brücke Nord 120000
Euro, not the carrier; a column of participants ("Teilnehmende") gives their number."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..names.mentions import Mention
from ..names.projects.names_tabled import Row, table_rows
from .numbers import find_numbers

# The heading of a column of money: "Fördersumme", "Fördersumme (in Euro)", "Zuwendung 2020", "Bewilligte Mittel"
_MONEY_COLUMN = re.compile(
    r"(?i:(?:bewilligte\s+)?(?:Förder|Bewilligungs|Gesamt|Zuwendungs|Projekt)?"
    r"(?:summe|betrag|volumen|mittel|kosten)|Zuwendung(?:en)?|Förderung|Finanzierung)"
    r"(?P<year>\s+(?:19|20)\d\d)?(?:\s*\(?(?:in\s+)?(?:Euro|EUR|€)\)?)?"
)
# The heading of a column of people or places counted: "Teilnehmende", "Teilnehmerzahl", "Plätze"
_COUNT_COLUMN = re.compile(
    r"(?P<what>Teilnehmende|Teilnehmer(?:innen)?(?:zahl)?|Plätze|Beratungen|Beratene)(?P<year>\s+(?:19|20)\d\d)?"
)
_INTEGER_CELL = re.compile(r"(?:ca\.\s*|rund\s+)?\d{1,3}(?:\.\d{3})*")


@dataclass(frozen=True)
class TabledCount:
    subject: Mention
    what: str
    value: int
    at: int  # where the figure's cell starts


def tabled_counts(text: str, mentions: list[Mention]) -> Iterator[tuple[Row, Mention, list[TabledCount]]]:
    """Each row of a project table whose project is named, the project and the figures of its money and count
    columns."""
    starts = {m.start: m for m in mentions if m.type == "Subproject"}
    for row in table_rows(text):
        project = starts.get(row.project[0])
        if project is not None:
            yield (
                row,
                project,
                [c for heading, cell in row.headed if (c := _figure(project, heading, cell)) is not None],
            )


def _figure(project: Mention, heading: str, cell: tuple[int, int, str]) -> TabledCount | None:
    money = _MONEY_COLUMN.fullmatch(heading)
    if money is not None:
        value = _amount(cell[2])
        what = f"Euro ({money.group('year').strip()})" if money.group("year") else "Euro"
        return TabledCount(project, what, value, cell[0]) if value is not None else None
    counted = _COUNT_COLUMN.fullmatch(heading)
    if counted is None or not _INTEGER_CELL.fullmatch(cell[2]):
        return None
    value = int(re.sub(r"\D", "", cell[2]))
    year = f" ({counted.group('year').strip()})" if counted.group("year") else ""
    return TabledCount(project, counted.group("what") + year, value, cell[0]) if value >= 2 else None


def _amount(cell: str) -> int | None:
    """An amount of money that is the whole cell: "120.000 Euro", "€ 95.000", "1,2 Mio. Euro", "95.000" (the
    heading says Euro)."""
    phrase = cell if re.search(r"Euro|EUR|€", cell) else f"{cell} Euro"
    numbers = find_numbers(phrase, (0, len(phrase)), [])
    whole = (
        len(numbers) == 1
        and numbers[0].money
        and not phrase[: numbers[0].start].strip()
        and not phrase[numbers[0].end :].strip(" .")
    )
    return numbers[0].value if whole else None
