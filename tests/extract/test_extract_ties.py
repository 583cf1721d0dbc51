"""Ties between organisations (carrier, funder, network, alliance) on invented releases in several variants."""

from __future__ import annotations

import pytest

from conftest import facts_of


@pytest.mark.parametrize(
    "text",
    [
        "Titel\n\nDas IQ Netzwerk Hessen berät seit Jahren. In Kassel öffnet die Beratungsstelle „Wegweiser Nord“.",
        "Titel\n\nIn Kassel öffnet die Beratungsstelle „Wegweiser Nord“. Dahinter steht das IQ Netzwerk Hessen.",
        "Titel\n\nAm Montag stellte das IQ Netzwerk Hessen seine Arbeit vor.\n\nFragen beantwortet die "
        "Beratungsstelle „Wegweiser Nord“ in Kassel.",
    ],
)
def test_a_subproject_of_a_release_about_one_network_is_part_of_it(text: str) -> None:
    f = facts_of(text)
    assert ("Beratungsstelle „Wegweiser Nord“", "partOf", "IQ Landesnetzwerk Hessen") in f.relations


@pytest.mark.parametrize(
    "text",
    [
        "Titel\n\nDas IQ Netzwerk Hessen und das IQ Netzwerk Thüringen tagen. In Kassel öffnet die "
        "Beratungsstelle „Wegweiser Nord“.",
        "Titel\n\nIn Kassel öffnet die Beratungsstelle „Wegweiser Nord“. Gäste kamen vom IQ Netzwerk Hessen "
        "und vom IQ Netzwerk Bayern.",
        "Titel\n\nIn Kassel öffnet die Beratungsstelle „Wegweiser Nord“ der Stadt Kassel.",
    ],
)
def test_a_subproject_beside_two_networks_or_none_is_placed_in_neither(text: str) -> None:
    f = facts_of(text)
    assert not any(s == "Beratungsstelle „Wegweiser Nord“" and p == "partOf" for s, p, _ in f.relations)
