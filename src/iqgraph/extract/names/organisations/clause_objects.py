"""The object of a verb-final clause after a bare head, which is no word of the body's name.

In a subordinate or relative clause the verbs come last: "…, dass die Kammer Betriebe berät", "…, nachdem die
Stiftung Gelder bewilligt hatte", "die Kurse, die der Verein Geflüchteten anbietet". A bare head, one noun in the
plural (or a dative plural) and the verbs closing the clause are the subject, its object and the verbs; the noun
is no name ("Kammer Betriebe"). A name's word seldom ends so ("Lernhaus", "Brückenbau"), and a place never is an
object here ("dass der Verband Hannover verlässt" keeps its reading).
"""

from __future__ import annotations

import re

from ... import lexicon
from ...lexicon.places import PLACE_NAMES
from ...text.morphology import adjective_stem, known_gender

# What opens a verb-final clause before its subject's article: a subordinating conjunction or a question word ("dass
# die", "nachdem der", "wie die"), or a relative pronoun after its comma (", die der Verein …").
_CLAUSE_OPENER_BEFORE = re.compile(
    r"(?:(?<![\w-])(?i:dass|weil|wenn|ob|obwohl|sobald|nachdem|damit|indem|falls|wie|wann|wo|warum|seit|seitdem"
    r"|bevor|während|sodass)|,[ \xa0]*(?:die|der|das|den|dem|denen|deren|dessen))[ \xa0]+(?:die|der|das|dem|den)[ \xa0]+$"
)
_OPENER_REACH = 20  # characters back over ", seitdem die "
# One to three words in small letters closing the clause: its verbs and an adverb ("berät,", "bewilligt hatte,",
# "kostenlos anbieten kann."), perhaps after a second object joined by "und" ("Verbände und Kammern eingeladen hat").
_VERBS_CLOSING_THE_CLAUSE = re.compile(
    r"(?:[ \xa0]+(?:und|&)[ \xa0]+[A-ZÄÖÜ][a-zäöüß]+)?(?:[ \xa0]+[a-zäöüß]{2,}){1,3}[ \xa0]*(?:[,.;:!?)]|$)"
)
# Plural and dative plural endings: "Kurse", "Beratungen", "Stellen", "Gelder", "Kindern".
_OBJECT_ENDINGS = ("e", "en", "n", "er", "ern")


# A main clause with its subject after the finite verb: "Jetzt bietet die Volkshochschule Kurse an", "Seit März
# berät die Kammer Betriebe zur Einstellung". The word before the subject's article is the verb, in small letters
# and no preposition or conjunction ("mit der Stiftung X", "und die Stiftung X").
_VERB_BEFORE_THE_SUBJECT = re.compile(r"(?<![\w-])(?P<verb>[a-zäöüß]{2,})[ \xa0]+(?:die|der|das)[ \xa0]+$")
_NO_VERBS = frozenset(
    {"in", "an", "auf", "bei", "mit", "aus", "von", "für", "über", "unter", "nach", "vor", "durch", "gegen", "ohne"}
    | {"um", "zwischen", "seit", "bis", "trotz", "wegen", "während", "dank", "laut", "neben", "hinter", "zu", "als"}
    | {"und", "oder", "sowie", "wie", "dass", "ob", "weil", "auch", "nur", "noch", "sich", "sind", "ist", "war"}
)  # fmt: skip
_VERB_REACH = 20  # characters back over the verb and the article
_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<word>[A-ZÄÖÜ][a-zäöüß]+)[ \xa0]+$")
_WORD_REACH = 30  # characters back over one word


def _after_an_adjective(text: str, word_start: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, word_start - _WORD_REACH), word_start)
    return before is not None and adjective_stem(before.group("word")) is not None


def object_of_the_clause(text: str, head_start: int, word_start: int, word_end: int) -> bool:
    """Whether the word at `word_start`..`word_end` after a head at `head_start` is the object of its clause (a
    verb-final one, or one with the verb before its subject), no part of the name."""
    word = text[word_start:word_end]
    if not word.endswith(_OBJECT_ENDINGS) or word in PLACE_NAMES or _after_an_adjective(text, word_start):
        return False  # "die Stiftung Neue Wege": an adjective and its noun make a name
    if known_gender(word) == "f":
        return False  # "die Stiftung Beispielhilfe": a feminine noun in "-e" is one, no plural
    served = names_those_served(word)
    verb_final = (
        served or _VERBS_CLOSING_THE_CLAUSE.match(text, word_end) is not None
    ) and _CLAUSE_OPENER_BEFORE.search(text, max(0, head_start - _OPENER_REACH), head_start) is not None
    return verb_final or _after_an_inverted_subject(text, head_start, word_end, served)


# The people or firms a body serves, a plural noun the verb takes for its object ("Seit Mai berät die Stiftung
# Lernwerk Betriebe in Kiel", "dass der Verein Brückenbau Geflüchtete in Erfurt begleitet"): even before a phrase
# it is no word of the name. A name's own plural follows an adjective or a link ("Verband Deutscher Unternehmen").
_SERVED_FIRMS = frozenset(
    {"Unternehmen", "Betriebe", "Arbeitgeber", "Arbeitgeberinnen", "Firmen", "Kommunen", "Handwerksbetriebe"}
    | {"Kleinbetriebe", "Ausbildungsbetriebe", "Arbeitgebende", "Einrichtungen", "Behörden", "Jobcenter"}
)  # fmt: skip
_SERVED_PEOPLE_STEMS = (
    *lexicon.ATTENDING_PEOPLE_STEMS,
    *("zugewandert", "eingewandert", "geflüchtet", "migrant", "ratsuchend", "klient", "arbeitsuchend"),
    *("arbeitslos", "auszubildend", "schutzsuchend", "interessiert", "teilnehmend", "ärzt", "pflegekräft"),
)
_SERVED_PEOPLE_ENDINGS = ("kräfte", "innen")
_PLURAL_ENDING_REACH = 3  # letters after a stem: "Migranten", "Jugendliche", "Menschen"


def names_those_served(word: str) -> bool:
    """ "Betriebe", "Geflüchtete", "Fachkräfte", "Migrantinnen": firms or people a body serves, in the plural."""
    if word in _SERVED_FIRMS:
        return True
    low = word.lower()
    if low.endswith(_SERVED_PEOPLE_ENDINGS):
        return True
    return any(
        low.startswith(stem) and len(low) - len(stem) <= _PLURAL_ENDING_REACH for stem in _SERVED_PEOPLE_STEMS
    )


def _after_an_inverted_subject(text: str, head_start: int, word_end: int, served: bool) -> bool:
    """The object closed by the verb's particle or participle ("bietet die Volkshochschule Kurse an.", "hat die
    Stiftung Preise verliehen."); before a phrase ("lädt der Verein Brücke in Kassel ein") it may be the name,
    unless it names people or firms served ("berät die Stiftung Lernwerk Betriebe in Kiel")."""
    verb = _VERB_BEFORE_THE_SUBJECT.search(text, max(0, head_start - _VERB_REACH), head_start)
    return (
        verb is not None
        and verb.group("verb") not in _NO_VERBS
        and (served or _VERBS_CLOSING_THE_CLAUSE.match(text, word_end) is not None)
    )
