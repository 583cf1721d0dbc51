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


@pytest.mark.parametrize(
    "line",
    [
        "Interview: Lara Probe",
        "Das Gespräch führte Lara Probe.",
        "Das Interview führten Lara Probe und Jan Muster.",
        "Die Fragen stellte Jan Muster",
        "Redaktion: Lara Probe",
        "Von Lara Probe und Jan Muster",
        "Schlagwörter: Anerkennung, IQ, Musterland",
        "Tags: Praktikum, Beratung",
        "12 Kommentare",
        "Kommentare (3)",
        "Lesen Sie auch: IQ Netzwerk Musterland eröffnet Büro in Beispielstadt",
    ],
)
def test_bylines_tags_counters_and_teasers_are_blanked(line: str) -> None:
    assert blank_furniture(line).strip() == ""


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("BLOG | 12.02.2025 | von Lara Probe", "BLOG | 12.02.2025 | von"),
        ("Ratgeber | von Jan Muster | 3 Min. Lesezeit", "Ratgeber | von | 3 Min. Lesezeit"),
        # the cue alone on its line takes the short headlines after it, not the paragraph after a blank line
        (
            "Lesen Sie auch\nNeue Kita in der Nordstadt\n\nDie Stelle berät. Sie hilft.",
            "Die Stelle berät. Sie hilft.",
        ),
        ("Das könnte Sie auch interessieren:\n\nMehr Busse ab Mai\nDie Stelle berät.", "Die Stelle berät."),
    ],
)
def test_an_author_cell_and_teaser_headlines_are_blanked(text: str, kept: str) -> None:
    blanked = blank_furniture(text)
    assert len(blanked) == len(text)
    assert " ".join(blanked.split()) == kept


@pytest.mark.parametrize(
    "line",
    [
        "Mehr zum Thema Anerkennung erfahren Sie bei der Beratungsstelle.",  # the cue opening a sentence
        "Das Gespräch führte zu einer neuen Vereinbarung.",
        "12 Kommentare gingen zu dem Entwurf ein.",
        "Die Themen: Anerkennung und Beratung.",
    ],
)
def test_sentences_that_only_look_like_news_furniture_stay(line: str) -> None:
    assert blank_furniture(line) == line


def test_no_fact_from_an_interviewers_credit_tags_or_teasers() -> None:
    f = facts_of(
        "Titel\n\nSeit Mai leitet Ole Beispiel das IQ Netzwerk Musterland. Wir haben ihn befragt.\n\n"
        "Das Gespräch führte Lara Probe.\n\nSchlagwörter: Beratung, IQ\n\n5 Kommentare\n\n"
        "Lesen Sie auch: Verein Nordlicht e. V. eröffnet ein Büro"
    )
    names = {n for _, n in f.entities}
    assert "Ole Beispiel" in names
    assert not names & {"Lara Probe", "Nordlicht e. V.", "Verein Nordlicht e. V."}
    assert not f.counts


@pytest.mark.parametrize(
    "line",
    [
        "Bild: Die Gäste mit Ina Muster, Karl Probe und Koordinatorin Eva Sonne (v. l.)",
        "Foto: Eva Sonne, Karl Probe und Ina Muster (von links) bei der Übergabe",
        "Bild: v. l. n. r. Karl Probe, Ina Muster und Eva Sonne",
    ],
)
def test_a_caption_naming_persons_from_the_left_is_no_credit(line: str) -> None:
    assert blank_furniture(line) == line
