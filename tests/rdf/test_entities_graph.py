"""The entities graph: each entity's classes, names and date once; release graphs say what a release states
and which entities it names, the reference graph what the sources say, neither repeats a name or class."""

from __future__ import annotations

from collections import Counter

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, RDFS, SKOS

from conftest import HAMBURG_2013, SEED
from iqgraph.pipeline import BuildOptions, BuildResult, build
from iqgraph.rdf.namespaces import DEFAULT_BASE, IQ, ORG, SCHEMA
from iqgraph.rdf.quads import literal_parts

ENTITIES = f"<{DEFAULT_BASE}graph/entities>"
REFERENCE = f"<{DEFAULT_BASE}graph/reference>"
BMAS = f"<{DEFAULT_BASE}ministry/bundesministerium-fuer-arbeit-und-soziales>"
NAMES = {f"<{RDFS.label}>", f"<{SKOS.altLabel}>"}

# The seed release names BMAS, the programme and the Berlin network, and so does this one, with Alev Deniz
# as the network's head once more; the Hamburg release of conftest names BMAS too.
BERLIN_2019 = """---
title: Pressemitteilung 3/19: IQ Landesnetzwerk Berlin zieht Bilanz
date: 2019-03-14
---
Pressemitteilung 3/19: IQ Landesnetzwerk Berlin zieht Bilanz

Alev Deniz, Leiterin des IQ Landesnetzwerks Berlin: „Die Beratung bleibt das Herzstück unserer Arbeit.“

Das IQ Landesnetzwerk Berlin ist Teil des Förderprogramms „Integration durch Qualifizierung (IQ)“. Das \
Programm wird aus Mitteln des Bundesministeriums für Arbeit und Soziales (BMAS) gefördert.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    folder = tmp_path_factory.mktemp("entities")
    for name, text in (("berlin_2019.txt", BERLIN_2019), ("hamburg_2013.txt", HAMBURG_2013)):
        (folder / name).write_text(text, encoding="utf-8")
    result = build([SEED, folder], options=BuildOptions(validate=True))
    assert not result.report.failed and result.report.validation and result.report.validation["conforms"]
    return result


def in_graph(result: BuildResult, graph: str) -> list[tuple[str, str, str]]:
    return [(s, p, o) for s, p, o, g in result.quads.sorted if g == graph]


def test_each_name_and_class_of_an_entity_is_in_the_entities_graph_only(built: BuildResult) -> None:
    typed = {s for s, p, o in in_graph(built, ENTITIES) if p == f"<{RDF.type}>" and o.startswith(f"<{IQ}")}
    assert BMAS in typed and len(typed) == built.report.entities
    for s, p, o, g in built.quads.sorted:
        if s in typed and (p in NAMES or p == f"<{RDF.type}>"):
            assert g == ENTITIES, (s, p, o, g)


def test_each_name_and_class_is_once_in_the_union(built: BuildResult) -> None:
    described = NAMES | {f"<{RDF.type}>", f"<{SCHEMA.startDate}>", f"<{ORG.member}>", f"<{ORG.role}>"}
    named = Counter((s, p, o) for s, p, o, _ in built.quads.sorted if p in described)
    assert named and max(named.values()) == 1


def test_names_gathered_from_every_release_and_the_reference_data(built: BuildResult) -> None:
    bmas = {literal_parts(o)[0] for s, p, o in in_graph(built, ENTITIES) if s == BMAS and p in NAMES}
    assert {"Bundesministerium für Arbeit und Soziales", "BMAS"} <= bmas
    labels = [o for s, p, o in in_graph(built, ENTITIES) if s == BMAS and p == f"<{RDFS.label}>"]
    assert labels == [Literal("Bundesministerium für Arbeit und Soziales", lang="de").n3()]


def test_release_graphs_say_which_entities_they_name(built: BuildResult) -> None:
    mentions = f"<{IQ.mentions}>"
    naming = {g for s, p, o, g in built.quads.sorted if p == mentions and o == BMAS}
    assert len(naming) == 3 and all("/graph/release/" in g for g in naming)


def test_the_reference_graph_keeps_the_sources_and_facts_but_no_names(built: BuildResult) -> None:
    reference = in_graph(built, REFERENCE)
    assert any(s == BMAS and p == "<http://purl.org/dc/terms/source>" for s, p, _ in reference)
    assert any(o == f"<{IQ.Statement}>" for _, _, o in reference)
    assert not [t for t in reference if t[1] in NAMES or t[2] == f"<{IQ.Ministry}>"]


def test_an_events_date_and_a_roles_title_are_in_the_entities_graph(built: BuildResult) -> None:
    entities = in_graph(built, ENTITIES)
    dated = [s for s, p, _ in entities if p == f"<{SCHEMA.startDate}>"]
    assert dated and all("/event/" in s for s in dated)
    roles = {s for s, p, o in entities if p == f"<{RDF.type}>" and o == f"<{ORG.Role}>"}
    assert f"<{DEFAULT_BASE}role/leiterin>" in roles
    described = NAMES | {f"<{RDF.type}>", f"<{SCHEMA.startDate}>"}
    elsewhere = [q for q in built.quads.sorted if q[0] in roles | set(dated) and q[1] in described]
    assert {g for *_, g in elsewhere} == {ENTITIES}


def test_a_membership_is_described_once_and_attested_by_each_release(built: BuildResult) -> None:
    membership = f"<{DEFAULT_BASE}membership/alev-deniz/iq-landesnetzwerk-berlin/leiterin>"
    said = {(p, g) for s, p, _, g in built.quads.sorted if s == membership}
    described = {p for p, g in said if g == ENTITIES}
    assert described == {f"<{RDF.type}>", f"<{ORG.member}>", f"<{ORG.role}>", f"<{ORG.organization}>"}
    attesting = {g for p, g in said if g != ENTITIES}
    assert len(attesting) == 2 and all("/graph/release/" in g for g in attesting)
    assert {p for p, g in said if g != ENTITIES} == {f"<{IQ.attestedOn}>", f"<{IQ.evidence}>"}


def test_a_release_graph_names_nothing_itself(built: BuildResult) -> None:
    releases = {g for *_, g in built.quads.sorted if "/graph/release/" in g}
    assert len(releases) == 3
    for graph in releases:
        assert not [t for t in in_graph(built, graph) if t[1] in NAMES], graph
