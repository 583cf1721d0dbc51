"""A synthetic IQ funding network of any size, with the schema `iqgraph.network.from_store.load_network` produces.

Used by benchmarks/view.py and tests/network/test_view_browser.py to render views far larger than the seed build.
The structure follows the real programme: one programme funded by federal ministries and agencies, 16 state
networks that are part of it, each with a coordination office, subprojects hosted by operating bodies
(organisations), state ministries, local agencies, people with roles (and some leading an office or
subproject), events organised in the state with speakers, and places. Every node and edge carries the
attributes a loaded network has:

- node: label, type, iri, aliases, roles, quotes, sources, links, first, last (and date for events);
- edge (key: the relation, or ``role:<title>`` for a role): relation, label, evidence, first, last.

Evidence items are ``{release, title, date, sentence}`` (or ``{source}`` for the programme's reference
facts); first/last are ISO days between 2005 and 2025, last None where a fact is ongoing. As in
load_network, an edge spans its evidence's dates and a node spans its releases' dates widened by its ties.
`networks` (16 by default) sets how many state networks there are: past 16, the Länder come round again,
numbered ("IQ Landesnetzwerk Bayern 2"), for a programme wider than today's (tests/network/test_view_page.py).
Seeded: the same arguments give the same graph.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from typing import Any

import networkx as nx

from iqgraph.network.from_store import RELATION_LABELS, ROLE

BASE = "https://w3id.org/iqgraph/id/"
FIRST_YEAR, LAST_YEAR = 2005, 2025

STATES = (
    ("Baden-Württemberg", "Stuttgart"),
    ("Bayern", "München"),
    ("Berlin", "Berlin"),
    ("Brandenburg", "Potsdam"),
    ("Bremen", "Bremen"),
    ("Hamburg", "Hamburg"),
    ("Hessen", "Wiesbaden"),
    ("Mecklenburg-Vorpommern", "Schwerin"),
    ("Niedersachsen", "Hannover"),
    ("Nordrhein-Westfalen", "Düsseldorf"),
    ("Rheinland-Pfalz", "Mainz"),
    ("Saarland", "Saarbrücken"),
    ("Sachsen", "Dresden"),
    ("Sachsen-Anhalt", "Magdeburg"),
    ("Schleswig-Holstein", "Kiel"),
    ("Thüringen", "Erfurt"),
)
# Shares of the nodes beyond the core; people take what rounding leaves.
SHARES = {
    "Subproject": 0.22,
    "Organisation": 0.15,
    "Event": 0.14,
    "Place": 0.08,
    "Agency": 0.03,
    "Ministry": 0.02,
}

FIRST_NAMES = [
    "Alev",
    "Anna",
    "Ayşe",
    "Birgit",
    "Carla",
    "Deniz",
    "Elke",
    "Emre",
    "Frank",
    "Fatma",
    "Georg",
    "Hanna",
    "Ingrid",
    "Jan",
    "Jonas",
    "Katrin",
    "Lea",
    "Lukas",
    "Maria",
    "Mehmet",
    "Nina",
    "Olga",
    "Paul",
    "Petra",
    "Rita",
    "Sabine",
    "Samir",
    "Stefan",
    "Tamara",
    "Thomas",
    "Ulrike",
    "Yusuf",
    "Zeynep",
]
LAST_NAMES = [
    "Albers",
    "Bauer",
    "Becker",
    "Demir",
    "Deniz",
    "Fischer",
    "Hoffmann",
    "Kaya",
    "Koch",
    "Krüger",
    "Lange",
    "Lorenz",
    "Meyer",
    "Müller",
    "Nowak",
    "Öztürk",
    "Richter",
    "Schmidt",
    "Schneider",
    "Schulz",
    "Schwarz",
    "Wagner",
    "Weber",
    "Wolf",
    "Yılmaz",
    "Zimmermann",
]
TOPICS = (
    "Anerkennungsberatung",
    "Qualifizierungsberatung",
    "Brückenmaßnahme Pflege",
    "Interkulturelle Kompetenzentwicklung",
    "Existenzgründung von Migrantinnen",
    "Berufsbezogenes Deutsch",
    "Faire Integration",
    "Diversity Management",
    "Anpassungsqualifizierung MINT",
    "Mentoring für Akademikerinnen",
)
CARRIERS = (
    "Arbeit und Leben",
    "Caritasverband",
    "Diakonisches Werk",
    "Handwerkskammer",
    "Industrie- und Handelskammer",
    "Volkshochschule",
    "Verein für Migrationsberatung",
    "Bildungswerk der Wirtschaft",
    "Universität",
    "Türkische Gemeinde",
)
EVENT_KINDS = ("Fachtag", "Empfang", "Netzwerktreffen", "Jahrestagung", "Workshop", "Konferenz")
ROLE_TITLES = (
    "Leiterin",
    "Leiter",
    "Projektleiterin",
    "Koordinatorin",
    "Referent",
    "Beraterin",
    "Geschäftsführer",
)
# How a release sentence states each relation (subject, verb, object).
SENTENCE_VERBS = {
    "fundedBy": "wird gefördert von",
    "implementationPartner": "setzt gemeinsam um mit",
    "partOf": "ist Teil von",
    "hostedBy": "ist angesiedelt bei",
    "ledBy": "wird geleitet von",
    "speakerAt": "sprach beim",
    "organisedBy": "wird veranstaltet von",
    "locatedIn": "befindet sich in",
    "memberOf": "ist Mitglied von",
}
TOWNS = ("Nord", "Süd", "Ost", "West", "Mitte", "Land")


def synthetic_network(n_nodes: int, seed: int = 0, networks: int = len(STATES)) -> nx.MultiDiGraph:
    """A network of exactly `n_nodes` nodes, seeded: at least its core, the programme, 2 federal ministries,
    1 federal agency, and per state network the network, its coordination office and its capital."""
    states = _states(networks)
    if n_nodes < 4 + 3 * len(states):
        raise ValueError(f"a synthetic network has at least {4 + 3 * len(states)} nodes, not {n_nodes}")
    return _Builder(n_nodes, random.Random(seed), states).build()


def _states(networks: int) -> list[tuple[str, str]]:
    """Name and capital per state network: the Länder, then the Länder again, numbered ("Bayern 2")."""
    return [
        (name if i < len(STATES) else f"{name} {i // len(STATES) + 1}", capital)
        for i in range(networks)
        for name, capital in [STATES[i % len(STATES)]]
    ]


class _Builder:
    def __init__(self, n_nodes: int, rng: random.Random, states: list[tuple[str, str]]) -> None:
        self.n = n_nodes
        self.rng = rng
        self.states = states
        self.g = nx.MultiDiGraph()
        self.labels: set[str] = set()
        self.by_state: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.releases: dict[int, list[dict[str, str]]] = {}
        self.node_dates: dict[str, list[str]] = defaultdict(list)
        self.founded: dict[int, int] = {}

    # nodes ---------------------------------------------------------------------------------------------

    def node(self, cls: str, label: str, state: int | None, aliases: tuple[str, ...] = ()) -> str:
        base, n = label, 2
        while label in self.labels:  # labels are unique, as the reference's are after resolution
            label, n = f"{base} ({n})", n + 1
        self.labels.add(label)
        iri, n = f"{BASE}{cls.lower()}/{_slug(label)}", 2
        while iri in self.g:
            iri, n = f"{BASE}{cls.lower()}/{_slug(label)}-{n}", n + 1
        self.g.add_node(
            iri,
            label=label,
            type=cls,
            iri=iri,
            aliases=sorted(set(aliases) - {label}),
            roles=[],
            quotes=[],
            sources=[],
            links=[],
            first=None,
            last=None,
        )
        if state is not None:
            self.by_state[state][cls].append(iri)
        if self.rng.random() < 0.08 or cls in ("Programme", "Ministry", "StateNetwork"):
            qid = self.rng.randrange(10_000, 99_999_999)
            self.g.nodes[iri]["links"].append(
                {"url": f"http://www.wikidata.org/entity/Q{qid}", "label": "Wikidata"}
            )
        return iri

    def counts(self) -> dict[str, int]:
        rest = self.n - (4 + 3 * len(self.states))
        counts = {cls: int(rest * share) for cls, share in SHARES.items()}
        counts["Person"] = rest - sum(counts.values())
        return counts

    # releases and evidence -----------------------------------------------------------------------------

    def release_pool(self, state: int) -> list[dict[str, str]]:
        name = self.states[state][0]
        start = self.founded[state]
        pool = []
        for i in range(max(6, self.n // 60)):
            day = _random_day(self.rng, start, LAST_YEAR)
            number = f"{i + 1}/{day[2:4]}"
            pool.append(
                {
                    "release": f"{BASE}release/{state:02d}-{i:04d}",
                    "title": f"Pressemitteilung {number}: IQ Landesnetzwerk {name} {self.rng.choice(EVENT_KINDS)}",
                    "date": day,
                }
            )
        return pool

    def edge(self, s: str, o: str, relation: str, state: int, title: str = "") -> None:
        key = f"{ROLE}:{title}" if relation == ROLE else relation
        if self.g.has_edge(s, o, key):
            return
        label = title if relation == ROLE else RELATION_LABELS[relation]
        pool = self.releases[state]
        on = [self.g.nodes[n]["date"] for n in (s, o) if "date" in self.g.nodes[n]]
        if on:  # an event is reported on around its day
            pool = sorted(pool, key=lambda r: abs(_days(r["date"]) - _days(on[0])))[:3]
        evidence = []
        for release in self.rng.sample(pool, k=min(len(pool), self.rng.choice((1, 1, 1, 2, 3)))):
            subject, obj = self.g.nodes[s]["label"], self.g.nodes[o]["label"]
            if relation == ROLE:
                sentence = f"{subject}, {title} bei {obj}, begrüßte die Gäste."
            else:
                sentence = f"{subject} {SENTENCE_VERBS[relation]} {obj}."
            evidence.append({**release, "sentence": sentence})
            for node in (s, o):
                self.node_dates[node].append(release["date"])
                self.g.nodes[node]["sources"].append(dict(release))
        dates = [e["date"] for e in evidence]
        self.g.add_edge(
            s,
            o,
            key=key,
            relation=relation,
            label=label,
            evidence=sorted(evidence, key=lambda e: e["date"], reverse=True),
            first=min(dates),
            last=max(dates),
        )
        if relation == ROLE:
            self.g.nodes[s]["roles"].append(
                {
                    "title": title,
                    "organisation": self.g.nodes[o]["label"],
                    "first": min(dates),
                    "last": max(dates),
                }
            )

    def reference_edge(self, s: str, o: str, relation: str, first: int, last: int | None) -> None:
        """A fact from the reference data: a period and a source, no release."""
        self.g.add_edge(
            s,
            o,
            key=relation,
            relation=relation,
            label=RELATION_LABELS[relation],
            evidence=[{"source": "https://www.netzwerk-iq.de/foerderprogramm-iq/programmuebersicht"}],
            first=f"{first}-01-01",
            last=None if last is None else f"{last}-12-31",
        )

    # the network ---------------------------------------------------------------------------------------

    def build(self) -> nx.MultiDiGraph:
        rng = self.rng
        programme = self.node(
            "Programme", "Integration durch Qualifizierung", None, ("IQ", "Förderprogramm IQ", "Netzwerk IQ")
        )
        bmas = self.node("Ministry", "Bundesministerium für Arbeit und Soziales", None, ("BMAS",))
        bmbf = self.node("Ministry", "Bundesministerium für Bildung und Forschung", None, ("BMBF",))
        ba = self.node("Agency", "Bundesagentur für Arbeit", None, ("BA",))
        self.reference_edge(programme, bmas, "fundedBy", 2005, None)
        self.reference_edge(programme, bmbf, "fundedBy", 2011, 2014)
        self.reference_edge(programme, ba, "fundedBy", 2011, 2014)
        self.reference_edge(programme, bmbf, "implementationPartner", 2015, None)
        self.reference_edge(programme, ba, "implementationPartner", 2015, None)
        states = range(len(self.states))
        for state in states:
            self.founded[state] = rng.randint(FIRST_YEAR, 2015)
            self.releases[state] = self.release_pool(state)
        for state, (name, capital) in enumerate(self.states):
            network = self.node("StateNetwork", f"IQ Landesnetzwerk {name}", state, (f"IQ Netzwerk {name}",))
            office = self.node(
                "CoordinationOffice", f"Koordinierungsstelle des IQ Landesnetzwerks {name}", state
            )
            place = self.node("Place", capital, state)
            self.by_state[state]["Capital"].append(place)
            self.edge(network, programme, "partOf", state)
            self.edge(office, network, "partOf", state)
            self.edge(network, place, "locatedIn", state)
        # the rest, spread over the states round-robin so that each state is a community
        order = [cls for cls, count in self.counts().items() for _ in range(count)]
        rng.shuffle(order)
        made: list[tuple[str, str, int]] = []
        for i, cls in enumerate(order):
            state = i % len(self.states)
            made.append((self.make(cls, state), cls, state))
        for iri, cls, state in made:  # ties once every state has its members
            self.tie(iri, cls, state)
        self.close_spans()
        return self.g

    def make(self, cls: str, state: int) -> str:
        rng, (name, capital) = self.rng, self.states[state]
        if cls == "Subproject":
            return self.node(cls, f"{rng.choice(TOPICS)} {capital}", state)
        if cls == "Organisation":
            return self.node(cls, f"{rng.choice(CARRIERS)} {capital}", state)
        if cls == "Event":
            year = rng.randint(self.founded[state], LAST_YEAR)
            iri = self.node(cls, f"{rng.choice(EVENT_KINDS)} des IQ Landesnetzwerks {name} {year}", state)
            self.g.nodes[iri]["date"] = _random_day(rng, year, year)
            self.node_dates[iri].append(self.g.nodes[iri]["date"])
            return iri
        if cls == "Place":
            return self.node(cls, f"{capital}-{rng.choice(TOWNS)}", state)
        if cls == "Agency":
            return self.node(cls, f"Agentur für Arbeit {capital}", state)
        if cls == "Ministry":
            return self.node(cls, f"Ministerium für Arbeit, Soziales und Integration {name}", state)
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        return self.node("Person", f"{first} {last}", state)

    def pick(self, state: int, *classes: str) -> str | None:
        members = [iri for cls in classes for iri in self.by_state[state][cls]]
        return self.rng.choice(members) if members else None

    def tie(self, iri: str, cls: str, state: int) -> None:
        rng = self.rng
        network = self.by_state[state]["StateNetwork"][0]
        place = self.pick(state, "Place", "Capital")
        if cls == "Subproject":
            self.edge(iri, network, "partOf", state)
            if carrier := self.pick(state, "Organisation"):
                self.edge(iri, carrier, "hostedBy", state)
            self.edge(iri, place or network, "locatedIn", state)
        elif cls in ("Organisation", "Agency", "Ministry"):
            self.edge(
                iri, self.by_state[state]["Capital"][0] if cls == "Ministry" else place, "locatedIn", state
            )
            if cls == "Ministry" and rng.random() < 0.5:
                self.edge(network, iri, "hostedBy", state)
        elif cls == "Event":
            organiser = self.pick(state, "StateNetwork", "CoordinationOffice", "Subproject")
            self.edge(iri, organiser or network, "organisedBy", state)
            self.edge(iri, place or network, "locatedIn", state)
        elif cls == "Person":
            org = self.pick(state, "CoordinationOffice", "Subproject", "Organisation", "Ministry", "Agency")
            title = rng.choice(ROLE_TITLES)
            self.edge(iri, org or network, ROLE, state, title=title)
            if title.startswith("Leiter") or rng.random() < 0.15:
                self.edge(org or network, iri, "ledBy", state)
            for _ in range(rng.choice((0, 1, 1, 2))):
                if event := self.pick(state, "Event"):
                    self.edge(iri, event, "speakerAt", state)
            if rng.random() < 0.05 and (club := self.pick(state, "Organisation")):
                self.edge(iri, club, "memberOf", state)
            if rng.random() < 0.4:
                release = rng.choice(self.releases[state])
                text = f"Integration durch Qualifizierung bedeutet für {self.states[state][0]}: Teilhabe am Arbeitsleben."
                self.g.nodes[iri]["quotes"].append({"text": text, **release})

    def close_spans(self) -> None:
        """Dedupe and sort the lists; spans as load_network computes them (own dates widened by ties)."""
        g = self.g
        for node, data in g.nodes(data=True):
            unique = {r["release"]: r for r in data["sources"]}
            data["sources"] = sorted(unique.values(), key=lambda r: r["date"], reverse=True)
            dates = self.node_dates[node]
            first, last = (min(dates), max(dates)) if dates else (None, None)
            ties = [d for *_, d in g.in_edges(node, data=True)] + [
                d for *_, d in g.out_edges(node, data=True)
            ]
            dated = [t for t in ties if t["first"]]
            if dated:
                first = min(d for d in (first, *(t["first"] for t in dated)) if d)
                last = (
                    None
                    if any(t["last"] is None for t in dated)
                    else max(d for d in (last, *(t["last"] for t in dated)) if d)
                )
            data["first"], data["last"] = first, last


def _random_day(rng: random.Random, first_year: int, last_year: int) -> str:
    start = dt.date(first_year, 1, 1).toordinal()
    end = dt.date(last_year, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end)).isoformat()


def _days(day: str) -> int:
    return dt.date.fromisoformat(day).toordinal()


def _slug(label: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
    text = label.translate(table).lower()
    return "-".join("".join(c if c.isalnum() and c.isascii() else " " for c in text).split())


def describe(g: nx.MultiDiGraph) -> dict[str, Any]:
    """Counts per type and relation, for a quick look (python benchmarks/synthetic_network.py 1500)."""
    types: dict[str, int] = defaultdict(int)
    relations: dict[str, int] = defaultdict(int)
    for _, t in g.nodes(data="type"):
        types[t] += 1
    for *_, r in g.edges(data="relation"):
        relations[r] += 1
    return {"nodes": len(g), "edges": g.number_of_edges(), "types": dict(types), "relations": dict(relations)}


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(describe(synthetic_network(int(sys.argv[1]) if len(sys.argv) > 1 else 1500)), indent=2))
