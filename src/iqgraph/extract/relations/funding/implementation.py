"""Partners in carrying out the programme, said by a role phrase and the verb of taking part rather than by the noun
"Umsetzungspartner": "Als Partner wirken das Ministerium Y und die Agentur Z an der Umsetzung mit", "Die Agentur Z
wirkt als Partnerin an der Umsetzung des Programms mit", "Das BMAS setzt das Programm gemeinsam mit Y und Z um": the
programme's implementationPartner Y and Z."""

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


# The programme carried out together with bodies: "Das BMAS setzt das Programm IQ gemeinsam mit dem BMBF und der BA
# um", "Umgesetzt wird IQ zusammen mit der BA", "IQ wird in Zusammenarbeit mit der BA umgesetzt" (one clause).
_TOGETHER_WITH = re.compile(r"\b(?:(?:gemeinsam|zusammen)\s+mit|in\s+(?:Kooperation|Zusammenarbeit)\s+mit)\s")
_CARRYING_OUT = re.compile(
    r"\b(?:setzt|setzte|setzen|setzten)\b[^;,]*?\bum\b|\b(?:[Uu]mgesetzt|umsetzt|umsetzen|umsetzte)\b"
)


def partners_carrying_out_with(
    text: str, sentence: tuple[int, int], ms: list[Mention], programme: Mention
) -> Iterator[RelationFinding]:
    """The bodies after "gemeinsam mit" in a clause that carries out the programme and names it."""
    for clause in _clauses_by_comma(text, sentence):
        together = _TOGETHER_WITH.search(text, *clause)
        if together is None or not _CARRYING_OUT.search(text, *clause) or not _names(ms, programme, clause):
            continue
        if any(m.type in _OTHER_UNITS for m in ms if clause[0] <= m.start < clause[1]):
            continue  # "Im Rahmen des Programms setzt Y gemeinsam mit Z das Projekt X um": X is carried out
        others = [m for m in ms if m.key != programme.key]
        bodies = listed_after(text, others, together.end(), clause[1], _PARTNER_TYPES)
        if bodies and bodies[0].start - together.end() <= _TO_THE_PARTNER:
            yield from (RelationFinding(programme, "implementationPartner", b) for b in bodies)


_OTHER_UNITS = frozenset({"Subproject", "StateNetwork", "CoordinationOffice"})
_TO_THE_PARTNER = 8  # characters from "mit" to the partner's name: its article


def _clauses_by_comma(text: str, sentence: tuple[int, int]) -> Iterator[tuple[int, int]]:
    """The sentence's stretches between commas and semicolons that stand outside names."""
    start = sentence[0]
    for mark in re.finditer(
        r"[,;]\s+(?=[a-zäöüß]|[A-ZÄÖÜ]\w+\s+(?:wird|werden|ist|sind)\b)", text[sentence[0] : sentence[1]]
    ):
        yield start, sentence[0] + mark.start()
        start = sentence[0] + mark.end()
    yield start, sentence[1]
