"""`void.ttl`: the dataset described for portals, in DCAT-AP.de (GovData) and VoID.

The dataset keeps the IRI the build gives it (`<base>dataset`); the nodes only this description names
(distributions, checksums, partitions, the publisher, the contact point, the period, the rights
statement) are fragments of `void.ttl` itself, so every IRI in it can be looked up and there are no blank
nodes. Every figure and date comes from the build (facts.py) or from the config, never from the clock.
`ontology/dcat-ap-de-shapes.ttl` holds the DCAT-AP.de properties it is checked against.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, RDFS, SH, VOID, XSD

from ..rdf.dumps_turtle import turtle_chunks
from ..rdf.namespaces import PREFIXES
from ..rdf.quads import Names, sorted_quads
from ..resources import resource_path
from .build_data import BuildData
from .config import PublishConfig
from .dumps import Download
from .facts import Facts

DCATDE = Namespace("http://dcat-ap.de/def/dcatde/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
EU = "http://publications.europa.eu/resource/authority/"
IANA = "http://www.iana.org/assignments/media-types/"
STATE_KEY = "http://dcat-ap.de/def/politicalGeocoding/stateKey/"
STATE_LEVEL = URIRef("http://dcat-ap.de/def/politicalGeocoding/Level/state")
VOID_FILE = "void.ttl"
SHAPES_FILE = "dcat-ap-de-shapes.ttl"  # in ontology/
_TERM_NAMES = Names({p: str(ns) for p, ns in PREFIXES.items()})
DESCRIPTION_PREFIXES = {
    "dcat": str(DCAT),
    "dcatde": str(DCATDE),
    "dcterms": str(DCTERMS),
    "foaf": str(FOAF),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "spdx": str(SPDX),
    "vcard": str(VCARD),
    "void": str(VOID),
    "xsd": str(XSD),
}

TITLE = {
    "de": "iqgraph: das Fördernetzwerk des Programms „Integration durch Qualifizierung (IQ)“",
    "en": "iqgraph: the funding network of the programme Integration durch Qualifizierung (IQ)",
}
DESCRIPTION = {
    "de": "Akteure und Beziehungen des Förderprogramms „Integration durch Qualifizierung (IQ)“ – Programm, "
    "Landesnetzwerke, Koordinierungsstellen, Teilprojekte, Ministerien, Behörden, Personen mit ihren Rollen, "
    "Zitate und Veranstaltungen –, automatisch aus Pressemitteilungen gewonnen. Jede Aussage verweist auf die "
    "Pressemitteilung und den Satz, aus dem sie stammt.",
    "en": "Actors and ties of the funding programme Integration durch Qualifizierung (IQ) – the programme, its "
    "state networks, coordination offices, subprojects, ministries, agencies, people with their roles, quotes "
    "and events –, extracted automatically from press releases. Every fact points to the release and the "
    "sentence it came from.",
}
RIGHTS = {
    "de": "Die abgeleiteten Daten (Entitäten, Beziehungen, Rollen, Zählungen) stehen unter der angegebenen "
    "Lizenz. Zitierte Sätze und Zitate stammen aus Pressemitteilungen Dritter; die Rechte daran liegen bei "
    "deren Herausgebern. Quelle und Herausgeber jeder Pressemitteilung stehen in den Daten (dcterms:source, "
    "dcterms:publisher) und auf ihrer Seite; sie werden hier als Belege zitiert.",
    "en": "The derived data (entities, ties, roles, counts) are under the licence given. Quoted sentences and "
    "quotes come from third-party press releases and remain under their publishers' rights. Each release's "
    "source and publisher are stated in the data (dcterms:source, dcterms:publisher) and on its page; they are "
    "quoted here as evidence.",
}


class _Description:
    """Collects the triples of the description into an rdflib Dataset's default graph."""

    def __init__(self, config: PublishConfig, data: BuildData) -> None:
        self.config, self.data = config, data
        self.ds = Dataset()
        self.dataset = URIRef(f"{data.base}dataset")
        self.here = f"{config.site_url}{VOID_FILE}#"

    def node(self, name: str) -> URIRef:
        return URIRef(self.here + name)

    def add(self, s: URIRef, p: URIRef, *objects: URIRef | Literal) -> None:
        for o in objects:
            self.ds.add((s, p, o))

    def text(self, s: URIRef, p: URIRef, texts: dict[str, str]) -> None:
        self.add(s, p, *(Literal(t, lang=lang) for lang, t in texts.items()))


def describe(config: PublishConfig, data: BuildData, facts: Facts, downloads: list[Download]) -> str:
    """The Turtle text of `void.ttl`."""
    d = _Description(config, data)
    _dataset(d, facts)
    _agents(d)
    _coverage(d, facts)
    _rights(d, facts)
    for download in downloads:
        _distribution(d, download)
    _statistics(d, facts)
    _endpoint(d)
    quads = sorted_quads(d.ds)
    return "".join(turtle_chunks(quads, Names(DESCRIPTION_PREFIXES | {"id": data.base})))


def check_description(turtle: str) -> list[tuple[str, str]]:
    """(severity, message) of each result of the DCAT-AP.de shape (ontology/dcat-ap-de-shapes.ttl) on
    `turtle`, sorted: "Violation" for a mandatory property, "Warning" for a recommended one."""
    from pyshacl import validate

    data = Graph().parse(data=turtle, format="turtle")
    shapes = Graph().parse(resource_path("ontology", SHAPES_FILE), format="turtle")
    _, report, _ = validate(data, shacl_graph=shapes, allow_warnings=True)
    return sorted(
        (str(report.value(r, SH.resultSeverity)).rsplit("#", 1)[-1], str(report.value(r, SH.resultMessage)))
        for r in report.subjects(RDF.type, SH.ValidationResult)
    )


def _dataset(d: _Description, facts: Facts) -> None:
    s, c = d.dataset, d.config
    d.add(s, RDF.type, DCAT.Dataset, VOID.Dataset)
    d.text(s, DCTERMS.title, TITLE)
    d.text(s, DCTERMS.description, DESCRIPTION)
    d.add(s, DCTERMS.identifier, Literal(str(s)))
    d.add(s, DCAT.keyword, *(Literal(k, lang="de") for k in c.keywords))
    d.add(s, DCAT.theme, *(URIRef(f"{EU}data-theme/{t}") for t in c.themes))
    d.add(s, DCTERMS.language, URIRef(f"{EU}language/DEU"))
    d.add(s, DCTERMS.accessRights, URIRef(f"{EU}access-right/PUBLIC"))
    d.add(s, DCAT.landingPage, URIRef(f"{c.site_url}index.html"))
    d.add(s, VOID.uriSpace, Literal(d.data.base))
    modified = facts.last_date
    if modified is not None:
        d.add(s, DCTERMS.modified, Literal(modified.isoformat(), datatype=XSD.date))
    issued = c.issued or modified
    if issued is not None:
        d.add(s, DCTERMS.issued, Literal(issued.isoformat(), datatype=XSD.date))
    if c.contributor_id:
        d.add(s, DCATDE.contributorID, URIRef(c.contributor_id))


def _agents(d: _Description) -> None:
    c, publisher, contact = d.config, d.node("publisher"), d.node("contact")
    d.add(d.dataset, DCTERMS.publisher, publisher)
    d.add(publisher, RDF.type, FOAF.Agent)
    d.add(publisher, FOAF.name, Literal(c.publisher_name))
    if c.publisher_url:
        d.add(publisher, FOAF.homepage, URIRef(c.publisher_url))
    d.add(d.dataset, DCAT.contactPoint, contact)
    d.add(contact, RDF.type, VCARD.Kind, VCARD.Organization)
    d.add(contact, VCARD.fn, Literal(c.contact_name))
    if c.contact_email:
        d.add(contact, VCARD.hasEmail, URIRef(f"mailto:{c.contact_email}"))
    d.add(contact, VCARD.hasURL, URIRef(f"{c.site_url}index.html"))


def _coverage(d: _Description, facts: Facts) -> None:
    if facts.lands:
        d.add(d.dataset, DCATDE.politicalGeocodingLevelURI, STATE_LEVEL)
    for land, key in facts.lands:
        place = URIRef(f"{STATE_KEY}{key}")
        d.add(d.dataset, DCATDE.politicalGeocodingURI, place)
        d.add(d.dataset, DCTERMS.spatial, place)
        d.add(place, RDF.type, DCTERMS.Location)
        d.add(place, RDFS.label, Literal(land, lang="de"))
    first, last = facts.first_date, facts.last_date
    if first is None or last is None:
        return
    period = d.node("period")
    d.add(d.dataset, DCTERMS.temporal, period)
    d.add(period, RDF.type, DCTERMS.PeriodOfTime)
    d.add(period, DCAT.startDate, Literal(first.isoformat(), datatype=XSD.date))
    d.add(period, DCAT.endDate, Literal(last.isoformat(), datatype=XSD.date))


def _rights(d: _Description, facts: Facts) -> None:
    rights = d.node("rights")
    d.add(d.dataset, DCTERMS.rights, rights)
    d.add(rights, RDF.type, DCTERMS.RightsStatement)
    d.text(rights, RDFS.label, RIGHTS)
    sources = sorted(
        {r.source for r in facts.releases.values() if r.source.startswith(("http://", "https://"))}
    )
    d.add(rights, DCTERMS.source, *(URIRef(s) for s in sources))
    publishers = sorted({r.publisher for r in facts.releases.values() if r.publisher})
    d.add(rights, DCTERMS.rightsHolder, *_publisher_nodes(d, publishers))


def _publisher_nodes(d: _Description, names: Iterable[str]) -> list[URIRef]:
    nodes = []
    for n, name in enumerate(names, 1):
        node = d.node(f"release-publisher-{n}")
        d.add(node, RDF.type, FOAF.Agent)
        d.add(node, FOAF.name, Literal(name))
        nodes.append(node)
    return nodes


def _distribution(d: _Description, download: Download) -> None:
    c, node, checksum = d.config, d.node(f"distribution-{download.key}"), d.node(f"checksum-{download.key}")
    url = URIRef(f"{c.site_url}{download.path}")
    d.add(d.dataset, DCAT.distribution, node)
    d.add(node, RDF.type, DCAT.Distribution)
    d.add(node, DCTERMS.title, Literal(download.title_de, lang="de"), Literal(download.title_en, lang="en"))
    d.add(node, DCAT.accessURL, url)
    d.add(node, DCAT.downloadURL, url)
    d.add(node, DCAT.mediaType, URIRef(f"{IANA}{download.media_type}"))
    d.add(node, DCTERMS.format, URIRef(f"{EU}file-type/{download.file_type}"))
    if download.gzipped:
        d.add(node, DCAT.compressFormat, URIRef(f"{IANA}application/gzip"))
    d.add(node, DCAT.byteSize, Literal(download.byte_size, datatype=XSD.nonNegativeInteger))
    d.add(node, DCTERMS.license, URIRef(c.license))
    d.add(node, DCTERMS.rights, d.node("rights"))
    d.add(node, DCATDE.licenseAttributionByText, Literal(c.attribution or _attribution(c)))
    d.add(node, SPDX.checksum, checksum)
    d.add(checksum, RDF.type, SPDX.Checksum)
    d.add(checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256)
    d.add(checksum, SPDX.checksumValue, Literal(download.sha256, datatype=XSD.hexBinary))


def _attribution(c: PublishConfig) -> str:
    return f"iqgraph, {c.publisher_name}"


def _statistics(d: _Description, facts: Facts) -> None:
    s = d.dataset
    d.add(s, VOID.triples, Literal(facts.triples, datatype=XSD.integer))
    d.add(s, VOID.entities, Literal(facts.entities, datatype=XSD.integer))
    d.add(s, VOID.distinctSubjects, Literal(facts.entities, datatype=XSD.integer))
    for cls, count in facts.classes.items():
        part = d.node(_partition_name("class", cls))
        d.add(s, VOID.classPartition, part)
        d.add(part, VOID["class"], URIRef(cls[1:-1]))
        d.add(part, VOID.entities, Literal(count, datatype=XSD.integer))
    for prop, count in facts.properties.items():
        part = d.node(_partition_name("property", prop))
        d.add(s, VOID.propertyPartition, part)
        d.add(part, VOID.property, URIRef(prop[1:-1]))
        d.add(part, VOID.triples, Literal(count, datatype=XSD.integer))
    d.add(s, VOID.vocabulary, *(URIRef(v) for v in _vocabularies(facts)))
    d.add(s, VOID.exampleResource, *(URIRef(e[1:-1]) for e in facts.examples))
    d.add(s, VOID.dataDump, *(URIRef(f"{d.config.site_url}dumps/iqgraph.{ext}") for ext in ("nq", "trig")))


def _partition_name(kind: str, term: str) -> str:
    """`class-iq-Person`: the fragment of a partition, from the term's prefixed name (or its whole IRI)."""
    split = _TERM_NAMES.split(term[1:-1])
    name = f"{split[0]}-{split[1]}" if split else term[1:-1]
    return f"{kind}-{re.sub(r'[^A-Za-z0-9_-]+', '_', name)}"


def _vocabularies(facts: Facts) -> list[str]:
    """The namespaces of the classes and properties used (those the project binds a prefix to)."""
    used = [t[1:-1] for t in (*facts.classes, *facts.properties)]
    spaces = {str(ns) for ns in PREFIXES.values()}
    return sorted(
        {ns for ns in spaces for term in used if term.startswith(ns) and "/" not in term[len(ns) :]}
    )


def _endpoint(d: _Description) -> None:
    if not d.config.sparql_endpoint:
        return
    endpoint, service = URIRef(d.config.sparql_endpoint), d.node("sparql")
    d.add(d.dataset, VOID.sparqlEndpoint, endpoint)
    d.add(service, RDF.type, DCAT.DataService)
    d.add(
        service, DCTERMS.title, Literal("SPARQL-Endpunkt", lang="de"), Literal("SPARQL endpoint", lang="en")
    )
    d.add(service, DCAT.endpointURL, endpoint)
    d.add(service, DCAT.servesDataset, d.dataset)
    d.add(service, DCTERMS.conformsTo, URIRef("https://www.w3.org/TR/sparql11-protocol/"))
