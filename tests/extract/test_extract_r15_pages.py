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


@pytest.mark.parametrize(
    ("item", "name", "carrier"),
    [
        ("• Werkbank Zukunft – Handwerkskammer Weißenfels", "Werkbank Zukunft", "Handwerkskammer Weißenfels"),
        ("- Lotsenhaus Süd – Lernwerk Kassel gGmbH", "Lotsenhaus Süd", "Lernwerk Kassel gGmbH"),
        ("2. Sprachbrücke Ost – Volkshochschule Gera", "Sprachbrücke Ost", "Volkshochschule Gera"),
        ("• Interkulturelle Öffnung – Verein Lernort e. V.", "Interkulturelle Öffnung", "Lernort e. V."),
    ],
)
def test_a_listed_item_s_carrier_after_a_dash_is_no_part_of_its_name(
    item: str, name: str, carrier: str
) -> None:
    names, relations = _page(
        f"Die Teilprojekte im Überblick:\n{item}\n• Brücke Beruf – Universität Rostock\n"
    )
    assert name in names
    assert not any("–" in n for n in names)
    assert (name, "hostedBy", carrier) in relations
    assert ("Brücke Beruf", "hostedBy", "Universität Rostock") in relations


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("• Brücke Beruf – Pflege für Zugewanderte", "Brücke Beruf – Pflege für Zugewanderte"),
        ("- Jobstart Plus – Betriebe gewinnen", "Jobstart Plus – Betriebe gewinnen"),
    ],
)
def test_a_listed_item_s_subtitle_after_a_dash_stays_its_name(item: str, name: str) -> None:
    names, relations = _page(f"Die Teilprojekte im Überblick:\n{item}\n")
    assert name in names
    assert not any(p == "hostedBy" for _, p, _ in relations)


@pytest.mark.parametrize(
    "line",
    [
        "• Tür an Tür – Lernhaus gGmbH",
        "- Lernort Nord – Bildungswerk Ost e. V.",
    ],
)
def test_a_body_named_with_a_dash_in_a_partner_list_stays_one(line: str) -> None:
    facts = facts_of(f"Unsere Partner\n\n{line}\n")
    assert not any(type_ == "Subproject" for type_, _ in facts.entities)
    assert not any(p == "hostedBy" for _, p, _ in facts.relations)


def test_a_dash_in_running_text_links_no_carrier() -> None:
    facts = facts_of("Meldung\n\nDas Projekt Werkbank Zukunft – Lernwerk Kassel gGmbH berät Zugewanderte.\n")
    assert ("Werkbank Zukunft", "hostedBy", "Lernwerk Kassel gGmbH") not in facts.relations


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("• Frauen im Beruf – Verein Lernort e. V.", "Lernort e. V."),
        ("- Sprache verbindet – der Verein Brückenschlag e. V.", "Brückenschlag e. V."),
        ("• Offene Türen – Bildungsträger Lernweg gGmbH", "Lernweg gGmbH"),
    ],
)
def test_a_classifier_after_a_dash_opens_the_carrier_s_name(line: str, body: str) -> None:
    facts = facts_of(f"Unsere Partner\n\n{line}\n")
    bodies = {label for type_, label in facts.entities if type_ == "Organisation"}
    assert any(label.endswith(body) for label in bodies)
    assert not any("–" in label for label in bodies)


@pytest.mark.parametrize(
    ("lead_in", "items"),
    [
        (
            "Das IQ Netzwerk Sachsen besteht aus diesen Teilprojekten:",
            "1. Lotsenhaus Süd, Lernwerk Kassel gGmbH\n2. Sprachbrücke Ost, Volkshochschule Gera\n",
        ),
        (
            "Im IQ Netzwerk Sachsen arbeiten folgende Teilprojekte:",
            "- Sprachbrücke Ost, Volkshochschule Gera\n- Lotsenhaus Süd, Lernwerk Kassel gGmbH\n",
        ),
        (
            "Teilprojekte im IQ Netzwerk Sachsen:",
            "a) Lotsenhaus Süd, Lernwerk Kassel gGmbH\nb) Sprachbrücke Ost, Volkshochschule Gera\n",
        ),
    ],
)
def test_a_numbered_item_s_carrier_after_a_comma_hosts_it(lead_in: str, items: str) -> None:
    names, relations = _page(f"{lead_in}\n{items}")
    assert {"Lotsenhaus Süd", "Sprachbrücke Ost"} <= names
    assert ("Lotsenhaus Süd", "hostedBy", "Lernwerk Kassel gGmbH") in relations
    assert ("Sprachbrücke Ost", "hostedBy", "Volkshochschule Gera") in relations
    assert ("Sprachbrücke Ost", "partOf", "IQ Netzwerk Sachsen") in relations


def test_a_listed_item_s_town_after_a_comma_is_no_carrier() -> None:
    names, relations = _page(
        "Die Teilprojekte im Überblick:\n1. Lotsenhaus Süd, Kassel\n2. Brücke Ost, Gera\n"
    )
    assert "Lotsenhaus Süd" in names
    assert not any(p == "hostedBy" for _, p, _ in relations)


@pytest.mark.parametrize(
    "field",
    ["Koordination: Institut Brücke Mainz e. V.", "Koordinierung: Institut Brücke Mainz e. V."],
)
@pytest.mark.parametrize("network", ["IQ Netzwerk Rheinland-Pfalz", "IQ Netzwerk Hessen"])
def test_a_coordination_field_under_a_project_list_is_the_network_s(field: str, network: str) -> None:
    body = (
        f"Das {network} besteht aus diesen Teilprojekten:\n1. Lotsenhaus Süd, Lernwerk Kassel gGmbH\n"
        f"2. Sprachbrücke Ost, Volkshochschule Gera\n\n{field}\n"
    )
    _, relations = _page(body)
    # (resolved to the reference's label of the same network)
    assert any(s.startswith("IQ ") and o == "Institut Brücke Mainz e. V." for s, _, o in relations)
    assert ("Sprachbrücke Ost", "hostedBy", "Institut Brücke Mainz e. V.") not in relations


def test_a_carrier_field_under_a_project_s_heading_stays_the_project_s() -> None:
    body = "Im IQ Netzwerk Hessen arbeitet das Projekt Lotsenhaus Süd.\n\nLotsenhaus Süd\nTräger: Lernwerk Kassel gGmbH\n"
    _, relations = _page(body)
    assert ("Lotsenhaus Süd", "hostedBy", "Lernwerk Kassel gGmbH") in relations
    assert ("IQ Netzwerk Hessen", "hostedBy", "Lernwerk Kassel gGmbH") not in relations


@pytest.mark.parametrize(
    "items",
    [
        "- TP 1: Lotsenhaus Süd (Träger: Lernwerk Kassel gGmbH)\n- TP 2: Sprachbrücke Ost (Träger: Volkshochschule Gera)\n",
        "• Teilprojekt 1: Lotsenhaus Süd – Lernwerk Kassel gGmbH\n• Teilprojekt 2: Sprachbrücke Ost – Volkshochschule Gera\n",
        "1. Projekt Nr. 3 – Lotsenhaus Süd, Lernwerk Kassel gGmbH\n2. Projekt Nr. 4 – Sprachbrücke Ost, Volkshochschule Gera\n",
    ],
)
def test_an_item_s_number_is_no_part_of_its_name(items: str) -> None:
    names, relations = _page(f"Die Teilprojekte des IQ Netzwerks Sachsen:\n{items}")
    assert {"Lotsenhaus Süd", "Sprachbrücke Ost"} <= names
    assert not any(n[:1] in "TP" and any(c.isdigit() for c in n) for n in names)
    assert ("Lotsenhaus Süd", "hostedBy", "Lernwerk Kassel gGmbH") in relations
    assert ("Sprachbrücke Ost", "hostedBy", "Volkshochschule Gera") in relations


@pytest.mark.parametrize(
    ("lead_in", "items"),
    [
        (
            "Teilprojekte",
            "Lotsenhaus Süd (Lernwerk Kassel gGmbH)\nSprachbrücke Ost (Volkshochschule Gera)\n",
        ),
        (
            "Im IQ Netzwerk Sachsen arbeiten folgende Teilprojekte:",
            "Sprachbrücke Ost | Volkshochschule Gera\nLotsenhaus Süd | Lernwerk Kassel gGmbH\n",
        ),
        (
            "Unsere Projekte im Überblick",
            "Sprachbrücke Ost (Volkshochschule Gera)\nLotsenhaus Süd (Lernwerk Kassel gGmbH)\n",
        ),
    ],
)
def test_unmarked_lines_naming_their_carrier_are_a_list_s_items(lead_in: str, items: str) -> None:
    names, relations = _page(f"{lead_in}\n\n{items}")
    assert {"Lotsenhaus Süd", "Sprachbrücke Ost"} <= names
    assert ("Lotsenhaus Süd", "hostedBy", "Lernwerk Kassel gGmbH") in relations


@pytest.mark.parametrize(
    "lines",
    [
        "Unsere Angebote richten sich an Fachkräfte (Pflege und Technik).\nWir beraten in Kiel.\n",
        "Beratung und Begleitung | Montag bis Freitag\nKurse für Betriebe | nach Absprache\n",
        "Sprechzeiten (Dienstag und Donnerstag)\nTermine nach Vereinbarung\n",
    ],
)
def test_unmarked_lines_without_a_carrier_name_no_projects(lines: str) -> None:
    names, relations = _page(f"Die Teilprojekte im Überblick:\n{lines}")
    assert not names
    assert not any(p == "hostedBy" for _, p, _ in relations)


@pytest.mark.parametrize(
    ("lead_in", "carrier"),
    [
        ("Der Verein Lernwerk Nordstadt e. V. ist Träger folgender Projekte:", "Lernwerk Nordstadt e. V."),
        ("Die Akademie Havel gGmbH setzt derzeit folgende Teilprojekte um:", "Akademie Havel gGmbH"),
        ("Die Volkshochschule Gera ist Trägerin der folgenden Projekte:", "Volkshochschule Gera"),
        (
            "Seit 2023 führt die Handwerkskammer Weißenfels folgende Projekte durch:",
            "Handwerkskammer Weißenfels",
        ),
    ],
)
def test_a_carrier_s_lead_in_carries_every_listed_project(lead_in: str, carrier: str) -> None:
    names, relations = _page(f"{lead_in}\n\n- Lotsenhaus Süd\n- Sprachbrücke Ost\n- Werkbank Zukunft\n")
    assert {"Lotsenhaus Süd", "Sprachbrücke Ost", "Werkbank Zukunft"} <= names
    for name in ("Lotsenhaus Süd", "Sprachbrücke Ost", "Werkbank Zukunft"):
        assert (name, "hostedBy", carrier) in relations


@pytest.mark.parametrize(
    "lead_in",
    [
        "Der Verein Lernwerk Nordstadt e. V. fördert folgende Projekte:",
        "Die Akademie Havel gGmbH kooperiert mit folgenden Projekten:",
        "Folgende Projekte sind im Netzwerk vertreten:",
    ],
)
def test_a_lead_in_naming_no_carrying_names_no_carrier(lead_in: str) -> None:
    _, relations = _page(f"{lead_in}\n\n- Lotsenhaus Süd\n- Sprachbrücke Ost\n")
    assert not any(p == "hostedBy" for _, p, _ in relations)


def test_a_carrier_s_list_ends_at_the_blank_line() -> None:
    body = (
        "Die Akademie Havel gGmbH setzt folgende Projekte um:\n- Lotsenhaus Süd\n\n"
        "Weitere Angebote in der Stadt:\n- Sprachbrücke Ost\n"
    )
    _, relations = _page(body)
    assert ("Lotsenhaus Süd", "hostedBy", "Akademie Havel gGmbH") in relations
    assert ("Sprachbrücke Ost", "hostedBy", "Akademie Havel gGmbH") not in relations


@pytest.mark.parametrize(
    ("lead_in", "item", "name", "carrier"),
    [
        (
            "Weitere Angebote der Partner:",
            "• Sprachcafé Beruf – Volkshochschule Jena",
            "Sprachcafé Beruf",
            "Volkshochschule Jena",
        ),
        (
            "Unsere Beratungsangebote:",
            "- Lotsenhaus Süd (Lernwerk Kassel gGmbH)",
            "Lotsenhaus Süd",
            "Lernwerk Kassel gGmbH",
        ),
        (
            "Angebote in der Region:",
            "1. Werkbank Zukunft, Träger: Handwerkskammer Weißenfels",
            "Werkbank Zukunft",
            "Handwerkskammer Weißenfels",
        ),
    ],
)
def test_an_offer_list_s_item_naming_its_carrier_is_a_project(
    lead_in: str, item: str, name: str, carrier: str
) -> None:
    names, relations = _page(f"{lead_in}\n{item}\n")
    assert name in names
    assert (name, "hostedBy", carrier) in relations


@pytest.mark.parametrize(
    "items",
    [
        "• Beratung für Frauen\n• Kurse am Abend\n",
        "- Sprechstunde Anerkennung\n- Bewerbungstraining\n",
        "• Offene Beratung – dienstags und donnerstags\n",
    ],
)
def test_an_offer_list_s_items_without_a_carrier_name_no_projects(items: str) -> None:
    names, _ = _page(f"Unsere Angebote im Überblick:\n{items}")
    assert not names


@pytest.mark.parametrize(
    ("heading", "line"),
    [
        ("Netzwerkpartner", "Handwerkskammer Weißenfels | Lernwerk Kassel gGmbH | Volkshochschule Gera"),
        (
            "Unsere Netzwerkpartner",
            "Volkshochschule Gera | Handwerkskammer Weißenfels | Lernwerk Kassel gGmbH",
        ),
        (
            "Partner im IQ Netzwerk Sachsen",
            "Lernwerk Kassel gGmbH | Volkshochschule Gera | Handwerkskammer Weißenfels",
        ),
    ],
)
def test_a_partner_heading_over_bodies_parted_by_bars_names_members(heading: str, line: str) -> None:
    facts = facts_of(f"Über uns\n\n{heading}\n{line}\n\nDas IQ Netzwerk Sachsen berät Zugewanderte.\n")
    members = {s for s, p, o in facts.relations if p == "memberOf" and o.startswith("IQ ")}
    assert members == {"Handwerkskammer Weißenfels", "Lernwerk Kassel gGmbH", "Volkshochschule Gera"}


@pytest.mark.parametrize(
    "heading",
    ["Unsere Partner", "Partner", "Kooperationspartner"],
)
def test_a_partner_heading_without_a_network_names_no_members(heading: str) -> None:
    body = f"{heading}\nHandwerkskammer Weißenfels | Lernwerk Kassel gGmbH\n\nDas IQ Netzwerk Sachsen berät Zugewanderte.\n"
    facts = facts_of(f"Projekt Werkbank Zukunft\n\n{body}")
    assert not any(p == "memberOf" for _, p, _ in facts.relations)


def test_a_network_partner_heading_in_a_text_of_two_networks_names_no_members() -> None:
    body = (
        "Netzwerkpartner\nHandwerkskammer Weißenfels | Lernwerk Kassel gGmbH\n\n"
        "Das IQ Netzwerk Sachsen und das IQ Netzwerk Hessen tauschen sich aus.\n"
    )
    facts = facts_of(f"Über uns\n\n{body}")
    assert not any(p == "memberOf" for _, p, _ in facts.relations)


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        (
            "Teilprojekt\tTräger\tStandort",
            "Lotsenhaus Süd\tLernwerk Kassel gGmbH\tKassel\nSprachbrücke Ost\tVolkshochschule Gera\t",
        ),
        ("Projekt\tTräger", "Sprachbrücke Ost\tVolkshochschule Gera\nLotsenhaus Süd\tLernwerk Kassel gGmbH"),
        (
            "Projektname\tProjektträger\tZielgruppe",
            "Lotsenhaus Süd\tLernwerk Kassel gGmbH\tPflegekräfte\nSprachbrücke Ost\tVolkshochschule Gera\tÄrztinnen",
        ),
    ],
)
def test_a_tab_parts_a_table_s_cells_no_name_runs_across_it(header: str, rows: str) -> None:
    facts = facts_of(f"Meldung\n\nTeilprojekte im IQ Netzwerk Sachsen\n{header}\n{rows}\n")
    assert not any("\t" in label for _, label in facts.entities)
    assert ("Lotsenhaus Süd", "hostedBy", "Lernwerk Kassel gGmbH") in facts.relations
    assert ("Sprachbrücke Ost", "hostedBy", "Volkshochschule Gera") in facts.relations


def test_a_near_domain_tab_table_gives_no_iq_facts() -> None:
    facts = facts_of(
        "Vereinsleben\n\nGruppe\tLeitung\nLauftreff Nord\tTSV Kassel e. V.\nChor am Abend\tMusikschule Gera\n"
    )
    assert not any("\t" in label for _, label in facts.entities)
    assert not any(p in ("partOf", "hostedBy") for _, p, _ in facts.relations)


@pytest.mark.parametrize(
    "lead_in",
    [
        "Teilprojekte im IQ Netzwerk Sachsen",
        "Im IQ Netzwerk Sachsen arbeiten folgende Teilprojekte:",
        "Unsere Projekte im IQ Netzwerk Sachsen",
    ],
)
def test_a_name_line_over_its_carrier_s_line_is_a_listed_project(lead_in: str) -> None:
    body = f"{lead_in}\n\nWerkbank Zukunft\nHandwerkskammer Weißenfels\n\nSprachbrücke Ost\nLernwerk Kassel gGmbH\n"
    names, relations = _page(body)
    assert {"Werkbank Zukunft", "Sprachbrücke Ost"} <= names
    assert ("Werkbank Zukunft", "hostedBy", "Handwerkskammer Weißenfels") in relations
    assert ("Sprachbrücke Ost", "hostedBy", "Lernwerk Kassel gGmbH") in relations


@pytest.mark.parametrize(
    "block",
    [
        "Kontakt\nLernwerk Kassel gGmbH\n",
        "Petra Beispiel\nLernwerk Kassel gGmbH\n",
        "Sprechzeiten nach Vereinbarung\nTelefon und E-Mail\n",
    ],
)
def test_a_line_over_a_body_outside_a_project_list_names_no_project(block: str) -> None:
    names, relations = _page(f"Über uns\n\nDas IQ Netzwerk Sachsen berät Zugewanderte.\n\n{block}")
    assert not names
    assert not any(p == "hostedBy" for _, p, _ in relations)


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        (
            "Projektname\tProjektträger\tZielgruppe",
            "Lotsenhaus Süd\tLernwerk Kassel gGmbH\tPflegekräfte\nSprachbrücke Ost\tVolkshochschule Gera\tÄrztinnen",
        ),
        (
            "Projekt | Träger | Zielgruppe",
            "Lotsenhaus Süd | Lernwerk Kassel gGmbH | Pflegekräfte\nSprachbrücke Ost | Volkshochschule Gera | Ärztinnen",
        ),
        (
            "Teilprojekt\tTräger",
            "Lotsenhaus Süd\tLernwerk Kassel gGmbH\nSprachbrücke Ost\tVolkshochschule Gera",
        ),
    ],
)
def test_a_table_s_row_is_never_joined_to_the_next_as_a_wrapped_line(header: str, rows: str) -> None:
    # the title repeated over the table made the rows look like lines wrapped at a fixed width
    title = "Teilprojekte im IQ Netzwerk Sachsen"
    facts = facts_of(f"{title}\n\n{title}\n{header}\n{rows}\n")
    assert ("Lotsenhaus Süd", "hostedBy", "Lernwerk Kassel gGmbH") in facts.relations
    assert ("Sprachbrücke Ost", "hostedBy", "Volkshochschule Gera") in facts.relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Lernbrücke Gera e. V. ist Träger der Fachstelle Anerkennung im IQ Netzwerk Thüringen.",
        "Die Lernbrücke Gera e. V. ist Trägerin der Anlaufstelle für Frauen aus dem IQ Netzwerk Thüringen.",
        "Seit Mai ist die Lernbrücke Gera e. V. Träger einer Werkstatt Technik im IQ Netzwerk Thüringen.",
    ],
)
def test_a_network_placing_an_unread_unit_after_a_carrier_noun_is_not_carried(sentence: str) -> None:
    _, relations = _page(sentence + "\n")
    assert not any(p == "hostedBy" and s.startswith("IQ ") for s, p, _ in relations)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Die Lernbrücke Gera e. V. ist Träger des IQ Netzwerks Thüringen.", "IQ "),
        (
            "Die Lernbrücke Gera e. V. ist Träger der Servicestelle Nord im IQ Netzwerk Thüringen.",
            "Servicestelle Nord",
        ),
        ("Die Lernbrücke Gera e. V. ist seit 2023 Träger des Projekts „Brücke Ost“.", "Brücke Ost"),
    ],
)
def test_a_unit_right_after_a_carrier_noun_is_carried(sentence: str, unit: str) -> None:
    _, relations = _page(sentence + "\n")
    assert any(
        p == "hostedBy" and s.startswith(unit) and o == "Lernbrücke Gera e. V." for s, p, o in relations
    )


@pytest.mark.parametrize(
    ("profile", "name"),
    [
        (
            "Projektsteckbrief\nName: Werkbank Zukunft\nTräger: Handwerkskammer Weißenfels\n",
            "Werkbank Zukunft",
        ),
        ("Steckbrief\n\nTitel: Sprachbrücke Ost\nTräger: Handwerkskammer Weißenfels\n", "Sprachbrücke Ost"),
        (
            "Projektprofil\nLaufzeit: 2024 bis 2026\nBezeichnung: Lotsenhaus Süd\nTräger: Handwerkskammer Weißenfels\n",
            "Lotsenhaus Süd",
        ),
    ],
)
def test_a_name_field_in_a_project_profile_names_the_project(profile: str, name: str) -> None:
    names, relations = _page(profile)
    assert name in names
    assert (name, "hostedBy", "Handwerkskammer Weißenfels") in relations


@pytest.mark.parametrize(
    "block",
    [
        "Steckbrief\nName: Petra Beispiel\nFunktion: Beraterin\n",
        "Kontakt\nName: Lotsenhaus Süd\n",
        "Projektsteckbrief\nName: bitte ergänzen\n",
    ],
)
def test_a_name_field_outside_a_project_profile_names_no_project(block: str) -> None:
    names, _ = _page(block)
    assert not names
