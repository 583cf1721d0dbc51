"""A carrier or head denied in its own clause is none: "Das Projekt X wird nicht von der Y getragen, sondern …",
"Die Y betreibt das Projekt X nicht", "X ist nicht bei der Y angesiedelt", "X wird nicht von Anna Beispiel
geleitet". The readers find the construction without its negation; this filter drops what a "nicht" or "kein" in
the same clause denies. A past carrier ("wird nicht mehr von der Y koordiniert") is still one the text names."""

from __future__ import annotations

import re

from ..actors import RelationFinding

__all__ = ["without_denied_hosting"]

_DENIED = frozenset({"hostedBy", "ledBy"})
# "nicht", but not "nicht nur … sondern auch", "nicht mehr" (a former carrier), "nicht zuletzt", "nicht immer";
# "kein Träger", "keine Koordination"
_DENIAL = re.compile(
    r"\b(?:nicht(?!\s+(?:nur|mehr|länger|zuletzt|immer|allein|selten|wenige|ohne|wie)\b)"
    r"|kein(?:e|en|er)?(?=\s+(?:\w+\s+)?(?:Träger|Trägerin|Projektträger|Koordination|Leitung|Leiter|Leiterin)\b))"
)
# a clause of its own between the denial and the fact: "nicht vom Land, sondern von der Y getragen"
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s(?:aber|doch|sondern|während|und|oder)\s")
# words from the denial to the name it denies: "nicht" + "mehr von der", "nicht Träger des Projekts"
_DENIAL_WORDS = 4
# characters from the fact's last name to a "nicht" closing its clause: "betreibt das Projekt X seit Jahren nicht"
_DENIAL_AFTER = 60


def without_denied_hosting(
    text: str, sentence: tuple[int, int], found: list[RelationFinding]
) -> list[RelationFinding]:
    denials = [d.start() for d in _DENIAL.finditer(text, *sentence)]
    if not denials:
        return found
    return [f for f in found if f.predicate not in _DENIED or not _denied(text, sentence, f, denials)]


def _denied(text: str, sentence: tuple[int, int], f: RelationFinding, denials: list[int]) -> bool:
    """A denial a few words before the one named later (no clause of its own between), or after both, closing
    their clause."""
    first = max(sentence[0], min(f.subject.start, f.object.start))
    last = max(f.subject.end, f.object.end)
    other = f.object if f.object.start >= f.subject.start else f.subject  # the one named later
    for d in denials:
        if first <= d < other.start:
            # right before the name it denies: "nicht von der Y", "nicht Träger des X" (not "nicht wie gewohnt in den
            # Räumen der Y, bei der X angesiedelt ist": the place of something else denied)
            between = text[d : other.start]
            if len(between.split()) <= _DENIAL_WORDS and not _CLAUSE_BREAK.search(between):
                return True
        elif last <= d < last + _DENIAL_AFTER and not _CLAUSE_BREAK.search(text, last, d):
            return True
    return False
