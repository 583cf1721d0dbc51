"""Places, round 17 (a sweep of invented event reports, seats and project sites): a venue named with a district
before "in <Stadt>" ("im Bürgerhaus Weststadt in Kassel"), a town that is never a venue ("in Fulda, im
Kongresszentrum X"), an event held in a body's house named with its town ("im Ministerium X in Z"), a region named
with its article ("im Allgäu", "in der Pfalz", "am Niederrhein"), site nouns with a project's genitive ("Beratungsorte
des Projekts X: Z1, Z2"), the seat noun fronted ("Ihr Büro hat die Stelle X in Z"), a move ("ist nach Z umgezogen"),
a project's services held in towns ("Die Beratung im Projekt X findet in Z statt"), and the near shapes that give no
such fact."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _located(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Aus der Region\n\n" + text).relations if p == "locatedIn"}


# ---------------------------------------------------------------- a venue's district before its town


@pytest.mark.parametrize(
    ("text", "venue", "town", "district"),
    [
        ("Der Fachtag „Brücken“ fand am 12. März 2031 im Bürgerhaus Weststadt in Kassel statt.",
         "Bürgerhaus Weststadt", "Kassel", "Weststadt"),
        ("Das Forum fand am 18. Mai 2032 im Rathaus Schöneberg in Berlin statt.",
         "Rathaus Schöneberg", "Berlin", "Schöneberg"),
        ("Am 4. Juni 2030 trafen sich 50 Fachleute zum Workshop „Wege“ im Stadtteilzentrum Nordstadt in Hannover.",
         "Stadtteilzentrum Nordstadt", "Hannover", "Nordstadt"),
    ],
)  # fmt: skip
def test_a_venue_named_with_a_district_is_placed_in_the_town_after_it(
    text: str, venue: str, town: str, district: str
) -> None:
    located = _located(text)
    assert (venue, town) in located
    assert (venue, district) not in located
    assert (district, town) not in located


def test_a_venue_named_by_its_town_alone_keeps_that_town() -> None:
    # no "in <Stadt>" after it: the town in the venue's name is where it stands
    assert ("Stadthalle Marburg", "Marburg") in _located(
        "Rund 120 Gäste kamen am 8. März 2031 zum Fachtag „Vielfalt“ in die Stadthalle Marburg."
    )


# ---------------------------------------------------------------- a town is no venue


@pytest.mark.parametrize(
    ("text", "town", "venue"),
    [
        ("Die Regionalkonferenz tagte am 14. März 2031 in Fulda, im Kongresszentrum Esperanto.",
         "Fulda", "Kongresszentrum Esperanto"),
        ("Der Infotag fand am 2. Mai 2030 in Gießen statt, im Bürgerhaus Kleinlinden.", "Gießen",
         "Bürgerhaus Kleinlinden"),
        ("Am 9. Juni 2032 wird in Wetzlar, im Kulturzentrum Franzis, der Preis verliehen.", "Wetzlar",
         "Kulturzentrum Franzis"),
    ],
)  # fmt: skip
def test_a_town_before_a_venue_is_not_located_in_it(text: str, town: str, venue: str) -> None:
    assert (town, venue) not in _located(text)


# ---------------------------------------------------------------- an event in a body's house with its town


@pytest.mark.parametrize(
    ("text", "event", "town"),
    [
        ("Die Fachtagung „Vielfalt“ fand am 4. Juni 2031 im Bundesministerium für Bildung und Forschung in Bonn "
         "statt.", "Fachtagung „Vielfalt“", "Bonn"),
        ("Der Workshop „Anerkennung“ fand am 3. Juli 2030 in den Räumen der IHK Schwaben in Augsburg statt.",
         "Workshop „Anerkennung“", "Augsburg"),
        ("Das Ministerium lud am 2. Mai 2032 zum Fachgespräch „Pflege“ in das Sozialministerium (SM) in Stuttgart "
         "ein.", "Fachgespräch „Pflege“", "Stuttgart"),
    ],
)  # fmt: skip
def test_an_event_in_a_body_s_house_with_its_town_is_placed_in_the_town(
    text: str, event: str, town: str
) -> None:
    assert (event, town) in _located(text)


def test_an_event_in_a_body_s_house_without_a_town_is_placed_in_the_house() -> None:
    located = _located("Das 4. IQ-Partnerforum fand am 5. Juni 2031 in der Handwerkskammer Düsseldorf statt.")
    assert ("4. IQ-Partnerforum", "Handwerkskammer Düsseldorf") in located


def test_an_event_held_at_a_body_keeps_the_body_as_its_place() -> None:
    # "bei" a body: the town after it is the body's seat, the event is at the body
    located = _located("Der Fachtag „Pflege“ fand am 3. Mai 2031 beim Verein Lernhaus e. V. in Fulda statt.")
    assert ("Fachtag „Pflege“", "Lernhaus e. V.") in located
    assert ("Fachtag „Pflege“", "Fulda") not in located


# ---------------------------------------------------------------- a region named with its article


def _places(text: str) -> set[str]:
    return {label for kind, label in facts_of("Aus der Region\n\n" + text).entities if kind == "Place"}


@pytest.mark.parametrize(
    ("text", "unit", "region"),
    [
        ("Das Projekt „Brücke Beruf“ ist seit 2030 im Allgäu aktiv.", "Brücke Beruf", "Allgäu"),
        ("Das Projekt „Weinberg“ bietet Beratung in der Pfalz an.", "Weinberg", "Pfalz"),
        ("In der Uckermark begleitet das Projekt „Ankommen“ Zugewanderte in den Beruf.", "Ankommen", "Uckermark"),
        ("Im ganzen Emsland unterstützt das Projekt „Küstenlotsen“ Fachkräfte.", "Küstenlotsen", "Emsland"),
        ("Der Verein Heimatwerk e. V. aus dem Sauerland berät Geflüchtete.", "Heimatwerk e. V.", "Sauerland"),
        ("Die Fachtagung „Pflege“ fand am 3. Mai 2031 am Niederrhein statt.", "Fachtagung „Pflege“", "Niederrhein"),
    ],
)  # fmt: skip
def test_a_region_named_with_its_article_places_a_unit_or_event(text: str, unit: str, region: str) -> None:
    assert (unit, region) in _located(text)


def test_a_project_at_work_in_two_regions_is_placed_in_both() -> None:
    located = _located("Die Beratungsstelle „Anerkennung West“ berät in der Eifel und im Hunsrück.")
    assert {
        ("Beratungsstelle „Anerkennung West“", "Eifel"),
        ("Beratungsstelle „Anerkennung West“", "Hunsrück"),
    } <= (located)


@pytest.mark.parametrize(
    "text",
    [
        "Anna Beispiel kommt aus dem Allgäu und arbeitet heute in der Verwaltung.",  # a person's origin
        "Im Allgäu ist die Arbeitslosigkeit niedriger als in der Pfalz.",  # a statistic, a comparison
        "Das Projekt „Harzreise“ berät seit 2031 Betriebe im Harz.",  # the firms' region, not the project's
    ],
)
def test_a_region_named_for_another_reason_places_nothing(text: str) -> None:
    assert _located(text) == set()


def test_a_region_s_article_must_fit_its_gender() -> None:
    assert "Harz" not in _places("Die Beratung wurde in der Harz-Klinik angeboten.")
    assert "Pfalz" not in _places("Das Netzwerk in Rheinland-Pfalz wächst.")


# ---------------------------------------------------------------- sites named by a noun with the project's genitive


@pytest.mark.parametrize(
    ("text", "unit", "towns"),
    [
        ("Beratungsorte des Projekts „Perspektive Beruf“: Trier, Koblenz und Mainz.", "Perspektive Beruf",
         {"Trier", "Koblenz", "Mainz"}),
        ("Einsatzorte der Beratungsstelle „Pflege Plus“ sind Gera und Jena.", "Beratungsstelle „Pflege Plus“",
         {"Gera", "Jena"}),
        ("Beratungsort des Projekts „Neustart“ war Husum.", "Neustart", {"Husum"}),
        ("Die IQ Servicestelle Nordhessen mit Standort Kassel berät Arbeitgeber.", "IQ Servicestelle Nordhessen",
         {"Kassel"}),
        ("Das Projekt „Lotse“ mit Standorten Gotha und Eisenach startet im Mai.", "Lotse", {"Gotha", "Eisenach"}),
    ],
)  # fmt: skip
def test_a_site_noun_names_the_project_s_towns(text: str, unit: str, towns: set[str]) -> None:
    assert {(unit, town) for town in towns} <= _located(text)


def test_the_sites_of_a_body_in_a_genitive_are_not_a_project_s() -> None:
    # the places a firm serves in a comparison: no site noun of the unit
    assert _located("Die Kunden der Firma kommen aus Trier: Koblenz und Mainz folgen.") == set()


# ---------------------------------------------------------------- the seat noun fronted with its possessive


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Ihr Büro hat die Beratungsstelle „Anerkennung jetzt“ in der Lindenstraße 5 in Kiel.",
         "Beratungsstelle „Anerkennung jetzt“", "Kiel"),
        ("Seinen Sitz hat der Verein Brückenbau e. V. seit 2020 in Erfurt.", "Brückenbau e. V.", "Erfurt"),
        ("Ihre Räume hatte die Stiftung Lernhaus bis 2029 in Gotha.", "Stiftung Lernhaus", "Gotha"),
    ],
)  # fmt: skip
def test_a_fronted_seat_noun_places_the_subject_after_hat(text: str, unit: str, town: str) -> None:
    assert (unit, town) in _located(text)


# ---------------------------------------------------------------- a move


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Die Beratungsstelle „Anerkennung Nord“ ist im Mai nach Kiel umgezogen.",
         "Beratungsstelle „Anerkennung Nord“", "Kiel"),
        ("Der Verein Lernwerk e. V. zieht in neue Räume in der Bahnhofstraße 3 in Gotha.", "Lernwerk e. V.", "Gotha"),
        ("Das Projekt „Lotsenhaus“ zog 2030 nach Husum um.", "Lotsenhaus", "Husum"),
        ("Die Stiftung Werkraum ist in größere Räume in Jena gezogen.", "Stiftung Werkraum", "Jena"),
    ],
)  # fmt: skip
def test_a_move_places_the_unit_in_its_new_town(text: str, unit: str, town: str) -> None:
    assert (unit, town) in _located(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Beraterin Anna Beispiel ist im Mai nach Kiel umgezogen.",  # a person moves, no seat
        "Die Stiftung Werkraum ist nach Kiel gereist.",  # a trip, no move
        "Das Projekt „Lotsenhaus“ zog 2030 nach Husum Bilanz.",  # no move
    ],
)
def test_what_is_no_move_places_nothing(text: str) -> None:
    assert _located(text) == set()


# ---------------------------------------------------------------- a project's services held in its towns


@pytest.mark.parametrize(
    ("text", "unit", "towns"),
    [
        ("Die Beratung im Projekt „Pflege International“ findet in Magdeburg und Halle (Saale) statt.",
         "Pflege International", {"Magdeburg", "Halle (Saale)"}),
        ("Die Sprechstunden der Beratungsstelle „Anerkennung Nord“ finden in Kiel und Lübeck statt.",
         "Beratungsstelle „Anerkennung Nord“", {"Kiel", "Lübeck"}),
        ("Alle Kurse des Projekts „Deutsch im Beruf“ fanden 2030 in Rostock statt.", "Deutsch im Beruf",
         {"Rostock"}),
    ],
)  # fmt: skip
def test_a_project_s_services_held_in_towns_place_the_project(text: str, unit: str, towns: set[str]) -> None:
    assert {(unit, town) for town in towns} <= _located(text)


def test_services_not_held_there_place_nothing() -> None:
    located = _located("Die Beratung im Projekt „Pflege International“ findet in Magdeburg keinen Anklang.")
    assert ("Pflege International", "Magdeburg") not in located


def test_a_hotel_named_after_its_brand_is_a_venue() -> None:
    located = _located(
        "Die Abschlusskonferenz „Bilanz“ fand am 30. November 2031 im Dorint Hotel Magdeburg statt."
    )
    assert ("Dorint Hotel", "Magdeburg") in located
