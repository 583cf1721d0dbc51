"""Names of public bodies on invented sentences: how a name begins and how it is met again."""

from __future__ import annotations

import pytest

from iqgraph.extract.gazetteer import build_gazetteer
from iqgraph.extract.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def names(text: str) -> dict[str, str]:
    """label -> type of every organisation-like mention in a text."""
    return {m.label: m.type for m in find_mentions(text, GAZETTEER) if m.type not in ("Person", "Place")}


@pytest.mark.parametrize(
    "text",
    [
        "Die Beratung liegt bei der städtischen Behörde.",
        "Das kommunale Jobcenter berät mit.",
        "Mit dem örtlichen Landratsamt und der staatlichen Stiftung wird gesprochen.",
    ],
)
def test_a_small_letter_adjective_other_than_a_lands_describes_a_body(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das Amt für Beispielfragen der Stadt Musterstadt berät. Im Amt für Beispielfragen sitzt Petra Beispiel.",
            "Amt für Beispielfragen der Stadt Musterstadt",
        ),
        (
            "Später lud das Landesamt für Zuwanderung ein, ein Teil des Landesamts für Zuwanderung des Kreises Kassel.",
            "Landesamt für Zuwanderung des Kreises Kassel",
        ),
        (
            "Die Stiftung Lernweg der Beispiel GmbH fördert. Die Stiftung Lernweg zahlt die Kurse.",
            "Stiftung Lernweg der Beispiel GmbH",
        ),
    ],
)
def test_a_name_met_again_without_its_genitive_attribute_is_the_same_entity(text: str, label: str) -> None:
    mentions = [m for m in find_mentions(text, GAZETTEER) if m.label.startswith(label.split()[0])]
    assert len(mentions) == 2 and {m.label for m in mentions} == {label}
