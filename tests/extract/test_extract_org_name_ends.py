"""Where an organisation name ends on invented sentences: a function noun in the predicate, the genitive of the
head, a name in apposition to its classifying noun."""

from __future__ import annotations

import pytest

from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def names(text: str) -> set[str]:
    """The labels of every organisation-like mention in a text."""
    return {m.label for m in find_mentions(text, GAZETTEER) if m.type not in ("Person", "Place")}


@pytest.mark.parametrize(
    ("text", "label", "wrong"),
    [
        (
            "Beim Forum war die Stiftung Brückenbau Ausrichterin der Tagung.",
            "Stiftung Brückenbau",
            "Stiftung Brückenbau Ausrichterin der Tagung",
        ),
        (
            "Der Verein Lernweg bleibt auch im nächsten Jahr Veranstalter.",
            "Verein Lernweg",
            "Verein Lernweg Veranstalter",
        ),
        (
            "Zum dritten Mal ist die Stiftung Lichtweg Gastgeberin des Treffens.",
            "Stiftung Lichtweg",
            "Stiftung Lichtweg Gastgeberin",
        ),
        (
            "Seit Jahren bleibt die Stiftung Morgenrot Förderin der Sprachkurse.",
            "Stiftung Morgenrot",
            "Stiftung Morgenrot Förderin",
        ),
    ],
)
def test_a_function_noun_in_the_predicate_ends_the_name(text: str, label: str, wrong: str) -> None:
    found = names(text)
    assert label in found
    assert not any(x.startswith(wrong) for x in found)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Künftig ist die Kammer Partnerin des Netzwerks.", "Kammer Partnerin"),
        ("Seit Mai ist der Verband Kooperationspartner der Beratungsstelle.", "Verband Kooperationspartner"),
        ("Ab Herbst wird die Innung Mitglied im Bündnis.", "Innung Mitglied"),
    ],
)
def test_a_function_noun_is_no_region_of_a_chamber(text: str, wrong: str) -> None:
    assert wrong not in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Petra Beispiel, Oberärztin des Klinikums Musterhausen, sprach zuerst.", "Klinikum Musterhausen"),
        ("Die Leitung des Klinikums Beispielstadt lud ein.", "Klinikum Beispielstadt"),
        ("Im Namen des Klinikums Nordhain begrüßte Jan Muster die Gäste.", "Klinikum Nordhain"),
    ],
)
def test_the_genitive_of_a_neuter_head_gives_its_nominative(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Petra Beispiel, Vorsitzende des Vereins Neue Nachbarn e. V., sprach.", "Neue Nachbarn e. V."),
        ("Der Vorstand des Vereins Junge Helfer e. V. tagte im Rathaus.", "Junge Helfer e. V."),
        ("Mit dem Verein Offene Türen e.V. arbeitet die Stadt zusammen.", "Offene Türen e.V."),
    ],
)
def test_a_name_in_apposition_to_its_classifier_is_not_reinflected(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "recipient", "wrong"),
    [
        (
            "Im Juni überreichte das Ministerium der Hochschule Musterhausen einen Förderbescheid.",
            "Hochschule Musterhausen",
            "Ministerium der Hochschule Musterhausen",
        ),
        (
            "Am Freitag hat das Sozialministerium der Volkshochschule Beispielstadt einen Bescheid übergeben.",
            "Volkshochschule Beispielstadt",
            "Sozialministerium der Volkshochschule Beispielstadt",
        ),
        (
            "Bekannt wurde, dass das Ministerium der Hochschule Musterhausen eine Urkunde verlieh.",
            "Hochschule Musterhausen",
            "Ministerium der Hochschule Musterhausen",
        ),
    ],
)
def test_a_dative_after_a_verb_of_giving_is_no_genitive_attribute(
    text: str, recipient: str, wrong: str
) -> None:
    found = names(text)
    assert recipient in found
    assert wrong not in found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Im Mai überreichte das Bildungswerk der Wirtschaft einen Preis.", "Bildungswerk der Wirtschaft"),
        ("Das Ministerium der Justiz hat einen Bescheid übergeben.", "Ministerium der Justiz"),
        ("Die Leitung übergab das Ministerium der Finanzen im Mai.", "Ministerium der Finanzen"),
    ],
)
def test_a_genitive_naming_no_body_stays_in_the_name(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label", "wrong"),
    [
        (
            "Die Initiative der Lernwerk gGmbH startet im Herbst.",
            "Lernwerk gGmbH",
            "Initiative der Lernwerk gGmbH",
        ),
        (
            "Im Forum der Brückenbau GmbH trafen sich Fachleute.",
            "Brückenbau GmbH",
            "Forum der Brückenbau GmbH",
        ),
        (
            "Mit der Initiative der Sonnenweg Service GmbH entstand ein Kurs.",
            "Sonnenweg Service GmbH",
            "Initiative der Sonnenweg Service GmbH",
        ),
    ],
)
def test_der_before_a_company_is_its_own_article(text: str, label: str, wrong: str) -> None:
    found = names(text)
    assert label in found
    assert wrong not in found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Charta der Vielfalt e. V. lädt ein.", "Charta der Vielfalt e. V."),
        ("Gestern tagte die Initiative der Wirtschaft e. V. in Kassel.", "Initiative der Wirtschaft e. V."),
        ("Das Forum der Nachbarn e.V. wächst.", "Forum der Nachbarn e.V."),
    ],
)
def test_der_inside_an_associations_name_stays(text: str, label: str) -> None:
    assert label in names(text)


@pytest.mark.parametrize(
    ("text", "label", "wrong"),
    [
        ("Damit ist der Verein Lernweg Teil des Bündnisses.", "Verein Lernweg", "Verein Lernweg Teil"),
        ("Neu ist der Verein Brückenbau Sitz der Beratung.", "Verein Brückenbau", "Verein Brückenbau Sitz"),
        (
            "Deshalb ist die Stiftung Lichtweg Teilnehmerin.",
            "Stiftung Lichtweg",
            "Stiftung Lichtweg Teilnehmerin",
        ),
        (
            "Erneut ist die Stiftung Morgenrot Schirmherrin der Aktion.",
            "Stiftung Morgenrot",
            "Stiftung Morgenrot Schirmherrin",
        ),
    ],
)
def test_a_part_seat_or_patron_in_the_predicate_ends_the_name(text: str, label: str, wrong: str) -> None:
    found = names(text)
    assert label in found
    assert not any(x.startswith(wrong) for x in found)


@pytest.mark.parametrize(
    ("text", "label", "wrong"),
    [
        (
            "Gegründet hat die Stiftung Lernwerk Anfang Mai ein Büro.",
            "Stiftung Lernwerk",
            "Stiftung Lernwerk Anfang",
        ),
        ("Eröffnet hat der Verein Lernweg Mitte Juni ein Büro.", "Verein Lernweg", "Verein Lernweg Mitte"),
        ("Umgezogen ist die Stiftung Lichtweg Ende 2024.", "Stiftung Lichtweg", "Stiftung Lichtweg Ende"),
    ],
)
def test_a_time_span_before_a_date_ends_the_name(text: str, label: str, wrong: str) -> None:
    found = names(text)
    assert label in found
    assert wrong not in found


def test_a_span_word_without_a_date_stays_in_the_name() -> None:
    assert "Verein Neuer Anfang" in names("Der Verein Neuer Anfang lädt ein.")
