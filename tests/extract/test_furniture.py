"""Page furniture is blanked before extraction (same length, so offsets hold) and never becomes a fact."""

from __future__ import annotations

import pytest

from conftest import facts_of
from iqgraph.extract.text.text import blank_furniture


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("© Foto: Musterhilfe e. V./Petra Beispiel", ""),
        ("Foto: Karl Muster / Beispielverein", ""),
        ("Bild: Greta Probe", ""),
        ("Von Tom Beispiel", ""),
        ("Text: Tom Beispiel", ""),
        ("Diese Seite nutzt Cookies der Muster Medien GmbH. Akzeptieren", ""),
        ("Verkehrsmeldung: Die A1 ist gesperrt.", ""),
        ("(lifePR) Heute beginnt es.", "Heute beginnt es."),
        ("(Musterstadt, 20.04.2018) Heute beginnt es.", "(Musterstadt, ) Heute beginnt es."),
    ],
)
def test_furniture_is_blanked_and_offsets_hold(line: str, kept: str) -> None:
    blanked = blank_furniture(line)
    assert len(blanked) == len(line)
    assert " ".join(blanked.split()) == " ".join(kept.split())


@pytest.mark.parametrize(
    "line",
    [
        "Von Montag an berät die Stelle täglich.",  # "Von" opening a sentence, not a byline
        "Das Foto zeigt Petra Beispiel mit Gästen.",
        "Die Quelle der Zahlen ist der Bericht.",
    ],
)
def test_sentences_that_only_look_like_furniture_stay(line: str) -> None:
    assert blank_furniture(line) == line


def test_no_fact_from_credits_bylines_or_banners() -> None:
    f = facts_of(
        "Titel\n\n(ots) Am 3. Mai beriet das IQ Netzwerk Hessen.\n\nVon Tom Beispiel\n\n"
        "© Foto: Muster e. V./Ina Bildner\n\nWir nutzen Cookies der Nord Medien GmbH."
    )
    names = {n for _, n in f.entities}
    assert not names & {"Tom Beispiel", "Ina Bildner", "Nord Medien GmbH", "Muster e. V."}
