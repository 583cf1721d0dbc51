"""fit.py: the opening fit as view.js computes it, and the key font chosen for it."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

from iqgraph.network.fit import (
    KEY_PX,
    MAX_SCALE,
    NOMINAL_CANVAS,
    ROOM_ABOVE,
    ROOM_BELOW,
    ROOM_X,
    Spot,
    fit_scale,
    legible_layout,
)


def test_view_js_fits_as_fit_py_assumes() -> None:
    js = resources.files("iqgraph.network").joinpath("templates/view.js").read_text(encoding="utf-8")
    assert f"LABEL_ROOM = {{ x: {ROOM_X:g}, below: {ROOM_BELOW:g}, above: {ROOM_ABOVE:g} }}" in js
    assert f"fitTo(nodesView.getIds(), {MAX_SCALE:g});" in js


def test_the_scale_fits_positions_and_label_room_into_the_canvas() -> None:
    # 1000 apart, each with 100 of room beside it (a label narrower than that counts 100): 1200 wide
    assert fit_scale([(-500, 0, 40), (500, 0, 0)]) == NOMINAL_CANVAS[0] / 1200
    # a wide label widens the box on its side
    assert fit_scale([(-500, 0, 300), (500, 0, 0)]) == NOMINAL_CANVAS[0] / 1400
    # tall: 30 above the top node, 80 below the bottom one
    assert fit_scale([(0, -1000, 0), (0, 1000, 0)]) == NOMINAL_CANVAS[1] / 2110
    assert fit_scale([(0, 0, 0)]) == fit_scale([]) == MAX_SCALE  # a few nodes: at most 1.5 times


def _spread(extent: Callable[[int], float]) -> Callable[[int], tuple[int, list[Spot]]]:
    """A fake lay_out: two labelled nodes `extent(font)` apart (labels push their nodes apart)."""

    def lay_out(font: int) -> tuple[int, list[Spot]]:
        return font, [(-extent(font) / 2, 0.0, 0.0), (extent(font) / 2, 0.0, 0.0)]

    return lay_out


def _pixels(font: int, extent: float) -> float:
    return font * fit_scale([(-extent / 2, 0.0, 0.0), (extent / 2, 0.0, 0.0)])


def test_the_key_font_grows_until_the_labels_are_legible() -> None:
    assert legible_layout(_spread(lambda f: 1000), NOMINAL_CANVAS, 28, 84) == 28  # 25 px at 28
    font = legible_layout(_spread(lambda f: 3000), NOMINAL_CANVAS, 28, 84)  # scale 0.34: 9.5 px at 28
    assert font == 35 and _pixels(35, 3000) >= KEY_PX > _pixels(34, 3000)
    # labels that push their nodes apart widen the drawing: the font is measured anew until it suffices
    font = legible_layout(_spread(lambda f: 3000 + 20 * f), NOMINAL_CANVAS, 28, 84)
    assert font > 35 and _pixels(font, 3000 + 20 * font) >= KEY_PX


def test_above_the_cap_the_labels_are_drawn_as_large_as_they_can_be() -> None:
    assert legible_layout(_spread(lambda f: 20_000), NOMINAL_CANVAS, 28, 84) == 84  # 4.5 px, not 11.5
    # a larger font that pushes the nodes much further apart draws the labels smaller: 28 is kept
    jump = _spread(lambda f: 5000 if f < 50 else 20_000)
    assert legible_layout(jump, NOMINAL_CANVAS, 28, 84) == 28
    assert _pixels(28, 5000) > _pixels(84, 20_000) > _pixels(56, 20_000)
