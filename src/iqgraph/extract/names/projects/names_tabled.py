"""Project names in a table written as text: a header naming the project's and the carrier's columns (and maybe
the place's), then a row per line ("Projekt | Träger | Ort", "Brücke Nord | Lernort e. V. | Kiel").

Three layouts: cells parted by "|" or tabs; cells parted by runs of spaces (a PDF's columns: "Projekt   Träger");
and one cell a line, as PDF extraction gives a table ("Projekt\nTräger\nOrt\nBrücke Nord\nLernort e. V.\nKiel").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...text.spans import Mention
from .name_parts import may_be_a_plain_name
from .names_listed import looks_like_a_name, only_links_in_small_letters

Cell = tuple[int, int, str]  # start, end, text

# Cells parted by "|" or tabs ("Projekt | Träger | Fördersumme"), or by runs of spaces as a PDF's columns are
# ("Projekt      Träger      Standort"; fewer spaces part words, not cells).
_CELL_BREAK = re.compile(r"[^\S\n\t]*(?:\||\t)[^\S\n\t]*")
SPACED_CELL_BREAK = re.compile(r"(?<=\S) {3,}(?=\S)")
# (also "Vorhaben", "Name des Projekts"; the carrier as the grant's recipient: "Zuwendungsempfänger")
_OF_THE_PROJECT = r"(?:\s+des\s+(?:Projekts|Projektes|Vorhabens))"
_PROJECT_COLUMN = re.compile(
    rf"(?:Teil|Modell)?[Pp]rojekt(?:name|titel|e)?|Angebot|Maßnahme|Vorhaben|(?:Name|Titel|Bezeichnung){_OF_THE_PROJECT}"
)
_CARRIER_COLUMN = re.compile(
    rf"(?:Projekt)?[Tt]räger(?:in)?(?:schaft)?{_OF_THE_PROJECT}?|Zuwendungsempfänger(?:in)?"
)
# The column of the project's town: "Standort", "Ort", "Sitz" (a row's cell there places the row's project).
_PLACE_COLUMN = re.compile(r"(?:Projekt)?[Ss]tandort|Ort|Sitz|Stadt|Region")
# Other columns a project table has, known by their heading, so that a header given one cell a line can be told
# from the rows under it: "Laufzeit", "Fördersumme (in Euro)", "Zielgruppe".
_OTHER_COLUMN = re.compile(
    r"(?:(?:Projekt|Förder|Bewilligungs|Gesamt)?(?:[Ll]aufzeit|[Zz]eitraum|[Ss]umme|[Bb]etrag|[Vv]olumen|[Mm]ittel)"
    r"|Zuwendung|Förderung|Finanzierung|Zielgruppen?|Ansprechpartner(?:in)?|Kontakt|Landkreis|Bundesland"
    # a column of people or places counted: "Teilnehmende", "Plätze"
    r"|Teilnehmende|Teilnehmer(?:innen)?(?:zahl)?|Plätze)"
    r"(?:\s*\((?:in\s+)?(?:Euro|EUR|€)\))?"
)
_LINE = re.compile(r"[^\n]*")


@dataclass(frozen=True)
class Columns:
    """Where a header names the project's column, the carrier's and the place's (None where it names none)."""

    project: int
    carrier: int | None
    place: int | None


@dataclass(frozen=True)
class Row:
    """A project table's row: its project's cell, its carrier's and its place's where the header names them, and
    where its last cell ends; `headed`: each cell with its column's heading ("Fördersumme", "120.000 Euro")."""

    project: Cell
    carrier: Cell | None
    place: Cell | None
    end: int
    headed: tuple[tuple[str, Cell], ...]


def table_columns(header: str) -> Columns | None:
    """Where a header line names the project's column, the carrier's and the place's."""
    return _columns([c.strip() for c in _cell_break(header).split(header.strip())])


def _cell_break(line: str) -> re.Pattern[str]:
    return _CELL_BREAK if "|" in line or "\t" in line else SPACED_CELL_BREAK


def _columns(cells: list[str]) -> Columns | None:
    if len(cells) < 2:
        return None
    project = _first(_PROJECT_COLUMN, cells)
    return (
        None
        if project is None
        else Columns(project, _first(_CARRIER_COLUMN, cells), _first(_PLACE_COLUMN, cells))
    )


def _first(column: re.Pattern[str], cells: list[str]) -> int | None:
    return next((i for i, c in enumerate(cells) if column.fullmatch(c)), None)


def _row(cells: list[Cell], columns: Columns, headings: list[str]) -> Row:
    def at(i: int | None) -> Cell | None:
        return cells[i] if i is not None and cells[i][2] else None

    headed = tuple(zip(headings, cells, strict=True))
    return Row(cells[columns.project], at(columns.carrier), at(columns.place), cells[-1][1], headed)


@lru_cache(maxsize=2)
def table_rows(text: str) -> tuple[Row, ...]:
    """Each row of a project table in any of the three layouts (read once per text: the relation readers ask for
    every row)."""
    return (*_walled_rows(text), *_rows_of_one_cell_a_line(text))


def _walled_rows(text: str) -> list[Row]:
    """Rows of the layouts with a row a line, cells parted by bars, tabs or runs of spaces."""
    if "|" not in text and "\t" not in text and "   " not in text:
        return []
    rows: list[Row] = []
    for header in re.finditer(r"(?m)^[^\n]*(?:\||\t|\S {3,}\S)[^\n]*$", text):
        columns = table_columns(header.group())
        if columns is None:
            continue
        cell_break = _cell_break(header.group())
        headings = [c.strip() for c in cell_break.split(header.group().strip())]
        width = len(headings)
        pos = header.end() + 1
        while pos < len(text) and (line := _LINE.match(text, pos)) is not None and line.group():
            cells = _cells(text, line.start(), line.end(), cell_break)
            if len(cells) != width:
                break
            rows.append(_row(cells, columns, headings))
            pos = line.end() + 1
    return rows


def _cells(text: str, start: int, end: int, cell_break: re.Pattern[str]) -> list[Cell]:
    cells, pos = [], start
    for gap in [*cell_break.finditer(text, start, end), None]:
        cells.append(_cell(text, pos, gap.start() if gap else end))
        pos = gap.end() if gap else end
    return cells


def _cell(text: str, start: int, stop: int) -> Cell:
    """The stretch from `start` to `stop` as a cell, without the spaces around its text."""
    raw = text[start:stop]
    lead = len(raw) - len(raw.lstrip())
    return (start + lead, start + len(raw.rstrip()), raw.strip())


# One cell a line: a header of column headings on lines of their own, the project's first ("Teilprojekt\nTräger\n
# Standort"), then the rows' cells, as many lines a row as the header has; the table ends at a blank line, or where a
# row's cell does not fit its column (a sentence, a figure's column without one).
_HEADINGS = (_PROJECT_COLUMN, _CARRIER_COLUMN, _PLACE_COLUMN, _OTHER_COLUMN)
_HEADING_LINE = re.compile(r"(?m)^[^\S\n]*(?:Teil|Modell)?[Pp]rojekt(?:name|titel)?[^\S\n]*$")
_MOST_CELL_CHARS = 120
_FIGURE_COLUMN = re.compile(r"(?i:summe|betrag|volumen|mittel|zuwendung|laufzeit|zeitraum|teilnehm|plätze)")


def _rows_of_one_cell_a_line(text: str) -> list[Row]:
    rows: list[Row] = []
    for first in _HEADING_LINE.finditer(text):
        lines = _lines_from(text, first.start())
        headings = []
        for _, _, cell in lines:
            if not any(column.fullmatch(cell) for column in _HEADINGS):
                break
            headings.append(cell)
        columns = _columns(headings)
        if columns is None or columns.project != 0 or (columns.carrier, columns.place) == (None, None):
            continue
        width, body = len(headings), lines[len(headings) :]
        for at in range(0, len(body) - width + 1, width):
            cells = body[at : at + width]
            if not all(_fits(cell[2], heading) for cell, heading in zip(cells, headings, strict=True)):
                break
            rows.append(_row(cells, columns, headings))
    return rows


def _lines_from(text: str, start: int) -> list[Cell]:
    """The lines from `start` up to the next blank line, each as a cell."""
    out: list[Cell] = []
    pos = start
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        if not text[pos:stop].strip():
            break
        out.append(_cell(text, pos, stop))
        pos = stop + 1
    return out


def _fits(cell: str, heading: str) -> bool:
    """A cell fits its column: short, no sentence; a figure's column holds a digit ("240.000 Euro", "2019–2022")."""
    if len(cell) > _MOST_CELL_CHARS or re.search(r"[.!?]\s+[A-ZÄÖÜ]", cell):
        return False
    return not _FIGURE_COLUMN.search(heading) or any(ch.isdigit() for ch in cell)


def tabled_projects(text: str) -> list[Mention]:
    return [
        Mention.named(start, end, "Subproject", name, name)
        for start, end, name in (row.project for row in table_rows(text))
        if (looks_like_a_name(name) or _one_word_in_a_project_column(name))
        and only_links_in_small_letters(name)
        and may_be_a_plain_name(name)
    ]


# A row that sums the table up names no project.
_TABLE_TOTALS = frozenset({"Summe", "Gesamt", "Insgesamt", "Gesamtsumme", "Zusammen"})
_ONE_WORD = re.compile(r"[A-ZÄÖÜ][\w]*(?:-[A-ZÄÖÜ]?[\w]+)*")


def _one_word_in_a_project_column(name: str) -> bool:
    """ "Pflege-Lotsen", "Lotsenhaus": the header names the column the project's, so one word is its name too."""
    return bool(_ONE_WORD.fullmatch(name)) and name not in _TABLE_TOTALS
