"""Positions for large views, computed in Python so the browser can draw with physics switched off.

networkx's spring layout is quadratic and, above 500 nodes, loops in Python: 5,000 nodes take about a
minute. This layout splits the graph into communities (Louvain), places the communities with a spring
layout of their own graph, and each community's members with the dense spring layout around its centre:
the same picture of clusters and their ties, 5,000 nodes in about 3 s (benchmarks/view.py).
Seeded, and run on integer node ids, so the same graph gives the same positions in every process:
Louvain and networkx's subgraph views iterate sets of nodes, and sets of strings iterate in an order
that changes with each interpreter's hash seed.
"""

from __future__ import annotations

import math

import networkx as nx

SEED = 7
DENSE_LIMIT = 400  # networkx's dense (numpy) spring layout is fast below 500 nodes
NODE_SPACING = 40.0  # canvas pixels per node along a community's radius, about a node's width


Positions = dict[str, tuple[float, float]]


def community_layout(g: nx.MultiDiGraph) -> Positions:
    """x, y per node, in canvas pixels around the origin."""
    names = sorted(g)
    simple = _numbered(g, names)
    if len(simple) == 0:
        return {}
    groups = _groups(simple)
    centres = _place_groups(simple, groups)
    positions: Positions = {}
    for group, (cx, cy) in zip(groups, centres, strict=True):
        radius = _radius(len(group))
        for node, (x, y) in _spring(simple.subgraph(group)).items():
            positions[names[node]] = (cx + x * radius, cy + y * radius)
    return positions


def _numbered(g: nx.MultiDiGraph, names: list[str]) -> nx.Graph:
    """The undirected simple graph of `g` with node i for names[i], nodes and edges added in sorted order."""
    number = {name: i for i, name in enumerate(names)}
    simple = nx.Graph()
    simple.add_nodes_from(range(len(names)))
    simple.add_edges_from(sorted((number[a], number[b]) for a, b in g.edges()))
    return simple


def _groups(simple: nx.Graph) -> list[list[int]]:
    """Communities of at most DENSE_LIMIT nodes, largest first, each sorted (for determinism)."""
    groups: list[list[int]] = []
    pending = [sorted(simple)]
    while pending:
        nodes = pending.pop()
        if len(nodes) <= DENSE_LIMIT:
            groups.append(nodes)
            continue
        parts = nx.community.louvain_communities(simple.subgraph(nodes), seed=SEED, resolution=1.0)
        if len(parts) == 1:  # Louvain found no split: cut in slices rather than loop
            parts = [set(nodes[i : i + DENSE_LIMIT]) for i in range(0, len(nodes), DENSE_LIMIT)]
        pending.extend(sorted(part) for part in parts)
    return sorted(groups, key=lambda grp: (-len(grp), grp[0]))


def _place_groups(simple: nx.Graph, groups: list[list[int]]) -> list[tuple[float, float]]:
    """Group centres: linked groups near each other, far enough apart that groups rarely overlap."""
    if len(groups) == 1:
        return [(0.0, 0.0)]
    member_of = {node: i for i, group in enumerate(groups) for node in group}
    meta = nx.Graph()
    meta.add_nodes_from(range(len(groups)))
    for a, b in simple.edges():
        ga, gb = member_of[a], member_of[b]
        if ga != gb:
            weight = meta.get_edge_data(ga, gb, {"weight": 0})["weight"]
            meta.add_edge(ga, gb, weight=weight + 1)
    if len(meta) < 500:
        spots = nx.spring_layout(meta, seed=SEED, weight="weight")
        centres = [tuple(spots[i]) for i in range(len(groups))]
    else:  # hundreds of groups are mostly tiny components: a sunflower spiral keeps them apart
        centres = [_spiral(i, len(groups)) for i in range(len(groups))]
    # spread the unit-square layout so that the average group fits beside its neighbours
    spread = 1.5 * math.sqrt(sum(_radius(len(grp)) ** 2 for grp in groups))
    return [(x * spread, y * spread) for x, y in centres]


def _spring(sub: nx.Graph) -> dict[int, tuple[float, float]]:
    if len(sub) == 1:
        return {next(iter(sub)): (0.0, 0.0)}
    positions = nx.spring_layout(sub, seed=SEED, iterations=40)
    return {node: (float(x), float(y)) for node, (x, y) in positions.items()}


def _radius(size: int) -> float:
    return NODE_SPACING * math.sqrt(size)


def _spiral(i: int, count: int) -> tuple[float, float]:
    r = math.sqrt((i + 0.5) / count)
    angle = i * math.pi * (3 - math.sqrt(5))
    return (r * math.cos(angle), r * math.sin(angle))
