"""What an event told by its verb is called beyond the verb's noun: the prize an award gave ("verlieh den
Integrationspreis der Stadt X" -> "Verleihung des Integrationspreises der Stadt X") and the session a body held
("tagte der Landesbeirat" -> "Sitzung", named after the body by events.py).
"""

from __future__ import annotations

import re

from ..lexicon.events import NAMED_THING_HEADS
from ..names.mentions import Mention
from ..text.morphology import genitive_with_article
from ..text.spans import ByStart
from .nouns import attribute_after

# The prize an award ceremony told by its verb gave, in any case ("den Integrationspreis", "mit dem Preis"); a
# "Hauptpreis des Integrationspreises" gives the prize it is part of (the last one named).
_PRIZE = re.compile(r"\b(?P<prize>[A-ZÄÖÜ][\w\-]*?[Pp]reis)(?:es|s)?\b(?!\s+(?:des|der)\s+[\w\-]*[Pp]reis)")
_PRIZE_GIVING_NOUNS = frozenset({"Preisverleihung"})
# A body that "tagte" held a session ("Sitzung des Landesbeirats"), where a group of people held a "Tagung".
_SESSION_OF_A_BODY = {"Tagung": "Sitzung"}


def session_of_a_body(verb_noun: str) -> str:
    """The noun of an event told by its verb when a body held it: "Sitzung" for "Tagung", else the verb's noun."""
    return _SESSION_OF_A_BODY.get(verb_noun, verb_noun)


def prize_given(
    text: str,
    verb_noun: str,
    sentence: tuple[int, int],
    by_start: ByStart[Mention],
    keys_in_full: frozenset[str],
) -> str | None:
    """ "Am 3. Mai wurde der Integrationspreis der Stadt X verliehen": "Verleihung des Integrationspreises der Stadt
    X", the prize with the genitive attribute written after it."""
    if verb_noun not in _PRIZE_GIVING_NOUNS:
        return None
    prize = _PRIZE.search(text, *sentence)
    if prize is None:
        return None
    of = attribute_after(text, prize.end(), by_start, keys_in_full)
    return f"Verleihung {genitive_with_article(prize.group('prize'))}{of}"


# Kickoff nouns, named by what they started: "Mit einer Auftaktveranstaltung ist das Projekt „X“ gestartet".
_KICKOFF_HEADS = ("auftakt", "auftaktveranstaltung", "kick-off", "kickoff")
_STARTED = re.compile(r"\b(?:startet|startete|starteten|gestartet|Startschuss)\b")
# What started, a thing's noun with its quoted name: "das neue Teilprojekt „X“", "die Reihe „Y“", "für das
# Heidelberger Netzwerk „Z“" (a town's adjective stays, other adjectives go).
_STARTED_THING = re.compile(
    r"\b(?:[Dd]as|[Dd]ie|[Dd]en|[Dd]er|[Dd]em)\s+(?:[a-zäöü][\w-]*\s+)?(?P<head>(?:[A-ZÄÖÜ][a-zäöü]+er\s+)?[A-ZÄÖÜ][\w-]*)\s*"
    r"(?P<title>[„\"][^„“”\"\n]{2,80}[“”\"])"
)
_THING_HEADS = tuple(h.lower() for h in NAMED_THING_HEADS) + ("netzwerk", "reihe", "bündnis", "partnerschaft")


def kicked_off(text: str, sentences: list[tuple[int, int]], noun: str) -> str | None:
    """ "Im März startete die Reihe „X“ mit einem Online-Auftakt": what a kickoff started, in the genitive ("der
    Reihe „X“"), where one of its `sentences` (the noun's, the one before it in its paragraph) tells of a start and
    names the thing with its quoted name ("Das Programm „X“ ist gestartet. Bei der Auftaktveranstaltung …")."""
    if not noun.lower().endswith(_KICKOFF_HEADS):
        return None
    for sentence in sentences:
        if not _STARTED.search(text, *sentence):
            continue
        for thing in _STARTED_THING.finditer(text, *sentence):
            if thing.group("head").lower().endswith(_THING_HEADS):
                return f"{genitive_with_article(thing.group('head'))} {thing.group('title')}"
    return None
