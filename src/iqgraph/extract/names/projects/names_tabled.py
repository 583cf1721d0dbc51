"""Project names in a table written as text: a header naming the project's and the carrier's columns, then a row
per line ("Projekt | Träger | Fördersumme", "Brücke Nord | Lernort e. V. | 80.000 Euro")."""

from __future__ import annotations

import re
from functools import lru_cache

from ...text.spans import Mention
from .name_parts import may_be_a_plain_name
from .names_listed import looks_like_a_name, only_links_in_small_letters

# A table written as text: a header line whose cells, parted by "|" or tabs, name the project and its carrier
# ("Projekt | Träger | Fördersumme"), then a row per line with as many cells.
_CELL_BREAK = re.compile(r"[^\S\n\t]*(?:\||\t)[^\S\n\t]*")
# (also "Vorhaben", "Name des Projekts"; the carrier as the grant's recipient: "Zuwendungsempfänger")
_OF_THE_PROJECT = r"(?:\s+des\s+(?:Projekts|Projektes|Vorhabens))"
_PROJECT_COLUMN = re.compile(
    rf"(?:Teil|Modell)?[Pp]rojekt(?:name|titel|e)?|Angebot|Maßnahme|Vorhaben|(?:Name|Titel|Bezeichnung){_OF_THE_PROJECT}"
)
_CARRIER_COLUMN = re.compile(
    rf"(?:Projekt)?[Tt]räger(?:in)?(?:schaft)?{_OF_THE_PROJECT}?|Zuwendungsempfänger(?:in)?"
)
_LINE = re.compile(r"[^\n]*")


def table_columns(header: str) -> tuple[int, int | None] | None:
    """Where a header line names the project's column and the carrier's (None where it names none)."""
    cells = [c.strip() for c in _CELL_BREAK.split(header.strip())]
    if len(cells) < 2:
        return None
    project = next((i for i, c in enumerate(cells) if _PROJECT_COLUMN.fullmatch(c)), None)
    carrier = next((i for i, c in enumerate(cells) if _CARRIER_COLUMN.fullmatch(c)), None)
    return None if project is None else (project, carrier)


@lru_cache(maxsize=2)
def table_rows(text: str) -> tuple[tuple[tuple[int, int, str], ...], ...]:
    """Each row of a project table: its project's cell (start, end, text), then its carrier's where the header names
    that column (read once per text: the carrier reader asks for every row)."""
    if "|" not in text and "\t" not in text:
        return ()
    rows: list[tuple[tuple[int, int, str], ...]] = []
    for header in re.finditer(r"(?m)^[^\n]*(?:\||\t)[^\n]*$", text):
        columns = table_columns(header.group())
        if columns is None:
            continue
        width = len(_CELL_BREAK.split(header.group().strip()))
        pos = header.end() + 1
        while pos < len(text) and (line := _LINE.match(text, pos)) is not None and line.group():
            cells = _cells(text, line.start(), line.end())
            if len(cells) != width:
                break
            rows.append((cells[columns[0]], *([cells[columns[1]]] if columns[1] is not None else [])))
            pos = line.end() + 1
    return tuple(rows)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    cells, pos = [], start
    for gap in [*_CELL_BREAK.finditer(text, start, end), None]:
        stop = gap.start() if gap else end
        raw = text[pos:stop]
        lead = len(raw) - len(raw.lstrip())
        cells.append((pos + lead, pos + len(raw.rstrip()), raw.strip()))
        pos = gap.end() if gap else end
    return cells


def tabled_projects(text: str) -> list[Mention]:
    return [
        Mention.named(start, end, "Subproject", name, name)
        for (start, end, name), *_ in table_rows(text)
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
