"""The counted noun as users read it: the nominative plural where a preposition put it in the dative, and numbers
written as words (sentences written for these tests, three or more variants a construction)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from iqgraph.extract import extract
from iqgraph.extract.counts.number_words import COMPOUND, number_word_value
from iqgraph.extract.counts.plurals import nominative_plural
from iqgraph.models import Release
from iqgraph.reference import load_reference


def counts_of(body: str) -> set[tuple[str, str, int]]:
    """(subject label, counted thing, number) of a release with this body."""
    text = "Titel\n\n" + body
    x = extract(Release(Path("t.txt"), "t", text, "sha256:0", "txt", title="Titel"), load_reference())
    labels = {e.key: e.label for e in x.entities}
    return {(labels[c.subject], c.what, c.value) for c in x.counts}


# ---------------------------------------------------------------- the dative plural after a preposition


@pytest.mark.parametrize(
    ("dative", "nominative"),
    [
        ("Standorten", "Standorte"),
        ("Regionalnetzwerken", "Regionalnetzwerke"),
        ("Partnerbetrieben", "Partnerbetriebe"),
        ("Messeständen", "Messestände"),
        ("verschiedenen Standorten", "verschiedene Standorte"),
        ("Teilnehmenden", "Teilnehmende"),
        ("Geflüchteten", "Geflüchtete"),
        ("Jugendlichen", "Jugendliche"),
        ("neu zugewanderten Beschäftigten", "neu zugewanderte Beschäftigte"),
        ("Beraterinnen und Beratern", "Beraterinnen und Berater"),
        ("Herkunftsländern", "Herkunftsländer"),
    ],
)
def test_a_dative_plural_in_the_nominative(dative: str, nominative: str) -> None:
    assert nominative_plural(dative) == nominative


@pytest.mark.parametrize(
    "plural",
    [
        "Beratungsstellen",
        "Menschen",
        "Frauen",
        "Unternehmen",
        "Anerkennungsverfahren",
        "Handwerkskammern",
        "Migranten",
        "Workshops",
        "Geldspenden",
        "Personen",
    ],
)
def test_plurals_in_en_stay_as_written(plural: str) -> None:
    assert nominative_plural(plural) == plural


@pytest.mark.parametrize(
    ("body", "subject", "what", "value"),
    [
        (
            "Das IQ Netzwerk Hessen ist mit neun Teilprojekten an 21 Standorten vertreten.",
            "IQ Netzwerk Hessen",
            "Standorte",
            21,
        ),
        (
            "An 12 verschiedenen Standorten berät das IQ Netzwerk Bremen zugewanderte Fachkräfte.",
            "IQ Netzwerk Bremen",
            "verschiedene Standorte",
            12,
        ),
        (
            "Das IQ Netzwerk Sachsen arbeitet mit über 40 Partnerbetrieben zusammen.",
            "IQ Netzwerk Sachsen",
            "Partnerbetriebe (über)",
            40,
        ),
        (
            "Das IQ Netzwerk Bayern ist eines von 16 Landesnetzwerken im Förderprogramm „Integration durch Qualifizierung (IQ)“.",
            "Integration durch Qualifizierung",
            "Landesnetzwerke",
            16,
        ),
    ],
)
def test_a_count_after_a_dative_preposition_is_stored_in_the_nominative(
    body: str, subject: str, what: str, value: int
) -> None:
    assert (subject, what, value) in counts_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Der Fachtag „Brücken bauen“ fand am 4. Mai 2031 in Erfurt mit rund 140 Teilnehmenden statt.",
        "Mit rund 140 Teilnehmenden fand der Fachtag „Brücken bauen“ am 4. Mai 2031 in Erfurt statt.",
        "Am 4. Mai 2031 fand in Erfurt der Fachtag „Brücken bauen“ statt, mit rund 140 Teilnehmenden.",
    ],
)
def test_an_audience_after_mit_is_stored_in_the_nominative(body: str) -> None:
    whats = {what for _, what, value in counts_of(body) if value == 140}
    assert whats == {"Teilnehmende (rund)"}


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Hessen berät an 21 Orten in 14 Handwerkskammern.",
        "Das IQ Netzwerk Hessen hat Kontakt zu 140 Unternehmen.",
        "Das IQ Netzwerk Hessen ist mit 30 Beratungsstellen vertreten.",
    ],
)
def test_plurals_in_en_stay_after_a_preposition(body: str) -> None:
    whats = {what for _, what, _ in counts_of(body)}
    assert whats & {"Handwerkskammern", "Unternehmen", "Beratungsstellen"}
    assert not whats & {"Handwerkskammer", "Unternehme", "Beratungsstelle"}


# ---------------------------------------------------------------- numbers written as words


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("sieben", 7),
        ("Zwölf", 12),
        ("Fünfundvierzig", 45),
        ("einundzwanzig", 21),
        ("hundertzwanzig", 120),
        ("zweihundertfünfzig", 250),
        ("dreitausendvierhundert", 3400),
        ("zwei Dutzend", 24),
    ],
)
def test_number_words_and_their_compounds(word: str, value: int) -> None:
    assert number_word_value(word) == value


@pytest.mark.parametrize("word", ["ein", "eine", "Achtung", "siebente", "einundzwanzigste", "Zehntel"])
def test_words_that_are_no_number(word: str) -> None:
    assert re.fullmatch(f"(?i:{COMPOUND})", word) is None


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Das IQ Netzwerk Sachsen hat dreiundzwanzig Teilprojekte.", 23),
        ("Dreiundzwanzig Teilprojekte gehören zum IQ Netzwerk Sachsen.", 23),
        ("Im IQ Netzwerk Sachsen arbeiten zweihundertvierzig Beraterinnen und Berater.", 240),
        ("Das IQ Netzwerk Sachsen beriet im Jahr 2030 fünfhundertzwölf Betriebe.", 512),
    ],
)
def test_a_compound_number_word_is_a_count(body: str, value: int) -> None:
    assert ("IQ Netzwerk Sachsen", value) in {(s, v) for s, _, v in counts_of(body)}


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Sachsen hat eine Beratungsstelle in Zwickau.",
        "Das IQ Netzwerk Sachsen eröffnet ein Büro und eine Anlaufstelle.",
        "Eine Fachkraft des IQ Netzwerks Sachsen berät Betriebe.",
    ],
)
def test_an_article_is_no_number(body: str) -> None:
    assert counts_of(body) == set()


# ---------------------------------------------------------------- the audience and the exhibitors of an event

_FAIR = "Am 5. Mai 2031 fand in Jena die Jobmesse „Neue Wege“ statt. "


@pytest.mark.parametrize(
    ("body", "what", "value"),
    [
        (_FAIR + "Rund 60 Betriebe stellten sich vor.", "Betriebe (rund)", 60),
        (_FAIR + "Dort stellten sich 60 Unternehmen aus Thüringen vor.", "Unternehmen", 60),
        (_FAIR + "An 42 Ständen präsentierten sich Firmen aus der Region.", "Stände", 42),
        (
            _FAIR + "Über 50 Arbeitgeber präsentierten sich den Besucherinnen und Besuchern.",
            "Arbeitgeber (über)",
            50,
        ),
    ],
)
def test_firms_presenting_themselves_are_the_events_exhibitors(body: str, what: str, value: int) -> None:
    assert ("Jobmesse „Neue Wege“", what, value) in counts_of(body)


@pytest.mark.parametrize(
    ("body", "what", "value"),
    [
        (
            "Mehr als 500 Jugendliche besuchten am 5. Mai 2031 die Jobmesse „Neue Wege“ in Jena.",
            "Jugendliche (mehr als)",
            500,
        ),
        (
            "Am 5. Mai 2031 besuchten rund 500 Menschen die Jobmesse „Neue Wege“ in Jena.",
            "Menschen (rund)",
            500,
        ),
        (
            "Die Jobmesse „Neue Wege“ am 5. Mai 2031 in Jena besuchten 500 Schülerinnen und Schüler.",
            "Schülerinnen und Schüler",
            500,
        ),
    ],
)
def test_people_visiting_an_event_are_its_audience(body: str, what: str, value: int) -> None:
    assert ("Jobmesse „Neue Wege“", what, value) in counts_of(body)


@pytest.mark.parametrize(
    "body",
    [
        _FAIR + "Im vergangenen Jahr hatten 300 Menschen die Beratungsstellen besucht.",
        _FAIR + "Rund 60 Betriebe suchen dringend Personal.",
        _FAIR + "Die Kammer stellte 60 Betriebe in einer Broschüre vor.",
        _FAIR + "Rund 300 Menschen besuchten im Jahr 2030 die Beratungsstellen.",
    ],
)
def test_no_event_count_without_presenting_or_visiting(body: str) -> None:
    assert not {v for s, _, v in counts_of(body) if s.startswith("Jobmesse")}


# ---------------------------------------------------------------- the team of the release's own unit

_PROJECT = "Das Teilprojekt „Wegweiser Beruf“ gehört zum IQ Netzwerk Bremen. "


@pytest.mark.parametrize(
    ("body", "what", "value"),
    [
        (_PROJECT + "Das Team besteht aus sechs Beraterinnen und Beratern.", "Beraterinnen und Berater", 6),
        (_PROJECT + "Unser Team umfasst 11 Fachkräfte.", "Fachkräfte", 11),
        (_PROJECT + "Zum festen Team gehören neun Mitarbeitende.", "Mitarbeitende", 9),
        (_PROJECT + "Das mehrsprachige Team bestand 2030 aus 14 Lotsinnen.", "Lotsinnen", 14),
    ],
)
def test_the_team_of_no_one_named_is_the_releases_unit(body: str, what: str, value: int) -> None:
    assert ("Wegweiser Beruf", what, value) in counts_of(body)


@pytest.mark.parametrize(
    "body",
    [
        _PROJECT + "Das Team der Handwerkskammer Bremen besteht aus sechs Beraterinnen.",
        _PROJECT + "Ein Team aus sechs Beraterinnen betreut die Betriebe.",
        _PROJECT + "Die Kammer stellt ein Team von sechs Beraterinnen.",
    ],
)
def test_a_team_of_someone_else_is_not_the_units(body: str) -> None:
    assert not {v for s, _, v in counts_of(body) if s == "Wegweiser Beruf"}


# ---------------------------------------------------------------- clauses going on from the figure before

_MONEY = "Das Land stellt dem IQ Netzwerk Hessen im Jahr 2031 zusätzlich 900.000 Euro bereit. "


@pytest.mark.parametrize(
    ("body", "what", "value"),
    [
        (_MONEY + "Damit werden sechs neue Anlaufstellen finanziert.", "neue Anlaufstellen", 6),
        (_MONEY + "Mit dem Geld sollen 14 zusätzliche Kurse gefördert werden.", "zusätzliche Kurse", 14),
        (_MONEY + "Davon werden acht Stellen in Kassel und Fulda geschaffen.", "Stellen", 8),
    ],
)
def test_what_the_money_before_pays_for_is_its_recipients(body: str, what: str, value: int) -> None:
    assert ("IQ Netzwerk Hessen", what, value) in counts_of(body)


@pytest.mark.parametrize(
    ("body", "what", "value"),
    [
        (
            "Das IQ Netzwerk Hessen führte 2031 rund 900 Erstberatungen durch, dazu kommen 300 Folgeberatungen.",
            "Folgeberatungen",
            300,
        ),
        (
            "Das IQ Netzwerk Hessen führte 2031 rund 900 Erstberatungen durch; hinzu kamen noch 300 Folgeberatungen.",
            "Folgeberatungen",
            300,
        ),
        (
            "Das IQ Netzwerk Hessen führte 2031 rund 900 Erstberatungen durch. Hinzu kommen 300 Folgeberatungen.",
            "Folgeberatungen",
            300,
        ),
    ],
)
def test_an_additive_clause_shares_the_subject_of_the_figure_before(body: str, what: str, value: int) -> None:
    assert ("IQ Netzwerk Hessen", what, value) in counts_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Hessen beriet 2031 rund 900 Menschen. Damit werden sechs neue Anlaufstellen finanziert.",
        _MONEY + "Damit werden bei der Handwerkskammer Kassel sechs neue Stellen finanziert.",
        _MONEY + "Damit haben die Jobcenter sechs neue Stellen bekommen.",
    ],
)
def test_no_recipient_without_money_before_or_with_someone_else_named(body: str) -> None:
    assert not {v for s, _, v in counts_of(body) if s == "IQ Netzwerk Hessen" and v == 6}


# ---------------------------------------------------------------- a relative clause on a counted plural


@pytest.mark.parametrize(
    ("body", "what", "value"),
    [
        (
            "Das IQ Netzwerk Sachsen hat elf Teilprojekte, die seit 2025 über 3.000 Menschen beraten haben.",
            "Menschen (über)",
            3000,
        ),
        (
            "Zum IQ Netzwerk Sachsen gehören 14 Beratungsstellen, die im Jahr 2030 rund 2.500 Anträge begleiteten.",
            "Anträge (rund)",
            2500,
        ),
        (
            "Im IQ Netzwerk Sachsen arbeiten neun Teilprojekte, welche bislang 800 Betriebe unterstützt haben.",
            "Betriebe",
            800,
        ),
    ],
)
def test_a_figure_in_a_relative_clause_on_a_count_is_its_owners(body: str, what: str, value: int) -> None:
    assert ("IQ Netzwerk Sachsen", what, value) in counts_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Sachsen hat elf Teilprojekte, die die Handwerkskammer Dresden mit 3.000 Euro unterstützt.",
        "Der Preis ging an drei Betriebe, die seit 2025 über 3.000 Menschen eingestellt haben.",
        "Das IQ Netzwerk Sachsen hat elf Teilprojekte. Die 3.000 Menschen kamen aus 40 Ländern.",
    ],
)
def test_no_owner_for_a_relative_clause_naming_someone_or_on_an_ownerless_count(body: str) -> None:
    assert 3000 not in {v for _, _, v in counts_of(body)}


# ---------------------------------------------------------------- figures under a heading of no one's


@pytest.mark.parametrize(
    "heading", ["Das Jahr in Zahlen", "Zahlen und Fakten", "Das Projektjahr 2031 in Zahlen"]
)
def test_figures_under_a_heading_naming_no_one_are_the_units(heading: str) -> None:
    body = (
        "Das Teilprojekt „Wegweiser Beruf“ im IQ Netzwerk Bremen berät zugewanderte Fachkräfte.\n\n"
        f"{heading}\n\n"
        "- 640 Erstberatungen\n"
        "- 212 Teilnehmende in Brückenkursen\n"
        "- neun Kursdurchgänge\n"
    )
    found = counts_of(body)
    assert ("Wegweiser Beruf", "Erstberatungen", 640) in found
    assert ("Wegweiser Beruf", "Teilnehmende in Brückenkursen", 212) in found
    assert ("Wegweiser Beruf", "Kursdurchgänge", 9) in found


# ---------------------------------------------------------------- joining into a body


@pytest.mark.parametrize(
    ("body", "owner", "value"),
    [
        (
            "In Gotha haben sich neun Partner zum Bündnis Arbeit Thüringen zusammengeschlossen.",
            "Bündnis Arbeit Thüringen",
            9,
        ),
        (
            "Zum Verein Lernwerk Nord e. V. schlossen sich im Jahr 2030 zwölf Träger zusammen.",
            "Lernwerk Nord e. V.",
            12,
        ),
        ("Im IQ Netzwerk Bremen haben sich 23 Organisationen zusammengeschlossen.", "IQ Netzwerk Bremen", 23),
        (
            "Drei Kammern wollen sich zum Bündnis Fachkräfte Weser zusammenschließen.",
            "Bündnis Fachkräfte Weser",
            3,
        ),
    ],
)
def test_what_joined_into_a_body_is_its_count(body: str, owner: str, value: int) -> None:
    assert (owner, value) in {(s, v) for s, _, v in counts_of(body)}


@pytest.mark.parametrize(
    "body",
    [
        "Neun Partner des Bündnisses Arbeit Thüringen trafen sich in Gotha.",
        "Die Stiftung Lernwege hat sich mit neun Partnern zum Bündnis Arbeit Thüringen zusammengeschlossen.",
        "Neun Partner haben sich in Gotha zu einem neuen Bündnis zusammengeschlossen.",
    ],
)
def test_no_joined_count_without_a_clause_of_joining_into_one_body(body: str) -> None:
    assert 9 not in {v for s, _, v in counts_of(body) if s == "Bündnis Arbeit Thüringen"}


# ---------------------------------------------------------------- a section of a project page


@pytest.mark.parametrize(
    ("heading", "lines", "what", "value"),
    [
        (
            "Projekt „Werkstatt Zukunft“",
            "Träger: Verein Lernhafen e. V.\nJunge Zugewanderte lernen hier Metallberufe kennen.\nEs stehen 24 Plätze zur Verfügung.",
            "Plätze",
            24,
        ),
        (
            "Teilprojekt „Werkstatt Zukunft“",
            "Die Kurse laufen ab März.\nEs gibt 30 Kursplätze.",
            "Kursplätze",
            30,
        ),
        (
            "Projekt „Werkstatt Zukunft“",
            "Geübt wird dort in kleinen Gruppen.\nEs standen 2030 insgesamt 18 Plätze zur Verfügung.",
            "Plätze",
            18,
        ),
    ],
)
def test_a_figure_naming_no_one_is_the_project_heading_its_section(
    heading: str, lines: str, what: str, value: int
) -> None:
    body = "Unsere Angebote im IQ Netzwerk Bremen\n\n" + heading + "\n" + lines + "\n"
    assert ("Werkstatt Zukunft", what, value) in counts_of(body)


@pytest.mark.parametrize(
    "lines",
    [
        "Die Handwerkskammer Bremen bietet Kurse an.\nEs stehen 24 Plätze zur Verfügung.",
        "Junge Zugewanderte lernen hier Metallberufe kennen.\n\nEs stehen 24 Plätze zur Verfügung.",
        "Junge Zugewanderte lernen hier Metallberufe kennen.\nIn Bremerhaven bietet die Kammer 24 Plätze an.",
    ],
)
def test_no_section_project_for_another_body_or_paragraph(lines: str) -> None:
    body = "Unsere Angebote im IQ Netzwerk Bremen\n\nProjekt „Werkstatt Zukunft“\n" + lines + "\n"
    assert 24 not in {v for s, _, v in counts_of(body) if s == "Werkstatt Zukunft"}


# ---------------------------------------------------------------- tallies of the project a release is about

_PAGE = "Das Teilprojekt „Wegweiser Beruf“ gehört zum IQ Netzwerk Bremen.\n\n"


@pytest.mark.parametrize(
    ("body", "what", "value"),
    [
        (
            _PAGE + "Seit dem Start im Jahr 2026 haben 180 Fachkräfte an den Kursen teilgenommen.",
            "Fachkräfte",
            180,
        ),
        (_PAGE + "Bislang wurden über 900 Menschen beraten.", "Menschen (über)", 900),
        (_PAGE + "Insgesamt nahmen 2030 rund 75 Frauen an den Modulen teil.", "Frauen (rund)", 75),
    ],
)
def test_a_framed_tally_naming_no_one_is_the_project_the_release_is_about(
    body: str, what: str, value: int
) -> None:
    assert ("Wegweiser Beruf", what, value) in counts_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Bremen hat neun Teilprojekte. Anna Beispiel vom Teilprojekt „Wegweiser Beruf“ sprach.\n\n"
        "Seit dem Start haben 180 Fachkräfte an den Kursen teilgenommen.",
        _PAGE
        + "Seit dem Start haben bei der Handwerkskammer Bremen 180 Fachkräfte an den Kursen teilgenommen.",
        _PAGE + "Dabei haben 180 Fachkräfte an den Kursen teilgenommen.",
    ],
)
def test_no_project_tally_in_a_network_release_or_naming_someone_or_unframed(body: str) -> None:
    assert 180 not in {v for s, _, v in counts_of(body) if s == "Wegweiser Beruf"}


# ---------------------------------------------------------------- what belongs to a body named just before


@pytest.mark.parametrize(
    ("body", "what", "value"),
    [
        (
            "Der Verein Lernhafen e. V. wurde 2019 gegründet. Zum Verein gehören 45 Mitglieder.",
            "Mitglieder",
            45,
        ),
        (
            "Die Stiftung Lichtweg arbeitet in Kassel. Zur Stiftung zählen elf Einrichtungen.",
            "Einrichtungen",
            11,
        ),
        (
            "Der Verband Nordwerk e. V. vertritt Betriebe. Zum Verband gehörten 2030 rund 300 Betriebe.",
            "Betriebe (rund)",
            300,
        ),
    ],
)
def test_what_belongs_to_a_bodys_stand_in_is_its_count(body: str, what: str, value: int) -> None:
    assert value in {v for _, w, v in counts_of(body) if w == what}


@pytest.mark.parametrize(
    "body",
    [
        "Der Verein Lernhafen e. V. wurde 2019 gegründet. Zum Verein kamen 45 Gäste.",
        "Der Verein Lernhafen e. V. und der Verein Lernwerk e. V. arbeiten zusammen. Zum Verein gehören 45 Mitglieder.",
        "Zum Verein gehören 45 Mitglieder.",
    ],
)
def test_no_stand_in_without_belonging_or_one_body_before(body: str) -> None:
    assert 45 not in {v for _, _, v in counts_of(body)}


# ---------------------------------------------------------------- the level of a number, about the topic before


@pytest.mark.parametrize(
    "second",
    [
        "Die Zahl der Erstberatungen stieg auf 3.720.",
        "Die Anzahl der Erstberatungen lag 2030 bei 3.720.",
        "Die Zahl der Erstberatungen betrug zuletzt 3.720.",
    ],
)
def test_the_number_of_something_is_about_the_topic_before(second: str) -> None:
    body = "Das IQ Netzwerk Sachsen berät Menschen mit ausländischen Abschlüssen. " + second
    assert ("IQ Netzwerk Sachsen", 3720) in {(s, v) for s, _, v in counts_of(body)}


@pytest.mark.parametrize(
    "second",
    [
        "Laut der Handwerkskammer Dresden stieg die Zahl der Anträge auf 3.720.",
        "Die Zahl der Anträge stieg nach Angaben von Anna Beispiel auf 3.720.",
    ],
)
def test_the_number_of_something_said_by_someone_is_not_the_topics(second: str) -> None:
    body = "Das IQ Netzwerk Sachsen berät Menschen mit ausländischen Abschlüssen. " + second
    assert ("IQ Netzwerk Sachsen", 3720) not in {(s, v) for s, _, v in counts_of(body)}


# ---------------------------------------------------------------- another edition of the event


@pytest.mark.parametrize(
    "last",
    [
        "Die nächste Jobmesse ist für 2032 geplant; dann sollen bis zu 80 Aussteller dabei sein.",
        "Zur kommenden Messe werden 900 Gäste erwartet.",
        "Im nächsten Jahr sollen 900 Besucherinnen und Besucher kommen.",
    ],
)
def test_a_later_editions_figures_are_not_the_events(last: str) -> None:
    body = _FAIR + "Rund 60 Betriebe stellten sich vor. " + last
    found = {v for s, _, v in counts_of(body) if s == "Jobmesse „Neue Wege“"}
    assert 60 in found
    assert not found & {80, 900}


# ---------------------------------------------------------------- a counted subject placed by its verb


@pytest.mark.parametrize(
    ("body", "owner", "value"),
    [
        (
            "Über 30 Partner aus Wirtschaft, Verwaltung und Kirche sind im IQ Netzwerk Bayern aktiv.",
            "IQ Netzwerk Bayern",
            30,
        ),
        ("Rund 40 Vereine aus der Region engagieren sich im IQ Netzwerk Bayern.", "IQ Netzwerk Bayern", 40),
        (
            "Mehr als 900 Menschen ließen sich 2030 in der Beratungsstelle „Brückenschlag“ beraten.",
            "Beratungsstelle „Brückenschlag“",
            900,
        ),
    ],
)
def test_a_counted_subject_with_its_origin_or_a_year_is_placed_by_its_verb(
    body: str, owner: str, value: int
) -> None:
    assert (owner, value) in {(s, v) for s, _, v in counts_of(body)}


@pytest.mark.parametrize(
    "body",
    [
        "Über 30 Partner aus dem IQ Netzwerk Bayern sind in Nürnberg aktiv.",
        "Über 30 Partner aus Wirtschaft und Verwaltung berieten Betriebe im Raum Nürnberg.",
    ],
)
def test_an_origin_is_no_place_of_the_count(body: str) -> None:
    assert ("IQ Netzwerk Bayern", 30) not in {(s, v) for s, _, v in counts_of(body)}


# ---------------------------------------------------------------- "Zahl der …" and events


@pytest.mark.parametrize(
    ("body", "what", "value"),
    [
        (
            "Die Zahl der Ratsuchenden im IQ Netzwerk Bayern hat sich seit 2020 auf 4.200 verdoppelt.",
            "Ratsuchende",
            4200,
        ),
        (
            "Die Zahl der beratenen Betriebe im IQ Netzwerk Bayern ist auf 310 gestiegen.",
            "beratene Betriebe",
            310,
        ),
        (
            "Die Anzahl der Teilnehmenden im IQ Netzwerk Bayern ist 2030 auf 950 gesunken.",
            "Teilnehmende",
            950,
        ),
    ],
)
def test_the_number_of_something_before_a_final_verb(body: str, what: str, value: int) -> None:
    assert ("IQ Netzwerk Bayern", what, value) in counts_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Zum Fachtag des IQ Netzwerks Bayern am 3. Mai 2031 hatten sich 180 Personen angemeldet.",
        "Zum Fachtag „Wege in Arbeit“ des IQ Netzwerks Bayern hatten sich 180 Personen angemeldet.",
        "Zur Jahrestagung der Servicestelle „Neustart“ am 3. Mai 2031 meldeten sich 180 Fachleute an.",
    ],
)
def test_an_event_of_an_owner_is_no_container_of_the_owners_count(body: str) -> None:
    assert 180 not in {
        v for s, _, v in counts_of(body) if s in ("IQ Netzwerk Bayern", "Servicestelle „Neustart“")
    }


@pytest.mark.parametrize(
    "body",
    [
        "Beim Fachtag des IQ Netzwerks Bayern am 3. Mai 2031 in Nürnberg diskutierten 180 Fachleute.",
        "Am 3. Mai 2031 diskutierten beim Fachtag des IQ Netzwerks Bayern in Nürnberg 180 Fachleute.",
        "Auf dem Fachtag des IQ Netzwerks Bayern am 3. Mai 2031 in Nürnberg informierten sich 180 Fachleute.",
    ],
)
def test_people_talking_it_over_at_an_event_are_its_audience(body: str) -> None:
    assert ("Fachtag des IQ Netzwerks Bayern", 180) in {(s, v) for s, _, v in counts_of(body)}


# ---------------------------------------------------------------- taking part in a project, a share falling to it


@pytest.mark.parametrize(
    ("body", "owner", "value"),
    [
        ("An dem Projekt „Brückenschlag“ nehmen derzeit 45 Ärztinnen und Ärzte teil.", "Brückenschlag", 45),
        ("Rund 120 Menschen nahmen am Projekt „Brückenschlag“ teil.", "Brückenschlag", 120),
        ("Am Projekt „Brückenschlag“ haben seit 2029 rund 45 Ärztinnen teilgenommen.", "Brückenschlag", 45),
        ("Auf das IQ Netzwerk Thüringen entfallen 8,2 Millionen Euro.", "IQ Netzwerk Thüringen", 8200000),
        (
            "Von den Mitteln entfielen 8,2 Millionen Euro auf das IQ Netzwerk Thüringen.",
            "IQ Netzwerk Thüringen",
            8200000,
        ),
    ],
)
def test_what_people_take_part_in_or_a_share_falls_to(body: str, owner: str, value: int) -> None:
    assert (owner, value) in {(s, v) for s, _, v in counts_of(body)}


@pytest.mark.parametrize(
    "body",
    [
        "Am 3. Mai 2031 fand der Fachtag „Wege“ in Jena statt. Am Nachmittag nahmen 120 Menschen teil.",
        "Am 3. Mai 2031 fand der Fachtag „Wege“ im Bürgerhaus Am Anger in Jena statt; es nahmen 120 Menschen teil.",
        "Am 3. Mai 2031 fand der Fachtag „Wege“ in Jena statt. Rund 120 Menschen nahmen am Fachtag teil.",
    ],
)
def test_a_time_or_a_street_after_am_is_not_what_people_took_part_in(body: str) -> None:
    assert ("Fachtag „Wege“", 120) in {(s, v) for s, _, v in counts_of(body)}


# ---------------------------------------------------------------- a counted container with its article


@pytest.mark.parametrize(
    ("body", "what", "value"),
    [
        (
            "Bei den 14 Teilprojekten des IQ Netzwerks Bremen arbeiten rund 90 Beschäftigte.",
            "Teilprojekte",
            14,
        ),
        ("Mit seinen 18 neuen Standorten ist das IQ Netzwerk Bremen gut aufgestellt.", "neue Standorte", 18),
        ("Aus den elf Regionalnetzwerken des IQ Netzwerks Bremen kamen Berichte.", "Regionalnetzwerke", 11),
    ],
)
def test_a_dative_plural_after_preposition_and_article(body: str, what: str, value: int) -> None:
    assert ("IQ Netzwerk Bremen", what, value) in counts_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "In den 14 Beratungsstellen des IQ Netzwerks Bremen wurden 2.000 Menschen beraten.",
        "In den zwölf Anlaufstellen des IQ Netzwerks Bremen wurden 2.000 Menschen beraten.",
        "In den 14 regionalen Beratungsstellen des IQ Netzwerks Bremen wurden im Jahr 2030 2.000 Menschen beraten.",
    ],
)
def test_a_counted_container_of_the_owner_holds_the_figure_after_it(body: str) -> None:
    assert ("IQ Netzwerk Bremen", 2000) in {(s, v) for s, _, v in counts_of(body)}


# ---------------------------------------------------------------- a list of figures after a colon


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Bremen hat seine Bilanz vorgelegt: 2.400 Erstberatungen, 640 Kurse und 85 geschulte Betriebe.",
        "Die Bilanz des IQ Netzwerks Bremen: 2.400 Erstberatungen und 640 Kurse.",
        "Für 2030 meldet das IQ Netzwerk Bremen Rekordwerte: rund 2.400 Erstberatungen sowie 640 Kurse.",
    ],
)
def test_figures_after_a_colon_are_the_owners_before_it(body: str) -> None:
    found = {(s, v) for s, _, v in counts_of(body)}
    assert {("IQ Netzwerk Bremen", 2400), ("IQ Netzwerk Bremen", 640)} <= found


@pytest.mark.parametrize(
    "body",
    [
        "Die Handwerkskammer Bremen und das IQ Netzwerk Bremen melden: 2.400 Erstberatungen.",
        "Das IQ Netzwerk Bremen lädt ein: 2.400 Plätze stehen zur Verfügung, sagt Anna Beispiel.",
        "Anna Beispiel vom IQ Netzwerk Bremen sagt: 2.400 Erstberatungen.",
    ],
)
def test_no_colon_list_with_someone_else_or_a_clause(body: str) -> None:
    assert ("IQ Netzwerk Bremen", 2400) not in {(s, v) for s, _, v in counts_of(body)}


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Das IQ Netzwerk Bayern erhält zweieinhalb Millionen Euro.", 2_500_000),
        ("Das Land stellt dem IQ Netzwerk Bayern eineinhalb Millionen Euro bereit.", 1_500_000),
        ("Für das IQ Netzwerk Bayern stehen anderthalb Millionen Euro bereit.", 1_500_000),
    ],
)
def test_a_number_and_a_half_before_a_scale(body: str, value: int) -> None:
    assert ("IQ Netzwerk Bayern", value) in {(s, v) for s, _, v in counts_of(body)}


def test_a_number_and_a_half_without_a_scale_is_no_count() -> None:
    assert counts_of("Das IQ Netzwerk Bayern finanziert zweieinhalb Stellen.") == set()


@pytest.mark.parametrize(
    ("body", "what", "value"),
    [
        ("Das IQ Netzwerk Bayern arbeitet mit rund einem Dutzend Betrieben zusammen.", "Betriebe (rund)", 12),
        ("Das Land fördert das IQ Netzwerk Bayern mit einer Million Euro.", "Euro", 1_000_000),
        ("Mit einer halben Million Euro fördert das Land das IQ Netzwerk Bayern.", "Euro", 500_000),
    ],
)
def test_a_number_phrase_in_the_dative(body: str, what: str, value: int) -> None:
    assert ("IQ Netzwerk Bayern", what, value) in counts_of(body)


@pytest.mark.parametrize(
    ("second", "value"),
    [
        ("Es fanden 35 Beratungstage und drei Fachtage statt.", 35),
        ("Es fanden im Jahr 2030 insgesamt 18 Informationsabende statt.", 18),
        ("Es fanden seit dem Start rund 60 Schulungen für Jobcenter statt.", 60),
    ],
)
def test_what_took_place_is_the_topic_befores(second: str, value: int) -> None:
    body = "Das IQ Netzwerk Hessen hat im Förderzeitraum viel erreicht. " + second
    assert ("IQ Netzwerk Hessen", value) in {(s, v) for s, _, v in counts_of(body)}


@pytest.mark.parametrize(
    "body",
    [
        "Zum IQ Netzwerk Sachsen-Anhalt gehören neun Teilprojekte und die Koordinierungsstelle.",
        "Im IQ Netzwerk Sachsen-Anhalt arbeiten neun Teilprojekte sowie die Koordinierungsstelle zusammen.",
        "Neun Teilprojekte und die Koordinierungsstelle bilden zusammen das IQ Netzwerk Sachsen-Anhalt.",
    ],
)
def test_a_name_counted_with_the_phrase_is_no_subject_of_it(body: str) -> None:
    subjects = {s for s, _, v in counts_of(body) if v == 9}
    assert not any(s.startswith("Koordinierungsstelle") for s in subjects)
