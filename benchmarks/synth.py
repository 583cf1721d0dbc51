#!/usr/bin/env python3
"""Synthetic press releases about the IQ programme, with the facts each one states, for measuring iqgraph.

A seeded world (the 16 state networks with their hosts, coordination offices and subprojects; federal and
state ministries; officials whose posts change between 2005 and 2025) is written out as N German releases,
in phrasings the extractor supports, picked by the same seeded RNG. Beside each release goes a gold TSV in
the format of ../shared/corpus/dev/gold/README.md listing only what that text states, so the project's
scorer measures a synthetic build unchanged:

    python benchmarks/synth.py 1000 /tmp/synth [--seed 0]
    python benchmarks/quality.py --corpus /tmp/synth/releases --gold /tmp/synth/gold

Everything in it is invented (organisations, people, posts): a benchmark corpus, not data about IQ.
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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


def words(text: str, sep: str | None = None) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.split(sep))


# ---------------------------------------------------------------- vocabulary

LANDS = {  # each Land with cities the extractor's place list knows (events take place there)
    "Baden-Württemberg": words("Stuttgart Mannheim Karlsruhe Freiburg Heidelberg Ulm"),
    "Bayern": words("München Nürnberg Augsburg Regensburg Würzburg Ingolstadt"),
    "Berlin": words("Berlin"),
    "Brandenburg": words("Potsdam Cottbus"),
    "Bremen": words("Bremen Bremerhaven"),
    "Hamburg": words("Hamburg"),
    "Hessen": words("Frankfurt Wiesbaden Kassel Darmstadt Offenbach Marburg"),
    "Mecklenburg-Vorpommern": words("Rostock Schwerin Neubrandenburg Greifswald Stralsund"),
    "Niedersachsen": words("Hannover Braunschweig Oldenburg Osnabrück Göttingen Lüneburg"),
    "Nordrhein-Westfalen": words("Köln Düsseldorf Dortmund Bochum Bielefeld Münster Aachen"),
    "Rheinland-Pfalz": words("Mainz Ludwigshafen Koblenz Trier Kaiserslautern"),
    "Saarland": words("Saarbrücken"),
    "Sachsen": words("Leipzig Dresden Chemnitz Zwickau"),
    "Sachsen-Anhalt": words("Magdeburg Halle Dessau"),
    "Schleswig-Holstein": words("Kiel Lübeck Flensburg"),
    "Thüringen": words("Erfurt Jena Gera Weimar"),
}
CITY_STATES = ("Berlin", "Bremen", "Hamburg")
LOCAL_NAMES = {  # used only inside quoted subproject names, where the place list need not know them
    "Berlin": words("Neukölln Kreuzberg Spandau Wedding Moabit Charlottenburg Marzahn"),
    "Brandenburg": words("Eberswalde Oranienburg Prignitz Uckermark"),
    "Bremen": words("Vegesack Gröpelingen Bremen-Nord"),
    "Hamburg": words("Altona Harburg Wandsbek Bergedorf Eimsbüttel"),
    "Saarland": words("Saarlouis Neunkirchen Homburg"),
    "Sachsen-Anhalt": words("Stendal Wittenberg"),
    "Schleswig-Holstein": words("Neumünster Husum"),
}
# Given names the extractor's name list (gender-guesser) knows, family names it does not take for given names.
# No "č": the extractor's name pattern lacks it ("Kovač" is not read as a name).
WOMEN = words(
    "Anna Julia Katrin Sabine Petra Claudia Susanne Stefanie Andrea Nicole Christina Sandra Monika Birgit "
    "Heike Kerstin Martina Ulrike Simone Nadine Jana Lena Laura Miriam Elif Leyla Natalia Olga Irina Katharina "
    "Franziska Johanna Charlotte Hanna Lea Sophie Eva Ines Vera Silke Anja Doris Gabriele Renate Tanja Melanie "
    "Daniela Carolin Yvonne Svenja Jasmin Selin Zeynep Aylin Mariam Amira Agnieszka Ewa Dragana"
)
MEN = words(
    "Thomas Michael Andreas Stefan Christian Markus Jan Tobias Jonas Lukas Felix Daniel Martin Frank Jürgen "
    "Peter Klaus Ralf Uwe Dirk Holger Jens Sven Kai Matthias Florian Sebastian Philipp Alexander Oliver Bernd "
    "Wolfgang Rainer Carsten Torsten Björn Moritz Paul Simon Mehmet Ahmet Murat Ali Hüseyin Omar Karim Tarek "
    "Pavel Tomasz Piotr Dmitri Sergej Erik Lars Nils Timo Benjamin David Georg Volker Joachim Heiko"
)
FAMILY = words(
    "Müller Schmidt Schneider Fischer Weber Meyer Becker Schulz Hoffmann Koch Richter Klein Schröder Neumann "
    "Schwarz Braun Hofmann Zimmermann Schmitt Krüger Schmid Lange Schmitz Meier Krause Maier Lehmann Huber "
    "Mayer Köhler König Schulze Fuchs Kaiser Weiß Peters Scholz Möller Hahn Keller Vogel Schubert Roth Beck "
    "Berger Winkler Baumann Schuster Kraus Böhm Winter Kramer Schumacher Vogt Jäger Groß Seidel Brandt Haas "
    "Schreiber Graf Ziegler Kuhn Pohl Horn Sauer Bergmann Busch Pfeiffer Voigt Seifert Lindner Hübner Kremer "
    "Kühn Heinze Kluge Bauer Ritter Marx Thiel Michels Schütz Ebert Brinkmann Reuter Petersen Jansen Nowak "
    "Kowalski Popescu Ionescu Haddad Petrović Jovanović Horvath Ivanova Schäfer Krämer Wendt Brauer Fiedler "
    "Hesse Kirchner Kunz Albers Rieger Stark Schilling Hauser Witt Behrens Beyer Frey Schade Busse Kurz Ahrens"
)
PORTFOLIOS = words(
    "Soziales, Gesundheit und Integration | Arbeit, Soziales und Integration | Wirtschaft, Arbeit und Verkehr"
    " | Arbeit, Gesundheit und Soziales | Soziales und Integration | Arbeit, Integration und Frauen"
    " | Integration, Arbeit und Soziales | Wirtschaft, Arbeit und Wohnungsbau | Familie, Arbeit und Integration"
    " | Arbeit und Wirtschaft | Arbeit, Familie und Gesundheit | Soziales, Arbeit und Gleichstellung"
    " | Arbeit, Soziales, Frauen und Familie | Wirtschaft, Arbeit und Digitales | Integration und Teilhabe"
    " | Arbeit, Jugend und Soziales",
    "|",
)
# Organisation names end in a legal form and are not inflected; the head's gender picks the article.
NEUTER_HEADS = words("Bildungswerk Lernwerk Chancenwerk Beratungszentrum Integrationszentrum")
FEMININE_HEADS = words("Perspektive Arbeit | Brücke Beruf | Kompass Integration | Zukunft Arbeit", "|")
# Subproject themes: with a place, at most three words (four quoted words can pass for a quote).
THEMES = words(
    "Anerkennungsberatung | Qualifizierungsberatung | Kompetenzfeststellung | Gründungsberatung | Jobbrücke"
    " | Praxisbrücke | Arbeitsmarktlotsen | Sprachbrücke | Berufswegeplanung | Karriereberatung"
    " | Faire Integration | Anpassungsqualifizierung Pflege | Brückenkurs Medizin | Mentoring Migrantinnen"
    " | Berufssprache Deutsch | Interkulturelle Öffnung | Diversity Management | Fachkräfte Pflege"
    " | Weiterbildung Elektrotechnik | Brückenkurs Lehramt | Coaching Akademiker | Zugang Handwerk",
    "|",
)
FIRST_DAY, LAST_DAY = dt.date(2005, 1, 1), dt.date(2025, 12, 31)
PERIODS = ((2005, 2007), (2008, 2010), (2011, 2014), (2015, 2018), (2019, 2022), (2023, 2025))
MONTHS = words("Januar Februar März April Mai Juni Juli August September Oktober November Dezember")
WEEKDAYS = words("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag")
NUMBER_WORDS = words("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf")
EVENTS = tuple(  # (noun, gender)
    tuple(e.split(":"))
    for e in words(
        "Fachtag:m Empfang:m Netzwerktreffen:n Auftaktveranstaltung:f Jahrestagung:f Fachkonferenz:f "
        "Abschlussveranstaltung:f Workshop:m Fachtagung:f Festveranstaltung:f Jubiläumsfeier:f Fachforum:n "
        "Podiumsdiskussion:f Preisverleihung:f Infotag:m Zukunftswerkstatt:f Jobmesse:f Fachveranstaltung:f "
        "Kongress:m"
    )
)
VENUES = words("Rathaus Kulturzentrum Bürgerhaus Kongresszentrum Stadtmuseum Stadthaus")  # neuter: "im …"
QUOTE_OPENINGS = words(
    "Die Anerkennung ausländischer Berufsabschlüsse ist ein wichtiger Schlüssel zur Integration."
    " | Wir wollen die Potenziale zugewanderter Fachkräfte endlich besser nutzen."
    " | Gute Beratung öffnet Türen, die lange verschlossen waren."
    " | Jede erfolgreiche Anerkennung ist ein Gewinn für die Menschen und für die Betriebe."
    " | Unsere Beratungsstellen sind für viele Zugewanderte die erste Anlaufstelle."
    " | Fachkräftesicherung gelingt nur, wenn wir alle Talente einbeziehen."
    " | Die Zusammenarbeit mit Kammern, Jobcentern und Betrieben hat sich sehr bewährt."
    " | Integration in den Arbeitsmarkt ist eine Aufgabe für die ganze Gesellschaft."
    " | Wir haben in den vergangenen Jahren gemeinsam sehr viel erreicht."
    " | Viele Menschen arbeiten noch immer weit unter ihrer Qualifikation."
    " | Die Nachfrage nach Beratung ist weiterhin ungebrochen hoch."
    " | Diskriminierung im Arbeitsleben dürfen wir nicht hinnehmen."
    " | Faire Arbeitsbedingungen sind die Grundlage jeder nachhaltigen Integration."
    " | Die Qualifizierungsangebote zeigen, wie Anerkennung in der Praxis gelingen kann."
    " | Zugewanderte bringen Erfahrung und Wissen mit, die wir dringend brauchen."
    " | Wer gut beraten wird, findet schneller eine passende Arbeit.",
    "|",
)
QUOTE_FOLLOWS = words(
    "Darauf können wir in {land} stolz sein. | Deshalb setzen wir die Arbeit mit voller Kraft fort."
    " | Dafür danke ich allen Beteiligten sehr herzlich."
    " | Das zeigt, wie wichtig verlässliche Strukturen in der Beratung sind."
    " | Hier leisten die Beraterinnen und Berater seit {year} hervorragende Arbeit."
    " | Wir brauchen diese Menschen und ihre Erfahrung dringend."
    " | Die Betriebe profitieren davon ebenso wie die Ratsuchenden."
    " | Darum muss die Förderung auch künftig gesichert bleiben."
    " | In {land} wollen wir diesen Weg konsequent weitergehen."
    " | Allein im Jahr {year} haben wir viele Ratsuchende begleitet.",
    "|",
)

# ---------------------------------------------------------------- names in the text


@dataclass(frozen=True)
class Body:
    """Something a release names: its gold type and label, and its name with article in three cases."""

    type: str
    label: str
    nom: str
    dat: str
    gen: str
    abbr: str = ""  # spelled out "(ABBR)" after the first mention, in releases that spell abbreviations out


# The definite article in the nominative, dative and genitive, by gender.
ARTICLES = {"f": ("die", "der", "der"), "m": ("der", "dem", "des"), "n": ("das", "dem", "des")}


def body(type_: str, label: str, gender: str, abbr: str = "") -> Body:
    """A name that does not inflect, except a neuter "…ministerium" in the genitive."""
    nom, dat, gen = ARTICLES[gender]
    head, _, rest = label.partition(" ")
    genitive = f"{head}s {rest}" if head.endswith("ium") else label
    return Body(type_, label, f"{nom} {label}", f"{dat} {label}", f"{gen} {genitive}", abbr)


def ministry(label: str) -> Body:
    return body("Ministry", label, "n" if label.split()[0].endswith("ium") else "f")


BMAS = body("Ministry", "Bundesministerium für Arbeit und Soziales", "n", "BMAS")
BMBF = body("Ministry", "Bundesministerium für Bildung und Forschung", "n", "BMBF")
BA = body("Agency", "Bundesagentur für Arbeit", "f", "BA")
ESF = Body(  # its adjective inflects
    "Programme",
    "Europäischer Sozialfonds",
    "der Europäische Sozialfonds",
    "dem Europäischen Sozialfonds",
    "des Europäischen Sozialfonds",
    "ESF",
)
IQ = "Integration durch Qualifizierung (IQ)"  # the gold label, whatever the wording
IQ_NAMES = ("Förderprogramm „Integration durch Qualifizierung (IQ)“", "Förderprogramm IQ")
CONTRACTIONS = {"bei dem": "beim", "in dem": "im", "von dem": "vom", "zu dem": "zum", "zu der": "zur"}


def network_body(land: str, style: str) -> Body:
    label = f"IQ {style} {land}"
    return Body("StateNetwork", label, f"das {label}", f"dem {label}", f"des IQ {style}s {land}")


def subproject_body(name: str) -> Body:
    quoted = f"„{name}“"
    return Body(
        "Subproject",
        name,
        f"das Teilprojekt {quoted}",
        f"dem Teilprojekt {quoted}",
        f"des Teilprojekts {quoted}",
    )


def prep(word: str, dative: str) -> str:
    """ "bei" + "dem Bildungswerk …" -> "beim Bildungswerk …"."""
    article, rest = dative.split(" ", 1)
    return f"{CONTRACTIONS.get(f'{word} {article}', f'{word} {article}')} {rest}"


def enumeration(items: list[str]) -> str:
    return f"{', '.join(items[:-1])} und {items[-1]}" if len(items) > 1 else items[0]


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def numeric_date(day: dt.date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


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
    org: str  # what it belongs to: "network", "host", "ministry", "rd", "bmas", or "" (the title says it)
    rank: int  # career order: a post often goes to someone who just left a lower one
    terms: list[Term] = field(default_factory=list)

    def holder(self, year: int) -> Person:
        return next(t.holder for t in self.terms if t.start <= year <= t.end)

    def title(self, person: Person) -> str:
        return self.titles[0 if person.female else 1]


FOR_MIGRATION = "für Migration und Integration"


def land_posts(lead: tuple[str, str]) -> dict[str, Post]:
    return {
        "deputy": Post(("stellvertretende Leiterin", "stellvertretender Leiter"), "network", 0),
        "lead": Post(lead, "network", 1),
        "host_ceo": Post(("Geschäftsführerin", "Geschäftsführer"), "host", 1),
        "referat": Post(("Referatsleiterin", "Referatsleiter"), "ministry", 2),
        "commissioner": Post(
            (f"Landesbeauftragte {FOR_MIGRATION}", f"Landesbeauftragter {FOR_MIGRATION}"), "", 3
        ),
        "rd_chief": Post(("Vorsitzende der Geschäftsführung", "Vorsitzender der Geschäftsführung"), "rd", 3),
        "state_sec": Post(("Staatssekretärin", "Staatssekretär"), "ministry", 5),
    }


@dataclass
class Subproject:
    name: str
    carrier: Body
    start: int
    end: int
    leads: list[Term]
    team: list[Person]

    def lead(self, year: int) -> Person:
        return next(t.holder for t in self.leads if t.start <= year <= t.end)


@dataclass
class Land:
    name: str
    cities: tuple[str, ...]
    renamed: int  # "IQ Netzwerk …" before this year, "IQ Landesnetzwerk …" from it on
    hosts: list[tuple[Body, int, int]]  # (host, first year, last year)
    ministries: list[tuple[Body, int, int]]
    carriers: list[Body]
    posts: dict[str, Post]
    subprojects: list[Subproject] = field(default_factory=list)
    teams: dict[int, list[Person]] = field(default_factory=dict)  # first year of a period -> office team
    staff: dict[str, list[Person]] = field(default_factory=dict)  # carrier label -> its people

    @staticmethod
    def at(timeline: list[tuple[Body, int, int]], year: int) -> Body:
        return next(b for b, start, end in timeline if start <= year <= end)

    def active(self, year: int) -> list[Subproject]:
        return [s for s in self.subprojects if s.start <= year <= s.end]


class World:
    """Everything the releases talk about, drawn once from the seed."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        names = [(f, last, True) for f in WOMEN for last in FAMILY]
        names += [(m, last, False) for m in MEN for last in FAMILY]
        rng.shuffle(names)
        self._names = iter(names)  # every person a new name: one name, one person
        self._taken: set[str] = set()  # organisation and subproject names
        self.federal = {
            "bmas_referat": Post(("Referatsleiterin", "Referatsleiter"), "bmas", 4),
            "bmas_state_sec": Post(("Staatssekretärin", "Staatssekretär"), "bmas", 6),
        }
        portfolios = rng.sample(PORTFOLIOS, len(PORTFOLIOS))
        self.lands = [self._land(land, cities, portfolios.pop()) for land, cities in LANDS.items()]
        every_land_post = [p for land in self.lands for p in land.posts.values()]
        for post in self.federal.values():
            self._fill(post, every_land_post)

    def person(self) -> Person:
        first, last, female = next(self._names)
        return Person(first, last, female)

    def _land(self, name: str, cities: tuple[str, ...], portfolio: str) -> Land:
        rng = self.rng
        head, suffix = ("Senatsverwaltung" if name in CITY_STATES else "Ministerium"), f" {name}"
        suffix = "" if name == "Berlin" else suffix
        switch, second = rng.randint(2012, 2020), rng.choice([p for p in PORTFOLIOS if p != portfolio])
        ministries = [(ministry(f"{head} für {portfolio}{suffix}"), 2005, switch - 1)]
        ministries.append((ministry(f"{head} für {second}{suffix}"), switch, 2025))
        carriers = [self._organisation(rng.choice(cities)) for _ in range(rng.randint(6, 12))]
        hosts, start = [], 2005
        for change in (2011, 2015, 2019, 2023, 2026):  # hosts change, if at all, with a funding period
            if change == 2026 or rng.random() < 0.3:
                hosts.append((rng.choice(carriers), start, change - 1))
                start = change
        lead = ("Leiterin", "Leiter") if rng.random() < 0.6 else ("Koordinatorin", "Koordinator")
        renamed = rng.choice([2011, 2015, 2019, 2026])
        land = Land(name, cities, renamed, hosts, ministries, carriers, land_posts(lead))
        ordered = sorted(land.posts.values(), key=lambda p: p.rank)
        for post in ordered:
            self._fill(post, ordered)
        self._subprojects(land, cities + LOCAL_NAMES.get(name, ()))
        land.staff = {c.label: [self.person() for _ in range(rng.randint(2, 5))] for c in carriers}
        for first, _ in PERIODS:
            land.teams[first] = [land.posts["lead"].holder(first)]
            land.teams[first] += [self.person() for _ in range(rng.randint(2, 4))]
        return land

    def _organisation(self, city: str) -> Body:
        while True:
            if self.rng.random() < 0.5:
                head, legal, gender = self.rng.choice(NEUTER_HEADS), self.rng.choice(["e. V.", "gGmbH"]), "n"
            else:
                head, legal, gender = self.rng.choice(FEMININE_HEADS), "gGmbH", "f"
            label = f"{head} {city} {legal}"
            if label not in self._taken:
                self._taken.add(label)
                return body("Organisation", label, "f" if legal == "gGmbH" else gender)

    def _fill(self, post: Post, others: list[Post]) -> None:
        """Terms of three to six years; a new term often goes to someone whose lower post has just ended."""
        year = 2005
        while year <= 2025:
            end = min(2025, year + self.rng.randint(2, 5))
            left = {
                t.holder for p in others if p.rank < post.rank for t in p.terms if year - 2 <= t.end < year
            }
            busy = {t.holder for p in others for t in p.terms if t.start <= end and t.end >= year}
            movers = sorted(left - busy, key=lambda m: m.name)
            holder = self.rng.choice(movers) if movers and self.rng.random() < 0.5 else self.person()
            post.terms.append(Term(holder, year, end))
            year = end + 1

    def _subprojects(self, land: Land, places: tuple[str, ...]) -> None:
        rng = self.rng
        for start, end in PERIODS:
            continued = [s for s in land.subprojects if s.end == start - 1 and rng.random() < 0.3]
            for s in continued:  # funded again: a new period, often a new lead
                s.end = end
                s.leads.append(Term(s.leads[-1].holder if rng.random() < 0.5 else self.person(), start, end))
            for _ in range(rng.randint(3, 6) if start < 2011 else rng.randint(10, 20)):
                name = f"{rng.choice(THEMES)} {rng.choice(places)}"
                if name not in self._taken:
                    self._taken.add(name)
                    lead, team = (
                        [Term(self.person(), start, end)],
                        [self.person() for _ in range(rng.randint(2, 4))],
                    )
                    land.subprojects.append(
                        Subproject(name, rng.choice(land.carriers), start, end, lead, team)
                    )


# ---------------------------------------------------------------- one release

# Networks the reference data knows by one name and also by the other: the extractor names their office (and
# events) after the reference name, not the text's, so releases using the other name leave the office out.
REFERENCE_STYLE = {"Berlin": "Landesnetzwerk", "Mecklenburg-Vorpommern": "Netzwerk"}


class Draft:
    """One release being written: its paragraphs and, in step, the gold rows its sentences state."""

    def __init__(self, world: World, land: Land, date: dt.date, rng: random.Random) -> None:
        self.world, self.land, self.date, self.year, self.rng = world, land, date, date.year, rng
        style = "Landesnetzwerk" if self.year >= land.renamed else "Netzwerk"
        self.network = network_body(land.name, style)
        office = body("CoordinationOffice", f"Koordinierungsstelle {self.network.gen}", "f")
        self.office = office if REFERENCE_STYLE.get(land.name, style) == style else None
        self.regional = body("Agency", f"Regionaldirektion {land.name} der Bundesagentur für Arbeit", "f")
        self.spell_abbreviations = rng.random() < 0.6
        self.paragraphs: list[str] = []
        self.rows: dict[tuple[str, ...], None] = {}  # an insertion-ordered set
        self.people: list[Person] = []
        self.abbreviated: dict[str, str] = {}  # label -> label with "(ABBR)", where the text spelled it out
        self.quoted: set[str] = set()
        self.appositions: set[str] = set()

    def row(self, *cells: str) -> None:
        self.rows[cells] = None

    def say(self, *sentences: str) -> None:
        self.paragraphs.append(" ".join(s for s in sentences if s))

    def name(self, b: Body, case: str = "nom", preposition: str = "") -> str:
        """The body's name in a case (after a preposition), declared with what its name implies."""
        text = getattr(b, case)
        if b.abbr and self.spell_abbreviations and b.label not in self.abbreviated:
            text += f" ({b.abbr})"
            self.abbreviated[b.label] = f"{b.label} ({b.abbr})"
        self.row("entity", b.type, b.label)
        if b.type == "StateNetwork":  # a network's name says its Land
            self.row("entity", "Place", self.land.name)
            self.row("relation", b.label, "locatedIn", self.land.name)
        elif b.type == "CoordinationOffice":
            self.name(self.network)
            self.row("relation", b.label, "partOf", self.network.label)
        elif b.label.startswith("Regionaldirektion"):
            self.row("entity", BA.type, BA.label)
            self.row("relation", b.label, "partOf", BA.label)
        return prep(preposition, text) if preposition else text

    def programme(self, case: str) -> str:
        self.row("entity", "Programme", IQ)
        article = {"nom": "das", "dat": "dem", "gen": "des"}[case]
        name = self.rng.choice(IQ_NAMES)
        return f"{article} {name.replace('programm ', 'programms ') if case == 'gen' else name}"

    def place(self, label: str) -> str:
        self.row("entity", "Place", label)
        return label

    def person(self, p: Person, doctor: bool = False) -> str:
        if p not in self.people:
            self.people.append(p)
        self.row("entity", "Person", p.name)
        return ("Dr. " if doctor else "") + p.name

    def role(self, p: Person, title: str, org: Body | None, link: str = "", form: str = "after") -> str:
        """A role phrase, planting the role (and ledBy for a head of a network, office or subproject):
        after: "Anna Weber, Leiterin des …"; before: "die Leiterin des …, Anna Weber";
        title: "Staatssekretärin Anna Weber aus dem Ministerium …"."""
        who = self.person(p, doctor=self.rng.random() < 0.12)
        self.row("role", p.name, title, org.label if org else "-")
        leader = title.startswith(("Leiter", "Koordinator", "Projektleiter"))
        if org and org.type in ("StateNetwork", "CoordinationOffice", "Subproject") and leader:
            self.row("relation", org.label, "ledBy", p.name)
        if form == "title" and org:
            return f"{title} {who} {self.name(org, 'dat', 'aus')}"
        where = "" if org is None else " " + (self.name(org, "dat", link) if link else self.name(org, "gen"))
        phrase = (
            f"{'die' if p.female else 'der'} {title}{where}, {who}"
            if form == "before"
            else f"{who}, {title}{where}"
        )
        self.appositions.add(phrase)  # closed by a comma inside a sentence
        return phrase

    def post(self, key: str, form: str = "after") -> tuple[Person, str]:
        """The holder of a post in the release's year, and a role phrase that names the post."""
        post = self.land.posts.get(key) or self.world.federal[key]
        p, title = post.holder(self.year), post.title(post.holder(self.year))
        org: Body | None
        if post.org == "network":  # the extractor misses "der Leiter der Koordinierungsstelle des …, X"
            offices = [self.office] if self.office and title.startswith("Leiter") and form == "after" else []
            org, link = self.rng.choice([self.network, *offices]), ""
        else:
            org, link = {
                "host": (Land.at(self.land.hosts, self.year), "bei"),
                "ministry": (Land.at(self.land.ministries, self.year), "in"),
                "rd": (self.regional, ""),
                "bmas": (BMAS, "in"),
                "": (None, ""),
            }[post.org]
        if title.startswith(("Vorsitzende", "stellvertretende", "Landesbeauftragte")):
            form = "after"  # adjectival titles change their ending after an article
        elif form == "title" and link != "in":
            form = "before"
        return p, self.role(p, title, org, link, form)

    def quote(self, p: Person) -> str:
        """A quote of two sentences, new in this release; its first eight words go to the gold."""
        opening = self.rng.choice([q for q in QUOTE_OPENINGS if q not in self.quoted])
        self.quoted.add(opening)
        year = self.rng.randint(max(2005, self.year - 6), self.year)
        text = f"{opening} {self.rng.choice(QUOTE_FOLLOWS).format(land=self.land.name, year=year)}"
        if self.land.name in text:
            self.place(self.land.name)
        self.row("quote", p.name, " ".join(text.split()[:8]))
        return text

    def gold(self) -> str:
        """The TSV, entity rows first; a role at an organisation stands for the membership in it."""
        titled = {(r[1], r[3]) for r in self.rows if r[0] == "role"}
        memberships = {r for r in self.rows if r[0] == "relation" and r[2] == "memberOf"}
        rows = [r for r in self.rows if r not in memberships or (r[1], r[3]) not in titled]
        rows = [tuple(self.abbreviated.get(c, c) for c in r) for r in rows]
        order = ("entity", "role", "relation", "quote", "event", "count")
        return "".join("\t".join(r) + "\n" for r in sorted(rows, key=lambda r: order.index(r[0])))


# ---------------------------------------------------------------- sentences, one kind of fact each


def part_of_programme(d: Draft) -> str:
    d.row("relation", d.network.label, "partOf", IQ)
    net = d.name(d.network)
    return d.rng.choice(
        [
            lambda: f"{cap(net)} ist Teil {d.programme('gen')}.",
            lambda: f"{cap(net)} gehört zum {d.programme('dat').split(' ', 1)[1]}.",
            lambda: f"Als Teil {d.programme('gen')} setzt sich {net} für die Integration Zugewanderter ein.",
        ]
    )()


def hosted_by(d: Draft) -> str:
    host, net = Land.at(d.land.hosts, d.year), d.network
    d.row("relation", net.label, "hostedBy", host.label)
    forms: list[Callable[[], str]] = [
        lambda: f"{cap(d.name(net))} ist {d.name(host, 'dat', 'bei')} angesiedelt.",
        lambda: f"{cap(d.name(net))} wird {d.name(host, 'dat', 'von')} koordiniert.",
        lambda: f"Träger {d.name(net, 'gen')} ist {d.name(host)}.",
    ]
    if (
        d.land.name != "Berlin"
    ):  # the reference data reads "Koordination des IQ Netzwerks Berlin" as the office
        forms.append(lambda: f"Die Koordination {d.name(net, 'gen')} liegt {d.name(host, 'dat', 'bei')}.")
    return d.rng.choice(forms)()


def subproject_count(d: Draft) -> str:
    n, net = max(2, len(d.land.active(d.year))), d.name(d.network)
    what = "Teilprojektpartner" if d.rng.random() < 0.25 else "Teilprojekte"
    d.row("count", d.network.label, what, str(n))
    if what == "Teilprojektpartner":
        return f"Gemeinsam mit seinen {n} Teilprojektpartnern setzt sich {net} für gleiche Chancen ein."
    if n <= 12 and d.rng.random() < 0.3:
        return f"{cap(net)} besteht aus {NUMBER_WORDS[n - 2]} Teilprojekten."
    return d.rng.choice(
        [f"{cap(net)} umfasst derzeit {n} Teilprojekte.", f"Im {net[4:]} arbeiten {n} Teilprojekte zusammen."]
    )


def team(d: Draft, org: Body, members: list[Person]) -> str:
    names = [d.person(p) for p in members]
    for p in members:
        d.row("relation", p.name, "memberOf", org.label)
    return f"Zum Team {d.name(org, 'gen')} gehören: {enumeration(names)}."


def guests(d: Draft) -> str:
    """ "Unter den Gästen waren X von der … gGmbH und Y vom … e. V.": members of the carriers."""
    carriers = d.rng.sample(d.land.carriers, min(len(d.land.carriers), d.rng.randint(1, 3)))
    named = []
    for carrier in carriers:
        p = d.rng.choice(d.land.staff[carrier.label])
        d.row("relation", p.name, "memberOf", carrier.label)
        named.append(f"{d.person(p)} {d.name(carrier, 'dat', 'von')}")
    return f"Unter den Gästen waren {enumeration(named)}."


def programme_funding(d: Draft) -> list[str]:
    """Who funds the programme (with the ESF from 2015 on) and, from 2011 on, its partners in carrying it out."""
    funders = [BMAS, ESF] if d.year >= 2015 else [BMAS]
    for f in funders:
        d.row("relation", IQ, "fundedBy", f.label)
    iq = cap(d.programme("nom"))

    def accusative(b: Body) -> str:
        return d.name(b) if b is BMAS else "den " + d.name(b, "dat")[4:]

    forms = [
        lambda: f"{iq} wird aus Mitteln {' und '.join(d.name(f, 'gen') for f in funders)} gefördert.",
        lambda: f"{iq} wird durch {' und '.join(accusative(f) for f in funders)} gefördert.",
    ]
    if len(funders) == 1:
        forms.append(lambda: f"{iq} wird finanziert {d.name(BMAS, 'dat', 'von')}.")
        forms.append(
            lambda: f"{cap(d.name(BMAS))} fördert {d.programme('nom')} seit {d.rng.randint(2005, d.year)}."
        )
    sentences = [d.rng.choice(forms)()]
    if d.year >= 2011:
        for partner in (BMBF, BA):
            d.row("relation", IQ, "implementationPartner", partner.label)
        cue = d.rng.choice(["Partner in der Umsetzung sind", "Umsetzungspartner sind"])
        sentences.append(f"{cue} {d.name(BMBF)} und {d.name(BA)}.")
    return sentences


def subproject_facts(d: Draft, s: Subproject) -> list[str]:
    """A subproject: part of the network, its carrier, who leads it."""
    sp, lead = subproject_body(s.name), s.lead(d.year)
    d.row("relation", s.name, "partOf", d.network.label)
    d.row("relation", s.name, "hostedBy", s.carrier.label)
    part = d.rng.choice(
        [
            lambda: f"{cap(d.name(sp))} ist Teil {d.name(d.network, 'gen')}.",
            lambda: f"{cap(d.name(sp))} gehört zum {d.name(d.network, 'dat')[4:]}.",
        ]
    )()
    carrier = d.rng.choice(
        [
            lambda: f"Träger {d.name(sp, 'gen')} ist {d.name(s.carrier)}.",
            lambda: f"{cap(d.name(sp))} wird {d.name(s.carrier, 'dat', 'von')} koordiniert.",
        ]
    )()
    contact = "Ansprechpartnerin" if lead.female else "Ansprechpartner"
    title = "Projektleiterin" if lead.female else "Projektleiter"
    staff = [team(d, sp, s.team)] if d.rng.random() < 0.4 else []
    leads = f"{contact} ist {d.role(lead, title, sp)}."
    # the contact person is a post of its own, and the sentence names no body for it
    d.row("role", lead.name, contact, "-")
    return [part, carrier, leads, *staff]


# Marks a speaker's name that the text gives as the family name alone, where that is unambiguous.
SURNAME_MARK = "\x00"


def attributed(d: Draft, p: Person, phrase: str = "") -> str:
    """A quote of p in one of the attributions the extractor reads; phrase, if given, is p's role phrase."""
    text = d.quote(p)
    bare = text.rstrip(".")
    if phrase:  # the extractor misses the colon form after "Dr. X, …": it reads "Dr." as a sentence end
        colon = [] if phrase.startswith("Dr.") else [f"{phrase}: „{text}“"]
        return d.rng.choice([*colon, f"„{bare}“, sagte {phrase}."])
    forms = [f"„{bare}“, sagte {p.name}.", f"{p.name}: „{text}“", f"{p.name} betonte: „{text}“"]
    return d.rng.choice([*forms, f"„{bare}“, so {SURNAME_MARK}{p.name}{SURNAME_MARK}."])


# ---------------------------------------------------------------- releases, by kind


def event_release(d: Draft) -> str:
    """A Fachtag, Empfang, … of the network: date, place, organiser, speakers with roles, their quotes."""
    rng = d.rng
    noun, gender = rng.choice(EVENTS)
    offset = rng.choice([0, 0, 0, -1, -2, -5, 7, 14])  # reported after the day, or announced
    day = min(d.date + dt.timedelta(days=offset), LAST_DAY)
    label, past = f"{noun} {d.network.gen}", day < d.date
    d.row("entity", "Event", label)
    d.row("event", label, day.isoformat())
    opening, city = event_opening(d, label, noun, gender, day)
    keys = ["lead", "deputy", "state_sec", "referat", "commissioner", "rd_chief", "host_ceo"]
    keys += ["bmas_referat", "bmas_state_sec"]
    speakers: list[tuple[Person, str]] = []
    for key in rng.sample(keys, rng.randint(2, 4)):
        p, phrase = d.post(key, rng.choice(["after", "after", "before", "title"]))
        if p not in [q for q, _ in speakers]:
            speakers.append((p, phrase))
    sentences = speeches(d, speakers, f"{ {'m': 'den', 'n': 'das', 'f': 'die'}[gender] } {noun}", past)
    if d.land.active(d.year) and rng.random() < 0.4:
        lead, talk = subproject_talk(d, past)
        speakers.append((lead, talk))
        sentences.append(talk)
    d.say(opening, *sentences)
    for p, _ in speakers:
        d.row("relation", p.name, "speakerAt", label)
    d.say(guests(d) if rng.random() < 0.5 else "")
    for p, _ in rng.sample(speakers, rng.randint(1, len(speakers))):
        d.say(attributed(d, p))
    d.say(part_of_programme(d), hosted_by(d), subproject_count(d) if rng.random() < 0.5 else "")
    d.say(*programme_funding(d))
    again = f"Rückblick: {label}" if past else f"Einladung: {label}"
    return rng.choice(
        [f"{label} in {city}", f"{label} am {numeric_date(day)}", again, f"{label} mit {speakers[0][0].name}"]
    )


def event_opening(d: Draft, label: str, noun: str, gender: str, day: dt.date) -> tuple[str, str]:
    """ "Am 21.09.2017 veranstaltete das IQ … einen Fachtag im Rathaus in Kassel.": date, organiser, place."""
    rng = d.rng
    d.row("relation", label, "organisedBy", d.network.label)
    city = d.place(rng.choice(d.land.cities))
    venue = f"{rng.choice(VENUES)} {city}" if city not in LANDS and rng.random() < 0.4 else ""
    if venue:  # "im Rathaus in Kassel": the place "Rathaus Kassel", in Kassel
        d.place(venue)
        d.row("relation", venue, "locatedIn", city)
    d.row("relation", label, "locatedIn", venue or city)
    where = f"im {venue.split()[0]} in {city}" if venue else f"in {city}"
    when = f"am {rng.choice([numeric_date(day), f'{day.day}. {MONTHS[day.month - 1]} {day.year}'])}"
    if day == d.date and rng.random() < 0.4:
        when = f"am heutigen {WEEKDAYS[day.weekday()]}"
    verb = "veranstaltete" if day < d.date else "veranstaltet"
    an = {"m": "einen", "n": "ein", "f": "eine"}[gender]
    return f"{cap(when)} {verb} {d.name(d.network)} {an} {noun} {where}.", city


def speeches(d: Draft, speakers: list[tuple[Person, str]], event: str, past: bool) -> list[str]:
    """Sentences with a speech act (opening, greetings, moderation, talk) naming each speaker's role."""

    def closed(phrase: str) -> str:  # "Anna Weber, Leiterin des …, eröffnete"
        return phrase + ("," if phrase in d.appositions else "")

    (_, first), *rest = speakers
    out = [f"{cap(closed(first))} {'eröffnete' if past else 'eröffnet'} {event} mit einem Grußwort."]
    if len(rest) >= 2:
        out.append(f"Grußworte {'sprachen' if past else 'sprechen'} {closed(rest[0][1])} und {rest[1][1]}.")
        rest = rest[2:]
    for _, phrase in rest:
        if past:
            out.append(d.rng.choice([f"Die Moderation übernahm {phrase}.", f"Danach sprach {phrase}."]))
        else:
            out.append(d.rng.choice([f"Die Moderation übernimmt {phrase}.", f"Einen Vortrag hält {phrase}."]))
    return out


def subproject_talk(d: Draft, past: bool) -> tuple[Person, str]:
    """A subproject's lead presents it: "In ihrem Vortrag stellte X, Projektleiterin des Teilprojekts „…“, …"."""
    s = d.rng.choice(d.land.active(d.year))
    lead = s.lead(d.year)
    phrase = d.role(lead, "Projektleiterin" if lead.female else "Projektleiter", subproject_body(s.name))
    verb = "stellte" if past else "stellt"
    return lead, f"In {'ihrem' if lead.female else 'seinem'} Vortrag {verb} {phrase}, die Angebote vor."


def profile_release(d: Draft) -> str:
    """The network introduces itself: programme, host, head, team, subprojects, funding."""
    rng = d.rng
    d.say(part_of_programme(d), hosted_by(d), subproject_count(d))
    head, phrase = d.post("lead")
    d.say(attributed(d, head, phrase))
    if d.office and rng.random() < 0.6:
        d.say(team(d, d.office, d.land.teams[max(start for start, _ in PERIODS if start <= d.year)]))
    active = d.land.active(d.year)
    for s in rng.sample(active, min(len(active), rng.randint(2, 4))):
        d.say(*subproject_facts(d, s))
    d.say(*programme_funding(d))
    return rng.choice([f"{d.network.label} stellt sich vor", f"Jahresbilanz {d.year}: {d.network.label}"])


def subproject_release(d: Draft) -> str:
    """One subproject: its network, carrier and lead, the lead's quote, and who funds it."""
    rng = d.rng
    s = rng.choice(d.land.active(d.year))
    sp = subproject_body(s.name)
    d.say(*subproject_facts(d, s))
    d.say(attributed(d, s.lead(d.year)))
    if d.year >= 2015 and rng.random() < 0.5:
        for funder in (BMAS, ESF):
            d.row("relation", s.name, "fundedBy", funder.label)
        d.say(f"{cap(d.name(sp))} wird aus Mitteln {d.name(BMAS, 'gen')} und {d.name(ESF, 'gen')} gefördert.")
    else:
        state = Land.at(d.land.ministries, d.year)
        d.row("relation", s.name, "fundedBy", state.label)
        d.say(f"{cap(d.name(state))} fördert {d.name(sp)} zusätzlich.")
    d.say(part_of_programme(d), hosted_by(d))
    return f"{'Neues Teilprojekt' if s.start == d.year else 'Teilprojekt'} „{s.name}“ im {d.network.label}"


def personnel_release(d: Draft) -> str:
    """A new head of the network; the predecessor, where the world moved them on, in the new post."""
    post = d.land.posts["lead"]
    term = next(t for t in post.terms if t.start <= d.year <= t.end)
    new, old = term.holder, next(t.holder for t in post.terms if t.end == term.start - 1)
    d.say(f"{cap(d.name(d.network))} hat eine neue Leitung.")
    _, phrase = d.post("lead")
    title = post.title(new)
    d.say(attributed(d, new, phrase.replace(f", {title}", f", {'die' if new.female else 'der'} {title}", 1)))
    predecessor = ("Ihr" if new.female else "Sein") + ("e Vorgängerin" if old.female else " Vorgänger")
    posts = sorted(d.land.posts.items()) + sorted(d.world.federal.items())
    moved = [key for key, p in posts if p.rank > post.rank and p.holder(d.year) == old]
    if moved:
        d.say(f"{predecessor} {d.post(moved[0])[1]}, gratulierte zum neuen Amt.")
    else:
        d.say(f"{predecessor} {d.person(old)} verabschiedet sich in den Ruhestand.")
    d.say(hosted_by(d), part_of_programme(d))
    return f"Neue Leitung im {d.network.label}"


# ---------------------------------------------------------------- the corpus

KINDS: dict[str, tuple[Callable[[Draft], str], int]] = {  # name: (writer, weight)
    "event": (event_release, 8),
    "profile": (profile_release, 4),
    "subproject": (subproject_release, 5),
    "personnel": (personnel_release, 3),
}


@dataclass
class SynthSummary:
    releases: int = 0
    kinds: Counter[str] = field(default_factory=Counter)  # releases by kind
    entities: Counter[str] = field(default_factory=Counter)  # distinct (type, label) of the corpus, by type
    rows: Counter[str] = field(default_factory=Counter)  # gold rows by row kind
    relations: Counter[str] = field(default_factory=Counter)  # relation rows by predicate
    seconds: float = 0.0

    def lines(self) -> list[str]:
        def counts(c: Counter[str]) -> str:
            return ", ".join(f"{k} {v}" for k, v in sorted(c.items()))

        return [
            f"{self.releases} releases in {self.seconds:.2f} s: {counts(self.kinds)}",
            f"distinct entities: {sum(self.entities.values())} ({counts(self.entities)})",
            f"planted gold rows: {counts(self.rows)}",
            f"planted relations: {counts(self.relations)}",
        ]


def slug(title: str) -> str:
    plain = unicodedata.normalize("NFKD", title.replace("ß", "ss")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")[:48].rstrip("_")


def release(world: World, rng: random.Random, number: int) -> tuple[str, str, str, str]:
    """(kind, file stem, text, gold TSV) of one release."""
    kind = rng.choices(list(KINDS), weights=[w for _, w in KINDS.values()])[0]
    land = rng.choice(world.lands)
    if kind == "personnel":  # dated in the first year of a new head's term
        date = dt.date(rng.choice(land.posts["lead"].terms[1:]).start, rng.randint(1, 12), rng.randint(1, 28))
    else:
        date = dt.date.fromordinal(rng.randint(FIRST_DAY.toordinal(), LAST_DAY.toordinal()))
    d = Draft(world, land, date, rng)
    title = KINDS[kind][0](d)
    if rng.random() < 0.3:
        title = f"Pressemitteilung {rng.randint(1, 60)}/{date.year % 100:02d}: {title}"
    text = "\n\n".join(p for p in d.paragraphs if p)
    last_names = Counter(p.last for p in d.people)  # "so Weber" only while a single Weber is named
    text = re.sub(
        f"{SURNAME_MARK}(.+?){SURNAME_MARK}",
        lambda m: m.group(1).split(" ")[-1] if last_names[m.group(1).split(" ")[-1]] == 1 else m.group(1),
        text,
    )
    if rng.random() < 0.5:  # front matter, or a dateline under the title
        head = (
            f"---\ntitle: {title}\ndate: {date.isoformat()}\npublisher: {d.network.label}\n---\n{title}\n\n"
        )
    else:
        head = f"{title}\n\n{d.place(rng.choice(land.cities))}, {numeric_date(date)}\n\n"
    return kind, f"{number:06d}_{slug(title)}", head + text + "\n", d.gold()


def generate(n: int, out_dir: Path, seed: int = 0) -> SynthSummary:
    """Write n releases to out_dir/releases and their gold TSVs to out_dir/gold; same n and seed, same bytes."""
    start, rng = time.perf_counter(), random.Random(seed)
    world = World(rng)
    releases, gold = Path(out_dir) / "releases", Path(out_dir) / "gold"
    for folder, suffix in ((releases, "txt"), (gold, "tsv")):
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob(f"[0-9][0-9][0-9][0-9][0-9][0-9]_*.{suffix}"):  # an earlier run's files only
            old.unlink()
    summary, entities = SynthSummary(releases=n), set()
    for number in range(1, n + 1):
        kind, stem, text, tsv = release(world, rng, number)
        (releases / f"{stem}.txt").write_text(text, encoding="utf-8")
        (gold / f"{stem}.tsv").write_text(tsv, encoding="utf-8")
        summary.kinds[kind] += 1
        for cells in (line.split("\t") for line in tsv.splitlines()):
            summary.rows[cells[0]] += 1
            if cells[0] == "entity":  # "BMAS" spelled out or not is one entity
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
    parser.add_argument("--seed", type=int, default=0, help="the world and the wording (default 0)")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("N must be at least 1")
    print("\n".join(generate(args.n, args.out_dir, args.seed).lines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
