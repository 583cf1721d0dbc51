"""The counted noun as users read it: the nominative plural where a preposition put it in the dative, and numbers
written as words (sentences written for these tests, three or more variants a construction)."""

from __future__ import annotations

from pathlib import Path

import pytest

from iqgraph.extract import extract
from iqgraph.extract.counts.plurals import nominative_plural
from iqgraph.models import Release
from iqgraph.reference import load_reference


def counts_of(body: str) -> set[tuple[str, str, int]]:
    """(subject label, counted thing, number) of a release with this body."""
    text = "Titel\n\n" + body
    x = extract(Release(Path("t.txt"), "t", text, "sha256:0", "txt", title="Titel"), load_reference())
    labels = {e.key: e.label for e in x.entities}
    return {(labels[c.subject], c.what, c.value) for c in x.counts}


# ---------------------------------------------------------------- the dative plural after a preposition


@pytest.mark.parametrize(
    ("dative", "nominative"),
    [
        ("Standorten", "Standorte"),
        ("Regionalnetzwerken", "Regionalnetzwerke"),
        ("Partnerbetrieben", "Partnerbetriebe"),
        ("Messeständen", "Messestände"),
        ("verschiedenen Standorten", "verschiedene Standorte"),
        ("Teilnehmenden", "Teilnehmende"),
        ("Geflüchteten", "Geflüchtete"),
        ("Jugendlichen", "Jugendliche"),
        ("neu zugewanderten Beschäftigten", "neu zugewanderte Beschäftigte"),
        ("Beraterinnen und Beratern", "Beraterinnen und Berater"),
        ("Herkunftsländern", "Herkunftsländer"),
    ],
)
def test_a_dative_plural_in_the_nominative(dative: str, nominative: str) -> None:
    assert nominative_plural(dative) == nominative


@pytest.mark.parametrize(
    "plural",
    [
        "Beratungsstellen",
        "Menschen",
        "Frauen",
        "Unternehmen",
        "Anerkennungsverfahren",
        "Handwerkskammern",
        "Migranten",
        "Workshops",
        "Geldspenden",
        "Personen",
    ],
)
def test_plurals_in_en_stay_as_written(plural: str) -> None:
    assert nominative_plural(plural) == plural


@pytest.mark.parametrize(
    ("body", "subject", "what", "value"),
    [
        (
            "Das IQ Netzwerk Hessen ist mit neun Teilprojekten an 21 Standorten vertreten.",
            "IQ Netzwerk Hessen",
            "Standorte",
            21,
        ),
        (
            "An 12 verschiedenen Standorten berät das IQ Netzwerk Bremen zugewanderte Fachkräfte.",
            "IQ Netzwerk Bremen",
            "verschiedene Standorte",
            12,
        ),
        (
            "Das IQ Netzwerk Sachsen arbeitet mit über 40 Partnerbetrieben zusammen.",
            "IQ Netzwerk Sachsen",
            "Partnerbetriebe (über)",
            40,
        ),
        (
            "Das IQ Netzwerk Bayern ist eines von 16 Landesnetzwerken im Förderprogramm „Integration durch Qualifizierung (IQ)“.",
            "Integration durch Qualifizierung",
            "Landesnetzwerke",
            16,
        ),
    ],
)
def test_a_count_after_a_dative_preposition_is_stored_in_the_nominative(
    body: str, subject: str, what: str, value: int
) -> None:
    assert (subject, what, value) in counts_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Der Fachtag „Brücken bauen“ fand am 4. Mai 2031 in Erfurt mit rund 140 Teilnehmenden statt.",
        "Mit rund 140 Teilnehmenden fand der Fachtag „Brücken bauen“ am 4. Mai 2031 in Erfurt statt.",
        "Am 4. Mai 2031 fand in Erfurt der Fachtag „Brücken bauen“ statt, mit rund 140 Teilnehmenden.",
    ],
)
def test_an_audience_after_mit_is_stored_in_the_nominative(body: str) -> None:
    whats = {what for _, what, value in counts_of(body) if value == 140}
    assert whats == {"Teilnehmende (rund)"}


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Hessen berät an 21 Orten in 14 Handwerkskammern.",
        "Das IQ Netzwerk Hessen hat Kontakt zu 140 Unternehmen.",
        "Das IQ Netzwerk Hessen ist mit 30 Beratungsstellen vertreten.",
    ],
)
def test_plurals_in_en_stay_after_a_preposition(body: str) -> None:
    whats = {what for _, what, _ in counts_of(body)}
    assert whats & {"Handwerkskammern", "Unternehmen", "Beratungsstellen"}
    assert not whats & {"Handwerkskammer", "Unternehme", "Beratungsstelle"}
