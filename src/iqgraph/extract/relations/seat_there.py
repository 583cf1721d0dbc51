"""A seat said with "dort"/"hier" for the town the sentence before named last:

    "Die Beratung findet in Gotha statt. Dort hat die Stiftung Y ihren Sitz."       -> Y locatedIn Gotha
    "… in Gotha. Hier ist auch der Verein Y ansässig."
    "… in Gotha. Dort befindet sich die Geschäftsstelle der Stiftung Y."

The adverb opens the sentence, a verb of being seated follows it, the seated body is its subject right after the verb
(only adverbs, an article and a head noun between), and a clause-closing word of seating confirms it ("Dort sprach
Petra Beispiel von der Stiftung Y" places nobody).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..text.spans import Mention
from .actors import RelationFinding
from .antecedents import start_of_the_sentence_before

__all__ = ["seat_there"]

_SEATED = frozenset({"Organisation", "Agency", "Subproject", "CoordinationOffice"})
# The adverb and the verb; what must close the clause for each verb ("hat … ihren Sitz", "ist … ansässig").
_THERE = re.compile(
    r"\s*(?:Dort|Hier|Ebendort)\s+(?:(?P<has>hat|haben|hatte|hatten)|(?P<is>ist|sind|war|waren)"
    r"|(?P<sits>sitzt|sitzen|saß|befindet\s+sich|befinden\s+sich|befand\s+sich))\s+"
)
_SEAT_NOUN = re.compile(
    r"\s(?:ihren|seinen|ihre|seine|ihr|sein)\s+(?:Sitz|Hauptsitz|Standort|Geschäftsstelle|Büro|Zentrale)\b"
)
_SETTLED = re.compile(r"\s(?:ansässig|beheimatet|zu\s+Hause|zuhause|angesiedelt|untergebracht)\b")
# From the verb to the subject: adverbs, an article, a head noun or an office of the body ("die Geschäftsstelle der").
_TO_THE_SUBJECT = re.compile(
    r"(?:(?:auch|bereits|seit\s+\S+|heute|nun|zudem|ebenfalls)\s+)*(?:(?:die|der|das)\s+)?"
    r"(?:(?:Geschäftsstelle|Zentrale|Sitz|Hauptsitz|Büro|Verwaltung)\s+(?:der|des)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?"
)


def seat_there(
    text: str, sentence: tuple[int, int], here: list[Mention], place: Mention | None
) -> Iterator[RelationFinding]:
    """`place`: the place named last before the sentence; it counts only in the sentence right before."""
    cue = _THERE.match(text, sentence[0])
    if cue is None or place is None:
        return
    before = start_of_the_sentence_before(text, sentence[0])
    if before is None or place.start < before:
        return
    subject = next((m for m in here if m.start >= cue.end()), None)
    if subject is None or subject.type not in _SEATED:
        return
    if not _TO_THE_SUBJECT.fullmatch(text, cue.end(), subject.start):
        return
    closing = _SEAT_NOUN if cue.group("has") else _SETTLED if cue.group("is") else None
    if closing is None or closing.search(text, subject.end, sentence[1]):
        yield RelationFinding(subject, "locatedIn", place)
