"""Web pages of projects and networks as plain text, on invented pages: a list's lead-in scoping every block under
it, headings over their carrier's label line, items naming their carrier after a dash."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _page(body: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    facts = facts_of("Teilprojekte\n\n" + body)
    return {label for type_, label in facts.entities if type_ == "Subproject"}, facts.relations


@pytest.mark.parametrize(
    ("lead_in", "network", "label"),
    [
        ("Im IQ Netzwerk Sachsen arbeiten folgende Teilprojekte:", "IQ Netzwerk Sachsen", "Träger"),
        ("Teilprojekte im IQ Netzwerk Bremen:", "IQ Netzwerk Bremen", "Projektträger"),
        ("Die Angebote des IQ Netzwerks Thüringen im Überblick:", "IQ Netzwerk Thüringen", "Trägerin"),
    ],
)
def test_a_lead_in_scopes_every_heading_over_its_carrier_line(lead_in: str, network: str, label: str) -> None:
    body = (
        f"{lead_in}\n\nLotsenhaus Nordstadt\n{label}: Lernwerk Nordstadt e. V.\n\n"
        f"Brückenkurs Pflege\n{label}: Akademie Gesundheit Süd gGmbH\n\n"
        f"Werkbank Zukunft\n{label}: Handwerkskammer Weißenfels\n\nImpressum | Datenschutz\n"
    )
    names, relations = _page(body)
    for name, carrier in [
        ("Lotsenhaus Nordstadt", "Lernwerk Nordstadt e. V."),
        ("Brückenkurs Pflege", "Akademie Gesundheit Süd gGmbH"),
        ("Werkbank Zukunft", "Handwerkskammer Weißenfels"),
    ]:
        assert (name, "partOf", network) in relations
        assert (name, "hostedBy", carrier) in relations


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("„Brücke Beruf“", "Brücke Beruf"),
        ("»Werkstatt Zukunft«", "Werkstatt Zukunft"),
        ('"Pflege verbindet"', "Pflege verbindet"),
    ],
)
def test_a_quoted_heading_over_a_carrier_line_names_a_project(heading: str, name: str) -> None:
    names, relations = _page(f"{heading}\nProjektträger: Bildungswerk Weser gGmbH\n")
    assert name in names
    assert (name, "hostedBy", "Bildungswerk Weser gGmbH") in relations


def test_a_heading_with_an_unclosed_quote_names_no_project() -> None:
    names, _ = _page("„Brücke Beruf\nProjektträger: Bildungswerk Weser gGmbH\n")
    assert not any(n.startswith("„") for n in names)


def test_a_near_domain_page_with_carrier_blocks_gives_no_iq_facts() -> None:
    body = (
        "Im Bündnis für Ausbildung Nordstadt arbeiten folgende Projekte:\n\nLotsenhaus Nordstadt\n"
        "Träger: Lernwerk Nordstadt e. V.\n\nBrückenkurs Pflege\nTräger: Akademie Gesundheit Süd gGmbH\n"
    )
    _, relations = _page(body)
    assert not any(p == "partOf" for _, p, _ in relations)
