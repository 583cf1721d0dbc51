"""Export the network for Gephi and Cytoscape: GraphML and GEXF, types and labels as attributes.

Both formats take only scalar attributes, so lists become counts or joined text. The files are
deterministic: nodes and edges in sorted order, and GEXF's "last modified" date is the newest date in the
network rather than today's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from ..errors import OutputError
from ..version import __version__

EXPORT_FORMATS = ("graphml", "gexf")


def flat_network(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """`g` with scalar attributes only (what GraphML and GEXF can hold)."""
    flat = nx.MultiDiGraph()
    for node in sorted(g):
        d = g.nodes[node]
        attrs = {
            "label": d["label"],
            "type": d["type"],
            "iri": d["iri"],
            "aliases": "; ".join(d["aliases"]),
            "roles": "; ".join(_role(r) for r in d["roles"]),
            "releases": len(d["sources"]),
            "quotes": len(d["quotes"]),
            "first": d["first"],
            "last": d["last"],
            "date": d.get("date"),
        }
        flat.add_node(node, **_scalars(attrs))
    for s, o, key in sorted(g.edges(keys=True)):
        d = g.edges[s, o, key]
        sentences = [e["sentence"] for e in d["evidence"] if "sentence" in e]
        attrs = {
            "relation": d["relation"],
            "label": d["label"],
            "evidence": len(d["evidence"]),
            "sentence": sentences[0] if sentences else None,
            "first": d["first"],
            "last": d["last"],
        }
        flat.add_edge(s, o, key=key, **_scalars(attrs))
    return flat


def _role(role: dict[str, Any]) -> str:
    text: str = role["title"] + (f", {role['organisation']}" if role["organisation"] else "")
    return text + (f" ({role['first']} – {role['last']})" if role["first"] else "")


def _scalars(attrs: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in attrs.items() if v not in (None, "")}


def export_network(g: nx.MultiDiGraph, path: Path, fmt: str) -> Path:
    if fmt not in EXPORT_FORMATS:
        raise OutputError(f"unknown export format {fmt!r}: choose {' or '.join(EXPORT_FORMATS)}")
    flat = flat_network(g)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "graphml":
            nx.write_graphml(flat, path, encoding="utf-8", prettyprint=True)
        else:
            _write_gexf(flat, path)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc}") from exc
    return path


def _write_gexf(flat: nx.MultiDiGraph, path: Path) -> None:
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    meta = writer.xml.find("meta")
    assert meta is not None
    newest = max((d for _, d in flat.nodes(data="last") if d), default=None)
    if newest:
        meta.set("lastmodifieddate", newest)
    else:
        del meta.attrib["lastmodifieddate"]
    creator = meta.find("creator")
    if creator is not None:
        creator.text = f"iqgraph {__version__} (networkx {nx.__version__})"
    writer.add_graph(flat)
    writer.write(path)
