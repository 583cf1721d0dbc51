"""Where events are held and where venues are, in sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of

RELEASE = dt.date(2031, 5, 20)


def _located(text: str) -> set[tuple[str, str]]:
    f = facts_of("Titel\n\n" + text, RELEASE)
    return {(s, o) for s, p, o in f.relations if p == "locatedIn"}


def _event_places(text: str) -> set[str]:
    f = facts_of("Titel\n\n" + text, RELEASE)
    events = {label for label, _ in f.events}
    return {o for s, p, o in f.relations if p == "locatedIn" and s in events}


@pytest.mark.parametrize(
    ("text", "venue", "town"),
    [
        (
            "Am 12. März fand der Fachtag im Collegium Beispiel in Erfurt statt.",
            "Collegium Beispiel",
            "Erfurt",
        ),
        ("Der Fachtag tagte am 12. März in der Villa Muster in Kassel.", "Villa Muster", "Kassel"),
        ("In der Alten Weberei in Görlitz begann am 12. März die Fachtagung.", "Alte Weberei", "Görlitz"),
    ],
)
def test_a_building_named_before_its_town_is_the_venue(text: str, venue: str, town: str) -> None:
    assert _event_places(text) == {venue}
    assert (venue, town) in _located(text)


@pytest.mark.parametrize(
    "text",
    [
        "Im Rahmen der Woche in Erfurt fand am 12. März der Fachtag statt.",
        "Am 12. März fand in der Region in Erfurt der Fachtag statt.",
        "Im Workshop in Erfurt stellte Petra Beispiel am 12. März ihr Projekt vor.",
        "Der Fachtag fand am Dienstag, 12. März, wie schon im Oktober in Erfurt statt.",
    ],
)
def test_words_that_name_no_building_leave_the_town_the_place(text: str) -> None:
    assert _event_places(text) == {"Erfurt"}


@pytest.mark.parametrize(
    ("text", "room"),
    [
        (
            "Am 12. März folgte im Saal der Landespressekonferenz ein Pressegespräch.",
            "Saal der Landespressekonferenz",
        ),
        ("Der Fachtag fand am 12. März in der Aula des Musterkollegs statt.", "Aula des Musterkollegs"),
        ("Im Foyer der Stadtbücherei wurde am 12. März die Ausstellung gezeigt.", "Foyer der Stadtbücherei"),
    ],
)
def test_a_room_named_with_its_institution_is_the_venue(text: str, room: str) -> None:
    assert _event_places(text) == {room}


@pytest.mark.parametrize(
    "text",
    [
        "Das Arbeitsministerium zeigt ab dem 12. März die Ausstellung im Foyer des Ministeriums in Potsdam.",
        "Der Verein Brückenbau e. V. lud am 12. März zum Fachtag in die Räume ein, im Saal des Vereins in Kiel.",
        "Die Stadtverwaltung Musterstadt zeigte am 12. März die Ausstellung im Foyer der Verwaltung in Jena.",
    ],
)
def test_a_room_of_a_body_named_before_is_no_venue_of_its_own(text: str) -> None:
    assert not any(place.startswith(("Foyer", "Saal")) for place in _event_places(text))


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand das Partnerforum in der Handwerkskammer Düsseldorf statt.",
        "Das Partnerforum in der Handwerkskammer Düsseldorf begann am 12. März.",
        "Rund 80 Gäste kamen am 12. März zum Partnerforum in der Handwerkskammer Düsseldorf.",
    ],
)
def test_an_event_in_an_organisations_house_is_located_there(text: str) -> None:
    assert _event_places(text) == {"Handwerkskammer Düsseldorf"}


@pytest.mark.parametrize(
    "text",
    [
        "Petra Beispiel aus Rumänien arbeitet wieder als Ärztin in Kassel.",
        "Die Ingenieurin studierte in der Ukraine und lebt seit 2029 in Kassel.",
        "Ein aus Syrien stammender Apotheker berät nun selbst in Kassel.",
    ],
)
def test_a_country_of_origin_is_no_place_of_the_release(text: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert {label for kind, label in f.entities if kind == "Place"} == {"Kassel"}


@pytest.mark.parametrize(
    "text",
    [
        "Das IQ Netzwerk Thüringen berät Zugewanderte in Erfurt.",
        "Die Beratung des IQ Landesnetzwerks Bayern ist gefragt.",
        "Petra Beispiel leitet das IQ Netzwerk Sachsen-Anhalt.",
    ],
)
def test_a_network_is_not_placed_in_the_land_its_name_contains(text: str) -> None:
    assert not any(place in ("Thüringen", "Bayern", "Sachsen-Anhalt") for _, place in _located(text))


@pytest.mark.parametrize(
    ("text", "venue", "town"),
    [
        (
            "Zum Fachtag kamen am 12. März 40 Gäste in das Haus der Begegnung in Oldenburg.",
            "Haus der Begegnung",
            "Oldenburg",
        ),
        (
            "Am 12. März lud der Verein zum Fachtag ins Kulturzentrum Alte Weberei in Göttingen.",
            "Kulturzentrum Alte Weberei",
            "Göttingen",
        ),
        ("Der Fachtag zog am 12. März in die Villa Muster in Kassel.", "Villa Muster", "Kassel"),
    ],
)
def test_a_building_reached_by_in_das_or_ins_is_the_venue(text: str, venue: str, town: str) -> None:
    assert _event_places(text) == {venue}
    assert (venue, town) in _located(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand das Arbeitstreffen im IQ Netzwerk Hessen statt.",
        "Das Arbeitstreffen im IQ Landesnetzwerk Bayern begann am 12. März.",
        "Zum Arbeitstreffen im IQ Netzwerk Sachsen-Anhalt kamen am 12. März viele Gäste.",
    ],
)
def test_an_event_within_a_network_has_no_house_there(text: str) -> None:
    assert not _event_places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Die Gäste trafen sich am 12. März in der Nähe des Kieler Hafens.",
        "Der Fachtag tagte am 12. März. Am 12. März kamen alle am Kieler Hafen zusammen.",
        "Am 12. März begann der Fachtag. Gefeiert wurde am 12. März nahe dem Kieler Hafen.",
    ],
)
def test_a_town_named_by_its_adjective_on_the_events_day_is_its_place(text: str) -> None:
    assert _event_places(text) == {"Kiel"}


@pytest.mark.parametrize(
    "text",
    [
        "Die Kieler Stiftung Musterhilfe lud am 12. März zum Fachtag ein.",
        "Am 12. März fand der Fachtag statt; Kieler Gäste waren dabei.",
        "Der Fachtag am 12. März lockte viele Kieler Fachleute an.",
    ],
)
def test_a_town_adjective_without_a_preposition_of_place_places_nothing(text: str) -> None:
    assert not _event_places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ministerin Petra Beispiel eröffnet am 12. März die neue Kieler Beratungsstelle.",
        "Am 12. März eröffnete Petra Beispiel das Kieler Welcome Center.",
        "Feierlich eröffnet wurde am 12. März das Kieler Welcome Center.",
    ],
)
def test_what_is_opened_is_where_it_is_opened(text: str) -> None:
    assert _event_places(text) == {"Kiel"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag in den Räumen der Handwerkskammer Kassel statt.",
        "In den Räumlichkeiten der Handwerkskammer Kassel trafen sich am 12. März 80 Gäste zur Tagung.",
        "Die Tagung am 12. März begann in den Räumen der Handwerkskammer Kassel.",
    ],
)
def test_an_event_in_an_organisations_rooms_is_located_there(text: str) -> None:
    assert _event_places(text) == {"Handwerkskammer Kassel"}


def test_rooms_the_clause_denies_are_no_venue() -> None:
    text = "Am 12. März fand der Fachtag nicht wie gewohnt in den Räumen der Handwerkskammer Kassel statt."
    assert "Handwerkskammer Kassel" not in _event_places(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Am 12. März fand im nordhessischen Kassel der Fachtag statt.", "Kassel"),
        ("Die Tagung fand am 12. März im sächsischen Chemnitz statt.", "Chemnitz"),
        ("Die Fachkonferenz am 12. März im thüringischen Erfurt war ausgebucht.", "Erfurt"),
    ],
)
def test_a_regional_adjective_before_the_events_town(text: str, town: str) -> None:
    assert town in _event_places(text)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Am 12. März lud der Verein Lernwerk e. V. zu seinem Fachtag ins Beispielstädter Schloss ein.",
            "Beispielstädter Schloss",
        ),
        ("Am 12. März fand der Fachtag im Alten Rathaus statt.", "Altes Rathaus"),
        ("Zur Jobmesse kamen am 12. März viele Menschen in die Ritterakademie.", "Ritterakademie"),
        ("Der Empfang am 12. März fand im Neuen Museum statt.", "Neues Museum"),
    ],
)
def test_a_building_s_noun_after_its_adjective_or_in_a_compound_is_the_venue(text: str, venue: str) -> None:
    assert _event_places(text) == {venue}


@pytest.mark.parametrize(
    ("field", "venue", "town"),
    [
        ("Veranstaltungsort: Kulturzentrum Beispielhof, Kassel", "Kulturzentrum Beispielhof", "Kassel"),
        ("Ort: Haus der Jugend, Lindenstraße 4, 34117 Kassel", "Haus der Jugend", "Kassel"),
        ("Tagungsort: Kongresshaus Lindenhof, Gießen.", "Kongresshaus Lindenhof", "Gießen"),
    ],
)
def test_the_venue_field_of_an_invitation_names_the_venue_and_its_town(
    field: str, venue: str, town: str
) -> None:
    text = f"Zum Fachtag „Vielfalt“ lädt der Verein Lernwerk e. V. ein.\n\nTermin: Mittwoch, 10. Juni 2031\n{field}\n"
    assert _event_places(text) == {venue}
    assert (venue, town) in _located(text)


@pytest.mark.parametrize("field", ["Ort: Lindenstraße 4", "Ort: online"])
def test_a_venue_field_with_an_address_or_no_name_places_nothing(field: str) -> None:
    text = f"Zum Fachtag „Vielfalt“ lädt der Verein Lernwerk e. V. ein.\n\nTermin: Mittwoch, 10. Juni 2031\n{field}\n"
    assert not _event_places(text)


def test_a_venue_named_in_the_report_takes_the_town_of_its_field_below() -> None:
    text = (
        "Zur Jobmesse kamen am 12. März viele Menschen in die Ritterakademie.\n\n"
        "Veranstaltungsort: Ritterakademie, Am Graben 12, Lüneburg. Die nächste Messe folgt im Herbst."
    )
    assert ("Ritterakademie", "Lüneburg") in _located(text)


@pytest.mark.parametrize(
    ("head", "venue", "town"),
    [
        (
            "Donnerstag, 26. Juni 2031, 9:30 bis 16:00 Uhr\nHaus der Kulturen, Brückenstraße 5, 34117 Kassel",
            "Haus der Kulturen",
            "Kassel",
        ),
        (
            "26.06.2031, 10 Uhr\nKongresshaus Lindenhof, Am Markt 2, Gießen",
            "Kongresshaus Lindenhof",
            "Gießen",
        ),
        (
            "Mittwoch, 2. Juli 2031, 14–17 Uhr\nStadtbibliothek Nord, Lindenstraße 4, 36037 Fulda",
            "Stadtbibliothek Nord",
            "Fulda",
        ),
    ],
)
def test_the_venue_line_under_an_invitation_s_hours_is_the_venue(head: str, venue: str, town: str) -> None:
    text = f"Fachtag „Arbeit und Vielfalt“\n{head}\n\nEine Veranstaltung des Vereins Lernwerk e. V.\n"
    assert _event_places(text) == {venue}
    assert (venue, town) in _located(text)


def test_a_line_under_the_hours_without_an_address_names_no_venue() -> None:
    text = (
        "Fachtag „Arbeit und Vielfalt“\nDonnerstag, 26. Juni 2031, 10 Uhr\nAnmeldung erbeten, bitte bis Mai\n"
    )
    assert not _event_places(text)


@pytest.mark.parametrize(
    ("text", "house"),
    [
        ("Der Fachtag fand am 12. März in der Handwerkskammer Kassel statt.", "Handwerkskammer Kassel"),
        (
            "Sie blickt auf den Fachtag zurück, der am 12. März im Landratsamt Fulda stattfand.",
            "Landratsamt Fulda",
        ),
        (
            "Zum Fachtag am 12. März lud der Verein Lernwerk e. V. in die Handwerkskammer Kassel ein.",
            "Handwerkskammer Kassel",
        ),
    ],
)
def test_a_body_s_house_the_event_was_held_in_is_its_venue(text: str, house: str) -> None:
    assert _event_places(text) == {house}


def test_a_body_a_noun_is_placed_in_is_no_venue() -> None:
    text = "Am 12. März fand der Fachtag statt, Petra Beispiel, Referentin in der Handwerkskammer Kassel, sprach."
    assert not _event_places(text)


@pytest.mark.parametrize(
    ("text", "venue", "town"),
    [
        ("Der Fachtag fand am 12. März im Kieler Rathaus statt.", "Kieler Rathaus", "Kiel"),
        ("Am 12. März trafen sich 80 Gäste zum Netzwerktreffen im Dresdner Kulturforum.", "Dresdner Kulturforum", "Dresden"),
        ("Die Fachtagung tagte am 12. März im Hamburger Bürgerhaus.", "Hamburger Bürgerhaus", "Hamburg"),
    ],
)  # fmt: skip
def test_a_venue_named_with_a_town_s_adjective_is_in_that_town(text: str, venue: str, town: str) -> None:
    assert _event_places(text) == {venue}
    assert (venue, town) in _located(text)


def test_a_venue_named_with_another_adjective_is_in_no_town() -> None:
    assert not any(
        s == "Altes Rathaus" for s, _ in _located("Der Fachtag fand am 12. März im Alten Rathaus statt.")
    )


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Der Fachtag fand am 12. März in der Hansestadt Rostock statt.", "Rostock"),
        ("Am 12. März lud der Verein Lernwerk e. V. zum Fachtag in die Universitätsstadt Göttingen.", "Göttingen"),
        ("Die Fachtagung tagte am 12. März in der Landeshauptstadt Schwerin.", "Schwerin"),
    ],
)  # fmt: skip
def test_a_town_after_its_title_is_where_the_event_is_held(text: str, town: str) -> None:
    assert _event_places(text) == {town}


@pytest.mark.parametrize(
    ("text", "venue", "town"),
    [
        ("Der Fachtag fand am 12. März in der Stadthalle von Göttingen statt.", "Stadthalle Göttingen", "Göttingen"),
        ("Am 12. März trafen sich 80 Gäste zum Netzwerktreffen im Rathaus von Gera.", "Rathaus Gera", "Gera"),
        ("Die Fachtagung tagte am 12. März im Kulturzentrum Alte Mühle von Rostock.", "Kulturzentrum Alte Mühle", "Rostock"),
    ],
)  # fmt: skip
def test_a_venue_of_a_town_after_von_is_in_that_town(text: str, venue: str, town: str) -> None:
    assert _event_places(text) == {venue}
    assert (venue, town) in _located(text)


def test_a_house_of_a_person_is_no_venue() -> None:
    assert not _event_places("Der Fachtag fand am 12. März im Haus von Petra Beispiel statt.")
