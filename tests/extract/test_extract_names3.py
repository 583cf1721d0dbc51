"""Names of bodies and projects on invented sentences (third round): the words a name is made of."""

from __future__ import annotations

import pytest

from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def names(text: str) -> dict[str, str]:
    """label -> type of every organisation-like mention in a text."""
    return {m.label: m.type for m in find_mentions(text, GAZETTEER) if m.type not in ("Person", "Place")}


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        ("Das Amt für Soziale Dienste Kiel hilft weiter.", "Amt für Soziale Dienste Kiel", "Agency"),
        (
            "Gefördert wird das Vorhaben vom Landesamt für Ländliche Entwicklung Brandenburg.",
            "Landesamt für Ländliche Entwicklung Brandenburg",
            "Agency",
        ),
        (
            "Petra Beispiel leitet das Institut für Berufliche Bildung und Arbeit in Kassel.",
            "Institut für Berufliche Bildung und Arbeit",
            "Organisation",
        ),
        (
            "Zuständig ist das Ministerium für Arbeit, Soziale Sicherung und Integration.",
            "Ministerium für Arbeit, Soziale Sicherung und Integration",
            "Ministry",
        ),
    ],
)
def test_a_capitalised_adjective_belongs_to_the_field_a_body_is_named_for(
    text: str, label: str, type_: str
) -> None:
    assert names(text).get(label) == type_


def test_a_capitalised_noun_after_the_field_is_no_part_of_it() -> None:
    found = names("Die Beauftragte für Soziales Petra Beispiel sprach beim Verein für Soziale Arbeit Jena.")
    assert "Verein für Soziale Arbeit Jena" in found
    assert not any("Petra" in label for label in found)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Projekt MIRA – Migrantinnen in der Pflege hat viel erreicht.", "Migrantinnen in der Pflege"),
        ("Im Teilprojekt KOMET - Kompetenzen im Beruf wurden Frauen beraten.", "Kompetenzen im Beruf"),
        ("Das Projekt ABA – Ausbildung mit Anerkennung startet im Mai.", "Ausbildung mit Anerkennung"),
        ("Das Projekt BiZ – Beratung im Zentrum in Kiel läuft weiter.", "Beratung im Zentrum"),
    ],
)
def test_a_short_form_a_dash_and_a_long_name_with_a_preposition_inside(text: str, label: str) -> None:
    assert names(text).get(label) == "Subproject"


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        (
            "Die Servicestelle zur Erschließung ausländischer Qualifikationen (SEAQ) berät in Hamburg.",
            "Servicestelle zur Erschließung ausländischer Qualifikationen",
            "Subproject",
        ),
        (
            "Rat gibt das Kompetenzzentrum Fachkräftesicherung Thüringen (KomFaT) in Erfurt.",
            "Kompetenzzentrum Fachkräftesicherung Thüringen",
            "Subproject",
        ),
        (
            "Petra Beispiel vom Institut Arbeit und Qualifikation (IAQ) sprach.",
            "Institut Arbeit und Qualifikation",
            "Organisation",
        ),
    ],
)
def test_words_after_a_head_that_its_abbreviation_spells_out_belong_to_the_name(
    text: str, label: str, type_: str
) -> None:
    mentions = [m for m in find_mentions(text, GAZETTEER) if m.label.startswith(label)]
    assert [(m.label, m.type, m.abbreviation) for m in mentions] == [
        (label, type_, text.split("(")[1][:-1].split(")")[0])
    ]


def test_words_the_abbreviation_does_not_spell_are_left_out() -> None:
    found = names("Die Beratungsstelle Anerkennung Kiel Petra Beispiel (SEAQ) hilft.")
    assert not any("Petra" in label for label in found)


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        (
            "Petra Beispiel, Expertin der OECD, sprach.",
            "Organisation für wirtschaftliche Zusammenarbeit und Entwicklung",
            "Organisation",
        ),
        (
            "Laut DIHK fehlen im Handwerk Fachkräfte.",
            "Deutscher Industrie- und Handelskammertag",
            "Organisation",
        ),
        ("Zahlen lieferte das BiBB in Bonn.", "Bundesinstitut für Berufsbildung", "Agency"),
        ("Nach Angaben von Destatis stieg die Zahl.", "Statistisches Bundesamt", "Agency"),
    ],
)
def test_a_nationwide_body_named_by_its_abbreviation_alone_is_known_by_its_full_name(
    text: str, label: str, type_: str
) -> None:
    assert names(text).get(label) == type_


@pytest.mark.parametrize(
    ("text", "label", "carrier"),
    [
        ("Das Projekt ProBeruf der Diakonie Kiel läuft seit 2019.", "ProBeruf", "Diakonie Kiel"),
        (
            "Im Projekt Neue Wege der Volkshochschule Jena werden Frauen beraten.",
            "Neue Wege",
            "Volkshochschule Jena",
        ),
        (
            "Das Projekt Brücke Nord des IQ Netzwerks Hessen berät Betriebe.",
            "Brücke Nord",
            "IQ Netzwerk Hessen",
        ),
    ],
)
def test_a_genitive_naming_a_body_after_a_project_name_is_its_carrier(
    text: str, label: str, carrier: str
) -> None:
    found = names(text)
    assert found.get(label) == "Subproject" and carrier in found


def test_a_genitive_naming_no_body_stays_in_the_project_name() -> None:
    assert names("Das Projekt Haus des Ankommens öffnet im Mai.").get("Haus des Ankommens") == "Subproject"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Teilvorhaben „Brücke Nord“ berät Zugewanderte.", "Brücke Nord"),
        ("Im IQ Teilvorhaben Faire Arbeit Nord werden Beschäftigte beraten.", "Faire Arbeit Nord"),
        ("Die Teilvorhaben „Lernwege“ und „Chance Beruf“ laufen aus.", "Chance Beruf"),
        ("Gefördert wird das Modellvorhaben „Pflege verbindet“.", "Pflege verbindet"),
    ],
)
def test_a_name_after_the_programmes_word_teilvorhaben_is_a_subproject(text: str, label: str) -> None:
    assert names(text).get(label) == "Subproject"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Agentur für Arbeit in Bautzen fördert die Beratung.", "Agentur für Arbeit Bautzen"),
        ("Beim Jobcenter in Kiel gibt es eine Sprechstunde.", "Jobcenter Kiel"),
        ("Mit dem Jobcenter im Landkreis Görlitz wurde gesprochen.", "Jobcenter Landkreis Görlitz"),
        ("Die Ausländerbehörde in Jena berät dienstags.", "Ausländerbehörde Jena"),
    ],
)
def test_a_local_office_is_named_by_the_place_it_serves(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    ["Das Jobcenter in der Stadt berät.", "Die Ausländerbehörde in Zusammenarbeit mit dem Verein berät."],
)
def test_a_local_office_without_a_place_it_serves_is_no_name(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Initiatorin des Abends war Petra Beispiel von „Brücken bauen“.", "Brücken bauen"),
        ('Es sprachen Karl Muster von "Chance Beruf" und Anna Probe.', "Chance Beruf"),
        ("Mit dabei war auch Jonas Versuch vom »Lernweg Pflege«, der berichtete.", "Lernweg Pflege"),
    ],
)
def test_a_quoted_name_a_person_comes_from_is_a_project(text: str, label: str) -> None:
    assert names(text).get(label) == "Subproject"


def test_a_quoted_name_with_an_organisations_head_after_a_person_stays_that_body() -> None:
    assert names("Karl Muster vom „Bündnis Fachkräfte Nord“ berichtete.") == {
        "Bündnis Fachkräfte Nord": "Organisation"
    }


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Angebot „Sprungbrett Pflege“ ist bereits ausgebucht.", "Sprungbrett Pflege"),
        ("Die Maßnahme „Deutsch im Beruf“ startet im Mai.", "Deutsch im Beruf"),
        ('Teilnehmende des Angebots "Brücke Nord" erhielten Zertifikate.', "Brücke Nord"),
    ],
)
def test_a_quoted_name_after_a_bare_offer_or_measure_is_a_project(text: str, label: str) -> None:
    assert names(text).get(label) == "Subproject"


def test_quoted_small_words_after_an_offer_name_nothing() -> None:
    assert names("Ein Angebot „kostenlos und vertraulich“ gibt es auch.") == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Johannes Gutenberg-Universität Mainz lädt ein.", "Johannes Gutenberg-Universität Mainz"),
        (
            "Studierende der Johann Wolfgang Goethe-Universität Frankfurt lernen.",
            "Johann Wolfgang Goethe-Universität Frankfurt",
        ),
        (
            "Mit der Carl von Ossietzky Universität Oldenburg wird geforscht.",
            "Carl von Ossietzky Universität Oldenburg",
        ),
    ],
)
def test_the_given_names_of_the_person_a_body_is_named_after_lead_its_name(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Unterstützt wurde das Treffen von der Sparkasse Rhein-Nahe.", "Sparkasse Rhein-Nahe"),
        ("Die Kreissparkasse Köln fördert das Projekt.", "Kreissparkasse Köln"),
        ("Die Universitätsmedizin Mainz sucht Pflegekräfte.", "Universitätsmedizin Mainz"),
    ],
)
def test_savings_banks_and_university_hospitals_are_named_by_their_region(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        (
            "Der Senat der Freien und Hansestadt Hamburg hat beschlossen.",
            "Senat der Freien und Hansestadt Hamburg",
            "Agency",
        ),
        (
            "Zuständig ist die Behörde für Schule und Berufsbildung der Freien und Hansestadt Hamburg.",
            "Behörde für Schule und Berufsbildung der Freien und Hansestadt Hamburg",
            "Ministry",
        ),
        ("Gefördert wird das Projekt von der Stadt Frankfurt am Main.", "Stadt Frankfurt am Main", "Agency"),
    ],
)
def test_a_city_state_or_a_town_with_its_river_is_named_in_full(text: str, label: str, type_: str) -> None:
    assert names(text).get(label) == type_


@pytest.mark.parametrize(
    "text",
    [
        "Mit einem Festakt hat die Stadt Kassel am Montag ein Büro eröffnet.",
        "Gemeinsam mit der Stadt Jena am Dienstag startet das Projekt.",
        "Die Stadt Kiel an der Seite des Vereins lädt am Samstag ein.",
    ],
)
def test_a_day_after_a_town_acting_is_no_river(text: str) -> None:
    acting = {label for label, type_ in names(text).items() if type_ == "Agency"}
    assert len(acting) == 1 and all(label.split()[-1] in ("Kassel", "Jena", "Kiel") for label in acting)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Petra Beispiel (ProAB Südbayern) gab einen Überblick.", "ProAB Südbayern"),
        ("Anna Muster und Karl Probe (KOMPASS+ Nürnberg) stellten ihre Arbeit vor.", "KOMPASS+ Nürnberg"),
        ("Berichtet hat Jonas Versuch (MiBeK Leipzig).", "MiBeK Leipzig"),
    ],
)
def test_a_styled_short_name_and_a_place_in_parentheses_after_a_person_is_a_unit(
    text: str, label: str
) -> None:
    found = names(text)
    assert found.get(label) == "Subproject"


def test_a_partys_or_a_chambers_short_form_with_a_town_after_a_person_is_no_unit() -> None:
    assert names("Karl Probe (SPD Kiel) und Anna Muster (HWK Kiel) sprachen.").get("SPD Kiel") is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Anerkennungs- und Qualifizierungsberatung Kiel berät kostenlos.",
            "Anerkennungs- und Qualifizierungsberatung Kiel",
        ),
        ("Rat gibt die Berufs- oder Studienberatung Gera.", "Berufs- oder Studienberatung Gera"),
        (
            "Neu ist die Anerkennungs- und Qualifizierungsberatung (AQB) in Kiel.",
            "Anerkennungs- und Qualifizierungsberatung",
        ),
    ],
)
def test_a_suspended_compound_before_a_services_word_belongs_to_its_name(text: str, label: str) -> None:
    assert names(text).get(label) == "Subproject"
