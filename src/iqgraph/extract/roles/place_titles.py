"""A title whose place names its body: "die Osnabrücker Landrätin" heads the Landkreis Osnabrück, "Kassels
Oberbürgermeister" the Stadt Kassel."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import lexicon
from ..text.spans import Mention

if TYPE_CHECKING:
    from .roles import RoleFinding

__all__ = ["with_body_of_the_place"]

# "die Osnabrücker Landrätin", or the town in the genitive before the title: "Kassels Oberbürgermeister"
_PLACE_ADJECTIVE = re.compile(r"(?P<adj>[A-ZÄÖÜ]\w+)(?P<ending>er|s)[ \xa0]+(?P<noun>\w+)$")


def with_body_of_the_place(finding: RoleFinding, text: str, head_start: int) -> RoleFinding:
    """ "die Osnabrücker Landrätin Petra Beispiel": a Landrat heads the Landkreis of the town his title's
    adjective names. `head_start`: where the role noun starts."""
    noun = finding.title.split(" ")[-1].lower()
    body = next((b for stem, b in lexicon.PLACE_BODY_OF_ROLE.items() if noun.startswith(stem)), None)
    before = _PLACE_ADJECTIVE.search(text, max(0, head_start - 40), head_start + len(noun))
    if finding.organisation is not None or body is None or before is None:
        return finding
    # "Osnabrücker", "Bremer" (Bremen), "Eschweger" (Eschwege)
    town = next(
        (t for t in (before["adj"], before["adj"] + "en", before["adj"] + "e") if t in lexicon.GERMAN_PLACES),
        None,
    )
    if town is None:
        return finding
    label = f"{body} {town}"
    start = before.start("adj")
    org = Mention.named(start, before.end("ending"), "Agency", label, label, priority=0)
    return replace(finding, organisation=org)
