"""A Land's commissioner named by the Land's adjective: one office per Land, so a name wherever its article stands
("bei dem der Musterländische Ausländerbeauftragte sprach", "zu Gast war die Berliner Integrationsbeauftragte",
"Rede des Hessischen Landesbeauftragten für Teilhabe"). government_bodies.py reads commissioners after a
preposition or opening a sentence; this reads the Land's own office in any clause position. A person's name after
it makes the words a title ("der Sächsische Ausländerbeauftragte Karl Muster"), and a plural ("die Sächsischen
Ausländerbeauftragten") names no one office.
"""

from __future__ import annotations

import re

from ... import lexicon
from ...text.spans import Mention
from .words import FOR_PORTFOLIO, trim_portfolio


def _inflected(adjective: str) -> str:
    """ "Sächsische" -> "Sächsisch(?:e|en|er)"; "Berliner" stays."""
    return re.escape(adjective[:-1]) + "(?:e|en|er)" if adjective.endswith("sche") else re.escape(adjective)


_LAND_ADJECTIVE = "|".join(_inflected(a) for a in sorted(lexicon.LAND_ADJECTIVES, key=len, reverse=True))
_LAND_COMMISSIONER = re.compile(
    r"(?<![\w-])(?P<article>[Dd](?:er|ie|en|em|es))\s+"
    rf"(?P<adjective>{_LAND_ADJECTIVE})\s+(?P<head>[A-ZÄÖÜ][\w-]*?beauftragte[nr]?|Beauftragte[nr]?)(?![\w-])"
)
# "der Sächsische Ausländerbeauftragte Karl Muster", "…, Petra Beispiel,": a person by the title
_PERSON_AFTER = re.compile(r"\s*,?\s+(?:(?:Dr|Prof)\.\s*)*[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]")
_MASCULINE_ARTICLES = frozenset({"des", "den", "dem"})


def find_land_commissioners(text: str) -> list[Mention]:
    out = []
    for match in _LAND_COMMISSIONER.finditer(text):
        head, article = match.group("head"), match.group("article").lower()
        portfolio = FOR_PORTFOLIO.match(text, match.end())
        end = match.end() + (len(trim_portfolio(portfolio)) if portfolio else 0)
        if head == "Beauftragte" and portfolio is None:
            continue  # "der Berliner Beauftragte" alone says not what for
        if (article == "die" and head.endswith("n")) or _PERSON_AFTER.match(text, end):
            continue
        label = " ".join(
            (_nominative(match.group("adjective"), head, article) + text[match.end() : end]).split()
        )
        start = match.start("adjective")
        out.append(Mention.named(start, end, "Agency", label, text[start:end]))
    return out


def _nominative(adjective: str, head: str, article: str) -> str:
    """The office in the nominative, its gender the article's: "dem Sächsischen Ausländerbeauftragten" ->
    "Sächsischer Ausländerbeauftragter", "der Berliner Integrationsbeauftragten" -> "Berliner
    Integrationsbeauftragte" (a genitive or dative "der" is a woman's office)."""
    masculine = article in _MASCULINE_ARTICLES or (article == "der" and head.endswith("e"))
    stem = re.sub(r"[nr]$", "", head)
    if adjective not in lexicon.LAND_ADJECTIVES:  # "Sächsischen", "Sächsischer" -> "Sächsische"
        adjective = re.sub(r"(?:en|er)$", "e", adjective)
    if adjective.endswith("sche"):
        adjective = adjective[:-1] + ("er" if masculine else "e")
    return f"{adjective} {stem}{'r' if masculine else ''}"
