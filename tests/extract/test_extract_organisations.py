"""The organisation-name grammar on invented sentences: each construction in several variants (word order,
inflection, other names), so a rule is checked for the construction, not for one sentence."""

from __future__ import annotations

import pytest

from conftest import facts_of
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
        (
            "Gefördert wird das vom Institut für Markt- und Sozialforschung.",
            "Institut für Markt- und Sozialforschung",
            "Organisation",
        ),
        (
            "Die Industrie- und Handelskammer Musterland-Nord lud ein.",
            "Industrie- und Handelskammer Musterland-Nord",
            "Organisation",
        ),
        (
            "Beteiligt sind das Asyl-, Wander- und Beispielamt für Flucht und Rückkehr.",
            "Asyl-, Wander- und Beispielamt für Flucht und Rückkehr",
            "Agency",
        ),
    ],
)
def test_hyphen_coordination_belongs_to_the_name(text: str, label: str, type_: str) -> None:
    assert names(text).get(label) == type_


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Gesellschaft für berufliche Maßnahmen gGmbH ist Träger.",
            "Gesellschaft für berufliche Maßnahmen gGmbH",
        ),
        (
            "Partner ist die Hochschule für angewandte Künste und Medien.",
            "Hochschule für angewandte Künste und Medien",
        ),
        ("Sie sprach mit der Stiftung für soziale Teilhabe.", "Stiftung für soziale Teilhabe"),
    ],
)
def test_a_portfolio_may_hold_small_letter_adjectives(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung für die Region lädt ein.",
        "Der Verband für alle Menschen tagte.",
        "Eine Stiftung für soziale Teilhabe fehlt noch.",
    ],
)
def test_no_name_from_a_determiner_phrase_or_an_indefinite_noun(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        ("Der Senat von Berlin beschloss das Programm.", "Senat von Berlin", "Agency"),
        ("Im Abgeordnetenhaus von Berlin wurde gefragt.", "Abgeordnetenhaus von Berlin", "Organisation"),
        ("Der Landtag von Sachsen-Anhalt stimmte zu.", "Landtag von Sachsen-Anhalt", "Organisation"),
        ("Der Landkreis Osnabrück beteiligt sich.", "Landkreis Osnabrück", "Agency"),
        ("Die Landeshauptstadt München fördert mit.", "Landeshauptstadt München", "Agency"),
        ("Die Landesdirektion Sachsen prüft.", "Landesdirektion Sachsen", "Agency"),
        ("Vertreten war auch das Bundeskanzleramt.", "Bundeskanzleramt", "Agency"),
    ],
)
def test_public_bodies_of_states_and_towns(text: str, label: str, type_: str) -> None:
    assert names(text).get(label) == type_


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Deutsche Musterbund (DMB) lud ein.", "Deutscher Musterbund"),
        ("Vom Westdeutschen Beispielkammertag kam Zustimmung.", "Westdeutscher Beispielkammertag"),
        ("Die Europäische Union fördert das Projekt.", "Europäische Union"),
    ],
)
def test_adjectives_in_sch_lead_a_name_and_take_the_nominative(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Es sprach die Geschäftsführerin der Beispiel Nord GmbH.", "Beispiel Nord GmbH"),
        ("Er ist Projektleiter des Vereins Brückenbau e.V. in Musterstadt.", "Brückenbau e.V."),
        ("Die Referentin des Thüringer Musterverbandes e.V. berichtete.", "Thüringer Musterverband e.V."),
        (
            "Die Beratungsstelle Nordhessen des Bildungswerks der Beispielwirtschaft e. V. berät.",
            "Bildungswerk der Beispielwirtschaft e. V.",
        ),
    ],
)
def test_a_legal_form_name_starts_after_a_role_or_place_in_front_of_it(text: str, label: str) -> None:
    found = names(text)
    assert label in found and not any(
        x != label and x.endswith(label.split()[-1]) and label in x for x in found
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Dabei sind adis e.V. und die Stadt.", "adis e.V."),
        ("Die Stadt und brückenbau e.V. kooperieren.", "brückenbau e.V."),
        ("Die Tür an Tür - Musterfabrik gGmbH wächst.", "Tür an Tür - Musterfabrik gGmbH"),
        (
            "Die Regionalbus-Gesellschaft Ober- und Unterkreis mbH fährt.",
            "Regionalbus-Gesellschaft Ober- und Unterkreis mbH",
        ),
        ("Das Institut für Bildung gemeinnützige GmbH startet.", "Institut für Bildung gemeinnützige GmbH"),
    ],
)
def test_legal_form_names_in_small_letters_with_dashes_and_coordination(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die HAWK Hochschule für angewandte Künste lädt ein.", "HAWK Hochschule für angewandte Künste"),
        ("Das DGB Bildungswerk Nord berät.", "DGB Bildungswerk Nord"),
        ("Ein Beitrag kam vom ABC Institut für Sozialforschung.", "ABC Institut für Sozialforschung"),
    ],
)
def test_an_acronym_in_front_of_the_head_is_part_of_the_name(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "not_label"),
    [
        ("Es sprach der Beauftragte der Landesregierung für Migration.", "Landesregierung für Migration"),
        ("Ina Roth, Beauftragte des Senats für Integration, sprach.", "Senat für Integration"),
        (
            "Die Beauftragte der Bundesregierung für Flucht und Teilhabe kam.",
            "Bundesregierung für Flucht und Teilhabe",
        ),
    ],
)
def test_governments_take_no_portfolio(text: str, not_label: str) -> None:
    assert not_label not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Im Haupt- und Ehrenamt engagieren sich viele.",
        "Das Ehrenamt der Beispielstadt wird geehrt.",
        "Insgesamt 40 Projekte gibt es.",
    ],
)
def test_office_words_that_are_no_bodies(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Jobcenter Eisenach berät.", "Jobcenter Eisenach"),
        ("Der Berliner Senat beschloss.", "Berliner Senat"),
        ("Die Thüringer Landesregierung fördert.", "Thüringer Landesregierung"),
    ],
)
def test_nouns_and_place_adjectives_keep_their_form(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        ("Den Preis verleiht die bayerische Staatsregierung.", "Bayerische Staatsregierung", "Agency"),
        ("Das sächsische Sozialministerium fördert mit.", "Sächsisches Sozialministerium", "Ministry"),
        ("Geld kommt von der hessischen Landesregierung.", "Hessische Landesregierung", "Agency"),
    ],
)
def test_a_small_letter_land_adjective_begins_the_name(text: str, label: str, type_: str) -> None:
    assert names(text).get(label) == type_


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Beraten wird gemeinsam mit dem Caritasverband.", "Caritasverband"),
        ("Die AWO und die Stadt laden ein.", "Arbeiterwohlfahrt"),
        ("Mitglieder des Deutschen Gewerkschaftsbundes kamen.", "Deutscher Gewerkschaftsbund"),
    ],
)
def test_nationwide_associations_by_name_or_abbreviation(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


def test_each_town_of_a_list_after_a_preposition_is_a_place() -> None:
    found = {m.label for m in find_mentions("Büros gibt es in Eisenach, Landshut und Holzminden.", GAZETTEER)}
    assert {"Eisenach", "Landshut", "Holzminden"} <= found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Verein Brückenbau e.V. lädt ein.", "Brückenbau e.V."),
        ("Sie ist Projektleiterin des Vereins Wegweiser e.V. in Musterstadt.", "Wegweiser e.V."),
        ("Partner ist der Verein für soziale Arbeit e.V.", "Verein für soziale Arbeit e.V."),
    ],
)
def test_the_classifying_noun_verein_is_not_part_of_a_name(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label", "abbreviation"),
    [
        ("Teilprojekte: TP 2: Wege in Arbeit – WiA (Träger: Muster e.V.)", "Wege in Arbeit", "WiA"),
        ("Teilprojekte:\nTP 5: Lotsen Nord – LoNo\nTP 6: Wege Süd", "Lotsen Nord", "LoNo"),
        ("Teilprojekte: TP 1: Anlaufstelle Süd – ASS (Träger: Muster e.V.)", "Anlaufstelle Süd", "ASS"),
    ],
)
def test_an_abbreviation_after_a_dash_in_a_list_item(text: str, label: str, abbreviation: str) -> None:
    found = {m.label: m.abbreviation for m in find_mentions(text, GAZETTEER)}
    assert found.get(label) == abbreviation


@pytest.mark.parametrize(
    "text",
    [
        "Das Förderprogramm „IQ - Integration durch Qualifizierung“ läuft.",
        "Im Programm „Integration durch Qualifizierung – IQ“ sind 16 Netzwerke.",
        "Das Bundesprogramm „Integration durch Qualifizierung (IQ)“ wirkt.",
    ],
)
def test_a_known_programme_quoted_with_its_abbreviation_stays_the_known_one(text: str) -> None:
    programmes = {m.label for m in find_mentions(text, GAZETTEER) if m.type == "Programme"}
    assert programmes == {"Integration durch Qualifizierung"}


def test_a_single_office_word_in_a_subproject_list_is_no_subproject() -> None:
    found = names(
        "Teilprojekte: TP 1: Koordination (Träger: Muster e.V.) - TP 2: Lotsen Nord (Träger: Muster e.V.)"
    )
    assert "Koordination" not in found and found.get("Lotsen Nord") == "Subproject"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das Musterministerium für Bildung und Kultur, Sport und Jugend fördert.",
            "Musterministerium für Bildung und Kultur, Sport und Jugend",
        ),
        (
            "Die Stiftung für berufliche Bildung, Arbeit und Teilhabe lädt ein.",
            "Stiftung für berufliche Bildung, Arbeit und Teilhabe",
        ),
        (
            "Das Ministerium für Arbeit und Soziales, Frau Beispiel und andere kamen.",
            "Ministerium für Arbeit und Soziales",
        ),
    ],
)
def test_a_portfolio_of_two_pairs_and_no_further(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Servicestelle Fachkräftesicherung berät Betriebe.", "Servicestelle Fachkräftesicherung"),
        ("Neu ist das Kompetenzzentrum Migration in Musterstadt.", "Kompetenzzentrum Migration"),
        ("Die Beratungsstelle Anerkennung Nordland (BAN) öffnet.", "Beratungsstelle Anerkennung Nordland"),
    ],
)
def test_a_service_unit_named_by_its_topic(text: str, label: str) -> None:
    assert names(text).get(label) == "Subproject"


@pytest.mark.parametrize(
    "text",
    [
        "Die Berliner Anlaufstelle berät.",
        "Eine Anlaufstelle für Migrantinnen und Migranten fehlt.",
        "Die Beratungsstelle des Vereins ist voll.",
    ],
)
def test_a_service_unit_described_is_not_named(text: str) -> None:
    assert not any(t == "Subproject" for t in names(text).values())


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Land Niedersachsen kofinanziert die Beratung.", "Land Niedersachsen"),
        ("Es fließen Mittel des Freistaates Sachsen.", "Freistaat Sachsen"),
        ("Gefördert wird es vom Bund und dem Land Hessen.", "Land Hessen"),
    ],
)
def test_a_land_as_the_body_that_acts_or_pays(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


def test_a_land_as_a_place_is_no_body() -> None:
    assert "Land Bremen" not in names("Im Land Bremen gibt es viele Angebote.")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Hauptstadt des Landes Brandenburg wächst.", "Land Brandenburg"),
        ("Viele Fachkräfte kommen in das Land Hessen.", "Land Hessen"),
        ("Der Arbeitsmarkt des Freistaates Sachsen braucht Zuwanderung.", "Freistaat Sachsen"),
    ],
)
def test_a_land_in_a_genitive_of_place_or_after_a_preposition_is_no_body(text: str, label: str) -> None:
    assert label not in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Beratung läuft mit Unterstützung des Landes Brandenburg.", "Land Brandenburg"),
        ("Dazu kommen Fördermittel des Freistaates Thüringen.", "Freistaat Thüringen"),
        ("Seit 2015 dankt der Verein dem Land Hessen für die Hilfe.", "Land Hessen"),
    ],
)
def test_a_land_that_pays_or_is_addressed_is_a_body(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Es sprach Greta Probe von basis & woge e.V und andere.", "basis & woge e.V"),
        ("Die neue Arbeit e.V. lädt ein.", "Arbeit e.V."),
        ("Dabei ist auch die kleine Brücke gGmbH aus Musterstadt.", "Brücke gGmbH"),
    ],
)
def test_small_letter_names_and_adjectives_before_a_legal_form(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Projekt ist bei der Handwerkskammer Oberland angesiedelt.", "Handwerkskammer Oberland"),
        ("Partner ist der Unternehmerverband Nordheide.", "Unternehmerverband Nordheide"),
        ("Es lädt die Kreishandwerkerschaft Ober-Unterland ein.", "Kreishandwerkerschaft Ober-Unterland"),
    ],
)
def test_chambers_and_associations_are_named_by_their_region(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dass die Handwerkskammer Betrieben hilft, ist bekannt.",
        "Die Handwerkskammer Beratung anzubieten ist neu.",
        "Wenn der Verband Mitgliedern schreibt, antworten sie.",
    ],
)
def test_a_common_noun_after_a_chamber_is_no_region(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "label", "abbreviation"),
    [
        (
            "Die Industrie- und Handelskammer Nordland (IHK Nordland) lädt ein.",
            "Industrie- und Handelskammer Nordland",
            "IHK Nordland",
        ),
        ("Die job.werk GmbH bildet aus.", "job.werk GmbH", None),
        ("Die start.hub gGmbH berät.", "start.hub gGmbH", None),
    ],
)
def test_styled_names_and_two_word_abbreviations(text: str, label: str, abbreviation: str | None) -> None:
    found = {m.label: m.abbreviation for m in find_mentions(text, GAZETTEER)}
    assert label in found and found[label] == abbreviation


# ---- round 3: names beyond the German head nouns


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Studie stammt von der Lernhafen Foundation aus Kanada.", "Lernhafen Foundation"),
        ("Gefördert hat das Vorhaben das Migration Beispiel Institute.", "Migration Beispiel Institute"),
        ("Mit dabei war auch der Brückenbau Trust aus Irland.", "Brückenbau Trust"),
    ],
)
def test_english_head_names_an_organisation(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Mehrere Institute beteiligten sich an der Umfrage.",
        "Zwei Institute legten gestern einen Bericht vor.",
        "Weitere Institute sollen im Herbst folgen.",
    ],
)
def test_german_plural_institute_is_no_name(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Kranich AG und die Beispiel SE stellen Plätze bereit.", {"Kranich AG", "Beispiel SE"}),
        (
            "Partner sind die Holzbau Mustermann KG sowie die Lernhaus gGmbH.",
            {"Holzbau Mustermann KG", "Lernhaus gGmbH"},
        ),
        ("Ausbilden wird die Brückenbau GmbH & Co. KG in Musterstadt.", {"Brückenbau GmbH & Co. KG"}),
    ],
)
def test_company_legal_forms_end_a_name(text: str, expected: set[str]) -> None:
    assert expected <= set(names(text))


@pytest.mark.parametrize(
    "text",
    [
        "Die AG Migration tagte am Montag.",
        "Nach der Sitzung der AG ging es weiter.",
    ],
)
def test_working_group_ag_is_no_company(text: str) -> None:
    assert not any(label.endswith(" AG") for label in names(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Bundesverband Europäischer Lernhäuser warnte.", "Bundesverband Europäischer Lernhäuser"),
        (
            "Eine Studie des Sachverständigenrats Deutscher Stiftungen zeigt das.",
            "Sachverständigenrat Deutscher Stiftungen",
        ),
        ("Dem Verband Freier Berufe gehören viele an.", "Verband Freier Berufe"),
    ],
)
def test_genitive_plural_without_article_completes_a_name(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Träger ist LERNEN UND WERKEN Thüringen.", "LERNEN UND WERKEN Thüringen"),
        ("Dazu kommt BILDUNG & ZUKUNFT aus Kassel.", "BILDUNG & ZUKUNFT"),
        ("Partner von WERK & WANDEL Bayern sind viele.", "WERK & WANDEL Bayern"),
    ],
)
def test_capitals_coordination_is_a_styled_name(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


def test_capital_abbreviations_coordinated_are_no_styled_name() -> None:
    assert not [label for label in names("IHK & HWK beraten gemeinsam.") if "&" in label]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Mit dabei war Handwerk.MUSTER aus Bonn.", "Handwerk.MUSTER"),
        ("Das Projekt lern.werk hat begonnen.", "lern.werk"),
        ("Auch start.beispiel stellte sich vor.", "start.beispiel"),
    ],
)
def test_dotted_styled_name(text: str, label: str) -> None:
    assert label in names(text)


def test_web_addresses_and_abbreviations_are_no_dotted_name() -> None:
    assert names("Mehr unter beispiel.de oder im flyer.pdf bzw.die Seite.") == {}


@pytest.mark.parametrize(
    ("text", "label", "abbreviation"),
    [
        ("Die Volkshochschule (VHS) Kassel bietet Kurse an.", "Volkshochschule Kassel", "VHS"),
        ("Beraten hat die Handwerkskammer (HWK) Kassel.", "Handwerkskammer Kassel", "HWK"),
        ("Kurse der Volkshochschule (VHS) Fulda sind gefragt.", "Volkshochschule Fulda", "VHS"),
    ],
)
def test_town_after_abbreviation_completes_a_name(text: str, label: str, abbreviation: str) -> None:
    found = {m.label: m.abbreviation for m in find_mentions(text, GAZETTEER)}
    assert found.get(label) == abbreviation


@pytest.mark.parametrize(
    ("text", "label", "abbreviation"),
    [
        (
            "Das Forschungsinstitut Berufliche Integration (f-bi) wertet aus.",
            "Forschungsinstitut Berufliche Integration",
            "f-bi",
        ),
        ("Ausgewertet hat das Beispielinstitut Neue Arbeit (BNA).", "Beispielinstitut Neue Arbeit", "BNA"),
        ("Das Institut für Beispielkunde (kurz: IfB) lädt ein.", "Institut für Beispielkunde", "IfB"),
    ],
)
def test_abbreviation_spells_or_follows_the_name(text: str, label: str, abbreviation: str) -> None:
    found = {m.label: m.abbreviation for m in find_mentions(text, GAZETTEER)}
    assert found.get(label) == abbreviation


@pytest.mark.parametrize(
    "text",
    [
        "In der Volkshochschule (VHS) gibt es Kurse.",
        "Das Forschungsinstitut Neue Wege (XY) ist unbekannt.",
    ],
)
def test_abbreviation_alone_names_nothing(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "label", "not_label"),
    [
        (
            "Der in Kassel ansässige Verein Brückenbau e.V. lud ein.",
            "Brückenbau e.V.",
            "Kassel ansässige Verein Brückenbau e.V.",
        ),
        (
            "Partner ist die aus Musterhausen stammende Lernweg GmbH.",
            "Lernweg GmbH",
            "Musterhausen stammende Lernweg GmbH",
        ),
        (
            "Sie dankte dem seit Jahren in Bad Beispiel tätigen Verein Wegweiser e. V. herzlich.",
            "Wegweiser e. V.",
            "Bad Beispiel tätigen Verein Wegweiser e. V.",
        ),
    ],
)
def test_an_attribute_phrase_before_the_head_is_no_part_of_the_name(
    text: str, label: str, not_label: str
) -> None:
    found = names(text)
    assert label in found
    assert not_label not in found


def test_a_name_with_a_preposition_inside_keeps_it() -> None:
    assert "Tür an Tür e.V." in names("Gefördert wird der Kurs bei Tür an Tür e.V. in Musterstadt.")


def short_forms(text: str) -> list[tuple[str, str]]:
    """(surface, label) of every organisation-like mention, in text order."""
    return [(m.surface, m.label) for m in find_mentions(text, GAZETTEER) if m.type not in ("Person", "Place")]


@pytest.mark.parametrize(
    ("text", "short", "label"),
    [
        (
            "Das Institut für Beispielforschung (IBF) lud ein. Später sagte das IBF seine Hilfe zu.",
            "IBF",
            "Institut für Beispielforschung",
        ),
        (
            "Die Lernweg gGmbH (LWG) berät Zugewanderte. Die LWG hat dafür neue Räume.",
            "LWG",
            "Lernweg gGmbH",
        ),
        (
            "Im Verein Brückenbau e. V. (kurz: VBB) engagieren sich viele. Dem VBB dankte sie.",
            "VBB",
            "Brückenbau e. V.",
        ),
    ],
)
def test_a_short_form_used_later_resolves_to_the_long_name(text: str, short: str, label: str) -> None:
    found = short_forms(text)
    assert (short, label) in found
    assert len([f for f in found if f[1] == label]) == 2


def test_a_short_form_before_its_introduction_is_not_resolved() -> None:
    text = "Die ABX war dabei. Das Amt für Beispielwesen (ABX) lud ein."
    assert [f for f in short_forms(text) if f[0] == "ABX"] == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Integrationsrat der Stadt Kassel tagte am Montag.", "Integrationsrat der Stadt Kassel"),
        ("Die Vorsitzende des Migrationsrates der Stadt Fulda sprach.", "Migrationsrat der Stadt Fulda"),
        ("Eingeladen hatte der Ausländerrat Kassel gemeinsam mit dem Landrat.", "Ausländerrat Kassel"),
    ],
)
def test_councils_named_by_their_topic(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Der Stadtrat und der Landrat stimmten zu, ebenso der Kreisrat.",
        "Die Landrätin begrüßte den Stadtrat Beispiel.",
        "Sie berichtete dem Gemeinderat und dem Ortsrat.",
    ],
)
def test_offices_in_rat_are_no_councils(text: str) -> None:
    assert names(text) == {}


def subprojects(text: str) -> dict[str, str | None]:
    """label -> abbreviation of every subproject mention."""
    return {m.label: m.abbreviation for m in find_mentions(text, GAZETTEER) if m.type == "Subproject"}


@pytest.mark.parametrize(
    ("text", "label", "abbreviation"),
    [
        (
            "Das Projekt BCM – Business Chances Musterstadt startet im Mai.",
            "Business Chances Musterstadt",
            "BCM",
        ),
        (
            "Vorgestellt wurde auch das Teilprojekt FAbB Plus – Fahrplan Beispiel beruflicher Wege.",
            "Fahrplan Beispiel beruflicher Wege",
            "FAbB Plus",
        ),
        (
            "Für das Teilprojektes LeA - Lernen und Arbeiten in Beispielland sprach die Leiterin.",
            "Lernen und Arbeiten",
            "LeA",
        ),
    ],
)
def test_a_subproject_by_its_short_form_a_dash_and_the_long_name(
    text: str, label: str, abbreviation: str
) -> None:
    assert subprojects(text).get(label) == abbreviation


def test_a_dashed_subproject_name_ends_before_a_personal_name() -> None:
    text = "Es sprach die Koordinatorin des Projektes BCM – Business Chances Musterstadt Petra Beispiel."
    assert "Business Chances Musterstadt" in subprojects(text)
    assert "Petra Beispiel" in {m.label for m in find_mentions(text, GAZETTEER) if m.type == "Person"}


def test_a_quoted_subproject_name_keeps_its_leading_short_form() -> None:
    assert "BCM – Business Chances Musterstadt" in subprojects(
        "Das Teilprojekt „BCM – Business Chances Musterstadt“ startet."
    )


def networks(text: str) -> list[tuple[str, str]]:
    """(label, key) of every state-network mention, in text order."""
    return [(m.label, m.key) for m in find_mentions(text, GAZETTEER) if m.type == "StateNetwork"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Es berichtete das Regionale Integrationsnetzwerk IQ Musterland – West.",
            "Regionales Integrationsnetzwerk IQ Musterland – West",
        ),
        (
            "Partner des Regionalen Integrationsnetzwerks IQ Beispielland – Nordost sind Kammern.",
            "Regionales Integrationsnetzwerk IQ Beispielland – Nordost",
        ),
        (
            "Im Regionalen Integrationsnetzwerk Musterland – Süd arbeiten sechs Projekte.",
            "Regionales Integrationsnetzwerk Musterland – Süd",
        ),
    ],
)
def test_a_regional_network_with_its_part_of_the_region_after_a_dash(text: str, label: str) -> None:
    assert label in [found for found, _ in networks(text)]


def test_a_regional_network_with_and_without_iq_is_one_network() -> None:
    text = (
        "Die Projekte des Regionalen Integrationsnetzwerks IQ Musterland laufen. "
        "Das Regionale Integrationsnetzwerk Musterland wird gefördert."
    )
    assert len({key for _, key in networks(text)}) == 1


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Es sprachen die Leitungen von MigraNet plus Oberland.", "MigraNet plus Oberland"),
        ("Das Netzwerk MigraNet plus Region Musterhausen lud ein.", "MigraNet plus Region Musterhausen"),
        ("Vertreten war auch MigraNet plus Beispielgau mit zwei Projekten.", "MigraNet plus Beispielgau"),
    ],
)
def test_a_known_network_with_plus_and_a_region_is_its_regional_part(text: str, label: str) -> None:
    assert label in [found for found, _ in networks(text)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Partner: Beispielgesellschaft mbH, Charta der Musterwerte e.V., Lernweg gGmbH.",
            "Charta der Musterwerte e.V.",
        ),
        (
            "– Föderation der Beispielvereine in Deutschland e.V. (FBD)",
            "Föderation der Beispielvereine in Deutschland e.V.",
        ),
        (
            "Träger ist die Zentralstelle für die Fortbildung im Musterhandwerk e.V. in Kassel.",
            "Zentralstelle für die Fortbildung im Musterhandwerk e.V.",
        ),
        (
            "Sie ist Mitglied der Arbeitsgemeinschaft der Musterhilfen e.V. seit 2010.",
            "Arbeitsgemeinschaft der Musterhilfen e.V.",
        ),
    ],
)
def test_a_collective_head_leads_a_legal_form_name_through_its_attributes(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Petra Beispiel, Geschäftsführerin der Lernweg GmbH, sprach.", "Lernweg GmbH"),
        ("Die Stadt förderte die Gründung der Muster Hilfe e.V. im Jahr 2010.", "Muster Hilfe e.V."),
        ("Karl Muster, Vorstand des Vereins Brückenbau e.V., dankte.", "Brückenbau e.V."),
    ],
)
def test_a_role_or_event_noun_before_a_legal_form_name_is_no_part_of_it(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das Amt fördert den Kroatischen Beispielbund in Deutschland e.V. weiter.",
            "Kroatischer Beispielbund in Deutschland e.V.",
        ),
        ("Sie dankte den Bayerischen Musterverband e.V. für die Hilfe.", "Bayerischer Musterverband e.V."),
        ("Man unterstützt den Freien Beispielverein e.V. in Jena.", "Freier Beispielverein e.V."),
    ],
)
def test_a_legal_form_name_after_an_accusative_article_is_read_in_the_nominative(
    text: str, label: str
) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Freistaat Sachsen fördert die Beratung.", "Freistaat Sachsen"),
        ("Seit 2020 unterstützt der Freistaat Thüringen das Projekt.", "Freistaat Thüringen"),
        ("Die Stiftung dankte den Freistaat Bayern nicht.", "Freistaat Bayern"),
    ],
)
def test_a_free_state_after_its_masculine_article_is_a_body(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


def test_a_free_state_after_a_preposition_of_goal_is_no_body() -> None:
    assert "Freistaat Sachsen" not in names("Das ist ein Gewinn für den Freistaat Sachsen.")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Petra-Beispiel-Stiftung vergibt Stipendien an Zugewanderte.", "Petra-Beispiel-Stiftung"),
        ("Gefördert wird das Vorhaben von der Hans-Muster-Stiftung.", "Hans-Muster-Stiftung"),
        ("Eine Studie des Karl-Probe-Instituts liegt vor.", "Karl-Probe-Institut"),
        ("Mitveranstalter war die Anna-Maria-Fiktiv-Stiftung aus Kassel.", "Anna-Maria-Fiktiv-Stiftung"),
    ],
)
def test_a_body_named_after_a_person_by_hyphens(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Die Integrations-Beratungs-Stiftung ist eine Idee.",
        "Das Bund-Länder-Institut wird geprüft.",
        "Eine Eltern-Kind-Stiftung gibt es nicht.",
    ],
)
def test_a_hyphenated_compound_of_common_nouns_names_no_body(text: str) -> None:
    assert not [label for label in names(text) if "-" in label]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Der Hessische Industrie- und Handelskammertag begrüßt den Plan.",
            "Hessischer Industrie- und Handelskammertag",
        ),
        (
            "Ein Sprecher des Bayerischen Aus- und Weiterbildungsverbands sagte zu.",
            "Bayerischer Aus- und Weiterbildungsverband",
        ),
        ("Auch das Deutsche Rote Kreuz hilft.", "Deutsches Rotes Kreuz"),
        ("Mit dem Deutschen Roten Kreuz arbeitet das Netzwerk zusammen.", "Deutsches Rotes Kreuz"),
    ],
)
def test_adjectives_before_a_coordinated_or_colour_head_take_its_gender(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Beraten wird bei der IHK Kassel.", "IHK Kassel"),
        ("Lena Test (HWK Kassel) war dabei.", "HWK Kassel"),
        ("Die Caritas Trier ist Partner im Netzwerk.", "Caritas Trier"),
        ("Mit der Caritas Köln arbeitet die Stadt zusammen.", "Caritas Köln"),
    ],
)
def test_a_chamber_abbreviation_or_the_caritas_named_by_its_town(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


def test_a_bare_chamber_abbreviation_or_caritas_names_no_body_of_a_town() -> None:
    # the bare short name is the nationwide association (as the gold's bare "Caritasverband"), no town's body
    assert names("Die IHK berät. Die Caritas hilft.") == {
        "Industrie- und Handelskammer": "Organisation",
        "Caritas": "Organisation",
    }


@pytest.mark.parametrize(
    "later",
    [
        "Die Geschäftsstelle liegt bei der IHK Nordland.",
        "Die IHK Nordland lädt im Mai ein.",
        "Gastgeber ist die HWK Nordland.",
    ],
)
def test_a_declared_short_form_with_its_region_stands_for_the_long_name(later: str) -> None:
    text = (
        "Die Industrie- und Handelskammer Nordland (IHK Nordland) und die Handwerkskammer Nordland (HWK Nordland)"
        f" beraten. {later}"
    )
    found = {m.label for m in find_mentions(text, GAZETTEER) if m.type == "Organisation"}
    assert found == {"Industrie- und Handelskammer Nordland", "Handwerkskammer Nordland"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Neues Büro\n\nLichtblick e. V. eröffnet ein Büro in Kassel.", "Lichtblick e. V."),
        ("Start in Kiel\n\nBrückenbau gGmbH berät ab Mai auch online.", "Brückenbau gGmbH"),
        ("Gute Bilanz\n\nMuster Consulting GmbH zieht Bilanz.", "Muster Consulting GmbH"),
    ],
)
def test_a_name_with_its_legal_form_does_not_reach_back_over_a_blank_line(text: str, name: str) -> None:
    assert ("Organisation", name) in facts_of(text).entities
