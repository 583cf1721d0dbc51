"""Round 15, government and ministry releases on invented documents: a list's numbered items ("- TP 2: Name
(Träger: …)"), funding said of the listed units, and the payers and carriers a ministry's release names."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _facts(body: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    facts = facts_of("Pressemitteilung Nr. 12/2024\n\n" + body)
    return {label for type_, label in facts.entities if type_ == "Subproject"}, facts.relations


@pytest.mark.parametrize(
    ("lead_in", "item", "name", "carrier"),
    [
        (
            "Beteiligt sind folgende Teilprojekte des IQ Netzwerks Musterland:",
            "- TP 1: Werkbank Zukunft (Träger: Lernwerk Kassel gGmbH)",
            "Werkbank Zukunft",
            "Lernwerk Kassel gGmbH",
        ),
        (
            "Die Teilprojekte im Überblick:",
            "• Teilprojekt 3: Lotsenhaus Süd (Trägerin: Stiftung Musterweg)",
            "Lotsenhaus Süd",
            "Stiftung Musterweg",
        ),
        (
            "Zum Netzwerk gehören diese Projekte:",
            "– TP 2.1: Brücke Beruf – Träger: Lernort Muster e. V.",
            "Brücke Beruf",
            "Lernort Muster e. V.",
        ),
    ],
)
def test_a_bulleted_item_s_number_is_no_part_of_its_name(
    lead_in: str, item: str, name: str, carrier: str
) -> None:
    names, relations = _facts(f"{lead_in}\n{item}\n")
    assert name in names
    assert not any(n.startswith(("TP", "Teilprojekt")) for n in names)
    assert (name, "hostedBy", carrier) in relations


def test_a_bulleted_list_of_tasks_with_numbers_names_no_project() -> None:
    names, _ = _facts("Die Projekte bieten:\n- TP 1: beraten Zugewanderte\n- TP 2: begleiten Betriebe\n")
    assert not names


_LIST = (
    "Zum IQ Netzwerk Musterland gehören folgende Teilprojekte:\n"
    "- Werkbank Zukunft (Träger: Lernwerk Kassel gGmbH)\n"
    "- Lotsenhaus Süd (Träger: Stiftung Musterweg)\n"
    "- Brücke Beruf (Träger: Lernort Muster e. V.)\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "payer"),
    [
        ("Die Teilprojekte werden vom Land Hessen gefördert.", "Land Hessen"),
        (
            "Alle genannten Projekte werden aus Mitteln des Europäischen Sozialfonds finanziert.",
            "Europäischer Sozialfonds",
        ),
        (
            "Sämtliche Teilprojekte wurden durch das Hessische Ministerium für Soziales und Integration gefördert.",
            "Hessisches Ministerium für Soziales und Integration",
        ),
    ],
)
def test_a_plural_head_after_a_bulleted_list_funds_each_item(sentence: str, payer: str) -> None:
    _, relations = _facts(_LIST + sentence)
    assert {
        (name, "fundedBy", payer) for name in ("Werkbank Zukunft", "Lotsenhaus Süd", "Brücke Beruf")
    } <= relations


def test_a_plural_head_after_running_prose_funds_no_single_project() -> None:
    text = (
        "Das Projekt „Werkbank Zukunft“ berät in Kassel.\n\n"
        "Die Teilprojekte werden vom Land Hessen gefördert."
    )
    _, relations = _facts(text)
    assert ("Werkbank Zukunft", "fundedBy", "Land Hessen") not in relations


def test_a_bulleted_list_of_topics_lends_the_plural_head_no_items() -> None:
    text = (
        "Die Beratung umfasst:\n- Anerkennung von Abschlüssen\n- Sprachkurse\n\n"
        "Die Angebote werden vom Land Hessen gefördert."
    )
    _, relations = _facts(text)
    assert not any(p == "fundedBy" for _, p, _ in relations)


@pytest.mark.parametrize(
    ("sentence", "payer"),
    [
        (
            "Dem Projekt „Werkbank Zukunft“ der Handwerkskammer Musterstadt hat das Land Hessen 210.000 Euro bewilligt.",
            "Land Hessen",
        ),
        (
            "Dem Projekt „Werkbank Zukunft“ des Vereins Lernwerk e. V. stellt das Land Hessen 80.000 Euro zur Verfügung.",
            "Land Hessen",
        ),
        (
            "Dem Teilprojekt „Werkbank Zukunft“ der Stiftung Musterweg hat das Hessische Ministerium für Soziales und"
            " Integration Fördermittel in Höhe von 95.000 Euro bewilligt.",
            "Hessisches Ministerium für Soziales und Integration",
        ),
    ],
)
def test_a_dative_object_before_the_verb_leaves_the_payer_after_it(sentence: str, payer: str) -> None:
    _, relations = _facts(sentence)
    assert ("Werkbank Zukunft", "fundedBy", payer) in relations
    assert not any(s == "Werkbank Zukunft" and p == "fundedBy" and o != payer for s, p, o in relations)


def test_a_subject_before_the_verb_still_pays_for_the_dative_object() -> None:
    _, relations = _facts(
        "Der Verein Lernwerk e. V. hat dem Projekt „Werkbank Zukunft“ 5.000 Euro bewilligt."
    )
    assert ("Werkbank Zukunft", "fundedBy", "Lernwerk e. V.") in relations


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Die IQ Servicestelle Lippe berät in Detmold. Träger der IQ Servicestelle ist die Agentur für Arbeit Detmold.",
            ("IQ Servicestelle Lippe", "hostedBy", "Agentur für Arbeit Detmold"),
        ),
        (
            "In Kassel öffnet die IQ Beratungsstelle Nordhessen. Die IQ Beratungsstelle wird vom Land Hessen gefördert.",
            ("IQ Beratungsstelle Nordhessen", "fundedBy", "Land Hessen"),
        ),
        (
            "Die IQ Fachstelle Anerkennung lädt ein. Gefördert wird die IQ Fachstelle vom Bundesministerium für Arbeit"
            " und Soziales.",
            ("IQ Fachstelle Anerkennung", "fundedBy", "Bundesministerium für Arbeit und Soziales"),
        ),
    ],
)
def test_an_iq_unit_by_its_kind_stands_for_the_one_named_before(
    text: str, fact: tuple[str, str, str]
) -> None:
    _, relations = _facts(text)
    assert fact in relations
    assert not any(s == "Integration durch Qualifizierung" for s, _, _ in relations)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Das Jobcenter Musterstadt startet ein Angebot. Träger der IQ Servicestelle ist die Agentur für Arbeit Detmold.",
            ("IQ Servicestelle", "hostedBy", "Agentur für Arbeit Detmold"),
        ),
        (
            "Die IQ Servicestelle wird getragen von der Handwerkskammer Musterstadt. Sie wird gefördert durch das"
            " Bundesministerium für Arbeit und Soziales.",
            ("IQ Servicestelle", "fundedBy", "Bundesministerium für Arbeit und Soziales"),
        ),
        (
            "Die IQ-Beratungsstelle ist bei der Handwerkskammer Musterstadt angesiedelt.",
            ("IQ Beratungsstelle", "hostedBy", "Handwerkskammer Musterstadt"),
        ),
    ],
)
def test_an_iq_unit_named_by_its_kind_alone_is_the_unit_not_the_programme(
    text: str, fact: tuple[str, str, str]
) -> None:
    names, relations = _facts(text)
    assert fact in relations
    assert not any(s == "Integration durch Qualifizierung" for s, _, _ in relations)


def test_iq_units_in_the_plural_name_no_unit() -> None:
    names, _ = _facts("Die IQ Servicestellen beraten in ganz Hessen.")
    assert "IQ Servicestelle" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Gastgeberin war die Stiftung Lernbrücke, unterstützt vom IQ Netzwerk Hessen.",
        "Den Fachtag richtete der Verein Lernwerk e. V. aus, unterstützt durch das IQ Netzwerk Hessen.",
        "Die Handwerkskammer Musterstadt, unterstützt von der IQ Servicestelle Lippe, berät Betriebe.",
    ],
)
def test_support_by_an_iq_unit_without_money_is_no_funding(text: str) -> None:
    _, relations = _facts(text)
    assert not any(p == "fundedBy" for _, p, _ in relations)


def test_support_by_a_public_body_after_a_comma_still_funds() -> None:
    _, relations = _facts("Die Lernwerk gGmbH, unterstützt vom Jobcenter Musterstadt, berät Zugewanderte.")
    assert ("Lernwerk gGmbH", "fundedBy", "Jobcenter Musterstadt") in relations


_UNIT = "Das Projekt „Brücke Beruf“ berät zugewanderte Fachkräfte in Kassel.\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "Gefördert durch: Bundesministerium für Arbeit und Soziales | Europäische Union | Europäischer Sozialfonds Plus",
        "Förderer: Europäischer Sozialfonds Plus • Bundesministerium für Arbeit und Soziales • Europäische Union",
        "Das Projekt wird gefördert von Europäische Union | Bundesministerium für Arbeit und Soziales |"
        " Europäischer Sozialfonds Plus",
    ],
)
def test_a_logo_line_s_bars_and_bullets_list_each_payer(line: str) -> None:
    _, relations = _facts(_UNIT + line)
    payers = {
        "Bundesministerium für Arbeit und Soziales",
        "Europäische Union",
        "Europäischer Sozialfonds Plus",
    }
    assert {("Brücke Beruf", "fundedBy", p) for p in payers} <= relations
    assert not any(s in payers and p == "fundedBy" for s, p, _ in relations)


def test_a_table_row_s_bars_fund_no_one() -> None:
    text = "Projekt | Träger | Ort\nBrücke Beruf | Lernwerk gGmbH | Kassel\nLotsenhaus Süd | Stiftung Musterweg | Fulda\n"
    _, relations = _facts(text)
    assert not any(p == "fundedBy" for _, p, _ in relations)


def _counts(body: str) -> set[tuple[str, int]]:
    return facts_of("Pressemitteilung Nr. 12/2024\n\n" + body).counts


_NAMED = "Das Projekt „Brücke Beruf“ berät zugewanderte Fachkräfte in Kassel. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Es wird vom Land Hessen mit 320.000 Euro gefördert.",
        "Das Land Hessen stellt dafür 320.000 Euro bereit.",
        "Das Land Hessen fördert es bis 2026 mit 320.000 Euro.",
    ],
)
def test_the_amount_of_a_funding_of_the_unit_named_before_is_the_unit_s(sentence: str) -> None:
    assert ("Brücke Beruf", 320000) in _counts(_NAMED + sentence)


def test_an_amount_on_the_line_under_the_payer_is_the_funded_unit_s() -> None:
    text = (
        "Projekt: Brücke Beruf\nGefördert durch: Hessisches Ministerium für Soziales und Integration\n"
        "Fördersumme: 320.000 Euro\n"
    )
    counts = _counts(text)
    assert ("Brücke Beruf", 320000) in counts
    assert not any(s.startswith("Hessisches") for s, _ in counts)


def test_two_amounts_of_a_funding_give_no_one_a_guessed_count() -> None:
    sentence = "Das Land Hessen stellt dafür 320.000 Euro bereit, die Stadt Kassel weitere 40.000 Euro."
    assert not any(v == 40000 for _, v in _counts(_NAMED + sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Förderung beläuft sich auf 320.000 Euro.",
        "Insgesamt fließen bis 2026 320.000 Euro.",
        "Die Zuwendung in Höhe von 320.000 Euro ist auf zwei Jahre angelegt.",
    ],
)
def test_the_amount_right_after_a_funding_sentence_naming_no_one_is_the_funded_unit_s(sentence: str) -> None:
    text = "Das Land Hessen fördert das Projekt „Brücke Beruf“ in Kassel. " + sentence
    assert ("Brücke Beruf", 320000) in _counts(text)


def test_an_amount_after_a_funding_sentence_naming_another_body_is_not_the_unit_s() -> None:
    text = "Das Land Hessen fördert das Projekt „Brücke Beruf“. Die Stadt Kassel investiert 320.000 Euro in Kitas."
    assert ("Brücke Beruf", 320000) not in _counts(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Land Hessen fördert die Beratungsstelle „Ankommen“ des IQ Netzwerks Hessen.",
        "Seit 2023 fördert das Land Hessen das Projekt „Ankommen“ des IQ Netzwerks Hessen.",
        "Das Land Hessen finanziert die Servicestelle „Ankommen“ des IQ Netzwerks Hessen mit 80.000 Euro.",
    ],
)
def test_the_network_in_the_genitive_of_the_funded_unit_is_not_funded(sentence: str) -> None:
    _, relations = _facts(sentence)
    assert not any(s == "IQ Netzwerk Hessen" and p == "fundedBy" for s, p, _ in relations)
    assert any(p == "fundedBy" and o == "Land Hessen" for _, p, o in relations)


def test_units_coordinated_after_the_verb_are_still_each_funded() -> None:
    _, relations = _facts("Das Land Hessen fördert die Projekte „Ankommen“, „Brücke Beruf“ und „Lotsenhaus“.")
    assert {(u, "fundedBy", "Land Hessen") for u in ("Ankommen", "Brücke Beruf", "Lotsenhaus")} <= relations


@pytest.mark.parametrize(
    ("sentence", "payers"),
    [
        (
            "Das Jobcenter Musterstadt und die Agentur für Arbeit Kassel beteiligen sich an der Finanzierung des"
            " Projekts „Brücke Beruf“.",
            {"Jobcenter Musterstadt", "Agentur für Arbeit Kassel"},
        ),
        (
            "Das Land Hessen und die Stadt Kassel sichern die Förderung des Projekts „Brücke Beruf“ bis 2027.",
            {"Land Hessen", "Stadt Kassel"},
        ),
        (
            "Der Landkreis Fulda und die Stadt Fulda beteiligten sich finanziell am Projekt „Brücke Beruf“.",
            {"Landkreis Fulda", "Stadt Fulda"},
        ),
    ],
)
def test_a_plural_verb_of_sharing_the_funding_has_each_payer_before_it(
    sentence: str, payers: set[str]
) -> None:
    _, relations = _facts(sentence)
    assert {("Brücke Beruf", "fundedBy", p) for p in payers} <= relations


def test_a_singular_verb_of_sharing_has_its_one_payer() -> None:
    _, relations = _facts(
        "Das Jobcenter Musterstadt beteiligt sich an der Finanzierung des Projekts „Brücke Beruf“."
    )
    assert {o for s, p, o in relations if p == "fundedBy"} == {"Jobcenter Musterstadt"}


def test_the_programme_framing_a_list_s_funding_pays_none_of_its_items() -> None:
    text = (
        _LIST
        + "Alle Teilprojekte werden im Rahmen des Förderprogramms „Integration durch Qualifizierung (IQ)“ gefördert."
    )
    _, relations = _facts(text)
    assert not any(p == "fundedBy" for _, p, _ in relations)


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt „Werkbank Zukunft“ berät in Kassel. Die IQ Servicestelle wird von der Agentur für Arbeit Korbach"
        " getragen. Das Jobcenter Waldeck beteiligt sich an der Finanzierung der Servicestelle.",
        "Das Projekt „Werkbank Zukunft“ berät in Kassel. Träger der IQ Servicestelle ist die Agentur für Arbeit"
        " Korbach. Die Servicestelle wird vom Jobcenter Waldeck gefördert.",
        "Zum Netzwerk gehört das Projekt „Werkbank Zukunft“. Die IQ Servicestelle ist bei der Agentur für Arbeit"
        " Korbach angesiedelt. Die Finanzierung der Servicestelle übernimmt das Jobcenter Waldeck.",
    ],
)
def test_a_bare_iq_unit_after_a_named_project_of_another_kind_is_a_unit_of_its_own(text: str) -> None:
    _, relations = _facts(text)
    assert ("IQ Servicestelle", "hostedBy", "Agentur für Arbeit Korbach") in relations
    assert ("IQ Servicestelle", "fundedBy", "Jobcenter Waldeck") in relations
    assert not any(s == "Werkbank Zukunft" and p in ("hostedBy", "fundedBy") for s, p, _ in relations)
