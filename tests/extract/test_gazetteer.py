"""The gazetteer tries its names only at the word starts its pattern of first letters finds (issue 12)."""

from __future__ import annotations

import re

from iqgraph.extract.gazetteer import build_gazetteer
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())
TEXT = (
    "Berlin und Bremen. A. A. A. xBerlin, Berlin-Brandenburg -Hamburg (Hamburg) „Köln“ in München; "
    "das IQ Netzwerk und die Bundesagentur für Arbeit in Nürnberg"
)


def _at_every_word_start(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for word in re.finditer(r"(?<![\w-])\w", text):
        found = GAZETTEER._longest_at(text, word.start()) if word.start() >= pos else None
        if found is not None:
            out.append((found[0], found[1], found[2].key))
            pos = found[1]
    return out


def test_the_word_starts_found_by_first_letters_give_what_trying_every_word_start_gives() -> None:
    found = [(s, e, k.key) for s, e, k in GAZETTEER.find(TEXT)]
    assert found == _at_every_word_start(TEXT)
    assert len(found) >= 6


def test_no_word_start_is_tried_where_no_name_begins() -> None:
    assert GAZETTEER.starts.search("A. " * 50 + "xBerlin -Bremen") is None
