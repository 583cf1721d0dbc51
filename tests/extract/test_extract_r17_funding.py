"""Funding, round 17 (a sweep of invented ministry statements, parliamentary answers, project profiles and budget
news): a plural subject standing for the units coordinated or listed right before it ("… die Projekte „A“, „B“ und
„C“. Sie werden vom Land gefördert"), the source named after an amount ("mit 1,2 Millionen Euro aus Mitteln des
ESF"), support with money given to a list of units, a project profile's funding field ("Gefördert durch: …" funds
the project the box is about), and the near shapes that give no payer."""

from __future__ import annotations

import pytest

from conftest import facts_of

_BMAS = "Bundesministerium für Arbeit und Soziales"
_ESF = "Europäischer Sozialfonds"


def _funding(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Kassel\n\n" + text).relations if p == "fundedBy"}


def _each(units: tuple[str, ...], payers: tuple[str, ...]) -> set[tuple[str, str]]:
    return {(u, p) for u in units for p in payers}


_THREE = ("Anerkennung Kassel", "Brücke Fulda", "Mentoring Gießen")


# ---------------------------------------------------------------- a plural subject for the units named before


@pytest.mark.parametrize(
    ("text", "payers"),
    [
        ("Zum IQ Netzwerk Hessen gehören die Teilprojekte „Anerkennung Kassel“, „Brücke Fulda“ und „Mentoring Gießen“. "
         "Die Teilprojekte werden vom Bundesministerium für Arbeit und Soziales und aus Mitteln des Europäischen "
         "Sozialfonds gefördert.", (_BMAS, _ESF)),
        ("Im IQ Netzwerk Hessen arbeiten die Projekte „Anerkennung Kassel“, „Brücke Fulda“ und „Mentoring Gießen“. "
         "Sie werden vom Bundesministerium für Arbeit und Soziales und aus Mitteln des Europäischen Sozialfonds "
         "gefördert.", (_BMAS, _ESF)),
        ("Im IQ Netzwerk Hessen arbeiteten 2019 die Projekte „Anerkennung Kassel“, „Brücke Fulda“ sowie „Mentoring "
         "Gießen“. Alle drei Projekte wurden durch das Bundesministerium für Arbeit und Soziales finanziert.", (_BMAS,)),
        ("Die Projekte „Anerkennung Kassel“, „Brücke Fulda“ und „Mentoring Gießen“ sind Teil des IQ Netzwerks Hessen. "
         "Alle drei werden vom Europäischen Sozialfonds kofinanziert.", (_ESF,)),
    ],
)  # fmt: skip
def test_a_plural_subject_after_a_coordinated_list_funds_each_unit(
    text: str, payers: tuple[str, ...]
) -> None:
    assert _each(_THREE, payers) <= _funding(text)


@pytest.mark.parametrize(
    "text",
    [
        "Folgende Teilprojekte gehören zum IQ Netzwerk Hessen:\n- Anerkennung Kassel\n- Brücke Fulda\n"
        "- Mentoring Gießen\nSie werden durch das Bundesministerium für Arbeit und Soziales und den Europäischen "
        "Sozialfonds finanziert.",
        "Folgende Teilprojekte gehören zum IQ Netzwerk Hessen:\n\n„Anerkennung Kassel“ (Träger: Caritas Kassel)\n"
        "„Brücke Fulda“ (Träger: Caritas Fulda)\n„Mentoring Gießen“ (Träger: AWO Gießen)\n\nAlle Teilprojekte "
        "werden vom Bundesministerium für Arbeit und Soziales und vom Europäischen Sozialfonds gefördert.",
        "Zum IQ Netzwerk Hessen gehören die Teilprojekte:\n• „Anerkennung Kassel“\n• „Brücke Fulda“\n• „Mentoring Gießen“\n"
        "Diese Projekte werden vom Bundesministerium für Arbeit und Soziales und vom Europäischen Sozialfonds gefördert.",
    ],
)
def test_a_plural_subject_after_lines_naming_units_funds_each_unit(text: str) -> None:
    assert _each(_THREE, (_BMAS, _ESF)) <= _funding(text)


def test_a_plural_subject_after_a_single_unit_funds_that_one_only() -> None:
    text = (
        "Im IQ Netzwerk Hessen arbeitet das Projekt „Anerkennung Kassel“ mit der Stadt Fulda zusammen. Sie werden "
        "vom Bundesministerium für Arbeit und Soziales gefördert."
    )
    assert ("Brücke Fulda", _BMAS) not in _funding(text)


def test_a_plural_subject_two_sentences_after_the_list_funds_none_of_it() -> None:
    text = (
        "Im IQ Netzwerk Hessen arbeiten die Projekte „Anerkennung Kassel“ und „Brücke Fulda“. Das Projekt „Mentoring "
        "Gießen“ kommt 2024 hinzu. Sie werden vom Bundesministerium für Arbeit und Soziales gefördert."
    )
    assert ("Anerkennung Kassel", _BMAS) not in _funding(text)


# ---------------------------------------------------------------- the source named after an amount


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Das Land Hessen fördert das Projekt „Brücke Fulda“ mit 1,2 Millionen Euro aus Mitteln des Europäischen "
         "Sozialfonds.", {("Brücke Fulda", "Land Hessen"), ("Brücke Fulda", _ESF)}),
        ("Mit 2,1 Millionen Euro aus dem Europäischen Sozialfonds unterstützt das Hessische Ministerium für Soziales "
         "und Integration das Projekt „Brücke Fulda“.",
         {("Brücke Fulda", "Hessisches Ministerium für Soziales und Integration"), ("Brücke Fulda", _ESF)}),
        ("Das Projekt „Brücke Fulda“ wurde 2021 vom Land Hessen mit 400.000 Euro aus Mitteln des Europäischen "
         "Sozialfonds gefördert.", {("Brücke Fulda", "Land Hessen"), ("Brücke Fulda", _ESF)}),
        ("Das Hessische Ministerium für Soziales und Integration unterstützte das Projekt „Brücke Fulda“ mit 90.000 "
         "Euro jährlich aus dem Europäischen Sozialfonds.",
         {("Brücke Fulda", "Hessisches Ministerium für Soziales und Integration"), ("Brücke Fulda", _ESF)}),
    ],
)  # fmt: skip
def test_the_source_after_an_amount_pays_for_the_unit_too(text: str, facts: set[tuple[str, str]]) -> None:
    assert facts <= _funding(text)


@pytest.mark.parametrize(
    "text",
    [
        # asked for, not given
        "Der Verein Hilfe e.V. hat für das Projekt „Brücke Fulda“ 1,2 Millionen Euro aus Mitteln des Europäischen "
        "Sozialfonds beantragt.",
        # flowing to no unit the sentence funds
        "Das Projekt „Brücke Fulda“ startet in Fulda. Dort fließen 20.000 Euro aus dem Europäischen Sozialfonds in "
        "die Sprachkurse.",
    ],
)
def test_an_amount_from_a_source_given_to_no_unit_funds_none(text: str) -> None:
    assert ("Brücke Fulda", _ESF) not in _funding(text)


# ---------------------------------------------------------------- support with money given to a list


@pytest.mark.parametrize(
    "text",
    [
        "Das Hessische Ministerium für Soziales und Integration unterstützt die Projekte „Anerkennung Kassel“, „Brücke "
        "Fulda“ und „Mentoring Gießen“ mit insgesamt 1,5 Millionen Euro.",
        "2022 unterstützte das Hessische Ministerium für Soziales und Integration die Projekte „Anerkennung Kassel“, "
        "„Brücke Fulda“ sowie „Mentoring Gießen“ mit Fördermitteln.",
        "Das Hessische Ministerium für Soziales und Integration unterstützt die Vorhaben „Anerkennung Kassel“, „Brücke "
        "Fulda“ und „Mentoring Gießen“ in diesem Jahr mit rund 300.000 Euro.",
    ],
)
def test_support_with_money_funds_each_unit_of_the_list(text: str) -> None:
    assert _each(_THREE, ("Hessisches Ministerium für Soziales und Integration",)) <= _funding(text)


def test_support_without_money_funds_none_of_the_list() -> None:
    text = (
        "Das Hessische Ministerium für Soziales und Integration unterstützt die Projekte „Anerkennung Kassel“, "
        "„Brücke Fulda“ und „Mentoring Gießen“ mit Rat und Tat."
    )
    assert not _funding(text)


# ---------------------------------------------------------------- a profile's funding field


@pytest.mark.parametrize(
    "box",
    [
        "Das Projekt „Brücke Fulda“ ist ein Teilprojekt im IQ Netzwerk Hessen.\nTräger: Caritas Fulda\n"
        "Laufzeit: 2019 bis 2022\nGefördert durch: Bundesministerium für Arbeit und Soziales, Europäischer Sozialfonds",
        "Projekt: Brücke Fulda\nNetzwerk: IQ Netzwerk Hessen\nTräger: Caritas Fulda\nFörderung: Bundesministerium für "
        "Arbeit und Soziales und Europäischer Sozialfonds",
        "„Brücke Fulda“ gehört seit 2019 zum IQ Netzwerk Hessen.\nTräger: Caritas Fulda\nFinanziert durch: "
        "Bundesministerium für Arbeit und Soziales, Europäischer Sozialfonds",
    ],
)
def test_a_funding_field_funds_the_project_the_box_is_about(box: str) -> None:
    found = _funding(box)
    assert {("Brücke Fulda", _BMAS), ("Brücke Fulda", _ESF)} <= found
    assert not {(s, o) for s, o in found if "Netzwerk" in s}


def test_a_funding_field_in_a_network_s_box_funds_the_network() -> None:
    box = (
        "Das IQ Netzwerk Hessen besteht aus den Teilprojekten „Brücke Fulda“ und „Anerkennung Kassel“.\n"
        "Gefördert durch: Bundesministerium für Arbeit und Soziales, Europäischer Sozialfonds"
    )
    assert _funding(box) == {("IQ Landesnetzwerk Hessen", _BMAS), ("IQ Landesnetzwerk Hessen", _ESF)}
