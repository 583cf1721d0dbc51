"""Funding denied in the payer's own clause is none: "Die Stadt X erhält vom Land Y keine Fördermittel für das
Projekt Z", "Das Land Y fördert das Projekt Z nicht mehr", "Der Antrag des Projekts Z auf Förderung durch das Land Y
wurde abgelehnt". The readers of a passive deny by themselves; this filter catches what the others read."""

from __future__ import annotations

import re

from ..actors import RelationFinding

__all__ = ["without_denied_funding"]

_DENIAL = re.compile(
    # no money: "keine Fördermittel", "keinerlei finanzielle Unterstützung", "keinen Zuschuss"
    r"\b(?:keine|keinerlei|keinen|kein)\s+(?:weiteren?\s+|finanzielle\s+|öffentlichen?\s+)?"
    r"(?:\w*[Mm]ittel\w*|\w*[Gg]eld\w*|\w*[Ff]örderung\w*|\w*[Zz]uschuss\w*|Zuwendung\w*|\w*[Ff]inanzierung\w*"
    r"|Unterstützung)\b"
    # the active verb negated at its clause's end: "fördert das Projekt Z nicht (mehr)"
    r"|\b(?:fördert|finanziert|förderte|finanzierte|fördern|finanzieren|förderten|finanzierten)\b[^.;,]{0,120}?"
    r"\bnicht\b(?!\s+nur\b)"
    # an application refused: "Der Antrag … wurde abgelehnt", "lehnte den Förderantrag ab"
    r"|\b\w*[Aa]ntrag\w*\b[^.;]{0,160}?\babgelehnt\b|\blehnt\w*\s+(?:den|die)\s+\w*[Aa]ntr[aä]g\w*\b"
)


def without_denied_funding(
    text: str, sentence: tuple[int, int], found: list[RelationFinding]
) -> list[RelationFinding]:
    """The findings, less each funding whose payer stands in one clause with a denial (no comma between)."""
    denials = [d.span() for d in _DENIAL.finditer(text, *sentence)]
    if not denials:
        return found
    return [
        f for f in found if f.predicate != "fundedBy" or not any(_one_clause(text, f, d) for d in denials)
    ]


def _one_clause(text: str, f: RelationFinding, denial: tuple[int, int]) -> bool:
    payer = f.object
    start, end = (payer.end, denial[0]) if payer.end <= denial[0] else (denial[1], payer.start)
    if end < start:
        # the payer inside the denial's span: "… Antrag auf Förderung durch das Land Y … abgelehnt"
        return True
    return not _CLAUSE_BREAK.search(text, start, end)


_CLAUSE_BREAK = re.compile(r"[,;]\s|\s(?:aber|doch|sondern|während)\s")
