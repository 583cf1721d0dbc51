"""The shipped ontology and shapes: in step with namespaces.py and vocab.py, documented in German and English, aligned."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SH

from iqgraph.rdf.namespaces import (
    DATATYPE_PROPERTIES,
    FRAPO,
    IQ,
    OA,
    OBJECT_PROPERTIES,
    ORG,
    RECORD_CLASSES,
    SCHEMA,
)
from iqgraph.resources import resource_path
from iqgraph.vocab import ENTITY_CLASSES, RELATIONS

REPO = Path(__file__).resolve().parent.parent
ONTOLOGY_IRI = URIRef("https://w3id.org/iqgraph/ontology")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(REPO / "ontology" / "iqgraph.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(REPO / "ontology" / "shapes.ttl", format="turtle")


def iq_terms_typed(g: Graph, rdf_type: URIRef) -> set[str]:
    return {str(s)[len(str(IQ)) :] for s in g.subjects(RDF.type, rdf_type) if str(s).startswith(str(IQ))}


def iq_terms_used(g: Graph) -> set[URIRef]:
    nodes = {n for triple in g for n in triple if isinstance(n, URIRef)}
    return {n for n in nodes if str(n).startswith(str(IQ))}


# (a) the ontology defines exactly the terms namespaces.py and vocab.py list


def test_classes_match_namespaces(ontology: Graph) -> None:
    assert iq_terms_typed(ontology, OWL.Class) == set(ENTITY_CLASSES) | set(RECORD_CLASSES)


def test_object_properties_match_namespaces(ontology: Graph) -> None:
    assert iq_terms_typed(ontology, OWL.ObjectProperty) == set(RELATIONS) | set(OBJECT_PROPERTIES)


def test_datatype_properties_match_namespaces(ontology: Graph) -> None:
    assert iq_terms_typed(ontology, OWL.DatatypeProperty) == set(DATATYPE_PROPERTIES)


def test_every_iq_term_the_files_use_is_defined(ontology: Graph, shapes: Graph) -> None:
    listed = {
        IQ[name]
        for names in (ENTITY_CLASSES, RECORD_CLASSES, RELATIONS, DATATYPE_PROPERTIES, OBJECT_PROPERTIES)
        for name in names
    }
    assert iq_terms_used(ontology) <= listed
    assert iq_terms_used(shapes) <= listed


# (b) every term is labelled and explained in German and English

ALL_TERMS = [*ENTITY_CLASSES, *RECORD_CLASSES, *RELATIONS, *DATATYPE_PROPERTIES, *OBJECT_PROPERTIES]


@pytest.mark.parametrize("name", ALL_TERMS)
@pytest.mark.parametrize("predicate", [RDFS.label, RDFS.comment])
def test_term_has_one_label_and_comment_per_language(ontology: Graph, name: str, predicate: URIRef) -> None:
    values = [v for v in ontology.objects(IQ[name], predicate) if isinstance(v, Literal)]
    assert sorted(v.language or "" for v in values) == ["de", "en"], (name, predicate)
    assert all(str(v).strip() for v in values)


# (c) the alignments the public contract names

ALIGNMENTS = [
    (IQ.Programme, RDFS.subClassOf, FRAPO.FundingProgramme),
    (IQ.StateNetwork, RDFS.subClassOf, ORG.Organization),
    (IQ.CoordinationOffice, RDFS.subClassOf, ORG.OrganizationalUnit),
    (IQ.Subproject, RDFS.subClassOf, ORG.OrganizationalUnit),
    (IQ.Ministry, RDFS.subClassOf, SCHEMA.GovernmentOrganization),
    (IQ.Agency, RDFS.subClassOf, SCHEMA.GovernmentOrganization),
    (IQ.Organisation, RDFS.subClassOf, ORG.Organization),
    (IQ.Organisation, RDFS.subClassOf, FOAF.Organization),
    (IQ.Person, RDFS.subClassOf, FOAF.Person),
    (IQ.Person, RDFS.subClassOf, SCHEMA.Person),
    (IQ.Event, RDFS.subClassOf, SCHEMA.Event),
    (IQ.Place, RDFS.subClassOf, SCHEMA.Place),
    (IQ.PressRelease, RDFS.subClassOf, SCHEMA.NewsArticle),
    (IQ.Quotation, RDFS.subClassOf, SCHEMA.Quotation),
    (IQ.Sentence, RDFS.subClassOf, OA.SpecificResource),
    (IQ.Statement, RDFS.subClassOf, RDF.Statement),
    (IQ.Build, RDFS.subClassOf, PROV.Activity),
    (IQ.fundedBy, RDFS.subPropertyOf, FRAPO.isFundedBy),
    (IQ.fundedBy, RDFS.subPropertyOf, SCHEMA.funder),
    (IQ.organisedBy, RDFS.subPropertyOf, SCHEMA.organizer),
    (IQ.locatedIn, RDFS.subPropertyOf, SCHEMA.location),
    (IQ.memberOf, RDFS.subPropertyOf, ORG.memberOf),
    (IQ.ledBy, OWL.inverseOf, ORG.headOf),
    (IQ.evidence, RDFS.subPropertyOf, PROV.wasDerivedFrom),
    (IQ.attestedOn, RDFS.domain, ORG.Membership),
    (IQ.evidence, RDFS.range, IQ.Sentence),
    (IQ.speakerAt, RDFS.range, IQ.Event),
]


@pytest.mark.parametrize("triple", ALIGNMENTS, ids=lambda t: " ".join(str(n).rsplit("/", 1)[-1] for n in t))
def test_alignment(ontology: Graph, triple: tuple[URIRef, URIRef, URIRef]) -> None:
    assert triple in ontology


def test_evidence_domain_includes_org_membership(ontology: Graph) -> None:
    domain = ontology.value(IQ.evidence, RDFS.domain)
    union = ontology.value(domain, OWL.unionOf) if domain is not None else None
    assert union is not None
    assert set(ontology.items(union)) == {IQ.Statement, ORG.Membership, IQ.Quotation, IQ.Event}


# (d) both files parse and describe themselves


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert str(ontology.value(ONTOLOGY_IRI, OWL.versionInfo)) == "0.1.0"
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.license) is not None
    for predicate in (DCTERMS.title, DCTERMS.description):
        languages = {v.language for v in ontology.objects(ONTOLOGY_IRI, predicate) if isinstance(v, Literal)}
        assert languages == {"de", "en"}, predicate


def test_every_shape_has_an_english_message(shapes: Graph) -> None:
    named = {s for t in (SH.NodeShape, SH.PropertyShape) for s in shapes.subjects(RDF.type, t)}
    assert len(named) > 20
    for shape in named:
        messages = [m for m in shapes.objects(shape, SH.message) if isinstance(m, Literal)]
        assert [m.language for m in messages] == ["en"], shape


def test_shapes_use_only_iri_named_reportable_shapes(shapes: Graph) -> None:
    """Property shapes are named, so a result names its shape the same way in every run."""
    for _, _, shape in shapes.triples((None, SH.property, None)):
        assert isinstance(shape, URIRef), shape


# (e) resource_path finds them


@pytest.mark.parametrize("name", ["iqgraph.ttl", "shapes.ttl"])
def test_resource_path_finds_shipped_file(name: str) -> None:
    path = resource_path("ontology", name)
    assert path.is_file()
    # an editable install finds the checkout's file, a wheel its own copy: either way the same content
    assert path.read_bytes() == (REPO / "ontology" / name).read_bytes()
    assert len(Graph().parse(path, format="turtle")) > 100


@pytest.mark.parametrize(
    ("folder", "name"), [("data", "reference.ttl"), ("queries", "which-sentence-says.rq")]
)
def test_every_shipped_resource_is_found(folder: str, name: str) -> None:
    assert resource_path(folder, name).read_bytes() == (REPO / folder / name).read_bytes()
