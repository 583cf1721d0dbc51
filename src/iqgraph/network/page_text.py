"""The network's words in German (the default) and English: the view page's interface, the take-away
pictures' and tables' legends and headers, and the names of classes and relations.

Class and relation names come from the vocabulary registry (iqgraph.vocab, label_de / label_en); what a
relation reads as from its object's side ("fördert" for "gefördert von") is kept here, for the node panel
that lists a node's ties from that node's point of view. Person roles are not a vocabulary relation
(network.from_store.ROLE): their words are here too.
"""

from __future__ import annotations

from typing import Literal

from ..vocab import CLASS, CLASSES, RELATION, RELATIONS_TABLE
from .from_store import ROLE

Language = Literal["de", "en"]
LANGUAGES: tuple[Language, ...] = ("de", "en")

# A relation from its object's side: the node panel of X lists "fördert: Y" where Y is gefördert von X.
INVERSE: dict[str, tuple[str, str]] = {
    "fundedBy": ("fördert", "funds"),
    "implementationPartner": ("Umsetzungspartner von", "implementation partner of"),
    "partOf": ("umfasst", "includes"),
    "hostedBy": ("Träger von", "hosts"),
    "ledBy": ("leitet", "leads"),
    "speakerAt": ("mit Beitrag von", "with a talk by"),
    "organisedBy": ("veranstaltet", "organises"),
    "locatedIn": ("Ort von", "location of"),
    "memberOf": ("hat Mitglied", "has member"),
    ROLE: ("Personen", "people"),
}
ROLE_LABEL = ("Rolle in", "role in")

# The interface: headings, controls, messages. {n} and the like are filled in by view.js.
INTERFACE: dict[str, tuple[str, str]] = {
    "title": ("IQ-Förderstruktur", "IQ funding network"),
    "find": ("Suchen", "Find"),
    "findPlaceholder": ("Name oder Abkürzung", "name or abbreviation"),
    "from": ("von", "from"),
    "to": ("bis", "to"),
    "types": ("Arten", "Types"),
    "relations": ("Beziehungen", "Relations"),
    "show": ("Anzeigen", "Show"),
    "details": ("Personen/Veranstaltungen zeigen", "Show people/events"),
    "hideUntied": ("Knoten ohne sichtbare Verbindung ausblenden", "Hide nodes without a visible tie"),
    "fit": ("Alles zeigen", "Show all"),
    "hint": (
        "Größe: Zahl der Verbindungen. Klick auf einen Knoten oder eine Verbindung zeigt die Quellen.",
        "Size: number of ties. Click a node or tie for its sources.",
    ),
    "panelHint": (
        "Klicken Sie auf einen Knoten oder eine Verbindung, um zu sehen, woher sie stammt.",
        "Click a node or tie to see where it comes from.",
    ),
    "close": ("Schließen", "Close"),
    "counts": (
        "{nodes} von {allNodes} Knoten, {edges} von {allEdges} Verbindungen",
        "{nodes} of {allNodes} nodes, {edges} of {allEdges} ties shown",
    ),
    "notFound": ("nicht gefunden", "not found"),
    "hidden": ("durch die Filter ausgeblendet", "hidden by the filters"),
    "matches": ("{n} Treffer, der erste gezeigt", "{n} matches, showing the first"),
    "also": ("auch", "also"),
    "since": ("seit {date}", "since {date}"),
    "until": ("bis {date}", "until {date}"),
    "ties": ("Verbindungen", "Ties"),
    "roles": ("Rollen", "Roles"),
    "quotes": ("Zitate", "Quotes"),
    "releases": ("Pressemitteilungen", "Releases"),
    "links": ("Links", "Links"),
    "evidence": ("Belege", "Evidence"),
    "sources": ("{n} Quelle", "{n} source"),
    "sourcesPlural": ("{n} Quellen", "{n} sources"),
    "of": ("{shown} von {total}", "{shown} of {total}"),
    "reference": ("Referenzquelle", "reference source"),
    "expand": ("Personen/Veranstaltungen hierzu zeigen ({n})", "Show its people/events ({n})"),
    "collapse": ("Personen/Veranstaltungen hierzu ausblenden", "Hide its people/events"),
    "clickSources": ("Klick zeigt die Quellen", "click for sources"),
    "on": ("am {date}", "on {date}"),
}

# The take-away outputs' words (pictures, tables) beyond class and relation names.
TAKE_AWAY: dict[str, tuple[str, str]] = {
    "role": ("Funktion", "role"),
    "ongoing": ("laufend", "ongoing"),
    "since": ("seit", "since"),
    "undated": ("ohne Datum", "undated"),
    "types": ("Typen", "Types"),
    "relations": ("Beziehungen", "Relations"),
    "untied": ("ohne Verbindung, nicht gezeigt", "without a tie, not shown"),
}


def word(name: str, lang: Language) -> str:
    return TAKE_AWAY[name][LANGUAGES.index(lang)]


def type_label(name: str, lang: Language) -> str:
    """'StateNetwork' -> 'Landesnetzwerk' (or 'state network')."""
    cls = CLASS[name]
    return cls.label_de if lang == "de" else cls.label_en


def relation_label(edge: dict[str, object], lang: Language) -> str:
    """A tie's relation as a reader says it; a role tie says its role title ('Funktion: Leiterin'), which
    comes from a release and so is untrusted text like every entity label."""
    relation = str(edge["relation"])
    if relation == ROLE:
        return f"{word('role', lang)}: {edge['label']}"
    rel = RELATION[relation]
    return rel.label_de if lang == "de" else rel.label_en


def page_text(lang: Language) -> dict[str, object]:
    """Everything view.js writes in `lang`: interface strings, class and relation names."""
    pick = LANGUAGES.index(lang)
    relations = {r.name: (r.label_de, r.label_en)[pick] for r in RELATIONS_TABLE}
    return {
        "lang": lang,
        "ui": {key: words[pick] for key, words in INTERFACE.items()},
        "types": {c.name: (c.label_de, c.label_en)[pick] for c in CLASSES},
        "relations": relations | {ROLE: ROLE_LABEL[pick]},
        "inverse": {name: words[pick] for name, words in INVERSE.items()},
    }


def view_title(lang: Language, focus: str | None, depth: int, since: str | None, until: str | None) -> str:
    """The page's title, saying what is shown: "IQ-Förderstruktur um X (2 Schritte), 2017-01-01 bis …"."""
    pick = LANGUAGES.index(lang)
    title = INTERFACE["title"][pick]
    if focus:
        steps = ("Schritt" if depth == 1 else "Schritte", "hop" if depth == 1 else "hops")[pick]
        title += f" {('um', 'around')[pick]} {focus} ({depth} {steps})"
    if since or until:
        title += f", {since or '…'} {('bis', 'to')[pick]} {until or '…'}"
    return title
