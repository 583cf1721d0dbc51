"""Ties between bodies read from combined constructions on invented sentences (round 14): a body taken into a
network as a partner ("Als neuer Partner verstärkt die X das Netzwerk Y", "Das Netzwerk Y begrüßt die X als
Partnerin", "… hat mit der X einen neuen Partner gewonnen"), having joined it ("ist dem Netzwerk Y beigetreten") or
being active in it ("ist im Netzwerk Y aktiv")."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _facts(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Gera\n\n" + text).relations if p == predicate}


@pytest.mark.parametrize(
    ("sentence", "member", "whole"),
    [
        ("Als neuer Partner verstärkt die Stiftung Morgenrot seit März das IQ Netzwerk Thüringen.", "Stiftung Morgenrot", "IQ Netzwerk Thüringen"),
        ("Die Bildungshaus Saale gGmbH ergänzt das IQ Netzwerk Sachsen als neue Partnerin.", "Bildungshaus Saale gGmbH", "IQ Netzwerk Sachsen"),
        ("Als weiteres Mitglied verstärkt der Verein Lernwerk e. V. das Bündnis Arbeit Nordland.", "Lernwerk e. V.", "Bündnis Arbeit Nordland"),
    ],
)  # fmt: skip
def test_a_body_strengthening_a_network_as_its_partner_is_its_member(
    sentence: str, member: str, whole: str
) -> None:
    assert (member, whole) in _facts(sentence, "memberOf")


@pytest.mark.parametrize(
    ("sentence", "members", "whole"),
    [
        ("Das IQ Netzwerk Bremen begrüßt die Stiftung Morgenrot als neue Partnerin.", {"Stiftung Morgenrot"}, "IQ Netzwerk Bremen"),
        ("Das IQ Netzwerk Bremen hat mit dem Verein Lernwerk e. V. einen neuen Partner gewonnen.", {"Lernwerk e. V."}, "IQ Netzwerk Bremen"),
        ("Mit der Bildungshaus Saale gGmbH gewinnt das IQ Netzwerk Sachsen ein weiteres Mitglied.", {"Bildungshaus Saale gGmbH"}, "IQ Netzwerk Sachsen"),
        ("Das Bündnis Arbeit Nordland begrüßt die Stiftung Morgenrot und den Verein Lernwerk e. V. seit Mai als Partner.", {"Stiftung Morgenrot", "Lernwerk e. V."}, "Bündnis Arbeit Nordland"),
    ],
)  # fmt: skip
def test_a_body_a_network_welcomes_or_gains_as_a_partner_is_its_member(
    sentence: str, members: set[str], whole: str
) -> None:
    assert {(m, whole) for m in members} <= _facts(sentence, "memberOf")


@pytest.mark.parametrize(
    "sentence",
    [
        # no network or alliance gains the partner
        "Der Sportverein Gera e. V. hat mit der Stiftung Morgenrot einen neuen Partner gewonnen.",
        # the partner noun names another whole
        "Die Stadt Gera begrüßt das IQ Netzwerk Thüringen als Partner des Vereins Lernwerk e. V.",
        # the network only in a genitive: the partner of an event
        "Als Partner unterstützt die Stiftung Morgenrot die Tagung des IQ Netzwerks Thüringen.",
    ],
)
def test_a_partner_noun_without_a_network_as_the_verbs_subject_or_object_makes_no_member(
    sentence: str,
) -> None:
    assert not _facts(sentence, "memberOf")


@pytest.mark.parametrize(
    ("sentence", "member", "whole"),
    [
        ("Die Stiftung Morgenrot ist 2019 dem IQ Netzwerk Thüringen beigetreten.", "Stiftung Morgenrot", "IQ Netzwerk Thüringen"),
        ("Der Verein Lernwerk e. V. ist seit 2015 im IQ Netzwerk Bremen aktiv.", "Lernwerk e. V.", "IQ Netzwerk Bremen"),
        ("Die Bildungshaus Saale gGmbH ist im Bündnis Arbeit Nordland vertreten.", "Bildungshaus Saale gGmbH", "Bündnis Arbeit Nordland"),
    ],
)  # fmt: skip
def test_a_body_that_joined_or_is_active_in_a_network_is_its_member(
    sentence: str, member: str, whole: str
) -> None:
    assert (member, whole) in _facts(sentence, "memberOf")


def test_a_body_active_in_a_district_is_no_member_of_it() -> None:
    assert not _facts("Die Stiftung Morgenrot ist im Landkreis Greiz aktiv.", "memberOf")
