"""A body met again by its proper name alone, without its kind noun or legal form, on invented sentences: "der
Verein Lernwerk Nord e. V. … von Lernwerk Nord"."""

from __future__ import annotations

import pytest

from conftest import facts_of
from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def _labels_at(text: str, words: str) -> set[str]:
    """The labels of the mentions at the last place of `words`."""
    start = text.rindex(words)
    return {m.label for m in find_mentions(text, GAZETTEER) if m.start == start}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Die Stiftung Lernzeit Nord hilft Zugewanderten. Karl Muster von Lernzeit Nord lobte die Kurse.",
            "Stiftung Lernzeit Nord",
        ),
        (
            "Petra Beispiel leitet den Verein Werkraum Süd e. V. seit 2018. Karl Muster von Werkraum Süd lobte die Kurse.",
            "Werkraum Süd e. V.",
        ),
        (
            "Die Firma Brückenbau stellt seit 2020 Zugewanderte ein. Karl Muster von Brückenbau lobte die Kurse.",
            "Brückenbau",
        ),
    ],
)
def test_a_body_s_proper_name_met_again_is_that_body(text: str, body: str) -> None:
    assert ("Karl Muster", "memberOf", body) in facts_of("Titel\n\n" + text).relations


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a common word left after the kind noun
        ("Die Stiftung Bildung hilft. Für Bildung wirbt auch der Landkreis.", "Bildung"),
        # a town left after the kind noun
        ("Die Stiftung Kassel hilft. In Kassel gibt es viele Kurse.", "Kassel"),
        # two bodies leave the same words
        (
            "Die Stiftung Lernzeit und die Lernzeit gGmbH helfen. Karl Muster von Lernzeit lobte die Kurse.",
            "Lernzeit",
        ),
    ],
)
def test_words_that_may_be_common_a_place_or_two_bodies_are_no_body_met_again(text: str, words: str) -> None:
    assert not _labels_at(text, words) & {
        "Stiftung Bildung",
        "Stiftung Kassel",
        "Stiftung Lernzeit",
        "Lernzeit gGmbH",
    }


def test_the_proper_name_before_a_legal_form_is_another_body() -> None:
    text = "Der Verein Werkraum Süd e. V. hilft. Die Werkraum Süd gGmbH berät Betriebe."
    assert "Werkraum Süd gGmbH" in _labels_at(text, "Werkraum Süd")


def test_common_words_joined_by_und_are_no_body_met_again() -> None:
    text = "Der Verein Arbeit und Leben e. V. berät. Zwischen Arbeit und Leben fehlt oft die Zeit."
    assert not _labels_at(text, "Arbeit und Leben")
