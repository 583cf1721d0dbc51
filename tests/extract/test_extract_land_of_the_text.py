"""The Land a release is about when it names towns but no Land, on invented sentences: "das IQ-Netzwerk" and "die
Landesregierung" take the Land of the towns the text names (the gold convention gives a body named without its Land
the Land from the text)."""

from __future__ import annotations

import pytest

from iqgraph.extract import lexicon
from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def names(text: str) -> dict[str, str]:
    """label -> type of every mention other than persons and places (a bare "das IQ-Netzwerk" is a generic
    mention of the network it stands for)."""
    return {m.label: m.type for m in find_mentions(text, GAZETTEER) if m.type not in ("Person", "Place")}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Kiel (dpa). Das IQ-Netzwerk lädt im Mai zu einem Fachtag ein.", "IQ Netzwerk Schleswig-Holstein"),
        (
            "In Rostock und Greifswald berät das IQ Netzwerk Zugewanderte.",
            "IQ Netzwerk Mecklenburg-Vorpommern",
        ),
        (
            "Die Beratung des IQ-Landesnetzwerks findet jetzt auch in Gera statt.",
            "IQ Landesnetzwerk Thüringen",
        ),
        ("Das Landesnetzwerk IQ eröffnet ein Büro in der Stadt Kassel.", "Landesnetzwerk IQ Hessen"),
    ],
)
def test_a_bare_network_takes_the_land_of_the_towns_named(text: str, label: str) -> None:
    assert names(text).get(label) == "StateNetwork"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Landesregierung in Schwerin lobt die Beratungsstellen.",
            "Landesregierung Mecklenburg-Vorpommern",
        ),
        (
            "In Leipzig und Chemnitz fehlen Fachkräfte, teilte die Staatsregierung mit.",
            "Sächsische Staatsregierung",
        ),
        ("Nach Magdeburg lud die Landesregierung zum Austausch.", "Landesregierung Sachsen-Anhalt"),
    ],
)
def test_a_bare_government_takes_the_land_of_the_towns_named(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        # a Land the text names outweighs its towns
        "In Kiel tagte die Ministerkonferenz; das IQ-Netzwerk in Hamburg stellte dort vor, wie Hamburg berät.",
        # towns of two Länder, each once: no Land
        "Das IQ-Netzwerk berät in Kassel und in Erfurt.",
        # a town's name several Länder share says nothing
        "Das IQ-Netzwerk hat ein Büro in Frankfurt eröffnet.",
    ],
)
def test_no_land_from_towns_where_the_text_does_not_decide(text: str) -> None:
    found = names(text)
    assert "IQ Netzwerk Schleswig-Holstein" not in found
    assert not any(label.endswith(("Hessen", "Thüringen", "Brandenburg")) for label in found)


def test_a_text_without_an_iq_network_gets_none_from_its_towns() -> None:
    found = names("Die Stadt Kiel baut ein neues Hallenbad; das Netzwerk der Sportvereine lobt den Plan.")
    assert not [label for label, kind in found.items() if kind == "StateNetwork"]


def test_the_town_list_knows_a_land_for_each_capital_and_none_for_shared_names() -> None:
    assert lexicon.LAND_OF_TOWN["Schwerin"] == "Mecklenburg-Vorpommern"
    assert lexicon.LAND_OF_TOWN["Erfurt"] == "Thüringen"
    assert "Frankfurt" not in lexicon.LAND_OF_TOWN
    assert set(lexicon.LAND_OF_TOWN.values()) == set(lexicon.LAENDER)
