"""Validation stage: check a build against `ontology/shapes.ttl` with pySHACL.

A Dataset is validated on the union of all its graphs (pySHACL alone would check only the default
graph). The ontology `ontology/iqgraph.ttl` is given to pySHACL as the ontology graph, so its
`rdfs:subClassOf` axioms are visible to `sh:class` and `sh:targetClass`; no inference is run, which
keeps validation fast enough to run on every build.

A report conforms when it has no result of severity `sh:Violation`; warnings (`sh:Warning`, `sh:Info`)
are reported but do not break conformance.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import cast

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node
from rdflib.util import guess_format

from ..errors import InputError, ShapesError
from ..resources import resource_path
from .report import (
    ValidationReport,
    Violation,
    format_report,
    load_shapes,
    local_name,
    node_text,
    path_text,
    preferred_message,
    shape_name,
    sort_key,
)

__all__ = [
    "ShapesError",
    "ValidationReport",
    "Violation",
    "format_report",
    "load_dump",
    "validate",
    "validate_path",
]


def validate(graph: Graph | Dataset, shapes_path: Path | None = None) -> ValidationReport:
    """Validate `graph` (a Dataset: all its graphs together) against the shapes, by default the shipped ones."""
    shapes = load_shapes(shapes_path or resource_path("ontology", "shapes.ttl"))
    ontology = load_shapes(resource_path("ontology", "iqgraph.ttl"))
    results = _run_pyshacl(_union(graph), shapes, ontology)
    found = sorted(_violations(results, shapes), key=sort_key)
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
    # Imported here, not at the top: pySHACL takes most of a second to import, and `validate_path` on a
    # build folder (validate_store) does not need it.
    from pyshacl import validate as shacl_validate
    from pyshacl.errors import ReportableRuntimeError

    try:
        _conforms, results, node_text = shacl_validate(
            data,
            shacl_graph=shapes,
            ont_graph=ontology,
            inference="none",
            inplace=True,
            allow_warnings=True,
        )
    except ReportableRuntimeError as exc:
        raise ShapesError(f"pySHACL cannot validate with these shapes: {exc.message}") from exc
    return cast(Graph, results)


def _violations(results: Graph, shapes: Graph) -> Iterator[Violation]:
    for result in results.subjects(RDF.type, SH.ValidationResult):
        yield Violation(
            focus_node=node_text(results.value(result, SH.focusNode)),
            path=_path(results, result),
            message=_message(results, result),
            severity=local_name(results.value(result, SH.resultSeverity)),
            shape=shape_name(results.value(result, SH.sourceShape), shapes),
        )


def _path(results: Graph, result: Node) -> str | None:
    path = results.value(result, SH.resultPath)
    if path is None:
        return None
    if isinstance(path, URIRef):
        return str(path)
    return path_text(results, path)


def _message(results: Graph, result: Node) -> str:
    """The English message where there is one (the shapes' own), else pySHACL's generated one."""
    return preferred_message(list(results.objects(result, SH.resultMessage)))
