"""Relations read across the right constituent (round 13, second wave), in sentences written for these tests: a
funding phrase of a clause about an event funds the event (nothing), not the organiser named in its attribute; a
place after a verb's object naming bodies is theirs; a bare "in" apposition of work or travel places no body; a unit
housed in a venue is in the venue, not also in the venue's town."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _relations(body: str) -> set[tuple[str, str, str]]:
    return facts_of("Titel\n\n" + body).relations


# ---------------------------------------------------------------- a participle phrase after the clause


@pytest.mark.parametrize(
    ("body", "organiser"),
    [
        (
            "Am 4. März fand der Workshop von der Handwerkskammer Kassel statt, unterstützt vom Jobcenter Fulda.",
            "Handwerkskammer Kassel",
        ),
        (
            "Im Juni fand die Fachtagung des Vereins Lernwerk e. V. in Jena statt, gefördert durch die Stadt Gera.",
            "Lernwerk e. V.",
        ),
        (
            "Der Fachtag der Brückenbau gGmbH, finanziert von der Stadt Gotha, fand am 9. Mai statt.",
            "Brückenbau gGmbH",
        ),
        (
            "Gefördert wurde der Workshop der Handwerkskammer Kassel vom Jobcenter Fulda.",
            "Handwerkskammer Kassel",
        ),
    ],
)
def test_an_events_organiser_is_not_what_a_participle_after_it_funds(body: str, organiser: str) -> None:
    relations = _relations(body)
    assert not {r for r in relations if r[1] == "fundedBy" and r[0] == organiser}


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        (
            "Die Lernwerk gGmbH, unterstützt vom Jobcenter Gera, berät Zugewanderte.",
            ("Lernwerk gGmbH", "fundedBy", "Jobcenter Gera"),
        ),
        (
            "Im Projekt „Brückenbau“, gefördert durch die Stadt Gera, lernen Zugewanderte Deutsch.",
            ("Brückenbau", "fundedBy", "Stadt Gera"),
        ),
        (
            "Das Projekt Weitblick der Lernwerk gGmbH wird unterstützt vom Jobcenter Gera.",
            ("Weitblick", "fundedBy", "Jobcenter Gera"),
        ),
        (  # the work of a body is no event: funding it funds the body
            "Die Arbeit des Vereins Lernwerk e. V., gefördert vom Jobcenter Gera, ist wichtig.",
            ("Lernwerk e. V.", "fundedBy", "Jobcenter Gera"),
        ),
        (
            "Gefördert wird das Projekt „Weitblick“ der Lernwerk gGmbH vom Jobcenter Gera.",
            ("Weitblick", "fundedBy", "Jobcenter Gera"),
        ),
    ],
)
def test_a_participle_phrase_right_after_its_body_still_funds_it(
    body: str, fact: tuple[str, str, str]
) -> None:
    assert fact in _relations(body)


# ---------------------------------------------------------------- an apposition of work or travel is no seat


@pytest.mark.parametrize(
    "body",
    [
        "Die Lernwerk gGmbH, in Kassel und Fulda unterwegs, berät Zugewanderte.",
        "Der Verein Brückenschlag e. V., in Erfurt und Gotha aktiv, begleitet Geflüchtete.",
        "Beraten wird von der Stiftung Weitsicht, in Marburg tätig, seit vielen Jahren.",
        "Das Projekt „Weitblick“, in Jena und Weimar unterwegs, hilft Zugewanderten.",
    ],
)
def test_a_body_at_work_or_on_the_move_in_towns_is_not_seated_there(body: str) -> None:
    assert not {r for r in _relations(body) if r[1] == "locatedIn"}


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        (
            "Die Lernwerk gGmbH, in Kassel ansässig, berät Zugewanderte.",
            ("Lernwerk gGmbH", "locatedIn", "Kassel"),
        ),
        (
            "Die Lernwerk gGmbH in Fulda berät Zugewanderte.",
            ("Lernwerk gGmbH", "locatedIn", "Fulda"),
        ),
        (
            "Die Beratungsstelle „Weitblick“, in Gera tätig, hilft Zugewanderten.",
            ("Beratungsstelle „Weitblick“", "locatedIn", "Gera"),
        ),
    ],
)
def test_a_seat_in_an_apposition_or_a_projects_work_stays_placed(
    body: str, fact: tuple[str, str, str]
) -> None:
    assert fact in _relations(body)


# ---------------------------------------------------------------- a place after an object naming bodies is theirs


@pytest.mark.parametrize(
    "body",
    [
        "Die Landesfachstelle „Weitblick“ berät Betriebe in Thüringen.",
        "Das Projekt „Weitblick“ berät kleine Unternehmen in Kassel und Fulda.",
        "Die Beratungsstelle „Weitblick“ begleitet seit Mai Kommunen in Hessen.",
    ],
)
def test_a_place_after_an_object_naming_bodies_is_not_where_the_project_is(body: str) -> None:
    assert not {r for r in _relations(body) if r[1] == "locatedIn" and r[0].endswith("Weitblick“")}
    assert not {r for r in _relations(body) if r[1] == "locatedIn" and r[0] == "Weitblick"}


@pytest.mark.parametrize(
    ("body", "towns"),
    [
        ("Das Projekt „Weitblick“ qualifiziert Fachkräfte in Gera und Jena.", {"Gera", "Jena"}),
        ("Das Projekt „Weitblick“ berät seit 2020 in Kassel und Fulda.", {"Kassel", "Fulda"}),
        ("Das Projekt „Weitblick“ berät vor Ort in Gotha.", {"Gotha"}),
    ],
)
def test_a_place_after_people_or_an_adverbial_is_where_the_project_works(body: str, towns: set[str]) -> None:
    assert {("Weitblick", "locatedIn", t) for t in towns} <= _relations(body)


# ---------------------------------------------------------------- a unit in a venue is in the venue, not its town


@pytest.mark.parametrize(
    ("body", "unit", "venue", "town"),
    [
        (
            "Die Beratungsstelle „Weitblick“ hat ihre Räume im Rathaus Kassel.",
            "Beratungsstelle „Weitblick“",
            "Rathaus Kassel",
            "Kassel",
        ),
        (
            "Die Lernwerk gGmbH hat ihren Sitz im Bürgerhaus Gotha.",
            "Lernwerk gGmbH",
            "Bürgerhaus Gotha",
            "Gotha",
        ),
        (
            "Der Verein Brückenschlag e. V. befindet sich in der Stadthalle Fulda.",
            "Brückenschlag e. V.",
            "Stadthalle Fulda",
            "Fulda",
        ),
    ],
)
def test_a_unit_housed_in_a_venue_is_in_the_venue_and_the_venue_in_its_town(
    body: str, unit: str, venue: str, town: str
) -> None:
    relations = _relations(body)
    assert {(unit, "locatedIn", venue), (venue, "locatedIn", town)} <= relations
    assert (unit, "locatedIn", town) not in relations


def test_towns_listed_after_a_seat_all_stay_placed() -> None:
    relations = _relations("Die Lernwerk gGmbH hat ihren Sitz in Kassel, Fulda und Gotha.")
    assert {("Lernwerk gGmbH", "locatedIn", t) for t in ("Kassel", "Fulda", "Gotha")} <= relations
