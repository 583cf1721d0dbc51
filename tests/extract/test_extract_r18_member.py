"""Memberships, round 18 (an inventory of constructions, invented sentences): a denied membership is none ("ist kein
Partner im", "nicht Mitglied", "gehört … nicht mehr an"), belonging in a main clause with the particle last ("gehört
seit Jahren dem Verein Y an") and the time after the body in the relative clause, a pronoun for the alliance ("Ihm
gehören A und B an"), founders in the passive ("wurde 2014 von A und B gegründet", "Ins Leben gerufen wurde X von
…"), persons of a fronted body ("Von der Y waren A und B angereist", "Aus der Y berichtete A", "Für Y e.V. sprach
A"), and the near shapes that give no membership."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _members(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Kassel\n\n" + text).relations if p == "memberOf"}


# ---------------------------------------------------------------- a denied membership


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Die Handwerkskammer Kassel ist kein Partner im IQ Netzwerk Hessen.",
         ("Handwerkskammer Kassel", "IQ Landesnetzwerk Hessen")),
        ("Die Stiftung Lernwerk ist keine Partnerin des IQ Netzwerks Hessen, sie berät nur.",
         ("Stiftung Lernwerk", "IQ Landesnetzwerk Hessen")),
        ("Der Caritasverband Gera e.V. gehört dem IQ Netzwerk Hessen nicht mehr an.",
         ("Caritasverband Gera e.V.", "IQ Landesnetzwerk Hessen")),
        ("Karl Muster ist nicht Mitglied im Caritasverband Gera e.V.", ("Karl Muster", "Caritasverband Gera e.V.")),
    ],
)  # fmt: skip
def test_a_denied_membership_is_none(text: str, fact: tuple[str, str]) -> None:
    assert fact not in _members(text)


def test_a_membership_beside_a_negation_in_another_clause_stands() -> None:
    text = "Die Handwerkskammer Kassel ist seit 2015 Partner im IQ Netzwerk Hessen und bietet nicht nur Kurse an."
    assert ("Handwerkskammer Kassel", "IQ Landesnetzwerk Hessen") in _members(text)


# ---------------------------------------------------------------- belonging, the particle last


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Petra Beispiel gehört seit Jahren dem Caritasverband Gera e.V. an.",
         {("Petra Beispiel", "Caritasverband Gera e.V.")}),
        ("Anna Probe und Karl Muster gehörten dem Caritasverband Gera e.V. lange an.",
         {("Anna Probe", "Caritasverband Gera e.V."), ("Karl Muster", "Caritasverband Gera e.V.")}),
        ("Karl Muster, der dem Caritasverband Gera e.V. seit 2010 angehört, sprach zum Abschluss.",
         {("Karl Muster", "Caritasverband Gera e.V.")}),
        ("Das IQ Netzwerk Hessen wurde 2011 gegründet. Ihm gehören heute die Handwerkskammer Kassel und der "
         "Caritasverband Gera e.V. an.",
         {("Handwerkskammer Kassel", "IQ Landesnetzwerk Hessen"),
          ("Caritasverband Gera e.V.", "IQ Landesnetzwerk Hessen")}),
    ],
)  # fmt: skip
def test_belonging_with_the_particle_last_makes_a_member(text: str, facts: set[tuple[str, str]]) -> None:
    assert facts <= _members(text)


def test_belonging_denied_with_the_particle_last_makes_none() -> None:
    assert not _members("Karl Muster gehört dem Caritasverband Gera e.V. nicht an.")


# ---------------------------------------------------------------- founders in the passive


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Ins Leben gerufen wurde das Projekt „Brückenbau“ 2014 von Petra Beispiel und Karl Muster.",
         {("Petra Beispiel", "Brückenbau"), ("Karl Muster", "Brückenbau")}),
        ("Das Projekt „Brückenbau“ wurde 2014 von Petra Beispiel, Anna Probe und Karl Muster gegründet.",
         {("Petra Beispiel", "Brückenbau"), ("Anna Probe", "Brückenbau"), ("Karl Muster", "Brückenbau")}),
        ("Gegründet wurde der Caritasverband Gera e.V. von Karl Muster.", {("Karl Muster", "Caritasverband Gera e.V.")}),
        ("Der Caritasverband Gera e.V. ist 1990 von Karl Muster und Petra Beispiel aufgebaut worden.",
         {("Karl Muster", "Caritasverband Gera e.V."), ("Petra Beispiel", "Caritasverband Gera e.V.")}),
    ],
)  # fmt: skip
def test_founders_in_the_passive_are_members(text: str, facts: set[tuple[str, str]]) -> None:
    assert facts <= _members(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt „Brückenbau“ wurde 2014 von Petra Beispiel ausgezeichnet.",
        "Ausgezeichnet wurde das Projekt „Brückenbau“ 2014 von Petra Beispiel.",
    ],
)
def test_an_agent_of_another_passive_is_no_founder(text: str) -> None:
    assert ("Petra Beispiel", "Brückenbau") not in _members(text)


# ---------------------------------------------------------------- persons of a fronted body


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Von der Handwerkskammer Kassel waren Petra Beispiel und Karl Muster gekommen.",
         {("Petra Beispiel", "Handwerkskammer Kassel"), ("Karl Muster", "Handwerkskammer Kassel")}),
        ("Aus dem Caritasverband Gera e.V. war auch Karl Muster angereist.",
         {("Karl Muster", "Caritasverband Gera e.V.")}),
        ("Aus der Handwerkskammer Kassel berichtete Petra Beispiel von ersten Erfolgen.",
         {("Petra Beispiel", "Handwerkskammer Kassel")}),
        ("Für Lernwerk e.V. sprach Petra Beispiel.", {("Petra Beispiel", "Lernwerk e.V.")}),
        ("Für Caritasverband Gera e.V. nahmen am Fachtag Petra Beispiel und Karl Muster teil.",
         {("Petra Beispiel", "Caritasverband Gera e.V."), ("Karl Muster", "Caritasverband Gera e.V.")}),
    ],
)  # fmt: skip
def test_persons_after_a_fronted_body_are_its_members(text: str, facts: set[tuple[str, str]]) -> None:
    assert facts <= _members(text)


@pytest.mark.parametrize(
    "text",
    [
        "Von der Handwerkskammer Kassel wurde Petra Beispiel ausgezeichnet.",
        "Von der Handwerkskammer Kassel war Petra Beispiel begeistert.",
        "Für Lernwerk e.V. warb Petra Beispiel.",
    ],
)
def test_a_fronted_body_of_another_verb_gives_no_member(text: str) -> None:
    assert not _members(text)
