"""Project, service and programme names on invented sentences: compound heads, naming phrases, services named
by their town or abbreviation, enumerations after a colon; titles of other things stay unnamed."""

from __future__ import annotations

import pytest

from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def _named(text: str, type_: str) -> set[str]:
    return {m.label for m in find_mentions(text, GAZETTEER) if m.type == type_ and not m.generic}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Qualifizierungsprojekt „Pflege im Blick“ beginnt im Mai.", "Pflege im Blick"),
        ("Petra Beispiel leitet die Brückenmaßnahme „Sprungbrett Technik“ in Kiel.", "Sprungbrett Technik"),
        ("Gefördert wird eine Anpassungsqualifizierung „Labor plus“ für Chemikerinnen.", "Labor plus"),
        ("Ein Beratungsprojekt namens „Lotsenhaus“ hilft Zugewanderten.", "Lotsenhaus"),
        ("Seit März gibt es ein Mentoringprojekt mit dem Titel „Tandem Beruf“.", "Tandem Beruf"),
        ("Das neue Angebot läuft unter dem Namen „Startklar Süd“.", "Startklar Süd"),
        ("Das Projekt heißt „Werkbank Zukunft“ und richtet sich an Gesellen.", "Werkbank Zukunft"),
    ],
)
def test_a_quoted_name_after_a_project_head_or_a_naming_phrase(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Land legt ein Förderprogramm mit dem Titel „Chancen Nord“ auf.", "Chancen Nord"),
        ("Eine Initiative namens „Willkommen im Betrieb“ wirbt um Fachkräfte.", "Willkommen im Betrieb"),
        ("Das Landesprogramm trägt den Namen „Brücken bauen“.", "Brücken bauen"),
    ],
)
def test_a_programme_named_by_a_naming_phrase(text: str, expected: str) -> None:
    assert expected in _named(text, "Programme")


@pytest.mark.parametrize(
    "text",
    [
        "Ein Leitfaden mit dem Titel „Wege in den Beruf“ ist erschienen.",
        "Die Fachtagung unter dem Titel „Vielfalt gewinnt“ war ausgebucht.",
        "Das Buch heißt „Angekommen“ und erzählt von Karl Muster.",
        "Das Förderprojekt „Zuschuss“ des Bundes läuft aus.",
    ],
)
def test_titles_of_books_events_and_funding_instruments_are_not_projects(text: str) -> None:
    assert not _named(text, "Subproject")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rat gibt die Anerkennungsberatung Gera im Rathaus.", "Anerkennungsberatung Gera"),
        ("Die Bildungsberatung Kassel bietet Termine an.", "Bildungsberatung Kassel"),
        (
            "Bei der Migrationsberatung für Erwachsene (MBE) der Diakonie gibt es Hilfe.",
            "Migrationsberatung für Erwachsene",
        ),
        ("Auch die Jugendmigrationsberatung (JMB) berät.", "Jugendmigrationsberatung"),
    ],
)
def test_a_counselling_service_named_by_its_town_or_its_abbreviation(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


@pytest.mark.parametrize(
    "text",
    [
        "Die Anerkennungsberatung Montag bis Freitag ist gut besucht.",
        "Eine Anerkennungsberatung für Pflegekräfte gibt es vor Ort.",
        "Die Schuldnerberatung (siehe unten) ist kostenlos.",
    ],
)
def test_a_counselling_service_without_town_or_abbreviation_is_unnamed(text: str) -> None:
    assert not _named(text, "Subproject")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Teilprojekte des Verbunds sind: LOTSE – Wege in Arbeit, Pflege ohne Grenzen (PoG) und die Jobwerkstatt Nord.",
            {"LOTSE – Wege in Arbeit", "Pflege ohne Grenzen", "Jobwerkstatt Nord"},
        ),
        (
            "Zu den Projekten gehören: Sprache im Betrieb, Brücke Handwerk sowie KOMPASS.",
            {"Sprache im Betrieb", "Brücke Handwerk", "KOMPASS"},
        ),
        (
            "Drei Modellprojekte starten: Digital ankommen, Start in Thüringen und PflegeWeg.",
            {"Digital ankommen", "Start in Thüringen", "PflegeWeg"},
        ),
    ],
)
def test_names_enumerated_after_a_colon_behind_plural_project_nouns(text: str, expected: set[str]) -> None:
    assert expected <= _named(text, "Subproject")


@pytest.mark.parametrize(
    "text",
    [
        "Themen der Projekte: Anerkennung, Qualifizierung und Beratung.",
        "Die Projekte sind: praxisnah, kostenlos und offen für alle.",
        "Für die Projekte gilt: Wer teilnimmt, bekommt ein Zertifikat.",
    ],
)
def test_an_enumeration_of_topics_or_qualities_names_no_project(text: str) -> None:
    assert not _named(text, "Subproject")


@pytest.mark.parametrize(
    ("text", "repeated"),
    [
        (
            "Das Teilprojekt „Brücke Nord“ startet. Brücke Nord wird vom Verein Lernort e. V. getragen.",
            "Brücke Nord",
        ),
        (
            "Neu ist die Brückenmaßnahme „PflegeStart“ in Jena. Seit Mai nimmt PflegeStart Anmeldungen an.",
            "PflegeStart",
        ),
        (
            "Mit dem Projekt „Werkstatt Zukunft“ beginnt es. Werkstatt Zukunft endet 2027.",
            "Werkstatt Zukunft",
        ),
    ],
)
def test_a_project_name_repeated_without_its_head_is_a_mention(text: str, repeated: str) -> None:
    second = text.index(repeated, text.index(". "))
    assert any(m.start == second and m.label == repeated for m in find_mentions(text, GAZETTEER))


def test_a_one_word_project_name_repeated_as_a_common_word_is_not_a_mention() -> None:
    text = "Das Projekt „Anker“ startet. Der Anker des Schiffs liegt im Hafen."
    second = text.index("Anker", text.index(". "))
    assert not any(m.start == second for m in find_mentions(text, GAZETTEER) if m.type == "Subproject")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Qualifizierungsprojekt MedBrücke bereitet auf die Prüfung vor.", "MedBrücke"),
        ("Im Projekt ProWerkstatt werden Betriebe beraten.", "ProWerkstatt"),
        ("Das Teilprojekt InArbeit startet im Mai in Kiel.", "InArbeit"),
    ],
)
def test_a_name_with_a_capital_inside_after_a_project_head(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


def test_a_plain_noun_after_a_project_head_stays_unnamed() -> None:
    assert _named("Wir geben dem Projekt Zeit und dem Teilprojekt Raum.", "Subproject") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Projekt IngA (Ingenieure in Arbeit) berät Zugewanderte.", "Ingenieure in Arbeit"),
        (
            "Im Teilprojekt KoBra (Kompetenzen für Brandenburg) lernen zwölf Frauen.",
            "Kompetenzen für Brandenburg",
        ),
        ("Seit Mai läuft das Modellprojekt Pflege im Team (PiT) in Gera.", "Pflege im Team"),
        ("Das IQ Teilprojekt Lotsen für Betriebe (LoBe) hat zwei Standorte.", "Lotsen für Betriebe"),
    ],
)
def test_a_project_named_by_a_long_form_and_its_abbreviation(text: str, expected: str) -> None:
    named = [m for m in find_mentions(text, GAZETTEER) if m.type == "Subproject" and m.label == expected]
    assert named and named[0].abbreviation


def test_an_abbreviation_in_parentheses_with_another_first_letter_is_no_long_form() -> None:
    assert "Pflege im Team" not in _named("Das Projekt Pflege im Team (BQN) startet.", "Subproject")


@pytest.mark.parametrize(
    ("text", "expected", "short"),
    [
        (
            "Das IQ Teilprojekt Mentoring Plus – Frauen in Arbeit startet. Mentoring Plus hat zwölf Plätze.",
            "Mentoring Plus – Frauen in Arbeit",
            "Mentoring Plus",
        ),
        (
            "Im Projekt Brücke Pflege – Anpassung für Fachkräfte lernen zehn Frauen. Brücke Pflege endet 2026.",
            "Brücke Pflege – Anpassung für Fachkräfte",
            "Brücke Pflege",
        ),
        (
            "Das Modellprojekt Werkstatt - Zugewanderte im Handwerk beginnt. Die Werkstatt ist offen.",
            "Werkstatt - Zugewanderte im Handwerk",
            None,
        ),
    ],
)
def test_a_project_name_with_a_dash_subtitle_and_its_short_form_later(
    text: str, expected: str, short: str | None
) -> None:
    mentions = [m for m in find_mentions(text, GAZETTEER) if m.type == "Subproject"]
    assert expected in {m.label for m in mentions}
    later = text.index(". ") + 2
    repeats = [m for m in mentions if m.start >= later and m.label == expected]
    assert [m.surface for m in repeats] == ([short] if short else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Beratungsangebot „Anerkennung konkret“ richtet sich an Ärztinnen.", "Anerkennung konkret"),
        ("Ein Bildungsangebot „Deutsch im Betrieb“ gibt es seit März.", "Deutsch im Betrieb"),
        ("Zu den Angeboten zählt das Coachingangebot „Weiter mit Plan“ in Ulm.", "Weiter mit Plan"),
    ],
)
def test_a_quoted_name_after_a_compound_offer_head(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Projekt Faire Arbeit berät Geflüchtete zum Arbeitsrecht.", "Faire Arbeit"),
        ("Im Teilprojekt Haus der Berufe arbeiten fünf Beraterinnen.", "Haus der Berufe"),
        ("Die Programmlinie Gute Wege startet in allen Ländern.", "Gute Wege"),
        (
            "Petra Beispiel leitet seit 2020 das Modellprojekt Mentoring Partnerschaft in Passau.",
            "Mentoring Partnerschaft",
        ),
    ],
)
def test_a_plain_name_of_several_words_after_a_project_head(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt will das Projekt Ende März abschließen.",
        "Sie gibt dem Projekt Geld und Zeit.",
        "Das Ministerium stellt das Projekt\nZum Start des Programms gab es sechs Netzwerke.",
        "Wir starten das Projekt Anfang Mai in Kiel.",
    ],
)
def test_time_words_objects_and_headings_after_a_project_head_name_no_project(text: str) -> None:
    assert _named(text, "Subproject") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Welcome Center ist ein Angebot der Beispielstadt Kiel GmbH.", "Welcome Center"),
        ("Wir in Jena. Haus der Arbeit war ein Projekt des Vereins Lernort e. V.", "Haus der Arbeit"),
        ("KOMPASS ist eines der Teilprojekte im IQ Netzwerk Hessen.", "KOMPASS"),
    ],
)
def test_a_name_the_predicate_calls_a_project(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


@pytest.mark.parametrize(
    "text",
    [
        "Die Beratung ist ein Angebot der Lernwerk gGmbH.",
        "Dies ist ein Projekt der Stadt Kiel.",
        "Im Mai ist ein Projekt der Stadt Kiel gestartet.",
    ],
)
def test_a_common_noun_or_pronoun_called_a_project_is_no_name(text: str) -> None:
    assert _named(text, "Subproject") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die IQ Qualifizierungsbegleitung Koblenz unterstützt Betriebe.",
            "IQ Qualifizierungsbegleitung Koblenz",
        ),
        ("Petra Beispiel vom IQ-Mentoring Passau stellte Zahlen vor.", "IQ-Mentoring Passau"),
        ("Im IQ Anerkennungscoaching Kiel lernen zwölf Frauen.", "IQ Anerkennungscoaching Kiel"),
    ],
)
def test_an_iq_unit_named_by_its_kind_and_its_town(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


def test_an_iq_unit_before_a_word_that_is_no_town_stays_unnamed() -> None:
    assert _named("Die IQ Qualifizierungsbegleitung Heute ist neu.", "Subproject") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Netzwerk umfasst zwölf Teilprojekte, darunter „Hafenwerk“ und „Küstenpflege“.",
            {"Hafenwerk", "Küstenpflege"},
        ),
        (
            "Gefördert werden Projekte wie „Lotsen Nord“, „Werkbank“ oder „Startklar“.",
            {"Lotsen Nord", "Werkbank", "Startklar"},
        ),
        (
            "„Sprungbrett“ und „Leuchtturm“ sind Teilprojekte des IQ Netzwerks Hessen.",
            {"Sprungbrett", "Leuchtturm"},
        ),
        ("Wir in Kiel. „Deichbau“ ist ein Angebot der Lernwerk gGmbH.", {"Deichbau"}),
    ],
)
def test_quoted_names_given_as_examples_of_projects_or_called_projects(text: str, expected: set[str]) -> None:
    assert _named(text, "Subproject") >= expected


@pytest.mark.parametrize(
    "text",
    [
        "Unter dem Motto „Gemeinsam stark“ sind alle eingeladen.",
        "Die Broschüre „Wege in Arbeit“ ist ein Leitfaden der Stadt.",
        "Projekte brauchen Zeit, sagt sie. „Wir sind zufrieden“, sagt Petra Beispiel.",
    ],
)
def test_other_quoted_titles_name_no_project(text: str) -> None:
    assert _named(text, "Subproject") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Projekt ‚Brücken bauen‘ ist ein Teilprojekt des Netzwerks.", "Brücken bauen"),
        ("Das Qualifizierungsprojekt ›Pflege im Blick‹ startet im Mai.", "Pflege im Blick"),
        ("Gefördert werden die Projekte ‚Lotsen Nord‘ und ‚Werkbank‘.", "Werkbank"),
    ],
)
def test_a_project_name_in_single_quotation_marks(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Über das Förderprogramm Lernlohn können Kosten erstattet werden.", "Lernlohn"),
        ("Das Sonderprogramm StartKlar-EU wurde 2015 aufgelegt.", "StartKlar-EU"),
        ("Mit der Landesinitiative Fachkraftplus werden Betriebe beraten.", "Fachkraftplus"),
        ("Das ESF-Plus-Programm „Wege in Arbeit“ fördert Weiterbildung.", "Wege in Arbeit"),
        ("Mit dem Kieler Stipendienprogramm erhalten Zugewanderte Geld.", "Kieler Stipendienprogramm"),
        ("Das Bremer Landesprogramm läuft bis 2027.", "Bremer Landesprogramm"),
    ],
)
def test_a_programme_compound_and_its_name_without_quotes(text: str, expected: str) -> None:
    assert expected in _named(text, "Programme")


@pytest.mark.parametrize(
    "text",
    [
        "Das Landesprogramm Sachsen startet im Mai.",
        "Das Förderprogramm Die Brücke startet im Mai.",
        "Ein Programm Teilhabe gibt es nicht.",
        "Das Muster Förderprogramm hilft.",
    ],
)
def test_no_programme_from_a_place_an_article_or_the_bare_noun(text: str) -> None:
    assert _named(text, "Programme") <= {"Förderprogramm"} and "Sachsen" not in _named(text, "Programme")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Qualifizierung „Recht im Betrieb“ richtet sich an Personalräte.", "Recht im Betrieb"),
        ("Ab Juni läuft die IQ-Qualifizierung „Labor Deutsch“ in Jena.", "Labor Deutsch"),
        ("Petra Beispiel stellte das Coaching-Angebot „Weitblick“ vor.", "Weitblick"),
        ("Im Mentoring „Tandem Nord“ treffen sich Fachkräfte und Paten.", "Tandem Nord"),
        ("Die Qualifizierungs-Maßnahme „Pflege konkret“ endet im Mai.", "Pflege konkret"),
    ],
)
def test_a_quoted_name_after_an_activity_noun_or_a_hyphenated_offer_head(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


@pytest.mark.parametrize(
    "text",
    [
        "Die Qualifizierung „lohnt sich“, sagt Petra Beispiel.",
        "Das Coaching gilt als „Türöffner“ für viele.",
    ],
)
def test_no_project_where_the_quotes_after_an_activity_noun_mark_a_word(text: str) -> None:
    assert not _named(text, "Subproject")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Anerkennungsberatung Thüringen Ost zieht nach Gera.", "Anerkennungsberatung Thüringen Ost"),
        (
            "Seit Mai berät die IQ Servicestelle Sachsen-Anhalt Süd in Halle.",
            "IQ Servicestelle Sachsen-Anhalt Süd",
        ),
        (
            "Neu ist die IQ Anerkennungs- und Qualifizierungsberatung Brandenburg Nord.",
            "IQ Anerkennungs- und Qualifizierungsberatung Brandenburg Nord",
        ),
        (
            "Karl Muster leitet die IQ-Anerkennungs- und Qualifizierungsberatung Gera.",
            "IQ Anerkennungs- und Qualifizierungsberatung Gera",
        ),
    ],
)
def test_a_service_keeps_the_compass_part_of_its_region_and_the_programme_word(
    text: str, expected: str
) -> None:
    assert expected in _named(text, "Subproject")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„Lotsenhaus Nord“ berät seit März Zugewanderte in Wismar.", "Lotsenhaus Nord"),
        ("Der Verein zieht um. „Werkstatt Zukunft“ bietet ab Mai Kurse in Kiel an.", "Werkstatt Zukunft"),
        ("„Chance Beruf“ (CB) richtet sich an Frauen mit ausländischem Abschluss.", "Chance Beruf"),
        ("„Tandem Süd“ wird seit 2021 vom Bildungswerk Beispiel e. V. umgesetzt.", "Tandem Süd"),
        ("„Brücke Pflege“ gehört zum IQ Netzwerk Sachsen.", "Brücke Pflege"),
    ],
)
def test_a_quoted_name_opening_a_sentence_as_the_subject_of_a_service_verb(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


@pytest.mark.parametrize(
    "text",
    [
        "„Wir beraten gern“, sagt Petra Beispiel.",
        "„Das Gesetz hilft“, betonte Karl Muster, „aber es fehlt an Personal.“",
        "Das Motto „Vielfalt gewinnt“ begleitet die Woche.",
        "Petra Beispiel sagte: „Wir helfen.“ Karl Muster berät ebenfalls.",
        "„Sie hat uns sehr geholfen und war immer freundlich“ berichtet eine Teilnehmerin.",
    ],
)
def test_no_project_where_the_quoted_words_are_speech_or_a_noun_names_them(text: str) -> None:
    assert not _named(text, "Subproject")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Projekt ANKOMMEN IN ARBEIT startet im Mai.", "ANKOMMEN IN ARBEIT"),
        ("Im Teilprojekt NEUE WEGE Kiel lernen zwölf Frauen.", "NEUE WEGE Kiel"),
        ("Petra Beispiel leitet das IQ Projekt WERKSTATT ZUKUNFT seit 2020.", "WERKSTATT ZUKUNFT"),
    ],
)
def test_a_name_in_capitals_after_a_project_head_runs_over_its_words(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Petra Beispiel, Beraterin bei „Lotsenhaus Nord“, erklärt das Verfahren.", "Lotsenhaus Nord"),
        ("„Gern“, sagt Karl Muster, Projektleiter beim „Tandem Süd“ in Kiel.", "Tandem Süd"),
        ("Anja Muster, Mitarbeiterin von „Chance Beruf“, nannte Zahlen.", "Chance Beruf"),
        ("Karl Muster, Koordinator im Team von „Werkstatt Zukunft“, berichtete.", "Werkstatt Zukunft"),
    ],
)
def test_a_quoted_name_after_a_title_of_a_projects_staff_is_the_project(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


def test_a_quoted_name_after_a_hosts_title_is_no_project() -> None:
    assert not _named("Petra Beispiel, Moderatorin bei „Tag der Vielfalt“, begrüßte die Gäste.", "Subproject")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neu ist das Bewerbungscoaching „Job-Start“ für Akademikerinnen.", "Job-Start"),
        ("Im Gruppenmentoring „Weitblick“ treffen sich zwölf Frauen.", "Weitblick"),
        ("Petra Beispiel leitet das Karrierecoaching „Kurs Nord“ in Kiel.", "Kurs Nord"),
        ("Die Anerkennungsberatung „Brücke Kiel“ berät seit Mai.", "Brücke Kiel"),
        ("Rat gibt die Migrationsberatung „Willkommen Nord“ der Stadt.", "Willkommen Nord"),
    ],
)
def test_a_quoted_name_after_a_compound_naming_an_activity(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Förderprogramm IQ wächst. Die Fachstelle Interkulturelle Kompetenz und Vielfalt berät Jobcenter.",
            "IQ Fachstelle Interkulturelle Kompetenz und Vielfalt",
        ),
        (
            "Laut der Fachstelle Einwanderung steigt die Zahl. Das Programm IQ wird vom Bund gefördert.",
            "IQ Fachstelle Einwanderung",
        ),
        (
            "Im Förderprogramm IQ veröffentlicht die Fachstelle Öffnung der Verwaltung (FÖV) eine Studie.",
            "IQ Fachstelle Öffnung der Verwaltung",
        ),
    ],
)
def test_a_fachstelle_named_by_its_field_in_a_release_about_the_programme(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


@pytest.mark.parametrize(
    "text",
    [
        "Das IQ Netzwerk Sachsen lädt ein. Die Fachstelle Anerkennung Leipzig berät Zugewanderte.",
        "Die Fachstelle Migration Kiel berät Betriebe.",
        "Das Förderprogramm IQ wächst. Die Fachstelle berät Jobcenter.",
    ],
)
def test_no_programme_fachstelle_in_a_networks_release_or_without_a_field(text: str) -> None:
    assert not any(label.startswith("IQ Fachstelle") for label in _named(text, "Subproject"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Kontaktstelle Anerkennung Mannheim berät Zugewanderte.", "Kontaktstelle Anerkennung Mannheim"),
        ("Petra Beispiel leitet die Infostelle Beruf und Sprache seit Mai.", "Infostelle Beruf und Sprache"),
        (
            "Rat gibt die Anerkennungskontaktstelle Nordhessen kostenlos.",
            "Anerkennungskontaktstelle Nordhessen",
        ),
    ],
)
def test_a_contact_or_information_point_named_by_its_topic_is_a_unit(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„Lotsenhaus Nord“ hat seit Mai 300 Menschen beraten.", "Lotsenhaus Nord"),
        ("„Werkstatt Zukunft“ ist seit 2015 Teil des IQ Netzwerks Bremen.", "Werkstatt Zukunft"),
        ("Mit „Chance Beruf“ unterstützt die Stadt Kiel zugewanderte Frauen.", "Chance Beruf"),
        ("Seit Mai gilt das. Mit „Tandem Süd“ begleiten Paten junge Fachkräfte.", "Tandem Süd"),
    ],
)
def test_a_quoted_name_in_the_perfect_of_a_service_verb_or_as_its_means(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


@pytest.mark.parametrize(
    "text",
    [
        "Mit „Vielfalt gewinnt“ wirbt die Stadt Kiel um Fachkräfte.",
        "„Wir haben viel erreicht“, hat Petra Beispiel gesagt.",
        "Mit dem Motto „Zukunft gestalten“ unterstützt die Stadt Betriebe.",
    ],
)
def test_no_project_in_a_campaign_a_quote_or_a_motto(text: str) -> None:
    assert not _named(text, "Subproject")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Welcome Center Rostock berät Fachkräfte und ihre Familien.", "Welcome Center Rostock"),
        ("Beim Welcome Centre Rhein-Neckar meldeten sich 300 Menschen.", "Welcome Centre Rhein-Neckar"),
        ("Petra Beispiel leitet das Welcome-Center Kiel seit Mai.", "Welcome Center Kiel"),
    ],
)
def test_a_welcome_service_named_by_its_town(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


def test_a_bare_welcome_service_is_no_name() -> None:
    assert not _named("Das Welcome Center hilft beim Ankommen.", "Subproject")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Kampagne „Wir sind Vielfalt“ startet im Mai.", "Wir sind Vielfalt"),
        (
            "Mit der Imagekampagne „Fachkräfte willkommen“ wirbt das Netzwerk um Betriebe.",
            "Fachkräfte willkommen",
        ),
        ("Plakate der Informationskampagne „Talente zeigen“ hängen in Kiel.", "Talente zeigen"),
    ],
)
def test_a_campaign_named_in_quotes_is_a_venture(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


@pytest.mark.parametrize(
    "text",
    [
        "Die Kampagne startet im Mai.",
        "Alle Formulare stehen im Portal „Arbeiten hier“ bereit.",
        "Die Kampagne wirbt mit dem Satz „Wir sind da“ für die Beratung.",
    ],
)
def test_a_campaign_without_a_name_or_a_portal_names_no_venture(text: str) -> None:
    assert _named(text, "Subproject") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Projekt MIGRA-PRO wurde 2015 gestartet.", "MIGRA-PRO"),
        ("Im Teilprojekt AQUA-Plus werden Frauen beraten.", "AQUA-Plus"),
        ("Das IQ Teilprojekt INTEGRA-Pflege startet in Kiel.", "INTEGRA-Pflege"),
    ],
)
def test_a_name_in_capitals_with_hyphenated_parts_after_a_project_head(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt IQ-Netzwerk Sachsen lädt ein.",
        "Das Projekt EU-Mittel zu beantragen lohnt sich.",
        "Im Projekt EU-Bürger zu beraten ist neu.",
    ],
)
def test_two_capitals_before_a_hyphen_are_no_styled_project_name(text: str) -> None:
    assert not any(name.startswith(("IQ-", "EU-")) for name in _named(text, "Subproject"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unsere Projekte\n\nBrücke Beruf\nTräger: Beispiel e. V.\n", "Brücke Beruf"),
        (
            "Wegweiser Pflege – Kurse für Zugewanderte\nProjektträger: Muster gGmbH\nLaufzeit: 2020 bis 2022\n",
            "Wegweiser Pflege – Kurse für Zugewanderte",
        ),
        ("Das Netzwerk stellt sich vor.\nLotsenhaus Süd\nTrägerin: Stiftung Lernwerk\n", "Lotsenhaus Süd"),
    ],
)
def test_a_heading_line_above_its_carrier_names_a_project(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


@pytest.mark.parametrize(
    "text",
    [
        "Petra Beispiel\nTräger: Beispiel e. V.\n",
        "Die Beratung ist kostenlos.\nTräger: Beispiel e. V.\n",
        "Projekt: Brücke Beruf\nTräger: Beispiel e. V.\n",
    ],
)
def test_a_person_or_a_sentence_above_a_carrier_line_is_no_project_heading(text: str) -> None:
    assert _named(text, "Subproject") <= {"Brücke Beruf"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Landesinitiative Fachkraft im Fokus berät Betriebe.", "Fachkraft im Fokus"),
        ("Die Bundesinitiative Klischeefrei im Beruf wirbt um Frauen.", "Klischeefrei im Beruf"),
        ("Über das Landesprogramm Zukunft mit Bildung werden Kurse bezahlt.", "Zukunft mit Bildung"),
    ],
)
def test_a_programme_s_name_after_its_compound_head_may_hold_a_preposition(text: str, expected: str) -> None:
    assert expected in _named(text, "Programme")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Landesprogramm Pflege im Mai startet.", {"Pflege"}),
        ("Das Bundesprogramm Integration im Land läuft.", set()),
        ("Das Förderprogramm Anerkennungszuschuss in Kiel hilft.", {"Anerkennungszuschuss"}),
    ],
)
def test_a_time_or_a_place_after_the_preposition_is_no_part_of_the_name(
    text: str, expected: set[str]
) -> None:
    assert _named(text, "Programme") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die „Anerkennungsberatung für Geflüchtete“ berät seit Mai.",
            "Anerkennungsberatung für Geflüchtete",
        ),
        ("Das „Lotsenhaus Süd“ bietet Sprechstunden an.", "Lotsenhaus Süd"),
        ("Der „Pflegetreff Nord“ wird vom Verein Lernwerk e. V. organisiert.", "Pflegetreff Nord"),
    ],
)
def test_a_quoted_subject_of_a_service_after_its_article(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


def test_a_quoted_subject_with_its_article_that_does_no_service_names_none() -> None:
    assert _named("Die „Tafel“ ist heute voll.", "Subproject") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die IQ Servicestelle zur Erschließung ausländischer Qualifikationen berät Betriebe.",
            "IQ Servicestelle Erschließung ausländischer Qualifikationen",
        ),
        (
            "Das IQ Beratungszentrum für Anerkennung Musterstadt berät.",
            "IQ Beratungszentrum Anerkennung Musterstadt",
        ),
        (
            "Die IQ Anerkennungsberatung für akademische Heilberufe berät.",
            "IQ Anerkennungsberatung für akademische Heilberufe",
        ),
    ],
)
def test_an_iq_unit_named_with_a_centre_head_or_a_small_adjective(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


def test_an_iq_unit_s_name_with_its_link_is_also_kept() -> None:
    mentions = [
        m
        for m in find_mentions(
            "Die IQ Servicestelle zur Erschließung ausländischer Qualifikationen berät.", GAZETTEER
        )
        if m.type == "Subproject"
    ]
    assert [m.alias for m in mentions] == ["IQ Servicestelle zur Erschließung ausländischer Qualifikationen"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Migrationsberatung für erwachsene Zuwanderer (MBE) berät.",
            "Migrationsberatung für erwachsene Zuwanderer",
        ),
        (
            "Sie arbeitet in der Anerkennungsberatung für akademische Berufe (AAB).",
            "Anerkennungsberatung für akademische Berufe",
        ),
        ("Die Pflegeberatung für ältere Menschen (PB) hilft.", "Pflegeberatung für ältere Menschen"),
    ],
)
def test_a_service_with_its_abbreviation_may_name_what_it_serves_with_an_adjective(
    text: str, expected: str
) -> None:
    assert expected in _named(text, "Subproject")


def test_a_service_before_an_abbreviation_of_other_letters_names_none() -> None:
    assert _named("Die Migrationsberatung für erwachsene Zuwanderer (BAMF) berät.", "Subproject") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Projekt Fit for Job berät Zugewanderte.", "Fit for Job"),
        ("Mit dem Projekt Welcome to Work werden Geflüchtete begleitet.", "Welcome to Work"),
        ("Im Teilprojekt Voices of Care werden Pflegekräfte geschult.", "Voices of Care"),
    ],
)
def test_an_english_project_name_links_its_words_by_english_small_words(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Mentoringprogramm Tandem startet im Mai.", "Tandem"),
        ("Über das Coachingprogramm Aufbruch im Beruf wird beraten.", "Aufbruch im Beruf"),
        ("Das Sprachprogramm Wortschatz läuft.", "Wortschatz"),
    ],
)
def test_an_activity_programme_named_after_its_head_is_a_venture(text: str, expected: str) -> None:
    assert expected in _named(text, "Subproject") and expected not in _named(text, "Programme")
