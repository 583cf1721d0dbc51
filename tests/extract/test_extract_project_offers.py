"""Subproject names on invented sentences: a guide service or a series of courses before a quoted name, and the
programme's word before a service's compound named without a town."""

from __future__ import annotations

import pytest

from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def _named(text: str, type_: str = "Subproject") -> set[str]:
    return {m.label for m in find_mentions(text, GAZETTEER) if m.type == type_ and not m.generic}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Land fördert den neuen Lotsendienst „Pflege Plus“ mit 20.000 Euro.", "Pflege Plus"),
        ("Der Lotsendienst „Brücke Heilberufe“ berät seit Mai in Trier.", "Brücke Heilberufe"),
        ("Im Mittelpunkt stand ein ehrenamtlicher Lotsendienst „Ankommen Süd“ der Stadt.", "Ankommen Süd"),
        ("Unsere Kursreihe „Deutsch im Büro“ beginnt im März.", "Deutsch im Büro"),
        (
            "Die Volkshochschule bietet die Kursreihe „Mathe für die Meisterprüfung“ an.",
            "Mathe für die Meisterprüfung",
        ),
        ("Der Sprachkurs „Deutsch in der Pflege“ wird vom Land bezahlt.", "Deutsch in der Pflege"),
        ("Ein Beratungsdienst „Arbeit Nord“ entsteht in Kiel.", "Arbeit Nord"),
    ],
)
def test_a_quoted_name_after_a_guide_service_or_a_series_of_courses(text: str, expected: str) -> None:
    assert expected in _named(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Pflegedienst „Sonnenhof“ sucht Fachkräfte.",  # a firm, not an offer
        "Der Diskurs „Arbeit und Migration“ wird fortgesetzt.",
        "Die Teilnehmenden lobten den Lotsendienst der Stadt.",  # no name
    ],
)
def test_a_firm_a_debate_or_an_unnamed_service_stays_unnamed(text: str) -> None:
    assert not _named(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beraten werden die Gäste von der IQ Anerkennungsberatung, die der Verein Lernwerk e. V. betreibt.",
            "IQ Anerkennungsberatung",
        ),
        ("Die IQ-Qualifizierungsberatung ist montags geöffnet.", "IQ Qualifizierungsberatung"),
        ("Seit 2022 begleitet das IQ Bewerbungscoaching junge Ärztinnen.", "IQ Bewerbungscoaching"),
        ("Zur IQ Anerkennungsberatung kamen im Jahr 400 Menschen.", "IQ Anerkennungsberatung"),
    ],
)
def test_the_programme_s_word_before_a_service_compound_names_the_unit(text: str, expected: str) -> None:
    assert expected in _named(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("Die IQ Beratung ist kostenlos.", "IQ Beratung"),  # the bare noun, no compound
        ("Die IQ Anerkennungsberatungen im Land sind gut besucht.", "IQ Anerkennungsberatungen"),  # plural
        ("Die IQ Anerkennungsberatung Gera hat neue Räume.", "IQ Anerkennungsberatung"),  # its town names it
        ("Die IQ Anerkennungsberatung für akademische Heilberufe berät.", "IQ Anerkennungsberatung"),
    ],
)
def test_a_bare_noun_a_plural_or_a_unit_named_further_is_not_the_bare_unit(
    text: str, unexpected: str
) -> None:
    assert unexpected not in _named(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brücke Nord heißt das neue Angebot des Vereins Lernwerk e. V.", "Brücke Nord"),
        ("Im Land gibt es Neues. Tandem Beruf nennt sich ein Projekt der Stadt Kiel.", "Tandem Beruf"),
        ("Wege in Arbeit hieß das erste Teilprojekt der Handwerkskammer Trier.", "Wege in Arbeit"),
        ("ProBeruf heißt die Qualifizierung der Kammer.", "ProBeruf"),
    ],
)
def test_a_name_opening_a_sentence_that_a_naming_verb_gives_a_project(text: str, expected: str) -> None:
    assert expected in _named(text)


@pytest.mark.parametrize(
    "text",
    [
        "So heißt das Projekt seit 2020.",
        "Deshalb heißt das Angebot jetzt anders.",
        "Wie heißt das Projekt?",
    ],
)
def test_an_adverb_before_a_naming_verb_is_no_name(text: str) -> None:
    assert not _named(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im Herbst startet das Projekt Dual anerkannt! in Leipzig.", "Dual anerkannt!"),
        ("Das Projekt Berufsweg konkret! richtet sich an Gesellen.", "Berufsweg konkret!"),
        ("Die Kammer leitet das Projekt Pflege digital!, ein Angebot für Zugewanderte.", "Pflege digital!"),
    ],
)
def test_an_exclamation_mark_the_sentence_goes_on_after_closes_the_name(text: str, expected: str) -> None:
    assert expected in _named(text)


def test_an_exclamation_mark_ending_the_sentence_stays_outside_the_name() -> None:
    assert "Pflege digital" in _named("Die Kammer leitet das Projekt Pflege digital! Es ist neu.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Fachberatung Pflegeberufe berät Kliniken im Land.", "Fachberatung Pflegeberufe"),
        ("Die Lotsenstelle Arbeit und Ankommen begleitet Geflüchtete.", "Lotsenstelle Arbeit und Ankommen"),
        (
            "Die Erstberatung qualifizierter Zuwanderer ist ein Angebot der Stadt.",
            "Erstberatung qualifizierter Zuwanderer",
        ),
        (
            "Die Servicestelle zur Erschließung ausländischer Qualifikationen informiert Betriebe.",
            "Servicestelle zur Erschließung ausländischer Qualifikationen",
        ),
    ],
)
def test_a_service_unit_and_its_topic_as_the_subject_of_a_service_verb(text: str, expected: str) -> None:
    assert expected in _named(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Geschäftsstelle Anerkennung ist umgezogen.",  # a body's office
        "Die Beratungsstelle in Kiel berät kostenlos.",  # where it is, no name
        "Die Anerkennungsberatung der Caritas Kiel berät kostenlos.",  # its carrier, no name
        "Die Ausbildungsstelle Mechatronik ist besetzt.",  # a job
    ],
)
def test_an_office_a_place_a_carrier_or_a_job_after_the_head_names_no_unit(text: str) -> None:
    assert not _named(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neu im IQ Netzwerk. Mit Start in Arbeit hilft die Diakonie Gera Geflüchteten.", "Start in Arbeit"),
        ("Neu im IQ Netzwerk. Mit Anpacken Nord startet im Januar ein Angebot.", "Anpacken Nord"),
        ("Neu im IQ Netzwerk. Mit Brücke Beruf begleitet der Verein Lernwerk e. V. Frauen.", "Brücke Beruf"),
    ],
)
def test_a_name_after_mit_opening_a_sentence_before_a_service_verb(text: str, expected: str) -> None:
    assert expected in _named(text)


@pytest.mark.parametrize(
    "text",
    [
        "Neu im IQ Netzwerk. Mit Sprachkursen im Betrieb unterstützt die Stadt Kiel Firmen.",
        "Neu im IQ Netzwerk. Mit Geld für Sprachkurse unterstützt der Bund die Länder.",
        "Neu im IQ Netzwerk. Mit Ablauf des Jahres startet die Förderung.",
        "Neu im IQ Netzwerk. Mit Ende Mai läuft das Angebot aus.",
        "Neu im IQ Netzwerk. Mit Blick auf Kiel startet ein Angebot.",
    ],
)
def test_a_means_a_sum_or_a_time_after_mit_is_no_name(text: str) -> None:
    assert not _named(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seit Mai hilft Arbeit und Sprache Emden (ASE) jungen Geflüchteten.", "Arbeit und Sprache Emden"),
        ("Gefördert wird auch Brücken in Beschäftigung (BiB) in Gotha.", "Brücken in Beschäftigung"),
        (
            "Die Kontakt- und Beratungsstelle Anerkennung Westpfalz (KBAW) lädt ein.",
            "Kontakt- und Beratungsstelle Anerkennung Westpfalz",
        ),
        ("Zum Netzwerk gehört Lernen im Betrieb Nord (LBN) der Kammer.", "Lernen im Betrieb Nord"),
    ],
)
def test_a_name_whose_words_spell_the_short_form_in_brackets_after_it(text: str, expected: str) -> None:
    assert expected in _named(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Institut Arbeitsmarkt- und Berufsforschung (IAB) legt Zahlen vor.",  # a body's head opens it
        "Der Nationale Aktionsplan Integration (NAPI) wird fortgeschrieben.",  # a plan
        "Der Landesverband Freier Träger (LFT) tagt.",  # a body's head ends it
        "Die Messe Arbeit und Leben (MAL) beginnt.",  # an event's head
        "Die Kurse Deutsch für Anfänger (DK) beginnen.",  # the letters spell other words
    ],
)
def test_a_body_a_plan_an_event_or_other_letters_are_no_spelled_project(text: str) -> None:
    assert not _named(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im Land hilft MiA – Migrantinnen in Arbeit jungen Frauen.", "Migrantinnen in Arbeit"),
        ("Gefördert wird BBN (Brücken bauen Nord) vom Land.", "Brücken bauen Nord"),
        ("Die Stadt unterstützt KiB - Kompetenzen im Beruf seit 2021.", "Kompetenzen im Beruf"),
    ],
)
def test_a_short_form_before_the_name_it_spells(text: str, expected: str) -> None:
    assert expected in _named(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Partei SPD (Sozialdemokratische Partei Deutschlands) tagt.",  # a party
        "Laut IAB (Institut für Arbeitsmarkt- und Berufsforschung) steigt die Zahl.",  # a body
        "Die KMK (Kultusministerkonferenz) tagt.",  # one word
        "Die Stadt fördert BeA (Beratung Anerkennung) mit 5000 Euro.",  # other letters
    ],
)
def test_a_short_form_before_a_body_or_other_letters_is_no_project(text: str) -> None:
    assert "Subproject" not in {m.type for m in find_mentions(text, GAZETTEER)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das zweite Vorhaben heißt Handwerk verbindet! und wird vom Land bezahlt.", "Handwerk verbindet!"),
        ("Das erste Projekt heißt Jetzt durchstarten!, das zweite folgt im Mai.", "Jetzt durchstarten!"),
        ("Die neue Maßnahme nennt sich Pflege bewegt! und beginnt im Herbst.", "Pflege bewegt!"),
        ("Die erste Maßnahme heißt Brücke Nord.", "Brücke Nord"),
    ],
)
def test_a_naming_verb_after_an_ordinal_or_a_name_called_out(text: str, expected: str) -> None:
    assert expected in _named(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Vorhaben heißt so, weil es neu ist.",
        "Das zweite Projekt heißt anders.",
    ],
)
def test_an_adverb_after_a_naming_verb_is_no_name(text: str) -> None:
    assert not _named(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seit Mai hilft Arbeit und Sprache Emden [ASE] jungen Geflüchteten.", "Arbeit und Sprache Emden"),
        ("Gefördert wird Brücken in Beschäftigung [BiB] in Gotha.", "Brücken in Beschäftigung"),
        ("Neu ist Lernen im Betrieb Nord [LBN] der Kammer.", "Lernen im Betrieb Nord"),
    ],
)
def test_a_short_form_in_square_brackets_spelled_by_the_name(text: str, expected: str) -> None:
    assert expected in _named(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seit Mai hilft Arbeit und Sprache Emden (kurz: ASE) jungen Leuten.", "Arbeit und Sprache Emden"),
        ("Gefördert wird Brücken in Beschäftigung (kurz BiB) in Gotha.", "Brücken in Beschäftigung"),
        ("Neu ist Lernen im Betrieb Nord (Abk.: LBN) der Kammer.", "Lernen im Betrieb Nord"),
    ],
)
def test_a_short_form_announced_with_kurz_spelled_by_the_name(text: str, expected: str) -> None:
    assert expected in _named(text)
