"""The vocabularies iqgraph writes, in one place.

`ontology/iqgraph.ttl` defines every `iq:` term listed here and in `vocab.py` (the classes of entities and
the relations between them); tests keep them in step.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, TIME, VOID, XSD

IQ = Namespace("https://w3id.org/iqgraph/ontology#")
DEFAULT_BASE = "https://w3id.org/iqgraph/id/"

ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("http://schema.org/")
FRAPO = Namespace("http://purl.org/cerif/frapo/")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")
GND = Namespace("https://d-nb.info/gnd/")

# Classes of the documents and provenance records.
RECORD_CLASSES = ("PressRelease", "Quotation", "Sentence", "Statement", "Build")


# Other properties iqgraph defines.
DATATYPE_PROPERTIES = (
    "subprojectCount",
    "count",
    "countedThing",
    "attestedOn",
    "releaseNumber",
    "contentHash",
    "characterCount",
)
OBJECT_PROPERTIES = (
    "evidence",
    "mentions",
    "sentence",
    "quotation",
    "aboutEntity",
)

PREFIXES = {
    "iq": IQ,
    "org": ORG,
    "schema": SCHEMA,
    "frapo": FRAPO,
    "oa": OA,
    "prov": PROV,
    "dcterms": DCTERMS,
    "dcat": DCAT,
    "void": VOID,
    "skos": SKOS,
    "foaf": FOAF,
    "time": TIME,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "wd": WD,
    "gnd": GND,
}

__all__ = [
    "DEFAULT_BASE",
    "FOAF",
    "FRAPO",
    "GND",
    "IQ",
    "OA",
    "ORG",
    "PREFIXES",
    "RECORD_CLASSES",
    "SCHEMA",
    "WD",
]
