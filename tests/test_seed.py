"""The founding release: every fact the core issue lists must be in the graph, read through the public vocabulary."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import XSD

from conftest import SEED

PREFIXES = """
PREFIX iq: <https://w3id.org/iqgraph/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""


def ask(g: Graph, body: str) -> bool:
    return bool(g.query(PREFIXES + "ASK {" + body + "}").askAnswer)


def rows(g: Graph, query: str) -> list[tuple]:
    return [tuple(r) for r in g.query(PREFIXES + query)]


def entity(g: Graph, type_: str, label: str) -> str:
    found = rows(g, f'SELECT ?e WHERE {{ ?e a iq:{type_} ; rdfs:label|skos:altLabel "{label}"@de }}')
    assert len(found) == 1, f"expected one iq:{type_} named {label!r}, found {found}"
    return found[0][0].n3()


def test_programme_network_office_and_count(seed_graph: Graph) -> None:
    iq = entity(seed_graph, "Programme", "Integration durch Qualifizierung")
    assert ask(seed_graph, f'{iq} skos:altLabel "IQ"@de')
    net = entity(seed_graph, "StateNetwork", "IQ Landesnetzwerk Berlin")
    assert ask(seed_graph, f"{net} iq:partOf {iq}")
    assert ask(seed_graph, f"?office a iq:CoordinationOffice ; iq:partOf {net}")
    assert ask(seed_graph, f"{net} iq:subprojectCount 21")


@pytest.mark.parametrize(
    ("type_", "full", "abbreviation"),
    [
        ("Ministry", "Bundesministerium für Arbeit und Soziales", "BMAS"),
        ("Ministry", "Bundesministerium für Bildung und Forschung", "BMBF"),
        ("Agency", "Bundesagentur für Arbeit", "BA"),
    ],
)
def test_federal_bodies_with_full_names_and_abbreviations(
    seed_graph: Graph, type_: str, full: str, abbreviation: str
) -> None:
    iri = entity(seed_graph, type_, full)
    assert ask(seed_graph, f'{iri} rdfs:label "{full}"@de ; skos:altLabel "{abbreviation}"@de')


def test_funding_partners_and_host(seed_graph: Graph) -> None:
    iq = entity(seed_graph, "Programme", "Integration durch Qualifizierung")
    bmas = entity(seed_graph, "Ministry", "BMAS")
    assert ask(seed_graph, f"{iq} iq:fundedBy {bmas}")
    for partner in ("BMBF", "BA"):
        found = rows(
            seed_graph,
            f'SELECT ?p WHERE {{ {iq} iq:implementationPartner ?p . ?p skos:altLabel "{partner}"@de }}',
        )
        assert found, f"{partner} is not an implementation partner"
    net = entity(seed_graph, "StateNetwork", "IQ Landesnetzwerk Berlin")
    host = entity(seed_graph, "Agency", "Beauftragter des Berliner Senats für Integration und Migration")
    assert ask(seed_graph, f"{net} iq:hostedBy {host}")
    # only the release's own statements: the funders are not mixed up with the host or with each other
    funders = rows(seed_graph, f"SELECT ?f WHERE {{ {iq} iq:fundedBy ?f }}")
    assert [f[0].n3() for f in funders] == [bmas]


@pytest.mark.parametrize(
    ("person", "title", "org"),
    [
        ("Elke Breitenbach", "Senatorin für Integration, Arbeit und Soziales", None),
        ("Alev Deniz", "Leiterin", "IQ Landesnetzwerk Berlin"),
    ],
)
def test_roles_in_nominative_attested_on_the_release_date(
    seed_graph: Graph, person: str, title: str, org: str | None
) -> None:
    p = entity(seed_graph, "Person", person)
    found = rows(
        seed_graph,
        f"SELECT ?m ?org ?date WHERE {{ ?m a org:Membership ; org:member {p} ; org:role ?r ; iq:attestedOn ?date . "
        f'?r rdfs:label "{title}"@de . OPTIONAL {{ ?m org:organization ?org }} }}',
    )
    assert len(found) == 1, found
    _, found_org, date = found[0]
    assert date == Literal(dt.date(2017, 9, 21), datatype=XSD.date)
    if org is None:
        assert found_org is None
    else:
        assert found_org.n3() == entity(seed_graph, "StateNetwork", org)


def test_alev_deniz_heads_the_network(seed_graph: Graph) -> None:
    net = entity(seed_graph, "StateNetwork", "IQ Landesnetzwerk Berlin")
    assert ask(seed_graph, f"{net} iq:ledBy {entity(seed_graph, 'Person', 'Alev Deniz')}")


def test_event_date_place_organiser_and_speakers(seed_graph: Graph) -> None:
    events = rows(seed_graph, "SELECT ?e ?d WHERE { ?e a iq:Event ; schema:startDate ?d }")
    assert len(events) == 1
    event, date = events[0]
    assert date == Literal(dt.date(2017, 9, 21), datatype=XSD.date)
    e = event.n3()
    assert ask(seed_graph, f'{e} iq:locatedIn ?p . ?p a iq:Place ; rdfs:label "Berlin"@de')
    assert ask(
        seed_graph, f"{e} iq:organisedBy {entity(seed_graph, 'StateNetwork', 'IQ Landesnetzwerk Berlin')}"
    )
    speakers = {
        str(r[0]) for r in rows(seed_graph, f"SELECT ?n WHERE {{ ?p iq:speakerAt {e} ; rdfs:label ?n }}")
    }
    assert speakers == {"Elke Breitenbach", "Alev Deniz"}


def test_both_quotes_with_full_text_and_speaker(seed_graph: Graph) -> None:
    quotes = {
        str(who): " ".join(str(text).split())  # the release has no-break spaces inside
        for who, text in rows(
            seed_graph,
            "SELECT ?n ?t WHERE { ?q a iq:Quotation ; schema:text ?t ; schema:creator ?p . ?p rdfs:label ?n }",
        )
    }
    assert set(quotes) == {"Elke Breitenbach", "Alev Deniz"}
    assert quotes["Elke Breitenbach"].startswith(
        "Integration durch Qualifizierung – der Name ist Programm. So ist"
    )
    assert quotes["Elke Breitenbach"].endswith("das Ziel nicht erreichen können.")
    assert quotes["Alev Deniz"].startswith("Das Förderprogramm IQ ist eine Erfolgsgeschichte.")
    assert quotes["Alev Deniz"].endswith("erfolgreicher Integrationspolitik.")


def test_one_query_finds_the_sentence_that_says_bmas_funds_the_programme(seed_graph: Graph) -> None:
    found = rows(
        seed_graph,
        """SELECT ?title ?sentence ?start ?end WHERE {
             ?st rdf:predicate iq:fundedBy ; rdf:object ?bmas ; iq:evidence ?s .
             ?bmas skos:altLabel "BMAS"@de .
             ?s oa:hasSource ?release ; oa:hasSelector ?q, ?pos .
             ?q a oa:TextQuoteSelector ; oa:exact ?sentence .
             ?pos a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
             ?release a iq:PressRelease ; dcterms:title ?title }""",
    )
    assert len(found) == 1
    title, sentence, start, end = found[0]
    assert str(title).startswith("Pressemitteilung 5/17")
    assert (
        str(sentence)
        == "Das Programm wird aus den Mitteln des Bundesministeriums für Arbeit und Soziales (BMAS) gefördert."
    )
    text = SEED.read_text(encoding="utf-8")
    assert text[int(start) : int(end)] == str(sentence)


def test_release_metadata(seed_graph: Graph) -> None:
    found = rows(
        seed_graph,
        "SELECT ?id ?date WHERE { ?r a iq:PressRelease ; dcterms:identifier ?id ; dcterms:date ?date }",
    )
    assert [(str(i), d.toPython()) for i, d in found] == [("5/17", dt.date(2017, 9, 21))]


def test_seed_build_conforms_to_the_shapes(seed_build) -> None:  # type: ignore[no-untyped-def]
    assert seed_build.report.validation == {"conforms": True, "violations": 0, "warnings": 1}
