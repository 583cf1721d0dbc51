"""Events named in more shapes (round 12): the organiser a bare noun is named after, a project by its name alone
("Sommerfest von Wegweiser Arbeit"); invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of

RELEASE = dt.date(2031, 6, 1)


def _events(text: str) -> set[str]:
    return {label for label, _ in facts_of("Titel\n\n" + text, RELEASE).events}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das Projekt Lotsenhaus lädt am 12. Juni 2031 zum Sommerfest in seine Räume ein.",
            "Sommerfest von Lotsenhaus",
        ),
        (
            "Am 3. Juli 2031 veranstaltet das Projekt Kompass Beruf einen Infoabend im Rathaus Jena.",
            "Infoabend von Kompass Beruf",
        ),
        (
            "Zum Workshop lud das Teilprojekt Startklar Nord am 9. Mai 2031 nach Kiel ein.",
            "Workshop von Startklar Nord",
        ),
    ],
)
def test_an_event_named_after_a_project_by_its_name_alone_takes_von(text: str, label: str) -> None:
    assert label in _events(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Beratungsstelle Anerkennung Nord lädt am 12. Juni 2031 zum Sommerfest ein.",
            "Sommerfest der Beratungsstelle Anerkennung Nord",
        ),
        (
            "Am 3. Juli 2031 veranstaltet das Projekt Brücke Pflege einen Infoabend in Gera.",
            "Infoabend der Brücke Pflege",
        ),
        (
            "Die Stiftung Lernwege lud am 9. Mai 2031 zum Workshop nach Kiel ein.",
            "Workshop der Stiftung Lernwege",
        ),
    ],
)
def test_a_genitive_that_leaves_the_name_as_it_is_stays(text: str, label: str) -> None:
    assert label in _events(text)


def _organisers(text: str) -> set[str]:
    return {o for _, p, o in facts_of(text, RELEASE).relations if p == "organisedBy"}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Podiumsdiskussion im Landtag\n\nIn Hannover debattierten Fachleute bei einer Podiumsdiskussion über "
            "Wege in Arbeit. Die Podiumsdiskussion wurde vom Verein Lernwerk e. V. veranstaltet.",
            "Lernwerk e. V.",
        ),
        (
            "Gesprächsrunde zur Anerkennung\n\nVor vollem Saal diskutierten Betriebe in Gera bei einer "
            "Gesprächsrunde. Eingeladen hatte die Stiftung Lernwege.",
            "Stiftung Lernwege",
        ),
        (
            "Podiumsgespräch in Fulda\n\nIm Kreishaus Fulda diskutierten Betriebe bei einem Podiumsgespräch "
            "über Fachkräfte. Organisiert wurde es von der Handwerkskammer Fulda.",
            "Handwerkskammer Fulda",
        ),
    ],
)
def test_a_speech_word_inside_an_event_noun_of_the_headline_makes_no_report(text: str, host: str) -> None:
    """ "Podiumsdiskussion" holds "podium", a speaking word: the headline naming the event reports none; the body's
    sentences do, and its host is read there."""
    assert host in _organisers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Letzte Woche fand die offizielle Einweihung für geladene Gäste durch Bürgermeisterin Petra Beispiel, "
        "Landrat Karl Muster, Pfarrerin Anna Vorlage und den Vorsitzenden des Vereins Lernwerk e. V., Jonas "
        "Exempel, im neuen Gemeindezentrum der Stadt Gera im Beisein vieler Nachbarinnen und Nachbarn statt.",
        "Im Herbst fanden die Einweihung und die Schlüsselübergabe durch Bürgermeisterin Petra Beispiel, Landrat "
        "Karl Muster und die Geschäftsführerin der Stiftung Lernwege, Anna Vorlage, vor dem neuen Haus am Markt "
        "in der Altstadt von Gera bei strahlendem Sonnenschein statt.",
        "Gestern findet die Einweihung, zu der Bürgermeisterin Petra Beispiel, Landrat Karl Muster und die "
        "Geschäftsführerin der Stiftung Lernwege, Anna Vorlage, gemeinsam viele Gäste aus der ganzen Region "
        "eingeladen hatten, im neuen Haus am Markt der Altstadt von Gera statt!",
    ],
)
def test_took_place_with_its_particle_closing_a_long_sentence(text: str) -> None:
    assert any(label.startswith("Einweihung") for label in _events(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Zum Neujahrsempfang hatte die Stiftung Lernwege in das Foyer des Theaters eingeladen. Rund 200 Gäste "
            "kamen.",
            "Neujahrsempfang der Stiftung Lernwege",
        ),
        (
            "Die Handwerkskammer Fulda lud Betriebe und Beratungsstellen zu ihrem Sommerfest ein.",
            "Sommerfest der Handwerkskammer Fulda",
        ),
        (
            "Zu einem Infoabend hat das Bildungswerk Nordlicht Eltern und Lehrkräfte in die Aula eingeladen.",
            "Infoabend des Bildungswerks Nordlicht",
        ),
    ],
)
def test_an_event_without_a_day_held_on_an_invitation_told_in_the_past(text: str, label: str) -> None:
    assert label in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Handwerkskammer Fulda lädt Betriebe zu ihrem Sommerfest ein.",
        "Zum Neujahrsempfang wird die Stiftung Lernwege auch im nächsten Jahr einladen.",
        "Auch künftig laden die Stiftung Lernwege und der Verein Lernwerk e. V. gemeinsam zum Infoabend.",
    ],
)
def test_an_invitation_announced_makes_no_event_without_a_day(text: str) -> None:
    assert not _events(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Mit 80 Gästen ist das Lotsenprogramm „Brücken bauen“ in Gera gestartet. Bei der "
            "Auftaktveranstaltung am 16. Februar 2031 sprach Petra Beispiel.",
            "Auftaktveranstaltung des Lotsenprogramms „Brücken bauen“",
        ),
        (
            "Im Februar startete die Reihe „Arbeit im Blick“. Die Auftaktveranstaltung fand am 3. März 2031 im "
            "Rathaus Jena statt.",
            "Auftaktveranstaltung der Reihe „Arbeit im Blick“",
        ),
        (
            "Das neue Teilprojekt „Werkstatt Zukunft“ ist gestartet. Zum Kick-off am 9. Mai 2031 kamen 60 Gäste "
            "nach Kiel.",
            "Kick-off des Teilprojekts „Werkstatt Zukunft“",
        ),
    ],
)
def test_a_kickoff_is_named_by_what_the_sentence_before_it_started(text: str, label: str) -> None:
    assert label in _events(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das erste Job Speed Dating fand am 3. Mai 2031 in Jena statt.", "Erstes Job Speed Dating"),
        (
            "Beim Speed Dating der Handwerkskammer Fulda am 3. Mai 2031 trafen sich 40 Betriebe.",
            "Speed Dating der Handwerkskammer Fulda",
        ),
        (
            "Am 3. Mai 2031 lädt die Stiftung Lernwege zum 2. Job Speed Dating „Pflege“ nach Gera ein.",
            "2. Job Speed Dating „Pflege“",
        ),
    ],
)
def test_an_english_event_name_written_apart(text: str, label: str) -> None:
    assert label in _events(text)


@pytest.mark.parametrize(
    ("text", "hosts"),
    [
        (
            "Am 3. Mai 2031 fand ein Workshop statt. Veranstaltet wurde er vom Projekt Lotsenhaus in Kooperation "
            "mit der Agentur für Arbeit Gera.",
            {"Agentur für Arbeit Gera"},
        ),
        (
            "Das Projekt Lotsenhaus lud in Zusammenarbeit mit der Stiftung Lernwege am 3. Mai 2031 zum Infoabend.",
            {"Stiftung Lernwege"},
        ),
        (
            "Am 3. Mai 2031 veranstaltete das Teilprojekt Kompass in Kooperation mit der Handwerkskammer Fulda "
            "einen Fachtag.",
            {"Handwerkskammer Fulda"},
        ),
    ],
)
def test_a_project_name_ends_before_in_kooperation_mit(text: str, hosts: set[str]) -> None:
    """The partner joined by "in Kooperation mit" co-organises; no project is named "Lotsenhaus in Kooperation"."""
    facts = facts_of("Titel\n\n" + text, RELEASE)
    assert {o for _, p, o in facts.relations if p == "organisedBy"} >= hosts
    assert not any(" in Kooperation" in label or " in Zusammenarbeit" in label for _, label in facts.entities)


def _days(text: str) -> set[dt.date | None]:
    return {day for _, day in facts_of("Titel\n\n" + text, dt.date(2031, 12, 6)).events}


@pytest.mark.parametrize(
    "text",
    [
        "Im Rahmen einer Feierstunde hat Landrat Karl Muster am Donnerstagabend 14 Ehrenamtliche ausgezeichnet.",
        "Bei einem Empfang im Rathaus ehrte die Stiftung Lernwege am Donnerstag 12 Absolventinnen.",
        "Am Donnerstag 30 Gäste: Die Handwerkskammer Fulda hat zu ihrem Fachtag nach Fulda eingeladen.",
    ],
)
def test_a_bare_weekday_before_a_count_is_the_event_s_day(text: str) -> None:
    """ "am Donnerstag 14 Ehrenamtliche": a number without a day's dot after the weekday is no date of its own."""
    assert dt.date(2031, 12, 4) in _days(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Am 3. Mai 2031 fand der 3. Runde Tisch Anerkennung im Landratsamt Gotha statt.",
            "3. Runder Tisch Anerkennung",
        ),
        (
            "Beim Runden Tisch „Fachkräfte“ sprach am 3. Mai 2031 Petra Beispiel in Jena.",
            "Runder Tisch „Fachkräfte“",
        ),
        (
            "Zum Tag der offenen Tür des Jobcenters Gera am 3. Mai 2031 kamen 200 Gäste.",
            "Tag der offenen Tür des Jobcenters Gera",
        ),
    ],
)
def test_event_names_of_several_words(text: str, label: str) -> None:
    assert label in _events(text)


def test_round_tables_counted_in_the_plural_are_no_event() -> None:
    assert not _events("Im Jahr 2030 fanden 35 Runde Tische und drei Fachtage statt.")


@pytest.mark.parametrize(
    "text",
    [
        "Im Jahr 2030 fanden 35 Runde Tische und drei Fachtage statt.",
        "Zwölf Workshops fanden im Herbst statt, moderiert von Petra Beispiel.",
        "Die Stiftung Lernwege lud zu vier Infoabenden ein, auf denen Karl Muster sprach.",
    ],
)
def test_events_counted_in_the_plural_are_none_held_without_a_day(text: str) -> None:
    assert not _events(text)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Zum Fachtag am 3. Mai 2031 hatte Oberbürgermeisterin Greta Beispiel in das Rathaus Gera eingeladen.",
            "Greta Beispiel",
        ),
        (
            "Am 3. Mai 2031 hatte Landrat Karl Muster zum Netzwerktreffen in das Kreishaus eingeladen.",
            "Karl Muster",
        ),
        (
            "Am 3. Mai 2031 hatte Staatssekretärin Dr. Anna Vorlage zum Empfang in die Staatskanzlei geladen.",
            "Anna Vorlage",
        ),
    ],
)
def test_a_person_with_a_title_who_had_invited_hosts(text: str, host: str) -> None:
    assert _organisers("Titel\n\n" + text) == {host}


@pytest.mark.parametrize(
    ("text", "hosts"),
    [
        ("Am 3. Mai 2031 richtet die Handwerkskammer Fulda den Karrieretag aus.", {"Handwerkskammer Fulda"}),
        (
            "Den Karrieretag am 3. Mai 2031 richten die Handwerkskammer Fulda und die Stiftung Lernwege gemeinsam aus.",
            {"Handwerkskammer Fulda", "Stiftung Lernwege"},
        ),
        ("Die Stiftung Lernwege richtet am 3. Mai 2031 in Gera einen Infoabend aus.", {"Stiftung Lernwege"}),
    ],
)
def test_richtet_aus_in_the_present_names_the_host(text: str, hosts: set[str]) -> None:
    assert _organisers("Titel\n\n" + text) == hosts


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Ausbildungsbörse „Start frei“ findet am 14. Juni 2031 in Fürth statt.",
            "Ausbildungsbörse „Start frei“",
        ),
        ("Zur Lehrstellenbörse 2031 am 14. Juni kamen 300 Jugendliche nach Fürth.", "Lehrstellenbörse 2031"),
        (
            "Am 14. Juni 2031 fand die erste Praktikumsbörse „Praxis jetzt“ in Erlangen statt.",
            "Erste Praktikumsbörse „Praxis jetzt“",
        ),
    ],
)
def test_fairs_of_training_places_are_events(text: str, label: str) -> None:
    assert label in _events(text)


_DATED = "Am 20. März 2031 findet in Gera der Fachtag „Arbeit jetzt“ statt. "


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            _DATED + "Bereits im Januar hatte der Verein Brückenschlag zu einem Neujahrsempfang eingeladen.",
            "Neujahrsempfang des Vereins Brückenschlag",
        ),
        (
            "Schon im Sommer 2030 lud die Stiftung Lernwege zu ihrem ersten Infoabend ein. " + _DATED,
            "Erster Infoabend der Stiftung Lernwege",
        ),
        (
            _DATED
            + "Im vergangenen Herbst fand im Rathaus Gera eine Podiumsdiskussion der Stiftung Lernwege statt.",
            "Podiumsdiskussion der Stiftung Lernwege",
        ),
    ],
)
def test_an_event_of_another_time_without_a_day_beside_a_dated_one(text: str, label: str) -> None:
    assert label in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        _DATED + "Im Herbst soll eine Jobmesse folgen.",
        _DATED + "Im Herbst lädt die Stiftung Lernwege zu einem Infoabend ein.",
        _DATED + "Im Jahr 2030 fanden drei Workshops statt.",
    ],
)
def test_an_event_announced_or_counted_without_a_day_is_none_beside_a_dated_one(text: str) -> None:
    assert _events(text) == {"Fachtag „Arbeit jetzt“"}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Am 3. Mai 2031 fand in Gera ein Fachtag statt. Organisiert haben wir, das kleine Team aus der "
            "Altstadt, den ganzen Tag zusammen mit dem Jobcenter Gera.",
            "Jobcenter Gera",
        ),
        (
            "Am 3. Mai 2031 fand in Fulda ein Infoabend statt. Veranstaltet hat ihn unser kleines Team aus "
            "der Beratung in der Altstadt gemeinsam mit der Handwerkskammer Fulda.",
            "Handwerkskammer Fulda",
        ),
        (
            "Am 3. Mai 2031 fand in Jena eine Jobmesse statt. Ausgerichtet haben die Messe wie jedes Jahr die "
            "beiden Kammern der Region zusammen mit der Stiftung Lernwege.",
            "Stiftung Lernwege",
        ),
    ],
)
def test_a_partner_of_a_fronted_organising_participle_co_organises(text: str, host: str) -> None:
    assert host in _organisers("Titel\n\n" + text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Am 3. Mai 2031 lud der Verein Brückenschlag e. V. zum Sommerfest nach Gera ein.",
            "Sommerfest des Vereins Brückenschlag e. V.",
        ),
        (
            "Die Lernhaus Magdeburg gGmbH lud am 3. Mai 2031 zu einem Infoabend ein.",
            "Infoabend der Lernhaus Magdeburg gGmbH",
        ),
        (
            "Am 3. Mai 2031 veranstaltete die Arbeit und Leben Thüringen GmbH einen Workshop in Erfurt.",
            "Workshop der Arbeit und Leben Thüringen GmbH",
        ),
    ],
)
def test_a_club_or_firm_an_event_is_named_after_keeps_its_name_uninflected(text: str, label: str) -> None:
    assert label in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am 3. Mai 2031 fand in Kassel ein Fachtag statt. Veranstalter war der Verein Lernwerk e. V., unterstützt "
        "vom IQ Netzwerk Hessen.",
        "Veranstalter des Fachtags am 3. Mai 2031 war der Verein Lernwerk e. V., gefördert durch die Stiftung "
        "Lernwege.",
        "Ausrichter des Workshops am 3. Mai 2031 in Fulda war der Verein Lernwerk e. V., finanziell gefördert "
        "von der Handwerkskammer Fulda.",
    ],
)
def test_a_body_after_a_participle_and_its_agent_supports_not_organises(text: str) -> None:
    assert _organisers("Titel\n\n" + text) == {"Lernwerk e. V."}


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Lernwege verlieh am 3. Mai 2031 ihren Integrationspreis.",
        "Am 3. Mai 2031 hat die Stiftung Lernwege in Gera ihren Integrationspreis verliehen.",
        "Dem Verein Lernwerk e. V. hat die Stiftung Lernwege am 3. Mai 2031 ihren Preis verliehen.",
    ],
)
def test_the_subject_giving_a_prize_holds_its_award(text: str) -> None:
    assert _organisers("Titel\n\n" + text) == {"Stiftung Lernwege"}


def test_the_winner_of_a_prize_given_in_the_passive_holds_nothing() -> None:
    assert not _organisers(
        "Titel\n\nDem Verein Lernwerk e. V. wurde am 3. Mai 2031 der Integrationspreis verliehen."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Karrieretag – eine Veranstaltung des Caritasverbandes\n\nAm 3. Mai 2031 fand der Karrieretag statt, eine "
        "Veranstaltung des Caritasverbandes Paderborn e. V.",
        "Sommerfest der Diakonie\n\nAm 3. Mai 2031 lud die Diakonie Kassel zum Sommerfest ein. Gastgeber war die "
        "Diakonie.",
        "Fachtag der Handwerkskammer\n\nDie Handwerkskammer Fulda lud am 3. Mai 2031 zum Fachtag ein.",
    ],
)
def test_an_organiser_named_short_and_in_full_is_one(text: str) -> None:
    organisers = {o for _, p, o in facts_of(text, RELEASE).relations if p == "organisedBy"}
    assert len(organisers) == 1


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Mit Musik und Tanz hat die Stiftung Lernwege ihr Sommerfest gefeiert.",
            "Sommerfest der Stiftung Lernwege",
        ),
        (
            "Die Handwerkskammer Fulda feierte im Garten ihr Jubiläum mit 200 Gästen.",
            "Jubiläum der Handwerkskammer Fulda",
        ),
        (
            "Seinen Neujahrsempfang beging der Verein Lernwerk e. V. im Rathaus Gera.",
            "Neujahrsempfang des Lernwerks e. V.",
        ),
    ],
)
def test_an_event_without_a_day_celebrated_in_the_past_was_held(text: str, label: str) -> None:
    assert label in _events(text)
