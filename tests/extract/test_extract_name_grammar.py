"""Names of persons, bodies and places where German grammar tells them apart, on invented sentences (three or more
variants a construction): a broadcaster after a speaker's comma, a territory's noun opening a name, a region named
by a position's adjective after a town's hyphen, towns named like common words after a preposition of place."""

from __future__ import annotations

import pytest

from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def mentions(text: str) -> set[tuple[str, str]]:
    return {(m.type, m.label) for m in find_mentions(text, GAZETTEER)}


def labels_of(text: str, kind: str) -> set[str]:
    return {label for t, label in mentions(text) if t == kind}


# ---------------------------------------------------------------- a body after a person's name and a comma


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Moderation: Karla Beispiel, Hessischer Rundfunk.", "Karla Beispiel", "Hessischer Rundfunk"),
        (
            "Es diskutierten Tom Muster, Bayerischer Rundfunk, und Lea Probe.",
            "Tom Muster",
            "Bayerischer Rundfunk",
        ),
        (
            "Durch den Abend führte Jana Beispiel, Westdeutscher Rundfunk, mit viel Humor.",
            "Jana Beispiel",
            "Westdeutscher Rundfunk",
        ),
    ],
)
def test_a_broadcaster_after_a_person_s_name_and_a_comma_is_a_body(text: str, person: str, body: str) -> None:
    found = mentions(text)
    assert ("Person", person) in found
    assert ("Organisation", body) in found
    assert ("Person", body) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Gäste: Karla Beispiel, Evangelisches Bildungswerk Musterland, und andere.",
        "Es sprachen Tom Muster, Katholisches Forum Beispielstadt, und weitere Gäste.",
        "Podium: Jana Beispiel, Kirchliches Netzwerk Musterhain.",
    ],
)
def test_a_strong_adjective_after_a_person_s_comma_opens_no_name(text: str) -> None:
    persons = labels_of(text, "Person")
    assert not any(p.split()[0].endswith(("isches", "liches", "ischer")) for p in persons)


def test_a_broadcaster_in_the_dative_or_genitive_is_named_in_the_nominative() -> None:
    assert "Saarländischer Rundfunk" in labels_of(
        "Der Beitrag lief im Saarländischen Rundfunk.", "Organisation"
    )
    assert "Westdeutscher Rundfunk" in labels_of(
        "Ein Team des Westdeutschen Rundfunks filmte.", "Organisation"
    )
    assert "Bayerischer Rundfunk" in labels_of("Sie arbeitet beim Bayerischen Rundfunk.", "Organisation")


# ---------------------------------------------------------------- a territory's noun opens no person's name


@pytest.mark.parametrize(
    "text",
    [
        "Es sprach Kreis Beispielhausen über die Förderung.",
        "Gefördert von: Stadt Musterhain, Gemeinde Probedorf und dem Land.",
        "Den Zuschlag erhielt Landkreis Beispielau, wie Anna Muster sagte.",
    ],
)
def test_a_territory_s_noun_opens_no_person_s_name(text: str) -> None:
    persons = labels_of(text, "Person")
    assert not any(p.split()[0] in ("Kreis", "Stadt", "Gemeinde", "Landkreis") for p in persons)


# ---------------------------------------------------------------- a region by a position's adjective


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Der Unternehmerverband Rostock-Mittleres Mecklenburg lädt ein.",
            "Unternehmerverband Rostock-Mittleres Mecklenburg",
        ),
        ("Die Handwerkskammer Dresden-Oberes Elbtal berät.", "Handwerkskammer Dresden-Oberes Elbtal"),
        (
            "Beim Arbeitgeberverband Schwerin-Westliches Mecklenburg sprach Anna Muster.",
            "Arbeitgeberverband Schwerin-Westliches Mecklenburg",
        ),
        (
            "Die Handelskammer Beispielstadt-Grafschaft Bentheim lädt ein.",
            "Handelskammer Beispielstadt-Grafschaft Bentheim",
        ),
        ("Der Landvolkverband Stade-Altes Land berät.", "Landvolkverband Stade-Altes Land"),
    ],
)
def test_a_region_by_a_position_s_adjective_after_a_town_s_hyphen_ends_a_name(text: str, label: str) -> None:
    assert label in labels_of(text, "Organisation")


# ---------------------------------------------------------------- towns named like common words


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Sie wohnt in Marl und arbeitet in Leer.", {"Marl", "Leer"}),
        ("Die Familie kam aus Olpe nach Kamen.", {"Olpe", "Kamen"}),
        ("Beraten wird in Siegen, Marl und Singen.", {"Siegen", "Marl", "Singen"}),
    ],
)
def test_a_town_named_like_a_common_word_after_a_preposition_of_place(text: str, towns: set[str]) -> None:
    assert towns <= labels_of(text, "Place")


@pytest.mark.parametrize(
    "text",
    [
        "Die Lager standen leer, die Straßen waren leer.",
        "Nach Lage der Dinge fehlen Waren und Löhne.",
        "Nach Roth sprach Anna Muster über das Essen.",
    ],
)
def test_a_common_word_or_family_name_is_no_town(text: str) -> None:
    assert not labels_of(text, "Place") & {"Leer", "Lage", "Waren", "Löhne", "Roth", "Essen"}


# ---------------------------------------------------------------- a topic's office of a municipality


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Integrationsbüro der Hansestadt Lüdenburg berät.", "Integrationsbüro der Hansestadt Lüdenburg"),
        (
            "Im Migrationsbüro des Landkreises Beispielau sprach Anna Muster.",
            "Migrationsbüro des Landkreises Beispielau",
        ),
        ("Sie leitet das Seniorenbüro der Stadt Musterhain.", "Seniorenbüro der Stadt Musterhain"),
        ("Rat gibt das Familienbüro der Gemeinde Probedorf.", "Familienbüro der Gemeinde Probedorf"),
    ],
)
def test_a_topic_s_office_in_a_municipality_s_genitive_is_its_body(text: str, label: str) -> None:
    assert label in labels_of(text, "Agency")


@pytest.mark.parametrize(
    "text",
    [
        "Das Büro der Stadt Musterhain ist geschlossen.",
        "Das Projektbüro des Vereins Lernwerk ist zu.",
        "Im Pressebüro der Messe Beispielstadt gab es Kaffee.",
    ],
)
def test_a_bare_office_or_one_of_no_municipality_is_no_body(text: str) -> None:
    assert not labels_of(text, "Agency")


# ---------------------------------------------------------------- a name with a noun object after it


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Der Verein, dessen Vorsitzende Gisela Beispiel Möbel organisierte, half.", "Gisela Beispiel"),
        ("Bekannt ist, dass Thomas Muster Kaffee spendete.", "Thomas Muster"),
        ("Die Stiftung, deren Leiterin Karin Probe Spenden sammelte, lud ein.", "Karin Probe"),
        (
            "Der Verein, dessen Vorsitzende Gisela Beispiel Möbel und Computer besorgte, half.",
            "Gisela Beispiel",
        ),
        ("Man weiß, dass Thomas Muster Kaffee und Kuchen spendete.", "Thomas Muster"),
    ],
)
def test_a_noun_object_after_a_person_s_name_in_a_verb_final_clause_is_no_part_of_it(
    text: str, person: str
) -> None:
    persons = labels_of(text, "Person")
    assert person in persons
    assert not any(p.startswith(person + " ") for p in persons)


@pytest.mark.parametrize(
    "text",
    [
        "Gestern kam Lucia Ferreira Santos nach Kassel.",
        "Es sprach Lucia Ferreira Santos über Arbeit.",
        "Am Abend war Ana Pereira Costa im Rathaus.",
        "Ana Pereira Costa begrüßte die Gäste im Saal.",
        "Zum Schluss dankte Lucia Ferreira Santos allen, die halfen.",
        "Der Verein, dessen Leiterin Lucia Ferreira Santos und Petra Muster kamen, half.",
        "Der Verein, dessen Leiterin Ana Pereira Costa und ihr Team gründeten, half.",
    ],
)
def test_a_double_family_name_before_a_preposition_is_not_cut(text: str) -> None:
    assert not {p for p in labels_of(text, "Person") if p in ("Lucia Ferreira", "Ana Pereira")}


# ---------------------------------------------------------------- where a name ends


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Partner sind das Kommunale Integrationszentrum Kreis Musterland und die Lernwerk gGmbH.",
            "Kommunales Integrationszentrum Kreis Musterland",
            "Lernwerk gGmbH",
        ),
        (
            "Mit dabei waren das Forum Beispielstadt und die Probe Bau GmbH.",
            None,
            "Probe Bau GmbH",
        ),
        (
            "Es kooperieren das Bildungszentrum Nord sowie der Verein Brückenbau e. V.",
            None,
            "Brückenbau e. V.",
        ),
    ],
)
def test_an_article_after_und_opens_a_second_name_before_a_legal_form(
    text: str, first: str | None, second: str
) -> None:
    found = {label for _, label in mentions(text)}
    assert second in found
    assert first is None or first in found
    assert not any(" und die " in label or " sowie der " in label for label in found)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Industrie- und Handelskammer zu Hagen lädt ein.", "Industrie- und Handelskammer zu Hagen"),
        ("Die Handwerkskammer zu Halle (Saale) berät.", "Handwerkskammer zu Halle (Saale)"),
        (
            "Ein Gast der Industrie- und Handelskammer zu Siegen sprach.",
            "Industrie- und Handelskammer zu Siegen",
        ),
    ],
)
def test_a_chamber_zu_a_town_named_like_a_common_word(text: str, label: str) -> None:
    assert label in labels_of(text, "Organisation")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Auch die Stadt Essen würdigte ihn.", "Stadt Essen"),
        ("Die Stadt Siegen fördert das Projekt.", "Stadt Siegen"),
        ("Gemeinsam mit der Stadt Hagen startet das Angebot.", "Stadt Hagen"),
    ],
)
def test_a_town_named_like_a_common_word_after_stadt_is_the_municipality(text: str, label: str) -> None:
    assert label in labels_of(text, "Agency")


@pytest.mark.parametrize(
    "text",
    [
        "Musikalisch begleitete das Duo Lumina den Abend.",
        "Es sang der Chor Harmonie aus Kassel.",
        "Zum Abschluss spielte das Trio Beispiel.",
    ],
)
def test_a_group_of_performers_is_no_person(text: str) -> None:
    assert not labels_of(text, "Person")


# ---------------------------------------------------------------- schools, served districts, quoted towns


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Auch die Pflegeschule Elbufer will mitmachen.", "Pflegeschule Elbufer"),
        ("Träger: Pflegeschule Saaleblick, eine Einrichtung der Diakonie.", "Pflegeschule Saaleblick"),
        ("Der Kurs findet in der Sprachschule Lingua statt.", "Sprachschule Lingua"),
        ("Die Berufsschule Musterstadt lädt ein.", "Berufsschule Musterstadt"),
    ],
)
def test_a_trade_school_named_by_a_proper_name(text: str, label: str) -> None:
    assert label in labels_of(text, "Organisation")


def test_a_bare_trade_school_is_no_name() -> None:
    assert not labels_of("Sie besucht die Berufsschule und lernt Deutsch.", "Organisation")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Beim Caritasverband für den Landkreis Musterland sprach Anna Muster.",
            "Caritasverband für den Landkreis Musterland",
        ),
        ("Der Caritasverband für den Kreis Beispielau lädt ein.", "Caritasverband für den Kreis Beispielau"),
        (
            "Die Diakonie im Caritasverband für den Landkreis Probe berät.",
            "Caritasverband für den Landkreis Probe",
        ),
    ],
)
def test_an_association_s_unit_for_the_district_it_serves(text: str, label: str) -> None:
    assert label in labels_of(text, "Organisation")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Die Reihe „Ankommen in Wunsiedel“ geht weiter.", "Wunsiedel"),
        ("Der Film „Neustart in Coburg“ lief gestern.", "Coburg"),
        ("Das Heft „Ein Jahr in Bamberg.“ erschien im Mai.", "Bamberg"),
    ],
)
def test_a_town_before_a_quote_s_closing_mark(text: str, town: str) -> None:
    assert town in labels_of(text, "Place")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Agentur für Arbeit Siegen hilft.", "Agentur für Arbeit Siegen"),
        ("Unterstützt wird es vom Jobcenter Hagen.", "Jobcenter Hagen"),
        ("Die Agentur für Arbeit Leer und die Stadt beraten.", "Agentur für Arbeit Leer"),
    ],
)
def test_a_local_office_named_by_a_town_like_a_common_word(text: str, label: str) -> None:
    assert label in labels_of(text, "Agency")


@pytest.mark.parametrize(
    "text",
    [
        "Die Räume liegen in der Bahnhofstraße 4.",
        "Das Büro ist im Rathausweg 12.",
        "Wir treffen uns in der Schlossallee.",
    ],
)
def test_a_street_named_after_a_building_is_no_venue(text: str) -> None:
    assert not labels_of(text, "Place") & {"Bahnhof", "Rathaus", "Schloss"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Saarbrücker Zeitung berichtete.", "Saarbrücker Zeitung"),
        ("Es sprach Tom Muster von der Bremer Arbeitnehmerkammer.", "Bremer Arbeitnehmerkammer"),
        ("Laut Dresdner Zeitung ist das neu.", "Dresdner Zeitung"),
    ],
)
def test_a_town_s_adjective_leads_a_name(text: str, label: str) -> None:
    assert label in labels_of(text, "Organisation")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Diakonische Werk an der Saar lädt ein.", "Diakonisches Werk an der Saar"),
        ("Es sprach Nadine Beispiel, Bildungswerk an der Ruhr.", "Bildungswerk an der Ruhr"),
        ("Die Hochschule an der Mosel forscht dazu.", "Hochschule an der Mosel"),
    ],
)
def test_a_body_named_by_its_river(text: str, label: str) -> None:
    assert label in labels_of(text, "Organisation")


def test_a_river_after_no_body_s_name_is_no_name() -> None:
    assert not labels_of("Der Verein liegt an der Saar.", "Organisation")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Gotha. Eingeladen hatte das Integrationsbüro der Hansestadt und der Verein Lernwerk.",
            "Integrationsbüro der Hansestadt Gotha",
        ),
        (
            "Wetzlar – Das Seniorenbüro der Stadt lädt zum Fest.",
            "Seniorenbüro der Stadt Wetzlar",
        ),
        (
            "Stade, 3. Mai 2031. Rat gibt das Familienbüro der Stadt im Rathaus.",
            "Familienbüro der Stadt Stade",
        ),
    ],
)
def test_a_town_s_office_without_its_name_is_the_dateline_town_s(text: str, label: str) -> None:
    found = {m.label: m.type for m in find_mentions(text, GAZETTEER)}
    assert found.get(label) == "Agency"


def test_a_town_s_office_without_its_name_or_a_dateline_is_no_body() -> None:
    assert not labels_of("Das Integrationsbüro der Hansestadt lädt ein.", "Agency")


@pytest.mark.parametrize(
    "text",
    [
        "Amina Beispiel: „Mein Kollege übernimmt die Beratung.“",
        "Mein Kollege stellte das Projekt vor.",
        "Sein Kollege betonte, es gehe voran.",
    ],
)
def test_a_possessive_opens_no_person_s_name(text: str) -> None:
    assert not {p for p in labels_of(text, "Person") if p.split()[0] in ("Mein", "Sein")}


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "Die Firma arbeitet an fünf Standorten, darunter Melle, Bramsche und Gotha.",
            {"Melle", "Bramsche", "Gotha"},
        ),
        ("Unsere Standorte: Wetzlar und Stade.", {"Wetzlar", "Stade"}),
        ("Der Verein hat drei Standorte, darunter Gotha und Melle.", {"Gotha", "Melle"}),
    ],
)
def test_towns_listed_after_standorte_darunter_or_a_colon(text: str, towns: set[str]) -> None:
    assert towns <= labels_of(text, "Place")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Feier findet in der Evangelischen Kirchengemeinde Musterdorf statt.",
            "Evangelische Kirchengemeinde Musterdorf",
        ),
        ("Die Katholische Kirchengemeinde St. Marien lädt ein.", "Katholische Kirchengemeinde St. Marien"),
        ("Die Stiftung St. Franziskus hilft.", "Stiftung St. Franziskus"),
    ],
)
def test_a_congregation_or_a_saint_s_name(text: str, label: str) -> None:
    assert label in labels_of(text, "Organisation")


def test_no_name_cut_after_a_saint_s_abbreviation() -> None:
    assert not {o for o in labels_of("Der Verein St. Georg hilft.", "Organisation") if o.endswith(" St")}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Das Treffen war in Offenbach am Main.", "Offenbach am Main"),
        ("Die nächste Runde ist in Rüsselsheim am Main, dann in Kassel.", "Rüsselsheim am Main"),
        ("Sie zog nach Offenbach am Main und fand Arbeit.", "Offenbach am Main"),
    ],
)
def test_a_town_keeps_its_river_after_am(text: str, town: str) -> None:
    assert town in labels_of(text, "Place")


def test_a_day_after_am_is_no_river() -> None:
    assert "Offenbach" in labels_of("Wir sind in Offenbach am Montag.", "Place")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Türkische Gemeinde in Deutschland fordert mehr Beratung.", "Türkische Gemeinde in Deutschland"),
        (
            "Gesprächsrunde mit der Vietnamesischen Gemeinde Frankfurt und anderen.",
            "Vietnamesische Gemeinde Frankfurt",
        ),
        ("Die Griechische Gemeinde zu Kassel lädt ein.", "Griechische Gemeinde zu Kassel"),
    ],
)
def test_a_community_named_by_its_people_and_where_it_lives_is_an_association(text: str, label: str) -> None:
    assert label in labels_of(text, "Organisation")


@pytest.mark.parametrize(
    "text",
    [
        "Die Bayerische Gemeinde Gotha hilft.",
        "Die Politische Gemeinde Gotha hilft.",
        "Die Türkische Gemeinde feiert ihr Fest.",
    ],
)
def test_a_land_s_or_a_kind_s_gemeinde_or_one_of_no_place_is_no_association(text: str) -> None:
    assert not {o for o in labels_of(text, "Organisation") if "Gemeinde" in o}
