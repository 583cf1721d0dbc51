"""Clause bounds in funding and carrying (round 12b): the agent of a passive belongs to its own clause, and a comma
before a new fronted participle with its auxiliary ("…, gefördert wird es vom Land Y") bounds it."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _relations(text: str) -> set[tuple[str, str, str]]:
    return set(facts_of("Neues aus Cottbus\n\n" + text).relations)


@pytest.mark.parametrize(
    ("text", "unit", "carrier", "funder"),
    [
        (
            "Das Projekt „Brückenbau“ bringt Zugewanderte in Arbeit. Umgesetzt wird das Projekt vom Verein "
            "Lernwerk e. V., gefördert wird es vom Land Brandenburg.",
            "Brückenbau",
            "Lernwerk e. V.",
            "Land Brandenburg",
        ),
        (
            "Getragen wird das Projekt „Jobpfad“ von der Stadt Cottbus, finanziert wird es vom Bundesministerium "
            "für Arbeit und Soziales.",
            "Jobpfad",
            "Stadt Cottbus",
            "Bundesministerium für Arbeit und Soziales",
        ),
        (
            "Gefördert wird das Projekt „Brückenbau“ vom Land Brandenburg, umgesetzt wird es vom Verein Lernwerk "
            "e. V.",
            "Brückenbau",
            "Lernwerk e. V.",
            "Land Brandenburg",
        ),
        (
            "Finanziert wird die Beratungsstelle „Anker“ durch die Stadt Cottbus, betrieben wird sie von der "
            "Caritas Spreewald.",
            "Beratungsstelle „Anker“",
            "Caritas Spreewald",
            "Stadt Cottbus",
        ),
    ],
)
def test_each_fronted_participle_keeps_its_own_agent(text: str, unit: str, carrier: str, funder: str) -> None:
    found = _relations(text)
    assert (unit, "hostedBy", carrier) in found
    assert (unit, "fundedBy", funder) in found
    assert (unit, "fundedBy", carrier) not in found
    assert (unit, "hostedBy", funder) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Gefördert wird „Perspektive Arbeit“ vom Land Hessen und durchgeführt in Fulda.",
        "Finanziert wird das Projekt „Jobpfad“ durch die Stadt Kassel und angeboten in Räumen des Stadtteilzentrums.",
        "Gefördert werden die Projekte „Jobpfad“ und „Lotsenhaus“ vom Landkreis Fulda und umgesetzt in Fulda.",
    ],
)
def test_the_agent_of_a_fronted_funding_participle_carries_nothing(text: str) -> None:
    assert not [fact for fact in _relations(text) if fact[1] == "hostedBy"]


@pytest.mark.parametrize(
    ("text", "unit", "carrier"),
    [
        (
            "Das Projekt „Perspektive Arbeit“ ist eine Einrichtung der Stadt Kassel.",
            "Perspektive Arbeit",
            "Stadt Kassel",
        ),
        (
            "Die Beratungsstelle „Anker“ ist eine Einrichtung der Stadt Fulda.",
            "Beratungsstelle „Anker“",
            "Stadt Fulda",
        ),
        ("Das Projekt „Jobpfad“ ist eine Einrichtung des Landkreises Fulda.", "Jobpfad", "Landkreis Fulda"),
    ],
)
def test_a_unit_called_a_facility_of_a_town_is_carried_by_it(text: str, unit: str, carrier: str) -> None:
    assert (unit, "hostedBy", carrier) in _relations(text)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Die Caritas Nordhessen koordiniert das Netzwerk „Ankommen“, das Projekt „Perspektive Arbeit“ trägt der "
            "Verein Lernwerk e. V.",
            ("Perspektive Arbeit", "Lernwerk e. V."),
            ("Perspektive Arbeit", "Caritas Nordhessen"),
        ),
        (
            "Der Verein Lernwerk e. V. betreibt seit 2019 die Anlaufstelle „Ankommen“, das Projekt „Jobpfad“ "
            "verantwortet die Caritas Nordhessen.",
            ("Jobpfad", "Caritas Nordhessen"),
            ("Jobpfad", "Lernwerk e. V."),
        ),
        (
            "Gefördert wird das Projekt „Perspektive Arbeit“ vom Land Hessen, das Projekt ist beim Verein Lernwerk "
            "e. V. angesiedelt.",
            ("Perspektive Arbeit", "Lernwerk e. V."),
            ("Perspektive Arbeit", "Land Hessen"),
        ),
        (
            "Der Verein Lernwerk e. V. ist Träger der Anlaufstelle „Ankommen“, die Beratungsstelle „Anker“ "
            "koordiniert die Caritas Nordhessen.",
            ("Beratungsstelle „Anker“", "Caritas Nordhessen"),
            ("Beratungsstelle „Anker“", "Lernwerk e. V."),
        ),
    ],
)
def test_an_article_after_a_comma_opens_a_main_clause_not_a_relative_one(
    text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    hosted = {(s, o) for s, p, o in _relations(text) if p == "hostedBy"}
    assert first in hosted
    assert second not in hosted


@pytest.mark.parametrize(
    ("text", "unit", "carrier"),
    [
        (
            "Beraten wird im Projekt „Jobpfad“, das der Verein Lernwerk e. V. trägt.",
            "Jobpfad",
            "Lernwerk e. V.",
        ),
        (
            "Neu ist die Anlaufstelle „Ankommen“, die die Caritas Nordhessen betreibt.",
            "Anlaufstelle „Ankommen“",
            "Caritas Nordhessen",
        ),
        (
            "Die Caritas Nordhessen, die das Projekt „Jobpfad“ koordiniert, lädt ein.",
            "Jobpfad",
            "Caritas Nordhessen",
        ),
    ],
)
def test_a_relative_pronoun_still_opens_a_relative_clause(text: str, unit: str, carrier: str) -> None:
    assert (unit, "hostedBy", carrier) in _relations(text)


@pytest.mark.parametrize(
    ("text", "unit", "other"),
    [
        (
            "Wir stellen die Anlaufstelle „Ankommen“ vor, das Projekt „Jobpfad“ finanziert der Landkreis Fulda.",
            "Jobpfad",
            "Anlaufstelle „Ankommen“",
        ),
        (
            "Die Anlaufstelle „Ankommen“ berät Frauen, das Projekt „Jobpfad“ fördert der Landkreis Fulda.",
            "Jobpfad",
            "Anlaufstelle „Ankommen“",
        ),
        (
            "Die Caritas Nordhessen koordiniert die Anlaufstelle „Ankommen“, das Projekt „Jobpfad“ wird vom "
            "Landkreis Fulda gefördert.",
            "Jobpfad",
            "Anlaufstelle „Ankommen“",
        ),
    ],
)
def test_the_payer_of_a_main_clause_after_a_comma_funds_its_own_object(
    text: str, unit: str, other: str
) -> None:
    found = _relations(text)
    assert (unit, "fundedBy", "Landkreis Fulda") in found
    assert (other, "fundedBy", "Landkreis Fulda") not in found


def _page(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of(text).relations if p == "hostedBy"}


@pytest.mark.parametrize(
    ("text", "unit", "carrier"),
    [
        (
            "Über uns\n\nDer Verein Lernwerk e. V. arbeitet seit 1990 in Jena. Unser Verein berät Zugewanderte. Wir "
            "sind Träger des Projekts „Jobpfad“.",
            "Jobpfad",
            "Lernwerk e. V.",
        ),
        (
            "Wer wir sind\n\nDie Bildungshaus Saale gGmbH wurde 1995 gegründet. Unsere gGmbH bildet Fachkräfte "
            "weiter. Seit 2021 sind wir auch Träger der Anlaufstelle „Ankommen“.",
            "Anlaufstelle „Ankommen“",
            "Bildungshaus Saale gGmbH",
        ),
        (
            "Über uns\n\nDer Verein Lernwerk e. V. arbeitet seit 1990 in Jena. Unser Verein berät Zugewanderte. Das "
            "Projekt „Jobpfad“ ist bei uns angesiedelt.",
            "Jobpfad",
            "Lernwerk e. V.",
        ),
        (
            "Über uns\n\nDie Stiftung Brückenschlag fördert Bildung. Unsere Stiftung hat ihren Sitz in Jena. Die "
            "Anlaufstelle „Ankommen“ ist seit 2019 bei uns angesiedelt.",
            "Anlaufstelle „Ankommen“",
            "Stiftung Brückenschlag",
        ),
        (
            "Über uns\n\nDer Verein Lernwerk e. V. arbeitet seit 1990 in Jena. Unser Verein berät Zugewanderte. Das "
            "Projekt „Jobpfad“ läuft in unserer Trägerschaft.",
            "Jobpfad",
            "Lernwerk e. V.",
        ),
        (
            "Über uns\n\nDie Bildungshaus Saale gGmbH bildet Fachkräfte weiter. Unsere gGmbH hat 40 Beschäftigte. "
            "Unter unserer Trägerschaft arbeiten die Anlaufstelle „Ankommen“ und das Projekt „Jobpfad“.",
            "Jobpfad",
            "Bildungshaus Saale gGmbH",
        ),
    ],
)
def test_a_carrier_page_names_its_units_in_its_own_voice(text: str, unit: str, carrier: str) -> None:
    assert (unit, carrier) in _page(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aus Jena\n\nDas Projekt „Jobpfad“ ist bei uns angesiedelt.",
        "Aus Jena\n\nDas Projekt „Jobpfad“ läuft in unserer Trägerschaft.",
        "Das Projekt „Jobpfad“\n\nDas Projekt „Jobpfad“ berät Zugewanderte in Jena. Wir sind Träger des Projekts "
        "„Lotsenhaus“.",
    ],
)
def test_an_own_voice_whose_body_is_unknown_carries_nothing(text: str) -> None:
    assert not _page(text)


@pytest.mark.parametrize(
    ("text", "unit", "carrier"),
    [
        (
            "Getragen wird die Anlaufstelle „Ankommen“ von der Caritas Nordhessen, ko-finanziert wird sie vom "
            "Landkreis Fulda.",
            "Anlaufstelle „Ankommen“",
            "Caritas Nordhessen",
        ),
        (
            "Ko-finanziert wird die Anlaufstelle „Ankommen“ vom Landkreis Fulda.",
            "Anlaufstelle „Ankommen“",
            None,
        ),
        (
            "Betrieben wird das Projekt „Jobpfad“ vom Verein Lernwerk e. V., mit-finanziert wird es vom Landkreis "
            "Fulda.",
            "Jobpfad",
            "Lernwerk e. V.",
        ),
    ],
)
def test_a_hyphenated_co_funding_participle_names_a_payer_only(
    text: str, unit: str, carrier: str | None
) -> None:
    found = _relations(text)
    assert (unit, "fundedBy", "Landkreis Fulda") in found
    assert {o for s, p, o in found if p == "hostedBy"} == ({carrier} if carrier else set())


@pytest.mark.parametrize(
    ("text", "unit", "payer"),
    [
        (
            "Die Trägerschaft liegt beim Verein Lernwerk e. V., gefördert wird das Projekt „Jobpfad“ vom Land "
            "Thüringen.",
            "Jobpfad",
            "Land Thüringen",
        ),
        (
            "Die Beratung ist kostenlos, finanziert wird die Anlaufstelle „Ankommen“ von der Stadt Jena.",
            "Anlaufstelle „Ankommen“",
            "Stadt Jena",
        ),
        (
            "Die Kurse beginnen im Mai, gefördert werden die Projekte „Jobpfad“ und „Lotsenhaus“ vom Landkreis "
            "Fulda.",
            "Jobpfad",
            "Landkreis Fulda",
        ),
    ],
)
def test_a_payer_after_a_participle_opening_a_clause_is_no_carrier(text: str, unit: str, payer: str) -> None:
    found = _relations(text)
    assert (unit, "fundedBy", payer) in found
    assert not [fact for fact in found if fact[1] == "hostedBy" and fact[2] == payer]


def test_a_carrying_participle_opening_a_clause_still_names_the_carrier() -> None:
    text = "Die Kurse beginnen im Mai, umgesetzt wird das Projekt „Jobpfad“ vom Verein Lernwerk e. V."
    assert ("Jobpfad", "hostedBy", "Lernwerk e. V.") in _relations(text)


@pytest.mark.parametrize(
    ("text", "unit", "payer", "other"),
    [
        (
            "Während das Land Thüringen das Projekt „Jobpfad“ finanziert, setzt der Verein Lernwerk e. V. es um.",
            "Jobpfad",
            "Land Thüringen",
            "Lernwerk e. V.",
        ),
        (
            "Weil der Landkreis Fulda die Anlaufstelle „Ankommen“ fördert, kann die Caritas Nordhessen mehr "
            "Menschen beraten.",
            "Anlaufstelle „Ankommen“",
            "Landkreis Fulda",
            "Caritas Nordhessen",
        ),
        (
            "Nachdem die Stadt Kassel das Projekt „Lotsenhaus“ finanziert hatte, übernahm die Stiftung Brückenschlag "
            "die Beratung.",
            None,
            "Stadt Kassel",
            "Stiftung Brückenschlag",
        ),
    ],
)
def test_a_funding_verb_closing_its_clause_has_its_object_before_it(
    text: str, unit: str | None, payer: str, other: str
) -> None:
    found = _relations(text)
    if unit is not None:
        assert (unit, "fundedBy", payer) in found
    assert (other, "fundedBy", payer) not in found


@pytest.mark.parametrize(
    ("text", "unit", "payer", "other"),
    [
        (
            "Weil die Caritas Nordhessen das Projekt „Jobpfad“ betreibt, fördert der Landkreis Fulda die "
            "Anlaufstelle „Ankommen“.",
            "Anlaufstelle „Ankommen“",
            "Landkreis Fulda",
            "Caritas Nordhessen",
        ),
        (
            "Seit die Stiftung Brückenschlag die Beratung übernommen hat, fördert die Stadt Jena die Anlaufstelle "
            "„Ankommen“.",
            "Anlaufstelle „Ankommen“",
            "Stadt Jena",
            "Stiftung Brückenschlag",
        ),
        (
            "Da der Bedarf wächst, finanziert das Land Thüringen das Projekt „Jobpfad“ weiter.",
            "Jobpfad",
            "Land Thüringen",
            None,
        ),
    ],
)
def test_a_funding_verb_after_a_subordinate_clause_has_its_subject_after_it(
    text: str, unit: str, payer: str, other: str | None
) -> None:
    found = _relations(text)
    assert (unit, "fundedBy", payer) in found
    assert not [fact for fact in found if fact[1] == "fundedBy" and fact[2] == other]
