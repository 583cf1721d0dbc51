#!/usr/bin/env python3
"""Extraction quality of iqgraph on the annotated dev corpus.

Builds the corpus with `iqgraph.build` (validation on), reads the published `iqgraph.trig` back and scores it
against the gold TSVs through the public vocabulary only, with the matching rules of the shared reference
scorer (`../shared/tools/score.py`, reimplemented here): labels normalised (case, articles, quotes, hyphens,
parenthesised parts), a gold label also found by its abbreviation, events and event endpoints of relations
by date, role titles by containment, quotes by their first 40 normalised characters, counts as any
xsd:integer literal on a node carrying the subject's name. On top of the scores: entities per type,
relations per predicate, an entity-resolution check (splits and wrong merges), misses and false positives,
and a comparison with the reference scorer when it is present.

    python benchmarks/quality.py [--corpus DIR] [--gold DIR] [--json] [--out DIR] [--write-readme]

Exit status: 0 when the reference scorer agrees with this one (or is absent), 1 when it disagrees on any
kind, 2 when the corpus is missing or nothing could be built.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import itertools
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import textwrap
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import RDF, RDFS, Dataset, Graph, Literal, Namespace
from rdflib.namespace import SKOS
from rdflib.term import Node

REPO = Path(__file__).resolve().parent.parent
if importlib.util.find_spec("iqgraph") is None:  # a fresh clone, not installed: use its sources
    sys.path.insert(0, str(REPO / "src"))
import iqgraph  # noqa: E402

IQ = Namespace("https://w3id.org/iqgraph/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMAS = (Namespace("http://schema.org/"), Namespace("https://schema.org/"))
TYPES: tuple[str, ...] = ("Programme", "StateNetwork", "CoordinationOffice", "Subproject", "Ministry")
TYPES += ("Agency", "Organisation", "Person", "Event", "Place")
NON_EVENT = frozenset(TYPES) - {"Event"}
RELS: tuple[str, ...] = ("fundedBy", "implementationPartner", "partOf", "hostedBy", "ledBy", "speakerAt")
RELS += ("organisedBy", "locatedIn", "memberOf")
SCORED = ("entity", "relation", "role", "quote", "event")  # "all" sums these; counts stay apart
KINDS = (*SCORED, "count", "all")
TARGET_F1 = {"entity": 0.90, "relation": 0.75, "role": 0.85, "quote": 0.95, "event": 0.85, "count": 0.60}
TARGET_P = 0.85
README = Path(__file__).resolve().parent / "README.md"
MAIN_README = REPO / "README.md"
MARKERS = ("<!-- quality:begin -->", "<!-- quality:end -->")

Triple = tuple[Node, Node, Node]

# ---------------------------------------------------------------- names


_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den"})
_TO_BLANK = str.maketrans(dict.fromkeys("„“”\"'‚‘’»«-–", " "))
_PARENS = re.compile(r"\([^)]*\)")
_SEPARATORS = re.compile(r"[\s,.;:]+")
_TRAILING_ABBREVIATION = re.compile(r"\(([^)]+)\)\s*$")


def norm(label: str) -> str:
    """Lower case, no parenthesised parts, quotes or hyphens, no leading articles: the scorer's name form."""
    text = _PARENS.sub(" ", unicodedata.normalize("NFC", label).lower()).translate(_TO_BLANK)
    words = [w for w in _SEPARATORS.split(text) if w]
    return " ".join(itertools.dropwhile(_ARTICLES.__contains__, words))


def abbreviation(label: str) -> str | None:
    """The abbreviation a gold label ends with, "(BMAS)" -> "bmas"."""
    found = _TRAILING_ABBREVIATION.search(label)
    return found.group(1).strip().lower() if found else None


# ---------------------------------------------------------------- the dump


@dataclass
class Dump:
    """A build read back: every quad merged into one graph, indexed by names, iq: types and source graph."""

    graph: Graph = field(default_factory=Graph)
    names: dict[Node, set[str]] = field(default_factory=lambda: defaultdict(set))
    types: dict[Node, set[str]] = field(default_factory=lambda: defaultdict(set))
    sources: dict[Node, set[str]] = field(default_factory=lambda: defaultdict(set))
    triple_sources: dict[Triple, set[str]] = field(default_factory=lambda: defaultdict(set))


def read_dump(dataset: Dataset) -> Dump:
    dump = Dump()
    for s, p, o, ctx in dataset.quads((None, None, None, None)):
        dump.graph.add((s, p, o))
        _index(dump, (s, p, o), str(ctx).rsplit("/", 1)[-1] if ctx is not None else "default")
    return dump


def _index(dump: Dump, triple: Triple, source: str) -> None:
    s, p, o = triple
    if p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel):
        dump.names[s] |= {norm(str(o)), str(o).strip().lower()}
    elif p == RDF.type:
        dump.sources[s].add(source)
        if str(o).startswith(str(IQ)):
            dump.types[s].add(str(o)[len(str(IQ)) :])
    elif p in {IQ[r] for r in RELS}:
        dump.triple_sources[triple].add(source)


def label_of(dump: Dump, node: Node | None) -> str:
    for p in (RDFS.label, SKOS.prefLabel):
        value = dump.graph.value(node, p)
        if value is not None:
            return str(value)
    return str(node)


def first(dump: Dump, node: Node, local: str) -> Node | None:
    """The value of schema:<local>, http or https namespace."""
    values = (dump.graph.value(node, ns[local]) for ns in SCHEMAS)
    return next((v for v in values if v is not None), None)


def date_of(dump: Dump, node: Node) -> str | None:
    value = first(dump, node, "startDate")
    return None if value is None else str(value)[:10]


def typed(dump: Dump, wanted: Iterable[str]) -> list[Node]:
    wanted = set(wanted)
    return [n for n, ts in dump.types.items() if ts & wanted]


def where(dump: Dump, node: Node) -> str:
    return ", ".join(sorted(dump.sources.get(node, set()))) or "?"


# ---------------------------------------------------------------- matching


def carries(dump: Dump, node: Node | None, label: str) -> bool:
    """A node carries a gold label when one of its names equals the label's name form or abbreviation."""
    names = dump.names.get(node, set()) if node is not None else set()
    abbr = abbreviation(label)
    return norm(label) in names or (abbr is not None and abbr in names)


def endpoint_ok(dump: Dump, node: Node, label: str, date: str) -> bool:
    """A relation endpoint: an event by its date when gold gives one, anything else by its name."""
    if date and "Event" in dump.types.get(node, set()):
        return date_of(dump, node) == date[:10]
    return carries(dump, node, label)


def title_ok(gold_title: str, title: str) -> bool:
    """A (normalised) predicted role title matches when one contains the other."""
    wanted = norm(gold_title)
    return bool(title) and (wanted in title or title in wanted)


def quote_ok(gold_words: str, text: str) -> bool:
    """A (normalised) quotation matches when it contains the first 40 characters of the gold words."""
    return norm(gold_words)[:40] in text


# ---------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldRow:
    kind: str
    file: str
    cells: tuple[str, ...]
    dates: tuple[str, str] = ("", "")  # relations: the dates of subject and object when they are events

    def text(self) -> str:
        return f"{self.file}: " + " | ".join(self.cells)


def parse_gold(file: str, lines: Iterable[str]) -> list[GoldRow]:
    rows = [tuple(c.strip() for c in ln.split("\t")) for ln in lines if ln.strip() and not ln.startswith("#")]
    dates = {r[1]: r[2] for r in rows if r[0] == "event" and len(r) >= 3}
    return [GoldRow(r[0], file, r[1:], _event_dates(r, dates)) for r in rows]


def _event_dates(row: tuple[str, ...], dates: dict[str, str]) -> tuple[str, str]:
    if row[0] != "relation" or len(row) < 4:
        return ("", "")
    return (dates.get(row[1], ""), dates.get(row[3], ""))


def in_half(stem: str, half: str | None) -> bool:
    """The dev corpus is split by the parity of the file number ("017_…" is odd): develop on one half, check
    on the other."""
    if half is None:
        return True
    number = re.match(r"\d+", stem)
    return number is not None and int(number.group()) % 2 == (half == "odd")


def load_gold(gold_dir: Path, half: str | None = None) -> list[GoldRow]:
    files = [f for f in sorted(gold_dir.glob("*.tsv")) if in_half(f.stem, half)]
    return [row for f in files for row in parse_gold(f.stem, f.read_text(encoding="utf-8").splitlines())]


def rows(gold: list[GoldRow], kind: str, width: int) -> list[GoldRow]:
    return [r for r in gold if r.kind == kind and len(r.cells) >= width]


# ---------------------------------------------------------------- scores


@dataclass
class Score:
    """tp counts gold rows found (recall); matched_pred the predictions that match gold (precision), or, for
    entities and events, where the reference scorer divides found gold by predictions, None (tp is used)."""

    tp: int
    gold: int
    pred: int
    matched_pred: int | None = None

    def to_dict(self) -> dict[str, Any]:
        hits = self.tp if self.matched_pred is None else self.matched_pred
        p = hits / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out = {"tp": self.tp, "gold": self.gold, "pred": self.pred, "matching": hits}
        return out | {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3)}


@dataclass
class KindResult:
    score: Score
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)


def score_entities(dump: Dump, gold: list[GoldRow]) -> tuple[KindResult, dict[str, Score]]:
    labels: dict[str, dict[str, set[str]]] = {t: defaultdict(set) for t in TYPES}
    for r in rows(gold, "entity", 2):
        if r.cells[0] in labels:
            labels[r.cells[0]][r.cells[1]].add(r.file)
    per_type, misses = {}, []
    for typ in TYPES:
        nodes = typed(dump, [typ])
        missed = [lab for lab in sorted(labels[typ]) if not any(carries(dump, n, lab) for n in nodes)]
        matching = sum(1 for n in nodes if any(carries(dump, n, lab) for lab in labels[typ]))
        per_type[typ] = Score(len(labels[typ]) - len(missed), len(labels[typ]), len(nodes), matching)
        misses += [f"{typ}: {lab} ({', '.join(sorted(labels[typ][lab]))})" for lab in missed]
    predicted = typed(dump, NON_EVENT)
    fps = [n for n in predicted if not _entity_found(dump, n, labels)]
    tp, n_gold = (sum(getattr(per_type[t], a) for t in NON_EVENT) for a in ("tp", "gold"))
    score = Score(tp, n_gold, len(predicted))  # as the reference scorer: found gold / predictions
    return KindResult(score, misses, sorted(_entity_text(dump, n) for n in fps)), per_type


def _entity_found(dump: Dump, node: Node, labels: dict[str, dict[str, set[str]]]) -> bool:
    kinds = dump.types[node] & NON_EVENT
    return any(carries(dump, node, lab) for t in kinds for lab in labels[t])


def _entity_text(dump: Dump, node: Node) -> str:
    kinds = "/".join(sorted(dump.types[node] & NON_EVENT))
    return f"{kinds}: {label_of(dump, node)} [{where(dump, node)}]"


def score_events(dump: Dump, gold: list[GoldRow]) -> KindResult:
    wanted: dict[str, list[str]] = defaultdict(list)
    for r in rows(gold, "event", 2):
        wanted[r.cells[1][:10]].append(f"{r.file}: {r.cells[0]}")
    found: dict[str, list[str]] = defaultdict(list)
    for node in typed(dump, ["Event"]):
        date = date_of(dump, node)
        if date is not None:
            found[date].append(f"{label_of(dump, node)} [{where(dump, node)}]")
    hits = wanted.keys() & found.keys()
    misses = [f"{d} {' / '.join(wanted[d])}" for d in sorted(wanted.keys() - hits)]
    fps = [f"{d} {' / '.join(found[d])}" for d in sorted(found.keys() - hits)]
    return KindResult(Score(len(hits), len(wanted), len(found)), misses, fps)


def relation_ok(dump: Dump, row: GoldRow, triple: Triple) -> bool:
    s, p, o = triple
    subject, predicate, obj = row.cells[:3]
    if p != IQ[predicate]:
        return False
    return endpoint_ok(dump, s, subject, row.dates[0]) and endpoint_ok(dump, o, obj, row.dates[1])


def score_relations(dump: Dump, gold: list[GoldRow]) -> tuple[KindResult, dict[str, Score]]:
    wanted = _once([r for r in rows(gold, "relation", 3) if r.cells[1] in RELS])
    triples = sorted(dump.triple_sources)
    hits = [[t for t in triples if relation_ok(dump, r, t)] for r in wanted]
    matched = {t for h in hits for t in h}
    per_predicate = {}
    for rel in RELS:
        mine = [i for i, r in enumerate(wanted) if r.cells[1] == rel]
        pred = [t for t in triples if t[1] == IQ[rel]]
        tp = sum(1 for i in mine if hits[i])
        per_predicate[rel] = Score(tp, len(mine), len(pred), len(matched.intersection(pred)))
    score = Score(sum(1 for h in hits if h), len(wanted), len(triples), len(matched))
    misses = [r.text() for r, h in zip(wanted, hits, strict=True) if not h]
    fps = [_triple_text(dump, t) for t in triples if t not in matched]
    return KindResult(score, misses, sorted(fps)), per_predicate


def _once(relations: list[GoldRow]) -> list[GoldRow]:
    """The graph merges releases, so a relation stated in several gold files counts once (as the reference)."""
    seen: set[tuple[str, ...]] = set()
    out = []
    for r in relations:
        key = (*r.cells[:3], *r.dates)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _triple_text(dump: Dump, triple: Triple) -> str:
    s, p, o = triple
    sources = ", ".join(sorted(dump.triple_sources[triple]))
    return f"{label_of(dump, s)} {str(p)[len(str(IQ)) :]} {label_of(dump, o)} [{sources}]"


@dataclass(frozen=True)
class Membership:
    node: Node
    person: Node | None
    title: str  # normalised label of the org:role, or of the role's IRI when it has no label
    org: Node | None


def memberships(dump: Dump) -> list[Membership]:
    out = []
    for m in dump.graph.subjects(RDF.type, ORG.Membership):
        role = dump.graph.value(m, ORG.role)
        title = norm(label_of(dump, role) if role is not None else "")
        person, org = (dump.graph.value(m, p) for p in (ORG.member, ORG.organization))
        out.append(Membership(m, person, title, org))
    return sorted(out, key=lambda m: str(m.node))


def role_ok(dump: Dump, row: GoldRow, m: Membership) -> bool:
    person, title, org = row.cells[:3]
    org = "" if org == "-" else org
    org_ok = carries(dump, m.org, org) if org else True
    return carries(dump, m.person, person) and title_ok(title, m.title) and org_ok


def score_roles(dump: Dump, gold: list[GoldRow]) -> KindResult:
    wanted, found = rows(gold, "role", 3), memberships(dump)
    hits = [[m for m in found if role_ok(dump, r, m)] for r in wanted]
    matched = {m for h in hits for m in h}
    misses = [r.text() for r, h in zip(wanted, hits, strict=True) if not h]
    fps = [_membership_text(dump, m) for m in found if m not in matched]
    return KindResult(Score(sum(1 for h in hits if h), len(wanted), len(found), len(matched)), misses, fps)


def _membership_text(dump: Dump, m: Membership) -> str:
    org = label_of(dump, m.org) if m.org is not None else "-"
    return f"{label_of(dump, m.person)} | {m.title} | {org} [{where(dump, m.node)}]"


@dataclass(frozen=True)
class Quote:
    node: Node
    creator: Node | None
    text: str  # normalised


def quotations(dump: Dump) -> list[Quote]:
    found = sorted(dump.graph.subjects(RDF.type, IQ.Quotation), key=str)
    return [Quote(q, first(dump, q, "creator"), norm(str(first(dump, q, "text") or ""))) for q in found]


def quote_matches(dump: Dump, row: GoldRow, q: Quote) -> bool:
    return carries(dump, q.creator, row.cells[0]) and quote_ok(row.cells[1], q.text)


def score_quotes(dump: Dump, gold: list[GoldRow]) -> KindResult:
    wanted, found = rows(gold, "quote", 2), quotations(dump)
    ok = [[q for q in found if quote_matches(dump, r, q)] for r in wanted]
    matched = {q for h in ok for q in h}
    misses = [r.text() for r, h in zip(wanted, ok, strict=True) if not h]
    fps = [
        f"{label_of(dump, q.creator)}: {q.text[:60]} [{where(dump, q.node)}]"
        for q in found
        if q not in matched
    ]
    return KindResult(Score(sum(1 for h in ok if h), len(wanted), len(found), len(matched)), misses, fps)


COUNT_PREDICATES = (IQ["count"], IQ["subprojectCount"])


def integer(value: Node | None) -> str | None:
    ok = (
        isinstance(value, Literal) and value.datatype is not None and "integer" in str(value.datatype).lower()
    )
    return str(value).strip() if ok else None


def predicted_counts(dump: Dump) -> set[tuple[Node, str]]:
    """(entity, number) pairs: an integer on an entity through iq:count or iq:subprojectCount, directly or as an
    iq:Statement's rdf:subject and rdf:object; each pair once."""
    g, found = dump.graph, set()
    for p in COUNT_PREDICATES:
        found |= {(n, v) for n, o in g.subject_objects(p) if (v := integer(o))}
        for st in g.subjects(RDF.predicate, p):
            node, value = g.value(st, RDF.subject), integer(g.value(st, RDF.object))
            if node is not None and value:
                found.add((node, value))
    return found


def score_counts(dump: Dump, gold: list[GoldRow]) -> KindResult:
    wanted, found = rows(gold, "count", 3), sorted(predicted_counts(dump))
    hits = [
        [c for c in found if c[1] == r.cells[2].strip() and carries(dump, c[0], r.cells[0])] for r in wanted
    ]
    matched = {c for h in hits for c in h}
    misses = [r.text() for r, h in zip(wanted, hits, strict=True) if not h]
    fps = [f"{label_of(dump, n)}: {v}" for n, v in found if (n, v) not in matched]
    return KindResult(Score(sum(1 for h in hits if h), len(wanted), len(found), len(matched)), misses, fps)


def total(kinds: dict[str, KindResult]) -> KindResult:
    """The kinds in SCORED summed; matching predictions recovered from the rounded P, as the reference does."""
    scores = [kinds[k].score.to_dict() for k in SCORED]
    tp, gold, pred = (sum(s[a] for s in scores) for a in ("tp", "gold", "pred"))
    return KindResult(Score(tp, gold, pred, sum(round(s["P"] * s["pred"]) for s in scores)))


# ---------------------------------------------------------------- resolution


@dataclass
class Identity:
    labels: set[str]
    files: set[str]
    keys: set[str]


# Gold labels that name one body in different texts (the gold README: "networks keep the name the text
# uses"), which no rule of the name forms below can tell: each pair is one identity for the resolution check.
SAME_BODY = (
    ("Koordination des IQ Netzwerks Berlin", "Koordinierungsstelle des IQ Landesnetzwerks Berlin"),
    ("Landesnetzwerk Nordrhein-Westfalen", "IQ-Netzwerk NRW"),  # NRW is Nordrhein-Westfalen's abbreviation
    ("MigraNet", "MigraNet – IQ Landesnetzwerk Bayern"),
    # the Land's network with the programme spelt out (2012), as "IQ Netzwerk Berlin" (2012) is "IQ Landesnetzwerk
    # Berlin" (2017) in the gold README
    ("Netzwerk Integration durch Qualifizierung (IQ) in Hessen", "IQ Netzwerk Hessen"),
)


def identity_keys(label: str) -> set[str]:
    """Same name form, same abbreviation (a label that is the abbreviation too), "IQ Landesnetzwerk X" =
    "IQ Netzwerk X" (gold README), or a pair in SAME_BODY."""
    name = norm(label).replace("iq landesnetzwerk", "iq netzwerk")
    keys = {"name:" + name} | {f"body:{i}" for i, pair in enumerate(SAME_BODY) if label in pair}
    abbr = abbreviation(label)
    return keys | ({"abbr:" + abbr, "name:" + abbr} if abbr else set())


def gold_identities(gold: list[GoldRow]) -> list[Identity]:
    groups: list[Identity] = []
    for r in rows(gold, "entity", 2):
        merged = Identity({r.cells[1]}, {r.file}, identity_keys(r.cells[1]))
        for other in [g for g in groups if g.keys & merged.keys]:
            merged.labels |= other.labels
            merged.files |= other.files
            merged.keys |= other.keys
            groups.remove(other)
        groups.append(merged)
    return sorted(groups, key=lambda g: sorted(g.labels))


def resolution(dump: Dump, gold: list[GoldRow]) -> dict[str, Any]:
    identities, nodes = gold_identities(gold), typed(dump, TYPES)
    carriers = [[n for n in nodes if any(carries(dump, n, lab) for lab in i.labels)] for i in identities]
    owners: dict[Node, list[Identity]] = defaultdict(list)
    for ident, found in zip(identities, carriers, strict=True):
        for node in found:
            owners[node].append(ident)
    splits = [_split_text(dump, i, f) for i, f in zip(identities, carriers, strict=True) if len(f) > 1]
    merges = [_merge_text(dump, n, ids) for n, ids in sorted(owners.items(), key=str) if len(ids) > 1]
    n_found = sum(1 for f in carriers if f)
    return {"identities": len(identities), "found": n_found, "splits": splits, "wrong_merges": merges}


def _split_text(dump: Dump, ident: Identity, nodes: list[Node]) -> str:
    iris = "; ".join(f"{n} ({label_of(dump, n)})" for n in sorted(nodes, key=str))
    return f"{' = '.join(sorted(ident.labels))} ({', '.join(sorted(ident.files))}) -> {iris}"


def _merge_text(dump: Dump, node: Node, identities: list[Identity]) -> str:
    carried = " vs ".join(" = ".join(sorted(i.labels)) for i in identities)
    return f"{node} ({label_of(dump, node)}) carries: {carried}"


# ---------------------------------------------------------------- one run


@dataclass
class Report:
    kinds: dict[str, KindResult]
    entity_types: dict[str, Score]
    predicates: dict[str, Score]
    resolution: dict[str, Any]


def score(dump: Dump, gold: list[GoldRow]) -> Report:
    entities, per_type = score_entities(dump, gold)
    relations, per_predicate = score_relations(dump, gold)
    kinds = {"entity": entities, "relation": relations, "role": score_roles(dump, gold)}
    kinds |= {"quote": score_quotes(dump, gold), "event": score_events(dump, gold)}
    kinds |= {"count": score_counts(dump, gold)}
    kinds["all"] = total(kinds)
    return Report(kinds, per_type, per_predicate, resolution(dump, gold))


def release_inputs(corpus: Path, gold: Path, half: str | None = None) -> list[Path]:
    """The corpus folder, without the gold folder when it lies inside (its README.md would be a release);
    with a half, that half's files only."""
    corpus, gold = corpus.resolve(), gold.resolve()
    if corpus not in gold.parents and half is None:
        return [corpus]
    entries = [e for e in sorted(corpus.iterdir()) if not e.name.startswith(".") and e != gold]
    files = [p for e in entries for p in (release_inputs(e, gold, half) if e.is_dir() else [e])]
    return [f for f in files if f.is_dir() or in_half(f.stem, half)]


@dataclass
class Run:
    info: dict[str, Any]
    report: Report
    reference: dict[str, Any] | None
    agree: dict[str, bool] | None


def build(corpus: Path, gold: Path, out_dir: Path, half: str | None) -> tuple[Path, dict[str, Any]]:
    start = time.perf_counter()
    result = iqgraph.build(
        release_inputs(corpus, gold, half), out_dir=out_dir, options=iqgraph.BuildOptions()
    )
    seconds = time.perf_counter() - start
    validation = result.report.validation or {}
    info: dict[str, Any] = {"releases": len(result.report.releases), "build_seconds": round(seconds, 2)}
    info |= {"failed": [f"{r.file}: {r.reason}" for r in result.report.failed]}
    return out_dir / "iqgraph.trig", info | {"conforms": validation.get("conforms")}


def machine() -> dict[str, Any]:
    system = f"{platform.system()} {platform.machine()}"
    return {"date": dt.date.today().isoformat(), "machine": system, "cores": os.cpu_count()}


def reference_scores(scorer: Path, trig: Path, gold: Path, half: str | None) -> dict[str, Any] | None:
    if not scorer.is_file():
        return None
    cmd = [sys.executable, str(scorer), str(trig), str(gold), "--json"]
    if half is not None:
        cmd += ["--names", ",".join(f.stem for f in sorted(gold.glob("*.tsv")) if in_half(f.stem, half))]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def agreement(kinds: dict[str, KindResult], reference: dict[str, Any]) -> dict[str, bool]:
    mine = {k: kinds[k].score.to_dict() for k in KINDS}
    return {k: all(mine[k][m] == round(float(reference[k][m]), 3) for m in ("P", "R", "F1")) for k in KINDS}


def evaluate(corpus: Path, gold: Path, out_dir: Path, scorer: Path, half: str | None = None) -> Run:
    trig, info = build(corpus, gold, out_dir, half)
    dataset = Dataset()
    dataset.parse(trig, format="trig")
    rows = load_gold(gold, half)
    report = score(read_dump(dataset), rows)
    reference = reference_scores(scorer, trig, gold, half)
    agree = agreement(report.kinds, reference) if reference is not None else None
    info |= machine() | {"python": platform.python_version(), "corpus": str(corpus), "gold_rows": len(rows)}
    info |= {"half": half or "all"}
    return Run(info, report, reference, agree)


# ---------------------------------------------------------------- output


def table(header: list[str], body: list[list[str]], markdown: bool = False) -> list[str]:
    if markdown:
        lines = [header, ["---"] * len(header), *body]
        return ["| " + " | ".join(row) + " |" for row in lines]
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    padded = ([c.ljust(w) for c, w in zip(row, widths, strict=True)] for row in [header, *body])
    return [" | ".join(cells).rstrip() for cells in padded]


def _prf(d: dict[str, Any]) -> list[str]:
    return [f"{d['P']:.3f}", f"{d['R']:.3f}", f"{d['F1']:.3f}", f"{d['tp']}/{d['gold']}/{d['pred']}"]


def target_text(kind: str, d: dict[str, Any]) -> tuple[str, str]:
    """The issue's target for a kind and whether it is met."""
    precise = d["P"] >= TARGET_P
    if kind not in TARGET_F1:
        return f"P ≥ {TARGET_P}", "yes" if precise else "no"
    met = precise and d["F1"] >= TARGET_F1[kind]
    return f"F1 ≥ {TARGET_F1[kind]:.2f}, P ≥ {TARGET_P}", "yes" if met else "no"


def score_lines(run: Run, markdown: bool = False) -> list[str]:
    header = ["kind", "P", "R", "F1", "tp/gold/pred", "target", "met"]
    dicts = {k: run.report.kinds[k].score.to_dict() for k in KINDS}
    return table(header, [[k, *_prf(d), *target_text(k, d)] for k, d in dicts.items()], markdown)


def reference_lines(run: Run) -> list[str]:
    if run.reference is None or run.agree is None:
        return ["reference scorer: absent, comparison skipped"]
    body = []
    for k in KINDS:
        mine, ref = run.report.kinds[k].score.to_dict(), run.reference[k]
        triple = [" ".join(f"{d[m]:.3f}" for m in ("P", "R", "F1")) for d in (mine, ref)]
        body.append([k, *triple, "yes" if run.agree[k] else "NO"])
    return table(["kind", "ours P R F1", "reference P R F1", "agree"], body)


def breakdown_lines(name: str, scores: dict[str, Score]) -> list[str]:
    """Per type or predicate: gold found (recall) and predictions matching gold (precision)."""
    body = []
    for key, s in scores.items():
        d = s.to_dict()
        body.append(
            [key, str(s.gold), str(s.tp), f"{d['R']:.3f}", str(s.pred), str(d["matching"]), f"{d['P']:.3f}"]
        )
    return table([name, "gold", "found", "R", "pred", "matching", "P"], body)


def listing(title: str, items: dict[str, list[str]]) -> list[str]:
    out = [f"== {title}"]
    for kind, entries in items.items():
        out += [f"-- {kind} ({len(entries)})", *(f"   {e}" for e in entries)] if entries else []
    return out


def resolution_lines(res: dict[str, Any]) -> list[str]:
    head = f"{res['identities']} gold identities, {res['found']} found in the graph, "
    head += f"{len(res['splits'])} split over several IRIs, {len(res['wrong_merges'])} wrong merges"
    return [
        head,
        *(f"   split: {s}" for s in res["splits"]),
        *(f"   merge: {m}" for m in res["wrong_merges"]),
    ]


def render(run: Run) -> str:
    i, kinds = run.info, run.report.kinds
    lines = [
        f"iqgraph quality on {i['corpus']} ({i['half']}): {i['releases']} releases, {i['gold_rows']} gold rows"
    ]
    lines += [f"{i['date']}, {i['machine']}, {i['cores']} cores, Python {i['python']}"]
    lines += [f"build {i['build_seconds']:.2f} s, conforms: {i['conforms']}, failed: {i['failed']}", ""]
    lines += [*score_lines(run), "", *reference_lines(run), ""]
    lines += [*breakdown_lines("entity type", run.report.entity_types), ""]
    lines += [*breakdown_lines("predicate", run.report.predicates), ""]
    lines += ["== resolution", *resolution_lines(run.report.resolution), ""]
    lines += listing("misses (gold rows not found)", {k: kinds[k].misses for k in KINDS})
    lines += listing("false positives (matching no gold row)", {k: kinds[k].false_positives for k in KINDS})
    return "\n".join(lines)


def to_json(run: Run) -> dict[str, Any]:
    kinds = {k: r.score.to_dict() for k, r in run.report.kinds.items()}
    out: dict[str, Any] = {"run": run.info, "scores": kinds, "resolution": run.report.resolution}
    out["entity_types"] = {k: s.to_dict() for k, s in run.report.entity_types.items()}
    out["predicates"] = {k: s.to_dict() for k, s in run.report.predicates.items()}
    out["misses"] = {k: r.misses for k, r in run.report.kinds.items() if r.misses}
    out["false_positives"] = {k: r.false_positives for k, r in run.report.kinds.items() if r.false_positives}
    return out | {"reference": run.reference and {k: run.reference[k] for k in KINDS}, "agree": run.agree}


def readme_block(run: Run, halves: dict[str, Run] | None = None) -> str:
    i, res = run.info, run.report.resolution
    agree = "absent" if run.agree is None else "agrees" if all(run.agree.values()) else "DISAGREES"
    head = f"Run on {i['date']}, {i['machine']}, {i['cores']} cores, Python {i['python']}: "
    head += f"{i['releases']} releases, {i['gold_rows']} gold rows, build {i['build_seconds']:.1f} s "
    head += f"(validation on, conforms: {i['conforms']}). Reference scorer: {agree}."
    tail = f"Resolution: {res['identities']} gold identities, {res['found']} found in the graph, "
    tail += f"{len(res['splits'])} split over several IRIs, {len(res['wrong_merges'])} wrong merges."
    lines = [head, "", *score_lines(run, markdown=True), "", tail]
    return "\n".join(lines + (["", *half_lines(halves)] if halves else []))


def summary_block(run: Run, halves: dict[str, Run]) -> str:
    """The project README's table: P, R, F1 per kind on all texts, and F1 of each half alone."""
    i = run.info
    head = f"{i['date']}, {i['releases']} texts, {i['gold_rows']} gold rows, reference scorer agreeing:"
    body = []
    for kind in KINDS:
        d = run.report.kinds[kind].score.to_dict()
        half_f1 = [f"{halves[h].report.kinds[kind].score.to_dict()['F1']:.3f}" for h in ("even", "odd")]
        body.append(
            [kind, f"{d['P']:.3f}", f"{d['R']:.3f}", f"{d['F1']:.3f}", *half_f1, target_text(kind, d)[1]]
        )
    header = ["kind", "precision", "recall", "F1", "F1 even half", "F1 odd half", "target met"]
    return "\n".join([head, "", *table(header, body, markdown=True)])


HALF_GAP_ALL, HALF_GAP_KIND = 0.05, 0.10  # the issue's limits on how far the halves may differ in F1


def half_lines(halves: dict[str, Run]) -> list[str]:
    """Each half built and scored alone: P/R/F1 per kind, the F1 difference and whether it is in bounds."""
    even, odd = (
        {k: h.report.kinds[k].score.to_dict() for k in KINDS} for h in (halves["even"], halves["odd"])
    )
    head = "Each half of the corpus built and scored alone (files with an even / odd number):"
    body = []
    for kind in KINDS:
        gap = abs(even[kind]["F1"] - odd[kind]["F1"])
        limit = HALF_GAP_ALL if kind == "all" else HALF_GAP_KIND
        cells = [" ".join(f"{d[m]:.3f}" for m in ("P", "R", "F1")) for d in (even[kind], odd[kind])]
        body.append([kind, *cells, f"{gap:.3f}", "yes" if gap <= limit else "no"])
    header = ["kind", "even P R F1", "odd P R F1", "F1 gap", f"within {HALF_GAP_KIND} ({HALF_GAP_ALL} all)"]
    return [head, "", *table(header, body, markdown=True)]


def write_readme(path: Path, block: str) -> None:
    text = path.read_text(encoding="utf-8")
    start, end = text.index(MARKERS[0]) + len(MARKERS[0]), text.index(MARKERS[1])
    path.write_text(text[:start] + "\n" + block + "\n" + text[end:], encoding="utf-8")


# ---------------------------------------------------------------- command line


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "dev")
    parser.add_argument("--gold", type=Path, help="gold TSV folder (default: CORPUS/gold)")
    parser.add_argument("--out", type=Path, help="keep the build in this folder (default: a temporary one)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--write-readme", action="store_true", help="rewrite the table in benchmarks/README.md"
    )
    parser.add_argument(
        "--half",
        choices=("even", "odd"),
        help="only the files with an even or odd number, built and scored alone",
    )
    parser.add_argument("--scorer", type=Path, default=REPO.parent / "shared" / "tools" / "score.py")
    parser.add_argument(
        "--wrap",
        type=int,
        metavar="WIDTH",
        help="read each text's body wrapped at WIDTH columns, as many plain-text releases are (same gold)",
    )
    return parser.parse_args(argv)


def wrapped_copy(corpus: Path, gold: Path, width: int, folder: Path) -> Path:
    """The corpus's texts with every body line longer than `width` wrapped at it (front matter as it was)."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(p for p in corpus.iterdir() if p.is_file() and p.suffix == ".txt"):
        text = path.read_text(encoding="utf-8")
        head_end = text.index("\n---\n", 4) + 5 if text.startswith("---\n") and "\n---\n" in text[4:] else 0
        lines = text[head_end:].split("\n")
        body = (
            "\n".join(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
            if len(line) > width
            else line
            for line in lines
        )
        (folder / path.name).write_text(text[:head_end] + "\n".join(body), encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    gold = args.gold or args.corpus / "gold"
    if not args.corpus.is_dir() or not gold.is_dir():
        print(f"no corpus at {args.corpus} or no gold at {gold}: pass --corpus/--gold", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        corpus = (
            wrapped_copy(args.corpus, gold, args.wrap, Path(tmp) / "wrapped") if args.wrap else args.corpus
        )
        try:
            run = evaluate(corpus, gold, args.out or Path(tmp) / "build", args.scorer, args.half)
            halves = None
            if args.write_readme and args.half is None:  # the README shows both halves beside the whole
                halves = {h: evaluate(corpus, gold, Path(tmp) / h, args.scorer, h) for h in ("even", "odd")}
        except iqgraph.IqgraphError as exc:
            print(f"build failed: {exc}", file=sys.stderr)
            return 2
    print(json.dumps(to_json(run), ensure_ascii=False, indent=1) if args.json else render(run))
    if args.write_readme:
        write_readme(README, readme_block(run, halves))
        if halves:
            write_readme(MAIN_README, summary_block(run, halves))
    return 1 if run.agree is not None and not all(run.agree.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
