"""Who sat on a panel the sentence before names: "Die Podiumsdiskussion moderierte X. Mit dabei waren A, B und C." (the
panel's members speak there; "Mit dabei waren" after a Fachtag's sentence names guests as often)."""

from __future__ import annotations

import re

# A panel: a debate on a stage or a round of talks.
_PANEL = re.compile(
    r"(?i:podium\w*|[\w-]*diskussion(?:en)?|[\w-]*(?:gesprächs|diskussions|talk|experten)runde\w*|panel\w*)"
)
# A sentence opening with those who were on it: "Mit dabei waren", "Ebenfalls dabei war", "Teilnehmende waren".
_ON_IT = re.compile(
    r"\s*(?:(?:Mit|Ebenfalls|Außerdem)\s+)?(?:[Dd]abei|mit\s+dabei)\s+(?:waren|war|sind|ist)\b"
    r"|\s*(?:Teilnehmende|Teilnehmer(?:innen)?|Gesprächspartner(?:innen)?|Gäste\s+auf\s+dem\s+Podium)\s+(?:waren|sind)\b"
)


def on_the_panel_named_before(text: str, sentence: tuple[int, int], before: tuple[int, int] | None) -> bool:
    """The sentence opens with who was on it, and the sentence before it in its paragraph names a panel."""
    if before is None or "\n" in text[before[1] : sentence[0]] or not _ON_IT.match(text, *sentence):
        return False
    return _PANEL.search(text, *before) is not None
