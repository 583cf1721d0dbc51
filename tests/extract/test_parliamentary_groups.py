"""Parliamentary groups (Fraktionen) and committees as organisations, in sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import facts_of


@pytest.mark.parametrize(
    ("body", "group"),
    [
        ("Die SPD-Fraktion im Landtag fordert mehr Beratung.", "SPD-Fraktion"),
        ("Die Fraktion Bündnis 90/Die Grünen stellte eine Kleine Anfrage.", "Fraktion Bündnis 90/Die Grünen"),
        ("Dem widersprach die Landtagsfraktion der FDP.", "Landtagsfraktion der FDP"),
        ("Ein Antrag der CDU-Bürgerschaftsfraktion liegt vor.", "CDU-Bürgerschaftsfraktion"),
    ],
)
def test_a_party_s_group_is_an_organisation(body: str, group: str) -> None:
    assert ("Organisation", group) in facts_of("Titel\n\n" + body).entities


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Petra Beispiel, integrationspolitische Sprecherin der CDU-Landtagsfraktion, begrüßte den Bericht.",
            ("Petra Beispiel", "integrationspolitische Sprecherin", "CDU-Landtagsfraktion"),
        ),
        (
            "Karl Muster, Sprecher für Migration der Fraktion DIE LINKE, kritisierte die Wartezeiten.",
            ("Karl Muster", "Sprecher für Migration", "Fraktion DIE LINKE"),
        ),
        (
            "Anna Probe ist Vorsitzende der SPD-Fraktion.",
            ("Anna Probe", "Vorsitzende", "SPD-Fraktion"),
        ),
    ],
)
def test_a_speaker_of_a_group_holds_a_role_in_it(body: str, role: tuple[str, str, str]) -> None:
    assert role in facts_of("Titel\n\n" + body).roles


@pytest.mark.parametrize(
    "body",
    [
        "Die Fraktionen von SPD und CDU stimmten zu.",
        "Eine Fraktion stimmte dagegen.",
        "Die Partei SPD stellte ihr Programm vor.",
    ],
)
def test_several_groups_or_none_named_give_no_group(body: str) -> None:
    assert not any("raktion" in label for _, label in facts_of("Titel\n\n" + body).entities)


@pytest.mark.parametrize(
    ("body", "committee"),
    [
        (
            "Der Ausschuss für Arbeit, Integration und Soziales des Landtags beriet den Bericht.",
            "Ausschuss für Arbeit, Integration und Soziales",
        ),
        ("Dem Ausschuss für Europa und Migration lag der Bericht vor.", "Ausschuss für Europa und Migration"),
        ("Im Ausschuss für Soziales wurde der Bericht beraten.", "Ausschuss für Soziales"),
    ],
)
def test_a_parliament_s_committee_named_by_its_portfolio_is_an_organisation(
    body: str, committee: str
) -> None:
    assert ("Organisation", committee) in facts_of("Titel\n\n" + body).entities


def test_a_committee_named_by_no_portfolio_is_no_organisation() -> None:
    assert not any(
        t == "Organisation" for t, _ in facts_of("Titel\n\nEin Ausschuss prüft die Anträge.").entities
    )
