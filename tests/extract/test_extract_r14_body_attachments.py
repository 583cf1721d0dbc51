"""Bodies crossed with what a sentence hangs on them, round 14: a municipality coordinated after other bodies in
one dative or genitive phrase ("von der Agentur X, dem Jobcenter Y, der Stadt Z", "Vertreterinnen des Vereins X
und der Stadt Y") (invented sentences, several variants each, and the near-domain shapes that must stay places)."""

from __future__ import annotations

import pytest

from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def _bodies(text: str) -> dict[str, str]:
    return {m.label: m.type for m in find_mentions(text, GAZETTEER) if m.type not in ("Person", "Place")}


# ---------------------------------------------------------------- a municipality further on in a list of bodies


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Getragen wird die Stelle von der Agentur für Arbeit Celle, dem Jobcenter Celle, der Stadt Celle "
            "und der Volkshochschule.",
            "Stadt Celle",
        ),
        (
            "Mit dem Verein Lernwerk e. V., der Stadt Fulda und der Hochschule wurde verhandelt.",
            "Stadt Fulda",
        ),
        (
            "Neben der Handwerkskammer Kassel, der Stadt Kassel und dem Landkreis ist die Kammer dabei.",
            "Stadt Kassel",
        ),
        ("Neben der Stadt Marburg lädt auch der Verein ein.", "Stadt Marburg"),
    ],
)
def test_a_municipality_listed_after_a_dative_preposition_is_a_body(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Agency"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Vertreterinnen des Jobcenters sowie der Stadt Mainz stellten sich vor.", "Stadt Mainz"),
        (
            "Mit Unterstützung des Vereins Brückenbau e. V. aus Celle und der Stadt Celle beginnt der Kurs.",
            "Stadt Celle",
        ),
        (
            "Im Auftrag der Handwerkskammer, der Stadt Fulda und des Kreises Herford berät das Team.",
            "Stadt Fulda",
        ),
        ("Eine Initiative des Jobcenters Hameln und der Stadt Hameln geht an den Start.", "Stadt Hameln"),
    ],
)
def test_a_municipality_coordinated_with_a_body_acting_in_the_genitive_is_a_body(
    text: str, label: str
) -> None:
    assert _bodies(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Mit dem Bus fuhren sie zu den Museen der Stadt Kassel, der Stadt Fulda und der Stadt Marburg.",
        "Die Einwohner der Stadt Kassel und der Stadt Fulda sind stolz.",
        "Mit Blick auf die Zukunft der Stadt Kassel und der Stadt Fulda planen die Vereine.",
        "Die Straßen der Stadt Celle, der Stadt Hameln und der Stadt Fulda sind voll.",
        "Neben der Kirche der Stadt Kassel steht ein Brunnen.",
    ],
)
def test_a_municipality_coordinated_as_a_territory_stays_a_place(text: str) -> None:
    assert not any(label.startswith("Stadt ") for label in _bodies(text))


# ---------------------------------------------------------------- a town of two words or with its river


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        ("Die Stadt Bad Hersfeld lädt zum Fachtag ein.", "Stadt Bad Hersfeld", "Agency"),
        ("Bezahlt wird der Kurs von der Stadt Bad Homburg.", "Stadt Bad Homburg", "Agency"),
        (
            "Die Agentur für Arbeit in Bad Hersfeld berät Betriebe.",
            "Agentur für Arbeit Bad Hersfeld",
            "Agency",
        ),
        ("Beim Jobcenter in Bad Kreuznach gibt es eine Sprechstunde.", "Jobcenter Bad Kreuznach", "Agency"),
    ],
)
def test_a_spa_town_keeps_its_first_word_in_a_body_s_name(text: str, label: str, type_: str) -> None:
    assert _bodies(text).get(label) == type_


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        ("Das Jobcenter Frankfurt am Main hat neue Räume.", "Jobcenter Frankfurt am Main", "Agency"),
        (
            "Die Agentur für Arbeit in Offenbach am Main lädt ein.",
            "Agentur für Arbeit Offenbach am Main",
            "Agency",
        ),
        ("Mit dem Jobcenter Halle (Saale) ist ein Vertrag geschlossen.", "Jobcenter Halle (Saale)", "Agency"),
        (
            "Kurse bietet die Volkshochschule Halle (Saale) an.",
            "Volkshochschule Halle (Saale)",
            "Organisation",
        ),
    ],
)
def test_a_town_s_river_ends_a_local_body_s_name(text: str, label: str, type_: str) -> None:
    assert _bodies(text).get(label) == type_


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Jobcenter Kassel am Standort Wilhelmshöhe berät.", "Jobcenter Kassel"),
        (
            "Die Agentur für Arbeit Kassel am Montag und die Kammer am Dienstag beraten.",
            "Agentur für Arbeit Kassel",
        ),
        ("Das Jobcenter in Kassel am Bahnhof berät.", "Jobcenter Kassel"),
        ("Das Jobcenter Kassel (JC) berät.", "Jobcenter Kassel"),
    ],
)
def test_a_day_a_site_or_a_short_form_after_the_town_is_no_river(text: str, label: str) -> None:
    assert label in _bodies(text)


# ---------------------------------------------------------------- a quoted name after a compound classifier


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Gemeinsam mit dem Migrantenverein „Neue Heimat“ e. V. lädt das Team ein.", "Neue Heimat e. V."),
        ("Der Frauenverein „Offene Türen“ berät dienstags.", "Offene Türen"),
        ("Die Migrantenorganisation „Brücke Ost“ e. V. aus Celle stellt sich vor.", "Brücke Ost e. V."),
        ("Den Kurs trägt der Bildungsträger „Neue Wege“ gGmbH.", "Neue Wege gGmbH"),
    ],
)
def test_a_quoted_name_after_a_compound_classifier_is_an_organisation(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Der Kulturverein nannte die Pläne „überfällig“.",
        "Die Dachorganisation „begrüßt“ den Beschluss.",
    ],
)
def test_a_word_quoted_after_a_compound_classifier_names_nothing(text: str) -> None:
    assert _bodies(text) == {}


# ---------------------------------------------------------------- an ampersand, a region and a legal form after a short form


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Stiftung Bildung & Handwerk bietet Kurse an.", "Stiftung Bildung & Handwerk"),
        ("Mit der Stiftung Kunst & Arbeit wurde ein Vertrag geschlossen.", "Stiftung Kunst & Arbeit"),
        ("Der Verband Handel & Dienste lädt ein.", "Verband Handel & Dienste"),
    ],
)
def test_an_ampersand_joins_the_words_of_a_name_after_its_head(text: str, label: str) -> None:
    assert label in _bodies(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Der Internationale Bund (IB) Südwest gGmbH berät Geflüchtete.",
            "Internationaler Bund Südwest gGmbH",
        ),
        ("Die Volkshochschule (VHS) Kassel gGmbH bietet Kurse an.", "Volkshochschule Kassel gGmbH"),
        (
            "Kurse gibt die Stiftung Lernen & Handwerk (SLH) Nordost GmbH.",
            "Stiftung Lernen & Handwerk Nordost GmbH",
        ),
    ],
)
def test_a_region_and_a_legal_form_after_a_short_form_end_the_name(text: str, label: str) -> None:
    assert _bodies(text) == {label: "Organisation"}


def test_a_town_after_a_short_form_without_a_legal_form_keeps_its_reading() -> None:
    assert _bodies("Die Volkshochschule (VHS) Kassel bietet Kurse an.") == {
        "Volkshochschule Kassel": "Organisation"
    }


# ---------------------------------------------------------------- a ministry's Land after its short form


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das Ministerium für Arbeit, Familie und Wohnen (MAFW) des Landes Brandenburg fördert den Kurs.",
            "Ministerium für Arbeit, Familie und Wohnen des Landes Brandenburg",
        ),
        (
            "Gefördert vom Ministerium für Soziales und Teilhabe (MST) des Freistaates Sachsen.",
            "Ministerium für Soziales und Teilhabe des Freistaates Sachsen",
        ),
        (
            "Mittel des Ministeriums für Bildung (MfB) des Landes Hessen fließen in den Kurs.",
            "Ministerium für Bildung des Landes Hessen",
        ),
    ],
)
def test_a_land_s_genitive_after_a_ministry_s_short_form_ends_its_name(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Ministry"


def test_a_municipality_after_a_ministry_s_portfolio_list_is_a_body() -> None:
    text = "Vertreter des Ministeriums für Wirtschaft, Arbeit und Verkehr sowie der Stadt Schwerin kamen."
    assert _bodies(text) == {
        "Ministerium für Wirtschaft, Arbeit und Verkehr": "Ministry",
        "Stadt Schwerin": "Agency",
    }


# ---------------------------------------------------------------- a district named by a compound of "Kreis"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Wetteraukreis fördert die Stelle mit 20.000 Euro.", "Wetteraukreis"),
        ("Das Angebot wird vom Vogelsbergkreis bezahlt.", "Vogelsbergkreis"),
        ("Im Auftrag des Hochtaunuskreises berät der Verein.", "Hochtaunuskreis"),
        ("Gemeinsam mit dem Ortenaukreis und der Stadt Offenburg lädt das Team ein.", "Ortenaukreis"),
        ("Das Projekt wird vom Main-Kinzig-Kreis gefördert.", "Main-Kinzig-Kreis"),
    ],
)
def test_a_district_named_by_a_compound_of_kreis_is_a_body_where_it_acts(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Im Wetteraukreis leben viele Familien.",
        "Der Arbeitskreis fördert den Austausch.",
        "Der Freundeskreis lädt zum Fest ein.",
        "Die Dörfer des Vogelsbergkreises sind klein.",
    ],
)
def test_a_kreis_compound_as_a_territory_or_a_common_noun_is_no_body(text: str) -> None:
    assert not any(label.endswith(("kreis", "Kreis")) for label in _bodies(text))


# ---------------------------------------------------------------- bodies listed without their articles


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Eine Kooperation von IHK Hameln-Pyrmont und Agentur für Arbeit Hameln.",
            {"IHK Hameln-Pyrmont": "Organisation", "Agentur für Arbeit Hameln": "Agency"},
        ),
        (
            "Beteiligt sind HWK Oberland und Jobcenter Celle.",
            {"HWK Oberland": "Organisation", "Jobcenter Celle": "Agency"},
        ),
        (
            "Es laden ein: Stiftung Lernhaus und Verein Brückenbau e. V.",
            {"Stiftung Lernhaus": "Organisation", "Brückenbau e. V.": "Organisation"},
        ),
    ],
)
def test_a_second_body_s_head_after_und_ends_the_first_name(text: str, bodies: dict[str, str]) -> None:
    assert _bodies(text) == bodies


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Verein Arbeit und Leben lädt ein.", "Verein Arbeit und Leben"),
        ("Es laden die Jobcenter Stadt und Landkreis Celle ein.", "Jobcenter Stadt und Landkreis Celle"),
    ],
)
def test_a_name_joined_by_und_without_a_second_body_stays_whole(text: str, label: str) -> None:
    assert _bodies(text) == {label: "Organisation" if label.startswith("Verein") else "Agency"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Eine Veranstaltung von Stadt Celle und Jobcenter Celle.", "Stadt Celle"),
        ("Gefördert durch Landkreis Fulda, Stadt Fulda und Sparkasse Fulda.", "Stadt Fulda"),
        ("Eine Kooperation mit Handwerkskammer Kassel und Stadt Kassel.", "Stadt Kassel"),
    ],
)
def test_a_municipality_listed_without_its_article_after_von_mit_durch_is_a_body(
    text: str, label: str
) -> None:
    assert _bodies(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Von Stadt zu Stadt ist es anders.",
        "In Stadt Kassel wohnen viele Familien.",
        "Stadt Kassel ist schön.",
    ],
)
def test_a_municipality_without_its_article_elsewhere_is_no_body(text: str) -> None:
    assert "Stadt Kassel" not in _bodies(text)


# ---------------------------------------------------------------- the object of a verb-final clause after a bare head


@pytest.mark.parametrize(
    "text",
    [
        "Nachdem die Stiftung Gelder bewilligt hatte, begann der Kurs.",
        "Die Kurse, die der Verein Geflüchteten anbietet, sind beliebt.",
        "Sie erklärte, wie die Volkshochschule Sprachkurse organisiert.",
        "Dass die Handwerkskammer Lehrlinge sucht, ist bekannt.",
        "Offen ist, wann die Agentur Stellen besetzt.",
        "Die Stadt freut sich, dass das Ministerium Verbände und Kammern eingeladen hat.",
        "Damit die Hochschule Kurse anbieten kann, braucht sie Geld.",
    ],
)
def test_the_object_of_a_verb_final_clause_is_no_name_word(text: str) -> None:
    assert _bodies(text) == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Sie weiß, dass die Stiftung Lernhaus Kurse anbietet.", "Stiftung Lernhaus"),
        ("Bekannt ist, dass die Stiftung Lernhaus gegründet wurde.", "Stiftung Lernhaus"),
        ("Es freut uns, dass die Handwerkskammer Oberland Betriebe berät.", "Handwerkskammer Oberland"),
        ("Die Kurse, die die Volkshochschule Kassel anbietet, sind beliebt.", "Volkshochschule Kassel"),
        ("Weil der Verband Hannover verlassen hat, zieht das Büro um.", "Verband Hannover"),
    ],
)
def test_a_name_before_the_object_or_the_verbs_of_a_clause_stays_whole(text: str, label: str) -> None:
    assert set(_bodies(text)) == {label}


@pytest.mark.parametrize(
    "text",
    [
        "Die Handwerkskammer Anfang Mai eröffnete die Stelle.",
        "Weil die Kammer Ende 2024 neue Räume bezieht, zieht die Beratung um.",
        "In der Volkshochschule Deutsch zu lernen, ist beliebt.",
    ],
)
def test_a_time_or_an_infinitive_s_object_after_a_bare_head_is_no_name(text: str) -> None:
    assert _bodies(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Jetzt bietet die Volkshochschule Kurse an.",
        "Am Montag hat die Stiftung Preise verliehen.",
        "Außerdem bildet die Hochschule Lehrkräfte aus.",
    ],
)
def test_the_object_after_an_inverted_subject_closed_by_the_particle_is_no_name_word(text: str) -> None:
    assert _bodies(text) == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Jetzt bietet die Stiftung Lernhaus Kurse an.", "Stiftung Lernhaus"),
        ("Am Freitag lädt die Stiftung Neue Wege zum Fest ein.", "Stiftung Neue Wege"),
        ("Morgen eröffnet der Verein Brücke in Kassel ein Büro.", "Verein Brücke"),
        ("Heute eröffnet der Verein Kulturbrücke eine Ausstellung.", "Verein Kulturbrücke"),
        ("Kurse bietet die Stiftung Lernhilfe an.", "Stiftung Lernhilfe"),
    ],
)
def test_a_name_after_an_inverted_subject_s_head_stays_whole(text: str, label: str) -> None:
    assert label in _bodies(text)


# ---------------------------------------------------------------- a body's head after a portfolio's "und"


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Das Jobcenter ist eine Einrichtung von Agentur für Arbeit und Stadt Celle.",
            {"Stadt Celle": "Agency"},
        ),
        (
            "Partner sind die Agentur für Arbeit und Jobcenter Hameln.",
            {"Jobcenter Hameln": "Agency"},
        ),
        (
            "Es luden das Zentrum für Bildung und Stiftung Lernhaus ein.",
            {"Zentrum für Bildung": "Organisation", "Stiftung Lernhaus": "Organisation"},
        ),
    ],
)
def test_a_body_s_head_after_und_is_no_item_of_a_portfolio(text: str, bodies: dict[str, str]) -> None:
    assert _bodies(text) == bodies


def test_a_portfolio_of_fields_keeps_its_und_item() -> None:
    text = "Das Ministerium für Arbeit und Soziales fördert den Kurs."
    assert _bodies(text) == {"Ministerium für Arbeit und Soziales": "Ministry"}


# ---------------------------------------------------------------- a ministry met again by a field of its portfolio


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das Ministerium für Soziales und Teilhabe fördert den Kurs. Das Sozialministerium zahlt 9.000 Euro.",
            "Ministerium für Soziales und Teilhabe",
        ),
        (
            "Gefördert wird der Kurs vom Ministerium für Arbeit, Bau und Verkehr. Laut dem Arbeitsministerium läuft er gut.",
            "Ministerium für Arbeit, Bau und Verkehr",
        ),
        (
            "Das Ministerium des Innern und für Sport lädt ein. Beim Innenministerium melden sich 40 Gäste an.",
            "Ministerium des Innern und für Sport",
        ),
    ],
)
def test_a_ministry_met_again_by_a_field_of_its_portfolio_is_that_ministry(text: str, label: str) -> None:
    assert _bodies(text) == {label: "Ministry"}


@pytest.mark.parametrize(
    "text",
    [
        "Das Ministerium für Soziales und das Ministerium für Arbeit und Soziales fördern. Das Sozialministerium zahlt.",
        "Das Ministerium für Soziales fördert. Das Wirtschaftsministerium zahlt.",
        "Das Sozialministerium zahlt 200.000 Euro.",
    ],
)
def test_a_field_s_ministry_without_one_ministry_of_that_field_keeps_its_own_name(text: str) -> None:
    assert any(label.endswith("ministerium") for label in _bodies(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das Ministerium für Familie und Integration des Landes Nordrhein-Westfalen lädt ein. Petra Beispiel, "
            "Referentin im Integrationsministerium NRW, sprach.",
            "Ministerium für Familie und Integration des Landes Nordrhein-Westfalen",
        ),
        (
            "Gefördert vom Ministerium für Arbeit und Bau des Landes Rheinland-Pfalz. Das Arbeitsministerium "
            "Rheinland-Pfalz zahlt 9.000 Euro.",
            "Ministerium für Arbeit und Bau des Landes Rheinland-Pfalz",
        ),
        (
            "Das Ministerium für Soziales des Landes Mecklenburg-Vorpommern fördert. Vom Sozialministerium MV kam Lob.",
            "Ministerium für Soziales des Landes Mecklenburg-Vorpommern",
        ),
    ],
)
def test_a_field_s_ministry_with_its_land_is_the_ministry_of_that_land(text: str, label: str) -> None:
    assert {k: v for k, v in _bodies(text).items() if v == "Ministry"} == {label: "Ministry"}


def test_a_field_s_ministry_of_another_land_keeps_its_own_name() -> None:
    text = "Das Ministerium für Integration des Landes Nordrhein-Westfalen lädt ein. Das Integrationsministerium Hessen zahlt."
    assert "Integrationsministerium Hessen" in _bodies(text)


# ---------------------------------------------------------------- a local office met again by its town's adjective


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Agentur für Arbeit Celle meldet Zahlen. Die Celler Arbeitsagentur will mehr tun.",
            "Agentur für Arbeit Celle",
        ),
        (
            "Die Arbeitsagentur Hameln lädt ein. Bei der Hamelner Agentur für Arbeit melden sich 40 Betriebe.",
            "Arbeitsagentur Hameln",
        ),
        (
            "Mit der Agentur für Arbeit Fulda wurde verhandelt. Die Fuldaer Arbeitsagentur zahlt.",
            "Agentur für Arbeit Fulda",
        ),
    ],
)
def test_a_labour_agency_met_again_by_its_town_s_adjective_is_the_one_named(text: str, label: str) -> None:
    assert _bodies(text) == {label: "Agency"}
