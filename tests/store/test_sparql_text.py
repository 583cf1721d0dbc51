"""Updates and SERVICE calls told from the tokens of a query, in every spelling a user may type."""

from __future__ import annotations

import pytest

from iqgraph.store.sparql_text import blanked, calls_service, is_update


@pytest.mark.parametrize(
    "text",
    [
        "INSERT DATA { <http://a> <http://b> <http://c> }",
        "insert data { <http://a> <http://b> <http://c> }",
        "PREFIX iq: <https://w3id.org/iqgraph/ontology#>\nDELETE WHERE { ?s iq:x ?o }",
        "BASE <http://example.org/>\nPREFIX : <x#>\n  LOAD <http://example.org/data.ttl>",
        "# a comment first\nDROP ALL",
        "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "CLEAR GRAPH <http://g>",
        "ADD <http://a> TO <http://b>",
    ],
)
def test_updates_are_told_whatever_their_prologue_and_case(text: str) -> None:
    assert is_update(text)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?x WHERE { ?x ?p ?o }",
        "PREFIX add: <http://example.org/>\nSELECT ?x WHERE {\nadd:x ?p ?x }",  # a line starting "add:"
        "# INSERT DATA { }\nASK { ?s ?p ?o }",
        'SELECT ?x WHERE { ?x ?p "DROP ALL" }',
        "PREFIX drop: <http://example.org/drop#>\nCONSTRUCT { ?s drop:x ?o } WHERE { ?s ?p ?o }",
        "DESCRIBE <http://example.org/insert>",
    ],
)
def test_queries_that_merely_contain_update_words_are_queries(text: str) -> None:
    assert not is_update(text)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?a ?b ?c . service silent <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { VALUES ?e { <http://a> } SERVICE ?e { ?s ?p ?o } }",
        "PREFIX ex: <http://example.org/>\nSELECT * WHERE { SERVICE ex:endpoint { ?s ?p ?o } }",
    ],
)
def test_service_calls_are_found(text: str) -> None:
    assert calls_service(text)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?service WHERE { ?service ?p ?o }",
        "PREFIX ex: <http://example.org/>\nSELECT * WHERE { ?s ex:SERVICE ?o }",
        'SELECT * WHERE { ?s ?p "SERVICE <http://example.org/sparql>" }',
        "# SERVICE <http://example.org/sparql>\nSELECT * WHERE { ?s ?p <http://example.org/SERVICE> }",
    ],
)
def test_the_word_service_elsewhere_is_no_call(text: str) -> None:
    assert not calls_service(text)


def test_blanking_keeps_offsets_and_hides_strings_iris_and_comments() -> None:
    text = 'SELECT * { ?s <http://a#b> "x { y" } # }'
    body = blanked(text)
    assert len(body) == len(text) and body.count("{") == 1 and body.count("}") == 1 and "#" not in body
