"""A payer named while what it pays for is not named as a unit, or only in a compound or a programme: the common
noun for the unit spoken of ("Das Land X kofinanziert die Anerkennungsberatung"), a pronoun or stand-in ("Die Stadt
Y fördert es"), the payer's short name joined to the head noun ("das BMAS-Modellprojekt „X“"), and a programme as
the instrument of a ministry ("Mit dem Förderprogramm „X“ unterstützt das Bundesministerium Y …")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lexicon
from ...text.spans import Mention
from ..actors import ACTORS, COORDINATION_LINK, RelationFinding, actors
from ..topic_pronouns import unit_genders
from .marks import (
    ADVERBIAL,
    PASSIVE_FUNDED,
    PAYER_OPENS,
    PAYER_TYPES,
    PLURAL_VERB,
    PUBLIC_PAYERS,
    coordinated,
    is_fund,
    spoken_of,
)

# A payer as the subject opening the sentence, what it pays for a common noun the text does not name as a unit: "Das
# Land X kofinanziert die Anerkennungsberatung", "Der Bund und das Land finanzieren die Kurse gemeinsam", "Die Stiftung
# Y unterstützt die Beratung finanziell". It is the work of the unit spoken of before, which the payer funds. Plain
# "fördern" is left out: "Das Land fördert die Integration" promotes a cause, it need not pay.
_FUNDING_VERB_NEXT = re.compile(
    r"\s+(?P<verb>(?:ko|mit)?(?:finanziert|finanzierte|finanzieren|finanzierten)|(?:ko|mit)(?:fördert|förderte|fördern|förderten)"
    r"|bezuschusst|bezuschusste|bezuschussen|bezuschussten"  # a grant: "Die Stadt Y bezuschusst die Beratung"
    r"|(?:unterstützt|unterstützte|unterstützen|unterstützten)(?=[^.;]*\bfinanziell\b))\s+"
    r"(?:[\w.]+\s+){0,2}?(?:die|den|das)\s+[\w-]+"
)


def _coordinated_from_the_first(text: str, named: list[Mention]) -> list[Mention]:
    """The first name and those coordinated with it right after it: "das Land X und die Stadt Y"."""
    row = [named[0]]
    for m in named[1:]:
        if not COORDINATION_LINK.match(text[row[-1].end : m.start]):
            break
        row.append(m)
    return row


def unnamed_object_paid_for(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    named = [m for m in ms if sentence[0] <= m.start < sentence[1]]
    if (
        topic is None
        or not spoken_of(text, topic)
        or not named
        or not PAYER_OPENS.fullmatch(text, sentence[0], named[0].start)
    ):
        return
    payers = _coordinated_from_the_first(text, named)
    verb = _FUNDING_VERB_NEXT.match(text, payers[-1].end)
    plural = verb is not None and PLURAL_VERB.fullmatch(verb.group("verb")) is not None
    if verb is None or len(payers) != len(named) or (len(payers) > 1) != plural:
        return  # something else named (what is paid for, a place), or subject and verb do not agree
    if all(p.type in PAYER_TYPES or is_fund(p) for p in payers):
        yield from (RelationFinding(topic, "fundedBy", p) for p in payers)


# The same in the passive, the common nouns the subject opening the sentence, the payers its agent: "Beratung und
# Kurse werden vom Land X kofinanziert", "Die Anerkennungsberatung wird seit 2020 von der Stadt Y finanziert".
_UNNAMED_SUBJECT = re.compile(
    r"\s*(?:(?:Die|Das|Der)\s+)?[A-ZÄÖÜ][\w-]+(?:\s+(?:und|sowie)\s+(?:(?:die|das|der)\s+)?[A-ZÄÖÜ][\w-]+)?"
    r"\s+(?:wird|werden|wurde|wurden)\s+(?:[\w.]+\s+){0,2}?(?:vom|von\s+der|von\s+den|von|durch\s+das|durch\s+die|durch\s+den)\s+$"
)
_PAYING_PARTICIPLE_NEXT = re.compile(
    r"\s+(?:(?:ko|mit)?finanziert|(?:ko|mit)gefördert|bezuschusst)(?:\s+(?:worden|werden))?\s*[.;]"
)


def unnamed_subject_paid_for(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    named = [m for m in ms if sentence[0] <= m.start < sentence[1]]
    if topic is None or not spoken_of(text, topic) or not named:
        return
    if not _UNNAMED_SUBJECT.fullmatch(text, sentence[0], named[0].start):
        return
    payers = _coordinated_from_the_first(text, named)
    if len(payers) != len(named) or not _PAYING_PARTICIPLE_NEXT.match(text, payers[-1].end):
        return  # something else named (what is paid for, a place), or no participle of paying closing it
    if all(p.type in PAYER_TYPES or is_fund(p) for p in payers):
        yield from (RelationFinding(topic, "fundedBy", p) for p in payers)


# A payer's short name joined to the head noun of a programme or project: "das ESF-Bundesprogramm „X“", "das
# BMAS-Modellprojekt „Y“" (a ministry or fund names who pays; a body's name there names the carrier, read elsewhere).
_COMPOUND_HEAD = re.compile(
    r"-(?:[A-ZÄÖÜ]?[a-zäöüß]*(?:[Pp]rogramm|[Pp]rojekt|[Aa]ngebot))(?:e?s)?\s+[„\"»]?"
)


def compound_payer(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    named = actors(ms, *sentence)
    for payer, unit in zip(named, named[1:], strict=False):
        if not (payer.type in PUBLIC_PAYERS or is_fund(payer)) or unit.type not in PASSIVE_FUNDED:
            continue
        head = _COMPOUND_HEAD.match(text, payer.end)
        # the unit's name after the head, or its mention beginning at the head ("-Projekt „X“")
        if head and unit.start in (payer.end + 1, head.end()):
            yield RelationFinding(unit, "fundedBy", payer)
    yield from _compound_predicate(text, named)


# The compound participle as the predicate: "Das Projekt X ist ESF-gefördert", "Die Stelle X ist seit 2020
# BMAS-finanziert" (the payer's short name joined to the participle, the unit the subject).
_COPULA_BEFORE_THE_PAYER = re.compile(
    rf"[“”\"«]?\s+(?:ist|sind|war|waren|wird|werden|wurde|wurden)\s+(?:{ADVERBIAL}\s+){{0,2}}"
)
_PARTICIPLE_AFTER_THE_PAYER = re.compile(r"-(?:ko|mit)?(?:gefördert|finanziert)(?![\w-])")


def _compound_predicate(text: str, named: list[Mention]) -> Iterator[RelationFinding]:
    for at, (unit, payer) in enumerate(zip(named, named[1:], strict=False)):
        if unit.type not in PASSIVE_FUNDED or not (payer.type in PUBLIC_PAYERS or is_fund(payer)):
            continue
        copula = _COPULA_BEFORE_THE_PAYER.fullmatch(text, unit.end, payer.start)
        if copula and _PARTICIPLE_AFTER_THE_PAYER.match(text, payer.end):
            yield from (RelationFinding(u, "fundedBy", payer) for u in _units_up_to(text, named[: at + 1]))


def _units_up_to(text: str, named: list[Mention]) -> list[Mention]:
    """The last unit named and those coordinated before it: "Die Projekte A und B sind …"."""
    units = [named[-1]]
    for m in reversed(named[:-1]):
        if m.type not in PASSIVE_FUNDED or not COORDINATION_LINK.match(text[m.end : units[0].start]):
            break
        units.insert(0, m)
    return units


# A body's programme as the instrument it supports or funds with: "Mit dem Förderprogramm „X“ unterstützt das
# Bundesministerium Y …", "Das Ministerium Y unterstützt mit seinem Programm X …", "Seit 2030 unterstützt das
# Ministerium Y im Rahmen des Programms X …" (a ministry or agency supporting through a programme pays for it).
_PROGRAMME_HEAD_WORD = r"(?:\w+-)?(?:Bundes|Förder|Landes|Sonder)?[Pp]rogramm(?:e?s)?"
_THROUGH = r"(?:{m}it\s+(?:dem|seinem|ihrem)|{i}m\s+Rahmen\s+(?:des|seines|ihres)|{u}ber\s+(?:das|sein|ihr))"
_WITH_THE_PROGRAMME = re.compile(
    rf"(?<![\w-])(?:(?P<first>{_THROUGH.format(m='M', i='I', u='Ü')})|{_THROUGH.format(m='m', i='i', u='ü')})"
    rf"\s+{_PROGRAMME_HEAD_WORD}\s+"
)
_SUPPORTING = r"(?:unterstützt|unterstützte|unterstützen|unterstützten|fördert|förderte|fördern|förderten)"
_VERB_THEN_PAYER = re.compile(rf"[“”\"»«]?\s+{_SUPPORTING}\s+(?:die|der|das|den)\s+$")
_PAYER_THEN_VERB = re.compile(rf"\s+{_SUPPORTING}\s+(?:[\w.]+\s+){{0,2}}?$")
_ADVERBS_BEFORE = re.compile(r"\s+(?:[\w.]+\s+){0,2}?$")  # "das Ministerium Y seit 2030 mit dem Programm"
_NAME_RIGHT_AFTER = 2  # an opening quotation mark between the head noun and the programme's name


def programme_as_instrument(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    named = actors(ms, *sentence)
    for cue in _WITH_THE_PROGRAMME.finditer(text, *sentence):
        programme = next(
            (m for m in named if cue.end() - 1 <= m.start <= cue.end() + _NAME_RIGHT_AFTER), None
        )
        if programme is None or programme.type != "Programme" or is_fund(programme):
            continue
        payer = _instrument_s_payer(text, sentence, named, cue, programme)
        if payer is not None and payer.type in PUBLIC_PAYERS:
            yield RelationFinding(programme, "fundedBy", payer)


def _instrument_s_payer(
    text: str, sentence: tuple[int, int], named: list[Mention], cue: re.Match[str], programme: Mention
) -> Mention | None:
    """The subject supporting with the programme: after the verb that follows a fronted phrase, opening the
    sentence before its verb, or right after a verb that comes before the phrase."""
    if cue.group("first"):
        payer = next((m for m in named if m.start > programme.end), None)
        verb_between = payer is not None and _VERB_THEN_PAYER.fullmatch(text, programme.end, payer.start)
        return payer if verb_between else None
    before = [m for m in named if m.end <= cue.start()]
    if not before:
        return None
    opening = PAYER_OPENS.fullmatch(text, sentence[0], before[0].start) and _PAYER_THEN_VERB.fullmatch(
        text, before[0].end, cue.start()
    )
    if opening and len(before) == 1:
        return before[0]
    inverted = _VERB_THEN_PAYER.search(text, sentence[0], before[-1].start) and _ADVERBS_BEFORE.fullmatch(
        text, before[-1].end, cue.start()
    )
    return before[-1] if inverted and len(before) == 1 else None


# A payer funding the unit spoken of, named by a pronoun or a noun standing for it: "Das Land X fördert es mit 2 Mio.
# Euro", "Seit 2021 finanziert das Land X das Angebot", "Die Stadt Y unterstützt dieses Projekt finanziell".
_PAYING_VERB = (
    r"(?:ko|mit)?(?:fördert|förderte|fördern|förderten|finanziert|finanzierte|finanzieren|finanzierten)"
    r"|(?:unterstützt|unterstützte|unterstützen|unterstützten)(?=[^.;]{0,80}\bfinanziell\b)"
)
_STAND_IN_OBJECT = re.compile(
    rf"\s+(?:{_PAYING_VERB})\s+(?:(?:seit|bereits|schon|auch|zudem|weiterhin|nun)\s+(?:\d{{4}}\s+)?)?"
    rf"(?:es|(?:das|die|den|dieses|diese|diesen)\s+(?:{'|'.join(lexicon.FUNDED_STAND_INS)}))\b"
)
_VERB_BEFORE_PAYER = re.compile(rf"\s(?:{_PAYING_VERB})\s+(?:der|die|das|den)\s+$")


def stand_in_object(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    named = actors(ms, *sentence, _WITH_PLACES)
    if topic is None or not spoken_of(text, topic) or len(named) != 1:
        return  # one payer named and nothing else: a unit or a place named there may be what is funded
    payer = named[0]
    if not (payer.type in PAYER_TYPES or is_fund(payer)):
        return
    opening = PAYER_OPENS.fullmatch(text, sentence[0], payer.start) and _STAND_IN_OBJECT.match(
        text, payer.end
    )
    inverted = _VERB_BEFORE_PAYER.search(text, sentence[0], payer.start) and _OBJECT_AFTER_PAYER.match(
        text, payer.end
    )
    pronoun_first = _PRONOUN_BEFORE_PAYER.search(text, sentence[0], payer.start) and "n" in (
        unit_genders(text, topic) or {"n"}
    )  # "es" for a neuter unit: "das Projekt", not "die Beratungsstelle"
    if opening or inverted or pronoun_first:
        yield RelationFinding(topic, "fundedBy", payer)


# The pronoun object right after the verb, the payer its subject after it: "Seit 2020 finanziert es das Land X",
# "Nun kofinanziert es zudem die Stadt Y" (not "fördern": "Vor allem fördert es die Stadt Y" may be the project helping
# the town).
_PRONOUN_BEFORE_PAYER = re.compile(
    r"\s(?:ko|mit)?(?:finanziert|finanzierte|finanzieren|finanzierten)\s+es\s+(?:(?:seit\s+\d{4}|bereits|auch|zudem|weiterhin|nun)\s+)?"
    r"(?:der|die|das)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?$"
)


_WITH_PLACES = ACTORS | {
    "Place"
}  # "Das Land X finanziert die Beratung in Kassel": maybe another's work there
_OBJECT_AFTER_PAYER = re.compile(
    rf"\s+(?:es|(?:das|die|den|dieses|diese|diesen)\s+(?:{'|'.join(lexicon.FUNDED_STAND_INS)}))\b"
)


# The noun standing for the unit fronted as the object, its payers the subject after the verb: "Dieses Programm
# finanzieren das Ministerium Y sowie der Fonds Z", "Das Projekt fördert seit 2020 die Stadt Y".
_STAND_IN_FRONTED = re.compile(
    rf"\s*(?P<article>Das|Die|Den|Dieses|Diese|Diesen)\s+(?P<noun>{'|'.join(lexicon.FUNDED_STAND_INS)})\s+"
    rf"(?P<verb>{_PAYING_VERB})\s+"
    r"(?:(?:seit\s+\d{4}|bereits|auch|zudem|weiterhin|hauptsächlich|gemeinsam|vor\s+allem)\s+){0,2}"
    r"(?=(?:der|die|das)\s)"
)
_ARTICLE = 4  # characters from the verb's adverbs to the payer's name: its article ("der ")
# The kind of unit a noun stands for; any other noun (Projekt, Angebot, Stelle) a project or office.
_NOUN_KINDS = {"Programm": "Programme", "Förderprogramm": "Programme", "Netzwerk": "StateNetwork"}


def stand_in_fronted(
    text: str, sentence: tuple[int, int], ms: list[Mention], recent: list[Mention]
) -> Iterator[RelationFinding]:
    """`recent`: the units named last before the sentence, the latest last; the noun means the latest of its kind."""
    cue = _STAND_IN_FRONTED.match(text, sentence[0])
    named = actors(ms, cue.end(), sentence[1]) if cue is not None else []
    if cue is None or not named or named[0].start - cue.end() > _ARTICLE:
        return
    kinds = {_NOUN_KINDS.get(cue.group("noun"), "Subproject"), "CoordinationOffice"}
    unit = next((m for m in reversed(recent) if m.type in kinds and spoken_of(text, m)), None)
    payers = coordinated(text, ms, named[0], sentence[1])
    # the payers the subject only where the verb's number or the article says so: "Das Projekt fördert das Land"
    # may as well be the project promoting the Land
    plural = PLURAL_VERB.fullmatch(cue.group("verb")) is not None and len(payers) > 1
    accusative = cue.group("article") in ("Den", "Diesen")
    # (a project pays no public body: "Das Angebot finanziert das Land Y" has the Land paying)
    paying_body = cue.group("verb").startswith("finanzier") and all(
        p.type in PUBLIC_PAYERS or is_fund(p) for p in payers
    )
    if (
        (plural or accusative or paying_body)
        and unit is not None
        and all(p.type in PAYER_TYPES or is_fund(p) for p in payers)
    ):
        yield from (RelationFinding(unit, "fundedBy", p) for p in payers if p is not unit)
