"""A title whose place names its body: "die Osnabrücker Landrätin" heads the Landkreis Osnabrück, "Kassels
Oberbürgermeister" the Stadt Kassel."""

from __future__ import annotations

import re

from .. import lexicon
from ..text.morphology import town_of_adjective
from ..text.spans import Mention

__all__ = ["body_of_the_place"]

# "die Osnabrücker Landrätin", or the town in the genitive before the title: "Kassels Oberbürgermeister"
_PLACE_ADJECTIVE = re.compile(r"(?P<adj>[A-ZÄÖÜ]\w+)(?P<ending>er|s)[ \xa0]+(?P<noun>\w+)$")


def body_of_the_place(title: str, text: str, head_start: int) -> Mention | None:
    """ "die Osnabrücker Landrätin Petra Beispiel": a Landrat heads the Landkreis of the town his title's
    adjective names. `head_start`: where the role noun starts."""
    noun = title.split(" ")[-1].lower()
    body = next((b for stem, b in lexicon.PLACE_BODY_OF_ROLE.items() if noun.startswith(stem)), None)
    before = _PLACE_ADJECTIVE.search(text, max(0, head_start - 40), head_start + len(noun))
    if body is None or before is None:
        return None
    town = _town_named(before["adj"], before["ending"])
    if town is None:
        return None
    label = f"{body} {town}"
    return Mention.named(before.start("adj"), before.end("ending"), "Agency", label, label, priority=0)


def _town_named(stem: str, ending: str) -> str | None:
    """ "Osnabrücker", "Bremer" (Bremen), "Eschweger" (Eschwege): a town's adjective; "Kassels": its genitive."""
    if ending == "s":
        return stem if stem in lexicon.GERMAN_PLACES else None
    return town_of_adjective(stem + ending)
