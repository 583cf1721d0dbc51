"""The validation report and what both validators share: the report types, reading the shapes, naming a
shape, a result's path and message, the order of results and the readable text of a report.

`validate.validate` (pySHACL) and `validate_store.validate_store` (the shapes as SPARQL) both return a
`ValidationReport` built with these helpers, so their reports compare line by line.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from ..errors import ResourceNotFoundError, ShapesError
from ..rdf.namespaces import PREFIXES

__all__ = [
    "ValidationReport",
    "Violation",
    "format_report",
    "load_shapes",
    "local_name",
    "node_text",
    "path_text",
    "preferred_message",
    "shape_name",
    "sort_key",
]

_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


# Longest namespace first, so `iq:` wins over a shorter namespace that happens to prefix it.
_NAMESPACES = sorted(((p, str(ns)) for p, ns in PREFIXES.items()), key=lambda item: -len(item[1]))


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node that failed, the property path, what is wrong, how bad, which shape."""

    focus_node: str
    path: str | None
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    shape: str


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]
    warnings: tuple[Violation, ...]


def format_report(report: ValidationReport, include_warnings: bool = True) -> str:
    """A readable text: a summary line, then one line per result (severity, focus node, path, message)."""
    summary = (
        f"{'Conforms' if report.conforms else 'Does not conform'}: "
        f"{len(report.violations)} violation(s), {len(report.warnings)} warning(s)"
    )
    shown = report.violations + (report.warnings if include_warnings else ())
    return "\n".join([summary] + [_format_line(v) for v in shown])


def _format_line(v: Violation) -> str:
    path = f" {_compact_path(v.path)}" if v.path else ""
    return f"{v.severity}: <{v.focus_node}>{path}: {v.message}"


def _compact_path(path: str) -> str:
    """`rdfs:label` for `http://www.w3.org/2000/01/rdf-schema#label`, also inside a complex path."""
    if path.startswith(("(", "^", "<")):
        return re.sub(r"<([^<>]+)>", lambda m: _curie(m.group(1)), path)
    return _curie(path)


def _curie(iri: str) -> str:
    for prefix, namespace in _NAMESPACES:
        local = iri[len(namespace) :]
        if iri.startswith(namespace) and local and not re.search(r"[/#]", local):
            return f"{prefix}:{local}"
    return f"<{iri}>"


def load_shapes(path: Path) -> Graph:
    """Parse a shipped Turtle file once per path and modification time."""
    if not path.is_file():
        raise ResourceNotFoundError(f"{path} does not exist: give the path of a Turtle shapes file")
    return _parse_cached(path.resolve(), path.stat().st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _parse_cached(path: Path, mtime_ns: int) -> Graph:
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many unrelated types for bad syntax
        raise ShapesError(f"{path} is not valid Turtle ({exc}); fix the file or reinstall iqgraph") from exc
    return graph


def path_text(g: Graph, node: Node) -> str:
    """A complex SHACL path (inverse, alternative, sequence) in SPARQL property-path syntax."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    inverse = g.value(node, SH.inversePath)
    if inverse is not None:
        return f"^{path_text(g, inverse)}"
    alternatives = g.value(node, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(path_text(g, item) for item in g.items(alternatives)) + ")"
    if g.value(node, RDF.first) is not None:
        return "/".join(path_text(g, item) for item in g.items(node))
    return node_text(node)


def preferred_message(messages: list[Node]) -> str:
    """Of a result's (or a shape's) messages, the first English one in text order, else the first of all."""
    english = [m for m in messages if isinstance(m, Literal) and m.language == "en"]
    return min((str(m) for m in english or messages), default="(no message)")


def shape_name(shape: Node | None, shapes: Graph) -> str:
    """The IRI of the shape that failed; for an anonymous shape, the named shape it belongs to."""
    for _ in range(8):  # anonymous shapes nest only a few levels deep
        parent = next(iter(_parents(shapes, shape)), None) if isinstance(shape, BNode) else None
        if parent is None:
            break
        shape = parent
    return node_text(shape)


def _parents(shapes: Graph, shape: Node) -> Iterable[Node]:
    for predicate in (SH.property, SH.node, SH["not"], SH.qualifiedValueShape):
        yield from shapes.subjects(predicate, shape)
    for list_node in shapes.subjects(RDF.first, shape):
        yield from _list_owners(shapes, list_node)


def _list_owners(shapes: Graph, list_node: Node) -> Iterator[Node]:
    head = list_node
    while (previous := shapes.value(predicate=RDF.rest, object=head)) is not None:
        head = previous
    for predicate in (SH["or"], SH["and"], SH.xone):
        yield from shapes.subjects(predicate, head)


def local_name(node: Node | None) -> str:
    text = node_text(node)
    return text.rsplit("#", 1)[-1] if text else "Violation"


def node_text(node: Node | None) -> str:
    return "" if node is None else str(node)


def sort_key(v: Violation) -> tuple[int, str, str, str, str]:
    return (_SEVERITY_ORDER.get(v.severity, 3), v.focus_node, v.path or "", v.shape, v.message)
