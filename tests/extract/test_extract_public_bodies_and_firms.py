"""Public bodies and firms in shapes of other registers: firms named without a legal form, after their kind's noun
or before an apposition (invented sentences, several variants each)."""

from __future__ import annotations

import pytest

from conftest import facts_of
from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def _bodies(text: str) -> dict[str, str]:
    return {m.label: m.type for m in find_mentions(text, GAZETTEER) if m.type not in ("Person", "Place")}


# ---------------------------------------------------------------- a firm after the noun of its kind


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Seit März arbeitet er bei der Firma Yilmaz Logistik in Fulda.", "Yilmaz Logistik"),
        ("Die Firma Demir Haustechnik bildet zwei Geflüchtete aus.", "Demir Haustechnik"),
        ("Beim Unternehmen Nowak Gebäudereinigung fand sie eine Stelle.", "Nowak Gebäudereinigung"),
        ("Das Familienunternehmen Sommer Transporte sucht Fahrer.", "Sommer Transporte"),
        ("Ihre Ausbildung beendete sie in der Bäckerei Aydin.", "Bäckerei Aydin"),
        ("Das Autohaus Lindner stellt einen Mechatroniker aus Syrien ein.", "Autohaus Lindner"),
        ("Die Spedition Yilmaz Logistik sucht Fahrer.", "Yilmaz Logistik"),
    ],
)
def test_a_firm_after_the_noun_of_its_kind_is_named(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Dass das Unternehmen Fachkräfte sucht, ist bekannt.",
        "Die Unternehmen Nordhessens suchen Personal.",
        "In der Bäckerei Brötchen zu backen, war sein Traum.",
        "Die Firma bildet seit Jahren aus.",
        "Die Jobwerkstatt Nord ist ein Teilprojekt.",
        "Die Firma wurde Anfang 2024 gegründet, die Firma Anfang 2024 verkauft.",
        "Bei der Firma Kassel hatte er Glück.",
    ],
)
def test_a_generic_firm_noun_takes_no_common_noun_as_a_name(text: str) -> None:
    assert not {label for label, type_ in _bodies(text).items() if type_ == "Organisation"}


# ---------------------------------------------------------------- a firm before an apposition that says what it is


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Auch Sonnenhof Pflege Süd, ein ambulanter Dienst aus Baunatal, sucht Fachkräfte.",
            "Sonnenhof Pflege Süd",
        ),
        ("Gesucht werden Fahrer bei Weber Logistik, einem Familienbetrieb aus Kassel.", "Weber Logistik"),
        ("Zudem bildet Arslan Bau, ein kleiner Handwerksbetrieb, zwei junge Männer aus.", "Arslan Bau"),
    ],
)
def test_a_firm_before_an_apposition_of_its_kind_is_named(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Petra Beispiel, eine Unternehmerin aus Kassel, sprach zuerst.",
        "Jonas Muster, ein Handwerksmeister aus Fulda, lobte das Projekt.",
        "Am Montag, einem Feiertag, blieb das Büro geschlossen.",
        "Häusliche Pflege, ein Dienst vieler Träger, wächst seit Jahren.",
    ],
)
def test_a_person_or_a_day_before_an_apposition_is_no_firm(text: str) -> None:
    assert not {label for label, type_ in _bodies(text).items() if type_ == "Organisation"}


# ---------------------------------------------------------------- a body's head word met again alone


def _relations(body: str) -> set[tuple[str, str, str]]:
    return facts_of("Titel\n\n" + body).relations


@pytest.mark.parametrize(
    ("body", "relation"),
    [
        (
            "Die Kreishandwerkerschaft Werra-Meißner berät Betriebe. Seit Mai ist die Kreishandwerkerschaft "
            "Partnerin im IQ Netzwerk Hessen.",
            ("Kreishandwerkerschaft Werra-Meißner", "memberOf", "IQ Landesnetzwerk Hessen"),
        ),
        (
            "Anträge prüft das Regierungspräsidium Darmstadt. Jonas Muster arbeitet seit 2019 beim "
            "Regierungspräsidium.",
            ("Jonas Muster", "memberOf", "Regierungspräsidium Darmstadt"),
        ),
        (
            "Die Fachhochschule Erfurt bietet Brückenkurse an. Karla Beispiel arbeitet seit 2019 bei der "
            "Fachhochschule.",
            ("Karla Beispiel", "memberOf", "Fachhochschule Erfurt"),
        ),
    ],
)
def test_a_body_s_head_word_met_again_is_that_body(body: str, relation: tuple[str, str, str]) -> None:
    assert relation in _relations(body)


@pytest.mark.parametrize(
    "body",
    [
        # two bodies begin with the word: it names neither
        "Die Fachhochschule Erfurt und die Fachhochschule Jena bieten Kurse an. Karla Beispiel arbeitet bei der "
        "Fachhochschule.",
        # the word before any body of its kind is named
        "Karla Beispiel arbeitet bei der Fachhochschule. Die Fachhochschule Erfurt bietet Kurse an.",
        # another body of its kind named by its town
        "Die Fachhochschule Erfurt bietet Kurse an. Karla Beispiel arbeitet bei der Fachhochschule Jena.",
    ],
)
def test_a_head_word_names_no_body_where_none_or_two_came_before(body: str) -> None:
    assert ("Karla Beispiel", "memberOf", "Fachhochschule Erfurt") not in _relations(body)


# ---------------------------------------------------------------- a municipality alone on a list's line


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Mit im Boot sind:\n- Stadt Marburg\n- Volkshochschule Marburg\n", "Stadt Marburg"),
        ("Partner des Vorhabens\n• Kreis Herford;\n• Handwerkskammer Bielefeld\n", "Kreis Herford"),
        ("Beteiligt:\nLandeshauptstadt Erfurt,\nJobcenter Erfurt\n", "Landeshauptstadt Erfurt"),
    ],
)
def test_a_municipality_alone_on_a_list_s_line_is_a_body(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Beteiligt:\nStadt Marburg und Umland im Blick\n",
        "Stadt Marburg sucht Fachkräfte: Ein Bericht\n",
        "- Stadt Marburg (Abteilung Soziales) berät\n",
    ],
)
def test_a_municipality_opening_a_longer_line_is_not_read_as_an_item(text: str) -> None:
    assert _bodies(text).get("Stadt Marburg") is None


# ---------------------------------------------------------------- an office of its own kind, named by its adjective


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Zentrale Ausländerbehörde prüft alle Anträge auf beschleunigte Verfahren.",
            "Zentrale Ausländerbehörde",
        ),
        (
            "Anträge gehen an die Zentrale Ausländerbehörde, die sie binnen Wochen bescheidet.",
            "Zentrale Ausländerbehörde",
        ),
        ("Bei der Zentralen Ausländerbehörde stapeln sich die Akten.", "Zentrale Ausländerbehörde"),
        (
            "Bei der Zentralen Ausländerbehörde in Bielefeld stapeln sich die Akten.",
            "Zentrale Ausländerbehörde Bielefeld",
        ),
    ],
)
def test_a_central_office_is_named_by_its_adjective(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Die Ausländerbehörde prüft alle Anträge.",
        "Die zentrale Ausländerbehörde prüft alle Anträge.",
        "Das Kommunale Jobcenter prüft alle Anträge.",
    ],
)
def test_an_office_every_town_has_stays_unnamed_without_its_town(text: str) -> None:
    assert _bodies(text) == {}


# ---------------------------------------------------------------- a bare head after its owner's short form


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        (
            "Gefördert wird der Kurs von der BA-Regionaldirektion Nord.",
            "Regionaldirektion Nord der Bundesagentur für Arbeit",
            "Agency",
        ),
        (
            "Die BA-Regionaldirektion Hessen stellt das Geld bereit.",
            "Regionaldirektion Hessen der Bundesagentur für Arbeit",
            "Agency",
        ),
        ("Den Kurs bietet die IHK-Akademie Lahnblick an.", "IHK-Akademie Lahnblick", "Organisation"),
    ],
)
def test_a_bare_head_after_a_short_form_keeps_its_name(text: str, label: str, type_: str) -> None:
    assert _bodies(text).get(label) == type_


@pytest.mark.parametrize(
    "text",
    [
        "Die BA-Regionaldirektion fördert den Kurs.",
        "Die IHK-Akademie bietet Kurse an.",
        "Seit Mai ist die BA-Regionaldirektion Partnerin im Netzwerk.",
    ],
)
def test_a_bare_head_after_a_short_form_names_nothing_without_a_name(text: str) -> None:
    assert not any(label.startswith(("BA-", "IHK-Akademie", "DRK-Akademie")) for label in _bodies(text))


# ---------------------------------------------------------------- employers' federations in the plural, youth councils


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Mit am Tisch sitzen die Unternehmensverbände Mittelhessen.", "Unternehmensverbände Mittelhessen"),
        (
            "Den Unternehmerverbänden Niedersachsen gehören 90 Verbände an.",
            "Unternehmerverbände Niedersachsen",
        ),
        (
            "Die Vereinigung der Unternehmensverbände in Bremen lädt ein.",
            "Vereinigung der Unternehmensverbände in Bremen",
        ),
        ("Der Kreisjugendring Wetzlar richtet das Fest aus.", "Kreisjugendring Wetzlar"),
        ("Unterstützt wird das Fest vom Landesjugendring Thüringen.", "Landesjugendring Thüringen"),
        ("Auch der Stadtjugendring Erfurt macht mit.", "Stadtjugendring Erfurt"),
    ],
)
def test_a_federation_or_youth_council_by_its_region_is_named(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Die Unternehmerverbände begrüßen den Vorschlag.",
        "Viele Unternehmensverbände fordern schnellere Verfahren.",
        "Der Jugendring lädt zum Sommerfest ein.",
    ],
)
def test_a_federation_or_youth_council_without_its_region_is_unnamed(text: str) -> None:
    assert _bodies(text) == {}


# ---------------------------------------------------------------- a mayor heads the town his title's place names


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Der Kasseler Oberbürgermeister Sven Muster lobte das Angebot.",
            ("Sven Muster", "Oberbürgermeister", "Stadt Kassel"),
        ),
        (
            "Es sprach die Fuldaer Bürgermeisterin Petra Probe.",
            ("Petra Probe", "Bürgermeisterin", "Stadt Fulda"),
        ),
        (
            "Erfurts Oberbürgermeisterin Jana Beispiel eröffnete die Messe.",
            ("Jana Beispiel", "Oberbürgermeisterin", "Stadt Erfurt"),
        ),
        ("Göttingens Landrat Karl Muster sprach.", ("Karl Muster", "Landrat", "Landkreis Göttingen")),
    ],
)
def test_a_mayor_heads_the_town_his_title_s_place_names(body: str, role: tuple[str, str, str]) -> None:
    assert role in facts_of("Titel\n\n" + body).roles


@pytest.mark.parametrize(
    "body",
    [
        "Bürgermeister Tim Muster sprach.",
        "Des Landes Bürgermeister Tim Muster sprach.",
        "Der neue Bürgermeister Tim Muster sprach.",
    ],
)
def test_a_mayor_without_a_town_before_his_title_heads_no_town_by_it(body: str) -> None:
    assert {org for _, _, org in facts_of("Titel\n\n" + body).roles} == {None}


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Der Eschweger Bürgermeister Lukas Muster unterschrieb.",
            ("Lukas Muster", "Bürgermeister", "Stadt Eschwege"),
        ),
        (
            "Es sprach die Ratzeburger Bürgermeisterin Anna Probe.",
            ("Anna Probe", "Bürgermeisterin", "Stadt Ratzeburg"),
        ),
        (
            "Die Lingener Bürgermeisterin Lea Beispiel sprach.",
            ("Lea Beispiel", "Bürgermeisterin", "Stadt Lingen"),
        ),
    ],
)
def test_a_town_adjective_from_a_name_in_e_or_en_names_the_town(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in facts_of("Titel\n\n" + body).roles


# ---------------------------------------------------------------- a quoted word in small letters is said of a body


@pytest.mark.parametrize(
    "text",
    [
        "Eine Sprecherin nannte das Bündnis „überfällig“.",
        "Viele halten den Verein für „unverzichtbar“.",
        "Die Stiftung „mutig“ zu nennen, wäre untertrieben.",
    ],
)
def test_a_quoted_word_in_small_letters_after_a_classifier_is_no_name(text: str) -> None:
    assert _bodies(text) == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Verein „Brückenbau“ hilft.", "Brückenbau"),
        ("Der Verein „lernwerk“ e. V. hilft.", "lernwerk e. V."),
        ("Die Stiftung „Neue Wege“ fördert.", "Neue Wege"),
    ],
)
def test_a_quoted_name_after_a_classifier_is_still_read(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Organisation"


# ---------------------------------------------------------------- a municipality that is no town, a district's commissioner


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Gemeinde Künzell stellt Räume bereit.", "Gemeinde Künzell"),
        ("Gemeinsam mit der Gemeinde Schwalmtal plant der Verein ein Fest.", "Gemeinde Schwalmtal"),
        ("Unterstützt wird das Fest von der Gemeinde Eichenzell.", "Gemeinde Eichenzell"),
        (
            "Beim Integrationsbeauftragten des Landkreises Fulda gibt es Rat.",
            "Integrationsbeauftragter des Landkreises Fulda",
        ),
        (
            "Der Integrationsbeauftragte des Kreises Herford lud ein.",
            "Integrationsbeauftragter des Kreises Herford",
        ),
        (
            "Auf Einladung der Integrationsbeauftragten des Kreises Unna kamen viele.",
            "Integrationsbeauftragte des Kreises Unna",
        ),
    ],
)
def test_a_municipality_or_a_district_s_commissioner_is_a_body(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "In der Gemeinde Künzell leben viele Familien.",
        "Die Bürger der Gemeinde Künzell feiern.",
        "Die Gemeinde Jesu feiert den Gottesdienst.",
    ],
)
def test_a_municipality_as_a_place_or_a_congregation_is_no_body(text: str) -> None:
    assert not any(label.startswith("Gemeinde") for label in _bodies(text))


# ---------------------------------------------------------------- an organisation compound named by a proper name


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Beteiligt ist die Migrantenorganisation Brücke Afrika.", "Migrantenorganisation Brücke Afrika"),
        ("Die Dachorganisation Forum Vielfalt lädt zum Fest.", "Dachorganisation Forum Vielfalt"),
        (
            "Gemeinsam mit der Selbstorganisation Neue Nachbarn plant sie Kurse.",
            "Selbstorganisation Neue Nachbarn",
        ),
    ],
)
def test_an_organisation_compound_takes_the_proper_name_after_it(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Dass die Migrantenorganisation Angebote macht, freut alle.",
        "Die Jugendorganisation der Partei lädt ein.",
        "Die Hilfsorganisation Ärzte ohne Grenzen hilft.",
    ],
)
def test_an_organisation_compound_takes_no_single_word_or_phrase(text: str) -> None:
    assert not any(label.split()[0].endswith("organisation") for label in _bodies(text))


# ---------------------------------------------------------------- the Paritätische after "im", "des", "zum"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Verein ist seit 2015 Mitglied im Paritätischen Thüringen.", "Der Paritätische Thüringen"),
        ("Die Satzung des Paritätischen Sachsen sieht das vor.", "Der Paritätische Sachsen"),
        ("Sie wechselte im Mai zum Paritätischen Hessen.", "Der Paritätische Hessen"),
    ],
)
def test_the_paritaetische_by_its_land_after_any_article(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Organisation"


def test_the_paritaetische_without_its_land_is_no_regional_unit() -> None:
    assert not any(
        label.startswith("Der Paritätische") for label in _bodies("Das ist im Paritätischen üblich.")
    )


# ---------------------------------------------------------------- the town of a newspaper's dateline in capitals


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Titel\n\nWETZLAR. Im Rathaus berät nun das Integrationsbüro der Stadt.",
            "Integrationsbüro der Stadt Wetzlar",
        ),
        ("Titel\n\nFULDA – Das Migrationsbüro der Stadt öffnet montags.", "Migrationsbüro der Stadt Fulda"),
        (
            "Titel\n\nMARBURG, 3. Mai. Vom Integrationsbüro der Universitätsstadt kam Lob.",
            "Integrationsbüro der Universitätsstadt Marburg",
        ),
    ],
)
def test_a_town_s_bureau_takes_the_town_of_a_dateline_in_capitals(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Agency"


def test_a_dateline_in_capitals_that_is_no_town_names_no_bureau() -> None:
    assert not _bodies("Titel\n\nAKTUELL. Das Integrationsbüro der Stadt öffnet montags.")


# ---------------------------------------------------------------- the European Union's bodies by their short forms


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        # the executive is a public body, the parliament a parliament (Organisation, like the Bundestag)
        ("Die EU-Kommission stellt dafür Mittel bereit.", "Europäische Kommission", "Agency"),
        (
            "Abgeordnete des Europäischen Parlaments besuchten das Projekt.",
            "Europäisches Parlament",
            "Organisation",
        ),
        ("Das EU-Parlament hat die Richtlinie beschlossen.", "Europäisches Parlament", "Organisation"),
    ],
)
def test_the_european_union_s_bodies_by_their_short_forms(text: str, label: str, type_: str) -> None:
    assert _bodies(text).get(label) == type_


@pytest.mark.parametrize(
    "text",
    [
        "Das Parlament beschloss das Gesetz.",
        "Ein Jugendparlament tagte.",
        "Die Landesparlamente stimmten zu.",
    ],
)
def test_a_bare_parliament_names_none(text: str) -> None:
    assert _bodies(text) == {}
