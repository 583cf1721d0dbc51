"""Paying bodies named before and meant by a bare head noun: "Das Projekt wird vom Land gefördert", "aus Mitteln des
Ministeriums", "durch die Arbeitsagentur" stand for the Land, ministry or labour agency the text named last, so the
sentence's readers see that body where the noun stands."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from .. import lexicon
from ..lexicon.projects import PROJECT_KIND_STAND_INS
from ..text.spans import Mention

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
        start, end = bare.span("noun")
        body = last(_KIND_OF_NOUN[bare.group("noun")])
        if body is not None and not any(m.start < end and start < m.end for m in named):
            found.append(
                replace(body, start=start, end=end, surface=bare.group("noun"), generic=True, priority=0)
            )
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
        start, end = bare.span("noun")
        if any(m.start < end and start < m.end for m in named):
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
            found.append(
                replace(body, start=start, end=end, surface=bare.group("noun"), generic=True, priority=0)
            )
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
    found = []
    for bare in _BARE_UNIT.finditer(text, *sentence):
        start, end = bare.span("noun")
        if not any(m.start < end and start < m.end for m in named):
            found.append(
                replace(project, start=start, end=end, surface=bare.group("noun"), generic=True, priority=0)
            )
    return found
