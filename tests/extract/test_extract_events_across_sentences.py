"""Events told across sentences: named by what the release's headline or the sentence before says of them, dated
by a day told in the sentence before, an invitation's date field, the title, or a day read against the dateline,
held where a speech act follows; in releases written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import Facts, facts_of
from iqgraph.extract import extract
from iqgraph.extract.events.headlines import headline_complements
from iqgraph.extract.text.dates import find_dates
from iqgraph.extract.text.morphology import genitive_with_article
from iqgraph.models import Release
from iqgraph.reference import load_reference

RELEASE = dt.date(2031, 3, 20)


@pytest.mark.parametrize(
    ("headline", "label"),
    [
        ("Beratungszentrum Lindenhof in Kassel eröffnet", "Eröffnung des Beratungszentrums Lindenhof"),
        ("Kassel: Haus der Begegnung offiziell eröffnet", "Eröffnung des Hauses der Begegnung"),
        (
            "Beratungsbüro Fulda eröffnet – Stadt dankt den Partnern (aktualisiert)",
            "Eröffnung des Beratungsbüros Fulda",
        ),
        # an adjective of age or order opening the headline is small in the name; a name's adjective is not
        ("Neues Beratungszentrum in Kassel eröffnet", "Eröffnung des neuen Beratungszentrums"),
        ("Erster Treffpunkt für Pflegekräfte eröffnet", "Eröffnung des ersten Treffpunkts für Pflegekräfte"),
        ("Zentrale Anlaufstelle Anerkennung eröffnet", "Eröffnung der Zentralen Anlaufstelle Anerkennung"),
    ],
)
def test_a_bare_opening_is_named_by_what_the_headline_says_was_opened(headline: str, label: str) -> None:
    text = (
        f"{headline}\n\nVor wenigen Tagen fand die Eröffnung für geladene Gäste statt. "
        "Bei der Eröffnung sprach Petra Beispiel ein Grußwort."
    )
    facts = facts_of(text)
    assert [name for name, _ in facts.events] == [label]
    assert ("Petra Beispiel", "speakerAt", label) in facts.relations


@pytest.mark.parametrize(
    ("headline", "complements"),
    [
        ("Stiftungshaus Nordstadt feierlich eingeweiht", {"Einweihung": "des Stiftungshauses Nordstadt"}),
        ("Verein Brückenbau in Jena gegründet", {"Gründung": "des Vereins Brückenbau"}),
        ("Görlitz | Brückenpreis verliehen", {"Verleihung": "des Brückenpreises"}),
        ("Ministerin hat Beratungsstelle eröffnet", {}),  # a clause: its subject opened nothing
        ("Beratungsstelle eröffnet heute ihre Türen", {}),  # the participle does not close the part
        (None, {}),
    ],
)
def test_a_headline_participle_gives_its_subject_to_the_event_noun(
    headline: str | None, complements: dict[str, str]
) -> None:
    assert headline_complements(headline) == complements


def test_a_bare_opening_with_no_headline_report_stays_bare() -> None:
    text = (
        "Neues aus Kassel\n\nBei der Eröffnung sprach Petra Beispiel ein Grußwort. Die Eröffnung fand statt."
    )
    assert [name for name, _ in facts_of(text).events] == ["Eröffnung"]


@pytest.mark.parametrize(
    ("label", "genitive"),
    [
        ("Haus der Begegnung", "des Hauses der Begegnung"),
        ("Bündnis für Fachkräfte", "des Bündnisses für Fachkräfte"),
        ("Kongress", "des Kongresses"),
        ("Europäischer Sozialfonds", "des Europäischen Sozialfonds"),
        ("Campus Kassel", "des Campus Kassel"),
    ],
)
def test_a_head_ending_in_s_takes_es_in_the_genitive_unless_it_keeps_its_form(
    label: str, genitive: str
) -> None:
    assert genitive_with_article(label) == genitive


@pytest.mark.parametrize(
    "later",
    [
        "„Wir freuen uns auf die Arbeit“, sagte Karl Muster, Leiter des Vereins Brückenbau, bei der Eröffnung.",
        "Bei der Eröffnung dankte auch Karl Muster den Gästen.",
        "Karl Muster begrüßte die Gäste der Eröffnung.",
    ],
)
def test_an_opening_the_headline_names_gets_speakers_wherever_it_is_named_again(later: str) -> None:
    text = (
        "Haus der Begegnung in Görlitz eröffnet\n\nDie Eröffnung fand für geladene Gäste statt, Petra Beispiel "
        f"sprach.\n\nMehr dazu.\n\n{later}"
    )
    label = "Eröffnung des Hauses der Begegnung"
    facts = facts_of(text)
    assert {p for p, rel, e in facts.relations if rel == "speakerAt" and e == label} == {
        "Petra Beispiel",
        "Karl Muster",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März war es so weit. Die Stiftung Beispielhaus lud zum ersten Fachtag nach Kassel ein. "
        "Petra Beispiel eröffnete die Veranstaltung.",
        "Wie gelingt der Einstieg in den Beruf? Dieser Frage gingen am 12. März rund 80 Fachleute in Jena nach. "
        "Eingeladen hatte die Stiftung Beispielhaus zu ihrem Fachtag, Petra Beispiel hielt den Vortrag.",
        "Am Mittwoch, 12. März 2031, herrschte im Rathaus von Gera reger Betrieb. Zum Netzwerktreffen der "
        "Stiftung Beispielhaus kamen mehr als 60 Gäste. Petra Beispiel begrüßte sie.",
    ],
)
def test_a_day_told_with_no_event_is_that_of_the_event_the_next_sentence_reports(text: str) -> None:
    facts = facts_of("Titel\n\n" + text, RELEASE)
    assert [day for _, day in facts.events] == [dt.date(2031, 3, 12)]
    assert {p for p, rel, _ in facts.relations if rel == "speakerAt"} == {"Petra Beispiel"}


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence names a time of its own
        "Am 12. März beschloss der Landtag das Gesetz. Beim Fachtag im Juni sprach Petra Beispiel darüber.",
        # the event is told in the next paragraph
        "Am 12. März beschloss der Landtag das Gesetz.\n\nBeim Fachtag sprach Petra Beispiel darüber.",
    ],
)
def test_a_day_told_with_no_event_leaves_an_event_told_apart_from_it_undated(text: str) -> None:
    facts = facts_of("Titel\n\n" + text, RELEASE)
    assert dt.date(2031, 3, 12) not in [day for _, day in facts.events]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Kassel, 6. Mai 2031 – Gestern trafen sich rund 80 Fachleute zum Fachtag der Stiftung Beispielhaus.",
            dt.date(2031, 5, 5),
        ),
        (
            "(Jena, den 06.05.2031) Am vergangenen Freitag lud die Stiftung Beispielhaus zum Netzwerktreffen.",
            dt.date(2031, 5, 2),
        ),
        (
            "Gera, 6. Mai 2031\n\nHeute eröffnete Petra Beispiel den Fachtag der Stiftung Beispielhaus.",
            dt.date(2031, 5, 6),
        ),
    ],
)
def test_a_relative_day_is_read_against_the_dateline_where_the_release_date_is_only_a_month(
    text: str, day: dt.date
) -> None:
    dates = find_dates("Titel\n\n" + text, dt.date(2031, 5, 1), "month")
    assert day in [d.date for d in dates if d.relative]


def test_a_relative_day_with_no_dateline_and_only_a_month_stays_unread() -> None:
    text = "Titel\n\nGestern trafen sich am Rande der Tagung vom 6. Mai 2031 rund 80 Fachleute."
    assert [d for d in find_dates(text, dt.date(2031, 5, 1), "month") if d.relative] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Mittelpunkt des Fachtags am Montag stand die Anerkennung von Abschlüssen.",
        "Am Montag zeigten Beraterinnen beim Netzwerktreffen in Kassel ihre Arbeit.",
        "Beim Fachtag in Gera am Montag erläuterte Petra Beispiel das neue Verfahren.",
    ],
)
def test_a_weekday_in_a_sentence_of_a_reporting_preterite_is_the_last_such_day(sentence: str) -> None:
    monday_before = dt.date(2031, 3, 17)  # the release is of Thursday, 20 March 2031
    assert monday_before in [d.date for d in find_dates(sentence, RELEASE) if d.relative]


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Beispielhaus lädt zum Fachtag „Vielfalt wirkt“ ein.\n\nTermin: Mittwoch, 12. März 2031, 10 "
        "bis 16 Uhr\nOrt: Rathaus Kassel\n\nEs spricht Staatssekretärin Petra Beispiel.",
        "Zum Netzwerktreffen der Stiftung Beispielhaus sind alle Beratenden eingeladen. Veranstaltungsdatum: 12.03.2031. "
        "Das Grußwort hält Petra Beispiel.",
        "Einladung zum Infotag Anerkennung in Jena\nWann: Mittwoch, den 12. März 2031\nWo: Volkshaus Jena\n"
        "Petra Beispiel begrüßt die Gäste.",
    ],
)
def test_the_date_field_of_an_invitation_is_the_day_of_the_event_it_invites_to(text: str) -> None:
    facts = facts_of("Titel\n\n" + text, dt.date(2031, 3, 1))
    assert [day for _, day in facts.events] == [dt.date(2031, 3, 12)]
    assert {p for p, rel, _ in facts.relations if rel == "speakerAt"} == {"Petra Beispiel"}


def test_a_bare_date_field_heading_a_release_is_not_its_events_day() -> None:
    text = "Fachtag in Kassel\nDatum: 12.03.2031\n\nZum Fachtag kamen 80 Gäste."
    assert dt.date(2031, 3, 12) not in [day for _, day in facts_of(text, dt.date(2031, 3, 1)).events]


def test_a_date_field_with_no_event_named_before_it_makes_none() -> None:
    text = "Titel\n\nDie Stiftung Beispielhaus zieht um. Termin: 12.03.2031. Die neue Adresse folgt."
    assert facts_of(text, dt.date(2031, 3, 1)).events == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "In Gera gibt es jetzt die Beratungsstelle „Wege in Arbeit“. Bei der Eröffnung sprach Petra Beispiel.",
            "Eröffnung der Beratungsstelle „Wege in Arbeit“",
        ),
        (
            "Die Anlaufstelle „Brücke Beruf“ in Jena ist eröffnet. Zur Eröffnung hielt Petra Beispiel ein Grußwort.",
            "Eröffnung der Anlaufstelle „Brücke Beruf“",
        ),
        (
            "Seit dieser Woche berät die Servicestelle „Neustart Pflege“ in Suhl. Petra Beispiel sprach zur "
            "Eröffnung.",
            "Eröffnung der Servicestelle „Neustart Pflege“",
        ),
    ],
)
def test_a_bare_opening_is_of_the_one_unit_the_sentence_before_names(text: str, label: str) -> None:
    facts = facts_of("Titel\n\n" + text)
    assert [name for name, _ in facts.events] == [label]


@pytest.mark.parametrize(
    "text",
    [
        # two units before it: which one opened is not said
        "Das Projekt „Neustart Pflege“ arbeitet mit der Beratungsstelle „Wege in Arbeit“. Bei der Eröffnung "
        "sprach Petra Beispiel.",
        # the unit is named in the paragraph before
        "In Gera gibt es jetzt die Beratungsstelle „Wege in Arbeit“.\n\nBei der Eröffnung sprach Petra Beispiel.",
        # the sentence before tells of the unit, not of its opening
        "Auch die Beratungsstelle „Wege in Arbeit“ stellte sich vor. Bei der Eröffnung sprach Petra Beispiel.",
        "Die Beratungsstelle „Wege in Arbeit“ berät seit 2020 in Gera. Zur Eröffnung sprach Petra Beispiel.",
    ],
)
def test_a_bare_opening_with_no_one_unit_right_before_it_stays_bare(text: str) -> None:
    assert [name for name, _ in facts_of("Titel\n\n" + text).events] == ["Eröffnung"]


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März öffnete die Anlaufstelle „Brücke Beruf“ in Jena ihre Türen.",
        "Die Anlaufstelle „Brücke Beruf“ hat am 12. März in Jena ihre Türen geöffnet.",
        "Ihre Türen öffneten die Anlaufstelle „Brücke Beruf“ und ihr Café am 12. März.",
    ],
)
def test_doors_opened_on_a_day_are_an_opening(text: str) -> None:
    facts = facts_of("Titel\n\n" + text, RELEASE)
    assert facts.events == [("Eröffnung der Anlaufstelle „Brücke Beruf“", dt.date(2031, 3, 12))]


def _with_title(title: str, body: str) -> Facts:
    """A release whose title stands in its metadata only, as a front matter or a page's title gives it."""
    release = Release(
        Path("test.txt"), "test", body, "sha256:0", "txt", title=title, date=dt.date(2031, 3, 20)
    )
    x = extract(release, load_reference())
    return Facts(set(), set(), set(), {}, [(e.key, e.date) for e in x.events], set())


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Fachtag am 12. März in Kassel", "Mehr als 100 Gäste kamen zum Fachtag der Stiftung Beispielhaus."),
        (
            "12.03.2031: Netzwerktreffen der Beratungsstellen",
            "Beim Netzwerktreffen in Jena sprach Petra Beispiel über die neue Richtlinie.",
        ),
        (
            "Rückblick auf den Infotag vom 12. bis 13. März",
            "An dem Infotag der Stiftung Beispielhaus nahmen 60 Fachleute teil.",
        ),
    ],
)
def test_an_event_the_text_gives_no_day_takes_the_one_day_its_title_gives_it(title: str, body: str) -> None:
    assert [day for _, day in _with_title(title, body).events] == [dt.date(2031, 3, 12)]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Fachtagung am 12. März in Kassel",
            "Mehr als 100 Gäste kamen zur Tagung der Stiftung Beispielhaus.",
        ),
        (
            "Tagung „Wege“ am 12. März",
            "Auf der Jahrestagung in Jena sprach Petra Beispiel über die Richtlinie.",
        ),
        (
            "12.03.2031: Fachkonferenz in Erfurt",
            "An der Konferenz der Stiftung Beispielhaus nahmen 60 Fachleute teil.",
        ),
    ],
)
def test_a_title_day_dates_the_event_its_compound_or_head_names(title: str, body: str) -> None:
    assert [day for _, day in _with_title(title, body).events] == [dt.date(2031, 3, 12)]


@pytest.mark.parametrize(
    "title",
    [
        "Anmeldung zum Fachtag bis 12. März",  # a deadline
        "Fachtag am 12. März, Workshop am 19. März",  # two days
        "Workshop am 12. März in Kassel",  # another event
    ],
)
def test_a_title_day_that_is_no_day_of_the_event_leaves_it_undated(title: str) -> None:
    body = "Mehr als 100 Gäste kamen zum Fachtag der Stiftung Beispielhaus."
    assert [day for _, day in _with_title(title, body).events] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Der Fachtag „Wege in Arbeit“ stieß auf großes Interesse. In ihrem Grußwort betonte Petra Beispiel den Wert "
        "der Beratung.",
        "Rund 120 Gäste nutzten den Fachtag der Stiftung Beispielhaus zum Austausch. Petra Beispiel eröffnete den Tag.",
        "Das Netzwerktreffen in Jena war gut besucht. Den Vortrag hielt Petra Beispiel.",
    ],
)
def test_an_event_told_in_the_past_with_a_speech_act_right_after_it_was_held(text: str) -> None:
    facts = facts_of("Titel\n\n" + text)
    assert len(facts.events) == 1
    assert {p for p, rel, _ in facts.relations if rel == "speakerAt"} == {"Petra Beispiel"}


@pytest.mark.parametrize(
    "text",
    [
        # announced: it has not been held
        "Die Stiftung plant einen Fachtag „Wege in Arbeit“. Zuletzt eröffnete Petra Beispiel die Beratungsstelle.",
        # several counted: none of them one event
        "Bisher wurden 3 Fachtage durchgeführt. Als Rednerin war Petra Beispiel eingeladen.",
        # the speech act is in the next paragraph
        "Der Fachtag „Wege in Arbeit“ stieß auf Interesse.\n\nIn ihrem Grußwort betonte Petra Beispiel den Wert.",
    ],
)
def test_an_event_not_told_as_held_right_before_a_speech_act_is_none(text: str) -> None:
    assert facts_of("Titel\n\n" + text).events == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Kassel, 6. Mai 2031 – Am 12. März trafen sich 80 Fachleute.", dt.date(2031, 3, 12)),
        ("(Jena, den 06.05.2031) Der Fachtag fand am 12.03. statt.", dt.date(2031, 3, 12)),
        ("Gera, 6. Januar 2031\n\nDer Fachtag fand am 28. Dezember statt.", dt.date(2030, 12, 28)),
    ],
)
def test_a_day_without_a_year_takes_the_dateline_year_where_the_release_date_is_unknown(
    text: str, day: dt.date
) -> None:
    assert day in [d.date for d in find_dates("Titel\n\n" + text, None)]


def test_a_day_without_a_year_and_no_dateline_has_no_year() -> None:
    dates = find_dates("Titel\n\nDer Fachtag fand am 12. März statt.", None)
    assert [(d.date, d.month_day) for d in dates] == [(None, (3, 12))]


@pytest.mark.parametrize(
    "header",
    ["06.05.2031", "Veröffentlicht am 6. Mai 2031", "Erscheinungsdatum: 06.05.2031"],
)
def test_a_header_line_with_the_day_alone_stands_for_an_unknown_release_date(header: str) -> None:
    text = f"Titel\n{header}\n\nGestern trafen sich 80 Fachleute zum Fachtag der Stiftung Beispielhaus."
    assert dt.date(2031, 5, 5) in [d.date for d in find_dates(text, None) if d.relative]


@pytest.mark.parametrize(
    "line",
    ["Termin: 06.05.2031", "06.05.2031 Fachtag in Kassel", "Am 06.05.2031 tagte der Beirat."],
)
def test_a_line_with_more_than_the_day_is_no_header(line: str) -> None:
    text = f"Titel\n{line}\n\nGestern trafen sich 80 Fachleute zum Fachtag der Stiftung Beispielhaus."
    assert [d for d in find_dates(text, None) if d.relative] == []


def test_a_bare_today_told_with_no_event_means_nowadays_not_the_next_sentences_day() -> None:
    text = (
        "Titel\n\nHeute leben in Kassel viele Zugewanderte. Beim Fachtag der Stiftung sprach Petra Beispiel."
    )
    assert [day for _, day in facts_of(text, RELEASE).events] == [None]


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("Am 3. Mai fand der Fachtag „Vielfalt“ statt. Veranstaltungsort ist Kassel.", "Kassel"),
        ("Die Tagung „Brücken bauen“ begann am 4. Juni. Austragungsort war Göttingen.", "Göttingen"),
        ("Der Empfang zum Jubiläum fand am 5. Juli statt. Ort der Veranstaltung war Marburg.", "Marburg"),
    ],
)
def test_a_sentence_naming_the_venue_of_the_event_in_scope(body: str, town: str) -> None:
    f = facts_of("Titel\n\n" + body)
    assert any(p == "locatedIn" and o == town and s != town for s, p, o in f.relations)


def test_a_place_said_to_be_easy_to_reach_is_no_venue() -> None:
    f = facts_of("Titel\n\nAm 3. Mai fand der Fachtag „Vielfalt“ statt. Kassel ist gut zu erreichen.")
    assert not any(p == "locatedIn" for _, p, _ in f.relations)


@pytest.mark.parametrize(
    ("text", "speaker", "day", "labels"),
    [
        (
            "Die Konferenz „Arbeit“ fand am 12. Juni 2031 statt. Bereits am 10. Juni 2031 hatte Petra Beispiel das "
            "Programm in einer Pressekonferenz vorgestellt. Auf der Konferenz sprach Karl Muster.",
            "Karl Muster",
            dt.date(2031, 6, 12),
            {"Konferenz „Arbeit“", "Pressekonferenz"},
        ),
        (
            "Die Tagung „Wege“ fand am 12. Juni 2031 in Kiel statt. Am 10. Juni 2031 hatte eine Vorbereitungstagung "
            "in Lübeck stattgefunden. Bei der Tagung in Kiel moderierte Anna Probe.",
            "Anna Probe",
            dt.date(2031, 6, 12),
            {"Tagung „Wege“", "Vorbereitungstagung"},
        ),
        (
            "Am 3. Juni 2031 fand der Vorbereitungsworkshop statt. Der Workshop „Anerkennung“ folgte am 5. Juni "
            "2031 in Halle. Den Workshop leitete Jonas Muster.",
            "Jonas Muster",
            dt.date(2031, 6, 5),
            {"Vorbereitungsworkshop", "Workshop „Anerkennung“"},
        ),
    ],
)
def test_a_noun_refers_to_the_event_of_the_same_noun_not_a_compound_of_its_head(
    text: str, speaker: str, day: dt.date, labels: set[str]
) -> None:
    x = _extract(text)
    names = {e.key: e.label for e in x.entities}
    days = {e.key: e.date for e in x.events}
    assert {names[e.key] for e in x.events} == labels
    at = {days[r.object] for r in x.relations if r.predicate == "speakerAt" and names[r.subject] == speaker}
    assert at == {day}


def _extract(body: str):  # type: ignore[no-untyped-def]
    text = "Titel\n\n" + body
    release = Release(Path("t.txt"), "t", text, "sha256:0", "txt", title="Titel", date=dt.date(2031, 6, 20))
    return extract(release, load_reference())


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Der Fachtag „Vielfalt“ stand ganz im Zeichen der Anerkennung. Er begann am 5. Juni 2031 mit einem "
            "Grußwort von Petra Beispiel.",
            "Fachtag „Vielfalt“",
        ),
        (
            "Die Tagung „Wege“ war gut besucht. Am 5. Juni 2031 begann sie mit einer Rede von Petra Beispiel.",
            "Tagung „Wege“",
        ),
        (
            "Der Kongress „Arbeit“ lockte viele Gäste nach Kassel. Er dauerte vom 5. bis zum 6. Juni 2031. Petra "
            "Beispiel eröffnete ihn.",
            "Kongress „Arbeit“",
        ),
    ],
)
def test_the_event_named_before_began_or_lasted_on_the_day_its_pronoun_gives(text: str, label: str) -> None:
    facts = facts_of("Titel\n\n" + text, dt.date(2031, 6, 20))
    assert facts.events == [(label, dt.date(2031, 6, 5))]
    assert (("Petra Beispiel", "speakerAt", label)) in facts.relations


def test_a_service_named_by_its_noun_that_began_on_a_day_is_no_event_named_before() -> None:
    facts = facts_of(
        "Titel\n\nDer Fachtag wurde gut angenommen. Die Beratung begann am 5. Juni 2031.",
        dt.date(2031, 6, 20),
    )
    assert facts.events == []


@pytest.mark.parametrize(
    "block",
    [
        "Fachtagung „Anerkennung wirkt“\nDatum: 5. Juni 2031, 10 bis 16 Uhr\nOrt: Rathaus Kassel",
        "3. Netzwerktreffen Mentoring\nDatum: Donnerstag, 5. Juni 2031\nOrt: Jena",
        "Workshop „Beratung digital“\n  Datum: 05.06.2031\n  Ort: online",
    ],
)
def test_a_date_field_under_the_events_name_gives_its_day(block: str) -> None:
    facts = facts_of("Einladung\n\n" + block + "\n", dt.date(2031, 5, 20))
    assert [day for _, day in facts.events] == [dt.date(2031, 6, 5)]


def test_a_date_field_heading_a_release_under_no_events_name_dates_nothing() -> None:
    text = (
        "Pressemitteilung\nDatum: 5. Juni 2031\n\nDas Netzwerk berät jede Woche. Im Herbst folgt ein Fachtag."
    )
    assert facts_of(text, dt.date(2031, 6, 5)).events == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Karl Muster hatte 2015 die erste Fachtagung des Vereins Lernwerk eröffnet. Die Fachtagung findet "
            "am 12. September 2031 in Hannover statt.",
            "Fachtagung",
        ),
        (
            "Beim Kongress „Wege“ im März 2029 war der Andrang groß. Der Kongress findet am 12. September 2031 "
            "wieder in Kassel statt.",
            "Kongress",
        ),
        (
            "Bereits 2028 gab es einen Workshop „Anerkennung kompakt“. Am 12. September 2031 folgt der nächste "
            "Workshop in Jena.",
            "Workshop",
        ),
    ],
)
def test_an_event_takes_no_name_from_another_years_occasion(text: str, label: str) -> None:
    facts = facts_of("Titel\n\n" + text, dt.date(2031, 6, 20))
    assert facts.events == [(label, dt.date(2031, 9, 12))]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Nachdem am 3. März 2031 der erste Fachtag in Kassel stattgefunden hatte, folgte am 5. Juni 2031 der "
            "zweite Fachtag in Fulda.",
            {"Erster Fachtag", "Zweiter Fachtag"},
        ),
        (
            "Am 3. März 2031 fand das 1. Netzwerktreffen statt, am 5. Juni 2031 das 2. Netzwerktreffen.",
            {"1. Netzwerktreffen", "2. Netzwerktreffen"},
        ),
        (
            "Die Jahrestagung 2030 fand am 3. März 2030 statt. Die Jahrestagung 2031 folgte am 5. Juni 2031.",
            {"Jahrestagung 2030", "Jahrestagung 2031"},
        ),
    ],
)
def test_two_events_of_one_noun_each_keep_their_own_name(text: str, labels: set[str]) -> None:
    assert {label for label, _ in facts_of("Titel\n\n" + text, dt.date(2031, 6, 20)).events} == labels


@pytest.mark.parametrize(
    "text",
    [
        "Am 5. Juni 2031 fand der Fachtag „Wege“ in Fulda statt. Schon beim Fachtag am 3. März 2031 hatte Karl "
        "Muster gesprochen. Petra Beispiel eröffnete den Fachtag in Fulda.",
        "Am 5. Juni 2031 tagte der Kongress in Jena. Der Kongress am 3. März 2031 war von Karl Muster eröffnet "
        "worden, nachdem er ihn vorbereitet hatte. Den Kongress in Jena moderierte Petra Beispiel.",
        "Die Tagung fand am 5. Juni 2031 in Halle statt. Eine Tagung am 3. März 2031 hatte Karl Muster geleitet. "
        "Auf der Tagung in Halle sprach Petra Beispiel.",
    ],
)
def test_a_noun_after_an_earlier_event_told_in_the_pluperfect_names_the_later_one(text: str) -> None:
    x = _extract(text)
    names = {e.key: e.label for e in x.entities}
    days = {e.key: e.date for e in x.events}
    at = {
        days[r.object]
        for r in x.relations
        if r.predicate == "speakerAt" and names[r.subject] == "Petra Beispiel"
    }
    assert at == {dt.date(2031, 6, 5)}
