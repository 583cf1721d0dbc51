"""Parliamentary answers and official reports (round 15), as they arrive flattened from PDF: amounts with a decimal
comma or a euro sign in clauses of granting and receiving, tables and lists of subprojects with their carriers (bars,
"„X“ – Träger: Y", "TP 1 „X“ (Y)", "Y (Teilprojekt „X“)", "X: 96.000 Euro"), words broken at a line end, budget
references ("Titel 684 71") and a year's colon before its figure ("2019: 210.400 €")."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _facts(text: str, predicate: str) -> set[tuple[str, str]]:
    return {
        (s, o) for s, p, o in facts_of("Antwort der Landesregierung\n\n" + text).relations if p == predicate
    }


@pytest.mark.parametrize(
    ("sentence", "funded", "payers"),
    [
        ("Dem IQ Netzwerk Thüringen wurden 2022 insgesamt 845.210,40 € aus Mitteln des Landesministeriums für Soziales bewilligt.", "IQ Netzwerk Thüringen", {"Landesministerium für Soziales"}),
        ("Für 2021 wurden dem IQ Netzwerk Hessen 90.000,50 Euro aus Mitteln des Landesministeriums für Soziales und des Europäischen Sozialfonds bewilligt.", "IQ Landesnetzwerk Hessen", {"Landesministerium für Soziales", "Europäischer Sozialfonds"}),
        ("Aus Mitteln des Europäischen Sozialfonds wurden dem Teilprojekt „Lotsenhaus Nord“ im Jahr 2020 rund 102.300,00 € bewilligt.", "Lotsenhaus Nord", {"Europäischer Sozialfonds"}),
    ],
)  # fmt: skip
def test_a_decimal_comma_in_the_granted_amount_does_not_end_the_clause(
    sentence: str, funded: str, payers: set[str]
) -> None:
    assert {(funded, p) for p in payers} <= _facts(sentence, "fundedBy")


@pytest.mark.parametrize(
    "sentence",
    [
        # the money goes to the participants of the network, not to the network
        "Den Teilnehmenden des IQ Netzwerks Thüringen wurden 2022 insgesamt 12.345,60 € aus Mitteln des Europäischen Sozialfonds bewilligt.",
        # money refused
        "Dem IQ Netzwerk Sachsen wurden 2021 keine der beantragten 40.000,00 € aus Mitteln des Landes Sachsen bewilligt.",
    ],
)
def test_an_amount_with_a_decimal_comma_granted_to_no_unit_funds_none(sentence: str) -> None:
    assert not _facts(sentence, "fundedBy")


@pytest.mark.parametrize(
    ("sentence", "funded", "payer"),
    [
        ("Das Teilprojekt „Lotsenhaus Nord“ erhielt 45.678 € vom Bundesministerium für Arbeit und Soziales.", "Lotsenhaus Nord", "Bundesministerium für Arbeit und Soziales"),
        ("Das Teilprojekt „Brücke Pflege“ bekam 2023 insgesamt 12.000,50 € aus dem Europäischen Sozialfonds.", "Brücke Pflege", "Europäischer Sozialfonds"),
        ("Das Teilprojekt „Lotsenhaus Nord“ erhält jährlich vom Bundesministerium für Arbeit und Soziales 80.500 €.", "Lotsenhaus Nord", "Bundesministerium für Arbeit und Soziales"),
    ],
)  # fmt: skip
def test_a_unit_receiving_an_amount_in_the_euro_sign_is_funded_by_the_payer(
    sentence: str, funded: str, payer: str
) -> None:
    assert (funded, payer) in _facts(sentence, "fundedBy")


def test_a_prize_in_the_euro_sign_received_is_no_funding() -> None:
    text = "Das Teilprojekt „Lotsenhaus Nord“ erhielt den mit 5.000 € dotierten Preis vom Bundesministerium für Arbeit und Soziales."
    assert not _facts(text, "fundedBy")


# A PDF answer wrapped at a fixed width (so its lines are joined where a sentence goes on), then a table.
_WRAPPED_ANSWER = """Zu Frage 1: Die Landesregierung verweist zunächst auf ihre Antwort
zu der früheren Anfrage in dieser Sache und ergänzt diese wie folgt.
Das IQ Netzwerk Thüringen setzt seine Arbeit in mehreren Teilprojekten
um, die von verschiedenen Trägern in den Regionen des Landes betreut
werden. Eine Übersicht der Teilprojekte und ihrer Träger gibt die Tabelle:
{table}
Weitere Angaben liegen der Landesregierung zum jetzigen Zeitpunkt nicht vor.
"""


@pytest.mark.parametrize(
    "table",
    [
        "| Teilprojekt | Träger | Mittel 2023 |\n| Lotsenhaus Nord | Verein Lernwerk e. V. | 80.500 € |\n| Brücke Pflege | Bildungshaus Saale gGmbH | 61.200 € |",
        "Projekt | Projektträger\nLotsenhaus Nord | Verein Lernwerk e. V.\nBrücke Pflege | Bildungshaus Saale gGmbH",
        "Träger | Teilprojekt | Ort\nVerein Lernwerk e. V. | Lotsenhaus Nord | Erfurt\nBildungshaus Saale gGmbH | Brücke Pflege | Jena",
    ],
)  # fmt: skip
def test_a_table_after_a_wrapped_answer_keeps_its_rows_and_names_each_carrier(table: str) -> None:
    facts = _facts(_WRAPPED_ANSWER.format(table=table), "hostedBy")
    assert {("Lotsenhaus Nord", "Lernwerk e. V."), ("Brücke Pflege", "Bildungshaus Saale gGmbH")} <= facts


def test_a_table_of_years_after_a_wrapped_answer_names_no_project() -> None:
    table = "| Jahr | Bundesmittel | Landesmittel |\n| 2021 | 812.000 € | 40.000 € |\n| 2022 | 845.500 € | 40.000 € |"
    text = _WRAPPED_ANSWER.format(table=table).replace("IQ Netzwerk Thüringen", "Landesprogramm Arbeit")
    assert not _facts(text, "hostedBy") and not _facts(text, "partOf")


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Im IQ Netzwerk Thüringen arbeiten folgende Teilprojekte: 1. „Lotsenhaus Nord“ – Träger: Verein Lernwerk e. V.; 2. „Brücke Pflege“ – Träger: Bildungshaus Saale gGmbH.",
            {("Lotsenhaus Nord", "Lernwerk e. V."), ("Brücke Pflege", "Bildungshaus Saale gGmbH")},
        ),
        (
            "Zum IQ Netzwerk Sachsen gehören: - „Werkbank Zukunft“, Träger: Stiftung Musterweg - „Kompass Ost“, Projektträger: Lernhaus Leipzig gGmbH",
            {("Werkbank Zukunft", "Stiftung Musterweg"), ("Kompass Ost", "Lernhaus Leipzig gGmbH")},
        ),
        (
            "Das IQ Netzwerk Bremen fördert „Pflege Plus“ - Trägerin: Arbeitshilfe Weserland gGmbH sowie „Hafen Start“, Träger: Verein Elbhilfe e. V.",
            {("Pflege Plus", "Arbeitshilfe Weserland gGmbH"), ("Hafen Start", "Elbhilfe e. V.")},
        ),
    ],
)  # fmt: skip
def test_a_quoted_name_before_its_carrier_s_label_after_a_comma_or_dash_is_a_project(
    text: str, pairs: set[tuple[str, str]]
) -> None:
    assert pairs <= _facts(text, "hostedBy")


def test_a_quotation_before_a_speaker_who_carries_something_names_no_project() -> None:
    text = (
        "„Wir bleiben dran“, betonte die Trägerin: Der Verein Lernwerk e. V. setzt die Arbeit in Jena fort."
    )
    assert not _facts(text, "hostedBy")


def _subprojects(text: str) -> set[str]:
    return {
        label for type_, label in facts_of("Antwort des Senats\n\n" + text).entities if type_ == "Subproject"
    }


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Im IQ Netzwerk Hamburg arbeiten folgende Teilprojekte: TP 1 „Lotsenhaus Nord“ (Verein Lernwerk e. V.), TP 2 „Brücke Pflege“ (Bildungshaus Saale gGmbH) und TP 3 „Hafen Start“ (Stiftung Musterweg).",
            {("Lotsenhaus Nord", "Lernwerk e. V."), ("Brücke Pflege", "Bildungshaus Saale gGmbH"), ("Hafen Start", "Stiftung Musterweg")},
        ),
        (
            "Gefördert wurden TP 2.1 „Werkbank Zukunft“ (Stiftung Musterweg) sowie TP 4 „Kompass Ost“ (Lernhaus Leipzig gGmbH) im IQ Netzwerk Sachsen.",
            {("Werkbank Zukunft", "Stiftung Musterweg"), ("Kompass Ost", "Lernhaus Leipzig gGmbH")},
        ),
        (
            "Die Teilprojekte sind: TP 3 „Pflege Plus“ (Arbeitshilfe Weserland gGmbH), TP 5 „Lotsenhaus Süd“ (Verein Elbhilfe e. V.) und TP 6 „Hafen Start“ (Stiftung Musterweg).",
            {("Pflege Plus", "Arbeitshilfe Weserland gGmbH"), ("Lotsenhaus Süd", "Elbhilfe e. V.")},
        ),
    ],
)  # fmt: skip
def test_a_numbered_subproject_s_quoted_name_without_a_colon_is_a_project_with_its_carrier(
    text: str, pairs: set[tuple[str, str]]
) -> None:
    assert {project for project, _ in pairs} <= _subprojects(text)
    assert pairs <= _facts(text, "hostedBy")


def test_an_enumeration_cut_inside_a_bracket_names_no_half_item() -> None:
    text = "Zu den Projekten gehören: Lotsenhaus Nord (Verein Lernwerk e. V.) und Brücke Pflege (Bildungshaus Saale gGmbH)."
    assert not any("(" in name for name in _subprojects(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Im IQ Netzwerk Hamburg arbeitet das Teilprojekt „Pflege- brücke Nord“ seit 2019.", "Pflegebrücke Nord"),
        ("Die Teilprojekte sind: TP 1 „Anerkennungs- lotsen“ (Verein Lernwerk e. V.) und TP 2 „Hafen Start“ (Stiftung Musterweg).", "Anerkennungslotsen"),
        ("Gefördert wird das Projekt „Brücken- bauer Süd“ im IQ Netzwerk Bayern.", "Brückenbauer Süd"),
    ],
)  # fmt: skip
def test_a_project_name_with_a_word_broken_at_a_pdf_line_end_is_joined(text: str, name: str) -> None:
    assert name in _subprojects(text)


def test_a_suspended_hyphen_before_und_stays_in_a_project_name() -> None:
    text = "Im IQ Netzwerk Hamburg arbeitet das Teilprojekt „Anerkennungs- und Qualifizierungsberatung“ seit 2019."
    assert "Anerkennungs- und Qualifizierungsberatung" in _subprojects(text)


def _counts(text: str) -> set[tuple[str, int]]:
    return facts_of("Haushaltsplan\n\n" + text).counts


@pytest.mark.parametrize(
    "text",
    [
        "Einzelplan 05 Kapitel 0540 Titel 684 71 Zuschüsse an Träger der Arbeitsmarktintegration im IQ Netzwerk Niedersachsen.",
        "Aus Kapitel 11 20 Titel 893 12 Zuweisungen werden Teilprojekte des IQ Netzwerks Hessen bezuschusst.",
        "Die Mittel für das IQ Netzwerk Bremen sind bei Haushaltsstelle 3512 684 20 Zuschüsse veranschlagt.",
    ],
)  # fmt: skip
def test_a_budget_reference_s_number_groups_count_nothing(text: str) -> None:
    assert not _counts(text)


def test_a_figure_after_a_budget_reference_still_counts() -> None:
    text = "Aus Titel 684 71 erhält das IQ Netzwerk Niedersachsen 2024 insgesamt 40 Zuschüsse."
    assert ("IQ Netzwerk Niedersachsen", 40) in _counts(text)


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("Folgende Teilprojekte gehören zum IQ Netzwerk Sachsen:\n- TP 1: Lotsenhaus Nord: 210.400 €\n- TP 2: Brücke in die Pflege: 185.000 €\n", {("Lotsenhaus Nord", 210400), ("Brücke in die Pflege", 185000)}),
        ("Folgende Teilprojekte gehören zum IQ Netzwerk Hessen:\n- Werkbank Zukunft: 96.000 Euro\n- Kompass Ost: 48.500 Euro\n", {("Werkbank Zukunft", 96000), ("Kompass Ost", 48500)}),
        ("Zum IQ Netzwerk Bremen zählten 2022 folgende Projekte:\n• Hafen Start: 120.000 Euro\n• Lotsenhaus Süd: 75.250 Euro\n", {("Hafen Start", 120000), ("Lotsenhaus Süd", 75250)}),
    ],
)  # fmt: skip
def test_a_listed_project_s_amount_after_a_colon_is_its_money_not_part_of_its_name(
    text: str, amounts: set[tuple[str, int]]
) -> None:
    assert {name for name, _ in amounts} <= _subprojects(text)
    assert amounts <= _counts(text)


def test_a_list_of_dates_after_a_belonging_lead_in_names_no_project() -> None:
    text = "Folgende Termine gehören zum Programm der Messe:\n- Eröffnung: 10 Uhr\n- Empfang: 18 Uhr\n"
    assert not _subprojects(text) and not _counts(text)


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("Das Teilprojekt „Lotsenhaus Nord“ im IQ Netzwerk Sachsen erhielt 2019: 210.400,00 €, 2020: 215.000,00 €.", {("Lotsenhaus Nord", 210400), ("Lotsenhaus Nord", 215000)}),
        ("Für das Teilprojekt „Brücke Pflege“ wurden bewilligt 2021: 88.000 Euro, 2022: 91.500 Euro.", {("Brücke Pflege", 88000), ("Brücke Pflege", 91500)}),
        ("Das Teilprojekt „Hafen Start“ beriet 2022: 1.240 Personen, 2023: 1.385 Personen.", {("Hafen Start", 1240), ("Hafen Start", 1385)}),
    ],
)  # fmt: skip
def test_a_year_s_colon_before_its_figure_opens_no_clause(text: str, amounts: set[tuple[str, int]]) -> None:
    assert amounts <= _counts(text)


def test_a_colon_after_a_word_still_ends_the_clause_before_a_figure() -> None:
    text = "Das Teilprojekt „Hafen Start“ berät Zugewanderte. Zum Vergleich: 2023 wurden bundesweit 500 Personen beraten."
    assert ("Hafen Start", 500) not in _counts(text)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Im IQ Netzwerk Sachsen setzen folgende Träger Teilprojekte um: Verein Lernwerk e. V. (Teilprojekt „Lotsenhaus Nord“) und Bildungshaus Saale gGmbH (Teilprojekt „Brücke Pflege“).", {("Lotsenhaus Nord", "Lernwerk e. V."), ("Brücke Pflege", "Bildungshaus Saale gGmbH")}),
        ("Beteiligt sind die Stiftung Musterweg (Projekt „Hafen Start“) und die Lernhaus Leipzig gGmbH (Projekt „Kompass Ost“).", {("Hafen Start", "Stiftung Musterweg"), ("Kompass Ost", "Lernhaus Leipzig gGmbH")}),
        ("Träger im IQ Netzwerk Bremen: Arbeitshilfe Weserland gGmbH (Modellprojekt „Pflege Plus“), Verein Elbhilfe e. V. (Teilprojekt „Lotsenhaus Süd“).", {("Pflege Plus", "Arbeitshilfe Weserland gGmbH"), ("Lotsenhaus Süd", "Elbhilfe e. V.")}),
    ],
)  # fmt: skip
def test_a_project_in_brackets_after_a_body_is_carried_by_that_body(
    text: str, pairs: set[tuple[str, str]]
) -> None:
    assert pairs <= _facts(text, "hostedBy")


def test_a_project_named_apart_from_a_body_s_bracket_is_not_carried_by_it() -> None:
    text = "Die Stiftung Musterweg (gegründet 2010) lobte das Teilprojekt „Hafen Start“ der Lernhaus Leipzig gGmbH."
    assert ("Hafen Start", "Stiftung Musterweg") not in _facts(text, "hostedBy")
