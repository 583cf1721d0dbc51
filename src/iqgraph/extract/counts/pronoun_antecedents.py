"""The body or project a count's "sie" or "er" stands for ("Die Stelle X gibt es seit 2019. Sie hat 900 Menschen
beraten."): the one subject of the sentence before, if its gender agrees.

Apart from counts.py because it reads the sentence before and the genders of pronouns and units, not the
count's own clause.
"""

from __future__ import annotations

from ..names.mentions import Mention
from ..relations.topic_pronouns import pronoun_genders, unit_genders
from .bodies import BODIES, names_someone
from .clauses import CountScope, case_of
from .inferred import PRONOUN_SUBJECT
from .owners import OWNERS


def pronoun_antecedent(scope: CountScope, clause: tuple[int, int]) -> Mention | None:
    """The body or project a clause's "sie"/"er" stands for: the one subject of the sentence before, which names
    no person (she may be meant) and no body in another case; none where this clause names someone."""
    text, previous = scope.text, scope.previous
    if previous is None:
        return None
    pronoun = PRONOUN_SUBJECT.match(text, clause[0])
    if pronoun is None or names_someone(scope, clause):
        return None
    named = scope.within(previous)
    if any(m.type == "Person" for m in named):
        return None
    bodies = [m for m in named if m.type in OWNERS or m.type in BODIES]
    # "Seitdem hat es …": a neuter unit ("das Projekt"), no "die gGmbH"
    neuter = pronoun.group("neuter") is not None
    if neuter:
        bodies = [m for m in bodies if "n" in (unit_genders(text, m) or "n")]
    subjects = [m for m in bodies if case_of(text, previous[0], m) == "subject"]
    if len({m.key for m in bodies}) == 1 or len({m.key for m in subjects}) != 1:
        return subjects[0] if len({m.key for m in bodies}) == 1 and subjects else None
    # "Die Kammer ist Partner im Netzwerk X. Sie zählt 4.200 Betriebe": the one subject, if its gender agrees
    genders = pronoun_genders(text, clause[0]) or (frozenset("n") if neuter else None)
    return subjects[0] if genders and unit_genders(text, subjects[0]) & genders else None
