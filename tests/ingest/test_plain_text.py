"""Invisible marks and words hyphenated at a line end, undone as a release is read."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from conftest import facts_of
from iqgraph.ingest.plain_text import plain
from iqgraph.ingest.releases import read_release


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Bera-\ntung der Menschen ist kostenlos.", "Die\nBeratung der Menschen ist kostenlos."),
        (
            "Sie beginnt im Früh-\njahr.\nDanach geht es weiter.",
            "Sie beginnt im\nFrühjahr.\nDanach geht es weiter.",
        ),
        ("Das IQ-\nNetzwerk Hessen berät.", "Das\nIQ-Netzwerk Hessen berät."),
        ("Die Anerkennungs\u00adberatung und\u200b die Stelle", "Die Anerkennungsberatung und die Stelle"),
    ],
)
def test_words_broken_at_a_line_end_or_by_invisible_marks_are_whole(text: str, expected: str) -> None:
    assert plain(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Das Institut für Arbeitsmarkt-\nund Berufsforschung legt Zahlen vor.",
        "Gefördert werden Sprach-\noder Fachkurse.",
        "Die Beratung läuft bis Mitte 2025 -\nund danach weiter.",
    ],
)
def test_a_shortened_compound_or_a_dash_keeps_its_hyphen_and_line(text: str) -> None:
    assert plain(text) == text


BODY = (
    "Das Projekt „Neustart Pflege“ berät internationale Pflegekräfte auf dem Weg zur Anerkennung ihres "
    "Berufsabschlusses. Es gehört zum IQ Netzwerk Hessen. Träger des Projekts ist der Verein Lernhaus "
    "Mittelhessen e. V. mit Sitz in Gießen. Projektleiterin Carla Winter begrüßte am 3. Juni rund 70 Gäste. "
    "Die Beratung ist kostenlos und vertraulich; Termine gibt es in der Beratungsstelle am Bahnhof und "
    "telefonisch. Unterstützt wird das Angebot von zahlreichen Kliniken und Pflegediensten der Region."
)


def _hyphenated(body: str, width: int) -> str:
    """The body wrapped at `width`, each long word that opens a line broken with a hyphen at the line before."""
    lines = textwrap.wrap(body, width)
    for i in range(len(lines) - 1):
        first, _, rest = lines[i + 1].partition(" ")
        if len(first) >= 8 and first.isalpha():
            lines[i] += " " + first[:4] + "-"
            lines[i + 1] = first[4:] + (" " + rest if rest else "")
    return "\n".join(lines)


@pytest.mark.parametrize("width", [60, 72])
def test_a_release_hyphenated_at_its_line_ends_gives_the_facts_of_the_plain_one(
    width: int, tmp_path: Path
) -> None:
    path = tmp_path / "r.txt"
    path.write_text("Titel\n\n" + _hyphenated(BODY, width), encoding="utf-8")
    read = read_release(path)
    flat, hyphenated = facts_of("Titel\n\n" + BODY), facts_of(read.text)
    assert hyphenated.entities == flat.entities
    assert hyphenated.relations == flat.relations
    assert hyphenated.roles == flat.roles


def test_a_release_with_soft_hyphens_reads_as_without(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("Titel\n\n" + BODY.replace("Anerkennung", "Aner\u00adkennung"), encoding="utf-8")
    assert "\u00ad" not in read_release(path).text


@pytest.mark.parametrize(
    ("raw", "made"),
    [
        ("\tDie Stiftung Lernwerk berät.\n\tSie hilft.", "Die Stiftung Lernwerk berät.\nSie hilft."),
        ("    Erster Absatz.\n  \n    Zweiter Absatz.", "Erster Absatz.\n\nZweiter Absatz."),
        ("\xa0\xa0Der Verein hilft.", "Der Verein hilft."),
    ],
)
def test_indentation_is_no_part_of_a_line(raw: str, made: str) -> None:
    assert plain(raw) == made


@pytest.mark.parametrize(
    ("raw", "made"),
    [
        ("Die Beratung beginnt.  Der Verein hilft.", "Die Beratung beginnt. Der Verein hilft."),
        ("Träger ist Lernwerk e.  V. in Kassel.", "Träger ist Lernwerk e. V. in Kassel."),
        ("Es sprach Dr.  Petra Beispiel.", "Es sprach Dr. Petra Beispiel."),
    ],
)
def test_a_doubled_space_is_one(raw: str, made: str) -> None:
    assert plain(raw) == made


def test_three_spaces_may_part_a_table_s_columns_and_stay() -> None:
    row = "Lernwerk e. V.   Kassel   80.000 Euro"
    assert plain(row) == row
