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
        "Die Servicestelle „Brücke Nord“ gehört zum IQ Netzwerk Hessen. Das Projekt „Pflege konkret“ der "
        "Lernwerk gGmbH läuft bis 2030.",
        "Die Lernwerk gGmbH führt das Projekt „Pflege konkret“ durch. Das IQ Netzwerk Hessen berät in Kassel.",
    ],
)
def test_a_carried_project_with_no_unit_of_its_carrier_placed_stays_the_networks(text: str) -> None:
    assert ("Pflege konkret", "IQ Landesnetzwerk Hessen") in _parts(text)
