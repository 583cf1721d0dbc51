"""Who coordinates a network or its coordination office, on invented releases: a coordinating body named as
carrier or coordinator, the lead a prepositional phrase names, a change of coordinator, and the office placed
at a body."""

from __future__ import annotations

import pytest

from conftest import facts_of

NETWORK = "IQ Netzwerk Sachsen"
RELEASE = "Neues aus Sachsen\n\nLeipzig, 4. Mai 2022. {}"


@pytest.mark.parametrize(
    ("sentence", "carrier"),
    [
        (
            "Die Muster Bildung gGmbH ist koordinierender Träger des IQ Netzwerks Sachsen.",
            "Muster Bildung gGmbH",
        ),
        ("Der Verein Brückenbau e.V. war Netzwerkkoordinator des IQ Netzwerks Sachsen.", "Brückenbau e.V."),
        (
            "Die Stiftung Wegweiser ist die erste Landeskoordinatorin des IQ Netzwerks Sachsen.",
            "Stiftung Wegweiser",
        ),
    ],
)
def test_a_body_named_coordinator_of_the_network(sentence: str, carrier: str) -> None:
    assert (NETWORK, "hostedBy", carrier) in facts_of(RELEASE.format(sentence)).relations


@pytest.mark.parametrize(
    ("sentence", "carrier"),
    [
        (
            "Das IQ Netzwerk Sachsen arbeitet unter Federführung der Muster Bildung gGmbH.",
            "Muster Bildung gGmbH",
        ),
        (
            "Unter der Federführung des Vereins Brückenbau e.V. berät das IQ Netzwerk Sachsen seit 2016.",
            "Brückenbau e.V.",
        ),
        ("Das IQ Netzwerk Sachsen steht in Koordination der Stiftung Wegweiser.", "Stiftung Wegweiser"),
        (
            "Das IQ Netzwerk Sachsen hat 20 Projekte. Federführend ist die Muster Bildung gGmbH.",
            "Muster Bildung gGmbH",
        ),
    ],
)
def test_the_lead_a_phrase_names(sentence: str, carrier: str) -> None:
    assert (NETWORK, "hostedBy", carrier) in facts_of(RELEASE.format(sentence)).relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Fachtagung des IQ Netzwerks Sachsen fand unter Federführung der Muster Bildung gGmbH statt.",
        "Das IQ Netzwerk Sachsen arbeitet in Koordination mit der Muster Bildung gGmbH.",
    ],
)
def test_no_lead_of_an_event_or_a_partner(sentence: str) -> None:
    relations = facts_of(RELEASE.format(sentence)).relations
    assert (NETWORK, "hostedBy", "Muster Bildung gGmbH") not in relations


@pytest.mark.parametrize(
    ("sentence", "before", "after"),
    [
        (
            "Die Koordination des IQ Netzwerks Sachsen wechselt von der Muster Bildung gGmbH zum Verein Brückenbau e.V.",
            "Muster Bildung gGmbH",
            "Brückenbau e.V.",
        ),
        (
            "Das IQ Netzwerk Sachsen stellt sich neu auf. Die Koordination wechselte 2020 von der Stiftung Wegweiser zur Muster Bildung gGmbH.",
            "Stiftung Wegweiser",
            "Muster Bildung gGmbH",
        ),
        (
            "Die Koordination des IQ Netzwerks Sachsen ging im Januar vom Verein Brückenbau e.V. an die Stiftung Wegweiser über.",
            "Brückenbau e.V.",
            "Stiftung Wegweiser",
        ),
    ],
)
def test_a_change_of_coordinator_names_both_carriers(sentence: str, before: str, after: str) -> None:
    relations = facts_of(RELEASE.format(sentence)).relations
    assert (NETWORK, "hostedBy", before) in relations
    assert (NETWORK, "hostedBy", after) in relations


def test_a_change_of_coordinator_of_an_event_names_no_carrier() -> None:
    sentence = "Die Koordination der Tagung wechselt von Petra Beispiel zu Karl Muster."
    assert not {r for r in facts_of(RELEASE.format(sentence)).relations if r[1] == "hostedBy"}


OFFICE = "Koordinierungsstelle des IQ Netzwerks Sachsen"


@pytest.mark.parametrize(
    ("sentence", "carrier"),
    [
        (
            "Das IQ Netzwerk Sachsen lädt ein. Die Koordinierungsstelle bei der Muster Bildung gGmbH plant die Tagung.",
            "Muster Bildung gGmbH",
        ),
        (
            "Die Koordinierungsstelle des IQ Netzwerks Sachsen beim Verein Brückenbau e.V. lädt ein.",
            "Brückenbau e.V.",
        ),
        (
            "Das IQ Netzwerk Sachsen wächst. Die Landeskoordination bei der Stiftung Wegweiser zählt 12 Projekte.",
            "Stiftung Wegweiser",
        ),
    ],
)
def test_the_office_placed_at_a_body(sentence: str, carrier: str) -> None:
    f = facts_of(RELEASE.format(sentence))
    assert ("CoordinationOffice", OFFICE) in f.entities
    assert (OFFICE, "hostedBy", carrier) in f.relations


def test_a_coordination_office_outside_a_network_release_is_no_entity() -> None:
    f = facts_of(RELEASE.format("Die Koordinierungsstelle bei der Muster Bildung gGmbH plant eine Tagung."))
    assert not {e for e in f.entities if e[0] == "CoordinationOffice"}


@pytest.mark.parametrize(
    ("sentence", "office", "carrier"),
    [
        (
            "Die IQ-Landeskoordination beim Verein Brückenbau e.V. lädt nach Mainz ein.",
            "IQ Landeskoordination",
            "Brückenbau e.V.",
        ),
        (
            "Die Landeskoordinierung des Förderprogramms IQ bei der Muster Bildung gGmbH zieht Bilanz.",
            "IQ Landeskoordinierung",
            "Muster Bildung gGmbH",
        ),
        (
            "Eingeladen hat die IQ Landeskoordinierung bei der Stiftung Wegweiser.",
            "IQ Landeskoordinierung",
            "Stiftung Wegweiser",
        ),
    ],
)
def test_the_programmes_office_in_a_land_without_a_network(sentence: str, office: str, carrier: str) -> None:
    f = facts_of(RELEASE.format(sentence))
    assert ("CoordinationOffice", office) in f.entities
    assert (office, "hostedBy", carrier) in f.relations


def test_a_land_coordination_of_other_bodies_is_no_office() -> None:
    f = facts_of(
        RELEASE.format("Die Landeskoordination der Wohlfahrtsverbände beim Verein Brückenbau e.V. lädt ein.")
    )
    assert not {e for e in f.entities if e[0] == "CoordinationOffice"}


@pytest.mark.parametrize(
    ("listing", "carrier"),
    [
        (
            "Beteiligt sind: - TP 1: Koordination (Träger: Muster Bildung gGmbH) - TP 2: Lotsen (Träger: Stiftung Wegweiser)",
            "Muster Bildung gGmbH",
        ),
        (
            "Die Teilprojekte: TP 1: Koordination (Trägerin: Stiftung Wegweiser); TP 2: Brücken bauen",
            "Stiftung Wegweiser",
        ),
        ("Teilprojekt 1: Koordination ( Träger: Verein Brückenbau e.V.)", "Brückenbau e.V."),
    ],
)
def test_the_coordination_as_item_of_a_subproject_list(listing: str, carrier: str) -> None:
    f = facts_of(RELEASE.format("Im Jahr 2021 erhielt das IQ Netzwerk Sachsen Mittel. " + listing))
    office = "Koordination des IQ Netzwerks Sachsen"
    assert ("CoordinationOffice", office) in f.entities
    assert (office, "hostedBy", carrier) in f.relations
    assert (NETWORK, "hostedBy", carrier) in f.relations


def test_a_project_named_coordination_of_something_else_is_no_office() -> None:
    f = facts_of(RELEASE.format("Das IQ Netzwerk Sachsen lädt ein. TP 2: Koordination und Vernetzung Ost"))
    assert not {e for e in f.entities if e[0] == "CoordinationOffice"}


@pytest.mark.parametrize(
    ("sentence", "carrier"),
    [
        ("Die Netzwerkkoordination hat die Muster Bildung gGmbH inne.", "Muster Bildung gGmbH"),
        ("Die Koordination übernimmt seit 2016 der Verein Brückenbau e.V.", "Brückenbau e.V."),
        ("Die Stiftung Wegweiser hat die Koordination des Netzwerks inne.", "Stiftung Wegweiser"),
    ],
)
def test_the_holder_of_the_coordination(sentence: str, carrier: str) -> None:
    f = facts_of(RELEASE.format("Das IQ Netzwerk Sachsen zieht Bilanz. " + sentence))
    assert (NETWORK, "hostedBy", carrier) in f.relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Koordination hat die Muster Bildung gGmbH gelobt.",
        "Die Koordination übernimmt die Aufgabe der Muster Bildung gGmbH.",
    ],
)
def test_no_holder_without_holding(sentence: str) -> None:
    f = facts_of(RELEASE.format("Das IQ Netzwerk Sachsen zieht Bilanz. " + sentence))
    assert (NETWORK, "hostedBy", "Muster Bildung gGmbH") not in f.relations


@pytest.mark.parametrize(
    ("sentence", "carrier"),
    [
        ("Die Koordinierungsstelle ist bei der Muster Bildung gGmbH angesiedelt.", "Muster Bildung gGmbH"),
        (
            "Die Koordinierungsstelle war bis 2018 beim Verein Brückenbau e.V. untergebracht.",
            "Brückenbau e.V.",
        ),
        (
            "Die Koordinierungsstelle des Netzwerks befindet sich bei der Stiftung Wegweiser in Leipzig.",
            "Stiftung Wegweiser",
        ),
    ],
)
def test_the_office_as_subject_placed_at_a_body(sentence: str, carrier: str) -> None:
    f = facts_of(RELEASE.format("Das IQ Netzwerk Sachsen zieht Bilanz. " + sentence))
    assert (OFFICE, "hostedBy", carrier) in f.relations
    assert (NETWORK, "hostedBy", carrier) in f.relations


def test_an_office_visiting_a_body_is_not_placed_there() -> None:
    f = facts_of(
        RELEASE.format(
            "Das IQ Netzwerk Sachsen zieht Bilanz. Die Koordinierungsstelle ist bei der Muster Bildung gGmbH zu Gast."
        )
    )
    assert (OFFICE, "hostedBy", "Muster Bildung gGmbH") not in f.relations


@pytest.mark.parametrize(
    ("sentence", "carrier"),
    [
        (
            "Die Muster Bildung gGmbH lädt als koordinierender Träger des IQ Netzwerks Sachsen ein.",
            "Muster Bildung gGmbH",
        ),
        (
            "Als Koordinierungsstelle des IQ Netzwerks Sachsen berät die Stiftung Wegweiser die Projekte.",
            "Stiftung Wegweiser",
        ),
        (
            "Der Verein Brückenbau e.V. als Netzwerkkoordinator des IQ Netzwerks Sachsen begrüßte die Gäste.",
            "Brückenbau e.V.",
        ),
    ],
)
def test_the_coordinator_in_an_als_phrase(sentence: str, carrier: str) -> None:
    assert (NETWORK, "hostedBy", carrier) in facts_of(RELEASE.format(sentence)).relations


@pytest.mark.parametrize(
    ("field", "carrier"),
    [
        ("Koordination: Muster Bildung gGmbH, Leipzig", "Muster Bildung gGmbH"),
        ("Netzwerkkoordination: Verein Brückenbau e.V.", "Brückenbau e.V."),
        ("Netzwerkkoordination : Stiftung Wegweiser", "Stiftung Wegweiser"),
    ],
)
def test_a_profiles_coordination_field(field: str, carrier: str) -> None:
    f = facts_of(RELEASE.format("Das IQ Netzwerk Sachsen stellt sich vor.\n" + field))
    assert (NETWORK, "hostedBy", carrier) in f.relations


def test_a_person_in_the_coordination_field_carries_nothing() -> None:
    f = facts_of(RELEASE.format("Das IQ Netzwerk Sachsen stellt sich vor.\nKoordination: Petra Beispiel"))
    assert not {r for r in f.relations if r[1] == "hostedBy"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Petra Beispiel leitet die Koordinierungsstelle seit Januar.",
        "„Wir wachsen“, sagte Petra Beispiel von der Koordinierungsstelle.",
        "Die Koordinierungsstelle lädt ein, Petra Beispiel begrüßt die Gäste.",
    ],
)
def test_a_bare_coordination_office_in_a_network_release(sentence: str) -> None:
    f = facts_of(RELEASE.format("Das IQ Netzwerk Sachsen zieht Bilanz. " + sentence))
    assert ("CoordinationOffice", OFFICE) in f.entities


def test_a_coordination_office_of_another_body_is_not_the_networks() -> None:
    f = facts_of(
        RELEASE.format("Das IQ Netzwerk Sachsen zieht Bilanz. Die Koordinierungsstelle der Kirchen lädt ein.")
    )
    assert ("CoordinationOffice", OFFICE) not in f.entities


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        ("Die IQ Landeskoordination Thüringen hat ihren Sitz in Erfurt.", "IQ Landeskoordination Thüringen"),
        ("Eingeladen hat die IQ-Landeskoordinierung Hessen nach Kassel.", "IQ Landeskoordinierung Hessen"),
        ("Zahlen nannte die IQ Landeskoordination Rheinland-Pfalz.", "IQ Landeskoordination Rheinland-Pfalz"),
    ],
)
def test_the_programmes_office_keeps_the_land_named_after_it(sentence: str, office: str) -> None:
    assert ("CoordinationOffice", office) in facts_of("Neues\n\n" + sentence).entities


@pytest.mark.parametrize(
    ("sentence", "office", "network"),
    [
        (
            "Die Koordination des IQ Netzwerks Sachsen lädt im Juni zu einem Fachtag ein.",
            "Koordination des IQ Netzwerks Sachsen",
            NETWORK,
        ),
        (
            "Im Mai tagte der Beirat. Die Koordination des IQ Landesnetzwerks Hessen stellte dort ihre Pläne vor.",
            "Koordination des IQ Landesnetzwerks Hessen",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Die Koordination des IQ Netzwerks Thüringen hat eine neue Broschüre veröffentlicht.",
            "Koordination des IQ Netzwerks Thüringen",
            "IQ Netzwerk Thüringen",
        ),
    ],
)
def test_the_network_s_coordination_acting_is_its_office(sentence: str, office: str, network: str) -> None:
    facts = facts_of(RELEASE.format(sentence))
    assert ("CoordinationOffice", office) in facts.entities
    assert (office, "partOf", network) in facts.relations


@pytest.mark.parametrize(
    ("sentence", "carrier"),
    [
        ("Die Koordination des IQ Netzwerks Sachsen liegt beim Verein Brückenbau e.V.", "Brückenbau e.V."),
        (
            "Die Koordination des IQ Netzwerks Sachsen ist bei der Muster Bildung gGmbH angesiedelt.",
            "Muster Bildung gGmbH",
        ),
        (
            "Die Koordination des IQ Netzwerks Sachsen lag bis 2020 bei der Stiftung Wegweiser.",
            "Stiftung Wegweiser",
        ),
    ],
)
def test_the_network_s_coordination_hosted_is_the_network_hosted(sentence: str, carrier: str) -> None:
    facts = facts_of(RELEASE.format(sentence))
    assert not any(type_ == "CoordinationOffice" for type_, _ in facts.entities)
    assert (NETWORK, "hostedBy", carrier) in facts.relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Koordination des IQ Netzwerks Sachsen wechselt im Mai von der Stiftung Wegweiser zum Verein Brückenbau e.V.",
        "Die Koordination des IQ Netzwerks Sachsen geht 2027 an den Verein Brückenbau e.V.",
        "Die Koordination des IQ Netzwerks Sachsen wechselte zum Verein Brückenbau e.V.",
    ],
)
def test_the_network_s_coordination_handed_on_is_no_office(sentence: str) -> None:
    facts = facts_of(RELEASE.format(sentence))
    assert not any(type_ == "CoordinationOffice" for type_, _ in facts.entities)


@pytest.mark.parametrize(
    ("sentence", "unit", "carrier"),
    [
        (
            "Das IQ Netzwerk Sachsen koordiniert seit 2023 der Verein Brückenbau e.V.",
            NETWORK,
            "Brückenbau e.V.",
        ),
        (
            "Das RIN Vogtland-Zwickau koordinierte bis 2024 der Verein Lernwerk e. V.",
            "Regionales Integrationsnetzwerk Vogtland-Zwickau",
            "Lernwerk e. V.",
        ),
        ("Das Projekt „Brücke Pflege“ leitet der Verein Lernwerk e. V.", "Brücke Pflege", "Lernwerk e. V."),
    ],
)
def test_the_unit_fronted_its_coordinator_the_nominative_after_the_verb(
    sentence: str, unit: str, carrier: str
) -> None:
    assert (unit, "hostedBy", carrier) in facts_of(RELEASE.format(sentence)).relations


def test_the_unit_fronted_before_a_feminine_body_is_left_unread() -> None:
    # "die Stiftung" may be the subject or the object: no hosting is read
    relations = facts_of(
        RELEASE.format("Das IQ Netzwerk Sachsen koordiniert die Stiftung Wegweiser.")
    ).relations
    assert not any(p == "hostedBy" for _, p, _ in relations)


@pytest.mark.parametrize(
    "sentence",
    [
        "Umgesetzt wird das Teilprojekt des IQ Netzwerks Sachsen von der Handwerkskammer Muster.",
        "Durchgeführt wird das Projekt des IQ Netzwerks Sachsen vom Verein Brückenbau e.V.",
        "Getragen wird das neue Angebot des IQ Netzwerks Sachsen von der Stiftung Wegweiser.",
    ],
)
def test_a_passive_about_the_network_s_project_hosts_not_the_network(sentence: str) -> None:
    relations = facts_of(RELEASE.format(sentence)).relations
    assert not any(s == NETWORK and p == "hostedBy" for s, p, _ in relations)


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        (
            "Die Koordinationsstelle des IQ Netzwerks Sachsen lädt zum Austausch ein.",
            "Koordinationsstelle des IQ Netzwerks Sachsen",
        ),
        (
            "Zur Landeskoordinierungsstelle des IQ Netzwerks Sachsen gehören vier Personen.",
            "Landeskoordinierungsstelle des IQ Netzwerks Sachsen",
        ),
        (
            "Das IQ Netzwerk Sachsen wächst. Die Koordinationsstelle ist beim Verein Brückenbau e.V. angesiedelt.",
            "Koordinationsstelle des IQ Netzwerks Sachsen",
        ),
    ],
)
def test_an_office_named_by_another_word_for_coordination_keeps_its_word(sentence: str, office: str) -> None:
    f = facts_of(RELEASE.format(sentence))
    assert ("CoordinationOffice", office) in f.entities
    assert (office, "partOf", NETWORK) in f.relations


def test_a_coordination_office_of_a_town_is_no_networks_office() -> None:
    f = facts_of(RELEASE.format("Die Koordinationsstelle für Integration der Stadt Leipzig berät Vereine."))
    assert not {e for e in f.entities if e[0] == "CoordinationOffice"}
