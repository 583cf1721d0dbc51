"""Constructions found by writing invented releases in other genres (a carrier's press office, a Land ministry, a
chamber, a Verein's page, a local paper, a government's answer): each in several invented variants."""

from __future__ import annotations

import pytest

from conftest import facts_of
from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def names(text: str) -> set[str]:
    return {m.label for m in find_mentions(text, GAZETTEER) if m.type not in ("Person", "Place")}


@pytest.mark.parametrize(
    "text",
    [
        "Im Landkreis Stade berät die „Servicestelle Anerkennung Stade“. Träger ist die Lernhaus Elbe gGmbH.",
        "In Fulda hilft das Projekt „Brücken in Arbeit“ Zugewanderten. Trägerin war bis 2020 die Stiftung Osthessen.",
        "Das Teilprojekt „Pflege willkommen“ startet in Suhl. Träger ist der Verein Wegbegleiter e. V., ein Partner.",
    ],
)
def test_a_bare_traeger_ist_names_the_carrier_of_the_project_spoken_of(text: str) -> None:
    relations = facts_of("Titel\n\n" + text).relations
    assert [r for r in relations if r[1] == "hostedBy"]


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("Neue Servicestelle für Zugewanderte in Gera", "Servicestelle für Zugewanderte"),
        ("Das neue Bündnis für Fachkräfte trifft sich in Kiel.", "Bündnis für Fachkräfte"),
        ("Ein gemeinsames Bündnis für Ausbildung startet.", "Bündnis für Ausbildung"),
    ],
)
def test_an_adjective_of_age_or_scope_with_a_fuer_phrase_names_no_body(text: str, generic: str) -> None:
    found = names(text)
    assert not any(generic in label for label in found)


@pytest.mark.parametrize(
    ("text", "ministry"),
    [
        (
            "Das neue Ministerium für Arbeit und Integration lädt ein.",
            "Ministerium für Arbeit und Integration",
        ),
        (
            "Die erste Behörde für Zuwanderung und Arbeit öffnet.",
            "Behörde für Zuwanderung und Arbeit",
        ),
        ("Die neue Stiftung Lernwege Kassel lädt ein.", "Stiftung Lernwege Kassel"),
    ],
)
def test_a_ministry_or_a_proper_name_after_such_an_adjective_is_still_named(text: str, ministry: str) -> None:
    assert any(ministry in label for label in names(text))


def abbreviated(text: str) -> set[tuple[str, str | None]]:
    return {(m.label, m.abbreviation) for m in find_mentions(text, GAZETTEER) if m.type != "Place"}


@pytest.mark.parametrize(
    ("text", "label", "short"),
    [
        (
            "Die Fachstelle ist beim Institut für Arbeit und Teilhabe (IAT) gGmbH angesiedelt.",
            "Institut für Arbeit und Teilhabe gGmbH",
            "IAT",
        ),
        (
            "Träger ist die Akademie für Beruf und Sprache (ABS) e. V. in Kiel.",
            "Akademie für Beruf und Sprache e. V.",
            "ABS",
        ),
        ("Es lädt die Stiftung Lernwege (SLW) gGmbH ein.", "Stiftung Lernwege gGmbH", "SLW"),
    ],
)
def test_a_legal_form_after_the_short_form_still_ends_the_name(text: str, label: str, short: str) -> None:
    assert (label, short) in abbreviated(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mittel kommen aus dem Europäischen Sozialfonds Plus (ESF Plus) und vom Land.",
        "Der Europäische Sozialfonds Plus (ESF Plus) fördert das Projekt in Gera.",
        "Kofinanziert vom Europäischen Sozialfonds Plus (ESF Plus) startet die Beratung.",
    ],
)
def test_a_two_word_short_form_with_plus(text: str) -> None:
    assert ("Europäischer Sozialfonds Plus", "ESF Plus") in {
        (m.label, m.abbreviation) for m in find_mentions(text, GAZETTEER)
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Das zweite Projekt, „Sprache im Beruf“, liegt in Trägerschaft der Volkshochschule Gera.",
            "Sprache im Beruf",
        ),
        ("Ein weiteres Teilprojekt, „Wege in die Pflege“, berät in Suhl.", "Wege in die Pflege"),
        ("Auch das Projekt, „Ankommen in Arbeit“, ist neu.", "Ankommen in Arbeit"),
    ],
)
def test_a_quoted_project_name_in_apposition_between_commas(text: str, name: str) -> None:
    assert name in names(text)


def test_a_comma_after_a_project_head_before_a_quote_that_goes_on_is_no_apposition() -> None:
    assert "Wir fangen an" not in names(
        "Zum Projekt, „Wir fangen an und bleiben dran“ sagte sie, gibt es mehr."
    )


@pytest.mark.parametrize(
    ("text", "project", "roof"),
    [
        (
            "Die Beratungsstelle „Wegweiser“ berät in Wismar. Sie arbeitet unter dem Dach des Vereins Nordlicht e. V.",
            "Beratungsstelle „Wegweiser“",
            "Nordlicht e. V.",
        ),
        (
            "Das Projekt „Pflege plus“ startet in Gotha. Es steht in Trägerschaft der Stiftung Lernwege.",
            "Pflege plus",
            "Stiftung Lernwege",
        ),
        (
            "Das Teilprojekt „Arbeit finden“ ist neu. Es wird unter dem Dach der Musterbildung gGmbH umgesetzt.",
            "Arbeit finden",
            "Musterbildung gGmbH",
        ),
    ],
)
def test_a_pronoun_subject_under_a_roof_means_the_project_spoken_of(
    text: str, project: str, roof: str
) -> None:
    assert (project, "hostedBy", roof) in facts_of("Titel\n\n" + text).relations


@pytest.mark.parametrize(
    "text",
    [
        "Die Muster gGmbH ist ein Partner und arbeitet unter dem Dach des Vereins Nordlicht e. V.",
        "Der Verein Wegbegleiter e. V. steht in Trägerschaft der Stiftung Lernwege.",
        "Die Stiftung Lernwege arbeitet unter dem Dach der Muster Holding GmbH.",
    ],
)
def test_an_organisation_before_a_roof_is_not_hosted(text: str) -> None:
    assert not [r for r in facts_of("Titel\n\n" + text).relations if r[1] == "hostedBy"]


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "Dem IQ Netzwerk Hessen gehören unter anderem die Lernwerk Fulda gGmbH und die Stiftung Lernwege an.",
            {"Lernwerk Fulda gGmbH", "Stiftung Lernwege"},
        ),
        (
            "Zu Frage 2: Dem IQ Netzwerk Hessen gehörten damals der Verein Wegbegleiter e. V. und die Handwerkskammer Kassel an.",
            {"Wegbegleiter e. V.", "Handwerkskammer Kassel"},
        ),
        (
            "Dem Bündnis Fachkräfte Nordhessen gehören die Stiftung Lernwege, die Muster AG und die Handwerkskammer Kassel an.",
            {"Stiftung Lernwege", "Muster AG", "Handwerkskammer Kassel"},
        ),
    ],
)
def test_the_dative_first_with_angehoeren_lists_the_members(text: str, members: set[str]) -> None:
    found = {r[0] for r in facts_of("Titel\n\n" + text).relations if r[1] == "memberOf"}
    assert members <= found


def test_a_singular_subject_with_angehoeren_is_read_by_its_own_rule() -> None:
    relations = facts_of(
        "Titel\n\nDer Verein Wegbegleiter e. V. gehört dem Bündnis Fachkräfte Nordhessen an."
    ).relations
    assert ("Wegbegleiter e. V.", "memberOf", "Bündnis Fachkräfte Nordhessen") in relations


@pytest.mark.parametrize(
    ("text", "project", "whole"),
    [
        (
            "Die Kammer arbeitet mit dem Zentrum für Anerkennung Lahn zusammen, einem Teilprojekt des IQ Netzwerks Hessen.",
            "Zentrum für Anerkennung Lahn",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Beraten wird im Café Beruf Kassel, einem Angebot der Stiftung Lernwege.",
            "Café Beruf Kassel",
            "Stiftung Lernwege",
        ),
        (
            "Sie empfiehlt das Forum Arbeit und Migration, ein Projekt des Vereins Wegbegleiter e. V.",
            "Forum Arbeit und Migration",
            "Wegbegleiter e. V.",
        ),
    ],
)
def test_a_name_the_apposition_after_it_calls_a_project(text: str, project: str, whole: str) -> None:
    facts = facts_of("Titel\n\n" + text)
    assert ("Subproject", project) in facts.entities
    assert any(r[0] == project and r[2] == whole for r in facts.relations)


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt läuft, ein Angebot der Stiftung Lernwege.",
        "Sie lobte die Beratung, ein Projekt des Vereins Wegbegleiter e. V.",
        "Er besuchte das Haus, ein Angebot der Stiftung Lernwege.",
    ],
)
def test_a_single_common_noun_before_such_an_apposition_is_no_project_name(text: str) -> None:
    assert not [e for e in facts_of("Titel\n\n" + text).entities if e[0] == "Subproject"]


@pytest.mark.parametrize(
    ("text", "payer"),
    [
        ("Die Anlaufstelle „Beruf jetzt“ wird vom Land Hessen finanziert.", "Land Hessen"),
        (
            "Das Projekt „Wege“ wird aus dem ESF und vom Land Rheinland-Pfalz gefördert.",
            "Land Rheinland-Pfalz",
        ),
        ("Gefördert wird die Beratungsstelle „Start“ vom Land Brandenburg.", "Land Brandenburg"),
    ],
)
def test_a_land_as_the_agent_of_a_passive_is_a_body(text: str, payer: str) -> None:
    assert ("Agency", payer) in facts_of("Titel\n\n" + text).entities


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Kammer gehört dem Bayerischen Handwerkstag an.", "Bayerischer Handwerkstag"),
        ("Der Hessische Städtetag lädt ein.", "Hessischer Städtetag"),
        ("Kooperationspartner ist das Klinikum Emsland-Mitte.", "Klinikum Emsland-Mitte"),
    ],
)
def test_federations_of_towns_and_crafts_and_hospitals_are_organisations(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "project", "carrier"),
    [
        (
            "Seit 2019 führt die Lernhaus Weser gGmbH das Projekt „Pflege ankommen“ durch.",
            "Pflege ankommen",
            "Lernhaus Weser gGmbH",
        ),
        (
            "Die Stiftung Lernwege setzte das Teilprojekt „Wege in Arbeit“ bis 2022 um.",
            "Wege in Arbeit",
            "Stiftung Lernwege",
        ),
        (
            "In Gera bietet der Verein Wegbegleiter e. V. die Beratungsstelle „Start“ an.",
            "Beratungsstelle „Start“",
            "Wegbegleiter e. V.",
        ),
    ],
)
def test_the_carrier_as_subject_of_a_verb_of_carrying_out(text: str, project: str, carrier: str) -> None:
    assert (project, "hostedBy", carrier) in facts_of("Titel\n\n" + text).relations


@pytest.mark.parametrize(
    ("text", "project", "carrier"),
    [
        (
            "Das Projekt „Pflege ankommen“ wird von der Lernhaus Weser gGmbH durchgeführt.",
            "Pflege ankommen",
            "Lernhaus Weser gGmbH",
        ),
        (
            "Umgesetzt wurde das Teilprojekt „Wege in Arbeit“ durch die Stiftung Lernwege.",
            "Wege in Arbeit",
            "Stiftung Lernwege",
        ),
        (
            "Die Beratungsstelle „Start“ wird seit 2018 vom Verein Wegbegleiter e. V. betrieben.",
            "Beratungsstelle „Start“",
            "Wegbegleiter e. V.",
        ),
    ],
)
def test_the_carrier_as_agent_of_a_passive_of_carrying_out(text: str, project: str, carrier: str) -> None:
    assert (project, "hostedBy", carrier) in facts_of("Titel\n\n" + text).relations


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Lernwege bietet mit dem Projekt „Wege in Arbeit“ Kurse an.",
        "Die Stiftung Lernwege führt Gespräche mit dem Teilprojekt „Start“ durch.",
        "Die Handwerkskammer Kassel führt das Projekt „Start“ an die Betriebe heran.",
    ],
)
def test_a_project_after_a_preposition_or_another_particle_is_not_carried(text: str) -> None:
    assert not [r for r in facts_of("Titel\n\n" + text).relations if r[1] == "hostedBy"]


@pytest.mark.parametrize(
    "text",
    [
        "Träger ist der Verein Wegbegleiter e. V., das Angebot gehört zum IQ Netzwerk Hessen.",
        "Es berät die Stiftung Lernwege, die Beratung gehört zum IQ Netzwerk Hessen.",
        "Geleitet wird es von der Muster gGmbH, es gehört zum IQ Netzwerk Hessen.",
    ],
)
def test_a_clause_with_a_subject_of_its_own_before_gehoert_zum(text: str) -> None:
    assert not [r for r in facts_of("Titel\n\n" + text).relations if r[1] == "partOf"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Beratungsstelle „Start“ gehört zum IQ Netzwerk Hessen.",
        "Das Projekt „Wege“ in Kassel gehört zum IQ Netzwerk Hessen.",
        "Seit 2019 gehört die Beratungsstelle „Start“ zum IQ Netzwerk Hessen.",
    ],
)
def test_a_project_that_belongs_to_a_network(text: str) -> None:
    assert [r for r in facts_of("Titel\n\n" + text).relations if r[1] == "partOf"]


def typed(text: str) -> dict[str, str]:
    return {m.label: m.type for m in find_mentions(text, GAZETTEER) if m.type not in ("Person", "Place")}


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        ("Der Migrationsrat Kassel e.V. lädt ein.", "Migrationsrat Kassel e.V.", "Organisation"),
        ("Es berät der Integrationsbeirat Gera e. V. mit.", "Integrationsbeirat Gera e. V.", "Organisation"),
        ("Das Regierungspräsidium Gießen prüft die Anträge.", "Regierungspräsidium Gießen", "Agency"),
        ("Die Kreisverwaltung Mayen-Koblenz informiert.", "Kreisverwaltung Mayen-Koblenz", "Agency"),
    ],
)
def test_a_legal_form_makes_a_private_body_and_heads_of_regional_administration(
    text: str, label: str, type_: str
) -> None:
    assert typed(text).get(label) == type_


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Industrie- und Handelskammer zu Leipzig lädt ein.", "Industrie- und Handelskammer zu Leipzig"),
        ("Geprüft wird bei der Handwerkskammer zu Köln.", "Handwerkskammer zu Köln"),
        ("Die Agentur für Arbeit Bad Hersfeld-Fulda ist Partner.", "Agentur für Arbeit Bad Hersfeld-Fulda"),
        ("Beteiligt ist das Jobcenter Sankt Musterhausen.", "Jobcenter Sankt Musterhausen"),
    ],
)
def test_old_chambers_names_with_zu_and_towns_with_a_prefix(text: str, label: str) -> None:
    assert label in typed(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Der Caritasverband für die Diözese Limburg e. V. berät.",
            "Caritasverband für die Diözese Limburg e. V.",
        ),
        (
            "Träger ist der Verein für die Integration Zugewanderter e. V. in Kiel.",
            "Verein für die Integration Zugewanderter e. V.",
        ),
        (
            "Es lädt der Diözesan-Caritasverband für das Erzbistum Köln e. V. ein.",
            "Diözesan-Caritasverband für das Erzbistum Köln e. V.",
        ),
    ],
)
def test_a_heads_fuer_phrase_with_its_article_stays_in_a_name_ended_by_a_legal_form(
    text: str, label: str
) -> None:
    assert label in typed(text)


def test_a_fuer_phrase_after_a_common_noun_starts_no_name() -> None:
    assert set(typed("Sie dankte für die Hilfe der Stiftung Muster gGmbH.")) == {"Stiftung Muster gGmbH"}


@pytest.mark.parametrize(
    ("text", "project", "carrier"),
    [
        (
            "Mit dem Projekt „Wege in Arbeit“ will die Lernhaus Weser gGmbH Zugewanderte stärken.",
            "Wege in Arbeit",
            "Lernhaus Weser gGmbH",
        ),
        ("Mit ihrem Teilprojekt „Start“ unterstützt die Muster gGmbH Geflüchtete.", "Start", "Muster gGmbH"),
        (
            "Mit dem neuen Projekt „Pflege jetzt“ hilft der Verein Wegbegleiter e. V. in Gera.",
            "Pflege jetzt",
            "Wegbegleiter e. V.",
        ),
    ],
)
def test_the_project_as_instrument_of_its_carrier(text: str, project: str, carrier: str) -> None:
    assert (project, "hostedBy", carrier) in facts_of("Titel\n\n" + text).relations


@pytest.mark.parametrize(
    "text",
    [
        "Mit dem Projekt „Start“ arbeitet die Stiftung Lernwege eng zusammen.",
        "Mit dem Projekt „Start“ fördert das Bundesministerium für Arbeit und Soziales Zugewanderte.",
        "Mit dem Projekt „Start“ kooperiert die Muster gGmbH seit 2020.",
    ],
)
def test_a_partner_or_a_ministry_with_the_project_carries_none(text: str) -> None:
    assert not [r for r in facts_of("Titel\n\n" + text).relations if r[1] == "hostedBy"]


@pytest.mark.parametrize(
    ("text", "funded", "funders"),
    [
        (
            "Seit 2021 fördert das Land Hessen das Projekt „Wege in Arbeit“.",
            "Wege in Arbeit",
            {"Land Hessen"},
        ),
        (
            "Das Teilprojekt „Start“ berät in Gera. Zusätzlich fördern der Europäische Sozialfonds Plus und das "
            "Bundesministerium für Arbeit und Soziales das Teilprojekt.",
            "Start",
            {"Europäischer Sozialfonds Plus", "Bundesministerium für Arbeit und Soziales"},
        ),
        (
            "Mit dem Projekt „Start“ finanziert das Bundesministerium für Arbeit und Soziales Kurse in Kiel.",
            "Start",
            {"Bundesministerium für Arbeit und Soziales"},
        ),
    ],
)
def test_the_paying_body_after_the_verb_in_verb_second_order(
    text: str, funded: str, funders: set[str]
) -> None:
    relations = facts_of("Titel\n\n" + text).relations
    assert {r[2] for r in relations if r[0] == funded and r[1] == "fundedBy"} == funders
    assert not [r for r in relations if r[1] == "fundedBy" and r[2] == funded]


def test_the_subject_first_still_funds_the_object() -> None:
    relations = facts_of("Titel\n\nDas Land Hessen fördert das Projekt „Start“.").relations
    assert ("Start", "fundedBy", "Land Hessen") in relations


@pytest.mark.parametrize(
    ("text", "fund"),
    [
        (
            "Die Servicestelle „Start“ wird vom Land Hessen getragen, kofinanziert aus dem Europäischen Sozialfonds Plus.",
            "Europäischer Sozialfonds Plus",
        ),
        (
            "Das Projekt „Wege“ startet in Kiel, gefördert aus dem Europäischen Sozialfonds (ESF).",
            "Europäischer Sozialfonds",
        ),
        (
            "Die Beratungsstelle „Start“ berät in Gera, finanziert aus der Stiftung Lernwege.",
            "Stiftung Lernwege",
        ),
    ],
)
def test_a_participle_of_funding_after_a_comma_with_aus_dem(text: str, fund: str) -> None:
    relations = facts_of("Titel\n\n" + text).relations
    assert any(r[1] == "fundedBy" and r[2] == fund for r in relations)


@pytest.mark.parametrize(
    ("text", "project", "carrier"),
    [
        (
            "Das Projekt „Wege in Arbeit“ feiert Geburtstag. Anfangs arbeiteten wir unter der Trägerschaft der Stiftung Lernwege.",
            "Wege in Arbeit",
            "Stiftung Lernwege",
        ),
        (
            "Die Beratungsstelle „Start“ zieht um. Seit 2020 sind wir in Trägerschaft des Vereins Wegbegleiter e. V.",
            "Beratungsstelle „Start“",
            "Wegbegleiter e. V.",
        ),
        (
            "Das Teilprojekt „Pflege jetzt“ wächst. Bis 2019 stand es unter dem Dach der Lernhaus Weser gGmbH.",
            "Pflege jetzt",
            "Lernhaus Weser gGmbH",
        ),
    ],
)
def test_a_pronoun_subject_after_the_verb_under_a_roof(text: str, project: str, carrier: str) -> None:
    assert (project, "hostedBy", carrier) in facts_of("Titel\n\n" + text).relations


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Der TSV Beispielstadt 1860 e. V. öffnet seine Halle für Sprachkurse.",
            "TSV Beispielstadt 1860 e. V.",
        ),
        ("Mit dem FC Musterdorf 04 e. V. kooperiert das Projekt seit Jahren.", "FC Musterdorf 04 e. V."),
        ("Die Jugendhilfe Nord 2000 gGmbH berät junge Zugewanderte.", "Jugendhilfe Nord 2000 gGmbH"),
    ],
)
def test_a_club_s_year_or_number_is_part_of_its_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein ist seit 2019 e. V. und gemeinnützig.",
        "Die Firma wurde im Jahr 2019 GmbH, vorher war sie ein Einzelunternehmen.",
        "Der Verein ist ab 2030 e. V. und darf Spenden annehmen.",
    ],
)
def test_a_time_before_a_legal_form_names_no_body(text: str) -> None:
    assert not any(label[:1].isdigit() or label.split()[0] in {"Seit", "Jahr", "Ab"} for label in names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Bildungsträger Nord gGmbH bietet Sprachkurse an.", "Bildungsträger Nord gGmbH"),
        ("Mit dem Projektträger Süd GmbH arbeitet das Netzwerk zusammen.", "Projektträger Süd GmbH"),
        ("Die Bildungsträger Ost gGmbH berät Zugewanderte.", "Bildungsträger Ost gGmbH"),
    ],
)
def test_a_compass_word_alone_after_a_classifying_noun_keeps_the_noun_in_the_name(
    text: str, name: str
) -> None:
    assert name in names(text)


def test_a_classifying_noun_before_a_name_of_its_own_stays_outside_it() -> None:
    assert "Lernwerk gGmbH" in names("Der Bildungsträger Lernwerk gGmbH bietet Sprachkurse an.")


@pytest.mark.parametrize(
    "text",
    [
        "Der IQ eines Menschen sagt wenig über seine beruflichen Fähigkeiten.",
        "Ein hoher IQ garantiert noch keinen Arbeitsplatz.",
        "Sie hat einen IQ von 130 und sucht eine Stelle.",
        "Der IQ-Test ist als Auswahlverfahren umstritten.",
    ],
)
def test_the_intelligence_quotient_is_not_the_programme(text: str) -> None:
    assert not any(m.type == "Programme" for m in find_mentions(text, GAZETTEER))


@pytest.mark.parametrize(
    "text",
    [
        "Informationen über IQ gibt es auf der Seite des Netzwerks.",
        "Der IQ-Förderschwerpunkt Anerkennung startet im Mai.",
        "Das Förderprogramm IQ unterstützt zugewanderte Fachkräfte.",
    ],
)
def test_the_programme_named_iq_stays_the_programme(text: str) -> None:
    assert any(m.type == "Programme" for m in find_mentions(text, GAZETTEER))
