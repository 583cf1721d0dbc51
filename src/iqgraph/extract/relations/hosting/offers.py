"""A project named before and its carrier in the genitive of the kind noun standing for it ("Neu ist auch das
Projekt X. Das Projekt der Volkshochschule Y bereitet … vor", "Dieses Angebot des Vereins Y richtet sich an …") and
the body receiving money for a project ("Die Y gGmbH erhält 180.000 Euro für das Projekt X") or said to be the carrier
with no unit named ("Der Verein Y ist Träger.") or of a pronoun standing for it ("Die Y setzt es um"): X hostedBy Y."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...lexicon.projects import PROJECT_KIND_STAND_INS
from ...names.projects.names import OPENING_QUOTES
from ...text.spans import Mention
from ..actors import CARRIERS, COORDINATED, RelationFinding, actors, listed_after
from ..topic_pronouns import unit_genders
from .words import INSTRUMENT_CARRIERS, SUBJECT_OPENING

# The kind noun opening the sentence with a genitive after it (not "vom": "Das Projekt vom Land gefördert …" names
# a payer); an adjective may stand before the noun ("Das neue Angebot der Y").
# (not the bare activity "Die Beratung der Agentur …": any body's, not the project's)
_KIND_NOUNS = sorted(PROJECT_KIND_STAND_INS - {"Beratung"}, key=len, reverse=True)
_KIND_NOUN_OF_A_BODY = re.compile(
    r"\s*(?:Das|Dieses|Die|Diese|Der|Dieser)\s+(?:[a-zäöüß]\w*e[ns]?\s+)?"
    rf"(?:{'|'.join(_KIND_NOUNS)})\s+(?:des|der)\s+"
)
_HEAD_NOUN = re.compile(r"(?:[A-ZÄÖÜ]\w*\s+)?")  # a head noun the carrier's name may leave out: "des Vereins"
# a Land or the federation pays for a project it is said to own ("Das Projekt des Landes …"), carries none
_PAYING_NAMES = ("Land ", "Freistaat ", "Bund", "Landes", "Senat")


_QUOTED_NAME_NEXT = re.compile(rf"\s*[{OPENING_QUOTES}]")


def carrier_of_the_project_named_before(
    text: str, sentence: tuple[int, int], ms: list[Mention], project: Mention | None
) -> Iterator[RelationFinding]:
    """`project`: the subproject named last before the sentence; it must stand in the same paragraph."""
    cue = _KIND_NOUN_OF_A_BODY.match(text, sentence[0], sentence[1])
    if cue is None or project is None or "\n" in text[project.end : sentence[0]]:
        return
    named = actors(ms, cue.end(), sentence[1])
    carrier = named[0] if named else None
    if carrier is None or not _HEAD_NOUN.fullmatch(text, cue.end(), carrier.start):
        return
    if carrier.type not in INSTRUMENT_CARRIERS or carrier.label.startswith(_PAYING_NAMES):
        return
    # "Das Projekt der Y „X“ …": the sentence names its own unit right after the carrier (a quoted name, read as a
    # project or not)
    if _QUOTED_NAME_NEXT.match(text, carrier.end, sentence[1]) or (
        len(named) > 1
        and named[1].type in COORDINATED
        and not text[carrier.end : named[1].start].strip(' „"»')
    ):
        return
    yield RelationFinding(project, "hostedBy", carrier)


# A body receiving money for a project carries it: "Die Y gGmbH erhält 180.000 Euro für das Projekt „X“", "Der Verein
# Y bekam Fördermittel für die Beratungsstelle X", "Für das Projekt „X“ erhält die Y 50.000 Euro".
_RECEIVES = re.compile(r"\b(?:erhält|erhielt|erhalten|erhielten|bekommt|bekam|bekommen|bekamen)\b")
_MONEY_FOR = re.compile(
    r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,80}?(?:\b(?:Euro|EUR)\b|€|\w*[Mm]ittel[n]?\b|\w*[Zz]uschuss\b)"
    r"(?:\s+[^.;:,]{0,40}?)?\s+für\s+"
)
_FOR_FRONTED = re.compile(r"\s*Für\s+")
_RIGHT_AFTER_FOR = re.compile(r"(?:(?:das|die|den)\s+)?(?:[\w-]+\s+)?[„\"»]?")
_SUBJECT_AFTER_THE_VERB = re.compile(r"\s+(?:die|der|das)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?")


def money_received_for(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for verb in _RECEIVES.finditer(text, *sentence):
        # "für" fronted, or after the money: "erhält 50.000 Euro für …"
        for_ = _FOR_FRONTED.match(text, sentence[0]) or _MONEY_FOR.match(text, verb.end(), sentence[1])
        if for_ is None:
            continue
        unit = next(iter(actors(ms, for_.end(), sentence[1], COORDINATED)), None)
        if unit is None or unit.type != "Subproject":
            continue
        if not _RIGHT_AFTER_FOR.fullmatch(text, for_.end(), unit.start):
            continue
        carrier = _receiver(text, sentence, ms, verb, unit)
        if carrier is not None:
            yield RelationFinding(unit, "hostedBy", carrier)


def _receiver(
    text: str, sentence: tuple[int, int], ms: list[Mention], verb: re.Match[str], unit: Mention
) -> Mention | None:
    """The subject: the body opening the sentence before the verb, else the one right after it."""
    before = [m for m in actors(ms, sentence[0], verb.start()) if m is not unit]
    after = actors(ms, verb.end(), sentence[1])
    if before and SUBJECT_OPENING.fullmatch(text, sentence[0], before[0].start):
        subject: Mention | None = before[0]
    elif after and _SUBJECT_AFTER_THE_VERB.fullmatch(text, verb.end(), after[0].start):
        subject = after[0]
    else:
        return None
    if subject is None or subject.type not in INSTRUMENT_CARRIERS or subject.label.startswith(_PAYING_NAMES):
        return None
    return subject


# The body opening the sentence said to be the carrier, no unit named after the noun: "Der Verein Y ist Träger.",
# "Die Y gGmbH ist seit 2020 Trägerin" (the project named before in the paragraph).
# The operator of a service unit is its carrier too ("Der Verein Y ist Betreiber."); a clause of its own may follow the
# comma ("Die Y ist Trägerin, Partner sind die Stadt und das Jobcenter").
_CARRIER_AT_THE_END = re.compile(
    r"\s+(?:ist|war|wird|wurde|bleibt)\s+(?:(?:seit|ab)\s+[\w.]+\s+|auch\s+|weiterhin\s+)?"
    r"(?:(?:der|die)\s+)?(?:neue[r]?\s+)?(?:(?:Projekt)?[Tt]räger|Betreiber)(?:in)?(?=\s*(?:[.;!]|,\s|$))"
)


def bare_carrier_of_the_project_named_before(
    text: str, sentence: tuple[int, int], ms: list[Mention], project: Mention | None
) -> Iterator[RelationFinding]:
    named = actors(ms, *sentence)
    if project is None or not named or "\n" in text[project.end : sentence[0]]:
        return
    body = named[0]
    if body.type not in INSTRUMENT_CARRIERS or not SUBJECT_OPENING.fullmatch(text, sentence[0], body.start):
        return
    if _CARRIER_AT_THE_END.match(text, body.end, sentence[1]):
        yield RelationFinding(project, "hostedBy", body)


# "Dahinter steht der Verein Y", "Dahinter stehen die Stadt A und der Verein B": the bodies behind the project named
# before in the paragraph (a ministry behind a project funds it).
_BEHIND_IT = re.compile(
    r"\s*Dahinter\s+(?:steht|stehen|stand|standen|steckt|stecken)\s+(?:[\w.]+\s+){0,2}?(?:die|der|das)\s+"
)


def bodies_behind_the_project_named_before(
    text: str, sentence: tuple[int, int], ms: list[Mention], project: Mention | None
) -> Iterator[RelationFinding]:
    cue = _BEHIND_IT.match(text, sentence[0], sentence[1])
    if cue is None or project is None or "\n" in text[project.end : sentence[0]]:
        return
    named = actors(ms, cue.end(), sentence[1])
    if not named or not _HEAD_NOUN.fullmatch(text, cue.end(), named[0].start):
        return
    bodies = listed_after(text, ms, named[0].start, sentence[1], INSTRUMENT_CARRIERS)
    yield from (RelationFinding(project, "hostedBy", body) for body in bodies)


# A pronoun object standing for the project named before, its carrier the subject: "Die Y gGmbH setzt es um", "Der
# Verein Y führt es seit 2020 durch", "Seit 2024 trägt es der Verein Y" (the pronoun agreeing with the project).
_VERB_WITH_ITS_PARTICLE = (
    r"(?:setzt|setzte|setzen|setzten)(?P<um>)|(?:führt|führte|führen|führten)(?P<durch>)|(?:bietet|bot|bieten)(?P<an>)"
    r"|(?:trägt|trug|betreibt|betrieb|koordiniert|koordinierte|verantwortet|verantwortete)"
)
_PRONOUN_OBJECT = re.compile(
    rf"\s+(?:{_VERB_WITH_ITS_PARTICLE})\s+(?P<pronoun>es|sie|ihn)\b(?P<rest>[^.;,]{{0,60}}?)"
    r"(?:\s+(?P<particle>um|durch|an))?\s*(?=[.;,]|$)"
)
_PRONOUN_OBJECT_FIRST = re.compile(
    rf"(?:^|\s)(?:{_VERB_WITH_ITS_PARTICLE})\s+(?P<pronoun>es|sie|ihn)\s+(?:[\w.]+\s+){{0,2}}?(?:der|die|das)\s+$"
)
_PRONOUN_GENDER = {"es": "n", "sie": "f", "ihn": "m"}


def carrier_of_a_pronoun_object(
    text: str, sentence: tuple[int, int], ms: list[Mention], project: Mention | None
) -> Iterator[RelationFinding]:
    named = actors(ms, *sentence)
    if project is None or not named or "\n" in text[project.end : sentence[0]]:
        return
    body = named[0]
    if body.type not in INSTRUMENT_CARRIERS or body.label.startswith(_PAYING_NAMES):
        return
    cue = None
    if SUBJECT_OPENING.fullmatch(text, sentence[0], body.start):
        cue = _PRONOUN_OBJECT.match(text, body.end, sentence[1])
        particle = cue.group("particle") if cue else None
        if cue and _needed_particle(cue) != particle:
            cue = None  # "setzt es um", not "setzt es ein"; "trägt es" needs none
    else:
        cue = _PRONOUN_OBJECT_FIRST.search(text, sentence[0], body.start) or _pronoun_after_the_subject(
            text, sentence, body
        )
    genders = unit_genders(text, project)
    if cue and (not genders or _PRONOUN_GENDER[cue.group("pronoun")] in genders):
        yield RelationFinding(project, "hostedBy", body)


# The verb second, its subject after it and the pronoun object after the subject: "Seit Juni setzt der Verein Y es um",
# "Nun führt die Y gGmbH es durch".
_VERB_BEFORE_THE_SUBJECT = re.compile(
    rf"(?:^|\s)(?:{_VERB_WITH_ITS_PARTICLE})\s+(?:der|die|das)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?$"
)
_PRONOUN_AFTER_THE_SUBJECT = re.compile(
    r"\s+(?P<pronoun>es|sie|ihn)\b[^.;,]{0,60}?(?:\s+(?P<particle>um|durch|an))?\s*(?=[.;,]|$)"
)


def _pronoun_after_the_subject(text: str, sentence: tuple[int, int], body: Mention) -> re.Match[str] | None:
    verb = _VERB_BEFORE_THE_SUBJECT.search(text, sentence[0], body.start)
    cue = _PRONOUN_AFTER_THE_SUBJECT.match(text, body.end, sentence[1]) if verb else None
    if verb is None or cue is None or _needed_particle(verb) != cue.group("particle"):
        return None
    return cue


def _needed_particle(cue: re.Match[str]) -> str | None:
    return next((p for p in ("um", "durch", "an") if cue.group(p) is not None), None)


# The page's own body as the carrier in the first person: "Das Projekt X läuft in unserer Trägerschaft", "Unter
# unserer Trägerschaft arbeitet die Anlaufstelle X" ("unserer" a stand-in for the body the page named as its own).
_OUR_CARRIERSHIP = re.compile(r"\b(?:[Ii]n|[Uu]nter)\s+(?P<own>[Uu]nserer)\s+Trägerschaft\b")


def in_our_carriership(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _OUR_CARRIERSHIP.finditer(text, *sentence):
        own = next((m for m in ms if m.start == cue.start("own") and m.type in CARRIERS), None)
        units = actors(ms, sentence[0], sentence[1], COORDINATED)
        if own is not None and units:
            yield from (
                RelationFinding(u, "hostedBy", own)
                for u in listed_after(text, ms, units[0].start, sentence[1], COORDINATED)
            )
