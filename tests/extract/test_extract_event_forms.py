"""Speakers and places of events in further forms German reports use, in sentences written for these tests: an
announcement before the guests, a programme's item named by its kind and a colon, an opening told by its verb
before the text names it by its noun, a venue named by its kind and its town."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of

RELEASE = dt.date(2031, 5, 20)


def _relations(text: str, predicate: str, date: dt.date | None = RELEASE) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Titel\n\n" + text, date).relations if p == predicate}


def _speakers(text: str, date: dt.date | None = RELEASE) -> set[str]:
    return {s for s, _ in _relations(text, "speakerAt", date)}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Petra Beispiel kündigte neue Kurse an.",
        "Am 12. März fand der Fachtag statt. Für den Herbst kündigten Petra Beispiel und Karl Muster eine Messe an.",
        "Am 12. März fand der Fachtag statt. Die Leiterin Petra Beispiel kündigte an, dass die Beratung wächst.",
    ],
)
def test_an_announcement_at_an_event_held_makes_a_speaker(text: str) -> None:
    assert "Petra Beispiel" in _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. Juni findet der Fachtag statt. Petra Beispiel kündigte neue Kurse an.",
        "Am 12. März fand der Fachtag statt. Petra Beispiel kündigte ihren Vertrag.",
        "Am 12. März fand der Fachtag statt. Petra Beispiel kündigte den Mietvertrag zum Jahresende.",
    ],
)
def test_an_announcement_before_an_event_or_a_notice_given_makes_no_speaker(text: str) -> None:
    assert _speakers(text) == set()


@pytest.mark.parametrize(
    "programme",
    [
        "10:20 Uhr Impuls: Dr. Petra Beispiel, Hochschule Musterstadt",
        "Impulsreferat: Petra Beispiel (Verein Lernwerk e. V.)",
        "11.00 Uhr Lesung: Petra Beispiel, Autorin",
        "14:00 Uhr Input: Petra Beispiel, Stiftung Musterhilfe",
    ],
)
def test_a_programme_item_named_by_its_kind_and_a_colon_makes_a_speaker(programme: str) -> None:
    text = (
        "Die Stiftung Musterhilfe lädt am 12. Juni 2031 zum Fachtag „Arbeit finden“ nach Kassel ein.\n\n"
        f"Programm\n\n10:00 Uhr Begrüßung: Karl Muster, Stiftung Musterhilfe\n{programme}\n"
    )
    assert {"Karl Muster", "Petra Beispiel"} <= _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Musterhilfe lädt am 12. Juni 2031 zum Fachtag nach Kassel ein.\n\nKontakt: Petra Beispiel, Referat: Öffentlichkeitsarbeit",
        "Am 12. März fand der Fachtag statt. Fazit der Gäste: Petra Beispiel hat recht.",
    ],
)  # fmt: skip
def test_a_colon_after_other_words_makes_no_speaker(text: str) -> None:
    assert "Petra Beispiel" not in _speakers(text)


_OPENING = "Beratungsstelle in Musterstadt eröffnet\n\n{first}\n\n„Wir freuen uns“, sagte Karl Muster bei der Eröffnung."


@pytest.mark.parametrize(
    "first",
    [
        "Landrätin Petra Beispiel eröffnete die Räume in der Lindenstraße gemeinsam mit Bürgermeister Jonas Muster.",
        "Die neuen Büros eröffneten Petra Beispiel und Jonas Muster am Vormittag.",
        "Das Büro wurde von Petra Beispiel und Jonas Muster eröffnet.",
    ],
)
def test_an_opening_told_by_its_verb_before_its_noun_gives_its_speakers(first: str) -> None:
    speakers = _speakers(_OPENING.format(first=first), None)
    assert {"Petra Beispiel", "Jonas Muster", "Karl Muster"} <= speakers


@pytest.mark.parametrize(
    "first",
    [
        "Petra Beispiel hatte 2019 eine erste Stelle in Beispielheim eröffnet.",
        "Vor zwei Jahren eröffnete Petra Beispiel eine Stelle in Beispielheim.",
    ],
)
def test_an_opening_of_another_time_gives_no_speaker(first: str) -> None:
    assert "Petra Beispiel" not in _speakers(_OPENING.format(first=first), None)


@pytest.mark.parametrize(
    ("text", "venue", "town"),
    [
        ("Der Fachtag fand am 12. März in der Stadthalle Fulda statt.", "Stadthalle Fulda", "Fulda"),
        ("Am 12. März kamen 80 Gäste zum Fachtag ins Rathaus Kassel.", "Rathaus Kassel", "Kassel"),
        ("Das Netzwerktreffen am 12. März im Bürgerhaus Marburg war gut besucht.", "Bürgerhaus Marburg", "Marburg"),
    ],
)  # fmt: skip
def test_a_venue_named_by_its_kind_and_its_town_is_in_that_town(text: str, venue: str, town: str) -> None:
    located = _relations(text, "locatedIn")
    assert (venue, town) in located
    assert any(o == venue for _, o in located)  # the event's venue


_HANDOVER = "Am 12. März übergab der Verein Lernwerk e. V. in Kassel die Urkunden.\n\n{middle}\n\n{last}"


@pytest.mark.parametrize(
    "last",
    [
        "„Beratung wirkt“, erklärte Petra Beispiel.",
        "Petra Beispiel betonte, die Beratung wirke.",
        "„Wir bleiben dran“, sagte die Vorsitzende Petra Beispiel.",
    ],
)
def test_speech_a_paragraph_about_other_things_after_the_event_is_a_statement_of_its_own(last: str) -> None:
    middle = "Zusätzlich zahlt die Stadt Kassel 5.000 Euro. Im Vorjahr gab es 300 Beratungen."
    assert "Petra Beispiel" not in _speakers(_HANDOVER.format(middle=middle, last=last))


@pytest.mark.parametrize(
    "middle",
    [
        "Karl Muster betonte die Rolle der Betriebe.",
        "„Es geht voran“, sagte Karl Muster bei der Übergabe.",
        "Die Übergabe fand im Rathaus statt.",
    ],
)
def test_speech_goes_on_after_a_paragraph_telling_of_the_event_or_its_speakers(middle: str) -> None:
    last = "„Beratung wirkt“, erklärte Petra Beispiel."
    assert "Petra Beispiel" in _speakers(_HANDOVER.format(middle=middle, last=last))


@pytest.mark.parametrize(
    ("field", "venue", "town"),
    [
        ("Ort: Kulturhaus Lindenhof, Am Markt 2, 35390 Gießen", "Kulturhaus Lindenhof", "Gießen"),
        ("Veranstaltungsort: Stadtbibliothek Nord, Lindenstraße 4, Fulda", "Stadtbibliothek Nord", "Fulda"),
        ("Tagungsort: Haus der Vielfalt, Brückenstraße 5, 34117 Kassel", "Haus der Vielfalt", "Kassel"),
    ],
)  # fmt: skip
def test_a_venue_field_under_the_hours_line_is_named_without_its_field_word(
    field: str, venue: str, town: str
) -> None:
    text = f"Fachtag „Arbeit und Vielfalt“\nDonnerstag, 26. Juni 2031, 10 bis 15 Uhr\n{field}\n"
    located = _relations(text, "locatedIn")
    assert (venue, town) in located
    assert not any(":" in s or ":" in o for s, o in located)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Am 12. März fand der Fachtag im Erwin-Beispiel-Haus statt.", "Erwin-Beispiel-Haus"),
        ("Rund 80 Gäste kamen am 12. März zum Fachtag in die Karla-Muster-Halle.", "Karla-Muster-Halle"),
        ("Das Netzwerktreffen am 12. März in der Jonas-Probe-Schule war gut besucht.", "Jonas-Probe-Schule"),
    ],
)  # fmt: skip
def test_a_building_named_after_a_person_with_hyphens_is_the_venue(text: str, venue: str) -> None:
    assert any(o == venue for _, o in _relations(text, "locatedIn"))


def test_a_hyphenated_name_of_a_body_is_no_building() -> None:
    f = facts_of("Titel\n\nAm 12. März fand der Fachtag im Max-Muster-Institut statt.", RELEASE)
    assert ("Place", "Max-Muster-Institut") not in f.entities


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("Kassel, 2. Mai 2031. Ministerin Petra Beispiel hat heute den Fachtag „Vielfalt“ eröffnet.", dt.date(2031, 5, 2)),
        ("Kassel, 02.05.2031 – Gestern fand der Fachtag „Vielfalt“ statt.", dt.date(2031, 5, 1)),
        ("Jena, den 2. Mai 2031. Am heutigen Freitag fand der Fachtag „Vielfalt“ statt.", dt.date(2031, 5, 2)),
    ],
)  # fmt: skip
def test_a_relative_day_is_read_against_the_dateline_s_day(dateline: str, day: dt.date) -> None:
    events = facts_of("Titel\n\n" + dateline, dt.date(2031, 5, 6)).events  # published four days later
    assert [d for _, d in events] == [day]


_LONG_MINISTRY = (
    "Ministerium für Arbeit, Soziales, Gesundheit, Frauen, Familie, Jugend, Integration und Verbraucherschutz"
)


@pytest.mark.parametrize(
    "second",
    [
        f"Die Konferenz wurde vom {_LONG_MINISTRY} ausgerichtet.",
        f"Sie wurde gemeinsam vom {_LONG_MINISTRY} organisiert.",
        f"Veranstaltet wurde sie am Ende vom {_LONG_MINISTRY}.",
    ],
)
def test_a_passive_with_a_ministry_s_long_name_as_its_agent_names_the_organiser(second: str) -> None:
    text = f"Am 14. Mai fand die Fachkonferenz „Anerkennung“ statt. {second}"
    assert ("Fachkonferenz „Anerkennung“", _LONG_MINISTRY) in _relations(text, "organisedBy")


@pytest.mark.parametrize(
    "second",
    [
        "Beim Fachtag der Stiftung am 12. März 2031 in Kassel diskutierte sie mit Betrieben.",
        "Auf der Tagung „Arbeit und Vielfalt“ am 12. März 2031 in Kassel sprach sie über Anerkennung.",
        "Während des Fachtags am 12. März 2031 im Rathaus Kassel moderierte sie das Podium.",
    ],
)
def test_a_pronoun_behind_the_event_the_sentence_opens_at_speaks_there(second: str) -> None:
    text = f"Petra Beispiel leitet die Stiftung Musterhilfe. {second}"
    assert "Petra Beispiel" in _speakers(text)


@pytest.mark.parametrize(
    "second",
    [
        "Beim Fachtag der Stiftung am 12. März 2031 in Kassel waren sie und Karl Muster nur Gäste.",
        "Beim Fachtag der Stiftung am 12. März 2031 in Kassel diskutierten sie mit Betrieben.",
    ],
)
def test_a_plural_or_a_pronoun_that_is_no_subject_behind_the_event_makes_no_speaker(second: str) -> None:
    text = f"Petra Beispiel leitet die Stiftung Musterhilfe. {second}"
    assert "Petra Beispiel" not in _speakers(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Am Montag hat in Kassel der Fachtag „Vielfalt“ begonnen.", dt.date(2031, 5, 19)),
        ("Am Freitag hat in Kassel der Fachtag „Vielfalt“ stattgefunden.", dt.date(2031, 5, 16)),
        ("Am Samstagnachmittag haben 80 Gäste am Fachtag „Vielfalt“ in Kassel teilgenommen.", dt.date(2031, 5, 17)),
    ],
)  # fmt: skip
def test_a_bare_weekday_in_a_perfect_without_ge_is_the_last_such_day(text: str, day: dt.date) -> None:
    assert [d for _, d in facts_of("Titel\n\n" + text, RELEASE).events] == [day]  # released on a Tuesday


@pytest.mark.parametrize(
    "second",
    [
        "In ihrer Rede führte Petra Beispiel aus, wie die Beratung wirkt.",
        "Petra Beispiel fügte hinzu, dass die Beratung wachse.",
        "Die Lage der Betriebe legte Petra Beispiel in ihrem Beitrag dar.",
        "Petra Beispiel versicherte, das Land bleibe an Bord.",
        "Zufrieden bilanzierte Petra Beispiel den Tag.",
    ],
)
def test_more_verbs_of_reported_speech_at_an_event_held_make_a_speaker(second: str) -> None:
    assert "Petra Beispiel" in _speakers(f"Am 12. März fand der Fachtag „Vielfalt“ statt. {second}")


@pytest.mark.parametrize(
    "second",
    [
        "Petra Beispiel zeigte den Gästen den Saal.",
        "Petra Beispiel führte die Gäste durch das Haus und dann in den Garten.",
        "Petra Beispiel legte einen Kranz nieder.",
    ],
)
def test_showing_a_room_leading_a_tour_or_laying_a_wreath_make_no_speaker(second: str) -> None:
    assert "Petra Beispiel" not in _speakers(f"Am 12. März tagte der Landesbeirat. {second}")


@pytest.mark.parametrize(
    "first",
    [
        "Am 12. März fand in Kassel der Fachtag „Vielfalt“ statt.",
        "Rund 90 Gäste kamen am 12. März zur Jahrestagung des Vereins Lernwerk e. V.",
        "Am 12. März lud die Stiftung Musterhilfe zum Netzwerktreffen nach Kassel.",
    ],
)
def test_speech_after_a_paragraph_about_other_things_still_belongs_to_a_gathering(first: str) -> None:
    middle = "Mit einem Stand war auch das Projekt „Wege finden“ dabei. Es berät in Kassel."
    last = "„Es war ein guter Tag“, bilanzierte Petra Beispiel zum Abschluss."
    assert "Petra Beispiel" in _speakers(f"{first}\n\n{middle}\n\n{last}")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Vom 9. bis 10. März trafen sich 200 Gäste zu den Fachkräftetagen Nordhessen.", "Fachkräftetage Nordhessen"),
        ("Am 12. März fand in Kassel der Integrationstag „Vielfalt“ statt.", "Integrationstag „Vielfalt“"),
        ("Die Themenwoche „Arbeit“ begann am 12. März mit einem Empfang.", "Themenwoche „Arbeit“"),
        ("Die Aktionstage Nordhessen fanden am 12. und 13. März statt.", "Aktionstage Nordhessen"),
        ("Am 12. März kamen 80 Gäste zu den Praxistagen Mittelhessen.", "Praxistage Mittelhessen"),
    ],
)  # fmt: skip
def test_days_and_weeks_named_after_their_subject_are_events(text: str, label: str) -> None:
    assert [name for name, _ in facts_of("Titel\n\n" + text, RELEASE).events] == [label]


@pytest.mark.parametrize(
    "text",
    [
        "Staatssekretär Karl Muster hat am 12. März die Beratungsstelle „Wege finden“ in Jena besucht.",
        "Am 12. März haben Abgeordnete die Beratungsstelle „Wege finden“ besucht.",
        "Die Ministerin besuchte am 12. März die Beratungsstelle „Wege finden“ in Jena.",
    ],
)
def test_a_visit_told_by_its_verb_is_named_by_the_office_visited(text: str) -> None:
    events = [name for name, _ in facts_of("Titel\n\n" + text, RELEASE).events]
    assert events == ["Besuch der Beratungsstelle „Wege finden“"]


def test_courses_visited_in_the_present_are_no_visit() -> None:
    text = "Seit dem 12. März besucht Karl Muster den Kurs der Beratungsstelle „Wege finden“."
    assert facts_of("Titel\n\n" + text, RELEASE).events == []


def _events_of(text: str) -> list[str]:
    return [name for name, _ in facts_of(text, RELEASE).events]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Erfolgreicher Fachtag in Gera\n\nAm 12. März fand der Fachtag statt.", "Fachtag"),
        ("Gelungener Auftakt in Jena\n\nAm 12. März war Auftakt der Reihe „Vielfalt“.", "Auftakt der Reihe „Vielfalt“"),
        ("Kasseler Fachtag ein Erfolg\n\nAm 12. März fand der Fachtag statt.", "Kasseler Fachtag"),
        ("Bremer Netzwerktreffen\n\nAm 12. März fand das Netzwerktreffen statt.", "Bremer Netzwerktreffen"),
    ],
)  # fmt: skip
def test_a_headline_s_first_adjective_names_the_event_only_where_it_is_a_town_s(
    text: str, label: str
) -> None:
    assert _events_of(text) == [label]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Rückblick: Netzwerktreffen in Fulda\n\nAm 12. März trafen sich 40 Fachleute im Bürgerhaus.", "Netzwerktreffen"),
        ("Titel\n\nDie Jahrestagung „Vielfalt“ ist ein fester Termin. Am 12. März tagte man in Kassel.", "Jahrestagung „Vielfalt“"),
        ("Titel\n\nZur Jubiläumsfeier lädt der Verein jedes Jahr. Am 12. März feierten 90 Gäste in Kassel.", "Jubiläumsfeier"),
    ],
)  # fmt: skip
def test_an_event_verb_reports_the_event_named_before_by_a_noun_of_that_verb(text: str, label: str) -> None:
    assert _events_of(text) == [label]


@pytest.mark.parametrize(
    ("text", "room"),
    [
        ("Am 12. März fand der Fachtag in der Aula der Universität Musterstadt statt.", "Aula der Universität Musterstadt"),
        ("Der Fachtag tagte am 12. März im Saal der Stiftung Musterhilfe.", "Saal der Stiftung Musterhilfe"),
        ("Am 12. März kamen 80 Gäste zum Fachtag im Foyer der Handwerkskammer Kassel zusammen.", "Foyer der Handwerkskammer Kassel"),
    ],
)  # fmt: skip
def test_a_room_of_an_institution_named_in_full_keeps_the_whole_name(text: str, room: str) -> None:
    assert any(s.startswith("Fachtag") and o == room for s, o in _relations(text, "locatedIn"))
