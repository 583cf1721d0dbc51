"""Deputies in parliamentary style: "Kleine Anfrage der Abgeordneten Petra Beispiel (SPD)" names a member of the one
parliament the sentence names."""

from __future__ import annotations

import re

from .. import lexicon
from ..text.spans import Mention

__all__ = ["ADDRESS_AND_TITLES", "deputies", "person_named_at"]

# "Frau Dr.", "Herrn Prof. Dr.": what may stand between a role noun or a verb and a name
ADDRESS_AND_TITLES = r"(?:(?:Frau|Herr|Herrn)\s+)?(?:(?:Dr|Prof)\.\s*)*"


def person_named_at(mentions: list[Mention], match: re.Match[str] | None) -> Mention | None:
    """The first person whose name starts inside `match`, which ends in ADDRESS_AND_TITLES (a name's mention may take
    its title in: in ": Dr. Petra B." it starts at "Dr.")."""
    if match is None:
        return None
    return next((m for m in mentions if m.type == "Person" and match.start() < m.start <= match.end()), None)


# A deputy in parliamentary style: the role noun before the name, the party after it ("der Abgeordneten Dr. Petra
# Beispiel (SPD)")
_DEPUTY_BEFORE = re.compile(rf"\bAbgeordnete[nr]?\s+{ADDRESS_AND_TITLES}$")
_PARTY_AFTER = re.compile(rf"\s*\((?i:{'|'.join(re.escape(p) for p in lexicon.PARTIES)})\)")
_DEPUTY_REACH = 30  # characters before a name for the role noun and "Frau Dr."


def deputies(
    text: str, sentence: tuple[int, int], orgs: list[Mention], people: list[Mention]
) -> list[tuple[Mention, Mention]]:
    """ "Kleine Anfrage der Abgeordneten Petra Beispiel (SPD) … beim Landtag Y": a deputy is a member of the one
    parliament the sentence names."""
    parliaments = {
        o.key: o
        for o in orgs
        if sentence[0] <= o.start < sentence[1] and any(w in o.label for w in lexicon.PARLIAMENT_WORDS)
    }
    if len(parliaments) != 1:
        return []
    return [
        (person, next(iter(parliaments.values())))
        for person in people
        if sentence[0] <= person.start < sentence[1]
        and _DEPUTY_BEFORE.search(text, max(0, person.start - _DEPUTY_REACH), person.start)
        and _PARTY_AFTER.match(text, person.end)
    ]
