"""Reference data: the known entities of the IQ programme and the sourced facts between them.

`data/reference.ttl` lists entities (one `iq:` class, one German `rdfs:label`, `skos:altLabel`s,
`iq:locatedIn`, `dcterms:source`, `owl:sameAs`) and facts as reified `iq:Statement` nodes with their
sources and period. `load_reference()` reads and checks it into frozen records; `reference_graph()`
writes the part a build needs back out as RDF. Facts stay reified (`iq:Statement` with sources and
period) and are never asserted directly: a direct `iq:` relation in a build is one a release states.

    >>> ref = load_reference()
    >>> ref.by_iri("https://w3id.org/iqgraph/id/ministry/bundesministerium-fuer-arbeit-und-soziales").aliases
    ('BMAS',)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from .errors import ReferenceDataError, ResourceNotFoundError
from .rdf.namespaces import DEFAULT_BASE, IQ, PREFIXES, SCHEMA
from .rdf.quads import iri_problem
from .resources import resource_path
from .vocab import ENTITY_CLASSES, RELATIONS

__all__ = [
    "RefEntity",
    "RefStatement",
    "Reference",
    "load_reference",
    "reference_graph",
]

_DATE_TYPES = {
    r"\d{4}": XSD.gYear,
    r"\d{4}-\d{2}": XSD.gYearMonth,
    r"\d{4}-\d{2}-\d{2}": XSD.date,
}


@dataclass(frozen=True)
class RefEntity:
    """A known entity. `type` is the local name of its `iq:` class, `label` its German name."""

    iri: str
    type: str
    label: str
    aliases: tuple[str, ...]
    located_in: str | None
    sources: tuple[str, ...]
    same_as: tuple[str, ...]


@dataclass(frozen=True)
class RefStatement:
    """A sourced fact `subject predicate object`; `predicate` is the `iq:` local name, e.g. "hostedBy".

    `start` and `end` are lexical dates ("2017", "2019-01-01") bounding the period the sources cover.
    """

    iri: str
    subject: str
    predicate: str
    object: str
    sources: tuple[str, ...]
    start: str | None
    end: str | None


@dataclass(frozen=True)
class Reference:
    entities: tuple[RefEntity, ...]
    statements: tuple[RefStatement, ...]

    def by_iri(self, iri: str) -> RefEntity | None:
        return self._index.get(iri)

    @functools.cached_property
    def _index(self) -> dict[str, RefEntity]:
        return {e.iri: e for e in self.entities}


def load_reference(path: Path | None = None, base: str = DEFAULT_BASE) -> Reference:
    """Read and check the reference data (default: the shipped `data/reference.ttl`).

    IRIs under `DEFAULT_BASE` are moved under `base`. Results are cached per file, version and base.
    Raises ReferenceDataError when the file is missing, is not Turtle, or breaks the rules above.
    """
    if not base.endswith(("/", "#")):
        raise ValueError(f"base must end with '/' or '#': {base!r}")
    file = _default_path() if path is None else Path(path)
    try:
        version = file.stat().st_mtime_ns
    except OSError as exc:
        raise ReferenceDataError(f"{file}: cannot read the reference data: {exc.strerror}") from exc
    return _load_cached(str(file.resolve()), base, version)


def reference_graph(ref: Reference, include: Iterable[str] | None = None, names: bool = True) -> Graph:
    """The entities (all, or those whose IRI is in `include`) and the facts between them as RDF.

    A fact, and an entity's `iq:locatedIn`, is written only when both ends are written. Each fact is
    written as its `iq:Statement` node with `dcterms:source` and period, not as a direct triple: most hold
    for a period only, and the direct relations of a build are what its releases say. Without `names`, an
    entity's class, label and alternative labels are left out: a build writes them, once, into its
    entities graph.
    """
    wanted = None if include is None else set(include)
    entities = [e for e in ref.entities if wanted is None or e.iri in wanted]
    written = {e.iri for e in entities}
    g = Graph()
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace)
    for entity in entities:
        _write_entity(g, entity, written, names)
    for st in ref.statements:
        if st.subject in written and st.object in written:
            _write_statement(g, st)
    return g


# -- reading ------------------------------------------------------------------------------------------


def _default_path() -> Path:
    try:
        return resource_path("data", "reference.ttl")
    except ResourceNotFoundError as exc:
        raise ReferenceDataError(f"data/reference.ttl cannot be found: {exc}") from exc


@functools.lru_cache(maxsize=16)
def _load_cached(path: str, base: str, version: int) -> Reference:
    """`version` (the file's mtime) is only part of the cache key, so an edited file is read again."""
    graph = _parse(path)
    reader = _Reader(graph, path, base)
    entities = reader.entities()
    known = {e.iri for e in entities}
    _check_places(entities, known, path)
    statements = reader.statements(known)
    return Reference(entities, statements)


def _parse(path: str) -> Graph:
    try:
        graph = Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many types (BadSyntax, ParserError, UnicodeDecodeError …)
        raise ReferenceDataError(f"{path}: not valid Turtle: {exc}") from exc
    _check_iris(graph, path)
    return graph


def _check_iris(graph: Graph, path: str) -> None:
    """rdflib reads IRIs the store refuses ("a[1]", a second "#"): say which, before a build writes them."""
    iris = {str(n) for triple in graph for n in triple if isinstance(n, URIRef)}
    for iri in sorted(iris):
        problem = iri_problem(iri)
        if problem:
            raise ReferenceDataError(f"{path}: <{iri}> is not a valid IRI ({problem})")


def _check_places(entities: tuple[RefEntity, ...], known: set[str], path: str) -> None:
    for e in entities:
        if e.located_in is not None and e.located_in not in known:
            raise ReferenceDataError(f"{path}: {e.iri} iq:locatedIn {e.located_in}, which is not an entity")


class _Reader:
    """Turns the parsed graph into checked records; every error names the file and the node."""

    def __init__(self, graph: Graph, path: str, base: str) -> None:
        self.g, self.path, self.base = graph, path, base

    def fail(self, node: Node, problem: str) -> ReferenceDataError:
        return ReferenceDataError(f"{self.path}: {node}: {problem}")

    def rebase(self, iri: str) -> str:
        return self.base + iri[len(DEFAULT_BASE) :] if iri.startswith(DEFAULT_BASE) else iri

    # entities

    def entities(self) -> tuple[RefEntity, ...]:
        typed = {s for s, o in self.g.subject_objects(RDF.type) if _iq_name(o)}
        nodes = [s for s in typed if (s, RDF.type, IQ.Statement) not in self.g]
        return tuple(sorted((self.entity(n) for n in nodes), key=lambda e: e.iri))

    def entity(self, node: Node) -> RefEntity:
        if not isinstance(node, URIRef):
            raise self.fail(node, "an entity needs an IRI, not a blank node")
        sources = self.sources(node)
        same_as = tuple(sorted(str(self.iri_value(node, o)) for o in self.g.objects(node, OWL.sameAs)))
        if same_as and not sources:
            raise self.fail(node, "owl:sameAs without a dcterms:source that states it")
        located = self.optional(node, IQ.locatedIn)
        return RefEntity(
            iri=self.rebase(str(node)),
            type=self.entity_class(node),
            label=self.label(node),
            aliases=self.aliases(node),
            located_in=None if located is None else self.rebase(str(self.iri_value(node, located))),
            sources=sources,
            same_as=same_as,
        )

    def entity_class(self, node: Node) -> str:
        names = sorted(n for n in map(_iq_name, self.g.objects(node, RDF.type)) if n)
        unknown = [n for n in names if n not in ENTITY_CLASSES]
        if unknown:
            raise self.fail(node, f"unknown iq: class {', '.join('iq:' + n for n in unknown)}")
        if len(names) != 1:
            raise self.fail(node, f"needs exactly one iq: class, has {', '.join(names)}")
        return names[0]

    def label(self, node: Node) -> str:
        labels = self.german(node, RDFS.label)
        if len(labels) != 1:
            raise self.fail(node, f'needs exactly one rdfs:label "…"@de, has {len(labels)}')
        return labels[0]

    def aliases(self, node: Node) -> tuple[str, ...]:
        label = self.label(node)
        return tuple(a for a in self.german(node, SKOS.altLabel) if a != label)

    def german(self, node: Node, prop: URIRef) -> list[str]:
        values = self.g.objects(node, prop)
        return sorted({str(v) for v in values if isinstance(v, Literal) and _is_german(v)})

    # statements

    def statements(self, known: set[str]) -> tuple[RefStatement, ...]:
        nodes = list(self.g.subjects(RDF.type, IQ.Statement))
        return tuple(sorted((self.statement(n, known) for n in nodes), key=lambda s: s.iri))

    def statement(self, node: Node, known: set[str]) -> RefStatement:
        if not isinstance(node, URIRef):
            raise self.fail(node, "a statement needs an IRI, not a blank node")
        sources = self.sources(node)
        if not sources:
            raise self.fail(node, "a statement needs at least one dcterms:source")
        return RefStatement(
            iri=self.rebase(str(node)),
            subject=self.end(node, RDF.subject, known),
            predicate=self.relation(node),
            object=self.end(node, RDF.object, known),
            sources=sources,
            start=self.date(node, SCHEMA.startDate),
            end=self.date(node, SCHEMA.endDate),
        )

    def end(self, node: Node, prop: URIRef, known: set[str]) -> str:
        value = self.optional(node, prop)
        if value is None:
            raise self.fail(node, f"has no {self.qname(prop)}")
        iri = self.rebase(str(self.iri_value(node, value)))
        if iri not in known:
            raise self.fail(node, f"points at {value}, which is not an entity of this file")
        return iri

    def relation(self, node: Node) -> str:
        value = self.optional(node, RDF.predicate)
        name = _iq_name(value)
        if name is None or name not in RELATIONS:
            raise self.fail(node, f"rdf:predicate must be one of iq:{', iq:'.join(RELATIONS)}, is {value}")
        return name

    def date(self, node: Node, prop: URIRef) -> str | None:
        value = self.optional(node, prop)
        if value is None:
            return None
        if not isinstance(value, Literal) or value.datatype is None or value.datatype != _date_type(value):
            raise self.fail(node, f"{self.qname(prop)} must be an xsd:gYear, gYearMonth or date")
        return str(value)

    # shared

    def sources(self, node: Node) -> tuple[str, ...]:
        found = [self.iri_value(node, o) for o in self.g.objects(node, DCTERMS.source)]
        bad = [s for s in found if not str(s).startswith(("http://", "https://"))]
        if bad:
            raise self.fail(node, f"dcterms:source must be an http(s) URL, not {bad[0]}")
        return tuple(sorted(str(s) for s in found))

    def optional(self, node: Node, prop: URIRef) -> Node | None:
        values = list(self.g.objects(node, prop))
        if len(values) > 1:
            raise self.fail(node, f"has {len(values)} values for {self.qname(prop)}, needs one")
        return values[0] if values else None

    def qname(self, prop: URIRef) -> str:
        return prop.n3(self.g.namespace_manager)

    def iri_value(self, node: Node, value: Node) -> URIRef:
        if not isinstance(value, URIRef):
            raise self.fail(node, f"expected an IRI, found {value.n3()}")
        return value


def _iq_name(node: Node | None) -> str | None:
    """`Place` for iq:Place; None for anything outside the iq: namespace."""
    if isinstance(node, URIRef) and node.startswith(IQ):
        return node[len(IQ) :]
    return None


def _is_german(literal: Literal) -> bool:
    return (literal.language or "").lower() == "de"


def _date_type(lexical: str) -> URIRef | None:
    for pattern, datatype in _DATE_TYPES.items():
        if re.fullmatch(pattern, lexical):
            return datatype
    return None


# -- writing ------------------------------------------------------------------------------------------


def _write_entity(g: Graph, e: RefEntity, written: set[str], names: bool) -> None:
    node = URIRef(e.iri)
    if names:
        g.add((node, RDF.type, IQ[e.type]))
        g.add((node, RDFS.label, Literal(e.label, lang="de")))
        for alias in e.aliases:
            g.add((node, SKOS.altLabel, Literal(alias, lang="de")))
    if e.located_in is not None and e.located_in in written:
        g.add((node, IQ.locatedIn, URIRef(e.located_in)))
    for source in e.sources:
        g.add((node, DCTERMS.source, URIRef(source)))
    for other in e.same_as:
        g.add((node, OWL.sameAs, URIRef(other)))


def _write_statement(g: Graph, st: RefStatement) -> None:
    s, p, o = URIRef(st.subject), IQ[st.predicate], URIRef(st.object)
    node = URIRef(st.iri)
    g.add((node, RDF.type, IQ.Statement))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, p))
    g.add((node, RDF.object, o))
    for source in st.sources:
        g.add((node, DCTERMS.source, URIRef(source)))
    if st.start is not None:
        g.add((node, SCHEMA.startDate, Literal(st.start, datatype=_date_type(st.start))))
    if st.end is not None:
        g.add((node, SCHEMA.endDate, Literal(st.end, datatype=_date_type(st.end))))
