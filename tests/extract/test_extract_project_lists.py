"""Project names on invented sentences: listed items and their carriers ("- Brücke Beruf – Träger: Lernwerk gGmbH"),
tables written as text, headings above a carrier's sentence, names a naming verb, a title, an apposition or an
offer's head gives, services named by topic and town, and what names none (a quote, an event's title, an office)."""

from __future__ import annotations

import pytest

from conftest import facts_of
from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def _relations(text: str) -> set[tuple[str, str, str]]:
    return facts_of("Neues aus Kassel\n\n" + text).relations


def _facts(body: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    facts = facts_of("Neues aus dem IQ Netzwerk Musterland\n\n" + body)
    return {label for type_, label in facts.entities if type_ == "Subproject"}, facts.relations


@pytest.mark.parametrize(
    ("item", "name", "carrier"),
    [
        ("- Werkbank Zukunft – Träger: Lernwerk Kassel gGmbH", "Werkbank Zukunft", "Lernwerk Kassel gGmbH"),
        ("• Lotsenhaus Süd, Trägerin: Stiftung Musterweg", "Lotsenhaus Süd", "Stiftung Musterweg"),
        ("1. Brücke Beruf – Projektträger: Lernort Muster e. V.", "Brücke Beruf", "Lernort Muster e. V."),
    ],
)
def test_a_listed_item_s_carrier_field_ends_its_name_and_carries_it(
    item: str, name: str, carrier: str
) -> None:
    names, relations = _facts(f"Die Teilprojekte im Überblick:\n{item}\n")
    assert name in names
    assert not any("Träger" in n for n in names)
    assert (name, "hostedBy", carrier) in relations


@pytest.mark.parametrize(
    ("item", "name"),
    [
        (
            "- Interkulturelle Öffnung in Ämtern, durchgeführt von der Volkshochschule Musterstadt",
            "Interkulturelle Öffnung in Ämtern",
        ),
        ("- Sprache im Beruf, umgesetzt vom Bildungswerk Beispiel e. V.", "Sprache im Beruf"),
        ("2) Pflege im Blick – getragen von der Akademie Muster gGmbH", "Pflege im Blick"),
    ],
)
def test_a_listed_item_with_a_participle_of_carrying_names_a_project(item: str, name: str) -> None:
    names, _ = _facts(f"Zum Netzwerk gehören folgende Projekte:\n{item}\n")
    assert name in names


@pytest.mark.parametrize(
    "lead_in",
    [
        "Im Netzwerk arbeiten derzeit folgende Teilprojekte mit Beratungsangebot:",
        "Die Teilprojekte mit Standort Musterstadt:",
        "Die Projekte im Netzwerk:",
    ],
)
def test_a_lead_in_with_an_attribute_opens_a_list_of_projects(lead_in: str) -> None:
    names, _ = _facts(
        f"{lead_in}\n- Werkbank Zukunft (Lernwerk gGmbH)\n- Lotsenhaus Süd (Stiftung Musterweg)\n"
    )
    assert {"Werkbank Zukunft", "Lotsenhaus Süd"} <= names


def _subprojects(text: str) -> set[str]:
    return {m.label for m in find_mentions(text, GAZETTEER) if m.type == "Subproject" and not m.generic}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Neu ist das Projekt Werkbank Zukunft, ein Angebot der Stiftung Musterweg.", "Werkbank Zukunft"),
        (
            "Wir stellen das Teilprojekt Lotsenhaus Süd vor, ein Angebot des Vereins Lernort.",
            "Lotsenhaus Süd",
        ),
        (
            "Beraten wird im Modellprojekt Brücke Beruf, einem Projekt der Akademie Muster gGmbH.",
            "Brücke Beruf",
        ),
    ],
)
def test_a_project_head_before_a_name_in_apposition_is_no_part_of_it(text: str, name: str) -> None:
    names = _subprojects(text)
    assert name in names
    assert not any(n.split()[0] in ("Projekt", "Teilprojekt", "Modellprojekt") for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Unser Projekt Werkbank Zukunft, ein Angebot der Stiftung Musterweg, ist umgezogen.",
            "Werkbank Zukunft",
        ),
        (
            "Unsere Beratungsstelle Lotsenhaus Süd ist ein Teilprojekt des IQ Netzwerks Musterland.",
            "Lotsenhaus Süd",
        ),
        ("Unsere Brücke Beruf, ein Angebot des Vereins Lernort, zieht um.", "Brücke Beruf"),
    ],
)
def test_a_possessive_opening_a_called_project_is_no_part_of_its_name(text: str, name: str) -> None:
    names = _subprojects(text)
    assert name in names or f"Beratungsstelle {name}" in names
    assert not any(n.startswith("Unser") for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Das Welcome Desk Musterstadt – ein Angebot der Stiftung Musterweg – lädt ein.",
            "Welcome Desk Musterstadt",
        ),
        (
            "Die Werkbank Zukunft - ein Teilprojekt des IQ Netzwerks Musterland - berät Betriebe.",
            "Werkbank Zukunft",
        ),
        ("Lotsenhaus Süd – eines der Angebote im IQ Netzwerk Musterland – öffnet im Mai.", "Lotsenhaus Süd"),
    ],
)
def test_a_name_opening_a_sentence_with_a_dashed_apposition_calling_it_a_project(
    text: str, name: str
) -> None:
    assert name in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bewährt hat sich das Mentoringprogramm Tandem Plus.", "Tandem Plus"),
        ("Im Coachingprogramm Startklar plus lernen Frauen Bewerben.", "Startklar plus"),
        ("Das Qualifizierungsprogramm Werkbank Plus beginnt im Mai.", "Werkbank Plus"),
    ],
)
def test_a_version_closes_the_name_of_an_activity_programme(text: str, name: str) -> None:
    assert name in _subprojects(text)


@pytest.mark.parametrize(
    ("page", "name", "carrier"),
    [
        (
            "Werkbank Zukunft\nProjektträger ist die Lernwerk Kassel gGmbH.\n",
            "Werkbank Zukunft",
            "Lernwerk Kassel gGmbH",
        ),
        (
            "Lotsenhaus Süd\nDas Projekt wird von der Stiftung Musterweg umgesetzt und berät Betriebe.\n",
            "Lotsenhaus Süd",
            "Stiftung Musterweg",
        ),
        (
            "Brücke Beruf\nDie Beratungsstelle ist bei der Akademie Muster gGmbH angesiedelt.\n",
            "Brücke Beruf",
            "Akademie Muster gGmbH",
        ),
    ],
)
def test_a_heading_above_a_sentence_naming_its_carrier_names_a_project(
    page: str, name: str, carrier: str
) -> None:
    names, relations = _facts(
        "Unsere Teilprojekte\n\nPflege im Blick\nTräger: Bildungshaus Beispiel gGmbH\n\n" + page
    )
    assert name in names
    assert (name, "hostedBy", carrier) in relations
    assert ("Pflege im Blick", "hostedBy", carrier) not in relations


@pytest.mark.parametrize(
    "heading",
    [
        "Neue Räume für die Beratung\nDie Beratung ist umgezogen.\n",
        "Ein gutes Jahr\nDas Projekt hat viel erreicht.\n",
        "Termine im Herbst\nDas Projekt lädt am 3. Mai ein.\n",
    ],
)
def test_a_heading_above_a_sentence_without_a_carrier_names_no_project(heading: str) -> None:
    names, _ = _facts(heading)
    assert not names - {"IQ Netzwerk Musterland"}


@pytest.mark.parametrize(
    "text",
    [
        "Anerkennungsberatung Nordhessen: neue Räume\nUnsere IQ Anerkennungsberatung Nordhessen ist umgezogen.",
        "Die IQ Servicestelle Fulda berät seit Mai. Die Servicestelle Fulda ist kostenlos.",
        "Die Anerkennungsberatung Nordhessen zieht um. Die IQ Anerkennungsberatung Nordhessen bleibt erreichbar.",
    ],
)
def test_a_unit_named_with_and_without_the_programme_s_word_is_one(text: str) -> None:
    names = _subprojects(text)
    assert len(names) == 1
    assert next(iter(names)).startswith("IQ ")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nach vier Jahren endet das Projekt Berufssprache Plus. Wir danken allen bei Berufssprache Plus.",
            "Berufssprache",
        ),
        ("Das Projekt Lotsen Plus berät. Mehr von Lotsen Plus im Mai.", "Lotsen"),
        ("Das Projekt Pflege 4.0 startet. Rat bei Pflege 4.0 gibt es ab Mai.", "Pflege"),
    ],
)
def test_a_single_word_after_a_head_before_a_version_is_no_name_of_its_own(text: str, name: str) -> None:
    assert name not in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Das Projekt Anerkennung konkret berät Betriebe in Kassel.", "Anerkennung konkret"),
        (
            "Mit dem Teilprojekt Pflege digital Nord, das die Stiftung Musterweg umsetzt, lernen Frauen.",
            "Pflege digital Nord",
        ),
        ("Neu ist das Projekt Baurecht kompakt. Es richtet sich an Ingenieure.", "Baurecht kompakt"),
    ],
)
def test_an_uninflected_adjective_closes_a_project_s_name_after_its_head(text: str, name: str) -> None:
    assert name in _subprojects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wir zeigen, dass das Projekt Frauen sicher berät.",
        "Ziel ist, dass das Projekt Menschen direkt erreicht.",
        "Wichtig ist, dass das Projekt Betriebe aktiv unterstützt.",
    ],
)
def test_an_adverb_before_a_clause_final_verb_closes_no_name(text: str) -> None:
    assert not _subprojects(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die wichtigste ist die Erstberatung Anerkennung Cottbus.", "Erstberatung Anerkennung Cottbus"),
        ("Rat gibt die Beratungsstelle Anerkennung Kiel.", "Beratungsstelle Anerkennung Kiel"),
        (
            "Neu ist die Servicestelle Fachkräfteeinwanderung Südhessen.",
            "Servicestelle Fachkräfteeinwanderung Südhessen",
        ),
    ],
)
def test_a_counselling_office_named_by_its_topic_and_town(text: str, name: str) -> None:
    assert name in _subprojects(text)


@pytest.mark.parametrize(
    "text", ["Die Geschäftsstelle Kiel ist geschlossen.", "Die Außenstelle Gera öffnet."]
)
def test_an_office_of_a_body_named_by_its_town_is_no_project(text: str) -> None:
    assert not _subprojects(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Für Ärztinnen bietet die Akademie Muster gGmbH die Brückenmaßnahme MedPro an.", "MedPro"),
        ("Die Anpassungsqualifizierung PFLEGEPLUS beginnt im Mai.", "PFLEGEPLUS"),
        ("Im Gruppencoaching StartKlar lernen Frauen Bewerben.", "StartKlar"),
    ],
)
def test_a_styled_name_after_an_offer_s_head(text: str, name: str) -> None:
    assert name in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Seit 2019 setzt die Muster gGmbH die Anpassungsqualifizierung TEKO – Technik und Kommunikation um.",
            "Technik und Kommunikation",
        ),
        ("Die Brückenmaßnahme MEDI – Medizin in der Praxis beginnt im Mai.", "Medizin in der Praxis"),
        ("Im Kurs BAU – Bauen und Arbeiten lernen Gesellen Baurecht.", "Bauen und Arbeiten"),
    ],
)
def test_a_short_form_dash_and_long_name_after_an_offer_s_head(text: str, name: str) -> None:
    assert name in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("„Wege in Arbeit“ heißt das neue Projekt der Stiftung Musterweg.", "Wege in Arbeit"),
        ("„Brücke Nord“ nennt sich unser Angebot für Pflegekräfte.", "Brücke Nord"),
        (
            "Unter dem Titel „Lotsenhaus Süd“ startet der Verein Lernort ein weiteres Projekt.",
            "Lotsenhaus Süd",
        ),
    ],
)
def test_a_quoted_name_a_naming_verb_or_title_gives_a_project(text: str, name: str) -> None:
    assert name in _subprojects(text)


@pytest.mark.parametrize(
    "text",
    [
        "„Wir schaffen das“ heißt es im Bericht des Projekts.",
        "Unter dem Titel „Neue Wege“ fand die Tagung in Kassel statt.",
        "„Gut gemacht“ lautet das Urteil der Jury.",
    ],
)
def test_a_quote_or_an_event_s_title_names_no_project(text: str) -> None:
    assert not _subprojects(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Das Projekt Wege in Arbeit startet im Mai.", "Wege in Arbeit"),
        ("Im Projekt Frauen in Ausbildung lernen Mütter.", "Frauen in Ausbildung"),
        ("Das Teilprojekt Brücken in Beschäftigung berät Betriebe.", "Brücken in Beschäftigung"),
    ],
)
def test_in_before_an_abstract_noun_links_a_plain_name(text: str, name: str) -> None:
    assert name in _subprojects(text)


def test_in_before_a_town_ends_a_plain_name() -> None:
    assert "Lernen in Kiel" not in _subprojects("Das Projekt Lernen in Kiel startet.")


@pytest.mark.parametrize(
    "table",
    [
        "Projekt | Träger | Fördersumme\nWerkbank Zukunft | Lernwerk Kassel gGmbH | 80.000 Euro\nLotsenhaus Süd | Stiftung Musterweg | 40.000 Euro\n",
        "Träger | Projekt\nLernwerk Kassel gGmbH | Werkbank Zukunft\nStiftung Musterweg | Lotsenhaus Süd\n",
        "Teilprojekt | Projektträger\nWerkbank Zukunft | Lernwerk Kassel gGmbH\nLotsenhaus Süd | Stiftung Musterweg\n",
    ],
)
def test_a_table_written_as_text_names_projects_and_their_carriers(table: str) -> None:
    names, relations = _facts("Die Landesregierung fördert folgende Projekte:\n\n" + table)
    assert {"Werkbank Zukunft", "Lotsenhaus Süd"} <= names
    assert ("Werkbank Zukunft", "hostedBy", "Lernwerk Kassel gGmbH") in relations
    assert ("Lotsenhaus Süd", "hostedBy", "Stiftung Musterweg") in relations


@pytest.mark.parametrize(
    "table",
    [
        "Ort | Datum\nKassel | 3. Mai\n",
        "Kurs | Dauer | Kosten\nDeutsch für den Beruf | zwölf Wochen | kostenlos\n",
        "Name | Telefon\nPetra Beispiel | 0561 000000\n",
    ],
)
def test_a_table_without_a_project_column_names_no_project(table: str) -> None:
    names, _ = _facts("Termine und Kontakte:\n\n" + table)
    assert not names - {"IQ Netzwerk Musterland"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Kurs heißt Baurecht kompakt und ist Teil des IQ Netzwerks Bayern.", "Baurecht kompakt"),
        ("Das neue Angebot nennt sich Brücke Nord.", "Brücke Nord"),
        ("Das Projekt trägt den Namen Wege in Arbeit.", "Wege in Arbeit"),
    ],
)
def test_a_naming_verb_gives_a_project_head_its_unquoted_name(text: str, name: str) -> None:
    assert name in _subprojects(text)


def test_a_naming_verb_with_an_adverb_names_nothing() -> None:
    assert not _subprojects("Die Maßnahme heißt so, weil sie hilft.")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Mit 300.000 Euro gefördert wird zudem „Sprache im Betrieb“.", "Sprache im Betrieb"),
        ("Umgesetzt wird „Brücke Nord“ von der Stiftung Musterweg.", "Brücke Nord"),
        ("Finanziert werden seit 2020 „Lotsenhaus Süd“ und weitere Angebote vom Land.", "Lotsenhaus Süd"),
    ],
)
def test_a_quoted_subject_after_a_fronted_participle_of_funding_or_carrying(sentence: str, name: str) -> None:
    assert name in _subprojects(sentence)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In der IQ Fachstelle Migrantenökonomie lernen Gründerinnen.", "IQ Fachstelle Migrantenökonomie"),
        ("Bei der IQ Fachstelle Einwanderung arbeiten Juristinnen.", "IQ Fachstelle Einwanderung"),
        (
            "Die IQ Servicestelle zur Erschließung ausländischer Qualifikationen berät.",
            "IQ Servicestelle Erschließung ausländischer Qualifikationen",
        ),
    ],
)
def test_a_verb_in_en_before_its_object_ends_an_iq_unit_s_name(text: str, name: str) -> None:
    assert name in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Geholfen hat ihm der Anerkennungslotse Niederbayern.", "Anerkennungslotse Niederbayern"),
        ("Die Arbeitsmarktlotsen Kiel beraten Geflüchtete.", "Arbeitsmarktlotsen Kiel"),
        ("Rat gibt der Joblotse Mittelhessen.", "Joblotse Mittelhessen"),
    ],
)
def test_a_pilot_service_named_by_its_region(text: str, name: str) -> None:
    assert name in _subprojects(text)


def test_a_pilot_s_title_before_a_person_names_no_service() -> None:
    assert not _subprojects("Die Integrationslotsin Petra Beispiel berät.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Das Projekt 'Wege in Arbeit' startet im Mai.", "Wege in Arbeit"),
        ("Im Teilprojekt 'Brücke Nord' der Stiftung Musterweg lernen Frauen.", "Brücke Nord"),
        ("Die Beratungsstelle 'Lotsenhaus' öffnet.", "Beratungsstelle „Lotsenhaus“"),
    ],
)
def test_a_name_in_plain_single_quotes_after_a_unit_s_head(text: str, name: str) -> None:
    assert name in _subprojects(text)


def test_apostrophes_name_no_project() -> None:
    assert not _subprojects("Das Projekt's Ergebnis: gut, 'so' heißt's.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Das IQ-Landesprojekt „Pflege plus“ startet.", "Pflege plus"),
        ("Im IQ-Qualifizierungsprojekt „Technik konkret“ lernen Männer.", "Technik konkret"),
        ("Das IQ-Mentoringprojekt „Tandem Nord“ sucht Mentorinnen.", "Tandem Nord"),
    ],
)
def test_a_quoted_name_after_a_compound_head_joined_to_the_programme_s_word(text: str, name: str) -> None:
    assert name in _subprojects(text)


@pytest.mark.parametrize(
    ("page", "carrier"),
    [
        ("Projekt „Werkbank Zukunft“\nTräger: Lernwerk Kassel gGmbH\n", "Lernwerk Kassel gGmbH"),
        ("Teilprojekt »Werkbank Zukunft«\nProjektträger ist die Stiftung Musterweg.\n", "Stiftung Musterweg"),
        (
            'Projekt "Werkbank Zukunft"\nDas Projekt wird von der Akademie Muster gGmbH umgesetzt.\n',
            "Akademie Muster gGmbH",
        ),
    ],
)
def test_a_heading_of_head_noun_and_quoted_name_names_the_project_without_them(
    page: str, carrier: str
) -> None:
    names, relations = _facts(page)
    assert "Werkbank Zukunft" in names
    assert not {n for n in names if "Projekt" in n or "„" in n}
    assert ("Werkbank Zukunft", "hostedBy", carrier) in relations
