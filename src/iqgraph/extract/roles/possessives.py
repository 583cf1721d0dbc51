"""A title after a possessive whose body is the body of the title named just before: "Neue Vorsitzende ist Petra
Beispiel, ihr Stellvertreter Karl Muster", "Karl Muster, Leiter der Stiftung X, und seine Stellvertreterin Eva
Probe". The possessive stands for the earlier holder or for the body (a feminine body's "ihr": "die Stiftung X und
ihr Geschäftsführer"): the body is the same either way."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..text.spans import Mention
from .roles import ANY_STEM, RoleFinding, leads

# The possessive joined to the title before by a comma or "und", inside one clause (a sentence opening with "Ihre
# Stellvertreterin …" may speak of the holder's own deputy: left to the release's context)
_POSSESSIVE = re.compile(
    r"(?:,|(?<![\w-])und|(?<![\w-])sowie)[ \xa0]+(?P<word>ihr|sein)(?:e|en|em|er)?[ \xa0]+(?:[a-zäöü]\w*[ \xa0]+)?$"
)
# characters back from the title over "und", the possessive and an adjective ("seine neue ")
POSSESSIVE_REACH = 32


def with_the_possessor_s_body(text: str, found: Iterable[RoleFinding]) -> Iterator[RoleFinding]:
    """Each role of a sentence, completed: one with no body after a possessive takes the body of the role read just
    before it in the sentence (that one completed already)."""
    done: list[RoleFinding] = []
    for finding in found:
        if finding.organisation is None and finding.head >= 0:
            org = _body_of_the_possessor(text, finding, done)
            if org is not None:
                noun = next((w for w in finding.title.split(" ") if ANY_STEM.search(w)), finding.title)
                finding = replace(finding, organisation=org, leads=leads(noun, finding.title, org))
        done.append(finding)
        yield finding


def _body_of_the_possessor(text: str, finding: RoleFinding, done: list[RoleFinding]) -> Mention | None:
    head = finding.head
    if _POSSESSIVE.search(text, max(0, head - POSSESSIVE_REACH), head) is None:
        return None
    before = [f for f in done if f.organisation is not None and 0 <= f.head < head and f.person.end <= head]
    last = max(before, key=lambda f: f.head, default=None)
    return None if last is None or last.person.key == finding.person.key else last.organisation
