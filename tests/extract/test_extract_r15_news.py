"""Newspaper articles and printed interviews as plain text (round 15), in documents written for these tests."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _quotes(text: str) -> dict[str, list[str]]:
    return facts_of("Titel\n\n" + text).quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ole Beispiel berät im IQ Netzwerk Musterland.\nHerr Beispiel, wer kommt zu Ihnen?\n"
            "Beispiel: Meist Frauen aus Syrien und aus der Türkei, viele mit einem Diplom.\n"
            "Was fehlt am meisten?\nBeispiel: Zeit.",
            "Ole Beispiel",
        ),
        (
            "Im Gespräch: Ina Probe leitet die IQ Beratungsstelle in Musterstadt.\nWie läuft es?\n"
            "Ina Probe: Wir haben in diesem Jahr mehr Anfragen als je zuvor bekommen.\n"
            "Und die Betriebe?\nIna Probe: Sie warten ungeduldig.\nWas wünschen Sie sich?\n"
            "Ina Probe: Mehr Personal für die Beratung in unserer Stelle.",
            "Ina Probe",
        ),
        (
            "Karl Muster koordiniert das IQ Landesnetzwerk Bremen.\n\nWas ändert sich?\n\n"
            "Muster: Wir bündeln die Beratung jetzt an einem einzigen Ort.\n\nIst das genug?\n\n"
            "Muster: Nein, leider nicht.",
            "Karl Muster",
        ),
    ],
)
def test_a_short_answer_after_a_question_in_an_interview_is_a_quote(text: str, speaker: str) -> None:
    quotes = _quotes(text)[speaker]
    assert len(quotes) in (2, 3)
    assert any(len(q.split()) < 6 for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        # a contact block: the name's line follows no question
        "Ole Beispiel berät im IQ Netzwerk Musterland.\nKontakt\nOle Beispiel: Koordinator\nTel. 0123 456",
        # a short line of a person who gives no answer at length
        "Wie läuft es?\nIna Probe: Wir haben in diesem Jahr mehr Anfragen als je zuvor bekommen.\n"
        "Und die Kammer?\nKarl Muster: Eher gut.",
    ],
)
def test_a_short_line_outside_an_interview_or_of_no_interviewee_is_no_quote(text: str) -> None:
    quotes = _quotes(text)
    assert "Ole Beispiel" not in quotes
    assert "Karl Muster" not in quotes


@pytest.mark.parametrize(
    ("label", "speaker"),
    [("OB", "Ole Beispiel"), ("IP", "Ina Probe"), ("KMS", "Karl Max Sonnig")],
)
def test_an_answer_labelled_by_initials_without_dots(label: str, speaker: str) -> None:
    text = (
        f"Im Gespräch: {speaker} berät im IQ Netzwerk Musterland.\nWer kommt zu Ihnen?\n"
        f"{label}: Vor allem Menschen aus der Ukraine, viele mit einem Abschluss.\nWas fehlt?\n"
        f"{label}: Deutschkurse auf hohem Niveau und Geduld."
    )
    assert len(_quotes(text)[speaker]) == 2


def test_capitals_of_nobody_named_label_no_answer() -> None:
    text = (
        "Ole Beispiel berät im IQ Netzwerk Musterland.\nWer kommt zu Ihnen?\n"
        "WIR: Vor allem Menschen aus der Ukraine, viele mit einem Abschluss."
    )
    assert "Ole Beispiel" not in _quotes(text)


@pytest.mark.parametrize(
    ("sentence", "person", "title", "body"),
    [
        (
            "Tim Probe, 52, ist seit 2021 Geschäftsführer von Lernwerk e. V.",
            "Tim Probe",
            "Geschäftsführer",
            "Lernwerk e. V.",
        ),
        (
            "Ina Muster, 38, arbeitet als Beraterin bei der Stiftung Lernhaus.",
            "Ina Muster",
            "Beraterin",
            "Stiftung Lernhaus",
        ),
        (
            "Seit Mai ist Eva Sonne, 41 Jahre alt, Referentin der Stiftung Lernhaus.",
            "Eva Sonne",
            "Referentin",
            "Stiftung Lernhaus",
        ),
        (
            "Eva Sonne, 41, Referentin der Stiftung Lernhaus, stellte das Heft vor.",
            "Eva Sonne",
            "Referentin",
            "Stiftung Lernhaus",
        ),
    ],
)
def test_an_age_between_commas_stands_between_a_name_and_its_post(
    sentence: str, person: str, title: str, body: str
) -> None:
    assert (person, title, body) in facts_of("Titel\n\n" + sentence).roles


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        (
            "Der Preis ging an Anna Muster, 45, und Karl Probe, 51, vom Verein Lernwerk e. V.",
            {"Anna Muster", "Karl Probe"},
        ),
        (
            "Der Preis ging an Anna Muster (45) und Karl Probe (51) vom Verein Lernwerk e. V.",
            {"Anna Muster", "Karl Probe"},
        ),
        ("Gewonnen hat Anna Muster, 45, vom Verein Lernwerk e. V.", {"Anna Muster"}),
        (
            "Ole Beispiel, 38, die seit Jahren beim Verein Lernwerk e. V. arbeitet, lobte das Heft.",
            {"Ole Beispiel"},
        ),
    ],
)
def test_an_age_after_a_name_leaves_the_person_s_body_to_the_name(sentence: str, members: set[str]) -> None:
    found = {
        s
        for s, p, o in facts_of("Titel\n\n" + sentence).relations
        if p == "memberOf" and o == "Lernwerk e. V."
    }
    assert found == members


@pytest.mark.parametrize(
    "sentence",
    [
        # a figure after a body, not an age after a name: no person at all
        "Beim Verein Lernwerk e. V., 45, 46 und 47 Plätze, wird gebaut.",
        # two digits in brackets after a name and a sentence's end stay: nothing reads them as a post
        "Die Stiftung Lernhaus dankte Ina Muster (45). Karl Probe leitet den Verein Lernwerk e. V.",
    ],
)
def test_no_membership_from_figures_near_names(sentence: str) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert ("Ina Muster", "memberOf", "Stiftung Lernhaus") not in f.relations
    assert not any(p == "memberOf" and s == "Ina Muster" for s, p, _ in f.relations)


@pytest.mark.parametrize(
    ("text", "unit", "head"),
    [
        (
            "Karl Muster ist Jurist. Er leitet seit Januar das IQ Landesnetzwerk Bremen.",
            "IQ Netzwerk Bremen",
            "Karl Muster",
        ),
        (
            "Karl Muster ist Jurist. Seit Januar koordiniert er das IQ Landesnetzwerk Bremen.",
            "IQ Netzwerk Bremen",
            "Karl Muster",
        ),
        (
            "Petra Probe kam 2015 nach Kassel. Sie leitet die IQ Beratungsstelle Kassel.",
            "IQ Beratungsstelle Kassel",
            "Petra Probe",
        ),
        (
            "Karl Muster sprach mit Anna Sonne. Seit 2019 leitet sie die IQ Beratungsstelle Kassel.",
            "IQ Beratungsstelle Kassel",
            "Anna Sonne",
        ),
    ],
)
def test_a_pronoun_opening_the_sentence_leads_for_the_person_named_before(
    text: str, unit: str, head: str
) -> None:
    assert (unit, "ledBy", head) in facts_of("Titel\n\n" + text).relations


@pytest.mark.parametrize(
    "text",
    [
        # a body that "sie" may stand for was named after the person
        "Petra Probe lobte die Stadt Kassel. Sie leitet die IQ Beratungsstelle Kassel.",
        # two persons of the pronoun's gender: either
        "Petra Probe und Anna Sonne kamen 2015 nach Kassel. Sie leitet die IQ Beratungsstelle Kassel.",
        # the plural: both, not the one the pronoun would take
        "Petra Probe und Karl Muster kamen 2015 nach Kassel. Sie leiten die IQ Beratungsstelle Kassel.",
    ],
)
def test_no_head_for_a_pronoun_that_may_stand_for_another(text: str) -> None:
    relations = facts_of("Titel\n\n" + text).relations
    assert ("IQ Beratungsstelle Kassel", "ledBy", "Petra Probe") not in relations


@pytest.mark.parametrize(
    "text",
    [
        "Ole Beispiel leitet die IQ Beratungsstelle Kassel.\nFrage: Wer kommt zu Ihnen?\n"
        "Antwort: Vor allem Frauen, die wir lange begleiten.\nFrage: Und wie lange?\nAntwort: Oft ein ganzes Jahr.",
        "Im Gespräch: Ole Beispiel von der IQ Beratungsstelle Kassel\n\nF: Wer kommt zu Ihnen?\n\n"
        "A: Vor allem Frauen, die wir lange begleiten.\n\nF: Und wie lange?\n\nA: Oft ein ganzes Jahr.",
        "Seit 2020 berät Ole Beispiel Zugewanderte in Kassel.\nFrage: Was ist Ihr Ziel?\n"
        "Antwort: Dass unsere Gäste ihren Beruf wieder ausüben.\nFrage: Gelingt das?\nAntwort: Meistens.",
    ],
)
def test_labelled_answers_are_the_quotes_of_the_one_person_introduced(text: str) -> None:
    assert len(_quotes(text)["Ole Beispiel"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a page of frequent questions: its answers address the reader, none speaks for itself
        "Ihre Ansprechpartnerin ist Ina Probe.\nFrage: Wer kann kommen?\n"
        "Antwort: Alle, die im Ausland einen Abschluss erworben haben.\nFrage: Was kostet es?\nAntwort: Nichts.",
        # two persons named before the first question: whose answers is open
        "Ina Probe sprach mit Ole Beispiel.\nFrage: Wer kommt zu Ihnen?\nAntwort: Vor allem Frauen, die wir begleiten.",
    ],
)
def test_no_labelled_answers_without_one_person_speaking_for_herself(text: str) -> None:
    quotes = _quotes(text)
    assert "Ina Probe" not in quotes
    assert "Ole Beispiel" not in quotes


@pytest.mark.parametrize(
    "text",
    [
        "Zur Person\nKarl Muster\nJahrgang 1980, seit 2024 Koordinator des IQ Landesnetzwerks Bremen.",
        "Zur Person\n\nDr. Karl Muster\n44, seit Januar Koordinator des IQ Landesnetzwerks Bremen, lebt in Bremen.",
        "Karl Muster, Jahrgang 1980, ist seit 2024 Koordinator des IQ Landesnetzwerks Bremen.",
        "Karl Muster, geboren 1980 in Kassel, ist seit 2024 Koordinator des IQ Landesnetzwerks Bremen.",
        "Karl Muster, 44, seit 2024 Koordinator des IQ Landesnetzwerks Bremen, sprach zuerst.",
    ],
)
def test_a_profile_s_name_line_and_the_year_of_birth_lead_to_the_post(text: str) -> None:
    assert ("Karl Muster", "Koordinator", "IQ Netzwerk Bremen") in facts_of("Titel\n\n" + text).roles


@pytest.mark.parametrize(
    "text",
    [
        # a name line, then a line of figures that is no profile: no post for the name
        "Kontakt\nKarl Muster\n2024, 2025 und 2026 Koordinator gesucht für das IQ Landesnetzwerk Bremen.",
        # a name inside a line, the next line opening with a year: no apposition across the break
        "Es sprach Karl Muster\nJahrgang 1980, die Koordinatorin des IQ Landesnetzwerks Bremen.",
    ],
)
def test_no_profile_without_a_name_line_and_its_age(text: str) -> None:
    roles = facts_of("Titel\n\n" + text).roles
    assert not any(person == "Karl Muster" for person, _, _ in roles)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Prof. Dr. Lena Sonne forscht an der Hochschule Fulda zu Migration.", "Hochschule Fulda"),
        ("Lena Sonne lehrt seit 2019 an der Universität Kassel.", "Universität Kassel"),
        ("Die Soziologin Lena Sonne forscht bereits lange an der Hochschule Fulda.", "Hochschule Fulda"),
    ],
)
def test_academic_work_at_a_university_is_membership(sentence: str, body: str) -> None:
    assert ("Lena Sonne", "memberOf", body) in facts_of("Titel\n\n" + sentence).relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Lena Sonne forscht an der Frage, wie die Hochschule Fulda hilft.",
        "Sie forscht an der Hochschule Fulda, sagte Lena Sonne über eine Kollegin.",
    ],
)
def test_no_membership_from_research_on_a_question_or_of_another(sentence: str) -> None:
    assert not any(p == "memberOf" for _, p, _ in facts_of("Titel\n\n" + sentence).relations)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Es sprach Tom Weide, der an der Universität Kassel zu Arbeitsmigration forscht.",
            "Universität Kassel",
        ),
        ("Es sprach Tom Weide, der seit 2019 an der Hochschule Fulda lehrt.", "Hochschule Fulda"),
        (
            "Tom Weide, der am Institut Lernwelt Nord über Migration forscht, eröffnete.",
            "Institut Lernwelt Nord",
        ),
    ],
)
def test_academic_work_in_a_relative_clause_is_membership(sentence: str, body: str) -> None:
    assert ("Tom Weide", "memberOf", body) in facts_of("Titel\n\n" + sentence).relations


def test_a_relative_clause_of_study_and_research_joined_is_no_academic_membership() -> None:
    text = "Titel\n\nEs sprach Tom Weide, der an der Hochschule Fulda studiert hat und forscht."
    assert not any(p == "memberOf" for _, p, _ in facts_of(text).relations)


@pytest.mark.parametrize(
    "sentence",
    [
        "„Wir verlieren Bewerber“, sagte Präsidentin Eva Sonne der Beispielzeitung GmbH.",
        "Das erklärte Eva Sonne der Nordpresse GmbH am Montag.",
        "„Wir brauchen Tempo“, betonte Dr. Eva Sonne der Beispielzeitung GmbH gegenüber.",
    ],
)
def test_the_paper_a_speaker_told_is_not_the_speaker_s_body(sentence: str) -> None:
    assert not any(p == "memberOf" for _, p, _ in facts_of("Titel\n\n" + sentence).relations)


@pytest.mark.parametrize(
    "sentence",
    [
        "Eva Sonne der Stiftung Lernhaus eröffnete den Abend.",
        "Gesprochen haben Eva Sonne der Stiftung Lernhaus und Karl Muster.",
    ],
)
def test_a_body_in_the_genitive_after_a_name_without_a_speech_verb_stays_hers(sentence: str) -> None:
    assert ("Eva Sonne", "memberOf", "Stiftung Lernhaus") in facts_of("Titel\n\n" + sentence).relations


@pytest.mark.parametrize(
    "intro",
    [
        "Redakteur Tom Notiz sprach mit Ole Beispiel von der IQ Beratungsstelle Kassel.",
        "Ole Beispiel berät in Kassel. Reporterin Ina Feder hat ihn besucht.",
        "Volontärin Ina Feder traf Ole Beispiel in der IQ Beratungsstelle Kassel.",
    ],
)
def test_the_journalist_named_in_the_lead_does_not_take_the_labelled_answers(intro: str) -> None:
    text = f"{intro}\nF: Wer kommt zu Ihnen?\nA: Vor allem Frauen. Wir begleiten sie oft ein Jahr."
    quotes = _quotes(text)
    assert len(quotes.get("Ole Beispiel", [])) == 1
    assert not set(quotes) - {"Ole Beispiel"}


@pytest.mark.parametrize(
    ("sentence", "person", "title", "body"),
    [
        (
            "Die Beraterin Ina Muster, die bei der Stiftung Lernhaus arbeitet, lobte das Heft.",
            "Ina Muster",
            "Beraterin",
            "Stiftung Lernhaus",
        ),
        (
            "Sozialarbeiter Tom Weide, der seit 2019 beim Verein Lernwerk e. V. tätig ist, berichtete.",
            "Tom Weide",
            "Sozialarbeiter",
            "Lernwerk e. V.",
        ),
        (
            "Es sprach Professorin Lena Sonne, die an der Universität Kassel zu Migration forscht.",
            "Lena Sonne",
            "Professorin",
            "Universität Kassel",
        ),
    ],
)
def test_a_title_before_the_name_takes_the_workplace_of_the_relative_clause(
    sentence: str, person: str, title: str, body: str
) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert (person, title, body) in f.roles
    assert (person, "memberOf", body) not in f.relations  # the role says it


@pytest.mark.parametrize(
    "sentence",
    [
        "Landrätin Eva Sonne, die Mitglied im Verein Lernwerk e. V. ist, sprach.",
        "Bürgermeisterin Eva Sonne, die beim Verein Lernwerk e. V. zu Gast war, sprach.",
    ],
)
def test_a_clause_of_membership_or_a_visit_gives_the_title_no_body(sentence: str) -> None:
    assert ("Eva Sonne", sentence.split()[0], None) in facts_of("Titel\n\n" + sentence).roles


@pytest.mark.parametrize(
    "text",
    [
        "Ihr Chef, Projektleiter Tom Weide, lobt sie.",
        "Seine Chefin, die Referentin Eva Sonne, sieht das anders.",
        "Ina Muster berät in Kassel. Ihr Chef Tom Weide lobt ihre Arbeit.",
    ],
)
def test_someone_s_boss_after_a_possessive_is_no_post(text: str) -> None:
    assert not any(title in ("Chef", "Chefin") for _, title, _ in facts_of("Titel\n\n" + text).roles)


@pytest.mark.parametrize(
    "text",
    [
        "Der Chef der Stiftung Lernhaus, Tom Weide, lobt sie.",
        "Die Stiftung Lernhaus hat einen neuen Vorstand. Ihr Chef Tom Weide stellte sich vor.",
    ],
)
def test_the_head_of_a_body_named_keeps_his_title(text: str) -> None:
    assert ("Tom Weide", "Chef", "Stiftung Lernhaus") in facts_of("Titel\n\n" + text).roles


@pytest.mark.parametrize(
    "text",
    [
        "Ina Muster leitet die IQ Beratungsstelle Kassel. „Ich habe endlich wieder Arbeit gefunden“, sagt eine Ratsuchende.",
        "Ina Muster leitet die IQ Beratungsstelle Kassel. „Ich arbeite wieder als Ingenieur“, erzählt ein junger Syrer.",
        "Ina Muster berät in Kassel. „Ich habe endlich wieder Arbeit gefunden“, habe eine Kundin gesagt.",
        "Ina Muster berät in Kassel. „Ich habe endlich wieder Arbeit gefunden.“ Das sagt eine Kundin aus Syrien.",
        "Ina Muster berät in Kassel. „Ich habe endlich wieder Arbeit gefunden.“ So beschreibt es ein Teilnehmer.",
        "Ina Muster berät in Kassel. „Ich habe endlich wieder Arbeit gefunden“, berichtet Amal (Name geändert).",
    ],
)
def test_a_quote_said_by_someone_unnamed_is_nobody_s(text: str) -> None:
    assert _quotes(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Ina Muster leitet die IQ Beratungsstelle Kassel. „Wir sind jede Woche ausgebucht“, sagt die 44-Jährige.",
        "Ina Muster ist Juristin. „Wir sind jede Woche ausgebucht“, sagt die gebürtige Kasselerin.",
        "„Wir sind jede Woche ausgebucht“, sagt eine Beraterin, Ina Muster, im Gespräch.",
        "Ina Muster berät in Kassel. „Wir sind jede Woche ausgebucht.“ Das sagt Ina Muster im Gespräch.",
    ],
)
def test_a_description_of_the_person_named_keeps_her_quote(text: str) -> None:
    assert list(_quotes(text)) == ["Ina Muster"]
