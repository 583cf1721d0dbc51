"""Where iqgraph binds and pages a named query, read from the query's braces.

A named query may open its WHERE group with an ordered sub-select, *the rows*: one solution per row of the
answer, with the keys the answer is ordered by (its ORDER BY, plain variables), while the rest of the query
only adds columns to each row (names, titles, sentences). The text runs as it is on any store. iqgraph runs it
in two steps instead (named_queries.py): the rows without their ORDER BY, ordered and cut to a page in
Python, then the query with the rows sub-select replaced by a VALUES block of that page's rows, so only
they get their columns. (Oxigraph sorts by reading every string it compares from disk: 700 rows ordered by
two names cost ~50 ms, the same in Python a millisecond.)

A parameter is bound by a VALUES block opening the WHERE group of every SELECT (the query's own and each
sub-select) that uses its variable: the store starts from it everywhere (Oxigraph joins a VALUES block
where it stands, and evaluates each sub-select on its own before joining it), and Virtuoso, which refuses
a VALUES block outside the sub-select binding its variables, takes it there. So a named query uses a
parameter's variable for that parameter only, in every sub-select. Strings, IRIs and comments are blanked
before braces are read (`sparql_text.blanked`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import ParameterError
from .sparql_text import blanked, prologue_end

_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_FORM = re.compile(r"\b(?:SELECT|CONSTRUCT|ASK|DESCRIBE)\b[^{]*\{", re.IGNORECASE)
_SUB_SELECT = re.compile(r"\{\s*SELECT\b", re.IGNORECASE)
_VALUES = re.compile(r"VALUES\s*(?:\?\w+|\([^)]*\))\s*\{", re.IGNORECASE)
_ORDER_BY = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)
_KEY = re.compile(r"(?:(ASC|DESC)\s*\(\s*\?(\w+)\s*\)|\?(\w+))", re.IGNORECASE)


@dataclass(frozen=True)
class OrderKey:
    variable: str
    descending: bool = False


@dataclass(frozen=True)
class Rows:
    """The rows sub-select of a query: its span (braces included) and what it is ordered by."""

    start: int
    end: int
    order_at: int  # where its ORDER BY starts (`end - 1` when it has none)
    order: tuple[OrderKey, ...]


@dataclass(frozen=True)
class Shape:
    form: int  # where the query form (SELECT …) starts, after the prologue
    rows: Rows | None


def shape(text: str) -> Shape:
    """The offsets of `text`; a ParameterError when its WHERE group cannot be found or is not closed."""
    body = blanked(text)
    form = prologue_end(body)
    where = _WHERE.search(body, form) or _FORM.search(body, form)
    if where is None:
        raise ParameterError("cannot find the query's WHERE clause")
    opening = _sub_select(body, where.end())
    rows = None if opening is None else _rows(body, opening[0])
    return Shape(form, rows if rows is not None and rows.order else None)


def with_values(text: str, blocks: dict[str, str]) -> str:
    """`text` with each variable's VALUES block (`blocks`, by variable name) opening every WHERE group that
    uses the variable (see the module's docstring)."""
    return _opening_groups(text, lambda used: [blocks[name] for name in sorted(blocks) if name in used], 0)


def with_keys(text: str, columns: dict[str, list[str | None]]) -> str:
    """`text` with the sub-selects (not the query's own group) that use some of `columns` (variable -> the
    terms of each row) starting from the rows' combinations of those variables: a VALUES block of them."""

    def block(used: set[str]) -> list[str]:
        names = sorted(name for name in columns if name in used)
        if not names:
            return []
        rows = sorted({tuple(columns[name][n] for name in names) for n in range(len(columns[names[0]]))})
        lines = " ".join("(" + " ".join(t or "UNDEF" for t in row) + ")" for row in rows)
        return [f"VALUES ({' '.join('?' + name for name in names)}) {{ {lines} }}"]

    return _opening_groups(text, block, 1)


def _opening_groups(text: str, blocks: Callable[[set[str]], list[str]], skip: int) -> str:
    """`text` with `blocks(variables the group uses itself)` opening each WHERE group after the first `skip`."""
    body = blanked(text)
    where = list(_WHERE.finditer(body, prologue_end(body)))
    if not where:
        raise ParameterError("cannot find the query's WHERE clause")
    inserts = []
    for group in where[skip:]:
        used = set(re.findall(r"[?$](\w+)", _own_level(body, group.end(), _closing(body, group.end()))))
        opening = blocks(used)
        if opening:
            inserts.append((group.end(), "\n  " + "\n  ".join(opening)))
    for at, inserted in reversed(inserts):
        text = text[:at] + inserted + text[at:]
    return text


def rows_query(text: str) -> tuple[str, tuple[OrderKey, ...]] | None:
    """The rows sub-select of `text` as a query of its own without its ORDER BY, and its order; None when
    `text` has no rows sub-select."""
    found = shape(text)
    if found.rows is None:
        return None
    rows = found.rows
    return f"{text[: found.form]}{text[rows.start + 1 : rows.order_at].strip()}\n", rows.order


def store_page(text: str, limit: int, offset: int) -> str:
    """The rows sub-select of `text` as a query of its own, ordered and cut by the store (LIMIT, OFFSET): for
    many rows whose ORDER BY keys the store compares cheaply (numbers, dates)."""
    found = shape(text)
    if found.rows is None:
        raise ParameterError("the query has no rows sub-select to page")
    rows = found.rows
    cut = (f" LIMIT {limit}" if limit > 0 else "") + (f" OFFSET {offset}" if offset > 0 else "")
    return f"{text[: found.form]}{text[rows.start + 1 : rows.end - 1].strip()}\n{cut}\n"


def count_query(text: str) -> str:
    """A query answering `?rows`, how many rows the rows sub-select of `text` gives."""
    found = shape(text)
    if found.rows is None:
        raise ParameterError("the query has no rows sub-select to count")
    rows = found.rows
    return f"{text[: found.form]}SELECT (COUNT(*) AS ?rows) WHERE {{ {{\n{text[rows.start + 1 : rows.order_at]}\n}} }}\n"


def with_rows(text: str, block: str) -> str:
    """`text` with its rows sub-select replaced by `block` (a VALUES block of some of its rows)."""
    rows = shape(text).rows
    if rows is None:
        raise ParameterError("the query has no rows sub-select to replace")
    return f"{text[: rows.start]}{block}{text[rows.end :]}"


def _own_level(body: str, start: int, end: int) -> str:
    """The text of a group without the sub-selects inside it: what that SELECT itself uses."""
    inside = body[start:end]
    for nested in _SUB_SELECT.finditer(body, start, end):
        if nested.start() >= start:
            close = _closing(body, nested.start() + 1)
            inside = (
                inside[: nested.start() - start]
                + " " * (close + 1 - nested.start())
                + inside[close + 1 - start :]
            )
    return inside


def _sub_select(body: str, group_start: int) -> tuple[int, int] | None:
    """The sub-select opening the group that starts at `group_start`: the offset of its `{` and the start
    of its own WHERE group; None when the group does not open with one."""
    found = _SUB_SELECT.match(body, _skip_values(body, group_start))
    if found is None:
        return None
    end = _closing(body, found.start() + 1)
    where = _WHERE.search(body, found.start(), end) or _FORM.search(body, found.start() + 1, end)
    if where is None:
        raise ParameterError("cannot find the WHERE clause of a sub-select")
    return found.start(), where.end()


def _rows(body: str, start: int) -> Rows:
    end = _closing(body, start + 1) + 1
    where = _WHERE.search(body, start, end) or _FORM.search(body, start + 1, end)
    assert where is not None  # _sub_select found it
    modifiers = _closing(body, where.end()) + 1
    order = _ORDER_BY.search(body, modifiers, end)
    if order is None:
        return Rows(start, end, end - 1, ())
    clause = body[order.end() : end - 1]
    if _KEY.sub("", clause).strip():
        raise ParameterError("the ORDER BY of a query's rows takes variables, ASC(?v) and DESC(?v) only")
    keys = tuple(
        OrderKey(m.group(2) or m.group(3), (m.group(1) or "").upper() == "DESC")
        for m in _KEY.finditer(clause)
    )
    return Rows(start, end, order.start(), keys)


def _skip_values(body: str, at: int) -> int:
    """Past the white space and VALUES blocks (bound parameters) that open a group."""
    while True:
        while at < len(body) and body[at].isspace():
            at += 1
        values = _VALUES.match(body, at)
        if values is None:
            return at
        at = _closing(body, values.end()) + 1


def _closing(body: str, after_open: int) -> int:
    """The offset of the brace closing the group opened just before `after_open`."""
    depth = 1
    for at in range(after_open, len(body)):
        depth += {"{": 1, "}": -1}.get(body[at], 0)
        if depth == 0:
            return at
    raise ParameterError("the query's WHERE clause is not closed")
