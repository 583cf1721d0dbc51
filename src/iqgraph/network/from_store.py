"""Network stage: a build's embedded store -> a networkx graph of the funding network, and its filters.

Nodes are the entities (programme, networks, offices, subprojects, ministries, agencies, organisations,
people, events, places); edges are the relations between them (funded by, partner, part of, hosted by,
led by, speaker at, organised by, located in, member of) and people's roles in organisations. Every node
and edge carries what a reader needs to trust it: the releases and sentences it comes from (or the
reference sources), dates, roles, quote excerpts and external links.

The views, `iqgraph stats` and `iqgraph export` all read this one graph, so they count the same things.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import networkx as nx

from ..errors import NetworkFilterError
from ..rdf.namespaces import IQ
from ..store.embedded import LocalStore
from ..vocab import ENTITY_CLASSES, RELATIONS, RELATIONS_TABLE

# How each relation reads on an edge, subject -> object.
RELATION_LABELS: dict[str, str] = {r.name: r.reads for r in RELATIONS_TABLE}
ROLE = "role"  # the relation of a person's role edge (person -> organisation), labelled by the role title
QUOTE_EXCERPT = 240  # characters of a quote kept on its speaker's node
MAX_SOURCES = 25  # releases listed per node or edge; the count says how many there are in all

_IQ = str(IQ)
_CLASS_VALUES = " ".join(f"iq:{c}" for c in ENTITY_CLASSES)
_RELATION_VALUES = " ".join(f"iq:{r}" for r in RELATIONS)

# Each pattern stays inside one graph (GRAPH ?g): names and classes are once, in the entities graph, but a
# release graph repeats what other releases state too (a relation, a membership), and Oxigraph's union
# default graph returns a triple once per graph holding it, so joins across the union multiply rows where
# per-graph joins do not.
_NODES = f"""SELECT ?e ?class ?label WHERE {{
  VALUES ?class {{ {_CLASS_VALUES} }}
  GRAPH ?g {{ ?e a ?class ; rdfs:label ?label }}
}}"""
_ALIASES = "SELECT DISTINCT ?e ?alias WHERE { GRAPH ?g { ?e skos:altLabel ?alias } }"
_MENTIONS = """SELECT ?e ?release ?title ?date WHERE { GRAPH ?g {
  ?release a iq:PressRelease ; iq:mentions ?e .
  OPTIONAL { ?release dcterms:title ?title } OPTIONAL { ?release dcterms:date ?date }
} }"""
# Statements and memberships are read as flat patterns and joined here, by node and graph: with their
# evidence in nested OPTIONALs, Oxigraph evaluated that part row by row (10,000 releases: 50 s for the
# two queries, a third of that flat).
_STATEMENTS = (
    """SELECT ?st ?p ?s ?o ?g WHERE { GRAPH ?g { ?st rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o } }"""
)
_PERIODS = """SELECT ?st ?what ?value ?g WHERE { GRAPH ?g {
  VALUES ?what { schema:startDate schema:endDate dcterms:source } ?st ?what ?value ; a iq:Statement
} }"""
_DIRECT = f"""SELECT DISTINCT ?s ?p ?o WHERE {{
  VALUES ?p {{ {_RELATION_VALUES} }} GRAPH ?g {{ ?s ?p ?o }} FILTER(isIRI(?o))
}}"""
_MEMBERSHIPS = """SELECT ?m ?person ?role ?org WHERE { GRAPH ?g {
  ?m a org:Membership ; org:member ?person ; org:role ?role . OPTIONAL { ?m org:organization ?org }
} }"""
_ROLE_TITLES = "SELECT ?role ?title WHERE { GRAPH ?g { ?role a org:Role ; rdfs:label ?title } }"
_EVIDENCE = "SELECT ?node ?sent ?g WHERE { GRAPH ?g { ?node iq:evidence ?sent } }"
_SENTENCES = """SELECT ?sent ?release ?sentence ?g WHERE { GRAPH ?g {
  ?sent oa:hasSource ?release ; oa:hasSelector ?sel . ?sel oa:exact ?sentence
} }"""
_RELEASES = """SELECT ?release ?title ?date ?g WHERE { GRAPH ?g {
  ?release a iq:PressRelease OPTIONAL { ?release dcterms:title ?title } OPTIONAL { ?release dcterms:date ?date }
} }"""
_QUOTES = """SELECT ?person ?text ?release ?title ?date WHERE { GRAPH ?g {
  ?q a iq:Quotation ; schema:creator ?person ; schema:text ?text .
  OPTIONAL { ?q schema:isPartOf ?release . OPTIONAL { ?release dcterms:title ?title }
             OPTIONAL { ?release dcterms:date ?date } }
} }"""
_EVENT_DATES = "SELECT DISTINCT ?e ?date WHERE { GRAPH ?g { ?e a iq:Event ; schema:startDate ?date } }"
_LINKS = """SELECT DISTINCT ?e ?link ?kind WHERE { GRAPH ?g {
  { ?e owl:sameAs ?link BIND("same" AS ?kind) } UNION { ?e dcterms:source ?link BIND("source" AS ?kind) }
  FILTER(isIRI(?link))
} }"""


def load_network(store: LocalStore) -> nx.MultiDiGraph:
    """The whole network of a build, read from its embedded store."""
    g = nx.MultiDiGraph()
    _add_nodes(g, store)
    _add_mentions(g, store)
    evidence = _evidence(store)
    _add_relations(g, store, evidence)
    _add_roles(g, store, evidence)
    _add_quotes(g, store)
    _add_links(g, store)
    for _, _, data in g.edges(data=True):
        _close_span(data)
    for node, data in g.nodes(data=True):
        _close_span(data)
        ties = [*g.in_edges(node, keys=True), *g.out_edges(node, keys=True)]
        _widen_by_ties(data, [g.edges[t] for t in ties])
    return g


def _add_nodes(g: nx.MultiDiGraph, store: LocalStore) -> None:
    labels: dict[str, set[str]] = defaultdict(set)
    types: dict[str, set[str]] = defaultdict(set)
    for e, cls, label in store.values(_NODES):
        assert e and cls and label
        labels[e].add(label)
        types[e].add(cls.removeprefix(_IQ))
    aliases: dict[str, set[str]] = defaultdict(set)
    for e, alias in store.values(_ALIASES):
        aliases[e or ""].add(alias or "")
    for e in sorted(labels):
        # one label, unless partitions pushed into one store named the entity differently: then the least
        label = min(labels[e])
        g.add_node(
            e,
            label=label,
            type=min(types[e], key=ENTITY_CLASSES.index),  # one class per entity; the most specific first
            iri=e,
            aliases=sorted(aliases[e] - {label}),
            roles=[],
            quotes=[],
            sources=[],
            links=[],
            dates=[],
        )
    for e, date in store.values(_EVENT_DATES):
        if e in g and date and not date.startswith("--"):
            g.nodes[e]["date"] = date
            g.nodes[e]["dates"].append(date)


def _add_mentions(g: nx.MultiDiGraph, store: LocalStore) -> None:
    for e, release, title, date in store.values(_MENTIONS):
        if e in g:
            node = g.nodes[e]
            node["sources"].append(_source(release, title, date))
            if date:
                node["dates"].append(date)


# (release, title, date, sentence) of each sentence a node in a graph was read from, by (node, graph)
_Evidence = dict[tuple[str, str], list[tuple[str, str | None, str | None, str]]]


def _evidence(store: LocalStore) -> _Evidence:
    releases = {(r, g): (title, date) for r, title, date, g in store.values(_RELEASES) if r and g}
    sentences: dict[tuple[str, str], list[tuple[str, str | None, str | None, str]]] = defaultdict(list)
    for sent, release, text, g in store.values(_SENTENCES):
        if sent and release and text is not None and g:
            title, date = releases.get((release, g), (None, None))
            sentences[sent, g].append((release, title, date, text))
    found: _Evidence = defaultdict(list)
    for node, sent, g in store.values(_EVIDENCE):
        if node and sent and g:
            found[node, g] += sentences.get((sent, g), [])
    return found


def _add_relations(g: nx.MultiDiGraph, store: LocalStore, evidence: _Evidence) -> None:
    periods: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for st, what, value, graph in store.values(_PERIODS):
        if st and what and value and graph:
            periods[st, graph][what.rsplit("/", 1)[-1]].append(value)
    relations = {f"{_IQ}{r}" for r in RELATIONS}
    for st, p, s, o, graph in store.values(_STATEMENTS):
        if p not in relations or s not in g or o not in g or not st or not graph:
            continue  # a count, a fact about a node without a label (should not happen) or a literal
        relation = (p or "").removeprefix(_IQ)
        edge = _edge(g, s, o, relation, RELATION_LABELS[relation])
        for release, title, date, sentence in evidence.get((st, graph), []):
            edge["evidence"].append(_source(release, title, date, sentence))
            edge["dates"] += [date] if date else []
        period = periods.get((st, graph), {})
        edge["evidence"] += [{"source": source} for source in period.get("source", [])]
        edge["dates"] += period.get("startDate", []) + period.get("endDate", [])
        if period.get("startDate") and not period.get("endDate"):
            edge["ongoing"] = True  # a reference period that has not ended
    for s, p, o in store.values(_DIRECT):
        if s in g and o in g:
            relation = (p or "").removeprefix(_IQ)
            # a fact asserted without a statement: its evidence, where any, came with its statement
            _edge(g, s, o, relation, RELATION_LABELS[relation])


def _add_roles(g: nx.MultiDiGraph, store: LocalStore, evidence: _Evidence) -> None:
    titles: dict[str, list[str]] = defaultdict(list)
    for role, title in store.values(_ROLE_TITLES):
        if role and title:
            titles[role].append(title)
    attested: dict[str, list[tuple[str, str | None, str | None, str]]] = defaultdict(list)
    for (node, _graph), sources in evidence.items():  # a membership is attested in each release's graph
        attested[node] += sources
    for m, person, role, org in store.values(_MEMBERSHIPS):
        if person is None or person not in g or not m or not role:
            continue
        for title in sorted(titles.get(role, [])):
            _add_role(g, person, title, org, attested.get(m, []))


def _add_role(
    g: nx.MultiDiGraph,
    person: str,
    title: str,
    org: str | None,
    sources: list[tuple[str, str | None, str | None, str]],
) -> None:
    """A membership with the sentences attesting it: a role on the person, and a tie to the organisation."""
    organisation = g.nodes[org]["label"] if org in g else None
    for date in sorted({d for _, _, d, _ in sources}, key=lambda d: d or "") or [None]:
        g.nodes[person]["roles"].append({"title": title, "organisation": organisation, "date": date})
    if org in g:
        edge = _edge(g, person, org, ROLE, title, key=f"{ROLE}:{title}")
        for release, rtitle, date, sentence in sources:
            edge["evidence"].append(_source(release, rtitle, date, sentence))
            edge["dates"] += [date] if date else []


def _add_quotes(g: nx.MultiDiGraph, store: LocalStore) -> None:
    for person, text, release, title, date in store.values(_QUOTES):
        if person in g and text:
            excerpt = text if len(text) <= QUOTE_EXCERPT else text[: QUOTE_EXCERPT - 1].rstrip() + "…"
            g.nodes[person]["quotes"].append({"text": excerpt, **_source(release, title, date)})


def _add_links(g: nx.MultiDiGraph, store: LocalStore) -> None:
    for e, link, kind in store.values(_LINKS):
        if e in g and link:
            g.nodes[e]["links"].append({"url": link, "label": _link_label(link, kind or "")})


def _link_label(url: str, kind: str) -> str:
    """A name a reader recognises: the register, or the web site a source is on (never a bare "source")."""
    if "wikidata.org/" in url:
        return "Wikidata"
    if "d-nb.info/gnd/" in url:
        return "GND"
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.") if kind == "source" else f"= {host.removeprefix('www.')}"


def _edge(
    g: nx.MultiDiGraph, s: str | None, o: str | None, relation: str, label: str, key: str | None = None
) -> dict[str, Any]:
    assert s is not None and o is not None  # callers checked both are nodes
    key = key or relation
    if not g.has_edge(s, o, key):
        g.add_edge(s, o, key=key, relation=relation, label=label, evidence=[], dates=[])
    data: dict[str, Any] = g.edges[s, o, key]
    return data


def _source(
    release: str | None, title: str | None, date: str | None, sentence: str | None = None
) -> dict[str, str]:
    found = {"release": release, "title": title, "date": date, "sentence": sentence}
    return {k: v for k, v in found.items() if v}


def _close_span(data: dict[str, Any]) -> None:
    """Sort and deduplicate what was gathered, and turn the dates into a first and last day (None: open)."""
    dates = [d for d in data.pop("dates") if not d.startswith("--")]
    data["first"] = _day(min(dates), end=False) if dates else None
    data["last"] = _day(max(dates), end=True) if dates and not data.pop("ongoing", False) else None
    for name in ("roles", "quotes", "sources", "links", "evidence"):
        if name in data:
            items = {tuple(sorted(item.items())): item for item in data[name]}
            data[name] = [items[k] for k in sorted(items, key=_sort_key)]
    if "roles" in data:
        data["roles"] = _role_spans(data["roles"])


def _widen_by_ties(node: dict[str, Any], ties: list[dict[str, Any]]) -> None:
    """A node lasts as long as its ties: a ministry that still funds the programme is still in the network."""
    dated = [t for t in ties if t["first"]]
    if not dated:
        return
    node["first"] = min(d for d in (node["first"], *(t["first"] for t in dated)) if d)
    if any(t["last"] is None for t in dated):
        node["last"] = None  # ongoing
    else:
        node["last"] = max(d for d in (node["last"], *(t["last"] for t in dated)) if d)


def _sort_key(item: tuple[tuple[str, Any], ...]) -> tuple[str, ...]:
    as_dict = dict(item)
    # newest first for what a reader scans (releases, quotes), then by text for a stable order
    return (_newest_first(as_dict.get("date")), *(str(v or "") for _, v in item))


def _newest_first(date: str | None) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in date) if date else "\U0010ffff"


def _role_spans(roles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per role title and organisation, with the first and last date a release attests it."""
    spans: dict[tuple[str, str], list[str]] = defaultdict(list)
    for role in roles:
        dates = spans[(role["title"], role["organisation"] or "")]
        if role.get("date"):
            dates.append(role["date"])
    rows = [
        {
            "title": title,
            "organisation": org or None,
            "first": min(dates) if dates else None,
            "last": max(dates) if dates else None,
        }
        for (title, org), dates in spans.items()
    ]
    return sorted(rows, key=lambda r: (r["first"] or "", r["title"], r["organisation"] or ""))


def _day(date: str, end: bool) -> str:
    """An xsd:date, gYearMonth or gYear as its first (or last) day, so spans compare as text."""
    if len(date) == 4:
        return f"{date}-12-31" if end else f"{date}-01-01"
    if len(date) == 7:
        year, month = int(date[:4]), int(date[5:])
        if not end:
            return f"{date}-01"
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return (following - dt.timedelta(days=1)).isoformat()
    return date[:10]


# Filters -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NetworkFilter:
    """What part of the network to show or analyse. Applied in this order: time, focus, types."""

    focus: str | None = None  # a node's label, alias or IRI
    depth: int = 2  # hops around the focus, along edges in either direction
    through_hubs: bool = False  # expand the focus's neighbourhood through hubs too (see hubs())
    types: tuple[str, ...] = ()  # entity classes to keep (the focus node always stays)
    since: dt.date | None = None
    until: dt.date | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.focus or self.types or self.since or self.until)


def parse_types(text: str | None) -> tuple[str, ...]:
    """'Ministry,StateNetwork' -> the classes, checked; case and a plural 's' are forgiven."""
    if not text:
        return ()
    known = {c.lower(): c for c in ENTITY_CLASSES}
    chosen = []
    for name in (part.strip() for part in text.split(",")):
        if not name:
            continue
        singular = name.lower()[:-3] + "y" if name.lower().endswith("ies") else name.lower()
        cls = known.get(singular) or known.get(singular.removesuffix("s"))
        if cls is None:
            raise NetworkFilterError(f"unknown type {name!r}: choose from {', '.join(ENTITY_CLASSES)}")
        chosen.append(cls)
    return tuple(dict.fromkeys(chosen))


def apply_filter(g: nx.MultiDiGraph, spec: NetworkFilter) -> nx.MultiDiGraph:
    """The part of `g` that `spec` asks for, as a new graph (g is left as it was)."""
    if spec.since and spec.until and spec.since > spec.until:
        raise NetworkFilterError(f"--since {spec.since} is after --until {spec.until}")
    keep = set(g)
    if spec.since or spec.until:
        keep = {n for n in keep if _in_window(g.nodes[n], spec)}
    focus = find_node(g, spec.focus) if spec.focus else None
    if focus is not None:
        if focus not in keep:
            raise NetworkFilterError(f"{g.nodes[focus]['label']!r} has no date between --since and --until")
        window = g.subgraph(keep)
        window = window.edge_subgraph(e for e in window.edges(keys=True) if _in_window(window.edges[e], spec))
        keep = _neighbourhood(window, focus, spec.depth, set() if spec.through_hubs else hubs(g))
    if spec.types:
        keep = {n for n in keep if g.nodes[n]["type"] in spec.types or n == focus}
    sub = g.subgraph(keep)
    edges = [e for e in sub.edges(keys=True) if _in_window(sub.edges[e], spec)]
    result = nx.MultiDiGraph()
    result.add_nodes_from(sorted((n, g.nodes[n]) for n in keep))
    result.add_edges_from((s, o, k, g.edges[s, o, k]) for s, o, k in sorted(edges))
    result.graph["focus"] = focus
    return result


# A hub joins everything: expanding a focus through it pulls in the whole programme. Measured on the dev corpus
# (83 releases, 505 nodes): the programme is tied to all 25 state networks and 13 subprojects (48 ties); the
# next in line are the Bundesministerium für Arbeit und Soziales (11 ties) and the Bundesagentur für Arbeit
# (9), which fund or partner the programme; no state network has more than 15 ties, no subproject more than 5.
HUB_NETWORKS = 3  # a node tied directly to this many state networks is a hub, whatever its class
HUB_CLASSES = ("Programme", "Ministry", "Agency")  # ... and a programme, ministry or agency with
HUB_DEGREE = 8  # this many ties (in either direction, to distinct nodes) or more


def hubs(g: nx.MultiDiGraph) -> set[str]:
    """The nodes a focus view does not expand through (they are shown when tied to the focus, but not their ties)."""
    found = set()
    for node, data in g.nodes(data=True):
        neighbours = set(nx.all_neighbors(g, node)) - {node}
        networks = sum(1 for n in neighbours if g.nodes[n]["type"] == "StateNetwork")
        if networks >= HUB_NETWORKS or (data["type"] in HUB_CLASSES and len(neighbours) >= HUB_DEGREE):
            found.add(node)
    return found


def _neighbourhood(g: nx.MultiDiGraph, focus: str, depth: int, stops: set[str]) -> set[str]:
    """Nodes within `depth` hops of `focus` (edges in either direction); a hub is reached but not passed."""
    reached, frontier = {focus}, [focus]
    for _ in range(depth):
        following = []
        for node in frontier:
            if node in stops and node != focus:
                continue
            for neighbour in sorted(set(nx.all_neighbors(g, node)) - reached):
                reached.add(neighbour)
                following.append(neighbour)
        frontier = following
    return reached


def _in_window(data: dict[str, Any], spec: NetworkFilter) -> bool:
    """A missing first or last day is open: undated items and ongoing facts belong to every later window."""
    first, last = data.get("first"), data.get("last")
    if spec.until and first and first > spec.until.isoformat():
        return False
    return not (spec.since and last and last < spec.since.isoformat())


def find_node(g: nx.MultiDiGraph, name: str) -> str:
    """The node a user means by `name`: its IRI, label or alias (any case), else one label containing it."""
    wanted = name.strip().casefold()
    if name in g:
        return name
    exact: list[str] = sorted(n for n, d in g.nodes(data=True) if _names(d) & {wanted})
    if len(exact) == 1:
        return exact[0]
    candidates: list[str] = exact or sorted(
        n for n, d in g.nodes(data=True) if wanted in d["label"].casefold()
    )
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        shown = "; ".join(f"{g.nodes[n]['label']} ({g.nodes[n]['type']})" for n in candidates[:10])
        raise NetworkFilterError(
            f"{name!r} names {len(candidates)} nodes: {shown}; give the full label or IRI"
        )
    close = difflib.get_close_matches(name, sorted({d["label"] for _, d in g.nodes(data=True)}), n=3)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    raise NetworkFilterError(f"no node is called {name!r}{hint}")


def _names(data: dict[str, Any]) -> set[str]:
    return {data["label"].casefold(), *(a.casefold() for a in data["aliases"])}


def nodes_by_type(g: nx.MultiDiGraph, types: Iterable[str]) -> list[str]:
    wanted = set(types)
    return sorted(n for n, t in g.nodes(data="type") if t in wanted)


def type_counts(g: nx.MultiDiGraph) -> dict[str, int]:
    return _count(t for _, t in g.nodes(data="type"))


def relation_counts(g: nx.MultiDiGraph) -> dict[str, int]:
    return _count(r for _, _, r in g.edges(data="relation"))


def _count(values: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for v in values:
        counts[v] += 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def sorted_nodes(g: nx.MultiDiGraph) -> Sequence[str]:
    return sorted(g)
