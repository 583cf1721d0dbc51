"""What real releases hold, one phenomenon a test, in sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of


@pytest.mark.parametrize(
    ("sentence", "type_", "label"),
    [
        (
            "Das Thüringer Ministerium für Arbeit, Soziales, Gesundheit, Frauen und Familie fördert die Beratung.",
            "Ministry",
            "Thüringer Ministerium für Arbeit, Soziales, Gesundheit, Frauen und Familie",
        ),
        (
            "Die Senatsverwaltung für Arbeit, Integration und Frauen unterstützt das Projekt.",
            "Ministry",
            "Senatsverwaltung für Arbeit, Integration und Frauen",
        ),
        (
            "Das Ministerium für Soziales, Gesundheit und Integration Baden-Württemberg lud ein.",
            "Ministry",
            "Ministerium für Soziales, Gesundheit und Integration Baden-Württemberg",
        ),
        ("Die Hessische Landesregierung begrüßt das.", "Agency", "Hessische Landesregierung"),
        (
            "Vertreten war auch die Regionaldirektion Nord der Bundesagentur für Arbeit.",
            "Agency",
            "Regionaldirektion Nord der Bundesagentur für Arbeit",
        ),
    ],
)
def test_state_bodies(sentence: str, type_: str, label: str) -> None:
    assert (type_, label) in facts_of("Titel\n\n" + sentence).entities


def test_a_regional_directorate_is_part_of_the_federal_agency() -> None:
    f = facts_of("Titel\n\nEs sprach die Regionaldirektion Nord der Bundesagentur für Arbeit.")
    assert (
        "Regionaldirektion Nord der Bundesagentur für Arbeit",
        "partOf",
        "Bundesagentur für Arbeit",
    ) in f.relations


def test_the_esf_as_a_co_funder() -> None:
    f = facts_of(
        "Titel\n\nDas Netzwerk IQ wird aus Mitteln des Europäischen Sozialfonds (ESF) und des Bundes gefördert."
    )
    assert ("Programme", "Europäischer Sozialfonds") in f.entities
    assert any(p == "fundedBy" and o == "Europäischer Sozialfonds" for _, p, o in f.relations)


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "Titel\n\nDr. Anna Krüger, Leiterin des IQ Netzwerks Hessen, begrüßte alle.",
            "Anna Krüger",
            "Leiterin",
        ),
        ("Titel\n\nStaatssekretär Jens Vogt eröffnete die Tagung.", "Jens Vogt", "Staatssekretär"),
        ("Titel\n\nStaatssekretärin Dr. Eva Brandt eröffnete die Tagung.", "Eva Brandt", "Staatssekretärin"),
        ("Titel\n\nMarkus Brenner MdB sprach ein Grußwort.", "Markus Brenner", None),
        (
            "Titel\n\nDie Koordinatorin des IQ Netzwerks Hessen, Lena Albers, berichtete.",
            "Lena Albers",
            "Koordinatorin",
        ),
        (
            "Titel\n\nDer Koordinator des IQ Netzwerks Hessen, Lars Albers, berichtete.",
            "Lars Albers",
            "Koordinator",
        ),
    ],
)
def test_titles_prefixes_and_gendered_roles(text: str, person: str, title: str | None) -> None:
    f = facts_of(text)
    assert ("Person", person) in f.entities
    if title:
        assert any(p == person and t == title for p, t, _ in f.roles), f.roles


def test_masculine_and_feminine_commissioners() -> None:
    f = facts_of(
        "Titel\n\nEs sprachen Tom Weber, Beauftragter des Senats für Integration, und Ina Roth, "
        "Beauftragte der Landesregierung für Migration."
    )
    titles = {(p, t) for p, t, _ in f.roles}
    assert ("Tom Weber", "Beauftragter des Senats für Integration") in titles
    assert any(p == "Ina Roth" and t.startswith("Beauftragte") for p, t in titles)


def test_von_phrases_make_members() -> None:
    f = facts_of(
        "Titel\n\nGrußworte sprachen Ute Hahn vom Caritasverband Köln und Olaf Mertens von der Handwerkskammer Köln."
    )
    assert ("Ute Hahn", "memberOf", "Caritasverband Köln") in f.relations
    assert ("Olaf Mertens", "memberOf", "Handwerkskammer Köln") in f.relations


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Titel\n\nAm 21.09.2017 fand der Fachtag statt.", dt.date(2017, 9, 21)),
        ("Titel\n\nAm 21. September 2017 fand der Fachtag statt.", dt.date(2017, 9, 21)),
        ("Titel\n\nDer Fachtag fand am heutigen Mittwoch statt.", dt.date(2017, 9, 20)),
        ("Titel\n\nDer Fachtag findet am 4. Oktober statt.", dt.date(2017, 10, 4)),
    ],
)
def test_event_dates(text: str, date: dt.date) -> None:
    assert [d for _, d in facts_of(text, date=dt.date(2017, 9, 20)).events] == [date]


def test_day_and_month_without_a_year_or_release_date() -> None:
    f = facts_of("Titel\n\nDer Fachtag findet am 4. Oktober in Kiel statt.")
    assert len(f.events) == 1 and f.events[0][1] is None


def test_network_names_of_different_periods_are_one_network() -> None:
    old = facts_of("Titel\n\nDie Anlaufstelle ist Teil des IQ Netzwerks Berlin.")
    new = facts_of("Titel\n\nDas IQ Landesnetzwerk Berlin lädt ein.")
    assert {e for e in old.entities if e[0] == "StateNetwork"} == {
        e for e in new.entities if e[0] == "StateNetwork"
    }


def test_text_cut_off_mid_sentence() -> None:
    f = facts_of(
        "Titel\n\nDas IQ Netzwerk Bayern wird vom Bundesministerium für Arbeit und Soziales gefördert. Außerdem hat das Netz"
    )
    assert any(p == "fundedBy" for _, p, _ in f.relations)


def test_a_quote_cut_off_at_the_end_of_the_text() -> None:
    f = facts_of(
        "Titel\n\nSo sagte Jana Berg vom IQ Netzwerk Bayern: „Wir haben in diesem Jahr viel erreicht und wollen"
    )
    assert f.quotes == {"Jana Berg": ["Wir haben in diesem Jahr viel erreicht und wollen"]}


@pytest.mark.parametrize(
    "furniture",
    [
        "[av_testimonial_single src='' name='Max Muster' subtitle='' link='']",
        "Startseite > Aktuelles > Presse",
        "Deutsch\nEnglish\nTürkçe",
        "Cookie-Einstellungen\nAlle akzeptieren",
    ],
)
def test_page_furniture_is_not_an_entity(furniture: str) -> None:
    f = facts_of(f"Titel\n\n{furniture}\n\nDas IQ Netzwerk Bayern lädt ein.")
    assert {t for t, _ in f.entities} <= {"StateNetwork", "Place", "Programme"}, f.entities


def test_a_quote_after_a_sentence_about_one_person() -> None:
    f = facts_of(
        "Titel\n\nFür Paula Brandt, Sprecherin des IQ Netzwerks Bremen, ist die Beratung unverzichtbar. "
        "„Ohne sie fänden viele keinen Weg in den Beruf.“ Danach sprachen andere."
    )
    assert f.quotes == {"Paula Brandt": ["Ohne sie fänden viele keinen Weg in den Beruf."]}


def test_no_speaker_is_guessed_when_the_sentence_before_names_two() -> None:
    f = facts_of("Titel\n\nPaula Brandt traf Jonas Weiß. „Ohne sie fänden viele keinen Weg in den Beruf.“")
    assert f.quotes == {}


def test_a_ministry_by_its_short_name_is_the_ministry() -> None:
    f = facts_of("Titel\n\nDas Bundesbildungsministerium hat ein Portal eingerichtet.")
    assert f.entities == {("Ministry", "Bundesministerium für Bildung und Forschung")}


def test_an_undated_event_still_has_its_speakers() -> None:
    f = facts_of(
        "Auftaktveranstaltung zum IQ Netzwerk Bremen\n\nHeute fand die Auftaktveranstaltung in Bremen statt. "
        "Nach der Eröffnung durch Karl Meier folgte ein Grußwort von Sonja Peters."
    )
    assert f.events == [("Auftaktveranstaltung zum IQ Netzwerk Bremen", None)]
    assert {s for s, p, o in f.relations if p == "speakerAt"} == {"Karl Meier", "Sonja Peters"}


def test_a_subproject_named_once_then_by_its_kind() -> None:
    f = facts_of(
        "Titel\n\nDie „Zentrale Beratungsstelle Anerkennung“ hat ihr Büro in Mitte. Die Beratungsstelle ist Teil des "
        "IQ Netzwerks Hamburg."
    )
    assert any(
        s == "Zentrale Beratungsstelle Anerkennung" and p == "partOf" and "Hamburg" in o
        for s, p, o in f.relations
    )


def test_the_coordination_office_a_member_works_in() -> None:
    f = facts_of(
        "Titel\n\nDas IQ Netzwerk Bremen zog Bilanz. Das sagte Eva Lenz, die in der IQ Koordination die Presse betreut."
    )
    assert ("CoordinationOffice", "IQ Koordination Bremen") in f.entities
    assert ("Eva Lenz", "memberOf", "IQ Koordination Bremen") in f.relations
    assert any(s == "IQ Koordination Bremen" and p == "partOf" for s, p, _ in f.relations)


def test_two_regional_networks_named_together() -> None:
    f = facts_of("Titel\n\nEs trafen sich die regionalen Integrationsnetzwerke Leipzig und Chemnitz-Dresden.")
    assert {label for t, label in f.entities if t == "StateNetwork"} == {
        "Regionales Integrationsnetzwerk Leipzig",
        "Regionales Integrationsnetzwerk Chemnitz-Dresden",
    }
