"""Carriers and heads, round 18: cells of a construction inventory the rules missed (invented sentences): a denied
carrier ("nicht von der Y getragen", "betreibt … nicht"), a carrier as the subject of a subordinate clause, its verb
last ("…, dass die Y das Projekt X umsetzt"), a unit belonging to a body "organisatorisch", a body a member or part of
a network through its project ("Die Y ist mit dem Projekt X Teil des Netzwerks Z"), the bare leading noun opening the
sentence after the unit ("Die Projektleitung hat P"), and the leading phrase fronted ("Unter der Leitung von P berät
das Projekt X …")."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _facts(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Jena\n\n" + text).relations if p == predicate}


def _hosts(text: str) -> set[tuple[str, str]]:
    return _facts(text, "hostedBy")


def _heads(text: str) -> set[tuple[str, str]]:
    return _facts(text, "ledBy")


# ---------------------------------------------------------------- a denied carrier


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt „Brückenhaus Saale“ wird nicht von der Werkstatt Jena gGmbH getragen, sondern vom Land bezahlt.",
        "Die Werkstatt Jena gGmbH betreibt die Beratungsstelle „Brückenhaus Saale“ seit dem Umzug nicht.",
        "Das IQ Netzwerk Thüringen ist nicht bei der Werkstatt Jena gGmbH angesiedelt.",
        "Klar ist, dass die Werkstatt Jena gGmbH das Projekt „Brückenhaus Saale“ nicht umsetzt.",
    ],
)
def test_a_carrier_denied_in_its_clause_is_none(text: str) -> None:
    assert _hosts(text) == set()


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Das Projekt „Brückenhaus Saale“, das nicht vom Land, sondern von der Werkstatt Jena gGmbH getragen wird, "
         "berät.", ("Brückenhaus Saale", "Werkstatt Jena gGmbH")),
        ("Die Werkstatt Jena gGmbH berät nicht nur Betriebe, sie trägt auch das Projekt „Brückenhaus Saale“.",
         ("Brückenhaus Saale", "Werkstatt Jena gGmbH")),
        ("Das IQ Netzwerk Thüringen wird seit 2021 nicht mehr von der Werkstatt Jena gGmbH koordiniert.",
         ("IQ Netzwerk Thüringen", "Werkstatt Jena gGmbH")),
    ],
)  # fmt: skip
def test_a_denial_in_another_clause_or_of_the_present_alone_keeps_the_carrier(
    text: str, fact: tuple[str, str]
) -> None:
    assert fact in _hosts(text)


# ---------------------------------------------------------------- a subordinate clause, its verb last


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Wir freuen uns sehr, dass die Werkstatt Jena gGmbH das Projekt „Brückenhaus Saale“ umsetzt.",
         {("Brückenhaus Saale", "Werkstatt Jena gGmbH")}),
        ("Weil der Bildungsverein Saale e.V. das IQ Netzwerk Thüringen koordiniert, kennt er viele Betriebe.",
         {("IQ Netzwerk Thüringen", "Bildungsverein Saale e.V.")}),
        ("Seit die Volkshochschule Jena die Anlaufstelle „Brückenhaus Saale“ betreibt, kommen mehr Gäste.",
         {("Anlaufstelle „Brückenhaus Saale“", "Volkshochschule Jena")}),
        ("Bekannt wurde, dass die Werkstatt Jena gGmbH und die Caritas Jena das Projekt „Brückenhaus Saale“ "
         "gemeinsam durchgeführt haben.",
         {("Brückenhaus Saale", "Werkstatt Jena gGmbH"), ("Brückenhaus Saale", "Caritas Jena")}),
    ],
)  # fmt: skip
def test_a_carrier_subject_of_a_verb_last_clause(text: str, facts: set[tuple[str, str]]) -> None:
    assert facts <= _hosts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt prüft, ob die Werkstatt Jena gGmbH das Projekt „Brückenhaus Saale“ umsetzt.",
        "Wir wissen, dass die Werkstatt Jena gGmbH das Projekt „Brückenhaus Saale“ besucht.",
        "Es heißt, dass die Werkstatt Jena gGmbH für das Projekt „Brückenhaus Saale“ Räume anbietet.",
    ],
)
def test_a_verb_last_clause_of_a_question_another_verb_or_a_preposition_gives_no_carrier(text: str) -> None:
    assert _hosts(text) == set()


# ---------------------------------------------------------------- belonging to a body "organisatorisch"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Die Beratungsstelle „Brückenhaus Saale“ gehört organisatorisch zur Volkshochschule Jena.",
         ("Beratungsstelle „Brückenhaus Saale“", "Volkshochschule Jena")),
        ("Die Anlaufstelle „Brückenhaus Saale“ ist organisatorisch Teil der Werkstatt Jena gGmbH.",
         ("Anlaufstelle „Brückenhaus Saale“", "Werkstatt Jena gGmbH")),
        ("Das Projekt „Lernbrücke Ost“ gehört organisatorisch zum Bildungsverein Saale e.V.",
         ("Lernbrücke Ost", "Bildungsverein Saale e.V.")),
    ],
)  # fmt: skip
def test_a_unit_belonging_organisationally_to_a_body_is_carried_by_it(
    text: str, fact: tuple[str, str]
) -> None:
    assert fact in _hosts(text)


def test_a_unit_belonging_organisationally_to_a_network_is_no_carrier() -> None:
    text = "Die Beratungsstelle „Brückenhaus Saale“ gehört organisatorisch zum IQ Netzwerk Thüringen."
    assert _hosts(text) == set()


# ---------------------------------------------------------------- part of a network through a project


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Die Werkstatt Jena gGmbH ist mit dem Projekt „Brückenhaus Saale“ Teil des IQ Netzwerks Thüringen.",
         ("Brückenhaus Saale", "Werkstatt Jena gGmbH")),
        ("Die Volkshochschule Jena war mit dem Teilprojekt „Lernbrücke Ost“ Mitglied des IQ Netzwerks Thüringen.",
         ("Lernbrücke Ost", "Volkshochschule Jena")),
        ("Der Bildungsverein Saale e.V. ist seit 2019 mit dem Projekt „Brückenhaus Saale“ Partner im IQ Netzwerk "
         "Thüringen.", ("Brückenhaus Saale", "Bildungsverein Saale e.V.")),
    ],
)  # fmt: skip
def test_a_body_part_of_a_network_through_its_project_carries_it(text: str, fact: tuple[str, str]) -> None:
    assert fact in _hosts(text)


def test_a_body_talking_with_a_project_carries_none() -> None:
    assert (
        _hosts("Die Werkstatt Jena gGmbH spricht mit dem Projekt „Brückenhaus Saale“ über Teilhabe.") == set()
    )


# ---------------------------------------------------------------- the bare leading noun after the unit


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Das Projekt „Brückenhaus Saale“ startete 2019. Die Projektleitung hat Marta Beispiel.",
         ("Brückenhaus Saale", "Marta Beispiel")),
        ("Die Beratungsstelle „Lernbrücke Ost“ öffnet im Mai. Die Leitung übernimmt ab Mai Jonas Probe.",
         ("Beratungsstelle „Lernbrücke Ost“", "Jonas Probe")),
        ("Das IQ Netzwerk Thüringen berät Betriebe. Die Koordination lag bis 2022 bei Marta Beispiel.",
         ("IQ Netzwerk Thüringen", "Marta Beispiel")),
    ],
)  # fmt: skip
def test_a_bare_leading_noun_names_the_head_of_the_unit_before(text: str, fact: tuple[str, str]) -> None:
    assert fact in _heads(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt „Brückenhaus Saale“ startete 2019. Die Leitung hat Marta Beispiel gelobt.",
        "Das Projekt „Brückenhaus Saale“ startete 2019.\n\nDie Leitung hat Marta Beispiel.",
    ],
)
def test_a_bare_leading_noun_with_another_verb_or_a_new_paragraph_names_no_head(text: str) -> None:
    assert _heads(text) == set()


# ---------------------------------------------------------------- the leading phrase fronted


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Unter Leitung von Marta Beispiel berät das Projekt „Brückenhaus Saale“ Zugewanderte.",
         {("Brückenhaus Saale", "Marta Beispiel")}),
        ("Unter der Leitung von Dr. Jonas Probe hat die Beratungsstelle „Lernbrücke Ost“ 300 Menschen beraten.",
         {("Beratungsstelle „Lernbrücke Ost“", "Jonas Probe")}),
        ("Unter der Koordination von Marta Beispiel und Jonas Probe arbeitet seit 2020 das IQ Netzwerk Thüringen.",
         {("IQ Netzwerk Thüringen", "Marta Beispiel"), ("IQ Netzwerk Thüringen", "Jonas Probe")}),
    ],
)  # fmt: skip
def test_a_fronted_leading_phrase_names_the_head_of_the_subject(
    text: str, facts: set[tuple[str, str]]
) -> None:
    assert facts <= _heads(text)


def test_a_fronted_leading_phrase_before_another_subject_names_no_head() -> None:
    assert (
        _heads("Unter der Leitung von Marta Beispiel besuchten Gäste das Projekt „Brückenhaus Saale“.")
        == set()
    )


# ---------------------------------------------------------------- "verankert" placing a unit at a body


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Das Projekt „Brückenhaus Saale“ ist bei der Werkstatt Jena gGmbH verankert.",
         ("Brückenhaus Saale", "Werkstatt Jena gGmbH")),
        ("Verankert ist das IQ Netzwerk Thüringen seit 2015 beim Bildungsverein Saale e.V.",
         ("IQ Netzwerk Thüringen", "Bildungsverein Saale e.V.")),
        ("Die Beratungsstelle „Lernbrücke Ost“ war von Beginn an beim Bildungsverein Saale e.V. verankert.",
         ("Beratungsstelle „Lernbrücke Ost“", "Bildungsverein Saale e.V.")),
    ],
)  # fmt: skip
def test_a_unit_anchored_at_a_body_is_carried_by_it(text: str, fact: tuple[str, str]) -> None:
    assert fact in _hosts(text)


def test_a_unit_anchored_in_a_town_has_no_carrier() -> None:
    assert _hosts("Das Projekt „Brückenhaus Saale“ ist in Jena fest verankert.") == set()


# ---------------------------------------------------------------- belonging to a department of a body


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("In Jena gehört die Beratungsstelle „Brückenhaus Saale“ organisatorisch zur Integrationsabteilung im Amt "
         "für Integration Jena.", ("Beratungsstelle „Brückenhaus Saale“", "Amt für Integration Jena")),
        ("Die Anlaufstelle „Lernbrücke Ost“ gehörte bis 2020 zum Fachbereich Soziales der Stadtverwaltung Jena.",
         ("Anlaufstelle „Lernbrücke Ost“", "Stadtverwaltung Jena")),
        ("Die Beratungsstelle „Brückenhaus Saale“ gehört zur Sozialabteilung der Stadtverwaltung Jena.",
         ("Beratungsstelle „Brückenhaus Saale“", "Stadtverwaltung Jena")),
    ],
)  # fmt: skip
def test_a_unit_belonging_to_a_department_is_carried_by_its_body(text: str, fact: tuple[str, str]) -> None:
    assert fact in _hosts(text)


def test_a_unit_advising_on_a_department_belongs_to_none() -> None:
    text = "Die Beratungsstelle „Brückenhaus Saale“ berät zur Sozialabteilung der Stadtverwaltung Jena."
    assert _hosts(text) == set()


def test_a_body_named_before_a_department_s_part_is_no_part_of_its_body() -> None:
    text = (
        "Gefragt nach der Stadt Jena, sagt Jonas Probe: „Die Beratungsstelle „Brückenhaus Saale“ ist "
        "organisatorisch Teil der Sozialabteilung im Amt für Integration Jena.“"
    )
    facts = facts_of("Neues aus Jena\n\n" + text).relations
    assert not any(p == "partOf" and o == "Amt für Integration Jena" for _, p, o in facts)
