"""A post named again, without its body, in the sentence after the one that names it with its body: the same post,
a successor taking it ("X scheidet als Geschäftsführerin der Y gGmbH aus. Neuer Geschäftsführer wird Z")."""

from __future__ import annotations

from dataclasses import replace

from ...models import Role
from .. import lexicon
from ..text.spans import IndexedMentions
from .roles import RoleFinding, leads


def _post(title: str) -> str:
    """The post a one-word title names, whatever the holder's gender: "Geschäftsführerin" -> "geschäftsführer"."""
    low = title.lower()
    if any(stem in low for stem in lexicon.ADJECTIVAL_ROLE_STEMS):  # "Vorsitzender", "Vorsitzende"
        return low.rstrip("rn")
    return low[:-2] if low.endswith("in") else low


def with_the_post_named_before(
    finding: RoleFinding,
    previous: tuple[int, int] | None,
    roles_before: list[Role],
    mentions: IndexedMentions,
) -> RoleFinding:
    """`roles_before`: the roles read in the sentence `previous`; the one with the same post and a body gives it."""
    if finding.organisation is not None or previous is None or " " in finding.title:
        return finding
    bodies = {
        r.organisation for r in roles_before if r.organisation and _post(r.title) == _post(finding.title)
    }
    if len(bodies) != 1:
        return finding
    key = next(iter(bodies))
    body = mentions.first_starting_in(previous[0], previous[1], lambda m: m.key == key)
    if body is None:
        return finding
    return replace(finding, organisation=body, leads=leads(finding.title, finding.title, body))
