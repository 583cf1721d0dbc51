"""Network stage: the words the take-away outputs (pictures, tables) use, in German or English.

Types and relations take their labels from the vocabulary registry (`iqgraph.vocab`); a person's role tie is
labelled by its role title, which comes from a release and so is untrusted text like every entity label.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import networkx as nx

from ..vocab import CLASS, RELATION
from .from_store import ROLE

Lang = Literal["de", "en"]
LANGS: tuple[Lang, ...] = ("de", "en")

# Words that are not in the vocabulary, by language.
WORDS: dict[Lang, dict[str, str]] = {
    "de": {
        "network": "IQ-Fördernetzwerk",
        "around": "um",
        "hop": "Schritt",
        "hops": "Schritte",
        "role": "Funktion",
        "ongoing": "laufend",
        "since": "seit",
        "undated": "ohne Datum",
        "types": "Typen",
        "relations": "Beziehungen",
        "untied": "ohne Verbindung, nicht gezeigt",
    },
    "en": {
        "network": "IQ funding network",
        "around": "around",
        "hop": "hop",
        "hops": "hops",
        "role": "role",
        "ongoing": "ongoing",
        "since": "since",
        "undated": "undated",
        "types": "Types",
        "relations": "Relations",
        "untied": "without a tie, not shown",
    },
}


def word(name: str, lang: Lang) -> str:
    return WORDS[lang][name]


def type_label(name: str, lang: Lang) -> str:
    """'StateNetwork' -> 'Landesnetzwerk' (or 'state network')."""
    cls = CLASS[name]
    return cls.label_de if lang == "de" else cls.label_en


def relation_label(edge: dict[str, object], lang: Lang) -> str:
    """A tie's relation as a reader says it; a role tie says its role title ('Funktion: Leiterin')."""
    relation = str(edge["relation"])
    if relation == ROLE:
        return f"{word('role', lang)}: {edge['label']}"
    rel = RELATION[relation]
    return rel.label_de if lang == "de" else rel.label_en


def network_title(
    g: nx.MultiDiGraph, lang: Lang, depth: int, since: dt.date | None, until: dt.date | None
) -> str:
    """What a picture or table shows: 'IQ-Fördernetzwerk um IQ Landesnetzwerk Berlin (2 Schritte), 2017 – …'."""
    title = word("network", lang)
    focus = g.graph.get("focus")
    if focus:
        hops = word("hop" if depth == 1 else "hops", lang)
        title += f" {word('around', lang)} {g.nodes[focus]['label']} ({depth} {hops})"
    if since or until:
        title += f", {since.isoformat() if since else '…'} – {until.isoformat() if until else '…'}"
    return title
