"""Round 15 (lead): where an organisation's name ends when a compass word follows its complement, and when its
short form stands between the name and its legal form. Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from iqgraph.extract import extract
from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.models import Release
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def mentions(text: str) -> dict[str, str | None]:
    """Each organisation-like mention's label with its short form."""
    return {
        m.label: m.abbreviation for m in find_mentions(text, GAZETTEER) if m.type not in ("Person", "Place")
    }


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das Institut für Berufsbildung Nord in Kiel ist Träger des Kurses.",
            "Institut für Berufsbildung Nord",
        ),
        ("Träger ist die Akademie für Pflegeberufe West.", "Akademie für Pflegeberufe West"),
        (
            "Mit dem Zentrum für Migration Südost arbeitet das Netzwerk zusammen.",
            "Zentrum für Migration Südost",
        ),
        (
            "Beim Institut für Weiterbildung Ost (IWO) lernen zwanzig Frauen.",
            "Institut für Weiterbildung Ost",
        ),
    ],
)
def test_a_compass_word_after_the_complement_is_the_name_s(text: str, label: str) -> None:
    assert label in mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Institut für Berufsbildung zieht nach Nordhausen um.",
        "Der Verband für Handwerk und Ost-West-Handel tagt in Gera.",
    ],
)
def test_no_compass_word_no_longer_name(text: str) -> None:
    found = mentions(text)
    assert not any(label.endswith((" Nord", " Ost", "Ost-")) for label in found), found


@pytest.mark.parametrize(
    ("text", "label", "short"),
    [
        (
            "Das Bildungszentrum Süd (BZS) gGmbH berät Zugewanderte in Ulm.",
            "Bildungszentrum Süd gGmbH",
            "BZS",
        ),
        ("Die Lernhaus (LH) gGmbH bietet Kurse an.", "Lernhaus gGmbH", "LH"),
        ("Gefördert wird der Kurs der Stiftung Brückenweg (SBW) gGmbH.", "Stiftung Brückenweg gGmbH", "SBW"),
        ("Partner ist der Verein Lernhaus Nord (VLN) e. V. aus Kiel.", "Lernhaus Nord e. V.", "VLN"),
        (
            "Im Beirat sitzt das Landesnetzwerk Migrantenvereine Musterland (LMM) e. V.",
            "Landesnetzwerk Migrantenvereine Musterland e. V.",
            "LMM",
        ),
    ],
)
def test_a_short_form_between_name_and_legal_form(text: str, label: str, short: str) -> None:
    found = mentions(text)
    assert found.get(label) == short, found


def test_a_river_in_brackets_is_no_short_form() -> None:
    found = mentions("Die Volkshochschule Halle (Saale) gGmbH bietet Kurse an.")
    assert "Volkshochschule Halle (Saale) gGmbH" in found
    assert found["Volkshochschule Halle (Saale) gGmbH"] != "Saale"


# ---------------------------------------------------------------- a party written in full has no short form


def _party_entities(body: str) -> dict[str, str | None]:
    text = "Meldung\n\n" + body + "\n"
    release = Release(Path("test.txt"), "test", text, "sha256:0", "txt", title="Meldung")
    return {
        e.label: e.abbreviation
        for e in extract(release, load_reference()).entities
        if e.type == "Organisation"
    }


@pytest.mark.parametrize(
    ("body", "short"),
    [
        ("Die Abgeordnete Petra Beispiel (Bündnis 90/Die Grünen) fragte nach der Beratung.", None),
        ("Kleine Anfrage des Abgeordneten Karl Muster (GRÜNE) vom 3. Mai 2024.", "GRÜNE"),
        ("Jonas Lang (Grüne) lobte das Projekt.", "Grüne"),
    ],
)
def test_a_party_s_short_form_only_where_the_text_writes_one(body: str, short: str | None) -> None:
    assert _party_entities(body).get("Bündnis 90/Die Grünen", "missing") == short
