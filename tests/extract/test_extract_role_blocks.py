"""Roles and memberships read beyond one sentence's apposition (issue 11, tenth round): a signature or contact
block (the name alone on its line, the title on the next). Invented sentences, three or more variants each."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _facts(body: str):  # type: ignore[no-untyped-def]
    return facts_of("Titel\n\n" + body)


# ---------------------------------------------------------------- a signature or contact block


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Der Verein Lernwerk e. V. berät in Kassel.\n\nKontakt:\nJana Probe\nKoordinatorin, Verein Lernwerk e. V.\n",
            ("Jana Probe", "Koordinatorin", "Lernwerk e. V."),
        ),
        (
            "Das IQ Netzwerk Hessen berät Zugewanderte.\n\nDr. Karl Muster\nLeiter des IQ Netzwerks Hessen\nTelefon 0561 1\n",
            ("Karl Muster", "Leiter", "IQ Landesnetzwerk Hessen"),
        ),
        (
            "Die Stiftung Lichtblick lädt ein.\n\nIhre Ansprechpartnerin:\nGreta Sommer\nReferentin\nStiftung Lichtblick\n",
            ("Greta Sommer", "Referentin", "Stiftung Lichtblick"),
        ),
        (
            "Die Brückenbau gGmbH berät Betriebe.\n\nMit freundlichen Grüßen\nOle Beispiel\nProjektleiter bei der Brückenbau gGmbH\n",
            ("Ole Beispiel", "Projektleiter", "Brückenbau gGmbH"),
        ),
    ],
)
def test_a_title_on_the_line_under_a_name_alone_is_hers(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


def test_a_signed_head_of_a_network_leads_it() -> None:
    facts = _facts(
        "Das IQ Netzwerk Bremen berät.\n\nAnsprechpartnerin:\nMaria Probe\nKoordinatorin, IQ Netzwerk Bremen\n"
    )
    assert ("IQ Netzwerk Bremen", "ledBy", "Maria Probe") in facts.relations


@pytest.mark.parametrize(
    ("body", "person", "title"),
    [
        # the line above holds more than a name
        (
            "Es sprach Jana Probe vom Verein Lernwerk e. V.\nKoordinatorin des Vereins ist Ida Winter.\n",
            "Jana Probe",
            "Koordinatorin",
        ),
        # a man's name above a feminine title
        ("Kontakt:\nKarl Muster\nKoordinatorin, Verein Lernwerk e. V.\n", "Karl Muster", "Koordinatorin"),
        # a blank line between the name and the title: no block
        ("Jana Probe\n\nReferentin beim Verein Lernwerk e. V. gesucht\n", "Jana Probe", "Referentin"),
    ],
)
def test_no_signature_where_the_name_is_not_alone_right_above(body: str, person: str, title: str) -> None:
    assert not any(r[:2] == (person, title) for r in _facts(body).roles)
