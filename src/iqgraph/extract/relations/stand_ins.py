"""Entities named before and meant by a bare noun, as mentions of them where the noun stands, so the sentence's readers
see them: the paying bodies ("Das Projekt wird vom Land gefördert", "aus Mitteln des Ministeriums", "durch die
Arbeitsagentur": the Land, ministry or labour agency the text named last), a carrying body by its head noun ("das
Bildungszentrum"), the project named last by its kind noun ("Träger des Angebots ist …") and the unit spoken of by
the head noun of its own name ("das Haus" for the "Haus der Chancen")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from .. import lexicon
from ..lexicon.projects import PROJECT_KIND_STAND_INS
from ..text.spans import Mention


def _standing_for(entity: Mention, noun: re.Match[str]) -> Mention:
    """A mention of `entity` where the noun (the match's group "noun") stands for it."""
    start, end = noun.span("noun")
    return replace(entity, start=start, end=end, surface=noun.group("noun"), generic=True, priority=0)


def _covered(named: list[Mention], noun: re.Match[str]) -> bool:
    start, end = noun.span("noun")
    return any(m.start < end and start < m.end for m in named)


_KIND_OF_NOUN = {form: kind for kind, (forms, _, _) in lexicon.PAYER_STAND_INS.items() for form in forms}
# A definite article (or its contraction) before the noun, no name after it ("das Land Hessen", "das Ministerium für
# …" name one themselves); not "im Land" (a place), "ins Land".
_BARE_PAYER = re.compile(
    r"(?<![\w-])(?:[Dd](?:er|ie|as|em|en|es)|[Vv]om|[Bb]eim)\s+"
    rf"(?P<noun>{'|'.join(sorted(_KIND_OF_NOUN, key=len, reverse=True))})(?![\w-])"
    r"(?!\s+(?:[A-ZÄÖÜ]|für\b|des\b|der\b|von\b))"
)


def payer_kinds(m: Mention) -> Iterator[str]:
    """The stand-in kinds a body is of: "Land Hessen" a Land, "Bundesministerium für …" a ministry."""
    if m.type not in ("Agency", "Ministry"):
        return
    low = m.label.lower()
    for kind, (_, beginnings, words) in lexicon.PAYER_STAND_INS.items():
        if m.label.startswith(beginnings) or any(w in low for w in words):
            yield kind


def payer_stand_ins(
    text: str, sentence: tuple[int, int], named: list[Mention], last: Callable[[str], Mention | None]
) -> list[Mention]:
    """The bare nouns in the sentence that stand for a body named before (`last`: the last of a kind), as mentions
    of that body; none where a name covers the noun."""
    found = []
    for bare in _BARE_PAYER.finditer(text, *sentence):
        body = last(_KIND_OF_NOUN[bare.group("noun")])
        if body is not None and not _covered(named, bare):
            found.append(_standing_for(body, bare))
    return found


# A body named before and meant by its head noun, the article before it and no name after it: "das Bildungszentrum"
# for the "Caritas-Bildungszentrum Trier", "die gGmbH" for the "Lernwerk gGmbH", "der Verein" for "Verein Y e. V.".
_BARE_HEAD = re.compile(
    r"(?<![\w-])(?:[Dd](?:er|ie|as|em|en|es)|[Vv]om|[Bb]eim)\s+(?P<noun>[A-ZÄÖÜ][\w-]*[a-zäöüßH]|gGmbH)(?![\w-])"
    # a capitalised word after it continues a name the text does not know, unless it is the body's role
    r"(?!\s*[„\"»(]|\s+(?:(?!(?:Projekt)?Träger)[A-ZÄÖÜ]|für\b|des\b|der\b|von\b|vom\b|in\b|aus\b))"
)
_CARRYING_BODIES = frozenset({"Organisation", "Agency"})


def _heads(label: str) -> set[str]:
    """The words of a body's name, each part of a hyphenated one too: "Caritas-Bildungszentrum Trier" has
    "Bildungszentrum"."""
    words = label.split()
    return {*words, *(part for w in words if "-" in w for part in w.split("-")[1:] if part)}


def carrier_stand_ins(
    text: str, sentence: tuple[int, int], named: list[Mention], recent: list[Mention]
) -> list[Mention]:
    """The bare head nouns in the sentence that stand for a body named in the last sentences (`recent`, the latest
    last), as mentions of that body; none where a name covers the noun."""
    found = []
    for bare in _BARE_HEAD.finditer(text, *sentence):
        if _covered(named, bare):
            continue
        body = next(
            (
                m
                for m in reversed(recent)
                if m.type in _CARRYING_BODIES and bare.group("noun") in _heads(m.label)
            ),
            None,
        )
        if body is not None:
            found.append(_standing_for(body, bare))
    return found


# A project's kind noun with its article and no name after it, in any case: "Träger des Angebots ist …", "Die
# Beratung ist beim Verein Y angesiedelt", "Der Verein Y ist Träger der Beratungsstelle" (a name after it, an opening
# mark, a genitive or "für" make it name or describe another unit).
_BARE_UNIT = re.compile(
    r"(?<![\w-])(?:[Dd](?:er|ie|as|em|en|es)|[Dd]ies(?:e|er|es|em|en))\s+"
    rf"(?P<noun>{'|'.join(sorted(PROJECT_KIND_STAND_INS, key=len, reverse=True))})(?:e?s)?(?![\w-])"
    r"(?!\s*[„\"»(]|\s+(?:[A-ZÄÖÜ]|des\b|der\b|von\b|vom\b|für\b|zur\b|zum\b))"
)


def unit_stand_ins(
    text: str, sentence: tuple[int, int], named: list[Mention], project: Mention | None
) -> list[Mention]:
    """The bare kind nouns in the sentence that stand for `project` (the project named last, near enough), as
    mentions of it; none where a name covers the noun or the sentence names a project of its own."""
    if project is None or any(m.type == "Subproject" and not m.generic for m in named):
        return []
    return [
        _standing_for(project, bare)
        for bare in _BARE_UNIT.finditer(text, *sentence)
        if not _covered(named, bare)
    ]


# The unit spoken of, meant by the head noun of its own name: after "das Lotsenhaus Weststadt" or "das Haus der
# Chancen", "Gefördert wird das Haus vom Land Y" funds that unit, as "das Projekt" would. A head noun is one
# capitalised word of small letters, the first of a name with more words ("Haus des Ankommens", "Werkstatt Zukunft");
# not a quoted or one-word name, whose first word may be anything.
_NAMED_BY_A_HEAD = frozenset({"Subproject"})
_HEAD_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}")
# The article before it and nothing after it that names or describes another one: not "das Haus der Vereine", "das
# Haus „Y“", "die Werkstatt Nord".
_ARTICLE = r"(?<![\w-])(?:[Dd](?:as|ie|er|em|en|es)|[Dd]ies(?:e|er|es|em|en))\s+"
_NOTHING_NAMING_AFTER = r"(?![\w-])(?!\s*[„\"»(]|\s+(?:[A-ZÄÖÜ]|des\b|der\b|für\b|in\b|im\b))"


def with_the_topic_by_its_head(
    text: str, sentence: tuple[int, int], named: list[Mention], topic: Mention | None
) -> list[Mention]:
    """The sentence's actors with the topic's head noun, where it stands bare, as a mention of the topic (in order);
    the actors alone where the topic has no such head or the sentence names no bare one."""
    head = _head(topic)
    if topic is None or head is None:
        return named
    bare = re.compile(rf"{_ARTICLE}(?P<noun>{re.escape(head)}(?:e?s)?){_NOTHING_NAMING_AFTER}")
    meant = [_standing_for(topic, m) for m in bare.finditer(text, *sentence) if not _covered(named, m)]
    return sorted([*named, *meant], key=lambda m: m.start) if meant else named


def _head(unit: Mention | None) -> str | None:
    if unit is None or unit.type not in _NAMED_BY_A_HEAD or unit.generic:
        return None
    words = unit.label.split()
    return words[0] if len(words) > 1 and _HEAD_WORD.fullmatch(words[0]) else None
