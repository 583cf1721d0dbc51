"""A payer funding the projects a list or table names under it: "Das Ministerium Y fördert folgende Projekte:" and
an item per line, "Folgende Teilprojekte werden vom Land Y gefördert:" and a table: each listed project fundedBy Y.
Read over the release once its sentences are read, as the list's items stand in sentences of their own."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...text.spans import Mention
from ..actors import FUNDERS, RelationFinding, actors
from .marks import FUNDED, introduced

_PLURAL_PROJECTS = r"(?:\w+\s+)?(?:Teil|Modell)?[Pp]rojekte"
# the active with its subject before or right after the verb: "Das Land Y fördert 2022 folgende Projekte:"
_FUNDS_A_LIST = re.compile(
    r"(?m)^(?P<clause>[^\n]*?)\b(?:ko|mit)?(?:fördert|finanziert|förderte|finanzierte)\b(?P<after>[^.:\n]{0,80}?)"
    rf"\b(?:folgende|nachstehende|diese|die\s+folgenden)\s+{_PLURAL_PROJECTS}\s*:[^\S\n]*$"
)
# the passive, its payer after a mark: "Folgende Projekte werden vom Land Y gefördert:"
_LIST_IS_FUNDED = re.compile(
    rf"(?m)^[^\S\n]*(?:Folgende|Nachstehende|Diese)\s+{_PLURAL_PROJECTS}\s+(?:werden|wurden)\b"
    rf"(?P<zone>[^.:\n]{{0,120}}?)\b{FUNDED}\s*:[^\S\n]*$"
)
_BLOCK_END = re.compile(r"\n[^\S\n]*\n")  # a blank line ends the list


def payers_of_listed_projects(text: str, mentions: list[Mention]) -> Iterator[RelationFinding]:
    for lead_in in _FUNDS_A_LIST.finditer(text):
        named = actors(mentions, lead_in.start(), lead_in.end(), FUNDERS)
        payers = [m for m in named if m.type != "Subproject" and not m.generic][:1]
        yield from _funding_each(text, mentions, lead_in.end(), payers)
    for lead_in in _LIST_IS_FUNDED.finditer(text):
        payers = introduced(text, mentions, *lead_in.span("zone"))
        yield from _funding_each(text, mentions, lead_in.end(), payers)


def _funding_each(
    text: str, mentions: list[Mention], start: int, payers: list[Mention]
) -> Iterator[RelationFinding]:
    """Each project the block of lines after the lead-in names (a blank line right after the colon is skipped)."""
    body = start + len(text[start:]) - len(text[start:].lstrip())
    end = next((m.start() for m in _BLOCK_END.finditer(text, body)), len(text))
    listed = [m for m in mentions if body <= m.start < end and m.type == "Subproject" and not m.generic]
    yield from (RelationFinding(unit, "fundedBy", payer) for unit in listed for payer in payers)
