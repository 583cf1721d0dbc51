"""The named queries (`queries/*.rq`) on a known corpus: their headers, their parameters resolved and bound
safely, the exact answers the corpus gives, no duplicate rows, pages that add up to the whole answer, and the
same rows from the embedded store and from rdflib.

The corpus is the seed release and three releases written here, built once for the module. What the
queries must answer is what these four texts say, and what the reference data adds about the same entities.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
import pytest
import rdflib.namespace as ns
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import OWL, Dataset, Literal, URIRef
from rdflib.term import Node

import iqgraph
from conftest import SEED
from iqgraph.rdf.namespaces import GND, WD
from iqgraph.store.embedded import LocalStore, QueryResult, write_store
from iqgraph.store.named_queries import (
    NamedQuery,
    ParameterError,
    answer,
    bind,
    list_queries,
    load_query,
    queries_dir,
    resolve_params,
)

BERLIN_2019 = """---
title: Pressemitteilung 3/19: IQ Landesnetzwerk Berlin zieht Bilanz
date: 2019-03-14
publisher: IQ Landesnetzwerk Berlin
---
Pressemitteilung 3/19: IQ Landesnetzwerk Berlin zieht Bilanz

Das IQ Landesnetzwerk Berlin hat im vergangenen Jahr mehr als 3 000 Menschen beraten. Das Teilprojekt \
„Anerkennungsberatung Berlin“ ist Teil des IQ Landesnetzwerks Berlin.

Alev Deniz, Leiterin des IQ Landesnetzwerks Berlin: „Die Beratung zur Anerkennung ausländischer \
Berufsabschlüsse bleibt das Herzstück unserer Arbeit in Berlin.“

Das IQ Landesnetzwerk Berlin ist Teil des Förderprogramms „Integration durch Qualifizierung (IQ)“.
"""

# dated by year only (xsd:gYear)
HAMBURG_2018 = """---
title: Fachtag des IQ Netzwerks Hamburg
date: 2018
publisher: IQ Netzwerk Hamburg
---
Fachtag des IQ Netzwerks Hamburg

Am 12. Juni 2018 veranstaltet das IQ Netzwerk Hamburg einen Fachtag in Hamburg. Nach der Eröffnung durch \
Karl Meier folgte ein Grußwort von Sonja Peters.

Das IQ Netzwerk Hamburg wird vom Bundesministerium für Arbeit und Soziales gefördert. Das IQ Netzwerk \
Hamburg ist bei der Behörde für Arbeit, Soziales, Familie und Integration angesiedelt.

Die „Zentrale Beratungsstelle Anerkennung“ hat ihr Büro in Mitte. Die Beratungsstelle ist Teil des IQ \
Netzwerks Hamburg.

Karl Meier, Geschäftsführer der Handwerkskammer Hamburg: „Wir brauchen jede Fachkraft in unseren Betrieben.“
"""

# dated by month only (xsd:gYearMonth)
TAGUNG_2019 = """---
title: Jahrestagung des IQ Landesnetzwerks Berlin
date: 2019-11
publisher: IQ Landesnetzwerk Berlin
---
Jahrestagung des IQ Landesnetzwerks Berlin

Am 28. November 2019 veranstaltet das IQ Landesnetzwerk Berlin seine Jahrestagung in Berlin. Senatorin \
Elke Breitenbach eröffnet die Jahrestagung mit einem Grußwort. Anschließend folgte ein Grußwort von Alev Deniz.

Das IQ Landesnetzwerk Berlin wird aus Mitteln des Europäischen Sozialfonds (ESF) gefördert.
"""

SEED_TITLE = "Pressemitteilung 5/17: Senatorin Elke Breitenbach eröffnet den Empfang des IQ Landesnetzwerks am 21.09.2017"
BERLIN_TITLE = "Pressemitteilung 3/19: IQ Landesnetzwerk Berlin zieht Bilanz"
HAMBURG_TITLE = "Fachtag des IQ Netzwerks Hamburg"
TAGUNG_TITLE = "Jahrestagung des IQ Landesnetzwerks Berlin"

IQ = "Integration durch Qualifizierung"
BMAS = "Bundesministerium für Arbeit und Soziales"
BMBF = "Bundesministerium für Bildung und Forschung"
BA = "Bundesagentur für Arbeit"
ESF = "Europäischer Sozialfonds"
BERLIN = "IQ Landesnetzwerk Berlin"
HAMBURG = "IQ Netzwerk Hamburg"
BEAUFTRAGTER = "Beauftragter des Berliner Senats für Integration und Migration"
BASFI = "Behörde für Arbeit, Soziales, Familie und Integration"
HWK = "Handwerkskammer Hamburg"
EMPFANG = "Empfang des IQ Landesnetzwerks Berlin"
FACHTAG = "Fachtag des IQ Netzwerks Hamburg"
JAHRESTAGUNG = "Jahrestagung des IQ Landesnetzwerks Berlin"

INJECTION = 'x" } ; DROP ALL ; #'

# Every named query, unbound (unless a parameter is required) and with each parameter bound, some as people
# type them (the tests below name the expected rows).
CASES: list[tuple[str, dict[str, str]]] = [
    ("funders", {}),
    ("funders", {"org": HAMBURG}),
    ("funders", {"org": "IQ"}),
    ("partners", {}),
    ("networks", {}),
    ("subprojects", {}),
    ("subprojects", {"network": "IQ Netzwerk Berlin"}),
    ("officials", {}),
    ("officials", {"person": "alev deniz"}),
    ("officials", {"org": "IQ Netzwerk Berlin"}),
    ("officials", {"org": HWK, "person": "Karl Meier"}),
    ("role-timeline", {}),
    ("role-timeline", {"person": "Deniz"}),
    ("quotes", {}),
    ("quotes", {"person": "Elke Breitenbach"}),
    ("events", {}),
    ("events", {"place": "berlin"}),
    ("events", {"year": "2019"}),
    ("about", {"entity": "BMAS"}),
    ("about", {"entity": "Elke Breitenbach"}),
    ("paths", {}),
    ("paths", {"ministry": "BMAS"}),
    ("external-links", {}),
    ("releases-per-year", {}),
    ("releases-per-year", {"publisher": "iq landesnetzwerk berlin"}),
    ("co-appearance", {}),
    ("co-appearance", {"person": "Sonja Peters"}),
    ("which-sentence-says", {}),
    ("which-sentence-says", {"predicate": "fundedBy"}),
    ("which-sentence-says", {"predicate": "<https://w3id.org/iqgraph/ontology#hostedBy>"}),
]

Row = dict[str, str | None]


@dataclass(frozen=True)
class Corpus:
    out: Path
    store: LocalStore


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    root = tmp_path_factory.mktemp("queries")
    releases = root / "releases"
    releases.mkdir()
    inputs = [SEED]
    for name, text in (
        ("101_berlin_2019.txt", BERLIN_2019),
        ("102_hamburg_2018.txt", HAMBURG_2018),
        ("103_jahrestagung_2019.txt", TAGUNG_2019),
    ):
        (releases / name).write_text(text, encoding="utf-8")
        inputs.append(releases / name)
    out = root / "out"
    result = iqgraph.build(inputs, out, iqgraph.BuildOptions(validate=False))
    assert not result.report.failed
    write_store(result.dataset, out)
    return Corpus(out, LocalStore(out))


@pytest.fixture(scope="module")
def rdflib_dataset(corpus: Corpus) -> Dataset:
    """The same build read by rdflib, its default graph the union of all graphs (as the embedded store's)."""
    ds = Dataset(default_union=True)
    ds.parse(corpus.out / "iqgraph.trig", format="trig")
    return ds


def _text(term: Node | None) -> str | None:
    """A cell as a reader sees it: the term's text, runs of (also non-breaking) white space as one space."""
    return None if term is None else " ".join(str(term).split())


def run(corpus: Corpus, name: str, **params: str) -> list[Row]:
    """The rows of a named query as `iqgraph query` gets them (all of them), each checked to occur once."""
    query = load_query(name)
    assert set(params) <= {p.name for p in query.params}, f"{name}: undeclared {set(params)}"
    result = answer(corpus.store.query, corpus.store.term_rows, query, query.text, params, 0, 0).result
    assert result.kind == "select"
    assert len(set(result.rows)) == len(result.rows), f"{name} {params}: duplicate rows"
    return [dict(zip(result.variables, map(_text, row), strict=True)) for row in result.rows]


def bound(corpus: Corpus, name: str, params: dict[str, str]) -> str:
    """The query's text with its parameters resolved in the corpus and bound: what any store is sent."""
    query = load_query(name)
    return bind(query, {r.name: r.term for r in resolve_params(query, params, corpus.store.query)})


def cells(rows: list[Row], *columns: str) -> set[tuple[str | None, ...]]:
    return {tuple(row[c] for c in columns) for row in rows}


def listed(value: str | None) -> set[str]:
    """A GROUP_CONCAT cell as a set: the order of its items is the store's."""
    return set(value.split("; ")) if value else set()


# headers and parameters


def test_every_query_has_a_readable_header() -> None:
    queries = list_queries()
    assert len(queries) >= 12
    for query in queries:
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", query.name), query.name
        assert query.title and query.title != query.name, query.name
        assert query.description, query.name
        for param in query.params:
            assert param.meaning and param.default, (
                f"{query.name}: {param.name} needs a meaning and a default"
            )
            assert param.kind != "term", f"{query.name}: {param.name} needs a kind, to be typed as people do"
            assert re.search(rf"\?{param.name}\b", _body(query)), f"{query.name}: ?{param.name} is not used"


def test_every_query_is_run_unbound_and_with_each_parameter() -> None:
    for query in list_queries():
        cases = [params for name, params in CASES if name == query.name]
        required = {p.name for p in query.params if p.required}
        assert required or {} in cases, f"{query.name} is not run unbound"
        assert all(required <= set(params) for params in cases), f"{query.name} is run without {required}"
        bound = {name for params in cases for name in params}
        assert bound == {p.name for p in query.params}, f"{query.name}: parameters run {bound}"


def test_a_required_parameter_left_out_is_a_usage_error(corpus: Corpus) -> None:
    with pytest.raises(ParameterError, match=r"about needs --param entity=…: the entity's name"):
        run(corpus, "about")


def test_every_parameter_bound_here_is_declared_in_the_header() -> None:
    for name, params in CASES:
        declared = {p.name for p in load_query(name).params}
        assert set(params) <= declared, f"{name} has no param line for {set(params) - declared}"


def _body(query: NamedQuery) -> str:
    """The query without comments, strings and IRIs: what is left are names and keywords."""
    text = re.sub(r"(?m)#.*$", "", query.text)
    text = re.sub(r'"(?:\\.|[^"\\])*"', '""', text)
    return re.sub(r"<[^<>\s]*>", "<>", text)


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_every_prefix_is_declared(query: NamedQuery) -> None:
    body = _body(query)
    declared = set(re.findall(r"(?im)^\s*PREFIX\s+([\w-]*):", body))
    used = set(re.findall(r"(?<![\w?$:])([A-Za-z][\w-]*):[A-Za-z_]", body))
    assert used <= declared, f"{query.name}: PREFIX missing for {sorted(used - declared)}"
    pyoxigraph.Store().query(query.text)  # parses with no predeclared prefix at all


def test_an_undeclared_parameter_is_refused(corpus: Corpus) -> None:
    with pytest.raises(ParameterError, match=r"funders has no parameter nope.*org"):
        resolve_params(load_query("funders"), {"nope": "x"}, corpus.store.query)
    with pytest.raises(ParameterError, match="events has no parameter person"):
        bind(load_query("events"), {"person": Literal("Alev Deniz", lang="de")})


PARAMS = [(q.name, p.name) for q in list_queries() for p in q.params]


@pytest.mark.parametrize(("name", "param"), PARAMS, ids=[f"{n}-{p}" for n, p in PARAMS])
@pytest.mark.parametrize("value", [INJECTION, "} UNION { ?s ?p ?o }", 'x"\n} ; CLEAR DEFAULT ; #\\'])
def test_a_hostile_value_reaches_the_store_as_a_literal_and_names_nothing(
    corpus: Corpus, name: str, param: str, value: str
) -> None:
    sent: list[str] = []

    def ask(text: str) -> QueryResult:
        sent.append(text)
        return corpus.store.query(text)

    with pytest.raises(ParameterError, match=rf"^{param}: |is not a year|no relation"):
        resolve_params(load_query(name), {param: value}, ask)
    for text in sent:  # the lookups: the value only ever inside a literal of a VALUES block
        assert value not in text.replace(Literal(value, lang="de").n3(), "").replace(Literal(value).n3(), "")


def test_a_hostile_value_changes_nothing(corpus: Corpus) -> None:
    before = {(name, str(params)): run(corpus, name, **params) for name, params in CASES}
    for query in list_queries():
        for param in query.params:
            with pytest.raises(ParameterError):
                run(corpus, query.name, **{param.name: INJECTION})
    after = {(name, str(params)): run(corpus, name, **params) for name, params in CASES}
    assert after == before


@pytest.mark.parametrize(("name", "params"), CASES, ids=[f"{n}-{'-'.join(p) or 'unbound'}" for n, p in CASES])
@pytest.mark.parametrize("page", [1, 2, 3])
def test_pages_add_up_to_the_whole_answer_in_its_order(
    corpus: Corpus, name: str, params: dict[str, str], page: int
) -> None:
    query = load_query(name)
    whole = answer(corpus.store.query, corpus.store.term_rows, query, query.text, params, 0, 0).result.rows
    rows, offset = [], 0
    while True:
        got = answer(corpus.store.query, corpus.store.term_rows, query, query.text, params, page, offset)
        rows += got.result.rows
        offset = got.next_offset
        assert got.more == max(0, len(whole) - offset), (offset, got.more)
        if not got.more:
            break
    if query.paging == "store":  # within a relation, each page in the store's order, sorted for display
        assert sorted(rows, key=str) == sorted(whole, key=str)
    else:
        assert rows == whole


# what the corpus says, query by query


def test_funders_each_tie_once(corpus: Corpus) -> None:
    rows = run(corpus, "funders")
    assert cells(rows, "funded", "funder", "releases", "first", "last", "from", "to") == {
        (IQ, BMAS, "1", "2017-09-21", "2017-09-21", "2005", None),
        (IQ, BA, "0", None, None, "2011", "2014"),
        (IQ, BMBF, "0", None, None, "2011", "2014"),
        (IQ, ESF, "0", None, None, "2015", "2022"),
        (HAMBURG, BMAS, "1", "2018", "2018", None, None),
        (BERLIN, ESF, "1", "2019-11", "2019-11", None, None),
    }


def test_funders_of_one_organisation_by_name_or_abbreviation(corpus: Corpus) -> None:
    assert run(corpus, "funders", org=HAMBURG) == [
        {
            "funded": HAMBURG,
            "funder": BMAS,
            "releases": "1",
            "first": "2018",
            "last": "2018",
            "from": None,
            "to": None,
        }
    ]
    by_abbreviation = run(corpus, "funders", org="IQ")
    assert {r["funded"] for r in by_abbreviation} == {IQ}
    assert {r["funder"] for r in by_abbreviation} == {BMAS, BA, BMBF, ESF}
    assert run(corpus, "funders", org="integration durch qualifizierung") == by_abbreviation


def test_partners(corpus: Corpus) -> None:
    rows = run(corpus, "partners")
    assert cells(rows, "programme", "partner", "releases", "first", "from") == {
        (IQ, BMBF, "1", "2017-09-21", "2015"),
        (IQ, BA, "1", "2017-09-21", "2015"),
    }


def test_networks(corpus: Corpus) -> None:
    rows = {row["network"]: row for row in run(corpus, "networks")}
    assert set(rows) == {BERLIN, HAMBURG}
    berlin, hamburg = rows[BERLIN], rows[HAMBURG]
    assert berlin["land"] == "Berlin" and hamburg["land"] == "Hamburg"
    assert listed(berlin["hosts"]) == {BEAUFTRAGTER}
    assert listed(berlin["referenceHosts"]) == {f"{BEAUFTRAGTER} (2012–2017)"}
    assert listed(berlin["coordination"]) == {"Koordinierungsstelle des IQ Landesnetzwerks Berlin"}
    assert listed(berlin["heads"]) == {"Alev Deniz"}
    assert (berlin["subprojectCount"], berlin["knownSubprojects"]) == ("21", "1")
    assert listed(hamburg["hosts"]) == {BASFI}
    assert listed(hamburg["referenceHosts"]) == {f"{HWK} (…–2018)", f"{BASFI} (2019–…)"}
    assert (hamburg["coordination"], hamburg["heads"], hamburg["subprojectCount"]) == (None, None, None)
    assert hamburg["knownSubprojects"] == "1"


def test_subprojects(corpus: Corpus) -> None:
    berlin = ("Anerkennungsberatung Berlin", BERLIN, "1", "2019-03-14", "2019-03-14")
    hamburg = ("Zentrale Beratungsstelle Anerkennung", HAMBURG, "1", "2018", "2018")
    assert [tuple(r.values()) for r in run(corpus, "subprojects")] == [berlin, hamburg]
    # the Berlin network by its name of 2017
    assert [tuple(r.values()) for r in run(corpus, "subprojects", network="IQ Netzwerk Berlin")] == [berlin]


def test_officials(corpus: Corpus) -> None:
    columns = ("personName", "role", "organisation", "first", "last", "attestations")
    deniz = ("Alev Deniz", "Leiterin", BERLIN, "2017-09-21", "2019-03-14", "2")
    assert [tuple(r[c] for c in columns) for r in run(corpus, "officials")] == [
        deniz,
        (
            "Elke Breitenbach",
            "Senatorin für Integration, Arbeit und Soziales",
            None,
            "2017-09-21",
            "2017-09-21",
            "1",
        ),
        ("Elke Breitenbach", "Senatorin", None, "2019-11", "2019-11", "1"),
        ("Karl Meier", "Geschäftsführer", HWK, "2018", "2018", "1"),
    ]
    assert [tuple(r.values()) for r in run(corpus, "officials", person="Alev Deniz")] == [deniz]
    assert [tuple(r.values()) for r in run(corpus, "officials", person="alev deniz")] == [deniz]
    assert [tuple(r.values()) for r in run(corpus, "officials", org="IQ Netzwerk Berlin")] == [deniz]
    assert [r["role"] for r in run(corpus, "officials", org=HWK, person="Karl Meier")] == ["Geschäftsführer"]
    assert run(corpus, "officials", org=HWK, person="Alev Deniz") == []


def test_role_timeline(corpus: Corpus) -> None:
    assert len(run(corpus, "role-timeline")) == 4
    assert run(corpus, "role-timeline", person="Deniz") == [
        {
            "personName": "Alev Deniz",
            "role": "Leiterin",
            "organisation": BERLIN,
            "first": "2017-09-21",
            "last": "2019-03-14",
            "attestations": "2",
        }
    ]


def test_quotes(corpus: Corpus) -> None:
    rows = run(corpus, "quotes", person="Elke Breitenbach")
    assert len(rows) == 1
    assert rows[0]["quote"] and rows[0]["quote"].startswith(
        "Integration durch Qualifizierung – der Name ist Programm."
    )
    assert (rows[0]["title"], rows[0]["date"]) == (SEED_TITLE, "2017-09-21")
    everyone = run(corpus, "quotes")
    assert sorted(r["personName"] or "" for r in everyone) == [
        "Alev Deniz",
        "Alev Deniz",
        "Elke Breitenbach",
        "Karl Meier",
    ]
    assert (
        "Karl Meier",
        "Wir brauchen jede Fachkraft in unseren Betrieben.",
        HAMBURG_TITLE,
        "2018",
    ) in cells(everyone, "personName", "quote", "title", "date")


EMPFANG_ROW = (EMPFANG, "2017-09-21", "Berlin", BERLIN, {"Alev Deniz", "Elke Breitenbach"}, "2")
FACHTAG_ROW = (FACHTAG, "2018-06-12", "Hamburg", HAMBURG, {"Karl Meier", "Sonja Peters"}, "2")
TAGUNG_ROW = (JAHRESTAGUNG, "2019-11-28", "Berlin", BERLIN, {"Alev Deniz", "Elke Breitenbach"}, "2")


def events(rows: list[Row]) -> list[tuple[object, ...]]:
    return [
        (r["event"], r["date"], r["places"], r["organisers"], listed(r["speakers"]), r["speakerCount"])
        for r in rows
    ]


def test_events(corpus: Corpus) -> None:
    assert events(run(corpus, "events")) == [EMPFANG_ROW, FACHTAG_ROW, TAGUNG_ROW]


def test_events_in_a_place_or_a_year(corpus: Corpus) -> None:
    assert events(run(corpus, "events", place="berlin")) == [EMPFANG_ROW, TAGUNG_ROW]
    assert events(run(corpus, "events", year="2019")) == [TAGUNG_ROW]
    assert events(run(corpus, "events", place="Hamburg", year="2019")) == []
    with pytest.raises(ParameterError, match="not a year"):
        run(corpus, "events", year="neunzehn")


def test_about_an_entity_by_its_abbreviation(corpus: Corpus) -> None:
    rows = run(corpus, "about", entity="BMAS")
    said = cells(rows, "subject", "relation", "object", "title", "date", "sentence")
    sentence = (
        "Das Programm wird aus den Mitteln des Bundesministeriums für Arbeit und Soziales (BMAS) gefördert."
    )
    assert (IQ, "fundedBy", BMAS, SEED_TITLE, "2017-09-21", sentence) in said
    assert (
        HAMBURG,
        "fundedBy",
        BMAS,
        HAMBURG_TITLE,
        "2018",
        "Das IQ Netzwerk Hamburg wird vom Bundesministerium für Arbeit und Soziales gefördert.",
    ) in said
    reference = [r for r in rows if r["source"]]
    assert reference and all(r["title"] is None and r["sentence"] is None for r in reference)
    assert {(r["subject"], r["from"]) for r in reference} == {(IQ, "2005")}
    assert all(r["source"] or r["sentence"] for r in rows)


def test_about_a_person(corpus: Corpus) -> None:
    rows = run(corpus, "about", entity="Elke Breitenbach")
    [quote] = [r["quote"] for r in run(corpus, "quotes", person="Elke Breitenbach")]
    assert {r["subject"] for r in rows} == {"Elke Breitenbach"}
    assert cells(rows, "relation", "object", "date") == {
        ("Senatorin für Integration, Arbeit und Soziales", None, "2017-09-21"),
        ("Senatorin", None, "2019-11"),
        ("quote", quote, "2017-09-21"),
        ("speakerAt", EMPFANG, "2017-09-21"),
        ("speakerAt", JAHRESTAGUNG, "2019-11"),
    }
    assert all(r["sentence"] and "Breitenbach" in r["sentence"] for r in rows)


def test_about_an_object_of_relations(corpus: Corpus) -> None:
    said = cells(run(corpus, "about", entity="Alev Deniz"), "subject", "relation", "object", "title")
    assert {
        (BERLIN, "ledBy", "Alev Deniz", SEED_TITLE),
        (BERLIN, "ledBy", "Alev Deniz", BERLIN_TITLE),
    } <= said
    assert ("Alev Deniz", "Leiterin", BERLIN, BERLIN_TITLE) in said


def test_paths_from_ministries_to_subprojects(corpus: Corpus) -> None:
    berlin_sub, hamburg_sub = "Anerkennungsberatung Berlin", "Zentrale Beratungsstelle Anerkennung"
    assert cells(run(corpus, "paths"), "body", "tie", "via", "network", "subproject") == {
        (BMAS, "fundedBy", IQ, BERLIN, berlin_sub),
        (BMAS, "fundedBy", HAMBURG, HAMBURG, hamburg_sub),
        (BMBF, "implementationPartner", IQ, BERLIN, berlin_sub),
        (BA, "implementationPartner", IQ, BERLIN, berlin_sub),
        (BEAUFTRAGTER, "hostedBy", BERLIN, BERLIN, berlin_sub),
        (BASFI, "hostedBy", HAMBURG, HAMBURG, hamburg_sub),
    }
    assert cells(run(corpus, "paths", ministry="BMAS"), "via", "subproject") == {
        (IQ, berlin_sub),
        (HAMBURG, hamburg_sub),
    }


def test_external_links_are_none_until_the_data_gives_some(corpus: Corpus, tmp_path: Path) -> None:
    assert run(corpus, "external-links") == []
    linked = Dataset()
    linked.parse(corpus.out / "iqgraph.trig", format="trig")
    reference = next(g for g in linked.graphs() if str(g.identifier).endswith("/graph/reference"))
    bmas = URIRef("https://w3id.org/iqgraph/id/ministry/bundesministerium-fuer-arbeit-und-soziales")
    reference.add((bmas, OWL.sameAs, WD["Q99999999"]))  # made-up identifiers: only their shape matters here
    reference.add((bmas, OWL.sameAs, GND["0000000-0"]))
    write_store(linked, tmp_path)
    rows = run(Corpus(tmp_path, LocalStore(tmp_path)), "external-links")
    assert cells(rows, "entity", "type", "link", "kind") == {
        (BMAS, "Ministry", str(WD["Q99999999"]), "Wikidata"),
        (BMAS, "Ministry", str(GND["0000000-0"]), "GND"),
    }


def test_releases_per_year_whatever_the_precision_of_the_date(corpus: Corpus) -> None:
    assert [tuple(r.values()) for r in run(corpus, "releases-per-year")] == [
        ("2017", "1"),  # xsd:date
        ("2018", "1"),  # xsd:gYear
        ("2019", "2"),  # xsd:date and xsd:gYearMonth
    ]


def test_releases_per_year_of_one_publisher(corpus: Corpus) -> None:
    assert [tuple(r.values()) for r in run(corpus, "releases-per-year", publisher="Netzwerk Hamburg")] == [
        ("2018", "1")
    ]
    assert run(corpus, "releases-per-year", publisher="IQ Landesnetzwerk Berlin") == [
        {"year": "2019", "releases": "2"}
    ]
    with pytest.raises(ParameterError, match=r"publisher: no publisher is called 'IQ Bremen'"):
        run(corpus, "releases-per-year", publisher="IQ Bremen")


def test_co_appearance(corpus: Corpus) -> None:
    rows = run(corpus, "co-appearance")
    got = [(r["personA"], r["personB"], r["sharedEvents"], listed(r["events"])) for r in rows]
    assert got == [
        ("Alev Deniz", "Elke Breitenbach", "2", {EMPFANG, JAHRESTAGUNG}),
        ("Karl Meier", "Sonja Peters", "1", {FACHTAG}),
    ]
    assert cells(run(corpus, "co-appearance", person="Sonja Peters"), "personA", "personB") == {
        ("Karl Meier", "Sonja Peters")
    }


@pytest.mark.parametrize(
    "predicate",
    [
        "fundedBy",
        "iq:fundedBy",
        "<https://w3id.org/iqgraph/ontology#fundedBy>",
        "https://w3id.org/iqgraph/ontology#fundedBy",
        "funded by",
    ],
)
def test_which_sentence_says_by_name_or_iri(corpus: Corpus, predicate: str) -> None:
    rows = run(corpus, "which-sentence-says", predicate=predicate)
    assert {r["relation"] for r in rows} == {"fundedBy"}
    assert cells([r for r in rows if r["sentence"]], "subject", "object", "title", "start", "end") == {
        (IQ, BMAS, SEED_TITLE, "2243", "2341"),
        (HAMBURG, BMAS, HAMBURG_TITLE, "189", "274"),
        (BERLIN, ESF, TAGUNG_TITLE, "260", "351"),
    }
    sentence = next(r["sentence"] for r in rows if r["title"] == SEED_TITLE)
    assert (
        sentence
        == "Das Programm wird aus den Mitteln des Bundesministeriums für Arbeit und Soziales (BMAS) gefördert."
    )


def test_which_sentence_says_unbound_traces_every_relation(corpus: Corpus) -> None:
    rows = run(corpus, "which-sentence-says")
    assert {"fundedBy", "hostedBy", "partOf", "speakerAt", "ledBy", "subprojectCount"} <= {
        r["relation"] for r in rows
    }
    assert (BERLIN, "21") in cells(
        [r for r in rows if r["relation"] == "subprojectCount"], "subject", "object"
    )
    relations = [r["relation"] for r in rows]
    assert relations == sorted(relations)  # grouped by relation


def test_which_sentence_says_gives_the_source_of_a_reference_fact(corpus: Corpus) -> None:
    reference = [r for r in run(corpus, "which-sentence-says", predicate="fundedBy") if r["source"]]
    assert (IQ, BA) in cells(reference, "subject", "object")
    assert all(r["sentence"] is None and r["title"] is None for r in reference)


def test_an_unknown_relation_gets_a_suggestion(corpus: Corpus) -> None:
    with pytest.raises(ParameterError, match=r"no relation is called 'fundedby x'; did you mean 'fundedBy'"):
        run(corpus, "which-sentence-says", predicate="fundedby x")


# the same answers from another SPARQL engine


def _comparable(term: Node | None) -> object:
    """A cell as both engines must agree on it: numbers by value (Oxigraph stores xsd:nonNegativeInteger as
    xsd:integer), lists as sets (GROUP_CONCAT's order is the engine's), other literals with language and type."""
    if term is None or isinstance(term, URIRef):
        return term
    assert isinstance(term, Literal), term
    if term.datatype in (ns.XSD.integer, ns.XSD.nonNegativeInteger, ns.XSD.int, ns.XSD.decimal):
        return ("number", term.toPython())
    return (frozenset(str(term).split("; ")), term.language, term.datatype)


def _rows(rows: Iterator[tuple[Node | None, ...]] | list[tuple[Node | None, ...]]) -> set[tuple[object, ...]]:
    return {tuple(_comparable(c) for c in row) for row in rows}


@pytest.mark.parametrize(("name", "params"), CASES, ids=[f"{n}-{'-'.join(p) or 'unbound'}" for n, p in CASES])
def test_rdflib_gives_the_same_rows(
    corpus: Corpus, rdflib_dataset: Dataset, name: str, params: dict[str, str]
) -> None:
    text = bound(corpus, name, params)
    expected = corpus.store.query(text)
    found = rdflib_dataset.query(text)
    assert [str(v) for v in found.vars or []] == expected.variables
    assert _rows([tuple(row) for row in found]) == _rows(expected.rows)  # type: ignore[arg-type]
    assert expected.rows or name == "external-links"


def test_the_text_sent_to_a_store_gives_the_rows_iqgraph_shows(corpus: Corpus) -> None:
    """What `iqgraph query` shows (in two steps, ordered and paged here) is what the bound text answers."""
    for name, params in CASES:
        shown = [tuple(r.values()) for r in run(corpus, name, **params)]
        whole = corpus.store.query(bound(corpus, name, params))
        assert sorted(shown, key=str) == sorted((tuple(map(_text, row)) for row in whole.rows), key=str), name


def test_the_queries_folder_is_the_one_tested() -> None:
    assert {p.stem for p in queries_dir().glob("*.rq")} == {q.name for q in list_queries()}
    assert {name for name, _ in CASES} == {q.name for q in list_queries()}


@settings(max_examples=300, deadline=None)
@given(value=st.text(max_size=40) | st.builds(lambda t: f"<{t}>", st.text(max_size=30)))
def test_any_parameter_value_resolves_to_a_term_or_is_a_usage_error(value: str) -> None:
    """Whatever a user types after `--param name=`: the lookups and the bound query parse, or a
    ParameterError says why not."""
    store = pyoxigraph.Store()

    def ask(text: str) -> QueryResult:
        store.query(text)  # raises SyntaxError if a lookup is not SPARQL
        return QueryResult("select", [], [])

    query = load_query("quotes")
    try:
        resolved = resolve_params(query, {"person": value}, ask)
    except ParameterError:
        return
    store.query(bind(query, {r.name: r.term for r in resolved}))
