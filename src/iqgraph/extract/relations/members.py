"""Bodies listed as members of a network or alliance after a cue that names or means the whole.

    "Partner im Netzwerk sind A und B", "Zum Netzwerk gehören A, B und C", "Dazu gehören …"
    "Zu den Netzwerkpartnern zählen A und B", "Am IQ Netzwerk X beteiligt sind A und B"
    "Das IQ Netzwerk Y hat zwölf Partner, darunter A und B", "Das Netzwerk Y setzt mit seinen Partnern A und B …"
    "Die X gGmbH ist seit Januar neue Netzwerkpartnerin" (of the network named before), "Neu im Netzwerk ist A"
The members making up a whole or working together in it are read in members_cooperating.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon
from ..names.mentions import Mention
from .actors import MEMBER_TYPES, RelationFinding, actors
from .antecedents import SENTENCE_BEFORE_REACH
from .member_lists import ALLIANCE_HEADS, ALLIANCES, ARTICLE, listed_right_before, members_listed
from .members_alongside import members_alongside
from .members_carrying import carriers_in_the_network
from .members_cooperating import members_cooperating, members_making_up
from .members_joining import partners_joining

# "Partner im Netzwerk sind A und B", "Zum Netzwerk gehören A, B und C", "Dazu gehören …", "Mitglieder sind …",
# the dative first with the verb's particle last: "Dem Netzwerk gehören A und B an" (the verb in the plural, so
# that a nominative "Der Verein gehört dem …" is not read here): every organisation listed
# after the cue is a member of the network (or alliance) the cue names or means.
_PLURAL_MEMBERS = "|".join(sorted(lexicon.MEMBER_PLURALS, key=len, reverse=True))
# the same in the dative: "Zu den Netzwerkpartnern zählen …"
_DATIVE_MEMBERS = "|".join(
    sorted({w if w.endswith("n") else w + "n" for w in lexicon.MEMBER_PLURALS}, key=len, reverse=True)
)
_MEMBER_CUE = re.compile(
    rf"\b(?:{_PLURAL_MEMBERS})\s+(?:im|des|der)\s+\w+(?:\s+(?:sind|waren)\b|\s*:)"
    rf"|\bZu\s+den\s+(?:weiteren\s+)?(?:{_DATIVE_MEMBERS})\s+(?:zählen|zählten|gehören|gehörten)\b"
    r"|\b(?:Zum|Zur)\s+[^.;:]{1,60}?\s+gehören\b|\bDazu\s+gehören\b"
    rf"|\b(?:{_PLURAL_MEMBERS})(?:\s+sind\b|\s*:)"
    r"|\b(?:Dem|Der)\s+[^.;:]{1,60}?\s+(?:gehören|gehörten)\b(?=[^;:]*\san[.;]?$)"
    # ... and in the singular after "Dem", a dative whatever the verb's number: "Dem Bündnis Y gehört seit Januar auch
    # die X an" ("Der …" with a singular verb is as often the member: "Der Verein gehört dem Netzwerk an")
    r"|\bDem\s+[^.;:]{1,60}?\s+(?:gehört|gehörte)\b(?=[^;:]*\san[.;]?$)"
)
# ... or a pronoun for the whole named in the sentence before: "Ihm gehören heute A und B an" (the members right after
# the verb: "Ihm gehören Vertreter der A an" names a body's people, and "Ihm" may stand for a board named in no mention)
_PRONOUN_MEMBER_CUE = re.compile(
    r"\b(?:Ihm|Ihr)\s+(?:gehören|gehörten|gehört|gehörte)\b(?:\s+(?:heute|derzeit|aktuell|inzwischen|seit\s+\S+))*(?=[^;:]*\san[.;]?$)"
)
# A new member: "Neu im Netzwerk ist die Stiftung X", "Neu im IQ Netzwerk Y sind A und B", "Neu im Netzwerk: A" (only
# a whole named or meant by an alliance's head: "Neu im Landkreis ist …" says where)
_NEW_MEMBER_CUE = re.compile(r"\bNeu\s+(?:im|in\s+der)\s+[^.;:]{1,60}?(?:\s+(?:ist|sind)\b|\s*:)")
# "Partner im IQ Netzwerk Musterland sind …", "Zu den Partnern des Bündnisses X zählen …", "Netzwerkpartner des
# Bündnisses X: …", "Die Partner des Netzwerks X – A und B – …": the whole named in full between the member noun and
# the verb, colon or dash, and nothing else there.
_NAMED_WHOLE_CUE = re.compile(
    rf"\b(?:{_PLURAL_MEMBERS}|Zu\s+den\s+(?:{_DATIVE_MEMBERS}))"
    r"\s+(?:im|des|der)\s+(?P<whole>[^.;:]{1,60}?)(?:\s+(?:sind|waren|gehören|gehörten|zählen|zählten)\b|\s*:|\s+[–—](?=\s+(?:die|der|das|den|dem)\s))"
)
# One member, the whole named in full before the verb and the member after it: "Mitglied des Bündnisses Y ist auch
# der X", "Gründungsmitglied im Netzwerk Y war die Z"; a partner noun only of an alliance ("Partnerin des Vereins Y
# ist die Stadt X" may be a project's partner).
_SINGULAR_WHOLE_CUE = re.compile(
    r"\b(?P<noun>(?:Gründungs)?[Mm]itglied|(?:Netzwerk|Bündnis)?[Pp]artner(?:in)?)\s+(?:im|des|der|in\s+der)\s+"
    r"(?P<whole>[^.;:]{1,60}?)\s+(?:ist|war|wurde)\b"
)
# "Am IQ Netzwerk X beteiligt sind A und B", "Beteiligt am Bündnis Y waren …": the whole named in the phrase
# of taking part, its members after the verb.
_TAKING_PART_CUE = re.compile(
    r"\b(?:(?:Am|An\s+der|An\s+dem)\s+(?P<whole>[^.;:]{1,60}?)\s+beteiligt"
    r"|[Bb]eteiligt\s+(?:am|an\s+der|an\s+dem)\s+(?P<named>[^.;:]{1,60}?))\s+(?:sind|waren)\b"
)


def find_members(
    text: str, sentence: tuple[int, int], ms: list[Mention], earlier: Mention | None
) -> Iterator[RelationFinding]:
    for cue in [*_MEMBER_CUE.finditer(text, *sentence), *_NEW_MEMBER_CUE.finditer(text, *sentence)]:
        named = [m for m in ms if cue.start() <= m.start < cue.end() and m.type in ALLIANCES]
        whole = named[0] if named else earlier
        if whole is None or not (named or _fits_the_head(cue.group(0), whole)):
            continue
        if cue.re is _NEW_MEMBER_CUE and not (named or _names_an_alliance(cue.group(0))):
            continue
        yield from _listed_members(text, sentence, ms, cue.end(), whole)
    for cue in [*_NAMED_WHOLE_CUE.finditer(text, *sentence), *_TAKING_PART_CUE.finditer(text, *sentence)]:
        span = cue.span("whole") if cue.group("whole") else cue.span("named")
        whole = next((m for m in ms if (m.start, m.end) == span and m.type in ALLIANCES), None)
        if whole is not None:
            yield from _listed_members(text, sentence, ms, cue.end(), whole)
    yield from _members_after_a_pronoun(text, sentence, ms, earlier)
    yield from _one_member_after_its_whole(text, sentence, ms)
    yield from _members_among(text, sentence, ms, earlier)
    yield from members_making_up(text, sentence, ms)
    yield from members_cooperating(text, sentence, ms)
    yield from carriers_in_the_network(text, sentence, ms)
    yield from _new_partner(text, sentence, ms, earlier)
    yield from partners_joining(text, sentence, ms)
    yield from members_alongside(text, sentence, ms, earlier)


def _members_after_a_pronoun(
    text: str, sentence: tuple[int, int], ms: list[Mention], earlier: Mention | None
) -> Iterator[RelationFinding]:
    """ "Das Netzwerk Y wurde 2011 gegründet. Ihm gehören heute A und B an"."""
    for cue in _PRONOUN_MEMBER_CUE.finditer(text, *sentence):
        if earlier is None or cue.start() - earlier.end > SENTENCE_BEFORE_REACH:
            continue
        members = members_listed(text, ms, cue.end(), sentence[1])
        if members and members[0].start - cue.end() <= _TO_THE_MEMBER:
            yield from (RelationFinding(m, "memberOf", earlier) for m in members if m.key != earlier.key)


# The members after a count or plural of members: "Das IQ Netzwerk Y hat zwölf Partner, darunter A und B", "Im Bündnis
# Y arbeiten 20 Organisationen zusammen, unter ihnen A und B"; after the whole's possessive: "Das Netzwerk Y setzt mit
# seinen Partnern A, B und C Projekte um".
_MEMBER_NOUNS_ANY = "|".join(
    sorted(
        {*lexicon.MEMBER_PLURALS, *_DATIVE_MEMBERS.split("|"), "Organisationen", "Einrichtungen"},
        key=len,
        reverse=True,
    )
)
# or after a colon closing the count: "Das Netzwerk Y besteht aus der Koordination und sechs Partnern: A, B und C"
_AMONG_CUE = re.compile(
    rf"\b(?:{_MEMBER_NOUNS_ANY})\b(?:[^.;:]{{0,80}}?,\s+(?:darunter|unter\s+ihnen)|\s*:)\s+"
)
_POSSESSIVE_CUE = re.compile(
    rf"\bmit\s+(?:seinen|ihren)\s+(?:[\w.]+\s+)?(?:{_DATIVE_MEMBERS}|Mitgliedern)\s*,?\s*"
)


def _members_among(
    text: str, sentence: tuple[int, int], ms: list[Mention], earlier: Mention | None
) -> Iterator[RelationFinding]:
    cues = [(c, earlier) for c in _AMONG_CUE.finditer(text, *sentence)]
    cues += [(c, None) for c in _POSSESSIVE_CUE.finditer(text, *sentence)]  # the possessor is named before it
    for cue, spoken_of in cues:
        whole = _alliance_before(ms, sentence[0], cue.start(), spoken_of)
        members = members_listed(text, ms, cue.end(), sentence[1])
        if whole is None or not members or members[0].start - cue.end() > ARTICLE:
            continue
        yield from (RelationFinding(m, "memberOf", whole) for m in members if m.key != whole.key)


def _alliance_before(ms: list[Mention], start: int, end: int, spoken_of: Mention | None) -> Mention | None:
    """The last alliance named from `start` to `end`; where nothing is named there, the one spoken of before (else
    the partners may be a project's or a body's)."""
    named = actors(ms, start, end)
    wholes = [m for m in named if m.type in ALLIANCES and _is_alliance(m)]
    if wholes:
        return wholes[-1]
    return None if named else spoken_of


def _one_member_after_its_whole(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    for cue in _SINGULAR_WHOLE_CUE.finditer(text, *sentence):
        whole = next((m for m in ms if (m.start, m.end) == cue.span("whole") and m.type in ALLIANCES), None)
        if whole is None or ("artner" in cue.group("noun") and not _is_alliance(whole)):
            continue
        member = actors(ms, cue.end(), sentence[1], MEMBER_TYPES)[:1]
        if member and member[0].start - cue.end() <= _TO_THE_MEMBER:
            yield RelationFinding(member[0], "memberOf", whole)


# characters from the verb to the member: an adverb or two and its article ("seit 2019 auch der")
_TO_THE_MEMBER = 24


def _is_alliance(m: Mention) -> bool:
    return m.type == "StateNetwork" or m.label.startswith(ALLIANCE_HEADS)


# A partner noun naming its whole's kind and no whole after it: "Die X gGmbH ist seit Januar neue Netzwerkpartnerin"
_KIND_PARTNER_CUE = re.compile(
    r"\b(?:ist|sind|war|waren|wurde|wurden)\s+(?:[\w.]+\s+){0,6}?(?:Netzwerk|Bündnis|Verbund)partner(?:in|innen)?\b"
    r"(?!\s+(?:im|in|des|der|beim|bei|am|vom|von)\b)"
)


def _new_partner(
    text: str, sentence: tuple[int, int], ms: list[Mention], earlier: Mention | None
) -> Iterator[RelationFinding]:
    for cue in _KIND_PARTNER_CUE.finditer(text, *sentence):
        if earlier is None or not _fits_the_head(cue.group(0), earlier):
            continue
        # the subject before the verb, or after it where something else opens the sentence ("Seit 2020 ist die X …")
        subjects = actors(ms, sentence[0], cue.start(), MEMBER_TYPES) or actors(
            ms, cue.start(), cue.end(), MEMBER_TYPES
        )
        listed = listed_right_before(text, ms, len(text[: cue.start()].rstrip()))  # "A und B sind neue …"
        for member in listed if len(listed) > 1 else subjects[:1]:
            if member.key != earlier.key:
                yield RelationFinding(member, "memberOf", earlier)


def _names_an_alliance(cue: str) -> bool:
    low = cue.lower()
    return any(h.lower() in low for h in ALLIANCE_HEADS)


def _fits_the_head(cue: str, earlier: Mention) -> bool:
    """The whole a cue means by a head noun is the one named before only if that is of its kind: "Partner des
    Bündnisses sind …" lists the members of an alliance, not of the network named before it."""
    low = cue.lower()
    heads = sorted((low.rfind(h.lower()), h.lower()) for h in ALLIANCE_HEADS if h.lower() in low)
    if not heads:
        return True
    head = heads[-1][1]  # the noun after the preposition: "Netzwerkpartner des Bündnisses"
    return head in earlier.label.lower() or (head == "netzwerk" and earlier.type == "StateNetwork")


def _listed_members(
    text: str, sentence: tuple[int, int], ms: list[Mention], start: int, whole: Mention
) -> Iterator[RelationFinding]:
    for member in members_listed(text, ms, start, sentence[1]):
        if member.key != whole.key:
            yield RelationFinding(member, "memberOf", whole)
