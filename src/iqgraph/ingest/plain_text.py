"""A release's text made plain once, as it is read: invisible marks out, indentation and doubled spaces out, words
broken at a line end whole again.

Text copied from web pages and PDFs carries soft hyphens and zero-width spaces inside words ("Anerkennungs­beratung")
and words hyphenated at the end of a wrapped line ("Bera-" / "tung"). Both hide a word from every rule that
reads it, so they are undone here, before any offset is taken: the word is joined at the start of the second
line ("… die" / "Beratung der …"), so that both lines keep about their length for `extract.text.unwrap`. A
hyphen before a conjunction stays: "Arbeitsmarkt-" / "und Berufsforschung" is a shortened compound; before a
capital it stays as a compound's hyphen ("IQ-" / "Netzwerk" is "IQ-Netzwerk").
"""

from __future__ import annotations

import re

_INVISIBLE = str.maketrans("", "", "\u00ad\u200b\u2060\ufeff")
_BROKEN_WORD = re.compile(r"[ \t]*(?<![\w-])(?P<first>[\w-]*[^\W\d_])-\n(?P<rest>[^\W\d_][\w-]*)")
_CONJUNCTIONS = frozenset({"und", "oder", "sowie", "bzw", "bis", "als", "noch", "wie"})


# A line's indentation (a copied web page's, a letter's) and a doubled space (typed after a sentence's end, or
# from justified PDF text: "e.  V.", "Anerkennung.  Die") say nothing, yet split what rules read as one; three
# spaces or more stay, as they may part a table's columns.
_INDENTATION = re.compile(r"(?m)^[ \t\xa0]+")
_DOUBLED_SPACE = re.compile(r"(?<=\S)[ \xa0]{2}(?=\S)")


def plain(text: str) -> str:
    text = _DOUBLED_SPACE.sub(" ", _INDENTATION.sub("", text.translate(_INVISIBLE)))
    return _BROKEN_WORD.sub(_joined, text)


def _joined(match: re.Match[str]) -> str:
    first, rest = match.group("first"), match.group("rest")
    if rest.lower() in _CONJUNCTIONS:
        return match.group(0)  # "Arbeitsmarkt-\nund …": a shortened compound, its hyphen stays
    hyphen = "-" if rest[:1].isupper() else ""  # "IQ-\nNetzwerk": a compound's own hyphen
    return f"\n{first}{hyphen}{rest}"  # the whole word on the second line: both lines keep about their length
