"""Who pays, in more word orders, on invented releases: two genitives coordinated after one money noun ("aus Mitteln
des Bundes und des Landes Y"), compounds of the money noun ("mit Landesmitteln des Freistaates Y"), support with
money fronted or in the passive ("Mit 50.000 Euro unterstützt Y …", "… wird von Y mit 50.000 Euro unterstützt");
and a relative clause after a whole that is no coordination ("ein Teilprojekt des Netzwerks X, das vom Y gefördert
wird": Y funds the network and carries nothing)."""

from __future__ import annotations

import pytest

from conftest import facts_of

_PROJECT = "Das Projekt „Lotsenhaus“ berät Zugewanderte in Fulda. "


def _ties(text: str, subject: str = "Lotsenhaus", predicate: str = "fundedBy") -> set[str]:
    facts = facts_of("Titel\n\n" + _PROJECT + text)
    return {o for s, p, o in facts.relations if s == subject and p == predicate}


@pytest.mark.parametrize(
    ("text", "land"),
    [
        (
            "Das Projekt „Lotsenhaus“ wird aus Mitteln des Bundes und des Landes Hessen finanziert.",
            "Land Hessen",
        ),
        (
            "Finanziert wird das Projekt „Lotsenhaus“ mit Geldern der Stadt Fulda sowie des Freistaates Sachsen.",
            "Freistaat Sachsen",
        ),
        (
            "Das Projekt „Lotsenhaus“ erhält Fördermittel des Europäischen Sozialfonds (ESF) und des Landes Bremen.",
            "Land Bremen",
        ),
    ],
)
def test_a_second_genitive_after_a_money_noun_is_a_payer(text: str, land: str) -> None:
    assert land in _ties(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Hauptstadt des Bundes und des Landes Hessen ist nicht weit.",
        "Die Geschichte der Stadt Fulda und des Landes Hessen ist lang.",
        "Das Projekt „Lotsenhaus“ informiert über die Rechte der Zugewanderten und des Landes Hessen.",
    ],
)
def test_a_second_genitive_after_another_noun_pays_nothing(text: str) -> None:
    assert not {o for o in _ties(text) if o.startswith("Land")}


@pytest.mark.parametrize(
    ("text", "payer"),
    [
        (
            "Mit Landesmitteln des Freistaates Bayern wird das Projekt „Lotsenhaus“ finanziert.",
            "Freistaat Bayern",
        ),
        ("Mit Fördergeldern des Landes Bremen wird das Projekt „Lotsenhaus“ unterstützt.", "Land Bremen"),
        ("Das Projekt „Lotsenhaus“ wird mit Haushaltsmitteln der Stadt Fulda gefördert.", "Stadt Fulda"),
    ],
)
def test_a_compound_money_noun_names_its_payer(text: str, payer: str) -> None:
    assert payer in _ties(text)


@pytest.mark.parametrize(
    ("text", "payer"),
    [
        ("Mit 200.000 Euro unterstützt das Land Hessen das Projekt „Lotsenhaus“.", "Land Hessen"),
        (
            "Mit rund 2 Millionen Euro unterstützte die Stadt Fulda im vergangenen Jahr das Projekt „Lotsenhaus“.",
            "Stadt Fulda",
        ),
        (
            "Mit insgesamt 80.000 € unterstützen der Landkreis Fulda und die Stadt Fulda das Projekt „Lotsenhaus“.",
            "Landkreis Fulda",
        ),
    ],
)
def test_money_fronted_before_support_is_funding(text: str, payer: str) -> None:
    assert payer in _ties(text)


@pytest.mark.parametrize(
    ("text", "payer"),
    [
        ("Das Projekt „Lotsenhaus“ wird vom Land Hessen mit 200.000 Euro unterstützt.", "Land Hessen"),
        (
            "Das Projekt „Lotsenhaus“ wurde von der Stadt Fulda im Jahr 2031 mit insgesamt 80.000 € unterstützt.",
            "Stadt Fulda",
        ),
        (
            "Das Projekt „Lotsenhaus“ wird durch das Land Hessen mit rund 1,5 Millionen Euro unterstützt.",
            "Land Hessen",
        ),
    ],
)
def test_support_with_money_in_the_passive_is_funding(text: str, payer: str) -> None:
    assert payer in _ties(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt „Lotsenhaus“ wird von der Stadt Fulda mit Rat und Tat unterstützt.",
        "Mit großem Engagement unterstützt die Stadt Fulda das Projekt „Lotsenhaus“.",
        "Mit 200 Ehrenamtlichen unterstützt die Stadt Fulda das Projekt „Lotsenhaus“.",
    ],
)
def test_support_without_money_is_no_funding(text: str) -> None:
    assert _ties(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt „Lotsenhaus“ ist ein Teilprojekt des IQ Netzwerks Hessen, das vom Bundesministerium für Arbeit "
        "und Soziales gefördert wird.",
        "Das Projekt „Lotsenhaus“ ist ein Angebot des IQ Netzwerks Hessen, das durch das Land Hessen finanziert wird.",
        "Das Projekt „Lotsenhaus“ ist ein Teilprojekt des IQ Netzwerks Hessen, dem seit 2031 die Stadt Fulda angehört.",
    ],
)
def test_a_relative_clause_after_the_whole_adds_no_carrier(text: str) -> None:
    assert _ties(text, predicate="hostedBy") == set()
    assert _ties(text, predicate="partOf") == {"IQ Landesnetzwerk Hessen"}
