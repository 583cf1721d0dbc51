"""Persons and bodies a membership names without their name: a pronoun for the person ("Heute arbeitet sie bei der
Stiftung X"), a short name for a body named in full before ("Karl Muster vom Jobcenter")."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicon
from ..roles.pronouns import ANTECEDENT_REACH, antecedent_of
from ..roles.roles import ReleaseBodies
from ..text.spans import Mention

# A personal pronoun opening the sentence, or after a fronted time and the verb: "Sie arbeitet seit 2019 bei der
# Stiftung X", "Heute ist er beim Verein Y tätig". It stands for the last person named shortly before whose given name
# fits its gender, where no body was named after that person (the pronoun might be the body's: "Die Stiftung … Sie …").
_FRONTED = "|".join(lexicon.FRONTED_TIMES)
_PRONOUN = re.compile(
    rf"\s*(?:(?P<first>Sie|Er)|(?:{_FRONTED})\s+(?:arbeitet|arbeitete|ist|war|engagiert)\s+(?P<after>sie|er))(?![\w-])"
)
_PRONOUN_GENDER = {"sie": "f", "er": "m"}


def pronoun_person(text: str, sentence: tuple[int, int], release: ReleaseBodies | None) -> Mention | None:
    """The person a sentence-opening pronoun stands for, as a mention at the pronoun, or None."""
    match = _PRONOUN.match(text, *sentence)
    if match is None or release is None:
        return None
    group = "first" if match.group("first") else "after"
    gender = _PRONOUN_GENDER[match.group(group).lower()]
    near = release.people_before(sentence[0], ANTECEDENT_REACH)
    antecedent = antecedent_of(gender, near)
    if antecedent is None:
        return None
    if release.bodies_within(antecedent.end, sentence[0]):
        return None
    return replace(antecedent, start=match.start(group), end=match.end(group), surface=match.group(group))
