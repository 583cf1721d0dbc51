"""Validation stage: check a build against `ontology/shapes.ttl` with pySHACL.

A Dataset is validated on the union of all its graphs (pySHACL alone would check only the default
graph). The ontology `ontology/iqgraph.ttl` is given to pySHACL as the ontology graph, so its
`rdfs:subClassOf` axioms are visible to `sh:class` and `sh:targetClass`; no inference is run, which
keeps validation fast enough to run on every build.

A report conforms when it has no result of severity `sh:Violation`; warnings (`sh:Warning`, `sh:Info`)
are reported but do not break conformance.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node
from rdflib.util import guess_format

from ..errors import InputError, ResourceNotFoundError, ShapesError
from ..rdf.namespaces import PREFIXES
from ..resources import resource_path

__all__ = [
    "ShapesError",
    "ValidationReport",
    "Violation",
    "format_report",
    "load_dump",
    "validate",
    "validate_path",
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


def validate(graph: Graph | Dataset, shapes_path: Path | None = None) -> ValidationReport:
    """Validate `graph` (a Dataset: all its graphs together) against the shapes, by default the shipped ones."""
    shapes = _load(shapes_path or resource_path("ontology", "shapes.ttl"))
    ontology = _load(resource_path("ontology", "iqgraph.ttl"))
    results = _run_pyshacl(_union(graph), shapes, ontology)
    found = sorted(_violations(results, shapes), key=_sort_key)
    violations = tuple(v for v in found if v.severity == "Violation")
    warnings = tuple(v for v in found if v.severity != "Violation")
    return ValidationReport(not violations, violations, warnings)


def validate_path(path: Path, shapes_path: Path | None = None) -> ValidationReport:
    """Validate a dump file (with pySHACL) or a build folder's embedded store (the shapes as SPARQL, as
    `build` does: the way for large builds); the same report either way."""
    if path.is_dir():
        from ..store.embedded import LocalStore
        from .validate_store import validate_store

        return validate_store(LocalStore(path).native, shapes_path)
    return validate(load_dump(path), shapes_path)


def format_report(report: ValidationReport, include_warnings: bool = True) -> str:
    """A readable text: a summary line, then one line per result (severity, focus node, path, message)."""
    summary = (
        f"{'Conforms' if report.conforms else 'Does not conform'}: "
        f"{len(report.violations)} violation(s), {len(report.warnings)} warning(s)"
    )
    shown = report.violations + (report.warnings if include_warnings else ())
    return "\n".join([summary] + [_format_line(v) for v in shown])


def load_dump(path: Path) -> Dataset:
    """Read a dump written by a build (TriG, N-Quads, Turtle, JSON-LD …, told by its suffix) for `validate`."""
    fmt = guess_format(str(path))
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format; name the dump .trig, .nq, .ttl, .nt or .jsonld")
    dataset = Dataset()
    try:
        dataset.parse(path, format=fmt)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except Exception as exc:  # rdflib's parsers raise many unrelated types for bad syntax
        raise InputError(f"{path}: is not valid {fmt} ({exc}); rebuild it with `iqgraph build`") from exc
    return dataset


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


def _load(path: Path) -> Graph:
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


def _union(graph: Graph | Dataset) -> Graph:
    """A fresh Graph holding every triple of `graph`, of all named graphs when it is a Dataset."""
    union = Graph()
    if isinstance(graph, Dataset):  # (a ConjunctiveGraph iterates over all its graphs anyway)
        union.addN((s, p, o, union) for s, p, o, _ in graph.quads((None, None, None, None)))
    else:
        union.addN((s, p, o, union) for s, p, o in graph)
    return union


def _run_pyshacl(data: Graph, shapes: Graph, ontology: Graph) -> Graph:
    """Run pySHACL and return its results graph; `data` is a private copy, so it may be changed in place."""
    # Imported here, not at the top: pySHACL takes most of a second to import, and validate_store shares
    # this module's helpers without needing it.
    from pyshacl import validate as shacl_validate
    from pyshacl.errors import ReportableRuntimeError

    try:
        _conforms, results, _text = shacl_validate(
            data,
            shacl_graph=shapes,
            ont_graph=ontology,
            inference="none",
            inplace=True,
            allow_warnings=True,
        )
    except ReportableRuntimeError as exc:
        raise ShapesError(f"pySHACL cannot validate with these shapes: {exc.message}") from exc
    return results


def _violations(results: Graph, shapes: Graph) -> Iterator[Violation]:
    for result in results.subjects(RDF.type, SH.ValidationResult):
        yield Violation(
            focus_node=_text(results.value(result, SH.focusNode)),
            path=_path(results, result),
            message=_message(results, result),
            severity=_local_name(results.value(result, SH.resultSeverity)),
            shape=_shape_name(results.value(result, SH.sourceShape), shapes),
        )


def _path(results: Graph, result: Node) -> str | None:
    path = results.value(result, SH.resultPath)
    if path is None:
        return None
    if isinstance(path, URIRef):
        return str(path)
    return _path_text(results, path)


def _path_text(g: Graph, node: Node) -> str:
    """A complex SHACL path (inverse, alternative, sequence) in SPARQL property-path syntax."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    inverse = g.value(node, SH.inversePath)
    if inverse is not None:
        return f"^{_path_text(g, inverse)}"
    alternatives = g.value(node, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(_path_text(g, item) for item in g.items(alternatives)) + ")"
    if g.value(node, RDF.first) is not None:
        return "/".join(_path_text(g, item) for item in g.items(node))
    return _text(node)


def _message(results: Graph, result: Node) -> str:
    """The English message where there is one (the shapes' own), else pySHACL's generated one."""
    return _preferred_message(list(results.objects(result, SH.resultMessage)))


def _preferred_message(messages: list[Node]) -> str:
    """Of a result's (or a shape's) messages, the first English one in text order, else the first of all."""
    english = [m for m in messages if isinstance(m, Literal) and m.language == "en"]
    return min((str(m) for m in english or messages), default="(no message)")


def _shape_name(shape: Node | None, shapes: Graph) -> str:
    """The IRI of the shape that failed; for an anonymous shape, the named shape it belongs to."""
    for _ in range(8):  # anonymous shapes nest only a few levels deep
        parent = next(iter(_parents(shapes, shape)), None) if isinstance(shape, BNode) else None
        if parent is None:
            break
        shape = parent
    return _text(shape)


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


def _local_name(node: Node | None) -> str:
    text = _text(node)
    return text.rsplit("#", 1)[-1] if text else "Violation"


def _text(node: Node | None) -> str:
    return "" if node is None else str(node)


def _sort_key(v: Violation) -> tuple[int, str, str, str, str]:
    return (_SEVERITY_ORDER.get(v.severity, 3), v.focus_node, v.path or "", v.shape, v.message)
