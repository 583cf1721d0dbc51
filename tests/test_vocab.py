"""vocab.py, the one registry of classes and relations, is in step with ontology/iqgraph.ttl and the types."""

from __future__ import annotations

from typing import get_args

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal

from conftest import REPO
from iqgraph.vocab import (
    CLASSES,
    ENTITY_CLASSES,
    RELATIONS,
    RELATIONS_TABLE,
    EntityClass,
    EntityType,
    Predicate,
    Relation,
)

ONTOLOGY = Graph().parse(REPO / "ontology" / "iqgraph.ttl")


def test_the_literal_types_list_the_registry_in_order() -> None:
    assert get_args(EntityType) == ENTITY_CLASSES
    assert get_args(Predicate) == RELATIONS


@pytest.mark.parametrize("term", CLASSES, ids=lambda c: c.name)
def test_each_class_is_an_ontology_class_with_its_labels(term: EntityClass) -> None:
    iri, de, en = term.iri, term.label_de, term.label_en
    assert (iri, RDF.type, OWL.Class) in ONTOLOGY
    assert set(ONTOLOGY.objects(iri, RDFS.label)) == {Literal(de, lang="de"), Literal(en, lang="en")}
    assert (iri, RDFS.subClassOf, term.standard) in ONTOLOGY


@pytest.mark.parametrize("term", RELATIONS_TABLE, ids=lambda r: r.name)
def test_each_relation_is_an_ontology_object_property_with_its_labels(term: Relation) -> None:
    iri, de, en = term.iri, term.label_de, term.label_en
    assert (iri, RDF.type, OWL.ObjectProperty) in ONTOLOGY
    assert set(ONTOLOGY.objects(iri, RDFS.label)) == {Literal(de, lang="de"), Literal(en, lang="en")}
