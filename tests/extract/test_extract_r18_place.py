"""Where bodies, projects and venues are, round 18 (a construction inventory of locatedIn; invented sentences): the
verb of being seated ("Die Stiftung X sitzt in Z", "…, die in Z sitzt", "residiert im Haus Y"), a project opened or
set up in a town in the passive or with a modal ("wurde im Mai in Z eröffnet", "soll in Z eingerichtet werden"),
sites a body runs ("betreibt Beratungsstellen in Z1 und Z2"), a street of two words before the town, a move from an
old seat ("von Z1 nach Z2 umgezogen"), being there with the place after the verb ("Seit Januar gibt es in Z die
Beratungsstelle X"), and an address after a venue ("im Bürgerhaus Nord, Am Markt 2, 07545 Z"); with the near shapes
that must give no seat."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _seats(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Lindau\n\n" + text).relations if p == "locatedIn"}


# ---------------------------------------------------------------- the verb of being seated


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Die Stiftung Lernwerk sitzt in Jena und fördert Projekte.", ("Stiftung Lernwerk", "Jena")),
        ("Gefördert wird das Vorhaben von der Stiftung Lernwerk, die in Jena sitzt.", ("Stiftung Lernwerk", "Jena")),
        ("Die Werkbrücke gGmbH (WB) saß bis 2020 in Kassel.", ("Werkbrücke gGmbH", "Kassel")),
        ("Die Werkbrücke gGmbH residiert seit 2019 im Haus der Wirtschaft in Kiel.",
         ("Werkbrücke gGmbH", "Haus der Wirtschaft")),
    ],
)  # fmt: skip
def test_a_verb_of_being_seated_places_the_body(text: str, fact: tuple[str, str]) -> None:
    assert fact in _seats(text)


def test_people_of_a_body_sitting_somewhere_give_no_seat() -> None:
    assert _seats("Vertreter der Werkbrücke gGmbH saßen in Kiel mit am Tisch.") == set()


# ---------------------------------------------------------------- a project opened or set up in a town


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Die Beratungsstelle „Startklar“ wurde im Mai in Rostock eröffnet.",
         ("Beratungsstelle „Startklar“", "Rostock")),
        ("Die Anerkennungsberatung „Startklar“ soll im Herbst in Rostock eröffnet werden.", ("Startklar", "Rostock")),
        ("Das Projekt „Brückenschlag“ wird 2025 in Wismar eingerichtet.", ("Brückenschlag", "Wismar")),
    ],
)  # fmt: skip
def test_a_project_opened_in_a_town_is_there(text: str, fact: tuple[str, str]) -> None:
    assert fact in _seats(text)


def test_a_body_honoured_in_a_town_is_not_placed_there() -> None:
    assert _seats("Die Werkbrücke gGmbH wurde im Mai in Rostock ausgezeichnet.") == set()


# ---------------------------------------------------------------- sites a body runs; a street of two words


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Die Werkbrücke gGmbH betreibt Beratungsstellen in Kiel und Husum.",
         {("Werkbrücke gGmbH", "Kiel"), ("Werkbrücke gGmbH", "Husum")}),
        ("Der Verein Lotsenhaus e. V. betrieb Büros in Lübeck.", {("Lotsenhaus e. V.", "Lübeck")}),
        ("Die Werkbrücke gGmbH hat ihre Räume in der Kröpeliner Straße 12 in Rostock.",
         {("Werkbrücke gGmbH", "Rostock")}),
        ("Der Verein Lotsenhaus e. V. hat sein Büro im Alten Weg 3 in Husum.", {("Lotsenhaus e. V.", "Husum")}),
    ],
)  # fmt: skip
def test_sites_a_body_runs_and_its_rooms_in_a_street(text: str, facts: set[tuple[str, str]]) -> None:
    assert facts <= _seats(text)


def test_a_body_running_a_cafe_in_a_town_gives_no_seat() -> None:
    assert _seats("Die Werkbrücke gGmbH betreibt in Kiel ein Café.") == set()


# ---------------------------------------------------------------- a move from an old seat


@pytest.mark.parametrize(
    "text",
    [
        "Die Werkbrücke gGmbH ist 2020 von Kassel nach Fulda umgezogen.",
        "Die Werkbrücke gGmbH zog im Mai aus Kassel nach Fulda um.",
        "Die Werkbrücke gGmbH ist nach Fulda umgezogen.",
    ],
)
def test_a_move_places_the_body_in_the_new_town_only(text: str) -> None:
    assert _seats(text) == {("Werkbrücke gGmbH", "Fulda")}


def test_sending_people_from_one_town_to_another_is_no_move() -> None:
    assert _seats("Die Werkbrücke gGmbH schickte Fachkräfte von Kassel nach Fulda.") == set()


# ---------------------------------------------------------------- being there, the place after the verb


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Seit Januar gibt es in Rostock die Beratungsstelle „Startklar“.",
         {("Beratungsstelle „Startklar“", "Rostock")}),
        ("Es gibt nun auch in Wismar und Stralsund das Projekt „Startklar“.",
         {("Startklar", "Wismar"), ("Startklar", "Stralsund")}),
        ("Seit 2019 gab es in Kiel den Verein Lotsenhaus e. V.", {("Lotsenhaus e. V.", "Kiel")}),
    ],
)  # fmt: skip
def test_a_unit_there_is_in_a_town(text: str, facts: set[tuple[str, str]]) -> None:
    assert facts <= _seats(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seit Januar gibt es in Rostock Beratung, die Beratungsstelle „Startklar“ hilft.",
        "Seit Januar gibt es in Rostock für die Beratungsstelle „Startklar“ mehr Geld.",
    ],
)
def test_something_else_there_gives_the_unit_no_seat(text: str) -> None:
    assert _seats(text) == set()


# ---------------------------------------------------------------- an address after a name


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Die Fachtagung findet am 5. Mai 2024 im Bürgerhaus Wilhelmsburg, Am Deich 3, 21109 Hamburg statt.",
         ("Bürgerhaus Wilhelmsburg", "Hamburg")),
        ("Die Tagung fand am 5. Mai 2024 im Haus der Kirche, Lindenallee 7, Dresden statt.",
         ("Haus der Kirche", "Dresden")),
        ("Der Fachtag fand am 5. Mai 2024 in der Stadthalle Nord, Am Markt 2, 24103 Kiel statt.",
         ("Stadthalle Nord", "Kiel")),
    ],
)  # fmt: skip
def test_the_town_of_an_address_after_a_name(text: str, fact: tuple[str, str]) -> None:
    assert fact in _seats(text)


def test_a_venue_with_an_address_is_not_in_the_district_its_name_holds() -> None:
    seats = _seats(
        "Die Fachtagung findet am 5. Mai 2024 im Bürgerhaus Wilhelmsburg, Am Deich 3, 21109 Hamburg statt."
    )
    assert ("Bürgerhaus Wilhelmsburg", "Wilhelmsburg") not in seats


def test_a_body_s_address_in_a_running_sentence_is_left_to_the_address_lines() -> None:
    assert _seats("Wir danken der Werkbrücke gGmbH, Lindenallee 7, 24103 Kiel, für die Räume.") == set()


def test_a_name_and_a_person_before_a_town_is_no_address_of_the_venue() -> None:
    assert ("Haus der Kirche", "Dresden") not in _seats(
        "Die Tagung fand am 5. Mai 2024 im Haus der Kirche statt, Anna Beispiel, Dresden, sprach."
    )
