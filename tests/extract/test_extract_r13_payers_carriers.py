"""Payers and carriers read from the clause on invented sentences (round 13): a funding participle after a comma
that closes a fronted passive ("Getragen wird es vom Verein Y, gefördert vom Land Z": the agent before the comma
is no payer and nothing the payer funds)."""

from __future__ import annotations

import pytest

from conftest import facts_of

_OPENING = "Der Verein Brückenschlag e. V. startet in Gera das Projekt „Lernpfad“. "


def _facts(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Gera\n\n" + text).relations if p == predicate}


@pytest.mark.parametrize(
    ("sentence", "carrier", "payer"),
    [
        ("Getragen wird es vom Verein Werkhaus e. V., gefördert vom Land Thüringen.", "Werkhaus e. V.", "Land Thüringen"),
        ("Umgesetzt wird es von der Stiftung Morgenrot, finanziert durch die Stadt Gera.", "Stiftung Morgenrot", "Stadt Gera"),
        ("Durchgeführt wird es vom Bildungshaus Saale gGmbH, kofinanziert aus Mitteln des Landes Thüringen.", "Bildungshaus Saale gGmbH", "Land Thüringen"),
    ],
)  # fmt: skip
def test_a_funding_participle_after_a_fronted_passive_funds_its_subject(
    sentence: str, carrier: str, payer: str
) -> None:
    funding = _facts(_OPENING + sentence, "fundedBy")
    assert ("Lernpfad", payer) in funding
    assert (carrier, payer) not in funding
    assert ("Lernpfad", carrier) not in funding
