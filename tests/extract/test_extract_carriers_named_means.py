"""Carriers read on invented sentences: a project's name fronted as the means of its carrier ("Mit „X“ begleitet die
Y …", "Unter dem Namen „X“ bietet die Y … an"), the kind noun standing for a project named before with its carrier
in the genitive ("Das Projekt der Volkshochschule Y …") and a head's former employer in a relative clause, which
carries nothing."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _hosted(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Kassel\n\n" + text).relations if p == "hostedBy"}


@pytest.mark.parametrize(
    ("sentence", "carrier"),
    [
        (
            "Mit „Brücke Nord“ begleitet die Diakonie Fulda junge Geflüchtete in eine Ausbildung.",
            "Diakonie Fulda",
        ),
        ("Mit „Brücke Nord“ unterstützt der Verein Lernwerk e. V. seit Mai Pflegekräfte.", "Lernwerk e. V."),
        (
            "Unter dem Namen „Brücke Nord“ bietet die Volkshochschule Fulda zusätzlich einen Sprachkurs an.",
            "Volkshochschule Fulda",
        ),
        (
            "Unter dem Titel „Brücke Nord“ startet der Caritasverband Fulda e. V. ein neues Angebot.",
            "Caritasverband Fulda e. V.",
        ),
    ],
)
def test_a_project_s_name_fronted_as_the_means_of_its_carrier(sentence: str, carrier: str) -> None:
    assert ("Brücke Nord", carrier) in _hosted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mit dem IQ Netzwerk Hessen arbeitet die Diakonie Fulda eng zusammen.",
        "Mit „Brücke Nord“ arbeitet die Diakonie Fulda seit Jahren zusammen.",
    ],
)
def test_a_partner_named_after_mit_is_no_carrier(sentence: str) -> None:
    assert not _hosted(sentence)


@pytest.mark.parametrize(
    ("text", "project", "carrier"),
    [
        (
            "Neu ist auch das Projekt „Brücke Nord“. Das Projekt der Volkshochschule Fulda bereitet Pflegekräfte "
            "auf die Prüfung vor.",
            "Brücke Nord",
            "Volkshochschule Fulda",
        ),
        (
            "Seit Mai gibt es die Anlaufstelle „Wege in Arbeit“ in Kassel. Das neue Angebot der Caritas Kassel "
            "richtet sich an Frauen.",
            "Anlaufstelle „Wege in Arbeit“",
            "Caritas Kassel",
        ),
        (
            "Ebenfalls neu ist das Angebot „Brücke Nord“. Dieses Projekt des Vereins Lernwerk e. V. berät Handwerker.",
            "Brücke Nord",
            "Lernwerk e. V.",
        ),
    ],
)
def test_the_kind_noun_of_a_project_named_before_with_its_carrier(
    text: str, project: str, carrier: str
) -> None:
    assert (project, carrier) in _hosted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt „Brücke Nord“ startet im Mai. Das Projekt des Landes Hessen läuft bis 2027.",
        "Das Projekt „Brücke Nord“ startet im Mai.\n\nDas Projekt der Volkshochschule Fulda läuft bis 2027.",
        "Das Projekt „Brücke Nord“ startet im Mai. Das Projekt der Stadt Kassel „Wege“ läuft bis 2027.",
    ],
)
def test_no_carrier_for_a_payer_a_project_in_another_paragraph_or_one_named_after(text: str) -> None:
    assert not {o for s, o in _hosted(text) if s == "Brücke Nord"}


@pytest.mark.parametrize(
    ("sentence", "former"),
    [
        (
            "Projektleiter des Projekts „Brücke Nord“ ist Jonas Beispiel, der zuvor sechs Jahre bei der "
            "Stiftung Lernwerk gearbeitet hat.",
            "Stiftung Lernwerk",
        ),
        (
            "Projektleiterin des Projekts „Brücke Nord“ ist Petra Muster, die früher für die Caritas Fulda "
            "tätig war.",
            "Caritas Fulda",
        ),
        (
            "Die Leiterin des Projekts „Brücke Nord“ ist Anna Probe, die bis 2022 beim Verein Lernwerk e. V. "
            "beschäftigt war.",
            "Lernwerk e. V.",
        ),
    ],
)
def test_a_head_s_former_employer_carries_no_project(sentence: str, former: str) -> None:
    assert ("Brücke Nord", former) not in _hosted(sentence)


@pytest.mark.parametrize(
    ("sentence", "project", "carrier"),
    [
        (
            "Für das Projekt „Brücke Nord“ erhält die Lernwerk gGmbH 50.000 Euro.",
            "Brücke Nord",
            "Lernwerk gGmbH",
        ),
        (
            "Der Verein Lernwerk e. V. bekam im Mai Fördermittel für die Anlaufstelle „Brücke Nord“.",
            "Anlaufstelle „Brücke Nord“",
            "Lernwerk e. V.",
        ),
        (
            "Die Stadt Kassel erhielt 20.000 Euro für das Projekt „Brücke Nord“.",
            "Brücke Nord",
            "Stadt Kassel",
        ),
    ],
)
def test_the_body_receiving_money_for_a_project_carries_it(sentence: str, project: str, carrier: str) -> None:
    assert (project, carrier) in _hosted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Land Hessen erhält vom Bund 2 Millionen Euro für das Projekt „Brücke Nord“.",
        "Die Lernwerk gGmbH erhält 50.000 Euro, das Projekt „Brücke Nord“ startet im Mai.",
        "Viele Betriebe erhalten Zuschüsse für die Ausbildung, berichtet das Projekt „Brücke Nord“.",
    ],
)
def test_no_carrier_from_money_received_by_a_payer_or_for_something_else(sentence: str) -> None:
    assert not _hosted(sentence)


@pytest.mark.parametrize(
    ("sentence", "unit", "relation"),
    [
        ("Bei „Brücke Nord“ handelt es sich um ein Projekt der Lernwerk gGmbH.", "Brücke Nord", "hostedBy"),
        (
            "Bei der Anlaufstelle „Brücke Nord“ handelt es sich um ein Angebot des Vereins Lernwerk e. V.",
            "Anlaufstelle „Brücke Nord“",
            "hostedBy",
        ),
        (
            "Bei der Anlaufstelle „Brücke Nord“ handelt es sich um ein Teilprojekt des IQ Netzwerks Hessen.",
            "Anlaufstelle „Brücke Nord“",
            "partOf",
        ),
    ],
)
def test_handelt_es_sich_um_a_project_of(sentence: str, unit: str, relation: str) -> None:
    found = {(s, p) for s, p, o in facts_of("Neues aus Kassel\n\n" + sentence).relations}
    assert (unit, relation) in found


@pytest.mark.parametrize(
    ("sentence", "unit", "carrier"),
    [
        (
            "Das Projekt „Brücke Nord“ liegt in der Verantwortung der Lernwerk gGmbH.",
            "Brücke Nord",
            "Lernwerk gGmbH",
        ),
        (
            "Die Anlaufstelle „Brücke Nord“ steht seit 2021 unter der Regie des Vereins Lernwerk e. V.",
            "Anlaufstelle „Brücke Nord“",
            "Lernwerk e. V.",
        ),
        (
            "Das IQ Netzwerk Hessen liegt seit 2011 in den Händen der Lernwerk gGmbH.",
            "IQ Landesnetzwerk Hessen",
            "Lernwerk gGmbH",
        ),
    ],
)
def test_a_unit_in_the_responsibility_of_a_body(sentence: str, unit: str, carrier: str) -> None:
    assert (unit, carrier) in _hosted(sentence)


def test_a_unit_under_a_person_s_lead_has_no_carrier() -> None:
    assert not _hosted("Das Projekt „Brücke Nord“ steht unter der Leitung von Petra Beispiel.")


@pytest.mark.parametrize(
    ("sentence", "unit", "carrier"),
    [
        (
            "Die drei Vorhaben arbeiten eng mit dem IQ Netzwerk Hessen zusammen, das von der Lernwerk gGmbH "
            "koordiniert wird.",
            "IQ Landesnetzwerk Hessen",
            "Lernwerk gGmbH",
        ),
        (
            "Die Stadt Kassel arbeitet mit der Anlaufstelle „Brücke Nord“ zusammen, die vom Verein Lernwerk e. V. "
            "getragen wird.",
            "Anlaufstelle „Brücke Nord“",
            "Lernwerk e. V.",
        ),
        (
            "Das Jobcenter Kassel tritt dem IQ Netzwerk Hessen bei, das seit 2011 von der Lernwerk gGmbH "
            "koordiniert wird.",
            "IQ Landesnetzwerk Hessen",
            "Lernwerk gGmbH",
        ),
    ],
)
def test_a_passive_relative_clause_after_the_closing_particle(sentence: str, unit: str, carrier: str) -> None:
    assert (unit, carrier) in _hosted(sentence)


@pytest.mark.parametrize(
    ("sentence", "carriers"),
    [
        (
            "Umgesetzt wird das Projekt „Brücke Nord“ gemeinsam von der Lernwerk gGmbH und der Volkshochschule "
            "Kassel.",
            {"Lernwerk gGmbH", "Volkshochschule Kassel"},
        ),
        (
            "Durchgeführt wird die Anlaufstelle „Brücke Nord“ vom Verein Lernwerk e. V. und der Caritas Kassel.",
            {"Lernwerk e. V.", "Caritas Kassel"},
        ),
        ("Getragen wird das Projekt „Brücke Nord“ von der Lernwerk gGmbH.", {"Lernwerk gGmbH"}),
    ],
)
def test_each_carrier_after_a_fronted_participle(sentence: str, carriers: set[str]) -> None:
    assert {o for s, o in _hosted(sentence)} == carriers


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Zuständig für das Projekt „Brücke Nord“ ist die Lernwerk gGmbH.", "Brücke Nord"),
        (
            "Zuständig für die Anlaufstelle „Brücke Nord“ ist seit 2022 die Lernwerk gGmbH.",
            "Anlaufstelle „Brücke Nord“",
        ),
        ("Verantwortlich für das Projekt „Brücke Nord“ war bis 2024 die Lernwerk gGmbH.", "Brücke Nord"),
    ],
)
def test_the_body_responsible_for_a_unit(sentence: str, unit: str) -> None:
    assert (unit, "Lernwerk gGmbH") in _hosted(sentence)


@pytest.mark.parametrize(
    "header",
    [
        "Vorhaben | Projektträger | Zuwendung 2025",
        "Name des Projekts | Zuwendungsempfänger | Fördersumme",
        "Titel des Vorhabens | Träger des Projekts | Förderung",
    ],
)
def test_a_table_s_project_and_carrier_columns_named_otherwise(header: str) -> None:
    text = (
        "Die Landesregierung fördert folgende Projekte:\n\n"
        f"{header}\nBrücke Nord | Lernwerk gGmbH | 80.000 Euro\nWege in Arbeit | Verein Neustart e. V. | 45.000 Euro\n"
    )
    assert _hosted(text) == {("Brücke Nord", "Lernwerk gGmbH"), ("Wege in Arbeit", "Neustart e. V.")}


@pytest.mark.parametrize(
    ("text", "carrier"),
    [
        ("Das Projekt „Brücke Nord“ startet im Mai. Der Verein Lernwerk e. V. ist Träger.", "Lernwerk e. V."),
        (
            "Das Projekt „Brücke Nord“ startet im Mai. Die Lernwerk gGmbH ist seit 2020 Trägerin.",
            "Lernwerk gGmbH",
        ),
        (
            "Das Projekt „Brücke Nord“ berät Pflegekräfte. Die Caritas Kassel bleibt Projektträgerin.",
            "Caritas Kassel",
        ),
    ],
)
def test_a_body_said_to_be_the_carrier_of_the_project_named_before(text: str, carrier: str) -> None:
    assert ("Brücke Nord", carrier) in _hosted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt „Brücke Nord“ startet im Mai.\n\nDie Lernwerk gGmbH ist Trägerin.",
        "Das Projekt „Brücke Nord“ startet im Mai. Die Lernwerk gGmbH ist Trägerin der Jugendhilfe in Kassel.",
        "Das Projekt „Brücke Nord“ startet im Mai. Laut Petra Beispiel von der Lernwerk gGmbH ist das ein Träger.",
    ],
)
def test_no_carrier_of_a_project_in_another_paragraph_or_of_something_else(text: str) -> None:
    assert not _hosted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das IQ Netzwerk Hessen berät Zugewanderte. Die Netzwerkkoordination sitzt bei der Lernwerk gGmbH in Kassel.",
        "Das IQ Netzwerk Hessen berät Zugewanderte. Die Koordination sitzt seit 2011 bei der Lernwerk gGmbH.",
        "Die Koordination des IQ Netzwerks Hessen saß bis 2022 bei der Lernwerk gGmbH.",
    ],
)
def test_the_coordination_seated_at_a_body(text: str) -> None:
    assert ("IQ Landesnetzwerk Hessen", "Lernwerk gGmbH") in _hosted(text)


@pytest.mark.parametrize(
    ("text", "unit", "carrier"),
    [
        (
            "Das Projekt „Brücke Nord“ startet. Die Volkshochschule Kassel setzt es um.",
            "Brücke Nord",
            "Volkshochschule Kassel",
        ),
        (
            "Das Projekt „Brücke Nord“ startet. Seit 2024 trägt es der Verein Lernwerk e. V.",
            "Brücke Nord",
            "Lernwerk e. V.",
        ),
        (
            "Die Anlaufstelle „Brücke Nord“ öffnet. Die Caritas Kassel betreibt sie seit Mai.",
            "Anlaufstelle „Brücke Nord“",
            "Caritas Kassel",
        ),
    ],
)
def test_a_pronoun_object_standing_for_the_project_named_before(text: str, unit: str, carrier: str) -> None:
    assert (unit, carrier) in _hosted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt „Brücke Nord“ startet. Die Volkshochschule Kassel setzt es ein.",
        "Die Anlaufstelle „Brücke Nord“ öffnet. Die Caritas Kassel betreibt es.",
        "Das Projekt „Brücke Nord“ startet.\n\nDie Volkshochschule Kassel setzt es um.",
    ],
)
def test_no_carrier_for_another_particle_a_disagreeing_pronoun_or_another_paragraph(text: str) -> None:
    assert not _hosted(text)


def test_the_bare_activity_of_a_body_is_no_carrier_of_the_project_named_before() -> None:
    text = (
        "Das Projekt „Brücke Nord“ unterstützt Zugewanderte. Die Beratung der Agentur für Arbeit Kassel ergänzt "
        "das Angebot."
    )
    assert not _hosted(text)
