"""A project's carrier from its head's employer: the body a project's head works for carries the project."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...text.spans import Mention
from ..actors import CARRIERS, RelationFinding

__all__ = ["carriers_of_led_projects"]

# A relative clause about the head telling where she worked before: "Projektleiter ist Karl Muster, der zuvor bei
# der Y gearbeitet hat" (Y employed him, it does not carry the project).
_FORMER_WORK = re.compile(
    r",\s+(?:der|die)\s+[^,;.]*?\b(?:zuvor|vorher|früher|ehemals|einst|damals|bis\s+(?:\d{4}|zuletzt))\b"
)


def carriers_of_led_projects(
    text: str, heads: list[tuple[Mention, Mention]], members: list[tuple[Mention, Mention]]
) -> Iterator[RelationFinding]:
    """A project's head named in one sentence with the body she works for ("Projektleiterin des Projekts X,
    Petra Beispiel vom Verein Y", "Leiter des Projekts X ist Karl Muster von der Y"): that body carries the project."""
    employers: dict[str, Mention] = {}
    for person, body in members:
        former = person.end <= body.start and _FORMER_WORK.search(text, person.end, body.start)
        if body.type in CARRIERS and not former:
            employers.setdefault(person.key, body)
    for unit, head in heads:
        employer = employers.get(head.key)
        if unit.type == "Subproject" and employer is not None:
            yield RelationFinding(unit, "hostedBy", employer)
