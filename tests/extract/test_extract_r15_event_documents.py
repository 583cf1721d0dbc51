"""Events in whole invitations and programmes (round 15): a heading's name read to its field of work, a blank line
between a network's name and the event's heading, an invitation's "Datum:" under its headline; invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of

RELEASE = dt.date(2031, 2, 11)


def _events(text: str) -> list[tuple[str, dt.date | None]]:
    return facts_of(text, RELEASE).events


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Einladung\n\nFachtag Anerkennung in der Pflege\n\nTermin: 14. April 2031\nOrt: Haus Linde, Kassel",
            "Fachtag Anerkennung in der Pflege",
        ),
        (
            "Meldung\n\nDas Forum Vielfalt im Handwerk findet am 3. Juni 2031 in Gera statt.",
            "Forum Vielfalt im Handwerk",
        ),
        (
            "Meldung\n\nAm 9. Mai 2031 fand der Workshop Sprache in der Kinderbetreuung statt.",
            "Workshop Sprache in der Kinderbetreuung",
        ),
        (
            "Meldung\n\nDer Fachtag Willkommenskultur in der Gastronomie wurde am 2. März 2031 eröffnet.",
            "Fachtag Willkommenskultur in der Gastronomie",
        ),
    ],
)
def test_a_name_in_apposition_runs_on_to_its_field_of_work(text: str, label: str) -> None:
    assert [name for name, _ in _events(text)] == [label]


@pytest.mark.parametrize(
    "text",
    [
        "Meldung\n\nDer Fachtag Anerkennung in der Stadthalle fand am 3. Mai 2031 statt.",
        "Meldung\n\nAm 3. Mai 2031 fand der Fachtag Anerkennung in der Kreisstadt Gotha statt.",
    ],
)
def test_a_venue_or_town_after_the_name_in_apposition_is_no_part_of_it(text: str) -> None:
    assert [name for name, _ in _events(text)] == ["Fachtag Anerkennung"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Willkommen beim IQ Netzwerk Niedersachsen\n\nIQ-Fachforum „Wege öffnen“\nDatum: 12. März 2031",
            "IQ-Fachforum „Wege öffnen“",
        ),
        (
            "Start\n\nAktuelles vom IQ Landesnetzwerk Bayern\n\nFachtag „Ankommen“\nTermin: 4. Mai 2031",
            "Fachtag „Ankommen“",
        ),
        (
            "Start\n\nNeues aus dem IQ Netzwerk Sachsen\n\nWorkshop „Bewerben“ am 6. Juni 2031 in Zwickau",
            "Workshop „Bewerben“",
        ),
    ],
)
def test_a_network_closing_the_line_above_is_no_prefix_of_the_event_heading_below(
    text: str, label: str
) -> None:
    assert [name for name, _ in _events(text)] == [label]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            'IQ-Fachforum "Wege öffnen"\nDatum: Donnerstag, 12. März\nUhrzeit: 13:00 – 17:00 Uhr\nOrt: Rathaus Kiel',
            dt.date(2031, 3, 12),
        ),
        ("Fachtag „Ankommen“\nDatum: 4. Mai 2031\nOrt: Haus der Vereine, Gotha", dt.date(2031, 5, 4)),
        (
            "Werkstattgespräch Anerkennung\nDatum: 20.05.2031\nBeginn: 10 Uhr\n\nWir laden herzlich ein.",
            dt.date(2031, 5, 20),
        ),
    ],
)
def test_a_day_field_under_the_headline_opening_an_info_block_dates_the_event(
    text: str, day: dt.date
) -> None:
    assert [d for _, d in _events(text)] == [day]


def test_a_day_field_under_the_headline_with_no_fields_after_it_is_the_page_s_own() -> None:
    text = "Fachtag „Ankommen“ war ein Erfolg\nDatum: 10. Februar 2031\n\nDer Verein Lernwerk e. V. dankt allen Gästen."
    assert [d for _, d in _events(text)] in ([], [None])


def _speakers(text: str) -> set[str]:
    return {s for s, p, _ in facts_of(text, RELEASE).relations if p == "speakerAt"}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Programm\n\nDer Fachtag „Wege“ findet am 3. Mai 2031 in Kassel statt.\n"
            "10:00 Uhr | Diskussion | Jonas Muster, Petra Beispiel\n12:00 Uhr | Schlusswort | Karl Probe",
            {"Jonas Muster", "Petra Beispiel", "Karl Probe"},
        ),
        (
            "Programm\n\nDie Tagung „Brücken“ findet am 4. Juni 2031 in Gera statt.\n"
            "14:30 Uhr\tPodiumsdiskussion\tAnna Lind und Bernd Kalt",
            {"Anna Lind", "Bernd Kalt"},
        ),
        (
            "Programm\n\nDas Forum „Arbeit“ findet am 9. Juli 2031 in Jena statt.\n"
            "11 Uhr Diskussion: Lea Sommer, Verein Lernwerk e. V.",
            {"Lea Sommer"},
        ),
    ],
)
def test_a_programme_row_naming_a_debate_or_closing_word_in_its_cell_gives_its_speakers(
    text: str, speakers: set[str]
) -> None:
    assert speakers <= _speakers(text)


def test_a_table_row_of_a_debate_with_no_event_gives_no_speakers() -> None:
    text = "Zahlen\n\nThema | Diskussion | Jonas Muster\nDie Stadt Gera plant einen neuen Radweg."
    assert _speakers(text) == set()


def _places(text: str) -> set[str]:
    return {label for kind, label in facts_of(text, RELEASE).entities if kind == "Place"}


@pytest.mark.parametrize(
    ("text", "room"),
    [
        (
            "Einladung\n\nDer Fachtag „Wege“ findet am 3. Mai 2031 statt.\nOrt: Kongresszentrum Kassel, Saal 2",
            "Saal",
        ),
        ("Einladung\n\nDie Jobmesse findet am 5. Juni 2031 statt.\nOrt: Messehaus Gera, Halle 3", "Halle"),
        (
            "Einladung\n\nDas Forum „Arbeit“ ist am 9. Juli 2031.\nVeranstaltungsort: Haus Linde, Saal 12, Jena",
            "Saal",
        ),
    ],
)
def test_a_town_named_like_a_room_before_its_number_is_the_venue_s_room(text: str, room: str) -> None:
    assert room not in _places(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Meldung\n\nDie Jobmesse fand am 5. Juni 2031 in Halle statt.", "Halle"),
        ("Meldung\n\nDie Beratungsstelle in Saal an der Donau berät Zugewanderte.", "Saal"),
    ],
)
def test_a_town_named_like_a_room_without_a_number_stays_a_town(text: str, town: str) -> None:
    assert town in _places(text)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Zwei Termine\n\nAm 6. Mai findet in Kiel der Workshop „Bewerben“ statt. Es spricht Jonas Muster.\n\n"
            "Am 6. Mai findet in Lübeck außerdem das Forum „Anerkennen“ statt. Es spricht Petra Beispiel.",
            {"Workshop „Bewerben“", "Forum „Anerkennen“"},
        ),
        (
            "Programm\n\nDer Infoabend „Pflege“ beginnt am 3. Juni 2031 um 18 Uhr in Gera.\n"
            "Das Werkstattgespräch „Handwerk“ folgt am 3. Juni 2031 um 10 Uhr in Jena.",
            {"Infoabend „Pflege“", "Werkstattgespräch „Handwerk“"},
        ),
        (
            "Rückblick\n\nDer Fachtag „Wege“ fand am 12. März 2031 in Erfurt statt. Ebenfalls am 12. März 2031 "
            "tagte in Weimar die Konferenz „Brücken“.",
            {"Fachtag „Wege“", "Konferenz „Brücken“"},
        ),
    ],
)
def test_two_events_with_titles_of_their_own_on_one_day_stay_two(text: str, labels: set[str]) -> None:
    assert {name for name, _ in _events(text)} == labels


@pytest.mark.parametrize(
    "text",
    [
        "Meldung\n\nDer Fachtag „Wege“ findet am 6. Mai 2031 in Kiel statt. Zum Fachtag „Wege“ am 6. Mai 2031 "
        "lädt der Verein Lernwerk e. V. ein.",
        "Meldung\n\nDer Fachtag „Wege“ findet am 6. Mai 2031 in Kiel statt. Die Tagung am 6. Mai 2031 ist offen.",
    ],
)
def test_one_event_named_twice_on_its_day_stays_one(text: str) -> None:
    assert len(_events(text)) == 1


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Programm\n\nRegionalkonferenz Migration und Arbeit 2031\n\nWann: 23. September 2031",
            "Regionalkonferenz Migration und Arbeit 2031",
        ),
        (
            "Meldung\n\nDer Fachtag Vielfalt und Teilhabe fand am 3. Mai 2031 in Gera statt.",
            "Fachtag Vielfalt und Teilhabe",
        ),
        (
            "Meldung\n\nAm 3. Mai 2031 fand das Forum Sprache und Beruf in Jena statt.",
            "Forum Sprache und Beruf",
        ),
    ],
)
def test_two_words_joined_by_und_name_the_event_in_apposition(text: str, label: str) -> None:
    assert [name for name, _ in _events(text)] == [label]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Meldung\n\nBeim Fachtag Anerkennung und Petra Beispiel sprach am 3. Mai 2031 Karl Muster.",
            "Fachtag",
        ),
        ("Meldung\n\nDer Fachtag Hessen und Kassel fand am 3. Mai 2031 statt.", "Fachtag"),
    ],
)
def test_a_person_or_town_after_und_is_no_part_of_the_event_s_name(text: str, label: str) -> None:
    assert [name for name, _ in _events(text)] == [label]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rückblick\n\nDer Fachtag „Wege“ fand am 3. Januar 2031 in Gera statt. Einen Workshop hatte Anna Lind geleitet.",
            "Anna Lind",
        ),
        (
            "Rückblick\n\nAm 3. Januar 2031 fand in Jena die Tagung „Brücken“ statt. Das Forum wurde von Jonas Muster geleitet.",
            "Jonas Muster",
        ),
        (
            "Rückblick\n\nDie Konferenz „Arbeit“ fand am 4. Januar 2031 statt. Petra Beispiel hat die Arbeitsgruppe geleitet.",
            "Petra Beispiel",
        ),
    ],
)
def test_a_part_of_the_programme_led_in_the_perfect_or_passive_makes_a_speaker(
    text: str, speaker: str
) -> None:
    assert speaker in _speakers(text)


def test_a_project_led_by_a_person_at_an_event_s_day_makes_no_speaker() -> None:
    text = (
        "Meldung\n\nDer Fachtag „Wege“ fand am 3. Januar 2031 statt. Das Projekt wird von Anna Lind geleitet."
    )
    assert "Anna Lind" not in _speakers(text)


def _hosts(text: str) -> set[str]:
    return {o for _, p, o in facts_of(text, RELEASE).relations if p == "organisedBy"}


@pytest.mark.parametrize(
    ("text", "host", "whole"),
    [
        (
            "Einladung\n\nWorkshop „Bewerben“\nTermin: 4. Mai 2031\n"
            "Veranstalter: Verein Lernwerk e. V., ein Teilprojekt des IQ Netzwerks Hessen",
            "Lernwerk e. V.",
            "IQ Netzwerk Hessen",
        ),
        (
            "Meldung\n\nDer Fachtag „Wege“ fand am 3. Mai 2031 statt. Veranstaltet wurde er vom Verein Lernbrücke e. V., "
            "einem Partner im IQ Netzwerk Bayern.",
            "Lernbrücke e. V.",
            "IQ Netzwerk Bayern",
        ),
        (
            "Einladung\n\nForum „Arbeit“ am 9. Juli 2031 in Jena.\n"
            "Veranstalter: Stiftung Beispielhaus, eine Einrichtung der Stadt Jena",
            "Stiftung Beispielhaus",
            "Stadt Jena",
        ),
    ],
)
def test_the_body_an_apposition_makes_the_host_a_part_of_is_no_host(text: str, host: str, whole: str) -> None:
    hosts = _hosts(text)
    assert host in hosts
    assert whole not in hosts


def test_two_hosts_joined_by_und_stay_two() -> None:
    text = "Einladung\n\nFachtag „Wege“\nTermin: 4. Mai 2031\nVeranstalter: Verein Lernwerk e. V. und die Stadt Gera"
    assert {"Lernwerk e. V.", "Stadt Gera"} <= _hosts(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Programm\n\nFachtag „Wege“ am 3. Januar 2031 in Gera\n\n10:00 – 10:15   Begrüßung   Anna Lind\n"
            "12:00 – 12:30   Zusammenfassung   Karl Probe",
            "Karl Probe",
        ),
        (
            "Programm\n\nTagung „Brücken“ am 4. Januar 2031 in Jena\n\n16:00 Uhr Verabschiedung: Selma Vorlage, Stadt Jena",
            "Selma Vorlage",
        ),
        (
            "Programm\n\nForum „Arbeit“ am 5. Januar 2031 in Suhl\n\n15.30 Uhr | Zusammenfassung | Jonas Muster",
            "Jonas Muster",
        ),
    ],
)
def test_a_programme_item_summing_up_or_saying_goodbye_gives_its_speaker(text: str, speaker: str) -> None:
    assert speaker in _speakers(text)


def test_a_summary_in_a_table_with_no_event_gives_no_speaker() -> None:
    text = "Bericht\n\nKapitel   Zusammenfassung   Karl Probe\nDie Stadt Suhl baut eine neue Schule."
    assert _speakers(text) == set()


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Programm\n\nDer Fachtag Anerkennung in der Pflege findet am 3. Juni 2031 in Gera statt. Am Abend des 3. Juni "
            "2031 folgt dort der Infoabend „Ankommen“.",
            {"Fachtag Anerkennung in der Pflege", "Infoabend „Ankommen“"},
        ),
        (
            "Programm\n\nDie Jahrestagung 2031 findet am 8. Mai 2031 in Kiel statt. Am 8. Mai 2031 lädt zudem der "
            "Workshop „Bewerben“ ein.",
            {"Jahrestagung 2031", "Workshop „Bewerben“"},
        ),
        (
            "Programm\n\nDas Forum Sprache und Beruf findet am 2. April 2031 in Suhl statt. Am 2. April 2031 ist "
            "außerdem das Werkstattgespräch „Holz“ geplant.",
            {"Forum Sprache und Beruf", "Werkstattgespräch „Holz“"},
        ),
    ],
)
def test_an_event_named_in_apposition_and_a_titled_one_of_another_kind_on_one_day_stay_two(
    text: str, labels: set[str]
) -> None:
    assert {name for name, _ in _events(text)} == labels


@pytest.mark.parametrize(
    "text",
    [
        "Meldung\n\nDer 4. Fachtag findet am 6. Mai 2031 in Kiel statt. Die Tagung „Wege“ am 6. Mai 2031 ist offen.",
        "Meldung\n\nDer Fachtag Pflege findet am 6. Mai 2031 in Kiel statt. Zum Fachtag „Wege“ am 6. Mai 2031 lädt "
        "der Verein Lernwerk e. V. ein.",
    ],
)
def test_an_event_named_two_ways_on_its_day_stays_one(text: str) -> None:
    assert len(_events(text)) == 1


def _relations_of(text: str) -> set[tuple[str, str, str]]:
    return facts_of(text, RELEASE).relations


@pytest.mark.parametrize(
    ("text", "event", "host"),
    [
        (
            "Einladung\n\nFachtag Anerkennung in der Pflege\n\nTermin: 18. März 2031\nVeranstalter: Verein Lernwerk e. V.\n\n"
            "Am Abend des 18. März 2031 bietet die Stadt Gera den Infoabend „Ankommen“ an.",
            "Fachtag Anerkennung in der Pflege",
            "Lernwerk e. V.",
        ),
        (
            "Einladung\n\nWorkshop „Bewerben“\nTermin: 4. Mai 2031\nGastgeberin: Stiftung Beispielhaus\n\n"
            "Am 4. Mai 2031 findet außerdem das Forum „Arbeit“ statt.",
            "Workshop „Bewerben“",
            "Stiftung Beispielhaus",
        ),
        (
            "Einladung\n\nTagung „Brücken“\nWann: 9. Juli 2031\nVeranstalter: Verein Lernbrücke e. V.\n\n"
            "Ebenfalls am 9. Juli 2031 folgt der Infoabend „Pflege“.",
            "Tagung „Brücken“",
            "Lernbrücke e. V.",
        ),
    ],
)
def test_a_field_under_a_day_two_events_share_speaks_of_the_event_that_day_dates_there(
    text: str, event: str, host: str
) -> None:
    assert (event, "organisedBy", host) in _relations_of(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Meldung\n\nAm 3. Januar 2031 fand im Haus Linde der Infoabend „Pflege in Sachsen“ statt.",
            "Sachsen",
        ),
        (
            "Meldung\n\nDer Workshop „Arbeiten in Kassel“ fand am 3. Januar 2031 im Haus Linde statt.",
            "Kassel",
        ),
        ('Meldung\n\nAm 3. Januar 2031 fand im Haus Linde das Forum "Leben in Gera" statt.', "Gera"),
    ],
)
def test_a_place_in_a_quoted_title_is_no_place_of_the_event(text: str, town: str) -> None:
    relations = _relations_of(text)
    assert not any(p == "locatedIn" and o == town for _, p, o in relations)


def test_a_town_outside_the_quoted_title_stays_the_event_s_place() -> None:
    text = "Meldung\n\nAm 3. Januar 2031 fand in Gera der Infoabend „Pflege in Sachsen“ statt."
    assert ("Infoabend „Pflege in Sachsen“", "locatedIn", "Gera") in _relations_of(text)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        (
            "Termine\n\nMittwoch, 12. März 2031\nInfoabend „Anerkennung“\nVolkshochschule Kassel\n\n"
            "Mittwoch, 19. März 2031\nWorkshop „Bewerbung“\nStadtbibliothek Fulda",
            [
                ("Infoabend „Anerkennung“", dt.date(2031, 3, 12)),
                ("Workshop „Bewerbung“", dt.date(2031, 3, 19)),
            ],
        ),
        (
            "Kalender\n\n02.04.2031, 10 Uhr\nFachtag Pflege in der Altenpflege\nHaus Linde, Gera",
            [("Fachtag Pflege in der Altenpflege", dt.date(2031, 4, 2))],
        ),
        (
            "Vorschau\n\nDonnerstag, den 8. Mai 2031, 18:00 Uhr\nIQ-Netzwerktreffen „Sprache“",
            [("IQ-Netzwerktreffen „Sprache“", dt.date(2031, 5, 8))],
        ),
    ],
)
def test_a_day_alone_on_its_line_above_an_event_s_name_dates_that_event(
    text: str, events: list[tuple[str, dt.date]]
) -> None:
    assert sorted(_events(text)) == sorted(events)


@pytest.mark.parametrize(
    "text",
    [
        "Meldung\n\nStand: 12. März 2031\nFachtag „Anerkennung“ ist eine Reihe des Vereins Lernwerk e. V.",
        "Meldung\n\nMittwoch, 12. März 2031\nDie Stadt Gera baut eine neue Schule.",
    ],
)
def test_a_day_above_a_line_naming_no_event_or_a_page_s_state_dates_no_event(text: str) -> None:
    assert all(day is None for _, day in _events(text))


@pytest.mark.parametrize(
    ("text", "event", "town"),
    [
        ("Kalender\n\n12.01.2031 | Infoabend „Anerkennung“ | Kassel", "Infoabend „Anerkennung“", "Kassel"),
        ("Kalender\n\n19.01.2031\tWorkshop „Bewerbung“\tFulda\t18 Uhr", "Workshop „Bewerbung“", "Fulda"),
        (
            "Kalender\n\nFachtag „Pflege“ | 2. Januar 2031 | Bad Hersfeld |",
            "Fachtag „Pflege“",
            "Bad Hersfeld",
        ),
    ],
)
def test_a_town_in_a_cell_of_the_event_s_row_is_where_it_is_held(text: str, event: str, town: str) -> None:
    assert (event, "locatedIn", town) in _relations_of(text)


def test_a_town_in_a_cell_of_a_row_naming_no_event_places_no_event() -> None:
    text = "Meldung\n\nDer Fachtag „Pflege“ fand am 2. Januar 2031 statt.\n\nBeratungsstelle | Telefon\nLernwerk e. V. | Fulda"
    assert not any(p == "locatedIn" and s == "Fachtag „Pflege“" for s, p, _ in _relations_of(text))


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Programm\n\nFachtag „Wege“ am 3. Januar 2031 in Gera\n\nProgramm\nBegrüßung\nAnna Lind, Ministerin\n"
            "Vortrag\nJonas Muster, Stadt Gera",
            {"Anna Lind", "Jonas Muster"},
        ),
        (
            "Programm\n\nTagung „Brücken“ am 4. Januar 2031 in Jena\n\n10.00\nBegrüßung\nKarl Probe\n10.30\n"
            "Impulsvortrag\nSelma Vorlage",
            {"Karl Probe", "Selma Vorlage"},
        ),
        (
            "Programm\n\nForum „Arbeit“ am 5. Januar 2031 in Suhl\n\nGrußworte\nLea Sommer und Bernd Kalt\n",
            {"Lea Sommer", "Bernd Kalt"},
        ),
    ],
)
def test_a_programme_item_alone_on_its_line_is_given_by_the_persons_on_the_next(
    text: str, speakers: set[str]
) -> None:
    assert speakers <= _speakers(text)


def test_a_break_alone_on_its_line_gives_no_speaker() -> None:
    text = "Programm\n\nFachtag „Wege“ am 3. Januar 2031 in Gera\n\nMittagspause\nAnna Lind, Ministerin"
    assert "Anna Lind" not in _speakers(text)


@pytest.mark.parametrize(
    ("text", "venue", "town"),
    [
        (
            "Einladung\n\nDer Fachtag „Wege“ ist am 3. Mai 2031.\nOrt der Veranstaltung: Haus Linde, Gera",
            "Haus Linde",
            "Gera",
        ),
        (
            "Einladung\n\nDer Fachtag „Wege“ ist am 3. Mai 2031.\nOrt des Fachtags: Kulturhaus Ostwind, Jena",
            "Kulturhaus Ostwind",
            "Jena",
        ),
        (
            "Einladung\n\nDie Tagung „Brücken“ ist am 4. Mai 2031.\nOrt der Tagung: Haus der Vereine, Suhl",
            "Haus der Vereine",
            "Suhl",
        ),
    ],
)
def test_a_venue_field_naming_its_event_in_the_genitive_gives_the_venue(
    text: str, venue: str, town: str
) -> None:
    relations = _relations_of(text)
    assert any(p == "locatedIn" and o == venue for _, p, o in relations)
    assert (venue, "locatedIn", town) in relations


def test_a_field_of_another_place_in_the_genitive_gives_no_venue() -> None:
    text = "Einladung\n\nDer Fachtag „Wege“ ist am 3. Mai 2031.\nOrtsteil der Stadt: Lindenau"
    assert not any(p == "locatedIn" for _, p, _ in _relations_of(text))


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Meldung\n\nDer Infoabend „Wege“ fand am 3. Januar 2031 statt. Dort berichtet Anna Lind über ihren Weg.",
            {"Anna Lind"},
        ),
        (
            "Meldung\n\nDer Infoabend „Wege“ fand am 3. Januar 2031 in Gera statt. Es berichten Anna Lind und Jonas Muster.",
            {"Anna Lind", "Jonas Muster"},
        ),
        (
            "Meldung\n\nDie Tagung „Brücken“ fand am 4. Januar 2031 statt. Anschließend berichtet Ministerin Selma Vorlage.",
            {"Selma Vorlage"},
        ),
    ],
)
def test_a_talk_in_the_present_with_its_person_after_the_verb_makes_a_speaker(
    text: str, speakers: set[str]
) -> None:
    assert speakers <= _speakers(text)


def test_a_newspaper_reporting_in_the_present_makes_no_speaker() -> None:
    text = "Meldung\n\nDer Infoabend „Wege“ fand am 3. Januar 2031 statt. Dort berichtet die Zeitung über Anna Lind."
    assert "Anna Lind" not in _speakers(text)
