"""Where a project works, told by its work there, in sentences written for these tests (relations/work_places.py)."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _located(text: str) -> set[tuple[str, str]]:
    f = facts_of("Titel\n\n" + text)
    return {(s, o) for s, p, o in f.relations if p == "locatedIn"}


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Das Projekt „Wege finden“ des Vereins Lernwerk e. V. berät in Gera und Jena.", {"Gera", "Jena"}),
        ("Das Projekt „Wege finden“ begleitet zugewanderte Pflegekräfte in Kassel.", {"Kassel"}),
        ("Das Projekt „Wege finden“ vermittelte seit 2020 in Kiel, Lübeck und Flensburg.", {"Kiel", "Lübeck", "Flensburg"}),
    ],
)  # fmt: skip
def test_a_project_named_as_the_subject_of_its_work_is_where_it_works(text: str, towns: set[str]) -> None:
    assert {("Wege finden", t) for t in towns} <= _located(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt „Wege finden“ des Vereins Lernwerk e. V. erhält 5.000 Euro. Es berät in Gera und Jena.",
        "Das Projekt „Wege finden“ ist neu. Es qualifiziert Fachkräfte in Gera und Jena.",
        "Das Projekt „Wege finden“ hat einen neuen Träger. Es vermittelte Fachkräfte in Gera und Jena.",
    ],
)
def test_a_pronoun_going_on_with_the_project_tells_where_it_works(text: str) -> None:
    assert {("Wege finden", "Gera"), ("Wege finden", "Jena")} <= _located(text)


@pytest.mark.parametrize(
    "text",
    [
        "Projekt „Wege finden“\nTräger: Verein Lernwerk e. V.\nDas Projekt hilft Pflegekräften. Die Kurse finden in Gera statt.",
        "Das Projekt „Wege finden“ startet im Mai. Die Sprechstunden finden dienstags in Gera statt.",
        "Das Projekt „Wege finden“ hilft Ärztinnen. Alle Sprachkurse fanden in Gera und Jena statt.",
    ],
)  # fmt: skip
def test_the_services_of_the_project_spoken_of_are_held_where_it_is(text: str) -> None:
    assert ("Wege finden", "Gera") in _located(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Musterhilfe berät in Gera und Jena.",  # a body at work has its seat elsewhere
        "Das Projekt „Wege finden“ startet im Mai.\n\nDie Kurse der Volkshochschule finden in Gera statt.",
        "Das Projekt „Wege finden“ berät Zugewanderte. Die Stiftung Musterhilfe berät in Gera.",
        "Mit dem Projekt „Wege finden“ berät der Verein Lernwerk e. V. in Gera.",
    ],
)
def test_work_of_a_body_or_of_others_places_no_project(text: str) -> None:
    assert not any(s == "Wege finden" for s, _ in _located(text))
    assert not any(o == "Gera" and s == "Wege finden" for s, o in _located(text))


def _seats(text: str) -> set[tuple[str, str]]:
    return _located("Das Projekt hilft Zugewanderten.\n\n" + text)


@pytest.mark.parametrize(
    ("line", "body", "town"),
    [
        ("Kontakt\nVerein Lernwerk e. V., Lindenallee 7, 07545 Gera", "Lernwerk e. V.", "Gera"),
        ("Kontakt: Stiftung Musterhilfe, Hauptstraße 12a, Kassel", "Stiftung Musterhilfe", "Kassel"),
        ("Anschrift: Beispiel Bildung gGmbH, Am Anger 2, 99084 Erfurt", "Beispiel Bildung gGmbH", "Erfurt"),
    ],
)  # fmt: skip
def test_the_body_opening_an_address_line_is_in_its_town(line: str, body: str, town: str) -> None:
    assert (body, town) in _seats(line)


@pytest.mark.parametrize(
    "line",
    [
        "Wir danken der Stiftung Musterhilfe, Lindenallee 7, 07545 Gera, für die Räume.",  # not opening the line
        "Kontakt: Stiftung Musterhilfe, Lindenallee, Gera und Jena",  # no house number: no address
        "Kontakt: Petra Beispiel, Stiftung Musterhilfe, Tel. 0361 12345",  # no town at all
    ],
)
def test_a_line_that_is_no_address_of_the_body_opening_it_places_nothing(line: str) -> None:
    assert not any(s == "Stiftung Musterhilfe" and o == "Gera" for s, o in _seats(line))


@pytest.mark.parametrize(
    "dateline",
    [
        "Kassel. Die Beratungsstelle „Wege finden“ hat am Montag ihre Arbeit aufgenommen.",
        "Kassel – Das Projekt „Wege finden“ startet im Mai mit zwei Beraterinnen.",
        "Kassel, 3. Mai 2031. Die Servicestelle „Wege finden“ nimmt heute ihre Arbeit auf.",
    ],
)
def test_the_dateline_s_town_is_the_seat_of_the_office_the_first_sentence_opens_with(dateline: str) -> None:
    assert any(o == "Kassel" and "Wege finden" in s for s, o in _located(dateline))


@pytest.mark.parametrize(
    "dateline",
    [
        "Kassel. Das Land Hessen fördert die Beratungsstelle „Wege finden“.",  # a body opens the sentence
        "Kassel. Die Beratungsstelle „Wege finden“ berät ab Mai auch in Fulda.",  # the sentence places it itself
        "Kassel. Seit Montag gibt es die Beratungsstelle „Wege finden“.",  # the office is no subject opening it
        "Kassel. Die Beratungsstelle „Wege finden“ feiert ihr zehnjähriges Bestehen.",  # no opening, no start
    ],
)
def test_a_dateline_before_another_subject_or_place_gives_no_seat(dateline: str) -> None:
    assert not any(o == "Kassel" and "Wege finden" in s for s, o in _located(dateline))


@pytest.mark.parametrize(
    "text",
    [
        "Die Beratungsstelle „Wege finden“ gehört zum IQ Netzwerk Hessen.\n\nDie Beratungsstelle berät seit 2029 in Gera und Jena.",
        "Das Projekt „Wege finden“ startet im Mai. Das Projekt begleitet Pflegekräfte in Gera und Jena.",
        "Die Anlaufstelle „Wege finden“ ist neu.\n\nDiese Anlaufstelle berät in Gera und Jena.",
    ],
)  # fmt: skip
def test_the_kind_noun_of_the_project_spoken_of_tells_where_it_works(text: str) -> None:
    located = _located(text)
    assert any("Wege finden" in s and o == "Gera" for s, o in located)
    assert any("Wege finden" in s and o == "Jena" for s, o in located)


def test_a_kind_noun_of_another_kind_in_another_paragraph_places_no_project() -> None:
    text = "Das Projekt „Wege finden“ startet im Mai.\n\nDie Beratungsstelle berät in Gera und Jena."
    assert not any("Wege finden" in s for s, _ in _located(text))


@pytest.mark.parametrize(
    ("text", "unit", "towns"),
    [
        ("In Gera und Jena berät das Projekt „Wege finden“ Zugewanderte.", "Wege finden", {"Gera", "Jena"}),
        ("Vor Ort in Gera begleitet die Beratungsstelle „Wege finden“ Pflegekräfte.", "Beratungsstelle „Wege finden“", {"Gera"}),
        ("In Gera hat der Verein Lernwerk e. V. seit 2010 seinen Sitz.", "Lernwerk e. V.", {"Gera"}),
        ("Das Projekt „Wege finden“ bietet in Gera und Jena Sprechstunden an.", "Wege finden", {"Gera", "Jena"}),
    ],
)  # fmt: skip
def test_places_fronted_before_the_verb_and_its_subject_or_an_offer_place_the_unit(
    text: str, unit: str, towns: set[str]
) -> None:
    assert {(unit, t) for t in towns} <= _located(text)


@pytest.mark.parametrize(
    "text",
    [
        "In Gera berät die Stiftung Musterhilfe Zugewanderte.",  # a body at work: its seat may be elsewhere
        "In Gera hat die Stiftung Musterhilfe viele Freunde.",  # no seat
        "In Gera berät seit Mai eine neue Stelle.",  # no unit named
    ],
)
def test_fronted_places_before_a_body_s_work_or_no_seat_place_nothing(text: str) -> None:
    assert not any(o == "Gera" for _, o in _located(text))


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("In Lübeck öffnet am kommenden Montag die Beratungsstelle „Weitblick“ ihre Türen.", "Beratungsstelle „Weitblick“", "Lübeck"),
        ("In Rostock startet im Juni das Projekt „Weitblick“.", "Weitblick", "Rostock"),
        ("In Wismar gibt es seit Mai 2030 die Servicestelle „Weitblick“.", "Servicestelle „Weitblick“", "Wismar"),
        ("In Güstrow hat die Beratungsstelle „Weitblick“ ihre Arbeit aufgenommen.", "Beratungsstelle „Weitblick“", "Güstrow"),
        ("In Schwerin nimmt die Servicestelle „Neustart“ nun ihre Arbeit auf.", "Servicestelle „Neustart“", "Schwerin"),
    ],
)  # fmt: skip
def test_a_project_opening_or_starting_after_a_fronted_place_is_there(
    text: str, unit: str, town: str
) -> None:
    assert (unit, town) in _located(text)


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Das Projekt „Weitblick“ startet am 1. März in Rostock.", "Weitblick", "Rostock"),
        ("Die Beratungsstelle „Weitblick“ öffnet in Wismar ihre Türen.", "Beratungsstelle „Weitblick“", "Wismar"),
        ("Die Servicestelle „Kompass“ eröffnete im Herbst in Erfurt ein zweites Büro.", "Servicestelle „Kompass“", "Erfurt"),
    ],
)  # fmt: skip
def test_a_project_named_as_the_subject_of_its_opening_is_where_it_opens(
    text: str, unit: str, town: str
) -> None:
    assert (unit, town) in _located(text)


@pytest.mark.parametrize(
    "text",
    [
        "In Erfurt eröffnete die Stiftung Lernhaus ein Büro.",  # a body opening an office has its seat elsewhere
        "In Kiel berät Petra Beispiel von der Beratungsstelle „Weitblick“ Pflegekräfte.",
        "Die Stiftung Lernhaus startet in Jena eine Kampagne.",
    ],
)
def test_an_opening_by_a_body_or_a_person_places_no_project(text: str) -> None:
    assert not _located(text)


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Das Projekt „Wege finden“ berät Zugewanderte. Standorte: Kassel, Fulda und Marburg.", {"Kassel", "Fulda", "Marburg"}),
        ("Das Projekt „Wege finden“ hilft Pflegekräften. Beratungsorte sind Gera und Jena.", {"Gera", "Jena"}),
        ("Das Projekt „Wege finden“ startet im Mai. Beraten wird dienstags in Kiel und Lübeck.", {"Kiel", "Lübeck"}),
    ],
)  # fmt: skip
def test_the_sites_of_the_project_spoken_of_are_where_it_is(text: str, towns: set[str]) -> None:
    assert {("Wege finden", t) for t in towns} <= _located(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Musterhilfe berät Zugewanderte. Standorte sind Kassel und Fulda.",
        "Das Projekt „Wege finden“ startet im Mai.\n\nStandorte: Kassel und Fulda.",
    ],
)
def test_sites_without_a_project_in_the_paragraph_place_nothing(text: str) -> None:
    assert not any(s == "Wege finden" for s, _ in _located(text))


@pytest.mark.parametrize(
    ("text", "unit", "towns"),
    [
        ("Weitere Standorte der Stiftung Lernhaus sind Husum und Bredstedt, wo das Projekt „Anker“ Pflegekräfte begleitet.", "Anker", {"Husum", "Bredstedt"}),
        ("Die Stiftung Lernhaus lädt nach Jena, wo die Beratungsstelle „Kompass“ seit Mai berät.", "Beratungsstelle „Kompass“", {"Jena"}),
        ("Viele Fachkräfte ziehen nach Gera, wo seit 2030 das Projekt „Anker“ hilft.", "Anker", {"Gera"}),
    ],
)  # fmt: skip
def test_a_project_opening_a_where_clause_after_places_is_there(
    text: str, unit: str, towns: set[str]
) -> None:
    assert {(unit, t) for t in towns} <= _located(text)


def test_a_body_opening_a_where_clause_is_not_placed() -> None:
    assert not _located("Sie wohnt in Gera, wo der Verein Lernwerk e. V. Kurse anbietet.")
