"""The words before an organisation's head that belong to its name, and those that describe it.

Adjectives ("Statistisches Bundesamt", "Musterländer Landesregierung", "die bayerische Staatsregierung"), the
first halves of a hyphen coordination ("Industrie- und Handelskammer"), a leading acronym ("DGB Bildungswerk"),
a brand ("durch involas Institut für …", "die Charité – Universitätsmedizin Berlin") and given names before a
person's name ("Johannes Gutenberg-Universität") lead the name; an adjective of age or order ("das neue Bündnis
für Fachkräfte") and an idiom ("auf Initiative des Vereins X") do not.
"""

from __future__ import annotations

import re

from ... import lexicon
from ...lexicon.names import DESCRIPTIVE_ADJECTIVES
from ...text.morphology import adjective_stem, gender, town_of_adjective
from ..persons.persons import given_name_gender
from .heads import COMMON_NOUN_ENDINGS, names_a_body
from .words import FOR_PORTFOLIO, GENERIC_CLASSIFIER, NOT_NAME_START, SHORT_LINE_MAX

# A head joined by hyphens to a person's given and family name, the way bodies named after a person are written
# ("Friedrich-Ebert-Stiftung", "Max-Planck-Institut"): the compound is a name without any complement.
_PERSON_NAMED_COMPOUND = re.compile(
    r"(?P<given>[A-ZÄÖÜ][a-zäöüß]+)-(?:[A-ZÄÖÜ][a-zäöüß]+-){1,2}[A-ZÄÖÜ]?[a-zäöüß]+(?![\w-])"
)


def named_after_a_person(text: str, start: int, end: int) -> bool:
    compound = _PERSON_NAMED_COMPOUND.match(text, start, end)
    return (
        compound is not None
        and given_name_gender(compound.group("given")) is not None
        or _hyphened_name(text, start, end)
    )


# A proper name joined to a head that follows names by a hyphen ("die Mercator-Stiftung", "das Goethe-Institut"): German joins a common noun to its head without one ("Bürgerstiftung"), so the hyphen
# marks a name.
# Only foundations and institutes: an "-Akademie" or "-Klinik" after a hyphen is as often a product's or a
# programme's name ("die Lernbox-Akademie").
_HYPHENED_NAME = re.compile(r"(?P<name>[A-ZÄÖÜ][a-zäöüß]{2,})-(?:Stiftung|Institut)(?:s|es|en)?$")


def _hyphened_name(text: str, start: int, end: int) -> bool:
    compound = _HYPHENED_NAME.match(text[start:end])
    if compound is None:
        return False
    name = compound.group("name")
    return not (
        name.endswith("s")  # "Bildungs-Akademie": a compound's linking "s" after a common noun
        or name.lower().endswith(COMMON_NOUN_ENDINGS)
        or name in lexicon.NOT_NAMES
        or adjective_stem(name)
        or names_a_body(name)
    )


def describes_unit(words: str) -> bool:
    return _only_place_adjectives(words) or _COORDINATED_BEFORE.fullmatch(words) is not None


def _only_place_adjectives(words: str) -> bool:
    return all(w.endswith("er") and adjective_stem(w) is None for w in words.split())


# Only a Land's adjective leads a name in small letters ("die bayerische Staatsregierung"); another adjective in
# "-isch" describes a body of some kind ("die städtische Behörde", "das kommunale Jobcenter").
_LAND_ADJECTIVE_STEMS = "|".join(re.escape(stem) for stem in lexicon.LAND_ADJECTIVE_STEMS)
_SMALL_LAND_ADJECTIVE = re.compile(rf"(?<![\w-])(?:{_LAND_ADJECTIVE_STEMS})(?:e|en|er|es|em)\s+$")
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])([A-ZÄÖÜ]{2,6})\s+$")
_COORDINATED_BEFORE = re.compile(r"(?<![\w-])(?:[A-ZÄÖÜ][\w]*-,?\s+)+und\s+$")


# A head joined by a hyphen to a person's family name ("Gutenberg-Universität", "Goethe-Institut"), and the given
# names written apart before it ("Johannes Gutenberg-Universität", "Johann Wolfgang Goethe-Universität").
_PERSON_NAMED_HEAD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+-[A-ZÄÖÜ]")
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w-])(?P<given>[A-ZÄÖÜ][a-zäöüß]+)\s+$")
GIVEN_NAMES_WINDOW = 30  # characters back over two given names
_MOST_GIVEN_NAMES = 2


def _given_names_start(text: str, start: int) -> int:
    for _ in range(_MOST_GIVEN_NAMES):
        given = _GIVEN_NAME_BEFORE.search(text, max(0, start - GIVEN_NAMES_WINDOW), start)
        if given is None or not given_name_gender(given.group("given")):
            break
        start = given.start()
    return start


# A brand written in small letters between a preposition or article and the head: "durch involas Institut für …",
# "die kompetenz Akademie GmbH". A small word there is otherwise an inflected adjective, an adverb or a determiner.
_SMALL_LETTER_BRAND_BEFORE = re.compile(
    r"(?<![\w-])(?i:von|durch|bei|mit|für|an|der|die|das|den|dem|des)\s+(?P<brand>[a-zäöüß]{3,})\s+$"
)
_BRAND_WINDOW = 40  # characters back over the preposition and the brand


# A brand joined to the descriptive name after it by a dash, after an article or preposition or opening a line:
# "die Charité – Universitätsmedizin Berlin", "von involas – Institut für …".
_DASHED_BRAND_BEFORE = re.compile(
    r"(?:^|(?<![\w-])(?i:von|vom|durch|bei|beim|mit|für|an|am|der|die|das|den|dem|des)\s+)"
    r"(?P<brand>[A-ZÄÖÜa-zäöüß][\w.+&]*\w)\s+[–-]\s+$",
    re.MULTILINE,
)


def _is_brand(word: str) -> bool:
    """A word that names a body by itself: a brand in small letters or a proper noun, not a body's kind, a place,
    a common noun or an adjective ("die Stadt – Amt für Migration –" is a parenthesis)."""
    if word[:1].islower():
        return is_small_letter_brand(word)
    return not (
        word.isupper()  # "IBAS – Informations- und Beratungsstelle …": a short form, which the name spells out
        or names_a_body(word)
        or adjective_stem(word)
        or word.lower().endswith(COMMON_NOUN_ENDINGS)
        or word in lexicon.NOT_NAMES
    )


def is_small_letter_brand(word: str) -> bool:
    return not (
        word.endswith(("e", "en", "er", "es", "em"))
        or word in NOT_NAME_START
        or word in lexicon.SMALL_WORDS_BEFORE_NOUNS
        or word in lexicon.GERMAN_NUMBER_WORDS
    )


def extend_left(text: str, start: int) -> int:
    """Take the adjectives before the head: "Statistisches Bundesamt", "Thüringer Landesregierung", and the
    first halves of a hyphen coordination: "Industrie- und Handelskammer"."""
    coordinated = _COORDINATED_BEFORE.search(text, max(0, start - 60), start)
    if coordinated:
        start = coordinated.start()
    acronym = _ACRONYM_BEFORE.search(text, max(0, start - 12), start)
    if acronym and acronym.group(1) != "IQ":  # "HAWK Hochschule …", "DGB Bildungswerk": the short name leads
        return acronym.start()
    dashed = _DASHED_BRAND_BEFORE.search(text, max(0, start - _BRAND_WINDOW), start)
    if dashed and _is_brand(
        dashed.group("brand")
    ):  # "die Charité – Universitätsmedizin Berlin": the brand leads
        return dashed.start("brand")
    brand = _SMALL_LETTER_BRAND_BEFORE.search(text, max(0, start - _BRAND_WINDOW), start)
    if brand and is_small_letter_brand(
        brand.group("brand")
    ):  # "durch involas Institut für …": the brand leads
        return brand.start("brand")
    if _PERSON_NAMED_HEAD.match(
        text, start
    ):  # "Johannes Gutenberg-Universität": the given names lead the name
        start = _given_names_start(text, start)
    land_adjective = _SMALL_LAND_ADJECTIVE.search(text, max(0, start - 30), start)
    if land_adjective:  # "die bayerische Staatsregierung": part of the name, written with a capital
        return land_adjective.start()
    first_word = _FIRST_WORD.match(text, start)  # not text[start:].split(): a copy of the rest per name
    feminine_head = first_word is not None and gender(first_word.group(1)) == "f"
    while True:
        prev = _ADJECTIVE_BEFORE.search(text[max(0, start - 40) : start])
        if not prev:
            return start
        word = prev.group(1)
        if prev.group(0).endswith("\n") and not _wraps_running_text(text, start - 1):
            return start
        if feminine_head and word.endswith("es"):
            return start  # "Soziales / Staatskanzlei" in a tag line: an adjective in -es never qualifies a feminine noun
        if _describes(word) or not (
            adjective_stem(word) or word in lexicon.LAND_ADJECTIVES or is_town_adjective(word)
        ):
            return start
        # "der Geraer Verein Ankerplatz e. V.", "die Kasseler Stiftung Beispielhilfe": the town says where the body
        # is, no word of its name (its head has a name of its own after it)
        if is_town_adjective(word) and (
            GENERIC_CLASSIFIER.match(text, start) or _HEAD_BEFORE_ITS_NAME.match(text, start)
        ):
            return start
        start = start - (len(prev.group(0)))


# A body's head noun and a name after it: "Stiftung Beispielhilfe", "Bildungswerk „Lernweg“" (not a legal form:
# "Verkehrsgesellschaft AG" is one name).
_HEAD_BEFORE_ITS_NAME = re.compile(
    r"(?=[A-ZÄÖÜ])[\w-]*?(?i:stiftung|initiative|bildungswerk|verband|netzwerk|bündnis)[ \xa0]+"
    r"(?!(?:AG|GmbH|gGmbH|KG|mbH|e\.)(?![\w-]))[„\"»]?[A-ZÄÖÜ]"
)


def _wraps_running_text(text: str, newline: int) -> bool:
    """Whether the line ending at `newline` is long enough to be wrapped running text."""
    return newline - (text.rfind("\n", 0, newline) + 1) >= SHORT_LINE_MAX


def is_town_adjective(word: str) -> bool:
    """ "Kasseler", "Saarbrücker", "Dresdner": a town's adjective."""
    return town_of_adjective(word) is not None


_FIRST_WORD = re.compile(r"\s*(\S+)")
# An adjective before a head on the same line: a line break ends a name ("… und Soziales" / "Europäischer Sozialfonds"
# are two names of a footer's list), unless it wraps running text ("… das Diakonische" / "Werk Kassel …").
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w\-]*)(?:[^\S\n]+|[^\S\n]*\n)$")
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-ZÄÖÜa-zäöüß]\w*)\s+$")
_DESCRIBED_WINDOW = 20  # characters back to the adjective before the head


# "auf Initiative des Vereins X": an idiom (at the instigation of), no body named "Initiative"; the body after it
# is read on its own.
_IDIOM_BEFORE = re.compile(r"(?<![\w-])[Aa]uf\s+$")
_INSTIGATION = re.compile(r"Initiative\s+(?:des|der|von)\s+")


def at_the_instigation(text: str, start: int) -> re.Match[str] | None:
    """ "auf Initiative des …" at `start`: the words to skip to reach the body."""
    before = _IDIOM_BEFORE.search(text, max(0, start - 8), start)
    return _INSTIGATION.match(text, start) if before else None


def described_by_its_topic(text: str, head_start: int, end: int, head: str) -> bool:
    """ "das neue Bündnis für Fachkräfte", "Neue Servicestelle für Zugewanderte": after an adjective of age or order,
    a "für" phrase says what the body is for; it names only a ministry or public body."""
    before = _WORD_BEFORE.search(text, max(0, head_start - _DESCRIBED_WINDOW), head_start)
    return (
        before is not None
        and _describes(before.group(1))
        and lexicon.ORG_HEADS[head] not in ("Ministry", "Agency")
        and FOR_PORTFOLIO.match(text, end) is not None
    )


def _describes(word: str) -> bool:
    """ "Neue", "Gemeinsames": an adjective of age, order or scope describes the body and is no part of its name."""
    stem = adjective_stem(word)
    return stem is not None and stem.lower() in DESCRIPTIVE_ADJECTIVES
