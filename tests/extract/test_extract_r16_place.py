"""Round 16 (place): venues, seats, memberships, heads and hosts in constructions the paraphrased releases use.
Invented sentences."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _relations(text: str, predicate: str) -> set[tuple[str, str]]:
    f = facts_of("Titel\n\n" + text)
    return {(s, o) for s, p, o in f.relations if p == predicate}


@pytest.mark.parametrize(
    ("text", "venue", "town"),
    [
        ("Die Stadthalle in Kassel war am Dienstag, dem 4. Juni 2024, Schauplatz eines landesweiten Fachtags.", "Stadthalle", "Kassel"),
        ("Das Kulturhaus Lindenhof in Gera bot am 4. Juni 2024 den Rahmen für das Netzwerktreffen des IQ Netzwerks Thüringen.", "Kulturhaus Lindenhof", "Gera"),
        ("Die Brunnenhalle in Fulda diente am 4. Juni 2024 als Kulisse für die Jahrestagung des Vereins Brückenbau e.V.", "Brunnenhalle", "Fulda"),
        ("Der Kaisersaal in Erfurt ist am 4. Juni 2031 Austragungsort der Fachkonferenz „Wege in Arbeit“.", "Kaisersaal", "Erfurt"),
    ],
)  # fmt: skip
def test_a_building_opening_the_sentence_that_held_the_event_is_its_venue(
    text: str, venue: str, town: str
) -> None:
    located = _relations(text, "locatedIn")
    assert (venue, town) in located
    assert any(o == venue for s, o in located if s != venue)


@pytest.mark.parametrize(
    "text",
    [
        "Die Brunnenhalle in Fulda wurde am 4. Juni 2024 saniert, eine Tagung fand dort statt.",
        "Die Beratungsstelle in Fulda war am 4. Juni 2024 Gastgeberin eines Workshops.",
    ],
)
def test_a_building_said_nothing_of_the_event_is_no_venue(text: str) -> None:
    located = _relations(text, "locatedIn")
    assert not any(s in ("Brunnenhalle", "Beratungsstelle") for s, _ in located)
    assert not any(o in ("Brunnenhalle", "Beratungsstelle") for _, o in located)


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Untergebracht ist die Beratungsstelle „Brücke Beruf“ in einem Büro in der Goethestraße 12 in Kassel.", "Beratungsstelle „Brücke Beruf“", "Kassel"),
        ("Ansässig ist der Verein Lernwerk e.V. seit 2010 in Gera.", "Lernwerk e.V.", "Gera"),
        ("Zu Hause ist die Musterhilfe gGmbH in der Bahnhofstraße 4 in Suhl.", "Musterhilfe gGmbH", "Suhl"),
        ("Angesiedelt war die Servicestelle „Arbeit und Ankommen“ in Gotha.", "Servicestelle „Arbeit und Ankommen“", "Gotha"),
    ],
)  # fmt: skip
def test_a_fronted_participle_of_being_settled_places_the_subject_after_it(
    text: str, unit: str, town: str
) -> None:
    assert (unit, town) in _relations(text, "locatedIn")


def test_a_fronted_participle_of_another_s_guests_places_no_body_by_it() -> None:
    text = "Untergebracht werden die Gäste des Vereins Lernwerk e.V. in Hotels in Jena."
    assert ("Lernwerk e.V.", "Jena") not in _relations(text, "locatedIn")


@pytest.mark.parametrize(
    ("text", "unit", "towns"),
    [
        ("Das Projekt „Wegweiser Arbeit“ startete 2019. Getragen wurde das Projekt vom Verein Lernwerk e.V., der es an zwei Standorten betrieb, in Gera und in Jena.", "Wegweiser Arbeit", {"Gera", "Jena"}),
        ("Der Verein Lernwerk e.V. bietet das Projekt „Wegweiser Arbeit“ an zwei Standorten an: Gera und Jena.", "Wegweiser Arbeit", {"Gera", "Jena"}),
        ("Die Beratungsstelle „Neuland“ berät an mehreren Standorten, nämlich in Kiel und Lübeck.", "Beratungsstelle „Neuland“", {"Kiel", "Lübeck"}),
    ],
)  # fmt: skip
def test_counted_sites_and_their_towns_place_the_project(text: str, unit: str, towns: set[str]) -> None:
    assert {(unit, t) for t in towns} <= _relations(text, "locatedIn")


def test_counted_sites_name_no_town_of_a_body_alone() -> None:
    text = "Die Stiftung Morgenrot verglich zwei Standorte in Gera miteinander."
    assert ("Stiftung Morgenrot", "Gera") not in _relations(text, "locatedIn")


@pytest.mark.parametrize(
    ("text", "body", "towns"),
    [
        ("Mit dem Projekt „Wegweiser Arbeit“ startet die Beispiel Hochschule für Technik in eine neue Phase. Die Hochschule setzt das Vorhaben an ihrem Standort Gotha um.", "Hochschule für Technik", {"Gotha"}),
        ("Die Stiftung Morgenrot führt das Projekt „Wegweiser Arbeit“ an ihren Standorten Gera und Suhl durch.", "Stiftung Morgenrot", {"Gera", "Suhl"}),
        ("Der Verein Lernwerk e.V. bot die Kurse an seinem Standort Jena an.", "Lernwerk e.V.", {"Jena"}),
    ],
)  # fmt: skip
def test_a_site_of_the_subject_s_own_places_the_subject(text: str, body: str, towns: set[str]) -> None:
    assert {(body, t) for t in towns} <= _relations(text, "locatedIn")


def test_a_site_without_a_possessive_is_no_seat_of_the_subject() -> None:
    text = "Der Verein Lernwerk e.V. besuchte den Standort Jena der Stiftung Morgenrot."
    assert ("Lernwerk e.V.", "Jena") not in _relations(text, "locatedIn")
