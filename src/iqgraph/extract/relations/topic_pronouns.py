"""Which unit a pronoun subject stands for: the last one named before whose grammatical gender agrees.

"Die Anlaufstelle X gehört zum IQ Netzwerk Y. Sie wird vom Land gefördert": "Sie" is the Anlaufstelle (feminine),
not the network named last (neuter); "Das Netzwerk Y unterhält die Anlaufstelle X. Es wird …": "Es" is the
network. A unit's gender is read where the text introduces it: from the article or the common noun right before
its name ("die IQ Anerkennungsberatung X", "das Förderprogramm „X“", "zur Beratungsstelle X"), checked against
the gender of its own head noun where that noun's ending tells one.
"""

from __future__ import annotations

import re

from ..lexicon.events import MONTH_NAMES
from ..text.morphology import head_index, known_gender
from ..text.spans import Mention

# The genders an article or a contracted preposition allows for the noun it introduces (p: plural).
_ARTICLE_GENDERS = {
    "das": frozenset("n"),
    "dieses": frozenset("n"),
    "ins": frozenset("n"),
    "die": frozenset("fp"),
    "diese": frozenset("fp"),
    "zur": frozenset("f"),
    "der": frozenset("mf"),  # nominative masculine, dative or genitive feminine
    "dieser": frozenset("mf"),
    "den": frozenset("mp"),
    "dem": frozenset("mn"),
    "des": frozenset("mn"),
    "zum": frozenset("mn"),
    "im": frozenset("mn"),
    "vom": frozenset("mn"),
    "beim": frozenset("mn"),
    "am": frozenset("mn"),
}
# what stands right before a name: an article, or a common noun with its article ("das Förderprogramm „X“");
# quotation marks may open the name
_ARTICLES = "|".join(
    f"[{a[0]}{a[0].upper()}]{a[1:]}" for a in sorted(_ARTICLE_GENDERS, key=len, reverse=True)
)
_BEFORE_NAME = re.compile(
    rf"(?<![\w-])(?:(?P<article>{_ARTICLES})|(?P<noun>[A-ZÄÖÜ][a-zäöüß]+))\s+[„\"»“‚']?$"
)
_LOOK_BACK = 40  # characters before a name that hold its article or common noun

# A pronoun subject opening the sentence, or after a fronted participle and its auxiliary ("Gefördert wird sie
# vom Land"); the verb tells singular from plural.
# An adverbial of time or addition fronted, the pronoun subject after the finite verb: "Seit 2015 wird es …",
# "Zusätzlich werden sie …"
FRONTED_ADVERBIAL = (
    rf"(?:(?:Seit|Ab|Bis)\s+(?:(?:Anfang|Mitte|Ende|{'|'.join(MONTH_NAMES)})\s+)?\d{{4}}|Seitdem|Seither|Zusätzlich|Außerdem|Zudem|Inzwischen|Derzeit|Aktuell|Bislang"
    r"|Bisher|Künftig|Weiterhin|Darüber\s+hinaus)"
)
_PRONOUN = re.compile(
    r"\s*(?:(?:(?:Ko|Mit)?(?:[Gg]efördert|[Ff]inanziert|[Gg]etragen|[Kk]oordiniert|[Bb]etrieben|[Uu]mgesetzt)"
    rf"|{FRONTED_ADVERBIAL})\s+(?P<aux>wird|wurde|werden|wurden)\s+)?"
    r"(?P<pronoun>Es|es|Er|er|Sie|sie|Dieses|Dieser|Diese)\s+(?P<verb>\w+)"
)
_PLURAL_VERBS = frozenset({"sind", "waren", "werden", "wurden", "haben", "hatten"})
_PRONOUN_GENDERS = {"es": "n", "dieses": "n", "er": "m", "dieser": "m"}


def pronoun_genders(text: str, sentence_start: int) -> frozenset[str] | None:
    """The genders the sentence's opening pronoun subject allows, or None where it opens with none."""
    match = _PRONOUN.match(text, sentence_start)
    if match is None:
        return None
    pronoun, verb = match.group("pronoun").lower(), match.group("verb")
    if pronoun in _PRONOUN_GENDERS:
        return frozenset(_PRONOUN_GENDERS[pronoun])
    # "Sie wird …" feminine singular, "Sie werden …" plural; after a fronted participle the auxiliary tells
    return frozenset("p" if (match.group("aux") or verb) in _PLURAL_VERBS else "f")


def unit_genders(text: str, m: Mention) -> frozenset[str]:
    """The genders the text gives a named unit where it names it; empty where nothing tells."""
    own = _named_by_its_noun(m.surface) or _head_gender(m.label)
    before = _BEFORE_NAME.search(text, max(0, m.start - _LOOK_BACK), m.start)
    if before is None:
        return own
    if before.group("article"):
        allowed = _ARTICLE_GENDERS.get(before.group("article").lower(), frozenset())
    else:
        noun_gender = known_gender(before.group("noun"))
        allowed = frozenset(noun_gender) if noun_gender else frozenset()
        own = (
            frozenset()
        )  # the common noun before the name governs it: "das Förderprogramm „Faire Integration“"
    return (allowed & own or own) if own else allowed


# a unit named with its common noun before its quoted name: "Projekt „Fahrt ins Land“" is neuter as "Projekt" is,
# whatever gender the quoted name's own head has ("Fahrt")
_NOUN_BEFORE_QUOTE = re.compile(r"(?P<noun>[A-ZÄÖÜ][\w-]*)\s+[„\"»‚]")


def _named_by_its_noun(surface: str) -> frozenset[str]:
    noun = _NOUN_BEFORE_QUOTE.match(surface)
    gender = known_gender(noun.group("noun")) if noun else None
    return frozenset(gender) if gender else frozenset()


def _head_gender(label: str) -> frozenset[str]:
    words = label.split(" ")
    gender = known_gender(words[head_index(words)])
    return frozenset(gender) if gender else frozenset()
