"""`iqgraph view --format png|svg|pdf|table|csv` on real builds: the shipped release and the dev corpus.

What a press officer checks: the picture holds the programme and every state network, opens as an image of
the expected size, and the table lists each tie the store holds, once.
"""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from test_picture import node_texts, png_size, svg_size_in_points

from conftest import DEV_CORPUS, SEED, needs_graphviz
from iqgraph.cli import main
from iqgraph.network.from_store import load_network
from iqgraph.network.page_text import relation_label
from iqgraph.network.picture import PNG_DPI
from iqgraph.network.table import TABLE_RELATIONS
from iqgraph.pipeline import BuildOptions, build
from iqgraph.store.embedded import LocalStore

PROGRAMME = "Integration durch Qualifizierung"


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seed") / "out"
    build([SEED], out, BuildOptions(validate=False, view=False))
    return out


@pytest.fixture(scope="module")
def dev_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not DEV_CORPUS.is_dir():
        pytest.skip(f"the dev corpus is not here ({DEV_CORPUS}); it lives outside the repository")
    out = tmp_path_factory.mktemp("dev") / "out"
    build([DEV_CORPUS], out, BuildOptions(validate=False, view=False))
    return out


def view(out: Path, *args: str) -> Path:
    result = CliRunner().invoke(main, ["view", "--store", str(out), *args])
    assert result.exit_code == 0, result.output
    return Path(result.output.rsplit(" -> ", 1)[-1].strip())


def state_networks(out: Path) -> set[str]:
    g = load_network(LocalStore(out))
    return {d["label"] for _, d in g.nodes(data=True) if d["type"] == "StateNetwork"}


def store_ties(out: Path, types: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    """The table's ties as the store holds them: subject, relation, object (between `types`, if given)."""
    g: nx.MultiDiGraph = load_network(LocalStore(out))
    chosen = {n for n, t in g.nodes(data="type") if t in types or not types}
    return sorted(
        (g.nodes[s]["label"], relation_label(d, "de"), g.nodes[o]["label"])
        for s, o, d in g.edges(data=True)
        if d["relation"] in TABLE_RELATIONS and {s, o} <= chosen
    )


def csv_ties(path: Path) -> list[tuple[str, str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    return sorted((r["Subjekt"], r["Beziehung"], r["Objekt"]) for r in rows)


@needs_graphviz
@pytest.mark.parametrize("build_name", ["seed_out", "dev_out"])
def test_the_overview_picture_holds_the_programme_and_every_state_network(
    build_name: str, request: pytest.FixtureRequest
) -> None:
    out: Path = request.getfixturevalue(build_name)
    svg = view(out, "--format", "svg")
    assert svg == out / "iqgraph.svg"
    drawn = set(node_texts(svg.read_bytes()))
    assert PROGRAMME in drawn
    assert state_networks(out) <= drawn and state_networks(out)
    texts = [t.text for t in ET.parse(svg).getroot().iter("{http://www.w3.org/2000/svg}text")]
    assert "IQ-Förderstruktur" in texts and "Landesnetzwerk" in texts and "Förderprogramm" in texts
    assert "Person" not in texts  # the overview leaves persons out
    png = view(out, "--format", "png")
    width_pt, height_pt = svg_size_in_points(svg.read_bytes())
    assert png_size(png.read_bytes()) == pytest.approx(
        (width_pt * PNG_DPI / 72, height_pt * PNG_DPI / 72), abs=2
    )


@needs_graphviz
def test_pictures_are_the_same_for_the_same_build(dev_out: Path, tmp_path: Path) -> None:
    first = view(dev_out, "--format", "svg", "-o", str(tmp_path / "a.svg")).read_bytes()
    assert view(dev_out, "--format", "svg", "-o", str(tmp_path / "b.svg")).read_bytes() == first


@needs_graphviz
def test_a_focused_picture_in_english_as_pdf(seed_out: Path, tmp_path: Path) -> None:
    svg = view(seed_out, "--format", "svg", "--lang", "en", "--focus", "Alev Deniz", "--depth", "1")
    drawn = set(node_texts(svg.read_bytes()))
    assert {"Alev Deniz", "IQ Landesnetzwerk Berlin"} <= drawn  # a focus shows persons
    texts = {t.text for t in ET.parse(svg).getroot().iter("{http://www.w3.org/2000/svg}text")}
    assert "IQ funding network around Alev Deniz (1 hop)" in texts and "person" in texts
    pdf = view(seed_out, "--format", "pdf", "-o", str(tmp_path / "seed.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("build_name", ["seed_out", "dev_out"])
def test_the_csv_lists_each_tie_the_store_holds(build_name: str, request: pytest.FixtureRequest) -> None:
    out: Path = request.getfixturevalue(build_name)
    path = view(out, "--format", "csv")
    assert path == out / "iqgraph-ties.csv"
    assert csv_ties(path) == store_ties(out) and csv_ties(path)
    assert (PROGRAMME, "gefördert von", "Bundesministerium für Arbeit und Soziales") in csv_ties(path)


def test_the_html_table_of_a_network(seed_out: Path) -> None:
    types = ("Programme", "Ministry", "StateNetwork")
    page = view(seed_out, "--format", "table", "--types", ",".join(types)).read_text("utf-8")
    assert "<th>Beziehung</th>" in page and "gefördert von" in page and "Teil von" in page
    assert "<script" not in page
    assert page.count("<tr>") == 1 + len(store_ties(seed_out, types)) > 3


def test_without_graphviz_the_picture_says_what_to_install(
    seed_out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", "")
    result = CliRunner().invoke(
        main, ["view", "--store", str(seed_out), "--format", "png", "-o", str(tmp_path / "x.png")]
    )
    assert result.exit_code == 2
    assert "`dot`" in result.output and "apt-get install graphviz" in result.output
    assert not (tmp_path / "x.png").exists()
