"""Regional part networks on invented sentences: the parts coordinated after the first one."""

from __future__ import annotations

import pytest

from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def networks(text: str) -> set[str]:
    return {m.label for m in find_mentions(text, GAZETTEER) if m.type == "StateNetwork"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eingeladen hatten MigraNet plus Schwaben, Oberfranken und Region Ingolstadt.",
            {"MigraNet plus Schwaben", "MigraNet plus Oberfranken", "MigraNet plus Region Ingolstadt"},
        ),
        (
            "Sie leitet MigraNet plus Franken und Niederbayern.",
            {"MigraNet plus Franken", "MigraNet plus Niederbayern"},
        ),
        (
            "Es sprachen MigraNet plus Region Augsburg, Oberpfalz.",
            {"MigraNet plus Region Augsburg", "MigraNet plus Oberpfalz"},
        ),
    ],
)
def test_regional_parts_coordinated_after_a_part_network(text: str, expected: set[str]) -> None:
    assert networks(text) == expected


def test_a_person_after_a_part_network_is_no_further_part() -> None:
    assert networks("Es leitet MigraNet plus Franken und Petra Beispiel.") == {"MigraNet plus Franken"}


@pytest.mark.parametrize(
    "text",
    [
        "Eingeladen waren die Regionalen Integrationsnetzwerke MigraNet plus Schwaben und Oberpfalz.",
        "Es sprachen Vertreter des Regionalen Integrationsnetzwerks MigraNet plus Oberfranken.",
        "Das Regionale Integrationsnetzwerk MigraNet plus Niederbayern tagte.",
    ],
)
def test_a_part_networks_name_after_the_regional_network_noun_is_its_own(text: str) -> None:
    assert not any(label.startswith("Regionales Integrationsnetzwerk") for label in networks(text))


@pytest.mark.parametrize(
    ("text", "land"),
    [
        ("Seit Mai berät das Netzwerk Integration durch Qualifizierung (IQ) für Thüringen.", "Thüringen"),
        ("Die Partner des Netzwerks „Integration durch Qualifizierung“ in Sachsen trafen sich.", "Sachsen"),
        (
            "Im Landesnetzwerk Integration durch Qualifizierung Brandenburg arbeiten zehn Partner.",
            "Brandenburg",
        ),
        ("Das Netzwerk „Integration durch Qualifizierung“ für Bremen wächst.", "Bremen"),
    ],
)
def test_a_network_named_by_the_programme_spelt_out_and_its_land(text: str, land: str) -> None:
    networks = [m for m in find_mentions(text, GAZETTEER) if m.type == "StateNetwork"]
    assert len(networks) == 1 and networks[0].surface.startswith(("Netzwerk", "Landesnetzwerk"))
    assert networks[0].surface.endswith(land)
