"""Network pictures (network/picture.py): the DOT we write, its escaping, the overview, the legend, and what
Graphviz draws from it (SVG, PNG, PDF). The drawing tests need Debian's Graphviz (see conftest.needs_graphviz).
"""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from typing import Any

import networkx as nx
import pytest

from conftest import load_benchmark, needs_graphviz
from iqgraph.errors import PictureError
from iqgraph.network import picture
from iqgraph.network.picture import (
    HIERARCHY_EDGE_LIMIT,
    PNG_DPI,
    PictureOptions,
    check_inert_svg,
    dot_escape,
    layout_engine,
    legend_label,
    picture_graph,
    render_picture,
    text_colour,
    to_dot,
    wrap_label,
)

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = '</text><script>alert(1)</script><img src=x onerror="alert(2)"> \\N & &amp; "Zitat"'


def tie(
    relation: str, label: str, first: str | None = "2017-01-01", last: str | None = None
) -> dict[str, Any]:
    return {"relation": relation, "label": label, "evidence": [], "first": first, "last": last}


def small_network(berlin: str = "IQ Landesnetzwerk Berlin") -> nx.MultiDiGraph:
    """The programme, its funder, two networks (Hamburg's without a tie), a subproject, a lonely
    organisation, a person with a role and an event."""
    g = nx.MultiDiGraph()
    for node, label, kind in (
        ("p", "Integration durch Qualifizierung", "Programme"),
        ("m", "Bundesministerium für Arbeit und Soziales", "Ministry"),
        ("b", berlin, "StateNetwork"),
        ("h", "IQ Netzwerk Hamburg", "StateNetwork"),
        ("s", "Anerkennungsberatung Berlin", "Subproject"),
        ("x", "Verein ohne Verbindung e.V.", "Organisation"),
        ("a", "Alev Deniz", "Person"),
        ("e", "Empfang des IQ Landesnetzwerks Berlin", "Event"),
    ):
        g.add_node(node, label=label, type=kind)
    g.add_edge("b", "p", key="partOf", **tie("partOf", "part of"))
    g.add_edge("p", "m", key="fundedBy", **tie("fundedBy", "funded by", "2005-01-01"))
    g.add_edge("s", "b", key="partOf", **tie("partOf", "part of"))
    g.add_edge("a", "b", key="role:Leiterin", **tie("role", "Leiterin"))
    g.add_edge("a", "e", key="speakerAt", **tie("speakerAt", "speaker at"))
    return g


def labels(g: nx.MultiDiGraph) -> set[str]:
    return {d["label"] for _, d in g.nodes(data=True)}


# DOT ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ('say "hi"', 'say \\"hi\\"'),
        ("C:\\N", "C:\\\\N"),  # \N would be the node's name
        ("A & B", "A &amp; B"),  # & starts an entity in a Graphviz label
        ("&lt;", "&amp;lt;"),
        ("two\nlines", "two\\nlines"),
        ("bell\x07 tab\ttext", "bell  tab text"),
        ("Förderprogramm „IQ“ – ß", "Förderprogramm „IQ“ – ß"),
    ],
)
def test_dot_escape(text: str, escaped: str) -> None:
    assert dot_escape(text) == escaped


def test_nodes_are_numbered_and_labels_stay_inside_escaped_strings() -> None:
    dot = to_dot(small_network(HOSTILE), PictureOptions(title=HOSTILE))
    node_lines = [line for line in dot.splitlines() if re.match(r"n\d+ \[", line)]
    assert len(node_lines) == 8
    pattern = re.compile(r'^n\d+ \[label="((?:[^"\\]|\\.)*)", shape="[a-z]+", fillcolor="#[0-9a-f]{6}",')
    found = [pattern.match(line) for line in node_lines]
    assert all(found), node_lines
    wrapped = dot_escape(wrap_label(HOSTILE))
    assert wrapped in [m.group(1) for m in found if m]
    assert dot.count("alert(1)") == 2  # the node's label and the (HTML-escaped) title, nowhere else
    assert "<script>" not in dot.split("\n", 2)[1]  # the legend (an HTML-like label) has it escaped
    assert re.findall(r"^(n\d+) -> (n\d+)", dot, re.M) == [
        ("n0", "n1"),  # Alev Deniz -> Berlin (her role)
        ("n0", "n2"),  # -> the event
        ("n1", "n5"),  # Berlin -> the programme
        ("n5", "n4"),  # the programme -> its ministry
        ("n6", "n1"),  # the subproject -> Berlin
    ]


def test_the_overview_leaves_out_details_and_counts_what_has_no_tie() -> None:
    shown, untied = picture_graph(small_network(), overview=True)
    assert labels(shown) == {
        "Integration durch Qualifizierung",
        "Bundesministerium für Arbeit und Soziales",
        "IQ Landesnetzwerk Berlin",
        "IQ Netzwerk Hamburg",  # a state network is drawn even without a tie
        "Anerkennungsberatung Berlin",
    }
    assert untied == 1  # the organisation without a tie
    everything, untied = picture_graph(small_network(), overview=False)
    assert {"Alev Deniz", "Empfang des IQ Landesnetzwerks Berlin"} <= labels(everything)
    assert untied == 1


def test_a_focus_without_ties_is_still_drawn_and_stands_out() -> None:
    g = small_network()
    g.graph["focus"] = "x"
    shown, untied = picture_graph(g, overview=False)
    assert "Verein ohne Verbindung e.V." in labels(shown)
    assert untied == 0
    outlines = re.findall(
        r'^n\d+ \[label="([^"]*)".*penwidth="([\d.]+)"', to_dot(shown, PictureOptions()), re.M
    )
    assert [label for label, pen in outlines if pen == picture.FOCUS_PEN] == ["Verein ohne Verbindung e.V."]


def test_the_legend_names_the_types_and_relations_shown_in_german_or_english() -> None:
    g, _ = picture_graph(small_network(), overview=True)
    german = legend_label(g, PictureOptions(title="IQ-Fördernetzwerk"), untied=1)
    for text in ("IQ-Fördernetzwerk", "1 ohne Verbindung", "Förderprogramm", "Landesnetzwerk", "Teilprojekt"):
        assert text in german
    assert "gefördert von" in german and "Teil von" in german
    assert "Person" not in german and "Funktion" not in german  # not in the overview
    english = legend_label(small_network(), PictureOptions(lang="en"), untied=0)
    for text in ("state network", "subproject", "funded by", "part of", "speaker at", "role", "person"):
        assert text in english
    assert "Landesnetzwerk" not in english


def test_labels_are_black_or_white_whichever_reads_better() -> None:
    assert text_colour("#0b3d91") == "#ffffff"  # programme: dark blue
    assert text_colour("#17becf") == "#000000"  # coordination office: light cyan
    assert text_colour("#ffffff") == "#000000"


def test_hierarchy_for_small_networks_force_layout_for_large_ones() -> None:
    g = small_network()
    assert layout_engine(g) == "dot"
    for i in range(HIERARCHY_EDGE_LIMIT):
        g.add_edge("p", f"s{i}", key="partOf")
    assert layout_engine(g) == "sfdp"


def test_missing_graphviz_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    with pytest.raises(PictureError, match=r"`dot`.*apt-get install graphviz"):
        render_picture(small_network(), "svg", PictureOptions())


@pytest.mark.parametrize(
    "svg",
    [
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><g onclick="alert(1)"/></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink">'
        b'<a x:href="javascript:alert(1)"/></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><foreignObject/></svg>',
        b"<svg",
    ],
)
def test_an_svg_that_could_run_anything_is_refused(svg: bytes) -> None:
    with pytest.raises(PictureError):
        check_inert_svg(svg)


# Drawn by Graphviz --------------------------------------------------------------------------------------


def node_texts(svg: bytes) -> list[str]:
    """Each node's label as drawn: its text lines joined by a space."""
    root = ET.fromstring(svg)
    return [
        " ".join(t.text or "" for t in g.iter(f"{SVG}text"))
        for g in root.iter(f"{SVG}g")
        if g.get("class") == "node"
    ]


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def svg_size_in_points(svg: bytes) -> tuple[float, float]:
    root = ET.fromstring(svg)
    return float(root.get("width", "").removesuffix("pt")), float(root.get("height", "").removesuffix("pt"))


@needs_graphviz
def test_svg_shows_every_label_as_text_and_is_the_same_each_time() -> None:
    g = small_network()
    first = render_picture(g, "svg", PictureOptions(title="IQ-Fördernetzwerk"))
    assert render_picture(g, "svg", PictureOptions(title="IQ-Fördernetzwerk")) == first
    assert sorted(node_texts(first)) == sorted(labels(g) - {"Verein ohne Verbindung e.V."})


@needs_graphviz
def test_a_hostile_label_is_drawn_as_text_and_never_runs() -> None:
    svg = render_picture(small_network(HOSTILE), "svg", PictureOptions(title=HOSTILE))
    root = ET.fromstring(svg)
    assert not [e.tag for e in root.iter() if e.tag.removeprefix(SVG) in ("script", "img", "foreignObject")]
    assert not [a for e in root.iter() for a in e.attrib if a.lower().startswith("on")]
    assert " ".join(wrap_label(HOSTILE).split("\n")) in node_texts(svg)  # as written: \N, & and &amp;
    assert HOSTILE in [t.text for t in root.iter(f"{SVG}text")]  # the caption


@needs_graphviz
def test_a_large_network_is_drawn_by_the_force_layout_the_same_each_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(picture, "HIERARCHY_EDGE_LIMIT", 50)  # sfdp on a network small enough for a test
    g = load_benchmark("synthetic_network").synthetic_network(300, seed=1)
    shown, _ = picture_graph(g, overview=True)
    assert layout_engine(shown) == "sfdp"
    first = render_picture(g, "svg", PictureOptions(overview=True))
    assert render_picture(g, "svg", PictureOptions(overview=True)) == first
    assert "Integration durch Qualifizierung" in node_texts(first)


@needs_graphviz
def test_png_is_the_layout_at_96_dpi() -> None:
    g = small_network()
    width_pt, height_pt = svg_size_in_points(render_picture(g, "svg", PictureOptions()))
    width, height = png_size(render_picture(g, "png", PictureOptions()))
    assert abs(width - width_pt * PNG_DPI / 72) <= 2 and abs(height - height_pt * PNG_DPI / 72) <= 2
    assert width >= 800  # room for 14-pt labels, 19 px high


@needs_graphviz
def test_pdf_is_vector_with_its_text() -> None:
    pdf = render_picture(small_network(), "pdf", PictureOptions())
    assert pdf.startswith(b"%PDF-")
    assert b"/Font" in pdf and b"/Subtype /Image" not in pdf


@needs_graphviz
def test_graphviz_failing_is_an_error_that_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(picture, "layout_engine", lambda g: "no-such-engine")
    with pytest.raises(PictureError, match="Graphviz could not draw the picture"):
        render_picture(small_network(), "png", PictureOptions())
