"""Who pays, said of a programme or with money, on invented releases in several variants: a programme in apposition
or as a ministry's instrument, money received with its payer first, a fund's compound, a payer funding "es" or "das
Angebot", lists of funders with commas in a clause, "eines von N Netzwerken, die … gefördert
werden"; with near-identical sentences that must not yield the tie."""

from __future__ import annotations

import pytest

from conftest import facts_of

_PROJECT = "Das Projekt „Lotsenhaus“ berät Zugewanderte in Fulda. "
_MINISTRY = "Bundesministerium für Arbeit und Soziales"


def _funders(text: str, funded: str = "Lotsenhaus") -> set[str]:
    return {o for s, p, o in facts_of("Titel\n\n" + text).relations if s == funded and p == "fundedBy"}


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        (
            "Das IQ Netzwerk Thüringen ist Teil von „Integration durch Qualifizierung (IQ)“, einem Förderprogramm des "
            "Bundesministeriums für Arbeit und Soziales.",
            "Integration durch Qualifizierung",
        ),
        (
            "Wir beraten im Förderprogramm „Chancen Ost“, einem Programm des Bundesministeriums für Arbeit und Soziales.",
            "Chancen Ost",
        ),
        (
            "Die Mittel kommen aus dem Landesprogramm „Chancen Ost“ (ein Sonderprogramm des Bundesministeriums für "
            "Arbeit und Soziales).",
            "Chancen Ost",
        ),
    ],
)
def test_a_programme_in_apposition_is_the_ministry_s(text: str, programme: str) -> None:
    assert _funders(text, programme) == {_MINISTRY}


@pytest.mark.parametrize(
    "text",
    [
        "Mit dem Förderprogramm „Chancen Ost“ unterstützt das Bundesministerium für Arbeit und Soziales Zugewanderte.",
        "Mit dem Bundesprogramm „Chancen Ost“ fördert das Bundesministerium für Arbeit und Soziales die Anerkennung.",
        "Das Bundesministerium für Arbeit und Soziales unterstützt mit seinem Programm „Chancen Ost“ Betriebe.",
        "Seit 2031 unterstützt das Bundesministerium für Arbeit und Soziales mit dem Programm „Chancen Ost“ Betriebe.",
        "Im Rahmen des Förderprogramms „Chancen Ost“ unterstützt das Bundesministerium für Arbeit und Soziales Betriebe.",
        "Das Bundesministerium für Arbeit und Soziales fördert über das Programm „Chancen Ost“ die Anerkennung.",
    ],
)
def test_a_programme_a_ministry_supports_with_is_its(text: str) -> None:
    assert _funders(text, "Chancen Ost") == {_MINISTRY}


@pytest.mark.parametrize(
    "text",
    [
        "Mit dem Förderprogramm „Chancen Ost“ arbeitet die Wegweiser gGmbH seit Jahren.",
        "Mit dem Programm „Chancen Ost“ unterstützt die Wegweiser gGmbH Zugewanderte.",
        "Im Rahmen des Förderprogramms „Chancen Ost“ berät die Wegweiser gGmbH Zugewanderte.",
        "Das Bundesministerium für Arbeit und Soziales lobt die Ergebnisse, die mit dem Programm „Chancen Ost“ "
        "erreicht wurden.",
    ],
)
def test_a_programme_with_a_body_or_without_a_supporting_ministry_names_no_payer(text: str) -> None:
    assert _funders(text, "Chancen Ost") == set()


@pytest.mark.parametrize(
    ("text", "funder"),
    [
        ("Das Projekt „Lotsenhaus“ erhält vom Land Thüringen bis 2033 rund 400.000 Euro.", "Land Thüringen"),
        ("Das Projekt „Lotsenhaus“ erhält Fördergelder vom Land Thüringen.", "Land Thüringen"),
        (
            "Das Projekt „Lotsenhaus“ bekam aus dem Europäischen Sozialfonds eine Förderung.",
            "Europäischer Sozialfonds",
        ),
    ],
)
def test_money_received_names_its_payer_before_or_after_it(text: str, funder: str) -> None:
    assert _funders(text) == {funder}


def test_something_else_received_from_a_body_is_no_funding() -> None:
    assert _funders("Das Projekt „Lotsenhaus“ erhält vom Land Thüringen eine Auszeichnung.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Für das Projekt „Lotsenhaus“ stehen bis 2033 rund 4 Millionen Euro aus dem Europäischen Sozialfonds zur "
        "Verfügung.",
        "Das Projekt „Lotsenhaus“ wird aus ESF-Mitteln gefördert.",
        _PROJECT + "Die Beratung ist dank der ESF-Förderung kostenlos.",
    ],
)
def test_a_fund_named_as_the_source_or_in_a_compound(text: str) -> None:
    assert _funders(text) == {"Europäischer Sozialfonds"}


def test_a_question_about_a_fund_s_money_is_no_funding() -> None:
    assert _funders(_PROJECT + "Die Beratung informiert über ESF-Mittel.") == set()


@pytest.mark.parametrize(
    "second",
    [
        "Das Land Thüringen fördert es mit 200.000 Euro.",
        "Seit 2031 finanziert das Land Thüringen das Angebot.",
        "Das Land Thüringen kofinanziert dieses Projekt.",
    ],
)
def test_a_payer_funding_a_pronoun_or_stand_in_funds_the_unit_spoken_of(second: str) -> None:
    assert _funders(_PROJECT + second) == {"Land Thüringen"}


@pytest.mark.parametrize(
    ("text", "funded", "funders"),
    [
        (
            "Das Netzwerk ist Teil des Programms „Chancen Ost“, das vom Land Thüringen, der Bundesagentur für "
            "Arbeit und dem Europäischen Sozialfonds gefördert wird.",
            "Chancen Ost",
            {"Land Thüringen", "Bundesagentur für Arbeit", "Europäischer Sozialfonds"},
        ),
        (
            "Die Sprecherin sagte, dass das Projekt „Lotsenhaus“ vom Land Thüringen, der Bundesagentur für Arbeit und "
            "dem Europäischen Sozialfonds finanziert wird.",
            "Lotsenhaus",
            {"Land Thüringen", "Bundesagentur für Arbeit", "Europäischer Sozialfonds"},
        ),
        (
            "Das IQ Netzwerk Thüringen wird gefördert: vom Land Thüringen und vom Europäischen Sozialfonds.",
            "IQ Netzwerk Thüringen",
            {"Land Thüringen", "Europäischer Sozialfonds"},
        ),
    ],
)
def test_a_list_of_funders_with_commas_or_after_a_colon(text: str, funded: str, funders: set[str]) -> None:
    assert _funders(text, funded) == funders


def test_a_relative_clause_with_a_list_funds_its_antecedent_not_the_subject() -> None:
    text = (
        "Das IQ Netzwerk Thüringen ist Teil des Programms „Chancen Ost“, das vom Bundesministerium für Arbeit und "
        "Soziales, der Bundesagentur für Arbeit und dem Europäischen Sozialfonds gefördert wird."
    )
    assert _funders(text, "IQ Netzwerk Thüringen") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Das IQ Netzwerk Thüringen ist eines von 16 Landesnetzwerken, die vom Bundesministerium für Arbeit und "
        "Soziales gefördert werden.",
        "Das IQ Netzwerk Thüringen ist eines von sechzehn Netzwerken, die durch das Bundesministerium für Arbeit und "
        "Soziales finanziert werden.",
        "Das IQ Netzwerk Thüringen ist einer der Verbünde, die seit 2031 vom Bundesministerium für Arbeit und "
        "Soziales bezuschusst werden.",
    ],
)
def test_one_of_the_units_a_plural_funding_relative_clause_is_about(text: str) -> None:
    assert _funders(text, "IQ Netzwerk Thüringen") == {_MINISTRY}


@pytest.mark.parametrize(
    ("text", "funded"),
    [
        (
            "Das Netzwerk ist Teil des Programms „Chancen Ost“, das im Rahmen des ESF-Bundesprogramms „Arbeit Nord“ "
            "gefördert wird.",
            "Chancen Ost",
        ),
        ("Das Projekt „Lotsenhaus“, das aus ESF-Mitteln gefördert wird, berät Zugewanderte.", "Lotsenhaus"),
        (
            "Die Sprecherin sagte, dass das Projekt „Lotsenhaus“ über die ESF-Förderung finanziert wird.",
            "Lotsenhaus",
        ),
    ],
)
def test_a_fund_in_a_compound_inside_a_funding_clause(text: str, funded: str) -> None:
    assert "Europäischer Sozialfonds" in _funders(text, funded)


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Bremen berät. Das Programm IQ wird vom Bund getragen, kofinanziert durch die Senatorin "
        "für Arbeit und Soziales.",
        "Das IQ Netzwerk Hessen berät. Mittel stehen über das Programm IQ bereit, kofinanziert vom Hessischen "
        "Ministerium für Soziales und Integration.",
        "Das IQ Netzwerk Sachsen berät. Das Förderprogramm IQ wird vom Land Sachsen kofinanziert.",
    ],
)
def test_a_land_s_body_co_funding_the_programme_funds_the_land_s_network(body: str) -> None:
    relations = facts_of("Titel\n\n" + body).relations
    funded = {s for s, p, _ in relations if p == "fundedBy"}
    assert funded and all("netzwerk" in s.lower() for s in funded)
