"""Events crossed with what a sentence hangs on them (round 14): two events of one noun told apart by their names,
and their speakers, places and hosts; invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of

RELEASE = dt.date(2031, 6, 1)


def _relations(text: str) -> set[tuple[str, str, str]]:
    return facts_of("Titel\n\n" + text, RELEASE).relations


@pytest.mark.parametrize(
    ("text", "held", "announced", "speaker"),
    [
        (
            "Der 5. Fachtag fand am 3. Mai 2031 in Kassel statt. Der 6. Fachtag ist für den 10. Mai 2032 in Fulda "
            "geplant. Beim 5. Fachtag sprach Karl Muster.",
            "5. Fachtag",
            "6. Fachtag",
            "Karl Muster",
        ),
        (
            "Die Jahrestagung 2030 fand am 3. Mai 2030 in Kassel statt. Die Jahrestagung 2031 folgt am 10. Mai "
            "2031 in Gera. Auf der Jahrestagung 2030 hielt Anna Probe einen Vortrag.",
            "Jahrestagung 2030",
            "Jahrestagung 2031",
            "Anna Probe",
        ),
        (
            "Im März lief der Workshop „Holz“ in Jena. Am 4. April 2031 folgt in Suhl der Workshop „Metall“; "
            "der Workshop „Holz“ am 2. März 2031 wurde von Lisa Beispiel moderiert.",
            "Workshop „Holz“",
            "Workshop „Metall“",
            "Lisa Beispiel",
        ),
    ],
)
def test_a_noun_named_by_its_ordinal_year_or_title_names_that_event_not_the_latest_of_its_noun(
    text: str, held: str, announced: str, speaker: str
) -> None:
    relations = _relations(text)
    assert (speaker, "speakerAt", held) in relations
    assert (speaker, "speakerAt", announced) not in relations


def _organisers(text: str) -> set[str]:
    return {o for _, p, o in _relations(text) if p == "organisedBy"}


@pytest.mark.parametrize(
    ("text", "host", "speaker"),
    [
        (
            "Im April hatte das IQ Netzwerk Hessen zu einem Fachtag in Fulda eingeladen, auf dem Karl Muster sprach.",
            "IQ Landesnetzwerk Hessen",  # the name the programme's reference gives it
            "Karl Muster",
        ),
        (
            "Am 3. Mai 2031 hatte die Stiftung Lernbrücke zur Tagung nach Kassel eingeladen, bei der Anna Probe einen "
            "Vortrag hielt.",
            "Stiftung Lernbrücke",
            "Anna Probe",
        ),
        (
            "Zum Workshop in Gera hatten am 3. Mai 2031 der Verein Lernwerk e. V. und die Stadt Gera eingeladen, wo "
            "Lisa Beispiel die Diskussion moderierte.",
            "Lernwerk e. V.",
            "Lisa Beispiel",
        ),
    ],
)
def test_a_person_in_the_clause_after_an_invitation_speaks_there_and_is_no_host(
    text: str, host: str, speaker: str
) -> None:
    organisers = _organisers(text)
    assert host in organisers
    assert speaker not in organisers


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Zum Workshop in Gera hatten am 3. Mai 2031 der Verein Lernwerk e. V. und die Stadt Gera eingeladen.",
            "Lernwerk e. V.",
        ),
        (
            "Zur Tagung in Kassel hatte bereits im März die Stiftung Lernbrücke eingeladen.",
            "Stiftung Lernbrücke",
        ),
        (
            "Nach langer Vorarbeit gründet sich am Mittwoch, den 4. Juni 2031, der Verein Brückenschlag e. V. in Jena.",
            "Brückenschlag e. V.",
        ),
    ],
)
def test_a_day_or_time_adverb_between_the_verb_and_its_subject_keeps_the_host(text: str, host: str) -> None:
    assert host in _organisers(text)


def _events(text: str) -> list[tuple[str, dt.date | None]]:
    return facts_of("Titel\n\n" + text, RELEASE).events


@pytest.mark.parametrize(
    ("text", "event", "host"),
    [
        (
            "Im Herbst veranstaltete der Verein Lernwerk e. V. einen Workshop zur Anerkennung in Kassel.",
            "Workshop des Lernwerks e. V.",
            "Lernwerk e. V.",
        ),
        (
            "Die Stiftung Lernbrücke organisierte im Frühjahr eine Tagung für Personalverantwortliche in Jena.",
            "Tagung der Stiftung Lernbrücke",
            "Stiftung Lernbrücke",
        ),
        (
            "Eine Jobmesse für internationale Pflegekräfte wurde von der Handwerkskammer Gera ausgerichtet.",
            "Jobmesse der Handwerkskammer Gera",
            "Handwerkskammer Gera",
        ),
    ],
)
def test_an_event_a_host_organised_in_the_past_is_held_without_a_day(
    text: str, event: str, host: str
) -> None:
    assert (event, None) in _events(text)
    assert (event, "organisedBy", host) in _relations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein Lernwerk e. V. organisierte in den letzten Jahren viele Workshops für Betriebe.",
        "Die Stadt Gera veranstaltete regelmäßig Informationsabende für neue Einwohner.",
        "Die Volkshochschule Jena organisierte Fahrten zu Messen und Fachtage für Lehrkräfte.",
        "Die Stiftung Lernbrücke richtete sich mit ihrem Workshopangebot an Betriebe.",
    ],
)
def test_events_organised_in_the_plural_or_a_service_aimed_at_someone_are_no_event_held(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "event", "host"),
    [
        (
            "Der Neujahrsempfang der Stadt Gera fand am 10. Januar 2031 im Rathaus statt.",
            "Neujahrsempfang der Stadt Gera",
            "Stadt Gera",
        ),
        (
            "Rund 90 Gäste kamen am 4. März 2031 zum Fachtag der Gemeinde Künzell.",
            "Fachtag der Gemeinde Künzell",
            "Gemeinde Künzell",
        ),
        (
            "Beim Empfang der Universitätsstadt Marburg am 5. Mai 2031 sprach Anna Probe ein Grußwort.",
            "Empfang der Universitätsstadt Marburg",
            "Universitätsstadt Marburg",
        ),
    ],
)
def test_a_town_in_the_genitive_of_an_event_noun_is_the_body_holding_it(
    text: str, event: str, host: str
) -> None:
    assert (event, "organisedBy", host) in _relations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am 3. Mai 2031 fand der Fachtag in der Stadt Gera statt.",
        "Die Bürgerinnen der Stadt Gera besuchten am 3. Mai 2031 den Fachtag.",
    ],
)
def test_a_town_where_an_event_is_held_or_whose_people_came_holds_none(text: str) -> None:
    assert not any(p == "organisedBy" for _, p, _ in _relations(text))


def _speakers(text: str) -> set[str]:
    return {s for s, p, _ in _relations(text) if p == "speakerAt"}


@pytest.mark.parametrize(
    ("text", "speaker", "not_speaking"),
    [
        (
            "Am 3. Mai 2031 fand in Gera die Preisverleihung statt. Ministerin Anna Probe überreichte den Preis an "
            "Lisa Beispiel und Karl Muster.",
            "Anna Probe",
            {"Lisa Beispiel", "Karl Muster"},
        ),
        (
            "Beim Fachtag am 3. Mai 2031 in Jena erinnerte Karl Muster in seiner Rede an die Gründerin Petra Vorbild.",
            "Karl Muster",
            {"Petra Vorbild"},
        ),
        (
            "Am 3. Mai 2031 fand in Suhl die Preisverleihung statt. Die Laudatio auf den Preisträger Jens Beispiel "
            "hielt Lisa Muster.",
            "Lisa Muster",
            {"Jens Beispiel"},
        ),
        (
            "Beim Fachtag am 3. Mai 2031 in Gera stellte Anna Probe die Studie von Lisa Beispiel vor und überbrachte "
            "die Grüße von Karl Muster.",
            "Anna Probe",
            {"Lisa Beispiel", "Karl Muster"},
        ),
        (
            "Am 3. Mai 2031 fand in Jena die Tagung statt. Petra Vorbild eröffnete die Tagung und dankte Jens "
            "Beispiel für die Vorbereitung.",
            "Petra Vorbild",
            {"Jens Beispiel"},
        ),
    ],
)
def test_a_person_given_to_spoken_of_or_thanked_in_a_speech_act_s_sentence_is_no_speaker(
    text: str, speaker: str, not_speaking: set[str]
) -> None:
    speakers = _speakers(text)
    assert speaker in speakers
    assert not speakers & not_speaking


@pytest.mark.parametrize(
    "text",
    [
        "Am 3. Mai 2031 fand in Gera der Fachtag statt. Er begann mit einem Grußwort von Anna Probe.",
        "Am 3. Mai 2031 fand in Gera der Fachtag statt. Anna Probe eröffnete das Podium, auf dem sie selbst sprach.",
        "Am 3. Mai 2031 fand in Gera der Fachtag statt. Es folgten Vorträge von Anna Probe und Lisa Beispiel.",
        "Am 3. Mai 2031 eröffnete die Beauftragte für Integration Anna Probe in Gera den Fachtag.",
        "Am 3. Mai 2031 fand in Gera der Fachtag statt. Eröffnet wurde der Tag von Staatssekretärin Anna Probe.",
        "Am 3. Mai 2031 fand in Gera der Fachtag statt. Danach diskutierten auf dem Podium Anna Probe und Jens Vorbild.",
    ],
)
def test_speakers_named_after_a_speech_noun_s_von_or_a_title_s_portfolio_still_speak(text: str) -> None:
    assert "Anna Probe" in _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am 3. Mai 2031 fand in Gera der Fachtag statt. Dort hatte Anna Probe auf die langen Wartezeiten hingewiesen.",
        "Am 3. Mai 2031 fand in Jena die Tagung statt. Anna Probe hat dort an die Betriebe appelliert.",
        "Beim Empfang am 3. Mai 2031 in Suhl hatte die Vorsitzende Anna Probe für mehr Ehrenamt geworben.",
    ],
)
def test_speech_reported_in_the_perfect_or_pluperfect_makes_a_speaker(text: str) -> None:
    assert "Anna Probe" in _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am 9. Juli 2031 lädt der Verein Lernwerk e. V. zum Infoabend nach Gera ein. Beraterin Anna Probe erklärt, wie "
        "ein Abschluss anerkannt wird.",
        "Der Workshop findet am 9. Juli 2031 in Jena statt. Es informieren Anna Probe und Jens Vorbild über die "
        "Förderung.",
        "Am 9. Juli 2031 folgt in Suhl die Jobmesse. Anna Probe erläutert dort, welche Betriebe ausbilden.",
    ],
)
def test_explaining_or_informing_in_an_announcement_makes_a_speaker(text: str) -> None:
    assert "Anna Probe" in _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am 9. Juli 2031 lädt der Verein Lernwerk e. V. zum Infoabend nach Gera ein. Anna Probe erklärt, dass die "
        "Plätze knapp sind.",
        "Der Workshop findet am 9. Juli 2031 in Jena statt. Anna Probe informiert sich vorab über die Gäste.",
    ],
)
def test_a_statement_or_informing_oneself_in_an_announcement_makes_no_speaker(text: str) -> None:
    assert "Anna Probe" not in _speakers(text)


@pytest.mark.parametrize(
    ("text", "event", "venue"),
    [
        (
            "Am 3. Mai 2031 fand in Gera im Kongress Palais der Fachtag „Pflege“ statt.",
            "Fachtag „Pflege“",
            "Kongress Palais",
        ),
        ("Am 3. Mai 2031 begann im Lindenhof der Workshop für Betriebe.", "Workshop", "Lindenhof"),
        (
            "Am 3. Mai 2031 trafen sich im Bürgerhaus Jena Vertreterinnen der Teilprojekte zum Netzwerktreffen.",
            "Netzwerktreffen",
            "Bürgerhaus Jena",
        ),
    ],
)
def test_a_venue_s_name_ends_before_the_event_noun_or_the_subject_after_its_town(
    text: str, event: str, venue: str
) -> None:
    assert (event, "locatedIn", venue) in _relations(text)


def test_a_feminine_body_in_a_venue_s_genitive_stays_in_its_name() -> None:
    text = "Am 3. Mai 2031 fand im Saal der Landespressekonferenz in Erfurt ein Pressegespräch statt."
    assert any(o == "Saal der Landespressekonferenz" for _, p, o in _relations(text) if p == "locatedIn")


@pytest.mark.parametrize(
    ("text", "event", "house"),
    [
        (
            "Am 3. Mai 2031 fand in der Handwerkskammer Gera der Fachtag des Vereins Lernwerk e. V. statt.",
            "Fachtag des Lernwerks e. V.",
            "Handwerkskammer Gera",
        ),
        (
            "Am 3. Mai 2031 fand im Jobcenter Jena der Workshop der Stiftung Lernbrücke statt.",
            "Workshop der Stiftung Lernbrücke",
            "Jobcenter Jena",
        ),
        (
            "Am 3. Mai 2031 tagte in der Volkshochschule Suhl der Kongress des Vereins Brückenschlag e. V.",
            "Kongress des Brückenschlags e. V.",
            "Volkshochschule Suhl",
        ),
    ],
)
def test_a_body_s_name_ends_before_the_event_that_is_the_subject_after_it(
    text: str, event: str, house: str
) -> None:
    relations = _relations(text)
    assert (event, "locatedIn", house) in relations


@pytest.mark.parametrize(
    ("text", "hosts"),
    [
        (
            "Am 3. Mai 2031 fand in Gera der Fachtag statt. Die Stiftung Lernbrücke hatte gemeinsam mit dem Verein "
            "Lernwerk e. V. eingeladen.",
            {"Stiftung Lernbrücke", "Lernwerk e. V."},
        ),
        (
            "Die Tagung fand am 3. Mai 2031 in Jena statt. Der Verein Brückenschlag e. V. hatte eingeladen.",
            {"Brückenschlag e. V."},
        ),
        (
            "Am 3. Mai 2031 begann in Suhl die Jobmesse. Die Handwerkskammer Suhl und die Stadt Suhl hatten "
            "gemeinsam eingeladen.",
            {"Handwerkskammer Suhl", "Stadt Suhl"},
        ),
    ],
)
def test_an_invitation_told_back_in_the_pluperfect_names_the_hosts_of_the_event_in_scope(
    text: str, hosts: set[str]
) -> None:
    assert hosts <= _organisers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bereits im Januar hatte die Stadt Gera zum Sommerfest eingeladen, bei dem Anna Probe auf die Lage hingewiesen "
        "hatte.",
        "Am 3. Mai 2031 fand in Jena der Fachtag statt, auf dem Anna Probe die Arbeit der Lotsen gewürdigt hat.",
        "Beim Fachtag am 3. Mai 2031 in Suhl, den Anna Probe eröffnet hatte, wurde viel diskutiert, wie sie zuvor "
        "betont hatte.",
    ],
)
def test_speech_in_the_perfect_with_its_auxiliary_last_makes_a_speaker(text: str) -> None:
    assert "Anna Probe" in _speakers(text)


def test_a_work_named_at_a_sentence_s_start_is_no_speech_of_its_author() -> None:
    text = (
        "Am 3. Mai 2031 fand in Gera der Fachtag statt. Die Studie von Lisa Beispiel stellte Anna Probe vor."
    )
    assert _speakers(text) == {"Anna Probe"}


@pytest.mark.parametrize(
    ("text", "event", "venue", "town"),
    [
        (
            "Der Fachtag fand am 3. Mai 2031 statt. Veranstaltungsort war das Haus der Jugend in Gera.",
            "Fachtag",
            "Haus der Jugend",
            "Gera",
        ),
        (
            "Die Tagung fand am 3. Mai 2031 statt. Tagungsort ist die Alte Mühle in Jena.",
            "Tagung",
            "Alte Mühle",
            "Jena",
        ),
        (
            "Am 3. Mai 2031 findet die Jobmesse statt. Austragungsort ist der Lindenhof in Suhl.",
            "Jobmesse",
            "Lindenhof",
            "Suhl",
        ),
    ],
)
def test_a_building_said_to_be_the_event_s_place_before_its_town_is_the_venue(
    text: str, event: str, venue: str, town: str
) -> None:
    relations = _relations(text)
    assert (event, "locatedIn", venue) in relations
    assert (venue, "locatedIn", town) in relations
