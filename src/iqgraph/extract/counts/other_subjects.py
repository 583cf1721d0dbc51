"""Other subjects in a count's clause that keep its figure from the owner named there: an owner joined to another
name as one subject ("Das Netzwerk X und die Kammer Y haben 5.000 Menschen beraten": the figure is theirs
together), a person named by a post right before the number ("Im Netzwerk X hat die Ministerin 300 Urkunden
überreicht"), or a person acting on some of an owner's things ("Die Ministerin besuchte drei Projekte des
Netzwerks X").

Apart from counts.py, which tries the constructions in order, because these read the persons and names standing
as the clause's subject rather than the owners.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..names.mentions import Mention
from .bodies import BODIES, blockers_of
from .clauses import CountScope, case_of
from .numbers import TOKEN, NumberPhrase
from .owners import OWNERS

# "X und Y", "X sowie Y", "X und das Y": two names joined as one subject
_JOINED_NAMES = re.compile(r"[“”\"]?\s*(?:,\s*)?(?:und|sowie)\s+(?:(?:der|die|das)\s+)?")


def joint_subjects(scope: CountScope, clause: tuple[int, int], subjects: list[Mention]) -> bool:
    """Whether an owner that is the clause's subject is joined to another name in the subject case (an owner, a
    body or a person): the figure is theirs together, no one's alone."""
    text, start = scope.text, scope.sentence[0]
    named = [
        m
        for m in scope.within(clause)
        if (m.type in OWNERS or m.type in BODIES or m.type == "Person")
        and case_of(text, start, m) == "subject"
    ]
    return any(
        other.key != m.key
        and (
            _JOINED_NAMES.fullmatch(text, m.end, other.start) is not None
            or _JOINED_NAMES.fullmatch(text, other.end, m.start) is not None
        )
        for m in subjects
        for other in named
    )


# "die Ministerin", "der Landrat": one person named by a post, as the subject before the number
_POST_SUBJECT = re.compile(
    r"(?<![\w-])(?P<article>der|die)\s+(?:[a-zäöüß]\w*\s+)?(?P<noun>[A-ZÄÖÜ][\w-]*)\s+$"
)
_POST_WINDOW = 60  # characters back from the number over the subject, an adjective and an adverbial between


def named_by_a_post(text: str, clause: tuple[int, int], number: NumberPhrase) -> bool:
    """ "Im Netzwerk X hat die Ministerin 300 Urkunden überreicht": a person named by a post in the singular ("die
    …in", "der …") is the clause's subject right before the number; what is counted is what she handed over, no
    figure of the container."""
    for match in _POST_SUBJECT.finditer(text, max(clause[0], number.start - _POST_WINDOW), number.start):
        noun = match.group("noun").lower()
        singular = noun.endswith("in") if match.group("article") == "die" else not noun.endswith("innen")
        if singular and any(stem in noun for stem in lexicon.ROLE_STEMS):  # "Projektleiterin" too
            return True
    return False


# Determiners before a number that make it all of what the attribute's owner has: "die zwölf Teilprojekte des
# Netzwerks", "seine 25 Standorte".
_ALL_OF_THEM = frozenset(
    {"die", "den", "der", "seine", "seinen", "ihre", "ihren", "alle", "allen", "sämtliche", "dessen", "deren"}
)


def some_of_them(scope: CountScope, clause: tuple[int, int], number: NumberPhrase) -> bool:
    """A bare number of an owner's things, the object of a person who is the clause's subject: some of them."""
    before = TOKEN.findall(scope.text, clause[0], number.start)
    if before and before[-1].lower() in _ALL_OF_THEM:
        return False
    return any(m.type == "Person" for m in blockers_of(scope, clause, number))
