"""The audience and the exhibitors of the event a release reports: counts whose subject is that event.

TOOK PART := "Es nahmen 130 Personen teil", "80 Vertreter folgten der Einladung", "Zur Jobmesse kamen 1.000
             Menschen", "Mehr als 300 Schüler besuchten die Messe"
EXHIBITED := "Rund 40 Betriebe stellten sich vor", "An 35 Ständen präsentierten sich Firmen": the firms that
             presented themselves at the event, or their stands
ATTENDED := "Rund 120 Gäste kamen", "vor rund 200 Gästen": an audience noun said to attend
EARLIER := "Im Vorjahr kamen 90 Gäste": an earlier edition's figure, no count of this one
"""

from __future__ import annotations

import re

from .. import lexicon
from ..lexicon.projects import TIME_WORDS
from ..names.mentions import Mention
from ..text.alternation import longest_first
from .clauses import CountScope, case_of
from .numbers import TOKEN, NumberPhrase

_ATTENDING = re.compile("|".join(lexicon.ATTENDING_VERBS))
_EXHIBITING = re.compile("|".join(lexicon.EXHIBITING_VERBS))
# Coming to an event named as the goal: "Zur Messe kamen 1.000 Menschen", "kamen 200 Fachleute zum Fachtag".
_CAME_TO_IT = re.compile(r"\b(?:kam|kamen)\b")
_TO_THE_EVENT = re.compile(r"\b(?:[Zz]um|[Zz]ur)\s+(?:[\w.-]+\s+){0,2}?(?=[A-ZÄÖÜ])")
# Visiting an event named as the object: "300 Schüler besuchten die Messe", "Den Fachtag besuchten 90 Gäste".
_VISITED = re.compile(r"\b(?:besuchte|besuchten)\b")
_ACCUSATIVE_ARTICLE = re.compile(r"(?<![\w-])(?i:die|den|das)\s+(?:[a-zäöü][\w-]*\s+)?$")
_ARTICLE_WINDOW = 30  # characters back from an event noun to its article and adjective
EVENT_WORD = re.compile(
    r"(?<![\w-])(?=[A-ZÄÖÜ])[\w-]*?(?i:" + longest_first(lexicon.EVENT_HEADS) + r")(?P<ending>e|en|es|s|n)?\b"
)
# What people took part in, named: "nahmen an den Schulungen teil" (a course, no event), "an der Tagung", "am
# Projekt X".
_TOOK_PART_IN = re.compile(
    r"\b[Aa][nm]\s+(?:(?:der|dem|den|einer|einem|diese[rnm]?)\s+)?(?:[a-zäöü][\w-]*\s+)?([A-ZÄÖÜ][\w-]*)"
)
# ... or the noun a relative clause opened by "an" is on: "die Kurse, an denen", "die Tagung, an der".
_TOOK_PART_IN_WHICH = re.compile(
    r"([A-ZÄÖÜ][\w-]*)[“”\"]?\s*,\s+an\s+(?:denen|dem|der|welchen|welchem|welcher)\b"
)
_TIMES = TIME_WORDS | lexicon.DAY_TIMES
# "Im vergangenen Jahr nahmen 140 Personen teil", "Im Vorjahr kamen 90 Gäste": an earlier edition's figure.
_EARLIER_YEAR = re.compile(
    r"(?<![\w-])(?:[Ii]m\s+(?:vergangenen|letzten|vorigen)\s+Jahr|[Ii]m\s+Vorjahr|[Ll]etztes\s+Jahr|[Vv]or\s+einem\s+Jahr)"
    r"(?![\w-])"
)


# "Die nächste Messe ist für 2032 geplant; dann sollen 40 Aussteller dabei sein", "im kommenden Jahr": a later one.
_NEXT = re.compile(r"(?<![\w-])(?:[Nn]ächste[nrs]?|[Kk]ommende[nrs]?)\s+")


def another_edition(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence speaks of an earlier or a later edition (its figures are not this event's)."""
    if _EARLIER_YEAR.search(text, *sentence) is not None:
        return True
    return any(
        text.startswith("Jahr", after.end()) or EVENT_WORD.match(text, after.end()) is not None
        for after in _NEXT.finditer(text, *sentence)
    )


def small_audience(number: NumberPhrase) -> bool:
    """ "vier Teilnehmende berichteten": a few people among an event's audience are not its size."""
    head = number.head.lower()
    people = lexicon.AUDIENCE_COUNT_STEMS + lexicon.ATTENDING_PEOPLE_STEMS
    return head.startswith(people) and number.value < lexicon.MIN_AUDIENCE


def took_part_in_an_event(scope: CountScope, owners: list[Mention], number: NumberPhrase) -> bool:
    """ "Es nahmen 130 Personen teil", "80 Vertreter folgten der Einladung": people of any kind who took part in an
    occasion, or firms that presented themselves at it ("Rund 40 Betriebe stellten sich vor"); no body the subject,
    nothing else named as what they took part in ("410 Personen nahmen an den Schulungen teil" counts a course's),
    no events in the plural ("an den Veranstaltungen": a tally over many)."""
    text, sentence = scope.text, scope.sentence
    if number.money or not (_people_attending(text, sentence, number) or _exhibiting(text, sentence, number)):
        return False
    if any(_plural_event(text, e) for e in EVENT_WORD.finditer(text, *sentence)):
        return False
    if any(case_of(text, sentence[0], m) == "subject" for m in owners):
        return False
    took_part_in = _what_people_took_part_in(text, sentence)
    return took_part_in is None or took_part_in.lower().endswith(lexicon.EVENT_HEADS)


def _what_people_took_part_in(text: str, sentence: tuple[int, int]) -> str | None:
    """The noun after "an"/"am": not a time ("am Vormittag") nor a street's name inside the sentence ("im
    Bürgerhaus Am Anger")."""
    relative = _TOOK_PART_IN_WHICH.search(text, *sentence)
    if relative is not None:  # "45 Kurse, an denen 600 Personen teilnahmen": the courses
        return relative.group(1)
    opening = len(text[sentence[0] : sentence[1]]) - len(text[sentence[0] : sentence[1]].lstrip())
    for match in _TOOK_PART_IN.finditer(text, *sentence):
        inside_a_name = text[match.start()].isupper() and match.start() > sentence[0] + opening
        if match.group(1) not in _TIMES and not inside_a_name:
            return match.group(1)
    return None


def _people_attending(text: str, sentence: tuple[int, int], number: NumberPhrase) -> bool:
    """People, or firms and bodies ("Es nahmen rund 80 Betriebe teil"), who took part in an occasion."""
    if not number.head.lower().startswith(lexicon.ATTENDING_PEOPLE_STEMS + lexicon.ATTENDING_FIRM_STEMS):
        return False
    return bool(
        _ATTENDING.search(text, *sentence)
        or _came_to_an_event(text, sentence)
        or _visited_an_event(text, sentence)
    )


def _exhibiting(text: str, sentence: tuple[int, int], number: NumberPhrase) -> bool:
    """ "Rund 40 Betriebe stellten sich vor", "An 35 Ständen präsentierten sich Firmen": firms or stands with a
    verb of presenting oneself."""
    head = number.head.lower()
    return head.startswith(lexicon.EXHIBITOR_STEMS) and _EXHIBITING.search(text, *sentence) is not None


def _came_to_an_event(text: str, sentence: tuple[int, int]) -> bool:
    """ "Zur Jobmesse kamen 1.000 Menschen": "kamen" with an event named as its goal ("zum"/"zur" and the noun)."""
    if not _CAME_TO_IT.search(text, *sentence):
        return False
    for to in _TO_THE_EVENT.finditer(text, *sentence):
        word = EVENT_WORD.match(text, to.end())
        if word is not None:
            return True
    return False


def _visited_an_event(text: str, sentence: tuple[int, int]) -> bool:
    """ "Mehr als 300 Schüler besuchten am Samstag die Messe", "Die Messe besuchten 300 Schüler": "besuchten" with
    an event in the singular as its object (its accusative article before it)."""
    if _VISITED.search(text, *sentence) is None:
        return False
    return any(
        not _plural_event(text, word)
        and _ACCUSATIVE_ARTICLE.search(text, max(sentence[0], word.start() - _ARTICLE_WINDOW), word.start())
        for word in EVENT_WORD.finditer(text, *sentence)
    )


# The noun a genitive attribute follows: "Der Jahresempfang des Netzwerks X", "die Eröffnung der Stelle X".
_HEAD_OF_GENITIVE = re.compile(r"(?<![\w-])(?P<noun>[A-ZÄÖÜ][\w-]*)\s+(?:des|der)\s+$")


def of_an_event(text: str, m: Mention) -> bool:
    """ "Der Jahresempfang des Netzwerks X brachte 180 Akteure zusammen": a name that is the genitive attribute of
    an event noun; what the clause counts is the event's, not the name's."""
    head = _HEAD_OF_GENITIVE.search(text, max(0, m.start - _ARTICLE_WINDOW), m.start)
    return head is not None and EVENT_WORD.fullmatch(head.group("noun")) is not None


def _plural_event(text: str, word: re.Match[str]) -> bool:
    """ "den Veranstaltungen", "die Workshops": events in the plural (a dative plural article, a plural ending)."""
    before = text[max(0, word.start() - 4) : word.start()]
    return before.endswith("den ") or word.group("ending") in ("en", "n")


def attended(text: str, sentence: tuple[int, int], number: NumberPhrase, clause: tuple[int, int]) -> bool:
    """Whether the sentence says the people counted attended (in the number's `clause`): an attendance verb, or
    "vor"/"mit" right before."""
    words = [w.lower().rstrip(".") for w in TOKEN.findall(text, sentence[0], sentence[1])]
    before = TOKEN.findall(text, sentence[0], number.start)
    by_preposition = bool(before) and before[-1].lower() in lexicon.ATTENDANCE_PREPOSITIONS
    if by_preposition or any(w in lexicon.ATTENDANCE_WORDS for w in words):
        return True
    return _ATTENDED_IN_CLAUSE.search(text, *clause) is not None


# Taking part or being drawn to it, said in the number's own clause: the verb fused at the end of a subordinate
# clause ("der Fachtag, an dem 150 Gäste teilnahmen"; in another clause it may be a course's: "640 Teilnehmende
# begleitet, die an Kursen teilnahmen"), "zog … an" with its particle closing the clause ("zog 150 Gäste an"), or a
# verb of bringing them to a place.
_ATTENDED_IN_CLAUSE = re.compile(
    r"\b(?:teilnahm|teilnahmen|anzog|anzogen|anlockte|anlockten)\b|\b(?:zog|zogen)\b[^;\n]{0,80}?\ban(?=\s*(?:[.,;]|$))"
    # an event bringing them to a place: "der rund 90 Gäste in die Stadthalle führte"
    r"|\b(?:führte|führten|brachte|brachten|lockte|lockten)\b[^;\n]{0,80}?\b(?:in|nach)\s+(?:die|den|das|der)\s"
    r"|\b(?:in|nach)\s+(?:die|den|das|der)\s[^;\n]{0,80}?\b(?:führte|führten|brachte|brachten|lockte|lockten)\b"
    # taking part actively, the particle closing the clause: "Rund 300 Teilnehmende brachten sich in 20 Workshops ein"
    r"|\b(?:brachte|brachten)\s+sich\b[^;\n]{0,80}?\bein(?=\s*(?:[.,;]|$))"
)


# "Die rund 180 Gäste erlebten …": the audience named with its definite article, the number between
_DEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:[Dd]ie|[Dd]en|[Dd]er)\s+$")
_DEFINITE_WINDOW = 5  # characters back from the number phrase to its article


def the_events_audience(
    text: str, sentence: tuple[int, int], previous: tuple[int, int] | None, number: NumberPhrase
) -> bool:
    """ "Am 4. Mai fand der Fachtag statt. Die 180 Gäste erlebten ein volles Programm": an audience noun with its
    definite article, in or right after a sentence that names an event in the singular, is that event's
    audience (it need not be said to attend)."""
    if _DEFINITE_BEFORE.search(text, max(sentence[0], number.start - _DEFINITE_WINDOW), number.start) is None:
        return False
    spans = [sentence] + ([previous] if previous is not None else [])
    return any(not _plural_event(text, word) for span in spans for word in EVENT_WORD.finditer(text, *span))


# Seats an invitation limits: "Die Zahl der Plätze bleibt auf 90 begrenzt", "Die Teilnehmerzahl ist auf 80 beschränkt"
# - the size of the event's audience, not its host's tally ("maximal 15 Plätze" alone may be a course's).
_LIMITED = re.compile(r"\s*(?:begrenzt|beschränkt|limitiert)\b")
_SEAT_STEMS = ("plätze", "platz", *lexicon.AUDIENCE_COUNT_STEMS)


def limited_seats(text: str, number: NumberPhrase) -> bool:
    """Whether the number caps an event's seats or audience: a noun of seats or people attending before it ("Zahl der
    Plätze", "Teilnehmerzahl") and "begrenzt" right after it."""
    return (
        not number.money
        and number.np_start < number.start
        and number.head.lower().startswith(_SEAT_STEMS)
        and _LIMITED.match(text, number.end) is not None
    )
