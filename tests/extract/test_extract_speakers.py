"""Speakers at events and the day that decides which event they belong to, in sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import facts_of
from iqgraph.extract import extract
from iqgraph.extract.text.dates import find_dates
from iqgraph.models import Release
from iqgraph.reference import load_reference

RELEASE = dt.date(2031, 5, 20)  # a Tuesday


def _speakers(text: str, date: dt.date | None = RELEASE) -> set[str]:
    return {s for s, p, _ in facts_of("Titel\n\n" + text, date).relations if p == "speakerAt"}


def _event_dates(text: str, date: dt.date | None = RELEASE) -> set[dt.date | None]:
    return {d for _, d in facts_of("Titel\n\n" + text, date).events}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Zu Wort kamen Petra Beispiel und Karl Muster.",
        "Beim Fachtag am 12. März kamen auch Petra Beispiel und Karl Muster zu Wort.",
        "Am 12. März tagte das Forum in Kiel. Dort ergriffen Petra Beispiel und Karl Muster das Wort.",
        "Der Fachtag begann am 12. März mit einleitenden Worten von Petra Beispiel und Karl Muster.",
    ],
)
def test_persons_given_the_floor_speak(text: str) -> None:
    assert _speakers(text) == {"Petra Beispiel", "Karl Muster"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand die Jahrestagung statt. Durch die Tagung führte Petra Beispiel.",
        "Am 12. März fand der Infotag statt. Durch den Infotag führten Petra Beispiel und Anna Probe.",
        "Am 12. März war Fachtag in Kiel. Durch den ganzen Fachtag führte Petra Beispiel.",
    ],
)
def test_leading_through_any_named_occasion_makes_a_speaker(text: str) -> None:
    assert "Petra Beispiel" in _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Petra Beispiel hob die Rolle der Betriebe hervor.",
        "Am 12. März fand der Fachtag statt. Petra Beispiel machte deutlich, dass Beratung wirkt.",
        "Der Fachtag tagte am 12. März. Bilanz zog Petra Beispiel vom Verein Brückenbau.",
        "Am 12. März fand der Fachtag statt. Petra Beispiel zog eine positive Bilanz.",
        "Am 12. März fand der Fachtag statt. Die Ergebnisse fasste Petra Beispiel am Ende zusammen.",
        "Am 12. März fand der Fachtag statt. Petra Beispiel blickte auf zehn Jahre Beratung zurück.",
        "Am 12. März fand der Fachtag statt. Über neue Regeln informierte Petra Beispiel.",
        "Am 12. März fand der Fachtag statt. Petra Beispiel skizzierte die nächsten Schritte.",
    ],
)
def test_split_and_further_reporting_verbs_at_an_event_held_make_a_speaker(text: str) -> None:
    assert _speakers(text) == {"Petra Beispiel"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Petra Beispiel informierte sich über die Beratung.",
        "Am 12. März fand der Fachtag statt. Mit anderen Worten: Petra Beispiel war zufrieden.",
        "Am 12. Juni findet der Fachtag statt. Petra Beispiel hob die Rolle der Betriebe hervor.",
    ],
)
def test_being_informed_a_figure_of_speech_or_an_announcement_make_no_speaker(text: str) -> None:
    assert _speakers(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. Juni findet der Fachtag statt. Am Nachmittag diskutieren Petra Beispiel und Karl Muster.",
        "Der Fachtag am 12. Juni bringt Praxis und Politik zusammen: Es diskutieren Petra Beispiel und Karl Muster.",
        "Am 12. März fand der Fachtag statt. Petra Beispiel und Karl Muster diskutierten mit den Gästen.",
    ],
)
def test_discussing_in_any_tense_makes_a_speaker(text: str) -> None:
    assert _speakers(text) == {"Petra Beispiel", "Karl Muster"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Am 12. März begrüßte Ministerin Petra Beispiel rund 100 Gäste im Rathaus.", dt.date(2031, 3, 12)),
        (
            "Landrätin Petra Beispiel hieß am 12. März die Teilnehmenden im Kreishaus willkommen.",
            dt.date(2031, 3, 12),
        ),
        (
            "Die Stiftung Lernbrücke hatte am 12. März Betriebe ins Rathaus eingeladen. Dort sprach Petra Beispiel.",
            dt.date(2031, 3, 12),
        ),  # fmt: skip
        (
            "Am 14. Mai lud der Verein Brückenbau Betriebe in die Stadthalle ein. Petra Beispiel sprach.",
            dt.date(2031, 5, 14),
        ),  # fmt: skip
        (
            "Oberbürgermeisterin Petra Beispiel überreichte die Urkunden am 12. März im Rathaus.",
            dt.date(2031, 3, 12),
        ),  # fmt: skip
    ],
)
def test_a_gathering_told_by_its_hosts_verb_on_a_day_is_an_event_with_speakers(
    text: str, day: dt.date
) -> None:
    assert _event_dates(text) == {day}
    assert _speakers(text) == {"Petra Beispiel"}


@pytest.mark.parametrize(
    "text",
    [
        "Petra Beispiel begrüßte am 12. März die Entscheidung des Landes.",
        "Der Verein Brückenbau hat bis zum 12. März zur Bewerbung eingeladen.",
    ],
)
def test_welcoming_a_decision_or_a_deadline_is_no_gathering(text: str) -> None:
    assert _event_dates(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kiel, 20.05.2031 – Am gestrigen Montag fand der Fachtag statt. Petra Beispiel sprach.",
        "Kiel, 20. Mai 2031 – Gestern fand der Fachtag statt. Petra Beispiel sprach.",
        "(Kiel/Lübeck, den 20. Mai 2031) Über 100 Gäste kamen am 19. Mai zum Fachtag. Petra Beispiel sprach.",
    ],
)
def test_a_datelines_date_is_not_the_day_of_the_event_reported(text: str) -> None:
    assert _event_dates(text) == {dt.date(2031, 5, 19)}
    assert _speakers(text) == {"Petra Beispiel"}


def test_a_datelines_date_alone_may_be_the_events_day() -> None:
    text = "Kiel, 20.05.2031 – Heute fand der Fachtag in der Stadthalle statt. Petra Beispiel sprach."
    assert _event_dates(text) == {dt.date(2031, 5, 20)}


@pytest.mark.parametrize("relative", ["Am gestrigen Montag", "Gestern", "Am vorgestrigen Sonntag"])
def test_a_day_named_relative_to_the_release_ends_no_range(relative: str) -> None:
    dates = find_dates(f"Kiel, 20.05.2031 – {relative} tagte das Forum.", RELEASE)
    assert len(dates) == 2 and not dates[0].range


@pytest.mark.parametrize(
    "text",
    [
        "Der Fachtag, der am Freitag in Kiel stattfand, war gut besucht. Petra Beispiel sprach.",
        "Die Tagung, an der am Freitag rund 80 Gäste teilnahmen, war gut besucht. Petra Beispiel sprach.",
        "Zum Infotag, zu dem am Freitag viele zusammenkamen, sprach Petra Beispiel.",
    ],
)
def test_a_separable_verb_at_the_clause_end_puts_a_bare_weekday_in_the_past(text: str) -> None:
    assert _event_dates(text) == {dt.date(2031, 5, 16)}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Landrätin Petra Beispiel kam auch. Sie dankte allen Gästen.",
        "Am 12. März fand der Fachtag statt. Petra Beispiel kam auch. In ihrer Rede betonte sie die Rolle der Betriebe.",
        "Am 12. März war Petra Beispiel zu Gast beim Verein Brückenbau. Anschließend sprach sie mit Betrieben.",
    ],
)
def test_a_singular_pronoun_subject_speaks_for_the_last_person_of_its_gender(text: str) -> None:
    assert _speakers(text) == {"Petra Beispiel"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Landrat Karl Muster kam auch. Sie dankte allen Gästen.",
        "Am 12. März fand der Fachtag statt. Petra Beispiel und Anna Probe kamen. Sie diskutierten lange.",
        "Am 12. März fand der Fachtag statt. Vorab hatte Petra Beispiel in einem Interview erklärt, was fehlt. "
        "Deshalb betonte sie die Rolle der Betriebe.",
    ],
)
def test_a_pronoun_of_another_gender_a_plural_or_one_going_on_with_a_press_statement_speaks_for_no_one(
    text: str,
) -> None:
    assert _speakers(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Staatssekretär Karl Muster würdigte beim Fachtag in Kiel die Arbeit der Beratungsstellen.",
        "Beim Infotag „Wege“ dankte Karl Muster den Beratenden.",
        "Karl Muster unterstrich beim Netzwerktreffen in Jena die Rolle der Kammern.",
    ],
)
def test_reported_speech_placed_beim_an_undated_event_makes_it_held_with_its_speaker(text: str) -> None:
    assert _event_dates(text) == {None}
    assert _speakers(text) == {"Karl Muster"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Am 12. März war Petra Beispiel zu Gast beim Verein Brückenbau. Sie hielt eine Rede.",
            dt.date(2031, 3, 12),
        ),  # fmt: skip
        ("Am 12. März lud der Verein Brückenbau zum Austausch. Petra Beispiel sprach.", dt.date(2031, 3, 12)),
        (
            "Der Verein Brückenbau lädt am 14. Juni zur Diskussion. Petra Beispiel spricht.",
            dt.date(2031, 6, 14),
        ),
    ],
)
def test_a_visit_or_an_invitation_to_an_occasion_on_a_day_is_an_event(text: str, day: dt.date) -> None:
    assert _event_dates(text) == {day}
    assert _speakers(text) == {"Petra Beispiel"}


@pytest.mark.parametrize(
    "text",
    [
        "Der Fachtag „Wege“ war gut besucht. Er fand am 12. März im Rathaus statt. Petra Beispiel eröffnete ihn.",
        "Die Jahrestagung war ausgebucht. Sie fand am 12. März in Jena statt. Petra Beispiel sprach.",
        "Ein Infotag lockte viele Gäste. Am 12. März fand er im Rathaus statt. Petra Beispiel sprach.",
    ],
)
def test_a_day_told_of_the_event_named_before_dates_it(text: str) -> None:
    assert _event_dates(text) == {dt.date(2031, 3, 12)}
    assert _speakers(text) == {"Petra Beispiel"}


@pytest.mark.parametrize(
    "text",
    [
        "Im Rathaus diskutierten am 12. März rund 200 Gäste. Petra Beispiel eröffnete den Fachtag. "
        "Der nächste Fachtag findet am 3. Juni 2032 statt.",
        "Am 12. März kamen rund 80 Fachleute nach Jena. Petra Beispiel eröffnete die Tagung. "
        "Die nächste Tagung folgt am 3. Juni 2032.",
        "Rund 90 Teilnehmende tauschten sich am 12. März in Kiel aus. Den Infotag eröffnete Petra Beispiel. "
        "Ein weiterer Infotag ist am 3. Juni 2032 geplant.",
    ],
)
def test_a_noun_before_the_event_it_names_is_defined_speaks_of_the_event_in_scope(text: str) -> None:
    f = facts_of("Titel\n\n" + text, RELEASE)
    dates = dict(f.events)
    assert {(s, dates[o]) for s, p, o in f.relations if p == "speakerAt"} == {
        ("Petra Beispiel", dt.date(2031, 3, 12))
    }


@pytest.mark.parametrize(
    "listing",
    [
        "Es sprachen:\n- Petra Beispiel, Ministerin\n- Karl Muster (Jobcenter Kiel)",
        "Auf dem Podium:\nPetra Beispiel, Stiftung Lernbrücke\nKarl Muster, Handwerkskammer Kiel",
        "Referentinnen und Referenten:\n• Prof. Dr. Petra Beispiel, Universität Kiel\n• Karl Muster",
    ],
)
def test_the_persons_opening_the_lines_after_a_speech_lead_in_speak(listing: str) -> None:
    text = f"Am 12. März fand der Fachtag in Kiel statt.\n{listing}\n\nAnna Probe war auch da."
    assert _speakers(text) == {"Petra Beispiel", "Karl Muster"}


@pytest.mark.parametrize(
    "listing",
    [
        "Kontakt:\n- Petra Beispiel, Ministerin\n- Karl Muster (Jobcenter Kiel)",
        "Es sprachen:\n\nPetra Beispiel, Ministerin\nKarl Muster, Jobcenter Kiel",
        "Es sprachen Vertreter der Kammern:\nDie Liste folgt.\nPetra Beispiel, Ministerin",
    ],
)
def test_a_list_without_a_speech_lead_in_or_after_a_blank_line_names_no_speaker(listing: str) -> None:
    assert _speakers(f"Am 12. März fand der Fachtag in Kiel statt.\n{listing}") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Petra Beispiel leitete den Workshop „Pflege“.",
        "Am 12. März fand der Fachtag statt. Die Foren leiteten Petra Beispiel und ihr Team.",
        "Am 12. März fand der Fachtag statt. Petra Beispiel erzählte von ihrem Weg in den Beruf.",
        "Am 12. März fand der Fachtag statt. Petra Beispiel beantwortete Fragen aus dem Publikum.",
    ],
)
def test_leading_a_workshop_telling_and_answering_at_an_event_held_make_a_speaker(text: str) -> None:
    assert _speakers(text) == {"Petra Beispiel"}


def test_leading_a_body_makes_no_speaker() -> None:
    assert (
        _speakers("Am 12. März fand der Fachtag statt. Petra Beispiel leitete früher das Jobcenter.") == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Referentin war Petra Beispiel.",
        "Am 12. März fand der Fachtag statt. Als Gastreferentin kam Petra Beispiel aus Jena.",
        "Am 12. März fand der Fachtag statt. Petra Beispiel war als Hauptreferentin geladen.",
    ],
)
def test_a_speaker_called_referent_speaks(text: str) -> None:
    assert _speakers(text) == {"Petra Beispiel"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt.\n\nKontakt:\nPetra Beispiel, Referentin für Öffentlichkeitsarbeit",
        "Am 12. März fand der Fachtag statt. Pressereferentin Petra Beispiel gab die Zahlen bekannt.",
        "Am 12. März fand der Fachtag statt. Petra Beispiel ist Referentin im Ministerium.",
    ],
)
def test_a_referent_by_post_makes_no_speaker(text: str) -> None:
    assert _speakers(text) == set()


@pytest.mark.parametrize(
    "noun",
    ["der Fachkräftedialog", "der Netzwerkabend", "der Fachaustausch", "der Online-Talk", "das Speed-Dating"],
)
def test_talks_exchanges_and_evenings_are_events(noun: str) -> None:
    text = f"Am 12. März fand in Kiel {noun} statt. Petra Beispiel sprach."
    assert _event_dates(text) == {dt.date(2031, 3, 12)}
    assert _speakers(text) == {"Petra Beispiel"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand im Rathaus Kiel das Planspiel „Ankommen“ statt. Petra Beispiel sprach.",
        "Das Begegnungsspiel fand am 12. März statt. Petra Beispiel sprach.",
        "Am 12. März findet die Ideenbörse statt. Es spricht Petra Beispiel.",
    ],
)
def test_an_occasion_of_any_name_that_took_place_on_a_day_is_an_event(text: str) -> None:
    assert _event_dates(text) == {dt.date(2031, 3, 12)}
    assert _speakers(text) == {"Petra Beispiel"}


def test_a_bare_dialog_is_no_event() -> None:
    assert _event_dates("„Wir sind im Dialog mit den Betrieben“, sagte Petra Beispiel.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Anlässlich des Fachtags in Kiel betonte Petra Beispiel die Rolle der Betriebe.",
        "„Wir brauchen Fachkräfte“, so Petra Beispiel auf dem Fachtag in Kiel.",
        "„Beratung wirkt“, so Petra Beispiel anlässlich der Jahrestagung in Jena.",
    ],
)
def test_speech_on_the_occasion_of_an_undated_event_makes_it_held_with_its_speaker(text: str) -> None:
    assert _event_dates(text) == {None}
    assert _speakers(text) == {"Petra Beispiel"}


def test_a_bare_attribution_with_no_event_named_makes_no_speaker() -> None:
    assert (
        _speakers("„Wir brauchen Fachkräfte“, so Petra Beispiel. Der Fachtag findet im Mai statt.") == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Der Sächsische Ausländerbeauftragte Karl Muster lud ein. Am 12. März fand der Fachtag statt. "
        "Dort sprach der Sächsische Ausländerbeauftragte.",
        "Vorsitzender Karl Muster kam auch. Am 12. März fand der Fachtag statt. Eröffnet wurde er vom Vorsitzenden.",
        "Karl Muster, Hessischer Integrationsbeauftragter, kam auch. Am 12. März fand der Fachtag statt. "
        "Es sprach der Hessische Integrationsbeauftragte.",
    ],
)
def test_a_person_named_again_by_an_adjective_title_or_with_a_lands_adjective_speaks(text: str) -> None:
    assert _speakers(text) == {"Karl Muster"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Den Abschluss bildete eine Diskussionsrunde mit Petra Beispiel und "
        "Karl Muster.",
        "Am 12. März folgt ein Pressegespräch mit Petra Beispiel und Karl Muster.",
        "Am 12. März schließt sich ein Podiumsgespräch im Rathaus Kiel mit Karl Muster und Petra Beispiel an.",
        "Am 12. März fand der Infotag statt. Zum Schluss gab es einen Talk mit Petra Beispiel und Karl Muster.",
    ],
)
def test_a_talk_with_persons_makes_them_speakers(text: str) -> None:
    assert _speakers(text) == {"Petra Beispiel", "Karl Muster"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März besuchte Petra Beispiel die Beratungsstelle in Kiel und führte Gespräche mit Karl Muster.",
        "Am 12. März besuchte Petra Beispiel die Beratungsstelle. Dort war sie im Gespräch mit Karl Muster.",
        "Bei ihrem Besuch am 12. März suchte Petra Beispiel das Gespräch mit Karl Muster.",
        "Am 12. März führte Petra Beispiel ein Fachgespräch mit Karl Muster vom Jobcenter Kiel.",
    ],
)
def test_talks_with_those_met_not_on_stage_make_no_speaker(text: str) -> None:
    assert "Karl Muster" not in _speakers(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ministerin Petra Beispiel übergab am 12. März in Kiel den Förderbescheid.", dt.date(2031, 3, 12)),
        (
            "Am Montag hat Petra Beispiel die Urkunden an zwölf Absolventinnen übergeben.",
            dt.date(2031, 5, 19),
        ),
        (
            "Zwanzig Pflegekräfte erhielten am 12. März in Jena ihre Anerkennungszertifikate.",
            dt.date(2031, 3, 12),
        ),
        ("Die Zeugnisse übergaben Petra Beispiel und Karl Muster am 12. März.", dt.date(2031, 3, 12)),
    ],
)
def test_documents_handed_over_on_a_day_are_a_handover(text: str, day: dt.date) -> None:
    assert _event_dates(text) == {day}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März wurde die Koordination an den Verein Brückenbau übergeben.",
        "Der Kurs beginnt am 12. März; am Ende erhalten alle ein Zertifikat.",
        "Das Projekt erhielt am 12. März die Zusage des Landes.",
        "Zwölf Vereine erhielten am 12. März ihre Förderbescheide per Post.",
    ],
)
def test_a_task_handed_over_or_a_certificate_a_course_gives_is_no_handover(text: str) -> None:
    assert _event_dates(text) == set()


@pytest.mark.parametrize(
    "programme",
    [
        "10:00 Uhr Begrüßung\nPetra Beispiel, Verein Brückenbau\n\n10:30 Uhr Vortrag\nProf. Dr. Karl Muster",
        "10.00 – 10.30 Uhr: Grußwort\nStaatssekretärin Petra Beispiel\n11.00 Uhr: Impulsvortrag\nKarl Muster, Jena",
        "9:30 Eröffnung\nPetra Beispiel\n\n10:15 Keynote „Wege in Arbeit“\nKarl Muster (Universität Jena)",
    ],
)
def test_the_person_on_the_line_after_a_timed_programme_item_speaks(programme: str) -> None:
    assert _speakers(f"Der Fachtag findet am 12. Juni statt.\n\nProgramm\n\n{programme}") == {
        "Petra Beispiel",
        "Karl Muster",
    }


@pytest.mark.parametrize(
    "programme",
    [
        "10:00 Uhr Begrüßung\n\nPetra Beispiel leitet den Verein.",  # after a blank line
        "10:00 Uhr Mittagspause\nPetra Beispiel, Verein Brückenbau",  # no speech act
        "Begrüßung\nPetra Beispiel leitet den Verein Brückenbau.",  # no time: no programme item
    ],
)
def test_no_timed_speech_item_or_a_blank_line_between_makes_no_speaker(programme: str) -> None:
    assert _speakers(f"Der Fachtag findet am 12. Juni statt.\n\nProgramm\n\n{programme}") == set()


@pytest.mark.parametrize(
    "said",
    [
        "Petra Beispiel führte in das Thema ein.",
        "In die rechtlichen Fragen führte Petra Beispiel ein.",
        "Petra Beispiel ging auf die rechtlichen Fragen ein.",
        "Petra Beispiel wies auf die Bedeutung der Beratung hin.",
        "Petra Beispiel rief die Betriebe zu mehr Offenheit auf.",
        "Petra Beispiel zeigte auf, wie Anerkennung gelingt.",
        "Petra Beispiel gab zu bedenken, dass Zeit fehlt.",
        "Petra Beispiel nahm zu den Fragen der Gäste Stellung.",
        "Petra Beispiel warf einen Blick auf die Zahlen.",
        "Petra Beispiel ordnete die Zahlen ein.",
        "Den Auftakt machte Petra Beispiel.",
        "Petra Beispiel bildete mit ihrem Vortrag den Abschluss.",
        "Petra Beispiel beleuchtete die Lage der Betriebe.",
        "Petra Beispiel ermutigte die Teilnehmenden.",
        "Petra Beispiel erinnerte an die Anfänge der Beratung.",
    ],
)
def test_more_reports_of_speech_at_an_event_held_make_a_speaker(said: str) -> None:
    assert _speakers(f"Am 12. März fand der Fachtag statt. {said}") == {"Petra Beispiel"}


@pytest.mark.parametrize(
    "said",
    [
        "Petra Beispiel zeigte sich erfreut über den Zuspruch.",
        "Petra Beispiel führte die neue Regel ein.",
        "Petra Beispiel wies den Antrag zurück.",
        "Petra Beispiel machte einen Rundgang.",
    ],
)
def test_verbs_near_those_of_speech_make_no_speaker(said: str) -> None:
    assert _speakers(f"Am 12. März fand der Fachtag statt. {said}") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Rund 80 Betriebe folgten am 12. März der Einladung des Vereins Brückenbau.",
        "Der Einladung nach Kiel folgten am 12. März rund 80 Betriebe.",
        "Am 12. März nahmen 50 Beraterinnen an einer Schulung in Jena teil.",
        "An der Schulung am 12. März nahm auch Karl Muster teil.",
        "Am 12. März tauschten sich 40 Beraterinnen in Kassel aus.",
        "In Kassel tauschte sich am 12. März das Team der Beratungsstelle aus.",
    ],
)
def test_guests_of_any_name_following_an_invitation_taking_part_or_exchanging_views_on_a_day(
    text: str,
) -> None:
    assert _event_dates(text) == {dt.date(2031, 3, 12)}


@pytest.mark.parametrize(
    "text",
    [
        "Bis zum 12. März können Betriebe an der Umfrage teilnehmen.",
        "Seit dem 12. März nehmen 50 Beraterinnen am Programm teil.",
        "Am 12. März nahm der Landtag den Antrag an.",
    ],
)
def test_a_deadline_a_start_or_a_letter_of_invitation_is_no_gathering(text: str) -> None:
    assert _event_dates(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März wurde der Integrationspreis an den Verein Brückenbau vergeben.",
        "Die Stadt Kiel vergab am 12. März ihren Preis für Vielfalt.",
        "Das Siegel „Faire Arbeit“ vergaben am 12. März die Kammern in Jena.",
        "Am 12. März informierten sich Abgeordnete über die Arbeit der Beratungsstelle.",
        "Bei einem Rundgang am 12. März machte sich Petra Beispiel ein Bild von der Arbeit.",
        "Petra Beispiel informierte sich am 12. März in Gera über die Beratung.",
    ],
)
def test_a_prize_given_or_a_visitor_informed_on_a_day_is_an_event(text: str) -> None:
    assert _event_dates(text) == {dt.date(2031, 3, 12)}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März wurden die Aufträge an drei Firmen vergeben.",
        "Die Preise der Kurse steigen ab dem 12. März.",
        "Bis zum 12. März können sich Betriebe informieren.",
    ],
)
def test_contracts_given_prices_or_a_deadline_to_inform_oneself_are_no_event(text: str) -> None:
    assert _event_dates(text) == set()


def _days_spoken_at(text: str) -> set[str]:
    """The days of the events persons spoke at (their keys end in the day)."""
    release = Release(
        Path("test.txt"), "test", "Titel\n\n" + text, "sha256:0", "txt", title="Titel", date=RELEASE
    )
    found = extract(release, load_reference())
    return {r.object.rsplit("@", 1)[1] for r in found.relations if r.predicate == "speakerAt"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. Mai fand der Fachtag statt. Der nächste Fachtag ist für den 4. Mai 2032 geplant.\n\n"
        "Eröffnet hatte den Tag Petra Beispiel. Anschließend sprach Karl Muster.",
        "Am 12. Mai fand der Fachtag statt. Am 4. Mai 2032 folgt der nächste Fachtag. "
        "Petra Beispiel und Karl Muster hatten zuvor Grußworte gesprochen.",
        "Der Fachtag am 12. Mai war gut besucht; am 4. Mai 2032 wird er wiederholt.\n\n"
        "Die Begrüßung hatte Petra Beispiel übernommen, den Vortrag hielt Karl Muster.",
    ],
)
def test_speech_told_in_the_past_belongs_to_the_event_held_not_the_next_one_announced(text: str) -> None:
    assert _days_spoken_at(text) == {"2031-05-12"}
    assert _speakers(text) == {"Petra Beispiel", "Karl Muster"}


def test_speech_announced_belongs_to_the_next_event() -> None:
    text = (
        "Am 12. Mai fand der Fachtag statt. Der nächste Fachtag ist am 4. Mai 2032. Dort spricht Karl Muster."
    )
    assert _days_spoken_at(text) == {"2032-05-04"}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Die Fachtagung findet am 12. September 2031 in Hannover statt. Karl Muster hatte 2015 die erste "
            "Fachtagung eröffnet. Es sprechen Petra Beispiel und Anna Probe.",
            {"Petra Beispiel", "Anna Probe"},
        ),
        (
            "Am 4. Juni 2031 fand der Fachtag in Kiel statt. Petra Beispiel eröffnete ihn. Beim Fachtag im März 2029 "
            "hatte Karl Muster bereits die Zahlen vorgestellt.",
            {"Petra Beispiel"},
        ),
        (
            "Am 4. Juni 2031 fand der Fachtag in Kiel statt. Anna Probe moderierte. Bereits 2029 hatte der Verband "
            "einen Kongress veranstaltet, auf dem Karl Muster sprach.",
            {"Anna Probe"},
        ),
    ],
)
def test_speech_in_a_sentence_told_in_another_year_is_at_another_occasion(
    text: str, speakers: set[str]
) -> None:
    assert _speakers(text, dt.date(2031, 6, 20)) == speakers


@pytest.mark.parametrize(
    "text",
    [
        "Am 4. Juni 2031 fand der Fachtag statt. Petra Beispiel, die das Netzwerk seit 2015 leitet, eröffnete ihn.",
        "Am 4. Juni 2031 fand der Fachtag statt. Petra Beispiel stellte die Agenda 2030 des Landes vor.",
        "Am 4. Juni 2031 fand der Fachtag statt. „Bis 2035 brauchen wir jede Fachkraft“, sagte Petra Beispiel.",
        "Am 4. Juni 2031 fand der Fachtag statt. Über ihren Weg sprach Petra Beispiel, die 2019 aus Syrien kam.",
        "Am 4. Juni 2031 fand der Fachtag statt. Petra Beispiel, deren Abschluss 2024 anerkannt wurde, berichtete.",
    ],
)
def test_a_year_of_a_span_a_name_or_a_quote_leaves_the_speaker_at_the_event(text: str) -> None:
    assert _speakers(text, dt.date(2031, 6, 20)) == {"Petra Beispiel"}


@pytest.mark.parametrize(
    "statement",
    [
        "Petra Beispiel würdigte in einer Pressemitteilung die Arbeit. Karl Muster ergänzte, die Förderung sei "
        "gesichert.",
        "Laut Mitteilung des Ministeriums lobte Petra Beispiel das Netzwerk. Karl Muster betonte, das Geld sei da.",
        "„Das Netzwerk wirkt“, sagte Petra Beispiel gegenüber der Zeitung. Karl Muster erklärte, man plane mehr.",
    ],
)
def test_reported_speech_going_on_from_a_press_statement_is_no_speech_at_the_event(statement: str) -> None:
    text = "Am 12. März 2031 fand der Fachtag in Kassel statt. Anna Probe eröffnete ihn.\n\n" + statement
    assert _speakers(text, dt.date(2031, 6, 20)) == {"Anna Probe"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ministerin Petra Beispiel warb für schnellere Verfahren. „Wir verschenken Potenzial“, sagte die "
            "SPD-Politikerin am 12. März 2031 auf einer Konferenz in Berlin.",
            "Petra Beispiel",
        ),
        (
            "Staatssekretär Karl Muster besuchte Kassel. Auf dem Fachtag am 12. März 2031 betonte der "
            "Grünen-Politiker die Rolle der Betriebe.",
            "Karl Muster",
        ),
        (
            "Anna Probe sitzt seit 2025 im Landtag. Den Fachtag am 12. März 2031 eröffnete die CDU-Politikerin mit "
            "einem Grußwort.",
            "Anna Probe",
        ),
    ],
)
def test_a_person_named_again_by_a_journalists_epithet_speaks(text: str, speaker: str) -> None:
    assert _speakers(text, dt.date(2031, 6, 20)) == {speaker}


def test_an_epithet_after_a_person_of_unknown_gender_names_no_one() -> None:
    text = "Petra Beispiel und Kim Muster kamen. Den Fachtag am 12. März 2031 eröffnete die SPD-Politikerin."
    assert "Petra Beispiel" not in _speakers(text, dt.date(2031, 6, 20))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Am 12. März 2031 fand in Berlin der Fachtag statt. Auch Bundesministerin Petra Beispiel war gekommen. "
            "Die Ministerin betonte die Rolle der Betriebe.",
            "Petra Beispiel",
        ),
        (
            "Am 12. März 2031 fand in Kassel der Fachtag statt. Auch Oberbürgermeister Karl Muster war gekommen. "
            "Der Bürgermeister lobte in seinem Grußwort die Beratung.",
            "Karl Muster",
        ),
        (
            "Am 12. März 2031 fand in Jena der Fachtag statt. Gekommen war auch die Landesbeauftragte Anna Probe. "
            "Die Beauftragte eröffnete den Nachmittag.",
            "Anna Probe",
        ),
    ],
)
def test_a_compound_title_names_its_holder_again_by_its_last_part(text: str, speaker: str) -> None:
    assert _speakers(text, dt.date(2031, 6, 20)) == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März 2031 fand der Fachtag statt. Mit Beiträgen von Petra Beispiel und Karl Muster.",
        "Am 12. März 2031 fand der Fachtag statt. Es folgten Fachbeiträge von Petra Beispiel und Karl Muster.",
        "Der Fachtag am 12. März 2031 begann mit einem Redebeitrag von Petra Beispiel; danach sprach Karl Muster.",
    ],
)
def test_persons_giving_contributions_speak(text: str) -> None:
    assert _speakers(text, dt.date(2031, 6, 20)) == {"Petra Beispiel", "Karl Muster"}


@pytest.mark.parametrize(
    "heading",
    ["Hintergrund", "Über das IQ Netzwerk Hessen", "Weitere Informationen:"],
)
def test_speech_after_a_background_heading_is_not_at_the_event(heading: str) -> None:
    text = (
        "Am 12. März 2031 fand der Fachtag statt. Petra Beispiel eröffnete ihn.\n\n"
        f"{heading}\n\nDas Netzwerk berät seit 2011. „Wir haben viel erreicht“, sagte Koordinator Karl Muster."
    )
    assert _speakers(text, dt.date(2031, 6, 20)) == {"Petra Beispiel"}


def test_a_sentence_naming_the_event_after_a_background_heading_still_counts() -> None:
    text = (
        "Am 12. März 2031 fand der Fachtag statt. Petra Beispiel eröffnete ihn.\n\nHintergrund\n\n"
        "Auf dem Fachtag sprach auch Karl Muster."
    )
    assert _speakers(text, dt.date(2031, 6, 20)) == {"Petra Beispiel", "Karl Muster"}


@pytest.mark.parametrize(
    "later",
    [
        "Projektleiterin Petra Beispiel stellte die Ziele vor: Bis Ende 2033 sollen 150 Fachkräfte vermittelt werden.",
        "Petra Beispiel betonte, dass die Beratung ab Mitte 2032 auch in Fulda angeboten wird.",
        "Petra Beispiel berichtete von den Kursen, die seit Anfang 2029 laufen.",
    ],
)
def test_a_span_bounded_by_a_part_of_another_year_keeps_the_speaker_at_the_event(later: str) -> None:
    text = f"Am 12. März 2031 fand in Kassel der Fachtag „Arbeit und Vielfalt“ statt. {later}"
    assert _speakers(text) == {"Petra Beispiel"}


def test_a_part_of_another_year_without_a_span_is_another_time() -> None:
    text = "Am 12. März 2031 fand in Kassel der Fachtag statt. Ende 2029 hatte Petra Beispiel dort einen Vortrag gehalten."
    assert not _speakers(text)


@pytest.mark.parametrize(
    "answer",
    [
        "Petra Beispiel: Staatssekretär Jonas Muster hat den Fachtag eröffnet.",
        "Petra Beispiel: Eröffnet hat den Fachtag Staatssekretär Jonas Muster, danach sprachen die Gäste.",
        "Petra Beispiel: Die Begrüßung übernahm Jonas Muster vom Verein Lernwerk e. V.",
    ],
)
def test_the_person_answering_an_interview_question_of_another_s_speech_is_no_speaker(answer: str) -> None:
    text = (
        f"Am 12. März 2031 fand der Fachtag „Arbeit“ in Kassel statt.\n\nWer sprach beim Fachtag?\n\n{answer}"
    )
    assert _speakers(text) == {"Jonas Muster"}


def test_the_person_answering_of_her_own_speech_speaks() -> None:
    text = "Am 12. März 2031 fand der Fachtag „Arbeit“ in Kassel statt.\n\nPetra Beispiel: Ich habe den Fachtag eröffnet."
    assert _speakers(text) == {"Petra Beispiel"}


@pytest.mark.parametrize(
    ("item", "speakers"),
    [
        (
            "10:00 Uhr Begrüßung\nJonas Muster, Staatssekretär im Ministerium\nPetra Beispiel, Präsidentin der Kammer",
            {"Jonas Muster", "Petra Beispiel"},
        ),
        (
            "11:30 Uhr Podiumsdiskussion\nmit Jonas Muster (Stadt Kassel), Petra Beispiel (Jobcenter Kassel) und Karla"
            " Probe (Verein Lernwerk e. V.)",
            {"Jonas Muster", "Petra Beispiel", "Karla Probe"},
        ),
        (
            "14.00 Uhr Impulsvortrag\nKarla Probe, Universität Kassel\nJonas Muster, Agentur für Arbeit Kassel\n\nAnmeldung",
            {"Karla Probe", "Jonas Muster"},
        ),
    ],
)
def test_the_persons_on_the_lines_after_a_programme_item_give_it(item: str, speakers: set[str]) -> None:
    text = f"Fachtag „Arbeit“\nDienstag, 12. März 2031, 10 bis 16 Uhr\n\nProgramm\n\n{item}\n"
    assert _speakers(text) == speakers


def test_the_next_item_ends_the_lines_of_the_one_before() -> None:
    item = "10:00 Uhr Begrüßung\nJonas Muster, Staatssekretär\n10:30 Uhr Mittagspause\nPetra Beispiel, Köchin"
    text = f"Fachtag „Arbeit“\nDienstag, 12. März 2031, 10 bis 16 Uhr\n\nProgramm\n\n{item}\n"
    assert _speakers(text) == {"Jonas Muster"}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Am 12. März fand der Fachtag statt. Unter den Gästen waren auch Petra Beispiel und Karl Muster, die "
            "sich über die Beratung informierten.",
            set(),
        ),
        (
            "Den Fachtag am 12. März eröffnete Anna Probe. Zu den Gästen zählte Karl Muster, der sich am Stand "
            "der Kammer informierte.",
            {"Anna Probe"},
        ),
        (
            "Am 12. März sprach Anna Probe beim Fachtag. Unter den zahlreichen Besuchern war Petra Beispiel, die "
            "sich über das Angebot informierte.",
            {"Anna Probe"},
        ),
    ],
)
def test_persons_named_among_the_guests_are_only_present(text: str, speakers: set[str]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    "title",
    ["„Was hat sich geändert?“", "„Wie wir 2030 gestartet sind“", "„Was wurde erreicht?“"],
)
def test_a_past_tense_title_of_an_announced_talk_keeps_its_speaker(title: str) -> None:
    text = (
        "Der Verein Lernwerk lädt zum Fachtag am 18. Juni 2031 ein.\n\nProgramm\n"
        f"10:00 Uhr Impulsvortrag von Petra Beispiel: {title}\n"
    )
    assert _speakers(text) == {"Petra Beispiel"}


_HELD = "Am 12. März fand in Kassel der Fachtag „Wege“ statt. Petra Beispiel sprach ein Grußwort. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Zur Eröffnung kam auch Karl Muster.",
        "Karl Muster hatte zur Eröffnung eingeladen.",
        "Bei der Begrüßung war auch Karl Muster dabei.",
        "Zur Eröffnung waren auch Karl Muster und Anna Probe gekommen.",
    ],
)
def test_a_speech_act_named_as_the_occasion_someone_came_or_invited_to_is_no_speech(sentence: str) -> None:
    assert _speakers(_HELD + sentence) == {"Petra Beispiel"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Eröffnung übernahm Karl Muster.",
        "Nach der Eröffnung durch Karl Muster folgten Vorträge.",
        "Zur Eröffnung kam Karl Muster und sprach ein Grußwort.",
    ],
)
def test_a_speech_act_done_by_the_person_still_makes_a_speaker(sentence: str) -> None:
    assert _speakers(_HELD + sentence) == {"Petra Beispiel", "Karl Muster"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Anschluss an den Fachtag sagte Karl Muster der Presse, er sei zufrieden.",
        "Karl Muster erklärte im Anschluss an den Fachtag, man wolle weitermachen.",
        "Im Vorfeld des Fachtags hatte Karl Muster betont, wie wichtig die Betriebe seien.",
    ],
)
def test_speech_told_as_before_or_after_the_event_is_not_at_it(sentence: str) -> None:
    text = "Am 12. März fand in Kassel der Fachtag „Wege“ statt. Anna Probe eröffnete die Tagung. " + sentence
    assert _speakers(text) == {"Anna Probe"}


def test_speech_after_a_part_of_the_event_is_at_it() -> None:
    text = "Am 12. März fand in Kassel der Fachtag „Wege“ statt. Im Anschluss an die Begrüßung sprach Karl Muster."
    assert _speakers(text) == {"Karl Muster"}


_FACHTAG = "Der Fachtag „Wege öffnen“ fand am 3. März 2031 in Kassel statt. Die Stadträtin Petra Beispiel eröffnete ihn.\n\n"


@pytest.mark.parametrize(
    "testimony",
    [
        "Eine frühere Teilnehmerin, Maria Probe, erzählte von ihrem Weg: „Die Beratung hat mir viel gebracht.“",
        "Von seinem Weg erzählte der Absolvent Jonas Muster: „Heute arbeite ich als Ingenieur.“",
        "Maria Probe, eine ehemalige Kursteilnehmerin, erzählte: „Ohne die Kurse wäre ich nicht hier.“",
    ],
)
def test_a_person_served_telling_her_story_is_no_speaker(testimony: str) -> None:
    assert _speakers(_FACHTAG + testimony) == {"Petra Beispiel"}


@pytest.mark.parametrize(
    "speech",
    [
        "Eine frühere Teilnehmerin, Maria Probe, hielt einen Vortrag über ihren Weg.",
        "Der Absolvent Jonas Muster eröffnete den zweiten Teil.",
        "Maria Probe, eine ehemalige Kursteilnehmerin, moderierte die Runde.",
    ],
)
def test_a_person_served_who_gives_a_talk_speaks(speech: str) -> None:
    assert len(_speakers(_FACHTAG + speech)) == 2


@pytest.mark.parametrize(
    "speech",
    [
        "Eine Teilnehmerin der Podiumsrunde, Maria Probe, betonte: „Wir brauchen schnellere Verfahren.“",
        "Maria Probe, eine Teilnehmerin der Diskussion, erzählte: „Wir brauchen schnellere Verfahren.“",
        "Der Teilnehmer am Podium Jonas Muster betonte: „Wir brauchen schnellere Verfahren.“",
    ],
)
def test_one_taking_part_in_a_panel_who_speaks_is_a_speaker(speech: str) -> None:
    assert len(_speakers(_FACHTAG + speech)) == 2
