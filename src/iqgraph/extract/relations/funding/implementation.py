"""Partners in carrying out the programme, said by a role phrase and the verb of taking part rather than by the noun
"Umsetzungspartner": "Als Partner wirken das Ministerium Y und die Agentur Z an der Umsetzung mit", "Die Agentur Z
wirkt als Partnerin an der Umsetzung des Programms mit": the programme's implementationPartner Y and Z."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...text.spans import Mention
from ..actors import RelationFinding, listed_after

# "als (strategische) Partner(in/innen)" and "an der Umsetzung (des Programms) mitwirken / beteiligt sein" in one
# clause; the roles' holders may stand before, between or after them.
_AS_PARTNERS = re.compile(
    r"\b[Aa]ls\s+(?:[a-zäöüß]+e[nr]?\s+)?Partner(?:in|innen|n)?\b(?P<of>\s+(?:des|der|von|vom|im|in|beim|bei)\b)?"
)
_IN_CARRYING_OUT = re.compile(
    r"\b[Aa]n\s+der\s+Umsetzung\b(?P<whose>\s+(?:des|der)\s+\S+(?:\s+[„\"»]?[A-ZÄÖÜ]\S*)?)?"
)
_TAKING_PART = re.compile(
    r"\b(?:mitwirken|mitgewirkt|mitwirkten|mitwirkt|beteiligt|wirk(?:t|en|te|ten)\b[^;]*?\bmit)\b"
)
# the programme's own noun in the genitive may follow: "an der Umsetzung des Programms", "des Förderprogramms"
_OF_THE_PROGRAMME = re.compile(r"\s+(?:des|der)\s+(?:\w+-)?(?:Förder|Bundes)?[Pp]rogramms?\b")
_PARTNER_TYPES = frozenset({"Ministry", "Agency", "Organisation"})


def partners_taking_part(
    text: str, sentence: tuple[int, int], ms: list[Mention], programme: Mention
) -> Iterator[RelationFinding]:
    """The bodies of a clause that take part in the programme's carrying out "als Partner"; none where the
    carrying out is another unit's ("an der Umsetzung des Projekts Y")."""
    for clause in _clauses(text, sentence):
        role, part = _AS_PARTNERS.search(text, *clause), _IN_CARRYING_OUT.search(text, *clause)
        if role is None or part is None or not _TAKING_PART.search(text, *clause):
            continue
        if role.group("of"):
            continue  # "Als Partner der Stiftung Y wirkt …": partner of another, not the programme's
        whose = part.group("whose")
        if whose and not _OF_THE_PROGRAMME.match(whose) and not _names(ms, programme, part.span("whose")):
            continue
        others = [m for m in ms if m.key != programme.key]
        bodies = listed_after(text, others, clause[0], clause[1], _PARTNER_TYPES)
        yield from (RelationFinding(programme, "implementationPartner", b) for b in bodies)


def _clauses(text: str, sentence: tuple[int, int]) -> Iterator[tuple[int, int]]:
    start = sentence[0]
    for semicolon in re.finditer(";", text[sentence[0] : sentence[1]]):
        yield start, sentence[0] + semicolon.start()
        start = sentence[0] + semicolon.end()
    yield start, sentence[1]


def _names(ms: list[Mention], programme: Mention, span: tuple[int, int]) -> bool:
    return any(m.key == programme.key and span[0] <= m.start < span[1] for m in ms)
