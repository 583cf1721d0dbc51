"""A government named by its head noun alone: "die Bundesregierung" (one of a kind, labelled so), and a Land's:
"die Landesregierung", "Antwort der Landesregierung", "mit der Staatskanzlei", "die Staatsregierung" (Bavaria's
and Saxony's). A release about one Land names that Land's government so, and the gold convention gives a body named
without its Land the Land from the text ("Landesregierung Sachsen", "Staatskanzlei Sachsen").

The Staatskanzlei is the office of the head of a Land's government, not a ministry with a portfolio: it is typed
with the government, Agency (the gold README lists ministries and Senatsverwaltungen as Ministry, state governments
as Agency).
"""

from __future__ import annotations

import re

from ... import lexicon
from ...text.spans import Mention
from ..land_of_the_text import LAND, land_the_text_names

# The head with a definite article, and nothing that names the Land after it ("die Landesregierung Brandenburg",
# "der Landesregierung von Sachsen" are read as names elsewhere); not "eine Landesregierung", "alle
# Landesregierungen", nor with an adjective before it ("die Thüringer Landesregierung" names its Land).
_BARE_GOVERNMENT = re.compile(
    rf"(?<![\w-])(?:[Dd]ie|[Dd]er|[Zz]ur)\s+(?P<head>Landesregierung|Staatsregierung|Staatskanzlei)(?![\w-])"
    rf"(?!\s+(?:von|des|der)\s|\s+(?:{LAND.pattern})(?![\w-]))"
)


# "die Bundesregierung", "von der neuen Bundesregierung", "zur Bundesregierung": the federal government acting or
# acted on, a public body (Agency, like a Land's); not "eine Bundesregierung", nor the head of a compound
# ("Bundesregierungssprecher").
_FEDERAL_GOVERNMENT = re.compile(
    r"(?<![\w-])(?P<article>[Dd]ie|[Dd]er|[Zz]ur)\s+(?:(?:neuen?|alten?|damaligen?|früheren?|künftigen?|jetzigen?)\s+)?"
    r"(?P<head>Bundesregierung)(?![\w-])"
)
# A noun right before "der": the government only in a genitive attribute, spoken of in passing ("die Ziele der
# Bundesregierung", "nach Angaben der Bundesregierung"), no party to what the text reports.
_NOUN_BEFORE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]*[ \t\xa0]+$")
_NOUN_REACH = 40  # characters back from the article to the noun it follows


def federal_government(text: str) -> list[Mention]:
    """ "Die Bundesregierung hat beschlossen …", "gefördert von der Bundesregierung": the federal government (a
    commissioner's office "der Beauftragten der Bundesregierung für …" is read as one name elsewhere, and the
    longer name wins)."""
    out = []
    for m in _FEDERAL_GOVERNMENT.finditer(text):
        start = m.start("article")
        if m.group("article") == "der" and _NOUN_BEFORE.search(text, max(0, start - _NOUN_REACH), start):
            continue
        out.append(
            Mention.named(
                m.start("head"), m.end("head"), "Agency", "Bundesregierung", "Bundesregierung", None, 2
            )
        )
    return out


def governments_of_the_land(text: str, chosen: list[Mention]) -> list[Mention]:
    """ "die Landesregierung", "die Staatskanzlei" in a release about one Land: that Land's government or its
    head's office; "der Senat" in a release about a city-state; "die Bundesregierung" in any release."""
    out = federal_government(text)
    matches = list(_BARE_GOVERNMENT.finditer(text))
    senates = list(_BARE_SENATE.finditer(text))
    land = land_the_text_names(chosen) if matches or senates else None
    if land is None:
        return out
    senate = _SENATES.get(land)
    if senate is not None:
        out += [
            Mention.named(m.start("head"), m.end("head"), "Agency", senate, m.group("head"), None, 2)
            for m in senates
            if not _COMMISSIONER_BEFORE.search(text, max(0, m.start() - _COMMISSIONER_REACH), m.start())
        ]
    for match in matches:
        head = match.group("head")
        label = _STATE_GOVERNMENTS.get(land) if head == "Staatsregierung" else f"{head} {land}"
        if label is not None:
            out.append(Mention.named(match.start("head"), match.end("head"), "Agency", label, head, None, 2))
    return out


# The Lands whose government is named "Staatsregierung", by the adjective it takes: "die Staatsregierung" in a release
# about Saxony is the "Sächsische Staatsregierung" (elsewhere the word names no Land's government).
_STATE_GOVERNMENTS = {
    land: f"{adjective} Staatsregierung"
    for adjective, land in lexicon.LAND_ADJECTIVES.items()
    if land in ("Bayern", "Sachsen") and adjective.endswith("e")
}


# "Der Senat stellt 300.000 Euro bereit", "gefördert vom Senat", "die Förderung durch den Senat": a city-state's
# government named by its head noun alone, in a release about that city-state (elsewhere a "Senat" is as often a
# university's); not "der Senat von Berlin" nor the "Senatsverwaltung", read as names elsewhere.
_BARE_SENATE = re.compile(
    r"(?<![\w-])(?:[Dd](?:er|en|em|es)|[Vv]om|[Bb]eim|[Ii]m)\s+(?P<head>Senat(?:s|es)?)(?![\w-])"
    r"(?!\s+(?:von|der|des)\s)"
)
# "Beauftragter des Senats": the commissioner's office is the body named, read elsewhere
_COMMISSIONER_BEFORE = re.compile(r"[Bb]eauftragte[nr]?\s+$")
_COMMISSIONER_REACH = 20  # characters back from the article: the commissioner's noun and a space
# The city-states' governments by their official names (the gold's "Senat von Berlin")
_SENATES = {
    "Berlin": "Senat von Berlin",
    "Hamburg": "Senat der Freien und Hansestadt Hamburg",
    "Bremen": "Senat der Freien Hansestadt Bremen",
}
