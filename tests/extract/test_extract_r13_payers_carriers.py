"""Payers and carriers read from the clause on invented sentences (round 13): a funding participle after a comma
that closes a fronted passive ("Getragen wird es vom Verein Y, gefördert vom Land Z": the agent before the comma
is no payer and nothing the payer funds), each unit of a plural subject after a fronted participle, a paying body
after the verb and adverbials, an amount between the payer and its participle attribute ("das vom Land Y mit 40.000
Euro geförderte Projekt X") and a payer paying "gemeinsam mit" another."""

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


@pytest.mark.parametrize(
    ("sentence", "units", "payer"),
    [
        ("Gefördert werden die Projekte „Lernpfad“ und „Zeitweg“ vom Land Thüringen.", {"Lernpfad", "Zeitweg"}, "Land Thüringen"),
        ("Finanziert werden die Projekte „Lernpfad“, „Zeitweg“ und „Hafenblick“ aus Mitteln des Europäischen Sozialfonds.", {"Lernpfad", "Zeitweg", "Hafenblick"}, "Europäischer Sozialfonds"),
        ("Gefördert wurden das Projekt „Lernpfad“ und die Anlaufstelle „Zeitweg“ durch die Stadt Gera.", {"Lernpfad", "Anlaufstelle „Zeitweg“"}, "Stadt Gera"),
    ],
)  # fmt: skip
def test_a_fronted_funding_participle_funds_each_unit_of_a_plural_subject(
    sentence: str, units: set[str], payer: str
) -> None:
    funding = _facts(sentence, "fundedBy")
    assert {(u, payer) for u in units} <= funding


@pytest.mark.parametrize(
    ("sentence", "unit", "payer"),
    [
        ("Das Projekt „Lernpfad“ fördert seit 2021 das Land Thüringen.", "Lernpfad", "Land Thüringen"),
        ("Die Anlaufstelle „Zeitweg“ finanziert zudem die Stadt Gera.", "Anlaufstelle „Zeitweg“", "Stadt Gera"),
        ("Der Verein Werkhaus e. V. gründete die Beratungsstelle „Hafenblick“, die Beratungsstelle „Hafenblick“ finanziert weiterhin das Bundesministerium für Arbeit und Soziales.", "Beratungsstelle „Hafenblick“", "Bundesministerium für Arbeit und Soziales"),
    ],
)  # fmt: skip
def test_a_paying_body_after_the_verb_and_an_adverbial_funds_the_unit_before_it(
    sentence: str, unit: str, payer: str
) -> None:
    assert (unit, payer) in _facts(sentence, "fundedBy")


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Lernpfad“ fördert seit 2021 Betriebe in Thüringen.",
        "Das Projekt „Lernpfad“ fördert auch die Zusammenarbeit mit der Stadt Gera.",
        "Das Projekt „Lernpfad“ unterstützt seit 2021 die Stadt Gera.",
    ],
)
def test_a_unit_promoting_work_or_helping_a_town_is_not_funded(sentence: str) -> None:
    assert not _facts(sentence, "fundedBy")


@pytest.mark.parametrize(
    ("sentence", "unit", "payer"),
    [
        ("Das vom Land Thüringen mit 40.000 Euro geförderte Projekt „Lernpfad“ berät Geflüchtete.", "Lernpfad", "Land Thüringen"),
        ("Die durch die Stadt Gera mit rund 1,2 Millionen Euro finanzierte Anlaufstelle „Zeitweg“ öffnet.", "Anlaufstelle „Zeitweg“", "Stadt Gera"),
        ("Im vom Europäischen Sozialfonds seit 2020 kofinanzierten Projekt „Hafenblick“ lernen Frauen.", "Hafenblick", "Europäischer Sozialfonds"),
    ],
)  # fmt: skip
def test_an_amount_or_adverbial_between_the_payer_and_its_participle_attribute(
    sentence: str, unit: str, payer: str
) -> None:
    assert (unit, payer) in _facts(sentence, "fundedBy")


def test_a_participle_attribute_of_another_verb_names_no_payer() -> None:
    sentence = "Das vom Land Thüringen mit viel Geduld begleitete Projekt „Lernpfad“ berät Geflüchtete."
    assert not _facts(sentence, "fundedBy")


@pytest.mark.parametrize(
    ("sentence", "unit", "payers"),
    [
        ("Das Projekt „Lernpfad“ wird vom Land Thüringen gemeinsam mit dem Europäischen Sozialfonds finanziert.", "Lernpfad", {"Land Thüringen", "Europäischer Sozialfonds"}),
        ("Die Anlaufstelle „Zeitweg“ wird von der Stadt Gera zusammen mit dem Jobcenter Gera gefördert.", "Anlaufstelle „Zeitweg“", {"Stadt Gera", "Jobcenter Gera"}),
        ("Gefördert wird das Projekt „Hafenblick“ von der Stadt Gera gemeinsam mit der Stiftung Morgenrot.", "Hafenblick", {"Stadt Gera", "Stiftung Morgenrot"}),
    ],
)  # fmt: skip
def test_a_payer_paying_together_with_another_both_fund(sentence: str, unit: str, payers: set[str]) -> None:
    assert {(unit, p) for p in payers} <= _facts(sentence, "fundedBy")


def test_a_partner_of_the_work_is_no_payer() -> None:
    sentence = (
        "Das Projekt „Lernpfad“ wird vom Land Thüringen gefördert und gemeinsam mit der Stadt Gera umgesetzt."
    )
    assert _facts(sentence, "fundedBy") == {("Lernpfad", "Land Thüringen")}
