"""Validation against ontology/shapes.ttl, on small graphs built by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SKOS

from iqgraph.errors import InputError, IqgraphError, ResourceNotFoundError
from iqgraph.rdf.namespaces import IQ, OA, ORG, SCHEMA
from iqgraph.shacl.validate import (
    ShapesError,
    ValidationReport,
    Violation,
    format_report,
    load_dump,
    validate,
)

ID = Namespace("https://w3id.org/iqgraph/id/")
IQSH = Namespace("https://w3id.org/iqgraph/shapes#")


def xsd(name: str) -> URIRef:
    """An XSD datatype (rdflib's closed XSD namespace warns when pytest inspects a test module's names)."""
    return URIRef(f"http://www.w3.org/2001/XMLSchema#{name}")


RELEASE = ID["release/pm-5-17"]
SENTENCE = ID["release/pm-5-17/sentence/1"]
PERSON = ID["person/elke-breitenbach"]
NETWORK = ID["statenetwork/iq-landesnetzwerk-berlin"]
MINISTRY = ID["ministry/bundesministerium-fuer-arbeit-und-soziales"]
EVENT = ID["event/empfang-2017-09-21"]
MEMBERSHIP = ID["membership/elke-breitenbach/senatsverwaltung/senatorin"]
ROLE = ID["role/senatorin"]
SENATE = ID["ministry/senatsverwaltung-fuer-integration-arbeit-und-soziales"]
QUOTATION = ID["release/pm-5-17/quotation/1"]
STATEMENT = ID["release/pm-5-17/statement/0123456789abcdef"]


def entity(g: Graph, iri: URIRef, cls: str, label: str) -> None:
    g.add((iri, RDF.type, IQ[cls]))
    g.add((iri, RDFS.label, Literal(label, lang="de")))
    g.add((RELEASE, IQ.mentions, iri))


def release(g: Graph) -> None:
    g.add((RELEASE, RDF.type, IQ.PressRelease))
    g.add((RELEASE, DCTERMS.title, Literal("Pressemitteilung 5/17", lang="de")))
    g.add((RELEASE, DCTERMS.date, Literal("2017-09-21", datatype=xsd("date"))))
    g.add((RELEASE, IQ.contentHash, Literal("sha256:" + "0f" * 32)))
    g.add((RELEASE, IQ.releaseNumber, Literal("5/17")))
    g.add((RELEASE, IQ.characterCount, Literal(2400, datatype=xsd("integer"))))


def sentence(g: Graph) -> None:
    quote, position = URIRef(f"{SENTENCE}/quote"), URIRef(f"{SENTENCE}/position")
    g.add((SENTENCE, RDF.type, IQ.Sentence))
    g.add((SENTENCE, RDF.type, OA.SpecificResource))
    g.add((SENTENCE, OA.hasSource, RELEASE))
    g.add((SENTENCE, OA.hasSelector, quote))
    g.add((SENTENCE, OA.hasSelector, position))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal("Das Programm wird gefördert.")))
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, Literal(10, datatype=xsd("nonNegativeInteger"))))
    g.add((position, OA.end, Literal(38, datatype=xsd("nonNegativeInteger"))))
    g.add((RELEASE, IQ.sentence, SENTENCE))


def facts(g: Graph) -> None:
    g.add((NETWORK, IQ.fundedBy, MINISTRY))
    g.add((STATEMENT, RDF.type, IQ.Statement))
    g.add((STATEMENT, RDF.subject, NETWORK))
    g.add((STATEMENT, RDF.predicate, IQ.fundedBy))
    g.add((STATEMENT, RDF.object, MINISTRY))
    g.add((STATEMENT, IQ.evidence, SENTENCE))
    g.add((PERSON, IQ.speakerAt, EVENT))
    g.add((EVENT, IQ.organisedBy, NETWORK))
    g.add((EVENT, SCHEMA.startDate, Literal("2017-09-21", datatype=xsd("date"))))
    g.add((EVENT, IQ.evidence, SENTENCE))


def membership(g: Graph) -> None:
    g.add((MEMBERSHIP, RDF.type, ORG.Membership))
    g.add((MEMBERSHIP, ORG.member, PERSON))
    g.add((MEMBERSHIP, ORG.role, ROLE))
    g.add((MEMBERSHIP, ORG.organization, SENATE))
    g.add((MEMBERSHIP, IQ.attestedOn, Literal("2017-09-21", datatype=xsd("date"))))
    g.add((MEMBERSHIP, IQ.evidence, SENTENCE))
    g.add((ROLE, RDF.type, ORG.Role))
    g.add((ROLE, RDFS.label, Literal("Senatorin", lang="de")))


def quotation(g: Graph) -> None:
    g.add((QUOTATION, RDF.type, IQ.Quotation))
    g.add((QUOTATION, SCHEMA.text, Literal("Der Name ist Programm.", lang="de")))
    g.add((QUOTATION, SCHEMA.creator, PERSON))
    g.add((QUOTATION, IQ.evidence, SENTENCE))
    g.add((RELEASE, IQ.quotation, QUOTATION))


def well_formed() -> Graph:
    """A release with its sentence, entities, a statement, an event, a membership and a quotation."""
    g = Graph()
    release(g)
    sentence(g)
    entity(g, PERSON, "Person", "Elke Breitenbach")
    entity(g, NETWORK, "StateNetwork", "IQ Landesnetzwerk Berlin")
    entity(g, MINISTRY, "Ministry", "Bundesministerium für Arbeit und Soziales")
    entity(g, SENATE, "Ministry", "Senatsverwaltung für Integration, Arbeit und Soziales")
    entity(g, EVENT, "Event", "Empfang des IQ Landesnetzwerks Berlin")
    g.add((MINISTRY, SKOS.altLabel, Literal("BMAS", lang="de")))
    facts(g)
    membership(g)
    quotation(g)
    return g


def shapes_failed(report: ValidationReport, focus: URIRef) -> set[str]:
    """Local names of the shapes that report `focus` as a violation."""
    return {v.shape.rsplit("#", 1)[-1] for v in report.violations if v.focus_node == str(focus)}


def test_well_formed_graph_conforms_without_warnings() -> None:
    report = validate(well_formed())
    assert report == ValidationReport(True, (), ())


def test_person_without_label() -> None:
    g = well_formed()
    g.remove((PERSON, RDFS.label, None))
    report = validate(g)
    assert not report.conforms
    assert report.violations == (
        Violation(
            focus_node=str(PERSON),
            path=str(RDFS.label),
            message="Entity has no rdfs:label; it needs exactly one, tagged @de.",
            severity="Violation",
            shape=str(IQSH["Entity-label-present"]),
        ),
    )


def test_person_with_two_german_labels() -> None:
    g = well_formed()
    g.add((PERSON, RDFS.label, Literal("Senatorin Breitenbach", lang="de")))
    assert shapes_failed(validate(g), PERSON) == {"Entity-label-unique"}


@pytest.mark.parametrize("label", [Literal("Elke Breitenbach", lang="en"), Literal("Elke Breitenbach")])
def test_label_not_tagged_german(label: Literal) -> None:
    g = well_formed()
    g.remove((PERSON, RDFS.label, None))
    g.add((PERSON, RDFS.label, label))
    assert shapes_failed(validate(g), PERSON) == {"Entity-label-german"}


def test_alt_label_without_language() -> None:
    g = well_formed()
    g.add((MINISTRY, SKOS.altLabel, Literal("BMAS")))
    assert shapes_failed(validate(g), MINISTRY) == {"Entity-altLabel"}


def test_membership_without_member() -> None:
    g = well_formed()
    g.remove((MEMBERSHIP, ORG.member, None))
    assert shapes_failed(validate(g), MEMBERSHIP) == {"Membership-member"}


def test_membership_role_without_label() -> None:
    g = well_formed()
    g.remove((ROLE, RDFS.label, None))
    assert shapes_failed(validate(g), MEMBERSHIP) == {"Membership-role"}


def test_membership_or_event_no_release_attests() -> None:
    g = well_formed()
    g.remove((MEMBERSHIP, IQ.evidence, None))
    g.remove((EVENT, IQ.evidence, None))
    report = validate(g)
    assert shapes_failed(report, MEMBERSHIP) == {"Membership-evidence"}
    assert shapes_failed(report, EVENT) == {"Event-evidence"}


def test_membership_without_organisation_is_only_a_warning() -> None:
    g = well_formed()
    g.remove((MEMBERSHIP, ORG.organization, None))
    report = validate(g)
    assert report.conforms and report.violations == ()
    assert [(w.focus_node, w.severity, w.path) for w in report.warnings] == [
        (str(MEMBERSHIP), "Warning", str(ORG.organization))
    ]
    assert "no org:organization" in report.warnings[0].message


def test_quotation_without_creator() -> None:
    g = well_formed()
    g.remove((QUOTATION, SCHEMA.creator, None))
    report = validate(g)
    assert shapes_failed(report, QUOTATION) == {"Quotation-creator"}
    assert report.violations[0].path == str(SCHEMA.creator)


def test_quotation_with_empty_text_and_no_evidence() -> None:
    g = well_formed()
    g.set((QUOTATION, SCHEMA.text, Literal("  ", lang="de")))
    g.remove((QUOTATION, IQ.evidence, None))
    assert shapes_failed(validate(g), QUOTATION) == {"Quotation-text", "Quotation-evidence"}


def test_speaker_at_something_not_an_event() -> None:
    g = well_formed()
    g.add((PERSON, IQ.speakerAt, NETWORK))
    report = validate(g)
    assert shapes_failed(report, NETWORK) == {"SpeakerAt-object"}
    assert "not an iq:Event" in report.violations[0].message


def test_led_by_and_organised_by_ends() -> None:
    g = well_formed()
    g.add((NETWORK, IQ.ledBy, MINISTRY))
    g.add((NETWORK, IQ.organisedBy, MINISTRY))
    report = validate(g)
    assert shapes_failed(report, MINISTRY) == {"LedBy-object"}
    assert shapes_failed(report, NETWORK) == {"OrganisedBy-subject"}


def test_funded_by_a_person_is_caught_through_the_ontology() -> None:
    """The shape asks for foaf:Person; iq:Person is one only by the ontology's rdfs:subClassOf."""
    g = well_formed()
    g.add((NETWORK, IQ.fundedBy, PERSON))
    assert (PERSON, RDF.type, FOAF.Person) not in g
    assert shapes_failed(validate(g), PERSON) == {"FundedBy-object"}


def test_statement_needs_its_parts_and_a_source() -> None:
    g = well_formed()
    g.remove((STATEMENT, IQ.evidence, None))
    g.remove((STATEMENT, RDF.object, None))
    assert shapes_failed(validate(g), STATEMENT) == {"Statement-source", "Statement-object"}
    g.add((STATEMENT, RDF.object, MINISTRY))
    g.add((STATEMENT, DCTERMS.source, URIRef("https://www.netzwerk-iq.de/")))
    assert validate(g).conforms


def test_sentence_needs_both_selectors_and_a_release() -> None:
    g = well_formed()
    g.remove((SENTENCE, OA.hasSelector, URIRef(f"{SENTENCE}/position")))
    g.remove((SENTENCE, OA.hasSource, None))
    assert shapes_failed(validate(g), SENTENCE) == {
        "Sentence-source",
        "Sentence-selector",
        "Sentence-positionSelector",
    }


def test_release_needs_title_and_hash() -> None:
    g = well_formed()
    g.remove((RELEASE, DCTERMS.title, None))
    g.set((RELEASE, IQ.contentHash, Literal("md5:abc")))
    assert shapes_failed(validate(g), RELEASE) == {"PressRelease-title", "PressRelease-contentHash"}


def test_mentioned_node_must_be_an_entity() -> None:
    g = well_formed()
    g.add((RELEASE, IQ.mentions, ROLE))
    assert shapes_failed(validate(g), ROLE) == {"Mentioned-type"}


def test_partial_dates_conform_and_a_wrong_one_does_not() -> None:
    g = well_formed()
    g.set((RELEASE, DCTERMS.date, Literal("2017-09", datatype=xsd("gYearMonth"))))
    g.set((EVENT, SCHEMA.startDate, Literal("--09-21", datatype=xsd("gMonthDay"))))
    assert validate(g).conforms
    g.set((EVENT, SCHEMA.startDate, Literal("21.09.2017")))
    assert shapes_failed(validate(g), EVENT) == {"Event-startDate"}


def test_dataset_is_validated_on_the_union_of_its_graphs() -> None:
    ds = Dataset()
    for triple in well_formed():
        ds.graph(ID["graph/release/pm-5-17"]).add(triple)
    ds.graph(ID["graph/reference"]).add((PERSON, SKOS.altLabel, Literal("Breitenbach", lang="de")))
    assert validate(ds).conforms
    bad = ID["person/ohne-namen"]
    ds.graph(ID["graph/release/other"]).add((bad, RDF.type, IQ.Person))
    report = validate(ds)
    assert not report.conforms
    assert shapes_failed(report, bad) == {"Entity-label-present"}


def test_results_are_sorted_and_repeatable() -> None:
    g = well_formed()
    g.remove((PERSON, RDFS.label, None))
    g.remove((MEMBERSHIP, ORG.organization, None))
    g.add((PERSON, IQ.speakerAt, NETWORK))
    first, second = validate(g), validate(g)
    assert first == second
    assert [v.focus_node for v in first.violations] == sorted(v.focus_node for v in first.violations)
    assert len(first.violations) == 2 and len(first.warnings) == 1


def test_format_report_names_focus_node_path_and_message() -> None:
    g = well_formed()
    g.remove((PERSON, RDFS.label, None))
    g.remove((MEMBERSHIP, ORG.organization, None))
    text = format_report(validate(g))
    lines = text.splitlines()
    assert lines[0] == "Does not conform: 1 violation(s), 1 warning(s)"
    assert lines[1] == (
        f"Violation: <{PERSON}> rdfs:label: Entity has no rdfs:label; it needs exactly one, tagged @de."
    )
    assert lines[2].startswith(f"Warning: <{MEMBERSHIP}> org:organization: ")
    assert str(MEMBERSHIP) not in format_report(validate(g), include_warnings=False)


def test_format_report_of_a_conforming_graph() -> None:
    assert format_report(validate(well_formed())) == "Conforms: 0 violation(s), 0 warning(s)"


def test_load_dump_reads_trig_back(tmp_path: Path) -> None:
    ds = Dataset()
    for triple in well_formed():
        ds.graph(ID["graph/release/pm-5-17"]).add(triple)
    path = tmp_path / "iqgraph.trig"
    ds.serialize(path, format="trig")
    assert validate(load_dump(path)).conforms


def test_load_dump_errors(tmp_path: Path) -> None:
    broken = tmp_path / "broken.trig"
    broken.write_text("<a> <b> {", encoding="utf-8")
    with pytest.raises(InputError, match="broken.trig"):
        load_dump(broken)
    with pytest.raises(InputError, match="unknown RDF format"):
        load_dump(tmp_path / "dump.xyz")


def test_shapes_errors_are_iqgraph_errors(tmp_path: Path) -> None:
    with pytest.raises(ResourceNotFoundError, match="missing.ttl"):
        validate(well_formed(), tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n<s> sh:property", encoding="utf-8")
    with pytest.raises(ShapesError, match="bad.ttl") as caught:
        validate(well_formed(), bad)
    assert isinstance(caught.value, IqgraphError) and caught.value.__cause__ is not None


def test_custom_shapes_file(tmp_path: Path) -> None:
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix iq: <https://w3id.org/iqgraph/ontology#> .\n"
        "<urn:x:PersonHasAge> a sh:NodeShape ; sh:targetClass iq:Person ;\n"
        "    sh:property [ sh:path iq:age ; sh:minCount 1 ; sh:message 'Person has no age.'@en ] .\n",
        encoding="utf-8",
    )
    report = validate(well_formed(), shapes)
    assert [(v.focus_node, v.shape, v.message) for v in report.violations] == [
        (str(PERSON), "urn:x:PersonHasAge", "Person has no age.")
    ]
