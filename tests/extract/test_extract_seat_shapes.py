"""Seats and datelines in shapes the dev texts lack, in sentences written for these tests: a dateline's date and
town, a firm's apposition with its town, a town's adjective opening a firm's name."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of


def _event_days(text: str) -> set[dt.date | None]:
    return {day for _, day in facts_of(text).events}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Fachtag „Arbeit für alle“\n\nLüneburg, 4. März 2031. – Der Verein Lernwerk e. V. lädt zum Fachtag "
            "„Arbeit für alle“ ein. Der Fachtag findet am 19. Mai 2031 im Rathaus statt.",
            dt.date(2031, 5, 19),
        ),
        (
            "Einladung\n\nSiegburg, 8. Februar 2030 – Zur Informationsveranstaltung „Wege in Arbeit“ bittet die Stiftung "
            "Beispielhilfe. Beginn der Informationsveranstaltung ist am 2. April 2030 um 10 Uhr.",
            dt.date(2030, 4, 2),
        ),
        (
            "Workshop\n\nCelle, 12.06.2032. – Einen Workshop für Betriebe bietet das Projekt „Brücken bauen“ an. "
            "Am 3. Juli 2032 findet der Workshop in der Volkshochschule statt.",
            dt.date(2032, 7, 3),
        ),
    ],
)  # fmt: skip
def test_a_datelines_date_is_the_releases_not_an_events(text: str, day: dt.date) -> None:
    days = _event_days(text)
    assert day in days
    assert len(days) == 1


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Neue Stelle\n\nGera, 5. Juni 2030. – Die Stiftung Beispielhilfe eröffnet heute ihre Beratungsstelle "
            "mit einem Empfang.",
            dt.date(2030, 6, 5),
        ),
        (
            "Empfang\n\nSuhl, 9. Mai 2031 – Mit einem Empfang feiert der Verein Lernwerk e. V. an diesem Tag sein "
            "Jubiläum.",
            dt.date(2031, 5, 9),
        ),
        (
            "Fest\n\nAlsfeld, 2. Oktober 2030. – Mit einem Fest startet jetzt das Projekt „Wege finden“.",
            dt.date(2030, 10, 2),
        ),
    ],
)  # fmt: skip
def test_an_event_on_the_datelines_day_keeps_it(text: str, day: dt.date) -> None:
    assert day in _event_days(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Neue Stelle\n\nWETZLAR. Der Verein Lernwerk e. V. wächst weiter.", "Wetzlar"),
        ("Neue Stelle\n\nKASSEL – Die Musterhilfe gGmbH stellt ihr Programm vor.", "Kassel"),
        ("Neue Stelle\n\nBAD HERSFELD. Die Stiftung Beispielhilfe lädt Betriebe ein.", "Bad Hersfeld"),
        ("Neue Stelle\n\nFRANKFURT AM MAIN – Die Stiftung Beispielhilfe lädt Betriebe ein.", "Frankfurt am Main"),
    ],
)  # fmt: skip
def test_a_dateline_in_capitals_is_a_place(text: str, town: str) -> None:
    assert ("Place", town) in facts_of(text).entities


def test_a_dateline_in_capitals_seats_the_office_it_opens() -> None:
    text = "Neue Stelle\n\nMARBURG. Die Beratungsstelle „Wege finden“ hat am Montag ihre Arbeit aufgenommen."
    assert ("Beratungsstelle „Wege finden“", "locatedIn", "Marburg") in facts_of(text).relations


@pytest.mark.parametrize(
    "text",
    [
        "Neue Stelle\n\nIQ – Die Stiftung Beispielhilfe lädt Betriebe ein.",
        "Neue Stelle\n\nDer Verein Lernwerk e. V. berät in NRW und der EU.",
    ],
)
def test_an_abbreviation_in_capitals_is_no_town(text: str) -> None:
    places = {label for kind, label in facts_of(text).entities if kind == "Place"}
    assert not places - {"Nordrhein-Westfalen"}


def _located(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Titel\n\n" + text).relations if p == "locatedIn"}


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Die Sonnenweg Pflege GmbH, ein ambulanter Dienst aus Eschwege, stellt zwei Fachkräfte ein.", "Sonnenweg Pflege GmbH", "Eschwege"),
        ("Auch die Bäckerei Korn GmbH, ein Familienbetrieb aus Hünfeld, bildet aus.", "Bäckerei Korn GmbH", "Hünfeld"),
        ("Petra Beispiel arbeitet bei der Musterpflege gGmbH, einem Pflegedienst aus dem nordhessischen Baunatal.", "Musterpflege gGmbH", "Baunatal"),
        ("Ausgezeichnet wurde der Verein Lernwerk e. V., eine kleine Initiative in Göttingen.", "Lernwerk e. V.", "Göttingen"),
    ],
)  # fmt: skip
def test_an_apposition_of_the_bodys_kind_gives_its_town(text: str, unit: str, town: str) -> None:
    assert (unit, town) in _located(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein Lernwerk e. V., ein Netzwerk von Betrieben in Kassel, berät.",
        "Die Musterpflege gGmbH, ein Partner der Stadt Kassel, bildet aus.",
    ],
)
def test_an_apposition_placing_something_else_gives_no_seat(text: str) -> None:
    assert not _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Die Beratungsstelle „Wege finden“ in Osterode berät Zugewanderte.", "Beratungsstelle „Wege finden“", "Osterode"),
        ("Der Verein Lernwerk e. V. aus Spremberg hilft mit.", "Lernwerk e. V.", "Spremberg"),
        ("Die Musterhilfe gGmbH hat ihren Sitz in Bad Krozingen.", "Musterhilfe gGmbH", "Bad Krozingen"),
    ],
)  # fmt: skip
def test_a_town_geonames_lists_without_population_is_read(text: str, unit: str, town: str) -> None:
    assert (unit, town) in _located(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Die Stelle in Osterode berät. Der Verein Lernwerk e. V. aus Osterode am Harz hilft mit.", "Osterode am Harz"),
        ("Der Verein Lernwerk e. V. aus Neumarkt in der Oberpfalz hilft. In Neumarkt wird beraten.", "Neumarkt in der Oberpfalz"),
        ("In Halle (Saale) berät die Stiftung Beispielhilfe. Auch in Halle gibt es Kurse.", "Halle (Saale)"),
    ],
)  # fmt: skip
def test_a_bare_town_is_the_one_the_release_names_qualified(text: str, town: str) -> None:
    places = {label for kind, label in facts_of("Titel\n\n" + text).entities if kind == "Place"}
    assert places == {town}


def test_a_bare_town_of_two_qualified_ones_stays_bare() -> None:
    text = (
        "Titel\n\nIn Frankfurt am Main und in Frankfurt (Oder) wird beraten. Auch in Frankfurt gibt es Kurse."
    )
    places = {label for kind, label in facts_of(text).entities if kind == "Place"}
    assert {"Frankfurt am Main", "Frankfurt (Oder)", "Frankfurt"} <= places


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Die Lotsenstelle „Ankommen im Beruf“ berät Zugewanderte in Göttingen.", "Lotsenstelle „Ankommen im Beruf“"),
        ("Rat gibt das Kontaktbüro „Neue Wege“ der Stiftung Beispielhilfe.", "Kontaktbüro „Neue Wege“"),
        ("Beim Beratungspunkt „Arbeit finden“ melden sich viele Fachkräfte.", "Beratungspunkt „Arbeit finden“"),
        ("Das IQ-Kontaktbüro „Brücken bauen“ öffnet am Montag.", "IQ Kontaktbüro „Brücken bauen“"),
    ],
)  # fmt: skip
def test_a_counselling_units_compound_before_a_quoted_name_is_a_subproject(text: str, unit: str) -> None:
    assert ("Subproject", unit) in facts_of("Titel\n\n" + text).entities


@pytest.mark.parametrize(
    "text",
    [
        "Der Schwerpunkt „Pflege“ bleibt auch 2031 bestehen.",
        "Die Pressestelle „Medien und Öffentlichkeit“ informiert.",
        "Das Reisebüro „Fernweh“ hat geschlossen.",
    ],
)
def test_a_compound_of_no_counselling_before_a_quoted_name_is_no_subproject(text: str) -> None:
    assert not {e for e in facts_of("Titel\n\n" + text).entities if e[0] == "Subproject"}


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Die Kasseler Brückenbau gGmbH berät Zugewanderte.", "Brückenbau gGmbH", "Kassel"),
        ("Bei der Jenaer Lernweg GmbH lernen zwölf Fachkräfte.", "Lernweg GmbH", "Jena"),
        ("Gefördert wird die Dresdner Musterhilfe Nord gGmbH.", "Musterhilfe Nord gGmbH", "Dresden"),
    ],
)  # fmt: skip
def test_a_towns_adjective_before_a_firms_coined_name_is_its_seat(text: str, unit: str, town: str) -> None:
    f = facts_of("Titel\n\n" + text)
    assert ("Organisation", unit) in f.entities
    assert (unit, "locatedIn", town) in f.relations


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Hamburger Volkshochschule GmbH bietet Kurse an.", "Hamburger Volkshochschule GmbH"),
        ("Auch die Berliner Hochbahn AG bildet aus.", "Berliner Hochbahn AG"),
        ("Der Kasseler Pflegedienst GmbH fehlen Fachkräfte.", "Kasseler Pflegedienst GmbH"),
    ],
)  # fmt: skip
def test_a_towns_adjective_before_a_kind_of_body_stays_in_the_name(text: str, name: str) -> None:
    assert ("Organisation", name) in facts_of("Titel\n\n" + text).entities


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Die Lernweg GmbH – ein Bildungsträger aus Gera – hilft.", "Lernweg GmbH", "Gera"),
        ("Die Musterhilfe gGmbH - eine Beratungsstelle in Weimar - berät.", "Musterhilfe gGmbH", "Weimar"),
        ("Geholfen hat der Verein Lernwerk e. V. – ein kleiner Träger aus Hameln.", "Lernwerk e. V.", "Hameln"),
    ],
)  # fmt: skip
def test_an_apposition_between_dashes_gives_the_town(text: str, unit: str, town: str) -> None:
    assert (unit, town) in _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Die Stiftung Beispielhilfe mit Sitz im hessischen Fulda berät.", "Stiftung Beispielhilfe", "Fulda"),
        ("Der Verein Lernwerk e. V. mit Hauptsitz im thüringischen Suhl wächst.", "Lernwerk e. V.", "Suhl"),
        ("Gefördert wird die Musterhilfe gGmbH mit Sitz im niedersächsischen Celle.", "Musterhilfe gGmbH", "Celle"),
    ],
)  # fmt: skip
def test_a_seat_in_a_towns_land_adjective_gives_the_town(text: str, unit: str, town: str) -> None:
    assert (unit, town) in _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Die Musterhilfe gGmbH ist ein Bildungsträger aus Kassel.", "Musterhilfe gGmbH", "Kassel"),
        ("Der Verein Lernwerk e. V. war ein kleiner Familienbetrieb mit Sitz in Gera.", "Lernwerk e. V.", "Gera"),
        ("Die Stiftung Beispielhilfe ist eine Initiative aus dem nordhessischen Korbach.", "Stiftung Beispielhilfe", "Korbach"),
    ],
)  # fmt: skip
def test_a_predicate_of_the_bodys_kind_gives_its_town(text: str, unit: str, town: str) -> None:
    assert (unit, town) in _located(text)


def test_a_predicate_of_a_kind_at_work_in_a_town_gives_no_seat() -> None:
    assert not _located("Die Lernweg GmbH ist ein wichtiger Partner in Jena.")


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Die Musterhilfe gGmbH, ein in Kassel ansässiger Bildungsträger, berät.", "Musterhilfe gGmbH", "Kassel"),
        ("Der Verein Lernwerk e. V., eine seit 2010 in Gera beheimatete Initiative, hilft.", "Lernwerk e. V.", "Gera"),
        ("Gefördert wird die Lernweg GmbH – ein in Jena angesiedeltes kleines Unternehmen.", "Lernweg GmbH", "Jena"),
    ],
)  # fmt: skip
def test_an_apposition_with_a_participle_of_being_settled_gives_the_town(
    text: str, unit: str, town: str
) -> None:
    assert (unit, town) in _located(text)


def test_an_apposition_with_a_participle_of_work_gives_no_seat() -> None:
    assert not _located("Die Musterhilfe gGmbH, ein in Kassel tätiger Bildungsträger, berät.")


@pytest.mark.parametrize(
    "text",
    [
        "Fachtag\n\nGöttingen, 1. September 2031. – Zum Fachtag „Arbeit für alle“ lädt das Projekt „Brücken bauen“ ein.",
        "Fachtag\n\nCelle, 3. März 2030 – Die Stiftung Beispielhilfe lädt Betriebe zu ihrem Fachtag „Vielfalt“ ein.",
        "Workshop\n\nHameln, 7. Mai 2032. – Ein Workshop des Vereins Lernwerk e. V. findet im Rathaus statt.",
    ],
)  # fmt: skip
def test_a_datelines_date_is_no_day_of_the_event_its_sentence_announces(text: str) -> None:
    days = _event_days(text)
    assert not days - {None}


def test_an_event_announced_for_today_keeps_the_datelines_date() -> None:
    text = "Fachtag\n\nLingen, 6. Juni 2031. – Das Projekt „Brücken bauen“ lädt heute zum Fachtag „Arbeit für alle“ ein."
    assert dt.date(2031, 6, 6) in _event_days(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Neu\n\nFulda (ots) – Die Musterhilfe gGmbH wächst.", "Fulda"),
        ("Neu\n\nHAMELN (ots). Die Stiftung Beispielhilfe lädt Betriebe ein.", "Hameln"),
        ("Neu\n\nLingen (pm) - Der Verein Lernwerk e. V. berät.", "Lingen"),
    ],
)  # fmt: skip
def test_a_datelines_town_before_a_press_services_tag_is_a_place(text: str, town: str) -> None:
    assert ("Place", town) in facts_of(text).entities
