"""Round 16 (precision): wrong facts the paraphrases made the rules read, on invented sentences: the agent of one
unit's participle taken for the next unit's carrier in a run of listed units ("A, getragen von Y - B, getragen von
Z"), …"""

from __future__ import annotations

import pytest

from conftest import facts_of

_NETWORK_OPENING = "Das IQ Netzwerk Thüringen meldet seine Teilprojekte. "


def _facts(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Gera\n\n" + text).relations if p == predicate}


@pytest.mark.parametrize(
    ("sentence", "hosts"),
    [
        ("Beteiligt waren diese Teilprojekte, jeweils mit Träger: - TP 1: Koordination, getragen von der Lernwerk Jena gGmbH - TP 2: Servicestelle Anerkennung Gera, getragen vom Verein Brückenbau e. V. - TP 3: Beratungsstelle Berufsweg Erfurt, getragen von der Stiftung Morgenrot",
         {("Koordination des IQ Netzwerks Thüringen", "Lernwerk Jena gGmbH"),
          ("Servicestelle Anerkennung Gera", "Brückenbau e. V."),
          ("Beratungsstelle Berufsweg Erfurt", "Stiftung Morgenrot")}),
        ("Zu den Teilprojekten zählten im Jahr 2021 die Servicestelle Anerkennung Gera, umgesetzt vom Verein Brückenbau e. V.; die Beratungsstelle Berufsweg Erfurt, umgesetzt von der Stiftung Morgenrot.",
         {("Servicestelle Anerkennung Gera", "Brückenbau e. V."),
          ("Beratungsstelle Berufsweg Erfurt", "Stiftung Morgenrot")}),
        ("Dazu gehören TP 4: Servicestelle Anerkennung Gera, durchgeführt von der Lernwerk Jena gGmbH - TP 5: Beratungsstelle Berufsweg Erfurt, durchgeführt vom Verein Brückenbau e. V.",
         {("Servicestelle Anerkennung Gera", "Lernwerk Jena gGmbH"),
          ("Beratungsstelle Berufsweg Erfurt", "Brückenbau e. V.")}),
    ],
)  # fmt: skip
def test_each_listed_unit_has_the_agent_of_its_own_participle_as_carrier(
    sentence: str, hosts: set[tuple[str, str]]
) -> None:
    assert (
        _facts(_NETWORK_OPENING + sentence, "hostedBy") - {("IQ Netzwerk Thüringen", "Lernwerk Jena gGmbH")}
        == hosts
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Berufsweg“ wird von der Stiftung Morgenrot, Erfurt, getragen.",  # a place after the agent
        "Das Projekt „Berufsweg“ wird von der Stiftung Morgenrot getragen.",
        "Getragen wird das Projekt „Berufsweg“ von der Stiftung Morgenrot.",
    ],
)
def test_an_agent_before_its_participle_still_carries_the_subject(sentence: str) -> None:
    assert _facts(_NETWORK_OPENING + sentence, "hostedBy") == {("Berufsweg", "Stiftung Morgenrot")}
