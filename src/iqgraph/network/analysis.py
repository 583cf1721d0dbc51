"""Network analysis of the funding network (`iqgraph stats`): who is central, what hangs together, who brokers.

Centralities and communities are computed on the undirected simple graph (a tie is a tie, whichever way
a relation reads and however many releases attest it). Communities come from seeded Louvain, so the same
graph gives the same partition.
"""

from __future__ import annotations

import re
from typing import Any

import networkx as nx

from .from_store import relation_counts, type_counts

SEED = 7
EXACT_BETWEENNESS_LIMIT = 2000  # above this many nodes betweenness is estimated from a seeded sample
BETWEENNESS_SAMPLE = 500

# Federal bodies by name: the vocabulary has one Ministry and one Agency class for every level of
# government, and federal names say so ("Bundesministerium …", "Bundesagentur …", "Bundesamt …").
_FEDERAL = re.compile(r"^(Bundes|Die Beauftragte der Bundesregierung)|\bdes Bundes\b")


def network_stats(g: nx.MultiDiGraph, top: int = 10) -> dict[str, Any]:
    simple = nx.Graph(g.to_undirected(as_view=True))
    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c)))
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "types": type_counts(g),
        "relations": relation_counts(g),
        "degree": _ranked(g, nx.degree_centrality(simple) if len(simple) > 1 else {}, top),
        "betweenness": _ranked(g, _betweenness(simple), top),
        "betweenness_exact": len(simple) <= EXACT_BETWEENNESS_LIMIT,
        "components": {
            "count": len(components),
            "sizes": [len(c) for c in components[:top]],
            "largest": _labels(g, simple, components[0], top) if components else [],
        },
        "communities": _communities(g, simple, top),
        "brokers": _brokers(g, simple, top),
    }


def _betweenness(simple: nx.Graph) -> dict[str, float]:
    if len(simple) <= EXACT_BETWEENNESS_LIMIT:
        exact: dict[str, float] = nx.betweenness_centrality(simple)
        return exact
    sampled: dict[str, float] = nx.betweenness_centrality(simple, k=BETWEENNESS_SAMPLE, seed=SEED)
    return sampled


def _ranked(g: nx.MultiDiGraph, scores: dict[str, float], top: int) -> list[dict[str, Any]]:
    ranked = sorted(
        ((v, n) for n, v in scores.items() if v > 0), key=lambda vn: (-vn[0], g.nodes[vn[1]]["label"])
    )
    return [_entry(g, n, round(v, 6)) for v, n in ranked[:top]]


def _entry(g: nx.MultiDiGraph, node: str, value: float | int | None = None) -> dict[str, Any]:
    entry = {"label": g.nodes[node]["label"], "type": g.nodes[node]["type"], "iri": node}
    if value is not None:
        entry["value"] = value
    return entry


def _labels(g: nx.MultiDiGraph, simple: nx.Graph, nodes: set[str], top: int) -> list[str]:
    """The best-connected members of a group, as labels."""
    best = sorted(nodes, key=lambda n: (-simple.degree(n), g.nodes[n]["label"]))
    return [g.nodes[n]["label"] for n in best[:top]]


def _communities(g: nx.MultiDiGraph, simple: nx.Graph, top: int) -> list[dict[str, Any]]:
    if simple.number_of_edges() == 0:
        return []
    parts = nx.community.louvain_communities(simple, seed=SEED)
    parts = sorted(parts, key=lambda c: (-len(c), min(c)))
    return [{"size": len(c), "members": _labels(g, simple, c, 5)} for c in parts[:top]]


def federal_bodies(g: nx.MultiDiGraph) -> list[str]:
    return sorted(
        n
        for n, d in g.nodes(data=True)
        if d["type"] in ("Ministry", "Agency") and _FEDERAL.search(d["label"])
    )


def _brokers(g: nx.MultiDiGraph, simple: nx.Graph, top: int) -> dict[str, Any]:
    """Nodes between federal bodies and subprojects: the share of the connected federal-subproject pairs
    whose shortest paths run through each (1.0: every such path passes it)."""
    federal = federal_bodies(g)
    subprojects = sorted(n for n, t in g.nodes(data="type") if t == "Subproject")
    result: dict[str, Any] = {
        "federal_bodies": len(federal),
        "subprojects": len(subprojects),
        "pairs": 0,
        "top": [],
    }
    component = {n: i for i, c in enumerate(nx.connected_components(simple)) for n in c}
    pairs = sum(1 for f in federal for s in subprojects if f != s and component[f] == component[s])
    result["pairs"] = pairs
    if pairs:
        raw = nx.betweenness_centrality_subset(simple, sources=federal, targets=subprojects, normalized=False)
        ends = set(federal) | set(subprojects)
        # networkx halves subset betweenness on undirected graphs; doubled back, it counts each pair once
        result["top"] = _ranked(g, {n: 2 * v / pairs for n, v in raw.items() if n not in ends}, top)
    return result


def format_stats(stats: dict[str, Any]) -> str:
    """The stats as plain-text tables for a terminal."""
    lines = [f"nodes: {stats['nodes']}, edges: {stats['edges']}", "", "nodes by type"]
    lines += [f"  {name:<22} {count:>7}" for name, count in stats["types"].items()]
    lines += ["", "edges by relation"]
    lines += [f"  {name:<22} {count:>7}" for name, count in stats["relations"].items()]
    approx = "" if stats["betweenness_exact"] else f" (estimated from {BETWEENNESS_SAMPLE} sampled nodes)"
    for title, key in (("degree centrality", "degree"), (f"betweenness centrality{approx}", "betweenness")):
        lines += ["", title] + _rows(stats[key])
    components = stats["components"]
    lines += [
        "",
        f"connected components: {components['count']} (largest: {', '.join(map(str, components['sizes']))})",
    ]
    lines += ["", "communities (Louvain)"]
    lines += [f"  {c['size']:>5}  {'; '.join(c['members'])}" for c in stats["communities"]] or ["  (no ties)"]
    brokers = stats["brokers"]
    lines += [
        "",
        f"brokers: share of the {brokers['pairs']} connected pairs of {brokers['federal_bodies']} federal bodies "
        f"and {brokers['subprojects']} subprojects whose shortest paths pass through",
    ]
    lines += _rows(brokers["top"]) or ["  (no path from a federal body to a subproject)"]
    return "\n".join(lines) + "\n"


def _rows(entries: list[dict[str, Any]]) -> list[str]:
    return [f"  {e['value']:>8.4f}  {e['label']} ({e['type']})" for e in entries]
