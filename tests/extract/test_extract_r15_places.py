"""Round 15 (lead): a district named by a compound of "Kreis" is a place. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of


@pytest.mark.parametrize(
    ("body", "district"),
    [
        ("Die Beratung im Main-Kinzig-Kreis ist gut besucht.", "Main-Kinzig-Kreis"),
        ("Aus dem Hochtaunuskreis kamen viele Fachleute.", "Hochtaunuskreis"),
        ("Zwei neue Lotsinnen arbeiten jetzt in dem Wetteraukreis.", "Wetteraukreis"),
    ],
)
def test_a_district_named_by_a_compound_of_kreis_is_a_place(body: str, district: str) -> None:
    assert ("Place", district) in facts_of("Meldung\n\n" + body).entities


def test_an_event_in_such_a_district_is_located_in_it() -> None:
    facts = facts_of(
        "Meldung\n\nIm Vogelsbergkreis fand am 3. Mai 2031 ein Fachtag statt.", dt.date(2031, 5, 4)
    )
    assert any(r[1] == "locatedIn" and r[2] == "Vogelsbergkreis" for r in facts.relations), facts.relations


@pytest.mark.parametrize(
    "body",
    ["Der Arbeitskreis Migration tagte im Freundeskreis.", "Im Teilnehmerkreis war die Stimmung gut."],
)
def test_a_circle_of_people_is_no_district(body: str) -> None:
    assert not [e for e in facts_of("Meldung\n\n" + body).entities if e[0] == "Place"]


@pytest.mark.parametrize(
    "body",
    [
        '"Wir freuen uns", sagte Ministerin Anna Beispiel zur Eröffnung des Fachtags am 3. Mai 2031 in Kassel.',
        '"Das Angebot wächst. Wir freuen uns", sagte Karl Muster beim Empfang am 3. Mai 2031 in Kassel.',
        '"Es geht voran. Gut so", sagte Ministerin Anna Beispiel beim Fachtag am 3. Mai 2031 in Kassel.',
    ],
)
def test_a_quotation_closed_before_the_event_s_place_leaves_it_the_place(body: str) -> None:
    facts = facts_of("Meldung\n\n" + body, dt.date(2031, 5, 4))
    assert any(r[1] == "locatedIn" and r[2] == "Kassel" for r in facts.relations), facts.relations


@pytest.mark.parametrize("quote", ['"Pflege in Sachsen"', "„Pflege in Sachsen“", "»Pflege in Sachsen«"])
def test_a_place_inside_a_quoted_title_in_any_marks_is_not_the_event_s(quote: str) -> None:
    facts = facts_of(
        f"Meldung\n\nDer Infoabend {quote} fand am 3. Mai 2031 in Kassel statt.", dt.date(2031, 5, 4)
    )
    located = {r[2] for r in facts.relations if r[1] == "locatedIn"}
    assert "Kassel" in located and "Sachsen" not in located, located
