"""validate_store (the shapes as SPARQL on pyoxigraph) against validate (pySHACL): the same reports."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SKOS
from rdflib.term import Node

from conftest import SEED
from iqgraph.errors import IqgraphError
from iqgraph.pipeline import BuildOptions, BuildResult, build
from iqgraph.rdf.namespaces import IQ, OA, ORG, SCHEMA
from iqgraph.shacl.validate import ShapesError, ValidationReport, validate
from iqgraph.shacl.validate_store import validate_store
from iqgraph.store.embedded import STORE_DIR

IQSH = Namespace("https://w3id.org/iqgraph/shapes#")
TEST_GRAPH = URIRef("https://w3id.org/iqgraph/id/graph/test")
EX = Namespace("https://example.org/")


def xsd(name: str) -> URIRef:
    """An XSD datatype (rdflib's closed XSD namespace warns when pytest inspects a test module's names)."""
    return URIRef(f"http://www.w3.org/2001/XMLSchema#{name}")


def store_of(ds: Dataset) -> ox.Store:
    """The quads of `ds` in an in-memory store. Parsed, then added: `bulk_load` would rename blank nodes."""
    store = ox.Store()
    store.extend(ox.parse(ds.serialize(format="nquads"), format=ox.RdfFormat.N_QUADS))
    return store


def copy_of(ds: Dataset) -> Dataset:
    copy = Dataset()
    for quad in ds.quads((None, None, None, None)):
        copy.add(quad)
    return copy


def instances(ds: Dataset, cls: URIRef) -> list[Node]:
    return sorted({s for s, _, _, _ in ds.quads((None, RDF.type, cls, None))}, key=str)


def value(ds: Dataset, s: Node, p: URIRef) -> Node:
    return sorted({o for _, _, o, _ in ds.quads((s, p, None, None))}, key=str)[0]


def put(ds: Dataset, s: Node, p: URIRef, o: Node) -> None:
    """Replace every value of `p` at `s` by `o`."""
    ds.remove((s, p, None, None))
    ds.add((s, p, o, TEST_GRAPH))


def add(ds: Dataset, s: Node, p: URIRef, o: Node) -> None:
    ds.add((s, p, o, TEST_GRAPH))


def shapes_failed(report: ValidationReport) -> set[str]:
    return {re.split("[#/]", v.shape)[-1] for v in report.violations + report.warnings}


@pytest.fixture(scope="module")
def seed(seed_build: BuildResult) -> Dataset:
    return seed_build.dataset


def test_seed_build_conforms_under_both(tmp_path: Path) -> None:
    result = build([SEED], out_dir=tmp_path, options=BuildOptions(view=False))
    expected = validate(result.dataset)
    assert expected.conforms
    assert validate_store(ox.Store.read_only(str(tmp_path / STORE_DIR))) == expected


def person(ds: Dataset) -> Node:
    return instances(ds, IQ.Person)[0]


def membership(ds: Dataset) -> Node:
    return instances(ds, ORG.Membership)[0]


def sentence(ds: Dataset) -> Node:
    return instances(ds, IQ.Sentence)[0]


def release(ds: Dataset) -> Node:
    return instances(ds, IQ.PressRelease)[0]


def position(ds: Dataset) -> Node:
    return instances(ds, OA.TextPositionSelector)[0]


def two_memberships_share_a_role_without_label(ds: Dataset) -> None:
    first, second = instances(ds, ORG.Membership)[:2]
    role = value(ds, first, ORG.role)
    put(ds, second, ORG.role, role)
    ds.remove((role, RDFS.label, None, None))


def sentence_with_a_third_quote_selector(ds: Dataset) -> None:
    extra = EX["selector/extra"]
    add(ds, extra, RDF.type, OA.TextQuoteSelector)
    add(ds, extra, OA.exact, Literal("Noch ein Satz."))
    add(ds, sentence(ds), OA.hasSelector, extra)


def sentence_without_position_selector(ds: Dataset) -> None:
    positions = set(instances(ds, OA.TextPositionSelector))
    selector = next(
        o for _, _, o, _ in ds.quads((sentence(ds), OA.hasSelector, None, None)) if o in positions
    )
    ds.remove((sentence(ds), OA.hasSelector, selector, None))


def statement_without_source(ds: Dataset) -> None:
    statement = instances(ds, IQ.Statement)[0]
    ds.remove((statement, IQ.evidence, None, None))
    ds.remove((statement, DCTERMS.source, None, None))


def blank_node_person(ds: Dataset) -> None:
    blank = BNode("unnamed")
    add(ds, blank, RDF.type, IQ.Person)
    add(ds, blank, RDFS.label, Literal("Niemand", lang="de"))


def subclass_declared_in_the_data(ds: Dataset) -> None:
    add(ds, EX.Minister, RDFS.subClassOf, IQ.Person)
    add(ds, EX["person/ohne-namen"], RDF.type, EX.Minister)


Mutation = Callable[[Dataset], None]
# (what is broken, how, shapes that must fail: an empty set means the result must conform)
BROKEN: list[tuple[str, Mutation, set[str]]] = [
    (
        "person without label",
        lambda ds: ds.remove((person(ds), RDFS.label, None, None)),
        {"Entity-label-present"},
    ),
    (
        "two @de labels",
        lambda ds: add(ds, person(ds), RDFS.label, Literal("Zweiter", lang="de")),
        {"Entity-label-unique"},
    ),
    (
        "@de and @DE labels",
        lambda ds: add(ds, person(ds), RDFS.label, Literal("Zweiter", lang="DE")),
        {"Entity-label-unique"},
    ),
    (
        "an @en label",
        lambda ds: put(ds, person(ds), RDFS.label, Literal("Someone", lang="en")),
        {"Entity-label-german"},
    ),
    (
        "an untagged label",
        lambda ds: put(ds, person(ds), RDFS.label, Literal("Jemand")),
        {"Entity-label-german"},
    ),
    ("a @de-AT label", lambda ds: put(ds, person(ds), RDFS.label, Literal("Jemand", lang="de-AT")), set()),
    (
        "an untagged altLabel",
        lambda ds: add(ds, person(ds), SKOS.altLabel, Literal("J.")),
        {"Entity-altLabel"},
    ),
    ("a blank-node entity", blank_node_person, {"Entity"}),
    (
        "an entity typed by a subclass the data declares",
        subclass_declared_in_the_data,
        {"Entity-label-present"},
    ),
    (
        "a membership without member",
        lambda ds: ds.remove((membership(ds), ORG.member, None, None)),
        {"Membership-member"},
    ),
    (
        "a membership with two members",
        lambda ds: add(ds, membership(ds), ORG.member, instances(ds, IQ.Person)[1]),
        {"Membership-member"},
    ),
    (
        "a member that is not a person",
        lambda ds: put(ds, membership(ds), ORG.member, release(ds)),
        {"Membership-member"},
    ),
    (
        "two memberships share a role without label",
        two_memberships_share_a_role_without_label,
        {"Membership-role", "Role-label"},
    ),
    (
        "a role that is not an org:Role",
        lambda ds: ds.remove((value(ds, membership(ds), ORG.role), RDF.type, None, None)),
        {"Membership-role", "Role"},
    ),
    (
        "an organisation given as text",
        lambda ds: put(ds, membership(ds), ORG.organization, Literal("Senat")),
        {"Membership-organization"},
    ),
    (
        "a membership without organisation",
        lambda ds: ds.remove((membership(ds), ORG.organization, None, None)),
        {"MembershipWithoutOrganization-organization"},
    ),
    (
        "an attestedOn as plain text",
        lambda ds: put(ds, membership(ds), IQ.attestedOn, Literal("2017-09-21")),
        {"Membership-attestedOn"},
    ),
    (
        "an attestedOn on 30 February",
        lambda ds: put(ds, membership(ds), IQ.attestedOn, Literal("2017-02-30", datatype=xsd("date"))),
        {"Membership-attestedOn"},
    ),
    (
        "an attestedOn on 29 February of a leap year",
        lambda ds: put(ds, membership(ds), IQ.attestedOn, Literal("2016-02-29", datatype=xsd("date"))),
        set(),
    ),
    (
        "an attestedOn as gYear",
        lambda ds: put(ds, membership(ds), IQ.attestedOn, Literal("2017", datatype=xsd("gYear"))),
        set(),
    ),
    (
        "a quotation of blanks",
        lambda ds: put(ds, instances(ds, IQ.Quotation)[0], SCHEMA.text, Literal("  ", lang="de")),
        {"Quotation-text"},
    ),
    (
        "a quotation with two texts",
        lambda ds: add(ds, instances(ds, IQ.Quotation)[0], SCHEMA.text, Literal("Noch was.")),
        {"Quotation-text"},
    ),
    (
        "a quotation text that is a number",
        lambda ds: put(ds, instances(ds, IQ.Quotation)[0], SCHEMA.text, Literal(7)),
        {"Quotation-text"},
    ),
    (
        "a quotation without creator",
        lambda ds: ds.remove((instances(ds, IQ.Quotation)[0], SCHEMA.creator, None, None)),
        {"Quotation-creator"},
    ),
    (
        "an event with two start dates",
        lambda ds: add(
            ds, instances(ds, IQ.Event)[0], SCHEMA.startDate, Literal("--09-22", datatype=xsd("gMonthDay"))
        ),
        {"Event-startDate"},
    ),
    (
        "a release with two titles",
        lambda ds: add(ds, release(ds), DCTERMS.title, Literal("Noch ein Titel")),
        {"PressRelease-title"},
    ),
    (
        "a title that is an IRI",
        lambda ds: put(ds, release(ds), DCTERMS.title, EX.title),
        {"PressRelease-title"},
    ),
    (
        "an md5 content hash",
        lambda ds: put(ds, release(ds), IQ.contentHash, Literal("md5:abc")),
        {"PressRelease-contentHash"},
    ),
    (
        "a release number that is an integer",
        lambda ds: put(ds, release(ds), IQ.releaseNumber, Literal(5)),
        {"PressRelease-releaseNumber"},
    ),
    (
        'a character count "abc"^^xsd:integer',
        lambda ds: put(ds, release(ds), IQ.characterCount, Literal("abc", datatype=xsd("integer"))),
        {"PressRelease-characterCount"},
    ),
    (
        "a character count as text",
        lambda ds: put(ds, release(ds), IQ.characterCount, Literal("2400")),
        {"PressRelease-characterCount"},
    ),
    (
        "a sentence link to a person",
        lambda ds: add(ds, release(ds), IQ.sentence, person(ds)),
        {"PressRelease-sentence"},
    ),
    (
        "a release mentions a role",
        lambda ds: add(ds, release(ds), IQ.mentions, value(ds, membership(ds), ORG.role)),
        {"Mentioned-type"},
    ),
    (
        "a sentence without source",
        lambda ds: ds.remove((sentence(ds), OA.hasSource, None, None)),
        {"Sentence-source"},
    ),
    (
        "a sentence without position selector",
        sentence_without_position_selector,
        {"Sentence-selector", "Sentence-positionSelector"},
    ),
    (
        "a sentence with a third, quote selector",
        sentence_with_a_third_quote_selector,
        {"Sentence-selector", "Sentence-quoteSelector"},
    ),
    (
        "an empty exact text",
        lambda ds: put(ds, instances(ds, OA.TextQuoteSelector)[0], OA.exact, Literal("")),
        {"TextQuoteSelector-exact"},
    ),
    (
        "an exact text tagged @de",
        lambda ds: put(ds, instances(ds, OA.TextQuoteSelector)[0], OA.exact, Literal("Satz", lang="de")),
        {"TextQuoteSelector-exact"},
    ),
    (
        "a start after the end",
        lambda ds: put(ds, position(ds), OA.start, Literal(100000, datatype=xsd("nonNegativeInteger"))),
        {"TextPositionSelector-start"},
    ),
    (
        "a start given as text",
        lambda ds: put(ds, position(ds), OA.start, Literal("10")),
        {"TextPositionSelector-start"},
    ),
    (
        "a negative start",
        lambda ds: put(ds, position(ds), OA.start, Literal("-5", datatype=xsd("nonNegativeInteger"))),
        {"TextPositionSelector-start"},
    ),
    (
        "two ends",
        lambda ds: add(ds, position(ds), OA.end, Literal(1, datatype=xsd("nonNegativeInteger"))),
        {"TextPositionSelector-end"},
    ),
    ("a statement without evidence or source", statement_without_source, {"Statement-source"}),
    (
        "a statement with two subjects",
        lambda ds: add(ds, instances(ds, IQ.Statement)[0], RDF.subject, EX.other),
        {"Statement-subject"},
    ),
    (
        "a statement about a literal",
        lambda ds: put(ds, instances(ds, IQ.Statement)[0], RDF.predicate, Literal("p")),
        {"Statement-predicate"},
    ),
    (
        "evidence that is not a sentence",
        lambda ds: add(ds, membership(ds), IQ.evidence, release(ds)),
        {"Evidence-sentence"},
    ),
    (
        "a release speaks at an event",
        lambda ds: add(ds, release(ds), IQ.speakerAt, person(ds)),
        {"SpeakerAt-subject", "SpeakerAt-object"},
    ),
    ("led by a release", lambda ds: add(ds, person(ds), IQ.ledBy, release(ds)), {"LedBy-object"}),
    (
        "organised by a person",
        lambda ds: add(ds, person(ds), IQ.organisedBy, release(ds)),
        {"OrganisedBy-subject"},
    ),
    (
        "funded by an iq:Person (a foaf:Person by the ontology)",
        lambda ds: add(ds, release(ds), IQ.fundedBy, person(ds)),
        {"FundedBy-object"},
    ),
    (
        "funded by a plain foaf:Person",
        lambda ds: (add(ds, EX.funder, RDF.type, FOAF.Person), add(ds, release(ds), IQ.fundedBy, EX.funder)),
        {"FundedBy-object"},
    ),
]


@pytest.mark.parametrize(
    ("broken", "expected"), [(m, e) for _, m, e in BROKEN], ids=[n for n, _, _ in BROKEN]
)
def test_broken_dataset_same_report(seed: Dataset, broken: Mutation, expected: set[str]) -> None:
    ds = copy_of(seed)
    broken(ds)
    report = validate(ds)
    assert expected <= shapes_failed(report) and (expected or report.conforms), report
    assert validate_store(store_of(ds)) == report


def test_a_node_failing_for_two_foci_is_explained_twice(seed: Dataset) -> None:
    """pySHACL adds the failing node's own results under each sh:node failure: a multiset, kept as such."""
    ds = copy_of(seed)
    two_memberships_share_a_role_without_label(ds)
    report = validate_store(store_of(ds))
    assert [v.shape for v in report.violations].count(str(IQSH["Role-label"])) == 2
    assert report == validate(ds)


CUSTOM_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <https://example.org/> .
@prefix iq: <https://w3id.org/iqgraph/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <http://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> .

ex:Named a sh:NodeShape ; sh:targetNode ex:nowhere, <PERSON> ; sh:message "named"@en ;
    sh:property [ sh:path rdfs:label ; sh:maxLength 5 ; sh:message "label too long"@en ] .
ex:Xone a sh:NodeShape ; sh:targetClass iq:Person ; sh:message "xone"@en ;
    sh:xone ( [ sh:class iq:Person ] [ sh:class foaf:Person ] ) .
ex:And a sh:NodeShape ; sh:targetSubjectsOf org:member ; sh:message "and"@en ;
    sh:and ( [ sh:nodeKind sh:IRI ] [ sh:pattern "ELKE" ; sh:flags "i" ] ) .
ex:Memberships a sh:NodeShape ; sh:targetClass org:Membership ; sh:message "membership"@en ;
    sh:property [ sh:path ( org:member rdfs:label ) ; sh:languageIn ( "en" ) ; sh:message "sequence"@en ] ,
        [ sh:path org:member ; sh:not [ sh:class iq:Person ] ; sh:message "not"@en ] ,
        [ sh:path org:role ; sh:message "role"@en ;
          sh:property [ sh:path rdfs:label ; sh:minLength 100 ; sh:message "short role"@en ] ] ,
        [ sh:path org:member ; sh:node ex:Deep ; sh:message "deep"@en ] .
ex:Deep a sh:NodeShape ; sh:node ex:Deeper ; sh:message "deep node"@en ;
    sh:property [ sh:path rdfs:label ; sh:maxCount 0 ; sh:message "has a label"@en ] .
ex:Deeper a sh:NodeShape ; sh:message "deeper node"@en ;
    sh:property [ sh:path skos:altLabel ; sh:minCount 5 ; sh:message "few alt labels"@en ] .
ex:People a sh:NodeShape ; sh:targetClass iq:Person ; sh:message "people"@en ;
    sh:property [ sh:path [ sh:inversePath org:member ] ; sh:minCount 2 ; sh:message "inverse"@en ] ,
        [ sh:path rdf:type ; sh:in ( iq:Person ) ; sh:message "in"@en ] .
ex:Selectors a sh:NodeShape ; sh:targetClass iq:Sentence ; sh:message "selectors"@en ;
    sh:property [ sh:path oa:hasSelector ; sh:qualifiedValueShape [ sh:class oa:TextQuoteSelector ] ;
                  sh:qualifiedValueShapesDisjoint true ; sh:qualifiedMinCount 1 ; sh:message "q1"@en ] ,
        [ sh:path oa:hasSelector ; sh:qualifiedValueShape [ sh:nodeKind sh:IRI ] ;
          sh:qualifiedValueShapesDisjoint true ; sh:qualifiedMaxCount 0 ; sh:message "q2"@en ] .
ex:Off a sh:NodeShape ; sh:targetClass iq:Person ; sh:deactivated true ; sh:class ex:Nothing ; sh:message "off"@en .
iq:Event a sh:NodeShape, rdfs:Class ; sh:message "implicit"@en ;
    sh:property [ sh:path schema:startDate ; sh:minCount 2 ; sh:message "one date"@en ] .
ex:Ministries a sh:NodeShape ; sh:targetClass iq:Ministry ; sh:message "ministries"@en ;
    sh:or ( [ sh:path skos:prefLabel ; sh:minCount 1 ] [ sh:path rdfs:comment ; sh:minCount 1 ] ) ;
    sh:xone ( [ sh:path rdfs:label ; sh:uniqueLang true ; sh:minCount 2 ] [ sh:class ex:Nothing ] ) ;
    sh:property [ sh:path rdfs:label ; sh:lessThanOrEquals skos:altLabel ; sh:message "label order"@en ] ,
        [ sh:path rdfs:label ; sh:message "nested counts"@en ;
          sh:or ( [ sh:path rdfs:label ; sh:minCount 1 ] [ sh:languageIn ( "en" ) ] ) ] .
ex:Dates a sh:NodeShape ; sh:targetObjectsOf dcterms:date ; sh:datatype xsd:gYear ; sh:message "not a year"@en .
"""


def test_custom_shapes_with_more_constructs(seed: Dataset, tmp_path: Path) -> None:
    """Constructs the shipped shapes do not use, each failing somewhere in the seed build."""
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(CUSTOM_SHAPES.replace("PERSON", str(person(seed))), encoding="utf-8")
    report = validate(seed, shapes)
    assert {
        "Named",
        "Xone",
        "Memberships",
        "People",
        "Selectors",
        "Event",
        "Ministries",
        "Dates",
    } <= shapes_failed(report)
    assert {"Deep", "Deeper"} <= shapes_failed(report) and "Off" not in shapes_failed(report)
    assert validate_store(store_of(seed), shapes) == report


# --- where the two differ, on purpose (see the docstring of iqgraph.shacl.validate_store) -------------------


def test_store_keeps_integer_subtypes_as_integer(seed: Dataset) -> None:
    """Oxigraph stores xsd:nonNegativeInteger as xsd:integer, so it cannot tell a start written as xsd:integer."""
    ds = copy_of(seed)
    put(ds, position(ds), OA.start, Literal(0, datatype=xsd("integer")))
    assert shapes_failed(validate(ds)) - shapes_failed(validate(seed)) == {"TextPositionSelector-start"}
    assert validate_store(store_of(ds)) == validate(seed)


def test_pattern_end_anchor_before_a_final_newline(seed: Dataset) -> None:
    """Python's `$` matches before a final newline; SPARQL REGEX's does not."""
    ds = copy_of(seed)
    put(ds, release(ds), IQ.contentHash, Literal("sha256:" + "0f" * 32 + "\n"))
    assert validate(ds) == validate(seed)
    assert shapes_failed(validate_store(store_of(ds))) - shapes_failed(validate(seed)) == {
        "PressRelease-contentHash"
    }


def test_pyshacl_fails_on_an_ill_typed_start_where_the_store_reports_it(seed: Dataset) -> None:
    ds = copy_of(seed)
    put(ds, position(ds), OA.start, Literal("abc", datatype=xsd("nonNegativeInteger")))
    with pytest.raises(TypeError):  # rdflib cannot order "abc" and "107" of the same datatype
        validate(ds)
    found = [v for v in validate_store(store_of(ds)).violations if v.focus_node == str(position(ds))]
    assert [v.shape for v in found] == [str(IQSH["TextPositionSelector-start"])] * 2  # datatype, order


def test_a_shape_without_message_gets_its_own(seed: Dataset, tmp_path: Path) -> None:
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix iq: <https://w3id.org/iqgraph/ontology#> .\n"
        "<urn:x:PersonHasAge> a sh:NodeShape ; sh:targetClass iq:Person ;\n"
        "    sh:property [ sh:path iq:age ; sh:minCount 1 ] .\n",
        encoding="utf-8",
    )
    expected, found = validate(seed, shapes), validate_store(store_of(seed), shapes)
    assert len(found.violations) == len(expected.violations) == 2
    assert [(v.focus_node, v.path, v.shape) for v in found.violations] == [
        (v.focus_node, v.path, v.shape) for v in expected.violations
    ]
    assert "sh:minCount" in found.violations[0].message


def test_bulk_load_renames_blank_nodes(seed: Dataset) -> None:
    ds = copy_of(seed)
    blank_node_person(ds)
    store = ox.Store()
    store.bulk_load(ds.serialize(format="nquads").encode(), format=ox.RdfFormat.N_QUADS)
    expected, found = validate(ds), validate_store(store)
    assert [v.focus_node for v in expected.violations] == ["unnamed"]
    assert [replace(v, focus_node="unnamed") for v in found.violations] == list(expected.violations)
    assert found.violations[0].focus_node != "unnamed"


# --- what validate_store refuses ----------------------------------------------------------------------

UNSUPPORTED = {
    "sh:closed": "ex:S sh:targetClass iq:Person ; sh:closed true .",
    "sh:hasValue": "ex:S sh:targetClass iq:Person ; sh:property [ sh:path rdf:type ; sh:hasValue iq:Person ] .",
    "sh:zeroOrMorePath": "ex:S sh:targetClass iq:Person ; sh:property [ sh:path [ sh:zeroOrMorePath iq:partOf ] ; sh:minCount 1 ] .",
    "sh:sparql": "ex:S sh:targetClass iq:Person ; sh:sparql [ sh:select 'SELECT $this WHERE { }' ] .",
    'sh:flags "s"': "ex:S sh:targetClass iq:Person ; sh:property [ sh:path rdfs:label ; sh:pattern 'a' ; sh:flags 's' ] .",
    "regex engine rejects": "ex:S sh:targetClass iq:Person ; sh:property [ sh:path rdfs:label ; sh:pattern '(?=a)' ] .",
    "sh:severity": "ex:S sh:targetClass iq:Person ; sh:or ( [ sh:class iq:Person ; sh:severity sh:Warning ] ) .",
    "dateTimeStamp": "ex:S sh:targetClass iq:Person ; sh:property [ sh:path iq:born ; sh:datatype xsd:dateTimeStamp ] .",
    "refers to itself": "ex:S sh:targetClass iq:Person ; sh:property [ sh:path iq:partOf ; sh:node ex:S ] .",
    "needs a property shape": "ex:S sh:targetClass iq:Person ; sh:maxCount 1 .",
}


@pytest.mark.parametrize(("named", "shape"), UNSUPPORTED.items(), ids=UNSUPPORTED.keys())
def test_unsupported_constructs_are_refused(seed: Dataset, tmp_path: Path, named: str, shape: str) -> None:
    shapes = tmp_path / "shapes.ttl"
    prefixes = "".join(
        f"@prefix {p}: <{ns}> .\n"
        for p, ns in [
            ("sh", "http://www.w3.org/ns/shacl#"),
            ("ex", EX),
            ("iq", IQ),
            ("rdf", RDF),
            ("rdfs", RDFS),
            ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        ]
    )
    shapes.write_text(prefixes + shape + "\n", encoding="utf-8")
    with pytest.raises(ShapesError, match=re.escape(named)) as caught:
        validate_store(store_of(seed), shapes)
    assert isinstance(caught.value, IqgraphError)


def test_importing_it_does_not_import_pyshacl() -> None:
    code = "import sys, iqgraph.shacl.validate_store; assert 'pyshacl' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
