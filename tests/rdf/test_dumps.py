"""The dumps: each reads back (rdflib and Oxigraph) as the dataset that was built, hostile text included;
the same input gives the same bytes; a prefixed name is written only where Turtle reads it as a name."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef, namespace
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from conftest import REPO, SEED
from iqgraph.errors import OutputError
from iqgraph.pipeline import BuildOptions, BuildResult, build
from iqgraph.rdf.dumps import DUMP_NAMES, USUAL_PREFIXES, write_dumps
from iqgraph.rdf.namespaces import DEFAULT_BASE, PREFIXES, SCHEMA
from iqgraph.store.embedded import write_store

Quads = set[tuple[Node, Node, Node, str]]

# A release whose metadata and sentences carry what a writer must escape; its `source:` is no valid IRI.
HOSTILE = (
    '---\ntitle: Fachtag "Zukunft \\ Arbeit" <Bremen> & Ölmühle – „Anerkennung“\ndate: 2018-04-12\n'
    'publisher: IQ "Netzwerk" \\Bremen\\\nsource: https://example.org/pm?id=3 4&x="y"\n---\n'
    'Pressemitteilung 3/18: Fachtag "Zukunft \\ Arbeit" <Bremen> am 12.04.2018\n\n'
    "Am 12.04.2018 veranstaltet das IQ Netzwerk Bremen einen Fachtag in Bremen.\tDas IQ Netzwerk Bremen wird "
    "durch das Bundesministerium für Arbeit und Soziales (BMAS) gefördert.\n"
    'Alev Deniz, Leiterin des IQ Netzwerks Bremen: „Wir sagen "danke" \\ und <merci> an alle Partner.“\n'
    "Zweite Zeile:\u2028nach dem Trenner ist das IQ Netzwerk Bremen Teil des Förderprogramms IQ.\n"
)
HOSTILE_SOURCE = URIRef('https://example.org/pm?id=3 4&x="y"')
ENCODED_SOURCE = URIRef("https://example.org/pm?id=3%204&x=%22y%22")

# What no release yields but a literal may hold: every kind of line end, control characters, lookalikes.
ODD_TEXTS = (
    'quote " and backslash \\ in the middle',
    "line\nfeed, carriage\rreturn, crlf\r\n",
    "tab\t, nul\x00, bell\x07, unit separator\x1f, delete\x7f",
    "line\u2028separator, paragraph\u2029separator, next\x85line",
    "ends in a backslash \\",
    '"',
    "",
    'looks typed"^^<http://example.org/x>',
    'looks tagged"@de',
)
ODD = URIRef(f"{DEFAULT_BASE}thing")
ODD_GRAPH = URIRef(f"{DEFAULT_BASE}graph/odd")
BAD_IRI, BAD_IRI_ENCODED = 'https://example.org/a b"c{d}%zz', "https://example.org/a%20b%22c%7Bd%7D%25zz"
# schema: local parts -> how Turtle must write them
LOCALS = {
    "Thing": "schema:Thing",
    "1abc": "schema:1abc",
    "a.b": "schema:a.b",
    "a_b-c": "schema:a_b-c",
    "Ölmühle": "schema:Ölmühle",
    "": "schema:",
    "a(b)": "<http://schema.org/a(b)>",
    "name.": "<http://schema.org/name.>",
    "-x": "<http://schema.org/-x>",
    "x/y": "<http://schema.org/x/y>",
    "a:b": "<http://schema.org/a:b>",
    "a%20b": "<http://schema.org/a%20b>",
    "a~b": "<http://schema.org/a~b>",
}


def odd_dataset() -> Dataset:
    ds = Dataset()
    for prefix, ns in PREFIXES.items():  # as graph.py binds them
        ds.bind(prefix, ns, override=True, replace=True)
    ds.bind("id", DEFAULT_BASE)
    g = ds.graph(ODD_GRAPH)
    for text in ODD_TEXTS:
        g.add((ODD, SCHEMA.text, Literal(text)))
    g.add((ODD, SCHEMA.name, Literal('„Ölmühle“ <b> "x" \\', lang="de")))
    g.add((ODD, SCHEMA.size, Literal(5)))
    g.add((ODD, SCHEMA.price, Literal("5.0", datatype=namespace.XSD.decimal)))
    g.add((ODD, SCHEMA.startDate, Literal(dt.date(2018, 4, 12))))
    g.add((ODD, SCHEMA.url, URIRef(BAD_IRI)))
    for local in LOCALS:
        g.add((ODD, SCHEMA.about, URIRef(f"{SCHEMA}{local}")))
    ds.default_graph.add((ODD, namespace.RDF.type, SCHEMA.Thing))
    ds.default_graph.add((ODD_GRAPH, SCHEMA.about, ODD))
    return ds


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    path = tmp_path_factory.mktemp("hostile") / "hostile.md"
    path.write_text(HOSTILE, encoding="utf-8")
    return build([path], options=BuildOptions(validate=False, view=False))


@pytest.fixture(scope="module", params=["seed", "hostile", "odd"])
def case(
    request: pytest.FixtureRequest,
    seed_build: BuildResult,
    hostile_build: BuildResult,
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Quads, Path]:
    """The quads a dump must hold (unsafe IRIs percent-encoded), and the folder holding the dumps."""
    ds = {"seed": seed_build.dataset, "hostile": hostile_build.dataset, "odd": odd_dataset()}[request.param]
    out = tmp_path_factory.mktemp(request.param)
    write_dumps(ds, out)
    encoded = {HOSTILE_SOURCE: ENCODED_SOURCE, URIRef(BAD_IRI): URIRef(BAD_IRI_ENCODED)}
    return {(s, p, encoded.get(o, o), g) for s, p, o, g in quads_of(ds)}, out


def quads_of(ds: Dataset) -> Quads:
    default = (None, DATASET_DEFAULT_GRAPH_ID)
    return {(s, p, o, "" if g in default else str(g)) for s, p, o, g in ds.quads((None, None, None, None))}


def triples_of(quads: Quads) -> set[tuple[Node, Node, Node]]:
    return {(s, p, o) for s, p, o, _ in quads}


@pytest.mark.parametrize(
    ("name", "fmt"), [("iqgraph.trig", "trig"), ("iqgraph.nq", "nquads"), ("iqgraph.jsonld", "json-ld")]
)
def test_rdflib_reads_each_dataset_dump_back(case: tuple[Quads, Path], name: str, fmt: str) -> None:
    expected, out = case
    read = Dataset()
    read.parse(out / name, format=fmt)
    assert quads_of(read) == expected


def test_rdflib_reads_the_merged_turtle_back(case: tuple[Quads, Path]) -> None:
    expected, out = case
    assert set(Graph().parse(out / "iqgraph.ttl", format="turtle")) == triples_of(expected)


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("iqgraph.trig", ox.RdfFormat.TRIG),
        ("iqgraph.nq", ox.RdfFormat.N_QUADS),
        ("iqgraph.jsonld", ox.RdfFormat.JSON_LD),  # a strict JSON-LD 1.1 reader: default graph stays default
    ],
)
def test_oxigraph_reads_each_dataset_dump_back(
    case: tuple[Quads, Path], name: str, fmt: ox.RdfFormat
) -> None:
    expected, out = case
    read = {
        (_term(q.subject), _term(q.predicate), _term(q.object), _graph(q.graph_name))
        for q in ox.parse(path=out / name, format=fmt)
    }
    assert read == expected


def test_oxigraph_reads_the_merged_turtle_back(case: tuple[Quads, Path]) -> None:
    expected, out = case
    read = {
        (_term(t.subject), _term(t.predicate), _term(t.object))
        for t in ox.parse(path=out / "iqgraph.ttl", format=ox.RdfFormat.TURTLE)
    }
    assert read == triples_of(expected)


def _term(term: object) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    assert isinstance(term, ox.Literal), term  # the datasets have no blank nodes
    if term.language:
        return Literal(term.value, lang=term.language)
    plain = term.datatype == ox.NamedNode(str(namespace.XSD.string))
    return Literal(term.value) if plain else Literal(term.value, datatype=URIRef(term.datatype.value))


def _graph(name: object) -> str:
    return "" if isinstance(name, ox.DefaultGraph) else str(_term(name))


def test_nquads_are_sorted_lines_one_per_quad(case: tuple[Quads, Path]) -> None:
    expected, out = case
    lines = (out / "iqgraph.nq").read_text(encoding="utf-8").splitlines()  # splits at U+2028 and U+0085 too
    assert lines == sorted(lines) and len(lines) == len(expected)
    assert all(re.fullmatch(r"\S+ <\S+> .+ \.", line) and "  " not in line[-4:] for line in lines)


def test_trig_has_the_default_graph_first_then_named_graphs_by_iri(case: tuple[Quads, Path]) -> None:
    _, out = case
    lines = (out / "iqgraph.trig").read_text(encoding="utf-8").splitlines()
    opened = [n for n, line in enumerate(lines) if line.endswith(" {")]
    graphs = [lines[n] for n in opened]
    assert graphs == sorted(graphs) and len(graphs) == len(set(graphs)) > 0
    prefixes = [line for line in lines[: opened[0]] if line.startswith("@prefix")]
    assert prefixes == sorted(prefixes)
    assert any(line and not line.startswith("@prefix") for line in lines[: opened[0]])  # default graph
    assert all(
        not line or line == "}" or line.startswith("    ") or n in opened
        for n, line in enumerate(lines)
        if n > opened[0]
    )


def test_jsonld_is_what_json_dumps_writes_with_sorted_keys(case: tuple[Quads, Path]) -> None:
    _, out = case
    text = (out / "iqgraph.jsonld").read_text(encoding="utf-8")
    document = json.loads(text)
    assert json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n" == text
    context = document["@context"]
    assert set(USUAL_PREFIXES) <= set(context) and context["id"] == DEFAULT_BASE
    ids = [node["@id"] for node in document["@graph"]]
    assert ids and all(not i.startswith(DEFAULT_BASE) for i in ids)  # compact: id:…


def test_literals_keep_every_character_escaped_on_one_line(tmp_path: Path) -> None:
    write_dumps(odd_dataset(), tmp_path)
    nq = (tmp_path / "iqgraph.nq").read_text(encoding="utf-8")
    for raw, escaped in [
        ("\u2028", "\\u2028"),
        ("\x85", "\\u0085"),
        ("\x00", "\\u0000"),
        ("\r", "\\r"),
        ("\t", "\\t"),
    ]:
        assert raw not in nq and escaped in nq
    assert '"ends in a backslash \\\\"' in nq and '"looks tagged\\"@de"' in nq
    for name in ("iqgraph.trig", "iqgraph.ttl"):
        assert "\u2028" not in (tmp_path / name).read_text(encoding="utf-8")
    assert f"<{BAD_IRI_ENCODED}>" in nq
    assert '"5"^^xsd:integer' in (tmp_path / "iqgraph.ttl").read_text(encoding="utf-8")


def test_prefixed_names_only_where_turtle_reads_a_name(tmp_path: Path) -> None:
    write_dumps(odd_dataset(), tmp_path)
    for name in ("iqgraph.trig", "iqgraph.ttl"):
        tokens = {token.removesuffix(",") for token in (tmp_path / name).read_text(encoding="utf-8").split()}
        for local, written in LOCALS.items():
            assert written in tokens, (name, written)
            assert written.startswith("schema:") or f"schema:{local}" not in tokens, (name, local)
        assert "id:thing" in tokens and "id:graph/odd" not in tokens
    assert f"<{ODD_GRAPH}>" in (tmp_path / "iqgraph.trig").read_text(encoding="utf-8")


def test_the_store_loads_the_nquads_dump(tmp_path: Path) -> None:
    ds = odd_dataset()
    paths = write_dumps(ds, tmp_path / "a")
    (tmp_path / "b").mkdir()
    url = ox.Quad(
        ox.NamedNode(str(ODD)),
        ox.NamedNode(str(SCHEMA.url)),
        ox.NamedNode(BAD_IRI_ENCODED),
        ox.NamedNode(str(ODD_GRAPH)),
    )
    for out, nquads in [(tmp_path / "a", paths["nquads"]), (tmp_path / "b", None)]:
        write_store(ds, out, nquads)
    for out in ("a", "b"):
        store = ox.Store.read_only(str(tmp_path / out / "store"))
        assert len(store) == len(quads_of(ds)) and url in store
    assert [p.name for p in (tmp_path / "b").iterdir()] == ["store"]  # its scratch N-Quads are gone


def test_same_input_gives_the_same_bytes_whatever_the_hash_seed(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    (tmp_path / "in" / SEED.name).write_bytes(SEED.read_bytes())
    code = (
        "import sys, iqgraph\n"
        "iqgraph.build([sys.argv[1]], sys.argv[2], iqgraph.BuildOptions(validate=False, view=False))"
    )
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-c", code, str(tmp_path / "in"), str(tmp_path / seed)],
            check=True,
            env=env,
            cwd=REPO,
        )
    for name in ("iqgraph.trig", "iqgraph.ttl", "iqgraph.nq", "iqgraph.jsonld"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name


def test_the_forked_writer_gives_the_bytes_of_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from iqgraph.rdf import dumps

    ds = odd_dataset()
    write_dumps(ds, tmp_path / "forked")
    monkeypatch.setattr(dumps, "_forked", lambda work: None)  # as on a system without fork
    write_dumps(ds, tmp_path / "one")
    for name in DUMP_NAMES.values():
        assert (tmp_path / "forked" / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name


@pytest.mark.skipif(sys.platform != "linux", reason="the Turtle and JSON-LD dumps are forked only on Linux")
def test_a_failure_in_the_forked_writer_is_reported_as_the_dumps_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from iqgraph.rdf import dumps

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(dumps, "_write_turtle_and_jsonld", disk_full)  # runs in the forked child
    with pytest.raises(OutputError, match="cannot write the dumps to .*: No space left on device"):
        write_dumps(odd_dataset(), tmp_path)


def test_a_dump_cut_off_by_an_error_leaves_the_previous_one_and_no_temporary(tmp_path: Path) -> None:
    from iqgraph.rdf import dumps

    target = tmp_path / "iqgraph.nq"
    target.write_text("the previous dump\n", encoding="utf-8")

    def cut_off() -> Iterator[str]:
        yield "a first line\n"
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        dumps._write(target, cut_off())
    assert target.read_text(encoding="utf-8") == "the previous dump\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["iqgraph.nq"]
