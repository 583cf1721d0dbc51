"""The person asking in an interview: a journalist's title ("Redakteurin", "Reporter") in a sentence that asks or
frames an interview ("fragte Reporterin X", "Redakteur X hat nachgefragt", "im Gespräch mit Redakteurin X") is page
furniture, no role of the release's; a journalist moderating an event keeps hers ("moderiert von der Journalistin
X")."""

from __future__ import annotations

import re

from .. import lexicon

_JOURNALIST = re.compile(rf"(?i:{'|'.join(lexicon.JOURNALIST_STEMS)})")
# ... or a verb of asking right after a printed question: "„Wie läuft es?“, fragte Reporterin X".
_INTERVIEW_CUE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(lexicon.INTERVIEW_CUES)})(?![\w-])"
    r"|\?[“”\"«»]?[ \xa0]*,?[ \xa0]*(?:fragt|fragte|fragten)(?![\w-])"
)
_MODERATING = re.compile(r"(?i:moderi|moderat)")


def asks_as_a_journalist(text: str, sentence: tuple[int, int], title: str) -> bool:
    """Whether a role's `title` is a journalist's and its sentence asks, not moderates."""
    if _JOURNALIST.search(title) is None:
        return False
    return _INTERVIEW_CUE.search(text, *sentence) is not None and _MODERATING.search(text, *sentence) is None
