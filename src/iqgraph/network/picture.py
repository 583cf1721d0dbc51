"""Network stage: a static picture of a network (PNG, SVG, PDF) to take away, drawn by Graphviz.

The DOT text is written here; Debian's Graphviz (`dot`, run as a subprocess) lays it out and draws it. Node
ids are numbers, never release text; labels (untrusted: they come from releases) are escaped for DOT and,
in the legend's HTML-like label, for HTML. An SVG is checked to carry no script before it is returned.
Types and relations are coloured as in the interactive view (`iqgraph.vocab`), with a legend of those shown.
"""

from __future__ import annotations

import html
import math
import re
import shutil
import subprocess
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import OutputError, PictureError
from ..vocab import CLASS, CLASSES, DETAIL_TYPES, RELATION, RELATIONS_TABLE
from .from_store import ROLE
from .page_text import Language, relation_label, type_label, word

PICTURE_FORMATS = ("png", "svg", "pdf")
GRAPHVIZ = "dot"  # the one Graphviz program run; its -K option picks the layout engine
INSTALL_HINT = "install Graphviz (Debian: apt-get install graphviz)"
# Layout engines by size, measured on the dev corpus and synthetic networks (benchmarks/picture.py): dot's
# ranks read best for the funding hierarchy and draw 2,300 ties in ~5 s, but 4,000 in 30-70 s; above, sfdp
# with straight ties (its curved ones took 70 s for 460 ties) draws 4,000 in ~5 s and 10,000 in 12-60 s.
HIERARCHY_EDGE_LIMIT = 2000
RENDER_TIMEOUT = 600  # seconds Graphviz may take before the picture is given up
PNG_DPI = 96  # 14 pt labels are 19 px high: legible without zooming
MAX_PNG_INCHES = 100  # a larger layout is scaled down to this: 9,600 px at most, not 60 MB of PNG
LABEL_WIDTH = 28  # characters per line of a wrapped node label
FONT = "DejaVu Sans"  # Debian's fonts-dejavu-core: umlauts and ß, metrics the same everywhere
FONT_SIZE = 14
HUB_FONT_SIZE = 20  # labels of nodes with many ties, so the structure reads first
HUB_DEGREE = 8
TITLE_FONT_SIZE = 24
FOCUS_PEN = "3.5"  # the --focus node's outline, so the eye finds it first
ALWAYS_SHOWN = ("StateNetwork",)  # the programme's structure: drawn even where no tie was found
ROLE_COLOUR = "#555555"  # a person's role in an organisation: not a vocabulary relation
# vis-network shapes (the vocabulary's, for the page) -> Graphviz shapes that hold a label inside
SHAPES = {
    "star": "doubleoctagon",
    "hexagon": "hexagon",
    "square": "box",
    "dot": "ellipse",
    "diamond": "octagon",
    "triangleDown": "invhouse",
    "triangle": "house",
}
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")  # tabs, CR and other controls: a space in a label
_SVG_NS = "{http://www.w3.org/2000/svg}"
_SCRIPTABLE = {"script", "foreignObject", "iframe", "object", "embed", "handler"}


@dataclass(frozen=True)
class PictureOptions:
    """How to draw: the caption, the language of the legend, and whether to show the overview only."""

    title: str = ""
    lang: Language = "de"
    overview: bool = False  # leave out the details (persons, events, places), as the view's first page


def write_picture(g: nx.MultiDiGraph, path: Path, fmt: str, options: PictureOptions) -> Path:
    """Draw `g` into `path` as PNG, SVG or PDF."""
    picture = render_picture(g, fmt, options)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(picture)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return path


def render_picture(g: nx.MultiDiGraph, fmt: str, options: PictureOptions) -> bytes:
    """The picture of `g` as bytes; an SVG is checked to be inert."""
    if fmt not in PICTURE_FORMATS:
        raise PictureError(f"unknown picture format {fmt!r}: choose from {', '.join(PICTURE_FORMATS)}")
    shown, untied = picture_graph(g, options.overview)
    engine = layout_engine(shown)
    picture = run_graphviz(to_dot(shown, options, untied, engine), fmt, engine)
    if fmt == "svg":
        check_inert_svg(picture)
    return picture


def picture_graph(g: nx.MultiDiGraph, overview: bool) -> tuple[nx.MultiDiGraph, int]:
    """What the picture shows, and how many nodes it leaves out for having no tie there.

    The overview leaves out the details (persons, events, places); of the rest, a node without a tie would
    only scatter the picture, so the caption counts it instead, but for the focus and the state networks.
    """
    focus = g.graph.get("focus")
    keep = {n for n, t in g.nodes(data="type") if not (overview and t in DETAIL_TYPES)}
    sub = g.subgraph(keep)
    always = {n for n in keep if n == focus or g.nodes[n]["type"] in ALWAYS_SHOWN}
    tied = {n for n in sub if sub.degree(n) > 0} | always
    return g.subgraph(sorted(tied)), len(keep) - len(tied)


def layout_engine(g: nx.MultiDiGraph) -> str:
    return "dot" if g.number_of_edges() <= HIERARCHY_EDGE_LIMIT else "sfdp"


# DOT --------------------------------------------------------------------------------------------------


def to_dot(g: nx.MultiDiGraph, options: PictureOptions, untied: int = 0, engine: str = "dot") -> str:
    """The DOT text of `g`: numbered nodes, escaped labels, colours by type and relation, a legend."""
    ids = {node: f"n{i}" for i, node in enumerate(sorted(g))}
    lines = [
        "digraph iqgraph {",
        *_graph_attributes(g, options, untied, engine),
        *(_node_line(ids[n], g.nodes[n], g.degree(n), n == g.graph.get("focus")) for n in sorted(g)),
        *(_edge_line(ids[s], ids[o], data) for s, o, _k, data in _sorted_edges(g)),
        "}",
    ]
    return "\n".join(lines) + "\n"


def _graph_attributes(g: nx.MultiDiGraph, options: PictureOptions, untied: int, engine: str) -> list[str]:
    legend = legend_label(g, options, untied)
    # dot: curved ties and packed components; sfdp: straight ties, components where they fall (fast)
    curved = "true" if engine == "dot" else "false"
    return [
        f'graph [charset="UTF-8", fontname="{FONT}", fontsize={FONT_SIZE}, label=<{legend}>, labelloc="t",'
        ' labeljust="l", rankdir="LR", ranksep=0.6, nodesep=0.25, overlap="prism", outputorder="edgesfirst",'
        f' pack={curved}, splines="{curved}", pad=0.3];',
        f'node [fontname="{FONT}", fontsize={FONT_SIZE}, style="filled", margin="0.12,0.06"];',
        "edge [penwidth=1.4, arrowsize=0.8];",
    ]


def _node_line(node_id: str, data: dict[str, Any], degree: int, focus: bool) -> str:
    cls = CLASS[data["type"]]
    size = HUB_FONT_SIZE if degree >= HUB_DEGREE else FONT_SIZE
    attributes = {
        "label": wrap_label(data["label"]),
        "shape": SHAPES[cls.shape],
        "fillcolor": cls.colour,
        "fontcolor": text_colour(cls.colour),
        "fontsize": str(size),
        "penwidth": FOCUS_PEN if focus else "0.8",
    }
    return f"{node_id} [{_attributes(attributes)}];"


def _edge_line(subject_id: str, object_id: str, data: dict[str, Any]) -> str:
    colour = ROLE_COLOUR if data["relation"] == ROLE else RELATION[data["relation"]].colour
    style = "dashed" if data["relation"] == ROLE else "solid"
    return f"{subject_id} -> {object_id} [{_attributes({'color': colour, 'style': style})}];"


def _sorted_edges(g: nx.MultiDiGraph) -> list[tuple[str, str, str, dict[str, Any]]]:
    return sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))


def _attributes(values: dict[str, str]) -> str:
    return ", ".join(f'{name}="{dot_escape(value)}"' for name, value in values.items())


def dot_escape(text: str) -> str:
    """Text as the inside of a DOT string that Graphviz draws as written.

    A backslash starts an escape in DOT labels (\\N is the node's name, \\l a line break) and `&` an HTML
    entity, so both are escaped like the quote; a line break becomes DOT's centred break.
    """
    text = _CONTROL.sub(" ", text).replace("&", "&amp;").replace("\\", "\\\\").replace('"', '\\"')
    return text.replace("\n", "\\n")


def wrap_label(label: str) -> str:
    """A long name on a few lines, so nodes stay narrow; only at spaces, so 'Baden-Württemberg' stays whole."""
    lines = textwrap.wrap(label, LABEL_WIDTH, break_long_words=False, break_on_hyphens=False)
    return "\n".join(lines) or label


def text_colour(fill: str) -> str:
    """Black or white, whichever reads better on `fill` (WCAG relative luminance)."""
    channels = [int(fill[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#000000" if luminance > math.sqrt(1.05 * 0.05) - 0.05 else "#ffffff"


# The legend: the graph's own label, an HTML-like table ---------------------------------------------------


def legend_label(g: nx.MultiDiGraph, options: PictureOptions, untied: int) -> str:
    """The caption and a key of the types and relations the picture shows."""
    lang = options.lang
    types = {t for _, t in g.nodes(data="type")}
    relations = {r for _, _, r in g.edges(data="relation")}
    title = f'<font point-size="{TITLE_FONT_SIZE}"><b>{_html(options.title)}</b></font>'
    rows = [f'<tr><td colspan="4" align="left">{title}</td></tr>'] if options.title else []
    if untied:
        rows.append(f'<tr><td colspan="4" align="left">{untied} {_html(word("untied", lang))}</td></tr>')
    rows.append(_legend_row(word("types", lang), _type_cells(types, lang)))
    rows.append(_legend_row(word("relations", lang), _relation_cells(relations, lang)))
    return f'<table border="0" cellspacing="2" cellpadding="2">{"".join(rows)}</table>'


def _legend_row(heading: str, cells: Iterable[str]) -> str:
    inner = "".join(cells)
    return (
        f'<tr><td align="left" valign="top"><b>{_html(heading)}</b></td><td colspan="3" align="left">'
        f'<table border="0" cellspacing="3" cellpadding="1"><tr>{inner}</tr></table></td></tr>'
    )


def _type_cells(types: set[str], lang: Language) -> list[str]:
    return [
        f'<td bgcolor="{c.colour}" width="14"> </td><td align="left">{_html(type_label(c.name, lang))}</td>'
        for c in CLASSES
        if c.name in types
    ]


def _relation_cells(relations: set[str], lang: Language) -> list[str]:
    shown = [
        (r.colour, "⟶", relation_label({"relation": r.name}, lang))
        for r in RELATIONS_TABLE
        if r.name in relations
    ]
    if ROLE in relations:
        shown.append((ROLE_COLOUR, "⇢", word("role", lang)))  # drawn dashed
    return [
        f'<td align="left"><font color="{colour}"><b>{arrow}</b></font> {_html(label)}</td>'
        for colour, arrow, label in shown
    ]


def _html(text: str) -> str:
    return html.escape(_CONTROL.sub(" ", text))


# Graphviz -----------------------------------------------------------------------------------------------


def graphviz_program() -> str:
    """The path of Graphviz's `dot`, or an error saying how to install it."""
    found = shutil.which(GRAPHVIZ)
    if found is None:
        raise PictureError(
            f"pictures need Graphviz's `{GRAPHVIZ}` program, not found on PATH: {INSTALL_HINT}"
        )
    return found


def run_graphviz(dot_text: str, fmt: str, engine: str) -> bytes:
    """Graphviz's drawing of `dot_text`; PNG and PDF through cairo (anti-aliased, vector PDF)."""
    renderer = {"png": "png:cairo", "pdf": "pdf:cairo", "svg": "svg"}[fmt]
    # an SVG or PDF stays in points, at its full size: vector, it zooms
    resolution = [f"-Gdpi={PNG_DPI}", f"-Gsize={MAX_PNG_INCHES},{MAX_PNG_INCHES}"] if fmt == "png" else []
    command = [graphviz_program(), f"-K{engine}", f"-T{renderer}", *resolution]
    try:
        done = subprocess.run(
            command, input=dot_text.encode("utf-8"), capture_output=True, timeout=RENDER_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise PictureError(
            f"Graphviz took over {RENDER_TIMEOUT} s: select fewer nodes (--focus, --types)"
        ) from exc
    if done.returncode != 0 or not done.stdout:
        message = done.stderr.decode("utf-8", "replace").strip() or f"exit code {done.returncode}"
        raise PictureError(f"Graphviz could not draw the picture: {message}")
    return done.stdout


def check_inert_svg(svg: bytes) -> None:
    """Refuse an SVG that could run anything: a script element, an event handler, a javascript: link."""
    try:
        root = ET.fromstring(svg)
    except ET.ParseError as exc:
        raise PictureError(f"Graphviz wrote an SVG that does not parse: {exc}") from exc
    for element in root.iter():
        if element.tag.removeprefix(_SVG_NS) in _SCRIPTABLE:
            raise PictureError(f"the SVG holds a <{element.tag.removeprefix(_SVG_NS)}> element")
        for name, value in element.attrib.items():
            if name.rsplit("}", 1)[-1].lower().startswith("on") or "javascript:" in value.lower():
                raise PictureError(f"the SVG holds a scripted attribute {name!r}")
