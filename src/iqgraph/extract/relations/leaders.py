"""Heads of networks, subprojects and offices named by a verb of leading rather than a role noun
(-> iq:ledBy): "Petra Beispiel leitet seit 2015 das Projekt X", "Das Projekt X leitet Petra Beispiel", "das Projekt
X wird von Petra Beispiel geleitet", "X, geleitet von …", "X steht unter der Leitung von …", "Geleitet wird X von …"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon
from ..names.projects.name_parts import OFFER_HEAD, PROJECT_HEAD
from ..names.projects.names import CLOSING_QUOTES, OPENING_QUOTES
from ..text.spans import Mention
from .actors import RelationFinding

# The words between the two names, and (after an auxiliary) the participle that must follow the second.
# "seit 2015", "seit drei Jahren", "ab dem Frühjahr", "bis 2021": a time named by one or two words after "seit", "ab"
# or "bis", or a year alone ("übernahm 2019 Anna Probe")
# or how long: "zehn Jahre (lang)", "viele Jahre", "lange"
_LED_ADVERBS = (
    r"(?:\s+(?:(?:seit|ab|bis)(?:\s+[\w.]+){1,2}?|[12]\d{3}|bereits|schon|nun|jetzt|künftig|auch|weiterhin|gemeinsam"
    r"|(?:[a-zäöü]+|\d{1,2})\s+Jahre(?:\s+lang)?|lange))*"
)
_LEAD_VERBS = "|".join((*lexicon.LEAD_VERBS, *lexicon.LEAD_VERBS_PLURAL))
_LEAD_PARTICIPLES = "|".join(lexicon.LEAD_PARTICIPLES)
_LEAD_NOUNS = "|".join(lexicon.LEAD_NOUNS)
# A unit's head before its name, where the mention is the name alone: "leitet das Projekt Brücke Ost"
_UNIT_HEAD = rf"(?:(?:{PROJECT_HEAD}|{OFFER_HEAD})\s+)?"
# A relative clause, its verb last: "Petra Beispiel, die das Projekt X seit 2019 leitet" (the head is the
# antecedent) and "das Projekt X, das Petra Beispiel seit 2019 leitet" (the body is).
# "…, der das Projekt X beim Verein Y leitet": where the body is, a prepositional phrase before the verb.
PLACE_PHRASE_MAX = 60
_PLACE_PHRASE = (
    r"(?:\s+(?:beim|bei\s+der|bei\s+dem|im|in\s+der|an\s+der|am)\s+"
    rf"(?:(?!\s(?:und|sowie|oder)\s)[^,;\n]){{2,{PLACE_PHRASE_MAX}}}?)?"  # one phrase, no second verb joined
)
# where the unit is may stand before it: "Petra Beispiel leitet beim Verein Y das Projekt X"
_LEADS_ACTIVE = re.compile(
    rf"\s+(?:{_LEAD_VERBS}){_LED_ADVERBS}{_PLACE_PHRASE}{_LED_ADVERBS}\s+(?:den|die|das)(?:\s+[a-zäöü]\w*(?:e|en))?\s+{_UNIT_HEAD}"
)
# The perfect: "Petra Beispiel hat (seit 2019) das Projekt X (zehn Jahre) geleitet", the participle after the unit.
_LEADS_PERFECT = re.compile(
    rf"\s+(?:hat|hatte|haben|hatten){_LED_ADVERBS}{_PLACE_PHRASE}{_LED_ADVERBS}\s+(?:den|die|das)"
    rf"(?:\s+[a-zäöü]\w*(?:e|en))?\s+{_UNIT_HEAD}"
)
_PARTICIPLE_LAST = re.compile(rf"[“”\"»«]?{_LED_ADVERBS}\s+(?:{_LEAD_PARTICIPLES})(?![\w-])")
# Verb second with something else first: "Seit April leitet Petra Beispiel das Projekt X".
_VERB_BEFORE_SUBJECT = re.compile(rf"\b(?:{_LEAD_VERBS}){_LED_ADVERBS}\s+(?:(?:Dr|Prof)\.\s*)*$")
_LEADS_INVERTED = re.compile(
    rf"{_LED_ADVERBS}{_PLACE_PHRASE}{_LED_ADVERBS}\s+(?:den|die|das)(?:\s+[a-zäöü]\w*(?:e|en))?\s+{_UNIT_HEAD}"
)
_LED_PASSIVE = re.compile(
    # the participle before the agent: "Das Projekt X wird (seit 2019) geleitet von …" (first: the adverbs of the
    # next branch would take "seit 2019 geleitet" for a time)
    rf"\s*,?\s*(?:(?P<fronted>(?:wird|wurde|werden|wurden){_LED_ADVERBS}\s+(?:{_LEAD_PARTICIPLES})\s+von(?:\s+der|\s+dem)?)"
    rf"|(?:wird|wurde|werden|wurden){_LED_ADVERBS}\s+von(?:\s+der|\s+dem)?"
    rf"|(?:{_LEAD_PARTICIPLES})\s+von(?:\s+der|\s+dem)?"
    rf"|(?:(?:steht|stand|stehen|standen){_LED_ADVERBS}\s+)?unter\s+der\s+(?:{_LEAD_NOUNS})\s+von(?:\s+der|\s+dem)?)"
    r"\s+(?:(?:Frau|Herrn?)\s+)?(?:(?:Dr|Prof)\.\s*)*"  # "von Frau Dr. …"
)
# The leading noun first with the unit in its attribute, the head the subject (or after "bei") past the verb: "Die
# Leitung des Projekts X hat Petra Beispiel", "Die Projektleitung von X liegt seit 2020 bei Karl Muster", "Die
# Koordination der Beratungsstelle X übernimmt ab Mai Anna Probe".
_LEAD_NOUNS_INSIDE = "|".join(noun.lower() for noun in lexicon.LEAD_NOUNS)
_LEADERSHIP_OF = re.compile(
    rf"(?<![\w-])(?:(?:Projekt|Gesamt|Netzwerk|Landes)?(?:{_LEAD_NOUNS}|{_LEAD_NOUNS_INSIDE})\s+(?:des|der|von|vom)"
    r"|(?:Projekt|Gesamt)?[Vv]erantwortung\s+für(?:\s+(?:das|den|die))?)\s+"  # "Die Projektverantwortung für X"
    rf"(?:[A-ZÄÖÜ]\w*\s+)?[{OPENING_QUOTES}]?$"
)
_HOLDER_NEXT = re.compile(
    rf"[{CLOSING_QUOTES}]?\s+(?:(?:hat|hatte|übernimmt|übernahm){_LED_ADVERBS}|(?:liegt|lag){_LED_ADVERBS}\s+bei)"
    r"\s+(?:(?:Dr|Prof)\.\s*)*"
)

_NOUN_BEFORE_UNIT = 40  # characters back from the unit to the leading noun: "Leitung des Teilprojekts „"
# "Geleitet wird das Projekt X (seit 2019 / künftig) von …": the agent after the unit and any adverbs of time
_VON_AFTER_ADVERBS = re.compile(rf"{_LED_ADVERBS}\s+von\s+(?:(?:Frau|Herrn?)\s+)?(?:(?:Dr|Prof)\.\s*)*")
_PARTICIPLE_AFTER = re.compile(rf"\s+(?:{_LEAD_PARTICIPLES})(?![\w-])")
_PARTICIPLE_FIRST = re.compile(
    rf"(?:{_LEAD_PARTICIPLES})\s+(?:wird|wurde)\s+(?:der|die|das)?\s*$", re.IGNORECASE
)
# ... or its perfect: "…, der das Projekt X viele Jahre geleitet hat"
_VERB_LAST = (
    rf"{_LED_ADVERBS}{_PLACE_PHRASE}{_LED_ADVERBS}\s+(?:(?:{_LEAD_VERBS})"
    rf"|(?:{_LEAD_PARTICIPLES})\s+(?:hat|hatte|haben|hatten))(?![\w-])"
)
# The unit first, the head the subject after the verb: "Das Projekt X leitet seit 2019 Petra Beispiel" (a network,
# project or office leads no person, so the name after the verb is its head), where the unit is may stand between
# ("Das Projekt X beim Verein Y leitet künftig Karl Muster").
_LED_OBJECT_FIRST = re.compile(
    rf"[{CLOSING_QUOTES}]?{_PLACE_PHRASE}\s+(?:{_LEAD_VERBS}){_LED_ADVERBS}\s+(?:(?:Frau|Herr)\s+)?(?:(?:Dr|Prof)\.\s*)*"
)
# "…, die (seit 2019) das Projekt …": a time may stand before the object
_HEAD_RELATIVE = re.compile(
    rf"\s*,\s*(?:der|die){_LED_ADVERBS}\s+(?:den|die|das)(?:\s+[a-zäöü]\w*(?:e|en))?\s+{_UNIT_HEAD}"
)
_BODY_RELATIVE = re.compile(r"\s*,\s*(?:den|die|das)\s+(?:(?:Dr|Prof)\.\s*)*")
_AUXILIARY = re.compile(r"\s*,?\s*(?:wird|wurde|werden|wurden)(?![\w-])")
_LED_TYPES = frozenset({"StateNetwork", "Subproject", "CoordinationOffice"})
_LED_GAP_MAX = 60


# The unit at whose head a person stands: "An der Spitze des IQ Netzwerks X steht (seit 2019) Petra Beispiel"
_AT_THE_TOP = re.compile(rf"\b[Aa]n\s+der\s+Spitze\s+(?:des|der)\s+(?:[A-ZÄÖÜ]\w*\s+)?[{OPENING_QUOTES}]?$")
_STANDS_AT_THE_TOP = re.compile(
    rf"[{CLOSING_QUOTES}]?\s+(?:steht|stand|stehen|standen){_LED_ADVERBS}\s+(?:(?:Frau|Herrn?)\s+)?(?:(?:Dr|Prof)\.\s*)*"
)
_TOP_REACH = 40  # characters back from the unit to "An der Spitze des"
_CO_HEAD_LINK = re.compile(r"\s*(?:,|und|sowie)\s*(?:(?:Frau|Herrn?)\s+)?(?:(?:Dr|Prof)\.\s*)*")


# "Sie leiten das Projekt X": a plural verb after "Sie" makes it the pronoun of the persons named together before.
_PLURAL_VERB_AFTER = re.compile(rf"\s+(?:{'|'.join(lexicon.LEAD_VERBS_PLURAL)})(?![\w-])")


def with_a_pronoun_head(text: str, mentions: list[Mention], pronoun: Mention | None) -> list[Mention]:
    """`mentions` and the pronoun standing for one person, which may be a unit's head ("Er leitet seit Januar …");
    not a "Sie" with a plural verb after it."""
    if pronoun is None or _PLURAL_VERB_AFTER.match(text, pronoun.end):
        return mentions
    return [pronoun, *mentions]


def find_leaders(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(organisation, head) pairs a verb of leading joins in one sentence's `mentions`; heads named in a list lead
    together ("A und B leiten das Projekt X", "X wird von A und B geleitet")."""
    people = [m for m in mentions if m.type == "Person"]
    # "des Netzwerks", "das Landesnetzwerk": a network's stand-in is read as the network it stands for
    orgs = [m for m in mentions if m.type in _LED_TYPES and not _unnamed_one_before(text, m)]
    pairs = [(org, p) for org in orgs for p in people if _leads_by_verb(text, org, p, people)]
    together = [(org, q) for org, p in pairs for q in _listed_with(text, p, people)]
    return pairs + [pair for pair in together if pair not in pairs]


# "… startet ein weiteres Projekt. Das Projekt leitet …": an indefinite noun of the stand-in's kind introduced a unit
# the release does not name, which the stand-in then means.
_INDEFINITE = re.compile(r"(?<![\w-])(?:ein|eine|einen|einem)(?:\s+[a-zäöü]\w*)?\s+(?P<noun>[A-ZÄÖÜ]\w*)")
_UNNAMED_REACH = 200  # characters back from a stand-in to an indefinite noun of its kind


def _unnamed_one_before(text: str, stand_in: Mention) -> bool:
    if not stand_in.generic or stand_in.type == "StateNetwork":
        return False
    noun = re.sub(r"(?:es|s)$", "", stand_in.surface.split()[-1])
    before = text[max(0, stand_in.start - _UNNAMED_REACH) : stand_in.start]
    return any(m.group("noun").startswith(noun) for m in _INDEFINITE.finditer(before))


def _listed_with(text: str, person: Mention, people: list[Mention]) -> list[Mention]:
    """The people coordinated with `person` in one list ("A, B und C"), `person` left out."""
    ordered = sorted(people, key=lambda m: m.start)
    i = ordered.index(person)
    start = i
    while start > 0 and _CO_HEAD_LINK.fullmatch(text, ordered[start - 1].end, ordered[start].start):
        start -= 1
    end = i
    while end + 1 < len(ordered) and _CO_HEAD_LINK.fullmatch(text, ordered[end].end, ordered[end + 1].start):
        end += 1
    return [m for m in ordered[start : end + 1] if m is not person]


def _leads_by_verb(text: str, org: Mention, person: Mention, people: list[Mention]) -> bool:
    if _in_relative_clause(text, org, person):
        return True
    if _stands_at_the_top(text, org, person):
        return True
    if 0 < org.start - person.end <= _LED_GAP_MAX:
        # verb second, the subject after it, maybe a list: "Seit 2020 leiten A und B das Projekt X"
        first = min((person, *_listed_with(text, person, people)), key=lambda m: m.start)
        return bool(
            _LEADS_ACTIVE.fullmatch(text, person.end, org.start)
            or (
                _LEADS_PERFECT.fullmatch(text, person.end, org.start)
                and _PARTICIPLE_LAST.match(text, org.end)
            )
            or _LEADS_INVERTED.fullmatch(text, person.end, org.start)
            and _VERB_BEFORE_SUBJECT.search(text, max(0, first.start - _LED_GAP_MAX), first.start)
            or _under_the_lead_fronted(text, first, person, org)
        )
    return 0 < person.start - org.end <= _LED_GAP_MAX and _is_led_by(text, org, person, people)


# The leading phrase fronted, the unit the subject after the verb: "Unter der Leitung von Petra Beispiel berät das
# Projekt X …", "Unter Leitung von Karl Muster hat die Beratungsstelle X …" (not "… besuchten Gäste das Projekt X": an
# object after another subject).
_UNDER_THE_LEAD = re.compile(
    rf"(?<![\w-])[Uu]nter\s+(?:der\s+)?(?:Projekt|Gesamt)?(?:{_LEAD_NOUNS}|{_LEAD_NOUNS_INSIDE})\s+von\s+"
    r"(?:(?:Frau|Herrn?)\s+)?(?:(?:Dr|Prof)\.\s*)*$"
)
_UNDER_THE_LEAD_REACH = 40  # characters back from the head's name to "Unter der Leitung von Frau Dr."
_VERB_THEN_THE_UNIT = re.compile(
    rf"\s+[a-zäöüß]+(?:\s+sich)?{_LED_ADVERBS}\s+(?:das|die|der)(?:\s+[a-zäöü]\w*(?:e|en))?\s+{_UNIT_HEAD}"
    rf"[{OPENING_QUOTES}]?"
)


def _under_the_lead_fronted(text: str, first: Mention, person: Mention, org: Mention) -> bool:
    return bool(
        _UNDER_THE_LEAD.search(text, max(0, first.start - _UNDER_THE_LEAD_REACH), first.start)
        and _VERB_THEN_THE_UNIT.fullmatch(text, person.end, org.start)
    )


def _stands_at_the_top(text: str, org: Mention, person: Mention) -> bool:
    """ "An der Spitze des IQ Netzwerks X steht Petra Beispiel"."""
    return bool(
        _STANDS_AT_THE_TOP.fullmatch(text, org.end, person.start)
        and _AT_THE_TOP.search(text, max(0, org.start - _TOP_REACH), org.start)
    )


def _is_led_by(text: str, org: Mention, person: Mention, people: list[Mention]) -> bool:
    if _LED_OBJECT_FIRST.fullmatch(text, org.end, person.start):
        return True
    if _HOLDER_NEXT.fullmatch(text, org.end, person.start):
        return bool(_LEADERSHIP_OF.search(text, max(0, org.start - _NOUN_BEFORE_UNIT), org.start))
    gap = _LED_PASSIVE.fullmatch(text, org.end, person.start)
    if gap is None:
        return bool(
            _VON_AFTER_ADVERBS.fullmatch(text, org.end, person.start)
            and _PARTICIPLE_FIRST.search(text, max(0, org.start - 30), org.start)
        )
    if _AUXILIARY.match(gap.group(0)) and not gap.group("fronted"):  # "… wird von X (und Y) geleitet"
        listed_end = max((m.end for m in (person, *_listed_with(text, person, people))), default=person.end)
        return bool(_PARTICIPLE_AFTER.match(text, listed_end))
    return True


def _in_relative_clause(text: str, org: Mention, person: Mention) -> bool:
    """The one named after the relative pronoun is the verb's object (or subject), the verb ends the clause."""
    first, second = (person, org) if person.end <= org.start else (org, person)
    gap = _HEAD_RELATIVE if first is person else _BODY_RELATIVE
    return (
        0 < second.start - first.end <= _LED_GAP_MAX
        and gap.fullmatch(text, first.end, second.start) is not None
        and _VERB_LAST_AFTER.match(text, second.end) is not None
    )


_VERB_LAST_AFTER = re.compile(_VERB_LAST)


# A pronoun standing for the unit spoken of last, led by the agent of a passive: "Es wird von Petra Beispiel
# geleitet", "Sie wird seit 2020 von Karl Muster geleitet", "Geleitet wird sie von Petra Beispiel".
# Or the leading noun alone opening the sentence, its holder after the verb: "Die Projektleitung hat Petra Beispiel",
# "Die Leitung übernimmt ab Mai Karl Muster", "Die Koordination liegt seit 2020 bei Anna Probe" (the unit spoken of
# last is the one led; a noun with its unit after it, "Die Leitung des Projekts X hat …", is `_LEADERSHIP_OF`'s).
_PRONOUN_LED = re.compile(
    rf"\s*(?:(?P<pronoun>Es|Sie|Er)\s+(?:wird|wurde){_LED_ADVERBS}\s+von"
    rf"|(?:{_LEAD_PARTICIPLES.title()})\s+(?:wird|wurde)\s+(?:es|sie|er){_LED_ADVERBS}\s+von"
    rf"|(?P<noun>Die\s+(?:Projekt|Gesamt)?(?:{_LEAD_NOUNS_INSIDE}|{_LEAD_NOUNS})\s+(?:hat|hatte|übernimmt|übernahm"
    rf"|(?:liegt|lag){_LED_ADVERBS}\s+bei){_LED_ADVERBS}))"
    r"(?:\s+der|\s+dem)?\s+(?:(?:Frau|Herrn?)\s+)?(?:(?:Dr|Prof)\.\s*)*"
)


# after the holder's name, only the sentence's end or a new clause
_NOUN_CLAUSE_GOES_ON = re.compile(r"\s+(?!und\b|sowie\b)[a-zäöüß]+\b")
_NOUN_UNIT_REACH = 300  # characters back from the bare noun's sentence to the unit: a sentence or two


def led_pronoun_units(
    text: str, sentence: tuple[int, int], ms: list[Mention], unit: Mention | None
) -> Iterator[RelationFinding]:
    """`unit`: the unit the sentence's opening pronoun stands for (the relation readers' topic)."""
    cue = _PRONOUN_LED.match(text, sentence[0])
    if cue is None or unit is None or unit.type not in _LED_TYPES:
        return
    people = [m for m in ms if m.type == "Person"]
    head = next((p for p in people if p.start == cue.end()), None)
    if head is None:
        return
    heads = [head, *(p for p in _listed_with(text, head, people) if p.start > head.start)]
    if cue.group("noun") and (
        _NOUN_CLAUSE_GOES_ON.match(text, heads[-1].end)
        or sentence[0] - unit.end > _NOUN_UNIT_REACH
        or "\n\n" in text[unit.end : sentence[0]]
    ):
        # "Die Leitung hat Petra Beispiel gelobt": the head is the object of another verb; the bare noun means a
        # unit of the sentence before, in its paragraph
        return
    if cue.group("pronoun") and not _PARTICIPLE_AFTER.match(text, heads[-1].end):
        return  # "Es wird von Petra Beispiel vorgestellt": no leading
    yield from (RelationFinding(unit, "ledBy", one) for one in heads)
