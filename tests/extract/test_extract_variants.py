"""Phrasings real releases use, in sentences written for these tests (none is copied from a corpus)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of

BMAS = "Bundesministerium für Arbeit und Soziales"
IQ = "Integration durch Qualifizierung"
ESF = "Europäischer Sozialfonds"


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Förderprogramm IQ wird durch das Bundesministerium für Arbeit und Soziales (BMAS) gefördert.",
        "Das Förderprogramm IQ wird finanziert vom Bundesministerium für Arbeit und Soziales.",
        "Das Förderprogramm IQ wird aus Mitteln des Bundesministeriums für Arbeit und Soziales gefördert.",
        "Das Förderprogramm IQ wird mit Mitteln des BMAS finanziert.",
        "Das Bundesministerium für Arbeit und Soziales fördert das Förderprogramm IQ seit vielen Jahren.",
    ],
)
def test_funding_phrasings(sentence: str) -> None:
    assert (IQ, "fundedBy", BMAS) in facts_of("Titel\n\n" + sentence).relations


def test_two_funders_in_dative() -> None:
    f = facts_of(
        "Titel\n\nDas Programm „Integration durch Qualifizierung“ wird vom BMAS und dem Europäischen Sozialfonds (ESF) gefördert."
    )
    assert {(IQ, "fundedBy", BMAS), (IQ, "fundedBy", ESF)} <= f.relations


def test_a_land_ministry_funding_a_network_other_than_berlin() -> None:
    f = facts_of(
        "Titel\n\nDas IQ Netzwerk Hessen wird durch das Hessische Ministerium für Soziales und Integration gefördert."
    )
    ministry = "Hessisches Ministerium für Soziales und Integration"
    assert any(p == "fundedBy" and "Hessen" in s and o == ministry for s, p, o in f.relations)
    assert ("Ministry", "Hessisches Ministerium für Soziales und Integration") in f.entities


def test_implementation_partners() -> None:
    f = facts_of(
        "Titel\n\nDas Förderprogramm IQ gibt es seit 2005. Partner in der Umsetzung sind das Bundesministerium für "
        "Bildung und Forschung und die Bundesagentur für Arbeit."
    )
    assert {
        (IQ, "implementationPartner", "Bundesministerium für Bildung und Forschung"),
        (IQ, "implementationPartner", "Bundesagentur für Arbeit"),
    } <= f.relations


@pytest.mark.parametrize(
    ("sentence", "host"),
    [
        (
            "Das IQ Netzwerk Hamburg ist bei der Behörde für Arbeit, Soziales, Familie und Integration angesiedelt.",
            "Behörde für Arbeit, Soziales, Familie und Integration",
        ),
        (
            # the gold convention: "der Verein X e. V." is named "X e. V."
            "Träger des IQ Netzwerks Hamburg ist der Verein Arbeit und Leben e. V.",
            "Arbeit und Leben e. V.",
        ),
        ("Die Koordination des IQ Netzwerks Hamburg liegt bei der Lotsenhaus gGmbH.", "Lotsenhaus gGmbH"),
        ("Das IQ Netzwerk Hamburg wird von der Stiftung Chancenwerk koordiniert.", "Stiftung Chancenwerk"),
    ],
)
def test_host_phrasings(sentence: str, host: str) -> None:
    f = facts_of("Titel\n\n" + sentence)
    hosted = {(o) for s, p, o in f.relations if p == "hostedBy" and "Hamburg" in s}
    assert hosted == {host}


def test_title_before_name_and_apposition_after_it() -> None:
    f = facts_of(
        "Titel\n\nSenatorin Elke Breitenbach besuchte die Beratungsstelle. "
        "Dort sprach sie mit Jana Wolf, Projektleiterin der Stiftung Neue Arbeit."
    )
    assert ("Elke Breitenbach", "Senatorin", None) in f.roles
    assert ("Jana Wolf", "Projektleiterin", "Stiftung Neue Arbeit") in f.roles


def test_role_in_dative_and_genitive_comes_out_nominative() -> None:
    f = facts_of(
        "Titel\n\nDie Leiterin des IQ Landesnetzwerks Berlin Alev Deniz sprach mit dem Beauftragten für Integration "
        "und Migration Andreas Germershausen."
    )
    assert ("Alev Deniz", "Leiterin", "IQ Landesnetzwerk Berlin") in f.roles
    assert ("Andreas Germershausen", "Beauftragter für Integration und Migration", None) in f.roles
    assert ("IQ Landesnetzwerk Berlin", "ledBy", "Alev Deniz") in f.relations


def test_deputy_leads_nothing() -> None:
    f = facts_of("Titel\n\nDie stellv. Leiterin des IQ Netzwerks Bremen Sabine Kurz begrüßte die Gäste.")
    assert not {r for r in f.relations if r[1] == "ledBy"}
    assert any(
        person == "Sabine Kurz" and title.startswith("stellv. Leiterin") for person, title, _ in f.roles
    )


def test_academic_title_is_not_part_of_the_name() -> None:
    f = facts_of("Titel\n\nStaatssekretär Dr. Thomas Brenner eröffnete die Tagung.")
    assert ("Person", "Thomas Brenner") in f.entities
    assert ("Thomas Brenner", "Staatssekretär", None) in f.roles


def test_als_role_and_von_membership() -> None:
    f = facts_of(
        "Titel\n\nEs sprachen Peter Krause als Vertreter des Bundesministeriums für Arbeit und Soziales und "
        "Sandra Vogel vom Bildungswerk der Sächsischen Wirtschaft e. V."
    )
    assert ("Peter Krause", "Vertreter", BMAS) in f.roles
    assert ("Sandra Vogel", "memberOf", "Bildungswerk der Sächsischen Wirtschaft e. V.") in f.relations


def test_party_after_a_name() -> None:
    f = facts_of("Titel\n\nSozialsenatorin Anna Berg (SPD) stellte den Bericht vor.")
    assert ("Anna Berg", "memberOf", "Sozialdemokratische Partei Deutschlands") in f.relations


@pytest.mark.parametrize(
    "text",
    [
        "Titel\n\n„Wir haben viel erreicht in diesem Jahr“, sagte Jonas Reuter, Koordinator des IQ Netzwerks Bremen.",
        "Titel\n\n„Wir haben viel erreicht in diesem Jahr“, so Jonas Reuter.",
        "Titel\n\nJonas Reuter, Koordinator des IQ Netzwerks Bremen: „Wir haben viel erreicht in diesem Jahr.“",
        'Titel\n\n"Wir haben viel erreicht in diesem Jahr", betonte Jonas Reuter.',
        "Titel\n\n»Wir haben viel erreicht in diesem Jahr«, erklärte Jonas Reuter.",
        "Titel\n\nJonas Reuter: ?Wir haben viel erreicht in diesem Jahr.?",
    ],
)
def test_quote_marks_and_attributions(text: str) -> None:
    quotes = facts_of(text).quotes
    assert list(quotes) == ["Jonas Reuter"]
    assert quotes["Jonas Reuter"][0].startswith("Wir haben viel erreicht in diesem Jahr")


def test_a_quote_continued_after_its_attribution_and_surname_only() -> None:
    f = facts_of(
        "Titel\n\nDas sagte Lea Hartmann vom IQ Netzwerk Bremen. „Die Beratung wirkt schnell und gut“, so Hartmann, "
        "„denn viele finden so eine passende Arbeit.“"
    )
    assert f.quotes["Lea Hartmann"] == [  # one quote, interrupted by its attribution
        "Die Beratung wirkt schnell und gut denn viele finden so eine passende Arbeit."
    ]


def test_short_quoted_terms_are_not_quotes() -> None:
    f = facts_of("Titel\n\nClara Stein sprach über das Ziel „gleichberechtigter Teilhabe“ im Land.")
    assert f.quotes == {}


def test_event_with_a_relative_date_place_organiser_and_speaker() -> None:
    f = facts_of(
        "Titel\n\nAm heutigen Mittwoch veranstaltet das IQ Netzwerk Niedersachsen einen Fachtag in Hannover. "
        "Ministerin Carola Reimann eröffnet den Fachtag mit einem Grußwort.",
        date=dt.date(2018, 5, 16),
    )
    assert f.events == [("Fachtag des IQ Netzwerks Niedersachsen", dt.date(2018, 5, 16))]
    label = f.events[0][0]
    assert (label, "locatedIn", "Hannover") in f.relations
    assert ("Carola Reimann", "speakerAt", label) in f.relations
    assert any(p == "organisedBy" and s == label and "Niedersachsen" in o for s, p, o in f.relations)


def test_written_dates_and_counts_in_words() -> None:
    f = facts_of(
        "Titel\n\nAm 3. Juni 2021 fand die Jahrestagung des IQ Netzwerks Bayern statt. Das Netzwerk besteht aus "
        "zwölf Teilprojekten."
    )
    assert f.events[0][1] == dt.date(2021, 6, 3)
    assert any(value == 12 and "Bayern" in subject for subject, value in f.counts)


def test_network_names_in_every_case_resolve_to_one_entity() -> None:
    f = facts_of(
        "Titel\n\nDas IQ Landesnetzwerk Berlin lädt ein. Die Arbeit des IQ Landesnetzwerks Berlin wächst. "
        "Im Berliner Landesnetzwerk arbeiten viele mit. Früher hieß es IQ Netzwerk Berlin."
    )
    networks = {label for type_, label in f.entities if type_ == "StateNetwork"}
    assert networks == {"IQ Landesnetzwerk Berlin"}


def test_common_nouns_are_not_organisations() -> None:
    f = facts_of(
        "Titel\n\nDie Zivilgesellschaft, eine Stiftung und viele Vereine engagieren sich im Zentrum Berlins."
    )
    assert not {e for e in f.entities if e[0] in ("Organisation", "Agency", "Ministry")}
    assert f.relations <= {(s, p, o) for s, p, o in f.relations if p == "locatedIn"}


def test_an_event_reported_only_by_its_verb() -> None:
    f = facts_of(
        "Titel\n\nIntegrationssenatorin Maria Lindner eröffnet am heutigen Dienstag die neue Beratungsstelle.",
        date=dt.date(2019, 2, 5),
    )
    assert [date for _, date in f.events] == [dt.date(2019, 2, 5)]
    assert ("Maria Lindner", "speakerAt", f.events[0][0]) in f.relations
