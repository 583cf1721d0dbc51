"""Node labels broken into lines at word boundaries, for the canvas.

vis-network's own wrapping (`widthConstraint`) cuts a word that is wider than the constraint wherever the
width runs out ("Bundesministeriu / m"); German names are long compounds, so the page breaks its labels
here, only at spaces and after hyphens, and lets a word longer than a line stand whole on its own.
"""

from __future__ import annotations

import re

# A label's pieces: each ends with the spaces after it, or with a hyphen inside a compound
# ("Baden-" + "Württemberg"); a hyphen before a space or at the end belongs to its word.
_PIECES = re.compile(r"\S+?(?:-(?=\w)|\s+|$)")
_DASHES = frozenset("-–—")


def wrap_label(label: str, width: int) -> str:
    """`label` with line breaks ("\\n") so each line holds at most `width` characters, breaking only at
    spaces (which the break replaces) and after hyphens; a longer word keeps a line of its own."""
    lines: list[str] = []
    line = ""
    for piece in _pieces(label):
        if line and len(line + piece.rstrip()) > width:
            lines.append(line.rstrip())
            line = ""
        line += piece
    lines.append(line.rstrip())
    return "\n".join(lines)


def _pieces(label: str) -> list[str]:
    """The label's breakable pieces; a lone dash ("MigraNet – IQ") stays with the word before it, so no
    line begins with a dash."""
    pieces: list[str] = []
    for piece in _PIECES.findall(" ".join(label.split()) + " "):
        if pieces and piece.strip() in _DASHES:
            pieces[-1] += piece
        else:
            pieces.append(piece)
    return pieces


# a sans-serif character's width in font sizes: mean 0.43-0.47 in Chromium, up to 0.52 in words of wide letters
# ("Landesnetzwerk"), which two labels set side by side must not overlap by
CHAR_EM = 0.55
LABEL_MARGIN = 5.0  # canvas units vis-network leaves between a shape and its label below


def label_box(label: str, font: float, size: float) -> tuple[float, float, float, float]:
    """The room a node of radius `size` with its (wrapped) label below takes around its centre: left, top,
    right, bottom in canvas units."""
    lines = label.split("\n")
    half = max(size, CHAR_EM * font * max(len(line) for line in lines) / 2)
    return (-half, -size, half, size + LABEL_MARGIN + font * len(lines))
