"""View stage: the network -> one self-contained, offline HTML page (vis-network, via pyvis).

pyvis gives the network its vis-network data model and ships vis-network 9.1.2; the page around it is
ours, because pyvis 0.3.2's own output falls short (each checked, tests/network/test_view_page.py):
- `cdn_resources="in_line"` still links bootstrap from cdn.jsdelivr.net (pyvis #228/#229), so an offline
  page loses its layout and a strict portal blocks it; here vis-network's JS and CSS are inlined and the
  page's Content-Security-Policy forbids every request (`default-src 'none'`), scripts allowed by hash only;
- `Network.show()` fails outside notebooks ('NoneType' object has no attribute 'render', pyvis #260);
- its link-tooltip mode writes node titles with `innerHTML`; here every text from a release travels as
  JSON in a data block (`<`, `>`, `&` escaped) and is shown with `textContent`/`innerText` only;
- `Network.add_node`/`add_edge` test membership in lists (quadratic), so nodes are filled in bulk;
- with physics on, vis-network needs seconds to settle a few hundred nodes and lets thousands crawl
  (pyvis #204); here positions come from layout.py, and physics moves at most PHYSICS_NODE_LIMIT details
  (measured by benchmarks/view.py).
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
from markupsafe import Markup
from pyvis.network import Network

from ..errors import OutputError
from ..vocab import CLASSES, DETAIL_TYPES, RELATION, RELATIONS, RELATIONS_TABLE
from .fit import NOMINAL_CANVAS, PANEL_WIDTH, Spot, legible_layout
from .from_store import ROLE
from .labels import CHAR_EM, label_box, wrap_label
from .layout import Positions, community_layout, place_details, radial_layout, separate
from .page_text import Language, page_text
from .side_panel import side_panel, tie_label

# Positions are always computed here; physics only moves the details (people, events, places) around the
# organisations they are folded into, while those stay where the layout put them. Measured with
# benchmarks/view.py in headless Chromium (2 cores, busy): once shown, 46 details settle in 1.5 s, 105 in
# 3.3 s, 278 in 7.5 s, 452 in 46 s; above the limit they stay where place_details puts them.
PHYSICS_NODE_LIMIT = 50  # at most this many details move by physics; above, everything stays put
RADIAL_LIMIT = 400  # up to this many organisations are laid out in rings; above, by community (layout.py)
EDGE_LABEL_LIMIT = 400  # above this many edges, relation labels show on hover only (drawing stays fast)

# Colour, vis-network shape and legend symbol per class; colours from a palette safe for colour blindness.
TYPE_STYLE: dict[str, tuple[str, str, str]] = {c.name: (c.colour, c.shape, c.symbol) for c in CLASSES}
# The relations' colours in legend order; a role edge is drawn like ledBy and listed after it.
RELATION_COLOUR: dict[str, str] = {r.name: r.colour for r in RELATIONS_TABLE[: RELATIONS.index("ledBy") + 1]}
RELATION_COLOUR[ROLE] = RELATION["ledBy"].colour
RELATION_COLOUR |= {r.name: r.colour for r in RELATIONS_TABLE[RELATIONS.index("ledBy") + 1 :]}

# The overview names these in large type: the structure a press officer looks for first (and whoever
# funds or partners anything). Other organisations (hosts, subprojects) are smaller, their labels drawn
# once the reader zooms in.
KEY_TYPES = ("Programme", "StateNetwork")
KEY_RELATIONS = ("fundedBy", "implementationPartner")  # their objects are key nodes too
# Key labels' font in canvas units: at least KEY_FONT, more where the opening view fits at a smaller scale
# (a larger overview), so that they come out at fit.KEY_PX screen pixels; at most KEY_FONT_MAX (above it the
# labels would crowd the drawing: a reader of so large a view zooms in).
KEY_FONT = 28  # 11.8 screen px at the 83-text overview's scale (0.42 at 1280×800)
KEY_FONT_MAX = 3 * KEY_FONT
OTHER_FONT = 14
# Canvas units a label may take before it wraps (at word boundaries: labels.py); a key label in a font above
# KEY_FONT takes as much more, so it keeps its lines and looks on screen as in a smaller view.
LABEL_WIDTH = 190
LABEL_THRESHOLD = 9  # screen pixels below which vis-network leaves a label out (smaller is unreadable)
# The Länder, to order state networks around the programme by the Land their name holds.
LAENDER = (
    "Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hessen",
    "Mecklenburg-Vorpommern", "Niedersachsen", "Nordrhein-Westfalen", "Rheinland-Pfalz", "Saarland",
    "Sachsen", "Sachsen-Anhalt", "Schleswig-Holstein", "Thüringen",
)  # fmt: skip

_VIS_ASSETS = "templates/lib/vis-9.1.2"
VIEW_FILE = "iqgraph.html"  # what `iqgraph build` and `iqgraph view` write into the build folder


@dataclass(frozen=True)
class ViewOptions:
    title: str | None = None  # None: the interface's title in `lang`
    physics: bool | None = None  # None: details move by physics up to PHYSICS_NODE_LIMIT of them
    lang: Language = "de"


def render_view(g: nx.MultiDiGraph, options: ViewOptions | None = None) -> str:
    """The HTML page for network `g` (see from_store.load_network / apply_filter)."""
    options = options or ViewOptions()
    text = page_text(options.lang)
    title = options.title or str(text["ui"]["title"])  # type: ignore[index]
    focus = g.graph.get("focus")
    details = sorted(n for n, t in g.nodes(data="type") if t in DETAIL_TYPES and n != focus)
    positions, radial = _positions(g, details, focus)
    physics = (
        options.physics if options.physics is not None else radial and len(details) <= PHYSICS_NODE_LIMIT
    )
    index = _index(g)  # a node's number in the page: vis-network ids, the side panel, the focus
    if radial:
        net = _radial_network(g, text, index, positions, physics, set(details))
    else:
        net = _pyvis_network(g, text, index, positions, False, set(details), KEY_FONT)
    net.options = _vis_options(physics)
    nodes, edges, _heading, _height, _width, vis_options = net.get_network_data()
    payload = {
        "title": title,
        "text": text,
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(vis_options),
        "details": side_panel(g, text, index),
        "types": [
            {"name": t, "label": text["types"][t], "colour": c, "symbol": s, "count": n}  # type: ignore[index]
            for t, (c, _shape, s) in TYPE_STYLE.items()
            if (n := sum(1 for _, typ in g.nodes(data="type") if typ == t))
        ],
        "relations": [
            {"name": r, "label": text["relations"][r], "colour": c, "count": n}  # type: ignore[index]
            for r, c in RELATION_COLOUR.items()
            if (n := sum(1 for _, _, rel in g.edges(data="relation") if rel == r))
        ],
        "years": _year_range(g),
        "physics": physics,
        "focus": index.get(focus or ""),
    }
    return _page(title, options.lang, payload)


def first_shown(g: nx.MultiDiGraph) -> set[str]:
    """The nodes the page opens on (view.js computeShown with its defaults): the organisations, the focus
    and the details tied to it, less those left without a tie among them."""
    focus = g.graph.get("focus")
    open_ = set(nx.all_neighbors(g, focus)) | {focus} if focus else set()
    base = {n for n, t in g.nodes(data="type") if t not in DETAIL_TYPES or n in open_}
    tied = {n for s, o in g.edges() if s != o and {s, o} <= base for n in (s, o)}
    return {n for n in base if n in tied or n == focus}


def write_view(g: nx.MultiDiGraph, path: Path, options: ViewOptions | None = None) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_view(g, options), encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write the view to {path}: {exc}") from exc
    return path


def _index(g: nx.MultiDiGraph) -> dict[str, int]:
    return {node: i for i, node in enumerate(sorted(g))}


def _positions(g: nx.MultiDiGraph, details: list[str], focus: str | None) -> tuple[Positions, bool]:
    """x, y per node, and whether they are the radial overview's (else communities', for large views)."""
    structure = g.subgraph(n for n in g if n not in set(details))
    if len(structure) > RADIAL_LIMIT:
        return community_layout(g), False
    networks = frozenset(n for n, t in g.nodes(data="type") if t == "StateNetwork")
    funders = frozenset(o for _, o, rel in g.edges(data="relation") if rel in KEY_RELATIONS)
    positions = radial_layout(structure, _sibling_order(g), root=focus, outer=networks, labelled=funders)
    return positions | place_details(g, positions, details), True


def _radial_network(
    g: nx.MultiDiGraph,
    text: dict[str, Any],
    index: dict[str, int],
    positions: Positions,
    physics: bool,
    details: set[str],
) -> Network:
    """The vis-network data of a radial view, in the key font that draws key labels legibly at the scale
    the page opens at (fit.legible_layout), their nodes pushed apart for them."""
    opening = {index[n] for n in first_shown(g)}

    def lay_out(font: int) -> tuple[Network, list[Spot]]:
        net = _pyvis_network(g, text, index, positions, physics, details, font)
        _spread_labels(net, opening, physics, font)
        drawn = [n for n in net.nodes if n["id"] in opening]  # of their labels, the key ones are drawn
        return net, [(n["x"], n["y"], _half_width(n) if n["font"]["size"] == font else 0.0) for n in drawn]

    canvas = (NOMINAL_CANVAS[0] - (PANEL_WIDTH if g.graph.get("focus") else 0.0), NOMINAL_CANVAS[1])
    return legible_layout(lay_out, canvas, KEY_FONT, KEY_FONT_MAX)


def _half_width(node: dict[str, Any]) -> float:
    return label_box(node["label"], node["font"]["size"], node["size"])[2]


def _spread_labels(net: Network, opening: set[int], fixed: bool, key_font: int) -> None:
    """Room for the labels the page opens with (large type, on nodes drawn at opening): where two would
    overlap, their nodes are pushed apart (layout.separate), and held there when physics runs."""
    nodes = [n for n in net.nodes if n["id"] in opening and n["font"]["size"] == key_font]
    moved = separate(
        {n["id"]: (n["x"], n["y"]) for n in nodes},
        {n["id"]: label_box(n["label"], n["font"]["size"], n["size"]) for n in nodes},
    )
    for node in nodes:
        x, y = moved[node["id"]]
        node.update(x=round(x), y=round(y))
        if fixed:
            node["fixed"] = True


def _sibling_order(g: nx.MultiDiGraph) -> dict[str, tuple[object, ...]]:
    """Around a node: funders and partners first, then the state networks by Land, then the rest by class."""
    funders = {o for _, o, rel in g.edges(data="relation") if rel in KEY_RELATIONS}
    classes = [c.name for c in CLASSES]
    order: dict[str, tuple[object, ...]] = {}
    for node, data in g.nodes(data=True):
        land = next((i for i, name in enumerate(LAENDER) if name in data["label"]), len(LAENDER))
        order[node] = (node not in funders, classes.index(data["type"]), land, data["label"])
    return order


def _pyvis_network(
    g: nx.MultiDiGraph,
    text: dict[str, Any],
    index: dict[str, int],
    positions: Positions,
    fixed: bool,
    details: set[str],
    font: int,
) -> Network:
    """vis-network's nodes and edges; `font` for the labels in large type."""
    net = Network(directed=True, cdn_resources="in_line")
    degree = dict(g.degree())
    top = max(degree.values(), default=1) or 1
    funders = {o for _, o, rel in g.edges(data="relation") if rel in KEY_RELATIONS}
    for node in sorted(g):
        key = g.nodes[node]["type"] in KEY_TYPES or node in funders
        # around a focus there are few nodes: every label large enough to be drawn at the opening scale
        large = key or bool(g.graph.get("focus"))
        vis_node = _vis_node(
            g.nodes[node], text, degree[node] / top, node in details, font if large else None
        )
        vis_node["id"] = index[node]
        x, y = positions[node]
        vis_node.update(x=round(x), y=round(y))
        if fixed and node not in details:
            vis_node["fixed"] = True
        net.nodes.append(vis_node)  # bulk: add_node's list lookups are quadratic
        net.node_ids.append(index[node])
        net.node_map[index[node]] = vis_node
    labelled = g.number_of_edges() <= EDGE_LABEL_LIMIT
    parallel: dict[frozenset[str], int] = {}
    for n, (s, o, key) in enumerate(sorted(g.edges(keys=True))):
        data = g.edges[s, o, key]
        label = tie_label(data, text)
        vis_edge: dict[str, Any] = {
            "id": n,
            "from": index[s],
            "to": index[o],
            "arrows": "to",
            "color": RELATION_COLOUR[data["relation"]],
            "title": f"{g.nodes[s]['label']} — {label} → {g.nodes[o]['label']}",
            "relation": data["relation"],
            "first": data["first"],
            "last": data["last"],
        }
        if labelled:
            vis_edge["label"] = label
        vis_edge.update(_parallel_curves(parallel, s, o))
        net.edges.append(vis_edge)
    return net


def _vis_node(
    data: dict[str, Any], text: dict[str, Any], centrality: float, detail: bool, key_font: int | None
) -> dict[str, Any]:
    """A node for vis-network; `key_font` for a node in large type (key nodes, every node around a focus)."""
    colour, shape, _symbol = TYPE_STYLE[data["type"]]
    key = key_font is not None
    font = key_font or OTHER_FONT
    return {
        "label": wrap_label(data["label"], round(LABEL_WIDTH * max(1, font / KEY_FONT) / (CHAR_EM * font))),
        "name": data["label"],  # the label as written, for search
        "title": _node_hover(data, text),
        "shape": shape,
        "color": colour,
        "size": round((14 if key else 8) + 22 * math.sqrt(centrality), 1),  # by degree centrality
        "font": {"size": font},
        "type": data["type"],
        "detail": detail,
        "first": data["first"],
        "last": data["last"],
    }


def _parallel_curves(seen: dict[frozenset[str], int], s: str, o: str) -> dict[str, Any]:
    """The 2nd, 3rd … tie between the same two nodes bends away from the first, so each stays visible."""
    pair = frozenset((s, o))
    k = seen[pair] = seen.get(pair, -1) + 1
    if k == 0:
        return {}
    # curvedCW bends by drawing direction: a tie drawn the other way round needs the other bend
    bend = "curvedCW" if (s < o) == (k % 2 == 1) else "curvedCCW"
    return {"smooth": {"enabled": True, "type": bend, "roundness": 0.2 * ((k + 1) // 2)}}


def _vis_options(physics: bool) -> dict[str, Any]:
    label_scaling = {"label": {"enabled": False, "drawThreshold": LABEL_THRESHOLD}}
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": False},  # positions come from layout.py
        "nodes": {
            "font": {"size": OTHER_FONT, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "borderWidth": 1,
            "scaling": label_scaling,
        },
        "edges": {
            "font": {"size": 11, "align": "middle", "face": "sans-serif"},
            # straight: "dynamic" smooth edges put a hidden node per edge into the physics (2x slower);
            # parallel ties get their own curve instead (_parallel_curves)
            "smooth": False,
            "width": 1.2,
            "scaling": label_scaling,
        },
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 90, "avoidOverlap": 0.5},
            # view.js fits the view itself, leaving room for labels
            "stabilization": {"iterations": 200, "updateInterval": 50, "fit": False},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": not physics,
            "hideEdgesOnZoom": not physics,
            "navigationButtons": False,
            # bound to the canvas, not the window: bound to the window, vis-network swallows the arrow keys
            # that move the year sliders
            "keyboard": {"enabled": True, "bindToWindow": False},
        },
    }


def _node_hover(data: dict[str, Any], text: dict[str, Any]) -> str:
    """The plain-text tooltip (vis-network shows strings with innerText: no markup is interpreted)."""
    ui = text["ui"]
    lines = [f"{data['label']} ({text['types'][data['type']]})"]
    lines += [
        f"{r['title']}{' – ' + r['organisation'] if r['organisation'] else ''}{_span(r)}"
        for r in data["roles"][:3]
    ]
    if data.get("date"):
        lines.append(ui["on"].format(date=data["date"]))
    if data["quotes"]:
        lines.append(f"„{_cut(data['quotes'][0]['text'], 120)}“")
    lines.append(ui["clickSources"])
    return "\n".join(lines)


def _span(role: dict[str, Any]) -> str:
    first, last = role.get("first"), role.get("last")
    if not first:
        return ""
    return f" ({first})" if first == last else f" ({first} – {last})"


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _year_range(g: nx.MultiDiGraph) -> list[int] | None:
    years = [int(d[:4]) for _, d in g.nodes(data="first") if d] + [
        int(d[:4]) for _, d in g.nodes(data="last") if d
    ]
    years += [int(d[:4]) for *_, d in g.edges(data="first") if d] + [
        int(d[:4]) for *_, d in g.edges(data="last") if d
    ]
    return [min(years), max(years)] if years else None


# The page ---------------------------------------------------------------------------------------------


def _page(title: str, lang: Language, payload: dict[str, Any]) -> str:
    vis = resources.files("pyvis").joinpath(_VIS_ASSETS)
    own = resources.files("iqgraph.network").joinpath("templates")
    vis_js = vis.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    view_js = own.joinpath("view.js").read_text(encoding="utf-8")
    env = jinja2.Environment(autoescape=True, keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    template = env.from_string(own.joinpath("view.html").read_text(encoding="utf-8"))
    scripts = [vis_js, view_js]
    return template.render(
        title=title,
        lang=lang,
        ui=payload["text"]["ui"],
        csp=_content_security_policy(scripts),
        vis_css=Markup(vis.joinpath("vis-network.css").read_text(encoding="utf-8")),
        view_css=Markup(own.joinpath("view.css").read_text(encoding="utf-8")),
        vis_js=Markup(vis_js),
        view_js=Markup(view_js),
        data=Markup(script_json(payload)),
    )


def script_json(value: Any) -> str:
    """JSON that cannot end its <script> block nor open markup: <, >, & and line separators escaped."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _content_security_policy(scripts: list[str]) -> str:
    """No request of any kind; only our two scripts run (by hash), so an injected one could not."""
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(s.encode('utf-8')).digest()).decode()}'" for s in scripts
    )
    return f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
