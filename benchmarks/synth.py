#!/usr/bin/env python3
"""Synthetic press releases about the IQ programme, with the facts each one states, for measuring iqgraph.

A seeded world (the 16 state networks, their hosts, coordination offices and subprojects, federal and state
ministries, officials whose posts change over 2005-2025) is written out as N German releases in the
phrasings the extractor supports, chosen by the same seeded RNG. Beside each release goes a gold TSV in the
format of ../shared/corpus/dev/gold/README.md, listing only what that text states, so the project's scorer
measures a synthetic build unchanged:

    python benchmarks/synth.py 1000 /tmp/synth [--seed 0]
    python benchmarks/quality.py --corpus /tmp/synth/releases --gold /tmp/synth/gold

The world is invented (clearly synthetic organisations and people); it is a benchmark, not data.
Same N and seed give byte-identical files: one random.Random(seed), no clock, no set iteration order.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

# ---------------------------------------------------------------- vocabulary

LANDS: dict[str, tuple[str, ...]] = {  # each Land with cities the extractor's place list knows
    "Baden-Württemberg": ("Stuttgart", "Mannheim", "Karlsruhe", "Freiburg", "Heidelberg", "Ulm"),
    "Bayern": ("München", "Nürnberg", "Augsburg", "Regensburg", "Würzburg", "Ingolstadt"),
    "Berlin": ("Berlin",),
    "Brandenburg": ("Potsdam", "Cottbus"),
    "Bremen": ("Bremen", "Bremerhaven"),
    "Hamburg": ("Hamburg",),
    "Hessen": ("Frankfurt", "Wiesbaden", "Kassel", "Darmstadt", "Offenbach", "Marburg"),
    "Mecklenburg-Vorpommern": ("Rostock", "Schwerin", "Neubrandenburg", "Greifswald", "Stralsund"),
    "Niedersachsen": ("Hannover", "Braunschweig", "Oldenburg", "Osnabrück", "Göttingen", "Lüneburg"),
    "Nordrhein-Westfalen": ("Köln", "Düsseldorf", "Dortmund", "Bochum", "Bielefeld", "Münster", "Aachen"),
    "Rheinland-Pfalz": ("Mainz", "Ludwigshafen", "Koblenz", "Trier", "Kaiserslautern"),
    "Saarland": ("Saarbrücken",),
    "Sachsen": ("Leipzig", "Dresden", "Chemnitz", "Zwickau"),
    "Sachsen-Anhalt": ("Magdeburg", "Halle", "Dessau"),
    "Schleswig-Holstein": ("Kiel", "Lübeck", "Flensburg"),
    "Thüringen": ("Erfurt", "Jena", "Gera", "Weimar"),
}
CITY_STATES = ("Berlin", "Bremen", "Hamburg")
# More local names, used only inside quoted subproject names, so the extractor's place list need not know them.
LOCAL_NAMES: dict[str, tuple[str, ...]] = {
    "Berlin": ("Neukölln", "Kreuzberg", "Spandau", "Wedding", "Moabit", "Charlottenburg", "Marzahn"),
    "Brandenburg": ("Eberswalde", "Oranienburg", "Prignitz", "Uckermark"),
    "Bremen": ("Vegesack", "Gröpelingen", "Bremen-Nord"),
    "Hamburg": ("Altona", "Harburg", "Wandsbek", "Bergedorf", "Eimsbüttel"),
    "Saarland": ("Saarlouis", "Neunkirchen", "Homburg"),
    "Sachsen-Anhalt": ("Stendal", "Wittenberg"),
    "Schleswig-Holstein": ("Neumünster", "Husum"),
}
# Given names the extractor's name list (gender-guesser) knows; family names it does not take for given names.
WOMEN = [
    "Anna",
    "Julia",
    "Katrin",
    "Sabine",
    "Petra",
    "Claudia",
    "Susanne",
    "Stefanie",
    "Andrea",
    "Nicole",
    "Christina",
    "Sandra",
    "Monika",
    "Birgit",
    "Heike",
    "Kerstin",
    "Martina",
    "Ulrike",
    "Simone",
    "Nadine",
    "Jana",
    "Lena",
    "Laura",
    "Miriam",
    "Elif",
    "Leyla",
    "Natalia",
    "Olga",
    "Irina",
    "Katharina",
    "Franziska",
    "Johanna",
    "Charlotte",
    "Hanna",
    "Lea",
    "Sophie",
    "Eva",
    "Ines",
    "Vera",
    "Silke",
    "Anja",
    "Doris",
    "Gabriele",
    "Renate",
    "Tanja",
    "Melanie",
    "Daniela",
    "Carolin",
    "Yvonne",
    "Svenja",
    "Jasmin",
    "Selin",
    "Zeynep",
    "Aylin",
    "Mariam",
    "Amira",
    "Agnieszka",
    "Ewa",
    "Dragana",
]
MEN = [
    "Thomas",
    "Michael",
    "Andreas",
    "Stefan",
    "Christian",
    "Markus",
    "Jan",
    "Tobias",
    "Jonas",
    "Lukas",
    "Felix",
    "Daniel",
    "Martin",
    "Frank",
    "Jürgen",
    "Peter",
    "Klaus",
    "Ralf",
    "Uwe",
    "Dirk",
    "Holger",
    "Jens",
    "Sven",
    "Kai",
    "Matthias",
    "Florian",
    "Sebastian",
    "Philipp",
    "Alexander",
    "Oliver",
    "Bernd",
    "Wolfgang",
    "Rainer",
    "Carsten",
    "Torsten",
    "Björn",
    "Moritz",
    "Paul",
    "Simon",
    "Mehmet",
    "Ahmet",
    "Murat",
    "Ali",
    "Hüseyin",
    "Omar",
    "Karim",
    "Tarek",
    "Pavel",
    "Tomasz",
    "Piotr",
    "Dmitri",
    "Sergej",
    "Erik",
    "Lars",
    "Nils",
    "Timo",
    "Benjamin",
    "David",
    "Georg",
    "Volker",
    "Joachim",
    "Heiko",
]
FAMILY = [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Koch",
    "Richter",
    "Klein",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Braun",
    "Hofmann",
    "Zimmermann",
    "Schmitt",
    "Krüger",
    "Schmid",
    "Lange",
    "Schmitz",
    "Meier",
    "Krause",
    "Maier",
    "Lehmann",
    "Huber",
    "Mayer",
    "Köhler",
    "König",
    "Schulze",
    "Fuchs",
    "Kaiser",
    "Weiß",
    "Peters",
    "Scholz",
    "Möller",
    "Hahn",
    "Keller",
    "Vogel",
    "Schubert",
    "Roth",
    "Beck",
    "Berger",
    "Winkler",
    "Baumann",
    "Schuster",
    "Kraus",
    "Böhm",
    "Winter",
    "Kramer",
    "Schumacher",
    "Vogt",
    "Jäger",
    "Groß",
    "Seidel",
    "Brandt",
    "Haas",
    "Schreiber",
    "Graf",
    "Ziegler",
    "Kuhn",
    "Pohl",
    "Horn",
    "Sauer",
    "Bergmann",
    "Busch",
    "Pfeiffer",
    "Voigt",
    "Seifert",
    "Lindner",
    "Hübner",
    "Kremer",
    "Kühn",
    "Heinze",
    "Kluge",
    "Bauer",
    "Ritter",
    "Marx",
    "Thiel",
    "Michels",
    "Schütz",
    "Ebert",
    "Brinkmann",
    "Reuter",
    "Petersen",
    "Jansen",
    "Nowak",
    "Kowalski",
    "Popescu",
    "Ionescu",
    "Haddad",
    "Petrović",
    "Jovanović",
    "Horvath",
    "Ivanova",
    "Schäfer",
    "Krämer",
    "Wendt",
    "Brauer",
    "Fiedler",
    "Hesse",
    "Kirchner",
    "Kunz",
    "Albers",
    "Rieger",
    "Stark",
    "Schilling",
    "Hauser",
    "Witt",
    "Behrens",
    "Beyer",
    "Frey",
    "Schade",
    "Busse",
    "Kurz",
    "Dittrich",
    "Ahrens",
]
PORTFOLIOS = (
    "Soziales, Gesundheit und Integration",
    "Arbeit, Soziales und Integration",
    "Wirtschaft, Arbeit und Verkehr",
    "Arbeit, Gesundheit und Soziales",
    "Soziales und Integration",
    "Arbeit, Integration und Frauen",
    "Integration, Arbeit und Soziales",
    "Wirtschaft, Arbeit und Wohnungsbau",
    "Familie, Arbeit und Integration",
    "Arbeit und Wirtschaft",
    "Arbeit, Familie und Gesundheit",
    "Soziales, Arbeit und Gleichstellung",
    "Arbeit, Soziales, Frauen und Familie",
    "Wirtschaft, Arbeit und Digitales",
    "Integration und Teilhabe",
    "Arbeit, Jugend und Soziales",
)
# Names with a legal form, not inflected in any case; (name part, gender of the head for articles).
ORG_HEADS = (("Bildungswerk", "n"), ("Lernwerk", "n"), ("Chancenwerk", "n"), ("Beratungszentrum", "n"))
ORG_HEADS += (("Integrationszentrum", "n"), ("Perspektive Arbeit", "f"), ("Brücke Beruf", "f"))
ORG_HEADS += (("Kompass Integration", "f"), ("Zukunft Arbeit", "f"), ("Arbeit und Leben", "f"))
THEMES = [
    "Anerkennungsberatung",
    "Qualifizierungsberatung",
    "Kompetenzfeststellung",
    "Gründungsberatung",
    "Jobbrücke",
    "Praxisbrücke",
    "Arbeitsmarktlotsen",
    "Sprachbrücke",
    "Berufswegeplanung",
    "Karriereberatung",
]
THEMES += [
    "Faire Integration",
    "Anpassungsqualifizierung Pflege",
    "Brückenkurs Medizin",
    "Mentoring Migrantinnen",
]
THEMES += ["Berufssprache Deutsch", "Interkulturelle Öffnung", "Diversity Management", "Fachkräfte Pflege"]
THEMES += ["Weiterbildung Elektrotechnik", "Brückenkurs Lehramt", "Coaching Akademiker", "Zugang Handwerk"]
PERIODS = ((2005, 2007), (2008, 2010), (2011, 2014), (2015, 2018), (2019, 2022), (2023, 2025))
MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
# Event nouns: (noun, gender) for "einen/ein/eine" and "den/das/die".
EVENTS = (("Fachtag", "m"), ("Empfang", "m"), ("Netzwerktreffen", "n"), ("Auftaktveranstaltung", "f"))
EVENTS += (("Jahrestagung", "f"), ("Fachkonferenz", "f"), ("Abschlussveranstaltung", "f"), ("Workshop", "m"))
VENUES = ("Rathaus", "Kulturzentrum", "Bürgerhaus", "Kongresszentrum", "Stadtmuseum", "Kongresshalle")
QUOTE_OPENINGS = (
    "Die Anerkennung ausländischer Berufsabschlüsse ist ein wichtiger Schlüssel zur Integration.",
    "Wir wollen die Potenziale zugewanderter Fachkräfte endlich besser nutzen.",
    "Gute Beratung öffnet Türen, die lange verschlossen waren.",
    "Jede erfolgreiche Anerkennung ist ein Gewinn für die Menschen und für die Betriebe.",
    "Unsere Beratungsstellen sind für viele Zugewanderte die erste Anlaufstelle.",
    "Fachkräftesicherung gelingt nur, wenn wir alle Talente einbeziehen.",
    "Die Zusammenarbeit mit Kammern, Jobcentern und Betrieben hat sich sehr bewährt.",
    "Integration in den Arbeitsmarkt ist eine Aufgabe für die ganze Gesellschaft.",
    "Wir haben in den vergangenen Jahren gemeinsam sehr viel erreicht.",
    "Viele Menschen arbeiten noch immer weit unter ihrer Qualifikation.",
    "Die Nachfrage nach Beratung ist weiterhin ungebrochen hoch.",
    "Diskriminierung im Arbeitsleben dürfen wir nicht hinnehmen.",
    "Faire Arbeitsbedingungen sind die Grundlage jeder nachhaltigen Integration.",
    "Die Qualifizierungsangebote zeigen, wie Anerkennung in der Praxis gelingen kann.",
    "Zugewanderte bringen Erfahrung und Wissen mit, die wir dringend brauchen.",
    "Wer gut beraten wird, findet schneller eine passende Arbeit.",
)
QUOTE_FOLLOWS = (
    "Darauf können wir in {land} stolz sein.",
    "Deshalb setzen wir die Arbeit mit voller Kraft fort.",
    "Dafür danke ich allen Beteiligten sehr herzlich.",
    "Das zeigt, wie wichtig verlässliche Strukturen in der Beratung sind.",
    "Hier leisten die Beraterinnen und Berater seit {year} hervorragende Arbeit.",
    "Wir brauchen diese Menschen und ihre Erfahrung dringend.",
    "Die Betriebe profitieren davon ebenso wie die Ratsuchenden.",
    "Darum muss die Förderung auch künftig gesichert bleiben.",
    "In {land} wollen wir diesen Weg konsequent weitergehen.",
    "Allein im Jahr {year} haben wir viele Ratsuchende begleitet.",
)

# ---------------------------------------------------------------- naming


@dataclass(frozen=True)
class Body:
    """Something the text names, with its gold type and label and its three case forms with article."""

    type: str
    label: str
    nom: str
    dat: str
    gen: str
    abbr: str = ""  # given as "(ABBR)" after its first mention in releases that spell abbreviations out


def body(
    type_: str, label: str, gender: str, dat_name: str | None = None, gen_name: str | None = None
) -> Body:
    nom, dat, gen = {"f": ("die", "der", "der"), "m": ("der", "dem", "des"), "n": ("das", "dem", "des")}[
        gender
    ]
    return Body(type_, label, f"{nom} {label}", f"{dat} {dat_name or label}", f"{gen} {gen_name or label}")


def ministry(label: str) -> Body:
    head, rest = label.split(" ", 1)
    return (
        body("Ministry", label, "n", gen_name=f"{head}s {rest}")
        if head.endswith("ium")
        else body("Ministry", label, "f")
    )


BMAS = Body(
    "Ministry",
    "Bundesministerium für Arbeit und Soziales",
    "das Bundesministerium für Arbeit und Soziales",
    "dem Bundesministerium für Arbeit und Soziales",
    "des Bundesministeriums für Arbeit und Soziales",
    "BMAS",
)
BMBF = Body(
    "Ministry",
    "Bundesministerium für Bildung und Forschung",
    "das Bundesministerium für Bildung und Forschung",
    "dem Bundesministerium für Bildung und Forschung",
    "des Bundesministeriums für Bildung und Forschung",
    "BMBF",
)
BA = Body(
    "Agency",
    "Bundesagentur für Arbeit",
    "die Bundesagentur für Arbeit",
    "der Bundesagentur für Arbeit",
    "der Bundesagentur für Arbeit",
    "BA",
)
ESF = Body(
    "Programme",
    "Europäischer Sozialfonds",
    "der Europäische Sozialfonds",
    "dem Europäischen Sozialfonds",
    "des Europäischen Sozialfonds",
    "ESF",
)
IQ = "Integration durch Qualifizierung (IQ)"  # the gold label whatever the wording
IQ_FORMS = (  # (nominative, dative, genitive)
    (
        "das Förderprogramm „Integration durch Qualifizierung (IQ)“",
        "dem Förderprogramm „Integration durch Qualifizierung (IQ)“",
        "des Förderprogramms „Integration durch Qualifizierung (IQ)“",
    ),
    ("das Förderprogramm IQ", "dem Förderprogramm IQ", "des Förderprogramms IQ"),
)
_CONTRACTIONS = {"bei dem": "beim", "in dem": "im", "von dem": "vom", "zu dem": "zum", "zu der": "zur"}


def prep(word: str, dative: str) -> str:
    """ "bei" + "dem Bildungswerk …" -> "beim Bildungswerk …"."""
    article, rest = dative.split(" ", 1)
    joined = f"{word} {article}"
    return f"{_CONTRACTIONS.get(joined, joined)} {rest}"


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def german_date(day: dt.date) -> str:
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


# ---------------------------------------------------------------- the world


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    female: bool

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Term:
    holder: Person
    start: int
    end: int


@dataclass
class Post:
    """A position whose holder changes over the years, e.g. the head of a network or a state secretary."""

    titles: tuple[str, str]  # (female, male)
    org: str | None  # "network", "office", "ministry", "rd", "host", "bmas" or None (title names no body)
    rank: int  # career order: a post may be filled by someone who left a lower one
    terms: list[Term] = field(default_factory=list)

    def holder(self, year: int) -> Person:
        return next(t.holder for t in self.terms if t.start <= year <= t.end)

    def title(self, person: Person) -> str:
        return self.titles[0 if person.female else 1]


@dataclass
class Subproject:
    name: str
    carrier: Body
    start: int
    end: int
    leads: list[Term]

    def lead(self, year: int) -> Person:
        return next((t.holder for t in self.leads if t.start <= year <= t.end), self.leads[-1].holder)


@dataclass
class Land:
    name: str
    cities: tuple[str, ...]
    lead_titles: tuple[str, str]
    hosts: list[tuple[Body, int, int]]
    ministries: list[tuple[Body, int, int]]
    posts: dict[str, Post]
    subprojects: list[Subproject]
    teams: dict[int, list[Person]]  # first year of a period -> the coordination office's team
    carriers: list[Body]
    renamed: int  # from this year on "IQ Landesnetzwerk …", before it "IQ Netzwerk …"

    def at(self, timeline: list[tuple[Body, int, int]], year: int) -> Body:
        return next(b for b, start, end in timeline if start <= year <= end)

    def active(self, year: int) -> list[Subproject]:
        return [s for s in self.subprojects if s.start <= year <= s.end]


class World:
    """Everything releases can talk about, drawn once from the seed."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        names = [(f, last, True) for f in WOMEN for last in FAMILY] + [
            (m, last, False) for m in MEN for last in FAMILY
        ]
        rng.shuffle(names)
        self._names = iter(names)
        self._org_names: set[str] = set()
        self._subproject_names: set[str] = set()
        self.federal = {
            "bmas_referat": Post(("Referatsleiterin", "Referatsleiter"), "bmas", 4),
            "bmas_state_sec": Post(("Staatssekretärin", "Staatssekretär"), "bmas", 6),
        }
        portfolios = rng.sample(PORTFOLIOS, len(PORTFOLIOS))
        self.lands = [
            self._land(name, cities, portfolios[i]) for i, (name, cities) in enumerate(LANDS.items())
        ]
        every_post = [p for land in self.lands for p in land.posts.values()]
        for post in self.federal.values():
            self._fill(post, every_post)

    def person(self) -> Person:
        first, last, female = next(self._names)
        return Person(first, last, female)

    def _land(self, name: str, cities: tuple[str, ...], portfolio: str) -> Land:
        rng = self.rng
        suffix = "" if name == "Berlin" else f" {name}"
        head = "Senatsverwaltung" if name in CITY_STATES else "Ministerium"
        second = rng.choice([p for p in PORTFOLIOS if p != portfolio])
        switch = rng.randint(2012, 2020)
        ministries = [
            (ministry(f"{head} für {portfolio}{suffix}"), 2005, switch - 1),
            (ministry(f"{head} für {second}{suffix}"), switch, 2025),
        ]
        carriers = [self._org(rng.choice(cities)) for _ in range(rng.randint(5, 9))]
        hosts, start = [], 2005
        for change in (2011, 2015, 2019, 2023, 2026):
            if change == 2026 or rng.random() < 0.3:
                hosts.append((rng.choice(carriers), start, change - 1))
                start = change
        lead = ("Leiterin", "Leiter") if rng.random() < 0.6 else ("Koordinatorin", "Koordinator")
        posts = {
            "deputy": Post(("stellvertretende Leiterin", "stellvertretender Leiter"), "network", 0),
            "lead": Post(lead, "network", 1),
            "host_ceo": Post(("Geschäftsführerin", "Geschäftsführer"), "host", 1),
            "referat": Post(("Referatsleiterin", "Referatsleiter"), "ministry", 2),
            "commissioner": Post(
                (
                    "Landesbeauftragte für Migration und Integration",
                    "Landesbeauftragter für Migration und Integration",
                ),
                None,
                3,
            ),
            "rd_chief": Post(
                ("Vorsitzende der Geschäftsführung", "Vorsitzender der Geschäftsführung"), "rd", 3
            ),
            "state_sec": Post(("Staatssekretärin", "Staatssekretär"), "ministry", 5),
        }
        ordered = sorted(posts.values(), key=lambda p: p.rank)
        for post in ordered:
            self._fill(post, ordered)
        places = cities + LOCAL_NAMES.get(name, ())
        renamed = rng.choice([2011, 2015, 2019, 2026])
        land = Land(name, cities, lead, hosts, ministries, posts, [], {}, carriers, renamed)
        self._subprojects(land, places)
        for first, _ in PERIODS:
            land.teams[first] = [posts["lead"].holder(first)] + [
                self.person() for _ in range(rng.randint(2, 4))
            ]
        return land

    def _org(self, city: str) -> Body:
        while True:
            head, gender = self.rng.choice(ORG_HEADS)
            label = f"{head} {city} " + ("gGmbH" if gender == "f" else self.rng.choice(["e. V.", "gGmbH"]))
            if label not in self._org_names:
                self._org_names.add(label)
                return body("Organisation", label, "f" if label.endswith("gGmbH") else gender)

    def _fill(self, post: Post, lower: list[Post]) -> None:
        """Terms of 3-6 years from 2005 to 2025; a new term often goes to someone whose lower post just ended."""
        year = 2005
        while year <= 2025:
            end = min(2025, year + self.rng.randint(2, 5))
            movers = [
                t.holder for p in lower if p.rank < post.rank for t in p.terms if year - 2 <= t.end < year
            ]
            busy = {t.holder for p in lower for t in p.terms if t.start <= end and t.end >= year}
            movers = sorted({m for m in movers if m not in busy}, key=lambda m: m.name)
            holder = self.rng.choice(movers) if movers and self.rng.random() < 0.5 else self.person()
            post.terms.append(Term(holder, year, end))
            year = end + 1

    def _subprojects(self, land: Land, places: tuple[str, ...]) -> None:
        rng, taken = self.rng, self._subproject_names
        for start, end in PERIODS:
            continued = [s for s in land.subprojects if s.end == start - 1 and rng.random() < 0.3]
            for s in continued:
                s.end = end
            for _ in range(rng.randint(2, 4) if start < 2011 else rng.randint(6, 14)):
                name = f"{rng.choice(THEMES)} {rng.choice(places)}"
                if name not in taken:
                    taken.add(name)
                    leads = [Term(self.person(), start, end)]
                    land.subprojects.append(Subproject(name, rng.choice(land.carriers), start, end, leads))
            for s in continued:
                s.leads.append(Term(self.person(), start, end))


# ---------------------------------------------------------------- one release


def network_body(land: str, style: str) -> Body:
    label = f"IQ {style} {land}"
    return Body("StateNetwork", label, f"das {label}", f"dem {label}", f"des IQ {style}s {land}")


def office_body(network: Body) -> Body:
    label = f"Koordinierungsstelle {network.gen}"
    return body("CoordinationOffice", label, "f")


def subproject_body(name: str) -> Body:
    return Body(
        "Subproject",
        name,
        f"das Teilprojekt „{name}“",
        f"dem Teilprojekt „{name}“",
        f"des Teilprojekts „{name}“",
    )


def regional_body(land: str) -> Body:
    return body("Agency", f"Regionaldirektion {land} der Bundesagentur für Arbeit", "f")


LEADER_TITLES = ("Leiter", "Koordinator", "Projektleiter")


class Draft:
    """One release being written: its paragraphs and, in step, the gold rows its sentences state."""

    def __init__(self, world: World, land: Land, date: dt.date, rng: random.Random) -> None:
        self.world, self.land, self.date, self.year, self.rng = world, land, date, date.year, rng
        style = "Landesnetzwerk" if self.year >= land.renamed else "Netzwerk"
        self.network = network_body(land.name, style)
        self.office = office_body(self.network)
        self.spell_abbreviations = rng.random() < 0.6
        self.paragraphs: list[str] = []
        self.rows: dict[tuple[str, ...], None] = {}  # insertion-ordered set
        self.named: set[str] = set()
        self.people: list[Person] = []
        self.abbreviated: list[Body] = []

    # -- gold rows
    def row(self, *cells: str) -> None:
        self.rows[cells] = None

    def name(self, b: Body, case: str = "nom", word: str = "") -> str:
        """The body's name in a case (with a preposition), declared in the gold with what its name implies."""
        text = getattr(b, case)
        if b.abbr and self.spell_abbreviations and b.label not in self.named:
            text += f" ({b.abbr})"
            self.abbreviated.append(b)
        self.named.add(b.label)
        self.row("entity", b.type, b.label)
        if b.type == "StateNetwork":  # a network's name says its Land
            self.place(self.land.name)
            self.row("relation", b.label, "locatedIn", self.land.name)
        elif b.type == "CoordinationOffice":
            self.name(self.network)
            self.row("relation", b.label, "partOf", self.network.label)
        elif b.label.startswith("Regionaldirektion"):
            self.row("entity", BA.type, BA.label)
            self.row("relation", b.label, "partOf", BA.label)
        return prep(word, text) if word else text

    def programme(self, case: int) -> str:
        self.row("entity", "Programme", IQ)
        return self.rng.choice(IQ_FORMS)[case]

    def place(self, label: str) -> str:
        self.row("entity", "Place", label)
        return label

    def person(self, p: Person, doctor: bool = False) -> str:
        if p not in self.people:
            self.people.append(p)
        self.row("entity", "Person", p.name)
        return ("Dr. " if doctor else "") + p.name

    def role(self, p: Person, title: str, org: Body | None, link: str = "gen", before: bool = False) -> str:
        """ "Anna Weber, Leiterin des …" (or with before=True "Leiterin des …, Anna Weber"): plants the role."""
        where = (
            ""
            if org is None
            else " " + (self.name(org, "gen") if link == "gen" else self.name(org, "dat", link))
        )
        who = self.person(p, doctor=self.rng.random() < 0.12)
        self.row("role", p.name, title, org.label if org else "-")
        if (
            org
            and org.type in ("StateNetwork", "CoordinationOffice", "Subproject")
            and title.startswith(tuple(LEADER_TITLES))
        ):
            self.row("relation", org.label, "ledBy", p.name)
        if before:
            return f"{'die' if p.female else 'der'} {title}{where}, {who}"
        return f"{who}, {title}{where}"

    def head_org(self, title: str, before: bool = False) -> Body:
        """The network, or for a "Leiter" after the name also its coordination office (the extractor misses
        "der Leiter der Koordinierungsstelle des …, X": the office's mention ends before the genitive)."""
        return (
            self.rng.choice([self.network, self.office])
            if title.endswith("Leiter") and not before
            else self.network
        )

    def post(self, key: str, before: bool = False) -> tuple[Person, str]:
        """The holder of a post in the release's year, with a role phrase naming the post."""
        post = self.land.posts.get(key) or self.world.federal[key]
        p = post.holder(self.year)
        org, link = {
            "network": (self.head_org(post.titles[1], before), "gen"),
            "host": (self.land.at(self.land.hosts, self.year), "bei"),
            "ministry": (self.land.at(self.land.ministries, self.year), "in"),
            "rd": (regional_body(self.land.name), "gen"),
            "bmas": (BMAS, "in"),
            None: (None, "gen"),
        }[post.org]
        adjectival = post.title(p).startswith(("Vorsitzende", "stellvertretende", "Landesbeauftragte"))
        return p, self.role(p, post.title(p), org, link, before=before and not adjectival)

    def quote(self, p: Person) -> str:
        text = self.rng.choice(QUOTE_OPENINGS) + " " + self.rng.choice(QUOTE_FOLLOWS)
        text = text.format(land=self.land.name, year=self.rng.randint(max(2005, self.year - 6), self.year))
        if f"„{text}" in "\n".join(self.paragraphs):
            text = self.rng.choice(QUOTE_OPENINGS)
        if f"„{text}" in "\n".join(self.paragraphs):
            return ""
        if "{land}" in text or self.land.name in text:
            self.place(self.land.name)
        self.row("quote", p.name, " ".join(text.split()[:8]))
        return text

    def say(self, *sentences: str) -> None:
        self.paragraphs.append(" ".join(s for s in sentences if s))

    def gold(self) -> str:
        """The TSV: entity rows first, every label carrying "(ABBR)" where this text spelled it out."""
        full = {b.label: f"{b.label} ({b.abbr})" for b in self.abbreviated}
        titled = {(r[1], r[3]) for r in self.rows if r[0] == "role"}  # a role at an org is the membership
        rows = [
            r for r in self.rows if not (r[0] == "relation" and r[2] == "memberOf" and (r[1], r[3]) in titled)
        ]
        rows = [tuple(full.get(c, c) for c in r) for r in rows]
        order = ("entity", "role", "relation", "quote", "event", "count")
        rows.sort(key=lambda r: order.index(r[0]))
        return "".join("\t".join(r) + "\n" for r in rows)


# ---------------------------------------------------------------- sentences, by fact kind


def part_of_programme(d: Draft) -> str:
    net = d.name(d.network)
    d.row("relation", d.network.label, "partOf", IQ)
    return d.rng.choice(
        [
            f"{cap(net)} ist Teil {d.programme(2)}.",
            f"{cap(net)} gehört zum {d.programme(1).split(' ', 1)[1]}.",
            f"Als Teil {d.programme(2)} setzt sich {net} für die berufliche Integration von Zugewanderten ein.",
        ]
    )


def hosted_by(d: Draft) -> str:
    host = d.land.at(d.land.hosts, d.year)
    d.row("relation", d.network.label, "hostedBy", host.label)
    net = d.network
    forms = [
        lambda: f"{cap(d.name(net))} ist {d.name(host, 'dat', 'bei')} angesiedelt.",
        lambda: f"{cap(d.name(net))} wird {d.name(host, 'dat', 'von')} koordiniert.",
        lambda: f"Träger {d.name(net, 'gen')} ist {d.name(host)}.",
    ]
    if (
        d.land.name != "Berlin"
    ):  # the reference data knows "Koordination des IQ Netzwerks Berlin" as the office
        forms.append(lambda: f"Die Koordination {d.name(net, 'gen')} liegt {d.name(host, 'dat', 'bei')}.")
    return d.rng.choice(forms)()


def subproject_count(d: Draft) -> str:
    n = max(2, len(d.land.active(d.year)))
    net = d.name(d.network)
    if n <= 12 and d.rng.random() < 0.3:
        words = ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"]
        d.row("count", d.network.label, "Teilprojekte", str(n))
        return f"{cap(net)} besteht aus {words[n - 2]} Teilprojekten."
    what, sentence = d.rng.choice(
        [
            ("Teilprojekte", f"{cap(net)} umfasst derzeit {n} Teilprojekte."),
            ("Teilprojekte", f"Im {net.split(' ', 1)[1]} arbeiten {n} Teilprojekte zusammen."),
            (
                "Teilprojektpartner",
                f"Gemeinsam mit seinen {n} Teilprojektpartnern setzt sich {net} für "
                "die berufliche Integration von Menschen mit Migrationshintergrund ein.",
            ),
        ]
    )
    d.row("count", d.network.label, what, str(n))
    return sentence


def team(d: Draft) -> str:
    members = d.land.teams[max(s for s, _ in PERIODS if s <= d.year)]
    names = [d.person(p) for p in members]
    for p in members:
        d.row("relation", p.name, "memberOf", d.office.label)
    return f"Zum Team {d.name(d.office, 'gen')} gehören: {', '.join(names[:-1])} und {names[-1]}."


def programme_funding(d: Draft) -> list[str]:
    """Who funds the programme (the ESF from 2015 on) and, from 2011 on, its partners in carrying it out."""
    funders = [BMAS, ESF] if d.year >= 2015 else [BMAS]
    for f in funders:
        d.row("relation", IQ, "fundedBy", f.label)
    iq = cap(d.programme(0))
    kind = d.rng.randrange(4 if len(funders) == 1 else 2)
    if kind == 0:
        funding = f"{iq} wird aus Mitteln {' und '.join(d.name(f, 'gen') for f in funders)} gefördert."
    elif kind == 1:
        accusative = [d.name(BMAS)] + (
            [f"den {d.name(ESF, 'dat').split(' ', 1)[1]}"] if len(funders) > 1 else []
        )
        funding = f"{iq} wird durch {' und '.join(accusative)} gefördert."
    elif kind == 2:
        funding = f"{iq} wird finanziert {d.name(BMAS, 'dat', 'von')}."
    else:
        funding = f"{cap(d.name(BMAS))} fördert {d.programme(0)} seit {d.rng.randint(2005, d.year)}."
    if d.year < 2011:
        return [funding]
    for partner in (BMBF, BA):
        d.row("relation", IQ, "implementationPartner", partner.label)
    cue = d.rng.choice(["Partner in der Umsetzung sind", "Umsetzungspartner sind"])
    return [funding, f"{cue} {d.name(BMBF)} und {d.name(BA)}."]


def subproject_facts(d: Draft, s: Subproject) -> list[str]:
    """Part of the network, its carrier, and who leads it."""
    sp = subproject_body(s.name)
    d.row("relation", s.name, "partOf", d.network.label)
    d.row("relation", s.name, "hostedBy", s.carrier.label)
    part = d.rng.choice(
        [
            lambda: f"{cap(d.name(sp))} ist Teil {d.name(d.network, 'gen')}.",
            lambda: f"{cap(d.name(sp))} gehört zum {d.name(d.network, 'dat').split(' ', 1)[1]}.",
        ]
    )()
    carrier = d.rng.choice(
        [
            lambda: f"Träger {d.name(sp, 'gen')} ist {d.name(s.carrier)}.",
            lambda: f"{cap(d.name(sp))} wird {d.name(s.carrier, 'dat', 'von')} koordiniert.",
        ]
    )()
    lead = s.lead(d.year)
    title = "Projektleiterin" if lead.female else "Projektleiter"
    return [
        part,
        carrier,
        f"Ansprechpartnerin ist {d.role(lead, title, sp)}."
        if lead.female
        else f"Ansprechpartner ist {d.role(lead, title, sp)}.",
    ]


def attributed(d: Draft, p: Person, phrase: str | None = None) -> str:
    """A quote of p in one of the attributions the extractor reads; phrase, if given, names p's role."""
    text = d.quote(p)
    if not text:
        return ""
    bare = text.rstrip(".")
    if phrase:
        colon = (
            [] if phrase.startswith("Dr.") else [f"{phrase}: „{text}“"]
        )  # the extractor misses "Dr. X, …: „…“"
        return d.rng.choice(colon + [f"„{bare}“, sagte {phrase}."])
    unique_last = sum(q.last == p.last for q in d.people) == 1
    forms = [f"„{bare}“, sagte {p.name}.", f"{p.name}: „{text}“", f"{p.name} betonte: „{text}“"]
    return d.rng.choice(forms + ([f"„{bare}“, so {p.last}."] if unique_last else []))


# ---------------------------------------------------------------- releases, by kind


def event_release(d: Draft) -> str:
    """A Fachtag, Empfang, … of the network: date, place, organiser, speakers with roles, their quotes."""
    rng, net = d.rng, d.network
    noun, gender = rng.choice(EVENTS)
    day = d.date + dt.timedelta(days=rng.choice([0, 0, 0, -1, -2, -5, 7, 14]))
    label = f"{noun} {net.gen}"
    d.row("entity", "Event", label)
    d.row("event", label, day.isoformat())
    d.row("relation", label, "organisedBy", net.label)
    city = rng.choice(d.land.cities)
    venue = rng.choice(VENUES) if city not in LANDS and rng.random() < 0.4 else None  # "im Rathaus in Kassel"
    where = f"im {venue} in {d.place(city)}" if venue else f"in {d.place(city)}"
    if venue:
        d.place(f"{venue} {city}")
        d.row("relation", f"{venue} {city}", "locatedIn", city)
    d.row("relation", label, "locatedIn", f"{venue} {city}" if venue else city)
    when = rng.choice([f"am {day.day:02d}.{day.month:02d}.{day.year}", f"am {german_date(day)}"])
    if day == d.date and rng.random() < 0.4:
        when = f"am heutigen {WEEKDAYS[day.weekday()]}"
    an, the = {"m": ("einen", "den"), "n": ("ein", "das"), "f": ("eine", "die")}[gender]
    verb = "veranstaltet" if day >= d.date else "veranstaltete"
    opening = f"{cap(when)} {verb} {d.name(net)} {an} {noun} {where}."
    keys = ["lead", "state_sec", "commissioner", "rd_chief", "bmas_referat", "host_ceo", "referat"]
    speakers = [d.post(k, before=rng.random() < 0.3) for k in rng.sample(keys, rng.randint(2, 4))]
    speakers = [
        (p, phrase) for i, (p, phrase) in enumerate(speakers) if p not in [q for q, _ in speakers[:i]]
    ]
    for p, _ in speakers:
        d.row("relation", p.name, "speakerAt", label)
    d.say(opening, *speeches(d, speakers, f"{the} {noun}", past=day < d.date))
    for p, _ in rng.sample(speakers, rng.randint(1, len(speakers))):
        d.say(attributed(d, p))
    d.say(part_of_programme(d), hosted_by(d), subproject_count(d) if rng.random() < 0.5 else "")
    d.say(*programme_funding(d))
    title = rng.choice(
        [
            f"{label} {rng.choice(['in', 'am'])} "
            + (city if rng.random() < 0.5 else f"{day.day:02d}.{day.month:02d}.{day.year}"),
            f"Rückblick: {label}" if day < d.date else f"Einladung: {label}",
            f"{cap(noun)} {net.gen} mit {speakers[0][0].name}",
        ]
    )
    return title


def speeches(d: Draft, speakers: list[tuple[Person, str]], event: str, past: bool) -> list[str]:
    """Sentences with a speech act (opening, greetings, moderation, talk) naming each speaker with a role."""
    (_, first), *rest = speakers
    out = [f"{cap(first)}, {'eröffnete' if past else 'eröffnet'} {event} mit einem Grußwort."]
    if len(rest) >= 2:
        out.append(f"Grußworte {'sprachen' if past else 'sprechen'} {rest[0][1]}, und {rest[1][1]}.")
        rest = rest[2:]
    for _, phrase in rest:
        if past:
            out.append(d.rng.choice([f"Die Moderation übernahm {phrase}.", f"Danach sprach {phrase}."]))
        else:
            out.append(d.rng.choice([f"Die Moderation übernimmt {phrase}.", f"Einen Vortrag hält {phrase}."]))
    return out


def profile_release(d: Draft) -> str:
    """The network introduces itself: programme, host, head, team, subprojects, funding."""
    rng = d.rng
    head = d.land.posts["lead"].holder(d.year)
    title = d.land.lead_titles[0 if head.female else 1]
    d.say(part_of_programme(d), hosted_by(d), subproject_count(d))
    d.say(attributed(d, head, d.role(head, title, d.head_org(title))))
    if rng.random() < 0.6:
        d.say(team(d))
    for s in rng.sample(d.land.active(d.year), min(len(d.land.active(d.year)), rng.randint(1, 3))):
        d.say(*subproject_facts(d, s))
    d.say(*programme_funding(d))
    return rng.choice([f"{d.network.label} stellt sich vor", f"Jahresbilanz {d.year}: {d.network.label}"])


def subproject_release(d: Draft) -> str:
    """One subproject: its network, carrier, lead and her or his quote, and who funds it."""
    rng = d.rng
    s = rng.choice(d.land.active(d.year))
    sp = subproject_body(s.name)
    d.say(*subproject_facts(d, s))
    lead = s.lead(d.year)
    d.say(attributed(d, lead))
    if d.year >= 2015 and rng.random() < 0.5:
        for f in (BMAS, ESF):
            d.row("relation", s.name, "fundedBy", f.label)
        d.say(f"{cap(d.name(sp))} wird aus Mitteln {d.name(BMAS, 'gen')} und {d.name(ESF, 'gen')} gefördert.")
    else:
        ministry_ = d.land.at(d.land.ministries, d.year)
        d.row("relation", s.name, "fundedBy", ministry_.label)
        d.say(f"{cap(d.name(ministry_))} fördert {d.name(sp)} zusätzlich.")
    d.say(part_of_programme(d), hosted_by(d))
    new = s.start == d.year
    return f"{'Neues Teilprojekt' if new else 'Teilprojekt'} „{s.name}“ im {d.network.label}"


def personnel_release(d: Draft) -> str:
    """A new head of the network; the predecessor, where the world moved them on, in the new post."""
    post = d.land.posts["lead"]
    term = next(t for t in post.terms if t.start <= d.year <= t.end)
    new = term.holder
    d.say(f"{cap(d.name(d.network))} hat eine neue Leitung.")
    title = d.land.lead_titles[0 if new.female else 1]
    phrase = d.role(new, title, d.network)
    d.say(attributed(d, new, phrase.replace(f", {title}", f", {'die' if new.female else 'der'} {title}")))
    before = [t for t in post.terms if t.end == term.start - 1]
    if before:
        old = before[0].holder
        word = ("Ihre" if new.female else "Sein") + (" Vorgängerin" if old.female else " Vorgänger")
        moved = [
            (k, p)
            for k, p in sorted(d.land.posts.items()) + sorted(d.world.federal.items())
            if p.rank > post.rank and p.holder(d.year) == old
        ]
        if moved:
            _, phrase = d.post(moved[0][0])
            d.say(f"{word} {phrase}, gratulierte zum neuen Amt.")
        else:
            d.say(f"{word} {d.person(old)} verabschiedet sich in den Ruhestand.")
    d.say(hosted_by(d), part_of_programme(d))
    return f"Neue Leitung im {d.network.label}"


# ---------------------------------------------------------------- the corpus

KINDS = (("event", event_release, 8), ("profile", profile_release, 4))
KINDS += (("subproject", subproject_release, 5), ("personnel", personnel_release, 3))
FIRST_DAY, LAST_DAY = dt.date(2005, 1, 1).toordinal(), dt.date(2025, 12, 31).toordinal()


@dataclass
class SynthSummary:
    releases: int = 0
    kinds: Counter[str] = field(default_factory=Counter)  # releases by kind
    entities: Counter[str] = field(default_factory=Counter)  # distinct (type, label) over the corpus, by type
    relations: Counter[str] = field(default_factory=Counter)  # gold rows, by predicate
    rows: Counter[str] = field(default_factory=Counter)  # gold rows, by row kind
    seconds: float = 0.0

    def lines(self) -> list[str]:
        out = [f"{self.releases} releases in {self.seconds:.2f} s: " + _counts(self.kinds)]
        out.append(f"distinct entities: {sum(self.entities.values())} ({_counts(self.entities)})")
        out.append("gold rows: " + _counts(self.rows))
        out.append("relations: " + _counts(self.relations))
        return out


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items()))


def slug(title: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", title.translate(str.maketrans({"ß": "ss"}))).encode(
        "ascii", "ignore"
    )
    return re.sub(r"[^a-z0-9]+", "_", ascii_.decode().lower()).strip("_")[:48].rstrip("_")


def release(world: World, rng: random.Random, number: int) -> tuple[str, str, str, str]:
    """(kind, file stem, text, gold TSV) of one release."""
    kind, write, _ = rng.choices(KINDS, weights=[w for *_, w in KINDS])[0]
    land = rng.choice(world.lands)
    if kind == "personnel":  # dated in the first year of a new head's term
        term = rng.choice(land.posts["lead"].terms[1:])
        date = dt.date(term.start, rng.randint(1, 12), rng.randint(1, 28))
    else:
        date = dt.date.fromordinal(rng.randint(FIRST_DAY, LAST_DAY))
    d = Draft(world, land, date, rng)
    title = write(d)
    if rng.random() < 0.3:
        title = f"Pressemitteilung {rng.randint(1, 60)}/{date.year % 100:02d}: {title}"
    body = "\n\n".join(p for p in d.paragraphs if p)
    for p in d.people:  # "so Weber" is only clear while one Weber is named
        if sum(q.last == p.last for q in d.people) > 1:
            body = body.replace(f", so {p.last}.", f", so {p.name}.")
    if rng.random() < 0.5:
        head = (
            f"---\ntitle: {title}\ndate: {date.isoformat()}\npublisher: {d.network.label}\n---\n{title}\n\n"
        )
    else:
        city = d.place(rng.choice(land.cities))
        head = f"{title}\n\n{city}, {date.day:02d}.{date.month:02d}.{date.year}\n\n"
    stem = f"{number:06d}_{slug(title)}"
    return kind, stem, head + body + "\n", d.gold()


def generate(n: int, out_dir: Path, seed: int = 0) -> SynthSummary:
    """Write n releases to out_dir/releases and their gold TSVs to out_dir/gold; same n and seed, same bytes."""
    start = time.perf_counter()
    rng = random.Random(seed)
    world = World(rng)
    releases, gold = Path(out_dir) / "releases", Path(out_dir) / "gold"
    for folder, suffix in ((releases, ".txt"), (gold, ".tsv")):
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob(f"[0-9][0-9][0-9][0-9][0-9][0-9]_*{suffix}"):  # an earlier run's files only
            old.unlink()
    summary, entities = SynthSummary(releases=n), set()
    for number in range(1, n + 1):
        kind, stem, text, tsv = release(world, rng, number)
        (releases / f"{stem}.txt").write_text(text, encoding="utf-8")
        (gold / f"{stem}.tsv").write_text(tsv, encoding="utf-8")
        summary.kinds[kind] += 1
        for line in tsv.splitlines():
            cells = line.split("\t")
            summary.rows[cells[0]] += 1
            if cells[0] == "entity":
                entities.add((cells[1], re.sub(r" \([^)]*\)$", "", cells[2])))
            elif cells[0] == "relation":
                summary.relations[cells[2]] += 1
    summary.entities.update(t for t, _ in entities)
    summary.seconds = time.perf_counter() - start
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="how many releases")
    parser.add_argument("out_dir", type=Path, help="writes OUT_DIR/releases/*.txt and OUT_DIR/gold/*.tsv")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("n must be at least 1")
    summary = generate(args.n, args.out_dir, args.seed)
    print("\n".join(summary.lines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
