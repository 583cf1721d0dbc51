"""Graph stage: resolved extractions -> an rdflib Dataset.

    default graph               the dataset description (VoID/DCAT) and the build (PROV-O)
    <base>graph/reference       reference facts about the entities this build mentions
    <base>graph/release/<key>   one graph per release: the release, its entities, relations, roles,
                                quotes, events and counts, each fact tied to the sentence it was read from

Facts are asserted directly (`<IQ> iq:fundedBy <BMAS>`) and also as an `iq:Statement` (rdf:Statement)
whose `iq:evidence` is an `iq:Sentence` with Web Annotation selectors (exact text and character
offsets), so one SPARQL query can ask which sentence of which release says a thing. No blank nodes:
every node's IRI is derived from its content, so the same input gives the same graph.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, VOID, XSD

from . import __version__
from .models import Extraction, Release
from .namespaces import FOAF, IQ, OA, ORG, PREFIXES, SCHEMA
from .reference import Reference, reference_graph
from .resolve import Resolution, slug

# A standard class asserted beside each iq: class, so queries without a reasoner find the entities too.
STANDARD_CLASS = {
    "Programme": URIRef("http://purl.org/cerif/frapo/FundingProgramme"),
    "StateNetwork": ORG.Organization,
    "CoordinationOffice": ORG.OrganizationalUnit,
    "Subproject": ORG.OrganizationalUnit,
    "Ministry": SCHEMA.GovernmentOrganization,
    "Agency": SCHEMA.GovernmentOrganization,
    "Organisation": ORG.Organization,
    "Person": FOAF.Person,
    "Event": SCHEMA.Event,
    "Place": SCHEMA.Place,
}


def release_iri(base: str, release: Release) -> URIRef:
    return URIRef(f"{base}release/{release.key}")


def graph_iri(base: str, release: Release) -> URIRef:
    return URIRef(f"{base}graph/release/{release.key}")


def reference_graph_iri(base: str) -> URIRef:
    return URIRef(f"{base}graph/reference")


def build_dataset(
    extractions: Sequence[Extraction],
    resolution: Resolution,
    reference: Reference,
    base: str,
    generated_at: dt.datetime | None = None,
) -> Dataset:
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    ds.bind("id", base)
    for extraction in extractions:
        _ReleaseWriter(ds.graph(graph_iri(base, extraction.release)), extraction, resolution, base).write()
    mentioned = {iri for iri, e in resolution.entities.items() if e.from_reference}
    reference_part = ds.graph(reference_graph_iri(base))
    for triple in reference_graph(reference, include=mentioned):
        reference_part.add(triple)
    _describe(ds.default_graph, extractions, base, generated_at)
    return ds


class _ReleaseWriter:
    def __init__(self, g: Graph, extraction: Extraction, resolution: Resolution, base: str) -> None:
        self.g, self.x, self.res, self.base = g, extraction, resolution, base
        self.release = release_iri(base, extraction.release)
        self.sentences: dict[int, URIRef] = {}

    def write(self) -> None:
        self._release()
        for entity in self.x.entities:
            self._entity(entity.key)
        for r in self.x.relations:
            s, o = self._iri(r.subject), self._iri(r.object)
            self.g.add((s, IQ[r.predicate], o))
            self._statement(s, IQ[r.predicate], o, r.sentence)
        for role in self.x.roles:
            self._membership(role.person, role.title, role.organisation, role.sentence)
        for n, quote in enumerate(self.x.quotes, 1):
            self._quote(n, quote.speaker, quote.text, quote.sentence)
        for event in self.x.events:
            self._event(event.key, event.date, event.sentence)
        for n, count in enumerate(self.x.counts, 1):
            self._count(n, count.subject, count.what, count.value, count.is_subprojects, count.sentence)

    def _iri(self, key: str) -> URIRef:
        return URIRef(self.res.iri(key))

    def _release(self) -> None:
        r, rel, g = self.x.release, self.release, self.g
        g.add((rel, RDF.type, IQ.PressRelease))
        g.add((rel, RDF.type, SCHEMA.NewsArticle))
        g.add((rel, DCTERMS.title, Literal(r.title or r.key, lang="de")))
        g.add((rel, DCTERMS.identifier, Literal(r.number or r.key)))
        g.add((rel, IQ.contentHash, Literal(r.content_hash)))
        g.add((rel, IQ.characterCount, Literal(len(r.text), datatype=XSD.integer)))
        g.add(
            (
                rel,
                DCTERMS.format,
                Literal({"html": "text/html", "md": "text/markdown"}.get(r.format, "text/plain")),
            )
        )
        if r.number:
            g.add((rel, IQ.releaseNumber, Literal(r.number)))
        if r.date:
            g.add((rel, DCTERMS.date, _date_literal(r.date, r.date_precision)))
        if r.publisher:
            g.add((rel, DCTERMS.publisher, Literal(r.publisher)))
        if r.source:
            source = URIRef(r.source) if r.source.startswith(("http://", "https://")) else Literal(r.source)
            g.add((rel, DCTERMS.source, source))

    def _entity(self, key: str) -> None:
        iri = self._iri(key)
        entity = self.res.entities[str(iri)]
        local = next(e for e in self.x.entities if e.key == key)
        self.g.add((iri, RDF.type, IQ[entity.type]))
        self.g.add((iri, RDF.type, STANDARD_CLASS[entity.type]))
        self.g.add((iri, RDFS.label, Literal(entity.label, lang="de")))
        for alias in sorted(local.aliases | {local.label}):
            if alias != entity.label:
                self.g.add((iri, SKOS.altLabel, Literal(alias, lang="de")))
        self.g.add((self.release, IQ.mentions, iri))

    def _sentence(self, index: int) -> URIRef:
        if index in self.sentences:
            return self.sentences[index]
        s = self.x.sentences[index]
        node = URIRef(f"{self.release}/sentence/{index + 1}")
        quote, position = URIRef(f"{node}/quote"), URIRef(f"{node}/position")
        g = self.g
        g.add((node, RDF.type, IQ.Sentence))
        g.add((node, RDF.type, OA.SpecificResource))
        g.add((node, OA.hasSource, self.release))
        g.add((node, OA.hasSelector, quote))
        g.add((node, OA.hasSelector, position))
        g.add((quote, RDF.type, OA.TextQuoteSelector))
        g.add((quote, OA.exact, Literal(s.text)))
        g.add((position, RDF.type, OA.TextPositionSelector))
        g.add((position, OA.start, Literal(s.start, datatype=XSD.nonNegativeInteger)))
        g.add((position, OA.end, Literal(s.end, datatype=XSD.nonNegativeInteger)))
        g.add((self.release, IQ.sentence, node))
        self.sentences[index] = node
        return node

    def _statement(self, s: URIRef, p: URIRef, o: URIRef | Literal, sentence: int) -> URIRef:
        digest = hashlib.sha1(f"{s} {p} {o.n3()}".encode()).hexdigest()[:16]
        node = URIRef(f"{self.release}/statement/{digest}")
        g = self.g
        g.add((node, RDF.type, IQ.Statement))
        g.add((node, RDF.type, RDF.Statement))
        g.add((node, RDF.subject, s))
        g.add((node, RDF.predicate, p))
        g.add((node, RDF.object, o))
        g.add((node, IQ.aboutEntity, s))
        g.add((node, IQ.evidence, self._sentence(sentence)))
        g.add((node, PROV.wasDerivedFrom, self.release))
        return node

    def _membership(self, person_key: str, title: str, org_key: str | None, sentence: int) -> None:
        person = self._iri(person_key)
        org = self._iri(org_key) if org_key else None
        org_part = slug(str(org).rsplit("/", 1)[-1]) if org else "ohne-organisation"
        node = URIRef(
            f"{self.base}membership/{slug(str(person).rsplit('/', 1)[-1])}/{org_part}/{slug(title)}"
        )
        role = URIRef(f"{self.base}role/{slug(title)}")
        g = self.g
        g.add((node, RDF.type, ORG.Membership))
        g.add((node, ORG.member, person))
        g.add((node, ORG.role, role))
        if org is not None:
            g.add((node, ORG.organization, org))
        if self.x.release.date:
            g.add((node, IQ.attestedOn, _date_literal(self.x.release.date, self.x.release.date_precision)))
        g.add((node, IQ.evidence, self._sentence(sentence)))
        g.add((role, RDF.type, ORG.Role))
        g.add((role, RDFS.label, Literal(title, lang="de")))

    def _quote(self, n: int, speaker: str, text: str, sentence: int) -> None:
        node = URIRef(f"{self.release}/quotation/{n}")
        g = self.g
        g.add((node, RDF.type, IQ.Quotation))
        g.add((node, RDF.type, SCHEMA.Quotation))
        g.add((node, SCHEMA.text, Literal(text, lang="de")))
        g.add((node, SCHEMA.creator, self._iri(speaker)))
        g.add((node, SCHEMA.isPartOf, self.release))
        g.add((node, IQ.evidence, self._sentence(sentence)))
        g.add((self.release, IQ.quotation, node))

    def _event(self, key: str, date: dt.date | None, sentence: int) -> None:
        iri = self._iri(key)
        if date is not None:
            self.g.add((iri, SCHEMA.startDate, Literal(date, datatype=XSD.date)))
        elif "@--" in key:
            self.g.add((iri, SCHEMA.startDate, Literal(key.rsplit("@", 1)[1], datatype=XSD.gMonthDay)))
        self.g.add((iri, IQ.evidence, self._sentence(sentence)))

    def _count(
        self, n: int, subject: str, what: str, value: int, is_subprojects: bool, sentence: int
    ) -> None:
        s = self._iri(subject)
        number = Literal(value, datatype=XSD.integer)
        if is_subprojects:
            self.g.add((s, IQ.subprojectCount, number))
            node = self._statement(s, IQ.subprojectCount, number, sentence)
        else:
            node = self._statement(s, IQ["count"], number, sentence)  # IQ.count is str.count
        self.g.add((node, IQ.countedThing, Literal(what, lang="de")))


def _date_literal(date: dt.date, precision: str | None) -> Literal:
    if precision == "year":
        return Literal(str(date.year), datatype=XSD.gYear)
    if precision == "month":
        return Literal(f"{date.year:04d}-{date.month:02d}", datatype=XSD.gYearMonth)
    return Literal(date, datatype=XSD.date)


def _describe(
    g: Graph, extractions: Sequence[Extraction], base: str, generated_at: dt.datetime | None
) -> None:
    """The dataset description portals harvest, and the build that produced the graphs (PROV-O)."""
    dataset, software = URIRef(f"{base}dataset"), URIRef(f"{base}software/iqgraph/{__version__}")
    inputs = "\n".join(sorted(x.release.content_hash for x in extractions))
    digest = hashlib.sha256(f"{__version__}\n{inputs}".encode()).hexdigest()[:16]
    build = URIRef(f"{base}build/{digest}")
    g.add((dataset, RDF.type, VOID.Dataset))
    g.add((dataset, RDF.type, DCAT.Dataset))
    g.add((dataset, DCTERMS.title, Literal("iqgraph: das Fördernetzwerk des Programms IQ", lang="de")))
    g.add((dataset, DCTERMS.title, Literal("iqgraph: the funding network of the IQ programme", lang="en")))
    g.add(
        (
            dataset,
            DCTERMS.description,
            Literal(
                "Actors and ties of the programme Integration durch Qualifizierung (IQ), extracted from press releases, "
                "each fact traceable to the sentence it came from.",
                lang="en",
            ),
        )
    )
    g.add((dataset, VOID.vocabulary, URIRef(str(IQ))))
    g.add((dataset, VOID.uriSpace, Literal(base)))
    g.add((dataset, PROV.wasGeneratedBy, build))
    g.add((build, RDF.type, PROV.Activity))
    g.add((build, RDF.type, IQ.Build))
    g.add((build, PROV.wasAssociatedWith, software))
    g.add((software, RDF.type, PROV.SoftwareAgent))
    g.add((software, RDFS.label, Literal(f"iqgraph {__version__}")))
    g.add((software, OWL.versionInfo, Literal(__version__)))
    if generated_at is not None:
        g.add((build, PROV.endedAtTime, Literal(generated_at, datatype=XSD.dateTime)))
        g.add((dataset, DCTERMS.modified, Literal(generated_at, datatype=XSD.dateTime)))
    for x in extractions:
        release = release_iri(base, x.release)
        named = graph_iri(base, x.release)
        g.add((build, PROV.used, release))
        g.add((named, RDF.type, PROV.Entity))
        g.add((named, PROV.wasGeneratedBy, build))
        g.add((named, PROV.wasDerivedFrom, release))
        g.add((named, DCTERMS.subject, release))
        g.add((release, IQ.contentHash, Literal(x.release.content_hash)))
