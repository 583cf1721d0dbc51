"""A body announcing who holds a post anew, the post after the verb, the holder after a colon: "Das IQ Netzwerk X
hat eine neue Koordinatorin: Petra Beispiel", "Die Stiftung Y bekommt einen neuen Vorsitzenden: Karl Muster …"."""

from __future__ import annotations

import re

from ..text.spans import Mention
from .lists import singular
from .phrases import ORG_TYPES, ROLE_HEAD, is_role_noun, leads
from .titles import noun_gender, title_as_written

# the verb of having or getting, a time maybe, "eine neue" / "einen neuen"
_HAS_A_NEW = re.compile(
    r"[“”\"»«]?[ \xa0]+(?:hat|hatte|bekommt|bekam|erhält|erhielt)(?:[ \xa0]+(?:nun|jetzt|seit|ab)(?:[ \xa0]+[\w.]+)?)?"
    r"[ \xa0]+(?:eine|einen)[ \xa0]+(?:neue|neuen)[ \xa0]+"
)
# (a mention's span may hold "Dr." or not)
_COLON_THEN_NAME = re.compile(r"[ \xa0]*:[ \xa0]*(?P<titled>(?:(?:Dr|Prof)\.[ \xa0]*)*)")


def new_post(text: str, mentions: list[Mention]) -> list[tuple[Mention, str, Mention, bool, int]]:
    """(holder, title, body, leads, where the title starts) for each body announcing a post's new holder."""
    out = []
    for org in (m for m in mentions if m.type in ORG_TYPES):
        has = _HAS_A_NEW.match(text, org.end)
        head = ROLE_HEAD.match(text, has.end()) if has is not None else None
        if head is None or not is_role_noun(head.group("noun")):
            continue
        colon = _COLON_THEN_NAME.match(text, head.end())
        starts = (colon.start("titled"), colon.end()) if colon is not None else ()
        person = next((m for m in mentions if m.type == "Person" and m.start in starts), None)
        gender = noun_gender(head.group("noun"))
        if person is None or gender not in (None, person.gender):
            continue
        noun = head.group("noun")
        title = title_as_written(text[head.start() : head.end()], person, noun)
        out.append((person, title, org, leads(singular(noun), head.group("pre"), org), head.start()))
    return out
