"""Events, their dates, places, organisers and speakers, in sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of
from iqgraph.extract.text.dates import find_dates

RELEASE = dt.date(2031, 5, 20)


def _event_dates(text: str, date: dt.date | None = RELEASE) -> set[dt.date | None]:
    return {d for _, d in facts_of("Titel\n\n" + text, date).events}


@pytest.mark.parametrize(
    ("written", "first_day"),
    [
        ("am 3. und 4. Juni 2031", dt.date(2031, 6, 3)),
        ("vom 3. bis 5. Juni 2031", dt.date(2031, 6, 3)),
        ("am 3./4. Juni 2031", dt.date(2031, 6, 3)),
        ("vom 3. Juni bis 5. Juni 2031", dt.date(2031, 6, 3)),
        ("am 03.06. und 04.06.2031", dt.date(2031, 6, 3)),
        ("am 3 Juni 2031", dt.date(2031, 6, 3)),
    ],
)
def test_a_multi_day_event_takes_its_first_day(written: str, first_day: dt.date) -> None:
    dates = find_dates(f"Der Fachtag fand {written} statt.", None)
    assert [d.date for d in dates] == [first_day]


def test_two_dates_with_their_own_years_stay_two() -> None:
    dates = find_dates("am 5. Mai 2029 und 7. Juni 2030", None)
    assert [d.date for d in dates] == [dt.date(2029, 5, 5), dt.date(2030, 6, 7)]


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der 3. Fachkongress Beispielstadt statt. Am 14. Juli folgte das Sommerfest.",
        "Das Sommerfest lud am 14. Juli ein, nachdem der Fachkongress am 12. März getagt hatte.",
        "Zum Fachkongress kamen am 12. März viele Gäste. Zur Preisverleihung am 14. Juli kamen mehr.",
    ],
)
def test_every_dated_event_is_found(text: str) -> None:
    assert _event_dates(text) == {dt.date(2031, 3, 12), dt.date(2031, 7, 14)}


@pytest.mark.parametrize(
    "text",
    [
        "Der Workshop in Beispielstadt findet am 12.03. statt.",
        "Am Dienstag, 12. März, trifft sich die Runde zum Workshop.",
        "Zum Workshop am 12. März lädt der Verein Brückenbau e. V. ein.",
    ],
)
def test_a_day_without_a_year_takes_the_release_year(text: str) -> None:
    assert _event_dates(text) == {dt.date(2031, 3, 12)}


def test_without_a_release_date_a_day_stays_without_year() -> None:
    f = facts_of("Titel\n\nDer Workshop findet am 12. März im Rathaus statt.")
    assert [key for key, _ in f.events] and [d for _, d in f.events] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Anmeldungen zum Fachtag sind bis zum 12. März möglich.",
        "Der Fachtag stellt das Gesetz vor, das am 12. März in Kraft trat.",
        "Seit dem 12. März gibt es nach dem Fachtag eine neue Beratung.",
    ],
)
def test_deadlines_law_dates_and_starts_are_no_events(text: str) -> None:
    assert dt.date(2031, 3, 12) not in _event_dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Die Veranstaltung war gut besucht.",
        "Der Fachtag fand am 12. März statt. Auch die Veranstaltung am Abend war voll.",
        "Am 12. März war Fachtag. Die Tagung lockte viele an.",
    ],
)
def test_a_generic_noun_refers_back(text: str) -> None:
    assert _event_dates(text) == {dt.date(2031, 3, 12)}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März eröffnete Ministerin Petra Beispiel die neue Beratungsstelle.",
        "Die Beratungsstelle wurde am 12. März von Petra Beispiel eröffnet.",
        "Petra Beispiel eröffnete am Montag, 12. März, die Beratungsstelle.",
    ],
)
def test_an_opening_reported_by_its_verb(text: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert [label for label, _ in f.events] == ["Eröffnung"]
    assert ("Petra Beispiel", "speakerAt", "Eröffnung") in f.relations


@pytest.mark.parametrize(
    ("text", "organiser"),
    [
        (
            "Am 12. März fand der Fachtag statt, veranstaltet von dem Verein Brückenbau e. V.",
            "Brückenbau e. V.",  # the gold convention: "der Verein X e. V." is named "X e. V."
        ),
        (
            "Auf Einladung des Bundesarbeitsministeriums trafen sich am 12. März viele zum Fachtag.",
            "Bundesministerium für Arbeit und Soziales",
        ),
        ("Am 12. März lud der Verein Brückenbau e. V. zum Fachtag ein.", "Brückenbau e. V."),
    ],
)
def test_organisers(text: str, organiser: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert any(p == "organisedBy" and o == organiser for _, p, o in f.relations), f.relations


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März begrüßte Petra Beispiel die Gäste des Fachtags im Beisein von Karl Muster.",
        "Im Beisein von Karl Muster eröffnete Petra Beispiel am 12. März den Fachtag.",
        "Den Fachtag am 12. März moderierte Petra Beispiel, im Beisein von Karl Muster.",
    ],
)
def test_only_present_is_not_speaking(text: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    speakers = {s for s, p, _ in f.relations if p == "speakerAt"}
    assert "Petra Beispiel" in speakers and "Karl Muster" not in speakers


@pytest.mark.parametrize(
    "second",
    [
        "Beim Sommerfest am 14. Juli sprach Karl Muster.",
        "Am 14. Juli folgte das Sommerfest. Dort hielt Karl Muster die Rede .",
        "Das Sommerfest am 14. Juli moderierte Karl Muster.",
    ],
)
def test_a_speaker_belongs_to_the_event_in_scope(second: str) -> None:
    f = facts_of(
        "Titel\n\nAm 12. März fand der Fachkongress statt. Petra Beispiel begrüßte die Gäste. " + second,
        RELEASE,
    )
    dates = dict(f.events)
    speakers = {(s, dates[o]) for s, p, o in f.relations if p == "speakerAt"}
    assert speakers == {("Petra Beispiel", dt.date(2031, 3, 12)), ("Karl Muster", dt.date(2031, 7, 14))}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag in Beispielstadt statt.",
        "Der Fachtag tagte am 12. März in Beispielstadt.",
        "In Beispielstadt fand am 12. März der Fachtag statt.",
    ],
)
def test_the_place_of_the_event(text: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    places = {o for s, p, o in f.relations if p == "locatedIn" and s.startswith("Fachtag")}
    assert places <= {"Beispielstadt"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Am 12. März fand der Beispielkongress 2026 statt. Der Beispielkongress des Vereins Brückenbau e. V. war voll.",
            "Beispielkongress 2026",
        ),
        (
            "Der Fachtag 2025 des IQ Netzwerks Hessen begann am 12. März. Zum Fachtag kamen viele.",
            "Fachtag 2025",
        ),
        (
            "Am 12. März lud das IQ Netzwerk Hessen zum Symposium. Das Symposium 2026 war ein Erfolg.",
            "Symposium 2026",
        ),
    ],
)
def test_an_event_takes_its_fullest_name_and_a_year_makes_it_a_name(text: str, label: str) -> None:
    assert [name for name, _ in facts_of("Titel\n\n" + text, RELEASE).events] == [label]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Am 12. März fand das dritte Netzwerktreffen des IQ Netzwerks Hessen statt.",
            "Drittes Netzwerktreffen des IQ Netzwerks Hessen",
        ),
        ("Zur ersten Fachtagung kamen am 12. März viele Gäste.", "Erste Fachtagung"),
        ("Der 4. Fachkongress fand am 12. März in Beispielstadt statt.", "4. Fachkongress"),
        ("Den zweiten Workshop besuchten am 12. März viele.", "Zweiter Workshop"),
    ],
)
def test_an_event_keeps_its_ordinal_in_the_nominative(text: str, label: str) -> None:
    assert [name for name, _ in facts_of("Titel\n\n" + text, RELEASE).events] == [label]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Am 12. März fand in Gießen der 3. Hessische Integrationskongress statt.",
            "3. Hessischer Integrationskongress",
        ),
        ("Beim Kasseler Fachtag am 12. März sprach Petra Beispiel.", "Kasseler Fachtag"),
        (
            "Die Bayerische Integrationskonferenz fand am 12. März in Beispielstadt statt.",
            "Bayerische Integrationskonferenz",
        ),
        (
            "Am 12. März trafen sich die Beratenden zum zweiten Sächsischen Netzwerktreffen.",
            "Zweites Sächsisches Netzwerktreffen",
        ),
        ("Dieser Fachtag fand am 12. März in Beispielstadt statt.", "Fachtag"),
    ],
)
def test_a_capitalised_adjective_before_the_event_noun_is_part_of_its_name(text: str, label: str) -> None:
    assert [name for name, _ in facts_of("Titel\n\n" + text, RELEASE).events] == [label]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das IQ Netzwerk Hessen lud am 12. März zu seinem fünften Netzwerktreffen nach Gießen ein.",
            "Fünftes Netzwerktreffen des IQ Netzwerks Hessen",
        ),
        (
            "Zum 3. Fachtag hatte der Verein Lernwerk e. V. am 12. März nach Kassel eingeladen.",
            "3. Fachtag des Lernwerks e. V.",
        ),
        (
            "Am 12. März richtete die Stiftung Brückenschlag ihre zweite Fachkonferenz in Fulda aus.",
            "Zweite Fachkonferenz der Stiftung Brückenschlag",
        ),
        ("Am 12. März fand der 3. Fachtag in Kassel statt.", "3. Fachtag"),
        ("Zum 4. IQ-Partnerforum lud am 12. März der Verein Lernwerk e. V. ein.", "4. IQ-Partnerforum"),
    ],
)
def test_a_numbered_event_is_named_after_its_organiser(text: str, label: str) -> None:
    assert [name for name, _ in facts_of("Titel\n\n" + text, RELEASE).events] == [label]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Am 12. März fand der Workshop „Wege in den Beruf“ statt.", "Workshop „Wege in den Beruf“"),
        ('Die Tagung "Vielfalt im Betrieb" begann am 12. März.', 'Tagung "Vielfalt im Betrieb"'),
        (
            "Zum Fachtag »Brücken bauen« lud am 12. März das IQ Netzwerk Hessen ein.",
            "Fachtag »Brücken bauen«",
        ),
    ],
)
def test_an_event_keeps_its_quoted_title(text: str, label: str) -> None:
    assert [name for name, _ in facts_of("Titel\n\n" + text, RELEASE).events] == [label]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Am 12. März fand die Verleihung des Brückenpreises der Stiftung Beispielhaus statt.",
            "Verleihung des Brückenpreises der Stiftung Beispielhaus",
        ),
        (
            "Die Sitzung des Landesbeirats für Zuwanderung tagte am 12. März.",
            "Sitzung des Landesbeirats für Zuwanderung",
        ),
        (
            "Bei der Eröffnung des Hauses der Begegnung sprach am 12. März Petra Beispiel.",
            "Eröffnung des Hauses der Begegnung",
        ),
    ],
)
def test_an_event_keeps_its_genitive_as_written(text: str, label: str) -> None:
    assert [name for name, _ in facts_of("Titel\n\n" + text, RELEASE).events] == [label]


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand das IQ-Vernetzungstreffen statt, veranstaltet vom IQ Netzwerk Hessen.",
        "Das IQ Netzwerk Hessen veranstaltete am 12. März das IQ-Vernetzungstreffen.",
        "Zum IQ-Vernetzungstreffen am 12. März lud das IQ Netzwerk Hessen ein.",
    ],
)
def test_a_name_with_iq_is_not_named_again_by_its_organiser(text: str) -> None:
    assert [name for name, _ in facts_of("Titel\n\n" + text, RELEASE).events] == ["IQ-Vernetzungstreffen"]


def _speakers(text: str, date: dt.date | None = RELEASE) -> set[str]:
    return {s for s, p, _ in facts_of("Titel\n\n" + text, date).relations if p == "speakerAt"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Dort unterstrich Petra Beispiel die Bedeutung der Beratung.",
        "Der Fachtag tagte am 12. März. „Wir brauchen mehr Beratung“, sagte Petra Beispiel.",
        "Am 12. März fand der Fachtag statt. Petra Beispiel dankte allen Gästen für ihr Kommen.",
        "Am 12. März fand der Fachtag statt. Einen Ausblick gab Petra Beispiel zum Schluss.",
    ],
)
def test_reported_speech_at_an_event_held_makes_a_speaker(text: str) -> None:
    assert _speakers(text) == {"Petra Beispiel"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. Juni findet der Fachtag statt. „Wir freuen uns auf viele Gäste“, sagte Petra Beispiel.",
        "Der Fachtag am 12. Juni ist ausgebucht, betonte Petra Beispiel.",
        "Den Fachtag am 12. Juni bereitet der Verein vor. „Kommen Sie vorbei“, erklärte Petra Beispiel.",
    ],
)
def test_a_statement_announcing_an_event_makes_no_speaker(text: str) -> None:
    assert _speakers(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Oberbürgermeister Karl Muster war da. "
        "Nach der Begrüßung durch den Oberbürgermeister folgten Workshops.",
        "Ministerpräsident Karl Muster kam am 12. März zum Fachtag. Der Ministerpräsident sprach mit Gästen.",
        "Am 12. März war Fachtag. Staatssekretär Karl Muster kam auch. Eröffnet wurde er vom Staatssekretär.",
    ],
)
def test_a_person_named_again_by_the_title_speaks(text: str) -> None:
    assert _speakers(text) == {"Karl Muster"}


def test_a_title_two_persons_hold_names_neither() -> None:
    text = (
        "Am 12. März fand der Fachtag statt, mit Ministerin Petra Beispiel und Ministerin Erika Muster. "
        "Die Ministerin eröffnete ihn."
    )
    assert _speakers(text) == set()


@pytest.mark.parametrize(
    "later",
    [
        "„Wir sind dabei“, sagte Karl Muster bei der Eröffnung.",
        "Bei der Eröffnung sprach auch Karl Muster.",
        "Karl Muster begrüßte die Gäste der Eröffnung.",
    ],
)
def test_an_undated_event_gets_speakers_where_it_is_named(later: str) -> None:
    text = (
        "Die Eröffnung des Hauses der Begegnung fand statt, Petra Beispiel sprach.\n\nMehr dazu.\n\n" + later
    )
    assert _speakers(text, None) == {"Petra Beispiel", "Karl Muster"}


@pytest.mark.parametrize(
    ("text", "organisers"),
    [
        (
            "Petra Beispiel und Karl Muster hatten am 12. März zum Fachtag eingeladen.",
            {"Petra Beispiel", "Karl Muster"},
        ),
        ("Zum Fachtag am 12. März lud Petra Beispiel ein.", {"Petra Beispiel"}),
        (
            "Viele folgten am 12. März der Einladung des Förderprogramms IQ zum Fachtag.",
            {"Integration durch Qualifizierung"},
        ),
    ],
)
def test_persons_and_the_programme_organise_by_inviting(text: str, organisers: set[str]) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert {o for _, p, o in f.relations if p == "organisedBy"} == organisers


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("„Wir sind bereit“, sagte Petra Beispiel bei der Tagung „Wege in Arbeit“.", True),
        ("Petra Beispiel betonte während des Fachtags die Rolle der Betriebe.", True),
        ("Petra Beispiel betonte, der Fachtag sei wichtig.", False),
    ],
)
def test_reported_speech_names_an_undated_event_only_when_placed_at_it(text: str, found: bool) -> None:
    assert bool(facts_of("Titel\n\n" + text).events) is found


# ---------------------------------------------------------------- round 3: days read against the release


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("am gestrigen Montag", dt.date(2031, 5, 19)),  # RELEASE is a Tuesday
        ("gestern", dt.date(2031, 5, 19)),
        ("am vergangenen Freitag", dt.date(2031, 5, 16)),
        ("letzten Dienstag", dt.date(2031, 5, 13)),
        ("am kommenden Donnerstag", dt.date(2031, 5, 22)),
        ("am heutigen Dienstag", RELEASE),
    ],
)
def test_a_day_named_relative_to_the_release(written: str, day: dt.date) -> None:
    assert [d.date for d in find_dates(f"Der Fachtag fand {written} statt.", RELEASE)] == [day]


@pytest.mark.parametrize("precision", ["month", "year"])
def test_a_relative_day_needs_the_release_day(precision: str) -> None:
    assert find_dates("Heute und gestern tagte der Beirat.", dt.date(2031, 5, 1), precision) == []


@pytest.mark.parametrize(
    ("release", "written", "day"),
    [
        (dt.date(2031, 1, 8), "am 12. Dezember", dt.date(2030, 12, 12)),  # reported after new year
        (dt.date(2030, 12, 20), "am 14. Januar", dt.date(2031, 1, 14)),  # announced before it
        (dt.date(2031, 5, 20), "am 3. März", dt.date(2031, 3, 3)),
    ],
)
def test_a_day_without_a_year_is_the_one_nearest_the_release(
    release: dt.date, written: str, day: dt.date
) -> None:
    assert [d.date for d in find_dates(f"Die Tagung fand {written} statt.", release)] == [day]


def test_a_release_dated_by_its_year_only_gives_its_year() -> None:
    dates = find_dates("Die Tagung fand am 12. Dezember statt.", dt.date(2031, 1, 1), "year")
    assert [d.date for d in dates] == [dt.date(2031, 12, 12)]


# ---------------------------------------------------------------- round 3: starts and signings


@pytest.mark.parametrize(
    "text",
    [
        "Die Beratungsstelle Brückenbau startete am 3. März mit ihrer Arbeit.",
        "Am 3. März nahmen die zwei neuen Beratungsstellen im Landkreis ihre Arbeit auf.",
        "Die Anlaufstelle des Vereins Brückenbau e. V. nimmt zum 03.03.2031 ihre Arbeit auf.",
        "Am 3. März ging das Projekt Lotsenhaus an den Start.",
        "Der Verein Brückenbau e. V. bietet ab dem 3. März eine offene Sprechstunde an.",
    ],
)
def test_a_start_reported_by_its_verb(text: str) -> None:
    assert _event_dates(text) == {dt.date(2031, 3, 3)}


@pytest.mark.parametrize(
    "text",
    [
        "Der Sprachkurs startet am 3. März im Rathaus.",
        "Die Anmeldung für den Kurs startet am 3. März.",
        "Am 3. März starten die neuen Kurse des Vereins Brückenbau e. V.",
    ],
)
def test_a_start_announced_in_the_present_is_no_event(text: str) -> None:
    assert _event_dates(text) == set()


@pytest.mark.parametrize(
    ("title", "since"),
    [
        ("Beratung Lotsenhaus startet", "Seit dem 3. März wird das Projekt vom Land gefördert."),
        ("Neue Anlaufstelle startet in Beispielstadt", "Seit 3. März berät das Team Zugewanderte."),
        ("Projekt Brückenbau gestartet", "Das Vorhaben läuft seit dem 03.03.2031."),
    ],
)
def test_a_start_told_by_its_day_when_the_lead_reports_a_start(title: str, since: str) -> None:
    f = facts_of(f"{title}\n\nDas Angebot richtet sich an Zugewanderte. {since}", RELEASE)
    assert [d for _, d in f.events] == [dt.date(2031, 3, 3)]


@pytest.mark.parametrize(
    "text",
    [
        "Titel\n\nSeit dem 3. März gilt die neue Verordnung.",
        "Beratung startet\n\nSeit dem 3. März ist das Gesetz in Kraft.",
        "Titel\n\nSeit dem 3. März leitet Petra Beispiel das Büro.",
    ],
)
def test_a_state_since_a_day_is_no_start(text: str) -> None:
    assert facts_of(text, RELEASE).events == []


@pytest.mark.parametrize(
    "text",
    [
        "Am 3. März unterzeichneten das Land und der Verein Brückenbau e. V. eine Vereinbarung.",
        "Die Förderung ist Teil der am 03.03.2031 geschlossenen Kooperationsvereinbarung.",
        "Die Kammer und das Land schlossen am 3. März einen Vertrag über die Beratung.",
    ],
)
def test_an_agreement_signed_on_a_day(text: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert f.events == [("Unterzeichnung", dt.date(2031, 3, 3))]


@pytest.mark.parametrize(
    "text",
    [
        "Die Beratung in Beispielstadt startete am 3. März.",
        "In Beispielstadt nahm die Beratungsstelle am 3. März ihre Arbeit auf.",
        "Am 3. März ging die Anlaufstelle in Beispielstadt an den Start.",
    ],
)
def test_a_start_has_no_event_place(text: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert [d for _, d in f.events] == [dt.date(2031, 3, 3)]
    assert not any(p == "locatedIn" and s == "Start" for s, p, _ in f.relations)


@pytest.mark.parametrize(
    "text",
    [
        "Auf der Fachtagung vom 3. März sprach Petra Beispiel.",
        "Die Ergebnisse des Workshops vom 03.03. liegen nun vor.",
        "Beim Netzwerktreffen vom 3. März 2031 kamen viele zusammen.",
    ],
)
def test_an_event_noun_dated_by_vom(text: str) -> None:
    assert _event_dates(text) == {dt.date(2031, 3, 3)}


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt „Infotag Beispielstadt“ wurde am 3. März ausgeschrieben.",
        "Die Projekte „Lotsenhaus“ und „Fachtag Brückenbau“ erhielten am 3. März Bescheide.",
        "Im Programm „Forum Zukunft“ gab es am 3. März neue Bescheide.",
    ],
)
def test_an_event_noun_in_a_quoted_project_name_is_no_event(text: str) -> None:
    assert _event_dates(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand in Kassel ein Fachtag statt. Petra Beispiel und Karl Muster hatten dazu eingeladen.",
        "Der Fachtag tagte am 12. März in Kassel. Petra Beispiel und Karl Muster hatten hierzu eingeladen.",
        "Am 12. März begann in Kassel die Fachtagung. Petra Beispiel und Karl Muster luden hierzu ein.",
    ],
)
def test_an_invitation_to_it_in_the_next_sentence_names_the_hosts(text: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert {o for _, p, o in f.relations if p == "organisedBy"} == {"Petra Beispiel", "Karl Muster"}


@pytest.mark.parametrize(
    "text",
    [
        "Petra Beispiel und Karl Muster vom Verein Brückenbau e. V. hatten am 12. März zum Fachtag eingeladen.",
        "Petra Beispiel und Karl Muster von der Stiftung Musterhilfe hatten am 12. März zum Fachtag eingeladen.",
        "Zum Fachtag am 12. März luden Petra Beispiel und Karl Muster vom Verein Brückenbau e. V. ein.",
    ],
)
def test_the_organisation_a_host_comes_from_is_no_host(text: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert {o for _, p, o in f.relations if p == "organisedBy"} == {"Petra Beispiel", "Karl Muster"}
    assert [label for label, _ in f.events] == ["Fachtag"]  # named after a body, never after a person


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Er richtete sich an den Verein Brückenbau e. V. und seine Gäste.",
        "Der Fachtag am 12. März richtete sich an die Stiftung Musterhilfe.",
        "Am 12. März fand der Fachtag statt; die Veranstaltung richtete sich an die Stiftung Musterhilfe.",
    ],
)
def test_whom_an_event_was_for_is_no_organiser(text: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert not any(p == "organisedBy" for _, p, _ in f.relations)


@pytest.mark.parametrize(
    ("text", "speaks"),
    [
        (
            "Am 12. März tagte der Fachtag. „Wir brauchen mehr Beratung“, so Petra Beispiel während des Fachtags.",
            True,
        ),
        (
            "Der Fachtag fand am 12. März statt. „Es geht voran“, so Ministerin Petra Beispiel bei der Veranstaltung.",
            True,
        ),
        (
            "Am 12. März tagte der Fachtag. „Das Netz trägt“, so Petra Beispiel im Rahmen der Fachtagung.",
            True,
        ),
        ("Am 12. März tagte der Fachtag. „Wir brauchen mehr Beratung“, so Petra Beispiel.", False),
    ],
)
def test_a_bare_attribution_placed_at_the_event_makes_a_speaker(text: str, speaks: bool) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert any(s == "Petra Beispiel" and p == "speakerAt" for s, p, _ in f.relations) is speaks


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März wurde das Projekt Lernbrücke mit dem Integrationspreis der Stiftung Musterhilfe ausgezeichnet.",
        "Mit dem Förderpreis der Stiftung Musterhilfe wurde am 12. März das Projekt Lernbrücke ausgezeichnet.",
        "Bei der Verleihung des Integrationspreises der Stiftung Musterhilfe am 12. März sprach Petra Beispiel.",
    ],
)
def test_an_award_ceremony_is_held_by_the_awards_giver(text: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert {o for _, p, o in f.relations if p == "organisedBy"} == {"Stiftung Musterhilfe"}


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Musterhilfe zeigt ab dem 12. März die Ausstellung „Wege in Arbeit“.",
        "Ab Mittwoch, 12. März 2031, präsentiert die Stiftung Musterhilfe eine Wanderausstellung.",
        "Die Stiftung Musterhilfe präsentierte am 12. März in Kassel die neue Fotoausstellung.",
    ],
)
def test_an_exhibition_is_held_by_whoever_shows_it(text: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert {o for _, p, o in f.relations if p == "organisedBy"} == {"Stiftung Musterhilfe"}


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Musterhilfe zeigte am 12. März auf dem Fachtag ihre Angebote.",
        "Am 12. März fand der Fachtag statt; der Preis der Stiftung Musterhilfe wird im Mai vergeben.",
        "Auf dem Fachtag am 12. März präsentierte die Stiftung Musterhilfe ihre Bilanz.",
    ],
)
def test_showing_or_a_prize_without_an_exhibition_or_award_names_no_organiser(text: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert not any(p == "organisedBy" for _, p, _ in f.relations)


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand in Kassel der Fachtag statt. Eingeladen hatte die Stiftung Musterhilfe gemeinsam mit dem Verein Brückenbau e. V.",
        "Der Fachtag tagte am 12. März in Kassel. Gastgeber waren die Stiftung Musterhilfe und der Verein Brückenbau e. V.",
        "Am 12. März begann in Kassel der Fachtag. Veranstalter war die Stiftung Musterhilfe, gemeinsam mit dem Verein Brückenbau e. V.",
    ],
)
def test_a_sentence_opening_with_its_host_names_the_organisers_of_the_event_in_scope(text: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert {o for _, p, o in f.relations if p == "organisedBy"} == {
        "Stiftung Musterhilfe",
        "Brückenbau e. V.",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Musterhilfe zeigte sich am 12. März erfreut über die Ausstellung.",
        "Am 12. März zeigt sich der Verein Brückenbau e. V. zufrieden mit der Ausstellung.",
        "Die Stiftung Musterhilfe zeigt sich über die neue Wanderausstellung am 12. März erfreut.",
    ],
)
def test_showing_oneself_pleased_is_no_showing_of_an_exhibition(text: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert not any(p == "organisedBy" for _, p, _ in f.relations)


# ---------------------------------------------------------------- round 4: verb-final clauses, references


@pytest.mark.parametrize(
    "text",
    [
        "Viele Gäste kamen zur Fachtagung des Vereins Brückenbau e. V., die in Kassel stattfand.",
        "Die Fachtagung, die der Verein Brückenbau e. V. im Rathaus Fulda ausrichtete, hat in Fulda stattgefunden.",
        "Weil die Fachtagung in Kassel stattfinden konnte, kamen viele Gäste.",
    ],
)
def test_an_undated_event_said_to_take_place_in_a_verb_final_clause(text: str) -> None:
    assert [label.split()[0] for label, _ in facts_of("Titel\n\n" + text).events] == ["Fachtagung"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Am 12. März fand der Kongress des IQ-Netzwerks in Kassel statt.", "Kongress des IQ-Netzwerks"),
        ("Der Fachtag des IQ-Netzwerkes tagte am 12. März in Berlin.", "Fachtag des IQ-Netzwerkes"),
        (
            "Zur Tagung des IQ-Landesnetzwerks kamen am 12. März viele nach Kiel.",
            "Tagung des IQ-Landesnetzwerks",
        ),
    ],
)
def test_a_network_only_referred_to_is_kept_as_written_and_organises_nothing(text: str, label: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert [name for name, _ in f.events] == [label]
    assert not any(p == "organisedBy" for _, p, _ in f.relations)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Am 12. März fand der Kongress des IQ Landesnetzwerks statt. Das IQ Landesnetzwerk Hessen dankte.",
            "Kongress des IQ Landesnetzwerks Hessen",
        ),
        (
            "Das IQ Netzwerk Hessen lädt ein. Am 12. März tagte der Kongress des Landesnetzwerks in Kassel.",
            "Kongress des IQ Netzwerks Hessen",
        ),
        (
            "Das IQ Netzwerk Hessen dankte allen. Den Fachtag des Netzwerks besuchten am 12. März viele.",
            "Fachtag des IQ Netzwerks Hessen",
        ),
    ],
)
def test_a_network_named_in_full_elsewhere_names_the_event_and_organises_it(text: str, label: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert [name for name, _ in f.events] == [label]
    assert (label, "organisedBy", "IQ Landesnetzwerk Hessen") in f.relations


@pytest.mark.parametrize(
    "text",
    [
        "Der Fachtag fand am 12. März in Kassel statt. Rund 80 Gäste kamen im Kongresszentrum zusammen.",
        "Am 12. März tagte in Kassel der Fachtag. Die Gäste trafen sich in der Stadthalle.",
        "In Kassel fand am 12. März der Fachtag statt, danach ging es weiter. Gefeiert wurde im Kongresszentrum.",
    ],
)
def test_a_venue_later_in_the_paragraph_is_where_in_the_town_the_event_was(text: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    placed = {(s, o) for s, p, o in f.relations if p == "locatedIn"}
    venue = next(o for s, o in placed if s.startswith("Fachtag"))
    assert venue != "Kassel" and (venue, "Kassel") in placed


@pytest.mark.parametrize(
    "later",
    [
        "\nRund 80 Gäste kamen im Kongresszentrum zusammen.",  # another paragraph
        " Im Mai folgt ein Treffen im Kongresszentrum Fulda.",  # a venue of another town
        " Die Beratung bleibt geöffnet.",  # no venue
    ],
)
def test_no_venue_in_the_paragraph_leaves_the_event_in_its_town(later: str) -> None:
    f = facts_of("Titel\n\nDer Fachtag fand am 12. März in Kassel statt." + later, RELEASE)
    assert ("Fachtag", "locatedIn", "Kassel") in f.relations


@pytest.mark.parametrize(
    ("text", "organisers"),
    [
        (
            "Zur Tagung „Wege“ hatte das IQ Netzwerk Hessen am 3. Mai gemeinsam mit Partnern aus der Region in "
            "das Haus am Park in Kassel eingeladen.",
            {"IQ Landesnetzwerk Hessen"},
        ),
        (
            "Am 3. Mai hatten die Stiftung Lernwege und der Verein Brückenbau e. V. zu ihrem gemeinsamen Fachtag "
            "in die Stadthalle Kassel eingeladen.",
            {"Stiftung Lernwege", "Brückenbau e. V."},
        ),
        (
            "Am Dienstag, 3. Mai, hat die Stiftung Lernwege auch Vertreterinnen des Vereins Brückenbau e. V. zu "
            "ihrem Fachtag nach Kassel eingeladen.",
            {"Stiftung Lernwege"},
        ),
    ],
)
def test_the_host_right_after_the_auxiliary_of_a_long_invitation_bracket(
    text: str, organisers: set[str]
) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert {o for _, p, o in f.relations if p == "organisedBy"} == organisers


@pytest.mark.parametrize(
    ("text", "organiser"),
    [
        (
            "Am 4. März kamen 300 Gäste zum Fachkongress. Ausgerichtet wurde der Kongress von der Stiftung Lernwege.",
            "Stiftung Lernwege",
        ),
        ("Veranstaltet wurde der Fachtag am 4. März vom Verein Brückenbau e. V.", "Brückenbau e. V."),
        (
            "Am 4. März fand das Netzwerktreffen statt. Organisiert wird es jedes Jahr durch die Stiftung Lernwege.",
            "Stiftung Lernwege",
        ),
    ],
)
def test_the_passive_with_its_participle_first_names_the_organiser(text: str, organiser: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert {o for _, p, o in f.relations if p == "organisedBy"} == {organiser}


@pytest.mark.parametrize(
    "text",
    [
        "Am 4. März fand der Fachtag statt. Es folgten Vorträge von Petra Beispiel und Karl Muster.",
        "Beim Fachtag am 4. März standen Vorträge von Petra Beispiel und Karl Muster auf dem Programm.",
        "Der Fachtag am 4. März bot zwei Vorträge: Petra Beispiel und Karl Muster sprachen über Anerkennung.",
    ],
)
def test_talks_in_the_plural_name_their_speakers(text: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert {s for s, p, _ in f.relations if p == "speakerAt"} == {"Petra Beispiel", "Karl Muster"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Zum Rundgespräch „Anerkennung vor Ort“ trafen sich am 4. März Fachleute in Dillingen.",
            "Rundgespräch „Anerkennung vor Ort“",
        ),
        (
            "Beim Unternehmerfrühstück der Stiftung Lernwege am 4. März sprach Petra Beispiel.",
            "Unternehmerfrühstück der Stiftung Lernwege",
        ),
        (
            "Am 4. März fand die Mitgliederversammlung „Wege 2031“ in Mainz statt.",
            "Mitgliederversammlung „Wege 2031“",
        ),
        (
            "Zum Infoabend „Beruf und Anerkennung“ kamen am 4. März rund 40 Gäste.",
            "Infoabend „Beruf und Anerkennung“",
        ),
    ],
)
def test_talks_assemblies_breakfasts_and_evenings_are_events(text: str, label: str) -> None:
    assert facts_of("Titel\n\n" + text, RELEASE).events == [(label, dt.date(2031, 3, 4))]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Zur Einweihung der neuen Räume kamen am 4. März rund 60 Gäste.", "Einweihung"),
        ("Die feierliche Übergabe der Zertifikate fand am 4. März in Kassel statt.", "Übergabe"),
        ("Am 4. März startete mit einem Kick-off das Projekt in Kassel.", "Kick-off"),
    ],
)
def test_ceremonies_and_starts_are_events(text: str, label: str) -> None:
    events = facts_of("Titel\n\n" + text, RELEASE).events
    assert [d for lab, d in events if lab.startswith(label)] == [dt.date(2031, 3, 4)], events


WEDNESDAY = dt.date(2031, 5, 21)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Mit einem Festakt hat die Ministerin am Montag die Beratungsstelle eröffnet.",
            dt.date(2031, 5, 19),
        ),
        ("Am Montag trafen sich 50 Fachleute in Kassel.", dt.date(2031, 5, 19)),
        ("Am Mittwochabend kamen 50 Gäste in das Rathaus.", WEDNESDAY),
        ("Der Fachtag findet am Freitag in Kassel statt.", dt.date(2031, 5, 23)),
        ("Die Ministerin wird am Montag die Beratungsstelle eröffnen.", dt.date(2031, 5, 26)),
    ],
)
def test_a_weekday_alone_is_placed_by_the_tense_of_its_sentence(sentence: str, day: dt.date) -> None:
    assert [d.date for d in find_dates(sentence, WEDNESDAY)] == [day]


@pytest.mark.parametrize(
    "sentence",
    [
        "Am Dienstag wird die Ministerin sprechen, die am Montag angereist war.",  # both tenses: which week?
        "Die Beratung am Montag bleibt geschlossen.",  # neither
        "Am Montag kamen 50 Gäste.",
    ],
)
def test_a_weekday_without_a_tense_or_a_release_day_gives_no_date(sentence: str) -> None:
    release = None if sentence.startswith("Am Montag kamen") else WEDNESDAY
    assert find_dates(sentence, release) == []


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand in Kiel der Fachtag statt. Durch das Programm führte Petra Beispiel.",
        "Am 12. März fand in Kiel der Fachtag statt. Petra Beispiel führte durch den Abend.",
        "Am 12. März fand in Kiel der Fachtag statt. Das Schlusswort hielt Petra Beispiel.",
        "Am 12. März fand in Kiel der Fachtag statt. Petra Beispiel präsentierte erste Ergebnisse.",
    ],
)
def test_leading_through_closing_and_presenting_make_a_speaker(text: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert ("Petra Beispiel", "speakerAt") in {(s, p) for s, p, _ in f.relations}, f.relations


@pytest.mark.parametrize(
    ("text", "organiser"),
    [
        (
            "Am 12. März kamen 80 Gäste zum Fachtag „Vielfalt“ der Handwerkskammer Kassel.",
            "Handwerkskammer Kassel",
        ),
        (
            "Die Jahrestagung 2031 des Vereins Lernhaus e. V. fand am 12. März in Kiel statt.",
            "Lernhaus e. V.",
        ),
        (
            "Am 12. März begann der Workshop „Brücken bauen“ der Stiftung Lernwege in Kiel.",
            "Stiftung Lernwege",
        ),
    ],
)
def test_a_genitive_after_the_events_title_or_year_names_its_organiser(text: str, organiser: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert any(p == "organisedBy" and o == organiser for _, p, o in f.relations), f.relations


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Danach sprach Petra Beispiel.",
        "Der Fachtag tagte am 12. März. Zu Gast war Petra Beispiel, die über Anerkennung sprach.",
        "Am 12. März kamen viele zum Fachtag. Grüße der Stadt überbrachte Petra Beispiel.",
        "Am 12. März fand der Fachtag statt. Die Laudatorin Petra Beispiel würdigte die Preisträger.",
    ],
)
def test_speech_verbs_at_the_end_of_a_clause_and_greetings_passed_on(text: str) -> None:
    assert _speakers(text) == {"Petra Beispiel"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Petra Beispiel versprach weitere Mittel.",
        "Am 12. März fand der Fachtag statt. Ansprechpartnerin ist Petra Beispiel.",
        "Am 12. März fand der Fachtag statt. Petra Beispiel plant eine entsprechende Beratung.",
    ],
)
def test_words_holding_a_speech_verb_make_no_speaker(text: str) -> None:
    assert _speakers(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Petra Beispiel begrüßte die Entscheidung des Landes.",
        "Der Fachtag tagte am 12. März. Petra Beispiel begrüßte den Beschluss zur neuen Förderung.",
        "Am 12. März fand der Fachtag statt. Petra Beispiel begrüßt, dass die Beratung bleibt.",
    ],
)
def test_welcoming_a_decision_is_no_greeting(text: str) -> None:
    assert _speakers(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. „Wir brauchen Fachkräfte“, sagte Petra Beispiel in einer Pressemitteilung.",
        "Der Fachtag tagte am 12. März. Petra Beispiel betonte gegenüber der Lokalzeitung die Rolle der Betriebe.",
        "Am 12. März fand der Fachtag statt. Laut Mitteilung erklärte Petra Beispiel, die Beratung gehe weiter.",
    ],
)
def test_a_statement_to_the_press_makes_no_speaker(text: str) -> None:
    assert _speakers(text) == set()


def _organisers(text: str) -> set[str]:
    return {o for _, p, o in facts_of("Titel\n\n" + text, RELEASE).relations if p == "organisedBy"}


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein Brückenbau e. V. richtete am 12. März in Kooperation mit der Stiftung Musterhilfe einen Fachtag aus.",
        "Der Fachtag fand am 12. März statt. Organisiert wurde er vom Verein Brückenbau e. V. in Zusammenarbeit mit der Stiftung Musterhilfe.",
        "Die Fachtagung des Vereins Brückenbau e. V. tagte am 12. März. Sie wurde gemeinsam mit der Stiftung Musterhilfe veranstaltet.",
    ],
)
def test_co_organisers(text: str) -> None:
    assert _organisers(text) == {"Brückenbau e. V.", "Stiftung Musterhilfe"}


@pytest.mark.parametrize(
    "text",
    [
        "Der Fachtag fand am 12. März statt. Auf Einladung der Stiftung Musterhilfe kamen 80 Gäste.",
        "Am 12. März tagte der Fachkongress in Kassel. Auf Einladung der Stiftung Musterhilfe waren Betriebe gekommen.",
        "Am 12. März war Fachtag. Auf Einladung von der Stiftung Musterhilfe kamen Betriebe und Kammern.",
    ],
)
def test_a_sentence_opening_with_an_invitation_names_the_host_of_the_event_in_scope(text: str) -> None:
    assert _organisers(text) == {"Stiftung Musterhilfe"}


@pytest.mark.parametrize(
    "next_paragraph",
    [
        "Karl Muster hielt einen Vortrag über Anerkennung.",
        "Über die Lage der Betriebe diskutierten Karl Muster und andere.",
        "Zum Schluss gab es ein Grußwort von Karl Muster, der den Gästen dankte.",
    ],
)
def test_an_undated_event_gets_speakers_from_the_paragraph_after_it(next_paragraph: str) -> None:
    text = "Der Fachkongress des Vereins fand in Kassel statt. Petra Beispiel sprach.\n\n" + next_paragraph
    assert _speakers(text, None) == {"Petra Beispiel", "Karl Muster"}


@pytest.mark.parametrize(
    "later",
    [
        "Mehr dazu.\n\nKarl Muster hielt einen Vortrag über Anerkennung.",
        "„Wir brauchen Fachkräfte“, sagte Karl Muster.",
        "Mehr dazu.\n\nAuf dem Podium saß Karl Muster.",
    ],
)
def test_an_undated_event_gets_no_speakers_further_on_or_from_mere_statements(later: str) -> None:
    text = "Der Fachkongress des Vereins fand in Kassel statt. Petra Beispiel sprach.\n\n" + later
    assert _speakers(text, None) == {"Petra Beispiel"}


def _places(text: str) -> set[str]:
    f = facts_of("Titel\n\n" + text, RELEASE)
    events = {label for label, _ in f.events}
    return {o for s, p, o in f.relations if p == "locatedIn" and s in events}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Die Beratungsstelle in Fulda lud am 12. März zum Fachtag in Kassel ein.", "Kassel"),
        ("Das Projekt in Fulda stellte sich am 12. März beim Fachtag in Kassel vor.", "Kassel"),
        ("Studierende der Hochschule in Fulda kamen am 12. März zum Fachtag nach Leipzig.", "Leipzig"),
        ("Zur Jobbörse für Fachkräfte in Gera kamen am 12. März viele Betriebe.", "Gera"),
    ],
)
def test_a_place_of_another_noun_is_not_the_events_place(text: str, place: str) -> None:
    assert _places(text) == {place}


def test_an_event_noun_holding_a_cue_in_the_next_paragraph_is_no_speech_act() -> None:
    text = "Der Fachkongress des Vereins fand in Kassel statt. Petra Beispiel sprach.\n\n"
    later = "„Wir sind dabei“, sagte Karl Muster bei der Eröffnung."
    assert _speakers(text + later, None) == {"Petra Beispiel"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Am 12. März kamen rund 100 Gäste im Rathaus Beispielstadt zusammen.", "Treffen"),
        ("Ministerin Petra Beispiel besuchte am 12. März die Stiftung Musterhilfe.", "Besuch"),
        ("Der Verein Brückenbau e. V. feierte am 12. März sein zehnjähriges Bestehen.", "Feier"),
        ("Am 12. März zeichnete die Stiftung Musterhilfe drei Betriebe aus.", "Preisverleihung"),
        # the giver of the prize holds the ceremony, which is named after it
        (
            "Die Stiftung Musterhilfe verlieh am 12. März ihren Preis.",
            "Preisverleihung der Stiftung Musterhilfe",
        ),
        ("Am 12. März ehrte die Stiftung Musterhilfe zehn Absolventinnen.", "Ehrung"),
        ("Die Stiftung Musterhilfe hat am 12. März ihre Ehrenamtlichen geehrt.", "Ehrung"),
        ("Im Rathaus Kassel ehrten am 12. März Petra Beispiel und Karl Muster die Preisträger.", "Ehrung"),
    ],
)
def test_meetings_visits_celebrations_and_awards_reported_by_their_verb(text: str, label: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert f.events == [(label, dt.date(2031, 3, 12))]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Zum Praxistag am 12. März kamen 50 Betriebe.", "Praxistag"),
        ("Das Jubiläum beging der Verein am 12. März.", "Jubiläum"),
        ("Die Vernissage fand am 12. März im Rathaus statt.", "Vernissage"),
        ("Am 12. März lud die Stiftung zur Anhörung ein.", "Anhörung"),
    ],
)
def test_days_anniversaries_and_hearings_are_events(text: str, label: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert [d for _, d in f.events] == [dt.date(2031, 3, 12)] and label in f.events[0][0]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Verleihung des Kieler Integrationspreises fand am 12. März statt.",
            "Verleihung des Kieler Integrationspreises",
        ),
        (
            "Am 12. März war die Verleihung des Bremer Ehrenamtspreises.",
            "Verleihung des Bremer Ehrenamtspreises",
        ),
        (
            "Am 12. März fand die Auftaktveranstaltung des Heidelberger Netzwerks „Wege in Arbeit“ statt.",
            "Auftaktveranstaltung des Heidelberger Netzwerks „Wege in Arbeit“",
        ),
    ],
)
def test_a_genitive_keeps_a_towns_adjective_and_a_quoted_name(text: str, label: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert [name for name, _ in f.events] == [label]


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Die Zahlen sprechen für sich, meint Petra Beispiel.",
        "Am 12. März fand der Fachtag statt. Petra Beispiel plant die Einführung des neuen Angebots.",
        "Am 12. März fand der Fachtag statt. Seit der Einführung der Beratung leitet Petra Beispiel das Team.",
    ],
)
def test_idioms_and_the_introduction_of_a_thing_are_no_speech(text: str) -> None:
    assert _speakers(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Zur Einführung sprach Petra Beispiel.",
        "Am 12. März fand der Fachtag statt. Eine Einführung in das Thema gab Petra Beispiel.",
        "Am 12. März fand der Fachtag statt. Die Einführung übernahm Petra Beispiel.",
    ],
)
def test_an_introduction_given_is_speech(text: str) -> None:
    assert _speakers(text) == {"Petra Beispiel"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag in Kassel statt. Durchgeführt wurde er von der Stiftung Musterhilfe.",
        "Der Fachtag wurde am 12. März von der Stiftung Musterhilfe durchgeführt.",
        "Der Workshop wird am 12. März von der Stiftung Musterhilfe in Kassel veranstaltet.",
        "Die Stiftung Musterhilfe hatte am 12. März zum Fachtag geladen.",
        "Am 12. März fand der Fachtag statt. Die Stiftung Musterhilfe war Gastgeberin.",
        "Der Fachtag vom 12. März war eine gemeinsame Veranstaltung der Stiftung Musterhilfe.",
        "Der Fachtag von der Stiftung Musterhilfe fand am 12. März statt.",
    ],
)
def test_more_ways_to_name_the_organiser(text: str) -> None:
    assert _organisers(text) == {"Stiftung Musterhilfe"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt, ein gemeinsames Zusammenkommen der Stiftung Musterhilfe mit Betrieben.",
        "Das Treffen am 12. März war das letzte gemeinsame Zusammenkommen der Stiftung Musterhilfe.",
        "Der Bericht vom Fachtag am 12. März liegt vor, die Stiftung Musterhilfe war dabei.",
    ],
)
def test_those_who_met_are_no_organisers(text: str) -> None:
    assert _organisers(text) == set()


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Zum Fachtag am 12. März kamen 80 Gäste in die Stadthalle Kassel.", "Stadthalle Kassel"),
        ("Die Stiftung lud am 12. März zum Fachtag in das Bürgerhaus Fulda ein.", "Bürgerhaus Fulda"),
        ("Am 12. März ging es zum Fachtag ins Kongresszentrum Leipzig.", "Kongresszentrum Leipzig"),
    ],
)
def test_a_venue_guests_went_to_is_the_events_place(text: str, venue: str) -> None:
    assert _places(text) == {venue}


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Der Fachtag fand am 12. März in Leipzig im Neuen Rathaus statt.", "Neues Rathaus"),
        ("Am 12. März tagte in Kassel der Fachtag in der Stadthalle.", "Stadthalle"),
        ("In Fulda kamen am 12. März zum Fachtag viele Gäste im Bürgerhaus zusammen.", "Bürgerhaus"),
    ],
)
def test_a_venue_after_its_town_in_the_same_sentence_is_where_in_the_town(text: str, venue: str) -> None:
    assert _places(text) == {venue}


@pytest.mark.parametrize(
    "text",
    [
        "Beim Netzwerktreffen im Rathaus tauschten sich 40 Fachleute aus. Petra Beispiel hieß die Gäste willkommen.",
        "Auf der Fachtagung ging es um Anerkennung. Durch das Programm führte Petra Beispiel.",
        "Während des Kongresses kamen viele ins Gespräch. Dann moderierte Petra Beispiel ein Podium.",
    ],
)
def test_an_undated_event_reported_at_and_followed_by_a_speech_act(text: str) -> None:
    assert _speakers(text, None) == {"Petra Beispiel"}


@pytest.mark.parametrize(
    "text",
    [
        "Beim Netzwerktreffen im Rathaus tauschten sich 40 Fachleute aus.\n\nPetra Beispiel hieß die Gäste willkommen.",
        "Beim Netzwerktreffen tauschten sich 40 Fachleute aus. Es gab Kaffee. Es gab Kuchen. Petra Beispiel moderierte.",
        "Nach dem Netzwerktreffen tauschten sich 40 Fachleute aus. Petra Beispiel hieß die Gäste willkommen.",
    ],
)
def test_a_report_at_an_undated_event_needs_a_speech_act_right_after_it(text: str) -> None:
    assert _speakers(text, None) == set()


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Der Fachtag fand am 12. März im Haus der Wissenschaft statt.", "Haus der Wissenschaft"),
        ("Die Stiftung lud am 12. März zum Fachtag in das Haus der Jugend ein.", "Haus der Jugend"),
        ("Am 12. März tagte der Fachtag im Haus der Begegnung.", "Haus der Begegnung"),
    ],
)
def test_a_house_named_by_its_genitive_is_a_venue(text: str, venue: str) -> None:
    assert _places(text) == {venue}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Die Jahrestagung 2029 fand am 12. März in Kassel statt.", dt.date(2029, 3, 12)),
        ("Am 12. März tagte in Kassel das IQ Symposium 2030.", dt.date(2030, 3, 12)),
        ("Der Fachtag fand am 12. März in Kassel statt.", None),
    ],
)
def test_a_day_without_a_year_takes_the_year_of_the_events_name(text: str, day: dt.date | None) -> None:
    assert [d for _, d in facts_of("Titel\n\n" + text).events] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Musterhilfe organisierte am 12. März gemeinsam mit dem Verein Brückenbau e. V. den Fachtag.",
        "Am 12. März lud die Stiftung Musterhilfe zusammen mit dem Verein Brückenbau e. V. zum Fachtag ein.",
        "Die Stiftung Musterhilfe hatte am 12. März gemeinsam mit dem Verein Brückenbau e. V. zum Fachtag eingeladen.",
    ],
)
def test_a_co_organiser_after_the_organising_verb(text: str) -> None:
    assert _organisers(text) == {"Stiftung Musterhilfe", "Brückenbau e. V."}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Am 12. März fand der 3. Fachtag Anerkennung in Kassel statt.", "3. Fachtag Anerkennung"),
        (
            "Beim Netzwerktreffen Mentoring, das am 12. März stattfand, sprach Petra Beispiel.",
            "Netzwerktreffen Mentoring",
        ),
        ("Der Workshop Bewerbungstraining fand am 12. März statt.", "Workshop Bewerbungstraining"),
        ("Zum Fachtag Staatssekretärin Petra Beispiel kamen am 12. März viele.", "Fachtag"),
        ("Am 12. März fand der Fachtag Kassel statt.", "Fachtag"),
    ],
)
def test_a_name_in_apposition_right_after_the_noun(text: str, label: str) -> None:
    assert [name for name, _ in facts_of("Titel\n\n" + text, RELEASE).events] == [label]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Am 12. März fand die Abschlussveranstaltung des Projekts „Wege“ in Kassel statt.",
            "Abschlussveranstaltung des Projekts „Wege“",
        ),
        ("Am 12. März trafen sich 50 Fachleute zum Integrationsdialog in Kassel.", "Integrationsdialog"),
        ("Der Arbeitsmarktdialog tagte am 12. März in Kassel.", "Arbeitsmarktdialog"),
    ],
)
def test_a_projects_quoted_name_in_a_genitive_and_dialogues(text: str, label: str) -> None:
    assert [name for name, _ in facts_of("Titel\n\n" + text, RELEASE).events] == [label]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Ministerin Petra Beispiel eröffnete am 12. März die Beratungsstelle „Anerkennung konkret“ in Kassel.",
            "Eröffnung der Beratungsstelle „Anerkennung konkret“",
        ),
        ("Am 12. März eröffnete das Teilprojekt „Brücke Kassel“ seine Räume.", "Eröffnung der Brücke Kassel"),
        (
            "Die Stiftung Musterhilfe eröffnete am 12. März ein neues Büro.",
            "Eröffnung",
        ),  # who opened, not what
    ],
)
def test_an_opening_reported_by_its_verb_is_named_by_what_it_opened(text: str, label: str) -> None:
    assert [name for name, _ in facts_of("Titel\n\n" + text, RELEASE).events] == [label]


@pytest.mark.parametrize(
    "text",
    [
        "Rund 100 Gäste kamen zum Fachtag „Arbeit“ nach Kassel.",
        "An der Tagung des Vereins nahmen 80 Fachleute teil.",
        "Viele Betriebe folgten der Einladung zur Fachkonferenz in Fulda.",
    ],
)
def test_an_undated_event_guests_came_to_was_held(text: str) -> None:
    assert [d for _, d in facts_of("Titel\n\n" + text).events] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Am Fachtag kann man sich noch anmelden.",
        "Zum Fachtag gibt es ein Programmheft.",
        "Die Gäste kamen aus Kassel, der Fachtag ist geplant.",
    ],
)
def test_an_undated_event_nobody_came_to_is_none(text: str) -> None:
    assert facts_of("Titel\n\n" + text).events == []


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt Brücke startete am 12. März in Kassel. „Wir freuen uns“, sagte Petra Beispiel.",
        "Die Beratungsstelle hat am 12. März ihre Arbeit aufgenommen. Petra Beispiel erläuterte das Angebot.",
        "Am 12. März ging das Portal an den Start. Petra Beispiel stellte es vor.",
    ],
)
def test_a_service_that_started_has_no_speakers(text: str) -> None:
    assert _speakers(text) == set()


def test_a_kick_off_named_by_its_noun_has_speakers() -> None:
    assert _speakers("Beim Projektstart am 12. März sprach Petra Beispiel.") == {"Petra Beispiel"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Mit einem Festakt hat die Stadt Kassel am 12. März ein Büro eröffnet.", "Festakt der Stadt Kassel"),
        (
            "Mit einem Empfang hat die Arbeiterwohlfahrt Kiel am 12. März ihr Jubiläum gefeiert.",
            "der Arbeiterwohlfahrt",
        ),
        (
            "Mit einem Fachtag hat die Hansestadt Lübeck am 12. März die Woche eröffnet.",
            "Fachtag der Hansestadt",
        ),
    ],
)
def test_an_event_named_after_a_feminine_body_takes_der(text: str, label: str) -> None:
    names = [name for name, _ in facts_of("Titel\n\n" + text, RELEASE).events]
    assert any(label in name for name in names), names


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Am 12. März fand das sachsenweite IQ-Netzwerktreffen in Leipzig statt.",
            "Sachsenweites IQ-Netzwerktreffen",
        ),
        ("Zum bayernweiten Fachtag kamen am 12. März viele Gäste nach Nürnberg.", "Bayernweiter Fachtag"),
        ("Am 12. März begann in Kiel die landesweite Konferenz.", "Landesweite Konferenz"),
        ("Am 12. März fand in Kiel der 3. bundesweite Fachtag statt.", "3. bundesweiter Fachtag"),
    ],
)
def test_an_adjective_of_extent_stays_in_the_events_name(text: str, label: str) -> None:
    names = [name for name, _ in facts_of("Titel\n\n" + text, RELEASE).events]
    assert label in names, names


@pytest.mark.parametrize(
    "text",
    [
        "Im Förderzeitraum vom 1. Januar 2029 bis 31. Dezember 2031 fand ein Fachtag statt.",
        "Das Projekt läuft vom 1. Oktober bis 31. Dezember; ein Fachtag ist geplant.",
        "Vom 1. Juli 2030 bis zum 30. Juni 2031 lud der Verein Brückenbau zu Workshops ein.",
    ],
)
def test_a_span_longer_than_a_month_is_a_period_no_events_day(text: str) -> None:
    assert not {d for d in _event_dates(text) if d is not None}


@pytest.mark.parametrize(
    ("text", "first_day"),
    [
        ("Die Ausstellung ist vom 3. bis 28. Mai 2031 im Rathaus Kiel zu sehen.", dt.date(2031, 5, 3)),
        ("Der Kongress fand vom 30. Dezember 2030 bis 2. Januar 2031 in Kiel statt.", dt.date(2030, 12, 30)),
        ("Die Aktionswoche findet vom 22. bis 28. September 2031 statt.", dt.date(2031, 9, 22)),
    ],
)
def test_an_event_of_days_or_weeks_keeps_its_first_day(text: str, first_day: dt.date) -> None:
    assert _event_dates(text) == {first_day}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. Mai, genau zwei Jahre nach dem Start der Beratungsstelle am 2. Mai 2029, kamen 50 Gäste zum Empfang.",
        "Zwei Jahre nach dem Start der Beratungsstelle am 2. Mai 2029 kamen am 12. Mai 50 Gäste zum Empfang.",
        "Seit ihrer Gründung am 2. Mai 2029 berät die Stelle; am 12. Mai lud sie zum Empfang ins Rathaus Jena.",
        "Der Empfang am 12. Mai fand ein Jahr vor dem Umzug der Stelle am 2. Mai 2032 statt.",
    ],
)
def test_a_day_of_comparison_does_not_split_the_event_in_two(text: str) -> None:
    assert _event_dates(text) == {dt.date(2031, 5, 12)}


@pytest.mark.parametrize("heading", ["Einladung zum Fachtag", "Fachtag", "Wir laden ein zum Fachtag"])
def test_an_event_noun_closing_its_line_takes_no_name_from_the_next(heading: str) -> None:
    facts = facts_of(f"Titel\n\n{heading}\nTermin: 12. Juni 2031\nOrt: Rathaus Kiel", RELEASE)
    assert [label for label, _ in facts.events] == ["Fachtag"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Am 14. Juni folgte die Jobmesse im Rathaus.",
        "Die Jobmesse hatte am 14. Juni rund 500 Gäste.",
        "Im Juni war es so weit: Am 14.06. eröffnete die Jobmesse.",
    ],
)
def test_a_day_without_a_year_told_in_the_past_lies_before_a_later_release(sentence: str) -> None:
    review = dt.date(2031, 12, 15)
    assert [d.date for d in find_dates(sentence, review)] == [dt.date(2031, 6, 14)]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Am 14. Juni folgt die Jobmesse.", dt.date(2032, 6, 14)),  # no past read: the nearest
        (
            "Am 20. Februar fand die Jobmesse statt.",
            dt.date(2032, 2, 20),
        ),  # weeks after: a release written ahead
        (
            "Die Jobmesse am 14. Juni war gut besucht, die nächste wird größer.",
            dt.date(2032, 6, 14),
        ),  # both tenses
        ("Die nächste Jobmesse findet am 14. Juni statt.", dt.date(2032, 6, 14)),
    ],
)
def test_a_day_near_the_release_or_not_told_in_the_past_alone_is_the_nearest(
    sentence: str, day: dt.date
) -> None:
    assert [d.date for d in find_dates(sentence, dt.date(2031, 12, 15))] == [day]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Landesregierung hat am 16. Juni 2031 den Integrationspreis an drei Projekte verliehen.",
            "Verleihung des Integrationspreises",
        ),
        (
            "Am 10. Juni 2031 wurde in München der Integrationspreis der Stadt Kiel verliehen.",
            "Verleihung des Integrationspreises der Stadt Kiel",
        ),
        (
            "Am 16. Juni 2031 wurde der Verein Lernwerk e. V. mit dem Hauptpreis des Vielfaltspreises der "
            "Handwerkskammer Kassel ausgezeichnet.",
            "Verleihung des Vielfaltspreises der Handwerkskammer Kassel",
        ),
    ],
)
def test_an_award_told_by_its_verb_is_named_by_the_prize_given(text: str, label: str) -> None:
    events = facts_of("Titel\n\n" + text, dt.date(2031, 6, 20)).events
    assert [name for name, _ in events] == [label]


def test_an_award_with_no_prize_named_keeps_its_verbs_noun() -> None:
    events = facts_of(
        "Titel\n\nAm 10. Juni 2031 wurden drei Betriebe ausgezeichnet.", dt.date(2031, 6, 20)
    ).events
    assert [name for name, _ in events] == ["Preisverleihung"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Fachtag der Stadt Kassel fand am 14. Mai 2031 im Rathaus statt.", "Fachtag der Stadt Kassel"),
        ("Der Empfang des Landkreises Fulda fand am 14. Mai 2031 statt.", "Empfang des Landkreises Fulda"),
        (
            "Am 14. Mai 2031 begann die Jobmesse der Hansestadt Rostock im Hafen.",
            "Jobmesse der Hansestadt Rostock",
        ),
    ],
)
def test_a_town_after_a_genitive_noun_stays_in_the_events_name(text: str, label: str) -> None:
    events = facts_of("Titel\n\n" + text, dt.date(2031, 6, 20)).events
    assert [name for name, _ in events] == [label]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Am 5. Juni 2031 lud das Land zum dritten Integrationsgipfel in die Staatskanzlei.",
            "Dritter Integrationsgipfel",
        ),
        ("Am 5. Juni 2031 fand in Jena der zweite Fachkräftedialog statt.", "Zweiter Fachkräftedialog"),
        ("Am 5. Juni 2031 fand in Gera der erste Unternehmerabend statt.", "Erster Unternehmerabend"),
    ],
)
def test_an_ordinal_takes_the_gender_of_a_masculine_event_noun(text: str, label: str) -> None:
    events = facts_of("Titel\n\n" + text, dt.date(2031, 6, 20)).events
    assert [name for name, _ in events] == [label]


@pytest.mark.parametrize(
    "text",
    [
        "Am 5. Juni 2031 diskutierten in Kassel Vertreterinnen und Vertreter aus Politik und Wirtschaft. Petra "
        "Beispiel eröffnete.",
        "Rund 60 Akteure der Arbeitsmarktpolitik berieten am 5. Juni 2031 in Fulda. Petra Beispiel eröffnete.",
        "Am 5. Juni 2031 kamen in Gießen zahlreiche Interessierte zusammen. Petra Beispiel eröffnete.",
    ],
)
def test_representatives_and_stakeholders_who_met_on_a_day_make_an_event(text: str) -> None:
    facts = facts_of("Titel\n\n" + text, dt.date(2031, 6, 20))
    assert [day for _, day in facts.events] == [dt.date(2031, 6, 5)]
    assert {s for s, p, _ in facts.relations if p == "speakerAt"} == {"Petra Beispiel"}


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Die Tagung fand vom 22. bis zum 23. Mai 2031 in Kiel statt.", dt.date(2031, 5, 22)),
        ("Vom 3. bis zum 5. Juni 2031 trafen sich 80 Fachleute in Halle.", dt.date(2031, 6, 3)),
        ("Das Forum lief vom 29. bis zum 30.06.2031 in Jena.", dt.date(2031, 6, 29)),
    ],
)
def test_a_range_written_with_bis_zum_gives_its_first_day(text: str, first: dt.date) -> None:
    dates = find_dates(text, dt.date(2031, 7, 10), "day")
    assert [(d.date, d.range) for d in dates] == [(first, True)]


def test_a_deadline_with_bis_zum_stays_a_single_day() -> None:
    dates = find_dates("Anmeldung bis zum 23. Mai 2031.", dt.date(2031, 5, 1), "day")
    assert [(d.date, d.range) for d in dates] == [(dt.date(2031, 5, 23), False)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Auftaktveranstaltung des Projekts Brücke fand am 5. Juni 2031 in Leipzig statt.",
            "Auftaktveranstaltung des Projekts Brücke",
        ),
        (
            "Am 5. Juni 2031 fand der Fachtag des Teilprojekts Lotse in Halle statt.",
            "Fachtag des Teilprojekts Lotse",
        ),
        (
            "Die Abschlussveranstaltung des neuen Programms Chance fand am 5. Juni 2031 statt.",
            "Abschlussveranstaltung des neuen Programms Chance",
        ),
    ],
)
def test_an_unquoted_name_after_a_projects_noun_stays_in_the_events_name(text: str, label: str) -> None:
    events = facts_of("Titel\n\n" + text, dt.date(2031, 6, 20)).events
    assert [name for name, _ in events] == [label]


def test_a_headline_naming_an_event_at_its_lines_end_keeps_the_name() -> None:
    events = facts_of(
        "Fachtag Anerkennung\n\nDer Fachtag fand am 5. Juni 2031 in Kassel statt.", dt.date(2031, 6, 20)
    )
    assert [name for name, _ in events.events] == ["Fachtag Anerkennung"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Die Tagung fand am 5. und am 6. Juni 2031 in Kiel statt.", dt.date(2031, 6, 5)),
        ("Die Messe lief vom 5. bis einschließlich 7. Juni 2031 in Halle.", dt.date(2031, 6, 5)),
        ("Am 29. sowie 30. Juni 2031 trafen sich 80 Fachleute in Jena.", dt.date(2031, 6, 29)),
    ],
)
def test_two_days_joined_by_und_am_sowie_or_einschliesslich_give_the_first(text: str, first: dt.date) -> None:
    dates = find_dates(text, dt.date(2031, 7, 10), "day")
    assert [(d.date, d.range) for d in dates] == [(first, True)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Am 5. Juni 2031 fand das 10. IQ-Netzwerktreffen Hessen statt.", "10. IQ-Netzwerktreffen Hessen"),
        ("Der Fachtag Sachsen-Anhalt fand am 5. Juni 2031 statt.", "Fachtag Sachsen-Anhalt"),
        ("Am 5. Juni 2031 begann die Jobmesse Thüringen, die bis zum Abend dauerte.", "Jobmesse Thüringen"),
    ],
)
def test_a_land_right_after_the_event_noun_is_part_of_its_name(text: str, label: str) -> None:
    events = facts_of("Titel\n\n" + text, dt.date(2031, 6, 20)).events
    assert [name for name, _ in events] == [label]


def test_a_person_right_after_the_event_noun_is_not_part_of_its_name() -> None:
    text = "Zum Fachtag Staatssekretärin Petra Beispiel: Sie eröffnete ihn am 5. Juni 2031."
    events = facts_of("Titel\n\n" + text, dt.date(2031, 6, 20)).events
    assert [name for name, _ in events] == ["Fachtag"]


FRIDAY = dt.date(2031, 6, 20)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Am Freitag vergangener Woche fand der Fachtag statt.", dt.date(2031, 6, 13)),
        ("Am Dienstag der vergangenen Woche eröffnete Petra Beispiel die Tagung.", dt.date(2031, 6, 10)),
        ("Mittwoch letzter Woche kamen 80 Gäste zum Empfang.", dt.date(2031, 6, 11)),
    ],
)
def test_a_weekday_of_last_week_is_that_day_of_the_week_before_the_releases(text: str, day: dt.date) -> None:
    assert [d.date for d in find_dates(text, FRIDAY, "day")] == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Am gestrigen Abend fand der Empfang statt.", dt.date(2031, 6, 19)),
        ("Am vergangenen Mittwochabend fand der Fachtag statt.", dt.date(2031, 6, 18)),
        ("Am heutigen Vormittag eröffnete Petra Beispiel die Messe.", dt.date(2031, 6, 20)),
    ],
)
def test_a_time_of_day_after_a_relative_day_keeps_the_day(text: str, day: dt.date) -> None:
    assert [d.date for d in find_dates(text, FRIDAY, "day")] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Die Bewerbungsfrist für den Integrationspreis endet am 5. Juni 2031. Die Verleihung findet im Herbst statt.",
        "Die Ausstellung im Rathaus endet am 5. Juni 2031.",
        "Die Anmeldung zum Fachtag läuft am 5. Juni 2031 ab; der Fachtag selbst folgt im Sommer.",
    ],
)
def test_a_day_something_ends_on_or_a_season_after_it_dates_no_event(text: str) -> None:
    days = [day for _, day in facts_of("Titel\n\n" + text, dt.date(2031, 5, 20)).events]
    assert dt.date(2031, 6, 5) not in days


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März gründete sich in Kassel der Verein Lernwerk e. V.",
        "Am 12. März wurde in Kassel der Verein Lernwerk e. V. gegründet.",
        "Der Verein Lernwerk e. V. wurde am 12. März in Kassel gegründet.",
    ],
)
def test_a_body_founded_on_a_day_is_a_founding_it_holds(text: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    assert [d for _, d in f.events] == [dt.date(2031, 3, 12)]
    assert {(p, o) for _, p, o in f.relations if p == "organisedBy"} == {("organisedBy", "Lernwerk e. V.")}


def test_a_body_founded_in_a_year_is_no_event() -> None:
    assert not facts_of("Titel\n\nDer Verein Lernwerk e. V. wurde 2015 in Kassel gegründet.", RELEASE).events


@pytest.mark.parametrize(
    ("page", "day"),
    [
        (
            "Fachkonferenz „Anerkennung wirkt“\nDonnerstag, 26. Juni 2031, 9:30 bis 16:00 Uhr\n",
            dt.date(2031, 6, 26),
        ),
        ("Fachtag Pflege international\n26.06.2031, 10 Uhr\nRathaus Kassel\n", dt.date(2031, 6, 26)),
        (
            "Netzwerktreffen der IQ Beratungsstellen\nMittwoch, den 2. Juli 2031, 14–17 Uhr\n",
            dt.date(2031, 7, 2),
        ),
    ],
)
def test_a_day_with_its_hours_under_an_event_s_name_is_its_day(page: str, day: dt.date) -> None:
    text = page + "\nEine Veranstaltung des Vereins Lernwerk e. V.\n"
    assert [d for _, d in facts_of(text, RELEASE).events] == [day]


def test_a_headline_s_dateline_without_hours_is_the_release_s_day() -> None:
    text = "Fachtag Pflege international\n26.06.2031\n\nDer Verein Lernwerk e. V. stellt sein Programm vor.\n"
    assert not facts_of(text, RELEASE).events


@pytest.mark.parametrize(
    "text",
    [
        "Im März begann die Reihe mit einem Online-Auftakt. Rund 150 Teilnehmende verfolgten am 17. März die Vorträge.",
        "Die Reihe startete mit einem Fachforum. Am 17. März lauschten rund 80 Gäste den Beiträgen.",
        "Ein Webinar eröffnete die Reihe. Am 17. März verfolgten über 200 Interessierte den Livestream.",
    ],
)
def test_guests_who_followed_the_programme_on_a_day_date_the_event_named_before(text: str) -> None:
    assert [d for _, d in facts_of("Titel\n\n" + text, RELEASE).events] == [dt.date(2031, 3, 17)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Mit einer Auftaktveranstaltung im Rathaus ist am 12. März das neue Teilprojekt „Werkbank Vielfalt“ gestartet.",
            "Auftaktveranstaltung des Teilprojekts „Werkbank Vielfalt“",
        ),
        (
            "Der Startschuss für das Kasseler Netzwerk „Arbeit durch Anerkennung“ fiel am 12. März mit einer"
            " Auftaktveranstaltung.",
            "Auftaktveranstaltung des Kasseler Netzwerks „Arbeit durch Anerkennung“",
        ),
        (
            "Im März startete die Reihe „Fachkräfte im Dialog“ mit einem Online-Auftakt. Rund 150 Teilnehmende"
            " verfolgten am 12. März die Vorträge.",
            "Online-Auftakt der Reihe „Fachkräfte im Dialog“",
        ),
    ],
)
def test_a_kickoff_is_named_after_what_it_started(text: str, label: str) -> None:
    assert [name for name, _ in facts_of("Titel\n\n" + text, RELEASE).events] == [label]


def test_a_kickoff_with_no_start_told_keeps_its_noun() -> None:
    text = (
        "Am 12. März fand die Auftaktveranstaltung im Rathaus statt, die Reihe „Fachkräfte im Dialog“ folgt."
    )
    assert [name for name, _ in facts_of("Titel\n\n" + text, RELEASE).events] == ["Auftaktveranstaltung"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Start der Beratung folgt am 2. April.", "Start der Beratung"),
        (
            "Zum Start des Projekts „Werkbank Vielfalt“ hatte die Stadt Fulda am 12. März eingeladen.",
            "Start des Projekts „Werkbank Vielfalt“",
        ),
        (
            "Am 12. März feierte der Verein Lernwerk e. V. den Start der Kampagne „Arbeit zählt“.",
            "Start der Kampagne „Arbeit zählt“",
        ),
    ],
)
def test_a_start_named_with_what_started_is_an_event(text: str, label: str) -> None:
    assert [name for name, _ in facts_of("Titel\n\n" + text, RELEASE).events] == [label]


@pytest.mark.parametrize(
    "text",
    [
        "Seit dem Start des Projekts im Mai 2029 wurden 300 Menschen beraten.",
        "Der Start ist für den 2. April geplant.",
    ],
)
def test_a_start_since_a_time_or_without_what_started_is_no_event_noun(text: str) -> None:
    assert all(not name.startswith("Start ") for name, _ in facts_of("Titel\n\n" + text, RELEASE).events)


@pytest.mark.parametrize(
    "text",
    [
        "„Das ist ein guter Tag für die Region“, sagte Petra Beispiel bei der Unterzeichnung im Sitzungssaal.",
        "Bei der Übergabe im Foyer betonte Karl Muster: „Wir haben lange darauf hingearbeitet.“",
        "„Jetzt beginnt die eigentliche Arbeit“, erklärte Anna Probe beim Spatenstich im Gewerbegebiet.",
    ],
)
def test_a_bare_act_noun_without_day_or_host_is_no_event(text: str) -> None:
    assert facts_of("Titel\n\n" + text, RELEASE).events == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein Lernwerk und die Stadt Beispielstadt haben am 12. Mai eine Kooperationsvereinbarung geschlossen.",
        "Am 12. Mai wurde zwischen der Stadt Beispielstadt und dem Verein Lernwerk ein Vertrag abgeschlossen.",
        "Einen Rahmenvertrag hat der Verein Lernwerk am 12. Mai mit der Kammer Beispielstadt geschlossen.",
    ],
)
def test_an_agreement_closed_on_a_day_in_the_perfect_is_an_event(text: str) -> None:
    assert _event_dates(text) == {dt.date(2031, 5, 12)}


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Die Jahrestagung des Vereins Lernwerk begann am Montag in Kassel.", dt.date(2031, 5, 19)),
        ("Am Freitag endete die Aktionswoche der Kammer Beispielstadt.", dt.date(2031, 5, 16)),
        ("Am Samstag versammelten sich 80 Fachleute zum Fachtag in Jena.", dt.date(2031, 5, 17)),
    ],
)
def test_a_bare_weekday_in_a_sentence_told_by_began_ended_or_gathered_is_the_last_one(
    sentence: str, day: dt.date
) -> None:
    assert [d.date for d in find_dates(sentence, RELEASE)] == [day]
