"""Numbers written as words, compounds included: "sieben", "Fünfundvierzig", "zweihundertfünfzig",
"dreitausendvierhundert"; and the few phrases of a number word ("zwei Dutzend", "eine Million").

    NUMBER := HALF | [BELOW-1000] "tausend" [BELOW-1000] | BELOW-1000
    HALF := UNIT "einhalb" | "anderthalb" (before a scale: "zweieinhalb Millionen Euro")
    BELOW-1000 := [UNIT] "hundert" ["und"] [BELOW-100] | BELOW-100
    BELOW-100 := UNIT "und" TEN | TEN | TEEN | UNIT (not "ein": the article is no number)
"""

from __future__ import annotations

from .. import lexicon
from ..text.alternation import any_of, longest_first

# The single number words by their place, from the lexicon's table; "ein"/"eins" only inside a compound.
_WORDS = {w: v for w, v in lexicon.GERMAN_NUMBER_WORDS.items() if " " not in w}
_UNITS = {"ein": 1, "eins": 1} | {w: v for w, v in _WORDS.items() if 2 <= v <= 9}
_TEENS = {w: v for w, v in _WORDS.items() if 10 <= v <= 19}
_TENS = {w: v for w, v in _WORDS.items() if 20 <= v <= 90 and v % 10 == 0}


_UNIT = f"(?:{longest_first({w: v for w, v in _UNITS.items() if w != 'eins'})})"
_TEN = f"(?:{longest_first(_TENS)})"
_BELOW_100 = f"(?:{_UNIT}und{_TEN}|{_TEN}|{longest_first(_TEENS)}|(?!ein(?![a-zäöüß]))(?:{_UNIT}))"
_BELOW_1000 = f"(?:{_UNIT}?hundert(?:und)?{_BELOW_100}?|{_BELOW_100})"
# Each number word starts with one of these letters: a look at it spares the alternation elsewhere (issue 12).
_FIRST_LETTERS = "".join(
    sorted({w[0] for w in (*_UNITS, *_TEENS, *_TENS, "hundert", "tausend", "anderthalb")})
)
# "zweieinhalb", "anderthalb": a number and a half, read before a scale ("zweieinhalb Millionen Euro")
_HALF = f"(?:(?:{_UNIT}|zehn|elf|zwölf)einhalb|anderthalb)"
COMPOUND = f"(?=[{_FIRST_LETTERS}])(?:{_HALF}|{_BELOW_1000}?tausend(?:und)?{_BELOW_1000}?|{_BELOW_1000})(?![a-zäöüß])"
# Number words of more than one word: "zwei Dutzend", "eine halbe Million".
_PHRASES = [w for w in lexicon.GERMAN_NUMBER_WORDS if " " in w]
NUMBER_WORD = (
    any_of(sorted(_PHRASES, key=len, reverse=True), lambda w: w.replace(" ", r"\s+")) + "|" + COMPOUND
)


def number_word_value(word: str) -> int | None:
    """The value of a number word ("Fünfundvierzig" -> 45), None for a word that is no number."""
    low = " ".join(word.lower().split())
    if low in lexicon.GERMAN_NUMBER_WORDS:
        return lexicon.GERMAN_NUMBER_WORDS[low]
    if "tausend" in low:
        left, right = low.split("tausend", 1)
        thousands = _below_1000(left) if left else 1
        rest = _below_1000(right.removeprefix("und")) if right else 0
        return None if thousands is None or rest is None else thousands * 1000 + rest
    return _below_1000(low)


def half_word_value(word: str) -> int | None:
    """Twice the value of "a number and a half" ("zweieinhalb" -> 5, "anderthalb" -> 3), None for other words."""
    low = word.lower()
    if low == "anderthalb":
        return 3
    if not low.endswith("einhalb"):
        return None
    whole = _below_100(low.removesuffix("einhalb"))
    return 2 * whole + 1 if whole is not None else None


def _below_1000(word: str) -> int | None:
    if "hundert" not in word:
        return _below_100(word)
    left, right = word.split("hundert", 1)
    hundreds = _UNITS.get(left) if left else 1
    rest = _below_100(right.removeprefix("und")) if right else 0
    return None if hundreds is None or rest is None else hundreds * 100 + rest


def _below_100(word: str) -> int | None:
    for table in (_UNITS, _TEENS, _TENS):
        if word in table:
            return table[word]
    unit, _, ten = word.partition("und")
    if unit in _UNITS and ten in _TENS:
        return _UNITS[unit] + _TENS[ten]
    return None
