"""Persons a sentence with a speech act names who did not speak by it: the one thanked in the dative ("dankte dem
Moderator X"), those a relative clause of a preposition names ("dem Team, zu dem auch X gehört") and the one who
was absent ("Ministerin X ließ sich durch Y vertreten", "X war kurzfristig verhindert", "Eigentlich sollte X
sprechen")."""

from __future__ import annotations

import re

from ..names.mentions import Mention
from .listed_lines import listed_along
from .nouns import REPORTED_SPEECH, SPEAKER_CUE

# The one thanked, in the dative after the verb of thanks and its subject: "dankte dem Moderator X", "dankte Y der
# Ministerin X" (a feminine title after "der" is dative), "dankte den Referentinnen X und Y" (the first of them).
_THANKED = re.compile(
    r"\b(?:dankte|dankten|bedankte\s+sich\s+bei|bedankten\s+sich\s+bei)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:(?:dem|den)(?:\s+[\w-]+){1,2}|der(?:\s+[\w-]+)?\s+[\w-]+in)\s+$"
)
_THANKED_REACH = 80  # characters before a name for the verb, the article and the title


# A relative clause opened by a preposition and its pronoun, up to its verb at the clause's end: "dem Team, zu dem
# auch X und Y gehören", "die Betriebe, bei denen X arbeitet". Those it names are what the clause says of them
# (members, staff), not speakers, unless the clause itself holds a speech act ("…, mit denen X diskutierte").
_PREPOSITION_RELATIVE_CLAUSE = re.compile(
    r",\s*(?:zu|mit|bei|in|an|von|unter|neben|für|aus|nach)\s+(?:dem|der|denen|den|das|die)\b"
    r"[^.;:!?\n]*?\b[a-zäöüß]+(?=\s*(?:[,.;!?]|$))"
)


def silent_relative_clauses(text: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    return [
        m.span()
        for m in _PREPOSITION_RELATIVE_CLAUSE.finditer(text, *sentence)
        if not SPEAKER_CUE.search(text, *m.span()) and not REPORTED_SPEECH.search(text, *m.span())
    ]


def thanked(text: str, sentence: tuple[int, int], person: Mention) -> bool:
    return _THANKED.search(text, max(sentence[0], person.start - _THANKED_REACH), person.start) is not None


# Absent, right after the name: "X ließ sich durch Y vertreten", "X, die sich vertreten ließ", "X war verhindert",
# "X musste kurzfristig absagen".
_ABSENT = re.compile(
    r"\s*(?:,\s*(?:die|der)\s+sich\b|\s+ließ(?:en)?\s+sich\b)[^.;!?\n]{0,80}?\bvertreten\b"
    r"|\s+(?:war|waren|musste|mussten)\b[^.;!?\n]{0,40}?\b(?:verhindert|absagen|abgesagt)\b"
)


def absent(text: str, sentence: tuple[int, int], person: Mention) -> bool:
    return (
        _ABSENT.match(text, person.end, sentence[1]) is not None
        or _AMONG_THE_AUDIENCE.match(text, person.end, sentence[1]) is not None
        or _MEANT_TO_AFTER.match(text, person.end, sentence[1]) is not None
        or _MEANT_TO_BEFORE.search(text, max(sentence[0], person.start - _MEANT_TO_REACH), person.start)
        is not None
    )


# Meant to speak, which says she did not: a modal in the past with "ursprünglich" or "eigentlich", or the
# counterfactual "hätte … sollen", before the name ("Ursprünglich sollte auch Staatssekretär X sprechen", "Eigentlich
# wollte Ministerin Y das Grußwort halten") or after it ("Ministerin X sollte eigentlich eröffnen", "X, die
# ursprünglich sprechen sollte, …", "X hätte das Grußwort halten sollen").
_MEANT_TO_BEFORE = re.compile(
    r"\b(?:[Uu]rsprünglich|[Ee]igentlich)\s+(?:sollte|sollten|wollte|wollten|war|waren)\s+[^.;:!?\n,]*$"
)
_MEANT_TO_AFTER = re.compile(
    r"\s*(?:,\s*(?:die|der)\s+(?:ursprünglich|eigentlich)\b"
    r"|\s+(?:sollte|sollten|wollte|wollten|war|waren)\s+(?:ursprünglich|eigentlich)\b"
    r"|\s+(?:hätte|hätten)\b[^.;:!?\n]{0,60}?\b(?:sollen|wollen)\b)"
)
_MEANT_TO_REACH = 80  # characters back from the name over the adverb, the modal and the titles


# A guest who sat or mingled with the audience, said right after the name: "Zu Gast war X, die sich unter die Gäste
# mischte", "X, der im Publikum saß".
_AMONG_THE_AUDIENCE = re.compile(
    r"(?:\s+zu\s+Gast)?\s*,\s*(?:die|der)\b[^.;!?\n]{0,40}?\b(?:unter\s+(?:die|den)|im)\s+(?:[a-zäöü]+\s+)?"
    r"(?:Besucher|Gäst|Teilnehm|Publikum|Zuhörer|Zuschauer)"
)


# A person's title before her name, a noun of persons ("Preisträgerin", "Gründer", "Direktor", "Kollege") or an
# academic title; not where the phrase is a stage or an occasion ("auf dem Podium X", "auf der Bühne Y").
_PERSON_TITLE = r"(?:Dr\.|Prof\.|(?!(?:Bühne|Feier)\b)[A-ZÄÖÜ][\w-]*(?:in|er|or|ent|ant|at|ist|e|en))"
# A person governed by a preposition that makes her what is spoken of or given to, not who speaks: "überreichte den
# Preis an X", "erinnerte an die Gründerin X", "die Laudatio auf die Preisträgerin X", "sprach über X", "Für die
# Ministerin X sprach Y" (an article, an adjective and up to two title words between).
_THEME_BEFORE = re.compile(
    r"(?<!,\s)\b(?:[Aa]n|[Aa]uf|[Üü]ber|Für)\s+(?:(?:die|den|der|dem|das|ihre[nm]?|seine[nm]?)\s+)?(?:[a-zäöü][\w-]*\s+)?"
    rf"(?:{_PERSON_TITLE}\s+){{0,2}}$"
    # ... or whose work or greetings are named ("das Projekt von X", "Grüße von Y"): a noun other than a speech act's
    # ("ein Grußwort von X", "Vorträge von Y" name the speakers) before "von"
    r"|\b(?:[Dd](?:er|ie|as|en|em|es)|[Ee]ine?[mnrs]?|[Ii]hre?[mnrs]?|[Ss]eine?[mnrs]?)\s+(?:[a-zäöü][\w-]*\s+)?"
    r"(?P<noun>[A-ZÄÖÜ][\w-]*)\s+von\s+(?:(?:[A-ZÄÖÜ][\w.-]*\s+){0,2})$"
    # ... or thanked by a verb whose subject went before: "eröffnete den Tag und dankte X", "bedankte sich bei Y"
    r"|\bund\s+(?:dankte|dankten)\s+(?:[A-ZÄÖÜ][\w.-]*\s+)?$"
    r"|\b(?:bedankte|bedankten)\s+sich\s+(?:[\w-]+\s+){0,2}?bei\s+(?:(?:der|dem|den)\s+)?(?:[\w.-]+\s+){0,2}$"
)
_THEME_REACH = 80  # characters before a name for the preposition, its article and titles


def spoken_of(text: str, sentence: tuple[int, int], person: Mention) -> bool:
    """The person is what is spoken of, given to, thanked or whose work is named, not who speaks."""
    match = _THEME_BEFORE.search(text, max(sentence[0], person.start - _THEME_REACH), person.start)
    if match is None:
        return False
    noun = match.group("noun")
    if noun is None:
        return True
    # "Eröffnet wurde der Tag von X": the passive's agent, who spoke
    passive = _PASSIVE_BEFORE.search(text, sentence[0], match.start()) is not None
    return not passive and not SPEAKER_CUE.search(
        f" {noun} von "
    )  # the noun read with its context, as cues are


_PASSIVE_BEFORE = re.compile(r"\b(?:wurde|wurden|wird|werden)\b")


# Giving prizes: "zeichnete … aus" with its subject and then the one awarded ("Ministerin X zeichnete die Gründerin Y
# aus", "Bei der Feier zeichnete Ministerin X die Unternehmerin Y aus").
_AWARDING = re.compile(r"\bzeichnete(?:n)?\b")


def awarded(text: str, sentence: tuple[int, int], persons: list[Mention], person: Mention) -> bool:
    """The person is the one a prize giver named before her awards: "zeichnete … aus" stands before her, and so does
    another person (the giver, before or after the verb)."""
    verb = _AWARDING.search(text, sentence[0], person.start)
    if verb is None:
        return False
    before = [m for m in persons if sentence[0] <= m.start < person.start and m.key != person.key]
    # "Landrat X und Y zeichneten … aus": one of the givers listed with the one before
    return bool(before) and person not in listed_along(text, [*before[-1:], person])
