"""Figures about a build that the dataset description and the index page state, counted from its quads.

Everything here is derived from the data, so the same build gives the same figures: no clock is read.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rdflib.namespace import DCTERMS, RDFS

from ..rdf.namespaces import SCHEMA
from ..rdf.quads import literal_parts
from .build_data import RDF_TYPE, BuildData

# The Länder by their official key (Amtlicher Gemeindeschlüssel), as DCAT-AP.de's stateKey IRIs use it.
LAND_KEYS = {
    "Schleswig-Holstein": "01",
    "Hamburg": "02",
    "Niedersachsen": "03",
    "Bremen": "04",
    "Nordrhein-Westfalen": "05",
    "Hessen": "06",
    "Rheinland-Pfalz": "07",
    "Baden-Württemberg": "08",
    "Bayern": "09",
    "Saarland": "10",
    "Berlin": "11",
    "Brandenburg": "12",
    "Mecklenburg-Vorpommern": "13",
    "Sachsen": "14",
    "Sachsen-Anhalt": "15",
    "Thüringen": "16",
}
LABEL, TITLE, DATE = f"<{RDFS.label}>", f"<{DCTERMS.title}>", f"<{DCTERMS.date}>"
PUBLISHER, SOURCE = f"<{DCTERMS.publisher}>", f"<{DCTERMS.source}>"
QUOTE_PARTS = {
    f"<{SCHEMA.creator}>": "creator",
    f"<{SCHEMA.isPartOf}>": "release",
    f"<{SCHEMA.text}>": "text",
}


@dataclass
class Release:
    iri: str  # N-Triples text
    title: str = ""
    date: str = ""  # YYYY-MM-DD or ""
    publisher: str = ""
    source: str = ""  # an IRI (without <>) or ""


@dataclass(frozen=True)
class Quote:
    text: str
    release: str  # N-Triples text of the release it is part of, or ""


@dataclass
class Facts:
    triples: int = 0
    entities: int = 0  # distinct subjects in the build's namespace
    classes: dict[str, int] = field(default_factory=dict)  # class IRI text -> instances
    properties: dict[str, int] = field(default_factory=dict)  # predicate IRI text -> triples
    labels: dict[str, str] = field(default_factory=dict)  # page IRI text -> rdfs:label
    releases: dict[str, Release] = field(default_factory=dict)
    lands: list[tuple[str, str]] = field(default_factory=list)  # (Land, key), by key
    examples: list[str] = field(default_factory=list)  # IRI texts
    quotes: dict[str, list[Quote]] = field(default_factory=dict)  # creator's IRI text -> its quotes, whole

    @property
    def first_date(self) -> dt.date | None:
        dates = sorted(r.date for r in self.releases.values() if r.date)
        return dt.date.fromisoformat(dates[0]) if dates else None

    @property
    def last_date(self) -> dt.date | None:
        dates = sorted(r.date for r in self.releases.values() if r.date)
        return dt.date.fromisoformat(dates[-1]) if dates else None

    def entity_counts(self, data: BuildData) -> Counter[str]:
        """Pages by class name."""
        return Counter(data.pages.values())


def count_facts(data: BuildData) -> Facts:
    facts = Facts()
    classes: dict[str, set[str]] = defaultdict(set)
    subjects: set[str] = set()
    properties: Counter[str] = Counter()
    prefix, previous = f"<{data.base}", None
    sizes: Counter[str] = Counter()
    quote_parts: dict[str, dict[str, str]] = defaultdict(dict)
    for s, p, o, _ in data.quads:
        if (s, p, o) == previous:  # the same triple in another graph: sorted quads keep them together
            continue
        previous = (s, p, o)
        facts.triples += 1
        properties[p] += 1
        if s.startswith(prefix):
            subjects.add(s)
        if p == RDF_TYPE:
            classes[o].add(s)
        if p in QUOTE_PARTS:
            quote_parts[s].setdefault(QUOTE_PARTS[p], o)
        if s in data.pages:
            sizes[s] += 1
            _note(facts, data, s, p, o)
    for iri in sorted(i for i, kind in data.pages.items() if kind == "PressRelease"):
        facts.releases.setdefault(iri, Release(iri))
    facts.entities = len(subjects)
    facts.classes = {c: len(members) for c, members in sorted(classes.items())}
    facts.properties = dict(sorted(properties.items()))
    facts.lands = sorted(
        {(label, LAND_KEYS[label]) for label in _place_labels(facts, data)}, key=lambda x: x[1]
    )
    facts.examples = _examples(data, sizes)
    facts.quotes = _quotes(data, quote_parts)
    return facts


def _quotes(data: BuildData, parts: dict[str, dict[str, str]]) -> dict[str, list[Quote]]:
    """Each page's quotes (schema:creator), with their whole text, in IRI order of the quotations."""
    found: dict[str, list[Quote]] = defaultdict(list)
    for quotation in sorted(parts):
        part = parts[quotation]
        if part.get("creator") in data.pages and "text" in part:
            found[part["creator"]].append(Quote(literal_parts(part["text"])[0], part.get("release", "")))
    return dict(found)


def _note(facts: Facts, data: BuildData, s: str, p: str, o: str) -> None:
    if p == LABEL:
        facts.labels.setdefault(s, literal_parts(o)[0])
    if data.pages[s] != "PressRelease" or p not in (TITLE, DATE, PUBLISHER, SOURCE):
        return
    release = facts.releases.setdefault(s, Release(s))
    value = o[1:-1] if o.startswith("<") else literal_parts(o)[0]
    if p == TITLE:
        release.title = release.title or value
    elif p == DATE:
        release.date = release.date or value[:10]
    elif p == PUBLISHER:
        release.publisher = release.publisher or value
    else:
        release.source = release.source or value


def _place_labels(facts: Facts, data: BuildData) -> set[str]:
    return {
        label for iri, label in facts.labels.items() if data.pages.get(iri) == "Place" and label in LAND_KEYS
    }


def _examples(data: BuildData, sizes: Counter[str]) -> list[str]:
    """void:exampleResource: the most described page of each class."""
    best: dict[str, str] = {}
    for iri in sorted(sizes, key=lambda i: (-sizes[i], i)):
        best.setdefault(data.pages[iri], iri)
    return sorted(best.values())
