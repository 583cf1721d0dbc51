"""The page's opening fit, estimated in Python: the scale at which view.js shows what it opens on, and the
key font that makes the key labels legible at that scale.

view.js `fitTo` takes the drawn nodes' positions, widens them by room for the labels (LABEL_ROOM: half a
label's width to each side, at least 100 canvas units; 30 above, 80 below) and scales that box into the
canvas, at most 1.5 times. A larger overview is wider, so it fits at a smaller scale and draws a label of a
given font smaller on screen; the key font grows with it (`legible_layout`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TypeVar

# The canvas of a 1280×800 window (what the browser tests and the README's pictures use): the window less the
# legend (13rem and its padding) beside it and the header above, measured in Chromium: 1080.2 px wide, 765.6
# high under a header of one row, 741.8 under two (a long title wraps it); the estimate takes two rows.
# A view with a focus opens with the node panel beside the canvas (22rem and its padding): 331 px narrower.
NOMINAL_CANVAS = (1080.0, 740.0)
PANEL_WIDTH = 331.0
# view.js LABEL_ROOM and fitAll's largest scale (kept in step by tests/network/test_fit.py)
ROOM_X, ROOM_ABOVE, ROOM_BELOW = 100.0, 30.0, 80.0
MAX_SCALE = 1.5

KEY_PX = 11.5  # screen pixels a key label is given at the opening fit (the browser test asks 11)

Spot = tuple[float, float, float]  # a drawn node's x, y and half its label's width, canvas units
Drawing = TypeVar("Drawing")


def fit_scale(spots: list[Spot], canvas: tuple[float, float] = NOMINAL_CANVAS) -> float:
    """The scale view.js fits `spots` at in a canvas of `canvas` pixels (width, height)."""
    if not spots:
        return MAX_SCALE
    left = min(x - max(ROOM_X, half) for x, _, half in spots)
    right = max(x + max(ROOM_X, half) for x, _, half in spots)
    top = min(y for _, y, _ in spots) - ROOM_ABOVE
    bottom = max(y for _, y, _ in spots) + ROOM_BELOW
    return min(canvas[0] / (right - left), canvas[1] / (bottom - top), MAX_SCALE)


def legible_font(scale: float, base: int, cap: int) -> int:
    """The smallest font (canvas units) drawn at KEY_PX screen pixels or more at `scale`, within base..cap."""
    return max(base, min(cap, math.ceil(KEY_PX / scale)))


def legible_layout(
    lay_out: Callable[[int], tuple[Drawing, list[Spot]]], canvas: tuple[float, float], base: int, cap: int
) -> Drawing:
    """The drawing `lay_out(font)` makes for the smallest font from `base` on whose labels come out at
    KEY_PX at the opening fit. Bigger labels push their nodes further apart, which widens the drawing and
    lowers the scale, so each font tried is laid out and measured anew (rarely more than three); where even
    `cap` falls short, the drawing whose labels come out largest on screen."""
    font, tried = base, []
    while True:
        drawing, spots = lay_out(font)
        scale = fit_scale(spots, canvas)
        tried.append((font * scale, drawing))
        needed = legible_font(scale, base, cap)
        if needed <= font:
            return max(tried, key=lambda pixels_drawing: pixels_drawing[0])[1]
        font = needed
