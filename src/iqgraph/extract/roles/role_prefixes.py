"""A role noun opening what was read as an organisation's name: "Geschäftsführerin der Brückenbau gGmbH" names the
body "Brückenbau gGmbH" (the role is no part of its name)."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicon
from ..text.spans import Mention
from .bodies import head_nominative
from .phrases import STEMS, is_role_noun

__all__ = ["without_role_prefix"]

_ROLE_PREFIX = re.compile(
    rf"(?<![\w-])(?=[A-ZÄÖÜ])[\w\-]*(?i:{STEMS})\w*\s+(?:des|der|dem|den|vom|von\s+der|beim|bei\s+der|im)\s+"
    r"(?:[a-zäöü]\w*(?:e|en|er|es|em)\s+)?"
)


# A role noun with no article opening a name, in the terse style of programmes and contact lines: "Karl Muster,
# Geschäftsführer Brückenbau gGmbH", "Projektleiterin Verein Lernwerk e. V." (a name of the body follows).
# The word ends with the role stem and an inflection ("Existenzgründerhaus" is a body's name, no title).
_BARE_ROLE_PREFIX = re.compile(rf"(?=[A-ZÄÖÜ])[\w\-]*(?i:{STEMS})(?:in|innen|en|er|e|n)?[ \xa0]+(?=[A-ZÄÖÜ])")


def without_role_prefix(text: str, m: Mention) -> Mention:
    """ "Geschäftsführerin der Brückenbau gGmbH" read as a name: the organisation is what follows the
    role noun and its article ("Brückenbau gGmbH"), the role is no part of its name."""
    bare = _BARE_ROLE_PREFIX.match(text, m.start, m.end)
    match = next(
        (x for x in _ROLE_PREFIX.finditer(text, m.start, m.end) if _is_person_noun(x.group(0).split()[0])),
        bare if bare is not None and _is_person_noun(bare.group(0).split()[0]) else None,
    )
    if match is None or match.end() >= m.end:
        return m
    words = text[match.end() : m.end].split()
    words[0] = head_nominative(words[0])
    label = " ".join(words)
    return replace(
        m,
        start=match.end(),
        key=m.key.split(":")[0] + ":" + label.lower(),
        label=label,
        surface=text[match.end() : m.end],
    )


def _is_person_noun(word: str) -> bool:
    """A role noun, not an organisation's head that contains one ("Arbeitsministerium", "Vorstandsbüro")."""
    low = word.lower().rstrip("s")
    return is_role_noun(word) and not low.endswith(tuple(lexicon.ORG_HEADS))
