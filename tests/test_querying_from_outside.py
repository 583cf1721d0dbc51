"""README's "Querying from outside": a plain SPARQLWrapper client against `iqgraph serve` gets each fact
once, and the README's examples run as printed."""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from conftest import REPO, SEED
from iqgraph.pipeline import BuildOptions, build
from iqgraph.store.remote import ServerProcess, serve

README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    out = tmp_path_factory.mktemp("outside") / "out"
    assert not build([SEED], out, BuildOptions(validate=False, view=False)).report.failed
    with serve(out) as running:
        yield running


def ask(server: ServerProcess, query: str) -> list[dict[str, str]]:
    """What a plain SPARQLWrapper client gets: each row as {variable: value}."""
    sparql = SPARQLWrapper(server.url)
    sparql.setReturnFormat(JSON)
    sparql.setQuery(query)
    bindings = sparql.queryAndConvert()["results"]["bindings"]  # type: ignore[index, call-overload]
    return [{name: cell["value"] for name, cell in row.items()} for row in bindings]


def section(title: str) -> str:
    start = README.index(title)
    return README[start : README.index("\n#", start + len(title))]


def blocks(text: str, language: str = "") -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", text, re.DOTALL)


PREFIXES = blocks(section("### Querying from outside"), "sparql")[0]


def test_each_ministry_once(server: ServerProcess) -> None:
    rows = ask(server, PREFIXES + "SELECT ?m WHERE { ?m a iq:Ministry }")
    ministries = [row["m"] for row in rows]
    assert len(ministries) == len(set(ministries)) == 2


def test_a_name_matches_with_its_language_tag(server: ServerProcess) -> None:
    tagged = ask(server, PREFIXES + 'SELECT ?p WHERE { ?p rdfs:label "Alev Deniz"@de }')
    plain = ask(server, PREFIXES + 'SELECT ?p WHERE { ?p rdfs:label "Alev Deniz" }')
    assert [row["p"] for row in tagged] == ["https://w3id.org/iqgraph/id/person/alev-deniz"] and plain == []


def test_the_readme_example_of_provenance_gives_each_sentence_once(server: ServerProcess) -> None:
    [example] = blocks(section("### Graphs: each fact once"), "sparql")
    rows = ask(server, example)
    assert rows and len({tuple(sorted(r.items())) for r in rows}) == len(rows)
    assert any("Bundesministeriums für Arbeit und Soziales (BMAS)" in r["sentence"] for r in rows)


def test_the_readme_script_prints_what_the_readme_says(server: ServerProcess) -> None:
    found = re.search(
        r"```python\n(.*?)```\n\n```\n(.*?)```", section("### Querying from outside"), re.DOTALL
    )
    assert found, "the script and, below it, what it prints"
    script, printed = found.group(1).replace("http://127.0.0.1:7878/query", server.url), found.group(2)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(script, "README.md", "exec"), {})  # noqa: S102 (the README's own example)
    assert out.getvalue() == printed


def test_a_named_query_file_runs_as_it_is(server: ServerProcess) -> None:
    text = (REPO / "queries" / "officials.rq").read_text(encoding="utf-8")
    rows = ask(server, text)
    assert {(r["personName"], r["role"]) for r in rows} >= {("Alev Deniz", "Leiterin")}
