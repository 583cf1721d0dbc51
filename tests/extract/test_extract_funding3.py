"""Who pays for a unit the funding clause does not name: money provided without "für X", a payer funding a common
noun; invented releases in several variants, with near-identical sentences that must not yield the tie."""

from __future__ import annotations

import pytest

from conftest import facts_of

_BEFORE = "In Fulda berät das Projekt „Lotsenhaus“ Zugewanderte. "


def _funders(text: str, funded: str = "Lotsenhaus") -> set[str]:
    return {o for s, p, o in facts_of("Titel\n\n" + text).relations if s == funded and p == "fundedBy"}


@pytest.mark.parametrize(
    ("second", "funders"),
    [
        (
            "Die Europäische Union und das Land Hessen stellen 1,4 Millionen Euro zur Verfügung, um die Beratung "
            "auszubauen.",
            {"Europäische Union", "Land Hessen"},
        ),
        ("Dafür stellt das Land Hessen bis 2030 rund 90.000 Euro bereit.", {"Land Hessen"}),
        (
            "Das Hessische Ministerium für Soziales und Integration und der Europäische Sozialfonds stellten "
            "hierfür 2 Mio. Euro bereit.",
            {"Hessisches Ministerium für Soziales und Integration", "Europäischer Sozialfonds"},
        ),
    ],
)
def test_money_provided_for_no_one_named_is_for_the_unit_spoken_of(second: str, funders: set[str]) -> None:
    assert _funders(_BEFORE + second) == funders


@pytest.mark.parametrize(
    "second",
    [
        "Das Land Hessen stellt 2 Millionen Euro für die Sanierung von Schulen bereit.",
        "Das Land Hessen stellt der Stadt Kassel 2 Millionen Euro zur Verfügung.",
        "Das Land Hessen stellt dem Projekt seine Räume zur Verfügung.",
    ],
)
def test_money_provided_for_something_else_is_no_funding_of_the_unit(second: str) -> None:
    assert _funders(_BEFORE + second) == set()


def test_für_inside_a_ministry_name_does_not_name_the_funded() -> None:
    body = "Das Hessische Ministerium für Soziales und Integration und der ESF stellen 2 Mio. Euro bereit."
    funded = {s for s, p, _ in facts_of("Titel\n\n" + body).relations if p == "fundedBy"}
    assert "Europäischer Sozialfonds (ESF)" not in funded and "Europäischer Sozialfonds" not in funded


def test_money_provided_means_the_project_not_the_programme_in_its_genitive() -> None:
    text = (
        "In Fulda läuft die Förderlinie „Neustart“ des Programms „Chancen Nord“. Das Land Hessen stellt "
        "3 Millionen Euro zur Verfügung."
    )
    assert _funders(text, "Chancen Nord") == set()


@pytest.mark.parametrize(
    ("second", "funders"),
    [
        ("Das Land Hessen kofinanziert die Anerkennungsberatung und die Kurse.", {"Land Hessen"}),
        (
            "Der Europäische Sozialfonds und das Land Hessen finanzieren seit 2030 die Beratung gemeinsam.",
            {"Europäischer Sozialfonds", "Land Hessen"},
        ),
        ("Die Stiftung Lernwege unterstützt die Beratungsarbeit auch finanziell.", {"Stiftung Lernwege"}),
    ],
)
def test_a_payer_funding_a_common_noun_funds_the_unit_spoken_of(second: str, funders: set[str]) -> None:
    assert _funders(_BEFORE + second) == funders


@pytest.mark.parametrize(
    "second",
    [
        "Das Land Hessen fördert die Integration von Zugewanderten.",  # promotes a cause: no money said
        "Das Land Hessen finanziert die Beratung in Kassel.",  # a place named: maybe another's work
        "Die Stiftung Lernwege unterstützt die Beratungsarbeit.",  # support without money
        "Der Bund und das Land Hessen finanziert die Beratung.",  # subject and verb disagree: no list of payers
    ],
)
def test_no_funding_of_the_unit_without_money_or_with_something_else_named(second: str) -> None:
    assert _funders(_BEFORE + second) == set()
