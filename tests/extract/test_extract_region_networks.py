"""IQ networks named by a region or a town instead of a Land, on invented sentences: the regional networks of
the programme's first years and from 2023 on."""

from __future__ import annotations

import pytest

from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def networks(text: str) -> dict[str, str]:
    return {
        m.label: m.key for m in find_mentions(text, GAZETTEER) if m.type == "StateNetwork" and not m.generic
    }


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das IQ Netzwerk Nordhessen lädt zum Austausch ein.", "IQ Netzwerk Nordhessen"),
        ("Die Kammer ist Partnerin des IQ-Netzwerks Oberfranken.", "IQ Netzwerk Oberfranken"),
        ("Im Regionalen IQ Netzwerk Leipzig arbeiten neun Partner.", "Regionales IQ Netzwerk Leipzig"),
        ("Das Netzwerk IQ Ostwestfalen-Lippe stellt seine Bilanz vor.", "Netzwerk IQ Ostwestfalen-Lippe"),
        ("Beraten wird im IQ-Netzwerk Region Hannover.", "IQ Netzwerk Region Hannover"),
        ("Seit 2023 gibt es das Netzwerk IQ NRW-West.", "Netzwerk IQ NRW-West"),
        ("Seit 2023 gibt es das Netzwerk IQ NRW – Ost.", "Netzwerk IQ NRW-Ost"),
    ],
)
def test_a_network_named_by_a_region_or_a_town(text: str, label: str) -> None:
    assert set(networks(text)) == {label}


def test_a_region_s_network_named_in_two_ways_is_one() -> None:
    found = networks(
        "Das Regionale IQ Netzwerk Südbaden lädt ein. Im IQ Netzwerk Südbaden sind zwölf Partner."
    )
    assert len(set(found.values())) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Das IQ Netzwerk Projekte stellt heute vor.",  # a common noun is no region
        "Das IQ Netzwerk Beratung bietet Termine an.",
        "Der Austausch im IQ Netzwerk Fachkräfte lief gut.",
    ],
)
def test_a_common_noun_after_the_network_names_no_region(text: str) -> None:
    assert networks(text) == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das IQ Netzwerk Sachsen-Anhalt lädt ein.", "IQ Netzwerk Sachsen-Anhalt"),
        ("Im IQ Netzwerk Hessen arbeiten viele Partner.", "IQ Netzwerk Hessen"),
        ("Das Netzwerk IQ Bayern stellt vor.", "Netzwerk IQ Bayern"),
    ],
)
def test_a_land_s_network_stays_the_land_s(text: str, label: str) -> None:
    assert set(networks(text)) == {label}


def test_a_town_s_network_and_its_regional_integration_network_are_one() -> None:
    found = networks("Das Regionale Integrationsnetzwerk Görlitz startet. Das IQ Netzwerk Görlitz berät.")
    assert len(found) == 2 and len(set(found.values())) == 1


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das IQ-Integrationsnetzwerk Mittelfranken stellt sich vor.",
            "IQ Integrationsnetzwerk Mittelfranken",
        ),
        ("Im IQ Integrationsnetzwerk Nordhessen beraten acht Partner.", "IQ Integrationsnetzwerk Nordhessen"),
        (
            "Gäste des Integrationsnetzwerks IQ Ostwestfalen-Lippe kamen aus Bielefeld.",
            "Integrationsnetzwerk IQ Ostwestfalen-Lippe",
        ),
    ],
)
def test_an_integration_network_named_with_the_programme_but_not_regional(text: str, label: str) -> None:
    assert set(networks(text)) == {label}


@pytest.mark.parametrize(
    "text",
    [
        "Das Integrationsnetzwerk Kassel lädt Vereine zum Austausch ein.",
        "Im Integrationsnetzwerk der Stadt arbeiten Schulen und Vereine.",
        "Ein IQ-Integrationsnetzwerk gibt es dort noch nicht.",
    ],
)
def test_an_integration_network_without_the_programme_is_none_of_its_networks(text: str) -> None:
    assert networks(text) == {}
