"""Round 16 (speak): constructions of speech at events, roles, quotes and counts that writers use beyond the ones
the rules were first written on, on invented sentences: a speech verb split around a long subject, a talk told by
what the audience learnt, the signal to start, an award received and handed over; roles in relative clauses; quoted
fragments in reported speech; counts whose subject a clause names otherwise."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of

_RELEASED = dt.date(2024, 6, 1)
_OPENING = "Fachtag in Gießen\n\nAm 15. Mai 2024 fand in Gießen ein Fachtag der Beratungsstellen statt. "


def _speakers(sentence: str) -> set[str]:
    facts = facts_of(_OPENING + sentence, _RELEASED)
    return {s for s, p, _ in facts.relations if p == "speakerAt"}


# ---------------------------------------------------------------- speech verbs split around their subject


@pytest.mark.parametrize(
    "sentence",
    [
        "Worauf es bei der Anerkennung ankommt, fasste Ilkay Dorbanu (Beratungsstelle Lahn) zusammen.",
        "Was die Reform ändert, fasste Ilkay Dorbanu vom Verein Brückenschlag anschließend zusammen.",
        "Danach fasste Ilkay Dorbanu (Beratungsstelle Lahn) die wichtigsten Ergebnisse zusammen.",
    ],
)
def test_a_name_between_a_split_speech_verb_and_its_particle_is_a_speaker(sentence: str) -> None:
    assert "Ilkay Dorbanu" in _speakers(sentence)


def test_a_split_verb_whose_particle_does_not_follow_names_no_person() -> None:
    facts = facts_of(_OPENING + "Danach fasste Ilkay Dorbanu Mut und kam nach vorn.", _RELEASED)
    assert ("Person", "Ilkay Dorbanu") not in facts.entities


@pytest.mark.parametrize(
    "sentence",
    [
        "Aus Sicht der Betriebe ging Jonas Weiland (Handwerkskammer Lahn) auf die Folgen ein.",
        "Anschließend ging Jonas Weiland von der Handwerkskammer Lahn auf die Fragen der Gäste ein.",
        "Auf die neuen Regeln gingen Jonas Weiland und Petra Salm (Handwerkskammer Lahn) ein.",
    ],
)
def test_going_into_a_topic_with_a_long_subject_between(sentence: str) -> None:
    assert "Jonas Weiland" in _speakers(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In das Thema führten danach Olaf Brenner, Ref. Arbeitsrecht, BMAS, und Lea Hofer, Ref. 12 Sprache, BMBF, ein.",
        "In das Thema „Wege in den Beruf“ führte zunächst Olaf Brenner, Dr. der Rechte, ein.",
        "In die Themen des Tages führten Olaf Brenner und Lea Hofer vom Verein Lahnbrücke ein.",
    ],
)
def test_introducing_the_topic_with_appositions_and_abbreviated_posts_between(sentence: str) -> None:
    assert "Olaf Brenner" in _speakers(sentence)


def test_introducing_a_rule_is_no_talk() -> None:
    assert not _speakers("In der Stadt führte Olaf Brenner damals eine neue Karte ein.")


# ---------------------------------------------------------------- speech told by its occasion or its audience


@pytest.mark.parametrize(
    "sentence",
    [
        "Danach schilderte Paula Sternberg, die für die Stadt Gießen arbeitet, welche Erfahrungen es bisher gibt.",
        "Paula Sternberg schilderte anschließend, wie die Beratung in Gießen abläuft.",
        "Paula Sternberg schilderte bei der Veranstaltung: „Ich habe lange auf die Anerkennung gewartet.“",
    ],
)
def test_describing_with_a_question_clause_or_at_the_event_is_speech(sentence: str) -> None:
    assert "Paula Sternberg" in _speakers(sentence)


def test_describing_a_mood_to_the_press_is_no_speech_at_the_event() -> None:
    sentence = "„Ich bin froh über die Anerkennung“, schilderte Paula Sternberg der Zeitung."
    assert "Paula Sternberg" not in _speakers(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Von Anna Lindqvist und Tim Rothe erfuhren die Gäste, wie die Beratung digital gelingt.",
        "Von Anna Lindqvist (Stadt Gießen) hörten die Teilnehmenden, was sich im Jahr 2024 ändert.",
        "Von Anna Lindqvist lernten die Teilnehmerinnen, worauf es bei Bewerbungen ankommt.",
    ],
)
def test_what_the_audience_learnt_from_a_person(sentence: str) -> None:
    assert "Anna Lindqvist" in _speakers(sentence)


def test_a_letter_from_a_person_is_no_talk() -> None:
    assert "Anna Lindqvist" not in _speakers("Von Anna Lindqvist kam ein Brief an die Stadt Gießen.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Den Startschuss gab Bürgermeisterin Carla Endres.",
        "Bürgermeisterin Carla Endres gab am Morgen den Startschuss.",
        "Den Schlusspunkt setzte Carla Endres vom Verein Lahnbrücke.",
    ],
)
def test_giving_the_start_signal_or_setting_the_close(sentence: str) -> None:
    assert "Carla Endres" in _speakers(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Verlauf der Veranstaltung führte Minister Karl Dahmen ein Gespräch über Wege in Arbeit.",
        "Am Nachmittag führte Karl Dahmen das Interview mit zwei Absolventinnen.",
        "Karl Dahmen führte danach ein kurzes Gespräch mit den Teilnehmenden.",
    ],
)
def test_a_talk_held_on_stage(sentence: str) -> None:
    assert "Karl Dahmen" in _speakers(sentence)


def test_talks_held_with_firms_are_meetings() -> None:
    assert not _speakers("Im Vorjahr führte Karl Dahmen viele Gespräche mit Betrieben.")


# ---------------------------------------------------------------- an award received on a day


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Im Rathaus erhielt das Projekt Brückenbau am 14. Juni 2021 den Integrationspreis der Stadt Kassel. "
            "Die Auszeichnung übergab Walter Kranzbach, Bürgermeister der Stadt Kassel.",
            "Walter Kranzbach",
        ),
        (
            "Am 14. Juni 2021 bekam der Verein Lahnbrücke den Förderpreis des Landkreises Gießen. "
            "Landrätin Ute Weirich übergab den Preis im Kreishaus.",
            "Ute Weirich",
        ),
        (
            "Den Innovationspreis erhielten am 14. Juni 2021 zwei Betriebe aus Marburg. "
            "Den Preis übergab Oberbürgermeister Thomas Spieß.",
            "Thomas Spieß",
        ),
    ],
)
def test_an_award_received_on_a_day_is_an_award_ceremony(sentence: str, speaker: str) -> None:
    facts = facts_of("Preis für ein Projekt\n\n" + sentence, dt.date(2021, 6, 20))
    events = [(label, day) for label, day in facts.events if day == dt.date(2021, 6, 14)]
    assert events and events[0][0].startswith("Verleihung")
    assert (speaker, "speakerAt", events[0][0]) in facts.relations


def test_a_grant_notice_received_is_no_ceremony() -> None:
    facts = facts_of(
        "Förderung\n\nDie Beratungsstelle Nord erhielt am 14. Juni 2021 den Förderbescheid des Landes.",
        dt.date(2021, 6, 20),
    )
    assert not facts.events


# ---------------------------------------------------------------- roles told in relative clauses


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return facts_of("Treffen in Marburg\n\n" + text).roles


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Es sprach Kirsten Ahlers, die das Jobcenter Marburg als Geschäftsführerin leitet.",
            ("Kirsten Ahlers", "Geschäftsführerin", "Jobcenter Marburg"),
        ),
        (
            "Zu Gast war Tom Behr, der den Verein Lahnbrücke e.V. als Vorsitzender vertritt.",
            ("Tom Behr", "Vorsitzender", "Lahnbrücke e.V."),
        ),
        (
            "Dabei war Vera Olszak, die als Projektleiterin das Projekt WegWeiser Plus verantwortet.",
            ("Vera Olszak", "Projektleiterin", "WegWeiser Plus"),
        ),
        (
            "Dabei war Vera Olszak, die seit 2020 als Projektleiterin das Projekt WegWeiser Plus leitete.",
            ("Vera Olszak", "Projektleiterin", "WegWeiser Plus"),
        ),
    ],
)
def test_the_body_a_relative_clause_says_the_holder_runs(sentence: str, role: tuple[str, str, str]) -> None:
    assert role in _roles(sentence)


def test_a_body_accompanied_in_a_capacity_is_not_run() -> None:
    roles = _roles("Es sprach Kirsten Ahlers, die das Jobcenter Marburg als Mentorin begleitet.")
    assert ("Kirsten Ahlers", "Mentorin", "Jobcenter Marburg") not in roles


@pytest.mark.parametrize(
    "sentence",
    [
        "Beim Treffen sprach auch Rita Sommer, Projektkoordinatorin im Projekt Karriere Brücke Marburg (KBM).",
        "Rita Sommer ist Projektkoordinatorin im Teilprojekt Karriere Brücke Marburg (KBM).",
        "Projektkoordinatorin im Projekt Karriere Brücke Marburg (KBM) ist Rita Sommer.",
    ],
)
def test_a_post_in_a_project_named_after_its_kind_noun(sentence: str) -> None:
    assert ("Rita Sommer", "Projektkoordinatorin", "Karriere Brücke Marburg") in _roles(sentence)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Mit dem Projekt Brückenbau Mentoring finden Fachkräfte leichter Arbeit. Davon ist auch Ute Lorenz "
            "überzeugt, die seit Mai als Schirmherrin für das Projekt wirbt.",
            ("Ute Lorenz", "Schirmherrin", "Brückenbau Mentoring"),
        ),
        (
            "Seitens der Stadt nimmt Rita Sommer teil, die bei der Beauftragten für Arbeit, Soziales und "
            "Integration der Stadt Marburg als Referatsleiterin tätig ist.",
            (
                "Rita Sommer",
                "Referatsleiterin",
                "Beauftragte für Arbeit, Soziales und Integration der Stadt Marburg",
            ),
        ),
        (
            "Am Treffen nahm Karl Imhof teil, der beim Verein Lahnbrücke e.V. als Berater arbeitet.",
            ("Karl Imhof", "Berater", "Lahnbrücke e.V."),
        ),
    ],
)
def test_a_relative_clause_moved_past_the_word_closing_the_main_clause(
    sentence: str, role: tuple[str, str, str]
) -> None:
    assert role in _roles(sentence)


def test_a_relative_clause_on_an_object_named_after_the_closing_word_is_not_the_subject_s() -> None:
    roles = _roles(
        "Karl Imhof traf Rita Sommer und Jonas Brand gestern, der als Berater beim Verein Lahnbrücke e.V. arbeitet."
    )
    assert ("Karl Imhof", "Berater", "Lahnbrücke e.V.") not in roles


def test_speaking_up_in_a_panel_is_no_person_named_rede() -> None:
    facts = facts_of(
        "Pressegespräch\n\nAm 4. Mai 2024 stehen der Landesbeauftragte und weitere Beauftragte Rede und Antwort."
    )
    assert not any(label == "Rede" for _, label in facts.entities)


# ---------------------------------------------------------------- quotes


def _quotes(text: str) -> dict[str, list[str]]:
    return facts_of("Fachtag in Gießen\n\n" + text).quotes


@pytest.mark.parametrize(
    "text",
    [
        "In ihrem Grußwort machte Petra Salm deutlich, dass es einen „langen Atem“ brauche.",
        "Petra Salm stellte klar, man müsse „die Betriebe mitnehmen“, um Fachkräfte zu gewinnen.",
        "Zum Schluss hob Petra Salm hervor, dass die Beratung „ohne Umwege“ erreichbar sein solle.",
    ],
)
def test_a_fragment_quoted_after_a_split_speech_verb(text: str) -> None:
    assert "Petra Salm" in _quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Man solle „Vielfalt als Stärke sehen“ und nicht nur auf Defizite schauen, betonte Petra Salm.",
        "Die Stadt müsse „schneller entscheiden“, unterstrich Petra Salm in ihrer Rede.",
        "Wer „früh beraten“ werde, finde schneller Arbeit, sagte Petra Salm am Nachmittag.",
    ],
)
def test_a_fragment_quoted_in_a_reported_clause_attributed_after_it(text: str) -> None:
    assert "Petra Salm" in _quotes(text)


def test_a_quoted_title_in_a_clause_attributed_after_it_is_no_quote() -> None:
    text = "Das Projekt „Wege in Arbeit“ läuft seit 2020, sagte Petra Salm."
    assert "Petra Salm" not in _quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Grußwort: „Arbeit als Schlüssel zur Teilhabe“\n\nPetra Salm, Staatssekretärin im Ministerium",
        "Festrede: „Vielfalt in der Arbeitswelt von morgen“\n\nPetra Salm, Bürgermeisterin der Stadt Gießen",
        "Impulsvortrag: „Was Fachkräfte wirklich brauchen“\n\nPetra Salm, Beraterin",
    ],
)
def test_a_programme_item_s_title_above_its_speaker_is_no_quote(text: str) -> None:
    assert "Petra Salm" not in _quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg hält einen Vortrag zum Thema „Perspektiven: Was Geflüchtete brauchen“.\n"
        "Petra Salm, Geschäftsführerin, stellt ihren Verein vor.",
        "Am Nachmittag gab es einen Workshop mit dem Titel „Wie Beratung gelingt und was sie braucht“.\n"
        "Petra Salm, Beraterin",
        "Der Fachtag stand unter dem Motto „Gemeinsam für gute Arbeit in der Region“.\nPetra Salm, Leiterin",
    ],
)
def test_a_passage_named_as_a_talk_s_title_is_no_quote(text: str) -> None:
    assert not _quotes(text)


def test_a_quote_the_text_prints_twice_is_kept() -> None:
    paragraph = (
        "Ministerin Petra Salm, die in Gießen auf der Tagung „Wege in Arbeit“ das Wort ergriff, erklärte dazu: "
        "„Hier gibt es bereits ein Netzwerk, das Fachkräfte gut unterstützt.“"
    )
    assert _quotes(f"{paragraph}\n\n{paragraph}").get("Petra Salm")


# ---------------------------------------------------------------- counts


@pytest.mark.parametrize(
    "second",
    [
        "Rund 300 Teilnehmerinnen und Teilnehmer brachten sich am Nachmittag in 20 Workshops ein.",
        "In 20 Workshops brachten sich rund 300 Teilnehmende ein.",
        "Rund 300 Gäste brachten sich in die Diskussionen ein.",
    ],
)
def test_an_audience_that_took_part_actively_is_the_event_s(second: str) -> None:
    facts = facts_of(
        "Fachkongress Arbeit 2024 in Kassel\n\nDer Fachkongress Arbeit 2024 fand am 15. Mai 2024 in Kassel statt. "
        + second,
        _RELEASED,
    )
    assert ("Fachkongress Arbeit 2024", 300) in facts.counts


def test_former_participants_who_brought_in_ideas_are_no_audience() -> None:
    facts = facts_of(
        "Fachkongress Arbeit 2024 in Kassel\n\nDer Fachkongress Arbeit 2024 fand am 15. Mai 2024 in Kassel statt. "
        "An der Vorbereitung beteiligt waren 40 Teilnehmende früherer Kurse, die seit Jahren Ideen einbrachten.",
        _RELEASED,
    )
    assert ("Fachkongress Arbeit 2024", 40) not in facts.counts
