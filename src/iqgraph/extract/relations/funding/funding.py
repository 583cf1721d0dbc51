"""Who pays for whom: "X wird aus Mitteln des Y gefördert", "Gefördert wird das Netzwerk vom A und vom B",
"Y fördert X", "X wird gefördert durch das Bundesministerium Z" (the passive, the fronted participle, the
active).

The readers live by construction in verbs.py (clauses with a finite verb; a passive's clause in passive.py),
clauses.py (relative and subordinate clauses, attributes), nouns.py, money.py and payers.py (a payer whose unit
is not named); what they share in marks.py."""

from __future__ import annotations

from collections.abc import Iterator

from ...text.spans import Mention
from ..actors import RelationFinding
from .clauses import (
    active_relative_funding,
    funding_attributes,
    funding_relative_clauses,
    subordinate_funding,
)
from .cost_shares import cost_shares
from .counted import units_counted_among_the_funded
from .instruments import instrument_in_apposition
from .marks import FUNDED, FUNDER_MARK, PASSIVE_FUNDED, framed_programme, is_fund, unit_spoken_of
from .money import (
    borne_in_shares,
    compound_money,
    money_fronted_as_object,
    money_given,
    supplementing_the_funding,
    taking_a_financial_part,
)
from .notices import handed_notices
from .nouns import (
    costs_borne,
    costs_in_a_relative_clause,
    funder_nouns,
    funders_counted_among,
    funding_nouns,
    funding_nouns_of_the_topic,
    ministry_in_the_genitive,
    payer_in_the_genitive,
    payer_taking_on_funding,
)
from .payer_relatives import payer_relative_clauses
from .payers import (
    compound_payer,
    programme_as_instrument,
    stand_in_object,
    unnamed_object_paid_for,
    unnamed_subject_paid_for,
)
from .perfect import perfect_funding
from .received import fronted_receipt
from .verbs import find_fronted_funding, find_funding

__all__ = [
    "FUNDED",
    "FUNDER_MARK",
    "PASSIVE_FUNDED",
    "find_fronted_funding",
    "find_funding",
    "find_funding_phrases",
    "framed_programme",
    "is_fund",
    "unit_spoken_of",
]


def find_funding_phrases(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None = None
) -> Iterator[RelationFinding]:
    """Funding said by a participle attribute, a funding noun or money given: "das vom Land geförderte Projekt
    X", "Die Finanzierung des X übernimmt Y", "Y unterstützt X mit 50.000 Euro"; `topic`: the unit named
    before, what a funding noun without its funded means ("Die Förderung erfolgt durch Y")."""
    yield from funding_attributes(text, sentence, ms, topic)
    yield from funding_nouns(text, sentence, ms)
    yield from funding_nouns_of_the_topic(text, sentence, ms, topic)
    yield from payer_taking_on_funding(text, sentence, ms, topic)
    yield from funder_nouns(text, sentence, ms, topic)
    yield from funders_counted_among(text, sentence, ms, topic)
    yield from money_given(text, sentence, ms, topic)
    yield from money_fronted_as_object(text, sentence, ms)
    yield from funding_relative_clauses(text, sentence, ms, topic)
    yield from active_relative_funding(text, sentence, ms)
    yield from payer_relative_clauses(text, sentence, ms)
    yield from subordinate_funding(text, sentence, ms, topic)
    yield from taking_a_financial_part(text, sentence, ms, topic)
    yield from supplementing_the_funding(text, sentence, ms, topic)
    yield from borne_in_shares(text, sentence, ms)
    yield from ministry_in_the_genitive(text, sentence, ms)
    yield from payer_in_the_genitive(text, sentence, ms, topic)
    yield from unnamed_object_paid_for(text, sentence, ms, topic)
    yield from unnamed_subject_paid_for(text, sentence, ms, topic)
    yield from costs_borne(text, sentence, ms, topic)
    yield from costs_in_a_relative_clause(text, sentence, ms, topic)
    yield from cost_shares(text, sentence, ms, topic)
    yield from compound_payer(text, sentence, ms)
    yield from programme_as_instrument(text, sentence, ms)
    yield from compound_money(text, sentence, ms, topic)
    yield from stand_in_object(text, sentence, ms, topic)
    yield from handed_notices(text, sentence, ms)
    yield from perfect_funding(text, sentence, ms, topic)
    yield from fronted_receipt(text, sentence, ms, topic)
    yield from units_counted_among_the_funded(text, sentence, ms, topic)
    yield from instrument_in_apposition(text, sentence, ms)
