"""Organisation names in a style of their own, outside the German head grammar: English heads ("Maytree
Foundation", "Migration Policy Institute"), names in capitals ("WERK & WANDEL", "LERNEN UND LEBEN Sachsen")
names with a dot between their parts ("Handwerk.Musterland", "lern.werk") and names in quotation marks after
the noun that classifies them ("der Verein „Brückenbau“").
"""

from __future__ import annotations

import re

from ... import lexicon
from ...text.morphology import adjective_stem
from ...text.spans import Mention
from .complements import proper_name_end
from .words import NOT_NAME_START, PLACE, named_organisation

# English-named bodies: "Maytree Foundation", "Migration Policy Institute". The name words before the head are
# capitalised, on one line (a headline ends before the paragraph after it), and none is a German determiner or
# adjective ("Mehrere Institute", "Neue Institute" are plurals).
_ENGLISH_HEAD = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-Z][\w\-&]*[ \t\xa0]+){1,3}(?:"
    + "|".join(lexicon.ENGLISH_ORG_HEADS)
    + r"))(?![\w-])"
)
# What an English head is for, and the town it works in: "ReDI School of Digital Integration", "Rotary Club Kassel".
_OF_PHRASE = re.compile(r"\s+of\s+(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*(?![\w-])")
_TOWN_AFTER = re.compile(rf"\s+(?:{PLACE})(?![\w-])")


# A project's head before an English name makes it a project's ("das Projekt Welcome Hub", "Modellprojekt Career Lab").
_PROJECT_HEAD_ENDINGS = ("projekt", "projekts", "vorhaben", "vorhabens")
# German nouns that classify the company an English name follows: "das Start-up X Solutions", "die Firma X Group".
_GERMAN_CLASSIFIERS = ("start-up", "startup", "firma", "unternehmen", "dienstleister")
_GERMAN_PLURAL_MODIFIER = re.compile(r"\w+(?:e|en)|Zwei|Drei|Vier|Fünf|Sechs|Sieben|Acht|Neun|Zehn|\d+")


def find_by_english_head(text: str) -> list[Mention]:
    out = []
    for match in _ENGLISH_HEAD.finditer(text):
        words = match.group("name").split()
        while words[:-1] and (
            words[0].lower() in NOT_NAME_START or words[0].lower().endswith(_GERMAN_CLASSIFIERS)
        ):
            words = words[1:]  # "Die Maytree Foundation", "das Start-up GreenGrid Solutions"
        if len(words) < 2 or any(adjective_stem(w) for w in words[:-1]):
            continue
        if words[0].lower().endswith(_PROJECT_HEAD_ENDINGS):
            continue  # "das Projekt Welcome Hub Kiel": a project's name, which the project rules read
        if words[-1] == "Institute" and any(_GERMAN_PLURAL_MODIFIER.fullmatch(w) for w in words[:-1]):
            continue  # "Mehrere Institute", "Zwei Institute": the German plural of "Institut"
        end = match.end()
        for complement in (_OF_PHRASE, _TOWN_AFTER):
            following = complement.match(text, end)
            end = following.end() if following else end
        label = " ".join([*words, *text[match.end() : end].split()])
        start = match.end("name") - len(match.group("name")) + match.group("name").index(words[0])
        out.append(named_organisation(text, start, end, label))
    return out


# A name styled in capitals: words of four letters at least, coordinated by "UND" or "&" ("WERK & WANDEL",
# "LERNEN UND LEBEN"), optionally followed by the Land or town it works in.
_CAPS_WORD = r"[A-ZÄÖÜ]{4,}"
_STYLED_CAPS = re.compile(
    rf"(?<![\w-])(?P<name>{_CAPS_WORD}(?:\s+{_CAPS_WORD})*\s+(?:UND|&)\s+{_CAPS_WORD}(?:\s+{_CAPS_WORD})*)"
    rf"(?P<place>\s+(?:{PLACE}))?(?![\w-])"
)
# A name styled with a dot between its parts: "Handwerk.Musterland", "lern.werk" (not a web address or file).
_DOTTED = re.compile(
    r"(?<![\w./@:-])(?P<name>[A-Za-zÄÖÜäöü][a-zäöüß]{2,}\.(?:[A-ZÄÖÜ]{2,}|[a-zäöüß]{3,}))(?![\w./@-])"
)
_NOT_DOTTED_ENDS = frozenset(lexicon.WEB_SUFFIXES)


def find_styled_names(text: str) -> list[Mention]:
    out = []
    for match in _STYLED_CAPS.finditer(text):
        label = re.sub(r"\s+", " ", match.group(0))
        out.append(named_organisation(text, match.start(), match.end(), label))
    for match in _DOTTED.finditer(text):
        label = match.group("name")
        first, last = label.rsplit(".", 1)
        if last.islower() and last in _NOT_DOTTED_ENDS or first.lower() in lexicon.DOT_ABBREVIATIONS:
            continue  # "beispiel.de", "bzw.die"
        out.append(named_organisation(text, match.start(), match.end(), label))
    return out


# "der Verein „Brückenbau“", "die Stiftung „Lernen ohne Grenzen“ e.V.", "die Vereine „A“ und „B“": a quoted name
# after a noun that classifies it as a body; the name is the quoted words with any legal form after them.
# ... also in single quotes ("der Verein 'Brückenbau'", "der Verein ‚Neue Nachbarn‘"): the closing mark is one of the
# same kind, followed by no letter (an apostrophe inside a word closes nothing).
_QUOTED = (
    r"(?:[„\"“»](?P<name>[A-ZÄÖÜa-zäöü0-9][^„\"“”»«\n]{1,60})[“\"”«]"
    r"|[‚›'](?P<single>[A-ZÄÖÜ0-9][^‚‘’›‹'„\"“”\n]{0,59}[\wäöüß.!?])[‘’‹'](?![\w]))"
)
_LEGAL_AFTER_QUOTE = r"(?P<form>\s+(?:e\.\s?V\.|gGmbH|GmbH|gUG))?"
_CLASSIFIER = (
    rf"(?:{'|'.join(lexicon.QUOTED_NAME_CLASSIFIERS)}"
    rf"|[A-ZÄÖÜ][\w-]*(?:{'|'.join(lexicon.QUOTED_NAME_CLASSIFIER_HEADS)}))"
)
_QUOTED_AFTER_CLASSIFIER = re.compile(
    rf"(?<![\w-]){_CLASSIFIER}(?:e|en|s|es|n)?\s+{_QUOTED}{_LEGAL_AFTER_QUOTE}"
)
_NEXT_QUOTED = re.compile(rf"\s*(?:,|und|sowie|oder)\s*{_QUOTED}{_LEGAL_AFTER_QUOTE}")


# One word in small letters, quoted after the classifier: what is said of the body ("das Bündnis „überfällig“").
_A_WORD_IN_SMALL_LETTERS = re.compile(r"[a-zäöüß][a-zäöüß-]*")


def find_quoted_after_classifier(text: str) -> list[Mention]:
    out = []
    for match in _QUOTED_AFTER_CLASSIFIER.finditer(text):
        item: re.Match[str] | None = match
        while item is not None:
            group = "name" if item.group("name") else "single"
            if _A_WORD_IN_SMALL_LETTERS.fullmatch(item.group(group)) and not item.group("form"):
                break  # "nannte das Bündnis „überfällig“": a word said of the body, no name
            start = item.start(group) - 1
            label = item.group(group).strip() + (
                " " + item.group("form").strip() if item.group("form") else ""
            )
            out.append(named_organisation(text, start, item.end(), label))
            item = _NEXT_QUOTED.match(text, item.end())
    return out


# "im Netzwerk „Arbeit für Geflüchtete Oberfranken“", "das Netzwerk "Pflege International"": an alliance outside IQ
# by its quoted name, labelled by the quoted words (as a project in quotes is) and spanning its head noun, so that the
# member readers find the whole they name ("Im Netzwerk „X“ arbeiten A und B zusammen"). Not one named with the
# programme ("das Netzwerk „Integration durch Qualifizierung (IQ)“"), nor an IQ network's ("IQ-Netzwerk „X“").
_QUOTED_NETWORK = re.compile(rf"(?<![\w-])Netzwerk(?:e?s)?\s+{_QUOTED}{_LEGAL_AFTER_QUOTE}")
_PROGRAMME_WORDS = re.compile(r"\bIQ\b|Qualifizierung")


def find_quoted_networks(text: str) -> list[Mention]:
    out = []
    for match in _QUOTED_NETWORK.finditer(text):
        name = (match.group("name") or match.group("single")).strip()
        if _PROGRAMME_WORDS.search(name) or _A_WORD_IN_SMALL_LETTERS.fullmatch(name):
            continue
        label = name + (" " + match.group("form").strip() if match.group("form") else "")
        # below a project's reading of the same quoted words (an IQ network's unit named so is a Subproject)
        out.append(Mention.named(match.start(), match.end(), "Organisation", label, match.group(0), None, 0))
    return out


# "die Türkische Gemeinde in Deutschland", "der Vietnamesischen Gemeinde Musterstadt": a community named by its
# people's adjective and where it lives is an association, no municipality (not "die Bayerische Gemeinde X", a Land's).
_COMMUNITY = re.compile(
    rf"(?<![\w-])(?P<adj>[A-ZÄÖÜ][a-zäöüß]+isch)(?:e|en)\s+Gemeinde"
    rf"(?P<where>\s+(?:in|zu)\s+(?:Deutschland|{PLACE})|\s+(?:{PLACE}))(?![\w-])"
)


def find_communities(text: str) -> list[Mention]:
    out = []
    for m in _COMMUNITY.finditer(text):
        if m.group("adj") + "e" in lexicon.LAND_ADJECTIVES or m.group("adj") in _NOT_A_PEOPLE:
            continue
        label = f"{m.group('adj')}e Gemeinde {' '.join(m.group('where').split())}"
        out.append(named_organisation(text, m.start(), m.end(), label))
    return out


_NOT_A_PEOPLE = frozenset({"Politisch", "Kommunal", "Evangelisch", "Katholisch", "Städtisch"})


# "die Migrantenorganisation Brücke Afrika", "der Dachorganisation Forum Vielfalt": a compound of "Organisation" and
# the proper name after it, of two words at least (one word after it is as often an object: "die Organisation
# Angebote machen lassen"); a bare "Organisation" is named by what it is for.
_ORGANISATION_COMPOUND = re.compile(r"(?<![\w-])(?P<head>[A-ZÄÖÜ][a-zäöüß]{3,}organisation)(?![\w-])")


def find_organisation_compounds(text: str) -> list[Mention]:
    out = []
    for match in _ORGANISATION_COMPOUND.finditer(text):
        end = proper_name_end(text, match.end())
        words = text[match.end() : end].split()
        if len(words) < _SHORTEST_PROPER_NAME or any(w.lower() in NOT_NAME_START for w in words):
            continue
        label = " ".join([match.group("head"), *words])
        out.append(named_organisation(text, match.start(), end, label))
    return out


_SHORTEST_PROPER_NAME = 2  # words
