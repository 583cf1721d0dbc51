"""The terms the graph stage writes, as N-Triples text once: what graph.py and entities_graph.py share."""

from __future__ import annotations

import datetime as dt

from rdflib import URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from ..vocab import CLASSES
from .namespaces import IQ, OA, ORG, SCHEMA
from .quads import iri_text, literal_text

# A standard class asserted beside each iq: class, so queries without a reasoner find the entities too.
STANDARD_CLASS: dict[str, URIRef] = {c.name: c.standard for c in CLASSES}

T = {
    name: iri_text(str(term))
    for name, term in {
        "type": RDF.type,
        "label": RDFS.label,
        "altLabel": SKOS.altLabel,
        "title": DCTERMS.title,
        "identifier": DCTERMS.identifier,
        "format": DCTERMS.format,
        "date": DCTERMS.date,
        "publisher": DCTERMS.publisher,
        "source": DCTERMS.source,
        "PressRelease": IQ.PressRelease,
        "NewsArticle": SCHEMA.NewsArticle,
        "contentHash": IQ.contentHash,
        "characterCount": IQ.characterCount,
        "releaseNumber": IQ.releaseNumber,
        "mentions": IQ.mentions,
        "Sentence": IQ.Sentence,
        "SpecificResource": OA.SpecificResource,
        "hasSource": OA.hasSource,
        "hasSelector": OA.hasSelector,
        "TextQuoteSelector": OA.TextQuoteSelector,
        "exact": OA.exact,
        "TextPositionSelector": OA.TextPositionSelector,
        "start": OA.start,
        "end": OA.end,
        "sentence": IQ.sentence,
        "Statement": IQ.Statement,
        "rdfStatement": RDF.Statement,
        "subject": RDF.subject,
        "predicate": RDF.predicate,
        "object": RDF.object,
        "aboutEntity": IQ.aboutEntity,
        "evidence": IQ.evidence,
        "wasDerivedFrom": PROV.wasDerivedFrom,
        "Membership": ORG.Membership,
        "member": ORG.member,
        "role": ORG.role,
        "organization": ORG.organization,
        "attestedOn": IQ.attestedOn,
        "Role": ORG.Role,
        "Quotation": IQ.Quotation,
        "schemaQuotation": SCHEMA.Quotation,
        "text": SCHEMA.text,
        "creator": SCHEMA.creator,
        "isPartOf": SCHEMA.isPartOf,
        "quotation": IQ.quotation,
        "startDate": SCHEMA.startDate,
        "subprojectCount": IQ.subprojectCount,
        "count": IQ["count"],  # IQ.count is str.count
        "countedThing": IQ.countedThing,
    }.items()
}
CLASS = {
    name: (iri_text(str(IQ[name])), iri_text(str(standard))) for name, standard in STANDARD_CLASS.items()
}
_XSD = {
    name: iri_text(str(XSD[name]))
    for name in ("integer", "nonNegativeInteger", "date", "gYear", "gYearMonth", "gMonthDay", "dateTime")
}


def german(text: str) -> str:
    return literal_text(text, lang="de")


def typed(lexical: str, datatype: str) -> str:
    return literal_text(lexical, datatype=_XSD[datatype])


def date_literal(date: dt.date, precision: str | None) -> str:
    """A release's date as precise as the release gives it: xsd:date, xsd:gYearMonth or xsd:gYear."""
    if precision == "year":
        return typed(str(date.year), "gYear")
    if precision == "month":
        return typed(f"{date.year:04d}-{date.month:02d}", "gYearMonth")
    return typed(date.isoformat(), "date")
