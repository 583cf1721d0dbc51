"""Publish stage: the dataset written as TriG, Turtle, N-Quads and JSON-LD, byte-identical for the same input.

rdflib's serialisers order subjects and predicates; the N-Quads lines and the JSON-LD nodes are sorted
here, so two builds of the same releases can be diffed line by line.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .errors import OutputError
from .namespaces import PREFIXES

DUMP_NAMES = {
    "trig": "iqgraph.trig",
    "turtle": "iqgraph.ttl",
    "nquads": "iqgraph.nq",
    "json-ld": "iqgraph.jsonld",
}


def merged_graph(ds: Dataset) -> Graph:
    """Every triple of every graph in one graph (what most portals harvest)."""
    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns, override=True, replace=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def write_dumps(ds: Dataset, out_dir: Path) -> dict[str, Path]:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        paths = {fmt: out_dir / name for fmt, name in DUMP_NAMES.items()}
        paths["trig"].write_text(_sorted_trig(ds), encoding="utf-8")
        paths["turtle"].write_text(merged_graph(ds).serialize(format="turtle"), encoding="utf-8")
        paths["nquads"].write_text(_sorted_nquads(ds), encoding="utf-8")
        paths["json-ld"].write_text(_jsonld(ds), encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write the dumps to {out_dir}: {exc.strerror or exc}") from exc
    return paths


def _sorted_trig(ds: Dataset) -> str:
    """TriG with the default graph first, then the named graphs in IRI order (rdflib's order varies by run)."""
    prefixes: set[str] = set()
    body = []
    graphs = sorted(ds.graphs(), key=lambda g: (g.identifier != DATASET_DEFAULT_GRAPH_ID, str(g.identifier)))
    for g in graphs:
        if not len(g):
            continue
        turtle = _as_turtle(g, ds)
        lines = turtle.splitlines()
        prefixes.update(line for line in lines if line.startswith("@prefix"))
        triples = "\n".join(line for line in lines if not line.startswith("@prefix")).strip()
        if g.identifier == DATASET_DEFAULT_GRAPH_ID:
            body.append(triples)
        else:
            indented = "\n".join("    " + line if line else line for line in triples.splitlines())
            body.append(f"<{g.identifier}> {{\n{indented}\n}}")
    return "\n".join(sorted(prefixes)) + "\n\n" + "\n\n".join(body) + "\n"


def _as_turtle(g: Graph, ds: Dataset) -> str:
    copy = Graph()
    for prefix, ns in ds.namespaces():
        copy.bind(prefix, ns, override=True, replace=True)
    for triple in g:
        copy.add(triple)
    return copy.serialize(format="turtle")


def _sorted_nquads(ds: Dataset) -> str:
    lines = ds.serialize(format="nquads").splitlines()
    return "\n".join(sorted(line for line in lines if line.strip())) + "\n"


def _jsonld(ds: Dataset) -> str:
    context = {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}
    context.update({prefix: str(ns) for prefix, ns in ds.namespaces() if prefix == "id"})
    data = json.loads(ds.serialize(format="json-ld", context=context, auto_compact=True))
    return json.dumps(_canonical(data), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _canonical(value: Any) -> Any:
    """Lists sorted by their content, so node order no longer depends on set iteration."""
    if isinstance(value, dict):
        return {k: (v if k == "@context" else _canonical(v)) for k, v in value.items()}
    if isinstance(value, list):
        items = [_canonical(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value
