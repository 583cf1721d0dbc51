"""The vocabulary registry: each class of entity and each relation iqgraph writes, once.

Every entry has its IRI (`iq:` namespace), its German and English label (as `ontology/iqgraph.ttl` has them,
kept in step by tests/test_vocab.py), its colour in the network view, and for a class the standard class
each instance is also typed with, for a relation how its edge reads from subject to object. The graph, the
network and the view read these tables instead of keeping their own; `EntityType` and `Predicate` type
`Entity.type` and `Relation.predicate` (models.py), so mypy catches a misspelt one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rdflib import URIRef

from .rdf.namespaces import FOAF, FRAPO, IQ, ORG, SCHEMA

EntityType = Literal[
    "Programme",
    "StateNetwork",
    "CoordinationOffice",
    "Subproject",
    "Ministry",
    "Agency",
    "Organisation",
    "Person",
    "Event",
    "Place",
]
Predicate = Literal[
    "fundedBy",
    "implementationPartner",
    "partOf",
    "hostedBy",
    "ledBy",
    "speakerAt",
    "organisedBy",
    "locatedIn",
    "memberOf",
]


@dataclass(frozen=True)
class EntityClass:
    """A class of things mentioned in releases; `shape` and `symbol` draw it in the view."""

    name: EntityType
    label_de: str
    label_en: str
    standard: URIRef  # the standard class each instance is also typed with
    colour: str
    shape: str  # vis-network node shape
    symbol: str  # the legend's symbol

    @property
    def iri(self) -> URIRef:
        return IQ[self.name]


@dataclass(frozen=True)
class Relation:
    """A relation between two entities; `reads` is its edge label, subject -> object (its direction)."""

    name: Predicate
    label_de: str
    label_en: str
    reads: str
    colour: str

    @property
    def iri(self) -> URIRef:
        return IQ[self.name]


# In order from the most specific class: an entity of two classes is shown as the first (network.from_store).
# Colours from a palette safe for colour blindness.
CLASSES: tuple[EntityClass, ...] = (
    EntityClass("Programme", "Förderprogramm", "programme", FRAPO.FundingProgramme, "#0b3d91", "star", "★"),
    EntityClass(
        "StateNetwork", "Landesnetzwerk", "state network", ORG.Organization, "#1f77b4", "hexagon", "⬢"
    ),
    EntityClass(
        "CoordinationOffice",
        "Koordinierungsstelle",
        "coordination office",
        ORG.OrganizationalUnit,
        "#17becf",
        "square",
        "■",
    ),
    EntityClass("Subproject", "Teilprojekt", "subproject", ORG.OrganizationalUnit, "#2ca02c", "dot", "●"),
    EntityClass(
        "Ministry", "Ministerium", "ministry", SCHEMA.GovernmentOrganization, "#d62728", "diamond", "◆"
    ),
    EntityClass(
        "Agency", "Behörde", "public agency", SCHEMA.GovernmentOrganization, "#ff7f0e", "triangleDown", "▼"
    ),
    EntityClass("Organisation", "Organisation", "organisation", ORG.Organization, "#8c564b", "square", "■"),
    EntityClass("Person", "Person", "person", FOAF.Person, "#9467bd", "dot", "●"),
    EntityClass("Event", "Veranstaltung", "event", SCHEMA.Event, "#e377c2", "triangle", "▲"),
    EntityClass("Place", "Ort", "place", SCHEMA.Place, "#7f7f7f", "dot", "●"),
)
RELATIONS_TABLE: tuple[Relation, ...] = (
    Relation("fundedBy", "gefördert von", "funded by", "funded by", "#d62728"),
    Relation("implementationPartner", "Umsetzungspartner", "implementation partner", "partner", "#ff7f0e"),
    Relation("partOf", "Teil von", "part of", "part of", "#1f77b4"),
    Relation("hostedBy", "angesiedelt bei", "hosted by", "hosted by", "#17becf"),
    Relation("ledBy", "geleitet von", "led by", "led by", "#9467bd"),
    Relation("speakerAt", "spricht bei", "speaker at", "speaker at", "#e377c2"),
    Relation("organisedBy", "veranstaltet von", "organised by", "organised by", "#bcbd22"),
    Relation("locatedIn", "befindet sich in", "located in", "located in", "#7f7f7f"),
    Relation("memberOf", "Mitglied von", "member of", "member of", "#8c564b"),
)

ENTITY_CLASSES: tuple[EntityType, ...] = tuple(c.name for c in CLASSES)
RELATIONS: tuple[Predicate, ...] = tuple(r.name for r in RELATIONS_TABLE)
CLASS: dict[str, EntityClass] = {c.name: c for c in CLASSES}
RELATION: dict[str, Relation] = {r.name: r for r in RELATIONS_TABLE}

# The overview (the network view's first page, the pictures) shows the funding structure: the programme, its
# funders and partners, the networks, their hosts and subprojects. Entities of these classes are details,
# folded into the organisations they are tied to and shown on demand.
DETAIL_TYPES: tuple[EntityType, ...] = ("Person", "Event", "Place")

__all__ = [
    "CLASS",
    "CLASSES",
    "ENTITY_CLASSES",
    "RELATION",
    "RELATIONS",
    "RELATIONS_TABLE",
    "EntityClass",
    "EntityType",
    "Predicate",
    "Relation",
]
