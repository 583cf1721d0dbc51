"""An alternation of many words that a long text can afford: the lexicon's stems and cues are tried at every
character, in any case, and a plain alternation tries each of its words there (issue 12)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# First letters that no character matches two of, in any case (unlike "s" and "ſ", or "k" and the Kelvin sign).
_DISTINCT_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzäöüß")


def any_of(words: Iterable[str], literal: Callable[[str], str] = re.escape) -> str:
    """A pattern matching what `"|".join(map(literal, words))` matches, taking the same word where several
    could: the words grouped by their first letter behind a look at it, each group in the given order. Only
    the words of one first letter can match at one place, so each letter is tried once, not each word.
    `literal` writes the rest of a word as a pattern (a word's first letter is always escaped)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        first = word[:1]
        if not first or (first.isalpha() and first not in _DISTINCT_LETTERS):
            raise ValueError(f"{word!r}: a word for any_of starts with a lower-case letter or no letter")
        groups.setdefault(first, []).append(literal(word[1:]))
    firsts = "".join(re.escape(first) for first in groups)
    grouped = "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())
    return f"(?:(?=[{firsts}])(?:{grouped}))"


def longest_first(words: Iterable[str]) -> str:
    """The words (patterns, not escaped) as a plain alternation, the longest first, so that none is cut short by a
    shorter one it begins with; words of one length keep their order."""
    return "|".join(sorted(words, key=len, reverse=True))
