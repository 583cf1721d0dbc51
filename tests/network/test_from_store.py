"""The funding network as views, stats and exports see it: nodes, ties, their sources, and the filters."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from conftest import HAMBURG_2013, SEED
from iqgraph.cli import main
from iqgraph.errors import NetworkFilterError
from iqgraph.network.analysis import federal_bodies, network_stats
from iqgraph.network.export import export_network
from iqgraph.network.from_store import NetworkFilter, apply_filter, find_node, load_network, parse_types
from iqgraph.pipeline import BuildOptions, build
from iqgraph.reference import load_reference
from iqgraph.store.embedded import LocalStore

BERLIN_NAME = "IQ Landesnetzwerk Berlin"
BMAS = "https://w3id.org/iqgraph/id/ministry/bundesministerium-fuer-arbeit-und-soziales"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("network")
    (folder / "in").mkdir()
    (folder / "in" / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "in" / "hamburg.md").write_text(HAMBURG_2013, encoding="utf-8")
    result = build([folder / "in"], folder / "out", BuildOptions(validate=False))
    assert not result.report.failed
    return folder / "out"


@pytest.fixture(scope="module")
def network(out: Path) -> nx.MultiDiGraph:
    return load_network(LocalStore(out))


def labels(g: nx.MultiDiGraph) -> set[str]:
    return {d["label"] for _, d in g.nodes(data=True)}


def ties(g: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(g.nodes[s]["label"], d["label"], g.nodes[o]["label"]) for s, o, d in g.edges(data=True)}


def test_the_network_holds_the_actors_and_ties_of_the_releases(network: nx.MultiDiGraph) -> None:
    assert {
        BERLIN_NAME,
        "Alev Deniz",
        "Elke Breitenbach",
        "IQ Netzwerk Hamburg",
        "Anerkennungsberatung Hamburg",
    } <= labels(network)
    assert network.nodes[BMAS]["type"] == "Ministry"
    assert "BMAS" in network.nodes[BMAS]["aliases"]
    assert {
        ("Integration durch Qualifizierung", "funded by", "Bundesministerium für Arbeit und Soziales"),
        ("IQ Netzwerk Hamburg", "funded by", "Bundesministerium für Arbeit und Soziales"),
        ("Anerkennungsberatung Hamburg", "part of", "IQ Netzwerk Hamburg"),
        (BERLIN_NAME, "led by", "Alev Deniz"),
        ("Alev Deniz", "Leiterin", BERLIN_NAME),
        ("Elke Breitenbach", "speaker at", "Empfang des IQ Landesnetzwerks Berlin"),
    } <= ties(network)


def test_every_release_tie_names_its_release_and_sentence(network: nx.MultiDiGraph) -> None:
    hamburg = find_node(network, "IQ Netzwerk Hamburg")
    funded = network.edges[hamburg, BMAS, "fundedBy"]
    [evidence] = funded["evidence"]
    assert evidence["title"] == "Pressemitteilung 2/13: Neues Teilprojekt im IQ Netzwerk Hamburg"
    assert evidence["date"] == "2013-05-06"
    assert "aus Mitteln des Bundesministeriums für Arbeit und Soziales" in evidence["sentence"]
    assert (funded["first"], funded["last"]) == ("2013-05-06", "2013-05-06")
    # the reference data places its networks in their Land without a statement: no release tie, no evidence
    placed_by_reference = {(e.iri, e.located_in) for e in load_reference().entities if e.located_in}
    for s, o, d in network.edges(data=True):
        assert d["evidence"] or (s, o) in placed_by_reference, f"{s} {d['relation']} {o} has no evidence"


def test_roles_quotes_and_reference_periods(network: nx.MultiDiGraph) -> None:
    alev = network.nodes[find_node(network, "Alev Deniz")]
    assert alev["roles"] == [
        {"title": "Leiterin", "organisation": BERLIN_NAME, "first": "2017-09-21", "last": "2017-09-21"}
    ]
    assert alev["quotes"][0]["text"].startswith("Das Förderprogramm IQ ist eine")
    assert alev["quotes"][0]["title"].startswith("Pressemitteilung 5/17")
    jana = network.nodes[find_node(network, "Jana Schulte")]
    assert jana["quotes"][0]["text"].startswith("Wir beraten jede Woche")
    programme = find_node(network, "Integration durch Qualifizierung")
    # the reference data says BMAS has funded IQ since 2005 and names no end: the tie is ongoing
    funds = network.edges[programme, BMAS, "fundedBy"]
    assert funds["first"] == "2005-01-01" and funds["last"] is None
    assert any("source" in e for e in funds["evidence"])
    # … and BMBF funded it 2011–2014 only
    bmbf = find_node(network, "BMBF")
    assert network.edges[programme, bmbf, "fundedBy"]["last"] == "2014-12-31"


def test_the_same_build_gives_the_same_network(out: Path, network: nx.MultiDiGraph) -> None:
    again = load_network(LocalStore(out))
    assert list(again.nodes(data=True)) == list(network.nodes(data=True))
    assert list(again.edges(keys=True, data=True)) == list(network.edges(keys=True, data=True))


def test_focus_keeps_the_neighbourhood_within_depth(network: nx.MultiDiGraph) -> None:
    one = apply_filter(network, NetworkFilter(focus="Alev Deniz", depth=1))
    assert labels(one) == {"Alev Deniz", BERLIN_NAME, "Empfang des IQ Landesnetzwerks Berlin"}
    two = apply_filter(network, NetworkFilter(focus="Alev Deniz", depth=2))
    assert labels(one) < labels(two)
    assert "IQ Netzwerk Hamburg" not in labels(two)
    assert two.graph["focus"] == find_node(network, "Alev Deniz")


def test_types_keep_only_those_classes(network: nx.MultiDiGraph) -> None:
    part = apply_filter(network, NetworkFilter(types=parse_types("ministries,Programme")))
    assert {d["type"] for _, d in part.nodes(data=True)} == {"Ministry", "Programme"}
    assert {d["relation"] for *_, d in part.edges(data=True)} <= {"fundedBy", "implementationPartner"}
    with pytest.raises(NetworkFilterError, match="unknown type 'Ministeriums'.*Ministry"):
        parse_types("Ministeriums")


def test_time_window_keeps_what_is_dated_in_it_and_what_is_ongoing(network: nx.MultiDiGraph) -> None:
    early = apply_filter(network, NetworkFilter(since=dt.date(2013, 1, 1), until=dt.date(2013, 12, 31)))
    assert "IQ Netzwerk Hamburg" in labels(early) and "Alev Deniz" not in labels(early)
    assert (
        "Integration durch Qualifizierung",
        "funded by",
        "Bundesministerium für Bildung und Forschung",
    ) in ties(early)
    late = apply_filter(network, NetworkFilter(since=dt.date(2019, 1, 1)))
    assert (
        "Integration durch Qualifizierung",
        "funded by",
        "Bundesministerium für Arbeit und Soziales",
    ) in ties(late)
    assert "Alev Deniz" not in labels(late) and "IQ Netzwerk Hamburg" not in labels(late)
    with pytest.raises(NetworkFilterError, match="after --until"):
        apply_filter(network, NetworkFilter(since=dt.date(2020, 1, 1), until=dt.date(2019, 1, 1)))


def test_find_node_by_label_alias_iri_or_part(network: nx.MultiDiGraph) -> None:
    assert find_node(network, "bmas") == BMAS
    assert find_node(network, BMAS) == BMAS
    assert find_node(network, "Anerkennungsberatung") == find_node(network, "Anerkennungsberatung Hamburg")
    with pytest.raises(NetworkFilterError, match="did you mean 'Alev Deniz'"):
        find_node(network, "Alev Denis")
    with pytest.raises(NetworkFilterError, match="names .* nodes"):
        find_node(network, "Bundesministerium")


def test_stats_rank_the_programme_and_find_the_brokers(network: nx.MultiDiGraph) -> None:
    stats = network_stats(network, top=3)
    assert stats["nodes"] == network.number_of_nodes() and stats["edges"] == network.number_of_edges()
    assert sum(stats["types"].values()) == stats["nodes"]
    assert sum(stats["relations"].values()) == stats["edges"]
    assert len(stats["degree"]) == 3
    assert stats["components"]["sizes"][0] <= stats["nodes"]
    assert sum(c["size"] for c in stats["communities"]) <= stats["nodes"]
    assert {network.nodes[n]["label"] for n in federal_bodies(network)} >= {
        "Bundesministerium für Arbeit und Soziales",
        "Bundesagentur für Arbeit",
    }
    # the only subproject hangs below the Hamburg network, which BMAS funds directly
    brokers = stats["brokers"]
    assert brokers["subprojects"] == 1 and brokers["pairs"] >= 1
    assert brokers["top"][0]["label"] == "IQ Netzwerk Hamburg" and brokers["top"][0]["value"] == 1.0


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_exports_read_back_into_gephi_and_cytoscape_tools(
    network: nx.MultiDiGraph, tmp_path: Path, fmt: str
) -> None:
    path = export_network(network, tmp_path / f"n.{fmt}", fmt)
    back = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert back.number_of_nodes() == network.number_of_nodes()
    assert back.number_of_edges() == network.number_of_edges()
    node = back.nodes[BMAS]
    assert node["label"] == "Bundesministerium für Arbeit und Soziales" and node["type"] == "Ministry"
    relations = {d["relation"] for *_, d in back.edges(data=True)}
    assert {"fundedBy", "partOf", "role"} <= relations
    again = export_network(network, tmp_path / f"again.{fmt}", fmt)
    assert path.read_bytes() == again.read_bytes()
    assert dt.date.today().isoformat().encode() not in path.read_bytes()  # no wall-clock date in the file


def test_cli_view_stats_export(out: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    page = tmp_path / "berlin.html"
    result = runner.invoke(
        main, ["view", "--store", str(out), "--focus", BERLIN_NAME, "--depth", "1", "-o", str(page)]
    )
    assert result.exit_code == 0, result.output
    assert page.is_file() and f"-> {page}" in result.stdout
    assert "IQ-Förderstruktur um IQ Landesnetzwerk Berlin (1 Schritt)" in page.read_text(encoding="utf-8")

    result = runner.invoke(
        main, ["stats", "--store", str(out), "--format", "json", "--types", "Ministry,Programme"]
    )
    assert result.exit_code == 0, result.output
    stats = json.loads(result.stdout)
    assert set(stats["types"]) == {"Ministry", "Programme"}

    result = runner.invoke(main, ["stats", "--store", str(out)])
    assert result.exit_code == 0 and "degree centrality" in result.stdout and "communities" in result.stdout

    result = runner.invoke(main, ["export", "--store", str(out), "--format", "gexf"])
    assert result.exit_code == 0, result.output
    assert (out / "iqgraph.gexf").is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--focus", "Nirgendwo"], "no node is called 'Nirgendwo'"),
        (["--types", "Ministerium"], "unknown type 'Ministerium'"),
        (["--since", "2019-13-01"], "write YYYY-MM-DD, YYYY-MM or YYYY"),
        (["--since", "2020", "--until", "2019"], "is after --until"),
    ],
)
def test_cli_filter_errors_are_clear(out: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(main, ["view", "--store", str(out), "-o", "unused.html", *args])
    assert result.exit_code == 2
    assert message in result.stderr


def test_cli_without_a_build_says_what_to_do(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["stats", "--store", str(tmp_path)])
    assert result.exit_code == 2 and "run `iqgraph build` first" in result.stderr


def test_until_a_year_or_month_runs_to_its_last_day(network: nx.MultiDiGraph, out: Path) -> None:
    result = CliRunner().invoke(
        main, ["stats", "--store", str(out), "--format", "json", "--until", "2013-05"]
    )
    assert result.exit_code == 0, result.output
    assert "Anerkennungsberatung Hamburg" in result.stdout  # dated 2013-05-06, inside "until May 2013"


@pytest.mark.parametrize("command", [["view"], ["stats"], ["export"]])
def test_network_command_help_shows_an_example(command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0 and "Example" in result.output and "--focus" in result.output
