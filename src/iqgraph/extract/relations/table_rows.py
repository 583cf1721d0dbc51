"""The facts of a project table's row (read over the release: a table given one cell a line spreads a row over
several lines, each a sentence of its own): the project hostedBy the body in the carrier's column, locatedIn the
place in the place's column ("Projekt | Träger | Standort", "Brücke Nord | Lernort e. V. | Kiel")."""

from __future__ import annotations

from collections.abc import Iterator

from ..names.projects.names_tabled import Cell, table_rows
from ..text.spans import Mention
from .actors import CARRIERS, RelationFinding


def facts_of_table_rows(text: str, mentions: list[Mention]) -> Iterator[RelationFinding]:
    rows = table_rows(text)
    if not rows:
        return
    starts = {m.start: m for m in mentions}
    for row in rows:
        unit = starts.get(row.project[0])
        if unit is None or unit.type != "Subproject":
            continue
        body, place = _filling(row.carrier, starts), _filling(row.place, starts)
        if body is not None and body.type in CARRIERS:
            yield RelationFinding(unit, "hostedBy", body)
        if place is not None and place.type == "Place":
            yield RelationFinding(unit, "locatedIn", place)


def _filling(cell: Cell | None, starts: dict[int, Mention]) -> Mention | None:
    """The mention that fills a cell (not one that opens a longer cell: "Kiel und Umgebung")."""
    m = starts.get(cell[0]) if cell else None
    return m if m is not None and cell is not None and m.end == cell[1] else None
