"""A quote interrupted by its attribution goes on after it; a quoted title in the next sentence does not, in
sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of


def _quotes(text: str) -> dict[str, list[str]]:
    return facts_of("Titel\n\n" + text, dt.date(2031, 5, 20)).quotes


@pytest.mark.parametrize(
    "text",
    [
        "„Wir brauchen jede Fachkraft“, sagte Anna Probe. Ein Heft mit dem Titel „Wege in den Beruf“ liegt aus.",
        "„Wir brauchen jede Fachkraft“, sagte Anna Probe. Das Motto „Wege in den Beruf“ passt dazu.",
        "„Wir brauchen jede Fachkraft“, betonte Ministerin Anna Probe. Die Broschüre „Wege in den Beruf“ hilft.",
    ],
)
def test_a_quoted_title_in_the_next_sentence_is_not_joined_to_the_quote(text: str) -> None:
    assert _quotes(text) == {"Anna Probe": ["Wir brauchen jede Fachkraft"]}


@pytest.mark.parametrize(
    "text",
    [
        "„Wir brauchen Fachkräfte“, sagte Anna Probe vom Verein Lernwerk e. V., „und zwar schnell.“",
        "„Wir brauchen Fachkräfte“, sagte Dr. Anna Probe, „und zwar schnell.“",
        "„Wir brauchen Fachkräfte“, so Anna Probe, „und zwar schnell.“",
    ],
)
def test_a_quote_interrupted_by_its_attribution_goes_on(text: str) -> None:
    assert _quotes(text) == {"Anna Probe": ["Wir brauchen Fachkräfte und zwar schnell."]}


@pytest.mark.parametrize(
    "text",
    [
        "„Anerkennung braucht Zeit“ – ein Gespräch mit Anna Probe\n\nAnna Probe leitet die Beratung.",
        "„Anerkennung braucht Zeit“: Interview mit Anna Probe\n\nAnna Probe leitet die Beratung.",
        "„Anerkennung braucht Zeit“ – Porträt der Beraterin Anna Probe\n\nAnna Probe leitet die Beratung.",
    ],
)
def test_a_passage_titling_an_interview_or_a_portrait_is_no_quote(text: str) -> None:
    assert _quotes(text) == {}


def test_a_headline_quote_after_its_speaker_s_name_stays_a_quote() -> None:
    text = "Anna Probe: „Anerkennung braucht viel Zeit“\n\nDie Beraterin sprach in Kiel."
    assert _quotes(text) == {"Anna Probe": ["Anerkennung braucht viel Zeit"]}
