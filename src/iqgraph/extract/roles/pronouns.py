"""A role said of a personal pronoun: "Sie war zuvor Referentin bei …", "Zuvor war er Leiter des …", "Seit 2019
ist sie Vorsitzende der …". The pronoun opens the sentence (or follows its fronted adverbial and the verb) and
stands for the last person named before it whose given name fits its gender."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lexicon
from ..text.spans import Mention
from .phrases import is_role_noun
from .titles import noun_gender

_LINKS = "|".join(sorted(lexicon.APPOINTMENT_LINKS, key=len, reverse=True))
_TIMES = "|".join(lexicon.APPOINTMENT_TIMES)
_FRONTED = "|".join(lexicon.FRONTED_TIMES)
# "arbeitet seit 2019 als …", "arbeitete zuvor als …"
_CAPACITY_VERB = r"[a-zäöü]\w*(?:\s+(?:seit\s+)?\d{4}|\s+(?:zuvor|vorher|davor|bereits|schon))*\s+als"
_ADDING = rf"(?:\s+(?:{'|'.join(lexicon.ADDING_ADVERBS)}|weiterhin))?"  # "ist sie zudem …"
# A news report names a person once, then by what she is: "Die Juristin ist seit 2019 …", "Die 45-Jährige
# arbeitet als …", "Der gebürtige Kasseler war zuvor …". Only nouns that name a person: feminine in "-in" after
# "Die" (not "Medizin", "Disziplin"), an age noun after either article.
_NOT_PERSONS = r"(?!(?:Medizin|Disziplin)\b)"
_PERSON_NOUN = (
    r"(?:Die(?:\s+[a-zäöü]\w*e)?\s+" + _NOT_PERSONS + r"(?P<she>[A-ZÄÖÜ][a-zäöüß]+in|\d{1,3}-[Jj]ährige)"
    # "Der Sozialarbeiter war zuvor …": a masculine noun only where it is a role noun (checked after the match)
    r"|Der(?:\s+[a-zäöü]\w*e)?\s+(?P<he>\d{1,3}-[Jj]ährige|[A-ZÄÖÜ][a-zäöüß]+))(?![\w-])"
)
# "Sie war zuvor …", "Er arbeitet seit 2019 als …" / "Zuvor war sie …", "Seit 2019 ist er …"
_PRONOUN_FIRST = re.compile(
    rf"\s*(?P<pronoun>Sie|Er|{_PERSON_NOUN})\s+(?:(?:{_LINKS}){_ADDING}(?:\s+(?:{_TIMES}))?|{_CAPACITY_VERB})\s+"
    r"(?:(?:der|die|den|ein|eine|einer|zum|zur)\s+)?"
)
# the same noun after the verb: "Zuvor war die Juristin …", "Vorher arbeitete die 45-Jährige als …"
_PERSON_NOUN_AFTER_VERB = (
    r"die(?:\s+[a-zäöü]\w*e)?\s+" + _NOT_PERSONS + r"(?P<she_after>[A-ZÄÖÜ][a-zäöüß]+in|\d{1,3}-[Jj]ährige)"
    r"|der(?:\s+[a-zäöü]\w*e)?\s+(?P<he_after>\d{1,3}-[Jj]ährige|[A-ZÄÖÜ][a-zäöüß]+)"
)
_PRONOUN_AFTER_VERB = re.compile(
    rf"\s*(?:{_FRONTED})\s+(?:ist|war|wird|wurde|bleibt|arbeitet|arbeitete)\s+"
    rf"(?P<pronoun>sie|er|{_PERSON_NOUN_AFTER_VERB})(?![\w-]){_ADDING}"
    # how long, after the pronoun: "Zuvor war sie mehrere Jahre Referentin …", "Heute ist er seit 2019 …"
    rf"(?:\s+(?:{_TIMES}))?"
    r"(?:\s+als)?\s+(?:(?:der|die|den|ein|eine|zum|zur)\s+)?"
)
_GENDER = {"sie": "f", "er": "m"}
# Characters back from the pronoun to the person it stands for: the sentence before, not the paragraph.
ANTECEDENT_REACH = 300


def pronoun_subject(text: str, sentence: tuple[int, int], people: Sequence[Mention]) -> Mention | None:
    """The person a sentence-opening pronoun stands for, as a mention at the pronoun, or None. `people`: the
    release's persons named before the sentence, in order. The role phrase starts where the mention ends."""
    match = _PRONOUN_FIRST.match(text, *sentence) or _PRONOUN_AFTER_VERB.match(text, *sentence)
    if match is None:
        return None
    pronoun = match.group("pronoun").lower()
    she = match.groupdict().get("she") or match.groupdict().get("she_after")
    he = match.groupdict().get("he") or match.groupdict().get("he_after")
    if he and not he[0].isdigit() and not (is_role_noun(he) and noun_gender(he) == "m"):
        return None  # "Der Verein war zuvor …": no person
    gender = _GENDER.get(pronoun) or ("f" if she else "m")
    near = [p for p in people if sentence[0] - ANTECEDENT_REACH <= p.start < sentence[0]]
    if he and not he[0].isdigit() and len([p for p in near if p.gender == gender]) != 1:
        return None  # a description by a role noun: only where one man is in reach
    antecedent = antecedent_of(gender, near, text)
    if antecedent is None:
        return None
    return replace(antecedent, start=match.start("pronoun"), end=match.end(), surface=match.group("pronoun"))


def antecedent_of(gender: str, near: Sequence[Mention], text: str) -> Mention | None:
    """The last person of `gender` among `near` (in text order), unless a name whose gender we cannot tell came
    after: it may be hers; none where that person is coordinated with another of the same gender
    ("A und B kamen 2016 nach Kassel. Heute arbeitet er …": either)."""
    antecedent = next((p for p in reversed(near) if p.gender == gender), None)
    if antecedent is None or any(p.gender is None for p in near if p.start > antecedent.start):
        return None
    if any(
        p.gender == gender and p is not antecedent and _PEERS.fullmatch(text, p.end, antecedent.start)
        for p in near
    ):
        return None
    return antecedent


_PEERS = re.compile(r"\s*(?:,|und|sowie|,\s*und)\s*(?:(?:Dr|Prof)\.\s*)*")
