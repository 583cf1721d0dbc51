"""A payer funding the projects a list or table names under it: "Das Ministerium Y fördert folgende Projekte:" and
an item per line, "Folgende Teilprojekte werden vom Land Y gefördert:" and a table: each listed project fundedBy Y.
Read over the release once its sentences are read, as the list's items stand in sentences of their own."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lexicon
from ...text.spans import Mention
from ..actors import FUNDERS, RelationFinding, actors
from .marks import FUNDED, MONEY, introduced

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


# A payer funding a counted set of units with a sum, the units' shares told after it: "Das Ministerium Y unterstützt
# zwei Projekte mit insgesamt 900.000 Euro. Das Projekt A erhält 500.000 Euro. … B wird mit 400.000 Euro unterstützt."
_COUNTED = rf"(?P<count>{'|'.join(lexicon.GERMAN_NUMBER_WORDS)}|\d{{1,2}})"
_FUNDS_A_COUNTED_SET = re.compile(
    r"\b(?:ko|mit)?(?:fördert|finanziert|unterstützt|bezuschusst|förderte|finanzierte|unterstützte)\s+"
    rf"(?:[\w.-]+\s+){{0,6}}?{_COUNTED}\s+(?:\w+e\s+)?(?:Teil|Modell)?(?:[Pp]rojekte|Angebote|Vorhaben|\w*stellen)\b"
    rf"[^.;]{{0,80}}?\bmit\s+(?:insgesamt\s+|rund\s+|zusammen\s+)?{MONEY}"
)
# A unit's share without its payer: "X erhält 500.000 Euro", "X wird mit 400.000 Euro unterstützt"
_SHARE = re.compile(
    rf"\b(?:erhält|erhielt|bekommt|bekam)\s+(?:[\w.]+\s+){{0,2}}?{MONEY}"
    rf"|\b(?:wird|wurde)\s+mit\s+(?:[\w.]+\s+){{0,1}}?{MONEY}\s+(?:unterstützt|gefördert|bezuschusst)\b"
)
_SHARES_REACH = 1200  # characters after the sum to the last share told: the next two paragraphs or so


def payers_of_shares(
    text: str, mentions: list[Mention], spans: list[tuple[int, int]]
) -> Iterator[RelationFinding]:
    """`spans`: the release's sentences, in order."""
    for lead_in in _FUNDS_A_COUNTED_SET.finditer(text):
        opening = next((s for s, e in spans if s <= lead_in.start() < e), lead_in.start())
        # the subject before the verb, or after it: "Seit Mai finanziert das Land Y zwei Projekte …"
        payers = [m for m in actors(mentions, opening, lead_in.start("count"), FUNDERS) if m.type in _PAYERS][
            :1
        ]
        count = lexicon.GERMAN_NUMBER_WORDS.get(lead_in.group("count")) or int(lead_in.group("count"))
        shared = [
            unit
            for s, e in spans
            if lead_in.end() < s < lead_in.end() + _SHARES_REACH and _SHARE.search(text, s, e)
            for unit in _unit_paid_alone(mentions, s, e)
        ]
        yield from (RelationFinding(unit, "fundedBy", p) for unit in shared[:count] for p in payers)


_PAYERS = frozenset({"Ministry", "Agency"})


def _unit_paid_alone(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The one unit the sentence names, where it names no payer of its own."""
    named = actors(mentions, start, end)
    units = [m for m in named if m.type == "Subproject"]
    return units[:1] if units and not any(m.type in _PAYERS for m in named) else []
