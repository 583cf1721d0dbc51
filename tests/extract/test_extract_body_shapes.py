"""Bodies in shapes of other writers, and phrases that look like a person's name (invented sentences, several
variants each)."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _persons(body: str) -> set[str]:
    return {label for kind, label in facts_of("Titel\n\n" + body).entities if kind == "Person"}


# ---------------------------------------------------------------- a preposition or a numeral opens no name


@pytest.mark.parametrize(
    ("body", "persons"),
    [
        ("Vier Angebote stellten sich am Montag im Rathaus vor.", set()),
        ("Zu Gast war Staatssekretärin Hanna Probe vom Landesministerium.", {"Hanna Probe"}),
        ("Ab Herbst berät Petra Beispiel in der Sprechstunde.", {"Petra Beispiel"}),
        ("Ab Herbst sollen die Sprechstunden in allen Rathäusern stattfinden.", set()),
        ("Gegen Mittag sprach Jonas Muster über die Ergebnisse.", {"Jonas Muster"}),
        ("Nach Angaben der Kammer stellten Sechs Betriebe neue Fachkräfte ein.", set()),
    ],
)
def test_a_preposition_or_a_numeral_opening_a_sentence_is_no_given_name(body: str, persons: set[str]) -> None:
    assert _persons(body) == persons
