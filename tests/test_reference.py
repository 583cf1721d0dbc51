"""The shipped reference data and its loader."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS

from iqgraph.errors import ReferenceDataError
from iqgraph.extract import lexicon
from iqgraph.rdf.namespaces import DEFAULT_BASE, IQ, SCHEMA
from iqgraph.reference import RefEntity, Reference, load_reference, reference_graph
from iqgraph.resources import resource_path
from iqgraph.vocab import ENTITY_CLASSES, RELATIONS

ID = DEFAULT_BASE
PROGRAMME = ID + "programme/integration-durch-qualifizierung"
BMAS = ID + "ministry/bundesministerium-fuer-arbeit-und-soziales"
BMBF = ID + "ministry/bundesministerium-fuer-bildung-und-forschung"
BERLIN_NETWORK = ID + "statenetwork/iq-landesnetzwerk-berlin"
BERLIN = ID + "place/berlin"
BEAUFTRAGTER = ID + "agency/beauftragter-des-berliner-senats-fuer-integration-und-migration"
XSD_GYEAR = URIRef("http://www.w3.org/2001/XMLSchema#gYear")
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
# Länder that facts.md gives no complete URL for; the data file says so in a comment.
UNSOURCED_PLACES = {ID + "place/schleswig-holstein"}
LAENDER = list(lexicon.LAENDER)


@pytest.fixture(scope="module")
def ref() -> Reference:
    return load_reference()


@pytest.fixture(scope="module")
def raw() -> Graph:
    return Graph().parse(resource_path("data", "reference.ttl"), format="turtle")


def name_slug(label: str) -> str:
    s = label.lower().translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def entity(ref: Reference, iri: str) -> RefEntity:
    found = ref.by_iri(iri)
    assert found is not None, iri
    return found


# -- the shipped file ---------------------------------------------------------------------------------


def test_the_shipped_file_loads(ref: Reference) -> None:
    assert len(ref.entities) > 50
    assert len(ref.statements) > 40
    assert [e.iri for e in ref.entities] == sorted(e.iri for e in ref.entities)
    assert [s.iri for s in ref.statements] == sorted(s.iri for s in ref.statements)


def test_loading_is_cached(ref: Reference) -> None:
    assert load_reference() is ref
    assert load_reference(resource_path("data", "reference.ttl")) is ref


def test_every_entity_has_exactly_one_german_label(raw: Graph) -> None:
    entities = {s for s, o in raw.subject_objects(RDF.type) if o in IQ and o != IQ.Statement}
    for node in entities:
        labels = [o for o in raw.objects(node, RDFS.label) if isinstance(o, Literal) and o.language == "de"]
        assert len(labels) == 1, node


def test_every_entity_has_a_source_except_the_listed_places(ref: Reference) -> None:
    unsourced = {e.iri for e in ref.entities if not e.sources}
    assert unsourced == UNSOURCED_PLACES


def test_every_source_is_an_http_url(ref: Reference) -> None:
    for item in (*ref.entities, *ref.statements):
        for source in item.sources:
            assert re.match(r"https?://[^\s/]+\.[a-z]+/", source), (item.iri, source)


def test_types_and_predicates_are_in_the_vocabulary(ref: Reference) -> None:
    assert {e.type for e in ref.entities} <= set(ENTITY_CLASSES)
    assert {s.predicate for s in ref.statements} <= set(RELATIONS)


def test_iris_follow_the_type_and_label_pattern(ref: Reference) -> None:
    for e in ref.entities:
        assert e.iri == f"{ID}{e.type.lower()}/{name_slug(e.label)}"
    for s in ref.statements:
        assert s.iri.startswith(ID + "reference/statement/")


def test_labels_carry_no_abbreviation_in_parentheses(ref: Reference) -> None:
    assert not [e.label for e in ref.entities if "(" in e.label]


def test_bmas_has_its_abbreviation(ref: Reference) -> None:
    assert entity(ref, BMAS).label == "Bundesministerium für Arbeit und Soziales"
    assert "BMAS" in entity(ref, BMAS).aliases


def test_the_berlin_network_carries_both_names(ref: Reference) -> None:
    berlin = entity(ref, BERLIN_NETWORK)
    assert {berlin.label, *berlin.aliases} >= {"IQ Netzwerk Berlin", "IQ Landesnetzwerk Berlin"}
    assert berlin.located_in == BERLIN


def test_the_programme_names(ref: Reference) -> None:
    programme = entity(ref, PROGRAMME)
    assert programme.label == "Integration durch Qualifizierung"
    assert {"IQ", "Förderprogramm IQ"} <= set(programme.aliases)


def test_all_laender_are_places(ref: Reference) -> None:
    places = {e.label for e in ref.entities if e.type == "Place"}
    assert places == set(LAENDER)


def test_every_land_has_a_state_network_that_is_part_of_the_programme(ref: Reference) -> None:
    part_of = {s.subject for s in ref.statements if s.predicate == "partOf" and s.object == PROGRAMME}
    for land in LAENDER:
        place = ID + "place/" + name_slug(land)
        networks = [e for e in ref.entities if e.type == "StateNetwork" and e.located_in == place]
        assert any(n.iri in part_of for n in networks), land


def test_every_state_network_is_located_in_a_land(ref: Reference) -> None:
    for e in ref.entities:
        if e.type == "StateNetwork":
            assert e.located_in is not None and entity(ref, e.located_in).type == "Place", e.iri


def test_the_berlin_facts(ref: Reference) -> None:
    facts = {(s.subject, s.predicate, s.object): s for s in ref.statements}
    hosted = facts[(BERLIN_NETWORK, "hostedBy", BEAUFTRAGTER)]
    assert (hosted.start, hosted.end) == ("2012", "2017")
    office = ID + "coordinationoffice/koordinierungsstelle-des-iq-landesnetzwerks-berlin"
    assert (office, "partOf", BERLIN_NETWORK) in facts
    assert (PROGRAMME, "fundedBy", BMAS) in facts
    assert facts[(PROGRAMME, "implementationPartner", BMBF)].start == "2015"


def test_the_programme_s_nationwide_units_are_part_of_it(ref: Reference) -> None:
    units = [e for e in ref.entities if e.type == "Subproject" and "Fachstelle" in e.label]
    assert {e.label for e in units} >= {"IQ Fachstelle Berufsbezogenes Deutsch", "IQ Fachstelle Einwanderung"}
    part_of = {st.subject for st in ref.statements if st.predicate == "partOf" and st.object == PROGRAMME}
    for unit in units:
        assert unit.iri in part_of, unit.label
        assert (
            f"Fachstelle {unit.label.removeprefix('IQ Fachstelle ')}" in unit.aliases
        )  # named without "IQ" too


def test_a_unit_s_carrier_is_a_dated_sourced_fact(ref: Reference) -> None:
    (fact,) = [
        st
        for st in ref.statements
        if st.subject == ID + "subproject/iq-fachstelle-migrantenoekonomie" and st.predicate == "hostedBy"
    ]
    assert entity(ref, fact.object).label == "Institut für Sozialpädagogische Forschung Mainz e.V."
    assert (fact.start, fact.end) == ("2019", "2022") and fact.sources


def test_no_same_as_without_a_source(raw: Graph, ref: Reference) -> None:
    for node in raw.subjects(OWL.sameAs):
        assert (node, DCTERMS.source, None) in raw, node
    assert all(e.sources for e in ref.entities if e.same_as)


def test_facts_are_not_also_direct_triples_in_the_file(raw: Graph, ref: Reference) -> None:
    for s in ref.statements:
        assert (URIRef(s.subject), IQ[s.predicate], URIRef(s.object)) not in raw, s.iri


# -- loader behaviour ---------------------------------------------------------------------------------


def test_rebasing_moves_every_iri(ref: Reference) -> None:
    base = "http://example.org/kg/"
    moved = load_reference(base=base)
    assert [e.iri for e in moved.entities] == [base + e.iri[len(ID) :] for e in ref.entities]
    for s in moved.statements:
        assert all(iri.startswith(base) for iri in (s.iri, s.subject, s.object))
    assert all(e.located_in.startswith(base) for e in moved.entities if e.located_in)
    assert moved.by_iri(base + "statenetwork/iq-landesnetzwerk-berlin") is not None
    assert moved.by_iri(BERLIN_NETWORK) is None


def test_a_base_must_end_with_a_separator() -> None:
    with pytest.raises(ValueError):
        load_reference(base="http://example.org/kg")


def test_by_iri_of_an_unknown_iri_is_none(ref: Reference) -> None:
    assert ref.by_iri(ID + "place/atlantis") is None


VALID = f"""
@prefix iq: <https://w3id.org/iqgraph/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix schema: <http://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<{ID}place/a> a iq:Place ; rdfs:label "A"@de .
<{ID}organisation/b> a iq:Organisation ; rdfs:label "B"@de ; dcterms:source <https://example.org/b> .
<{ID}reference/statement/b-in-a> a iq:Statement ; rdf:subject <{ID}organisation/b> ;
    rdf:predicate iq:locatedIn ; rdf:object <{ID}place/a> ; dcterms:source <https://example.org/b> ;
    schema:startDate "2017"^^xsd:gYear .
"""

BROKEN = {
    "an IRI the store refuses": '<https://example.org/a[1]> a iq:Place ; rdfs:label "C"@de .\n',
    "syntax": "<a> <b> .",
    "two labels": f'<{ID}place/c> a iq:Place ; rdfs:label "C"@de, "Cee"@de .',
    "no German label": f'<{ID}place/c> a iq:Place ; rdfs:label "C"@en .',
    "unknown class": f'<{ID}place/c> a iq:Planet ; rdfs:label "C"@de .',
    "two classes": f'<{ID}place/c> a iq:Place, iq:Agency ; rdfs:label "C"@de .',
    "blank entity": '[] a iq:Place ; rdfs:label "C"@de .',
    "dangling statement": f"""<{ID}reference/statement/x> a iq:Statement ; rdf:subject <{ID}organisation/b> ;
        rdf:predicate iq:partOf ; rdf:object <{ID}organisation/z> ; dcterms:source <https://e.org/x> .""",
    "unknown predicate": f"""<{ID}reference/statement/x> a iq:Statement ; rdf:subject <{ID}organisation/b> ;
        rdf:predicate iq:likes ; rdf:object <{ID}place/a> ; dcterms:source <https://e.org/x> .""",
    "statement without source": f"""<{ID}reference/statement/x> a iq:Statement ;
        rdf:subject <{ID}organisation/b> ; rdf:predicate iq:partOf ; rdf:object <{ID}place/a> .""",
    "bad date": f"""<{ID}reference/statement/x> a iq:Statement ; rdf:subject <{ID}organisation/b> ;
        rdf:predicate iq:partOf ; rdf:object <{ID}place/a> ; dcterms:source <https://e.org/x> ;
        schema:endDate "sometime" .""",
    "literal source": f'<{ID}place/c> a iq:Place ; rdfs:label "C"@de ; dcterms:source "a book" .',
    "sameAs without source": f"""<{ID}place/c> a iq:Place ; rdfs:label "C"@de ;
        owl:sameAs <http://www.wikidata.org/entity/Q1> .""",
    "dangling place": f'<{ID}place/c> a iq:Place ; rdfs:label "C"@de ; iq:locatedIn <{ID}place/z> .',
}


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_small_valid_file_loads(tmp_path: Path) -> None:
    ref = load_reference(write(tmp_path, "ok.ttl", VALID))
    assert [e.label for e in ref.entities] == ["B", "A"]
    (st,) = ref.statements
    assert (st.predicate, st.start, st.end, st.sources) == (
        "locatedIn",
        "2017",
        None,
        ("https://example.org/b",),
    )


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_malformed_file_raises_naming_it(tmp_path: Path, case: str) -> None:
    path = write(tmp_path, "broken.ttl", VALID + BROKEN[case])
    with pytest.raises(ReferenceDataError, match=re.escape(str(path.resolve()))):
        load_reference(path)


def test_a_missing_file_raises_naming_it(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match="nothing.ttl"):
        load_reference(tmp_path / "nothing.ttl")


def test_an_edited_file_is_read_again(tmp_path: Path) -> None:
    path = write(tmp_path, "edit.ttl", VALID)
    assert len(load_reference(path).entities) == 2
    path.write_text(VALID + f'<{ID}place/c> a iq:Place ; rdfs:label "C"@de .', encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    assert len(load_reference(path).entities) == 3


# -- reference_graph ----------------------------------------------------------------------------------


def test_reference_graph_writes_everything_by_default(ref: Reference) -> None:
    g = reference_graph(ref)
    assert len(set(g.subjects(RDF.type, IQ.Statement))) == len(ref.statements)
    for s in ref.statements:
        node = URIRef(s.iri)
        assert (node, RDF.subject, URIRef(s.subject)) in g and (node, RDF.object, URIRef(s.object)) in g
        # reference facts hold for a period: they stay reified, never asserted as direct relations
        assert (URIRef(s.subject), IQ[s.predicate], URIRef(s.object)) not in g
    assert (URIRef(BMAS), RDFS.label, Literal("Bundesministerium für Arbeit und Soziales", lang="de")) in g


def test_reference_graph_include_filters_entities_and_statements(ref: Reference) -> None:
    g = reference_graph(ref, include=[PROGRAMME, BMAS, BERLIN_NETWORK])
    typed = set(g.subjects(RDF.type, None)) - set(g.subjects(RDF.type, IQ.Statement))
    assert typed == {URIRef(PROGRAMME), URIRef(BMAS), URIRef(BERLIN_NETWORK)}
    said = {
        (g.value(n, RDF.subject), g.value(n, RDF.predicate), g.value(n, RDF.object))
        for n in g.subjects(RDF.type, IQ.Statement)
    }
    assert (URIRef(PROGRAMME), IQ.fundedBy, URIRef(BMAS)) in said
    assert (URIRef(BERLIN_NETWORK), IQ.partOf, URIRef(PROGRAMME)) in said
    assert (URIRef(PROGRAMME), IQ.implementationPartner, URIRef(BMBF)) not in said
    assert (URIRef(BERLIN_NETWORK), IQ.locatedIn, None) not in g  # Berlin the place is not included
    for node in g.subjects(RDF.type, IQ.Statement):
        assert {g.value(node, RDF.subject), g.value(node, RDF.object)} <= {
            URIRef(PROGRAMME),
            URIRef(BMAS),
            URIRef(BERLIN_NETWORK),
        }
        assert (node, DCTERMS.source, None) in g


def test_reference_graph_keeps_periods_typed(ref: Reference) -> None:
    g = reference_graph(ref, include=[PROGRAMME, BMAS])
    (node,) = g.subjects(RDF.type, IQ.Statement)
    assert g.value(node, SCHEMA.startDate) == Literal("2005", datatype=XSD_GYEAR)
    hamburg = ID + "statenetwork/iq-netzwerk-hamburg"
    basfi = ID + "ministry/behoerde-fuer-arbeit-soziales-familie-und-integration"
    g = reference_graph(ref, include=[hamburg, basfi])
    (node,) = g.subjects(RDF.type, IQ.Statement)
    assert g.value(node, SCHEMA.startDate) == Literal("2019-01-01", datatype=XSD_DATE)


def test_reference_graph_with_an_empty_include_is_empty(ref: Reference) -> None:
    assert len(reference_graph(ref, include=[])) == 0


def test_reference_graph_reads_back_to_the_same_entities(ref: Reference, tmp_path: Path) -> None:
    path = tmp_path / "round.ttl"
    reference_graph(ref).serialize(path, format="turtle")
    # The written graph also holds the direct triples, which the loader ignores.
    again = load_reference(path)
    assert (again.entities, again.statements) == (ref.entities, ref.statements)
