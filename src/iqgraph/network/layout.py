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


# The overview: a radial picture of the structure ------------------------------------------------------

RING_SPACING = 90.0  # canvas units between neighbours on the first ring (labels alternate, see STAGGER)
RING_STEP = 120.0  # canvas units from one ring to the next
MIN_FIRST_RING = 200.0
INNER_RING = 170.0  # the centre's own leaves
FIRST_RING_MIN_WEIGHT = 3  # leaves a first-ring node counts at least, when sharing the ring's angle
STAGGER = 50.0  # every second node of the first ring this much further out
WIDE = 1.75  # rings are ellipses this much wider than high: pages are landscape
PIECE_SPACING = 150.0  # canvas units between the small pieces set out below the main structure
DETAIL_DISTANCE = 90.0  # a detail (person, event, place) sits this far from the organisation it is in


def radial_layout(
    g: nx.MultiDiGraph,
    order: dict[str, tuple[object, ...]],
    root: str | None = None,
    outer: frozenset[str] = frozenset(),
    labelled: frozenset[str] = frozenset(),
) -> Positions:
    """The largest component in rings around its best-connected node, the small pieces in rows below it.

    The centre's leaves sit on an inner ring, except those in `outer` (the state networks), which share the
    first ring with the centre's branches; those in `labelled` (sorted first by `order`) are spread around
    the inner ring, so their labels do not meet. Each node's children (breadth first) share the angle of its sector in proportion to the leaves under
    them, so a network keeps its subprojects together; `order` sorts siblings (e.g. by class and Land).
    `root` (a focus) is the centre of its component, which comes first; else the best-connected node of
    the largest. Deterministic: nodes are visited in sorted order and ties broken by name.
    """
    undirected = nx.Graph()
    undirected.add_nodes_from(sorted(g))
    undirected.add_edges_from(sorted((a, b) for a, b in g.edges() if a != b))
    pieces = sorted(
        (sorted(c) for c in nx.connected_components(undirected)), key=lambda c: (root not in c, -len(c), c[0])
    )
    if not pieces:
        return {}
    positions = _rings(undirected.subgraph(pieces[0]), order, root, outer, labelled)
    _set_out_below(undirected, pieces[1:], positions, order)
    return positions


def _rings(
    tree_of: nx.Graph,
    order: dict[str, tuple[object, ...]],
    focus: str | None = None,
    outer: frozenset[str] = frozenset(),
    labelled: frozenset[str] = frozenset(),
) -> Positions:
    root: str = min(tree_of, key=lambda n: (n != focus, -tree_of.degree(n), order.get(n, ()), n))
    children = _bfs_children(tree_of, root, order)
    leaves = _leaf_counts(children, root)
    # the centre's own leaves (its funders, stray subprojects) on an inner ring, so the first ring is left
    # to the branches (the networks with their subprojects and hosts)
    inner = [c for c in children[root] if not children[c] and c not in outer]
    branches = [c for c in children[root] if children[c] or c in outer]
    positions: Positions = {root: (0.0, 0.0)}
    for slot, leaf in zip(_spread(len(inner), sum(1 for n in inner if n in labelled)), inner, strict=True):
        positions[leaf] = _on_ring(INNER_RING, -math.pi / 2 + 2 * math.pi * slot / len(inner))
    first_ring = max(MIN_FIRST_RING, len(branches) * RING_SPACING / (2 * math.pi))
    # a branch's angle grows with the leaves under it, but a lone network keeps room for its label
    weight = {b: max(FIRST_RING_MIN_WEIGHT, leaves[b]) for b in branches}
    total = sum(weight.values())
    start = -math.pi / 2
    pending = []
    for i, branch in enumerate(branches):
        share = 2 * math.pi * weight[branch] / total
        # neighbours on the first ring alternate between two radii, so their labels do not meet
        positions[branch] = _on_ring(first_ring + STAGGER * (i % 2), start + share / 2)
        pending.append((branch, 1, start, share))
        start += share
    while pending:
        node, depth, start, width = pending.pop()
        for child in children[node]:
            share = width * leaves[child] / max(1, sum(leaves[c] for c in children[node]))
            positions[child] = _on_ring(first_ring + STAGGER + depth * RING_STEP, start + share / 2)
            pending.append((child, depth + 1, start, share))
            start += share
    return positions


def _spread(count: int, first: int) -> list[int]:
    """Slots 0..count-1 for `count` items whose `first` ones carry labels: those spaced evenly around."""
    if not first:
        return list(range(count))
    labelled = [round(i * count / first) for i in range(first)]
    return labelled + [slot for slot in range(count) if slot not in set(labelled)]


def _on_ring(radius: float, angle: float) -> tuple[float, float]:
    return (WIDE * radius * math.cos(angle), radius * math.sin(angle))


def _bfs_children(tree_of: nx.Graph, root: str, order: dict[str, tuple[object, ...]]) -> dict[str, list[str]]:
    children: dict[str, list[str]] = {root: []}
    frontier = [root]
    while frontier:
        following = []
        for node in frontier:
            fresh = sorted(
                (n for n in tree_of[node] if n not in children), key=lambda n: (order.get(n, ()), n)
            )
            for n in fresh:
                children[n] = []
            children[node] = fresh
            following += fresh
        frontier = following
    return children


def _leaf_counts(children: dict[str, list[str]], root: str) -> dict[str, int]:
    """Leaves under each node (1 for a leaf), children before parents: breadth-first order reversed."""
    order = [root]
    for node in order:
        order += children[node]
    counts: dict[str, int] = {}
    for node in reversed(order):
        counts[node] = sum(counts[c] for c in children[node]) or 1
    return counts


def _set_out_below(
    undirected: nx.Graph, pieces: list[list[str]], positions: Positions, order: dict[str, tuple[object, ...]]
) -> None:
    """Small pieces in rows at the edge: from the bottom left corner of the main structure (which its rings
    leave empty) to the right, then further rows below it."""
    if not pieces:
        return
    xs = [x for x, _ in positions.values()] or [0.0]
    ys = [y for _, y in positions.values()] or [0.0]
    left, bottom = min(xs), max(ys)
    corner = left + (max(xs) - left) / 3  # a corner's width: the rings come closer further in
    right = max(max(xs), left + 6 * PIECE_SPACING)
    x, y, limit = left, bottom, corner
    for piece in pieces:
        local = _rings(undirected.subgraph(piece), order) if len(piece) > 1 else {piece[0]: (0.0, 0.0)}
        scale = 0.35 if len(piece) > 1 else 0.0  # a small piece needs no full-size rings
        width = max((abs(px) for px, _ in local.values()), default=0.0) * scale
        if x + 2 * width > limit:
            x, y, limit = left, y + PIECE_SPACING, right
        for node, (px, py) in local.items():
            positions[node] = (x + width + px * scale, y + py * scale)
        x += 2 * width + PIECE_SPACING


def place_details(g: nx.MultiDiGraph, positions: Positions, details: list[str]) -> Positions:
    """Positions for the details around the placed node each is tied to, fanned away from the centre."""
    placed = dict(positions)
    pending = sorted(details)
    while pending:
        around: dict[str, list[str]] = {}
        rest = []
        for node in pending:
            anchors = sorted(n for n in nx.all_neighbors(g, node) if n in placed)
            if anchors:
                around.setdefault(anchors[0], []).append(node)
            else:
                rest.append(node)
        if not around:
            _set_out_below(nx.Graph(g.subgraph(rest).to_undirected()), [[n] for n in rest], placed, {})
            break
        for anchor, members in sorted(around.items()):
            _fan(placed, anchor, members)
        pending = rest
    return {n: placed[n] for n in details}


def _fan(placed: Positions, anchor: str, members: list[str]) -> None:
    ax, ay = placed[anchor]
    outward = math.atan2(ay, ax / WIDE) if (ax, ay) != (0.0, 0.0) else math.pi / 2
    spread = min(2 * math.pi, 0.5 * len(members))
    for i, node in enumerate(members):
        angle = outward + spread * ((i + 0.5) / len(members) - 0.5)
        distance = DETAIL_DISTANCE * (1 + 0.3 * (i % 3))
        placed[node] = (ax + distance * math.cos(angle), ay + distance * math.sin(angle))


# Room for labels: nodes whose labels would overlap are pushed apart -----------------------------------

Box = tuple[float, float, float, float]  # left, top, right, bottom around a node's centre, canvas units
SEPARATE_ROUNDS = 60  # passes over all pairs; a pass that moves nothing ends early
LABEL_GAP = 6.0  # canvas units left between two boxes that had overlapped


def separate(
    positions: dict[int, tuple[float, float]], boxes: dict[int, Box]
) -> dict[int, tuple[float, float]]:
    """`positions` moved so that no two `boxes` overlap (as far as SEPARATE_ROUNDS passes get): each
    overlapping pair is pushed apart, half each, along the axis where they overlap least. Deterministic;
    O(n²) per pass, meant for the few dozen labels an opening view draws."""
    placed = dict(positions)
    ids = sorted(placed)
    for _ in range(SEPARATE_ROUNDS):
        moved = False
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                push = _push(placed[a], boxes[a], placed[b], boxes[b])
                if push:
                    (ax, ay), (bx, by) = placed[a], placed[b]
                    placed[a] = (ax - push[0], ay - push[1])
                    placed[b] = (bx + push[0], by + push[1])
                    moved = True
        if not moved:
            break
    return placed


def _push(pa: tuple[float, float], a: Box, pb: tuple[float, float], b: Box) -> tuple[float, float] | None:
    """Half the shift that parts box b from box a (b moves by it, a by its opposite), or None."""
    dx = min(pa[0] + a[2], pb[0] + b[2]) - max(pa[0] + a[0], pb[0] + b[0])
    dy = min(pa[1] + a[3], pb[1] + b[3]) - max(pa[1] + a[1], pb[1] + b[1])
    if dx <= 0 or dy <= 0:
        return None
    if dx < dy:
        return (math.copysign((dx + LABEL_GAP) / 2, pb[0] - pa[0] or 1.0), 0.0)
    return (0.0, math.copysign((dy + LABEL_GAP) / 2, pb[1] - pa[1] or 1.0))
