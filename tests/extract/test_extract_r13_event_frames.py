"""Event frames read in round 13: event nouns closing a compound ("Werkstatttag", "Elternabend"), the organiser
given in an invitation's field, and who spoke at or organised an event; invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of

RELEASE = dt.date(2031, 6, 1)


def _events(text: str) -> list[tuple[str, dt.date | None]]:
    return facts_of("Titel\n\n" + text, RELEASE).events


def _relations(text: str) -> set[tuple[str, str, str]]:
    return facts_of("Titel\n\n" + text, RELEASE).relations


@pytest.mark.parametrize(
    ("text", "label", "day"),
    [
        (
            "Am 3. Mai 2031 lud der Verein Lernwerk e. V. zum Werkstatttag „Holz und Metall“ nach Gera ein.",
            "Werkstatttag „Holz und Metall“",
            dt.date(2031, 5, 3),
        ),
        (
            "Der Projekttag „Berufe entdecken“ fand am 14. März 2031 in der Stadthalle Jena statt.",
            "Projekttag „Berufe entdecken“",
            dt.date(2031, 3, 14),
        ),
        (
            "Zu einem Kulturabend „Klänge der Welt“ kamen am 9. April 2031 rund 70 Gäste ins Rathaus Suhl.",
            "Kulturabend „Klänge der Welt“",
            dt.date(2031, 4, 9),
        ),
    ],
)
def test_an_event_noun_closing_a_compound_of_tag_or_abend_names_the_event(
    text: str, label: str, day: dt.date
) -> None:
    assert (label, day) in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am Dienstag, 3. Mai 2031, beriet der Landtag in Erfurt über den Haushalt.",
        "Am 3. Mai 2031 wurde der Vertrag im Rathaus Jena unterschrieben, am Nachmittag folgte ein Pressetermin.",
        "Am 5. Juni 2031, dem bundesweiten Diversity-Tag, hielt die Firma Muster GmbH ihre Bilanz fest.",
        "Am Mittwochabend, 4. Juni 2031, tagte der Stadtrat von Gera.",
    ],
)
def test_days_of_the_week_evenings_parliaments_and_days_observed_are_no_compound_event(text: str) -> None:
    labels = {label for label, _ in _events(text)}
    assert not any(label.endswith(("tag", "Tag", "abend")) for label in labels)


@pytest.mark.parametrize(
    ("text", "event", "host"),
    [
        (
            "Das Bildungsforum findet am 23. Mai 2031 in Gera statt. Veranstalter: Verein Lernwerk e. V.",
            "Bildungsforum des Lernwerks e. V.",
            "Lernwerk e. V.",
        ),
        (
            "Fachtag „Arbeit im Wandel“\nTermin: 4. Juni 2031\nOrt: Stadthalle Gera\n"
            "Veranstalterin: Stiftung Zukunft Arbeit",
            "Fachtag „Arbeit im Wandel“",
            "Stiftung Zukunft Arbeit",
        ),
        (
            "Am 5. Juni 2031 fand in Jena ein Workshop statt. Gastgeber: das Jobcenter Jena und die IHK Erfurt.",
            "Workshop des Jobcenters Jena",
            "IHK Erfurt",
        ),
    ],
)
def test_an_invitations_host_field_names_the_organiser(text: str, event: str, host: str) -> None:
    assert (event, "organisedBy", host) in _relations(text)


def test_a_host_field_with_no_event_names_no_organiser() -> None:
    text = "Die Stiftung Zukunft Arbeit fördert Kurse in Gera. Veranstalter: Verein Lernwerk e. V."
    assert not {r for r in _relations(text) if r[1] == "organisedBy"}


def _speakers(text: str) -> set[str]:
    return {s for s, p, _ in _relations(text) if p == "speakerAt"}


@pytest.mark.parametrize(
    ("text", "silent"),
    [
        (
            "Am 4. Mai 2031 fand in Gera der Fachtag „Wege in Arbeit“ statt. Schon im April hatte Petra Beispiel "
            "die Studie vorgestellt. Landrat Ole Entwurf eröffnete den Tag.",
            "Petra Beispiel",
        ),
        (
            "Der Workshop „Recht konkret“ fand am 12. Juni 2031 in Kiel statt. Ende März hatte Ministerin Anna "
            "Probe das Programm in einer Rede vorgestellt. Durch den Workshop führte Sara Beleg.",
            "Anna Probe",
        ),
        (
            "Zum Netzwerktreffen kamen am 3. September 2031 rund 40 Gäste nach Jena. Bereits im Juli referierte "
            "Tom Beleg dort über Anerkennung. Es sprachen Eva Muster und Karl Probe.",
            "Tom Beleg",
        ),
    ],
)
def test_speech_told_in_another_month_than_the_events_is_another_occasion(text: str, silent: str) -> None:
    speakers = _speakers(text)
    assert silent not in speakers
    assert speakers  # the event's own speakers stay


@pytest.mark.parametrize(
    "text",
    [
        "Am 4. Mai 2031 fand in Gera der Fachtag statt. Im Mai stellte Petra Beispiel dort die Studie vor.",
        "Am 4. Mai 2031 fand in Gera der Fachtag statt. Petra Beispiel, die im April ins Team kam, eröffnete ihn.",
    ],
)
def test_the_events_own_month_or_a_persons_story_keeps_the_speaker(text: str) -> None:
    assert "Petra Beispiel" in _speakers(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Am Mittwoch, den 18. Juni, findet das Forum „Arbeit“ in Gera statt.", dt.date(2031, 6, 18)),
        (
            "Am Dienstag, 24. Juni, lädt der Verein Lernwerk e. V. zum Infotag nach Jena ein.",
            dt.date(2031, 6, 24),
        ),
        ("Bereits am Freitag, 13. Juni, beginnt die Aktionswoche „Vielfalt“ in Suhl.", dt.date(2031, 6, 13)),
    ],
)
def test_a_paragraph_opening_with_its_weekday_and_day_is_no_dateline(text: str, day: dt.date) -> None:
    assert day in {d for _, d in _events(text)}


def test_a_towns_dateline_before_an_announced_event_is_still_the_releases_day() -> None:
    text = "Gera, 1. Juni 2031 – Der Verein Lernwerk e. V. lädt zum Fachtag ein. Er findet am 20. Juni statt."
    assert {d for _, d in _events(text)} == {dt.date(2031, 6, 20)}


def _organisers(text: str) -> set[str]:
    return {o for _, p, o in _relations(text) if p == "organisedBy"}


@pytest.mark.parametrize(
    ("text", "supporter"),
    [
        (
            "Am 4. Mai 2031 fand in Gera der Fachtag „Wege“ statt. Gefördert wird der Fachtag vom "
            "Bundesministerium für Arbeit und Soziales.",
            "Bundesministerium für Arbeit und Soziales",
        ),
        (
            "Am 9. Juni 2031 fand in Jena ein Infotag statt. Unterstützt wurde der Infotag von der Stiftung "
            "Zukunft Arbeit.",
            "Stiftung Zukunft Arbeit",
        ),
        (
            "Der Workshop von der Stiftung Lernwege wurde am 3. Juli 2031 in Kiel großzügig mitfinanziert.",
            "Stiftung Lernwege",
        ),
    ],
)
def test_the_agent_of_a_passive_of_support_after_the_event_noun_is_no_organiser(
    text: str, supporter: str
) -> None:
    assert supporter not in _organisers(text)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Der Fachtag vom Verein Lernwerk e. V. fand am 4. Mai 2031 in Gera statt.", "Lernwerk e. V."),
        (
            "Am 6. Mai 2031 fand der Workshop von der IHK Erfurt statt, unterstützt vom Jobcenter Gera.",
            "IHK Erfurt",
        ),
    ],
)
def test_an_event_of_a_body_after_von_still_names_its_organiser(text: str, host: str) -> None:
    assert host in _organisers(text)


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "Am 4. Mai 2031 fand in Gera der Fachtag statt. Die Podiumsdiskussion moderierte Sara Beleg. Mit dabei "
            "waren Eva Muster (Jobcenter Gera), Karl Probe (IHK Erfurt) und Nina Beleg (Stadt Gera).",
            {"Sara Beleg", "Eva Muster", "Karl Probe", "Nina Beleg"},
        ),
        (
            "Am 4. Mai 2031 diskutierten in Gera Fachleute in einer Gesprächsrunde. Dabei waren Eva Muster vom "
            "Jobcenter Gera und Karl Probe von der IHK Erfurt.",
            {"Eva Muster", "Karl Probe"},
        ),
        (
            "Zum Abschluss des Infotags am 12. Juni 2031 in Jena folgte ein Panel über Anerkennung. Teilnehmende "
            "waren Tom Beleg und Lisa Vorlage.",
            {"Tom Beleg", "Lisa Vorlage"},
        ),
    ],
)
def test_who_was_on_a_panel_the_sentence_before_names_spoke(text: str, members: set[str]) -> None:
    assert members <= _speakers(text)


def test_who_was_there_after_an_events_sentence_without_a_panel_is_no_speaker() -> None:
    text = (
        "Am 4. Mai 2031 fand in Gera der Fachtag statt. Mit dabei waren auch Landrat Ole Entwurf und "
        "Bürgermeister Jan Muster."
    )
    assert not _speakers(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Der Verein Lernwerk e. V. bereitet seinen Fachtag „Vielfalt“ vor. Er ist für den 3. Juli 2031 geplant.",
            dt.date(2031, 7, 3),
        ),
        (
            "Die Stiftung Zukunft Arbeit lädt zur Jahrestagung ein. Sie ist für den 4. Juli 2031 in Gera vorgesehen.",
            dt.date(2031, 7, 4),
        ),
        (
            "Das IQ Netzwerk Thüringen kündigt ein Netzwerktreffen an. Es wurde auf den 9. Juli 2031 verschoben.",
            dt.date(2031, 7, 9),
        ),
    ],
)
def test_an_event_named_before_and_set_for_a_day_by_its_pronoun_takes_that_day(
    text: str, day: dt.date
) -> None:
    assert day in {d for _, d in _events(text)}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Sprechstunde „Anerkennung“ findet am 11. Juli 2031 im Rathaus Gera statt.",
            "Sprechstunde „Anerkennung“",
        ),
        (
            "Am 12. Juli 2031 leitete Eva Muster im Jobcenter Gera die Werkstatt „Bewerbung“.",
            "Werkstatt „Bewerbung“",
        ),
        (
            "Zur Anerkennungssprechstunde kamen am 14. Juli 2031 rund 20 Ratsuchende ins Landratsamt Gotha.",
            "Anerkennungssprechstunde",
        ),
    ],
)
def test_a_consultation_hour_and_a_titled_werkstatt_are_event_nouns(text: str, label: str) -> None:
    assert label in {name for name, _ in _events(text)}


def test_a_bare_werkstatt_is_a_room_not_an_event() -> None:
    text = "Am 15. Juli 2031 besuchte Ministerin Anna Probe die Werkstatt des Vereins Lernwerk e. V. in Gera."
    assert not any(name.startswith("Werkstatt") for name, _ in _events(text))


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Organisatorin des Fachtags am 12. Mai 2031 war die Stadt Gera.", "Stadt Gera"),
        (
            "Am 13. Mai 2031 fand in Suhl ein Infotag statt. Organisator war das Jobcenter Suhl.",
            "Jobcenter Suhl",
        ),
        (
            "Die Stiftung Zukunft Arbeit war am 14. Mai 2031 Organisatorin des Netzwerktreffens in Jena.",
            "Stiftung Zukunft Arbeit",
        ),
    ],
)
def test_the_organisator_noun_names_the_organiser_like_gastgeber(text: str, host: str) -> None:
    assert host in _organisers(text)


@pytest.mark.parametrize(
    ("text", "away", "speaker"),
    [
        (
            "Am 4. Mai 2031 fand in Gera der Fachtag statt. Ministerin Anna Probe ließ sich durch Staatssekretär "
            "Ulf Vorlage vertreten, der ein Grußwort sprach.",
            "Anna Probe",
            "Ulf Vorlage",
        ),
        (
            "Beim Infotag am 6. Juni 2031 in Jena sprach Landrätin Nina Beleg. Bürgermeister Jan Muster war "
            "kurzfristig verhindert, sein Grußwort verlas Eva Muster.",
            "Jan Muster",
            "Eva Muster",
        ),
        (
            "Am 9. Juli 2031 tagte in Kiel das Netzwerkforum. Senatorin Ilse Kopie, die sich vertreten ließ, "
            "schickte ein Grußwort, das Tom Beleg vortrug.",
            "Ilse Kopie",
            "Tom Beleg",
        ),
    ],
)
def test_one_absent_or_represented_is_no_speaker(text: str, away: str, speaker: str) -> None:
    speakers = _speakers(text)
    assert away not in speakers
    assert speaker in speakers


@pytest.mark.parametrize(
    "tail",
    [
        "Die Workshops gestalteten Eva Muster und Karl Probe.",
        "Workshops boten Eva Muster und Karl Probe an.",
        "Als Expertinnen waren Eva Muster und Karl Probe geladen.",
    ],
)
def test_who_shaped_the_workshops_or_was_invited_as_expert_spoke(tail: str) -> None:
    text = "Am 4. Mai 2031 fand in Gera der Fachtag „Wege“ statt. " + tail
    assert {"Eva Muster", "Karl Probe"} <= _speakers(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Am 5. Juni 2031 lud die IHK Erfurt zur Langen Nacht der Ausbildung ein. Rund 300 Gäste kamen.",
            "Lange Nacht der Ausbildung",
        ),
        (
            "Die Lange Nacht der Wissenschaften findet am 6. Juni 2031 in Jena statt.",
            "Lange Nacht der Wissenschaften",
        ),
        (
            "Bei der Langen Nacht der Berufe am 7. Juni 2031 in Gera sprach Ministerin Anna Probe.",
            "Lange Nacht der Berufe",
        ),
    ],
)
def test_a_lange_nacht_with_its_genitive_is_an_event(text: str, label: str) -> None:
    assert label in {name for name, _ in _events(text)}


def test_a_long_night_of_work_is_no_event() -> None:
    assert not _events("Eine lange Nacht wurde es am 8. Juni 2031 für die Helfer in Gera.")


@pytest.mark.parametrize(
    ("text", "label", "speaker"),
    [
        (
            "Das Networking-Event „Talente verbinden“ fand am 5. Juni 2031 in Erfurt statt. Eva Muster moderierte.",
            "Networking-Event „Talente verbinden“",
            "Eva Muster",
        ),
        (
            "Zum Fachkräfte-Summit am 8. Juni 2031 lud die Stiftung Lernwege nach Weimar ein. Karl Probe sprach.",
            "Fachkräfte-Summit der Stiftung Lernwege",
            "Karl Probe",
        ),
        (
            "Das Event am 9. Juni 2031 in Gera war ein Erfolg. Eröffnet wurde es von Bürgermeister Jan Muster.",
            "Event",
            "Jan Muster",
        ),
    ],
)
def test_english_event_nouns_name_the_event(text: str, label: str, speaker: str) -> None:
    assert label in {name for name, _ in _events(text)}
    assert (speaker, "speakerAt", label) in _relations(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Beim Career Day am 6. Juni 2031 in Jena stellten sich 30 Betriebe vor. Karl Probe begrüßte die Gäste.",
            "Career Day",
        ),
        (
            "Der Welcome Day für internationale Fachkräfte fand am 7. Juni 2031 im Rathaus Gera statt.",
            "Welcome Day",
        ),
        (
            "Zum Girls' Day am 3. April 2031 kamen 40 Schülerinnen in die Handwerkskammer Erfurt.",
            "Girls' Day",
        ),
    ],
)
def test_an_english_day_of_a_kind_is_named_as_written(text: str, label: str) -> None:
    assert label in {name for name, _ in _events(text)}
