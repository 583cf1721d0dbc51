"""Query results as text: an aligned table for the terminal, CSV, TSV, SPARQL JSON, Turtle for graphs."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from ..errors import QueryError
from ..rdf.namespaces import PREFIXES
from .embedded import QueryResult

FORMATS = ("table", "csv", "tsv", "json", "turtle")
_SHORT = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda p: -len(p[0]))
CELL_WIDTH = 60  # a table cell longer than this is wrapped onto further lines, unless wide


def render(result: QueryResult, fmt: str, wide: bool = False) -> str:
    if result.kind == "graph":
        if fmt not in ("turtle", "table"):
            raise QueryError(f"a CONSTRUCT or DESCRIBE result is a graph: use --format turtle, not {fmt}")
        assert result.graph is not None
        return result.graph.serialize(format="turtle")
    if fmt == "turtle":
        raise QueryError("--format turtle is for CONSTRUCT and DESCRIBE queries; use table, csv, tsv or json")
    if result.kind == "ask":
        return (
            json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
            if fmt == "json"
            else f"{result.boolean}\n".lower()
        )
    if fmt == "table":
        return _table(result, wide)
    return {"csv": _csv, "tsv": _tsv, "json": _json}[fmt](result)


def _table(result: QueryResult, wide: bool) -> str:
    """Aligned columns; a long cell wraps onto lines of its own (whole when `wide`), nothing is cut."""
    header = list(result.variables)
    cells = [[_wrapped(_cell(term), wide) for term in row] for row in result.rows]
    widths = [max([len(h)] + [len(line) for r in cells for line in r[i]]) for i, h in enumerate(header)]
    lines = [_line(header, widths), _line(["-" * w for w in widths], widths)]
    for row in cells:
        for n in range(max((len(c) for c in row), default=1)):
            lines.append(_line([c[n] if n < len(c) else "" for c in row], widths))
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _line(cells: list[str], widths: list[int]) -> str:
    return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()


def _cell(term: Node | None) -> str:
    """A cell: IRIs with their prefix, literals as their text, on one line."""
    if term is None:
        return ""
    text = str(term)
    if isinstance(term, URIRef):
        text = next((f"{prefix}:{text[len(ns) :]}" for ns, prefix in _SHORT if text.startswith(ns)), text)
    return " ".join(text.split())


def _wrapped(text: str, wide: bool) -> list[str]:
    if wide or len(text) <= CELL_WIDTH:
        return [text]
    return textwrap.wrap(text, CELL_WIDTH, break_long_words=True, break_on_hyphens=False) or [text]


def _csv(result: QueryResult, dialect: str = "excel") -> str:
    out = io.StringIO()
    writer = csv.writer(out, dialect=dialect, lineterminator="\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if t is None else str(t) for t in row])
    return out.getvalue()


def _tsv(result: QueryResult) -> str:
    """SPARQL 1.1 TSV: terms in Turtle syntax, so IRIs and typed literals stay distinguishable."""
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if t is None else _tsv_term(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _tsv_term(term: Node) -> str:
    return term.n3().replace("\t", "\\t").replace("\n", "\\n")


def _json(result: QueryResult) -> str:
    bindings = [
        {v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
        for row in result.rows
    ]
    document = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _json_term(term: Node) -> dict[str, Any]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out: dict[str, Any] = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out
