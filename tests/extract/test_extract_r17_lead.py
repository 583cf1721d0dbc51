"""Round 17, the lead's readings (invented sentences): a pronoun subject carries on the subject of the sentence
before for the carrier too ("Das Teilprojekt X ist Teil des Netzwerks Y. Es wird vom Verein Z durchgeführt":
Z carries X, not the network named last), also where that sentence opens the text."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _hosts(text: str, headline: bool = True) -> set[tuple[str, str]]:
    body = ("Neues aus Celle\n\n" if headline else "") + text
    return {(s, o) for s, p, o in facts_of(body).relations if p == "hostedBy"}


@pytest.mark.parametrize(
    ("text", "unit", "carrier"),
    [
        ("Das Teilprojekt Lernbrücke Handwerk ist Teil des IQ Netzwerks Niedersachsen. Es wird von der "
         "Volkshochschule Celle durchgeführt.", "Lernbrücke Handwerk", "Volkshochschule Celle"),
        ("Das Projekt „Werkstatt Zukunft“ gehört seit 2021 zum IQ Netzwerk Thüringen. Es ist beim Bildungswerk "
         "Gera e.V. angesiedelt.", "Werkstatt Zukunft", "Bildungswerk Gera e.V."),
        ("Die Beratungsstelle Anerkennung Süd ist ein Angebot des IQ Netzwerks Hamburg. Sie wird vom Verein "
         "Lernhaus e.V. getragen.", "Beratungsstelle Anerkennung Süd", "Lernhaus e.V."),
    ],
)  # fmt: skip
def test_a_pronoun_subject_is_the_unit_the_sentence_before_opened_with(
    text: str, unit: str, carrier: str
) -> None:
    for headline in (True, False):  # with a headline, and the sentence before opening the text
        hosts = _hosts(text, headline)
        assert (unit, carrier) in hosts
        assert not any(o == carrier and s.startswith("IQ Netzwerk") for s, o in hosts)


def test_a_network_opening_the_sentence_before_stays_what_the_pronoun_means() -> None:
    # the network is the subject, the project its object: "Es" goes on with the network
    text = (
        "Das IQ Netzwerk Sachsen ist Teil des Förderprogramms IQ. Es wird von der Werkhaus gGmbH in Leipzig "
        "koordiniert."
    )
    assert ("IQ Netzwerk Sachsen", "Werkhaus gGmbH") in _hosts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Lernkurs Pflege gehört zum IQ Netzwerk Niedersachsen. Er wird von der Volkshochschule Celle angeboten.",
        "Der Sprachtreff gehört seit Mai zum IQ Netzwerk Bremen. Er wird vom Verein Lernhaus e.V. getragen.",
        "Das IQ Netzwerk Hessen hat neue Räume in Kassel. Er wird vom Verein Brücke e.V. koordiniert.",
    ],
)
def test_a_pronoun_of_another_gender_does_not_fall_back_to_the_network(text: str) -> None:
    # "Er" cannot stand for "das Netzwerk": with no unit of its gender named before, the carrier carries nothing read
    assert not any(s.startswith("IQ Netzwerk") for s, _ in _hosts(text))


def _relations(text: str) -> set[tuple[str, str, str]]:
    return set(facts_of("Neues aus Celle\n\n" + text).relations)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Im IQ Netzwerk Hamburg arbeitet das Projekt „Lernbrücke“ mit Betrieben. Das Netzwerk wird im Rahmen "
         "des Förderprogramms IQ gefördert.",
         ("IQ Netzwerk Hamburg", "partOf", "Integration durch Qualifizierung")),
        ("Das Projekt „Werkbank“ gehört zum IQ Netzwerk Sachsen. Das Netzwerk wird vom Bundesministerium für "
         "Arbeit und Soziales gefördert.",
         ("IQ Netzwerk Sachsen", "fundedBy", "Bundesministerium für Arbeit und Soziales")),
        ("Zum IQ Netzwerk Bremen zählt auch die Beratungsstelle Anerkennung Süd. Dieses Netzwerk wird "
         "vom Bundesministerium für Arbeit und Soziales gefördert.",
         ("IQ Netzwerk Bremen", "fundedBy", "Bundesministerium für Arbeit und Soziales")),
    ],
)  # fmt: skip
def test_the_network_noun_opening_a_sentence_stands_for_the_network_not_the_project_after_it(
    text: str, fact: tuple[str, str, str]
) -> None:
    relations = _relations(text)
    assert fact in relations
    # the project named after the network is not what "Das Netzwerk" means
    assert not any(s != fact[0] and p == fact[1] and o == fact[2] for s, p, o in relations)


def test_the_network_noun_with_no_network_named_gives_the_project_nothing() -> None:
    relations = _relations(
        "Das Projekt „Lernbrücke“ berät Frauen. Das Netzwerk wird vom Land Hessen gefördert."
    )
    assert not any(s == "Lernbrücke" and p == "fundedBy" for s, p, _ in relations)


def _counts(text: str) -> set[tuple[str, int]]:
    return facts_of("Neues aus Celle\n\n" + text).counts


@pytest.mark.parametrize(
    ("text", "owner", "value"),
    [
        ("Zum IQ Netzwerk Hamburg gehören derzeit 14 Teilprojekte, darunter das Projekt „Werkbank“.",
         "IQ Netzwerk Hamburg", 14),
        ("Das IQ Netzwerk Sachsen umfasst zwölf Teilprojekte, unter anderem die Beratungsstelle Anerkennung Ost.",
         "IQ Netzwerk Sachsen", 12),
        ("Im IQ Netzwerk Bremen arbeiten neun Teilprojekte, wie etwa das Projekt „Lotsenhaus“, mit Betrieben.",
         "IQ Netzwerk Bremen", 9),
    ],
)  # fmt: skip
def test_items_named_after_what_is_counted_are_not_its_owner(text: str, owner: str, value: int) -> None:
    counts = _counts(text)
    assert (owner, value) in counts
    assert not any(s != owner and v == value for s, v in counts)


def test_a_person_counted_with_examples_keeps_the_figure_of_the_unit() -> None:
    # the subject before the figure stays its owner; the examples are a part of it
    counts = _counts("Das Projekt „Werkbank“ hat im Vorjahr 300 Menschen beraten, darunter 120 Frauen.")
    assert ("Werkbank", 300) in counts


@pytest.mark.parametrize(
    "text",
    [
        "Den Lotsenstellen kommen bis 2029 etwa vier Millionen Euro zugute, das Geld stammt aus dem Programm „Chancen "
        "Plus“, das der Bund über den Europäischen Sozialfonds finanziert.",
        "Die Angebote erhalten 900.000 Euro aus dem Förderprogramm „Brücken“, das vom Land Hessen gefördert wird.",
        "Bis 2026 gehen 2,5 Millionen Euro an die Beratung, aus dem Programm „Lernwege“, das die Stadt Kiel "
        "finanziert.",
    ],
)
def test_the_programme_money_comes_from_does_not_receive_it(text: str) -> None:
    # the programme is funded (by the Bund, the Land, the city), but the amount is what it gives
    assert not any(s in ("Chancen Plus", "Brücken", "Lernwege") for s, _ in _counts(text))
