"""The table of ties (network/table.py): rows, German and English wording, CSV a spreadsheet reads, an HTML page
that shows release text as text."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx

from iqgraph.network.table import CSV_BOM, HEADERS, period, render_csv, render_table_html, ties, write_table

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"> & "Zitat"'
SEED_IRI = "https://w3id.org/iqgraph/id/release/000-seed"
BERLIN_IRI = "https://w3id.org/iqgraph/id/release/031-berlin"


def evidence(release: str, title: str, date: str, sentence: str) -> dict[str, str]:
    return {"release": release, "title": title, "date": date, "sentence": sentence}


def network(berlin: str = "IQ Landesnetzwerk Berlin") -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for node, label, kind in (
        ("p", "Integration durch Qualifizierung", "Programme"),
        ("m", "Bundesministerium für Arbeit und Soziales", "Ministry"),
        ("b", berlin, "StateNetwork"),
        ("s", "Senatsverwaltung für Integration", "Agency"),
        ("a", "Alev Deniz", "Person"),
        ("e", "Empfang", "Event"),
    ):
        g.add_node(node, label=label, type=kind)

    def add(
        s: str, o: str, relation: str, label: str, items: list[dict[str, str]], span: tuple[Any, Any]
    ) -> None:
        key = f"role:{label}" if relation == "role" else relation
        g.add_edge(s, o, key=key, relation=relation, label=label, evidence=items, first=span[0], last=span[1])

    seed_says = evidence(SEED_IRI, "Pressemitteilung 5/17", "2017-09", "Das IQ Landesnetzwerk Berlin …")
    add(
        "b",
        "p",
        "partOf",
        "part of",
        [seed_says, {**seed_says, "sentence": "another sentence"}],
        ("2017-09-01", "2017-09-30"),
    )
    add(
        "p",
        "m",
        "fundedBy",
        "funded by",
        [{"source": "https://www.netzwerk-iq.de/"}, seed_says],
        ("2005-01-01", None),
    )
    add(
        "b",
        "s",
        "hostedBy",
        "hosted by",
        [evidence(BERLIN_IRI, "Selbstdarstellung", "2012", "…")],
        ("2012-01-01", "2017-12-31"),
    )
    add("a", "b", "role", "Leiterin", [seed_says], ("2017-09-01", "2017-09-30"))
    add("a", "e", "speakerAt", "speaker at", [seed_says], ("2017-09-01", "2017-09-30"))
    add("e", "b", "organisedBy", "organised by", [], (None, None))
    return g


def test_one_row_per_organisational_tie_in_a_fixed_order() -> None:
    rows = ties(network())
    assert [(r.subject, r.relation, r.object) for r in rows] == [
        ("Integration durch Qualifizierung", "gefördert von", "Bundesministerium für Arbeit und Soziales"),
        ("IQ Landesnetzwerk Berlin", "Teil von", "Integration durch Qualifizierung"),
        ("IQ Landesnetzwerk Berlin", "angesiedelt bei", "Senatsverwaltung für Integration"),
        ("Alev Deniz", "Funktion: Leiterin", "IQ Landesnetzwerk Berlin"),
    ]  # speaker at and organised by are the view's, not a report's
    funded = rows[0]
    assert (funded.subject_type, funded.object_type) == ("Förderprogramm", "Ministerium")
    assert funded.sources == 2 and funded.references == ("https://www.netzwerk-iq.de/",)
    assert funded.releases == (("Pressemitteilung 5/17 (2017-09)", SEED_IRI),)
    assert rows[1].sources == 1  # two sentences of one release are one source


def test_periods_read_as_a_reader_says_them() -> None:
    rows = ties(network())
    assert [period(r, "de") for r in rows] == [
        "seit 2005-01-01",
        "2017-09-01 – 2017-09-30",
        "2012-01-01 – 2017-12-31",
        "2017-09-01 – 2017-09-30",
    ]
    assert period(rows[0], "en") == "since 2005-01-01"
    undated = ties(network())[0].__class__(**{**rows[0].__dict__, "first": None, "ongoing": False})
    assert period(undated, "de") == "ohne Datum"


def test_english_labels() -> None:
    rows = ties(network(), "en")
    assert [r.relation for r in rows] == ["funded by", "part of", "hosted by", "role: Leiterin"]
    assert rows[0].subject_type == "programme"


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_csv_reads_back_in_a_spreadsheet_reader(tmp_path: Path) -> None:
    path = write_table(network(), tmp_path / "ties.csv", "csv", "Titel")
    assert path.read_bytes().startswith(CSV_BOM.encode("utf-8"))
    rows = read_csv(path)
    assert rows[0] == list(HEADERS["de"])
    assert len(rows) == 5
    funded = dict(zip(rows[0], rows[1], strict=True))
    assert funded["Beziehung"] == "gefördert von" and funded["erstmals belegt"] == "2005-01-01"
    assert funded["zuletzt belegt"] == "laufend" and funded["Quellen"] == "2"
    assert funded["Quellen-IRIs"].split("\n") == [SEED_IRI, "https://www.netzwerk-iq.de/"]
    hosted = dict(zip(rows[0], rows[3], strict=True))
    assert hosted["zuletzt belegt"] == "2017-12-31"


def test_csv_keeps_hostile_text_as_data() -> None:
    rows = list(csv.reader(io.StringIO(render_csv(ties(network(HOSTILE), "en"), "en"))))
    assert rows[2][:4] == [HOSTILE, "state network", "part of", "Integration durch Qualifizierung"]


def test_csv_cells_never_start_a_spreadsheet_formula() -> None:
    formula = '=HYPERLINK("http://example.org","klick")'
    rows = list(csv.reader(io.StringIO(render_csv(ties(network(formula))))))
    assert rows[2][0] == "'" + formula  # shown as text by Excel and LibreOffice, not run
    assert rows[1][0] == "Integration durch Qualifizierung"


class _Page(HTMLParser):
    """What a browser would make of the page: its elements, attributes and text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.cells: list[str] = []
        self._in_cell = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += attrs
        if tag == "td":
            self._in_cell = True
            self.cells.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_cell = self._in_cell and tag != "td"

    def handle_data(self, data: str) -> None:
        if self._in_cell:
            self.cells[-1] += data


def parse(text: str) -> _Page:
    page = _Page()
    page.feed(text)
    return page


def test_html_table_shows_hostile_text_as_text_and_loads_nothing() -> None:
    text = render_table_html(ties(network(HOSTILE)), f"Netz {HOSTILE}", "de")
    page = parse(text)
    assert "script" not in page.tags and "img" not in page.tags
    assert not [a for a, _ in page.attributes if a.startswith("on")]
    assert HOSTILE + "Landesnetzwerk" in page.cells  # the name, and its type under it
    assert "default-src 'none'; style-src 'sha256-" in text
    assert page.tags.count("tr") == 5 and page.tags.count("th") == 6
    for header in (
        "Subjekt",
        "Beziehung",
        "Objekt",
        "Zeitraum",
        "Quellen",
        "Pressemitteilungen, Referenzquellen",
    ):
        assert f"<th>{header}</th>" in text
    assert ("href", "https://www.netzwerk-iq.de/") in page.attributes


def test_only_web_addresses_become_links() -> None:
    g = network()
    g.edges["p", "m", "fundedBy"]["evidence"] = [{"source": "javascript:alert(1)"}]
    page = parse(render_table_html(ties(g), "Titel"))
    assert "a" not in page.tags
    assert "javascript:alert(1)" in page.cells


def test_the_same_network_gives_the_same_files(tmp_path: Path) -> None:
    for fmt in ("csv", "table"):
        first = write_table(network(), tmp_path / f"a.{fmt}", fmt, "Titel").read_bytes()
        shuffled = nx.MultiDiGraph()
        g = network()
        shuffled.add_nodes_from(reversed(list(g.nodes(data=True))))
        shuffled.add_edges_from(reversed(list(g.edges(keys=True, data=True))))
        assert write_table(shuffled, tmp_path / f"b.{fmt}", fmt, "Titel").read_bytes() == first
