"""Persons and bodies a membership names without their name: a pronoun for the person ("Heute arbeitet sie bei der
Stiftung X"), a short name for a body named in full before ("Karl Muster vom Jobcenter")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lexicon
from ..roles.phrases import is_role_noun, parse_complements
from ..roles.pronouns import ANTECEDENT_REACH, antecedent_of
from ..roles.roles import ReleaseBodies
from ..roles.titles import noun_gender
from ..text.spans import Mention

# A personal pronoun opening the sentence, or after a fronted time and the verb: "Sie arbeitet seit 2019 bei der
# Stiftung X", "Heute ist er beim Verein Y tätig". It stands for the last person named shortly before whose given name
# fits its gender, where no body was named after that person (the pronoun might be the body's: "Die Stiftung … Sie …").
_FRONTED = "|".join(lexicon.FRONTED_TIMES)
# A verb of leading after the fronted time too: "Seit Januar leitet er das Netzwerk X" (read by the leaders' reader).
_VERBS_AFTER_A_TIME = "|".join(("arbeitet", "arbeitete", "ist", "war", "engagiert", *lexicon.LEAD_VERBS))
_PRONOUN = re.compile(
    rf"\s*(?:(?P<first>Sie|Er)|(?:{_FRONTED})\s+(?:{_VERBS_AFTER_A_TIME})\s+(?P<after>sie|er))(?![\w-])"
)
_PRONOUN_GENDER = {"sie": "f", "er": "m"}
_ADDRESS = r"(?:(?:Frau|Herrn?)[ \xa0]+)?(?:(?:Dr|Prof)\.[ \xa0]*)*"


def pronoun_person(text: str, sentence: tuple[int, int], release: ReleaseBodies | None) -> Mention | None:
    """The person a sentence-opening pronoun stands for, as a mention at the pronoun, or None."""
    match = _PRONOUN.match(text, *sentence)
    if match is None or release is None:
        return None
    group = "first" if match.group("first") else "after"
    gender = _PRONOUN_GENDER[match.group(group).lower()]
    near = release.people_before(sentence[0], ANTECEDENT_REACH)
    antecedent = antecedent_of(gender, near, text)
    if antecedent is None:
        return None
    if any(_may_stand_for(body, gender) for body in release.bodies_within(antecedent.end, sentence[0])):
        return None
    return replace(antecedent, start=match.start(group), end=match.end(group), surface=match.group(group))


def _may_stand_for(body: Mention, gender: str) -> bool:
    """Whether a pronoun of `gender` may stand for the body: "sie" for any (a feminine or plural name), "er" for
    one whose name holds no head that is feminine or neuter ("das Diakonische Werk", "die Handwerkskammer")."""
    if gender != "m":
        return True
    label = body.label.lower()
    words = label.replace("e. v.", "verein").replace("e.v.", "verein").split()
    if any(w.endswith(lexicon.MASCULINE_BODY_HEADS) for w in words):
        return True  # "Lernwerk e. V." is a Verein
    return not any(w.endswith(lexicon.NOT_MASCULINE_BODY_HEADS) for w in words)


# A definite description opening the sentence for the person named before: "Die Beraterin arbeitet für …", "Die
# Soziologin ist beim Verein Y tätig", "Der Referent arbeitet bei …" (a masculine noun only where it is a role noun:
# "Der Verein", "Der Kurs" are no persons; a feminine one in "-in", not "Medizin", "Disziplin").
_AGE_NOUN = r"\d{1,3}-[Jj]ährige"  # "Die 28-Jährige", "Der 31-Jährige": a person by her or his age
_DESCRIPTION = re.compile(
    # after a fronted time and the verb: "Heute arbeitet der 31-Jährige bei …"
    rf"\s*(?:(?P<fronted>{_FRONTED})\s+(?:arbeitet|arbeitete|ist|war)\s+)?"
    # an adjective may stand before the noun: "Die gebürtige Kasselerin", "Der neue Referent"
    rf"(?:(?P<she_at>[Dd]ie)\s+(?:[a-zäöü]\w*e\s+)?(?!(?:Medizin|Disziplin)\b)(?P<she>[A-ZÄÖÜ][a-zäöüß]+in|{_AGE_NOUN})"
    rf"|(?P<he_at>[Dd]er)\s+(?:[a-zäöü]\w*e\s+)?(?P<he>{_AGE_NOUN}|[A-ZÄÖÜ][a-zäöüß]+))(?![\w-])"
)


# A name in apposition to the description, after its title and body: "Der Landrat des Kreises Y, Karl Muster, …",
# "Die Leiterin Petra Beispiel …": the title is that name's, not a person's named before.
_APPOSED_NAME = re.compile(rf"[ \xa0]*,?[ \xa0]*{_ADDRESS}")


def described_person(
    text: str, sentence: tuple[int, int], release: ReleaseBodies | None, mentions: Sequence[Mention] = ()
) -> tuple[Mention, str] | None:
    """The person a sentence-opening definite description stands for, as a mention at the description, and the
    description's noun; only where exactly one person of its gender is named shortly before (precision first) and
    no name of the sentence (`mentions`) stands in apposition to it."""
    match = _DESCRIPTION.match(text, *sentence)
    if match is None or release is None or _names_its_holder(text, match.end(), mentions, sentence[1]):
        return None
    noun = match.group("she") or match.group("he")
    gender = "f" if match.group("she") else "m"
    if gender == "m" and not (is_role_noun(noun) and noun_gender(noun) == "m" or noun[0].isdigit()):
        return None
    near = release.people_before(sentence[0], ANTECEDENT_REACH)
    if len([p for p in near if p.gender == gender]) != 1 or any(p.gender is None for p in near):
        return None
    antecedent = next(p for p in near if p.gender == gender)
    if release.bodies_within(antecedent.end, sentence[0]):
        return None
    start, end = match.span("he" if gender == "m" else "she")
    if match.group("fronted"):  # from its article, which stands where a name would after the verb
        start = match.start("he_at" if gender == "m" else "she_at")
    return replace(antecedent, start=start, end=end, surface=noun), noun


def _names_its_holder(text: str, at: int, mentions: Sequence[Mention], limit: int) -> bool:
    """Whether a person's name follows the description's noun (at `at`) and its complements in apposition."""
    phrase_end, _ = parse_complements(text, at, list(mentions), limit)
    name_at = _APPOSED_NAME.match(text, phrase_end, limit)
    return name_at is not None and any(m.type == "Person" and m.start == name_at.end() for m in mentions)
