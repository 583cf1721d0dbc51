"""Funding read on invented sentences: a payer supplementing a funding spoken of ("Das Land ergänzt die Förderung mit
eigenen Mitteln"), a unit funded in a programme ("X wird im Förderprogramm P gefördert"), a funding notice handed
over ("überreichte dem Verein Y den Förderbescheid für X": Y carries X, the issuer pays), a fund after "vom" in a
passive of funding (no whole) and a share of the costs taken by a body named only in a relative clause (no payer)."""

from __future__ import annotations

import pytest

from conftest import facts_of

_IQ = "Integration durch Qualifizierung"


def _relations(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Kassel\n\n" + text).relations if p == predicate}


@pytest.mark.parametrize(
    ("text", "funded", "payer"),
    [
        (
            "Das Projekt „Brücke Nord“ wird vom Bundesministerium für Arbeit und Soziales gefördert. Das Land "
            "Hessen ergänzt die Förderung mit Landesmitteln.",
            "Brücke Nord",
            "Land Hessen",
        ),
        (
            "Das Projekt „Brücke Nord“ wird vom Bundesministerium für Arbeit und Soziales gefördert. Zusätzlich "
            "stockt die Stadt Kassel die Bundesförderung um 20.000 Euro auf.",
            "Brücke Nord",
            "Stadt Kassel",
        ),
        (
            "Die Stiftung Lernwerk ergänzte die Finanzierung des Projekts „Brücke Nord“ mit eigenen Mitteln.",
            "Brücke Nord",
            "Stiftung Lernwerk",
        ),
    ],
)
def test_a_payer_supplementing_a_funding_pays(text: str, funded: str, payer: str) -> None:
    assert (funded, payer) in _relations(text, "fundedBy")


@pytest.mark.parametrize(
    ("sentence", "funded"),
    [
        (f"Das Projekt „Brücke Nord“ wird im Förderprogramm „{_IQ} (IQ)“ gefördert.", "Brücke Nord"),
        (
            f"Die Anlaufstelle „Brücke Nord“ wird im Rahmen des Förderprogramms „{_IQ} (IQ)“ gefördert.",
            "Anlaufstelle „Brücke Nord“",
        ),
        (
            f"Die Anlaufstelle „Brücke Nord“ wird seit 2023 gefördert im Programm „{_IQ} (IQ)“.",
            "Anlaufstelle „Brücke Nord“",
        ),
    ],
)
def test_a_unit_funded_in_a_programme_is_funded_by_it(sentence: str, funded: str) -> None:
    assert (funded, _IQ) in _relations(sentence, "fundedBy")


def test_a_payer_named_besides_the_programme_is_the_funder() -> None:
    sentence = (
        f"Das IQ Netzwerk Hessen wird im Förderprogramm „{_IQ} (IQ)“ vom Bundesministerium für Arbeit und Soziales "
        "gefördert."
    )
    assert _relations(sentence, "fundedBy") == {
        ("IQ Landesnetzwerk Hessen", "Bundesministerium für Arbeit und Soziales")
    }


@pytest.mark.parametrize(
    ("sentence", "unit", "carrier", "payer"),
    [
        (
            "Für das Projekt „Brücke Nord“ hat das Ministerium für Soziales und Integration dem Verein Lernwerk "
            "e. V. einen Zuwendungsbescheid über 60.000 Euro übergeben.",
            "Brücke Nord",
            "Lernwerk e. V.",
            "Ministerium für Soziales und Integration",
        ),
        (
            "Staatssekretärin Petra Beispiel überreichte dem Verein Lernwerk e. V. den Förderbescheid des "
            "Ministeriums für Soziales und Integration für das Projekt „Brücke Nord“.",
            "Brücke Nord",
            "Lernwerk e. V.",
            "Ministerium für Soziales und Integration",
        ),
        (
            "Die Lernwerk gGmbH erhielt vom Land Hessen den Bewilligungsbescheid für die Anlaufstelle „Brücke "
            "Nord“.",
            "Anlaufstelle „Brücke Nord“",
            "Lernwerk gGmbH",
            "Land Hessen",
        ),
    ],
)
def test_a_funding_notice_handed_over(sentence: str, unit: str, carrier: str, payer: str) -> None:
    assert (unit, carrier) in _relations(sentence, "hostedBy")
    assert (unit, payer) in _relations(sentence, "fundedBy")


@pytest.mark.parametrize(
    "sentence",
    [
        "Finanziert wird das IQ Netzwerk Hessen vom Europäischen Sozialfonds Plus.",
        "Gefördert wird das Projekt „Brücke Nord“ vom Europäischen Sozialfonds.",
        "Bezahlt wird die Anlaufstelle „Brücke Nord“ vom Asyl-, Migrations- und Integrationsfonds.",
    ],
)
def test_a_fund_after_vom_in_a_passive_of_funding_is_no_whole(sentence: str) -> None:
    assert not _relations(sentence, "partOf")


@pytest.mark.parametrize(
    "sentence",
    [
        "Mehrere Kreise beteiligen sich an den Kosten der Beratung „Brücke Nord“, die die Volkshochschule Fulda "
        "anbietet.",
        "Die Gemeinden beteiligen sich finanziell an „Brücke Nord“, das der Verein Lernwerk e. V. umsetzt.",
        "Viele Betriebe beteiligen sich an den Kosten der Anlaufstelle „Brücke Nord“, die die Caritas Fulda betreibt.",
    ],
)
def test_a_body_in_a_relative_clause_takes_no_share_of_the_costs(sentence: str) -> None:
    assert not _relations(sentence, "fundedBy")


@pytest.mark.parametrize(
    ("text", "funded", "payers"),
    [
        (
            "Unsere Projekte:\n- Brücke Nord – gefördert vom Land Hessen\n- Wege in Arbeit – kofinanziert durch die "
            "Stadt Kassel\n",
            "Brücke Nord",
            {"Land Hessen"},
        ),
        (
            "Die Teilprojekte im Überblick:\n- Sprachwerk Pflege – gefördert vom Bundesministerium für Arbeit und "
            "Soziales und dem Europäischen Sozialfonds Plus\n- Brücke Nord\n",
            "Sprachwerk Pflege",
            {"Bundesministerium für Arbeit und Soziales", "Europäischer Sozialfonds Plus"},
        ),
        (
            "Die Projekte im Überblick:\n- Lernwerk Beruf, finanziert aus Mitteln der Stadt Kassel\n- Brücke Nord\n",
            "Lernwerk Beruf",
            {"Stadt Kassel"},
        ),
    ],
)
def test_a_listed_project_and_its_payer_after_a_dash_or_comma(
    text: str, funded: str, payers: set[str]
) -> None:
    assert {o for s, o in _relations(text, "fundedBy") if s == funded} == payers


@pytest.mark.parametrize(
    ("text", "payers"),
    [
        (
            "Das Projekt „Brücke Nord“ startet im Mai. Die Kosten von rund 90.000 Euro teilen sich das Land "
            "Hessen und die Stadt Kassel.",
            {"Land Hessen", "Stadt Kassel"},
        ),
        (
            "Die Kosten des Projekts „Brücke Nord“ teilen sich die Stiftung Lernwerk und der Landkreis Fulda.",
            {"Stiftung Lernwerk", "Landkreis Fulda"},
        ),
        (
            "Das Projekt „Brücke Nord“ läuft seit Mai. Die Personalkosten teilten sich bisher das Land Hessen und "
            "der Europäische Sozialfonds.",
            {"Land Hessen", "Europäischer Sozialfonds"},
        ),
    ],
)
def test_payers_sharing_the_costs(text: str, payers: set[str]) -> None:
    assert {o for s, o in _relations(text, "fundedBy") if s == "Brücke Nord"} == payers


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Mittel stammen aus dem Landesprogramm „Arbeit für alle Hessen“ und aus dem Europäischen Sozialfonds Plus.",
        "Das Geld kommt vom Landesprogramm „Arbeit für alle Hessen“ und vom Europäischen Sozialfonds.",
        "Die Fördermittel stammen aus dem Europäischen Sozialfonds Plus und aus dem Landesprogramm „Arbeit für alle "
        "Hessen“.",
    ],
)
def test_two_sources_of_the_money_fund_not_each_other(sentence: str) -> None:
    assert not _relations(sentence, "fundedBy")


@pytest.mark.parametrize(
    ("sentence", "funded", "payer"),
    [
        (
            "Das IQ Netzwerk Hessen finanziert sich zum Teil aus Mitteln des Landes Hessen.",
            "IQ Landesnetzwerk Hessen",
            "Land Hessen",
        ),
        (
            "Die Anlaufstelle „Brücke Nord“ finanziert sich seit 2024 über den Europäischen Sozialfonds Plus.",
            "Anlaufstelle „Brücke Nord“",
            "Europäischer Sozialfonds Plus",
        ),
        (
            "Das Projekt „Brücke Nord“ finanzierte sich bis 2023 vollständig durch die Stiftung Lernwerk.",
            "Brücke Nord",
            "Stiftung Lernwerk",
        ),
    ],
)
def test_a_unit_financing_itself_from_a_payer(sentence: str, funded: str, payer: str) -> None:
    assert (funded, payer) in _relations(sentence, "fundedBy")


def test_a_network_funded_in_the_programme_is_its_part_not_its_payee() -> None:
    sentence = f"Das IQ Netzwerk Hessen wird im Rahmen des Förderprogramms „{_IQ} (IQ)“ gefördert."
    assert not _relations(sentence, "fundedBy")


@pytest.mark.parametrize(
    ("sentence", "funded"),
    [
        (
            "Das Projekt „Brücke Nord“ läuft bis 2027 und wird mit 300.000 Euro vom Land Hessen unterstützt.",
            "Brücke Nord",
        ),
        ("Unterstützt wird das Projekt „Brücke Nord“ vom Land Hessen mit 50.000 Euro.", "Brücke Nord"),
        (
            "Die Anlaufstelle „Brücke Nord“ wird jährlich mit Fördermitteln vom Land Hessen unterstützt.",
            "Anlaufstelle „Brücke Nord“",
        ),
    ],
)
def test_support_with_money_in_either_order(sentence: str, funded: str) -> None:
    assert (funded, "Land Hessen") in _relations(sentence, "fundedBy")


def test_support_with_money_for_a_body_funds_no_unit() -> None:
    assert not _relations("Unterstützt wird die Lernwerk gGmbH vom Land Hessen mit 50.000 Euro.", "fundedBy")


@pytest.mark.parametrize(
    ("sentence", "funded"),
    [
        ("Die Förderung für das Projekt „Brücke Nord“ kommt vom Land Hessen.", "Brücke Nord"),
        (
            "Die Finanzierung für die Anlaufstelle „Brücke Nord“ stammt vom Land Hessen.",
            "Anlaufstelle „Brücke Nord“",
        ),
        ("Das Projekt „Brücke Nord“ startet im Mai. Die Förderung kommt vom Land Hessen.", "Brücke Nord"),
    ],
)
def test_the_funding_coming_from_a_payer(sentence: str, funded: str) -> None:
    assert (funded, "Land Hessen") in _relations(sentence, "fundedBy")


@pytest.mark.parametrize(
    ("text", "funded", "payer"),
    [
        (
            "Die Anlaufstelle „Brücke Nord“ berät Pflegekräfte. Das Angebot finanziert das Land Hessen seit 2024.",
            "Anlaufstelle „Brücke Nord“",
            "Land Hessen",
        ),
        (
            "Das Projekt „Brücke Nord“ startet im Mai. Das Projekt finanziert das Hessische Ministerium für "
            "Soziales und Integration.",
            "Brücke Nord",
            "Hessisches Ministerium für Soziales und Integration",
        ),
        (
            "Die Anlaufstelle „Brücke Nord“ öffnet in Kassel. Dieses Angebot finanziert der Europäische Sozialfonds.",
            "Anlaufstelle „Brücke Nord“",
            "Europäischer Sozialfonds",
        ),
    ],
)
def test_a_stand_in_object_first_financed_by_a_public_payer(text: str, funded: str, payer: str) -> None:
    assert (funded, payer) in _relations(text, "fundedBy")


@pytest.mark.parametrize(
    ("text", "funded", "payer"),
    [
        (
            "Das IQ Netzwerk Hessen berät Zugewanderte. Das Netzwerk finanziert der Europäische Sozialfonds Plus.",
            "IQ Landesnetzwerk Hessen",
            "Europäischer Sozialfonds Plus",
        ),
        (
            "Das Projekt „Brücke Nord“ startet im Mai. Das Projekt finanziert die Lernwerk gGmbH.",
            "Brücke Nord",
            "Lernwerk gGmbH",
        ),
        (
            "Die Anlaufstelle „Brücke Nord“ öffnet. Die Anlaufstelle finanziert der Asyl-, Migrations- und "
            "Integrationsfonds.",
            "Anlaufstelle „Brücke Nord“",
            "Asyl-, Migrations- und Integrationsfonds",
        ),
    ],
)
def test_a_unit_pays_no_fund_or_body_after_the_verb(text: str, funded: str, payer: str) -> None:
    found = _relations(text, "fundedBy")
    assert (funded, payer) in found
    assert (payer, funded) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Den Eigenanteil für das Projekt „Brücke Nord“ trägt die Stadt Kassel.",
        "Die Stadt Kassel übernimmt den Eigenanteil des Projekts „Brücke Nord“.",
        "Das Projekt „Brücke Nord“ startet im Mai. Den Kofinanzierungsanteil übernimmt die Stadt Kassel.",
    ],
)
def test_the_body_bearing_a_project_s_own_share_pays(text: str) -> None:
    assert ("Brücke Nord", "Stadt Kassel") in _relations(text, "fundedBy")


@pytest.mark.parametrize(
    ("text", "payer"),
    [
        (
            "Das Land Hessen hat dem Projekt „Brücke Nord“ eine Förderung von 50.000 Euro zugesagt.",
            "Land Hessen",
        ),
        (
            "Das Projekt „Brücke Nord“ startet im Mai. Die Stiftung Lernwerk hat 30.000 Euro zugesagt.",
            "Stiftung Lernwerk",
        ),
        ("Die Gelder für das Projekt „Brücke Nord“ stammen vom Land Hessen.", "Land Hessen"),
    ],
)
def test_money_promised_or_coming_from_a_payer(text: str, payer: str) -> None:
    assert ("Brücke Nord", payer) in _relations(text, "fundedBy")


def test_money_refused_is_no_funding() -> None:
    assert not _relations(
        "Das Projekt „Brücke Nord“ startet. Das Land Hessen hat keine Mittel zugesagt.", "fundedBy"
    )


@pytest.mark.parametrize(
    ("sentence", "funded", "payers"),
    [
        (
            "Das Projekt „Brücke Nord“ wird zu gleichen Teilen vom Land Hessen und der Stadt Kassel getragen.",
            "Brücke Nord",
            {"Land Hessen", "Stadt Kassel"},
        ),
        (
            "Die Anlaufstelle „Brücke Nord“ wird zu 60 Prozent vom Europäischen Sozialfonds getragen.",
            "Anlaufstelle „Brücke Nord“",
            {"Europäischer Sozialfonds"},
        ),
        (
            "Die Kosten des Projekts „Brücke Nord“ werden anteilig von der Stadt Kassel getragen.",
            "Brücke Nord",
            {"Stadt Kassel"},
        ),
    ],
)
def test_a_unit_borne_in_shares_is_paid_for_not_carried(sentence: str, funded: str, payers: set[str]) -> None:
    assert {o for s, o in _relations(sentence, "fundedBy") if s == funded} == payers
    assert not _relations(sentence, "hostedBy")


def test_a_unit_borne_without_a_share_is_carried() -> None:
    sentence = "Die Anlaufstelle „Brücke Nord“ wird von der Stadt Kassel getragen."
    assert _relations(sentence, "hostedBy") == {("Anlaufstelle „Brücke Nord“", "Stadt Kassel")}
    assert not _relations(sentence, "fundedBy")
