"""A person acting for a body named after them: "Petra Beispiel sprach für die Stiftung X", "Karl Muster nahm im
Auftrag des Vereins Y teil", "Petra Beispiel, im Namen der Stiftung X, dankte …"; or joining it: "Karl Muster
verstärkt das Team der Stiftung X", "Petra Beispiel wechselte 2020 zum Verein Y". The body named first ("Für die
Stiftung X sprach …") is read in `roles/body_references.py`."""

from __future__ import annotations

import re

from .. import lexicon

_ACTING = "|".join(lexicon.ACTING_FOR_VERBS)
# Verbs a person does on a body's behalf, besides speaking and signing: "begrüßte im Namen des Vereins Y die Gäste"
_ON_BEHALF_VERBS = "|".join((*lexicon.ACTING_FOR_VERBS, *lexicon.ON_BEHALF_VERBS))
_ADVERBS = r"(?:\s+(?:heute|dort|auch|zudem|dann|anschließend|erneut|zunächst|ebenfalls))*"
# "sprach (dort) für die Stiftung X": a verb of acting, then "für" and the body (not "warb für": a campaign)
_FOR_AFTER = re.compile(rf"\s+(?:{_ACTING}){_ADVERBS}\s+für\s+(?:die|den|das)\s+")
# "nahm im Auftrag des Vereins Y teil", "war im Namen der Stiftung X vor Ort", ", im Auftrag der Stiftung X,"
_ON_BEHALF_AFTER = re.compile(
    rf"(?:\s*,|\s+(?:{_ON_BEHALF_VERBS}){_ADVERBS})\s+(?:im\s+Auftrag|im\s+Namen|seitens)\s+(?:der|des)\s+"
)

# the verb before its subject: "Am Abend sprach Petra Beispiel für die Stiftung X", "begrüßte Karl Muster im Namen …"
_VERB_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_ON_BEHALF_VERBS})\s+(?:(?:Frau|Herrn?)\s+)?(?:(?:Dr|Prof)\.\s*)*$"
)
_FOR_ONLY = re.compile(rf"{_ADVERBS}\s+für\s+(?:die|den|das)\s+")
_ON_BEHALF_ONLY = re.compile(rf"{_ADVERBS}\s+(?:im\s+Auftrag|im\s+Namen|seitens)\s+(?:der|des)\s+")
VERB_REACH = 30  # characters back from the name over the verb and "Frau Dr."


def acts_for_after(text: str, gap: str, person_start: int) -> bool:
    """Whether `gap`, the text from a person's name (at `person_start`) to a body's, says the person acts for it."""
    if _FOR_AFTER.fullmatch(gap) or _ON_BEHALF_AFTER.fullmatch(gap):
        return True
    verb = _VERB_BEFORE.search(text, max(0, person_start - VERB_REACH), person_start)
    if verb is None:
        return False
    acting = verb.group(0).split()[0] in lexicon.ACTING_FOR_VERBS
    return bool(_ON_BEHALF_ONLY.fullmatch(gap) or acting and _FOR_ONLY.fullmatch(gap))


FROM_MAX = 80  # characters of the body a person comes from
# "seit Mai", "zum 1. Juli 2025", "2020", "nun"
_TIME = r"\s+(?:seit|im|ab|zum|am)\s+(?:\d{1,2}\.\s*)?[\w.]+(?:\s+\d{4})?|\s+\d{4}|\s+(?:nun|jetzt|inzwischen|bereits|schon)"
_TIMES = rf"(?:{_TIME})*"
# "verstärkt (seit Mai) das Team der Stiftung X", "ist Teil des Teams des Vereins Y", "wechselte 2020 zur Stiftung X"
_JOINS = re.compile(
    rf"\s+(?:(?:verstärkt|verstärkte|ergänzt|ergänzte){_TIMES}\s+das\s+(?:Projekt)?[Tt]eam"
    rf"|(?:ist|war){_TIMES}\s+(?:auch\s+)?Teil\s+des\s+(?:Projekt)?[Tt]eams)\s+(?:der|des|von|vom)\s+"
    # from one body to another: "wechselte 2020 vom Verein Y zur Stiftung X"
    rf"|\s+(?:wechselt|wechselte){_TIMES}(?:\s+(?:von\s+der|vom|von)\s+[^,;.:\n]{{1,{FROM_MAX}}}?)?\s+(?:zur|zum)\s+"
)


def joins(gap: str) -> bool:
    """Whether `gap`, from a person's name to a body's, says the person joined the body or its team."""
    return _JOINS.fullmatch(gap) is not None


# The perfect of working at a body: "hat vorher beim Jobcenter X gearbeitet", "ist Juristin und hat zuvor für die
# Stiftung X gearbeitet" (a predicate noun coordinated before it).
_HAS_WORKED = re.compile(
    rf"(?:\s+(?:ist|war)\s+[A-ZÄÖÜ]\w+\s+und)?\s+(?:hat|hatte)(?:\s+(?:zuvor|vorher|davor|lange)|{_TIME})*"
    r"\s+(?:bei\s+der|bei\s+dem|beim|für\s+die|für\s+den|für\s+das|im|in\s+der)\s+"
)
_WORKED = re.compile(r"\s+(?:gearbeitet|mitgearbeitet)(?![\w-])")


def worked_at(text: str, gap: str, body_end: int) -> bool:
    """Whether `gap`, from a person's name to a body's (ending at `body_end`), says in the perfect that they worked there."""
    return _HAS_WORKED.fullmatch(gap) is not None and _WORKED.match(text, body_end) is not None


# A participle of working before the name, the body in its phrase: "die bei der Stiftung X tätige Petra Beispiel",
# "der seit 2019 beim Verein Y beschäftigte Karl Muster", "die für die Z gGmbH arbeitende Beraterin …" (bare names)
_AT_BEFORE_THE_BODY = re.compile(
    r"(?<![\w-])(?:bei\s+der|bei\s+dem|beim|im|in\s+der|in\s+dem|für\s+die|für\s+den|für\s+das)\s+$"
)
_PARTICIPLE_BEFORE_THE_NAME = re.compile(
    r"\s+(?:tätige|beschäftigte|angestellte|arbeitende|aktive|engagierte)n?\s+(?:(?:Frau|Herrn?)\s+)?(?:(?:Dr|Prof)\.\s*)*"
)
_PREPOSITION_REACH = 12  # characters back from the body over "bei der "


def working_attributed(text: str, body: tuple[int, int], person_start: int) -> bool:
    """Whether the body at `body` stands in a participle phrase of working right before the name at `person_start`."""
    start, end = body
    return bool(
        _PARTICIPLE_BEFORE_THE_NAME.fullmatch(text, end, person_start)
        and _AT_BEFORE_THE_BODY.search(text, max(0, start - _PREPOSITION_REACH), start)
    )


# Heading a body named by its name: "Petra B. leitet seit 2015 die Stiftung X" (works for it; a network's or project's
# head is read as ledBy in leaders.py)
_LED_BODIES = frozenset({"Organisation", "Agency"})
_LEADS_THE_BODY = re.compile(
    r"\s+(?:leitet|leitete|führt|führte)(?:\s+(?:(?:seit|bis)\s+[\w.]+|bereits|schon|nun|jetzt|heute|gemeinsam))*"
    r"\s+(?:die|den|das)\s+(?:[a-zäöü]\w*(?:e|en)\s+)?"
)


def heads(gap: str, body_type: str) -> bool:
    """Whether `gap`, from a person's name to a body's, says the person heads that body."""
    return body_type in _LED_BODIES and _LEADS_THE_BODY.fullmatch(gap) is not None
