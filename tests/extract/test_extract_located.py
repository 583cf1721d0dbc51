"""Where organisations and projects are, in sentences written for these tests (events: test_extract_places.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of


def _located(text: str) -> set[tuple[str, str]]:
    f = facts_of("Titel\n\n" + text)
    return {(s, o) for s, p, o in f.relations if p == "locatedIn"}


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Die Beratungsstelle „Wege finden“ in Wiesbaden berät Zugewanderte.", "Beratungsstelle „Wege finden“", "Wiesbaden"),
        ("Seit Mai berät das Projekt „Brücken bauen“ in Jena Fachkräfte.", "Brücken bauen", "Jena"),
        ("Rat suchen viele bei der Servicestelle „Anerkennung jetzt“ in ganz Thüringen.", "Servicestelle „Anerkennung jetzt“", "Thüringen"),
    ],
)  # fmt: skip
def test_a_project_is_where_the_place_after_its_name_says(text: str, unit: str, town: str) -> None:
    assert (unit, town) in _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "towns"),
    [
        ("Die Musterhilfe gGmbH an den Standorten Kassel und Fulda berät Zugewanderte.", "Musterhilfe gGmbH", {"Kassel", "Fulda"}),
        ("Der Verein Brückenbau e.V. mit Standorten in Kiel, Lübeck und Flensburg wächst.", "Brückenbau e.V.", {"Kiel", "Lübeck", "Flensburg"}),
        ("Beraten wird bei der Beispiel GmbH aus Gera und Jena.", "Beispiel GmbH", {"Gera", "Jena"}),
        ("Die Musterhilfe gGmbH mit Standorten in Kiel, Lübeck und Hamburg wächst.", "Musterhilfe gGmbH", {"Kiel", "Lübeck", "Hamburg"}),
    ],
)  # fmt: skip
def test_every_town_of_a_list_after_the_name_is_a_seat(text: str, unit: str, towns: set[str]) -> None:
    assert {(unit, t) for t in towns} <= _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Die Musterhilfe gGmbH hat ihren Sitz in Jena.", "Musterhilfe gGmbH", "Jena"),
        ("Der Verein Brückenbau e.V. ist seit 2010 in Kassel ansässig.", "Brückenbau e.V.", "Kassel"),
        ("Die Geschäftsstelle der Beispiel GmbH befindet sich in Erfurt.", "Beispiel GmbH", "Erfurt"),
        (
            "Die Beratungsstelle „Wege“ befindet sich in der Goethestraße 3 in Weimar.",
            "Beratungsstelle „Wege“",
            "Weimar",
        ),
        ("Das Bildungswerk Muster e.V. hatte seinen Hauptsitz in Gera.", "Bildungswerk Muster e.V.", "Gera"),
        (
            "Die Beratungsstelle „Wege“ hat ihr Büro in der Hauptstraße 12 in Jena.",
            "Beratungsstelle „Wege“",
            "Jena",
        ),
        ("Die Musterhilfe gGmbH hat ihre Räume am Marktplatz 3 in Gera.", "Musterhilfe gGmbH", "Gera"),
        (
            "Seit 2019 hat der Verein Brückenbau e.V. seine Geschäftsstelle im Rosenweg 4 in Suhl.",
            "Brückenbau e.V.",
            "Suhl",
        ),
    ],
)
def test_a_clause_that_places_its_subject(text: str, unit: str, town: str) -> None:
    assert (unit, town) in _located(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Musterhilfe gGmbH ist in Jena aktiv.",
        "Die Musterhilfe gGmbH stellte ihr Angebot in Jena vor.",
        "Die Musterhilfe gGmbH und Petra Beispiel trafen sich in Jena.",
    ],
)
def test_a_body_acting_in_a_town_is_not_placed_there(text: str) -> None:
    assert not _located(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die IQ-Anerkennungsberatung in der Erstaufnahme in Suhl startet am Montag.",
        "IQ-Anerkennungsberatung in der Erstaufnahme in Suhl gestartet",
        "Ab heute berät die IQ-Anerkennungsberatung in der Erstaufnahme in Suhl.",
    ],
)
def test_a_place_after_a_name_holding_a_place_belongs_to_that_place(text: str) -> None:
    assert not _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Die Beratungsstelle „Ankommen im Beruf“ in Jena öffnet.", "Beratungsstelle „Ankommen im Beruf“", "Jena"),
        ("Das Projekt „Arbeit in der Pflege“ in Gera beginnt.", "Arbeit in der Pflege", "Gera"),
        ("Ab Mai berät das Projekt „Neu im Job“ in Erfurt.", "Neu im Job", "Erfurt"),
    ],
)  # fmt: skip
def test_a_quoted_title_holds_no_place(text: str, unit: str, town: str) -> None:
    assert (unit, town) in _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "towns"),
    [
        (
            "Die Beratungsstelle „Wege“ der Stiftung Lernwerk an den Standorten Kassel und Jena berät.",
            "Beratungsstelle „Wege“",
            {"Kassel", "Jena"},
        ),
        (
            "Das Projekt „Brücken bauen“ des Vereins Brückenbau e.V. (VBB) an den Standorten Gera und Suhl startet.",
            "Brücken bauen",
            {"Gera", "Suhl"},
        ),
        ("Die Servicestelle „Anerkennung jetzt“ der Beispiel GmbH am Standort Weimar berät.", "Servicestelle „Anerkennung jetzt“", {"Weimar"}),
    ],
)  # fmt: skip
def test_the_sites_after_a_carrier_in_the_genitive_are_the_project_s(
    text: str, unit: str, towns: set[str]
) -> None:
    located = _located(text)
    assert {(unit, t) for t in towns} <= located
    assert not any(u != unit for u, _ in located)


@pytest.mark.parametrize(
    ("text", "unit", "towns"),
    [
        ("Das Projekt „Brücken bauen“ (Standort Kassel) berät Zugewanderte.", "Brücken bauen", {"Kassel"}),
        ("Die Musterhilfe gGmbH [Standorte: Jena und Gera] berät.", "Musterhilfe gGmbH", {"Jena", "Gera"}),
        ("Das Projekt „Brücken bauen“ hat Standorte in Kassel, Jena und Marburg.", "Brücken bauen", {"Kassel", "Jena", "Marburg"}),
        ("Der Verein Brückenbau e.V. unterhält Büros in Erfurt und Suhl.", "Brückenbau e.V.", {"Erfurt", "Suhl"}),
        ("Die Beratungsstelle „Wege“ ist an den Standorten Gera und Jena vertreten.", "Beratungsstelle „Wege“", {"Gera", "Jena"}),
    ],
)  # fmt: skip
def test_a_unit_s_sites_in_brackets_or_as_a_plural(text: str, unit: str, towns: set[str]) -> None:
    assert {(unit, t) for t in towns} <= _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "towns"),
    [
        ("Die in Kassel ansässige Stiftung Lernwerk berät.", "Stiftung Lernwerk", {"Kassel"}),
        ("Der seit 2010 in Jena beheimatete Verein Brückenbau e.V. berät.", "Brückenbau e.V.", {"Jena"}),
        ("Die in Gera angesiedelte Beratungsstelle „Wege“ berät.", "Beratungsstelle „Wege“", {"Gera"}),
        ("Die Stiftung Lernwerk, die ihren Sitz in Kassel hat, berät.", "Stiftung Lernwerk", {"Kassel"}),
        ("Der Verein Brückenbau e.V., der seit 2010 in Jena und Gera ansässig ist, berät.", "Brückenbau e.V.", {"Jena", "Gera"}),
        ("Die Musterhilfe gGmbH ist in Erfurt und Suhl ansässig.", "Musterhilfe gGmbH", {"Erfurt", "Suhl"}),
        ("Die Musterhilfe gGmbH (MH) aus dem thüringischen Erfurt berät.", "Musterhilfe gGmbH", {"Erfurt"}),
        ("Die Beratungsstelle „Wege“ im sächsischen Chemnitz berät.", "Beratungsstelle „Wege“", {"Chemnitz"}),
        ("Die Beratungsstelle „Wege“, die sich in Gera befindet, berät.", "Beratungsstelle „Wege“", {"Gera"}),
        ("Die Stiftung Lernwerk, die sich seit 2019 in Jena befindet, berät.", "Stiftung Lernwerk", {"Jena"}),
        ("Das in Kassel gelegene Projekt „Brücken bauen“ berät.", "Brücken bauen", {"Kassel"}),
    ],
)  # fmt: skip
def test_a_participle_relative_clause_or_regional_adjective_placing_the_body(
    text: str, unit: str, towns: set[str]
) -> None:
    assert {(unit, t) for t in towns} <= _located(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die in Kassel tätige Stiftung Lernwerk berät.",
        "Die Stiftung Lernwerk, die in Kassel einen Fachtag veranstaltete, berät.",
        "Die Stiftung Lernwerk hat Kontakte in Kassel und Jena.",
        "Die Stiftung Lernwerk, die sich in Kassel engagiert, berät.",
        "In Nordhessen [Standort Kassel] berät die Stiftung Lernwerk.",
    ],
)
def test_acting_in_a_town_or_a_region_s_site_places_no_body(text: str) -> None:
    # the body is not placed (the Fachtag it held in Kassel is)
    assert not {(s, o) for s, o in _located(text) if s == "Stiftung Lernwerk"}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Der Verein Lernhaus e.V. berät seit 2010 Zugewanderte. Der Verein hat seinen Sitz in Kassel.",
            ("Lernhaus e.V.", "locatedIn", "Kassel"),
        ),
        (
            "Die Stiftung Lichtblick fördert Bildung. Sie hat ihren Sitz in Erfurt.",
            ("Stiftung Lichtblick", "locatedIn", "Erfurt"),
        ),
        (
            "Das Projekt „Kompass“ startet im Mai. Die Beratungsstelle befindet sich in Marburg.",
            ("Kompass", "locatedIn", "Marburg"),
        ),
        (
            "Die Lernhaus gGmbH und der Verein Brückenbau e.V. kooperieren. Der Verein hat seinen Sitz in Kassel.",
            ("Brückenbau e.V.", "locatedIn", "Kassel"),
        ),
    ],
)
def test_a_later_clause_places_the_body_its_subject_stands_for(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts_of("Titel\n\n" + text).relations


@pytest.mark.parametrize(
    "text",
    [
        "Petra Beispiel leitet den Verein Brückenbau e.V. Sie ist in Kassel aufgewachsen.",
        "Die Lernhaus gGmbH berät Zugewanderte. Der Verein hat seinen Sitz in Kassel.",
    ],
)
def test_no_seat_for_a_subject_that_stands_for_no_body_of_its_kind(text: str) -> None:
    assert not any(p == "locatedIn" for _, p, _ in facts_of("Titel\n\n" + text).relations)


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Am Montag fand die Fachtagung der Stiftung Lernwerk in Erfurt statt.", "Stiftung Lernwerk", "Erfurt"),
        ("Zur Jahreskonferenz des Vereins Brückenbau e.V. in Kassel kamen 200 Gäste.", "Brückenbau e.V.", "Kassel"),
        ("Der Workshop des Projekts „Neue Wege“ in Suhl war ausgebucht.", "Neue Wege", "Suhl"),
    ],
)  # fmt: skip
def test_a_town_after_a_body_in_an_event_s_genitive_is_the_event_s(text: str, unit: str, town: str) -> None:
    assert (unit, town) not in _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Die Tagung der Beispiel GmbH aus Gotha war gut besucht.", "Beispiel GmbH", "Gotha"),
        ("Mit der Eröffnung der Beratungsstelle „Ankommen“ in Gera startet das Projekt.", "Beratungsstelle „Ankommen“", "Gera"),
        ("Beim Fachtag des Vereins Brückenbau e.V. mit Sitz in Jena sprach Petra Beispiel.", "Brückenbau e.V.", "Jena"),
    ],
)  # fmt: skip
def test_a_seat_after_an_event_s_body_or_an_opened_unit_is_still_its_own(
    text: str, unit: str, town: str
) -> None:
    assert (unit, town) in _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "towns"),
    [
        ("Das Projekt „Neustart“ wird in Jena umgesetzt.", "Neustart", {"Jena"}),
        ("Das Projekt „Neustart“ wird seit 2019 in Jena und Gera angeboten.", "Neustart", {"Jena", "Gera"}),
        ("Die Beratungsstelle „Wege“ wurde in Kassel von der Stiftung Lernwerk durchgeführt.", "Beratungsstelle „Wege“", {"Kassel"}),
    ],
)  # fmt: skip
def test_a_project_carried_out_in_a_town(text: str, unit: str, towns: set[str]) -> None:
    assert {(unit, t) for t in towns} <= _located(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Lernwerk wird in Jena ausgezeichnet.",
        "Das Projekt „Neustart“ wird in Jena gefeiert.",
        "Die Musterhilfe gGmbH wird in Gera Kurse anbieten.",
    ],
)
def test_a_body_or_project_otherwise_done_in_a_town_is_not_placed_there(text: str) -> None:
    assert not _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Die Jenaer Beratungsstelle „Neustart“ berät Zugewanderte.", "Beratungsstelle „Neustart“", "Jena"),
        ("Die Kasseler Servicestelle „Ankommen“ hilft Betrieben.", "Servicestelle „Ankommen“", "Kassel"),
        ("Das Berliner Projekt „Neustart“ hilft Fachkräften.", "Neustart", "Berlin"),
    ],
)  # fmt: skip
def test_a_town_s_adjective_before_a_unit_is_its_seat(text: str, unit: str, town: str) -> None:
    assert (unit, town) in _located(text)


@pytest.mark.parametrize(
    ("text", "body", "town"),
    [
        ("Der Geraer Verein Ankerplatz e. V. hilft mit Sprachkursen.", "Ankerplatz e. V.", "Gera"),
        ("Unterstützt wird sie von der Kieler Firma Beispielbau GmbH.", "Beispielbau GmbH", "Kiel"),
        ("Beraterin Lena Holm vom Flensburger Verein Nordlicht Bildung e. V. kennt viele Fälle.", "Nordlicht Bildung e. V.", "Flensburg"),
        ("Die Rostocker Bildungsträgerin Lernweg gGmbH lädt ein.", "Lernweg gGmbH", "Rostock"),
    ],
)  # fmt: skip
def test_a_town_s_adjective_before_a_classifying_noun_is_the_body_s_seat_not_its_name(
    text: str, body: str, town: str
) -> None:
    assert (body, town) in _located(text)


def test_a_town_s_adjective_before_a_name_beginning_with_verein_fuer_stays_in_the_name() -> None:
    f = facts_of("Titel\n\nDer Hamburger Verein für Sozialarbeit e. V. lädt ein.")
    assert ("Organisation", "Hamburger Verein für Sozialarbeit e. V.") in f.entities


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Die Münchner Beratungsstelle „Kompass“ berät Zugewanderte.", "Beratungsstelle „Kompass“", "München"),
        ("Der Dresdner Verein Lernwerk e. V. lädt zum Fachtag ein.", "Lernwerk e. V.", "Dresden"),
        ("Das Göttinger Projekt „Anker“ hilft Pflegekräften.", "Anker", "Göttingen"),
    ],
)  # fmt: skip
def test_a_town_s_adjective_not_made_of_its_name_and_er_is_a_seat_too(
    text: str, unit: str, town: str
) -> None:
    assert (unit, town) in _located(text)


def test_a_land_s_adjective_before_a_unit_is_no_seat() -> None:
    assert not _located("Das Thüringer Projekt „Neustart“ hilft Fachkräften.")


@pytest.mark.parametrize(
    ("text", "unit", "towns"),
    [
        ("Das Projekt „Neustart“ ist in Jena und Gera aktiv.", "Neustart", {"Jena", "Gera"}),
        ("Die Beratungsstelle „Wege“ ist seit 2019 in Kassel tätig.", "Beratungsstelle „Wege“", {"Kassel"}),
        ("Das Projekt „Brücken bauen“ war in Erfurt vertreten.", "Brücken bauen", {"Erfurt"}),
    ],
)  # fmt: skip
def test_a_project_at_work_in_a_town(text: str, unit: str, towns: set[str]) -> None:
    assert {(unit, t) for t in towns} <= _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "towns"),
    [
        ("Das Projekt „Neustart“ berät Zugewanderte. Projektgebiet sind zunächst Jena und Gera.", "Neustart", {"Jena", "Gera"}),
        ("Das Einzugsgebiet der Beratungsstelle „Wege“ umfasst Kassel.", "Beratungsstelle „Wege“", {"Kassel"}),
        ("Einsatzgebiet des Projekts „Brücken bauen“ ist Erfurt.", "Brücken bauen", {"Erfurt"}),
    ],
)  # fmt: skip
def test_the_area_a_project_works_in(text: str, unit: str, towns: set[str]) -> None:
    assert {(unit, t) for t in towns} <= _located(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Musterhilfe gGmbH ist in Jena aktiv.",
        "Das Einzugsgebiet der Stiftung Lernwerk umfasst Kassel.",
        "Das Projekt „Neustart“ berät. Das Einzugsgebiet des Jobcenters Erfurt umfasst Erfurt.",
    ],
)
def test_a_body_at_work_or_a_body_s_area_places_no_project(text: str) -> None:
    assert not _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Es sprachen Petra Beispiel (Stiftung Lernwerk, Jena) und Karl Muster.", "Stiftung Lernwerk", "Jena"),
        ("Die Stiftung Lernwerk, Kassel, berät Betriebe.", "Stiftung Lernwerk", "Kassel"),
        ("Beteiligt sind die Beispiel GmbH, Gera, und der Verein Lernhaus e.V.", "Beispiel GmbH", "Gera"),
        ("Der Dank gilt der Musterhilfe gGmbH, Erfurt.", "Musterhilfe gGmbH", "Erfurt"),
    ],
)  # fmt: skip
def test_a_town_in_apposition_after_a_body(text: str, unit: str, town: str) -> None:
    assert (unit, town) in _located(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Lernwerk, Jena, Gera und Suhl bilden ein Bündnis.",
        "Gefördert von der Stiftung Lernwerk, Jena und Gera beraten.",
        "Die Stiftung Lernwerk, Jena, und Gera bilden ein Bündnis.",
    ],
)
def test_the_first_of_a_list_of_towns_after_a_body_is_no_apposition(text: str) -> None:
    assert not _located(text)


@pytest.mark.parametrize(
    ("body", "tie"),
    [
        ("Die Musterhilfe gGmbH (Kassel) stellte sich vor.", ("Musterhilfe gGmbH", "locatedIn", "Kassel")),
        ("Partner ist der Verein Lernwerk e. V. (Gießen).", ("Lernwerk e. V.", "locatedIn", "Gießen")),
        (
            "Es kamen die Stiftung Lichtblick (Marburg) und andere.",
            ("Stiftung Lichtblick", "locatedIn", "Marburg"),
        ),
    ],
)
def test_a_town_alone_in_brackets_after_a_body_is_its_seat(body: str, tie: tuple[str, str, str]) -> None:
    facts = facts_of("Titel\n\n" + body)
    assert tie in facts.relations
    assert ("Organisation", tie[2]) not in facts.entities  # the town is no short form of the body


@pytest.mark.parametrize(
    ("text", "body", "town"),
    [
        (
            "Die Glaswerk Nord GmbH aus dem nordhessischen Korbach stellt Fachkräfte ein.",
            "Glaswerk Nord GmbH",
            "Korbach",
        ),
        (
            "Die Stiftung Brückenschlag im sächsischen Zwickau fördert Projekte.",
            "Stiftung Brückenschlag",
            "Zwickau",
        ),
        (
            "Der Verein Lernwerk e. V. aus Kassel-Bettenhausen berät Zugewanderte.",
            "Lernwerk e. V.",
            "Kassel-Bettenhausen",
        ),
        ("Die Buchwerk GmbH aus Berlin-Buckow druckt das Heft.", "Buchwerk GmbH", "Berlin-Buckow"),
    ],
)
def test_a_town_after_a_regional_adjective_or_a_city_s_district_places_a_body(
    text: str, body: str, town: str
) -> None:
    assert (body, "locatedIn", town) in facts_of("Titel\n\n" + text, dt.date(2031, 5, 20)).relations


def test_two_places_joined_by_a_hyphen_are_no_city_s_district() -> None:
    text = "Der Verein Lernwerk e. V. aus Berlin-Brandenburg berät Zugewanderte."
    relations = facts_of("Titel\n\n" + text, dt.date(2031, 5, 20)).relations
    assert "Berlin-Brandenburg" not in {o for _, p, o in relations if p == "locatedIn"}


@pytest.mark.parametrize(
    ("text", "unit", "towns"),
    [
        ("Die Beratungsstelle „Kompass“ mit Sitz in Schwerin und Außenstellen in Wismar und Güstrow berät.", "Beratungsstelle „Kompass“", {"Schwerin", "Wismar", "Güstrow"}),
        ("Die Stiftung Lernhaus mit Hauptsitz in Lübeck sowie Büros in Kiel und Eutin lädt ein.", "Stiftung Lernhaus", {"Lübeck", "Kiel", "Eutin"}),
        ("Der Verein Lernwerk e. V. mit Sitz in Gera und einer Außenstelle in Jena wächst.", "Lernwerk e. V.", {"Gera", "Jena"}),
    ],
)  # fmt: skip
def test_more_sites_coordinated_after_a_seat_are_seats_too(text: str, unit: str, towns: set[str]) -> None:
    assert {(unit, t) for t in towns} <= _located(text)


def test_partners_coordinated_after_a_seat_are_no_sites() -> None:
    text = "Die Stiftung Lernhaus mit Sitz in Lübeck und Partnern in Kiel lädt ein."
    assert ("Stiftung Lernhaus", "Kiel") not in _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "towns"),
    [
        ("Das Projekt „Anker“ ist vor Ort in Rostock und Wismar aktiv.", "Anker", {"Rostock", "Wismar"}),
        ("Das Projekt „Anker“ ist seit 2029 auch in Güstrow vertreten.", "Anker", {"Güstrow"}),
        ("Der Verein Lernwerk e. V. ist inzwischen in Jena ansässig.", "Lernwerk e. V.", {"Jena"}),
    ],
)  # fmt: skip
def test_an_adverb_before_the_place_of_being_there(text: str, unit: str, towns: set[str]) -> None:
    assert {(unit, t) for t in towns} <= _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "venue"),
    [
        ("Die Servicestelle „Weitblick“ hat ihr Büro im Haus der Vereine in Rostock.", "Servicestelle „Weitblick“", "Haus der Vereine"),
        ("Die Servicestelle „Weitblick“ befindet sich im Kulturzentrum Alte Mühle.", "Servicestelle „Weitblick“", "Kulturzentrum Alte Mühle"),
        ("Der Verein Lernwerk e. V. hat seine Räume im Bürgerhaus Nordstadt in Kassel.", "Lernwerk e. V.", "Bürgerhaus Nordstadt"),
    ],
)  # fmt: skip
def test_a_seat_in_a_building_is_in_that_venue(text: str, unit: str, venue: str) -> None:
    assert (unit, venue) in _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "place"),
    [
        ("Die Beratungsstelle „Kompass“ im Kreis Steinburg berät Geflüchtete.", "Beratungsstelle „Kompass“", "Kreis Steinburg"),
        ("Das Projekt „Anker“ im Saarland begleitet Pflegekräfte.", "Anker", "Saarland"),
        ("Rat gibt der Verein Lernwerk e. V. im Kreis Pinneberg.", "Lernwerk e. V.", "Kreis Pinneberg"),
    ],
)  # fmt: skip
def test_a_district_or_land_after_im_is_where_the_unit_is(text: str, unit: str, place: str) -> None:
    assert (unit, place) in _located(text)


def test_a_district_after_an_event_s_genitive_body_is_the_event_s() -> None:
    text = "Die Fachtagung der Stiftung Lernhaus im Kreis Steinburg war gut besucht."
    assert ("Stiftung Lernhaus", "Kreis Steinburg") not in _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Unsere Projekte:\n- Lotsenhaus Nord (Träger: Stiftung Lernhaus)\n- Brückenbau Pflege, Husum\n", "Brückenbau Pflege", "Husum"),
        ("Partner im Netzwerk:\n• Verein Lernwerk e. V., Neumünster\n• Stiftung Lernhaus, Itzehoe\n", "Lernwerk e. V.", "Neumünster"),
        ("Die Teilprojekte:\n* Werkstatt Anerkennung, Elmshorn\n* Lotsenhaus Nord, Heide\n", "Werkstatt Anerkennung", "Elmshorn"),
    ],
)  # fmt: skip
def test_a_town_closing_a_bulleted_line_after_a_comma_is_the_item_s_seat(
    text: str, unit: str, town: str
) -> None:
    assert (unit, town) in _located(text)


def test_a_town_closing_a_bulleted_person_s_line_places_no_body() -> None:
    assert not _located("Es sprachen:\n- Petra Beispiel, Kiel\n- Jonas Muster, Lübeck\n")


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Die Beratungsstelle „Kompass“ hat seit Januar eine Außenstelle in Fulda.", "Beratungsstelle „Kompass“", "Fulda"),
        ("Die Stiftung Lernhaus unterhält ein zweites Büro in Marburg.", "Stiftung Lernhaus", "Marburg"),
        ("Der Verein Lernwerk e. V. hat einen neuen Standort in der Bahnhofstraße 4 in Gera.", "Lernwerk e. V.", "Gera"),
    ],
)  # fmt: skip
def test_one_site_more_in_a_town_is_a_seat(text: str, unit: str, town: str) -> None:
    assert (unit, town) in _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "towns"),
    [
        ("Sitz des Projekts „Kompass“ ist Kassel.", "Kompass", {"Kassel"}),
        ("Standorte der Stiftung Lernhaus sind Jena und Gera.", "Stiftung Lernhaus", {"Jena", "Gera"}),
        ("Der Hauptsitz des Vereins Lernwerk e. V. war Erfurt.", "Lernwerk e. V.", {"Erfurt"}),
        ("Weitere Standorte der Lernhafen GmbH sind außerdem Husum und Bredstedt.", "Lernhafen GmbH", {"Husum", "Bredstedt"}),
    ],
)  # fmt: skip
def test_a_seat_noun_whose_place_is_the_predicate(text: str, unit: str, towns: set[str]) -> None:
    assert {(unit, t) for t in towns} <= _located(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Sitz der Stiftung Lernhaus war lange in Kiel umstritten.",
        "Der Sitz der Stiftung Lernhaus ist Anfang 2030 umgezogen.",
    ],
)
def test_a_seat_noun_with_no_place_predicated_places_nothing(text: str) -> None:
    assert not _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "towns"),
    [
        ("Sie stellte das Projekt „Meisterweg“ vor, das in Hildesheim und Goslar Gesellen auf die Prüfung vorbereitet.", "Meisterweg", {"Hildesheim", "Goslar"}),
        ("Neu ist die Servicestelle „Anker“, die seit Mai in Kassel Pflegekräfte berät.", "Servicestelle „Anker“", {"Kassel"}),
        ("Das Projekt „Anker“, das in Gera umgesetzt wird, endet 2032.", "Anker", {"Gera"}),
    ],
)  # fmt: skip
def test_a_project_s_relative_clause_of_work_in_a_place(text: str, unit: str, towns: set[str]) -> None:
    assert {(unit, t) for t in towns} <= _located(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Lernhaus, die in Jena Kurse anbietet, wächst.",  # a body at work there has its seat elsewhere
        "Das Projekt „Anker“, das in Gera für Aufsehen sorgte, endet 2032.",
    ],
)
def test_a_relative_clause_of_other_doing_in_a_place_places_nothing(text: str) -> None:
    assert not _located(text)


def test_a_relative_clause_moved_behind_a_verb_particle_places_the_body() -> None:
    text = "Sie stellte den Verein Lernwerk e. V. vor, der in Kassel ansässig ist."
    assert ("Lernwerk e. V.", "Kassel") in _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "place"),
    [
        ("Das Projekt „Mobil beraten“ ist im Landkreis Harz ebenfalls vertreten.", "Mobil beraten", "Landkreis Harz"),
        ("Die Beratungsstelle „Kompass“ ist im Haus der Vereine ansässig.", "Beratungsstelle „Kompass“", "Haus der Vereine"),
        ("Der Verein Lernwerk e. V. ist in Gera seit 2010 ansässig.", "Lernwerk e. V.", "Gera"),
    ],
)  # fmt: skip
def test_being_there_after_im_or_with_an_adverb_after_the_place(text: str, unit: str, place: str) -> None:
    assert (unit, place) in _located(text)


def test_a_body_at_work_after_im_has_its_seat_elsewhere() -> None:
    assert not _located("Der Verein Lernwerk e. V. ist im Landkreis Harz ebenfalls aktiv.")
