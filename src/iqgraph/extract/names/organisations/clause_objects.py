"""The object of a verb-final clause after a bare head, which is no word of the body's name.

In a subordinate or relative clause the verbs come last: "…, dass die Kammer Betriebe berät", "…, nachdem die
Stiftung Gelder bewilligt hatte", "die Kurse, die der Verein Geflüchteten anbietet". A bare head, one noun in the
plural (or a dative plural) and the verbs closing the clause are the subject, its object and the verbs; the noun
is no name ("Kammer Betriebe"). A name's word seldom ends so ("Lernhaus", "Brückenbau"), and a place never is an
object here ("dass der Verband Hannover verlässt" keeps its reading).
"""

from __future__ import annotations

import re

from ...lexicon.places import PLACE_NAMES

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


def object_of_the_clause(text: str, head_start: int, word_start: int, word_end: int) -> bool:
    """Whether the word at `word_start`..`word_end` after a head at `head_start` is the object of a verb-final
    clause, no part of the name."""
    word = text[word_start:word_end]
    return (
        word.endswith(_OBJECT_ENDINGS)
        and word not in PLACE_NAMES
        and _VERBS_CLOSING_THE_CLAUSE.match(text, word_end) is not None
        and _CLAUSE_OPENER_BEFORE.search(text, max(0, head_start - _OPENER_REACH), head_start) is not None
    )
