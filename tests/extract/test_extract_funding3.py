"""Who pays for a unit the funding clause does not name: money provided without "für X", a payer funding a common
noun; invented releases in several variants, with near-identical sentences that must not yield the tie."""

from __future__ import annotations

import pytest

from conftest import facts_of

_BEFORE = "In Fulda berät das Projekt „Lotsenhaus“ Zugewanderte. "


def _funders(text: str, funded: str = "Lotsenhaus") -> set[str]:
    return {o for s, p, o in facts_of("Titel\n\n" + text).relations if s == funded and p == "fundedBy"}


@pytest.mark.parametrize(
    ("second", "funders"),
    [
        (
            "Die Europäische Union und das Land Hessen stellen 1,4 Millionen Euro zur Verfügung, um die Beratung "
            "auszubauen.",
            {"Europäische Union", "Land Hessen"},
        ),
        ("Dafür stellt das Land Hessen bis 2030 rund 90.000 Euro bereit.", {"Land Hessen"}),
        (
            "Das Hessische Ministerium für Soziales und Integration und der Europäische Sozialfonds stellten "
            "hierfür 2 Mio. Euro bereit.",
            {"Hessisches Ministerium für Soziales und Integration", "Europäischer Sozialfonds"},
        ),
    ],
)
def test_money_provided_for_no_one_named_is_for_the_unit_spoken_of(second: str, funders: set[str]) -> None:
    assert _funders(_BEFORE + second) == funders


@pytest.mark.parametrize(
    "second",
    [
        "Das Land Hessen stellt 2 Millionen Euro für die Sanierung von Schulen bereit.",
        "Das Land Hessen stellt der Stadt Kassel 2 Millionen Euro zur Verfügung.",
        "Das Land Hessen stellt dem Projekt seine Räume zur Verfügung.",
    ],
)
def test_money_provided_for_something_else_is_no_funding_of_the_unit(second: str) -> None:
    assert _funders(_BEFORE + second) == set()


def test_für_inside_a_ministry_name_does_not_name_the_funded() -> None:
    body = "Das Hessische Ministerium für Soziales und Integration und der ESF stellen 2 Mio. Euro bereit."
    funded = {s for s, p, _ in facts_of("Titel\n\n" + body).relations if p == "fundedBy"}
    assert "Europäischer Sozialfonds (ESF)" not in funded and "Europäischer Sozialfonds" not in funded


def test_money_provided_means_the_project_not_the_programme_in_its_genitive() -> None:
    text = (
        "In Fulda läuft die Förderlinie „Neustart“ des Programms „Chancen Nord“. Das Land Hessen stellt "
        "3 Millionen Euro zur Verfügung."
    )
    assert _funders(text, "Chancen Nord") == set()


@pytest.mark.parametrize(
    ("first", "unit"),
    [
        ("In Fulda läuft die Förderlinie „Neustart“ des Programms „Chancen Nord“.", "Neustart"),
        (
            "Ab Mai startet die Förderlinie „Brückenwege“ des Landesprogramms „Arbeit für alle“.",
            "Brückenwege",
        ),
        (
            "Mit der Sonderausschreibung „Zweite Chance“ des Programms „Gute Arbeit“ soll sich das bessern.",
            "Zweite Chance",
        ),
    ],
)
def test_money_provided_after_a_unit_with_a_programme_in_its_genitive_is_for_the_unit(
    first: str, unit: str
) -> None:
    second = " Die Stiftung Mercator und das Land Hessen stellen 3 Millionen Euro zur Verfügung."
    assert _funders(first + second, unit) == {"Stiftung Mercator", "Land Hessen"}


def test_money_provided_after_a_unit_with_a_programme_not_its_genitive_is_not_for_the_unit() -> None:
    text = (
        "In Fulda läuft die Förderlinie „Neustart“ seit Mai im Rahmen des Programms „Chancen Nord“. Das Land "
        "Hessen stellt 3 Millionen Euro zur Verfügung."
    )
    assert _funders(text, "Neustart") == set()


@pytest.mark.parametrize(
    ("second", "funders"),
    [
        ("Das Land Hessen kofinanziert die Anerkennungsberatung und die Kurse.", {"Land Hessen"}),
        (
            "Der Europäische Sozialfonds und das Land Hessen finanzieren seit 2030 die Beratung gemeinsam.",
            {"Europäischer Sozialfonds", "Land Hessen"},
        ),
        ("Die Stiftung Lernwege unterstützt die Beratungsarbeit auch finanziell.", {"Stiftung Lernwege"}),
    ],
)
def test_a_payer_funding_a_common_noun_funds_the_unit_spoken_of(second: str, funders: set[str]) -> None:
    assert _funders(_BEFORE + second) == funders


@pytest.mark.parametrize(
    "second",
    [
        "Das Land Hessen fördert die Integration von Zugewanderten.",  # promotes a cause: no money said
        "Das Land Hessen finanziert die Beratung in Kassel.",  # a place named: maybe another's work
        "Die Stiftung Lernwege unterstützt die Beratungsarbeit.",  # support without money
        "Der Bund und das Land Hessen finanziert die Beratung.",  # subject and verb disagree: no list of payers
    ],
)
def test_no_funding_of_the_unit_without_money_or_with_something_else_named(second: str) -> None:
    assert _funders(_BEFORE + second) == set()


@pytest.mark.parametrize(
    ("body", "funders"),
    [
        (
            "Das Projekt „Lotsenhaus“ wird vom Land Hessen gefördert und vom Europäischen Sozialfonds kofinanziert.",
            {"Land Hessen", "Europäischer Sozialfonds"},
        ),
        (
            "Das Projekt „Lotsenhaus“ wird durch die Stadt Kassel finanziert und kofinanziert durch das Land Hessen.",
            {"Stadt Kassel", "Land Hessen"},
        ),
        (
            "Seit 2030 wird das Projekt „Lotsenhaus“ vom Land Hessen gefördert sowie aus Mitteln der Stiftung "
            "Lernwege mitfinanziert.",
            {"Land Hessen", "Stiftung Lernwege"},
        ),
    ],
)
def test_a_coordinated_second_participle_names_more_funders(body: str, funders: set[str]) -> None:
    assert _funders(body) == funders


def test_a_relative_clause_after_the_coordination_names_no_funder_of_the_subject() -> None:
    body = (
        "Das Projekt „Lotsenhaus“ wird vom Land Hessen gefördert und arbeitet mit der Stiftung Lernwege zusammen, "
        "die vom Europäischen Sozialfonds gefördert wird."
    )
    assert _funders(body) == {"Land Hessen"}


@pytest.mark.parametrize(
    "body",
    [
        "Das Förderprogramm „Chancen Nord“ wird durch das Land Hessen, die Stadt Kassel und die Stiftung Lernwege "
        "gefördert.",
        "Das Förderprogramm „Chancen Nord“ wird durch die Stiftung Lernwege, das Land Hessen und die Stadt Kassel "
        "finanziert.",
        "Das Förderprogramm „Chancen Nord“ wird seit 2030 von der Stadt Kassel, dem Land Hessen und der Stiftung "
        "Lernwege gefördert.",
    ],
)
def test_a_list_of_funders_with_their_articles_is_no_relative_clause(body: str) -> None:
    assert _funders(body, "Chancen Nord") == {"Land Hessen", "Stadt Kassel", "Stiftung Lernwege"}


@pytest.mark.parametrize(
    ("body", "funder"),
    [
        ("Die Förderung des Projekts „Lotsenhaus“ durch das Land Hessen läuft bis 2030.", "Land Hessen"),
        ("Die Finanzierung des Projekts „Lotsenhaus“ durch die Stadt Kassel ist gesichert.", "Stadt Kassel"),
        (
            "Die Kofinanzierung des Modellprojekts „Lotsenhaus“ seitens der Stiftung Lernwege endet im Mai.",
            "Stiftung Lernwege",
        ),
    ],
)
def test_a_funding_noun_with_the_funded_and_then_the_payer(body: str, funder: str) -> None:
    assert _funders(body) == {funder}


def test_a_funding_noun_whose_genitive_is_a_body_names_no_funding_of_the_project() -> None:
    assert _funders(_BEFORE + "Die Förderung der Stiftung Lernwege durch das Land Hessen endet.") == set()


@pytest.mark.parametrize(
    ("body", "funders"),
    [
        (
            "Das Land Hessen fördert gemeinsam mit dem Europäischen Sozialfonds das Projekt „Lotsenhaus“.",
            {"Land Hessen", "Europäischer Sozialfonds"},
        ),
        (
            "Die Stadt Kassel finanziert zusammen mit der Bundesagentur für Arbeit seit 2030 das Projekt „Lotsenhaus“.",
            {"Stadt Kassel", "Bundesagentur für Arbeit"},
        ),
        (
            "Das Hessische Ministerium für Soziales und Integration fördert mit dem Europäischen Sozialfonds das "
            "Projekt „Lotsenhaus“.",
            {"Hessisches Ministerium für Soziales und Integration", "Europäischer Sozialfonds"},
        ),
    ],
)
def test_a_payer_in_a_with_phrase_pays_together_with_the_subject(body: str, funders: set[str]) -> None:
    facts = facts_of("Titel\n\n" + body).relations
    assert _funders(body) == funders
    assert not any(p == "fundedBy" and s in funders for s, p, _ in facts)


def test_a_project_in_a_with_phrase_is_funded_not_a_partner() -> None:
    assert _funders("Das Land Hessen fördert mit dem Projekt „Lotsenhaus“ die Beratung.") == {"Land Hessen"}


@pytest.mark.parametrize(
    ("second", "funders"),
    [
        ("Möglich wird das durch Mittel des Landes Hessen.", {"Land Hessen"}),
        ("Es arbeitet mit Unterstützung des Europäischen Sozialfonds.", {"Europäischer Sozialfonds"}),
        (
            "Dank Fördermitteln des Hessischen Ministeriums für Soziales und Integration geht es weiter.",
            {"Hessisches Ministerium für Soziales und Integration"},
        ),
    ],
)
def test_the_money_of_a_payer_in_the_genitive_funds_the_unit(second: str, funders: set[str]) -> None:
    assert _funders(_BEFORE + second) == funders


@pytest.mark.parametrize(
    "second",
    [
        "Es berät auch über Mittel des Landes Hessen für Unternehmen.",
        "Es beantwortet Fragen zur Förderung des Landes Hessen.",
        "Es arbeitet mit Unterstützung des Hessischen Ministeriums für Soziales und Integration.",
    ],
)
def test_money_spoken_of_or_a_ministrys_support_is_no_funding(second: str) -> None:
    assert _funders(_BEFORE + second) == set()


@pytest.mark.parametrize(
    ("second", "funders"),
    [
        ("Die Mittel stammen aus dem Europäischen Sozialfonds.", {"Europäischer Sozialfonds"}),
        ("Das Geld dafür kommt zum größten Teil vom Land Hessen.", {"Land Hessen"}),
        ("Die Förderung erfolgt über den Europäischen Sozialfonds.", {"Europäischer Sozialfonds"}),
    ],
)
def test_where_the_money_comes_from_names_the_funder(second: str, funders: set[str]) -> None:
    assert _funders(_BEFORE + second) == funders


def test_people_coming_from_a_body_name_no_funder() -> None:
    assert _funders(_BEFORE + "Die Ratsuchenden kommen vom Jobcenter Kassel.") == set()


@pytest.mark.parametrize(
    ("body", "funders"),
    [
        (_BEFORE + "Die Kosten trägt das Land Hessen.", {"Land Hessen"}),
        (_BEFORE + "Die Stadt Kassel übernimmt seit 2030 die Personalkosten.", {"Stadt Kassel"}),
        (
            "Die Kosten des Projekts „Lotsenhaus“ tragen zur Hälfte der Europäische Sozialfonds und das Land Hessen.",
            {"Europäischer Sozialfonds", "Land Hessen"},
        ),
    ],
)
def test_who_bears_the_costs_funds_the_unit(body: str, funders: set[str]) -> None:
    assert _funders(body) == funders


@pytest.mark.parametrize(
    "second",
    [
        "Die Kosten für die Anerkennung übernimmt das Jobcenter Kassel.",
        "Die Stadt Kassel übernimmt die Kosten für den Sprachkurs.",
        "Die Kosten trägt die Teilnehmerin selbst.",
    ],
)
def test_costs_of_something_else_are_no_funding_of_the_unit(second: str) -> None:
    assert _funders(_BEFORE + second) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Die Projekte „Lotsenhaus“ und „Brückenbau“ werden vom Land Hessen gefördert.",
        "Das Projekt „Lotsenhaus“ und das Projekt „Brückenbau“ wurden seit 2030 durch das Land Hessen finanziert.",
        "Das Land Hessen fördert die Projekte „Lotsenhaus“ und „Brückenbau“.",
    ],
)
def test_every_unit_of_a_coordinated_funded_is_funded(body: str) -> None:
    assert _funders(body) == {"Land Hessen"}
    assert _funders(body, "Brückenbau") == {"Land Hessen"}


@pytest.mark.parametrize(
    "body",
    [
        "Das Projekt „Lotsenhaus“ wird vom Land Hessen gefördert und „Brückenbau“ von der Stadt Kassel.",
        "Das Land Hessen fördert das Projekt „Lotsenhaus“ und unterstützt das Projekt „Brückenbau“.",
        "Das Projekt „Lotsenhaus“ wird vom Land Hessen gefördert, das Projekt „Brückenbau“ berät.",
    ],
)
def test_a_unit_outside_the_coordination_is_not_funded_by_the_payer(body: str) -> None:
    assert "Land Hessen" not in _funders(body, "Brückenbau")


@pytest.mark.parametrize(
    ("body", "funders"),
    [
        ("Das Projekt „Lotsenhaus“ wird vom Land Hessen bezuschusst.", {"Land Hessen"}),
        (_BEFORE + "Die Stadt Kassel beteiligt sich mit 50.000 Euro an dem Projekt.", {"Stadt Kassel"}),
        (
            "Das Land Hessen stellt dem Projekt „Lotsenhaus“ für die Jahre 2030 bis 2033 insgesamt 1 Mio. Euro "
            "zur Verfügung.",
            {"Land Hessen"},
        ),
    ],
)
def test_more_words_of_paying(body: str, funders: set[str]) -> None:
    assert _funders(body) == funders


@pytest.mark.parametrize(
    ("body", "funders"),
    [
        ("Für das Projekt „Lotsenhaus“ hat das Land Hessen 80.000 Euro bewilligt.", {"Land Hessen"}),
        ("Das Land Hessen hat dem Projekt „Lotsenhaus“ 80.000 Euro gewährt.", {"Land Hessen"}),
        (
            _BEFORE + "Die Stadt Kassel und das Land Hessen haben dafür 2 Mio. Euro bereitgestellt.",
            {"Stadt Kassel", "Land Hessen"},
        ),
    ],
)
def test_money_granted_in_the_perfect_is_funding(body: str, funders: set[str]) -> None:
    assert _funders(body) == funders


@pytest.mark.parametrize(
    "body",
    [
        "Das Projekt „Lotsenhaus“ hat 80.000 Euro zur Verfügung.",
        "Das IQ Netzwerk Hessen hat für das Projekt „Lotsenhaus“ 80.000 Euro zur Verfügung.",
        "Das Land Hessen hat 80.000 Euro für die Sanierung von Schulen bewilligt, das Projekt „Lotsenhaus“ berät.",
    ],
)
def test_money_at_hand_or_for_something_else_is_no_grant_to_the_unit(body: str) -> None:
    assert _funders(body) == set()


@pytest.mark.parametrize(
    ("body", "funders"),
    [
        (
            "Das Projekt „Lotsenhaus“ (Förderung: Hessisches Ministerium für Soziales und Integration) berät.",
            {"Hessisches Ministerium für Soziales und Integration"},
        ),
        (_BEFORE + "Finanzierung: Europäischer Sozialfonds", {"Europäischer Sozialfonds"}),
        (_BEFORE + "Kofinanzierung: die Stadt Kassel", {"Stadt Kassel"}),
    ],
)
def test_a_funding_field_names_the_payer(body: str, funders: set[str]) -> None:
    assert _funders(body) == funders


def test_a_funding_field_whose_value_is_no_name_names_no_payer() -> None:
    assert _funders(_BEFORE + "Die Förderung: ein Erfolg für die Stadt Kassel.") == set()


@pytest.mark.parametrize(
    ("closing", "funders"),
    [
        (
            "Gefördert vom Land Hessen und dem Europäischen Sozialfonds.",
            {"Land Hessen", "Europäischer Sozialfonds"},
        ),
        ("Finanziert aus Mitteln des Europäischen Sozialfonds", {"Europäischer Sozialfonds"}),
        ("Kofinanziert durch die Stadt Kassel.", {"Stadt Kassel"}),
    ],
)
def test_a_closing_participle_phrase_funds_the_unit_spoken_of(closing: str, funders: set[str]) -> None:
    assert _funders(_BEFORE + "\n\n" + closing) == funders


def test_a_participle_phrase_before_a_clause_funds_what_the_clause_names_not_the_unit_before() -> None:
    body = _BEFORE + "Gefördert vom Land Hessen berät die Stadt Kassel Familien."
    assert _funders(body) == set()


@pytest.mark.parametrize(
    ("body", "funders"),
    [
        (
            "Die Stadt Kassel und das Land Hessen fördern das Projekt „Lotsenhaus“.",
            {"Stadt Kassel", "Land Hessen"},
        ),
        (
            "Seit 2030 fördern das Land Hessen und der Europäische Sozialfonds das Projekt „Lotsenhaus“.",
            {"Land Hessen", "Europäischer Sozialfonds"},
        ),
        (
            "Das Land Hessen, die Stadt Kassel und die Stiftung Lernwege förderten das Projekt „Lotsenhaus“.",
            {"Land Hessen", "Stadt Kassel", "Stiftung Lernwege"},
        ),
    ],
)
def test_a_plural_fördern_has_every_payer_of_its_subject(body: str, funders: set[str]) -> None:
    assert _funders(body) == funders


@pytest.mark.parametrize(
    ("body", "unit", "funder"),
    [
        ("Das ESF-Projekt „Lotsenhaus“ berät Zugewanderte.", "Lotsenhaus", "Europäischer Sozialfonds"),
        ("Das ESF-Bundesprogramm „Chancen Nord“ startet neu.", "Chancen Nord", "Europäischer Sozialfonds"),
        ("Das BMAS-Projekt „Lotsenhaus“ berät.", "Lotsenhaus", "Bundesministerium für Arbeit und Soziales"),
    ],
)
def test_a_payers_short_name_joined_to_the_head_noun_pays(body: str, unit: str, funder: str) -> None:
    facts = facts_of("Titel\n\n" + body).relations
    assert (unit, "fundedBy", funder) in facts
    assert (unit, "hostedBy", funder) not in facts


@pytest.mark.parametrize(
    "body",
    [
        "Der ESF-Beirat lobt das Projekt „Lotsenhaus“.",
        "Das DGB-Projekt „Lotsenhaus“ berät Zugewanderte.",
        "Die BMAS-Pressestelle stellt das Projekt „Lotsenhaus“ vor.",
    ],
)
def test_a_compound_of_no_payer_and_programme_head_names_no_funder(body: str) -> None:
    assert _funders(body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Hessen ist Teil des vom Bundesministerium für Arbeit und Soziales geförderten "
        "Förderprogramms „Chancen Nord“.",
        "Das Projekt „Lotsenhaus“ gehört zum durch die Stadt Kassel finanzierten Förderprogramm „Chancen Nord“.",
        "Das IQ Netzwerk Hessen ist ein Teil des von der Stiftung Lernwege getragenen Förderprogramms „Chancen Nord“.",
    ],
)
def test_the_agent_of_an_attribute_before_the_whole_is_no_whole(body: str) -> None:
    facts = facts_of("Titel\n\n" + body).relations
    wholes = {o for _, p, o in facts if p in ("partOf", "hostedBy")}
    assert not wholes & {"Bundesministerium für Arbeit und Soziales", "Stadt Kassel", "Stiftung Lernwege"}


def test_an_inflected_participle_after_its_agent_is_an_attribute_not_a_verb() -> None:
    body = "Das Projekt „Lotsenhaus“ gehört zum durch die Stadt Kassel finanzierten Förderprogramm „Chancen Nord“."
    facts = facts_of("Titel\n\n" + body).relations
    assert ("Chancen Nord", "fundedBy", "Stadt Kassel") in facts
    assert ("Lotsenhaus", "partOf", "Chancen Nord") in facts
    assert ("Chancen Nord", "fundedBy", "Lotsenhaus") not in facts


@pytest.mark.parametrize(
    ("body", "fund"),
    [
        (
            "Das Projekt „Lotsenhaus“ wird gefördert über den Europäischen Sozialfonds.",
            "Europäischer Sozialfonds",
        ),
        (
            "Für das Projekt „Lotsenhaus“ stehen über den ESF bis 2030 rund 2 Millionen Euro zur Verfügung.",
            "Europäischer Sozialfonds",
        ),
        (
            "Seit 2030 werden für das Projekt „Lotsenhaus“ über den Europäischen Sozialfonds Plus 90.000 Euro "
            "bereitgestellt.",
            "Europäischer Sozialfonds Plus",
        ),
    ],
)
def test_a_fund_the_money_comes_through_funds_the_unit(body: str, fund: str) -> None:
    assert fund in _funders(body)


def test_informing_about_a_fund_is_no_funding() -> None:
    assert _funders("Das Projekt „Lotsenhaus“ informiert über den Europäischen Sozialfonds.") == set()
