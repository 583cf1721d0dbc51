"""Memberships and carriers, round 18, second inventory (invented sentences): a network's members listed with no verb
of belonging ("Das Netzwerk Y umfasst A und B", "im Verbund mit A", "– dazu gehören A und B –", "Die
Netzwerkpartner A und B", "Die Partnerorganisationen des Y, A und B,"), taking part and being taken in ("ist am
Netzwerk Y beteiligt", "wurde in das Netzwerk Y aufgenommen"), persons of a body (colleagues in apposition, joining
its team, the fronted "Vertreten wurde die Y von A", "Für den Y kam A zu Wort", the future "wird beim Y arbeiten"),
carriers taking a unit on ("übernahm die Y das Projekt X", "hat die Y als Träger", "Zu den Angeboten der Y gehört
X"), and the near shapes that give none: a source cited with "zufolge", a network offering a project (a whole, no
carrier), a partner fronted after "mit" taken for a carrier."""

from __future__ import annotations

import pytest

from conftest import facts_of

_NET = "IQ Landesnetzwerk Hessen"
_HWK = "Handwerkskammer Kassel"
_CARITAS = "Caritasverband Gera e.V."
_STIFTUNG = "Stiftung Lernwerk"


def _relations(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Kassel\n\n" + text).relations if p == predicate}


def _members(text: str) -> set[tuple[str, str]]:
    return _relations(text, "memberOf")


def _hosts(text: str) -> set[tuple[str, str]]:
    return _relations(text, "hostedBy")


# ---------------------------------------------------------------- a network's members with no verb of belonging


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("Das IQ Netzwerk Hessen umfasst die Handwerkskammer Kassel, den Caritasverband Gera e.V. und die Stiftung "
         "Lernwerk.", {_HWK, _CARITAS, _STIFTUNG}),
        ("Das IQ Netzwerk Hessen umfasste 2015 bereits die Handwerkskammer Kassel und den Caritasverband Gera e.V.",
         {_HWK, _CARITAS}),
        ("Das IQ Netzwerk Hessen – dazu gehören die Handwerkskammer Kassel und der Caritasverband Gera e.V. – lädt "
         "zum Fachtag ein.", {_HWK, _CARITAS}),
        ("Das IQ Netzwerk Hessen (dazu zählen unter anderem die Stiftung Lernwerk und die Handwerkskammer Kassel) "
         "berät Zugewanderte.", {_HWK, _STIFTUNG}),
        ("Im Verbund mit der Handwerkskammer Kassel und dem Caritasverband Gera e.V. berät das IQ Netzwerk Hessen "
         "Zugewanderte.", {_HWK, _CARITAS}),
        ("Das IQ Netzwerk Hessen berät im Verbund mit der Handwerkskammer Kassel Zugewanderte.", {_HWK}),
        ("Das IQ Netzwerk Hessen lädt ein. Die Netzwerkpartner Handwerkskammer Kassel und Stiftung Lernwerk stellen "
         "ihre Angebote vor.", {_HWK, _STIFTUNG}),
        ("Das IQ Netzwerk Hessen lädt ein. Die Netzwerkpartner, die Handwerkskammer Kassel und die Stiftung "
         "Lernwerk, stellen ihre Angebote vor.", {_HWK, _STIFTUNG}),
        ("Die Partnerorganisationen des IQ Netzwerks Hessen, die Handwerkskammer Kassel und der Caritasverband Gera "
         "e.V., stellen sich vor.", {_HWK, _CARITAS}),
    ],
)  # fmt: skip
def test_a_network_s_members_named_beside_it(text: str, members: set[str]) -> None:
    assert {(m, _NET) for m in members} <= _members(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Lernwerk umfasst die Handwerkskammer Kassel.",  # no alliance
        "Das Projekt „Brückenbau“ berät im Verbund mit der Handwerkskammer Kassel Zugewanderte.",  # a project's partner
        "Das IQ Netzwerk Hessen lädt ein. Die Bündnispartner Handwerkskammer Kassel und Stiftung Lernwerk kommen.",
        "Die Partner des IQ Netzwerks Hessen, die sich am Montag trafen, berieten mit der Handwerkskammer Kassel.",
    ],
)
def test_near_shapes_name_no_network_members(text: str) -> None:
    assert not {m for m in _members(text) if m[1] == _NET}


# ---------------------------------------------------------------- taking part, being taken in


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("Die Handwerkskammer Kassel ist am IQ Netzwerk Hessen beteiligt.", {_HWK}),
        ("Die Handwerkskammer Kassel und der Caritasverband Gera e.V. waren seit 2015 am IQ Netzwerk Hessen "
         "beteiligt.", {_HWK, _CARITAS}),
        ("Der Caritasverband Gera e.V. wurde 2019 in das IQ Netzwerk Hessen aufgenommen.", {_CARITAS}),
        ("Die Handwerkskammer Kassel und die Stiftung Lernwerk sind im Mai in das IQ Netzwerk Hessen aufgenommen "
         "worden.", {_HWK, _STIFTUNG}),
    ],
)  # fmt: skip
def test_taking_part_in_or_taken_into_a_network(text: str, members: set[str]) -> None:
    assert {(m, _NET) for m in members} <= _members(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Handwerkskammer Kassel ist an der Stiftung Lernwerk beteiligt.",  # a share held, no alliance
        "Die Handwerkskammer Kassel ist am IQ Netzwerk Hessen nicht beteiligt.",
        "Die Handwerkskammer Kassel wurde in das IQ Netzwerk Hessen nicht aufgenommen.",
    ],
)
def test_no_taking_part(text: str) -> None:
    assert not _members(text)


def test_taken_into_an_alliance_named_verbund() -> None:
    text = "Die Handwerkskammer Kassel wird im Herbst in den Verbund Arbeit Hessen aufgenommen."
    assert (_HWK, "Verbund Arbeit Hessen") in _members(text)


# ---------------------------------------------------------------- persons of a body


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Die Kolleginnen der Handwerkskammer Kassel, Petra Beispiel und Anna Probe, berichteten.",
         {("Petra Beispiel", _HWK), ("Anna Probe", _HWK)}),
        ("Zuerst sprachen die Kollegen vom Caritasverband Gera e.V.: Karl Muster und Ole Beispiel.",
         {("Karl Muster", _CARITAS), ("Ole Beispiel", _CARITAS)}),
        ("Seit Mai verstärkt Petra Beispiel das Team der Handwerkskammer Kassel.", {("Petra Beispiel", _HWK)}),
        ("Petra Beispiel und Anna Probe verstärken seit Januar das Team des Caritasverbands Gera e.V.",
         {("Petra Beispiel", _CARITAS), ("Anna Probe", _CARITAS)}),
        ("Karl Muster ergänzte 2020 das Beratungsteam der Handwerkskammer Kassel.", {("Karl Muster", _HWK)}),
        ("Neu im Team der Handwerkskammer Kassel ist seit Mai Petra Beispiel.", {("Petra Beispiel", _HWK)}),
        ("Vertreten wurde die Handwerkskammer Kassel von Karl Muster.", {("Karl Muster", _HWK)}),
        ("Vertreten war die Handwerkskammer Kassel durch Dr. Petra Beispiel und Anna Probe.",
         {("Petra Beispiel", _HWK), ("Anna Probe", _HWK)}),
        ("Für den Caritasverband Gera e.V. kam Karl Muster zu Wort.", {("Karl Muster", _CARITAS)}),
        ("Für die Handwerkskammer Kassel kamen Petra Beispiel und Anna Probe ausführlich zu Wort.",
         {("Petra Beispiel", _HWK), ("Anna Probe", _HWK)}),
        ("Petra Beispiel wird ab Juni beim Caritasverband Gera e.V. arbeiten.", {("Petra Beispiel", _CARITAS)}),
        ("Anna Probe und Karl Muster werden künftig für die Handwerkskammer Kassel tätig sein.",
         {("Anna Probe", _HWK), ("Karl Muster", _HWK)}),
        ("Karl Muster wird ab 2025 bei der Handwerkskammer Kassel als Berater arbeiten.", {("Karl Muster", _HWK)}),
        ("Karl Muster gehört der Handwerkskammer Kassel an und berät Betriebe.", {("Karl Muster", _HWK)}),
    ],
)  # fmt: skip
def test_persons_of_a_body(text: str, facts: set[tuple[str, str]]) -> None:
    assert facts <= _members(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Kolleginnen der Handwerkskammer Kassel begrüßten Petra Beispiel.",  # the object, not colleagues
        "Die Handwerkskammer Kassel verstärkt das Team des Caritasverbands Gera e.V. mit Petra Beispiel.",
        "Vertreten wurde die Klage der Handwerkskammer Kassel von Karl Muster.",  # a lawsuit, not the body
        "Für die Handwerkskammer Kassel kam Petra Beispiel nach Gera.",
        "Karl Muster wird beim Caritasverband Gera e.V. einen Vortrag halten.",
        "Petra Beispiel wird ab Juni nicht mehr beim Caritasverband Gera e.V. arbeiten.",
        "Karl Muster gehört der Handwerkskammer Kassel zufolge zu den besten Beratern.",  # a source cited
        "Anna Probe gehört der Handwerkskammer Kassel den Angaben zufolge nicht an.",
    ],
)
def test_no_person_of_a_body(text: str) -> None:
    assert not _members(text)


# ---------------------------------------------------------------- carriers taking a unit on


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Im Jahr 2020 übernahm die Handwerkskammer Kassel das Projekt „Brückenbau“.", {("Brückenbau", _HWK)}),
        ("Die Handwerkskammer Kassel übernimmt ab Januar die Beratungsstelle „Brückenbau“.",
         {("Beratungsstelle „Brückenbau“", _HWK)}),
        ("Der Caritasverband Gera e.V. hat 2021 das Projekt „Brückenbau“ übernommen.", {("Brückenbau", _CARITAS)}),
        ("Das Projekt „Brückenbau“ hat die Handwerkskammer Kassel als Träger.", {("Brückenbau", _HWK)}),
        ("Die Beratungsstelle „Brückenbau“ hat seit 2020 den Caritasverband Gera e.V. als neuen Träger.",
         {("Beratungsstelle „Brückenbau“", _CARITAS)}),
        ("Zu den Angeboten der Handwerkskammer Kassel gehört das Projekt „Brückenbau“.", {("Brückenbau", _HWK)}),
        ("Zu den Projekten des Caritasverbands Gera e.V. zählen die Beratungsstelle „Brückenbau“ und das Projekt "
         "„Lernwerk“.", {("Beratungsstelle „Brückenbau“", _CARITAS), ("Lernwerk", _CARITAS)}),
    ],
)  # fmt: skip
def test_a_carrier_taking_a_unit_on(text: str, facts: set[tuple[str, str]]) -> None:
    assert facts <= _hosts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Handwerkskammer Kassel übernahm die Kosten für das Projekt „Brückenbau“.",  # paid, not carried
        "Das Projekt „Brückenbau“ hat die Handwerkskammer Kassel als Partnerin.",
        "Zu den Angeboten der Handwerkskammer Kassel gehört eine Beratung, die auch das Projekt „Brückenbau“ nutzt.",
        "Zu den Projekten des IQ Netzwerks Hessen zählt das Projekt „Brückenbau“.",  # a part of the network
        "Das Projekt „Brückenbau“ wird vom IQ Netzwerk Hessen angeboten.",  # a network is no carrier
        "Die Beratungsstelle „Brückenbau“ wird vom IQ Netzwerk Hessen durchgeführt.",
    ],
)
def test_no_carrier_taking_a_unit_on(text: str) -> None:
    assert not _hosts(text)


def test_a_network_offering_a_project_is_its_whole() -> None:
    text = "Das Projekt „Brückenbau“ wird vom IQ Netzwerk Hessen angeboten."
    assert ("Brückenbau", _NET) in _relations(text, "partOf")


def test_a_partner_fronted_after_mit_carries_nothing() -> None:
    text = "Im Verbund mit der Handwerkskammer Kassel führt das IQ Netzwerk Hessen das Projekt „Brückenbau“ durch."
    assert not _hosts(text)
    assert (_HWK, _NET) in _members(text)


def test_a_carrier_with_a_partner_after_mit_still_carries() -> None:
    text = "Der Caritasverband Gera e.V. führt mit der Handwerkskammer Kassel das Projekt „Brückenbau“ durch."
    assert _hosts(text) == {("Brückenbau", _CARITAS)}
