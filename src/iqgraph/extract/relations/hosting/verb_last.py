"""A carrier as the subject of a subordinate clause, its verb last: "Wir freuen uns, dass die Y gGmbH das Projekt X
umsetzt", "Weil der Verein Y das IQ Netzwerk X koordiniert, …", "…, seit die Y das Projekt X betreibt", "…, dass A
und B das Projekt X gemeinsam durchführen": X hostedBy Y. (A relative clause, "die Y, die das Projekt X trägt", is
relatives.py's.)"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...names.projects.names import OPENING_QUOTES
from ...text.spans import Mention
from ..actors import CARRIERS, COORDINATED, RelationFinding, actors, listed_after
from .words import after_a_preposition

__all__ = ["carriers_of_subordinate_clauses"]

# The conjunction opening the clause, then its subject: an article or adverbs before the body's name.
_SUBORDINATOR = re.compile(
    # (not "ob" or "wenn": a question or a condition states no carrier)
    r"\b(?:[Dd]ass|[Ww]eil|[Dd]a|[Ww]ie|[Ss]eit|[Ss]eitdem|[Nn]achdem|[Ww]ährend|[Oo]bwohl|[Ss]odass|[Ii]ndem)\s"
)
_SUBJECT_NEXT = re.compile(
    r"\s*(?:(?:nun|jetzt|künftig|bereits|schon|auch|seit\s+\d{4})\s+)*(?:(?:die|der|das)\s+)?$"
)
# The verb of carrying at the clause's end (an auxiliary may close it: "umgesetzt hat", "koordinieren wird").
_VERB_LAST = re.compile(
    r"\s(?P<verb>koordiniert|koordinierte|koordinieren|koordinierten|betreibt|betrieb|betreiben|betrieben|trägt|trug"
    r"|tragen|trugen|verantwortet|verantworten|umsetzt|umsetzte|umsetzen|umsetzten|umgesetzt|durchführt|durchführte"
    r"|durchführen|durchführten|durchgeführt|anbietet|anbot|anbieten|angeboten|realisiert|realisieren)"
    r"(?:\s+(?P<auxiliary>hat|hatte|haben|hatten|wird|werden|soll|sollen|kann|können))?\s*(?=[,.;:!?)]|$)"
)
# The unit as the object, after its article: "das Projekt „X“", "die Beratungsstelle X", "das IQ Netzwerk X".
_OBJECT_ARTICLE = re.compile(rf"\s(?:das|den|die)\s+(?:IQ\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?[{OPENING_QUOTES}]?$")
_ARTICLE_REACH = 40  # characters back from the unit's name to its article: a head noun and a quotation mark
_CLAUSE_END = re.compile(r"[,.;:!?]|$")
_CLAUSE_MAX = 200  # characters from the conjunction to its clause's end


def carriers_of_subordinate_clauses(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    for opening in _SUBORDINATOR.finditer(text, *sentence):
        clause_end = _clause_end(text, ms, opening.end(), min(sentence[1], opening.end() + _CLAUSE_MAX))
        verb = next(
            (v for v in _VERB_LAST.finditer(text, opening.end(), clause_end) if v.end() == clause_end), None
        )
        if verb is not None:
            yield from _subject_and_object(text, ms, opening.end(), verb)


def _clause_end(text: str, ms: list[Mention], start: int, end: int) -> int:
    """The first punctuation after `start` outside a name ("der Verein Y e.V. das Projekt X trägt")."""
    for mark in _CLAUSE_END.finditer(text, start, end):
        if not any(m.start <= mark.start() < m.end for m in ms):
            return mark.start()
    return end


def _subject_and_object(
    text: str, ms: list[Mention], start: int, verb: re.Match[str]
) -> Iterator[RelationFinding]:
    named = actors(ms, start, verb.start())
    if not named or named[0].type not in CARRIERS or not _SUBJECT_NEXT.fullmatch(text, start, named[0].start):
        return
    plural = _plural(verb)
    carriers = listed_after(text, ms, named[0].start, verb.start(), CARRIERS) if plural else named[:1]
    units = [m for m in actors(ms, carriers[-1].end, verb.start(), COORDINATED) if _is_object(text, m)]
    if not units:
        return
    listed = listed_after(text, ms, units[0].start, verb.start(), COORDINATED)
    if _ADVERBS_BEFORE_THE_VERB.fullmatch(text, listed[-1].end, verb.start()):
        yield from (RelationFinding(unit, "hostedBy", c) for unit in listed for c in carriers)


_PLURAL_AUXILIARIES = frozenset({"haben", "hatten", "werden", "sollen", "können"})


def _plural(verb: re.Match[str]) -> bool:
    """ "A und B das Projekt X umsetzen / umgesetzt haben": each body of the list before carries it."""
    auxiliary = verb.group("auxiliary")
    return auxiliary in _PLURAL_AUXILIARIES if auxiliary else verb.group("verb").endswith(("en", "ten"))


# Only adverbs between the object and the verb ("das Projekt X seit 2020 gemeinsam umsetzen"), no other object: "für
# das Projekt X Räume anbietet" (the project after a preposition is no object either).
_ADVERBS_BEFORE_THE_VERB = re.compile(r"[“”\"«]?(?:\s+(?:[a-zäöüß]+|\d{4}))*")


def _is_object(text: str, unit: Mention) -> bool:
    article = _OBJECT_ARTICLE.search(text, max(0, unit.start - _ARTICLE_REACH), unit.start)
    return article is not None and not after_a_preposition(text, article.start() + 1)
