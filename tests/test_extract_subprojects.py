"""Subprojects and their carriers on invented releases: numbered lists, quoted names joined to their head, the
carrier named right after the project, and the network a subproject of an IQ release belongs to."""

from __future__ import annotations

import pytest

from conftest import facts_of

NETWORK_RELEASE = "Titel\n\nDas IQ Netzwerk Hessen stellt sich vor. {}"


@pytest.mark.parametrize(
    ("listing", "projects"),
    [
        (
            "Teilprojekte: TP 1: Beratung Nord (Träger: Verein Brückenbau e.V.) - TP 2: Mentoring Süd (Träger: Beispiel gGmbH)",
            {("Beratung Nord", "Verein Brückenbau e.V."), ("Mentoring Süd", "Beispiel gGmbH")},
        ),
        (
            "Teilprojekt 1: Lotsen für Betriebe (Träger: Stiftung Muster e.V.)\nTeilprojekt 2: Brücken bauen (Träger: Werkhaus gGmbH)",
            {("Lotsen für Betriebe", "Stiftung Muster e.V."), ("Brücken bauen", "Werkhaus gGmbH")},
        ),
        (
            "TP 4: Anlaufstelle Anerkennung – Akademikerdienst (Träger: Musterhilfe e.V.)",
            {("Anlaufstelle Anerkennung – Akademikerdienst", "Musterhilfe e.V.")},
        ),
    ],
)
def test_a_numbered_list_names_subprojects_and_their_carriers(
    listing: str, projects: set[tuple[str, str]]
) -> None:
    f = facts_of(NETWORK_RELEASE.format(listing))
    for project, carrier in projects:
        assert ("Subproject", project) in f.entities
        assert (project, "hostedBy", carrier) in f.relations
        assert (project, "partOf", "IQ Landesnetzwerk Hessen") in f.relations


@pytest.mark.parametrize(
    ("sentence", "project", "carrier"),
    [
        (
            "Dazu gehört das Projekt „Starke Wege“ der Muster Bildung gGmbH.",
            "Starke Wege",
            "Muster Bildung gGmbH",
        ),
        (
            "Gefördert wird auch das Projekt „Neue Chancen“ von der Volkshochschule Musterstadt.",
            "Neue Chancen",
            "Volkshochschule Musterstadt",
        ),
        (
            "Neu ist das Teilprojekt „Brückenschlag“ des Vereins Wegweiser e.V.",
            "Brückenschlag",
            "Verein Wegweiser e.V.",
        ),
    ],
)
def test_the_carrier_after_a_project_name(sentence: str, project: str, carrier: str) -> None:
    f = facts_of(NETWORK_RELEASE.format(sentence))
    assert (project, "hostedBy", carrier) in f.relations


@pytest.mark.parametrize(
    ("sentence", "project"),
    [
        ("Eine Patin für das „Mentoring plus“-Projekt ist gefunden.", "Mentoring plus"),
        ("Das „Lotsen Nord“-Teilprojekt startet.", "Lotsen Nord"),
        ("Im „Brücke 2030“-Programm lernen zwanzig Frauen.", "Brücke 2030"),
    ],
)
def test_a_quoted_name_joined_to_its_head(sentence: str, project: str) -> None:
    assert ("Subproject", project) in facts_of(NETWORK_RELEASE.format(sentence)).entities


def test_a_subproject_outside_an_iq_release_belongs_to_no_network() -> None:
    f = facts_of("Titel\n\nDas Projekt „Starke Wege“ der Muster Bildung gGmbH beginnt in Musterstadt.")
    assert not any(p == "partOf" for _, p, _ in f.relations)
