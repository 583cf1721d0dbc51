"""Subproject names on invented texts: where a name begins and ends (an excerpt cut off in a word, a facility
and its town after a service), and the constructions writers introduce a project with."""

from __future__ import annotations

import pytest

from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())
# Prose long enough to be read as running text, not as a heading or a footer's field.
PROSE = "Im Netzwerk arbeiten seit dem vergangenen Jahr mehrere Teilprojekte eng zusammen, darunter"


def _subprojects(text: str) -> set[str]:
    return {m.label for m in find_mentions(text, GAZETTEER) if m.type == "Subproject" and not m.generic}


@pytest.mark.parametrize(
    "text",
    [
        f"{PROSE} TP 2: Lotsen für Betri",
        f"{PROSE} das Projekt „Brücken bau",
        f"{PROSE} TP 4: Wege in den Ber\n",
    ],
)
def test_a_name_reaching_the_end_of_an_excerpt_cut_off_in_a_word_is_not_read(text: str) -> None:
    assert not {label for label in _subprojects(text) if text.rstrip().endswith(label.split()[-1])}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{PROSE} TP 2: Lotsen für Betriebe.", "Lotsen für Betriebe"),
        ("Ansprechpartnerin\n\nProjekt: Brücken bauen", "Brücken bauen"),
        ("Kontakt\nTP 1: Wege in den Beruf", "Wege in den Beruf"),
    ],
)
def test_a_name_closing_a_finished_text_or_a_short_last_line_is_read(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die IQ-Anerkennungsberatung in der Erstaufnahmeeinrichtung in Suhl öffnet am Montag.",
            "IQ Anerkennungsberatung in der Erstaufnahmeeinrichtung Suhl",
        ),
        (
            "Seit Mai berät die IQ Servicestelle im Landesaufnahmezentrum in Gießen Geflüchtete.",
            "IQ Servicestelle im Landesaufnahmezentrum Gießen",
        ),
        (
            "Ab heute bietet die IQ-Anerkennungsberatung in der Zentralen Aufnahmestelle Halberstadt Termine an.",
            "IQ Anerkennungsberatung in der Zentralen Aufnahmestelle Halberstadt",
        ),
    ],
)
def test_a_facility_a_service_is_named_after_keeps_its_town(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


def test_a_facility_without_a_town_ends_the_name() -> None:
    found = _subprojects("Die IQ-Anerkennungsberatung in der Erstaufnahmeeinrichtung berät in Deutsch.")
    assert found == {"IQ Anerkennungsberatung in der Erstaufnahmeeinrichtung"}


@pytest.mark.parametrize(
    ("text", "full"),
    [
        (
            "Zu den Projekten „Offene Sprechstunde“ und „Brücken bauen“ kam das Projekt „Offene Sprechstunde Pflege“ hinzu.",
            "Offene Sprechstunde Pflege",
        ),
        (
            "Das Projekt „Lotsen im Betrieb Kiel“ startet im Mai. Die Lotsen im Betrieb beraten dann Firmen.",
            "Lotsen im Betrieb Kiel",
        ),
        (
            "Die Servicestelle Anerkennung Rostock ist neu. Das Projekt „Servicestelle Anerkennung“ wird gefördert.",
            "Servicestelle Anerkennung Rostock",
        ),
    ],
)
def test_a_project_named_by_its_first_words_is_the_one_named_in_full(text: str, full: str) -> None:
    found = _subprojects(text)
    assert full in found
    assert not {label for label in found if full.startswith(label) and label != full}


def test_one_word_of_a_project_name_is_no_shortened_name() -> None:
    text = "Das Projekt „Brücken bauen Nord“ startet. Das Projekt „Brücken“ endet."
    assert {"Brücken bauen Nord", "Brücken"} <= _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seit 2021 ist Lotsenhaus Nord ein Teilprojekt des IQ Netzwerks Hessen.", "Lotsenhaus Nord"),
        ("Heute ist das Café Chance eines der Angebote im IQ Netzwerk Sachsen.", "Café Chance"),
        (
            "Bereits seit Mai war Werkstatt Zukunft ein Kooperationsprojekt der Stiftung Beispiel.",
            "Werkstatt Zukunft",
        ),
    ],
)
def test_a_project_named_after_the_verb_of_a_sentence_opened_by_an_adverbial(
    text: str, expected: str
) -> None:
    assert expected in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brücke Beruf, ein Projekt des Vereins Muster e.V., berät Zugewanderte.", "Brücke Beruf"),
        ("KOMPASS, eines der Teilprojekte im IQ Netzwerk Bayern, bietet Kurse an.", "KOMPASS"),
        ("Das Welcome Center, ein Angebot der Stadt Kiel, hilft Firmen.", "Welcome Center"),
    ],
)
def test_a_project_opening_a_sentence_with_an_apposition_calling_it_one(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Projekt Chance Beruf ist ein Angebot der Stiftung Beispiel.", "Chance Beruf"),
        ("Lotsenhaus Nord ist ein vom Land gefördertes Projekt der Stiftung Beispiel.", "Lotsenhaus Nord"),
        ("Werkstatt Zukunft ist ein Beratungsangebot des Vereins Muster.", "Werkstatt Zukunft"),
    ],
)
def test_a_project_called_one_by_its_predicate_without_its_head(text: str, expected: str) -> None:
    found = _subprojects(text)
    assert expected in found
    assert not {label for label in found if label.startswith("Projekt ")}


@pytest.mark.parametrize(
    "text",
    [
        "Seit Mai ist das Projekt ein Angebot der Stiftung Beispiel.",
        "Die Stadt Kiel ist ein Partner im Projekt.",
        "Frau Beispiel, eine Mitarbeiterin des Projekts, berichtete.",
    ],
)
def test_no_project_where_the_subject_names_none(text: str) -> None:
    assert not _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Anerkennungsberatung Rhein-Neckar berät Zugewanderte.", "Anerkennungsberatung Rhein-Neckar"),
        (
            "Die Qualifizierungsberatung Ostwestfalen-Lippe hilft.",
            "Qualifizierungsberatung Ostwestfalen-Lippe",
        ),
        ("Das IQ-Mentoring Bremen-Nord startet.", "IQ-Mentoring Bremen-Nord"),
        ("Die Anerkennungsberatung Region Hannover berät.", "Anerkennungsberatung Region Hannover"),
    ],
)
def test_a_service_keeps_a_region_made_of_hyphenated_parts(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Anerkennungsberatung Frankfurt am Main berät.", "Anerkennungsberatung Frankfurt am Main"),
        ("Die Anerkennungsberatung Halle (Saale) hilft.", "Anerkennungsberatung Halle (Saale)"),
        ("Die IQ Servicestelle Frankfurt am Main berät.", "IQ Servicestelle Frankfurt am Main"),
    ],
)
def test_a_service_keeps_the_river_of_its_town(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Projekt KOMPASS Kiel berät Zugewanderte.", "KOMPASS Kiel"),
        ("Im Teilprojekt ProBeruf Sachsen lernen Frauen.", "ProBeruf Sachsen"),
        ("Zum Projekt MediNet Rhein-Main gehören zwölf Kliniken.", "MediNet Rhein-Main"),
    ],
)
def test_a_styled_project_name_keeps_the_place_after_it(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


def test_a_time_after_a_styled_project_name_is_no_place() -> None:
    assert "KOMPASS" in _subprojects("Wir wollen das Projekt KOMPASS Mitte Mai beenden.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das IQ Beratungszentrum Anerkennung Chemnitz berät.", "IQ Beratungszentrum Anerkennung Chemnitz"),
        ("Im IQ Kompetenzzentrum Migration wird beraten.", "IQ Kompetenzzentrum Migration"),
        (
            "Die IQ Servicestelle Arbeitsmarktzugang Thüringen lud ein.",
            "IQ Servicestelle Arbeitsmarktzugang Thüringen",
        ),
    ],
)
def test_a_unit_keeps_the_programme_word_before_its_head(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Von der Fachstelle Einwanderung im Förderprogramm IQ sprach Petra Beispiel.",
            "IQ Fachstelle Einwanderung",
        ),
        (
            "Karl Muster von der Fachstelle Sprache des Förderprogramms IQ berichtete.",
            "IQ Fachstelle Sprache",
        ),
        (
            "Die Fachstelle Diversity Management des IQ-Programms lud ein.",
            "IQ Fachstelle Diversity Management",
        ),
        (
            "Die Fachstelle Gründung im Programm „Integration durch Qualifizierung (IQ)“ berät.",
            "IQ Fachstelle Gründung",
        ),
    ],
)
def test_a_fachstelle_the_programme_name_places_in_it_is_the_programmes(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die IQ Fachstellen Einwanderung und Fachkräftesicherung luden ein.",
            {"Einwanderung", "Fachkräftesicherung"},
        ),
        ("Vertreten waren die IQ-Fachstellen Sprache und Gründung.", {"Sprache", "Gründung"}),
        (
            "Mit den IQ Fachstellen Anerkennung und Qualifizierung sprach sie.",
            {"Anerkennung", "Qualifizierung"},
        ),
    ],
)
def test_a_plural_head_before_coordinated_fields_names_one_unit_each(text: str, expected: set[str]) -> None:
    assert {f"IQ Fachstelle {field}" for field in expected} <= _subprojects(text)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Die IQ Fachstelle für Migrantenökonomie lud ein.", "IQ Fachstelle für Migrantenökonomie"),
        ("Die IQ Servicestelle für Zugewanderte berät.", "IQ Servicestelle für Zugewanderte"),
        (
            "Die IQ Fachstelle zu Beratung und Qualifizierung lud ein.",
            "IQ Fachstelle zu Beratung und Qualifizierung",
        ),
    ],
)
def test_a_unit_named_with_a_preposition_is_also_named_as_written(text: str, written: str) -> None:
    aliases = {m.alias for m in find_mentions(text, GAZETTEER) if m.type == "Subproject"}
    assert written in aliases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Petra Beispiel arbeitet im Projekt Lotsenhaus Nord.", "Lotsenhaus Nord"),
        ("Im Modellprojekt Werkhaus Süd lernen Frauen.", "Werkhaus Süd"),
        ("Karl Muster ist seit Mai im Projekt Brückenhaus Kiel tätig.", "Brückenhaus Kiel"),
    ],
)
def test_a_project_named_like_a_building_is_no_venue(text: str, expected: str) -> None:
    mentions = find_mentions(text, GAZETTEER)
    assert expected in {m.label for m in mentions if m.type == "Subproject"}
    assert not [m for m in mentions if m.type == "Place" and "projekt" in m.label.lower()]


@pytest.mark.parametrize(
    ("text", "project", "person"),
    [
        (
            "Die Leiterin des Projektes Lotsenhaus Nord Petra Beispiel sagte dazu.",
            "Lotsenhaus Nord",
            "Petra Beispiel",
        ),
        (
            "Im Projekt Werkstatt Zukunft Karl Muster zufolge lernen Frauen.",
            "Werkstatt Zukunft",
            "Karl Muster",
        ),
        ("Für das Teilprojekt Brücke Süd Anna Probst sprach zuerst.", "Brücke Süd", "Anna Probst"),
    ],
)
def test_a_plain_project_name_ends_before_a_person_named_after_it(
    text: str, project: str, person: str
) -> None:
    mentions = find_mentions(text, GAZETTEER)
    assert project in {m.label for m in mentions if m.type == "Subproject"}
    assert person in {m.label for m in mentions if m.type == "Person"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die IQ-Beratungsstelle „Anerkennung Nord“ berät.", "IQ Beratungsstelle „Anerkennung Nord“"),
        ("Die IQ Servicestelle „Wege finden“ lud ein.", "IQ Servicestelle „Wege finden“"),
        ("Bei der IQ-Anlaufstelle „Start Süd“ gab es Rat.", "IQ Anlaufstelle „Start Süd“"),
    ],
)
def test_a_quoted_unit_keeps_its_hyphenated_iq_head(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Projekt MIA – Migrantinnen in Arbeit berät Frauen.", "Migrantinnen in Arbeit"),
        ("Das Teilprojekt WiB – Wege in Beschäftigung berät Männer.", "Wege in Beschäftigung"),
        ("Das Projekt BCK – Business Chances in Kiel berät.", "Business Chances"),
    ],
)
def test_a_dashed_long_form_keeps_in_before_a_noun_not_before_a_town(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Projekt KOMPASS: Kompetenzen für Arbeit und Sprache berät.",
            "Kompetenzen für Arbeit und Sprache",
        ),
        ("Das Teilprojekt BiB: Brücken in Beschäftigung berät Frauen.", "Brücken in Beschäftigung"),
        ("Über das Projekt ProF: Perspektive Fachkraft informierte sie.", "Perspektive Fachkraft"),
    ],
)
def test_a_colon_after_a_short_form_opens_its_long_form(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


def test_a_clause_after_the_colon_is_no_long_form() -> None:
    assert _subprojects("Das Projekt KOMPASS: Rund 300 Frauen wurden beraten.") == {"KOMPASS"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MIA – Migrantinnen in Arbeit ist ein Projekt der Stiftung Beispiel.", "Migrantinnen in Arbeit"),
        (
            "KOMPASS – Kompetenzen für Arbeit, ein Angebot der Stiftung Beispiel, berät.",
            "Kompetenzen für Arbeit",
        ),
        (
            "Seit Mai gilt das. BiB – Brücken in Beschäftigung war ein Teilprojekt des Vereins.",
            "Brücken in Beschäftigung",
        ),
    ],
)
def test_a_short_form_and_its_long_form_called_a_project(text: str, expected: str) -> None:
    found = [m for m in find_mentions(text, GAZETTEER) if m.type == "Subproject"]
    assert expected in {m.label for m in found}
    assert all(m.abbreviation for m in found if m.label == expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Projekt Pflege 4.0 berät Zugewanderte.", "Pflege 4.0"),
        ("Im Projekt Chance plus lernen Frauen.", "Chance plus"),
        ("Das Modellprojekt Handwerk Digital 2.0 startet.", "Handwerk Digital 2.0"),
    ],
)
def test_a_plain_name_keeps_its_version(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Das Zentrum für Anerkennung Kiel ist ein Teilprojekt des IQ Netzwerks Hessen.",
            "Zentrum für Anerkennung Kiel",
        ),
        (
            "Seit 2019 ist die Akademie für Anerkennung ein Angebot der Stiftung Beispiel.",
            "Akademie für Anerkennung",
        ),
        ("Im Teilprojekt Zentrum für Fachkräfte Jena wird beraten.", "Zentrum für Fachkräfte Jena"),
    ],
)
def test_a_body_like_name_the_text_calls_a_project_is_a_unit(text: str, unit: str) -> None:
    types = {m.type for m in find_mentions(text, GAZETTEER) if m.label == unit}
    assert types == {"Subproject"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eines davon ist „LernWerk“ von der Volkshochschule Kiel.", "LernWerk"),
        ("Gefördert wird zudem „Brücken bauen“ der Stiftung Beispiel.", "Brücken bauen"),
        ("Auch „Lernen vor Ort“ vom Verein Muster e.V. erhält Geld.", "Lernen vor Ort"),
    ],
)
def test_a_bare_quoted_name_said_to_be_a_bodys_is_its_project(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


@pytest.mark.parametrize(
    "text",
    [
        "„Wir schaffen das“, sagte Petra Beispiel von der Stiftung Beispiel.",
        "Sie halten einen Scheck mit dem Logo „Brücken bauen“ des Vereins Muster in die Kamera.",
        "Das neue Buch „Wege“ von Petra Beispiel erschien im Mai.",
    ],
)
def test_a_quote_a_title_or_a_name_of_a_noun_before_a_body_is_no_project(text: str) -> None:
    assert not _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Startschuss für das Kieler Netzwerk „Arbeit für alle“ fiel im Juli.", "Arbeit für alle"),
        ("Das regionale Netzwerk „Ankommen in Jena“ wurde gegründet.", "Ankommen in Jena"),
        ("Im lokalen Netzwerk „Fachkräfte Nord“ arbeiten zwölf Partner.", "Fachkräfte Nord"),
    ],
)
def test_a_local_network_named_in_quotes_is_a_unit(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das regionale Netzwerk „Integration durch Qualifizierung“ tagte.",
        "Das Netzwerk „Fachkräfte für Kiel“ tagte.",
        "Das Gute Netzwerk „Fachkräfte für Kiel“ tagte.",
    ],
)
def test_the_programme_or_a_network_of_no_place_is_no_local_network(text: str) -> None:
    assert not _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Stadt Kiel hat im Rahmen des gleichnamigen Projekts das Haus der Chancen eingerichtet.",
            "Haus der Chancen",
        ),
        (
            "Das Café der Kulturen öffnet im Mai. Das gleichnamige Projekt wird vom Land gefördert.",
            "Café der Kulturen",
        ),
        (
            "Die Stiftung Beispiel hat im gleichnamigen IQ-Projekt das Zentrum für Anerkennung eröffnet.",
            "Zentrum für Anerkennung",
        ),
    ],
)
def test_the_thing_a_same_named_project_is_named_after(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


def test_a_same_named_project_without_a_linked_name_names_nothing() -> None:
    assert not _subprojects("Die Stadt Kiel hat im gleichnamigen Projekt gearbeitet.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das sagte Petra Beispiel von KOMPASS, einem Projekt der Stiftung Beispiel.", "KOMPASS"),
        ("Unterstützt wird sie von ProBeruf – einem Angebot der Stiftung Beispiel.", "ProBeruf"),
        ("Beraten hat sie bei LOTSE (einem Teilprojekt des IQ Netzwerks Hessen).", "LOTSE"),
    ],
)
def test_a_styled_name_after_a_preposition_in_apposition_with_a_project(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eingeladen hatte „Brücken bauen“, ein Projekt der Stiftung Beispiel.", "Brücken bauen"),
        ("Die Gäste kamen von „Wege finden“, einem Teilprojekt des IQ Netzwerks Hessen.", "Wege finden"),
        ("Es sprach Karl Muster für „Start Süd“ – eines der Angebote im IQ Netzwerk Bayern.", "Start Süd"),
    ],
)
def test_a_quoted_name_in_apposition_with_a_project(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


def test_plural_nouns_after_a_bare_preposition_are_no_project() -> None:
    assert not _subprojects("Beratung für Geflüchtete und Migranten, ein Angebot der Stadt Kiel, gibt es.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Teilprojekte im Überblick:\n- Lotsenhaus Nord (Träger: Stiftung Beispiel)\n- KOMPASS\n",
            {"Lotsenhaus Nord", "KOMPASS"},
        ),
        (
            "Zum Netzwerk gehören folgende Projekte:\n\n• Mentoring für Frauen\n• Qualifizierung im Handwerk\n",
            {"Mentoring für Frauen", "Qualifizierung im Handwerk"},
        ),
        (
            "Teilprojekte:\n1. Werkstatt Zukunft – Lernen im Betrieb\n2. Brücke Süd\n\nDas Netzwerk wächst.",
            {"Werkstatt Zukunft – Lernen im Betrieb", "Brücke Süd"},
        ),
    ],
)
def test_a_bulleted_list_after_a_lead_in_naming_projects(text: str, expected: set[str]) -> None:
    assert expected <= _subprojects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Projekte bieten:\n- Begleitung in Qualifizierungen\n- Beratung im Betrieb\n",
        "Die Teilprojekte im Überblick:\n- Beratung zu ausländischen Abschlüssen\n- Frauen werden beraten\n",
        "Unsere Themen:\n- Lotsenhaus Nord\n- Werkstatt Zukunft\n",
    ],
)
def test_no_names_in_a_list_of_what_projects_do_or_of_other_things(text: str) -> None:
    assert not _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beteiligt waren die Teilprojekte Lotsenhaus Nord, Werkstatt Zukunft und KOMPASS.",
            {"Lotsenhaus Nord", "KOMPASS"},
        ),
        ("Die Projekte KOMPASS und ProBeruf der Stiftung Beispiel beraten.", {"KOMPASS", "ProBeruf"}),
        (
            "Mit den Modellprojekten Brücke Süd sowie Wege zur Arbeit endet die Reihe.",
            {"Brücke Süd", "Wege zur Arbeit"},
        ),
    ],
)
def test_names_coordinated_after_a_plural_project_head(text: str, expected: set[str]) -> None:
    assert expected <= _subprojects(text)


def test_single_plain_words_after_a_plural_head_are_objects() -> None:
    assert not _subprojects("Die Projekte kosten viel, denn die Projekte Zeit und Geld kosten.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Teilprojekte: TP 2.1: Lotsen für Betriebe (Träger: Stiftung Beispiel e.V.)", "Lotsen für Betriebe"),
        ("- TP 3.2: Brücke Süd – Beratung (Träger: Verein Muster e.V.)", "Brücke Süd – Beratung"),
        ("Teilprojekt 1.1: Wege zur Arbeit\nTeilprojekt 1.2: Start Nord\n", "Wege zur Arbeit"),
    ],
)
def test_a_numbered_item_may_be_a_part_of_another(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


def test_first_words_shared_by_two_units_name_neither() -> None:
    text = (
        "TP 2: Anlaufstelle Anerkennung Nord – AAN (Träger: Stiftung Beispiel e.V.)\n"
        "TP 2.1: Anlaufstelle Anerkennung Nord – Pflege (Träger: Verein Muster e.V.)\n"
    )
    found = {(m.label, m.abbreviation) for m in find_mentions(text, GAZETTEER) if m.type == "Subproject"}
    assert ("Anlaufstelle Anerkennung Nord", "AAN") in found
    assert ("Anlaufstelle Anerkennung Nord – Pflege", None) in found


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Das Projekt „Integration im Handwerk“ (IiH) berät. Das IiH wird gefördert.", "IiH"),
        ("Im Teilprojekt „Wege in Arbeit“ (WiA) lernen Frauen. Träger von WiA ist ein Verein.", "WiA"),
        ("Die Beratungsstelle „Start Nord“ (SN) öffnet. SN berät kostenlos.", "SN"),
    ],
)
def test_a_quoted_project_takes_its_short_form_and_is_named_by_it_later(text: str, short: str) -> None:
    found = [m for m in find_mentions(text, GAZETTEER) if m.type == "Subproject"]
    assert any(m.abbreviation == short for m in found)
    assert any(m.surface == short for m in found)


def test_a_word_in_brackets_after_a_quoted_project_is_no_short_form() -> None:
    found = [
        m for m in find_mentions("Das Projekt „Start Nord“ (neu) berät.", GAZETTEER) if m.type == "Subproject"
    ]
    assert [m.abbreviation for m in found] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mit „Anerkennung konkret“ startet in Kiel ein neues Angebot für Fachkräfte.",
            "Anerkennung konkret",
        ),
        ("„Brücke Nord“ ist seit Mai ein weiteres Teilprojekt im IQ Netzwerk.", "Brücke Nord"),
        ("Seit Juni gibt es mit „Pflege plus“ ein zusätzliches Beratungsangebot in Jena.", "Pflege plus"),
    ],
)
def test_a_bare_quoted_name_in_the_clause_bringing_in_a_project(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


@pytest.mark.parametrize(
    "text",
    [
        "„Wir starten heute“, sagte Petra Beispiel, die ein neues Projekt leitet.",
        "Das Motto „Vielfalt gewinnt“ ist ein Angebot an alle.",
        "„Gut gemacht“ war das Fazit. Danach begann ein neues Projekt.",
    ],
)
def test_a_quote_or_a_motto_before_a_new_project_is_no_project(text: str) -> None:
    assert not _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Mentoringprogramm „Tandem“ brachte 25 Paare zusammen.", "Tandem"),
        ("Im Qualifizierungsprogramm „Pflege Plus“ lernen Frauen.", "Pflege Plus"),
        ("Das Coachingprogramm „Startklar“ beginnt im Mai.", "Startklar"),
    ],
)
def test_a_programme_of_an_activity_is_a_project(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


def test_a_funding_programme_stays_a_programme() -> None:
    found = {
        (m.type, m.label) for m in find_mentions("Das Förderprogramm „Chancen Nord“ startet.", GAZETTEER)
    }
    assert ("Programme", "Chancen Nord") in found


def test_a_same_named_project_after_a_quoted_name_is_named_after_that() -> None:
    text = "Das Netzwerk „Ankommen in Arbeit“ hat im Rahmen des gleichnamigen Projekts das Haus der Chancen eröffnet."
    assert "Haus der Chancen" not in _subprojects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Im Jahr 2030 haben die IQ Beratungsstellen im Land über 4.000 Menschen beraten.",
        "Die IQ Anerkennungsberatung in der Region ist gefragt.",
        "Ratsuchende finden die IQ Servicestellen im Bezirk leicht.",
    ],
)
def test_a_service_placed_only_in_a_territory_named_by_a_common_noun_is_no_unit(text: str) -> None:
    assert _subprojects(text) == set()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die IQ Beratungsstelle im Landkreis Fulda berät.", "IQ Beratungsstelle im Landkreis Fulda"),
        ("Die IQ Servicestelle im Norden Hessens berät.", "IQ Servicestelle im Norden Hessens"),
        (
            "Die IQ Anerkennungsberatung in der Region Hannover berät.",
            "IQ Anerkennungsberatung in der Region Hannover",
        ),
    ],
)
def test_a_service_in_a_named_territory_keeps_it(text: str, label: str) -> None:
    assert label in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected", "carrier"),
    [
        (
            "Die Beratungsstelle Anerkennung der Handwerkskammer Trier ist ein Teilprojekt des IQ Netzwerks.",
            "Beratungsstelle Anerkennung",
            "Handwerkskammer Trier",
        ),
        (
            "Lotsenhaus Nord des Vereins Lernwege ist ein Angebot im IQ Netzwerk.",
            "Lotsenhaus Nord",
            "Vereins",
        ),
        (
            "Seit 2021 ist die Servicestelle Arbeit der Diakonie Kiel ein Projekt des IQ Netzwerks.",
            "Servicestelle Arbeit",
            "Diakonie",
        ),
    ],
)
def test_a_name_called_a_project_ends_before_its_carrier_in_the_genitive(
    text: str, expected: str, carrier: str
) -> None:
    names = _subprojects(text)
    assert expected in names
    assert not any(carrier in name for name in names)


@pytest.mark.parametrize(
    ("text", "expected", "carrier"),
    [
        (
            "Das Projekt LOTSE – Lernen und Orientierung der Volkshochschule Beispielstadt startet.",
            "Lernen und Orientierung",
            "Volkshochschule",
        ),
        (
            "Das Teilprojekt WIB – Wege in den Beruf des Caritasverbandes Kiel endet im Mai.",
            "Wege in den Beruf",
            "Caritasverbandes",
        ),
        (
            "Das Projekt MIA – Migrantinnen im Arbeitsleben der Stiftung Beispiel endet.",
            "Migrantinnen im Arbeitsleben",
            "Stiftung",
        ),
    ],
)
def test_a_dashed_long_name_ends_before_its_carrier_in_the_genitive(
    text: str, expected: str, carrier: str
) -> None:
    names = _subprojects(text)
    assert expected in names
    assert not any(carrier in name for name in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Projekt WIB – Wege in den Beruf endet im Mai.", "Wege in den Beruf"),
        ("Im Projekt FiA – Frauen in der Arbeitswelt lernen zwölf Frauen.", "Frauen in der Arbeitswelt"),
        (
            "Das Teilprojekt KAB – Kompetenzen auf dem Arbeitsmarkt startet.",
            "Kompetenzen auf dem Arbeitsmarkt",
        ),
    ],
)
def test_a_dashed_long_name_keeps_the_article_after_its_preposition(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Projekt MigraMed – Migrantinnen in medizinischen Berufen endet.",
            "Migrantinnen in medizinischen Berufen",
        ),
        (
            "Im Projekt FIT – Fachkräfte in technischen Berufen lernen Männer.",
            "Fachkräfte in technischen Berufen",
        ),
        ("Das Teilprojekt WinS – Wege in soziale Arbeitsfelder startet.", "Wege in soziale Arbeitsfelder"),
    ],
)
def test_a_dashed_long_name_links_with_in_before_an_adjective_and_its_noun(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im Projekt WIB – Wege in den Beruf lernen zwölf Männer.", "Wege in den Beruf"),
        ("Im Projekt KiB – Kompetenzen im Beruf trainieren Frauen Bewerbungen.", "Kompetenzen im Beruf"),
        (
            "Im Projekt FAB – Frauen auf dem Arbeitsmarkt arbeiten Beraterinnen.",
            "Frauen auf dem Arbeitsmarkt",
        ),
    ],
)
def test_a_dashed_long_name_ends_before_a_plural_verb_after_its_last_noun(text: str, expected: str) -> None:
    assert expected in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Mobile Anerkennungsberatung Brandenburg fährt in die Landkreise.",
            "Mobile Anerkennungsberatung Brandenburg",
        ),
        (
            "Karl Muster von der Zentralen Anerkennungsberatung Kiel berichtete.",
            "Zentrale Anerkennungsberatung Kiel",
        ),
        (
            "Seit Mai gibt es eine Regionale Qualifizierungsberatung Leipzig.",
            "Regionale Qualifizierungsberatung Leipzig",
        ),
        (
            "Mobile Anerkennungsberatung Gera startet\n\nDie Mobile Anerkennungsberatung Gera fährt über Land.",
            "Mobile Anerkennungsberatung Gera",
        ),
    ],
)
def test_a_service_keeps_the_capitalised_adjective_before_it(text: str, expected: str) -> None:
    assert _subprojects(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neue Anerkennungsberatung Kiel eröffnet im Mai.", "Anerkennungsberatung Kiel"),
        ("Die neue Anerkennungsberatung Kiel öffnet.", "Anerkennungsberatung Kiel"),
    ],
)
def test_a_service_takes_no_adjective_opening_a_sentence_or_written_small(text: str, expected: str) -> None:
    assert _subprojects(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Es sprach Petra Beispiel (Fize Leipzig) über das Gesetz.", "Fize Leipzig"),
        ("Karl Muster (Lotse Kiel) und Anja Muster stellten Zahlen vor.", "Lotse Kiel"),
        ("Zahlen nannte Anja Muster (KOMPASS Rostock).", "KOMPASS Rostock"),
    ],
)
def test_a_short_name_and_its_town_in_parentheses_after_a_person_is_her_unit(
    text: str, expected: str
) -> None:
    assert expected in _subprojects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Es sprach Karl Muster (Pressesprecher Kiel) über das Gesetz.",
        "Es sprach Anja Muster (Integrationsbeauftragte Jena) über das Gesetz.",
        "Es sprach Petra Beispiel (Ärztin Kiel) über das Gesetz.",
        "Es sprach Petra Beispiel (SPD Kiel) über das Gesetz.",
    ],
)
def test_a_title_or_a_party_and_a_town_in_parentheses_is_no_unit(text: str) -> None:
    assert not _subprojects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Beratungsstelle zur beruflichen Anerkennung ist ein Angebot der Diakonie Kiel.",
            "Beratungsstelle zur beruflichen Anerkennung",
        ),
        (
            "Lotsen für ausländische Fachkräfte ist ein Projekt des Vereins Beispiel.",
            "Lotsen für ausländische Fachkräfte",
        ),
        (
            "Seit 2020 ist das Zentrum für berufliche Integration ein Teilprojekt des IQ Netzwerks Hessen.",
            "Zentrum für berufliche Integration",
        ),
    ],
)
def test_a_name_called_a_project_keeps_an_adjective_after_its_link(text: str, expected: str) -> None:
    assert expected in _subprojects(text)
