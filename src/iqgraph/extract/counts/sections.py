"""The project a section of a project page is about: its paragraph opens with a heading line that is the project's
name ("Projekt „Startklar Technik“" over "Träger: …" and the project's sentences); counts of the section that name
no one ("Es stehen 45 Plätze zur Verfügung") are that project's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..names.mentions import Mention

_HEAD = re.compile(rf"[ \t]*(?:(?:{'|'.join(lexicon.SUBPROJECT_HEADS)})[ \t]+)?[„\"»]?[ \t]*")
_TAIL = re.compile(r"[“”\"«]?[ \t]*")


def section_projects(
    text: str, spans: Sequence[tuple[int, int]], here: Sequence[list[Mention]]
) -> list[Mention | None]:
    """For each sentence (`here`: the mentions starting in it), the project whose name heads its paragraph, or
    None."""
    out: list[Mention | None] = []
    current: Mention | None = None
    previous_end = 0
    for span, named in zip(spans, here, strict=True):
        if "\n\n" in text[previous_end : span[0]] or previous_end == 0:
            current = _heading_project(text, span, named)
        out.append(current)
        previous_end = span[1]
    return out


def _heading_project(text: str, span: tuple[int, int], named: list[Mention]) -> Mention | None:
    """The project a heading line is the name of (with its head noun and quotation marks), else None."""
    if "\n" in text[span[0] : span[1]]:
        return None
    projects = [m for m in named if m.type == "Subproject" and not m.generic]
    if len(projects) != 1:
        return None
    project = projects[0]
    head = _HEAD.fullmatch(text, span[0], project.start)
    tail = _TAIL.fullmatch(text, project.end, span[1])
    return project if head is not None and tail is not None else None
