"""Node labels broken into lines only between words (iqgraph.network.labels)."""

from __future__ import annotations

import pytest

from iqgraph.network.labels import wrap_label

# Names from the dev corpus that vis-network's own wrapping cut inside a word at the overview's sizes.
CUT_BEFORE = (
    "Bundesministerium für Arbeit und Soziales",
    "Regionales Integrationsnetzwerk Leipzig",
    "Land Baden-Württemberg",
    "IQ Netzwerk Schleswig-Holstein",
    "MigraNet – IQ Landesnetzwerk Bayern",
    "Fach- und Führungskräfte",
    "Türkischer Bund in Berlin-Brandenburg e.V.",
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
