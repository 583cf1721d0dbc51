"""An entity's neighbourhood as a small static SVG: the entity in the middle, its neighbours on a circle.

No script and no layout engine: the network view's page carries 700 KB of vis-network, too much to
repeat on every entity's page, and a ring of at most `MAX_NEIGHBOURS` needs no physics. The positions
are computed here and the template draws them (text escaped by Jinja); each neighbour links to its page.
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx

from ..vocab import CLASS, RELATION

MAX_NEIGHBOURS = 24  # the most connected ones; the page's lists name all of them
WIDTH, HEIGHT = 900, 440
RING_X, RING_Y = 250, 165  # an ellipse: labels beside the nodes need the width
CENTRE_RADIUS, NODE_RADIUS = 12, 8
LABEL_CHARS = 28  # longer labels are cut with "…"; the full one is in the node's tooltip
ROLE_COLOUR = "#9467bd"


def neighbourhood(
    network: nx.MultiDiGraph, node: str, href: dict[str, str], type_label: dict[str, str]
) -> dict[str, Any] | None:
    """What the template needs to draw `node` and its neighbours; None for a node without ties."""
    neighbours = _neighbours(network, node)
    if not neighbours:
        return None
    shown = neighbours[:MAX_NEIGHBOURS]
    cx, cy = WIDTH / 2, HEIGHT / 2
    nodes = [_node(network, node, cx, cy, CENTRE_RADIUS, None, type_label, "middle", cy + 28)]
    edges = []
    for n, (other, relation) in enumerate(shown):
        angle = 2 * math.pi * n / len(shown) - math.pi / 2
        x, y = cx + RING_X * math.cos(angle), cy + RING_Y * math.sin(angle)
        anchor = "middle" if abs(math.cos(angle)) < 0.3 else ("start" if math.cos(angle) > 0 else "end")
        offset = 14 if anchor == "start" else -14 if anchor == "end" else 0
        label_y = y + (22 if math.sin(angle) > 0.3 else -14 if math.sin(angle) < -0.3 else 4)
        nodes.append(
            _node(network, other, x, y, NODE_RADIUS, href.get(other), type_label, anchor, label_y, offset)
        )
        edges.append(
            {
                "x1": _r(cx),
                "y1": _r(cy),
                "x2": _r(x),
                "y2": _r(y),
                "colour": _colour(relation),
                "label": relation,
            }
        )
    hidden = len(neighbours) - len(shown)
    return {"width": WIDTH, "height": HEIGHT, "nodes": nodes, "edges": edges, "hidden": hidden}


def _neighbours(network: nx.MultiDiGraph, node: str) -> list[tuple[str, str]]:
    """(neighbour, the first relation's label), most connected first, then by label."""
    found: dict[str, str] = {}
    for _, other, data in sorted(network.out_edges(node, data=True), key=_edge_key):
        found.setdefault(other, _relation_label(data))
    for other, _, data in sorted(network.in_edges(node, data=True), key=_edge_key):
        found.setdefault(other, _relation_label(data))
    found.pop(node, None)
    return sorted(
        found.items(), key=lambda item: (-network.degree(item[0]), network.nodes[item[0]]["label"], item[0])
    )


def _edge_key(edge: tuple[str, str, dict[str, Any]]) -> tuple[str, str, str]:
    return edge[0], edge[1], str(edge[2].get("relation"))


def _relation_label(data: dict[str, Any]) -> str:
    relation = RELATION.get(str(data.get("relation")))
    return relation.label_de if relation else str(data.get("label") or data.get("relation"))


def _colour(label: str) -> str:
    return next((r.colour for r in RELATION.values() if r.label_de == label), ROLE_COLOUR)


def _node(
    network: nx.MultiDiGraph,
    node: str,
    x: float,
    y: float,
    radius: int,
    link: str | None,
    type_label: dict[str, str],
    anchor: str,
    label_y: float,
    offset: float = 0,
) -> dict[str, Any]:
    data = network.nodes[node]
    label = str(data["label"])
    entity_class = CLASS.get(str(data.get("type")))
    return {
        "x": _r(x),
        "y": _r(y),
        "r": radius,
        "colour": entity_class.colour if entity_class else "#777777",
        "label": label,
        "short": label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…",
        "type": type_label.get(str(data.get("type")), str(data.get("type"))),
        "href": link,
        "tx": _r(x + offset),
        "ty": _r(label_y),
        "anchor": anchor,
    }


def _r(value: float) -> str:
    return f"{value:.1f}"
