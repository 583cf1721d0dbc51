"""The release's one network holds the subprojects it names, unless the text says which of a carrier's units are the
network's: a carrier's other project, not placed there, is its own ("Die Stelle X ist ein Angebot der Y gGmbH und
Teil des IQ Netzwerks Z. Seit 2019 führt die Y auch das Projekt W durch")."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _parts(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Kassel\n\n" + text).relations if p == "partOf"}


@pytest.mark.parametrize(
    "text",
    [
        "Die Servicestelle „Brücke Nord“ ist ein Angebot der Lernwerk gGmbH und Teil des IQ Netzwerks Hessen. "
        "Seit 2019 führt die Lernwerk gGmbH auch das Projekt „Pflege konkret“ durch.",
        "Die Lernwerk gGmbH ist Träger der Servicestelle „Brücke Nord“. Die Servicestelle gehört zum IQ Netzwerk "
        "Hessen.\n\nDas Projekt „Pflege konkret“ wird ebenfalls von der Lernwerk gGmbH durchgeführt.",
        "Die Lernwerk gGmbH setzt das Projekt „Pflege konkret“ um. Die Lernwerk gGmbH ist zudem Trägerin der "
        "Servicestelle „Brücke Nord“, einem Teilprojekt des IQ Netzwerks Hessen.",
    ],
)
def test_a_carriers_project_not_placed_beside_one_placed_in_the_network_is_its_own(text: str) -> None:
    parts = _parts(text)
    assert ("Servicestelle „Brücke Nord“", "IQ Landesnetzwerk Hessen") in parts
    assert not any(s == "Pflege konkret" for s, _ in parts)


@pytest.mark.parametrize(
    "text",
    [
        "Das IQ Netzwerk Hessen berät in Kassel. Das Projekt „Pflege konkret“ der Lernwerk gGmbH läuft bis 2030.",
        "Im IQ Netzwerk Hessen arbeiten viele Träger. Das Projekt „Pflege konkret“ der Lernwerk gGmbH läuft "
        "bis 2030.",
        "Die Lernwerk gGmbH führt das Projekt „Pflege konkret“ durch. Das IQ Netzwerk Hessen berät in Kassel.",
    ],
)
def test_a_carried_project_with_no_unit_of_its_carrier_placed_stays_the_networks(text: str) -> None:
    assert ("Pflege konkret", "IQ Landesnetzwerk Hessen") in _parts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Handwerkskammer Kassel startet das Projekt „Meisterbrücke“. Die Kammer arbeitet dabei mit der "
        "Servicestelle „Brücke Nord“ zusammen, einem Teilprojekt des IQ Netzwerks Hessen.",
        "Mit dem Projekt „Meisterbrücke“ will die Handwerkskammer Kassel Gesellen fördern. Sie kooperiert mit "
        "dem IQ Netzwerk Hessen.",
        "Das Projekt „Meisterbrücke“ der Handwerkskammer Kassel startet im Mai.\n\nKooperationspartner ist die "
        "Servicestelle „Brücke Nord“ des IQ Netzwerks Hessen.",
    ],
)
def test_a_network_named_only_as_a_partners_holds_no_other_project(text: str) -> None:
    assert not any(s == "Meisterbrücke" for s, _ in _parts(text))


def test_a_network_named_also_outside_the_partnership_holds_the_projects() -> None:
    text = (
        "Das IQ Netzwerk Hessen startet das Projekt „Meisterbrücke“. Das Projekt arbeitet mit der Handwerkskammer "
        "Kassel zusammen."
    )
    assert ("Meisterbrücke", "IQ Landesnetzwerk Hessen") in _parts(text)


@pytest.mark.parametrize(
    "outside",
    [
        "Außerhalb des Netzwerks berät das Projekt „Pflege konkret“ Pflegekräfte.",
        "Das Projekt „Pflege konkret“ ist nicht Teil des IQ Netzwerks Hessen.",
        "Außerhalb des IQ Netzwerks setzt die Lernwerk gGmbH das Projekt „Pflege konkret“ um.",
    ],
)
def test_a_project_placed_outside_by_name_leaves_the_others_in_the_network(outside: str) -> None:
    text = "Das IQ Netzwerk Hessen startet das Projekt „Brücke Nord“ in Kassel. " + outside
    parts = _parts(text)
    assert ("Brücke Nord", "IQ Landesnetzwerk Hessen") in parts
    assert not any(s == "Pflege konkret" for s, _ in parts)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Fachberatung ergänzt die Migrationsberatung „Wegweiser“ des Caritasverbandes.",
        "Das Projekt kooperiert eng mit der Beratungsstelle „Wegweiser“ der Diakonie.",
        "Die Beraterinnen verweisen Ratsuchende auch an die Beratungsstelle „Wegweiser“.",
    ],
)
def test_a_service_another_unit_complements_or_works_with_is_no_part_of_the_network(sentence: str) -> None:
    text = "Das IQ Netzwerk Hessen startet das Projekt „Brücke Nord“ in Kassel. " + sentence
    parts = _parts(text)
    assert ("Brücke Nord", "IQ Landesnetzwerk Hessen") in parts
    assert not any("Wegweiser" in s for s, _ in parts)
