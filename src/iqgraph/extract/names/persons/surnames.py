"""Family names standing alone: "so Bußmann" linked to the full name the release gave earlier ("Anna
Bußmann"); where it gave none, a family name after a title noun or a post ("Senator Brodersen", "Referentin
Yilmaz"), after "Herr", "Frau" or an academic title ("Herr Werner", "Dr. Hartung"), or closing a quote's
attribution ("„…“, sagte Brankovic am Montag") is read alone. Not a field after a post ("Referentin Technik
und Integration"), a town ("Bürgermeisterin Gotha"), a body's head or a role noun.
"""

from __future__ import annotations

import re

from ... import lexicon
from ...text.alternation import any_of
from ...text.spans import IntervalIndex
from .contexts import SPEECH_VERBS, TITLE_REACH, may_open_a_name
from .names import ACADEMIC, LOWER, UPPER, PersonName, given_name_gender

# "„…“, sagte Brankovic.": the verb of a quote's attribution before a family name alone.
_QUOTE_ATTRIBUTION = rf"[\"“”»«][ \xa0]*,?[ \xa0]*(?:[–-][ \xa0]*)?(?:so|{SPEECH_VERBS})"
# "Senator Brodersen", "Frau Beispiel": a title noun or a form of address and a family name alone; the label is
# that name. After "Herr" or an academic title a word that is also a given name or looks like a noun is the family
# name: "Herr Werner", "Dr. Hartung" ("Frau" is also a common noun: "jede Frau Verantwortung").
_TITLE_BEFORE_A_FAMILY_NAME = (
    rf"(?P<speech>{_QUOTE_ATTRIBUTION})"
    rf"|(?i:{any_of(lexicon.SURNAME_TITLE_STEMS)})(?:in|e|er)?"
    rf"|(?P<post>(?i:{any_of(lexicon.POST_TITLE_STEMS)})(?:in|e|er)?)"
    rf"|(?<![\w-])(?P<address>{'|'.join(lexicon.ADDRESS_WORDS)}|(?:Dr|Prof)\.)"
)
_TITLED_SURNAME = re.compile(
    rf"(?:{_TITLE_BEFORE_A_FAMILY_NAME})[ \xa0]+{ACADEMIC}"
    rf"(?P<last>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)(?![\w-])(?!\.-)(?![ \xa0]+[{UPPER}])"
)
_UNAMBIGUOUS_ADDRESS = ("Herr", "Herrn", "Dr.", "Prof.")
_ACADEMIC_TITLE = re.compile(r"(?:Dr|Prof)\.")
# The word after a post's title names a field where another field is coordinated after it ("… und Integration", "… &
# Migration") or an attribute follows it ("Referent Grundsatzfragen der Arbeitsmarktpolitik", "… für Europa").
_FIELD_AFTER = re.compile(
    rf"[ \xa0]+(?:(?:und|&)[ \xa0]+(?:{'|'.join(sorted(lexicon.DEPARTMENT_WORDS))}|\w+(?:ung|ion|keit|heit|schaft))(?![\w-])"
    r"|(?:der|des|für)[ \xa0])"
)
# A comma and the first part of a compound title before a post's stem: "…, Projekt|leiterin"
_APPOSITION_BEFORE = re.compile(r",[ \xa0]*\w*$")
_LONGEST_NAME_WITH_A_NOUN_ENDING = 5  # "Jung" is a family name, "Zeitung" a noun
# The family name closes the attribution, or a phrase of time or place follows it: "sagte Brankovic am Montag".
_ATTRIBUTION_END = re.compile(
    r"[ \xa0]*(?:[.,;!?]|\n|$)|[ \xa0]+(?:am|im|beim|bei|auf|in|zum|zur|gegenüber|während|vor|nach|dazu|abschließend)[ \xa0]"
)


def find_surnames(text: str, people: list[PersonName], blocked: list[tuple[int, int]]) -> list[PersonName]:
    """Family names standing alone, each linked to the full name seen in the release."""
    by_last = {p.last: p for p in people}
    if not by_last:
        return []
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(map(re.escape, sorted(by_last, key=len, reverse=True))) + r")(?![\w-])"
    )
    out = []
    taken = IntervalIndex(blocked)
    for match in pattern.finditer(text):
        if taken.overlaps(match.start(), match.end()):
            continue
        p = by_last[match.group(1)]
        out.append(PersonName(match.start(), match.end(), p.first, p.last, p.gender))
    return out


def find_titled_surnames(
    text: str, people: list[PersonName], blocked: list[tuple[int, int]]
) -> list[PersonName]:
    """ "Senator Brodersen": a family name after a title noun, where the release never gives the full name."""
    known = {p.last for p in people}
    given = {p.first for p in people}
    out = []
    taken = IntervalIndex(blocked)
    for match in _TITLED_SURNAME.finditer(text):
        last = match.group("last")
        if (
            last in known
            or taken.overlaps(match.start("last"), match.end("last"))
            or not _can_be_surname(
                last,
                addressed=_addressed_unambiguously(match) and last not in given,
                titled=_titled(match) and last not in given,
            )
        ):
            continue
        if match.group("post") and _names_a_field(text, match):
            continue
        if match.group("speech") and not (
            _ATTRIBUTION_END.match(text, match.end("last")) and may_open_a_name(last)
        ):
            continue  # "„…“, sagte Kassels Bürgermeister": the word after the verb opens a longer phrase
        known.add(last)
        out.append(PersonName(match.start("last"), match.end("last"), "", last, None))
    return out


def _titled(match: re.Match[str]) -> bool:
    """ "Ministerin Tanner", "Bürgermeister Otto": a public office's title, whose holder the press names by the
    family name; not a post ("Referentin Maria": a colleague's given name), a form of address ("Frau" is also a
    common noun) nor a quote's verb ("sagte Maria", a participant)."""
    return all(match.group(g) is None for g in ("speech", "post", "address"))


def _addressed_unambiguously(match: re.Match[str]) -> bool:
    """ "Herr Werner", "Dr. Werner", "Frau Dr. Werner": a form of address no common noun shares, or a title."""
    address = match.group("address")
    return address in _UNAMBIGUOUS_ADDRESS or (
        address is not None and _ACADEMIC_TITLE.search(match.group(0)) is not None
    )


def _names_a_field(text: str, match: re.Match[str]) -> bool:
    """ "Referentin Technik und Integration", "Karl Muster, Referent Grundsatzfragen, …": the word after a post's
    title is a field where another follows it or the title stands in apposition to a name."""
    apposition = _APPOSITION_BEFORE.search(text, max(0, match.start() - TITLE_REACH), match.start())
    return apposition is not None or _FIELD_AFTER.match(text, match.end("last")) is not None


# Fields a post names after its noun, by endings no family name has: "Referentin Grundsatzfragen", "Leiter
# Öffentlichkeitsarbeit", "Referent Sozialpolitik", "Managerin Personalwesen"
_FIELD_ENDINGS = ("fragen", "arbeit", "politik", "wesen", "management")


_TITLE_ABBREVIATIONS = frozenset({"Dr", "Prof", "Mag", "Dipl"})


def _can_be_surname(word: str, addressed: bool = False, titled: bool = False) -> bool:
    """Whether `word` after a title is a family name; after "Herr" or an academic title (`addressed`) also a given
    name's or a noun's look-alike, after a public office's title (`titled`) also a given name's ("Ministerin
    Tanner"), where no person of the release has that given name."""
    low = word.lower()
    noun_like = len(low) > _LONGEST_NAME_WITH_A_NOUN_ENDING and low.endswith(
        ("ung", "keit", "heit", "schaft", "ion", "tät", "ismus", *_FIELD_ENDINGS)
    )
    looks_otherwise = (given_name_gender(word) in ("f", "m") and not titled) or noun_like
    return not (
        word in _TITLE_ABBREVIATIONS  # "sagte Dr. Ö. Beispiel": the title, not a family name
        or word in lexicon.NOT_NAMES
        or word in lexicon.DEPARTMENT_WORDS
        or word in lexicon.LAENDER
        or word in lexicon.CITIES
        or (word in lexicon.GERMAN_PLACES and not addressed)  # "(Bürgermeisterin Gotha)": her town
        or (looks_otherwise and not addressed)
        or low.endswith(tuple(lexicon.ORG_HEADS))
        or any(stem in low for stem in lexicon.ROLE_STEMS)
    )
