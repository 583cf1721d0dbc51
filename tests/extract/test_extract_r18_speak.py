"""Organisers, round 18 (a construction inventory; invented sentences): the organiser named by a noun of organising
("Die Organisation lag bei Y", "Y war Mitveranstalterin", "Y zeichnete für die Organisation verantwortlich").
The round's other reading here (the person a singular speech verb takes as its object is no speaker) was taken
back: it changed nothing on any readable set and lost two true speakers on the unread half."""

from __future__ import annotations

import pytest

from conftest import facts_of

_OPENING = "Am 12. März 2031 fand in Gera der Fachtag „Wege in Arbeit“ statt. "


# ---------------------------------------------------------------- the organiser named by a noun of organising


def _organisers(text: str) -> set[str]:
    facts = facts_of("Fachtag in Gera\n\n" + _OPENING + text)
    return {o for _, p, o in facts.relations if p == "organisedBy"}


@pytest.mark.parametrize(
    ("text", "organiser"),
    [
        ("Die Organisation lag beim IQ Netzwerk Thüringen.", "IQ Netzwerk Thüringen"),
        ("Die Ausrichtung des Tages lag in den Händen der Handwerkskammer Erfurt.", "Handwerkskammer Erfurt"),
        ("Federführend war das IQ Netzwerk Thüringen.", "IQ Netzwerk Thüringen"),
        ("Das IQ Netzwerk Thüringen zeichnete für die Organisation verantwortlich.", "IQ Netzwerk Thüringen"),
        ("Die Handwerkskammer Erfurt war für die Ausrichtung zuständig.", "Handwerkskammer Erfurt"),
        ("Die Handwerkskammer Erfurt übernahm die Organisation.", "Handwerkskammer Erfurt"),
        ("Die Handwerkskammer Erfurt war Mitveranstalterin.", "Handwerkskammer Erfurt"),
        ("Mitausrichter war die Handwerkskammer Erfurt.", "Handwerkskammer Erfurt"),
    ],
)
def test_a_noun_of_organising_names_the_organiser(text: str, organiser: str) -> None:
    assert organiser in _organisers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Beratung der Gäste lag bei der Handwerkskammer Erfurt.",
        "Die Handwerkskammer Erfurt war mit einem Stand vertreten.",
        "Die Räume stellte die Handwerkskammer Erfurt zur Verfügung.",
        "Die Handwerkskammer Erfurt war für die Beratung der Gäste zuständig.",
    ],
)
def test_a_service_or_a_stand_names_no_organiser(text: str) -> None:
    assert "Handwerkskammer Erfurt" not in _organisers(text)
