"""Facts in layout, round 17 (invented texts of parliamentary answers, project pages and tables written as text): a
tab or a run of spaces is a cell wall no name runs over, a table's place column places its row's project, a table
given one cell a line (as PDF extraction gives it) is read row by row, a list announced by "folgende Teilprojekte"
whatever the verb after it, and an item naming its carrier in the genitive ("des Trägers Y"); with the near shapes
that give no fact (a table of people, a header with no project column, prose after the header)."""

from __future__ import annotations

import pytest

from conftest import facts_of

T = "\t"


def _relations(text: str) -> set[tuple[str, str, str]]:
    return facts_of("Projekte im Überblick\n\n" + text).relations


def _entities(text: str) -> set[tuple[str, str]]:
    return facts_of("Projekte im Überblick\n\n" + text).entities


# ---------------------------------------------------------------- a tab or a run of spaces is a cell wall


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (f"Teilprojekt{T}Träger{T}Standort\nAnkommen Nord{T}Diakonisches Werk Lübeck{T}Lübeck",
         ("Ankommen Nord", "hostedBy", "Diakonisches Werk Lübeck")),
        (f"Projekt{T}Projektträger{T}Ort\nLotsenhaus Ost{T}Caritasverband Görlitz e.V.{T}Görlitz\n"
         f"Brücke Technik{T}Volkshochschule Dresden{T}Dresden",
         ("Brücke Technik", "hostedBy", "Volkshochschule Dresden")),
        ("Teilprojekt          Träger                     Standort\n"
         "Lotsenbüro Anerkennung   Bildungswerk Elbe e.V.     Magdeburg",
         ("Lotsenbüro Anerkennung", "hostedBy", "Bildungswerk Elbe e.V.")),
        ("Projektname     Zuwendungsempfänger        Fördersumme\n"
         "Werkstatt Zukunft     Handwerkskammer Erfurt     80.000 Euro",
         ("Werkstatt Zukunft", "hostedBy", "Handwerkskammer Erfurt")),
    ],
)  # fmt: skip
def test_a_table_s_carrier_ends_at_its_cell_wall(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _relations(text)


def test_a_body_s_name_goes_on_over_two_spaces_in_prose() -> None:
    """Two spaces are a typing slip inside a name, no cell wall."""
    text = "Träger des Projekts „Ankommen Nord“ ist das Diakonische Werk  Lübeck."
    assert ("Organisation", "Diakonisches Werk Lübeck") in _entities(text)


# ---------------------------------------------------------------- the place column places the row's project


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Projekt | Träger | Ort | Laufzeit\nAnerkennung kompakt | Beratungszentrum Migration e.V. | Kassel | 2019–2022",
         ("Anerkennung kompakt", "locatedIn", "Kassel")),
        (f"Teilprojekt{T}Träger{T}Standort\nBrückenkurs Pflege{T}Diakonisches Werk Lübeck{T}Lübeck",
         ("Brückenkurs Pflege", "locatedIn", "Lübeck")),
        ("Teilprojekt\nTräger\nStandort\nFaire Arbeit im Norden\nDGB Bildungswerk Nord e.V.\nFlensburg",
         ("Faire Arbeit im Norden", "locatedIn", "Flensburg")),
        ("Projekt | Standort\nPflege plus | Fulda\nBrücke in den Beruf | Gießen",
         ("Brücke in den Beruf", "locatedIn", "Gießen")),
    ],
)  # fmt: skip
def test_a_place_column_places_the_row_s_project(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _relations(text)


def test_a_place_cell_holding_more_than_the_town_places_nothing() -> None:
    text = "Projekt | Träger | Ort\nPflege plus | Caritasverband Fulda e.V. | Fulda und Umgebung"
    assert not any(p == "locatedIn" and s == "Pflege plus" for s, p, _ in _relations(text))


def test_a_table_of_people_with_a_place_column_places_no_project() -> None:
    text = (
        "Name | Funktion | Ort\nPetra Hansen | Koordinatorin | Bremen\nMalte Ohlsen | Berater | Bremerhaven"
    )
    assert not any(p == "locatedIn" for _, p, _ in _relations(text))
    assert not any(t == "Subproject" for t, _ in _entities(text))


# ---------------------------------------------------------------- one cell a line


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Teilprojekt\nTräger\nStandort\nBeratung Anerkennung Nord\nAWO Kreisverband Kiel e.V.\nKiel\n"
         "Brückenkurs Pflege\nDiakonisches Werk Lübeck\nLübeck",
         {("Beratung Anerkennung Nord", "hostedBy", "AWO Kreisverband Kiel e.V."),
          ("Brückenkurs Pflege", "hostedBy", "Diakonisches Werk Lübeck"),
          ("Brückenkurs Pflege", "locatedIn", "Lübeck")}),
        ("Projekt\nTräger\nFördersumme\nLaufzeit\nAnerkennungsberatung Brandenburg\nArbeit und Bildung Potsdam e.V.\n"
         "240.000 Euro\n2019–2022\nInterkulturelle Öffnung\nLernwerkstatt Cottbus gGmbH\n180.000 Euro\n2019–2022",
         {("Anerkennungsberatung Brandenburg", "hostedBy", "Arbeit und Bildung Potsdam e.V."),
          ("Interkulturelle Öffnung", "hostedBy", "Lernwerkstatt Cottbus gGmbH")}),
        ("Projektname\nProjektträger\nPflege-Lotsen\nStiftung Lernweg\nMentoring Süd\nFrauenakademie München e.V.",
         {("Pflege-Lotsen", "hostedBy", "Stiftung Lernweg"),
          ("Mentoring Süd", "hostedBy", "Frauenakademie München e.V.")}),
    ],
)  # fmt: skip
def test_a_table_given_one_cell_a_line_is_read_row_by_row(
    text: str, facts: set[tuple[str, str, str]]
) -> None:
    assert facts <= _relations(text)


def test_a_row_whose_figure_cell_holds_no_figure_ends_the_table() -> None:
    """The rows have slipped (a cell left out): what follows is not read as rows."""
    text = (
        "Projekt\nTräger\nFördersumme\nLotse Nord\nLernwerk e.V.\n90.000 Euro\nBrücke Ost\nStiftung Lernweg\n"
        "Werkstatt Süd\nHandwerkskammer Erfurt\n70.000 Euro"
    )
    relations = _relations(text)
    assert ("Lotse Nord", "hostedBy", "Lernwerk e.V.") in relations
    assert not any(s == "Werkstatt Süd" or o == "Werkstatt Süd" for s, _, o in relations)


def test_heading_lines_without_a_project_column_make_no_table() -> None:
    text = "Name\nFunktion\nTräger\nPetra Hansen\nKoordinatorin\nLernwerk e.V."
    assert not any(p == "hostedBy" for _, p, _ in _relations(text))


# ---------------------------------------------------------------- "folgende Teilprojekte" whatever the verb


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Im IQ Netzwerk Hamburg sind folgende Teilprojekte tätig:\n\n"
         "1. Beratung zur Anerkennung – Träger: Diakonie Hamburg\n2. Qualifizierung in Pflegeberufen – Träger: Hamburger Volkshochschule",
         ("Qualifizierung in Pflegeberufen", "hostedBy", "Hamburger Volkshochschule")),
        ("Folgende Projekte waren 2019 im Netzwerk aktiv:\n- Lotsenhaus Ost (Träger: Caritasverband Görlitz e.V.)\n"
         "- Brücke Technik (Träger: Volkshochschule Dresden)",
         ("Lotsenhaus Ost", "hostedBy", "Caritasverband Görlitz e.V.")),
        ("Nachstehende Teilprojekte haben sich beworben:\n• Werkstatt Zukunft – Träger: Handwerkskammer Erfurt\n"
         "• Mentoring Süd – Träger: Frauenakademie München e.V.",
         ("Mentoring Süd", "hostedBy", "Frauenakademie München e.V.")),
    ],
)  # fmt: skip
def test_folgende_before_the_plural_noun_announces_a_list(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _relations(text)


def test_folgende_in_a_sentence_announces_no_list() -> None:
    """A full stop before the colon: the sentence goes on after "folgende Projekte", no lead-in."""
    text = "Das Land fördert folgende Projekte. Dazu gehört:\n- mehr Beratung für Frauen in Kiel"
    assert not any(t == "Subproject" for t, _ in _entities(text))


# ---------------------------------------------------------------- the carrier in the genitive after an item


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("In Freiburg werden folgende Projekte gefördert:\n"
         "- Anerkennungsberatung Südbaden des Trägers Migrationsdienst Freiburg e.V. mit 120.000 Euro\n"
         "- Sprachcoaching im Betrieb des Trägers Volkshochschule Freiburg mit 85.000 Euro",
         ("Sprachcoaching im Betrieb", "hostedBy", "Volkshochschule Freiburg")),
        ("Gefördert werden folgende Projekte:\n- Lotse Nord beim Träger Lernwerk e.V. (2019 bis 2022)\n"
         "- Brücke Ost beim Träger Stiftung Lernweg (2020 bis 2022)",
         ("Brücke Ost", "hostedBy", "Stiftung Lernweg")),
        ("Folgende Teilprojekte wurden bewilligt:\n- Werkstatt am Hafen des Projektträgers Handwerkskammer Kiel\n"
         "- Mentoring Süd des Trägers Frauenakademie München e.V.",
         ("Werkstatt am Hafen", "hostedBy", "Handwerkskammer Kiel")),
    ],
)  # fmt: skip
def test_an_item_s_carrier_in_the_genitive_ends_its_name(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _relations(text)


def test_a_genitive_that_is_no_carrier_stays_in_the_name() -> None:
    text = "Folgende Projekte laufen:\n- Beratung des Handwerks in Kiel\n- Werkstatt Zukunft (Träger: Lernwerk e.V.)"
    assert ("Beratung des Handwerks", "hostedBy", "Lernwerk e.V.") not in _relations(text)
