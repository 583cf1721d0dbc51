"""Carriers read on invented sentences: an alliance named before and meant by its head noun in the genitive of the
office that runs it ("Die Geschäftsführung des Bündnisses liegt bei Y"), the carrier after the copula with something
else fronted ("Seit 2023 ist die Y gGmbH Träger der Anlaufstelle X") and a body named before and meant by its head
noun ("das Bildungszentrum" for the "Caritas-Bildungszentrum Fulda")."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _hosted(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Kassel\n\n" + text).relations if p == "hostedBy"}


@pytest.mark.parametrize(
    ("text", "alliance"),
    [
        (
            "In Kassel gründen fünf Partner das „Bündnis Arbeit Nordhessen“. Dazu gehört das IQ Netzwerk Hessen. "
            "Die Geschäftsführung des Bündnisses liegt bei der Lernwerk gGmbH.",
            "Bündnis Arbeit Nordhessen",
        ),
        (
            "Das „Bündnis Pflege Nordhessen“ startet in Kassel. Die Koordination des Bündnisses liegt seit Mai "
            "beim Verein Lernwerk e. V.",
            "Bündnis Pflege Nordhessen",
        ),
        (
            "Das Bündnis Fachkräfte Fulda trifft sich im Mai. Die Geschäftsstelle des Bündnisses ist bei der "
            "Lernwerk gGmbH.",
            "Bündnis Fachkräfte Fulda",
        ),
    ],
)
def test_the_office_running_an_alliance_named_before_is_its_carrier(text: str, alliance: str) -> None:
    assert any(s == alliance and o in ("Lernwerk gGmbH", "Lernwerk e. V.") for s, o in _hosted(text))


def test_an_alliance_head_noun_means_no_network_named_later() -> None:
    text = "Das IQ Netzwerk Hessen tagt in Kassel. Die Geschäftsführung des Bündnisses liegt bei der Lernwerk gGmbH."
    assert not _hosted(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Seit 2023 ist die Lernwerk gGmbH Träger der Anlaufstelle „Brücke Nord“.",
        "Seit Mai ist der Verein Lernwerk e. V. neuer Träger der Anlaufstelle „Brücke Nord“.",
        "Damals war die Lernwerk gGmbH Trägerin der Anlaufstelle „Brücke Nord“.",
    ],
)
def test_the_carrier_after_the_copula_with_something_else_fronted(sentence: str) -> None:
    assert {o for s, o in _hosted(sentence) if s == "Anlaufstelle „Brücke Nord“"} & {
        "Lernwerk gGmbH",
        "Lernwerk e. V.",
    }


@pytest.mark.parametrize(
    ("text", "carrier"),
    [
        (
            "Petra Beispiel arbeitet beim Caritas-Bildungszentrum Fulda. Seit 2023 ist das Bildungszentrum Träger "
            "der Anlaufstelle „Brücke Nord“.",
            "Caritas-Bildungszentrum Fulda",
        ),
        (
            "Gestern berichtete Petra Beispiel von der Lernwerk gGmbH. Die gGmbH ist Träger der Anlaufstelle "
            "„Brücke Nord“.",
            "Lernwerk gGmbH",
        ),
        (
            "Die Volkshochschule Kassel lädt ein. Die Anlaufstelle „Brücke Nord“ ist bei der Volkshochschule "
            "angesiedelt.",
            "Volkshochschule Kassel",
        ),
    ],
)
def test_a_body_named_before_meant_by_its_head_noun_carries(text: str, carrier: str) -> None:
    assert ("Anlaufstelle „Brücke Nord“", carrier) in _hosted(text)


def test_a_head_noun_no_body_named_before_holds_carries_nothing() -> None:
    text = "Die Volkshochschule Kassel lädt ein. Seit 2023 ist das Bildungszentrum Träger der Anlaufstelle „Brücke Nord“."
    assert not _hosted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das zweite Angebot heißt „Lotsenhaus“. Seit Mai ist die Lernwerk gGmbH Trägerin des Angebots.",
        "Das Angebot „Lotsenhaus“ startet. Seit 2024 ist der Verein Lernwerk e. V. neuer Träger des Vorhabens.",
        "Das Projekt „Lotsenhaus“ berät in Kassel. Damals war die Lernwerk gGmbH Träger des Projekts.",
    ],
)
def test_the_carrier_after_the_copula_of_a_unit_named_before(text: str) -> None:
    assert {o for s, o in _hosted(text) if s == "Lotsenhaus"} & {"Lernwerk gGmbH", "Lernwerk e. V."}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Servicestelle „Lotsenhaus“ ist an die Volkshochschule Kassel angegliedert.",
        "Die Servicestelle „Lotsenhaus“ ist seit Mai an die Volkshochschule Kassel angegliedert.",
        "Die Servicestelle „Lotsenhaus“ wurde an die Volkshochschule Kassel angegliedert.",
    ],
)
def test_a_unit_attached_to_a_body_is_carried_by_it(sentence: str) -> None:
    assert ("Servicestelle „Lotsenhaus“", "Volkshochschule Kassel") in _hosted(sentence)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Die Lernwerk gGmbH ist federführend für das IQ Netzwerk Hessen.", "IQ Landesnetzwerk Hessen"),
        ("Der Verein Lernwerk e. V. war seit 2020 federführend im Projekt „Lotsenhaus“.", "Lotsenhaus"),
        ("Das Projekt „Lotsenhaus“ läuft unter der Leitung der Lernwerk gGmbH.", "Lotsenhaus"),
    ],
)
def test_a_body_leading_a_unit_carries_it(sentence: str, unit: str) -> None:
    assert {o for s, o in _hosted(sentence) if s == unit} & {"Lernwerk gGmbH", "Lernwerk e. V."}


def test_a_person_leading_a_unit_carries_nothing() -> None:
    assert not _hosted("Das Projekt „Lotsenhaus“ läuft unter der Leitung von Petra Beispiel.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Koordination des IQ Netzwerks Hessen teilen sich die Lernwerk gGmbH und die Stiftung Lichtblick.",
        "Die Koordinierung des IQ Netzwerks Hessen teilten sich bis 2024 die Lernwerk gGmbH und die Stiftung Lichtblick.",
        "Die Trägerschaft der Servicestelle „Lotsenhaus“ teilen sich die Lernwerk gGmbH und die Stiftung Lichtblick.",
    ],
)
def test_a_coordination_shared_has_each_holder_as_carrier(sentence: str) -> None:
    hosted = _hosted(sentence)
    assert {o for _, o in hosted} == {"Lernwerk gGmbH", "Stiftung Lichtblick"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Servicestelle „Lotsenhaus“ hat ihren Sitz bei der Lernwerk gGmbH.",
        "Die Servicestelle „Lotsenhaus“ hat seit 2024 ihren Sitz beim Verein Lernwerk e. V.",
        "Die Servicestelle „Lotsenhaus“ hatte damals ihren Sitz bei der Lernwerk gGmbH in Kassel.",
    ],
)
def test_a_unit_seated_at_a_body_is_carried_by_it(sentence: str) -> None:
    assert {o for s, o in _hosted(sentence) if s == "Servicestelle „Lotsenhaus“"} & {
        "Lernwerk gGmbH",
        "Lernwerk e. V.",
    }


def test_a_unit_seated_in_a_town_has_no_carrier() -> None:
    assert not _hosted("Die Servicestelle „Lotsenhaus“ hat ihren Sitz in Kassel.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Lernwerk gGmbH unterhält die Servicestelle „Lotsenhaus“.",
        "Die Lernwerk gGmbH wird ab Mai Träger der Servicestelle „Lotsenhaus“.",
        "Der Verein Lernwerk e. V. wurde 2023 Trägerin der Servicestelle „Lotsenhaus“.",
    ],
)
def test_a_body_keeping_or_becoming_the_carrier_of_a_unit(sentence: str) -> None:
    assert {o for s, o in _hosted(sentence) if s == "Servicestelle „Lotsenhaus“"} & {
        "Lernwerk gGmbH",
        "Lernwerk e. V.",
    }


def test_a_network_keeping_offices_carries_none() -> None:
    text = "Das IQ Netzwerk Hessen unterhält Angebote in mehreren Städten, darunter die Servicestelle „Lotsenhaus“."
    assert not _hosted(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Servicestelle „Lotsenhaus“ ist eine Einrichtung der Lernwerk gGmbH.",
        "Die Servicestelle „Lotsenhaus“ ist ein Vorhaben der Lernwerk gGmbH.",
        "Die Servicestelle „Lotsenhaus“, eine Einrichtung des Vereins Lernwerk e. V., berät in Kassel.",
    ],
)
def test_a_unit_said_to_be_a_bodys_institution_or_venture(sentence: str) -> None:
    assert {o for s, o in _hosted(sentence) if s == "Servicestelle „Lotsenhaus“"} & {
        "Lernwerk gGmbH",
        "Lernwerk e. V.",
    }
