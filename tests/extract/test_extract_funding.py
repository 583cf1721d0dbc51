"""Programmes by their quoted names and who funds what, on invented releases in several variants."""

from __future__ import annotations

import pytest

from conftest import facts_of


@pytest.mark.parametrize(
    ("sentence", "programme", "funder"),
    [
        (
            "Geld gibt es über das Förderprogramm „Zuschuss Plus“ des Bundesministeriums für Bildung und Forschung.",
            "Zuschuss Plus",
            "Bundesministerium für Bildung und Forschung",
        ),
        (
            "Die Initiative „Starke Frauen“ der Musterstiftung Nord e.V. läuft an.",
            "Starke Frauen",
            "Musterstiftung Nord e.V.",
        ),
        (
            "Das Landesprogramm „Brücken in Arbeit“ des Ministeriums für Arbeit und Soziales startet.",
            "Brücken in Arbeit",
            "Ministerium für Arbeit und Soziales",
        ),
    ],
)
def test_a_quoted_programme_is_funded_by_the_body_in_the_genitive(
    sentence: str, programme: str, funder: str
) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert ("Programme", programme) in f.entities
    assert (programme, "fundedBy", funder) in f.relations


@pytest.mark.parametrize(
    ("sentence", "part", "whole"),
    [
        (
            "Die Sonderausschreibung „Frauen stärken“ des Programms „Arbeit für alle“ startet.",
            "Frauen stärken",
            "Arbeit für alle",
        ),
        (
            "Die Förderlinie „Neustart“ des Förderprogramms „Chancen Nord“ ist offen.",
            "Neustart",
            "Chancen Nord",
        ),
        ("Bewerben kann man sich für die Initiative „Mut“ des Bundesprogramms „Wege“.", "Mut", "Wege"),
    ],
)
def test_a_programme_line_is_part_of_the_programme_in_the_genitive(
    sentence: str, part: str, whole: str
) -> None:
    assert (part, "partOf", whole) in facts_of("Titel\n\n" + sentence).relations


@pytest.mark.parametrize(
    "second",
    [
        "Es wird von der Musterstiftung Nord e.V. gefördert.",
        "Es wird aus Mitteln der Musterstiftung Nord e.V. kofinanziert.",
        "Dieses wurde durch die Musterstiftung Nord e.V. mitfinanziert.",
    ],
)
def test_a_pronoun_subject_stands_for_the_project_named_before(second: str) -> None:
    f = facts_of("Titel\n\nIn Musterstadt beginnt das Projekt „Brückenbau“. " + second)
    assert ("Brückenbau", "fundedBy", "Musterstiftung Nord e.V.") in f.relations


def test_a_pronoun_does_not_stand_for_an_organisation() -> None:
    f = facts_of(
        "Titel\n\nDie Musterhilfe e.V. lädt ein. Es wird von der Musterstiftung Nord e.V. gefördert."
    )
    assert not any(p == "fundedBy" for _, p, _ in f.relations)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gefördert wird das IQ Netzwerk Hessen vom Europäischen Sozialfonds und vom Musterministerium für Arbeit.",
        "Finanziert wird das IQ Netzwerk Hessen aus Mitteln des Europäischen Sozialfonds und des Musterministeriums für Arbeit.",
        "Kofinanziert wurde das IQ Netzwerk Hessen durch den Europäischen Sozialfonds und das Musterministerium für Arbeit.",
    ],
)
def test_the_participle_first(sentence: str) -> None:
    f = facts_of("Titel\n\n" + sentence)
    funders = {o for s, p, o in f.relations if p == "fundedBy" and s == "IQ Landesnetzwerk Hessen"}
    assert {"Musterministerium für Arbeit"} <= funders and len(funders) == 2


@pytest.mark.parametrize(
    ("text", "members", "whole"),
    [
        (
            "Titel\n\nDas IQ Netzwerk Hessen wächst. Partner im Netzwerk sind die Muster Bildung gGmbH und der Verein Wegweiser e.V.",
            {"Muster Bildung gGmbH", "Wegweiser e.V."},
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Titel\n\nZum IQ Netzwerk Hessen gehören die Muster Bildung gGmbH und die Stiftung Lernwege.",
            {"Muster Bildung gGmbH", "Stiftung Lernwege"},
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Titel\n\nNeu ist das „Bündnis Arbeit Nordland“. Dazu gehören die Muster Bildung gGmbH und die Stiftung Lernwege.",
            {"Muster Bildung gGmbH", "Stiftung Lernwege"},
            "Bündnis Arbeit Nordland",
        ),
    ],
)
def test_listed_partners_are_members(text: str, members: set[str], whole: str) -> None:
    f = facts_of(text)
    assert {s for s, p, o in f.relations if p == "memberOf" and o == whole} == members


@pytest.mark.parametrize(
    "second",
    [
        "Die Koordination liegt beim Verein Wegweiser e.V.",
        "Die Trägerschaft liegt bei der Muster Bildung gGmbH.",
        "Die Gesamtkoordination lag bis 2020 bei der Stiftung Lernwege.",
    ],
)
def test_a_coordination_without_its_network_is_the_network_named_before(second: str) -> None:
    f = facts_of("Titel\n\nDas IQ Netzwerk Hessen stellt sich vor. " + second)
    assert any(s == "IQ Landesnetzwerk Hessen" and p == "hostedBy" for s, p, _ in f.relations)


@pytest.mark.parametrize(
    ("sentence", "funded", "funders"),
    [
        (
            "Die Beratungsstelle „Wegweiser Nord“ startet, kofinanziert durch das Hessische Ministerium für "
            "Soziales und Integration und die Bundesagentur für Arbeit.",
            "Beratungsstelle „Wegweiser Nord“",
            {"Hessisches Ministerium für Soziales und Integration", "Bundesagentur für Arbeit"},
        ),
        (
            "Das IQ Netzwerk Hessen erhält 200.000 Euro vom Hessischen Ministerium für Soziales und Integration.",
            "IQ Landesnetzwerk Hessen",
            {"Hessisches Ministerium für Soziales und Integration"},
        ),
        (
            "Der Verein Brückenbau e.V. erhielt dafür Fördermittel aus dem Europäischen Sozialfonds (ESF).",
            "Brückenbau e.V.",
            {"Europäischer Sozialfonds"},
        ),
        (
            "Die Muster Bildung gGmbH berät, mit finanzieller Unterstützung der Bundesagentur für Arbeit.",
            "Muster Bildung gGmbH",
            {"Bundesagentur für Arbeit"},
        ),
    ],
)
def test_funding_in_apposition_or_received(sentence: str, funded: str, funders: set[str]) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert {o for s, p, o in f.relations if s == funded and p == "fundedBy"} == funders


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Verein Brückenbau e.V. mit Sitz in Kassel berät.",
        "Der Verein Brückenbau e.V., ansässig in Kassel, berät.",
        "Beraten wird beim Verein Brückenbau e.V. am Standort Kassel.",
    ],
)
def test_the_seat_of_an_organisation(sentence: str) -> None:
    assert ("Brückenbau e.V.", "locatedIn", "Kassel") in facts_of("Titel\n\n" + sentence).relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Seit dem Frühjahr wird das Projekt „Lernweg“ vom Bundesministerium für Arbeit und Soziales gefördert.",
        "Im Landkreis Musterland wurde das Projekt „Lernweg“ durch das Ministerium für Wirtschaft und Bildung finanziert.",
        "Wie die Musterhilfe e.V. mitteilt, wird das Projekt „Lernweg“ vom Bundesministerium für Arbeit und Soziales gefördert.",
    ],
)
def test_the_funded_project_may_follow_the_auxiliary(sentence: str) -> None:
    f = facts_of("Titel\n\n" + sentence)
    funders = {o for s, p, o in f.relations if s == "Lernweg" and p == "fundedBy"}
    assert funders & {"Bundesministerium für Arbeit und Soziales", "Ministerium für Wirtschaft und Bildung"}
    assert not any(s == "Musterhilfe e.V." and p == "fundedBy" for s, p, _ in f.relations)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Lernweg“ wird von der Musterhilfe e.V. durchgeführt und vom Bundesministerium für Arbeit und Soziales gefördert.",
        "Das Projekt „Lernweg“ wird von der Musterhilfe e.V. umgesetzt, vom Bundesministerium für Arbeit und Soziales finanziert.",
        "Das Projekt „Lernweg“ ist bei der Musterhilfe e.V. angesiedelt und wird vom Bundesministerium für Arbeit und Soziales gefördert.",
    ],
)
def test_only_the_funding_clause_names_funders(sentence: str) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert ("Lernweg", "fundedBy", "Bundesministerium für Arbeit und Soziales") in f.relations
    assert ("Lernweg", "fundedBy", "Musterhilfe e.V.") not in f.relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Musterhilfe e.V. wird vom Bundesministerium für Arbeit und Soziales seit Jahren gefördert.",
        "Laut der Musterhilfe e.V. werden viele Vorhaben vom Bundesministerium für Arbeit und Soziales gefördert.",
        "Die Beratung der Wegweiser gGmbH wurde durch das Ministerium für Wirtschaft und Bildung finanziert.",
    ],
)
def test_a_body_named_first_is_not_taken_as_funded(sentence: str) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert not any(p == "fundedBy" for _, p, _ in f.relations)


@pytest.mark.parametrize(
    "sentence",
    [
        "Seit 2020 wird das Projekt „Lernweg“ vom Bundesministerium für Arbeit und Soziales gefördert.",
        "Das Projekt „Lernweg“ wurde von der Musterhilfe e.V. finanziert.",
        "Im Jahr 2019 ist das Projekt „Lernweg“ vom Bundesministerium für Arbeit und Soziales gefördert worden.",
    ],
)
def test_von_before_a_participle_is_no_carrier(sentence: str) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert not any(p == "hostedBy" for _, p, _ in f.relations)


def test_von_without_a_participle_still_names_the_carrier() -> None:
    f = facts_of("Titel\n\nDas Projekt „Lernweg“ von der Musterhilfe e.V. berät Zugewanderte in Musterstadt.")
    assert ("Lernweg", "hostedBy", "Musterhilfe e.V.") in f.relations


@pytest.mark.parametrize(
    ("sentence", "funded", "funder"),
    [
        ("Das Land Hessen kofinanziert das IQ Netzwerk Hessen.", "IQ Landesnetzwerk Hessen", "Land Hessen"),
        (
            "Die Stiftung Lernwege mitfinanziert das Projekt „Brücke Ost“ seit 2019.",
            "Brücke Ost",
            "Stiftung Lernwege",
        ),
        (
            "Der Freistaat Thüringen kofördert das Projekt „Lernweg“ mit 20.000 Euro.",
            "Lernweg",
            "Freistaat Thüringen",
        ),
    ],
)
def test_a_co_funder_in_second_place_with_its_object_after_the_verb(
    sentence: str, funded: str, funder: str
) -> None:
    assert (funded, "fundedBy", funder) in facts_of("Titel\n\n" + sentence).relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Das zeigt, dass das Land Hessen das Programm seit Jahren mitfinanziert, so das IQ Netzwerk Hessen.",
        "Wie der Freistaat Thüringen kofinanziert, entscheidet der Landtag Thüringen.",
        "Die Stiftung Lernwege kofinanziert seit 2019 viele Vorhaben, etwa mit dem IQ Netzwerk Hessen.",
    ],
)
def test_no_co_funding_where_the_object_does_not_follow_the_verb(sentence: str) -> None:
    assert not any(p == "fundedBy" for _, p, _ in facts_of("Titel\n\n" + sentence).relations)


@pytest.mark.parametrize(
    ("sentence", "funded", "funder"),
    [
        (
            "Gefördert vom Land Niedersachsen startet im Mai das Projekt „Sprachbrücke“.",
            "Sprachbrücke",
            "Land Niedersachsen",
        ),
        (
            "Finanziert aus Mitteln des Europäischen Sozialfonds berät das Projekt „Lotsenhaus“ in Kassel.",
            "Lotsenhaus",
            "Europäischer Sozialfonds",
        ),
        (
            "Kofinanziert durch das Musterministerium für Arbeit nimmt das IQ Netzwerk Hessen neue Aufgaben an.",
            "IQ Landesnetzwerk Hessen",
            "Musterministerium für Arbeit",
        ),
        (
            "Die Beratungsstelle Anerkennung Trier erhält Fördermittel des Landes Rheinland-Pfalz.",
            "Beratungsstelle Anerkennung Trier",
            "Land Rheinland-Pfalz",
        ),
        (
            "Das IQ Netzwerk Hessen bekommt Zuwendungen vom Musterministerium für Arbeit.",
            "IQ Landesnetzwerk Hessen",
            "Musterministerium für Arbeit",
        ),
        (
            "Das Projekt „Sprachbrücke“ erhielt 2031 einen Zuschuss in Höhe von 20.000 Euro von der Stadtverwaltung Cottbus.",
            "Sprachbrücke",
            "Stadtverwaltung Cottbus",
        ),
    ],
)
def test_a_funding_participle_before_the_verb_or_money_received_from_a_payer(
    sentence: str, funded: str, funder: str
) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert (funded, "fundedBy", funder) in f.relations, f.relations


def test_a_prize_received_is_no_funding() -> None:
    f = facts_of("Titel\n\nPetra Beispiel erhielt den Preis der Handwerkskammer Kassel.")
    assert not any(p == "fundedBy" for _, p, _ in f.relations)


@pytest.mark.parametrize(
    "second",
    [
        "Das Projekt wird von der Musterstiftung Nord e.V. gefördert.",
        "Das Vorhaben ist auf drei Jahre angelegt und wird aus Mitteln der Musterstiftung Nord e.V. finanziert.",
        "Gefördert wird das Modellprojekt durch die Musterstiftung Nord e.V.",
    ],
)
def test_the_project_as_a_noun_stands_for_the_project_named_before(second: str) -> None:
    f = facts_of("Titel\n\nIn Musterstadt beginnt das Modellprojekt „Brückenbau“. " + second)
    assert ("Brückenbau", "fundedBy", "Musterstiftung Nord e.V.") in f.relations


def test_a_project_noun_before_a_name_names_that_project() -> None:
    f = facts_of(
        "Titel\n\nIn Musterstadt beginnt das Projekt „Brückenbau“. Leiterin des Projekts Lotsenhaus ist Petra Beispiel."
    )
    assert ("Petra Beispiel", "Leiterin", "Brückenbau") not in f.roles


@pytest.mark.parametrize(
    "second",
    [
        "Gefördert wird es von der Musterstiftung Nord e.V.",
        "Finanziert wird es aus Mitteln der Musterstiftung Nord e.V.",
        "Kofinanziert wird dieses durch die Musterstiftung Nord e.V.",
    ],
)
def test_a_fronted_participle_with_a_pronoun_stands_for_the_project_named_before(second: str) -> None:
    f = facts_of("Titel\n\nIn Musterstadt beginnt das Projekt „Brückenbau“. " + second)
    assert ("Brückenbau", "fundedBy", "Musterstiftung Nord e.V.") in f.relations


@pytest.mark.parametrize(
    "body",
    [
        "Das von der Musterstiftung Nord e.V. geförderte Projekt „Brückenbau“ startet im Mai.",
        "Im Mai startet das durch die Musterstiftung Nord e.V. finanzierte Modellprojekt „Brückenbau“.",
        "Die aus Mitteln der Musterstiftung Nord e.V. kofinanzierten Kurse des Projekts „Brückenbau“ beginnen.",
    ],
)
def test_a_participle_attribute_names_the_funders_of_what_it_qualifies(body: str) -> None:
    assert ("Brückenbau", "fundedBy", "Musterstiftung Nord e.V.") in facts_of("Titel\n\n" + body).relations


@pytest.mark.parametrize(
    "body",
    [
        "Die Finanzierung des Projekts „Brückenbau“ übernimmt die Musterstiftung Nord e.V.",
        "Die Förderung des Modellprojekts „Brückenbau“ erfolgt aus Mitteln der Musterstiftung Nord e.V.",
        "Die Musterstiftung Nord e.V. übernimmt die Kofinanzierung des Projekts „Brückenbau“.",
    ],
)
def test_a_funding_noun_with_the_funded_in_its_genitive(body: str) -> None:
    assert ("Brückenbau", "fundedBy", "Musterstiftung Nord e.V.") in facts_of("Titel\n\n" + body).relations


@pytest.mark.parametrize(
    "body",
    [
        "Die Musterstiftung Nord e.V. unterstützt das Projekt „Brückenbau“ mit rund 50.000 Euro.",
        "Die Musterstiftung Nord e.V. stellt für das Projekt „Brückenbau“ 1,2 Millionen Euro bereit.",
        "Für das Projekt „Brückenbau“ stellt die Musterstiftung Nord e.V. 80.000 € zur Verfügung.",
    ],
)
def test_money_given_to_a_project_is_funding(body: str) -> None:
    assert ("Brückenbau", "fundedBy", "Musterstiftung Nord e.V.") in facts_of("Titel\n\n" + body).relations


@pytest.mark.parametrize(
    "body",
    [
        "Die Musterstiftung Nord e.V. unterstützt das Projekt „Brückenbau“ bei der Suche nach Räumen.",
        "Die Musterstiftung Nord e.V. stellt für das Projekt „Brückenbau“ ihre Räume zur Verfügung.",
        "Die Förderung von Frauen ist ein Ziel von „Brückenbau“, sagte die Musterstiftung Nord e.V.",
    ],
)
def test_support_without_money_is_no_funding(body: str) -> None:
    assert not any(p == "fundedBy" for _, p, _ in facts_of("Titel\n\n" + body).relations)
