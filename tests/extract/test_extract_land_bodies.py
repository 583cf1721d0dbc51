"""Bodies of a Land, a town or a council named short on invented sentences: "die Landesregierung" of the Land the
release is about, councils, municipal companies."""

from __future__ import annotations

import pytest

from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.extract.text.morphology import genitive_with_article
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def names(text: str) -> dict[str, str]:
    """label -> type of every organisation-like mention in a text."""
    return {m.label: m.type for m in find_mentions(text, GAZETTEER) if m.type not in ("Person", "Place")}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das IQ Netzwerk Thüringen berät in Erfurt. Die Landesregierung verlängert die Förderung.",
            "Landesregierung Thüringen",
        ),
        (
            "In Hessen fehlen Pflegekräfte. Laut der Antwort der Landesregierung sind 300 Stellen offen.",
            "Landesregierung Hessen",
        ),
        (
            "Gemeinsam mit der Staatskanzlei lädt das Ministerium für Soziales Sachsen zum Empfang.",
            "Staatskanzlei Sachsen",
        ),
        (
            "Zur Staatskanzlei in Kiel kamen Gäste aus ganz Schleswig-Holstein.",
            "Staatskanzlei Schleswig-Holstein",
        ),
    ],
)
def test_a_lands_government_named_by_its_head_alone_takes_the_land_of_the_text(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Die Landesregierung verlängert die Förderung.",  # no Land named
        "In Hessen und in Bayern hat die Landesregierung verlängert.",  # two Lands, none the text's
        "In Bayern arbeitet eine Landesregierung anders als alle Landesregierungen im Norden.",  # no definite article
    ],
)
def test_a_bare_government_without_one_land_of_the_text_is_no_name(text: str) -> None:
    assert not [label for label in names(text) if label.startswith(("Landesregierung", "Staatskanzlei"))]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Staatskanzlei Sachsen-Anhalt lädt ein.", "Staatskanzlei Sachsen-Anhalt"),
        ("Die Senatskanzlei Hamburg lädt ein.", "Senatskanzlei Hamburg"),
        ("Das Programm wird von der Staatskanzlei Thüringen gefördert.", "Staatskanzlei Thüringen"),
    ],
)
def test_a_head_of_governments_office_is_typed_with_the_government(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Geld geben das Land und die Stadt Dessau-Roßlau.", "Stadt Dessau-Roßlau"),
        (
            "Gemeinsam mit der Stadt Villingen-Schwenningen lädt der Verein ein.",
            "Stadt Villingen-Schwenningen",
        ),
        ("Die Stadt Musterhain-Kassel fördert die Kurse.", "Stadt Musterhain-Kassel"),
    ],
)
def test_a_town_merged_from_towns_after_stadt_is_its_administration(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Nun zieht der Kreis Beispielhausen nach.", "Kreis Beispielhausen"),
        ("Mit der Stadt Musterstedt wird gesprochen.", "Stadt Musterstedt"),
        ("Die Stadt Lindenfeld zahlt die Miete, der Landkreis Probedorf die Kurse.", "Stadt Lindenfeld"),
    ],
)
def test_a_district_or_town_named_like_a_town_no_list_knows_is_a_body(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Der Kreis Neubau plant mit.",  # "-bau" is no town's ending
        "Die Stadt Mittel bereitstellen lassen.",
        "Im Kreis Beispielhausen wohnen viele.",  # the territory, a place
    ],
)
def test_a_word_not_named_like_a_town_after_kreis_or_stadt_is_no_body(text: str) -> None:
    assert "Agency" not in names(text).values()


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        ("Frau Beispiel vom Integrationsrat überbrachte Grüße.", "Integrationsrat", "Agency"),
        ("Die Mitglieder des Ausländerrats stimmten zu.", "Ausländerrat", "Agency"),
        ("Grüße kamen auch vom Seniorenrat.", "Seniorenrat", "Agency"),
    ],
)
def test_a_topic_council_with_its_definite_article_is_the_local_one(
    text: str, label: str, type_: str
) -> None:
    assert names(text).get(label) == type_


@pytest.mark.parametrize(
    "text",
    [
        "In Musterstadt fehlt ein Integrationsrat.",
        "Viele Integrationsräte beraten die Städte.",
        "Jeder Ausländerrat wird gewählt.",
    ],
)
def test_a_topic_council_without_the_definite_article_names_none(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        (
            "Gül Beispiel vom Migrationsrat Brandenburg-Süd sprach.",
            "Migrationsrat Brandenburg-Süd",
            "Organisation",
        ),
        ("Der Migrationsrat Musterland kritisiert die Pläne.", "Migrationsrat Musterland", "Organisation"),
        (
            "Die Sprecherin des Migrationsrats Kassel, Ana Probe, sprach.",
            "Migrationsrat Kassel",
            "Organisation",
        ),
    ],
)
def test_a_migrants_council_is_an_association(text: str, label: str, type_: str) -> None:
    assert names(text).get(label) == type_


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Vorsitzende des Migrantenbeirats Halle, Amira Probe, sprach.", "Migrantenbeirat Halle"),
        ("Es sprach Petra Muster vom Seniorenbeirat Essen.", "Seniorenbeirat Essen"),
        ("Es sprach Jonas Beispiel (Integrationsbeirat Siegen).", "Integrationsbeirat Siegen"),
    ],
)
def test_a_town_named_like_a_common_word_closing_a_bodys_name_is_its_town(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Der Beirat Halle und Bühne besichtigte.",  # "Halle" does not close the phrase
        "Das Institut Essen und Trinken bietet Kurse.",
    ],
)
def test_a_word_like_a_town_going_on_in_the_phrase_is_no_town(text: str) -> None:
    assert not [label for label in names(text) if label.endswith(("Halle", "Essen"))]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Seit Juni arbeitet Yusuf Probe bei den Stadtwerken Gießen.", "Stadtwerke Gießen"),
        ("Die Stadtwerke Kassel bilden zugewanderte Fachkräfte aus.", "Stadtwerke Kassel"),
        ("Petra Muster ist Ausbilderin der Stadtwerke Jena.", "Stadtwerke Jena"),
    ],
)
def test_a_towns_utility_company_is_named_in_any_case_of_its_plural(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


def test_utility_companies_without_a_town_name_none() -> None:
    assert names("Viele Stadtwerke suchen Personal, auch die Stadtwerke.") == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Es sprach Jonas Probe von der Fachhochschule Thüringer Becken.", "Fachhochschule Thüringer Becken"),
        ("Die Volkshochschule Lüneburger Heide lädt zum Kurs.", "Volkshochschule Lüneburger Heide"),
        (
            "Der Tourismusverband Sächsische Schweiz wirbt um Fachkräfte.",
            "Tourismusverband Sächsische Schweiz",
        ),
    ],
)
def test_a_region_named_by_a_places_adjective_and_a_landscape_names_a_body(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Arbeitsgemeinschaft der Migrantenvereine in Sachsen tagt in Leipzig.",
            "Arbeitsgemeinschaft der Migrantenvereine in Sachsen",
        ),
        (
            "Der Verband der freien Berufe in Bayern fordert mehr Tempo.",
            "Verband der freien Berufe in Bayern",
        ),
        (
            "Petra Probe vom Landesverband der Beispielvereine in Hessen sprach.",
            "Landesverband der Beispielvereine in Hessen",
        ),
    ],
)
def test_a_federations_land_after_its_members_in_the_genitive_belongs_to_its_name(
    text: str, label: str
) -> None:
    assert names(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Der Verband der Metallindustrie in Kassel tagt.",
            "Verband der Metallindustrie",
        ),  # a town: where it meets
        ("Die Stiftung der Beispielwerke in Sachsen hilft.", "Stiftung der Beispielwerke"),  # no federation
    ],
)
def test_a_town_or_a_non_federation_keeps_in_and_the_place_out_of_the_name(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        ("Die Caritas im Bistum Musterburg berät.", "Caritas im Bistum Musterburg", "Organisation"),
        (
            "Petra Probe vom Caritasverband in der Diözese Kassel sprach.",
            "Caritasverband in der Diözese Kassel",
            "Organisation",
        ),
        (
            "Es hilft die Diakonie in der Landeskirche Musterland.",
            "Diakonie in der Landeskirche Musterland",
            "Organisation",
        ),
    ],
)
def test_a_church_territory_a_welfare_body_works_in_belongs_to_its_name(
    text: str, label: str, type_: str
) -> None:
    assert names(text).get(label) == type_


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Petra Probe von der Deutschen Rentenversicherung Nord sprach.", "Deutsche Rentenversicherung Nord"),
        (
            "Die Deutsche Rentenversicherung Mitteldeutschland informiert.",
            "Deutsche Rentenversicherung Mitteldeutschland",
        ),
        ("Auch die Rentenversicherung Musterland war dabei.", "Rentenversicherung Musterland"),
    ],
)
def test_the_pension_insurance_by_its_region_is_a_public_body(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Beteiligt ist der Fachbereich Integration der Stadt Gießen.",
            "Fachbereich Integration der Stadt Gießen",
        ),
        (
            "Petra Probe vom Fachdienst Migration des Landkreises Kassel sprach.",
            "Fachdienst Migration des Landkreises Kassel",
        ),
        (
            "Der Fachdienst Teilhabe der Stadt Musterstedt lädt ein.",
            "Fachdienst Teilhabe der Stadt Musterstedt",
        ),
    ],
)
def test_a_municipal_department_named_by_its_topic_and_town_is_a_public_body(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Der Fachbereich lädt ein.",
        "Der Fachdienst Migration berät.",
        "Der Fachbereich Sozialwesen der Hochschule Kassel forscht.",
    ],
)
def test_a_department_without_its_municipality_is_no_body(text: str) -> None:
    assert not [label for label in names(text) if label.startswith("Fach")]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Handwerkskammer Hamburg für Zugewanderte berät.", "Handwerkskammer Hamburg"),
        ("Die Agentur für Arbeit Kiel für Arbeitgeber berät.", "Agentur für Arbeit Kiel"),
        (
            "Die Industrie- und Handelskammer Kassel für Betriebe informiert.",
            "Industrie- und Handelskammer Kassel",
        ),
    ],
)
def test_after_its_town_a_bodys_name_takes_no_portfolio(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Leipziger Volkszeitung berichtete.", "Leipziger Volkszeitung"),
        ("Ein Bericht der Leipziger Volkszeitung erschien.", "Leipziger Volkszeitung"),
        ("Petra Probe arbeitet bei den Kieler Verkehrsbetrieben.", "Kieler Verkehrsbetriebe"),
    ],
)
def test_a_towns_adjective_stays_as_written_even_where_it_ends_like_an_adjective(
    text: str, label: str
) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        ("Die Agentur Mehrwert berät Betriebe.", "Agentur Mehrwert", "Organisation"),
        ("Petra Probe von der Agentur Nordlicht sprach.", "Agentur Nordlicht", "Organisation"),
        ("Die Agentur für Arbeit Kiel hilft.", "Agentur für Arbeit Kiel", "Agency"),
    ],
)
def test_an_agency_named_by_a_proper_name_is_a_company(text: str, label: str, type_: str) -> None:
    assert names(text).get(label) == type_


@pytest.mark.parametrize(
    ("label", "genitive"),
    [
        ("Leipziger Volkszeitung", "der Leipziger Volkszeitung"),
        ("Wuppertaler Volkshochschule", "der Wuppertaler Volkshochschule"),
        ("Europäischer Sozialfonds", "des Europäischen Sozialfonds"),
    ],
)
def test_a_towns_adjective_stays_as_written_in_the_genitive(label: str, genitive: str) -> None:
    assert genitive_with_article(label) == genitive


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Angebot der Hochschule Wismar für Ingenieurinnen und Ingenieure startet.", "Hochschule Wismar"),
        ("Die Volkshochschule Kiel für Zugewanderte hilft.", "Volkshochschule Kiel"),
        ("Es berät die Akademie Kassel für ausländische Pflegekräfte.", "Akademie Kassel"),
    ],
)
def test_after_a_name_ending_in_its_town_fuer_and_people_name_whom_it_serves(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        (
            "Es sprach Petra Probe vom Jugendmigrationsdienst Fulda und Max Muster.",
            "Jugendmigrationsdienst Fulda",
            "Subproject",
        ),
        ("Die Firma Beispiel Logistik bildet aus.", "Beispiel Logistik", "Organisation"),
        ("Auch der Arbeitskreis Asyl Kassel war dabei.", "Arbeitskreis Asyl Kassel", "Organisation"),
    ],
)
def test_a_migration_service_a_company_or_a_working_group_by_its_name(
    text: str, label: str, type_: str
) -> None:
    assert names(text).get(label) == type_


def test_a_migration_service_named_by_its_town_is_no_person() -> None:
    persons = {
        m.label
        for m in find_mentions(
            "Es sprach Petra Probe vom Jugendmigrationsdienst Fulda und Max Muster.", GAZETTEER
        )
        if m.type == "Person"
    }
    assert persons == {"Petra Probe", "Max Muster"}


@pytest.mark.parametrize(
    "text", ["Die Firma bildet aus.", "Der Arbeitskreis tagt.", "Viele Firmen bilden aus."]
)
def test_a_bare_company_or_working_group_names_none(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das IQ Netzwerk Sachsen berät in Sachsen. Die Staatsregierung fördert das Netzwerk.",
            "Sächsische Staatsregierung",
        ),
        (
            "Das IQ Netzwerk Bayern hilft in Bayern. Laut der Staatsregierung steigt die Zahl.",
            "Bayerische Staatsregierung",
        ),
        (
            "Die Staatsregierung antwortet. Das Land Sachsen zahlt 2 Millionen Euro an Sachsen.",
            "Sächsische Staatsregierung",
        ),
    ],
)
def test_a_state_government_named_by_its_head_alone_takes_the_land_s_adjective(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Das IQ Netzwerk Hessen hilft in Hessen. Die Staatsregierung zahlt.",
        "Die Staatsregierung zahlt.",
        "Das IQ Netzwerk Sachsen und das IQ Netzwerk Bayern helfen. Die Staatsregierung zahlt.",
    ],
)
def test_a_bare_state_government_of_no_staatsregierung_land_or_of_two_lands_is_no_name(text: str) -> None:
    assert not any("Staatsregierung" in label for label in names(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Auch die Stadt Halle (Saale) gibt jedes Jahr einen Zuschuss.", "Stadt Halle (Saale)"),
        ("Gefördert wird das Projekt von der Stadt Halle (Saale) und dem Land.", "Stadt Halle (Saale)"),
        ("Mit der Stadt Weiden (Oberpfalz) arbeitet das Netzwerk zusammen.", "Stadt Weiden (Oberpfalz)"),
    ],
)
def test_a_town_named_like_a_common_word_with_its_river_after_stadt_is_its_administration(
    text: str, label: str
) -> None:
    assert names(text).get(label) == "Agency"


def test_a_town_with_its_river_after_in_der_stadt_is_the_place() -> None:
    assert (
        names("In der Stadt Halle (Saale) leben viele Zugewanderte.").get("Stadt Halle (Saale)") != "Agency"
    )
