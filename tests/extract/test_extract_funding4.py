"""Who pays, in the constructions of the seventh round, on invented releases in several variants: participles sharing
their agent, the funding clause after a conjunction, an attribute in apposition, subordinate and reported clauses,
every passive clause of a sentence, a bare "vom Land" for the Land named before, a footer's lines of funders; with
near-identical sentences that must not yield the tie."""

from __future__ import annotations

import pytest

from conftest import facts_of

_PROJECT = "Das Projekt „Lotsenhaus“ berät Zugewanderte in Fulda. "


def _funders(text: str, funded: str = "Lotsenhaus") -> set[str]:
    return {o for s, p, o in facts_of("Titel\n\n" + text).relations if s == funded and p == "fundedBy"}


def _ties(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Titel\n\n" + text).relations if p == predicate}


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt „Lotsenhaus“ wird vom Land Thüringen initiiert und finanziert.",
        "Das Projekt „Lotsenhaus“ wurde 2031 vom Land Thüringen konzipiert und gefördert.",
        "Initiiert und finanziert wird das Projekt „Lotsenhaus“ vom Land Thüringen.",
    ],
)
def test_participles_coordinated_before_the_funding_one_share_its_agent(text: str) -> None:
    assert _funders(text) == {"Land Thüringen"}
    assert _ties(text, "hostedBy") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt „Lotsenhaus“ wird koordiniert von der Wegweiser gGmbH und gefördert vom Land Thüringen.",
        "Das Projekt „Lotsenhaus“ wird umgesetzt von der Wegweiser gGmbH sowie finanziert durch das Land Thüringen.",
        "Das Projekt „Lotsenhaus“ wurde betreut von der Wegweiser gGmbH und gefördert vom Land Thüringen.",
    ],
)
def test_a_body_before_the_conjunction_belongs_to_the_clause_before_the_funding_one(text: str) -> None:
    assert _funders(text) == {"Land Thüringen"}


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt „Lotsenhaus“, ein vom Land Thüringen gefördertes Angebot, berät Zugewanderte.",
        "In Erfurt eröffnet das Projekt „Lotsenhaus“, eine vom Land Thüringen finanzierte Anlaufstelle.",
        "Wir besuchten das Projekt „Lotsenhaus“, ein aus Mitteln des Landes Thüringen gefördertes Vorhaben.",
    ],
)
def test_a_funding_attribute_in_apposition_funds_the_unit_before_the_comma(text: str) -> None:
    assert _funders(text) == {"Land Thüringen"}


@pytest.mark.parametrize(
    ("text", "funders"),
    [
        (
            "Die Sprecherin sagte, dass das Projekt „Lotsenhaus“ vom Land Thüringen gefördert wird.",
            {"Land Thüringen"},
        ),
        (
            "Da das Projekt „Lotsenhaus“ aus Mitteln des Europäischen Sozialfonds finanziert wird, ist die Beratung "
            "kostenlos.",
            {"Europäischer Sozialfonds"},
        ),
        (
            "Die Wegweiser gGmbH berichtete, das Projekt „Lotsenhaus“ werde weiterhin vom Land Thüringen gefördert.",
            {"Land Thüringen"},
        ),
        (
            "Im Programm „Chancen Ost“, in dessen Rahmen das Projekt „Lotsenhaus“ vom Land Thüringen gefördert "
            "wird, arbeiten zwölf Träger.",
            {"Land Thüringen"},
        ),
    ],
)
def test_subordinate_and_reported_clauses_of_funding(text: str, funders: set[str]) -> None:
    assert _funders(text) == funders


@pytest.mark.parametrize(
    "text",
    [
        "Die Sprecherin bedauerte, dass das Projekt „Lotsenhaus“ nicht mehr vom Land Thüringen gefördert wird.",
        "Die Sprecherin sagte, dass die Wegweiser gGmbH das Projekt „Lotsenhaus“ im Auftrag plant.",
        "Die Sprecherin sagte, dass das Projekt „Lotsenhaus“ vom Land Thüringen gelobt wird.",
    ],
)
def test_a_denied_or_other_clause_is_no_funding(text: str) -> None:
    assert _funders(text) == set()


@pytest.mark.parametrize(
    ("text", "funded", "funders"),
    [
        (
            "Das IQ Netzwerk Thüringen, das von der Wegweiser gGmbH koordiniert wird, wird vom Bundesministerium "
            "für Arbeit und Soziales gefördert.",
            "IQ Netzwerk Thüringen",
            {"Bundesministerium für Arbeit und Soziales"},
        ),
        (
            "Das Projekt „Lotsenhaus“ wird vom Land Thüringen gefördert, die Anlaufstelle „Brückenbau“ wird von der "
            "Stadt Erfurt finanziert.",
            "Anlaufstelle „Brückenbau“",
            {"Stadt Erfurt"},
        ),
        (
            "Die Anlaufstelle „Brückenbau“, die seit 2031 Zugewanderte berät, wird von der Stadt Erfurt finanziert.",
            "Anlaufstelle „Brückenbau“",
            {"Stadt Erfurt"},
        ),
    ],
)
def test_each_passive_clause_with_the_subject_of_its_own_auxiliary(
    text: str, funded: str, funders: set[str]
) -> None:
    assert _funders(text, funded) == funders


@pytest.mark.parametrize(
    ("second", "funders"),
    [
        ("Dieses Projekt wird durch das Land Thüringen gefördert.", {"Land Thüringen"}),
        ("Das Angebot wird vom Land Thüringen finanziert.", {"Land Thüringen"}),
        (
            "Die Beratungsstelle wird aus Mitteln des Europäischen Sozialfonds gefördert.",
            {"Europäischer Sozialfonds"},
        ),
    ],
)
def test_a_noun_standing_for_the_unit_as_the_subject_of_a_funding_passive(
    second: str, funders: set[str]
) -> None:
    assert _funders(_PROJECT + second) == funders


@pytest.mark.parametrize(
    ("first", "second", "funder"),
    [
        ("Das Land Thüringen lobt die Beratung. ", "Das Projekt wird vom Land gefördert.", "Land Thüringen"),
        (
            "Der Freistaat Sachsen lobt die Beratung. ",
            "Finanziert wird das Projekt aus Mitteln des Freistaates.",
            "Freistaat Sachsen",
        ),
        (
            "Das Bundesministerium für Arbeit und Soziales lobt die Beratung. ",
            "Das Projekt wird vom Ministerium gefördert.",
            "Bundesministerium für Arbeit und Soziales",
        ),
    ],
)
def test_a_bare_payer_noun_stands_for_the_body_named_before(first: str, second: str, funder: str) -> None:
    assert _funders(_PROJECT + first + second) == {funder}


def test_a_bare_payer_noun_with_no_body_named_before_names_none() -> None:
    assert _funders(_PROJECT + "Das Projekt wird vom Land gefördert.") == set()


@pytest.mark.parametrize(
    "footer",
    [
        "Das Projekt wird gefördert von:\nBundesministerium für Arbeit und Soziales\nEuropäische Union",
        "Gefördert durch:\n\nBundesministerium für Arbeit und Soziales\n\nEuropäische Union\n",
        "Förderer:\n- Bundesministerium für Arbeit und Soziales\n- Europäische Union",
    ],
)
def test_funders_listed_on_the_lines_under_a_funding_line(footer: str) -> None:
    assert _funders(_PROJECT + "\n\n" + footer) == {
        "Bundesministerium für Arbeit und Soziales",
        "Europäische Union",
    }


@pytest.mark.parametrize(
    "footer",
    [
        "Kontakt:\nBundesministerium für Arbeit und Soziales\nEuropäische Union",
        "Gefördert durch:\nBundesministerium für Arbeit und Soziales\n\nPartner:\nEuropäische Union",
        "Gefördert durch:\nBundesministerium für Arbeit und Soziales\n\nDie Europäische Union lobt das Projekt.",
    ],
)
def test_bodies_under_another_line_or_in_a_sentence_are_no_footer_funders(footer: str) -> None:
    assert "Europäische Union" not in _funders(_PROJECT + "\n\n" + footer)
