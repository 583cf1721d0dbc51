"""Bodies (organisations, agencies, ministries) a count is about, and those that block another owner.

    AGENT := "Über 400 Betriebe wurden von der Handwerkskammer X beraten"
    SUBJECT := "Die Schulbehörde konnte rund 270 Anträge bescheiden", "Sachsen hat drei Anlaufstellen"
    STAND-IN := "Die Brückenbau gGmbH … . Der Verein hat 35 Mitglieder": the one body of that kind named before
    BLOCKER := "Die Handwerkskammer berät im Netzwerk 300 Betriebe": a person or body as the clause's subject
             makes the count theirs, not the network's

Bodies are read only where no owner (network, programme, subproject) is the count's.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..names.mentions import Mention
from ..names.organisations.words import is_of_kind
from .clauses import CountScope, after_the_finite_verb, case_of
from .numbers import TOKEN, NumberPhrase
from .owners import is_land

BODIES = frozenset(
    {"Organisation", "Agency", "Ministry"}
)  # bodies a count may be about as the clause's subject
_BLOCKERS = frozenset(
    {"Organisation", "Agency", "Ministry", "Person"}
)  # a clause subject a count may be about


def names_someone(scope: CountScope, clause: tuple[int, int]) -> bool:
    """A clause naming a person or another body ("Laut Statistischem Bundesamt wurden 22.000 Anträge
    gestellt") gives their figure, not one of the sentence before's topic; a person who only tells it after the
    figure ("…, teilte die Leiterin Eva Brandt mit", "…, so Eva Brandt") is no one the figure is about."""
    named = [m for m in scope.within(clause) if m.type in _BLOCKERS]
    if not named or any(m.type != "Person" for m in named):
        return bool(named)
    teller = _TELLING_AFTER.search(scope.text, *clause)  # (only persons named: they may only tell it)
    return teller is None or any(m.start < teller.start() for m in named)


# A reporting clause closing the sentence: ", teilte … mit", ", sagte …", ", so …"
_TELLING_AFTER = re.compile(
    r",\s+(?:so(?!\s+(?:dass|wie|viele|weit|lange)\b)|teilte|teilt|sagte|sagt|berichtete|berichtet|erklärte|erklärt|betonte|betont|ergänzte|ergänzt"
    r"|bilanzierte|bilanziert|resümierte|meldete|freute\s+sich)\s[^,;]*$"
)


def body_agents(scope: CountScope, clause: tuple[int, int]) -> list[Mention]:
    """The bodies a passive clause names as its agent ("von der Handwerkskammer X", "durch das Ministerium");
    with a person or another body as the clause's subject there are none."""
    text, start = scope.text, scope.sentence[0]
    named = scope.within(clause)
    if any(m.type in _BLOCKERS and case_of(text, start, m) == "subject" for m in named):
        return []
    return [m for m in named if m.type in BODIES and case_of(text, start, m) in lexicon.AGENT_PREPOSITIONS]


def body_subject(scope: CountScope, clause: tuple[int, int], number: NumberPhrase) -> Mention | None:
    """ "Die Schulbehörde konnte rund 270 Anträge bescheiden": a body that opens the clause (articles aside; or
    right after a fronted part and the finite verb: "Im Jahr 2030 hat die Kammer 300 Betriebe beraten"), with
    no other person or body between it and the number; also a Land, its finite verb right after it ("Sachsen hat
    drei Anlaufstellen", not "Sachsen, Thüringen und …" or a dateline)."""
    text = scope.text
    before = scope.within((clause[0], number.start))
    if not before:
        return _after_a_fronted_count(scope, clause, number)
    fronted = _fronted_names(scope, before)
    before = [m for m in before if not fronted or m.start >= fronted[-1].end]
    if not before or not (before[0].type in BODIES or is_land(before[0]) and _verb_after(text, before[0])):
        return None
    first = before[0]
    if not after_the_finite_verb(_words_before(text, clause[0], first.start, fronted)):
        return None
    others = [m for m in before[1:] if m.type in _BLOCKERS and m.key != first.key]
    return None if others else first


def _words_before(text: str, start: int, end: int, fronted: list[Mention]) -> list[str]:
    """The words from `start` to `end`, a fronted name one word: "Gemeinsam mit dem IQ Netzwerk X hat die …"."""
    words: list[str] = []
    for m in fronted:
        words += [*TOKEN.findall(text, start, m.start), "NAME"]
        start = m.end
    return words + TOKEN.findall(text, start, end)


def _fronted_names(scope: CountScope, before: list[Mention]) -> list[Mention]:
    """The names opening a clause inside a fronted prepositional phrase ("Im Netzwerk X berät die Kammer …",
    "Gemeinsam mit dem Projekt X hat die Kammer …"): no person or body, each after a preposition."""
    fronted: list[Mention] = []
    for m in before:
        if fronted and m.start < fronted[-1].end:
            continue  # "Hessen" inside "IQ Netzwerk Hessen"
        if m.type in _BLOCKERS or is_land(m) or case_of(scope.text, scope.sentence[0], m) == "subject":
            break
        fronted.append(m)
    return fronted


def _after_a_fronted_count(
    scope: CountScope, clause: tuple[int, int], number: NumberPhrase
) -> Mention | None:
    """ "Rund 300 Anträge hat die Kammer X begleitet": the count opens the clause as its object, the finite verb (in
    the singular: "Rund 300 Betriebe lobten die Kammer X" makes the count the subject) and the body follow it."""
    text = scope.text
    if text[clause[0] : number.start].strip():
        return None
    after = [m for m in scope.within((number.end, clause[1])) if m.type in _BLOCKERS]
    if not after or after[0].type not in BODIES:
        return None
    words = TOKEN.findall(text, number.end, after[0].start)
    verb = words[:1]
    articles = words[1:]
    # singular, agreeing with the one body ("hat", "berät", "führte"), not with the plural count ("lobten")
    finite = bool(verb) and verb[0][:1].islower() and not verb[0].endswith("n")
    finite = finite and verb[0].lower() not in lexicon.PREPOSITIONS
    return after[0] if finite and all(w.lower() in lexicon.DETERMINERS for w in articles) else None


MAX_FRONTED_WORDS = 3  # words of an adverbial fronted before the verb: "Heute", "Seit diesem Jahr"
_BELONGING = "|".join(sorted(lexicon.BELONGING_VERBS))
_BODY_STAND_IN = re.compile(
    # "Der Verein hat 35 Mitglieder"; "Zum Verein gehören 45 Mitglieder": what belongs to it, the verb right after;
    # the dative after a fronted adverb and the verb: "Heute gehören dem Verein 87 Mitglieder an"
    r"\s*(?:(?:Der|Die|Das)\s+|(?P<to>Zum|Zur)\s+"
    rf"|(?:[\w.]+\s+){{1,{MAX_FRONTED_WORDS}}}?(?:{_BELONGING})\s+(?:inzwischen\s+|heute\s+|mittlerweile\s+)?(?:dem|der)\s+)"
    r"(?P<noun>"
    + "|".join(lexicon.BODY_STAND_INS)
    + r")(?![\w-])(?!\s+(?:des|der|[A-ZÄÖÜ]))"
    + r"(?(to)\s+(?:"
    + "|".join(sorted(lexicon.BELONGING_VERBS))
    + r")\b)"
)


def body_stand_in(scope: CountScope, clause: tuple[int, int], number: NumberPhrase) -> Mention | None:
    """ "Die Brückenbau gGmbH … . Der Verein hat 35 Mitglieder" (or "Zum Verein gehören 45 Mitglieder"): a body's
    head noun with its article opening the clause stands for the one body of that kind named in this sentence or the one before ("Verein" for a
    "… e. V."), when no person or other body comes between it and the number."""
    match = _BODY_STAND_IN.match(scope.text, clause[0], number.start)
    if match is None or any(m.type in _BLOCKERS for m in scope.within((match.end(), number.start))):
        return None
    kind = match.group("noun")
    bodies = {
        m.key: m
        for m in scope.mentions
        if m.type in BODIES and not m.generic and m.end <= match.start() and is_of_kind(m.label, kind)
    }
    if not bodies:  # named further back: the stand-in the names stage resolved to the one body of its kind
        named = scope.within(match.span("noun"))
        return next(
            (m for m in named if m.generic and m.type in BODIES and m.start == match.start("noun")), None
        )
    return next(iter(bodies.values())) if len(bodies) == 1 else None


_IMPERSONAL = re.compile(r"(?<![\w-])man(?![\w-])")
_OWNING = BODIES | frozenset({"StateNetwork", "Subproject", "CoordinationOffice"})


def impersonal_body(scope: CountScope, clause: tuple[int, int], number: NumberPhrase) -> Mention | None:
    """ "X von der Kammer Y berichtete, man habe 300 Betriebe beraten", "Nach Angaben der Kammer Y habe man …":
    "man" before the number stands for the one body the sentence names (whose figure is reported)."""
    if _IMPERSONAL.search(scope.text, clause[0], number.start) is None:
        return None
    bodies = {m.key: m for m in scope.within(scope.sentence) if m.type in _OWNING and not m.generic}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


_FINITE_AFTER = re.compile(r"[ \xa0]+(?!(?:und|oder|sowie)\b)[a-zäöüß]\w*")


def _verb_after(text: str, m: Mention) -> bool:
    return _FINITE_AFTER.match(text, m.end) is not None


def blockers_of(scope: CountScope, clause: tuple[int, int], number: NumberPhrase) -> list[Mention]:
    """Persons and other bodies that are the clause's subject before the number ("Die Handwerkskammer berät im
    Netzwerk 300 Betriebe"): the count is theirs, not the network's the clause also names."""
    return [
        m
        for m in scope.within((clause[0], number.start))
        if m.type in _BLOCKERS and case_of(scope.text, scope.sentence[0], m) == "subject"
    ]


_JOINING = re.compile("|".join(lexicon.JOINING_VERBS))
_JOINED_INTO = frozenset({"zum", "zur", "zu", "im", "in"})
# Having a standing share in a body, said in the present or perfect: "80 Betriebe beteiligen sich am Netzwerk X",
# "Am Verbund X sind zwölf Träger beteiligt" (the past, "beteiligten sich", tells who took part in an event).
_SHARING = re.compile(
    r"\b(?:beteiligen|beteiligt)\s+sich\b|\b(?:sind|ist|waren)\b[^.;\n]{0,80}?\bbeteiligt\b"
)
_SHARED_IN = frozenset({"am", "an"})
_JOINABLE = BODIES | frozenset({"StateNetwork", "Subproject"})


def joined_body(scope: CountScope, clause: tuple[int, int], number: NumberPhrase) -> Mention | None:
    """ "Sieben Partner haben sich zum Bündnis X zusammengeschlossen", "Im Verbund X schlossen sich 12 Träger
    zusammen", "80 Betriebe beteiligen sich am Netzwerk X": what joined into a body or has a share in it is that
    body's; the one body named after "zum"/"zur" (or "im") in a clause of joining, after "am"/"an" in one of
    sharing."""
    text = scope.text
    if _JOINING.search(text, clause[0], clause[1]) is not None:
        into = _JOINED_INTO
    elif _SHARING.search(text, clause[0], clause[1]) is not None:
        into = _SHARED_IN
    else:
        return None
    joined = {
        m.key: m
        for m in scope.within(clause)
        if m.type in _JOINABLE and not m.generic and case_of(text, scope.sentence[0], m) in into
    }
    return next(iter(joined.values())) if len(joined) == 1 else None
