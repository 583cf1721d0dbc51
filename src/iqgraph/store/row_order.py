"""Rows of terms (as SPARQL writes them: `<…>`, `"…"@de`, `"2019"^^<…#gYear>`, `12`) ordered as SPARQL's
ORDER BY orders them, and written back as a VALUES block.

SPARQL puts unbound values first, then blank nodes, IRIs and literals; numbers compare by value, other
literals by their text (Oxigraph compares dates of one type by value too, which for the lexical forms
iqgraph writes is the order of their text). A named query orders its rows by columns of one kind each, so
this is all the order it needs.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..rdf.quads import literal_parts

_NUMBERS = {
    f"<http://www.w3.org/2001/XMLSchema#{t}>"
    for t in [
        "integer",
        "decimal",
        "double",
        "float",
        "long",
        "int",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    ]
}
Row = tuple[str | None, ...]
SortValue = tuple[int, float, str]


def sort_value(term: str | None) -> SortValue:
    """A key that orders terms as SPARQL does: (kind, number, text)."""
    if term is None:
        return (0, 0.0, "")
    first = term[0]
    if first == "<":
        return (2, 0.0, term[1:-1])
    if first == "_":
        return (1, 0.0, term)
    if first != '"':  # a number or boolean written bare
        try:
            return (3, float(term), "")
        except ValueError:
            return (4, 0.0, term)
    close = term.rindex('"')
    lexical = term[1:close] if "\\" not in term else literal_parts(term)[0]
    if term[close + 1 : close + 3] == "^^" and term[close + 3 :] in _NUMBERS:
        try:
            return (3, float(lexical), "")
        except ValueError:
            pass
    return (4, 0.0, lexical)


def sort_rows(rows: list[Row], keys: Sequence[tuple[int, bool]]) -> list[Row]:
    """`rows` ordered by the columns `keys` names (index, descending); rows alike in every key keep their
    order. Each key is read once per row: a stable sort per key, the last key first."""
    seen: dict[str | None, SortValue] = {}  # names and IRIs repeat from row to row: read each once

    def value(term: str | None) -> SortValue:
        found = seen.get(term)
        if found is None:
            found = seen[term] = sort_value(term)
        return found

    keyed = [([value(row[column]) for column, _ in keys], row) for row in rows]
    if not any(descending for _, descending in keys):
        keyed.sort(key=lambda pair: pair[0])
    else:
        for n in reversed(range(len(keys))):
            keyed.sort(key=lambda pair: pair[0][n], reverse=keys[n][1])
    return [row for _, row in keyed]


def rows_block(variables: Sequence[str], rows: Sequence[Row]) -> str:
    """`VALUES (?a ?b) { (… …) … }`, UNDEF where a row leaves a variable unbound."""
    names = " ".join(f"?{v}" for v in variables)
    lines = "\n    ".join("(" + " ".join(t if t is not None else "UNDEF" for t in row) + ")" for row in rows)
    return f"VALUES ({names}) {{\n    {lines}\n  }}"
