"""The ontology's documentation: `ontology/index.html` (German and English), `iqgraph.ttl`, `iqgraph.rdf`.

pyLODE was measured first (3.4.1, the newest on PyPI, 2026-12-03): right after `pip install pylode` its
`OntPub` fails on import of its own version (it reads a `pyproject.toml` that the wheel does not carry), so
this small generator writes the page instead: every class and property of `ontology/iqgraph.ttl` with its
labels and comments in both languages, its super-classes or -properties, domain and range, each `iq:` term
linked to its entry.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.compare import to_canonical_graph
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, XSD

from ..rdf.namespaces import IQ, PREFIXES
from ..resources import resource_path
from .html import render

ONTOLOGY_DIR = "ontology"
SECTIONS = (
    (OWL.Class, "Klassen", "classes"),
    (OWL.ObjectProperty, "Objekteigenschaften", "object properties"),
    (OWL.DatatypeProperty, "Datenwerteigenschaften", "datatype properties"),
)
ROWS = (
    (RDFS.subClassOf, "Unterklasse von"),
    (RDFS.subPropertyOf, "Untereigenschaft von"),
    (RDFS.domain, "Definitionsbereich (domain)"),
    (RDFS.range, "Wertebereich (range)"),
)


def write_ontology(site_dir: Path) -> list[str]:
    """The three files, under `site_dir/ontology/`; returns their site paths."""
    source = resource_path("ontology", "iqgraph.ttl")
    graph = Graph().parse(source, format="turtle")
    target = site_dir / ONTOLOGY_DIR
    target.mkdir(parents=True, exist_ok=True)
    (target / "iqgraph.ttl").write_bytes(source.read_bytes())
    (target / "iqgraph.rdf").write_text(_rdf_xml(graph), encoding="utf-8", newline="\n")
    page = render("ontology.html", f"{ONTOLOGY_DIR}/index.html", **_context(graph))
    (target / "index.html").write_text(page, encoding="utf-8", newline="\n")
    return [f"{ONTOLOGY_DIR}/{name}" for name in ("index.html", "iqgraph.ttl", "iqgraph.rdf")]


def _rdf_xml(graph: Graph) -> str:
    """RDF/XML of the triples in sorted order, blank nodes named canonically, so the same ontology gives the
    same bytes: rdflib names blank nodes at random on every parse and writes subjects in set order, so
    Oxigraph's serialiser writes them, in the order given."""
    canonical = to_canonical_graph(graph)
    triples = sorted(canonical, key=lambda t: tuple(x.n3() for x in t))
    written = ox.serialize(
        [ox.Triple(_ox(s), _ox(p), _ox(o)) for s, p, o in triples],
        format=ox.RdfFormat.RDF_XML,
        prefixes={prefix: str(ns) for prefix, ns in PREFIXES.items()},
    )
    return (written or b"").decode("utf-8")


def _ox(term: Any) -> Any:
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))
    return ox.NamedNode(str(term))


def _context(graph: Graph) -> dict[str, Any]:
    ontology = sorted(s for s in graph.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef))[0]
    return {
        "title": "Ontologie",
        "iri": str(ontology),
        "version": str(graph.value(ontology, OWL.versionInfo) or ""),
        "title_de": _text(graph, ontology, DCTERMS.title, "de"),
        "title_en": _text(graph, ontology, DCTERMS.title, "en"),
        "description_de": _text(graph, ontology, DCTERMS.description, "de"),
        "description_en": _text(graph, ontology, DCTERMS.description, "en"),
        "sections": [
            {"de": de, "en": en, "terms": [_term(graph, t) for t in _own_terms(graph, kind)]}
            for kind, de, en in SECTIONS
        ],
    }


def _own_terms(graph: Graph, kind: URIRef) -> list[URIRef]:
    return sorted(
        t for t in graph.subjects(RDF.type, kind) if isinstance(t, URIRef) and str(t).startswith(str(IQ))
    )


def _term(graph: Graph, term: URIRef) -> dict[str, Any]:
    return {
        "name": _short(term),
        "anchor": _anchor(term) or _short(term),
        "iri": str(term),
        "label_de": _text(graph, term, RDFS.label, "de") or _short(term),
        "label_en": _text(graph, term, RDFS.label, "en"),
        "comment_de": _text(graph, term, RDFS.comment, "de"),
        "comment_en": _text(graph, term, RDFS.comment, "en"),
        "rows": [
            {"name": name, "objects": values}
            for name, values in ((n, _shown(graph, term, p)) for p, n in ROWS)
            if values
        ],
    }


def _shown(graph: Graph, term: URIRef, predicate: URIRef) -> list[dict[str, str | None]]:
    """The objects of `predicate`, a union of classes (owl:unionOf) as its members."""
    shown: list[Any] = []
    for value in graph.objects(term, predicate):
        union = graph.value(value, OWL.unionOf) if isinstance(value, BNode) else None
        shown += list(Collection(graph, union)) if union is not None else [value]
    return [{"text": _short(v), "anchor": _anchor(v)} for v in sorted(set(map(str, shown)))]


def _text(graph: Graph, term: URIRef, predicate: URIRef, lang: str) -> str:
    values = sorted(
        str(o) for o in graph.objects(term, predicate) if isinstance(o, Literal) and o.language == lang
    )
    return values[0] if values else ""


def _short(term: Any) -> str:
    text = str(term)
    for prefix, ns in sorted(PREFIXES.items()):
        if text.startswith(str(ns)) and len(text) > len(str(ns)):
            return f"{prefix}:{text[len(str(ns)) :]}"
    return text


def _anchor(term: Any) -> str | None:
    """The fragment of an `iq:` term's entry on this page, None for other vocabularies' terms."""
    text = str(term)
    return text[len(str(IQ)) :] if text.startswith(str(IQ)) else None
