"""Node labels broken into lines only between words, and given room (iqgraph.network.labels, layout.separate)."""

from __future__ import annotations

import pytest

from iqgraph.network.labels import CHAR_EM, label_box, wrap_label
from iqgraph.network.layout import Box, separate

# Names like those of the dev corpus that vis-network's own wrapping cut inside a word at the overview's sizes.
CUT_BEFORE = (
    "Bundesministerium für Arbeit und Soziales",
    "Regionales Integrationsnetzwerk Leipzig",
    "Land Baden-Württemberg",
    "IQ Netzwerk Schleswig-Holstein",
    "MigraNet – IQ Landesnetzwerk Bayern",
    "Fach- und Führungskräfte",
    "Polnischer Kulturverein in Rhein-Neckar e.V.",
)


def breaks_only_between_words(label: str, lines: list[str]) -> bool:
    """Whether `lines`, read one after the other, give `label` back with each break where it had a space
    (which the break replaced) or after a hyphen."""
    text, pos = " ".join(label.split()), 0
    for line in lines:
        if text[pos : pos + len(line)] != line:
            return False
        pos += len(line)
        if pos < len(text) and text[pos] == " ":
            pos += 1
        elif pos < len(text) and not line.endswith("-"):
            return False
    return pos == len(text)


@pytest.mark.parametrize("label", CUT_BEFORE)
@pytest.mark.parametrize("width", [8, 13, 24])
def test_lines_break_at_spaces_and_hyphens_only(label: str, width: int) -> None:
    lines = wrap_label(label, width).split("\n")
    assert breaks_only_between_words(label, lines)
    # a line longer than the width is one word that does not fit any line
    assert all(len(line) <= width or " " not in line.replace(" –", "") for line in lines)
    assert not any(line.startswith(("–", "-")) for line in lines)


def test_the_overview_names_break_as_a_reader_expects() -> None:
    assert wrap_label("Bundesministerium für Arbeit und Soziales", 13) == (
        "Bundesministerium\nfür Arbeit\nund Soziales"
    )
    assert wrap_label("Land Baden-Württemberg", 13) == "Land Baden-\nWürttemberg"
    assert wrap_label("IQ Netzwerk Schleswig-Holstein", 24) == "IQ Netzwerk Schleswig-\nHolstein"
    assert wrap_label("MigraNet – IQ Landesnetzwerk Bayern", 13) == "MigraNet – IQ\nLandesnetzwerk\nBayern"
    assert wrap_label("Integration durch Qualifizierung", 24) == "Integration durch\nQualifizierung"


def test_short_labels_and_odd_spacing() -> None:
    assert wrap_label("BMAS", 13) == "BMAS"
    assert wrap_label("", 13) == ""
    assert wrap_label("  IQ   Netzwerk\tNRW \n", 24) == "IQ Netzwerk NRW"
    assert wrap_label("Fach- und Führungskräfte", 10) == "Fach- und\nFührungskräfte"


def test_the_checker_rejects_a_cut_inside_a_word() -> None:
    assert not breaks_only_between_words("Bundesministerium für Arbeit", ["Bundesministeriu", "m für Arbeit"])
    assert not breaks_only_between_words("Baden-Württemberg", ["Baden-Württemb", "erg"])
    assert breaks_only_between_words("Baden-Württemberg", ["Baden-", "Württemberg"])


def overlapping(positions: dict[int, tuple[float, float]], boxes: dict[int, Box]) -> list[tuple[int, int]]:
    def rect(n: int) -> Box:
        (x, y), (left, top, right, bottom) = positions[n], boxes[n]
        return (x + left, y + top, x + right, y + bottom)

    return [
        (a, b)
        for a in sorted(positions)
        for b in sorted(positions)
        if a < b
        and rect(a)[0] < rect(b)[2]
        and rect(b)[0] < rect(a)[2]
        and rect(a)[1] < rect(b)[3]
        and rect(b)[1] < rect(a)[3]
    ]


def test_a_wrapped_label_takes_its_lines_below_the_node() -> None:
    left, top, right, bottom = label_box("Integration\ndurch\nQualifizierung", font=26, size=20)
    assert right == -left == CHAR_EM * 26 * len("Qualifizierung") / 2 and top == -20
    assert bottom == 20 + 5 + 3 * 26  # the node, the margin, three lines
    assert label_box("BMAS", font=14, size=30)[2] == 30  # a short label: the node is wider


def test_separate_parts_overlapping_labels_and_leaves_the_others() -> None:
    wide = (-90.0, -10.0, 90.0, 60.0)
    positions = {1: (0.0, 0.0), 2: (40.0, 20.0), 3: (60.0, -30.0), 4: (1000.0, 0.0)}
    boxes = dict.fromkeys(positions, wide)
    assert len(overlapping(positions, boxes)) == 3
    parted = separate(positions, boxes)
    assert overlapping(parted, boxes) == []
    assert parted[4] == positions[4]  # far away: not moved
    assert separate(positions, boxes) == parted  # the same every time
    # pushed apart along the axis where they overlap least: here up and down, not sideways
    assert parted[1][0] == positions[1][0] and parted[2][1] > parted[1][1]
