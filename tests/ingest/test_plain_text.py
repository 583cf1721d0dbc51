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
