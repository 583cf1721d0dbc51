"""Round 18 (left): constructions earlier rounds found on other writers' texts and left, read as general constructions
of German or of page layout (invented sentences): a change of carrier told in one clause ("Ab Januar übernimmt der
Verein B die Koordination", "Die Trägerschaft des Projekts X wechselt von der A zum Verein B"), …, and the near
shapes that must give nothing."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _relations(text: str) -> set[tuple[str, str, str]]:
    return set(facts_of("Neues aus Gera\n\n" + text).relations)


def _hosts(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in _relations(text) if p == "hostedBy"}


# ---------------------------------------------------------------- a change of carrier in one clause


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # the noun bare: the unit spoken of last; the new body the subject of "übernehmen"
        ("Das IQ Netzwerk Sachsen stellt sich neu auf. Ab Januar übernimmt der Verein Brückenbau e. V. die Koordination.",
         {("IQ Netzwerk Sachsen", "Brückenbau e. V.")}),
        ("Das IQ Netzwerk Sachsen stellt sich neu auf. Die Stiftung Lernwerk hat zum 1. Januar die Koordination übernommen.",
         {("IQ Netzwerk Sachsen", "Stiftung Lernwerk")}),
        ("Das IQ Netzwerk Sachsen stellt sich neu auf. Zum 1. Januar geht die Koordination an den Verein Brückenbau e. V. über.",
         {("IQ Netzwerk Sachsen", "Brückenbau e. V.")}),
        # the carrying passing from one body to another: both carried it
        ("Die Trägerschaft des Projekts Brücke Nord wechselt von der Stiftung Lernwerk zum Verein Brückenbau e. V.",
         {("Brücke Nord", "Stiftung Lernwerk"), ("Brücke Nord", "Brückenbau e. V.")}),
        ("Die Trägerschaft für das Projekt Brücke Nord ging im Mai von der Stiftung Lernwerk auf den Verein Brückenbau e. V. über.",
         {("Brücke Nord", "Stiftung Lernwerk"), ("Brücke Nord", "Brückenbau e. V.")}),
        # the giver after "von", wherever it stands
        ("Der Verein Brückenbau e. V. übernimmt ab Januar von der Stiftung Lernwerk die Trägerschaft des Projekts Brücke Nord.",
         {("Brücke Nord", "Stiftung Lernwerk"), ("Brücke Nord", "Brückenbau e. V.")}),
        ("Von der Stiftung Lernwerk übernahm der Verein Brückenbau e. V. 2023 die Koordination des IQ Netzwerks Sachsen.",
         {("IQ Netzwerk Sachsen", "Stiftung Lernwerk"), ("IQ Netzwerk Sachsen", "Brückenbau e. V.")}),
        ("Der Verein Brückenbau e. V. übernahm 2023 die Koordination des IQ Netzwerks Sachsen von der Stiftung Lernwerk.",
         {("IQ Netzwerk Sachsen", "Stiftung Lernwerk"), ("IQ Netzwerk Sachsen", "Brückenbau e. V.")}),
        # the passive: "von" names the one taking it over
        ("Die Koordination des IQ Netzwerks Sachsen wird ab Mai vom Verein Brückenbau e. V. übernommen.",
         {("IQ Netzwerk Sachsen", "Brückenbau e. V.")}),
    ],
)  # fmt: skip
def test_a_change_of_carrier_names_the_new_one_and_keeps_the_old(
    text: str, facts: set[tuple[str, str]]
) -> None:
    assert facts <= _hosts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das IQ Netzwerk Sachsen lädt ein. Die Stiftung Lernwerk übernimmt die Kosten für die Koordination.",
        "Das IQ Netzwerk Sachsen lädt ein. Die Koordination von Terminen übernimmt die Stiftung Lernwerk.",
        "Das Projekt Brücke Nord berät. Die Koordination geht auf eine Idee der Stiftung Lernwerk zurück.",
        "Das IQ Netzwerk Sachsen lädt ein. Die Koordination wird vom Bundesministerium für Arbeit und Soziales gefördert.",
        "Das IQ Netzwerk Sachsen lädt ein. Petra Beispiel wechselt von der Stiftung Lernwerk zum Verein Brückenbau e. V.",
        "Das IQ Netzwerk Sachsen zieht Bilanz. Die Koordination übernimmt die Aufgabe der Stiftung Lernwerk.",
    ],
)  # fmt: skip
def test_no_change_of_carrier_without_the_unit_s_coordination_passing(text: str) -> None:
    assert not _hosts(text)


# ---------------------------------------------------------------- "dort" for the town named right before


def _seats(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in _relations(text) if p == "locatedIn"}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Die Beratung findet in Gotha statt. Dort hat die Stiftung Lernwerk ihren Sitz.",
         ("Stiftung Lernwerk", "Gotha")),
        ("Die Beratung findet in Gotha statt. Hier ist auch der Verein Brückenbau e. V. ansässig.",
         ("Brückenbau e. V.", "Gotha")),
        ("Die Fachtagung fand in Suhl statt. Dort befindet sich die Geschäftsstelle der Stiftung Lernwerk.",
         ("Stiftung Lernwerk", "Suhl")),
        ("Wir laden nach Erfurt ein. Dort hatte seit 2010 die Werkstatt Morgen gGmbH ihren Hauptsitz.",
         ("Werkstatt Morgen gGmbH", "Erfurt")),
    ],
)  # fmt: skip
def test_there_is_the_town_named_right_before(text: str, fact: tuple[str, str]) -> None:
    assert fact in _seats(text)


@pytest.mark.parametrize(
    "text",
    [
        # no verb of being seated
        "Die Fachtagung fand in Gotha statt. Dort sprach Petra Beispiel von der Stiftung Lernwerk.",
        # "ist" without a word of seating closing the clause
        "Die Fachtagung fand in Gotha statt. Dort ist die Stiftung Lernwerk mit einem Stand vertreten.",
        # the town two sentences back
        "Die Fachtagung fand in Gotha statt. Sie war gut besucht. Dort hat die Stiftung Lernwerk ihren Sitz.",
        # "hat" with no seat noun
        "Die Fachtagung fand in Gotha statt. Dort hat die Stiftung Lernwerk einen Vortrag gehalten.",
    ],
)  # fmt: skip
def test_there_places_no_body_without_a_seat(text: str) -> None:
    assert not any(s == "Stiftung Lernwerk" for s, _ in _seats(text))


# ---------------------------------------------------------------- a share of the costs the sentence before told


def _payers(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in _relations(text) if p == "fundedBy"}


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Das Projekt Brücke Nord kostet 2 Millionen Euro. Den größeren Teil tragen das Land Hessen und die Stadt Kassel.",
         {("Brücke Nord", "Land Hessen"), ("Brücke Nord", "Stadt Kassel")}),
        ("Das Projekt Brücke Nord kostet 2 Millionen Euro. Den Rest trägt die Stadt Kassel.",
         {("Brücke Nord", "Stadt Kassel")}),
        ("Für das Projekt Brücke Nord sind 400.000 Euro eingeplant. Die Stadt Kassel übernimmt die Hälfte.",
         {("Brücke Nord", "Stadt Kassel")}),
        ("Die Kosten des Projekts Brücke Nord liegen bei 90.000 Euro. Zwei Drittel zahlt das Land Hessen.",
         {("Brücke Nord", "Land Hessen")}),
    ],
)  # fmt: skip
def test_who_bears_a_share_of_the_sum_told_before_pays(text: str, facts: set[tuple[str, str]]) -> None:
    assert facts <= _payers(text)


@pytest.mark.parametrize(
    "text",
    [
        # no sum or costs in the sentence before
        "Das Projekt Brücke Nord bietet Kurse an. Den größeren Teil tragen die Stadt Kassel und das Land Hessen.",
        # a share of something named
        "Das Projekt Brücke Nord kostet 2 Millionen Euro. Den Rest des Tages verbrachte die Stadt Kassel im Rathaus.",
        # no body bears it
        "Das Projekt Brücke Nord kostet 2 Millionen Euro. Den größeren Teil tragen die Teilnehmenden selbst.",
    ],
)  # fmt: skip
def test_no_payer_of_a_share_without_a_sum_before(text: str) -> None:
    assert not _payers(text)


# ---------------------------------------------------------------- names: called out with "!", objects after a name


def _entities(text: str) -> set[tuple[str, str]]:
    return set(facts_of("Neues aus Gera\n\n" + text).entities)


@pytest.mark.parametrize(
    ("text", "name", "fact"),
    [
        ("Das Projekt Anerkennung jetzt! (Träger: Caritas Nordhessen) gehört zum IQ Netzwerk Hessen.",
         "Anerkennung jetzt!", ("Anerkennung jetzt!", "hostedBy", "Caritas Nordhessen")),
        ("Das Teilprojekt Chancen nutzen! (Träger: Stiftung Lernwerk) ist Teil des IQ Netzwerks Sachsen.",
         "Chancen nutzen!", ("Chancen nutzen!", "hostedBy", "Stiftung Lernwerk")),
        ("Im Projekt Los geht's! beraten drei Fachleute. Es gehört zum IQ Netzwerk Sachsen.",
         "Los geht's!", ("Los geht's!", "partOf", "IQ Netzwerk Sachsen")),
    ],
)  # fmt: skip
def test_a_name_called_out_after_a_project_head(text: str, name: str, fact: tuple[str, str, str]) -> None:
    assert ("Subproject", name) in _entities(text)
    assert fact in _relations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Besuchen Sie das Projekt Brücke Nord! Es lohnt sich.",  # a new sentence after the mark
        "Wir starten das Projekt jetzt! (Foto: privat)",  # no name after the head
    ],
)
def test_no_called_out_name_where_the_mark_ends_a_sentence(text: str) -> None:
    assert not any(name.endswith("!") for _, name in _entities(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Stiftung Lernwerk will mit dem Projekt Brücke Nord Unternehmen beraten.", "Brücke Nord"),
        ("Die Stiftung Lernwerk will im Projekt Brücke Nord Betriebe in Kiel unterstützen.", "Brücke Nord"),
        ("Über das Projekt Werkbank Süd Fachkräfte zu gewinnen, ist das Ziel.", "Werkbank Süd"),
        # a link before the noun: it belongs to the name
        ("Das Projekt Chancen für Unternehmen gehört zum IQ Netzwerk Sachsen.", "Chancen für Unternehmen"),
    ],
)  # fmt: skip
def test_the_firms_or_people_a_project_serves_are_no_part_of_its_name(text: str, name: str) -> None:
    names = {n for t, n in _entities(text) if t == "Subproject"}
    assert names == {name}
