"""What the network view's side panel shows when a node or tie is clicked: each node's ties grouped by how they
read, roles, quotes and sources, each tie's evidence; releases listed once and referred to by number."""

from __future__ import annotations

from typing import Any

import networkx as nx

from .from_store import MAX_SOURCES, ROLE


def tie_label(data: dict[str, Any], text: dict[str, Any]) -> str:
    """A relation in the page's language; a role tie reads as the role's title (from the release)."""
    return str(data["label"]) if data["relation"] == ROLE else str(text["relations"][data["relation"]])


class _ReleaseTable:
    """Each release once, referred to by number: titles and dates repeat across thousands of sources."""

    def __init__(self) -> None:
        self.rows: list[dict[str, str]] = []
        self._numbers: dict[tuple[tuple[str, str], ...], int] = {}

    def compact(self, items: list[dict[str, str]]) -> list[dict[str, Any]]:
        compacted: list[dict[str, Any]] = []
        for item in items:
            if "release" not in item:
                compacted.append(item)
                continue
            row: dict[str, str] = {k: item[k] for k in ("release", "title", "date") if k in item}
            key = tuple(sorted(row.items()))
            number = self._numbers.setdefault(key, len(self.rows))
            if number == len(self.rows):
                self.rows.append(row)
            rest = {k: v for k, v in item.items() if k not in row}
            compacted.append({"r": number, **rest})
        return compacted


def side_panel(g: nx.MultiDiGraph, text: dict[str, Any], index: dict[str, int]) -> dict[str, Any]:
    """What the side panel shows on click, per node and edge id: capped lists with their full counts."""
    edge_ids = {e: n for n, e in enumerate(sorted(g.edges(keys=True)))}
    releases = _ReleaseTable()
    nodes = {}
    for node in sorted(g):
        data = g.nodes[node]
        nodes[str(index[node])] = {
            "label": data["label"],
            "type": data["type"],
            "iri": data["iri"],
            "aliases": data["aliases"],
            "date": data.get("date"),
            "first": data["first"],
            "last": data["last"],
            "ties": _ties(g, node, text, index, edge_ids),
            "roles": data["roles"],
            "quotes": releases.compact(data["quotes"][:5]),
            "quoteCount": len(data["quotes"]),
            "sources": releases.compact(data["sources"][:MAX_SOURCES]),
            "sourceCount": len(data["sources"]),
            "links": data["links"][:MAX_SOURCES],
        }
    edges = {}
    for n, (s, o, key) in enumerate(sorted(g.edges(keys=True))):
        data = g.edges[s, o, key]
        edges[str(n)] = {
            "from": g.nodes[s]["label"],
            "to": g.nodes[o]["label"],
            "relation": data["relation"],
            "label": tie_label(data, text),
            "first": data["first"],
            "last": data["last"],
            "evidence": releases.compact(data["evidence"][:MAX_SOURCES]),
            "evidenceCount": len(data["evidence"]),
        }
    return {"nodes": nodes, "edges": edges, "releases": releases.rows}


def _ties(
    g: nx.MultiDiGraph,
    node: str,
    text: dict[str, Any],
    index: dict[str, int],
    edge_ids: dict[tuple[str, str, str], int],
) -> list[dict[str, Any]]:
    """The node's ties from its own side, grouped by how they read ("gefördert von", "fördert"), each
    with the other node, its dates, how many sources attest it, and the edge to open for the sentences."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for s, o, key in sorted(g.edges(node, keys=True)) + sorted(g.in_edges(node, keys=True)):
        data = g.edges[s, o, key]
        outgoing = s == node
        if data["relation"] == ROLE:  # a person's role reads as its title; the organisation lists people
            heading = f"{data['label']}" if outgoing else text["inverse"][ROLE]
        else:
            heading = text["relations"][data["relation"]] if outgoing else text["inverse"][data["relation"]]
        other = o if outgoing else s
        groups.setdefault(heading, []).append(
            {
                "node": index[other],
                "name": g.nodes[other]["label"],
                "edge": edge_ids[s, o, key],
                "first": data["first"],
                "last": data["last"],
                "sources": len(data["evidence"]),
            }
        )
    return [
        {"relation": heading, "ties": sorted(ties, key=lambda t: (t["name"], t["edge"]))}
        for heading, ties in sorted(groups.items())
    ]
