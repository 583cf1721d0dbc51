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
