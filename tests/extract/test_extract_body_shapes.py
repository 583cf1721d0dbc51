"""Bodies in shapes of other writers, and phrases that look like a person's name (invented sentences, several
variants each)."""

from __future__ import annotations

import pytest

from conftest import facts_of
from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference


def _persons(body: str) -> set[str]:
    return {label for kind, label in facts_of("Titel\n\n" + body).entities if kind == "Person"}


# ------------------------------------------------ a preposition, numeral, quantifier or adverb opens no name


@pytest.mark.parametrize(
    ("body", "persons"),
    [
        ("Vier Angebote stellten sich am Montag im Rathaus vor.", set()),
        ("Zu Gast war Staatssekretärin Hanna Probe vom Landesministerium.", {"Hanna Probe"}),
        ("Ab Herbst berät Petra Beispiel in der Sprechstunde.", {"Petra Beispiel"}),
        ("Ab Herbst sollen die Sprechstunden in allen Rathäusern stattfinden.", set()),
        ("Gegen Mittag sprach Jonas Muster über die Ergebnisse.", {"Jonas Muster"}),
        ("Nach Angaben der Kammer stellten Sechs Betriebe neue Fachkräfte ein.", set()),
        ("Viele Betriebe sagten ihre Teilnahme ab.", set()),
        ("Erstmals Gast war Staatssekretär Karl Muster.", {"Karl Muster"}),
        ("Zahlreiche Gäste begrüßte Petra Beispiel am Eingang.", {"Petra Beispiel"}),
        ("Letzte Woche sprach Jonas Muster im Rathaus.", {"Jonas Muster"}),
        ("Herzlich Willkommen sagte die Leiterin zu Beginn.", set()),
    ],
)
def test_a_word_opening_a_phrase_is_no_given_name(body: str, persons: set[str]) -> None:
    assert _persons(body) == persons


# ---------------------------------------------------------------- organisation-name grammar, more shapes

GAZETTEER = build_gazetteer(load_reference())


def _bodies(text: str) -> dict[str, str]:
    return {m.label: m.type for m in find_mentions(text, GAZETTEER) if m.type not in ("Person", "Place")}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Beraten wird am Institut für Arbeitsrecht der Anna-Beispiel-Universität Kassel.",
            "Institut für Arbeitsrecht der Anna-Beispiel-Universität Kassel",
        ),
        (
            "Die Studie stammt von der Akademie für Pflege der Karl-Muster-Hochschule.",
            "Akademie für Pflege der Karl-Muster-Hochschule",
        ),
        (
            "Gefördert wird das Institut für Pflegeforschung der Petra-Probe-Universität Fulda seit 2021.",
            "Institut für Pflegeforschung der Petra-Probe-Universität Fulda",
        ),
    ],
)
def test_a_genitive_body_named_after_a_person_stays_in_the_name(text: str, label: str) -> None:
    assert label in _bodies(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das Diakonische Werk im Kirchenkreis Heideland berät Familien.",
            "Diakonisches Werk im Kirchenkreis Heideland",
        ),
        ("Mit dabei war der Caritasverband im Dekanat Auenland.", "Caritasverband im Dekanat Auenland"),
        (
            "Träger ist das Diakonische Werk für den Kirchenbezirk Musterhausen.",
            "Diakonisches Werk für den Kirchenbezirk Musterhausen",
        ),
    ],
)
def test_a_welfare_body_named_by_its_church_district(text: str, label: str) -> None:
    assert label in _bodies(text)


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("Die Bäckerinnung Kassel lud ein.", {"Bäckerinnung Kassel": "Organisation"}),
        (
            "Mit der Innung des Dachdeckerhandwerks Fulda wurde gesprochen.",
            {"Innung des Dachdeckerhandwerks Fulda": "Organisation"},
        ),
        ("Auch die Elektro-Innung Göttingen machte mit.", {"Elektro-Innung Göttingen": "Organisation"}),
        ("Ihre politische Gesinnung spielt dabei keine Rolle.", {}),
    ],
)
def test_guilds_are_bodies_named_by_their_region_or_trade(text: str, bodies: dict[str, str]) -> None:
    assert _bodies(text) == bodies


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Integrationsbüro Kassel berät Zugewanderte.", "Integrationsbüro Kassel"),
        ("Termine vergibt das Migrationsbüro Göttingen.", "Migrationsbüro Göttingen"),
        ("Beim Integrationsbüro der Stadt Fulda gibt es Termine.", "Integrationsbüro der Stadt Fulda"),
        (
            "Anmeldung über das Integrationsbüro des Landkreises Fulda.",
            "Integrationsbüro des Landkreises Fulda",
        ),
    ],
)
def test_an_integration_office_is_a_municipal_body(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Agency"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Föderation der Beispielvereine in Deutschland stellte sich vor.",
            "Föderation der Beispielvereine in Deutschland",
        ),
        ("Gegründet wurde die Föderation der Musterverbände 2019.", "Föderation der Musterverbände"),
        (
            "Auch der Verband der Lernwerkvereine in Deutschland war vertreten.",
            "Verband der Lernwerkvereine in Deutschland",
        ),
    ],
)
def test_a_federation_named_by_its_members_and_the_country(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Auch das Start-up Wolkenbruch Solutions aus Kassel stellt ein.", "Wolkenbruch Solutions"),
        ("Seit 2020 berät Nordlicht Consulting kleine Betriebe.", "Nordlicht Consulting"),
        ("Bei der Hafenblick Group arbeiten 40 Fachkräfte.", "Hafenblick Group"),
    ],
)
def test_a_company_with_an_english_head(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Beteiligt ist der Fachbereich Jugend, Familie und Soziales der Stadt Nordhausen.",
            "Fachbereich Jugend, Familie und Soziales der Stadt Nordhausen",
        ),
        (
            "Einladungen verschickte der Fachdienst Arbeit, Migration und Teilhabe des Landkreises Fulda.",
            "Fachdienst Arbeit, Migration und Teilhabe des Landkreises Fulda",
        ),
        (
            "Beim Referat Bildung, Sport und Kultur der Landeshauptstadt Kiel liegt die Federführung.",
            "Referat Bildung, Sport und Kultur der Landeshauptstadt Kiel",
        ),
    ],
)
def test_a_municipal_department_named_by_a_list_of_topics(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Agency"


def _abbreviations(text: str) -> dict[str, str | None]:
    return {m.label: m.abbreviation for m in find_mentions(text, GAZETTEER) if m.type == "Organisation"}


@pytest.mark.parametrize(
    ("text", "label", "abbreviation"),
    [
        (
            "Die Vereinigung der Musterländer Wirtschaft e. V. (vmw) sagte Hilfe zu. Die vmw lädt ein.",
            "Vereinigung der Musterländer Wirtschaft e. V.",
            "vmw",
        ),
        ("Der Verband der Beispielindustrie (vbi) tagte in Kassel.", "Verband der Beispielindustrie", "vbi"),
        ("Mitglied ist auch das Bündnis Lernen und Arbeiten (bla).", "Bündnis Lernen und Arbeiten", "bla"),
        ("Die Lernwerk gGmbH (neu) zog nach Fulda.", "Lernwerk gGmbH", None),
        (
            "Es berät der Verband der Lernhelferinnen in Baden-Württemberg e. V. (vlb) seit Mai.",
            "Verband der Lernhelferinnen in Baden-Württemberg e. V.",
            "vlb",
        ),
    ],
)
def test_a_short_form_in_small_letters_that_spells_the_name(
    text: str, label: str, abbreviation: str | None
) -> None:
    assert _abbreviations(text).get(label, "-") == abbreviation


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("Begrüßt wurden die Gäste im Namen der Stadt Kassel.", {"Stadt Kassel": "Agency"}),
        ("Vertreterinnen der Stadt Fulda stellten die Pläne vor.", {"Stadt Fulda": "Agency"}),
        ("Im Auftrag des Kreises Herford lädt der Verein ein.", {"Kreis Herford": "Agency"}),
        ("Die Bürgerinnen der Stadt Kassel kamen zahlreich.", {}),
        (
            "Ein neues Angebot der Stadt Göttingen richtet sich an Pflegekräfte.",
            {"Stadt Göttingen": "Agency"},
        ),
        ("Das Modellprojekt des Kreises Herford heißt Lernbrücke.", {"Kreis Herford": "Agency"}),
        ("Auf Einladung der Stadt Fulda kamen 50 Gäste.", {"Stadt Fulda": "Agency"}),
    ],
)
def test_a_municipality_in_the_genitive_of_acting_on_its_behalf_is_a_body(
    text: str, bodies: dict[str, str]
) -> None:
    assert _bodies(text) == bodies


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Die Beauftragte der Landesregierung für Migration und Teilhabe schickte ein Grußwort.",
            {"Beauftragte der Landesregierung für Migration und Teilhabe": "Agency"},
        ),
        (
            "Es gab viele Gäste. Der Landesbeauftragte für Integration Sachsen-Anhalt sprach zuerst.",
            {"Landesbeauftragter für Integration Sachsen-Anhalt": "Agency"},
        ),
        ("Die Beauftragte für Integration Petra Beispiel sprach.", {}),
        ("Der Beauftragte der Landesregierung für Teilhabe, Karl Muster, sprach.", {}),
    ],
)
def test_a_commissioner_s_office_opening_a_sentence_is_a_body(text: str, bodies: dict[str, str]) -> None:
    assert _bodies(text) == bodies


def _entities(body: str) -> set[tuple[str, str]]:
    return {(kind, label) for kind, label in facts_of("Titel\n\n" + body).entities if kind != "Place"}


@pytest.mark.parametrize(
    ("body", "entity"),
    [
        (
            "Die Beratung übernimmt die Handwerks-\nkammer Kassel seit Mai.",
            ("Organisation", "Handwerkskammer Kassel"),
        ),
        (
            "Anträge prüft das Landes-\namt für Zuwanderung Musterland.",
            ("Agency", "Landesamt für Zuwanderung"),
        ),
        (
            "Die Beratung übernimmt das Bundesarbeits-\nministerium.",
            ("Ministry", "Bundesministerium für Arbeit und Soziales"),
        ),
        (
            "Die Beratung in der ganzen Region übernimmt seit vielen Jahren schon das Diakonische\nWerk Kassel.",
            ("Organisation", "Diakonisches Werk Kassel"),
        ),
    ],
)
def test_a_name_broken_at_a_line_end_is_one_name(body: str, entity: tuple[str, str]) -> None:
    assert entity in _entities(body)


def test_a_short_line_before_a_head_is_no_part_of_its_name() -> None:
    assert ("Organisation", "Werk Kassel") in _entities("Soziales\nStaatskanzlei\nDiakonisches\nWerk Kassel")


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Die Vertreterin des Bundesverbands der Beispielinnen lobte das Projekt.",
            {"Bundesverband der Beispielinnen": "Organisation"},
        ),
        (
            "Der Verband der Unternehmerinnen in Hessen lud ein.",
            {"Verband der Unternehmerinnen in Hessen": "Organisation"},
        ),
        (
            "Gegründet hat sich die Föderation der Migrantinnen 2020.",
            {"Föderation der Migrantinnen": "Organisation"},
        ),
        ("Das Team des Vereins der Senatorin tagte.", {}),
    ],
)
def test_a_federation_of_people_named_in_the_feminine_plural(text: str, bodies: dict[str, str]) -> None:
    assert _bodies(text) == bodies


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Die Sprecherin des Bündnisses Fachkräfte Nordhessen lobte den Plan.",
            {"Bündnis Fachkräfte Nordhessen": "Organisation"},
        ),
        (
            "Der Vorstand des Bündnisses für Arbeit Kassel tagte.",
            {"Bündnis für Arbeit Kassel": "Organisation"},
        ),
        ("Mitglied des Bündnisses Lernwerk ist sie seit 2020.", {"Bündnis Lernwerk": "Organisation"}),
        ("Zu Gast im Beirat des Bündnisses ist Professorin Petra Beispiel.", {}),
    ],
)
def test_the_genitive_of_a_head_in_nis_doubles_its_s(text: str, bodies: dict[str, str]) -> None:
    assert _bodies(text) == bodies


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("Träger ist die Beispiel Bildungs-GmbH.", {"Beispiel Bildungs-GmbH": "Organisation"}),
        ("Träger ist die Muster Service-gGmbH in Kassel.", {"Muster Service-gGmbH": "Organisation"}),
        (
            "Die Lernweg Beschäftigungs-gGmbH berät seit 2019.",
            {"Lernweg Beschäftigungs-gGmbH": "Organisation"},
        ),
        ("Die Tochter-gGmbH der Stiftung berät.", {}),
        ("Die Projekt-AG Integration tagte.", {}),
    ],
)
def test_a_company_s_form_joined_by_a_hyphen_ends_its_name(text: str, bodies: dict[str, str]) -> None:
    assert _bodies(text) == bodies


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        (
            "Die Vereinigung der Musterländer Wirtschaft e. V. (vmw) ist dabei. Das Projekt „Brücke Plus“ wird von "
            "der vmw getragen.",
            ("relation", ("Brücke Plus", "hostedBy", "Vereinigung der Musterländer Wirtschaft e. V.")),
        ),
        (
            "Der Verband der Beispielindustrie (vbi) ist dabei. Petra Beispiel, Sprecherin des vbi, lobte das.",
            ("role", ("Petra Beispiel", "Sprecherin", "Verband der Beispielindustrie")),
        ),
        (
            "Mit dabei ist das Bündnis Lernen und Arbeiten (bla). Karl Muster, Sprecher des bla, lobte das.",
            ("role", ("Karl Muster", "Sprecher", "Bündnis Lernen und Arbeiten")),
        ),
    ],
)
def test_a_short_form_in_small_letters_stands_for_its_name_later(
    body: str, fact: tuple[str, tuple[str, ...]]
) -> None:
    facts = facts_of("Titel\n\n" + body)
    kind, row = fact
    assert row in (facts.relations if kind == "relation" else facts.roles)


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Träger sind:\n- Verein für Lernwege im Kreis Beispielland und Umgebung\n- Musterhilfe gGmbH\n",
            {"Musterhilfe gGmbH": "Organisation"},
        ),
        (
            "Träger sind:\n• Kommunales Integrationszentrum des Kreises Lippe und der Stadt Detmold\n"
            "• Bildungswerk der Beispielländer Wirtschaft gGmbH\n",
            {
                "Kommunales Integrationszentrum des Kreises Lippe": "Agency",
                "Bildungswerk der Beispielländer Wirtschaft gGmbH": "Organisation",
            },
        ),
        (
            "Partner:\n* Arbeit und Lernen im Landkreis Musterland, Fachbereich Soziales\n* Lernweg Bildungs-GmbH\n",
            {"Lernweg Bildungs-GmbH": "Organisation"},
        ),
    ],
)
def test_a_name_ended_by_a_legal_form_begins_at_its_list_item(text: str, bodies: dict[str, str]) -> None:
    found = _bodies(text)
    assert all(found.get(label) == kind for label, kind in bodies.items())
    assert not any("\n" in label or " - " in label for label in found)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Beteiligt ist das Landesamt für Zentrale Polizeiliche Dienste.",
            "Landesamt für Zentrale Polizeiliche Dienste",
        ),
        (
            "Es berät die Akademie für Soziale Berufliche Bildung in Kassel.",
            "Akademie für Soziale Berufliche Bildung",
        ),
        (
            "Gefördert vom Institut für Angewandte Soziale Forschung Fulda.",
            "Institut für Angewandte Soziale Forschung",
        ),
    ],
)
def test_a_portfolio_with_two_capitalised_adjectives(text: str, label: str) -> None:
    assert any(found.startswith(label) for found in _bodies(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Dabei ist die Arbeiterwohlfahrt Unterbezirk Musterland-Mitte.",
            "Arbeiterwohlfahrt Unterbezirk Musterland-Mitte",
        ),
        ("Mit der AWO Unterbezirk Kassel wurde gesprochen.", "AWO Unterbezirk Kassel"),
        (
            "Bei der Arbeiterwohlfahrt Unterbezirk Fulda beraten zehn Frauen.",
            "Arbeiterwohlfahrt Unterbezirk Fulda",
        ),
    ],
)
def test_an_association_s_sub_district(text: str, label: str) -> None:
    assert label in _bodies(text)


@pytest.mark.parametrize(
    ("text", "label", "abbreviation"),
    [
        (
            "Zur Arbeitsgemeinschaft der kommunalen Beiräte Musterland (akbm) gehören 80 Beiräte.",
            "Arbeitsgemeinschaft der kommunalen Beiräte Musterland",
            "akbm",
        ),
        ("Der Verband der regionalen Lernwerke (vrl) tagte.", "Verband der regionalen Lernwerke", "vrl"),
        (
            "Mit dem Institut der sozialen Beispielforschung sprach sie.",
            "Institut der sozialen Beispielforschung",
            None,
        ),
    ],
)
def test_a_genitive_opened_by_an_adjective_in_al(text: str, label: str, abbreviation: str | None) -> None:
    assert _abbreviations(text).get(label, "-") == abbreviation


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das Bundesministerium des Innern und für Heimat fördert.",
            "Bundesministerium des Innern und für Heimat",
        ),
        (
            "Gefördert wird es vom Ministerium der Justiz und für Migration Baden-Württemberg.",
            "Ministerium der Justiz und für Migration Baden-Württemberg",
        ),
        (
            "Mittel des Ministeriums der Finanzen, für Bau und Europa flossen.",
            "Ministerium der Finanzen, für Bau und Europa",
        ),
        ("Das Ministerium des Innern und die Stadt fördern.", "Ministerium des Innern"),
    ],
)
def test_a_ministry_s_portfolio_in_the_genitive_then_after_fuer(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Ministry"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Träger ist Lernen und Leben – DGB/VHS Musterstadt e. V.",
            "Lernen und Leben – DGB/VHS Musterstadt e. V.",
        ),
        ("Träger ist die Lernwerk Nord/Süd gGmbH.", "Lernwerk Nord/Süd gGmbH"),
        ("Beteiligt ist auch die Musterhilfe Ost/West GmbH aus Kassel.", "Musterhilfe Ost/West GmbH"),
    ],
)
def test_a_name_ended_by_a_legal_form_may_join_two_words_by_a_slash(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Die Kommunalen Integrationszentren (KI) koordinieren die Arbeit vor Ort.",
        "Die Regionalen Bildungszentren (RBZ) bieten Kurse an.",
        "Beteiligt sind die Beispielländer Landesministerien (BLM) seit 2020.",
    ],
)
def test_bodies_named_by_their_kind_in_the_plural_are_no_project(text: str) -> None:
    assert _bodies(text) == {}


@pytest.mark.parametrize(
    ("body", "persons"),
    [
        ("Seit 2019 arbeitet Olumide Okonkwo als Pflegefachkraft in Kassel.", {"Olumide Okonkwo"}),
        ("Heute arbeitet Temesghen Beispiel als Elektriker.", {"Temesghen Beispiel"}),
        ("Inzwischen arbeitet Nkem Probe als Ärztin im Klinikum.", {"Nkem Probe"}),
        ("Seit Mai arbeitet Lernwerk Kassel als Träger.", set()),
    ],
)
def test_a_name_the_list_does_not_know_working_as_what(body: str, persons: set[str]) -> None:
    assert _persons(body) == persons
