"""The programme's structure on invented releases: project names without quotes or called projects, network
names in their variants, units named by their town, and the carriers of projects in attributes, appositions,
passives and possessives."""

from __future__ import annotations

import pytest

from conftest import facts_of
from iqgraph.extract.project_names import spells

NETWORK_RELEASE = "Titel\n\nDas IQ Netzwerk Hessen stellt sich vor. {}"


def _subprojects(sentence: str) -> set[str]:
    return {
        label for type_, label in facts_of(NETWORK_RELEASE.format(sentence)).entities if type_ == "Subproject"
    }


@pytest.mark.parametrize(
    ("sentence", "project"),
    [
        ("Das Teilprojekt KOMPASS berät Zugewanderte in Kassel.", "KOMPASS"),
        ("Im Projekt weg-weiser arbeiten drei Beraterinnen.", "weg-weiser"),
        ("Seit Mai läuft das IQ-Projekt LOTSE+ in Fulda.", "LOTSE+"),
    ],
)
def test_a_name_styled_as_a_name_after_a_project_head(sentence: str, project: str) -> None:
    assert project in _subprojects(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Land gibt dem Projekt Zeit bis Dezember.",
        "Im Projekt Arbeit finden viele Frauen eine Stelle.",
        "Das Projekt IQ wurde vorgestellt.",
    ],
)
def test_a_plain_word_after_a_project_head_is_no_name(sentence: str) -> None:
    assert not _subprojects(sentence)


@pytest.mark.parametrize(
    ("sentence", "project", "short"),
    [
        ("Das Projekt Frauen Coaching Nord (FraCoN) startet.", "Frauen Coaching Nord", "FraCoN"),
        ("Das Teilprojekt BeNo (Beratung Nordhessen) berät.", "Beratung Nordhessen", "BeNo"),
        (
            "Im Modellprojekt Wege in Arbeit für Frauen (WAF) lernen zwölf Frauen.",
            "Wege in Arbeit für Frauen",
            "WAF",
        ),
    ],
)
def test_a_short_form_and_the_long_name_it_spells(sentence: str, project: str, short: str) -> None:
    f = facts_of(NETWORK_RELEASE.format(sentence + f" Danach berät {short} weiter."))
    assert ("Subproject", project) in f.entities
    assert (project, "partOf", "IQ Landesnetzwerk Hessen") in f.relations


@pytest.mark.parametrize(
    ("short", "long", "spelled"),
    [
        ("FraCoN", "Frauen Coaching Nord", True),
        ("IBAM", "Informations- und Beratungsstelle Anerkennung Musterland", True),
        ("XYZ", "Frauen Coaching Nord", False),
    ],
)
def test_which_short_forms_spell_a_long_name(short: str, long: str, spelled: bool) -> None:
    assert spells(short, long) is spelled


@pytest.mark.parametrize(
    ("sentence", "project"),
    [
        ("„Brückenbauer“ ist ein Projekt der Muster Bildung gGmbH.", "Brückenbauer"),
        ("Gestartet ist ein Projekt mit dem Namen „Wege Nord“.", "Wege Nord"),
        ('"Startklar" war das erste Modellprojekt in Kassel.', "Startklar"),
    ],
)
def test_a_quoted_name_the_sentence_calls_a_project(sentence: str, project: str) -> None:
    assert project in _subprojects(sentence)


@pytest.mark.parametrize(
    ("sentence", "project"),
    [
        ("Das Modellprojekt „Wege Nord“ der Stadt Kassel beginnt.", "Wege Nord"),
        ("Im Qualifizierungsprojekt „Pflege plus“ lernen 20 Frauen.", "Pflege plus"),
        ("Die Mentoringprojekte „Tandem“ und „Brücke“ laufen.", "Tandem"),
    ],
)
def test_a_quoted_name_after_a_compound_of_projekt(sentence: str, project: str) -> None:
    assert project in _subprojects(sentence)


def test_a_funding_project_is_no_subproject() -> None:
    assert not _subprojects("Das Förderprojekt „Zuschuss Nord“ des Landes hilft.")


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        (
            "Das Fachinformationszentrum Zuwanderung in Kassel öffnet.",
            "Fachinformationszentrum Zuwanderung Kassel",
        ),
        ("Sie berät in der Servicestelle Anerkennung in Fulda.", "Servicestelle Anerkennung Fulda"),
        ("Die Beratungsstelle Migration in Marburg zieht um.", "Beratungsstelle Migration Marburg"),
    ],
)
def test_a_unit_named_by_its_topic_takes_its_town(sentence: str, unit: str) -> None:
    f = facts_of(NETWORK_RELEASE.format(sentence))
    assert ("Subproject", unit) in f.entities
    assert ("Place", unit.split()[-1]) in f.entities


def test_a_unit_in_a_land_is_not_named_by_the_land() -> None:
    assert "Servicestelle Anerkennung" in _subprojects("Die Servicestelle Anerkennung in Thüringen berät.")


@pytest.mark.parametrize(
    ("text", "network"),
    [
        ("Das Netzwerk IQ Sachsen tagt in Leipzig.", "IQ Netzwerk Sachsen"),
        ("Die Partner des Landesnetzwerks IQ in Thüringen tagen.", "IQ Netzwerk Thüringen"),
        ("Das sächsische IQ-Netzwerk tagt in Leipzig.", "IQ Netzwerk Sachsen"),
        ("Im Thüringer IQ Netzwerk arbeiten zwölf Projekte.", "IQ Netzwerk Thüringen"),
        (
            "Das Regionale Integrationsnetzwerk (RIN) Nordland tagt.",
            "Regionales Integrationsnetzwerk Nordland",
        ),
        ("Das RIN Nordland tagt in Kassel.", "Regionales Integrationsnetzwerk Nordland"),
    ],
)
def test_network_names_in_their_variants(text: str, network: str) -> None:
    assert ("StateNetwork", network) in facts_of("Titel\n\n" + text).entities


@pytest.mark.parametrize(
    "sentence",
    [
        "Die bei der Muster Bildung gGmbH angesiedelte Beratungsstelle „Wegweiser“ berät.",
        "Die von der Muster Bildung gGmbH getragene Beratungsstelle „Wegweiser“ öffnet.",
        "Die unter dem Dach der Muster Bildung gGmbH arbeitende Beratungsstelle „Wegweiser“ zieht um.",
    ],
)
def test_the_carrier_in_a_participle_attribute(sentence: str) -> None:
    f = facts_of(NETWORK_RELEASE.format(sentence))
    assert ("Beratungsstelle „Wegweiser“", "hostedBy", "Muster Bildung gGmbH") in f.relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Das vom Land Hessen geförderte Projekt „Brückenbauer“ startet.",
        "Das von der Muster Bildung gGmbH beratende Projekt „Brückenbauer“ startet.",
        "Das bei der Muster Bildung gGmbH beliebte Projekt „Brückenbauer“ startet.",
    ],
)
def test_a_participle_of_funding_or_acting_names_no_carrier(sentence: str) -> None:
    f = facts_of(NETWORK_RELEASE.format(sentence))
    assert not any(p == "hostedBy" for _, p, _ in f.relations)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Brückenbauer“ wird von der Muster Bildung gGmbH durchgeführt.",
        "Das Projekt „Brückenbauer“ wird durch den Verein Wegweiser e.V. umgesetzt.",
        "Seit Mai wird das Projekt „Brückenbauer“ vom Verein Wegweiser e.V. betrieben.",
    ],
)
def test_a_passive_of_carrying_out_names_the_carrier(sentence: str) -> None:
    hosted = {(s, o) for s, p, o in facts_of(NETWORK_RELEASE.format(sentence)).relations if p == "hostedBy"}
    assert hosted & {("Brückenbauer", "Muster Bildung gGmbH"), ("Brückenbauer", "Wegweiser e.V.")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Brückenbauer“, angesiedelt bei der Muster Bildung gGmbH, berät.",
        "Die Muster Bildung gGmbH ist Trägerin des Projekts „Brückenbauer“.",
        "Projektträger des Projekts „Brückenbauer“ ist die Muster Bildung gGmbH.",
    ],
)
def test_the_carrier_in_an_apposition_or_named_as_carrier(sentence: str) -> None:
    f = facts_of(NETWORK_RELEASE.format(sentence))
    assert ("Brückenbauer", "hostedBy", "Muster Bildung gGmbH") in f.relations


@pytest.mark.parametrize("cue", ["Träger ist", "Projektträger ist", "Trägerin war"])
def test_a_carrier_named_alone_carries_what_was_named_before(cue: str) -> None:
    f = facts_of(f"Titel\n\nDas IQ Netzwerk Hessen stellt sich vor. {cue} die Muster Bildung gGmbH.")
    assert ("IQ Landesnetzwerk Hessen", "hostedBy", "Muster Bildung gGmbH") in f.relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Koordinierungsstelle des IQ Netzwerks Sachsen liegt bei der Muster Bildung gGmbH.",
        "Die Koordinierungsstelle des IQ Netzwerks Sachsen ist seit 2015 bei der Muster Bildung gGmbH.",
        "Die Koordinierungsstelle für das IQ Netzwerk Sachsen lag bis 2018 bei der Muster Bildung gGmbH.",
    ],
)
def test_where_the_coordinating_office_lies(sentence: str) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert ("IQ Netzwerk Sachsen", "hostedBy", "Muster Bildung gGmbH") in f.relations


@pytest.mark.parametrize(
    ("sentence", "carrier"),
    [
        ("Die Muster Bildung gGmbH startet mit ihrem neuen Projekt „Brückenbauer“.", "Muster Bildung gGmbH"),
        ("Der Verein Wegweiser e.V. stellt sein Teilprojekt „Brückenbauer“ vor.", "Wegweiser e.V."),
        ("Gelobt wurde die Muster Bildung gGmbH für ihr Projekt „Brückenbauer“.", "Muster Bildung gGmbH"),
    ],
)
def test_a_project_named_with_a_possessive_is_its_carrier_s(sentence: str, carrier: str) -> None:
    assert ("Brückenbauer", "hostedBy", carrier) in facts_of(NETWORK_RELEASE.format(sentence)).relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Beteiligt ist die Muster Bildung gGmbH mit dem Projekt „Brückenbauer“.",
        "Die Muster Bildung gGmbH ist mit ihrem Teilprojekt „Brückenbauer“ dabei.",
        "Dazu kommen die Stadt Kassel und die Muster Bildung gGmbH mit dem Teilprojekt „Brückenbauer“.",
    ],
)
def test_a_body_with_the_project_it_brings(sentence: str) -> None:
    f = facts_of(NETWORK_RELEASE.format(sentence))
    assert ("Brückenbauer", "hostedBy", "Muster Bildung gGmbH") in f.relations


def test_a_body_working_with_a_project_is_no_carrier() -> None:
    f = facts_of(
        NETWORK_RELEASE.format("Die Muster Bildung gGmbH kooperiert mit dem Projekt „Brückenbauer“.")
    )
    assert not any(p == "hostedBy" for _, p, _ in f.relations)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Brückenbauer“, ein Angebot der Muster Bildung gGmbH, berät.",
        "Das Teilprojekt „Brückenbauer“, ein Projekt der Muster Bildung gGmbH, berät.",
        "Die Muster Bildung gGmbH als Träger des Projekts „Brückenbauer“ lädt ein.",
    ],
)
def test_the_carrier_in_an_apposition_after_the_project_or_before_it(sentence: str) -> None:
    f = facts_of(NETWORK_RELEASE.format(sentence))
    assert ("Brückenbauer", "hostedBy", "Muster Bildung gGmbH") in f.relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Fachstelle Einwanderung im Förderprogramm IQ lädt nach Kassel ein.",
        "Eingeladen hatte die Fachstelle Einwanderung des Programms IQ.",
        "Im Förderprogramm IQ lädt die Fachstelle Einwanderung zum Fachtag ein.",
    ],
)
def test_a_fachstelle_in_a_release_about_the_programme_is_an_iq_fachstelle(sentence: str) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert ("Subproject", "IQ Fachstelle Einwanderung") in f.entities
    assert ("IQ Fachstelle Einwanderung", "partOf", "Integration durch Qualifizierung") in f.relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Fachstelle Einwanderung lädt nach Kassel ein.",
        "Eingeladen hatte die Fachstelle Anerkennung in Fulda.",
        "Die Fachstelle Migration berät Betriebe.",
    ],
)
def test_a_fachstelle_in_a_network_s_release_is_left_unnamed(sentence: str) -> None:
    assert not any(label.startswith(("Fachstelle", "IQ Fachstelle")) for label in _subprojects(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Tagung fand beim Verein Wegweiser e.V. statt, bei dem die Koordination des Netzwerks liegt.",
        "Wir trafen uns in den Räumen der Muster Bildung gGmbH wieder, an der die Koordination angesiedelt ist.",
        "Gefeiert wurde im Haus des Vereins Wegweiser e.V. gestern, der das Netzwerk koordiniert.",
    ],
)
def test_a_relative_clause_after_the_closing_word_of_the_main_clause(sentence: str) -> None:
    relations = facts_of("Titel\n\nDas IQ Netzwerk Hamburg stellt sich vor. " + sentence).relations
    assert {
        ("IQ Netzwerk Hamburg", "hostedBy", host) for host in ("Wegweiser e.V.", "Muster Bildung gGmbH")
    } & relations


@pytest.mark.parametrize(
    "sentences",
    [
        "Die Beratung in Bremen wächst. Koordiniert wird das IQ-Programm im Land von der Muster Bildung gGmbH. "
        "Die Partner des IQ-Netzwerks tagen.",
        "Das IQ Netzwerk lädt nach Bremen ein. Das Förderprogramm IQ auf Landesebene wird von der Muster Bildung gGmbH "
        "koordiniert.",
        "In Bremen tagt das IQ-Netzwerk. Koordiniert wird das Programm IQ im Land von der Muster Bildung gGmbH.",
    ],
)
def test_the_programme_in_the_land_is_the_network_named_without_its_land(sentences: str) -> None:
    assert ("IQ Netzwerk Bremen", "hostedBy", "Muster Bildung gGmbH") in facts_of(
        "Titel\n\n" + sentences
    ).relations
