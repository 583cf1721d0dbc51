"""Persons' ties crossed with what a sentence hangs on them (round 14): a second title after "und", the first
title's body with a legal form or a short form in brackets, names that a role noun closes."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return facts_of("Titel\n\n" + text).roles


def _entities(text: str) -> set[tuple[str, str]]:
    return facts_of("Titel\n\n" + text).entities


# ---------------------------------------------------------------- a second title after the first title's body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lea Muster ist Vorsitzende der Stiftung Sonnenweg und Sprecherin des IQ Netzwerks Thüringen.",
            {
                ("Lea Muster", "Vorsitzende", "Stiftung Sonnenweg"),
                ("Lea Muster", "Sprecherin", "IQ Netzwerk Thüringen"),
            },
        ),
        (
            "Karl Sommer ist Geschäftsführer der Stiftung Morgenrot und Vorsitzender des Vereins Brückenhaus e. V.",
            {
                ("Karl Sommer", "Geschäftsführer", "Stiftung Morgenrot"),
                ("Karl Sommer", "Vorsitzender", "Brückenhaus e. V."),
            },
        ),
        (
            "Als Leiterin der Stiftung Fernblick und Beraterin der Diakonie Thüringen kennt Eva Linde beide Seiten.",
            set(),  # the holder named after the titles: no first title to continue (a known limit, kept false-free)
        ),
    ],
)
def test_a_title_after_und_does_not_run_into_a_foundations_name(
    text: str, expected: set[tuple[str, str, str | None]]
) -> None:
    roles = _roles(text)
    assert expected <= roles
    assert not any("und" in org for _, _, org in roles if org)


@pytest.mark.parametrize(
    ("text", "org", "second"),
    [
        (
            "Lea Muster, Vorsitzende des Vereins Lernhaus e.V. und Sprecherin des IQ Netzwerks Thüringen, "
            "eröffnete die Sitzung.",
            "Lernhaus e.V.",
            ("Lea Muster", "Sprecherin", "IQ Netzwerk Thüringen"),
        ),
        (
            "Karl Sommer, Referent im Bundesministerium für Arbeit und Soziales (BMAS) und Sprecher der "
            "Diakonie Thüringen, sprach zuerst.",
            "Bundesministerium für Arbeit und Soziales",
            ("Karl Sommer", "Sprecher", "Diakonie Thüringen"),
        ),
        (
            "Am Abend sprach Jana Winter, Leiterin der Wegweiser gGmbH und Koordinatorin des IQ Netzwerks "
            "Sachsen.",
            "Wegweiser gGmbH",
            ("Jana Winter", "Koordinatorin", "IQ Netzwerk Sachsen"),
        ),
    ],
)
def test_a_second_title_is_read_past_a_legal_form_or_a_short_form_in_brackets(
    text: str, org: str, second: tuple[str, str, str]
) -> None:
    roles = _roles(text)
    assert any(o == org for _, _, o in roles)
    assert second in roles


def test_a_second_title_of_the_other_gender_is_not_the_first_holders() -> None:
    roles = _roles(
        "Lea Muster, Vorsitzende der Stiftung Sonnenweg und Leiter Karl Sommer stellten den Plan vor."
    )
    assert not any(p == "Lea Muster" and t.startswith("Leiter") for p, t, _ in roles)


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Sonnenweg und Geschäftsführerin Anna Grau laden zum Fest.",
        "Lea Muster leitet die Stiftung Morgenrot und Beraterin Anna Grau unterstützt sie.",
        "Gemeinsam luden die Stiftung Fernblick und Vorsitzender Ben Weiß die Presse ein.",
    ],
)
def test_a_role_noun_after_und_closes_a_foundations_name(text: str) -> None:
    orgs = {label for type_, label in _entities(text) if type_ == "Organisation"}
    assert orgs and not any(" und " in label for label in orgs)
