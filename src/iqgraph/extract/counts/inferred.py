"""Whose a count is when the clause names no owner that holds it: a body the clause names (a head's genitive
attribute, the agent, the subject), the unit the sentence before is about or its tally, the section's unit, the main
network (counts.py tries this last, for figures large enough to infer an owner)."""

from __future__ import annotations

import re

from .. import lexicon
from ..names.mentions import Mention
from .audience import of_an_event
from .bodies import BODIES, body_agents, body_stand_in, body_subject, impersonal_body, names_someone
from .clauses import CountScope, head_genitive, is_passive
from .money import funds_the_topic
from .numbers import IN_THE_SENTENCE, TOKEN, NumberPhrase
from .sentence_shapes import topic_of

__all__ = ["PRONOUN_SUBJECT", "genitive_heads", "inferred_owner"]

# A clause whose subject is "sie" or "er": opening it, or after its first part and the finite verb ("Seitdem hat sie
# …", "Im Jahr 2023 beriet er …").
# "Es" is a neuter unit ("Das Projekt … Es hat 240 Ärztinnen beraten") before a verb in the singular that is no
# verb of the impersonal "es" ("Es gibt 40 Plätze"; "Es wurden 240 Menschen beraten" agrees with the plural).
_NEUTER_SUBJECT = (
    r"(?:hat|hatte|ist|war|wird|wurde|(?!(?:gibt|gab|geht|ging|handelt|kommt|fehlt|bleibt)\s)[a-zäöü]+te?)\s"
)
# "es" after a fronted part and a finite verb in the singular that is no verb of the impersonal "es" ("Seitdem hat
# es 320 Frauen begleitet"; not "Seitdem gibt es …", "Dabei geht es um …", "2030 hat es 300 Anfragen gegeben").
_FRONTED_NEUTER = (
    r"(?!(?:gibt|gab|geht|ging|handelt|kommt|kam|fehlt|fehlte|bleibt|blieb|ist|war|wird|wurde|heißt|hieß)\s)"
    r"[a-zäöü]*[a-mo-zäöüß]\s+es\s(?![^.;\n]*\bgegeben\b)"
)
PRONOUN_SUBJECT = re.compile(
    rf"\s*(?:(?:Sie|Er)\s|Es\s+{_NEUTER_SUBJECT}|(?:[\w.-]+\s+){{1,3}}?[a-zäöü]+\s+(?:sie|er)\s"
    rf"|(?P<neuter>(?:[\w.-]+\s+){{1,3}}?{_FRONTED_NEUTER}))"
)


def genitive_heads(
    text: str, clause: tuple[int, int], mentions: list[Mention], number: NumberPhrase
) -> list[Mention]:
    """ "Die Beratungsstellen des Netzwerks X berieten 900 Fachkräfte": the mentions before the number that are the
    genitive attribute of the noun phrase opening the clause, no event's ("Der Jahresempfang des Netzwerks X")."""
    return [
        m
        for m in mentions
        if m.start < number.start and head_genitive(text, clause, m) and not of_an_event(text, m)
    ]


def inferred_owner(
    scope: CountScope, number: NumberPhrase, clause: tuple[int, int], blockers: list[Mention], passive: bool
) -> tuple[Mention | None, str]:
    """Whose a figure large enough to infer it is, when no owner the clause names holds it: a body the clause
    names (a head's genitive attribute, the agent, the subject), the topic of a passive clause, the main
    network."""
    text = scope.text
    owning = [] if number.money else [m for m in scope.within(clause) if m.type in BODIES]
    heads = genitive_heads(text, clause, owning, number)
    if len({m.key for m in heads}) == 1 and not blockers:  # "Die Beratungsstellen der Caritas X berieten …"
        return heads[0], "head-genitive"
    acting = [] if number.money or not passive else body_agents(scope, clause)
    if len({m.key for m in acting}) == 1:  # "Über 400 Betriebe wurden von der Handwerkskammer X beraten"
        return acting[0], "body-agent"
    body = (
        None if number.money else body_subject(scope, clause, number) or body_stand_in(scope, clause, number)
    )
    if body is not None:
        return body, "body-subject"
    impersonal = None if number.money else impersonal_body(scope, clause, number)
    if impersonal is not None:
        return impersonal, "impersonal"
    if funds_the_topic(scope, clause, number) and scope.previous is not None:
        # "Bis 2028 stehen rund 650.000 Euro zur Verfügung": the money of the unit the sentence before is about
        # (after a sentence naming no one: the unit of its tally, else the release's own)
        topic = (
            topic_of(scope, scope.previous)
            or _tally_before(scope)
            or (None if scope.within(scope.previous) else scope.own_unit)
        )
        return (topic, "funded-topic") if topic is not None else (None, "")
    if (
        (is_passive(text, clause, number) and _framed(text, clause) or _without_agent(text, clause, number))
        and scope.previous is not None
        and not names_someone(scope, clause)
    ):
        topic = topic_of(scope, scope.previous)
        if topic is not None:
            return topic, "passive-topic"
        # "… bereiten sich hier vor. Es stehen 45 Plätze zur Verfügung" under the heading "Projekt „X“"
        if scope.section is not None and not scope.within(scope.previous):
            return scope.section, "section"
        # "2030 wurden 4.000 Menschen beraten. 30 Veranstaltungen wurden durchgeführt": a tally going on from the
        # tally of the sentence before, which names no one, is for the same unit
        tally = _tally_before(scope)
        if tally is not None:
            return tally, "tally-before"
    if (
        _TO_THE_TOPIC.search(text, *clause)
        and scope.previous is not None
        and not names_someone(scope, clause)
    ):
        # "Das Netzwerk X besteht seit 2005. Heute gehören 30 Partner dazu": "dazu" is the unit before
        topic = topic_of(scope, scope.previous)
        if topic is not None:
            return topic, "belongs-to-topic"
    if _SHORTAGE.search(text, *clause):
        return None, ""  # "Laut dem Netzwerk X fehlen 400.000 Fachkräfte": a shortage is nobody's tally
    if number.head.lower().startswith(lexicon.SUBPROJECT_COUNT_STEMS) and not number.money and _alone(scope):
        return scope.network, "main-network"
    if _served(number) and _framed(text, clause) and _alone(scope) and not scope.about_a_subproject:
        return scope.network, "main-network"  # "Seither wurden 9.000 Menschen beraten": the network's tally
    if _projects_tally(scope, number, clause):  # "Seit dem Start haben 214 Fachkräfte an Kursen teilgenommen"
        return scope.own_unit, "own-tally"
    return None, ""


# Belonging to or having a share in what the sentence before names, said without naming it: "Heute gehören 30
# Partner dazu", "Mittlerweile sind 30 Betriebe beteiligt", "Derzeit arbeiten dort 60 Fachkräfte".
_TO_THE_TOPIC = re.compile(
    r"\b(?:gehören|gehörten|zählen|zählten)\b[^.;\n]*?\bdazu\b|\b(?:sind|waren)\b[^.;\n]*?\bbeteiligt\s*[.;]"
    r"|\b(?:beteiligen|beteiligt)\s+sich\s*[.;]|\b(?:arbeiten|arbeiteten)\s+(?:dort|darin)\b"
)


def _tally_before(scope: CountScope) -> Mention | None:
    """The subject of the last figure of the sentence before, where that sentence names no one (its figure's
    subject was read from further back)."""
    if scope.previous is None or any(m.type != "Place" for m in scope.within(scope.previous)):
        return None
    return scope.previous_subject


# Verbs of a shortage or a demand: "In Deutschland fehlen 400.000 Fachkräfte", "Gesucht werden 300 Pflegekräfte".
_SHORTAGE = re.compile(r"\b(?:fehlen|fehlten|fehlt|fehlte|[Gg]esucht|benötigt|gebraucht|unbesetzt)\b")


def _projects_tally(scope: CountScope, number: NumberPhrase, clause: tuple[int, int]) -> bool:
    """A tally over a period of people served or taking part, in a sentence naming no one but the main network and
    with no "sie"/"er" as its subject, in a release about one subproject: that subproject's."""
    own = scope.own_unit
    if own is None or own.type != "Subproject" or not _framed(scope.text, clause) or not _alone(scope):
        return False
    if PRONOUN_SUBJECT.match(scope.text, clause[0]):
        return False  # "Sie hat seitdem 2.000 Menschen beraten": she, or a body, may be meant
    return _served(number) or _TOOK_PART.search(scope.text, clause[0], clause[1]) is not None


# taking part, or having completed the course ("Bislang haben 30 Absolventinnen den Kurs abgeschlossen")
_TOOK_PART = re.compile(
    rf"\bteilgenommen\b|\b(?:nahmen|nehmen)\b{IN_THE_SENTENCE}\bteil\b|\b(?:abgeschlossen|absolviert)\b"
)


# A clause of what there is, opened by the impersonal "es" ("Es stehen 120 Plätze zur Verfügung", "Es gibt 40
# Kursplätze"): like a passive with no agent, about the unit the sentence before speaks of.
_EXISTENTIAL = re.compile(
    rf"\s*Es\s+(?:gibt|gab|stehen\s+(?={IN_THE_SENTENCE}\bzur\s+Verfügung\b)|standen\s+(?={IN_THE_SENTENCE}\bzur\s+Verfügung\b)"
    rf"|fanden\s+(?={IN_THE_SENTENCE}\bstatt\b))"  # "Es fanden 35 Runde Tische statt"
)


# What there is, said with a fronted part instead of "es", or with the counted noun first: "Pro Jahr stehen 60 Plätze
# zur Verfügung", "Jährlich sind 45 Plätze vorgesehen", "40 Plätze stehen bereit", "Geplant sind 30 Kurse". The
# state passive ("sind … vorgesehen") names no agent; "sind 30 Kurse durchgeführt worden" is read as a passive.
_AVAILABLE = re.compile(
    rf"\b(?:stehen|standen|stünden)\b{IN_THE_SENTENCE}\b(?:zur\s+Verfügung|bereit)\b"
    rf"|\b(?:sind|waren)\b{IN_THE_SENTENCE}\b(?:vorgesehen|geplant|eingeplant|verfügbar|vorhanden)\b(?!\s+worden)"
    r"|^\s*(?:Geplant|Vorgesehen)\s+(?:sind|waren)\b"
)
# A goal or plan with no one named acting: "Ziel ist es, bis 2030 mindestens 120 Betriebe zu begleiten", "Bis Ende
# 2030 sollen 300 Fachkräfte vermittelt werden", "Angestrebt werden 50 Vermittlungen".
_PLANNED = re.compile(
    rf"^\s*(?:(?:Das|Unser|Erklärtes)\s+)?(?:Projekt)?[Zz]iel\s+(?:ist|war|sei)\s+es\b{IN_THE_SENTENCE}\bzu\s+[a-zäöü]+"
    rf"|^\s*(?:Angestrebt|Erwartet|Geplant)\s+(?:werden|wurden)\b"
    rf"|\b(?:sollen|sollten)\b{IN_THE_SENTENCE}\b[a-zäöü]+\s+werden\s*[.;]?\s*$"
)


def _without_agent(text: str, clause: tuple[int, int], number: NumberPhrase) -> bool:
    """A clause of what there is ("Es gibt 40 Kursplätze", "Jährlich stehen 45 Plätze zur Verfügung"), of a plan
    ("Ziel ist es, 120 Betriebe zu begleiten") or of a number's level ("Die Zahl der Erstberatungen stieg auf 3.720":
    its counted noun before the number): no one acts in it."""
    words = text[clause[0] : clause[1]]
    # "Künftig sollen dort 300 Menschen beraten werden" after a new office in a town: the place's, maybe
    stated = _AVAILABLE.search(words) is not None or _PLANNED.search(words) is not None
    return (
        _EXISTENTIAL.match(text, clause[0]) is not None
        or number.np_start < number.start
        or (stated and _THERE.search(words) is None)
    )


_THERE = re.compile(r"\b(?:dort|hier|da|vor\s+Ort)\b")


def _served(number: NumberPhrase) -> bool:
    return (
        not number.money
        and number.value >= lexicon.MIN_INFERRED
        and number.head.lower().startswith(lexicon.SERVED_COUNT_STEMS)
    )


def _alone(scope: CountScope) -> bool:
    """The sentence names no body but the main network: its subprojects are that network's."""
    network = scope.network.key if scope.network is not None else None
    return all(m.type == "Place" or m.key == network for m in scope.within(scope.sentence))


def _framed(text: str, clause: tuple[int, int]) -> bool:
    return any(
        w.lower().rstrip(".") in lexicon.PASSIVE_FRAME_WORDS
        for w in TOKEN.findall(text, clause[0], clause[1])
    )
