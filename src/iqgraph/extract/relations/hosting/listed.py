"""A carrier of the projects a list names under it: "Der Verein Y ist Träger folgender Projekte:", "Die Y gGmbH setzt
folgende Teilprojekte um:" and an item per line: each listed project hostedBy Y. Read over the release once its
sentences are read, as the list's items stand in sentences of their own."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...text.blocks import list_block
from ...text.spans import Mention
from ..actors import CARRIERS, RelationFinding, actors

_LISTED = r"(?:der\s+)?(?:folgenden?|folgender|nachstehenden?|nachstehender)\s+(?:\w+\s+)?(?:Teil|Modell)?[Pp]rojekte"
# the carrier before its noun or verb: "Y ist Träger folgender Projekte:", "Y setzt derzeit folgende Projekte um:"
# (or right after the verb: "Seit 2023 führt die Y folgende Projekte durch:")
_CARRIES_A_LIST = re.compile(
    r"(?m)^(?P<clause>[^\n]*?)(?:\b(?:ist|sind|war|waren)\s+(?:\w+\s+)?(?:Projekt)?[Tt]räger(?:in)?\s+"
    rf"{_LISTED}|\b(?:setzt|setzen|führt|führen|trägt|tragen|betreibt|betreiben)\b(?P<after>[^.:\n]{{0,60}}?)\b{_LISTED}"
    r"(?:\s+(?:um|durch))?)\s*:[^\S\n]*$"
)


def carriers_of_listed_projects(text: str, mentions: list[Mention]) -> Iterator[RelationFinding]:
    for lead_in in _CARRIES_A_LIST.finditer(text):
        # the subject before the verb, or after it: "Seit 2023 führt die Y folgende Projekte durch:"
        before = [m for m in actors(mentions, *lead_in.span("clause"), CARRIERS) if not m.generic]
        after = actors(mentions, *lead_in.span("after"), CARRIERS) if lead_in.group("after") else []
        bodies = before or [m for m in after if not m.generic][:1]
        if not bodies:
            continue
        body, end = list_block(text, lead_in.end())
        listed = [m for m in mentions if body <= m.start < end and m.type == "Subproject" and not m.generic]
        yield from (RelationFinding(unit, "hostedBy", bodies[-1]) for unit in listed)


# A project's name filling its line, its carrier's filling the next: "Werkstatt Technik\nHandwerkskammer Gera" (a
# block of a list the names stage read as such).
_LINE_BREAK = re.compile(r"[^\S\n]*\n[^\S\n]*")
_LINE_END = re.compile(r"[^\S\n]*(?:\n|$)")


def carriers_on_the_next_line(text: str, mentions: list[Mention]) -> Iterator[RelationFinding]:
    bodies = {m.start: m for m in mentions if m.type in CARRIERS and not m.generic}
    for unit in (m for m in mentions if m.type == "Subproject" and not m.generic):
        if text[text.rfind("\n", 0, unit.start) + 1 : unit.start].strip():
            continue
        link = _LINE_BREAK.match(text, unit.end)
        body = bodies.get(link.end()) if link else None
        if body is not None and _LINE_END.match(text, body.end):  # the carrier's name fills its line
            yield RelationFinding(unit, "hostedBy", body)
