"""Ties between organisations, read sentence by sentence from cue phrases.

    fundedBy               "X wird aus (den) Mitteln des Y gefördert", "gefördert durch / vom Y",
                           "finanziert vom Y", "Y fördert / finanziert X", "mit Mitteln des Y",
                           "Programm „X“ des Bundes und der Y"
    implementationPartner  "Partner in der Umsetzung sind Y und Z" (of the programme)
    partOf                 "X ist Teil des Y", "X gehört zum Y", "als Teil des Y", "die Beratungsstelle X
                           des / im / aus dem Y"
    hostedBy               "X ist beim Y angesiedelt", "Die Koordination des X liegt bei Y",
                           "X wird vom Y koordiniert", "Träger (des X) ist Y", "in Trägerschaft des Y",
                           "unter dem Dach von Y", "Y als (Gesamt)Koordinator des X",
                           "Bei Y liegt die Koordination des X", "das Y-Projekt „X“"
    memberOf               "Partner im Netzwerk sind Y und Z", "Y ist Mitglied/Partner im X",
                           "Y ist im X als Partner aktiv", "Im X arbeiten Y und Z zusammen",
                           "Zu den Netzwerkpartnern zählen Y und Z", "Y ist neue Netzwerkpartnerin"
    locatedIn              "Y mit Sitz in Z", "Y aus Z" (seats.py)
Subjects default to the first organisation the sentence names, which may be a generic mention
("Das Programm", "das Landesnetzwerk") standing for the release's main programme or network.
This module composes the readers and holds the small ones; funding, hosting and the cue table live in
relation_funding*.py, relation_hosting*.py (an entry module each and one module per family of constructions)
and relation_cues.py, what they share in relation_actors.py.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from dataclasses import replace

from . import lexicon
from .lexicon.projects import PROJECT_STAND_INS
from .mentions import Mention
from .organisation_words import is_of_kind
from .relation_actors import (
    ACTORS,
    COORDINATED,
    COORDINATION_LINK,
    FUNDERS,
    MEMBER_TYPES,
    RelationFinding,
    actors,
    listed_after,
    subject_before,
)
from .relation_cues import find_cued
from .relation_footer import funders_listed_below
from .relation_funding import (
    find_fronted_funding,
    find_funding,
    find_funding_phrases,
    is_fund,
    unit_spoken_of,
)
from .relation_hosting import find_hosts, find_relative_hosts
from .relation_stand_ins import payer_kinds, payer_stand_ins
from .seats import SEATED, find_seats, past_its_seat
from .topic_pronouns import pronoun_genders, unit_genders


def find_relations(
    text: str,
    sentence: tuple[int, int],
    mentions: list[Mention],
    programme: Mention | None,
    before: Before | None = None,
    network: Mention | None = None,
) -> list[RelationFinding]:
    """`before`: what the mentions before the sentence name last: the topic a pronoun subject ("Es wird …")
    stands for, the network a clause without its network means, the alliance "Dazu gehören …" lists;
    `network`: the release's network, what the programme "auf Landesebene" or "in <Land>" stands for."""
    s, e = sentence
    here = [
        _as_the_network(text, m, network)
        for m in mentions
        if s <= m.start < e and m.type in ACTORS | {"Place"}
    ]
    before = before or Before([])
    # "vom Land", "des Ministeriums": the Land or ministry named before, where the sentence's noun stands for it
    for stand_in in payer_stand_ins(text, sentence, here, before.last):
        at = next((i for i, m in enumerate(here) if m.start > stand_in.start), len(here))
        here.insert(at, stand_in)  # in its place, the others' order kept (a body's office comes last)
    if not here:  # every reader below relates the sentence's own actors: a sentence naming none has nothing
        return []  # to read (a fifth of all sentences; a long text without names is one such sentence)
    # "Sie wird vom Land gefördert": the last unit whose gender agrees with the pronoun, not merely the last
    agreeing = pronoun_genders(text, s)
    topic, last_coordinated = before.last("topic", agreeing), before.last("coordinated", agreeing)
    spoken_of = unit_spoken_of(text, topic, before.recent("topic"))
    found = [
        *find_funding(text, sentence, here, _pronoun_topic(text, sentence, topic)),
        *find_fronted_funding(text, sentence, here, topic),
        *find_funding_phrases(text, sentence, here, spoken_of),
        *funders_listed_below(text, sentence, here, spoken_of),
        *_partners(text, sentence, here, programme),
        *_members(text, sentence, here, before.last("alliance")),
        *_part_of(text, sentence, here, before.last("alliance")),
        *_whole_right_after(text, here),
        *find_hosts(text, sentence, here, last_coordinated, before.last("project")),
        *_programme_owner(text, here),
        *find_seats(
            text, sentence, here, _seat_stand_in(text, sentence, before, agreeing), before.last("project")
        ),
        *find_cued(text, sentence, here, _pronoun_topic(text, sentence, topic)),
        *find_relative_hosts(text, sentence, here, last_coordinated),
    ]
    return [f for f in found if f.subject.key != f.object.key]


def paid_in_the_land(
    f: RelationFinding, programme: Mention | None, network: Mention | None
) -> RelationFinding:
    """A Land's body pays for the nationwide IQ programme only in its Land: "Das Programm IQ wird vom Bund
    getragen und vom Land Y mitfinanziert" funds the release's network, the programme in that Land.
    `programme`: the IQ programme where the release names it (another programme may be a Land's own)."""
    if (
        f.predicate != "fundedBy"
        or network is None
        or programme is None
        or f.subject.key != programme.key
        or not _of_a_land(f.object)
    ):
        return f
    return replace(f, subject=replace(f.subject, type="StateNetwork", key=network.key, label=network.label))


def _of_a_land(m: Mention) -> bool:
    """A Land's government body: a ministry or senate department that is not the federation's, the Land itself."""
    if m.type == "Agency":
        return m.label.startswith(("Land ", "Freistaat "))
    return m.type == "Ministry" and "Bundes" not in m.label


# "das IQ-Programm auf Landesebene", "das Netzwerk IQ in Nordrhein-Westfalen": the programme in one Land
_IN_A_LAND = re.compile(
    rf"(?:-\w+)?\s+(?:auf\s+Landesebene|im\s+Land\b|in\s+(?P<land>{'|'.join(re.escape(x) for x in lexicon.LAENDER)}))"
)


def _as_the_network(text: str, m: Mention, network: Mention | None) -> Mention:
    """The programme named with its Land stands for the release's network (unless that one names another Land)."""
    where = _IN_A_LAND.match(text, m.end) if m.type == "Programme" and network is not None else None
    if where is None or network is None or _names_another_land(network, where.group("land")):
        return m
    return replace(m, type="StateNetwork", key=network.key, label=network.label)


def _names_another_land(network: Mention, land: str | None) -> bool:
    return land is not None and any(x in network.label for x in lexicon.LAENDER if x != land)


# A clause placing a body or unit named before: its subject a pronoun ("Sie befindet sich in …") or the body's kind
# noun ("Der Verein hat seinen Sitz in …", "Die Beratungsstelle ist in … ansässig").
_SEAT_STAND_IN = re.compile(
    r"\s*(?:(?P<pronoun>Sie|Er|Es)|(?:Der|Die|Das)\s+(?P<kind>[A-ZÄÖÜ][a-zäöüß]+))\s+"
    r"(?:hat|hatte|befindet|befand|ist|war|unterhält)\b"
)


def _seat_stand_in(
    text: str, sentence: tuple[int, int], before: Before, agreeing: frozenset[str] | None
) -> Mention | None:
    """The body or unit the subject of a placing clause stands for: the last one named before that agrees with
    the pronoun, or the last of the kind the noun names."""
    match = _SEAT_STAND_IN.match(text, sentence[0])
    if match is None:
        return None
    if match.group("pronoun"):
        return before.last("seated", agreeing)
    kind = match.group("kind")
    fitting = [
        m
        for m in before.recent("seated")
        if (kind in lexicon.BODY_STAND_INS and is_of_kind(m.label, kind))
        or (kind in PROJECT_STAND_INS and m.type == "Subproject")
    ]
    return fitting[-1] if fitting else None


# the subject a pronoun or a noun standing for the unit named before: "Es wird …", "Dieses Projekt wird …", "Die
# Beratungsstelle wird …" (a noun the text names no unit by)
_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:Es|Er|Sie|Dieses|Dieser|Diese"
    rf"|(?:Das|Die|Der|Dieses|Diese|Dieser)\s+(?:{'|'.join(lexicon.FUNDED_STAND_INS)}))"
    r"\s+(?:wird|werden|wurde|wurden|ist|sind|war)\b"
)


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
)
# "Partner im IQ Netzwerk Musterland sind …", "Zu den Partnern des Bündnisses X zählen …", "Netzwerkpartner des
# Bündnisses X: …": the whole named in full between the member noun and the verb or colon, and nothing else there.
_NAMED_WHOLE_CUE = re.compile(
    rf"\b(?:{_PLURAL_MEMBERS}|Zu\s+den\s+(?:{_DATIVE_MEMBERS}))"
    r"\s+(?:im|des|der)\s+(?P<whole>[^.;:]{1,60}?)(?:\s+(?:sind|waren|gehören|gehörten|zählen|zählten)\b|\s*:)"
)
# "Am IQ Netzwerk X beteiligt sind A und B", "Beteiligt am Bündnis Y waren …": the whole named in the phrase
# of taking part, its members after the verb.
_TAKING_PART_CUE = re.compile(
    r"\b(?:(?:Am|An\s+der|An\s+dem)\s+(?P<whole>[^.;:]{1,60}?)\s+beteiligt"
    r"|[Bb]eteiligt\s+(?:am|an\s+der|an\s+dem)\s+(?P<named>[^.;:]{1,60}?))\s+(?:sind|waren)\b"
)
# The members first, the whole they make up after: "A, B und C bilden (gemeinsam) das Bündnis Y".
_MAKE_UP_CUE = re.compile(
    r"\s+(?:bilden|bildeten)\s+(?:(?:gemeinsam|zusammen|seit\s+[\w.]+)\s+)*(?:das|den|die)\s+"
)
# The same with something else first, the members after the verb: "Seit 2020 bilden A und B gemeinsam das Bündnis Y".
_MAKE_UP_VERB = re.compile(r"\b(?:bilden|bildeten)\s+")
_MAKE_UP_OBJECT = re.compile(r"\s+(?:(?:gemeinsam|zusammen)\s+)?(?:das|den|die)\s+")
_ALLIANCES = frozenset({"StateNetwork", "Organisation"})
_ARTICLE = 4  # characters between the verb and the first member: its article ("die", "der")


_ALLIANCE_HEADS = (
    "Bündnis",
    "Netzwerk",
    "Verbund",
    "Allianz",
    "Arbeitskreis",
    "Arbeitsgemeinschaft",
    "Initiative",
)


_TOPICS = frozenset({"Subproject", "StateNetwork", "Programme"})  # what a release says is funded or carried


def _kinds(m: Mention) -> Iterator[str]:
    """What a mention can be for the sentences after it: a topic a pronoun refers to, the coordinated unit
    a clause without its network means, the network or alliance whose members "Dazu gehören …" lists, a body
    or unit a later clause places ("Der Verein hat seinen Sitz in …")."""
    if m.type in _TOPICS and not is_fund(m):
        yield "topic"
    if m.type in SEATED:
        yield "seated"
    if m.type in COORDINATED:
        yield "coordinated"
    if m.type == "Subproject":
        yield "project"
    if m.type == "StateNetwork" or m.label.startswith(_ALLIANCE_HEADS):
        yield "alliance"
    yield from payer_kinds(m)  # "Land Hessen" for a later "vom Land"


_ANTECEDENTS = 4  # units of a kind a pronoun may reach back to: the ones named in the last sentence or two


class Before:
    """The mentions before the sentence being read, kept up as the sentences are read in order: the last of
    each kind (`_kinds`), as listed among the mentions. Gathering them afresh for every sentence made a long
    release quadratic. Generic mentions ("das Netzwerk") are left out."""

    def __init__(self, mentions: list[Mention], text: str = "") -> None:
        self._mentions = mentions
        self._text = text
        self._by_end = sorted(range(len(mentions)), key=lambda i: (mentions[i].end, i))
        self._taken = 0
        self._last: dict[str, int] = {}
        # the latest few of each kind, for a pronoun's antecedent; their genders read only when a pronoun asks
        self._recent: dict[str, deque[int]] = {}
        self._genders: dict[int, frozenset[str]] = {}

    def up_to(self, position: int) -> Before:
        """Take in every mention ending at or before `position` (positions only grow)."""
        while self._taken < len(self._by_end) and self._mentions[self._by_end[self._taken]].end <= position:
            i = self._by_end[self._taken]
            self._taken += 1
            if not self._mentions[i].generic:
                for kind in _kinds(self._mentions[i]):
                    self._last[kind] = max(i, self._last.get(kind, -1))
                    self._recent.setdefault(kind, deque(maxlen=_ANTECEDENTS)).append(i)
        return self

    def last(self, kind: str, agreeing: frozenset[str] | None = None) -> Mention | None:
        """The last of a kind; with `agreeing`, the latest of the last few whose gender is one of them or
        unknown (a pronoun's antecedent), else the last of the kind."""
        i = self._last.get(kind)
        if agreeing is not None:
            i = max((j for j in self._recent.get(kind, ()) if self._agrees(j, agreeing)), default=i)
        return None if i is None else self._mentions[i]

    def recent(self, kind: str) -> list[Mention]:
        """The last few of a kind, the latest last."""
        return [self._mentions[i] for i in self._recent.get(kind, ())]

    def _agrees(self, i: int, agreeing: frozenset[str]) -> bool:
        if i not in self._genders:
            self._genders[i] = unit_genders(self._text, self._mentions[i])
        return not self._genders[i] or bool(self._genders[i] & agreeing)


def _members(
    text: str, sentence: tuple[int, int], ms: list[Mention], earlier: Mention | None
) -> Iterator[RelationFinding]:
    for cue in _MEMBER_CUE.finditer(text, *sentence):
        named = [m for m in ms if cue.start() <= m.start < cue.end() and m.type in _ALLIANCES]
        whole = named[0] if named else earlier
        if whole is None or not (named or _fits_the_head(cue.group(0), whole)):
            continue
        yield from _listed_members(text, sentence, ms, cue.end(), whole)
    for cue in [*_NAMED_WHOLE_CUE.finditer(text, *sentence), *_TAKING_PART_CUE.finditer(text, *sentence)]:
        span = cue.span("whole") if cue.group("whole") else cue.span("named")
        whole = next((m for m in ms if (m.start, m.end) == span and m.type in _ALLIANCES), None)
        if whole is not None:
            yield from _listed_members(text, sentence, ms, cue.end(), whole)
    yield from _members_among(text, sentence, ms, earlier)
    yield from _members_making_up(text, sentence, ms)
    yield from _members_cooperating(text, sentence, ms)
    yield from _new_partner(text, sentence, ms, earlier)


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
_AMONG_CUE = re.compile(rf"\b(?:{_MEMBER_NOUNS_ANY})\b[^.;:]{{0,80}}?,\s+(?:darunter|unter\s+ihnen)\s+")
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
        members = _members_listed(text, ms, cue.end(), sentence[1])
        if whole is None or not members or members[0].start - cue.end() > _ARTICLE:
            continue
        yield from (RelationFinding(m, "memberOf", whole) for m in members if m.key != whole.key)


def _alliance_before(ms: list[Mention], start: int, end: int, spoken_of: Mention | None) -> Mention | None:
    """The last alliance named from `start` to `end`; where nothing is named there, the one spoken of before (else
    the partners may be a project's or a body's)."""
    named = actors(ms, start, end)
    wholes = [m for m in named if m.type in _ALLIANCES and _is_alliance(m)]
    if wholes:
        return wholes[-1]
    return None if named else spoken_of


def _is_alliance(m: Mention) -> bool:
    return m.type == "StateNetwork" or m.label.startswith(_ALLIANCE_HEADS)


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
        listed = _listed_right_before(text, ms, len(text[: cue.start()].rstrip()))  # "A und B sind neue …"
        for member in listed if len(listed) > 1 else subjects[:1]:
            if member.key != earlier.key:
                yield RelationFinding(member, "memberOf", earlier)


def _fits_the_head(cue: str, earlier: Mention) -> bool:
    """The whole a cue means by a head noun is the one named before only if that is of its kind: "Partner des
    Bündnisses sind …" lists the members of an alliance, not of the network named before it."""
    low = cue.lower()
    heads = sorted((low.rfind(h.lower()), h.lower()) for h in _ALLIANCE_HEADS if h.lower() in low)
    if not heads:
        return True
    head = heads[-1][1]  # the noun after the preposition: "Netzwerkpartner des Bündnisses"
    return head in earlier.label.lower() or (head == "netzwerk" and earlier.type == "StateNetwork")


def _members_making_up(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    """ "A, B und C bilden das Bündnis Y": the list right before the verb, the whole right after it."""
    for cue in _MAKE_UP_CUE.finditer(text, *sentence):
        whole = next((m for m in ms if m.start == cue.end() and m.type in _ALLIANCES), None)
        if whole is not None:
            yield from (
                RelationFinding(m, "memberOf", whole) for m in _listed_right_before(text, ms, cue.start())
            )
    for verb in _MAKE_UP_VERB.finditer(text, *sentence):
        named = actors(ms, verb.end(), sentence[1], MEMBER_TYPES)
        if named and named[0].start - verb.end() <= _ARTICLE:
            yield from _members_before_the_whole(text, named)


def _listed_right_before(
    text: str, ms: list[Mention], pos: int, types: frozenset[str] = MEMBER_TYPES
) -> list[Mention]:
    """The bodies of the list that ends right at `pos` ("A, B und C| bilden"), in their order; [] if none ends there."""
    listed = [m for m in ms if m.end <= pos and m.type in types]
    if not listed or listed[-1].end != pos:
        return []
    members = [listed[-1]]
    for m in reversed(listed[:-1]):
        if not COORDINATION_LINK.match(text[m.end : members[-1].start]):
            break
        members.append(m)
    return members[::-1]


def _cooperating(words: tuple[str, ...]) -> str:
    return "|".join(w.replace(" ", r"\s+") for w in sorted(words, key=len, reverse=True))


_COOPERATING_VERB = (
    rf"(?:(?P<alone>{_cooperating(lexicon.COOPERATING_ALONE)})|{_cooperating(lexicon.COOPERATING_VERBS)})"
)
_TOGETHER_ADVERBS = r"(?:(?:seit\s+[\w.]+|\d{4}|gemeinsam|eng|bereits|schon|nun)\s+)*"
# The whole in a fronted phrase, its members after the verb: "Im IQ Netzwerk Y arbeiten A und B zusammen".
_COOPERATING_IN = re.compile(
    rf"\b(?:Im|In\s+der|In\s+dem)\s+(?P<whole>[^.;:]{{1,60}}?)\s+{_COOPERATING_VERB}\s+{_TOGETHER_ADVERBS}"
)
# The members first, the whole after the verb: "A und B arbeiten im Netzwerk Y zusammen", "… kooperieren im …".
_COOPERATING_BEFORE = re.compile(
    rf"\s+{_COOPERATING_VERB}\s+{_TOGETHER_ADVERBS}(?:im|in\s+der|in\s+dem|zum|zur)\s+"
)
# The word closing the clause of working together, before its next comma: "… zusammen", "… vertreten".
_COOPERATING_CLOSER = re.compile(rf"[^,.;:]*?\b(?:{_cooperating(lexicon.COOPERATING_CLOSERS)})\b")
_TO_THE_FIRST_MEMBER = 16  # characters between the verb and the first member: an adverb and its article


_QUOTES = '„“”"»«'


def _named_whole(text: str, ms: list[Mention], start: int, end: int | None = None) -> Mention | None:
    """The network or alliance named from `start` (to `end`, if given), leaving out quotation marks around its
    name: "im „Bündnis Arbeit Nordland“"."""
    start += text[start : start + 1] in _QUOTES
    for m in ms:
        ends = end is None or m.end == end or text[m.end : end].strip(_QUOTES) == ""
        if m.start == start and m.type in _ALLIANCES and ends:
            return m
    return None


def _members_cooperating(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    """Bodies working together in a network named with them, as its members."""
    for cue in _COOPERATING_IN.finditer(text, *sentence):
        whole = _named_whole(text, ms, *cue.span("whole"))
        members = _members_listed(text, ms, cue.end(), sentence[1])
        if whole is None or not members or members[0].start - cue.end() > _TO_THE_FIRST_MEMBER:
            continue
        if cue.group("alone") or _COOPERATING_CLOSER.match(text, members[-1].end):
            yield from (RelationFinding(m, "memberOf", whole) for m in members if m.key != whole.key)
    for cue in _COOPERATING_BEFORE.finditer(text, *sentence):
        whole = _named_whole(text, ms, cue.end())
        if whole is None or not (cue.group("alone") or _COOPERATING_CLOSER.match(text, whole.end)):
            continue
        yield from (
            RelationFinding(m, "memberOf", whole) for m in _listed_right_before(text, ms, cue.start())
        )


def _members_before_the_whole(text: str, named: list[Mention]) -> Iterator[RelationFinding]:
    """ "bilden A, B und C gemeinsam das Bündnis Y": the list runs up to the whole after its article (a list
    reader would take "das Bündnis Y" for one more member)."""
    for i in range(1, len(named)):
        gap = text[named[i - 1].end : named[i].start]
        if named[i].type in _ALLIANCES and _MAKE_UP_OBJECT.fullmatch(gap):
            yield from (RelationFinding(m, "memberOf", named[i]) for m in named[:i])
            return
        if not COORDINATION_LINK.match(gap):
            return


def _listed_members(
    text: str, sentence: tuple[int, int], ms: list[Mention], start: int, whole: Mention
) -> Iterator[RelationFinding]:
    for member in _members_listed(text, ms, start, sentence[1]):
        if member.key != whole.key:
            yield RelationFinding(member, "memberOf", whole)


def _members_listed(text: str, ms: list[Mention], start: int, end: int) -> list[Mention]:
    """The bodies of the list that begins after `start`, each maybe with its seat: "A aus Kassel, B in Jena und C"."""
    found: list[Mention] = []
    for m in actors(ms, start, end, MEMBER_TYPES):
        if found and not COORDINATION_LINK.match(text[past_its_seat(text, found[-1], ms) : m.start]):
            break
        found.append(m)
    return found


def _pronoun_topic(text: str, sentence: tuple[int, int], topic: Mention | None) -> Mention | None:
    """The topic, where the sentence opens with a pronoun subject ("Es wird von … gefördert")."""
    return topic if topic is not None and _PRONOUN_SUBJECT.match(text, sentence[0]) else None


_PARTNER_CUE = re.compile(r"\bPartner(?:innen)?\s+(?:in|bei)\s+der\s+Umsetzung\b|\bUmsetzungspartner\w*\b")


def _partners(
    text: str, sentence: tuple[int, int], ms: list[Mention], programme: Mention | None
) -> Iterator[RelationFinding]:
    if not ms or programme is None:
        return
    cue = _PARTNER_CUE.search(text, *sentence)
    if not cue:
        return
    for partner in listed_after(text, ms, cue.end(), sentence[1], FUNDERS - {"StateNetwork"}):
        yield RelationFinding(programme, "implementationPartner", partner)


_PART_OF = re.compile(
    r"\b(?:ist|sind|war|als)\s+(?:(?:seit|schon|bereits|nun|heute|auch|ebenfalls)\s+[\w.]*\s*)?"
    r"(?:ein\s+|eine\s+)?(?:fester\s+)?(?:Teil|Bestandteil)\s+(?:des|der|vom)\b|\bgehört\s+(?:(?:seit|schon|bereits|nun|heute|auch|ebenfalls)\s+[\w.]*\s*)?(?:zum|zur)\b"
)


# The agent of a participle attribute before the whole: "Teil des vom Land Y geförderten Programms Z" (Y is no whole)
_ATTRIBUTE_AGENT = re.compile(r"\s*(?:vom|von|durch)\s+(?:(?:der|dem|den|die|das)\s+)?")
# A clause of its own before the cue, with a subject no name: "Träger ist der Verein X, das Angebot gehört zum …".
_OWN_CLAUSE_SUBJECT = re.compile(r",\s+(?:das|der|die|es|sie|er)\s+(?:[A-ZÄÖÜ]\w*\s+)?$", re.IGNORECASE)
_CLAUSE_OPENING = 40  # characters back from the cue to the comma that opens its clause


# "Das Bündnis gehört zum …": the head noun alone opening the sentence stands for the alliance named before it
_HEAD_SUBJECT = re.compile(
    rf"\s*(?:Das|Der|Die|Dieses|Dieser|Diese)\s+(?P<head>{'|'.join(_ALLIANCE_HEADS)})\s+$"
)


def _part_of(
    text: str, sentence: tuple[int, int], ms: list[Mention], earlier: Mention | None
) -> Iterator[RelationFinding]:
    for cue in _PART_OF.finditer(text, *sentence):
        # the clause's own subject, else the sentence's (a pronoun opening the clause: "…; sie ist Teil des …")
        clause = actors(ms, _clause_start(text, sentence[0], cue.start()), cue.start())
        subject = (
            subject_before(clause, cue.start())
            or subject_before(ms, cue.start())
            or _alliance_by_its_head(text, sentence[0], cue.start(), earlier)
        )
        after = [
            m
            for m in actors(ms, cue.end(), cue.end() + 60)
            if not _ATTRIBUTE_AGENT.fullmatch(text, cue.end(), m.start)
        ]
        own = subject and _OWN_CLAUSE_SUBJECT.search(
            text, max(subject.end, cue.start() - _CLAUSE_OPENING), cue.start()
        )
        if not (subject and after) or own:
            continue
        # "A und B sind Teil des Netzwerks Y": every body or unit of the list that ends right before the verb
        verb = sentence[0] + len(text[sentence[0] : cue.start()].rstrip())
        listed = _listed_right_before(text, ms, verb, ACTORS)
        for one in listed if len(listed) > 1 and listed[0] == subject else [subject]:
            yield RelationFinding(one, _part_or_member(one, after[0]), after[0])


# A main clause joined to the one before: "Das Jobcenter X berät, und die Stiftung Y ist Teil des Netzwerks Z"
_CLAUSE_JOIN = re.compile(r"(?:,\s+(?:und|aber|doch|sondern|denn)|;)\s+")


def _clause_start(text: str, start: int, cue: int) -> int:
    """Where the clause of the cue begins: after the last joined main clause before it, else at the sentence."""
    joins = list(_CLAUSE_JOIN.finditer(text, start, cue))
    return joins[-1].end() if joins else start


def _alliance_by_its_head(text: str, start: int, cue: int, earlier: Mention | None) -> Mention | None:
    head = _HEAD_SUBJECT.fullmatch(text, start, cue)
    if head is None or earlier is None or not earlier.label.startswith(head.group("head")):
        return None
    return earlier


# A body is part of a network or the programme as one of its members: "Die Stiftung X ist Teil des IQ Netzwerks Y"
_BODIES = frozenset({"Organisation", "Agency", "Ministry"})
_MEMBERSHIPS = frozenset({"StateNetwork", "Programme"})
_UNITS_OF_A_BODY = frozenset({"Subproject", "CoordinationOffice"})  # a body's unit: carried by it


def _part_or_member(subject: Mention, whole: Mention) -> str:
    # "Die Beratungsstelle X gehört zur Stiftung Y": the body carries its unit
    if subject.type in _UNITS_OF_A_BODY and whole.type in _BODIES:
        return "hostedBy"
    return "memberOf" if subject.type in _BODIES and whole.type in _MEMBERSHIPS else "partOf"


# The whole in a genitive, "im" or "aus dem" phrase or in parentheses right after a unit's name: "die
# Beratungsstelle „X“ des IQ Netzwerks Y", "die Landeskoordinierung des Förderprogramms IQ", "das Projekt „X“ im / aus
# dem IQ Netzwerk Y", "das Projekt „X“ (IQ Netzwerk Y)"; the programme's head noun
# may stand outside its name ("des Förderprogramms „Integration durch Qualifizierung“").
_WHOLE_AFTER = re.compile(
    r"[“”\"»]?(?:\s+(?:des|der|im|in\s+der|vom|aus\s+dem|aus\s+der)\s+|\s*\()"
    r"(?P<head>(?:\w+-)?(?:Bundes|Förder|Landes)?[Pp]rogramms?\s+[„\"»]?)?"
)
_UNIT_WHOLES = {
    "Subproject": ("StateNetwork", "Programme"),
    "CoordinationOffice": ("StateNetwork", "Programme"),
}
_NETWORK_WHOLES = {"StateNetwork": ("Programme",)}


def _whole_right_after(text: str, ms: list[Mention]) -> Iterator[RelationFinding]:
    wholes = {**_UNIT_WHOLES, **_NETWORK_WHOLES}
    for unit in (m for m in ms if m.type in wholes and not m.generic):
        link = _WHOLE_AFTER.match(text, unit.end)
        if link is None:
            continue
        starts = {link.end(), link.start("head") if link.group("head") else link.end()}
        whole = next((m for m in ms if m.start in starts and m.type in wholes[unit.type]), None)
        if whole is not None and whole.key != unit.key:
            yield RelationFinding(unit, "partOf", whole)


# '“ des ' before a body, '“ des Programms „' before a programme named in quotes
_GENITIVE_AFTER_NAME = re.compile(
    r"^[“”\"«]?\s*(?:des|der)\s+(?:[A-ZÄÖÜ]\w+\s+[„\"“»]|[A-ZÄÖÜ]\w+\s+(?:und|sowie)\s+(?:des|der)\s+)?$"
)  # "des Bundes und der EU": a payer the gazetteer does not name before one it does


_OWNERS = frozenset({"Ministry", "Agency", "Organisation"})


def _programme_owner(text: str, ms: list[Mention]) -> Iterator[RelationFinding]:
    """ "Förderprogramm „X“ des Ministeriums Y": X is funded by Y; "Ausschreibung „X“ des Programms „Z“": part of Z."""
    for programme in (m for m in ms if m.type == "Programme" and not m.generic):
        owner = next((m for m in ms if m.start > programme.end), None)
        if owner is None or not _GENITIVE_AFTER_NAME.match(text[programme.end : owner.start]):
            continue
        if owner.type == "Programme":
            yield RelationFinding(programme, "partOf", owner)
        elif owner.type in _OWNERS:
            for payer in listed_after(text, ms, owner.start, len(text), _OWNERS):
                yield RelationFinding(programme, "fundedBy", payer)
