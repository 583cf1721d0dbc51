"""`iqgraph query` on the embedded store of a build: named queries, files, text, formats, read-only."""

from __future__ import annotations

import csv
import http.server
import io
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SEED
from iqgraph.cli import main
from iqgraph.pipeline import BuildOptions, build


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("build")
    build([SEED], folder, BuildOptions(validate=False))
    return folder


def query(out: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["query", "--store", str(out), *args])
    return result.exit_code, result.stdout, result.stderr


def test_build_writes_the_embedded_store(out: Path) -> None:
    assert (out / "store").is_dir()
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["outputs"]["store"] == "store/"


def test_listing_names_every_query_with_its_parameters(out: Path) -> None:
    code, text, _ = query(out)
    assert code == 0
    assert "which-sentence-says: Which sentence says it?" in text
    assert "--param predicate=" in text


def test_query_text_with_predeclared_prefixes_as_csv(out: Path) -> None:
    code, text, _ = query(
        out, "--format", "csv", "SELECT DISTINCT ?n WHERE { ?p a iq:Person ; rdfs:label ?n } ORDER BY ?n"
    )
    assert code == 0
    assert list(csv.reader(io.StringIO(text))) == [["n"], ["Alev Deniz"], ["Elke Breitenbach"]]


def test_named_query_with_a_prefixed_iri_parameter_as_sparql_json(out: Path) -> None:
    code, text, _ = query(
        out, "which-sentence-says", "--param", "predicate=iq:implementationPartner", "--format", "json"
    )
    assert code == 0, text
    data = json.loads(text)
    objects = {b["object"]["value"] for b in data["results"]["bindings"]}
    assert objects == {"Bundesministerium für Bildung und Forschung", "Bundesagentur für Arbeit"}


def test_a_query_file_as_tsv_and_table(out: Path, tmp_path: Path) -> None:
    path = tmp_path / "mine.rq"
    path.write_text("SELECT ?d WHERE { ?e a iq:Event ; schema:startDate ?d }\n", encoding="utf-8")
    code, text, _ = query(out, str(path), "--format", "tsv")
    assert (code, text) == (0, '?d\n"2017-09-21"^^<http://www.w3.org/2001/XMLSchema#date>\n')
    code, text, _ = query(out, str(path), "--format", "table")
    assert text.splitlines() == ["d", "----------", "2017-09-21", "(1 row)"]


def test_construct_gives_turtle(out: Path) -> None:
    code, text, _ = query(out, "--format", "turtle", "CONSTRUCT { ?p a iq:Person } WHERE { ?p a iq:Person }")
    assert code == 0 and "iq:Person" in text


def test_updates_are_refused_and_the_store_is_unchanged(out: Path) -> None:
    code, _, err = query(out, "INSERT DATA { iq:x iq:y iq:z }")
    assert code == 2 and "only reads" in err
    code, text, _ = query(out, "--format", "csv", "ASK { iq:x iq:y iq:z }")
    assert text.strip() == "false"


def test_a_hostile_parameter_value_names_nothing_and_changes_nothing(out: Path) -> None:
    code, _, err = query(out, "role-timeline", "--param", 'person=x" } ; DROP ALL ; #', "--format", "csv")
    assert code == 2 and err.startswith("error: person: no Person is called 'x\" } ; DROP ALL ; #'")
    code, text, _ = query(out, "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(text.splitlines()[1]) > 100


@pytest.mark.parametrize("typed", ["Alev Deniz", "alev deniz", "ALEV DENIZ", "Deniz", "alev-deniz"])
def test_a_name_as_people_type_it_finds_the_entity_and_says_which(out: Path, typed: str) -> None:
    code, text, err = query(out, "officials", "--param", f"person={typed}", "--format", "csv")
    assert code == 0 and text.splitlines()[1].startswith("Alev Deniz,Leiterin,IQ Landesnetzwerk Berlin,")
    assert err == f'person "{typed}": Alev Deniz <https://w3id.org/iqgraph/id/person/alev-deniz>\n'


def test_an_unknown_name_gets_did_you_mean(out: Path) -> None:
    code, _, err = query(out, "officials", "--param", "person=Alev Denis")
    assert code == 2
    assert err == "error: person: no Person is called 'Alev Denis'; did you mean 'Alev Deniz'?\n"


def test_a_name_that_fits_several_entities_lists_them(out: Path) -> None:
    code, _, err = query(out, "about", "--param", "entity=landesnetzwerks berlin")
    assert code == 2 and err.startswith("error: entity: 'landesnetzwerks berlin' fits 2: ")
    assert "Empfang des IQ Landesnetzwerks Berlin (Event)" in err and err.endswith("give more of the name\n")


def test_a_long_answer_comes_a_page_at_a_time_with_how_many_rows_follow(out: Path) -> None:
    code, text, err = query(out, "which-sentence-says", "--format", "csv", "--limit", "2")
    total = len(query(out, "which-sentence-says", "--format", "csv", "--limit", "0")[1].splitlines()) - 1
    assert code == 0 and len(text.splitlines()) == 3
    assert err == f"{total - 2:,} more rows: --offset 2 for the next page, --limit 0 for all\n"
    code, text, err = query(out, "which-sentence-says", "--format", "csv", "--limit", "2", "--offset", "2")
    assert len(text.splitlines()) == 3 and f"{total - 4:,} more rows: --offset 4" in err
    code, text, err = query(out, "which-sentence-says", "--format", "csv", "--offset", str(total - 1))
    assert len(text.splitlines()) == 2 and err == ""


def test_table_cells_are_wrapped_not_cut_unless_wide(out: Path) -> None:
    args = ["which-sentence-says", "--param", "predicate=fundedBy", "--format", "table"]
    _, text, _ = query(out, *args)
    sentence = (
        "Das Programm wird aus den Mitteln des Bundesministeriums für Arbeit und Soziales (BMAS) gefördert."
    )
    assert "…" not in text and sentence not in text
    assert all(word in text for word in sentence.split())
    _, wide, _ = query(out, *args, "--wide")
    assert sentence in wide


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["no-such-query"], "no named query 'no-such-query'"),
        (["role-timeline", "--param", "nobody=1"], "has no parameter nobody"),
        (["SELECT ?x WHERE { ?x"], "not valid SPARQL"),
        (["--format", "turtle", "SELECT ?x WHERE { ?x ?y ?z }"], "CONSTRUCT and DESCRIBE"),
        (
            ["quotes", "--param", "person=<http://example.org/a#b#c>"],
            "'http://example.org/a#b#c' is not an absolute IRI",
        ),
        (["quotes", "--param", "person=<relative/path>"], "is not an absolute IRI"),
        (["quotes", "--param", "person=http://example.org/a[1]"], "is not an absolute IRI"),
    ],
)
def test_errors_are_one_readable_line(out: Path, args: list[str], message: str) -> None:
    code, _, err = query(out, *args)
    assert code == 2 and message in err and "Traceback" not in err


def test_no_build_yet_says_what_to_do(tmp_path: Path) -> None:
    code, _, err = query(tmp_path / "nothing", "ASK { ?s ?p ?o }")
    assert code == 2 and "iqgraph build" in err


@pytest.fixture
def listener() -> Iterator[tuple[str, list[str]]]:
    """A web server on 127.0.0.1 that records each request it gets and answers with nonsense."""
    seen: list[str] = []

    class Record(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
            seen.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"not a SPARQL answer")

        do_POST = do_GET  # noqa: N815

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Record)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql", seen
    finally:
        server.shutdown()
        server.server_close()


def test_service_is_refused_unless_allowed_and_then_a_bad_answer_is_one_line(
    out: Path, listener: tuple[str, list[str]]
) -> None:
    url, seen = listener
    text = f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"
    code, _, err = query(out, text)
    assert code == 2 and "calls SERVICE" in err and "--allow-service" in err
    assert seen == []  # no request left this machine's query
    code, _, err = query(out, "--allow-service", text)
    assert seen, "with --allow-service the query reaches the server it names"
    assert code == 2 and err.startswith("error: the query failed") and "Traceback" not in err


def test_a_query_past_its_timeout_stops_the_command(out: Path) -> None:
    cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # hundreds of millions of rows
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", "from iqgraph.cli import main; main()", "query", "--store", str(out)]
        + ["--timeout", "0.5", cross],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "did not finish within 0.5 s" in done.stderr
    assert time.perf_counter() - start < 15  # start-up and the message, not the query's own time
