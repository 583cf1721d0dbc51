"""Names of public bodies on invented sentences: how a name begins and how it is met again."""

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
    "text",
    [
        "Die Beratung liegt bei der städtischen Behörde.",
        "Das kommunale Jobcenter berät mit.",
        "Mit dem örtlichen Landratsamt und der staatlichen Stiftung wird gesprochen.",
    ],
)
def test_a_small_letter_adjective_other_than_a_lands_describes_a_body(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das Amt für Beispielfragen der Stadt Musterstadt berät. Im Amt für Beispielfragen sitzt Petra Beispiel.",
            "Amt für Beispielfragen der Stadt Musterstadt",
        ),
        (
            "Später lud das Landesamt für Zuwanderung ein, ein Teil des Landesamts für Zuwanderung des Kreises Kassel.",
            "Landesamt für Zuwanderung des Kreises Kassel",
        ),
        (
            "Die Stiftung Lernweg der Beispiel GmbH fördert. Die Stiftung Lernweg zahlt die Kurse.",
            "Stiftung Lernweg der Beispiel GmbH",
        ),
    ],
)
def test_a_name_met_again_without_its_genitive_attribute_is_the_same_entity(text: str, label: str) -> None:
    mentions = [m for m in find_mentions(text, GAZETTEER) if m.label.startswith(label.split()[0])]
    assert len(mentions) == 2 and {m.label for m in mentions} == {label}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Petra Beispiel ist Referentin bei der Landesbeauftragten der Bundesregierung für Teilhabe.",
            "Landesbeauftragte der Bundesregierung für Teilhabe",
        ),
        (
            "Gefördert wird das Vorhaben vom Integrationsbeauftragten des Landes Brandenburg.",
            "Integrationsbeauftragter des Landes Brandenburg",
        ),
        (
            "Es folgt ein Gespräch mit dem Hessischen Ausländerbeauftragten und den Gästen.",
            "Hessischer Ausländerbeauftragter",
        ),
        (
            "Die Koordination liegt im Büro der Beauftragten des Senats von Berlin für Arbeit und Teilhabe.",
            "Büro der Beauftragten des Senats von Berlin für Arbeit und Teilhabe",
        ),
        (
            "Eine Anfrage ging an die Beauftragte für Chancengleichheit der Stadt Kiel.",
            "Beauftragte für Chancengleichheit der Stadt Kiel",
        ),
    ],
)
def test_a_commissioners_office_after_a_preposition_is_a_body(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Petra Beispiel, Beauftragte der Landesregierung für Migration, eröffnete.",
        "Sie sprach mit dem Beauftragten für Integration und Teilhabe Max Mustermann.",
        "Petra Beispiel wurde zur Beauftragten der Landesregierung für Teilhabe ernannt.",
        "Die Anfrage ging an die Integrationsbeauftragte des Landes.",
    ],
)
def test_a_commissioner_as_a_persons_role_or_without_full_name_is_no_body(text: str) -> None:
    assert "Agency" not in names(text).values()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Landesamt für Gesund- heit und Soziales prüft.", "Landesamt für Gesundheit und Soziales"),
        ("Es berät das Ministerium für Arbeit und Integrati- on.", "Ministerium für Arbeit und Integration"),
        ("Vom Institut für Markt- und Sozialfor- schung kam Rat.", "Institut für Markt- und Sozialforschung"),
    ],
)
def test_a_word_broken_at_a_line_end_stays_one_word_in_a_name(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Gefördert wird das Vorhaben von der Musterfeld Stiftung.", "Musterfeld Stiftung"),
        ("Die Gerda Beispiel Stiftung lädt zum Sommerfest.", "Gerda Beispiel Stiftung"),
        ("Träger ist seit Jahren die Lindenhof Diakonie.", "Lindenhof Diakonie"),
        ("Eine Studie kam vom Kronstein Institut.", "Kronstein Institut"),
    ],
)
def test_a_proper_name_before_a_head_of_its_own_names_a_body(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Das sagte sie dem Petra Institut nicht.",
        "Gefördert wird mit der Bildung Stiftung nichts.",
        "Stiftung und Institut arbeiten zusammen.",
    ],
)
def test_a_given_name_or_common_noun_before_a_head_names_no_body(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Jury: Senatsverwaltung Kultur, Sport und Medien: Max Muster.",
            "Senatsverwaltung für Kultur, Sport und Medien",
        ),
        ("Stichworte: Ministerium Arbeit und Soziales / Presse", "Ministerium für Arbeit und Soziales"),
        (
            "Es lud das Staatsministerium Umwelt, Energie und Klima ein.",
            "Staatsministerium für Umwelt, Energie und Klima",
        ),
    ],
)
def test_a_portfolio_after_a_ministry_without_fuer(text: str, label: str) -> None:
    assert names(text).get(label) == "Ministry"


def test_a_single_noun_after_a_ministry_is_no_portfolio_enumeration() -> None:
    assert "Ministerium für Arbeit" not in names("Das Ministerium Arbeit lädt ein.")


@pytest.mark.parametrize(
    "text",
    [
        "Beraten wird gemeinsam mit der Agentur für Arbeit.",
        "Das Kommunale Jobcenter zahlt die Fahrtkosten.",
        "Anträge nimmt das Landratsamt entgegen.",
    ],
)
def test_a_local_office_without_its_place_is_no_name(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Beraten wird gemeinsam mit der Agentur für Arbeit Göttingen.", "Agentur für Arbeit Göttingen"),
        ("Das Jobcenter Bielefeld zahlt die Fahrtkosten.", "Jobcenter Bielefeld"),
        ("Anträge nimmt das Landratsamt Passau entgegen.", "Landratsamt Passau"),
        ("Die Agentur für Arbeit Musterstadt vermittelt.", "Agentur für Arbeit Musterstadt"),
    ],
)
def test_a_local_office_with_its_place_is_a_name(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Senat von Berlin antwortet. Der Berliner Senat hat es beschlossen.", "Senat von Berlin"),
        (
            "Es lud die Landesregierung von Hessen ein; die Hessische Landesregierung zahlt.",
            "Landesregierung von Hessen",
        ),
        ("Die Bremer Bürgerschaft tagte, die Bürgerschaft von Bremen stimmte zu.", None),
    ],
)
def test_a_body_named_with_its_lands_adjective_is_the_body_named_with_von(
    text: str, label: str | None
) -> None:
    labels = {m.label for m in find_mentions(text, GAZETTEER) if m.type == "Agency"}
    assert labels == ({label} if label else set())


@pytest.mark.parametrize(
    "text",
    [
        "Das Bundesministerium hat die Mittel für Musterstadt bewilligt.",
        "Im Gespräch mit dem Landesministerium ging es um Beratung.",
        "Ein Vertreter des Staatsministeriums sprach über die Förderung.",
    ],
)
def test_a_level_of_government_and_ministry_alone_is_no_name(text: str) -> None:
    assert not any(t == "Ministry" for t in names(text).values())


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Sozialministerium hat die Mittel bewilligt.", "Sozialministerium"),
        ("Im Gespräch mit dem Integrationsministerium ging es um Beratung.", "Integrationsministerium"),
    ],
)
def test_a_ministry_named_by_its_field_stays_a_name(text: str, label: str) -> None:
    assert names(text).get(label) == "Ministry"


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Viele Ratsuchende sind im Jobcenter Montag bis Freitag zu Gast.", "Jobcenter Montag"),
        ("Die Agentur für Arbeit Mitarbeitende schult seit Jahren.", "Agentur für Arbeit Mitarbeitende"),
        ("Beim Jobcenter Teilnehmende anzumelden dauert lange.", "Jobcenter Teilnehmende"),
    ],
)
def test_a_weekday_or_participle_noun_is_not_a_local_offices_town(text: str, wrong: str) -> None:
    assert wrong not in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Agentur für Arbeit Musterstedt lud ein.", "Agentur für Arbeit Musterstedt"),
        ("Mit dem Jobcenter Musterkreis wird gesprochen.", "Jobcenter Musterkreis"),
    ],
)
def test_a_local_office_still_takes_an_unknown_town(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Behörde für Schule und Berufsbildung hat zugestimmt.", "Behörde für Schule und Berufsbildung"),
        ("Zuständig ist die Behörde für Umwelt, Klima und Energie.", "Behörde für Umwelt, Klima und Energie"),
        ("Mit der Behörde für Kultur und Medien wurde gesprochen.", "Behörde für Kultur und Medien"),
        (
            "Die Hamburger Behörde für Arbeit und Integration fördert das Projekt.",
            "Hamburger Behörde für Arbeit und Integration",
        ),
        ("Gefördert von der Bremer Behörde für Häfen und Logistik.", "Bremer Behörde für Häfen und Logistik"),
    ],
)
def test_a_bare_authority_with_a_portfolio_is_a_city_states_ministry(text: str, label: str) -> None:
    assert names(text).get(label) == "Ministry"


def test_a_compound_authority_stays_an_agency() -> None:
    assert names("Die Ausländerbehörde der Stadt Musterstadt berät.") == {
        "Ausländerbehörde der Stadt Musterstadt": "Agency"
    }


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Bundesministerium des Innern fördert Projekte.", "Bundesministerium des Innern"),
        ("Gefördert vom Ministerium des Innern und für Sport.", "Ministerium des Innern und für Sport"),
        ("Eine Sprecherin des Landesministeriums des Innern sagte das.", "Landesministerium des Innern"),
    ],
)
def test_the_interior_is_a_ministrys_genitive_portfolio(text: str, label: str) -> None:
    assert names(text).get(label) == "Ministry"


def places(text: str) -> set[str]:
    return {m.label for m in find_mentions(text, GAZETTEER) if m.type == "Place"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Die Beratung gibt es nun auch im Landkreis Gießen.", "Landkreis Gießen"),
        ("Aus dem Landkreis Fulda kamen viele Gäste zur Messe.", "Landkreis Fulda"),
        ("Petra Beispiel berät in der Landeshauptstadt Erfurt zweimal im Monat.", "Erfurt"),
    ],
)
def test_a_body_named_by_its_territory_after_a_preposition_of_place_is_the_territory(
    text: str, place: str
) -> None:
    assert "Agency" not in names(text).values() and place in places(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Landkreis Göttingen fördert die Beratung.", "Landkreis Göttingen"),
        ("Die Landeshauptstadt Potsdam stellt Räume bereit.", "Landeshauptstadt Potsdam"),
        ("Gemeinsam mit dem Landkreis Gießen wurde ein Leitfaden erarbeitet.", "Landkreis Gießen"),
    ],
)
def test_a_body_named_by_its_territory_that_acts_stays_a_body(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Bundesverwaltungsamt in Köln prüft die Anträge.", "Bundesverwaltungsamt"),
        ("Beim Bundesausgleichsamt liegen keine Zahlen vor.", "Bundesausgleichsamt"),
        ("Die Zahlen des Bundesverwaltungsamtes kamen spät.", "Bundesverwaltungsamt"),
    ],
)
def test_a_federal_office_of_a_field_names_one_body_without_a_complement(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize("text", ["Ein Bundesamt ist zuständig.", "Das Bundesamt prüft noch."])
def test_a_bare_federal_office_names_no_body(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Zentralstelle für ausländisches Bildungswesen bewertet den Abschluss.",
            "Zentralstelle für ausländisches Bildungswesen",
        ),
        ("Das Gutachten der ZAB kam nach drei Monaten.", "Zentralstelle für ausländisches Bildungswesen"),
        (
            "Petra Beispiel forscht am Institut für Arbeitsmarkt- und Berufsforschung (IAB).",
            "Institut für Arbeitsmarkt- und Berufsforschung",
        ),
        (
            "Die Zentrale Auslands- und Fachvermittlung (ZAV) wirbt Pflegekräfte an.",
            "Zentrale Auslands- und Fachvermittlung",
        ),
    ],
)
def test_federal_public_bodies_without_a_public_head_are_agencies(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        (
            "Die Bundesvereinigung der Beispielverbände (BBV) lud ein.",
            "Bundesvereinigung der Beispielverbände",
            "Organisation",
        ),
        (
            "Mit der Landesarbeitsgemeinschaft der Freien Wohlfahrtspflege Hessen wird gesprochen.",
            "Landesarbeitsgemeinschaft der Freien Wohlfahrtspflege Hessen",
            "Organisation",
        ),
        (
            "Die Arbeitsgemeinschaft Migration Mitte trifft sich monatlich.",
            "Arbeitsgemeinschaft Migration Mitte",
            "Organisation",
        ),
        (
            "Die Hamburgische Bürgerschaft debattierte den Antrag.",
            "Hamburgische Bürgerschaft",
            "Organisation",
        ),
        (
            "Mittel kommen von der Europäischen Kommission.",
            "Europäische Kommission",
            "Agency",
        ),  # the EU's executive: a public body
    ],
)
def test_federations_working_groups_and_parliaments_have_heads_of_their_own(
    text: str, label: str, type_: str
) -> None:
    assert names(text).get(label) == type_


@pytest.mark.parametrize(
    "text",
    [
        "Eine Vereinigung hat sich gegründet.",
        "Die Kommission tagt am Montag.",
        "Die Arbeitsgemeinschaft tagt.",
    ],
)
def test_a_bare_federation_or_commission_names_no_body(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Landkreis Harz fördert die Beratung.", "Landkreis Harz"),
        ("Petra Beispiel, Landrätin des Landkreises Börde, eröffnete.", "Landkreis Börde"),
        (
            "Gemeinsam mit dem Landkreis Vorpommern-Greifswald wird geplant.",
            "Landkreis Vorpommern-Greifswald",
        ),
    ],
)
def test_a_district_is_named_by_any_region_name(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Die Anfrage ging beim Abgeordnetenhaus ein.",
        "Im Abgeordnetenhaus wurde debattiert.",
        "Das Abgeordnetenhaus hat beschlossen.",
    ],
)
def test_the_only_abgeordnetenhaus_is_berlins_parliament(text: str) -> None:
    assert names(text).get("Abgeordnetenhaus von Berlin") == "Organisation"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Bei der Ausländerbeauftragten des Landes Brandenburg gab es Gespräche.",
            "Ausländerbeauftragte des Landes Brandenburg",
        ),
        (
            "Beim Integrationsbeauftragten der Stadt Leipzig liegt ein Antrag.",
            "Integrationsbeauftragter der Stadt Leipzig",
        ),
        (
            "Von der Beauftragten für Teilhabe der Landesregierung kam Lob.",
            "Beauftragte für Teilhabe der Landesregierung",
        ),
    ],
)
def test_a_commissioners_office_at_a_sentence_start_is_a_body(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Kreis Herford unterstützt die Beratung.", "Kreis Herford"),
        ("Mit dem Kreis Soest gibt es einen Vertrag.", "Kreis Soest"),
        ("Die Freie und Hansestadt Hamburg fördert das Projekt.", "Freie und Hansestadt Hamburg"),
        ("Der Vertrag mit der Freien Hansestadt Bremen läuft aus.", "Freie Hansestadt Bremen"),
    ],
)
def test_a_district_or_city_state_that_acts_is_a_body(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Aus dem Kreis Wesel kamen Gäste.",
        "In der Freien Hansestadt Bremen gibt es das auch.",
        "Der Kreis Teilnehmender war groß.",
    ],
)
def test_a_district_or_city_state_as_territory_or_a_circle_is_no_body(text: str) -> None:
    assert "Agency" not in names(text).values()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Zentrum für Migration und Arbeit berät Betriebe.", "Zentrum für Migration und Arbeit"),
        (
            "Petra Beispiel leitet das Bildungszentrum für Pflege Erfurt.",
            "Bildungszentrum für Pflege Erfurt",
        ),
        ("Im Zentrum für Weiterbildung Erfurt (ZWE) gibt es Kurse.", "Zentrum für Weiterbildung Erfurt"),
    ],
)
def test_a_centre_is_named_by_what_it_is_for(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Im Zentrum der Debatte stand die Anerkennung.",
        "Die Beratung liegt im Zentrum Leipzigs.",
        "Das Bildungszentrum Nord hat geöffnet.",
    ],
)
def test_a_centre_without_its_purpose_is_no_name(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das Thüringer Institut für Akademische Weiterbildung (TIAW) bietet Kurse an.",
            "Thüringer Institut für Akademische Weiterbildung",
        ),
        (
            "Die Stiftung für Digitale Teilhabe Musterland (SDTM) fördert.",
            "Stiftung für Digitale Teilhabe Musterland",
        ),
        (
            "Mit dem Verband für Berufliche Integration (VBI) wird gesprochen.",
            "Verband für Berufliche Integration",
        ),
    ],
)
def test_an_abbreviation_that_spells_the_capitals_completes_a_name(text: str, label: str) -> None:
    assert label in names(text)


def test_an_abbreviation_that_spells_other_capitals_completes_nothing() -> None:
    assert "Institut für Neue Beispielkunde" not in names(
        "Das Institut für Neue Beispielkunde (XYZ) forscht."
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Das Beispielbüro Thüringen (BBT) berät.", "Thüringen"),
        ("Die Unternehmerinitiative Sachsen (UIS) lädt ein.", "Sachsen"),
        ("Die Zahlen für Nordrhein-Westfalen (NRW) steigen.", "Nordrhein-Westfalen"),
    ],
)
def test_a_place_takes_no_abbreviation_that_another_letter_begins(text: str, place: str) -> None:
    found = [m for m in find_mentions(text, GAZETTEER) if m.type == "Place"]
    assert [m.label for m in found] == [place]
    assert all(m.abbreviation in (None, "NRW") for m in found)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Firma Beispielbau GmbH stellt ein.", "Beispielbau GmbH"),
        ("Das Unternehmen Muster Pflege GmbH sucht Fachkräfte.", "Muster Pflege GmbH"),
        ("Beim Unternehmen Lernweg AG arbeiten Zugewanderte.", "Lernweg AG"),
    ],
)
def test_a_classifying_noun_before_a_company_name_is_no_part_of_it(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das Kommunale Integrationszentrum Kreis Wesel berät.",
            "Kommunales Integrationszentrum Kreis Wesel",
        ),
        (
            "Im Kommunalen Integrationszentrum der Stadt Köln gibt es Kurse.",
            "Kommunales Integrationszentrum der Stadt Köln",
        ),
        (
            "Petra Beispiel vom Kommunalen Integrationszentrum Bielefeld sprach.",
            "Kommunales Integrationszentrum Bielefeld",
        ),
    ],
)
def test_a_municipal_integration_centre_is_named_by_its_district_or_town(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


def test_a_municipal_integration_centre_without_its_place_is_no_name() -> None:
    assert names("Das Kommunale Integrationszentrum berät.") == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Leuphana Universität Lüneburg forscht dazu.", "Leuphana Universität Lüneburg"),
        ("Mit der Beispielberg Hochschule Erfurt gibt es einen Vertrag.", "Beispielberg Hochschule Erfurt"),
        ("Studierende der Musterfeld Universität kamen.", "Musterfeld Universität"),
    ],
)
def test_a_proper_name_before_a_university_names_it_with_its_town(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Der Verein „Mosaik Leipzig“ lädt zum Fest ein.", {"Mosaik Leipzig"}),
        ('Beim Förderverein "Brücke der Kulturen" e.V. gibt es Kurse.', {"Brücke der Kulturen e.V."}),
        ("Die Vereine „Neue Heimat“ und „Arbeit für alle“ arbeiten mit.", {"Neue Heimat", "Arbeit für alle"}),
        ("Die Stiftung „Lernen ohne Grenzen“ fördert Sprachkurse.", {"Lernen ohne Grenzen"}),
    ],
)
def test_a_quoted_name_after_a_classifying_noun_is_a_body(text: str, labels: set[str]) -> None:
    found = names(text)
    assert all(found.get(label) == "Organisation" for label in labels)


def test_a_quoted_name_after_a_project_noun_is_no_body() -> None:
    assert "Organisation" not in names("Das Projekt „Mosaik Leipzig“ startet im Mai.").values()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Schulbehörde hat viele Anträge beschieden.", "Schulbehörde"),
        ("Bei der Sozialbehörde gibt es eine Hotline.", "Sozialbehörde"),
        ("Ein Sprecher der Wirtschaftsbehörde bestätigte das.", "Wirtschaftsbehörde"),
    ],
)
def test_a_portfolio_compound_of_behoerde_is_a_city_states_ministry(text: str, label: str) -> None:
    assert names(text).get(label) == "Ministry"


@pytest.mark.parametrize(
    "text",
    ["Die Ausländerbehörde ist überlastet.", "Eine Schulbehörde entscheidet.", "Die Schulbehörden prüfen."],
)
def test_a_local_office_or_an_indefinite_authority_is_no_ministry(text: str) -> None:
    assert "Ministry" not in names(text).values()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Stadt Dortmund und ein Beispielverein sind Partner.", "Stadt Dortmund"),
        ("Gemeinsam mit der Stadt Jena wurde ein Leitfaden erarbeitet.", "Stadt Jena"),
        ("Petra Beispiel (Stadt Leipzig) berichtete von ihrer Arbeit.", "Stadt Leipzig"),
        ("Mit Mitteln der Hansestadt Rostock wird die Beratung bezahlt.", "Hansestadt Rostock"),
    ],
)
def test_a_town_that_acts_pays_or_employs_is_a_body(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Die Bürger der Stadt Erfurt freuen sich.",
        "In der Stadt Gera gibt es eine Beratung.",
        "Das Rathaus der Hansestadt Rostock war voll.",
    ],
)
def test_a_town_as_territory_or_owner_of_a_thing_is_no_body(text: str) -> None:
    assert "Agency" not in names(text).values()


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Sie arbeitet beim Institut Beispielmarkt- und Musterforschung in Köln.", "Institut Beispielmarkt"),
        ("Die Stiftung Sprach- und Kulturarbeit fördert Kurse.", "Stiftung Sprach"),
        ("Der Verband Handels- und Dienstleistungsberufe lädt ein.", "Verband Handels"),
    ],
)
def test_the_first_half_of_a_hyphen_coordination_is_no_proper_name(text: str, wrong: str) -> None:
    assert wrong not in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das Amt für Integration der Stadt Gera berät. Es arbeitet eng mit der Ausländerbehörde zusammen.",
            "Ausländerbehörde der Stadt Gera",
        ),
        (
            "Die Ausländerbehörde sitzt im selben Haus wie das Amt für Zuwanderung der Landeshauptstadt Erfurt.",
            "Ausländerbehörde der Landeshauptstadt Erfurt",
        ),
        (
            "Im Amt für Soziales der Hansestadt Rostock ist auch das Sozialamt untergebracht.",
            "Sozialamt der Hansestadt Rostock",
        ),
    ],
)
def test_a_bare_municipal_office_belongs_to_the_one_municipality_the_release_names(
    text: str, label: str
) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Die Ausländerbehörde berät montags.",
        "Das Amt der Stadt Gera und das Amt der Stadt Jena arbeiten mit der Ausländerbehörde zusammen.",
    ],
)
def test_a_bare_municipal_office_without_one_municipality_is_no_name(text: str) -> None:
    assert not any(label.startswith("Ausländerbehörde") for label in names(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Warum waren die IHK und die Verbände nicht vertreten?", "Industrie- und Handelskammer"),
        ("Die Anerkennung prüft die HWK, nicht das Land.", "Handwerkskammer"),
        ("Für Berufe im Handwerk ist die HWK zuständig, sonst die IHK.", "Industrie- und Handelskammer"),
    ],
)
def test_a_chamber_by_its_abbreviation_alone_is_the_kind_of_chamber(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Die IHK Kassel lädt ein. Die IHK berät auch.",
        "Die Handwerkskammer Erfurt und die HWK sind dabei.",
        "Die Handwerkskammer zu Leipzig ist Partner; die HWK berät.",
    ],
)
def test_a_chamber_by_its_abbreviation_points_back_to_the_chamber_named(text: str) -> None:
    assert not {"Industrie- und Handelskammer", "Handwerkskammer"} & set(names(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Internationale Organisation für Migration (IOM) berichtete.",
            "Internationale Organisation für Migration",
        ),
        ("Bei der Organisation für Beispielhilfe liegt der Antrag.", "Organisation für Beispielhilfe"),
        (
            "Die Organisation für wirtschaftliche Beispielarbeit lädt ein.",
            "Organisation für wirtschaftliche Beispielarbeit",
        ),
    ],
)
def test_an_organisation_is_named_by_what_it_is_for(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Die Organisation der Tagung lag beim Team.",
        "Eine Migrantenorganisation aus Halle kam.",
        "Die Organisation lief gut.",
    ],
)
def test_an_organisation_without_its_purpose_is_no_name(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Der Beirat des Vereins besteht aus fünf Personen.",
        "Der Wissenschaftliche Beirat des Netzwerks tagte zweimal.",
        "Die Direktion des Hotels begrüßte die Gäste.",
    ],
)
def test_the_body_of_a_body_that_is_not_named_is_no_name(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Beirat der Beispielhilfe gGmbH tagte.", "Beirat der Beispielhilfe gGmbH"),
        ("Die Landesdirektion Sachsen ist zuständig.", "Landesdirektion Sachsen"),
        ("Der Integrationsbeirat der Stadt Erfurt tagte.", "Integrationsbeirat der Stadt Erfurt"),
    ],
)
def test_a_body_of_a_named_body_or_a_public_directorate_stays_a_name(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Werbeagentur Nordlicht Erfurt gestaltete die Plakate.", "Werbeagentur Nordlicht Erfurt"),
        ("Die Personalagentur der Stadtwerke Gera sucht Leute.", "Personalagentur der Stadtwerke Gera"),
        ("Bei der Zeitarbeitsagentur Muster Jena arbeiten Zugewanderte.", "Zeitarbeitsagentur Muster Jena"),
    ],
)
def test_an_agency_of_a_trade_is_a_company(text: str, label: str) -> None:
    assert names(text).get(label) in (None, "Organisation") and "Agency" not in names(text).values()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Unternehmervereinigung Uckermark lädt ein.", "Unternehmervereinigung Uckermark"),
        (
            "Petra Beispiel, Geschäftsführerin der Wirtschaftsvereinigung Altmark, sprach.",
            "Wirtschaftsvereinigung Altmark",
        ),
        ("Mit der Arbeitgebervereinigung Prignitz gibt es einen Vertrag.", "Arbeitgebervereinigung Prignitz"),
    ],
)
def test_a_federation_is_named_by_its_region(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Beteiligt sind die Jobcenter Kiel, Lübeck und Flensburg.",
            {"Jobcenter Kiel", "Jobcenter Lübeck", "Jobcenter Flensburg"},
        ),
        (
            "Vertreter der Arbeitsagenturen Erfurt und Gera kamen.",
            {"Arbeitsagentur Erfurt", "Arbeitsagentur Gera"},
        ),
        (
            "Die Industrie- und Handelskammern Kassel und Fulda beraten.",
            {"Industrie- und Handelskammer Kassel", "Industrie- und Handelskammer Fulda"},
        ),
    ],
)
def test_a_plural_office_before_listed_towns_is_the_office_of_each_town(text: str, labels: set[str]) -> None:
    assert labels <= set(names(text))


def test_a_plural_office_before_common_nouns_lists_no_towns() -> None:
    assert not [
        label
        for label in names("Die Ausländerbehörden Beratung und Prüfung sind getrennt.")
        if "Prüfung" in label
    ]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Muster & Partner GbR ist Partner.", "Muster & Partner GbR"),
        ("Mit der Beispiel Services Ltd. wird gesprochen.", "Beispiel Services Ltd."),
        ("Petra Beispiel, Inhaberin der Lernhaus Muster GbR, sprach.", "Lernhaus Muster GbR"),
    ],
)
def test_a_partnership_or_a_limited_company_is_named_by_its_legal_form(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Sie arbeitete lange im Kommunalen Jobcenter.",
        "Er hat Erfahrung im Jobcenter und in der Schule.",
        "Beraten wird in dem Jobcenter am Markt.",
    ],
)
def test_a_local_office_after_im_is_no_venue(text: str) -> None:
    assert not [m for m in find_mentions(text, GAZETTEER) if m.type == "Place" and "Jobcenter" in m.label]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Sie studierte an der Uni Passau Informatik.", "Universität Passau"),
        ("Die TU Dresden forscht zur Anerkennung.", "Technische Universität Dresden"),
        ("Petra Beispiel unterrichtet an der VHS Jena.", "Volkshochschule Jena"),
    ],
)
def test_a_short_head_before_a_town_names_the_body_in_full(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text", ["Die Uni war voll.", "Die TU Beispielstadt ist unbekannt.", "An der FH gibt es Kurse."]
)
def test_a_short_head_without_a_known_town_names_nothing(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Es gründet sich das Netzwerk diskriminierungsfreies Sachsen als Verein.",
            "Netzwerk diskriminierungsfreies Sachsen",
        ),
        (
            "Partner des Netzwerks interkulturelle Bildung Thüringen sind viele.",
            "Netzwerk interkulturelle Bildung Thüringen",
        ),
        ("Das Netzwerk faire Arbeit Hessen lädt ein.", "Netzwerk faire Arbeit Hessen"),
    ],
)
def test_a_network_outside_iq_named_by_attribute_and_place_is_an_organisation(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Das IQ Netzwerk Sachsen berät.",
        "Das Netzwerk regionale Fachkräftesicherung tagt.",
        "Das Netzwerk in Sachsen wächst.",
    ],
)
def test_an_iq_network_or_a_network_without_place_is_no_such_organisation(text: str) -> None:
    assert not [label for label in names(text) if label.startswith("Netzwerk")]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Beratung im Landkreis Gießen\n\nGießen. Der Landkreis lädt ein.", "Landkreis Gießen Gießen"),
        (
            "Neues von der Handwerkskammer Erfurt\n\nErfurt. Die Kammer berät.",
            "Handwerkskammer Erfurt Erfurt",
        ),
        (
            "Termine der Agentur für Arbeit Jena\n\nJena – Die Agentur lädt ein.",
            "Agentur für Arbeit Jena Jena",
        ),
    ],
)
def test_a_name_does_not_run_over_a_paragraph_break(text: str, wrong: str) -> None:
    labels = {m.label for m in find_mentions(text, GAZETTEER)}
    assert wrong not in labels


@pytest.mark.parametrize(
    "text",
    [
        "Mit dem Programm „Neue Wege“ fördert die Bundesregierung Jugendliche aus Europa.",
        "Seit 2012 unterstützt die Bundesregierung Fachkräfte bei der Anerkennung.",
        "Im Herbst berät der Bundestag Änderungen am Gesetz.",
    ],
)
def test_a_capitalised_word_after_the_federal_government_is_its_object(text: str) -> None:
    assert not any(label.startswith(("Bundesregierung ", "Bundestag ")) for label in names(text))


def test_a_lands_government_still_takes_its_land() -> None:
    assert names("Die Landesregierung Brandenburg hat beschlossen.") == {
        "Landesregierung Brandenburg": "Agency"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zuständig sind die Regierungspräsidien Kassel, Gießen und Darmstadt.",
            {"Regierungspräsidium Kassel", "Regierungspräsidium Gießen", "Regierungspräsidium Darmstadt"},
        ),
        (
            "Die Bezirksregierungen Köln und Münster bewilligen.",
            {"Bezirksregierung Köln", "Bezirksregierung Münster"},
        ),
        (
            "In den Landratsämtern Gotha und Sömmerda wird beraten.",
            {"Landratsamt Gotha", "Landratsamt Sömmerda"},
        ),
        ("Sie berät in den Jobcentern Kiel und Lübeck.", {"Jobcenter Kiel", "Jobcenter Lübeck"}),
    ],
)
def test_a_plural_office_before_listed_towns_names_the_office_of_each(text: str, expected: set[str]) -> None:
    assert {label for label, type_ in names(text).items() if type_ == "Agency"} == expected


def test_a_plural_office_before_common_nouns_names_none() -> None:
    assert names("Die Regierungspräsidien Beratung und Prüfung sind zuständig.") == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Auf Einladung der Beauftragten der Bundesregierung für Migration trafen sich Fachleute.",
            "Beauftragte der Bundesregierung für Migration",
        ),
        (
            "Im Auftrag des Landesbeauftragten für Migration und Teilhabe berät das Netzwerk.",
            "Landesbeauftragter für Migration und Teilhabe",
        ),
        (
            "Unterstützt wird das Netzwerk durch die Integrationsbeauftragte des Landes Niedersachsen.",
            "Integrationsbeauftragte des Landes Niedersachsen",
        ),
    ],
)
def test_a_commissioners_office_that_invites_commissions_or_supports_is_a_body(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Auf Einladung der Integrationsbeauftragten der Landesregierung, Petra Beispiel, trafen sich Fachleute.",
        "Auf Einladung der Beauftragten kamen viele.",
        "Im Auftrag des Landesbeauftragten, Max Mustermann, sprach sie.",
    ],
)
def test_an_invitation_by_a_named_person_or_an_unnamed_office_names_no_body(text: str) -> None:
    assert "Agency" not in names(text).values()


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        ("Die Senatskanzlei Hamburg lädt zum Empfang.", "Senatskanzlei Hamburg", "Agency"),
        (
            "Die Bundeszentrale für politische Bildung informiert.",
            "Bundeszentrale für politische Bildung",
            "Agency",
        ),
        ("Der Magistrat der Stadt Musterstadt hat beschlossen.", "Magistrat der Stadt Musterstadt", "Agency"),
    ],
)
def test_a_city_state_s_chancellery_a_federal_central_office_and_a_town_s_magistrate(
    text: str, label: str, type_: str
) -> None:
    assert names(text).get(label) == type_


@pytest.mark.parametrize(
    "text",
    ["Der Magistrat hat beschlossen.", "Die Senatskanzlei lädt ein.", "Die Bundeszentrale informiert."],
)
def test_a_bare_chancellery_magistrate_or_central_office_names_no_body(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Rhein-Sieg-Kreis fördert das Projekt.", "Rhein-Sieg-Kreis"),
        ("Mit Mitteln des Main-Kinzig-Kreises wird beraten.", "Main-Kinzig-Kreis"),
        ("Mit dem Ennepe-Ruhr-Kreis gibt es einen Vertrag.", "Ennepe-Ruhr-Kreis"),
    ],
)
def test_a_district_named_by_a_hyphenated_compound_that_acts_is_a_body(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Im Rhein-Sieg-Kreis wird beraten.",
        "Die Bürger des Main-Kinzig-Kreises sind zufrieden.",
        "Der Arbeitskreis und der Freundeskreis laden ein.",
    ],
)
def test_a_district_compound_as_a_territory_or_a_one_word_kreis_names_no_body(text: str) -> None:
    assert "Agency" not in names(text).values()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Zentrale Anerkennungsstelle Hessen prüft die Anträge.", "Zentrale Anerkennungsstelle Hessen"),
        ("Die Anerkennungsstelle für Lehrkräfte prüft.", "Anerkennungsstelle für Lehrkräfte"),
        ("Beim Landesamt lag die Anerkennungsstelle Sachsen-Anhalt.", "Anerkennungsstelle Sachsen-Anhalt"),
    ],
)
def test_a_recognition_authority_with_its_place_or_field_is_an_agency(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Stabsstelle Integration der Landeshauptstadt Musterstadt lädt ein.",
            "Stabsstelle Integration der Landeshauptstadt Musterstadt",
        ),
        (
            "Das Referat Migration und Teilhabe der Stadt Musterstadt lädt ein.",
            "Referat Migration und Teilhabe der Stadt Musterstadt",
        ),
        (
            "Mit dem Amt Migration des Landkreises Musterland wird geplant.",
            "Amt Migration des Landkreises Musterland",
        ),
    ],
)
def test_a_department_named_by_its_topic_and_its_municipality(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text", ["Die Anerkennungsstelle prüft.", "Das Referat Migration im Ministerium prüft."]
)
def test_a_bare_recognition_authority_or_a_ministry_s_unit_names_no_body(text: str) -> None:
    assert "Agency" not in names(text).values()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Bezirk Oberfranken fördert das Projekt.", "Bezirk Oberfranken"),
        ("Mit Mitteln des Bezirks Mittelfranken wird beraten.", "Bezirk Mittelfranken"),
        ("Mit dem Bezirk Niederbayern gibt es einen Vertrag.", "Bezirk Niederbayern"),
    ],
)
def test_a_bavarian_district_that_acts_or_pays_is_a_body(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Im Bezirk Oberbayern wird beraten.",
        "Die Bürger des Bezirks Unterfranken sind zufrieden.",
        "Der Bezirk Mitte lädt ein.",
    ],
)
def test_a_district_as_a_territory_or_of_no_known_region_names_no_body(text: str) -> None:
    assert "Agency" not in names(text).values()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das Angebot wird mitfinanziert von der Senatorin für Kinder, Jugend und Sport.",
            "Senatorin für Kinder, Jugend und Sport",
        ),
        ("Beim Senator für Wirtschaft und Häfen liegt die Koordination.", "Senator für Wirtschaft und Häfen"),
        (
            "Die Mittel der Senatorin für Kinder und Bildung fließen in Kurse.",
            "Senatorin für Kinder und Bildung",
        ),
        ("Das Büro arbeitet eng mit dem Senator für Inneres zusammen.", "Senator für Inneres"),
    ],
)
def test_a_senator_named_by_portfolio_after_a_preposition_is_an_authority(text: str, label: str) -> None:
    assert names(text).get(label) == "Ministry"


@pytest.mark.parametrize(
    "text",
    [
        "Grußworte sprach die Senatorin für Arbeit und Soziales, Anja Kern.",
        "Anja Kern, Senatorin für Arbeit und Soziales, eröffnete die Tagung.",
        "Mit Senatorin für Soziales Anja Kern sprach die Runde.",
        "Die Runde sprach mit der Senatorin über Kurse.",
    ],
)
def test_a_senator_with_her_name_or_without_portfolio_is_no_authority(text: str) -> None:
    assert "Ministry" not in names(text).values()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Kurse des Vereins Lernwerk sind gefragt.", "Verein Lernwerk"),
        ("Mit Mitteln des Instituts Sprachbrücke in Fulda entstand ein Kurs.", "Institut Sprachbrücke"),
        ("Die Satzung des Verbandes Brückenschlag wurde geändert.", "Verband Brückenschlag"),
    ],
)
def test_a_bare_head_in_the_genitive_takes_the_name_after_it(text: str, label: str) -> None:
    assert label in names(text)


def test_a_bare_head_in_the_genitive_without_a_name_is_no_body() -> None:
    assert names("Der Vorstand des Vereins lobte die Arbeit.") == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Vom Land Hessen kommen weitere Mittel für die Kurse.", "Land Hessen"),
        (
            "Das Angebot endet 2025.\nFörderung: Land Niedersachsen\nTräger: Lernwerk e. V.",
            "Land Niedersachsen",
        ),
        ("Laufzeit: 2023 bis 2025\nFördergeber: Stadt Kassel", "Stadt Kassel"),
        ("Kooperationspartner: Kreis Herford, Lernwerk e. V.", "Kreis Herford"),
    ],
)
def test_a_land_or_town_as_funder_opening_a_sentence_or_a_field(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text", ["Hauptstadt: Land Hessen", "Ort: Stadt Kassel", "Im Land Hessen leben viele Fachkräfte."]
)
def test_a_land_or_town_after_another_field_is_no_body(text: str) -> None:
    assert not [label for label in names(text) if label.startswith(("Land ", "Stadt "))]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Seit 2020 ist das Bildungswerk Träger der Beratungsstelle Anerkennung Nord.",
            "Bildungswerk Träger",
        ),
        ("Künftig ist der Verein Mitglied im Bündnis für Arbeit.", "Verein Mitglied"),
        ("Zugleich ist die Stiftung Gastgeber der Tagung.", "Stiftung Gastgeber"),
    ],
)
def test_a_predicate_noun_after_a_bare_head_is_no_name(text: str, absent: str) -> None:
    assert not [label for label in names(text) if label.startswith(absent)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Universitätsstadt Greifswald fördert das Projekt.", "Universitätsstadt Greifswald"),
        ("Mit der Kreisstadt Korbach arbeitet der Verein zusammen.", "Kreisstadt Korbach"),
        ("Auch die Hochschulstadt Gießen unterstützt die Kurse.", "Hochschulstadt Gießen"),
    ],
)
def test_a_town_styled_by_a_compound_of_stadt_is_a_municipal_body(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


def test_a_town_styled_by_a_compound_of_stadt_after_in_is_the_place() -> None:
    assert "Universitätsstadt Marburg" not in names(
        "In der Universitätsstadt Marburg leben viele Fachkräfte."
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Der Bildungsträger Oldenburger Land e. V. bietet Kurse an.",
            "Bildungsträger Oldenburger Land e. V.",
        ),
        ("Kurse gibt beim Bildungsträger Hohenloher Land gGmbH.", "Bildungsträger Hohenloher Land gGmbH"),
        ("Partner ist der Verein Wendländer Raum e. V. aus Lüchow.", "Verein Wendländer Raum e. V."),
    ],
)
def test_a_classifier_before_a_landscape_alone_is_part_of_the_name(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Caritas-Bildungszentrum Trier bietet Kurse an.", "Caritas-Bildungszentrum Trier"),
        ("Kurse gibt es im Kolping-Bildungszentrum Fulda.", "Kolping-Bildungszentrum Fulda"),
        ("Die Diakonie-Bildungszentrum Kassel lädt ein.", "Diakonie-Bildungszentrum Kassel"),
    ],
)
def test_a_branded_centre_is_named_by_its_town(text: str, label: str) -> None:
    assert label in names(text)


def test_a_plain_centre_with_a_town_stays_unnamed() -> None:
    assert "Bildungszentrum Kassel" not in names("Im Bildungszentrum Kassel gibt es Kurse.")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Ein Angebot des Vereins Sprachhaus. Träger: Sprachhaus Trier e. V.", "Sprachhaus Trier e. V."),
        ("Der Lernwerk Fulda e.V. wächst. Der Verein Lernwerk sucht Räume.", "Lernwerk Fulda e.V."),
        (
            "Beim Verein Brückenschlag Nord gibt es Kurse. Träger ist Brückenschlag Nord e. V.",
            "Brückenschlag Nord e. V.",
        ),
    ],
)
def test_an_association_met_by_its_kind_and_first_words_is_the_registered_one(text: str, label: str) -> None:
    assert [m for m in names(text) if "Sprachhaus" in m or "Lernwerk" in m or "Brückenschlag" in m] == [label]


def test_an_association_named_by_first_words_of_two_registered_ones_stays_apart() -> None:
    text = "Ein Angebot des Vereins Sprachhaus. Träger: Sprachhaus Ost e. V. und Sprachhaus Nord e. V."
    assert "Verein Sprachhaus" in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Der Kreisverband Musterland der Arbeiterwohlfahrt lädt ein.",
            "Kreisverband Musterland der Arbeiterwohlfahrt",
        ),
        (
            "Mit dem Bezirksverband Nordland der Arbeiterwohlfahrt wird geplant.",
            "Bezirksverband Nordland der Arbeiterwohlfahrt",
        ),
        ("Auch der Ortsverband Probstei des Roten Kreuzes hilft.", "Ortsverband Probstei des Roten Kreuzes"),
    ],
)
def test_a_regional_unit_named_by_an_unknown_region_keeps_its_association(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Der Verband der Metall- und Elektroindustrie Musterlands (Südwestmetall) hilft.", "Südwestmetall"),
        ("Die Vereinigung der Arbeitgeberverbände Nordlands (Nordarbeitgeber) zahlt.", "Nordarbeitgeber"),
        ("Die Stiftung Lernwerk Nordhessen (Lernwerkstiftung) hilft.", "Lernwerkstiftung"),
    ],
)
def test_a_long_one_word_short_form_in_brackets_is_the_bodys(text: str, short: str) -> None:
    assert short in {m.abbreviation for m in find_mentions(text, GAZETTEER)}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Die Stadt plant, in der Berufsschule Sprachkurse anzubieten.", "Sprachkurse"),
        ("Ziel ist es, im Institut Workshops zu veranstalten.", "Workshops"),
        ("Geplant ist, bei der Stiftung Stipendien einzuwerben.", "Stipendien"),
    ],
)
def test_a_noun_before_a_zu_infinitive_is_its_object_not_a_name(text: str, absent: str) -> None:
    found = {m.label for m in find_mentions(text, GAZETTEER)}
    assert not [label for label in found if absent in label]


def test_a_body_named_before_a_zu_infinitive_keeps_its_name() -> None:
    assert "Verein Lernwerk" in names("Ziel ist, den Verein Lernwerk zu stärken.")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Kurse (Träger: Forschungsinstitut Betriebliche Bildung) starten im Mai.",
            "Forschungsinstitut Betriebliche Bildung",
        ),
        (
            "Begleitet wird das Vorhaben vom Beratungszentrum Soziale Teilhabe.",
            "Beratungszentrum Soziale Teilhabe",
        ),
        (
            "Das Forschungsinstitut Interkulturelle Kommunikation legt einen Bericht vor.",
            "Forschungsinstitut Interkulturelle Kommunikation",
        ),
    ],
)
def test_a_compound_head_named_by_a_capitalised_field(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Die Beratungsstelle wird gefördert von der Stiftung Nordlicht und der Hansestadt Wismar.",
            "Hansestadt Wismar",
        ),
        ("Gemeinsam mit dem Verein Lernort e. V. sowie der Stadt Kiel lädt das Netzwerk ein.", "Stadt Kiel"),
        ("Die Kurse werden vom Jobcenter Jena und der Stadt Jena bezahlt.", "Stadt Jena"),
    ],
)
def test_a_town_after_and_shares_the_dative_preposition_of_the_first_body(text: str, town: str) -> None:
    assert names(text).get(town) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Die Bürger der Gemeinde und der Stadt Kiel feierten.",
        "Die Kurse finden in der Schule und der Stadt Kiel statt.",
        "Die Zahl der Geflüchteten und der Stadt Kiel stieg.",
    ],
)
def test_a_town_after_and_without_a_dative_preposition_is_no_body(text: str) -> None:
    assert "Stadt Kiel" not in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Unser Verein ist Mitglied im Landesfrauenrat Sachsen-Anhalt.", "Landesfrauenrat Sachsen-Anhalt"),
        ("Petra Beispiel, Vorsitzende des Landesfrauenrates Thüringen, sprach.", "Landesfrauenrat Thüringen"),
        ("Der Deutsche Frauenrat begrüßt die Förderung.", "Deutscher Frauenrat"),
    ],
)
def test_a_women_s_council_is_an_association(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Liga der freien Wohlfahrtspflege in Sachsen will helfen.",
            "Liga der freien Wohlfahrtspflege in Sachsen",
        ),
        (
            "Petra Beispiel von der LIGA der Freien Wohlfahrtspflege Thüringen sprach.",
            "LIGA der Freien Wohlfahrtspflege Thüringen",
        ),
        (
            "Gemeinsam mit der Liga der Wohlfahrtsverbände lädt das Netzwerk ein.",
            "Liga der Wohlfahrtsverbände",
        ),
    ],
)
def test_a_league_of_welfare_associations_is_an_association(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Die Bundesliga startet am Freitag.",
        "Die Liga der Gerechten tagt.",
        "Er spielt in der Liga der Besten.",
    ],
)
def test_a_league_without_the_welfare_genitive_is_no_body(text: str) -> None:
    assert not any("Liga" in label for label in names(text))
