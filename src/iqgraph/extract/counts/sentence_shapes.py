"""Subjects the shape of a sentence names: a relative clause's antecedent, a name before a headline's colon, the
one owner before a colon that a list of figures follows.

    ANTECEDENT := "das Landesnetzwerk X, das in drei Teilregionen unterteilt ist"
    HEADLINE := "Netzwerk X: 100 Anträge im ersten Jahr", "Das Projekt „X“ in Zahlen: 800 Beratungen"
    COLON LIST := "Das Netzwerk X hat Bilanz gezogen: 2.400 Erstberatungen und 640 Kurse"
    LIST ITEM := "b) Projekt X; Träger: Verein Y; Standort: Z; 120.000 Euro": an item opened by a unit's name
"""

from __future__ import annotations

import re

from .. import lexicon
from ..names.mentions import Mention
from ..relations.topic_pronouns import unit_genders
from .bodies import BODIES, names_someone
from .clauses import RELATIVE_PREPOSITIONS, CountScope, case_of
from .numbers import NUMBER_RE, NumberPhrase
from .owners import is_land, is_owner

# a relative pronoun opening the clause, after a preposition also in the dative ("…, in dem 30 Partner
# zusammenarbeiten", "…, zu dem 14 Teilprojekte gehören"); a noun after "in dem" makes it an article
_RELATIVE = re.compile(
    rf"(?:(?:{RELATIVE_PREPOSITIONS})\s+(?P<dative>dem|der|denen|welchem|welcher)\b(?!\s+[A-ZÄÖÜ])"
    r"|(?P<pronoun>der|die|das|dessen|deren|welche[rs]?)\b)"
)
_CLOSING_MARKS = " \"“”‘’'«»›‹"
# The genders a relative pronoun agrees with ("p" plural), where a verb's particle or participle stands between
# its antecedent and the comma: "… arbeitet mit dem Netzwerk X zusammen, dessen Beratungsstellen …".
_PRONOUN_GENDERS = {
    "der": frozenset("mf"),
    "die": frozenset("fp"),
    "das": frozenset("n"),
    "dessen": frozenset("mn"),
    "deren": frozenset("fp"),
    "dem": frozenset("mn"),
    "denen": frozenset("p"),
}
# One lower-case word (a separable particle, a participle or an infinitive) that ends the main clause before
# the comma of a relative clause on a name before it.
_CLAUSE_END_WORD = re.compile(r"\s+[a-zäöüß]+$")
_HEADLINE_TYPES = frozenset({"Organisation", "Agency", "Ministry", "Programme", "Subproject", "StateNetwork"})


def relative_antecedent(scope: CountScope, clause: tuple[int, int]) -> Mention | None:
    """ "das Landesnetzwerk X, das in drei Teilregionen unterteilt ist": the counts of a relative clause are
    about the name right before its comma."""
    text, start = scope.text, scope.sentence[0]
    if clause[0] == start:
        return None
    relative = _RELATIVE.match(text, clause[0])
    if relative is None:
        return None
    end = _bare_end(text, start, text.rfind(",", start, clause[0]))
    named = [m for m in scope.within(scope.sentence) if is_owner(text, m) or m.type in BODIES]
    adjacent = next((m for m in named if _bare_end(text, start, m.end) == end), None)
    if adjacent is not None:
        return adjacent
    # "…, dessen Beratungsstellen 900 Menschen berieten" after "mit dem Netzwerk X zusammen": the name before the
    # last word of the main clause, when the pronoun agrees with it
    last_word = _CLAUSE_END_WORD.search(text, start, end)
    genders = _PRONOUN_GENDERS.get(relative.group("pronoun") or relative.group("dative"))
    if last_word is None or genders is None:
        return None
    before = _bare_end(text, start, last_word.start())
    antecedent = next((m for m in named if _bare_end(text, start, m.end) == before), None)
    return antecedent if antecedent is not None and unit_genders(text, antecedent) & genders else None


def _bare_end(text: str, start: int, pos: int) -> int:
    """Where the text before `pos` ends without its closing quotation marks and spaces (a name's "“" aside)."""
    return start + len(text[start:pos].rstrip(_CLOSING_MARKS))


def headline(scope: CountScope, clause: tuple[int, int], number: NumberPhrase) -> Mention | None:
    """ "Netzwerk X: 100 Anträge im ersten Jahr", "Das Projekt „X“ in Zahlen: 800 Beratungen": a name (with its
    article and head noun, and "in Zahlen", "im Überblick" or a year after it) and a colon opening the sentence,
    figures right after."""
    text, start = scope.text, scope.sentence[0]
    if text[clause[0] - 2 : clause[0] - 1] != ":" or text[clause[0] : number.start].strip():
        return None
    return next(
        (
            m
            for m in scope.within(scope.sentence)
            if m.type in _HEADLINE_TYPES
            and _HEADLINE_HEAD.fullmatch(text, start, m.start)
            and _HEADLINE_TAIL.fullmatch(text, m.end, clause[0] - 2)
        ),
        None,
    )


def listed_after_colon(scope: CountScope, clause: tuple[int, int], number: NumberPhrase) -> Mention | None:
    """ "Das Netzwerk X hat Bilanz gezogen: 2.400 Erstberatungen und 640 Kurse", "Die Bilanz des Netzwerks X: …": a
    list of figures after a colon, nothing but figures, belongs to the one owner the part before it names as its
    subject or genitive attribute (and no person or other body)."""
    text, start = scope.text, scope.sentence[0]
    if text[clause[0] - 2 : clause[0] - 1] != ":" or text[clause[0] : number.start].strip():
        return None
    rest = NUMBER_RE.sub("", text[clause[0] : scope.sentence[1]])
    if not all(_listed_word(w) for w in _WORD.findall(rest)):
        return None
    if names_someone(scope, (start, scope.sentence[1])):
        return None  # "Die Kammer X und das Netzwerk Y melden: …": whose figures is unsure
    owners = [
        m
        for m in scope.within((start, clause[0]))
        if is_owner(text, m) and case_of(text, start, m) in ("subject", "gen")
    ]
    return owners[0] if len({m.key for m in owners}) == 1 else None


_LIST_WORDS = frozenset({"und", "sowie", "oder"})
_WORD = re.compile(r"\w+")


def _listed_word(word: str) -> bool:
    """A word a list of figures holds besides its numbers: a conjunction, or a prepositional attribute of a
    counted noun ("320 Teilnehmerinnen aus 30 Ländern", "450 Teilnehmende in den Kursen"); a lower-case word of
    another kind is a verb, and the colon opens a clause of its own."""
    low = word.lower()
    if word[:1].isupper():
        return True
    return low in _LIST_WORDS or low in lexicon.PREPOSITIONS or low in lexicon.DETERMINERS


_HEADLINE_HEAD = re.compile(r"(?:(?:Das|Die|Der)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?")
_HEADLINE_TAIL = re.compile(
    r"[“”\"«»]?(?:\s+(?:in\s+Zahlen|im\s+Überblick|auf\s+einen\s+Blick|(?:im\s+Jahr\s+)?(?:19|20)\d\d))?\s*"
)


def topic_of(scope: CountScope, span: tuple[int, int]) -> Mention | None:
    """A passive clause without a name ("Seither wurden 900 Anträge gestellt") is about the sentence before:
    the one network or programme it names (as subject or genitive attribute), else its one such name."""
    text = scope.text
    named = [m for m in scope.within(span) if is_owner(text, m) or is_land(m)]
    main = [m for m in named if m.type in ("StateNetwork", "Programme")]
    if len({m.key for m in main}) > 1:
        return None
    cases = {m.key: case_of(text, span[0], m) for m in named}
    named = [m for m in named if cases[m.key] in ("subject", "gen")]
    projects = {m.key: m for m in named if m.type == "Subproject" and cases[m.key] == "subject"}
    if main and len(projects) == 1 and cases[main[0].key] == "gen":
        # "Das Projekt X des Netzwerks Y berät …": the project is the subject, its network only its attribute
        return next(iter(projects.values()))
    if main and main[0].key in {m.key for m in named}:
        return main[0]
    return named[0] if len({m.key for m in named}) == 1 else None


# A list item's marker and the unit's name right after it: "a) ", "3. ", "- ", "• " (an article may stand before it).
_ITEM_MARKER = re.compile(
    r"[ \t]*(?:[a-z]\)|\d{1,2}[.)]|[-–•*·])[ \t]*(?:(?:Das|Die|Der)\s+)?(?:(?:Projekt|Teilprojekt)\s+)?"
)
# The separators of an item's fields: "; Träger: …; 120.000 Euro", "(Träger: …): 95.000 Euro", "… – 80.000 €"
_FIELD_BEFORE = re.compile(r"(?:[;:]|\s[–—-]|\))\s*$")
_FIELD_AFTER = re.compile(r"[ \t]*(?:[;,)]|\.?[ \t]*(?:\n|$))")
_ITEM_TYPES = frozenset({"Subproject", "CoordinationOffice", "StateNetwork"})


def item_unit(scope: CountScope, number: NumberPhrase) -> Mention | None:
    """ "b) Projekt X; Träger: Verein Y; Standort: Z; 120.000 Euro": a figure standing alone in a field of a list item
    that a project, office or network opens is that unit's (not the carrier's named in another field)."""
    text, start = scope.text, scope.sentence[0]
    marker = _ITEM_MARKER.match(text, start)
    if marker is None or "\n" in text[start : scope.sentence[1]].strip():
        return None
    unit = next((m for m in scope.within(scope.sentence) if m.start == marker.end()), None)
    if unit is None or unit.type not in _ITEM_TYPES or number.start < unit.end:
        return None
    field = _FIELD_BEFORE.search(text, unit.end, number.start) is not None
    return unit if field and _FIELD_AFTER.match(text, number.end) is not None else None
