"""Short forms in brackets after an organisation's name, and the words they spell.

"Institut für Beispielforschung (IfB)": the short form the text goes on to use, not a town in brackets
("Musterhilfe gGmbH (Kassel)"). An abbreviation that spells the initials of the words before it takes them into
the name ("Forschungsinstitut Berufliche Integration (f-bi)", "Kompetenzzentrum Fachkräfte (KomFa)"); one that
spells a genitive attribute belongs to that attribute ("Regionaldirektion Muster der Bundesagentur für Arbeit
(BA)").
"""

from __future__ import annotations

import re

from ...lexicon.places import PLACE_NAMES
from .words import PLACE, named_like_a_town

# "(BAMF)", "(kurz: LAG)", "(f-bb)": the short form the text goes on to use.
ABBR = re.compile(
    r"\s*\((?:kurz|abgekürzt)?:?\s*"
    r"(?P<abbr>[A-ZÄÖÜ][\w\-]{1,15}(?: [A-ZÄÖÜ][\w\-]{2,20})?|[a-zäöü]{1,4}-[a-zäöü]{1,4})\)"
)


def short_form_after(text: str, end: int) -> re.Match[str] | None:
    """The short form in brackets after a name, not a town there ("Musterhilfe gGmbH (Kassel)": its seat); a short
    form in small letters only where it spells the name's last words ("Verband der Musterwirtschaft e. V. (vmw)")."""
    abbr = ABBR.match(text, end)
    if abbr is None:
        small = _SMALL_ABBR.match(text, end)
        if small and " " in small.group("abbr"):
            return small if _initials_and_region(text, end, small.group("abbr")) else None
        return small if small and _spells_the_words_before(text, end, small.group("abbr")) else None
    return None if abbr.group("abbr") in PLACE_NAMES else abbr


# "(vbw)", "(dgb)": a short form in small letters, as some associations write theirs; "(hsm nord)": the initials and
# the region the name closes with
_SMALL_ABBR = re.compile(r"\s*\((?P<abbr>[a-zäöü]{2,5}(?: [a-zäöü]{3,12})?)\)")
REGION_CUT_MIN = 4  # letters of the region's word a short form keeps ("rhein", "Rhein" of "Rheinlandes")


def _initials_and_region(text: str, end: int, abbreviation: str) -> bool:
    """ "Hochschule für Kunst und Gestaltung des Rheinlandes (hkg rhein)": the first word spells the capitals of the
    name before its genitive attribute, the second begins the name's last word."""
    line = _NAME_LINE_BEFORE.search(text, max(0, end - 120), end)
    initials, region = abbreviation.split(" ")
    words = (line.group(0) if line else "").split()
    return (
        len(region) >= REGION_CUT_MIN
        and bool(words)
        and words[-1].lower().startswith(region)
        and any(
            capital_initials(" ".join(words[i:j])) == initials and words[i][:1].isupper()
            for j in range(2, len(words))
            for i in range(j - 1)
        )
    )


def capital_initials(name: str) -> str:
    """ "Hochschule für Kunst und Gestaltung" -> "hkg": the first letters of the capitalised words, small."""
    return "".join(w[0] for w in name.split() if w[:1].isupper()).lower()


_NAME_LINE_BEFORE = re.compile(r"[^\n(),;:]{1,120}$")
_LEGAL_FORM_WORDS = frozenset({"e.", "v.", "e.v.", "gmbh", "ggmbh", "mbh", "ag", "eg", "gug"})
_MOST_WORDS_SPELLED_SMALL = 6


def _spells_the_words_before(text: str, end: int, abbreviation: str) -> bool:
    """Whether the short form spells the last words before it, a hyphened word taken as one word or as its parts
    ("Nordrhein-Westfalen" gives "n" or "nw")."""
    line = _NAME_LINE_BEFORE.search(text, max(0, end - 120), end)
    return any(
        _spells_last_words(abbreviation, re.split(separators, line.group(0) if line else ""))
        for separators in (r"[\s\-]+", r"\s+")
    )


def _spells_last_words(abbreviation: str, split: list[str]) -> bool:
    """Each run of last words, with or without the words in small letters ("der kommunalen Ausländerbeiräte" may
    give "a" alone)."""
    words = [w for w in split if w and w.lower() not in _LEGAL_FORM_WORDS]
    capitalised = [w for w in words if w[:1].isupper()]
    return any(
        _spells(abbreviation, [w.lower() for w in run[-k:] if w.lower() not in _UNSPELLED_WORDS])
        for run in (words, capitalised)
        for k in range(2, min(len(run), _MOST_WORDS_SPELLED_SMALL) + 1)
    )


# Name words after a head that its abbreviation spells: "Forschungsinstitut Berufliche Integration (f-bi)".
_SPELLED_BY_ABBR = re.compile(r"(?P<words>(?:\s+[A-ZÄÖÜ][\w\-]*){1,4})(?=\s*\()")
# "Volkshochschule (VHS) Musterstadt", "Industrie- und Handelskammer (IHK) zu Leipzig": the town of the name
_PLACE_AFTER_ABBR = re.compile(rf"\s+(?P<zu>zu\s+)?(?P<place>{PLACE}|[A-ZÄÖÜ][a-zäöüß]{{4,}})(?![\w-])")


def place_after_abbreviation(text: str, end: int) -> re.Match[str] | None:
    """ "Volkshochschule (VHS) Musterstadt": the town after a short form, one a place list knows or one named like a
    town ("Handwerkskammer (HWK) Beispielhausen")."""
    place = _PLACE_AFTER_ABBR.match(text, end)
    if place is None or place.group("place") in PLACE_NAMES or named_like_a_town(place.group("place")):
        return place
    return None


def completed_by_abbreviation(text: str, start: int, end: int) -> int | None:
    """ "Thüringer Institut für Akademische Weiterbildung (TIAW)": the portfolio stops at a capitalised adjective;
    the words up to an abbreviation that spells the capitals of the whole name still belong to it."""
    words = _SPELLED_BY_ABBR.match(text, end)
    abbr = ABBR.match(text, words.end()) if words else None
    if words is None or abbr is None:
        return None
    capitals = "".join(w[0] for w in text[start : words.end()].split() if w[0].isupper())
    letters = re.sub(r"[^\w]", "", abbr.group("abbr"))
    return words.end() if len(letters) > 2 and capitals.lower() == letters.lower() else None


# The words between a head and its abbreviation, small or capitalised, in one clause: "Servicestelle zur
# Erschließung ausländischer Qualifikationen (SEAQ)", "Beratungsdienst Anerkennung und Qualifizierung (BAQ)".
_MOST_SPELLED_WORDS = 8  # a name longer than this is no longer spelled by a short form
_WORDS_BEFORE_ABBR = re.compile(rf"(?P<words>(?:[^\S\n]+[\w][\w\-]*){{1,{_MOST_SPELLED_WORDS}}})(?=\s*\()")
_HYPHEN_COORDINATION = re.compile(r"\w-\s")
# Small words an abbreviation leaves out: articles, prepositions and conjunctions inside a name.
_UNSPELLED_WORDS = frozenset(
    {
        "für",
        "zur",
        "zum",
        "der",
        "des",
        "die",
        "das",
        "den",
        "dem",
        "und",
        "in",
        "im",
        "von",
        "vom",
        "an",
        "am",
    }
    | {"auf", "mit", "bei", "beim", "aus", "zu", "e"}
)


def spelled_out_before_abbreviation(text: str, head_start: int, end: int) -> int | None:
    """The end of the words after a head that the abbreviation in parentheses after them spells out: each word
    gives its first letter and may give more of its letters in order ("Kompetenzzentrum Fachkräfte (KomFa)"),
    small linking words none ("Bundesamt für Migration und Flüchtlinge (BAMF)")."""
    words = _WORDS_BEFORE_ABBR.match(text, end)
    abbr = ABBR.match(text, words.end()) if words else None
    if (
        words is None
        or abbr is None
        or "-" in abbr.group("abbr")
        or _HYPHEN_COORDINATION.search(words.group())
    ):
        return None  # "Institut Arbeitsmarkt- und Berufsforschung (IAB)": a portfolio without its "für"
    spelled = [w for w in re.split(r"[\s\-]+", text[head_start : words.end()]) if w]
    spelled = [w.lower() for w in spelled if w.lower() not in _UNSPELLED_WORDS]
    letters = re.sub(r"[^\w]", "", abbr.group("abbr")).lower()
    return words.end() if len(letters) > 2 and _spells(letters, spelled) else None


def abbreviates_the_genitive(abbreviation: str, genitive: str) -> bool:
    """Whether a short form after a genitive attribute spells the attribute's name, so that it is no short form of
    the whole name."""
    words = [w.lower() for w in re.split(r"[\s\-]+", genitive) if w]
    spelled = [w for w in words[1:] if w not in _UNSPELLED_WORDS]
    letters = re.sub(r"[^\w]", "", abbreviation).lower()
    return _spells(letters, spelled)


def _spells(letters: str, words: list[str]) -> bool:
    """Whether `letters` is each word's first letter followed by some of its later letters, word by word."""
    if not words:
        return not letters
    first, rest = words[0], words[1:]
    if not letters or letters[0] != first[0]:
        return False
    for taken in range(1, len(letters) + 1):
        if _in_order(letters[1:taken], first[1:]) and _spells(letters[taken:], rest):
            return True
    return False


def _in_order(letters: str, word: str) -> bool:
    remaining = iter(word)
    return all(letter in remaining for letter in letters)


def spelled_by_abbreviation(text: str, head_start: int, end: int) -> int | None:
    """The end of the name words after a head when the abbreviation in parentheses after them spells the
    initials of the head word and those words ("Forschungsinstitut Berufliche Integration (f-bi)")."""
    words = _SPELLED_BY_ABBR.match(text, end)
    if words is None:
        return None
    abbr = ABBR.match(text, words.end())
    if abbr is None:
        return None
    initials = "".join(w[0] for w in text[head_start : words.end()].split()).lower()
    letters = re.sub(r"[^\w]", "", abbr.group("abbr")).lower()
    return words.end() if letters == initials else None
