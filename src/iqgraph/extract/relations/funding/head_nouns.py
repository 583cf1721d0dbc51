"""A unit named before and meant by the head noun of its own name: after "das Lotsenhaus Weststadt" or "das Haus der
Chancen", "Gefördert wird das Haus vom Land Y" funds that unit, as "das Projekt" would. The funding readers see the
noun as a mention of the unit."""

from __future__ import annotations

import re
from dataclasses import replace

from ...text.spans import Mention

_NAMED_BY_A_HEAD = frozenset({"Subproject"})
# A head noun: one capitalised word of small letters, the first of a name with more words ("Haus des Ankommens",
# "Werkstatt Zukunft"); not a quoted or one-word name, whose first word may be anything.
_HEAD_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}")
# The article before it and nothing after it that names or describes another one: not "das Haus der Vereine", "das
# Haus „Y“", "die Werkstatt Nord".
_ARTICLE = r"(?<![\w-])(?:[Dd](?:as|ie|er|em|en|es)|[Dd]ies(?:e|er|es|em|en))\s+"
_NOTHING_NAMING_AFTER = r"(?![\w-])(?!\s*[„\"»(]|\s+(?:[A-ZÄÖÜ]|des\b|der\b|für\b|in\b|im\b))"


def topic_by_its_head(
    text: str, sentence: tuple[int, int], named: list[Mention], topic: Mention | None
) -> list[Mention]:
    """The sentence's actors with the topic's head noun, where it stands bare, as a mention of the topic (in order);
    the actors alone where the topic has no such head or the sentence names no bare one."""
    head = _head(topic)
    if topic is None or head is None:
        return named
    bare = re.compile(rf"{_ARTICLE}(?P<noun>{re.escape(head)}(?:e?s)?){_NOTHING_NAMING_AFTER}")
    meant = [
        replace(
            topic, start=m.start("noun"), end=m.end("noun"), surface=m.group("noun"), generic=True, priority=0
        )
        for m in bare.finditer(text, *sentence)
        if not any(n.start < m.end() and m.start("noun") < n.end for n in named)
    ]
    return sorted([*named, *meant], key=lambda m: m.start) if meant else named


def _head(unit: Mention | None) -> str | None:
    if unit is None or unit.type not in _NAMED_BY_A_HEAD or unit.generic:
        return None
    words = unit.label.split()
    return words[0] if len(words) > 1 and _HEAD_WORD.fullmatch(words[0]) else None
