"""Boundaries of organisation names on invented sentences: a brand in small letters leads the name, a noun that
classifies the name stays outside it."""

from __future__ import annotations

import pytest

from conftest import facts_of
from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.extract.text.spans import Mention
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def names(text: str) -> dict[str, str]:
    """label -> type of every organisation-like mention in a text."""
    return {m.label: m.type for m in find_mentions(text, GAZETTEER) if m.type not in ("Person", "Place")}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Betreut wird die Sprechstunde durch lernfeld Institut für Weiterbildung, Beratung und Sprache GmbH.",
            "lernfeld Institut für Weiterbildung, Beratung und Sprache GmbH",
        ),
        (
            "Die Kurse bietet die kompetenz Akademie für Pflegeberufe in Kassel an.",
            "kompetenz Akademie für Pflegeberufe",
        ),
        (
            "Petra Beispiel von werkraum Bildungswerk Nord stellte die Zahlen vor.",
            "werkraum Bildungswerk Nord",
        ),
    ],
)
def test_a_brand_in_small_letters_leads_the_name(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Mittel kommen von unser Institut für Arbeit.",
        "Gefördert wird das durch rund Stiftung Beispielhilfe und andere.",
        "Beraten wird bei kein Institut für Arbeit mehr.",
    ],
)
def test_a_determiner_or_adverb_in_small_letters_is_no_brand(text: str) -> None:
    assert not any(label[:1].islower() for label in names(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Bildungsträger Lernfeld gGmbH stellte die Ergebnisse vor.", "Lernfeld gGmbH"),
        ("Neu dabei ist der Kooperationspartner Beispielbau AG aus Kassel.", "Beispielbau AG"),
        ("Mit dem Träger werkraum e. V. wurde ein Vertrag geschlossen.", "werkraum e. V."),
    ],
)
def test_a_noun_classifying_a_name_stays_outside_it(text: str, label: str) -> None:
    found = names(text)
    assert label in found and not any(other.endswith(label) and other != label for other in found)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Sprechstunde bietet der Hessische Lotsenrat e. V. in Kassel an.", "Hessischer Lotsenrat e. V."),
        (
            "Gefördert wird sie durch das Deutsche Rote Kreuz Ortsverein Musterdorf e. V.",
            "Deutsches Rotes Kreuz Ortsverein Musterdorf e. V.",
        ),
        (
            "Petra Beispiel wechselt zur Evangelischen Beispielakademie gGmbH.",
            "Evangelische Beispielakademie gGmbH",
        ),
        ("Das Büro gehört zum Christlichen Lernwerk e. V. in Gera.", "Christliches Lernwerk e. V."),
    ],
)
def test_the_adjective_of_a_legal_form_name_after_an_article_is_read_in_the_nominative(
    text: str, label: str
) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Verband der Holz- und Möbelindustrie lud ein.", "Verband der Holz- und Möbelindustrie"),
        (
            "Beteiligt ist die Vereinigung der Bau- und Ausbaugewerbe Sachsen.",
            "Vereinigung der Bau- und Ausbaugewerbe Sachsen",
        ),
        (
            "Karl Muster spricht für den Verband der Chemie- und Pharmaindustrie.",
            "Verband der Chemie- und Pharmaindustrie",
        ),
    ],
)
def test_a_genitive_attribute_may_open_with_the_first_half_of_a_hyphen_coordination(
    text: str, label: str
) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Neue Werkstatt gGmbH berät.",
        "Geschäftsführerin der Neuen Werkstatt gGmbH ist Petra Beispiel.",
        "Karl Muster kommt von der Neuen Werkstatt gGmbH.",
        "Partner ist der Verein Neue Werkstatt gGmbH.",
    ],
)
def test_a_name_keeps_its_adjective_where_its_case_is_the_nominative_or_the_article_another_nouns(
    text: str,
) -> None:
    assert "Neue Werkstatt gGmbH" in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Regionaldirektion Hessen der Bundesagentur für Arbeit (BA) lud zum Austausch ein.",
            "Regionaldirektion Hessen der Bundesagentur für Arbeit",
        ),
        (
            "Petra Beispiel leitet das Integrationsamt des Landschaftsverbandes Westfalen-Lippe (LWL).",
            "Integrationsamt des Landschaftsverbandes Westfalen-Lippe",
        ),
        (
            "Unterstützt wird das von der Regionaldirektion Bayern der Bundesagentur für Arbeit (BA) in Nürnberg.",
            "Regionaldirektion Bayern der Bundesagentur für Arbeit",
        ),
    ],
)
def test_a_short_form_after_a_genitive_attribute_that_spells_it_is_the_attributes(
    text: str, label: str
) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das Bildungswerk der Musterländischen Wirtschaft (BMW) berät.",
            "Bildungswerk der Musterländischen Wirtschaft (BMW)",
        ),
        ("Petra Beispiel kommt vom Verband der Lernwerkstätten (VdL).", "Verband der Lernwerkstätten (VdL)"),
        (
            "Das Amt für Zuwanderung der Stadt Musterstadt (AZM) berät.",
            "Amt für Zuwanderung der Stadt Musterstadt (AZM)",
        ),
    ],
)
def test_a_short_form_spelling_the_whole_name_stays_the_names(text: str, label: str) -> None:
    assert label in {m.label + (f" ({m.abbreviation})" if m.abbreviation else "") for m in _bodies(text)}


def _bodies(text: str) -> list[Mention]:
    return [m for m in find_mentions(text, GAZETTEER) if m.type not in ("Person", "Place")]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Landesanstalt für Beispielfragen berät die Betriebe.", "Landesanstalt für Beispielfragen"),
        (
            "Gefördert wird es vom Referat für Arbeit und Wirtschaft der Stadt Musterstadt.",
            "Referat für Arbeit und Wirtschaft der Stadt Musterstadt",
        ),
        (
            "Petra Beispiel leitet das Sozialreferat der Landeshauptstadt Kiel.",
            "Sozialreferat der Landeshauptstadt Kiel",
        ),
        (
            "Mit dem Dezernat für Soziales der Stadt Jena wurde ein Vertrag geschlossen.",
            "Dezernat für Soziales der Stadt Jena",
        ),
    ],
)
def test_a_public_institution_or_a_towns_department_is_an_agency(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Sie leitet das Referat Migration im Ministerium.",
        "Petra Beispiel hielt ein Referat über die Anerkennung.",
        "Das Dezernat Soziales stimmte zu.",
    ],
)
def test_a_bare_department_or_a_talk_is_no_agency(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Beteiligt ist das Jobcenter team.arbeit.musterstadt.", "Jobcenter team.arbeit.musterstadt"),
        ("Das Jobcenter arbeit.plus.kiel berät mit.", "Jobcenter arbeit.plus.kiel"),
        ("Karl Muster vom Jobcenter start.klar.jena sprach.", "Jobcenter start.klar.jena"),
    ],
)
def test_a_name_styled_in_small_letters_joined_by_dots_completes_a_head(text: str, label: str) -> None:
    assert label in names(text)


def test_a_web_address_completes_no_head() -> None:
    assert names("Mehr unter www.jobcenter.muster.de oder beim Jobcenter.") == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Arbeit, Familie und Soziales\nStaatskanzlei Musterland\n\nDie Landesregierung teilt mit.",
            "Staatskanzlei Musterland",
        ),
        (
            "Bildung und Soziales\nLandesregierung Musterland\n\nNeue Zahlen liegen vor.",
            "Landesregierung Musterland",
        ),
        ("Themen: Jugend und Soziales\nBehörde für Arbeit\n\nNeue Zahlen liegen vor.", "Behörde für Arbeit"),
    ],
)
def test_an_adjective_in_es_does_not_qualify_a_feminine_head(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Träger ist die Beschäftigung, Arbeit und Teilhabe gGmbH in Kiel.",
            "Beschäftigung, Arbeit und Teilhabe gGmbH",
        ),
        ("Die Kurse bietet die Sprache, Bildung und Beruf GmbH an.", "Sprache, Bildung und Beruf GmbH"),
        (
            "Koordiniert wird das von der Lernen, Wohnen, Arbeiten und Leben gGmbH.",
            "Lernen, Wohnen, Arbeiten und Leben gGmbH",
        ),
    ],
)
def test_a_legal_form_name_made_of_an_enumeration_keeps_its_first_items(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Beteiligt sind die Stadt, Arbeit und Teilhabe gGmbH und das Land.", "Arbeit und Teilhabe gGmbH"),
        ("Petra Beispiel, Sprache und Beruf GmbH, sprach.", "Sprache und Beruf GmbH"),
        ("Gefördert wird es von der Stiftung, Lernweg und Partner GmbH.", "Lernweg und Partner GmbH"),
    ],
)
def test_a_body_or_a_person_before_the_comma_is_no_item_of_the_name(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die AWO Mecklenburg-Vorpommern berät Zugewanderte.", "AWO Mecklenburg-Vorpommern"),
        ("Petra Beispiel vom DGB Bezirk Musterland sprach zuerst.", "DGB Bezirk Musterland"),
        ("Mit der DGB-Region Südhessen wurde ein Vertrag geschlossen.", "DGB-Region Südhessen"),
        ("Das DRK Berlin-Spandau und die Caritas Kassel beraten.", "DRK Berlin-Spandau"),
        (
            "Die Arbeiterwohlfahrt Kreisverband Musterland lädt ein.",
            "Arbeiterwohlfahrt Kreisverband Musterland",
        ),
        (
            "Karl Muster vom Deutschen Roten Kreuz Ortsverein Musterdorf sprach.",
            "Deutsches Rotes Kreuz Ortsverein Musterdorf",
        ),
        ("Beim Paritätischen Sachsen-Anhalt fand das Treffen statt.", "Der Paritätische Sachsen-Anhalt"),
    ],
)
def test_a_regional_unit_of_an_association_is_named_by_its_region(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Die AWO in Kassel berät Zugewanderte.", "AWO Kassel"),
        ("Der DGB Bezirk ist zuständig.", "DGB Bezirk"),
        ("Die AWO-Migrationsberatung hilft weiter.", "AWO-Migrationsberatung"),
    ],
)
def test_an_association_before_a_preposition_or_a_common_noun_names_no_unit(text: str, wrong: str) -> None:
    assert wrong not in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Forschende der Hochschule für Angewandte Wissenschaften Kiel werten aus.",
            "Hochschule für Angewandte Wissenschaften Kiel",
        ),
        ("Die Hochschule für Bildende Künste Dresden lädt ein.", "Hochschule für Bildende Künste Dresden"),
        (
            "Petra Beispiel leitet das Institut für Erneuerbare Energien und Klimaschutz.",
            "Institut für Erneuerbare Energien und Klimaschutz",
        ),
    ],
)
def test_a_participle_or_adjective_in_bar_inside_the_field_stays_in_the_name(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Der Caritasverband für die Diözese Musterburg ist Träger.",
            "Caritasverband für die Diözese Musterburg",
        ),
        (
            "Petra Beispiel vom Diakonischen Werk für das Erzbistum Musterburg sprach.",
            "Diakonisches Werk für das Erzbistum Musterburg",
        ),
        (
            "Mit dem Caritasverband für das Bistum Musterburg wurde gesprochen.",
            "Caritasverband für das Bistum Musterburg",
        ),
    ],
)
def test_a_church_territory_a_body_serves_belongs_to_its_name(text: str, label: str) -> None:
    assert label in names(text)


def test_a_town_after_a_body_and_fuer_is_no_part_of_its_name() -> None:
    assert "Diakonie für die Stadt Kassel" not in names(
        "Das Engagement der Diakonie für die Stadt Kassel ist groß."
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Pflegekräfte arbeiten am Sonnental Klinikum Erfurt.", "Sonnental Klinikum Erfurt"),
        ("Sie lernt im Robert Beispiel Krankenhaus in Stuttgart.", "Robert Beispiel Krankenhaus"),
        ("Die Ausbildung findet bei der Lindenhof Klinik statt.", "Lindenhof Klinik"),
    ],
)
def test_a_hospital_is_named_by_the_proper_name_before_its_head(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Sie arbeitet an der Lindenhof – Universitätsmedizin Kiel.", "Lindenhof – Universitätsmedizin Kiel"),
        (
            "Koordiniert von lernfeld – Institut für Sprache und Beruf GmbH.",
            "lernfeld – Institut für Sprache und Beruf GmbH",
        ),
        ("Die Brückenbau – Akademie für Pflegeberufe lädt ein.", "Brückenbau – Akademie für Pflegeberufe"),
    ],
)
def test_a_brand_joined_by_a_dash_leads_the_name(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Stadt – Amt für Zuwanderung – lädt ein.", "Amt für Zuwanderung"),
        ("Beim Thema Anerkennung – Institut für Sprache hilft.", "Institut für Sprache"),
        ("Die LBA – Landesstelle für Beispielfragen – berät.", "Landesstelle für Beispielfragen"),
    ],
)
def test_a_body_noun_common_noun_or_short_form_before_a_dash_leads_no_name(text: str, label: str) -> None:
    found = names(text)
    assert not any(other.endswith(label) and other != label for other in found)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Träger ist die Lernbrücke UG (haftungsbeschränkt) aus Kassel.",
            "Lernbrücke UG (haftungsbeschränkt)",
        ),
        ("Die Beispielhilfe gUG (haftungsbeschränkt) berät.", "Beispielhilfe gUG (haftungsbeschränkt)"),
        (
            "Mit der Brückenbau UG (haftungsbeschränkt) wurde ein Vertrag geschlossen.",
            "Brückenbau UG (haftungsbeschränkt)",
        ),
    ],
)
def test_an_entrepreneurial_company_keeps_its_bracketed_legal_form(text: str, label: str) -> None:
    assert label in names(text)


def test_a_basement_is_no_company() -> None:
    assert names("Der Kurs findet im UG des Rathauses statt.") == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Partner ist die Beispiel School of Digital Skills in Berlin.", "Beispiel School of Digital Skills"),
        ("Das Social Impact Lab Leipzig berät Gründerinnen.", "Social Impact Lab Leipzig"),
        ("Der Rotary Club Kassel und das Migration Hub Musterstadt unterstützen.", "Rotary Club Kassel"),
    ],
)
def test_an_english_head_takes_its_of_phrase_and_town(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Verein Start with a Neighbour e. V. berät.", "Start with a Neighbour e. V."),
        ("Die Friends of Lernweg e. V. beraten.", "Friends of Lernweg e. V."),
        ("Beteiligt ist die Bridge to the Future gGmbH aus Kiel.", "Bridge to the Future gGmbH"),
    ],
)
def test_english_small_words_link_a_legal_form_name(text: str, label: str) -> None:
    assert label in names(text)


def test_an_english_head_does_not_reach_back_over_a_headline() -> None:
    assert names("Neues Angebot\n\nDas Migration Hub Musterstadt berät Zugewanderte.") == {
        "Migration Hub": "Organisation"
    }


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Beratung findet beim Bildungswerk (BW) der Musterländischen Wirtschaft statt.",
            "Bildungswerk der Musterländischen Wirtschaft",
        ),
        ("Das Institut (IfS) der Hochschule Kiel wertet aus.", "Institut der Hochschule Kiel"),
        ("Petra Beispiel leitet die Akademie (AdH) des Handwerks in Kassel.", "Akademie des Handwerks"),
    ],
)
def test_a_short_form_between_the_head_and_its_genitive_attribute_leaves_the_attribute_in_the_name(
    text: str, label: str
) -> None:
    assert label in names(text)


def test_a_short_form_before_the_genitive_of_a_bare_body_noun_completes_nothing() -> None:
    assert names("Die Stiftung (SL) des Vereins berät.") == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Unterstützt wird es von der Landesbeauftragten für Migration und Integration Sachsen-Anhalt.",
            "Landesbeauftragte für Migration und Integration Sachsen-Anhalt",
        ),
        (
            "Gefördert vom Beauftragten für Integration und Migration Thüringen und der Stadt Jena.",
            "Beauftragter für Integration und Migration Thüringen",
        ),
        (
            "Mit der Beauftragten für Teilhabe Brandenburg wurde gesprochen.",
            "Beauftragte für Teilhabe Brandenburg",
        ),
    ],
)
def test_the_land_closes_a_commissioners_office_after_its_portfolio(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Stabsstelle für Migration und Teilhabe des Landkreises Harburg lädt ein.",
            "Stabsstelle für Migration und Teilhabe des Landkreises Harburg",
        ),
        (
            "Gefördert wird es von der Stabsstelle für Integration der Stadt Jena.",
            "Stabsstelle für Integration der Stadt Jena",
        ),
        (
            "Petra Beispiel leitet die Stabsstelle für Vielfalt der Stadt Kiel.",
            "Stabsstelle für Vielfalt der Stadt Kiel",
        ),
    ],
)
def test_a_staff_unit_of_a_town_or_district_is_an_agency(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


def test_a_bare_staff_unit_is_no_name() -> None:
    assert names("Die Stabsstelle berät.") == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Wer einen Abschluss hat, findet seit Montag im Landratsamt Görlitz Unterstützung.",
            "Landratsamt Görlitz",
        ),
        ("Seit Mai bietet das Jobcenter Kassel Beratung an.", "Jobcenter Kassel"),
        ("Heute erhielt der Verein Kiel Förderung vom Land.", "Verein Kiel"),
        ("Seit Mai bietet das Bildungswerk Nordhessen Kurse an.", "Bildungswerk Nordhessen"),
    ],
)
def test_a_town_closes_the_proper_name_after_a_bare_head(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Im Jobcenter Leipzig Nord arbeiten 20 Personen.", "Jobcenter Leipzig Nord"),
        ("Das Jobcenter Kassel Stadt berät.", "Jobcenter Kassel Stadt"),
        ("Beim Jobcenter Dresden Mitte gibt es Termine.", "Jobcenter Dresden Mitte"),
    ],
)
def test_the_part_of_the_town_stays_in_the_name(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Stiftung Neue Arbeit berät.", "Stiftung Neue Arbeit"),
        ("Der Verein Lernbrücke Kassel berät.", "Verein Lernbrücke Kassel"),
        ("Beteiligt ist das Jobcenter Bad Musterbrunn.", "Jobcenter Bad Musterbrunn"),
    ],
)
def test_an_adjective_a_place_or_a_town_prefix_goes_on_with_the_name(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Regionaldirektion Sachsen lud zum Austausch ein.",
            "Regionaldirektion Sachsen der Bundesagentur für Arbeit",
        ),
        (
            "Es beraten die Bundesagentur für Arbeit, Regionaldirektion Bayern, und die Stadt.",
            "Regionaldirektion Bayern der Bundesagentur für Arbeit",
        ),
        (
            "Gefördert wird es von der Regionaldirektion Nord.",
            "Regionaldirektion Nord der Bundesagentur für Arbeit",
        ),
    ],
)
def test_a_regional_directorate_is_named_with_the_one_body_that_has_such_units(text: str, label: str) -> None:
    assert names(text).get(label) == "Agency"


def test_a_regional_directorate_named_with_its_body_keeps_that_name() -> None:
    found = names("Die Regionaldirektion Hessen der Bundesagentur für Arbeit lud ein.")
    assert "Regionaldirektion Hessen der Bundesagentur für Arbeit" in found
    assert not any("Arbeit der Bundesagentur" in label for label in found)


def test_a_bare_regional_directorate_is_no_name() -> None:
    assert names("Die Regionaldirektion lud ein.") == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Gefördert wird das Projekt vom Bundesfamilienministerium.",
            "Bundesministerium für Familie, Senioren, Frauen und Jugend",
        ),
        ("Das Bundesgesundheitsministerium lud zum Austausch ein.", "Bundesministerium für Gesundheit"),
        (
            "Petra Beispiel sprach für das Bundesentwicklungsministerium.",
            "Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung",
        ),
    ],
)
def test_a_federal_ministry_by_its_short_form_is_named_in_full(text: str, label: str) -> None:
    assert names(text).get(label) == "Ministry"


@pytest.mark.parametrize(
    "text",
    [
        "Für Pflegeberufe ist die Landesdirektion zuständig.",
        "Die Anträge prüft seit Mai die Landesdirektion.",
        "Petra Beispiel hat bei der Landesdirektion angerufen.",
    ],
)
def test_the_one_state_directorate_by_its_head_alone_is_named_in_full(text: str) -> None:
    assert names(text).get("Landesdirektion Sachsen") == "Agency"


def test_a_directorate_named_by_its_town_keeps_its_town() -> None:
    assert "Landesdirektion Leipzig" in names("Die Landesdirektion Leipzig prüfte 2010 die Anträge.")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Koordination liegt bei der Perspektive Arbeit Kiel gGmbH.", "Perspektive Arbeit Kiel gGmbH"),
        ("Das Team der Initiative Neustart GmbH berät.", "Initiative Neustart GmbH"),
        ("Gefördert wird es von der Alternative Lernen gGmbH.", "Alternative Lernen gGmbH"),
    ],
)
def test_a_noun_in_e_after_a_feminine_names_der_is_no_adjective(text: str, label: str) -> None:
    assert label in names(text)


# ---------------------------------------------------------------- a block of short lines


@pytest.mark.parametrize(
    ("block", "name"),
    [
        ("Kontakt:\nPetra Beispiel\nProjektleiterin\nLernwerk gGmbH\nTel. 0561 1234", "Lernwerk gGmbH"),
        ("Pressekontakt\nKarl Muster\nBrückenbau e. V.\nKassel", "Brückenbau e. V."),
        ("Veranstalter:\nNetzwerk Vielfalt\nPerspektive Arbeit gGmbH", "Perspektive Arbeit gGmbH"),
    ],
)
def test_a_name_read_back_from_a_legal_form_starts_on_its_own_short_line(block: str, name: str) -> None:
    organisations = {
        label for type_, label in facts_of("Titel\n\n" + block).entities if type_ == "Organisation"
    }
    assert organisations == {name}


def test_a_name_wrapped_in_running_text_runs_over_the_line_break() -> None:
    text = (
        "Titel\n\nDie Beratung bietet seit dem vergangenen Jahr in Kooperation mit der Lernwerk\n"
        "Beratung und Bildung gGmbH auch Kurse an."
    )
    assert ("Organisation", "Lernwerk Beratung und Bildung gGmbH") in facts_of(text).entities


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Gastgeber war die Industrie- und Handelskammer (IHK) zu Leipzig.",
            "Industrie- und Handelskammer zu Leipzig",
        ),
        ("Beteiligt ist die Handwerkskammer (HWK) zu Köln, die berät.", "Handwerkskammer zu Köln"),
        ("Es lud die Universität (UzL) zu Lübeck ein.", "Universität zu Lübeck"),
    ],
)
def test_a_town_after_zu_behind_the_abbreviation_belongs_to_the_name(sentence: str, name: str) -> None:
    assert ("Organisation", name) in facts_of("Titel\n\n" + sentence).entities


def test_zu_before_a_word_that_is_no_town_ends_the_name() -> None:
    entities = facts_of("Titel\n\nDie Volkshochschule (VHS) zu Beginn des Jahres ist voll.").entities
    assert not any("Beginn" in label for _, label in entities)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Die Industrie- und Handelskammer Kassel lud ein. Die IHK Kassel berät seit Jahren.",
            "Industrie- und Handelskammer Kassel",
        ),
        (
            "Die IHK Erfurt berät. Gastgeberin war die Industrie- und Handelskammer Erfurt.",
            "Industrie- und Handelskammer Erfurt",
        ),
        (
            "Die Handwerkskammer Kassel lud ein. Die Präsidentin der HWK Kassel, Eva Probe, sprach.",
            "Handwerkskammer Kassel",
        ),
    ],
)
def test_a_chamber_by_its_abbreviation_is_the_one_the_release_names_in_full(text: str, name: str) -> None:
    organisations = {
        label for type_, label in facts_of("Titel\n\n" + text).entities if type_ == "Organisation"
    }
    assert organisations == {name}


def test_a_chamber_of_another_town_stays_apart() -> None:
    text = "Titel\n\nDie IHK Kassel berät. Die Industrie- und Handelskammer Fulda auch."
    organisations = {label for type_, label in facts_of(text).entities if type_ == "Organisation"}
    assert organisations == {"IHK Kassel", "Industrie- und Handelskammer Fulda"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der MigraNet-Träger Lernweg – Bildungsprojekte gGmbH berät.", "Lernweg – Bildungsprojekte gGmbH"),
        ("Die IQ-Partnerin Musterhilfe gGmbH berät.", "Musterhilfe gGmbH"),
        ("Der Netzwerk-Partner Werkhaus Beispiel e. V. lädt ein.", "Werkhaus Beispiel e. V."),
    ],
)
def test_a_hyphenated_classifier_stays_outside_the_name(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Agentur Mehrwert GmbH berät Betriebe.", "Agentur Mehrwert GmbH"),
        ("Mit der Agentur Lichtblick GmbH wird geworben.", "Agentur Lichtblick GmbH"),
        ("Das Amt Beispiel GmbH ist ein Dienstleister.", "Amt Beispiel GmbH"),
    ],
)
def test_a_public_head_before_a_legal_form_is_a_company(text: str, label: str) -> None:
    assert names(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Institut der deutschen Wirtschaft (IW) forscht.", "Institut der deutschen Wirtschaft"),
        ("Der Verband der bayerischen Wirtschaft berät.", "Verband der bayerischen Wirtschaft"),
        ("Gefördert von der Stiftung der hessischen Wirtschaft.", "Stiftung der hessischen Wirtschaft"),
    ],
)
def test_a_genitive_attribute_with_an_adjective_in_small_letters(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein der beiden Betriebe berät.",
        "Die Stiftung der vielen Spender hilft.",
        "Der Verband der anderen Länder tagt.",
    ],
)
def test_a_genitive_after_a_quantifier_names_no_body(text: str) -> None:
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Gefördert durch:\nBundesministerium für Arbeit und Soziales\nEuropäischer Sozialfonds\n",
            {"Bundesministerium für Arbeit und Soziales", "Europäischer Sozialfonds"},
        ),
        (
            "Partner:\nMinisterium für Soziales und Integration\nHessischer Flüchtlingsrat\n",
            {"Ministerium für Soziales und Integration", "Hessischer Flüchtlingsrat"},
        ),
        (
            "Unterstützt von:\nStiftung Lernwerk\nBayerischer Handwerkstag\n",
            {"Stiftung Lernwerk", "Bayerischer Handwerkstag"},
        ),
    ],
)
def test_a_name_a_line_in_a_list_ends_at_its_line(text: str, names: set[str]) -> None:
    found = {m.label for m in find_mentions(text, GAZETTEER)}
    assert names <= found
    assert not any("\n" in m.surface for m in find_mentions(text, GAZETTEER) if m.type != "Place")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Auf Initiative des Vereins Lernwerk e. V. trafen sich Fachleute.", "Lernwerk e. V."),
        ("Auf Initiative der Brücke gGmbH entstand das Projekt.", "Brücke gGmbH"),
        ("auf Initiative der Stiftung Lichtblick kamen alle zusammen.", "Stiftung Lichtblick"),
    ],
)
def test_at_the_instigation_of_a_body_names_the_body_not_an_initiative(text: str, name: str) -> None:
    labels = {m.label for m in find_mentions(text, GAZETTEER)}
    assert name in labels
    assert not any(label.startswith("Initiative") for label in labels)


def test_an_initiative_named_as_a_body_stays_one() -> None:
    assert "Initiative Lernwerk e. V." in {
        m.label for m in find_mentions("Die Initiative Lernwerk e. V. berät.", GAZETTEER)
    }


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Es sprach Lea Probe vom Institut für Arbeitsmarktfragen Halle sowie Karl Muster.",
            "Institut für Arbeitsmarktfragen Halle",
        ),
        ("Die Volkshochschule Essen sowie das Jobcenter beraten Zugewanderte.", "Volkshochschule Essen"),
        ("Beteiligt sind der Integrationsbeirat Siegen sowie zwei Vereine.", "Integrationsbeirat Siegen"),
    ],
)
def test_a_town_named_like_a_common_word_before_sowie_closes_the_name(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Kulturverein bietet Singen und Tanzen an.",
        "Die Stiftung fördert Essen und Trinken für Kinder.",
        "Der Verein Hof und Garten e. V. berät.",
    ],
)
def test_a_town_named_like_a_common_word_before_und_is_no_complement(text: str) -> None:
    assert not any(label.endswith(("Singen", "Essen", "Hof")) for label in names(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Beratung ist ein Angebot von Frauen helfen Frauen Musterstadt e. V. in Kassel.",
            "Frauen helfen Frauen Musterstadt e. V.",
        ),
        ("Träger ist Jugend hilft Jugend e. V. aus Jena.", "Jugend hilft Jugend e. V."),
        ("Der Verein Nachbarn helfen Nachbarn e. V. lud ein.", "Nachbarn helfen Nachbarn e. V."),
        (
            "Es kamen Vertreter von Mütter helfen Müttern Jena e. V. aus Jena.",
            "Mütter helfen Müttern Jena e. V.",
        ),
    ],
)
def test_a_slogan_name_with_one_noun_on_both_sides_of_its_verb_is_read_whole(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt fördert Lernwerk e. V. seit Jahren.",
        "Der Landkreis finanziert Lernwerk e. V. seit 2020.",
        "Petra Beispiel leitet Lernwerk e. V. in Kassel.",
    ],
)
def test_a_verb_before_a_name_with_its_legal_form_ends_the_subject_outside_it(text: str) -> None:
    assert "Lernwerk e. V." in names(text)
    assert not any(label.endswith("Lernwerk e. V.") and label != "Lernwerk e. V." for label in names(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Kollegen des Diakonischen Werks der Evangelischen Kirche in Mitteldeutschland kamen.",
            "Diakonisches Werk der Evangelischen Kirche in Mitteldeutschland",
        ),
        (
            "Das Diakonische Werk der Evangelischen Kirche im Rheinland lud ein.",
            "Diakonisches Werk der Evangelischen Kirche im Rheinland",
        ),
        (
            "Beim Diakonischen Werk der Evangelischen Kirche in Württemberg arbeitet sie.",
            "Diakonisches Werk der Evangelischen Kirche in Württemberg",
        ),
    ],
)
def test_a_regional_church_in_the_genitive_keeps_its_region(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Stiftung der Katholischen Kirche in Kassel tagte.", "Stiftung der Katholischen Kirche"),
        ("Der Verband der Kirche in Mitteldeutschland tagte.", "Verband der Kirche"),
        (
            "Das Bildungswerk der Evangelischen Kirche in Jena lud ein.",
            "Bildungswerk der Evangelischen Kirche",
        ),
    ],
)
def test_a_town_or_a_church_without_its_confession_ends_the_name_before_in(text: str, label: str) -> None:
    assert label in names(text)
