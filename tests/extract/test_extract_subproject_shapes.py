"""Subproject names in shapes of invented releases: bullets with a town or a closing adjective, the head
"Vorhaben", a styled short name before a subtitle, a plural head before coordinated names."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _projects(text: str) -> set[str]:
    return {label for type_, label in facts_of(text).entities if type_ == "Subproject"}


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Unsere Teilprojekte:\n- Lotsenhaus Nord, Flensburg\n- Werkstatt Zukunft, Husum\n",
            {"Lotsenhaus Nord", "Werkstatt Zukunft"},
            "Lotsenhaus Nord, Flensburg",
        ),
        (
            "Im Netzwerk arbeiten vier Teilprojekte zusammen:\n• Brücke Technik, Bad Oldesloe\n• Chance Pflege, Kiel\n",
            {"Brücke Technik", "Chance Pflege"},
            "Brücke Technik, Bad Oldesloe",
        ),
        (
            "Folgende Vorhaben werden vom Land gefördert:\n1. Sprachwerk Medizin, Träger: Klinikverein e. V., Halle (Saale)\n"
            "2. Start Nord, Magdeburg\n",
            {"Sprachwerk Medizin", "Start Nord"},
            "Start Nord, Magdeburg",
        ),
    ],
)
def test_a_listed_project_ends_before_its_town(text: str, expected: set[str], not_expected: str) -> None:
    found = _projects(text)
    assert expected <= found
    assert not_expected not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Teilprojekte im Überblick:\n- Anerkennung kompakt (Träger: Lernort e. V.)\n- Lotsenhaus Nord\n",
            "Anerkennung kompakt",
        ),
        ("Zum Netzwerk gehören folgende Projekte:\n• Pflege digital\n• Brücke Nord\n", "Pflege digital"),
        ("Die Projekte sind:\n- Technik international, Kiel\n- Start Nord\n", "Technik international"),
    ],
)
def test_a_listed_name_closed_by_an_uninflected_adjective(text: str, expected: str) -> None:
    assert expected in _projects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im Vorhaben Kompetenzcheck Pflege lernen zwanzig Frauen.", "Kompetenzcheck Pflege"),
        ("Das Land fördert das Vorhaben Brücke Nord seit 2020.", "Brücke Nord"),
        ("Die Leiterin des Vorhabens Werkstatt Zukunft stellte die Zahlen vor.", "Werkstatt Zukunft"),
        ("Die Vorhaben Lotsenhaus Nord und Chance Technik laufen weiter.", "Chance Technik"),
    ],
)
def test_a_name_after_the_head_vorhaben(text: str, expected: str) -> None:
    assert expected in _projects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Vorhaben Ende März abschließen will die Stadt.",
        "Mit dem Vorhaben Arbeit finden die Frauen schneller einen Platz.",
    ],
)
def test_vorhaben_before_a_time_or_one_plain_word_names_nothing(text: str) -> None:
    assert not _projects(text)


@pytest.mark.parametrize(
    ("text", "plural"),
    [
        (
            "Die Landesregierung fördert die Projekte Anerkennungslotsen Magdeburg und Brücke Nord.",
            "Projekte",
        ),
        ("Die Vorhaben Anerkennungsberatung Gera und Lotsenhaus Nord laufen weiter.", "Vorhaben"),
        (
            "Über die Angebote Beratungsstelle Anerkennung Kiel und Brücke Nord informiert die Stadt.",
            "Angebote",
        ),
    ],
)
def test_a_plural_head_is_no_adjective_of_a_service_name(text: str, plural: str) -> None:
    assert not any(label.startswith(plural) for label in _projects(text))


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Die Projekte im Überblick:\n- BRIDGE – Berufe für Geflüchtete\n- Start Nord\n\nDas Projekt BRIDGE berät 40 Menschen.",
            "BRIDGE – Berufe für Geflüchtete",
            "BRIDGE",
        ),
        (
            "Unsere Teilprojekte:\n• ProTech – Technik für Zugewanderte, Kiel\n• Start Nord\n\nIm Projekt ProTech lernen Frauen.",
            "ProTech – Technik für Zugewanderte",
            "ProTech",
        ),
        (
            "Die Teilprojekte sind:\n- KOMPASS – Wege in Arbeit (Träger: Lernort e. V.)\n- Start Nord\n\n"
            "Mit dem Teilprojekt KOMPASS arbeiten zwei Beraterinnen.",
            "KOMPASS – Wege in Arbeit",
            "KOMPASS",
        ),
    ],
)
def test_a_styled_name_before_a_subtitle_is_the_project_met_again(text: str, full: str, short: str) -> None:
    found = _projects(text)
    assert full in found
    assert short not in found
