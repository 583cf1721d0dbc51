"""Round 17 (counts): a genre sweep of invented texts (event reports, annual reports, ministry statements,
parliamentary answers with tables, project pages); the constructions whose figures went to no one or to the wrong
owner, and the near shapes that must give no count."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _counts(text: str) -> set[tuple[str, int]]:
    return facts_of("Antwort der Landesregierung\n\n" + text).counts


# ---------------------------------------------------------------- a project table's figures


_ONE_CELL_A_LINE = """Im Rahmen des IQ Netzwerks Hessen werden folgende Projekte gefördert:

Projekt
Träger
Fördersumme
Anerkennung Plus
Bildungswerk Hessen e.V.
120.000 Euro
Brücke Beruf
Arbeit und Leben Hessen
95.000 Euro"""

_ONE_CELL_A_LINE_WITH_PLACES = """Die Landesregierung fördert im Rahmen des IQ Netzwerks Sachsen folgende Teilprojekte:

Teilprojekt
Träger
Standort
Teilnehmende
Fördersumme (in Euro)
Lotsen Plus
Volkshochschule Leipzig
Leipzig
45
210.000
Pflege Kompass
Caritasverband Dresden e.V.
Dresden
30
1,1 Mio."""

_WALLED_BY_TABS = """Folgende Projekte werden gefördert:

Projekt\tTräger\tStandort\tFördersumme (in Euro)
Anerkennung Plus\tBildungswerk Hessen e.V.\tKassel\t120.000
Brücke Beruf\tArbeit und Leben Hessen\tGießen\t95.000"""

_WALLED_BY_SPACES = """Geförderte Vorhaben:

Projekt   Träger   Ort   Zuwendung 2021
Startklar   Bildungswerk Nord e.V.   Kiel   80.000 Euro
Weitblick   Jobwerk GmbH   Lübeck   ca. 60.000 Euro"""


@pytest.mark.parametrize(
    ("table", "wanted"),
    [
        (_ONE_CELL_A_LINE, {("Anerkennung Plus", 120000), ("Brücke Beruf", 95000)}),
        (_ONE_CELL_A_LINE_WITH_PLACES,
         {("Lotsen Plus", 210000), ("Lotsen Plus", 45), ("Pflege Kompass", 1100000), ("Pflege Kompass", 30)}),
        (_WALLED_BY_TABS, {("Anerkennung Plus", 120000), ("Brücke Beruf", 95000)}),
        (_WALLED_BY_SPACES, {("Startklar", 80000), ("Weitblick", 60000)}),
    ],
)  # fmt: skip
def test_a_project_table_s_figures_are_its_rows_projects(table: str, wanted: set[tuple[str, int]]) -> None:
    found = _counts(table)
    assert wanted <= found
    carriers = {"Bildungswerk Hessen e.V.", "Arbeit und Leben Hessen", "Volkshochschule Leipzig"}
    assert not {c for c in found if c[0] in carriers}  # no carrier holds a row's amount


def test_a_table_of_carriers_without_a_project_column_gives_no_row_figures() -> None:
    table = "Förderungen 2021:\n\nTräger | Fördersumme\nBildungswerk Nord e.V. | 80.000 €\nJobwerk GmbH | 60.000 €"
    assert not {c for c in _counts(table) if c[1] in (80000, 60000) and c[0] != "Bildungswerk Nord e.V."}


def test_a_row_s_duration_is_no_count() -> None:
    table = "Projekt | Träger | Laufzeit\nStartklar | Bildungswerk Nord e.V. | 2019 – 2022"
    assert not {c for c in _counts(table) if c[1] in (2019, 2022)}
