"""Graph stage: resolved extractions -> the quads of the build, as N-Triples text.

    default graph               the dataset description (VoID/DCAT) and the build (PROV-O)
    <base>graph/entities        each entity's classes, names and stable description, once (entities_graph.py)
    <base>graph/reference       reference facts about the entities this build mentions, with their sources
    <base>graph/release/<key>   one graph per release: the release, the entities it names (iq:mentions),
                                what it states (relations, roles, quotes, events, counts), each fact tied
                                to the sentence it was read from; nothing the entities graph holds

Facts are asserted directly (`<IQ> iq:fundedBy <BMAS>`) and also as an `iq:Statement` (rdf:Statement)
whose `iq:evidence` is an `iq:Sentence` with Web Annotation selectors (exact text and character
offsets), so one SPARQL query can ask which sentence of which release says a thing. No blank nodes:
every node's IRI is derived from its content, so the same input gives the same graph.

The quads are written as text rather than added to an rdflib Dataset: the dumps and the store are made
from text anyway, and an rdflib add costs ~20 µs, which on 10,000 releases (3.4 M quads) was a minute
and most of the build's memory. `Quads.dataset()` still gives the rdflib view where one is wanted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence

from rdflib import Dataset, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, RDF, RDFS, VOID

from ..models import Extraction, Release
from ..reference import Reference, reference_graph
from ..resolve import Resolution
from ..version import __version__
from .entities_graph import entity_quads, membership_iri
from .namespaces import IQ, PREFIXES
from .quads import Quad, Quads, TermText, iri_problem, iri_text, literal_text, sort_quads
from .terms import T, date_literal, german, typed

_FORMAT = {"html": "text/html", "md": "text/markdown"}


def release_iri(base: str, release: Release) -> URIRef:
    return URIRef(f"{base}release/{release.key}")


def graph_iri(base: str, release: Release) -> URIRef:
    return URIRef(f"{base}graph/release/{release.key}")


def reference_graph_iri(base: str) -> URIRef:
    return URIRef(f"{base}graph/reference")


def namespaces(base: str) -> dict[str, str]:
    """The prefixes the dumps use: rdflib's usual ones, iqgraph's vocabularies and `id:` for the base."""
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    ds.bind("id", base)
    return {prefix: str(ns) for prefix, ns in ds.namespaces()}


def build_quads(
    extractions: Sequence[Extraction],
    resolution: Resolution,
    reference: Reference,
    base: str,
    generated_at: dt.datetime | None = None,
) -> Quads:
    """Every quad of the build, sorted (see `Quads`)."""
    quads: list[Quad] = []
    for extraction in extractions:
        quads.extend(release_quads(extraction, resolution, base))
    quads.extend(entity_quads(extractions, resolution, reference, base))
    mentioned = {iri for iri, e in resolution.entities.items() if e.from_reference}
    text, reference_name = TermText(), iri_text(str(reference_graph_iri(base)))
    for s, p, o in reference_graph(reference, include=mentioned, names=False):
        quads.append((text(s), text(p), text(o), reference_name))
    quads.extend(_description(extractions, base, generated_at))
    return Quads(sort_quads(quads), namespaces(base))


def release_quads(extraction: Extraction, resolution: Resolution, base: str) -> list[Quad]:
    """The quads of one release's named graph, unsorted and possibly repeated."""
    writer = _ReleaseWriter(extraction, resolution, base)
    writer.write()
    return writer.quads


class _ReleaseWriter:
    def __init__(self, extraction: Extraction, resolution: Resolution, base: str) -> None:
        self.x, self.res, self.base = extraction, resolution, base
        self.release = str(release_iri(base, extraction.release))
        self.release_text = iri_text(self.release)
        self.graph = iri_text(str(graph_iri(base, extraction.release)))
        self.sentences: dict[int, str] = {}
        self.iris: dict[str, str] = {}  # entity key -> IRI text
        self.quads: list[Quad] = []

    def add(self, s: str, p: str, o: str) -> None:
        self.quads.append((s, p, o, self.graph))

    def write(self) -> None:
        self._release()
        for entity in self.x.entities:  # its names and classes are in the entities graph
            self.add(self.release_text, T["mentions"], self._iri(entity.key))
        for r in self.x.relations:
            s, p, o = self._iri(r.subject), iri_text(str(IQ[r.predicate])), self._iri(r.object)
            self.add(s, p, o)
            self._statement(s, p, o, r.sentence)
        for role in self.x.roles:
            self._membership(role.person, role.title, role.organisation, role.sentence)
        for n, quote in enumerate(self.x.quotes, 1):
            self._quote(n, quote.speaker, quote.text, quote.sentence)
        for event in self.x.events:
            self._event(event.key, event.sentence)
        for count in self.x.counts:
            self._count(count.subject, count.what, count.value, count.is_subprojects, count.sentence)

    def _iri(self, key: str) -> str:
        found = self.iris.get(key)
        if found is None:
            found = self.iris[key] = iri_text(self.res.iri(key))
        return found

    def _release(self) -> None:
        r, rel, t = self.x.release, self.release_text, T
        self.add(rel, t["type"], t["PressRelease"])
        self.add(rel, t["type"], t["NewsArticle"])
        self.add(rel, t["title"], german(r.title or r.key))
        self.add(rel, t["identifier"], literal_text(r.number or r.key))
        self.add(rel, t["contentHash"], literal_text(r.content_hash))
        self.add(rel, t["characterCount"], typed(str(len(r.text)), "integer"))
        self.add(rel, t["format"], literal_text(_FORMAT.get(r.format, "text/plain")))
        if r.number:
            self.add(rel, t["releaseNumber"], literal_text(r.number))
        if r.date:
            self.add(rel, t["date"], date_literal(r.date, r.date_precision))
        if r.publisher:
            self.add(rel, t["publisher"], literal_text(r.publisher))
        if r.source:
            # a web address the store would refuse is kept as text (reading warned about it)
            is_iri = r.source.startswith(("http://", "https://")) and iri_problem(r.source) is None
            self.add(rel, t["source"], iri_text(r.source) if is_iri else literal_text(r.source))

    def _sentence(self, index: int) -> str:
        found = self.sentences.get(index)
        if found is not None:
            return found
        s, t = self.x.sentences[index], T
        node = f"{self.release}/sentence/{index + 1}"
        quote, position = iri_text(f"{node}/quote"), iri_text(f"{node}/position")
        node = iri_text(node)
        self.add(node, t["type"], t["Sentence"])
        self.add(node, t["type"], t["SpecificResource"])
        self.add(node, t["hasSource"], self.release_text)
        self.add(node, t["hasSelector"], quote)
        self.add(node, t["hasSelector"], position)
        self.add(quote, t["type"], t["TextQuoteSelector"])
        self.add(quote, t["exact"], literal_text(s.text))
        self.add(position, t["type"], t["TextPositionSelector"])
        self.add(position, t["start"], typed(str(s.start), "nonNegativeInteger"))
        self.add(position, t["end"], typed(str(s.end), "nonNegativeInteger"))
        self.add(self.release_text, t["sentence"], node)
        self.sentences[index] = node
        return node

    def _statement(self, s: str, p: str, o: str, sentence: int) -> str:
        # The digest is of the terms as rdflib wrote them (n3), which N-Triples text equals for the IRIs
        # and literals a release holds, so statement IRIs stay what they were.
        digest = hashlib.sha1(f"{s[1:-1]} {p[1:-1]} {o}".encode()).hexdigest()[:16]
        node = iri_text(f"{self.release}/statement/{digest}")
        t = T
        self.add(node, t["type"], t["Statement"])
        self.add(node, t["type"], t["rdfStatement"])
        self.add(node, t["subject"], s)
        self.add(node, t["predicate"], p)
        self.add(node, t["object"], o)
        self.add(node, t["aboutEntity"], s)
        self.add(node, t["evidence"], self._sentence(sentence))
        self.add(node, t["wasDerivedFrom"], self.release_text)
        return node

    def _membership(self, person_key: str, title: str, org_key: str | None, sentence: int) -> None:
        # what the membership is (member, role, organisation) is in the entities graph; here, that this
        # release attests it, when and where
        org_iri = self.res.iri(org_key) if org_key else None
        node = iri_text(membership_iri(self.base, self.res.iri(person_key), org_iri, title))
        release = self.x.release
        if release.date:
            self.add(node, T["attestedOn"], date_literal(release.date, release.date_precision))
        self.add(node, T["evidence"], self._sentence(sentence))

    def _quote(self, n: int, speaker: str, text: str, sentence: int) -> None:
        node, t = iri_text(f"{self.release}/quotation/{n}"), T
        self.add(node, t["type"], t["Quotation"])
        self.add(node, t["type"], t["schemaQuotation"])
        self.add(node, t["text"], german(text))
        self.add(node, t["creator"], self._iri(speaker))
        self.add(node, t["isPartOf"], self.release_text)
        self.add(node, t["evidence"], self._sentence(sentence))
        self.add(self.release_text, t["quotation"], node)

    def _event(self, key: str, sentence: int) -> None:
        # its date is part of what the event is: the entities graph holds it
        self.add(self._iri(key), T["evidence"], self._sentence(sentence))

    def _count(self, subject: str, what: str, value: int, is_subprojects: bool, sentence: int) -> None:
        s = self._iri(subject)
        number = typed(str(value), "integer")
        if is_subprojects:
            self.add(s, T["subprojectCount"], number)
            node = self._statement(s, T["subprojectCount"], number, sentence)
        else:
            node = self._statement(s, T["count"], number, sentence)
        self.add(node, T["countedThing"], german(what))


def _description(
    extractions: Sequence[Extraction], base: str, generated_at: dt.datetime | None
) -> list[Quad]:
    """The dataset description portals harvest, and the build that produced the graphs (PROV-O)."""
    dataset = iri_text(f"{base}dataset")
    software = iri_text(f"{base}software/iqgraph/{__version__}")
    inputs = "\n".join(sorted(x.release.content_hash for x in extractions))
    digest = hashlib.sha256(f"{__version__}\n{inputs}".encode()).hexdigest()[:16]
    build = iri_text(f"{base}build/{digest}")
    n = TermText()
    a = n(RDF.type)
    triples = [
        (dataset, a, n(VOID.Dataset)),
        (dataset, a, n(DCAT.Dataset)),
        (dataset, n(DCTERMS.title), german("iqgraph: das Fördernetzwerk des Programms IQ")),
        (
            dataset,
            n(DCTERMS.title),
            literal_text("iqgraph: the funding network of the IQ programme", lang="en"),
        ),
        (
            dataset,
            n(DCTERMS.description),
            literal_text(
                "Actors and ties of the programme Integration durch Qualifizierung (IQ), extracted from press releases, "
                "each fact traceable to the sentence it came from.",
                lang="en",
            ),
        ),
        (dataset, n(VOID.vocabulary), n(URIRef(str(IQ)))),
        (dataset, n(VOID.uriSpace), literal_text(base)),
        (dataset, n(PROV.wasGeneratedBy), build),
        (build, a, n(PROV.Activity)),
        (build, a, n(IQ.Build)),
        (build, n(PROV.wasAssociatedWith), software),
        (software, a, n(PROV.SoftwareAgent)),
        (software, n(RDFS.label), literal_text(f"iqgraph {__version__}")),
        (software, n(OWL.versionInfo), literal_text(__version__)),
    ]
    if generated_at is not None:
        stamp = typed(generated_at.isoformat(), "dateTime")
        triples += [(build, n(PROV.endedAtTime), stamp), (dataset, n(DCTERMS.modified), stamp)]
    triples += _releases_used(extractions, base, build, n)
    return [(s, p, o, "") for s, p, o in triples]


def _releases_used(
    extractions: Sequence[Extraction], base: str, build: str, n: TermText
) -> list[tuple[str, str, str]]:
    """Each release the build used, and the named graph derived from it (PROV-O)."""
    a = n(RDF.type)
    triples: list[tuple[str, str, str]] = []
    for x in extractions:
        release = iri_text(str(release_iri(base, x.release)))
        named = iri_text(str(graph_iri(base, x.release)))
        triples += [
            (build, n(PROV.used), release),
            (named, a, n(PROV.Entity)),
            (named, n(PROV.wasGeneratedBy), build),
            (named, n(PROV.wasDerivedFrom), release),
            (named, n(DCTERMS.subject), release),
            (release, T["contentHash"], literal_text(x.release.content_hash)),
        ]
    return triples
