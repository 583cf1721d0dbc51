"""Units counted among those a programme funds: after the programme is spoken of, "Zu den geförderten Projekten
zählt „X“", "„X“ gehört zu den geförderten Vorhaben", "Eines der geförderten Projekte ist „X“": X fundedBy the
programme (a payer in the phrase, "zu den vom Land Y geförderten Projekten", is read by the attribute readers)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...text.spans import Mention
from ..actors import RelationFinding, actors
from .marks import spoken_of

_FUNDED_PARTICIPLE = r"(?:geförderten|finanzierten|ausgewählten\s+und\s+geförderten)"
_UNIT_PLURAL = r"(?:Projekten?|Vorhaben|Teilprojekten?|Modellprojekten?|Initiativen|Angeboten?)"
_COUNTING_VERB = r"(?:zählt|zählen|zählte|zählten|gehört|gehören|gehörte|gehörten)"
# the participle right after the article (no agent between it, which names a payer of its own)
_AMONG_THE_FUNDED = re.compile(
    rf"(?:\b[Zz]u\s+den|\b(?:[Ee]ines|[Ee]iner|[Ee]ins)\s+der)\s+(?:\w+en\s+)?{_FUNDED_PARTICIPLE}\s+{_UNIT_PLURAL}\b"
    r"(?!\s+(?:des|der|von|vom|im|in)\b)"  # not the funded of another: "zu den geförderten Projekten des Landes Y"
)
_VERB = re.compile(rf"\b(?:{_COUNTING_VERB}|ist|war)\b")
_UNITS = frozenset({"Subproject", "StateNetwork"})
_PAYING_PROGRAMMES = frozenset({"Programme"})


def units_counted_among_the_funded(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    """The units of a sentence counting them among the funded, each funded by the programme spoken of (`topic`);
    none where the sentence names a payer or programme of its own."""
    cue = _AMONG_THE_FUNDED.search(text, *sentence)
    if cue is None or topic is None or topic.type not in _PAYING_PROGRAMMES or not spoken_of(text, topic):
        return
    if _VERB.search(text, *sentence) is None:
        return
    # the clause up to a comma after the cue: "…, getragen vom Verein Y" speaks of the unit's carrier
    comma = text.find(",", cue.end(), sentence[1])
    named = actors(ms, sentence[0], comma if comma >= 0 else sentence[1])
    if any(m.type not in _UNITS for m in named):
        return  # "Zu den geförderten Projekten des Landes Y zählt X": another payer or frame named
    yield from (RelationFinding(m, "fundedBy", topic) for m in named if m.key != topic.key)
