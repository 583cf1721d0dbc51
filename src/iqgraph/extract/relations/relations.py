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
funding/, hosting/ (an entry module each and one module per family of constructions) and cues.py (read by
cue_engine.py), members in members*.py (the lists they share in member_lists.py), parts in part_of.py, what the
sentences before name in antecedents.py, what all share in actors.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .. import lexicon
from ..lexicon.projects import PROJECT_KIND_STAND_INS
from ..names.mentions import Mention
from ..names.organisations.words import is_of_kind
from .actors import (
    ACTORS,
    COORDINATED,
    FUNDERS,
    RelationFinding,
    listed_after,
)
from .addresses import address_seats
from .antecedents import SENTENCE_BEFORE_REACH, Before, start_of_the_sentence_before
from .cue_engine import find_cued
from .denials import without_denied_facts
from .footer import funders_listed_below
from .funding.fact_boxes import unit_a_funding_field_is_about
from .funding.funding import (
    find_fronted_funding,
    find_funding,
    find_funding_phrases,
    framed_programme,
    unit_spoken_of,
)
from .funding.grants import borne_by_a_payer, granted_money
from .funding.implementation import partners_carrying_out_with, partners_taking_part
from .funding.money import money_from_a_source
from .funding.payers import stand_in_fronted
from .funding.received import for_the_carrier_s_unit
from .hosting.hosting import find_hosts, find_relative_hosts
from .members import find_members
from .part_of import part_of, whole_first, whole_right_after
from .plural_subjects import (
    BOTH_SUBJECT,
    both_named_before,
    items_listed_right_before,
    units_a_plural_subject_means,
)
from .seat_there import seat_there
from .seats import find_seats
from .stand_ins import carrier_stand_ins, payer_stand_ins, unit_stand_ins, with_the_topic_by_its_head
from .topic_pronouns import FRONTED_ADVERBIAL, pronoun_genders, unit_genders
from .work_places import find_work_places

__all__ = ["Before", "find_relations", "paid_in_the_land"]


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
    s = sentence[0]
    before = before or Before([])
    here = _actors_of_the_sentence(text, sentence, mentions, network, before)
    if not here:  # every reader below relates the sentence's own actors: a sentence naming none has nothing
        return []  # to read (a fifth of all sentences; a long text without names is one such sentence)
    # "Sie wird vom Land gefördert": the last unit whose gender agrees with the pronoun, not merely the last
    agreeing = pronoun_genders(text, s)
    topic, last_coordinated = before.last("topic", agreeing), before.last("coordinated", agreeing)
    subject_before = _subject_before(text, s, before, agreeing)
    topic = _project_of_a_stand_in(text, sentence, before) or subject_before or topic
    if _NETWORK_KIND_SUBJECT.match(text, s):
        # "Das Netzwerk wird im Rahmen des Programms gefördert": the network named last, not a project after it
        topic = before.last("alliance") or network
    if subject_before is not None and subject_before.type in COORDINATED:
        # "Das Teilprojekt X ist Teil des Netzwerks Y. Es wird vom Verein Z durchgeführt": X is carried, not Y
        last_coordinated = subject_before
    named_before = both_named_before(text, sentence, before)
    listed = (
        []
        if named_before
        else items_listed_right_before(text, sentence, before)
        or units_a_plural_subject_means(text, sentence, before)
    )
    both = named_before or listed
    topic = both[-1] if both else topic
    found = [
        *_funding(text, sentence, here, topic, before, network, bool(listed)),
        *_partners(text, sentence, here, programme),
        *find_members(text, sentence, here, before.last("alliance")),
        *part_of(text, sentence, here, before.last("alliance"), topic),
        *whole_right_after(text, here),
        *whole_first(text, sentence, here),
        *find_hosts(
            text,
            sentence,
            _with_carriers_meant(
                text, sentence, here, before.recent("seated"), _recent_project(text, s, before)
            ),
            last_coordinated,
            before.last("project"),
            before.recent("alliance"),
            network,
        ),
        *_programme_owner(text, here),
        *find_seats(
            text, sentence, here, _seat_stand_in(text, sentence, before, agreeing), before.last("project")
        ),
        *find_work_places(text, sentence, here, topic, before.last("project")),
        *address_seats(text, sentence, here),
        *seat_there(text, sentence, here, before.last("place")),
        *find_cued(text, sentence, here, _pronoun_topic(text, sentence, topic)),
        *find_relative_hosts(text, sentence, here, last_coordinated),
    ]
    if listed:
        # "Alle Teilprojekte werden im Rahmen des Programms X gefördert": the frame the list's units work in, no payer
        found = [f for f in found if not (f.predicate == "fundedBy" and framed_programme(text, f.object))]
    found += [replace(f, subject=unit) for unit in both[:-1] for f in found if f.subject is both[-1]]
    found = for_the_carrier_s_unit(text, sentence, here, found)  # "Der Verein Y erhält … für sein Projekt X"
    # "… erhält vom Land Y keine Fördermittel", "… wird nicht von der Y getragen", "X ist kein Partner im Netzwerk Y"
    found = without_denied_facts(text, sentence, found)
    return [f for f in found if f.subject.key != f.object.key]


def _actors_of_the_sentence(
    text: str, sentence: tuple[int, int], mentions: list[Mention], network: Mention | None, before: Before
) -> list[Mention]:
    """The actors and places named in the sentence, in order, with the payers its nouns stand for."""
    s, e = sentence
    here = [
        _as_the_network(text, m, network)
        for m in mentions
        if s <= m.start < e and m.type in ACTORS | {"Place"} and not _programme_as_a_modifier(text, m)
    ]
    # "vom Land", "des Ministeriums": the Land or ministry named before, where the sentence's noun stands for it
    for stand_in in payer_stand_ins(text, sentence, here, before.last):
        at = next((i for i, m in enumerate(here) if m.start > stand_in.start), len(here))
        here.insert(at, stand_in)  # in its place, the others' order kept (a body's office comes last)
    return here


# The IQ programme's short name as the first part of a unit's noun: "Die Y betreibt das IQ Teilprojekt X", "setzt
# das IQ-Projekt X um" (the unit is the verb's object; not "das ESF-Projekt X", which names its payer).
_UNIT_NOUN_AFTER = re.compile(
    rf"(?:-|\s+)(?:{'|'.join(sorted(PROJECT_KIND_STAND_INS, key=len, reverse=True))})(?:e?s)?(?![\w-])"
)


def _programme_as_a_modifier(text: str, m: Mention) -> bool:
    return m.type == "Programme" and m.surface == "IQ" and _UNIT_NOUN_AFTER.match(text, m.end) is not None


def _funding(
    text: str,
    sentence: tuple[int, int],
    here: list[Mention],
    topic: Mention | None,
    before: Before,
    network: Mention | None,
    after_a_list: bool,
) -> list[RelationFinding]:
    """Every reader of who pays for what, each with the unit a clause without its own means (`after_a_list`: the
    sentence's plural project head speaks of the projects listed right before it)."""
    # "Gefördert durch: …" in a project's profile: the project (not the network named after it)
    topic = unit_a_funding_field_is_about(text, sentence, before) or topic
    here = with_the_topic_by_its_head(text, sentence, here, topic)  # "das Haus" for the "Haus der Chancen"
    pronoun_topic = _pronoun_topic(text, sentence, topic)
    if pronoun_topic is None and after_a_list:
        pronoun_topic = (
            topic  # "Die Teilprojekte werden …" after their list: the list's last item, each in turn
        )
    spoken_of = unit_spoken_of(
        text,
        _unless_a_new_unit(text, sentence, _project_meant(text, sentence, topic, before)),
        before.recent("topic"),
    )
    found = [
        *find_funding(text, sentence, here, pronoun_topic),
        # "Finanziert wird die Qualifizierung …" after the project's network was named: the project
        *find_fronted_funding(text, sentence, here, _project_meant(text, sentence, topic, before)),
        *find_funding_phrases(text, sentence, here, spoken_of),
        *granted_money(text, sentence, here, spoken_of, network),
        *borne_by_a_payer(text, sentence, here, pronoun_topic),
        *stand_in_fronted(text, sentence, here, before.recent("topic")),
        *funders_listed_below(text, sentence, here, spoken_of),
    ]
    return found + money_from_a_source(text, sentence, here, found)  # "… mit 50.000 Euro aus Mitteln des ESF"


# A noun of a project's kind as an object: "Die Stiftung Y hat das Angebot gefördert", "Der Kreis gibt dem Projekt …"
_PROJECT_NOUN = re.compile(
    rf"\b(?:das|die|dem|den|der|dieses|diese|diesem|dieser)\s+"
    rf"(?:{'|'.join(sorted({*PROJECT_KIND_STAND_INS, *lexicon.QUALIFYING_STAND_INS}, key=len, reverse=True))})"
    r"(?![\w-])(?!\s*[„\"»A-ZÄÖÜ])"
)


def _project_meant(
    text: str, sentence: tuple[int, int], topic: Mention | None, before: Before
) -> Mention | None:
    """The project a noun of its kind stands for, where the network it is part of was named after it ("Das Projekt
    ist Teil des IQ Netzwerks Y. … Die Stiftung Z hat das Angebot gefördert"), else the topic."""
    if topic is None or topic.type != "StateNetwork" or not _PROJECT_NOUN.search(text, *sentence):
        return topic
    # the project named last, in the network's paragraph or the one before it
    project = before.last("project")
    near = (
        project is not None
        and project.end <= topic.start
        and text.count("\n\n", project.end, topic.start) <= 1
    )
    return project if near and project in before.recent("topic") else topic


# A further unit brought in without a name since the topic: "Eine zweite Beratung bietet der Verein ab Oktober in Y
# an. Die Finanzierung übernimmt …" pays for that one, not for the unit named before.
_A_NEW_UNIT = re.compile(
    r"\b(?:[Ee]ine?[mnrs]?|[Ee]iner)\s+(?:zweite|weitere|neue|dritte|andere)[mnrs]?\s+(?:[A-ZÄÖÜ][a-zäöüß]*)?"
    r"(?:[Bb]eratung|[Ss]telle|[Aa]ngebot|[Pp]rojekt|[Vv]orhaben)\b"
)


def _unless_a_new_unit(text: str, sentence: tuple[int, int], topic: Mention | None) -> Mention | None:
    """The topic, unless the sentence before (after the topic) brings in a further unit without a name."""
    if topic is None:
        return None
    since = max(topic.end, sentence[0] - SENTENCE_BEFORE_REACH)
    return None if _A_NEW_UNIT.search(text, since, sentence[0]) else topic


# "Beide Projekte werden …", "Die beiden Beratungsstellen gehören …": the two units named last, each the subject.
def _with_carriers_meant(
    text: str, sentence: tuple[int, int], here: list[Mention], recent: list[Mention], project: Mention | None
) -> list[Mention]:
    """The sentence's actors with the bodies a bare head noun stands for ("Seit Mai ist das Bildungszentrum Träger
    der Anlaufstelle X") and the project a bare kind noun stands for ("Träger des Angebots ist …"), in their places:
    what the carrier readers see."""
    meant = [*carrier_stand_ins(text, sentence, here, recent), *unit_stand_ins(text, sentence, here, project)]
    return sorted([*here, *meant], key=lambda m: m.start) if meant else here


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
    # or any finite verb: "Die Hochschule setzt das Projekt an ihrem Standort Z um"
    r"(?:hat|hatte|befindet|befand|ist|war|unterhält|[a-zäöüß]+(?:t|te|ten))\b"
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
        or (kind in PROJECT_KIND_STAND_INS and m.type == "Subproject")
        # a body's head word of its name: "Die Hochschule" for "die Beispiel Hochschule für Technik"
        or (m.type in ("Organisation", "Agency") and kind in m.label.split())
    ]
    return fitting[-1] if fitting else None


# the subject a pronoun or a noun standing for the unit named before: "Es wird …", "Dieses Projekt wird …", "Die
# Beratungsstelle wird …" (a noun the text names no unit by)
_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:Es|Er|Sie|Dieses|Dieser|Diese"
    rf"|(?:Das|Die|Der|Dieses|Diese|Dieser)\s+(?:{'|'.join(lexicon.FUNDED_STAND_INS)})"
    # the writer's own unit by a possessive: "Unsere Arbeit wird vom Land gefördert", "Unser Projekt ist …"
    rf"|Unser(?:e)?\s+(?:Arbeit|{'|'.join(lexicon.FUNDED_STAND_INS)}))"
    r"\s+(?:wird|werden|wurde|wurden|ist|sind|war)\b"
    # the pronoun after a fronted participle and its auxiliary: "Getragen wird es vom Verein Y, …"
    r"|\s*[A-ZÄÖÜ][a-zäöüß]+(?:t|en)\s+(?:wird|werden|wurde|wurden)\s+(?:es|sie|er)\b"
    # after a fronted adverbial: "Seit 2015 wird es aus Mitteln des ESF kofinanziert"
    rf"|\s*{FRONTED_ADVERBIAL}\s+(?:wird|werden|wurde|wurden)\s+(?:es|sie|er)\b"
)


# A project's kind noun as the subject of a sentence, no name after it: "Das Angebot wird vom Land gefördert", "Die
# Beratung wird aus Mitteln des ESF finanziert" (not "Das Angebot „X“", which names one).
_PROJECT_KIND_SUBJECT = re.compile(
    rf"\s*(?:[\w.]+\s+(?:wird|werden|wurde|ist)\s+)?(?:Das|Die|Dieses|Diese|das|die|dieses|diese)\s+"
    rf"(?:{'|'.join(sorted(PROJECT_KIND_STAND_INS, key=len, reverse=True))})(?![\w-])(?!\s*[„\"»A-ZÄÖÜ])"
)


# "Das Netzwerk …", "Dieses Landesnetzwerk …" opening a sentence without a name after the noun
_NETWORK_KIND_SUBJECT = re.compile(
    r"\s*(?:Das|Dieses)\s+(?:Landes|Regional|IQ[\s-])?[Nn]etzwerk(?![\w-])(?!\s*[„\"»A-ZÄÖÜ])"
)


def _project_of_a_stand_in(text: str, sentence: tuple[int, int], before: Before) -> Mention | None:
    """The project a kind noun opening the sentence stands for: the last named, where it is one of the last few
    units named (after "Die Stelle X ist ein Teilprojekt des IQ Netzwerks Y." the network is named last, but
    "Das Angebot" means X)."""
    if _PROJECT_KIND_SUBJECT.match(text, sentence[0]) is None:
        return None
    return _recent_project(text, sentence[0], before)


def _recent_project(text: str, start: int, before: Before) -> Mention | None:
    """The project named last, where it is one of the last few units named, in this paragraph or the one before (a
    paragraph may open with "Das Projekt …")."""
    project = before.last("project")
    near = project is not None and text.count("\n\n", project.end, start) <= 1
    return project if near and project in before.recent("topic") else None


# Nothing but an article and head nouns before the subject opening a sentence: "Das Projekt „X“ …", "Das IQ Netzwerk X …"
_SUBJECT_OPENING = re.compile(r"\s*(?:(?:Das|Die|Der)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+){0,2}[„\"»]?")


def _subject_before(text: str, start: int, before: Before, agreeing: frozenset[str] | None) -> Mention | None:
    """A pronoun subject goes on with the subject of the sentence before, where that opened it and agrees: "Das
    Projekt X ist Teil des IQ Netzwerks Y. Es wird vom Land gefördert" funds X, not the network named last."""
    if agreeing is None:
        return None
    begins = start_of_the_sentence_before(text, start)
    if begins is None:
        return None
    opening = len(text) - len(text[begins:].lstrip())
    # "Das Projekt ist Teil des IQ Netzwerks Y. Es wird …": the sentence before opened with a noun standing for X
    stood_for = _project_of_a_stand_in(text, (opening, start), before)
    if stood_for is not None and stood_for.end <= opening:
        genders = unit_genders(text, stood_for)
        return stood_for if not genders or genders & agreeing else None
    named = [m for m in before.recent("topic") if opening <= m.start < start]
    first = min(named, key=lambda m: m.start, default=None)
    if first is None or _SUBJECT_OPENING.fullmatch(text, opening, first.start) is None:
        return None
    genders = unit_genders(text, first)
    return first if not genders or genders & agreeing else None


def _pronoun_topic(text: str, sentence: tuple[int, int], topic: Mention | None) -> Mention | None:
    """The topic, where the sentence opens with a pronoun subject ("Es wird von … gefördert")."""
    opening = _PRONOUN_SUBJECT.match(text, sentence[0]) or BOTH_SUBJECT.match(text, sentence[0])
    return topic if topic is not None and opening else None


_PARTNER_CUE = re.compile(r"\bPartner(?:innen)?\s+(?:in|bei)\s+der\s+Umsetzung\b|\bUmsetzungspartner\w*\b")


def _partners(
    text: str, sentence: tuple[int, int], ms: list[Mention], programme: Mention | None
) -> Iterator[RelationFinding]:
    if not ms or programme is None:
        return
    cue = _PARTNER_CUE.search(text, *sentence)
    if not cue:  # "Als Partner wirken A und B an der Umsetzung mit": the role and the verb of taking part
        yield from partners_taking_part(text, sentence, ms, programme)
        yield from partners_carrying_out_with(text, sentence, ms, programme)  # "setzt X gemeinsam mit A um"
        return
    # not the programme itself in the cue's genitive: "Die Umsetzungspartner des Programms X sind A und B"
    others = [m for m in ms if m.key != programme.key]
    for partner in listed_after(text, others, cue.end(), sentence[1], FUNDERS - {"StateNetwork"}):
        yield RelationFinding(programme, "implementationPartner", partner)


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
