"""Funding, round 17 (a sweep of invented ministry statements, parliamentary answers, project profiles and budget
news): a plural subject standing for the units coordinated or listed right before it ("… die Projekte „A“, „B“ und
„C“. Sie werden vom Land gefördert"), the source named after an amount ("mit 1,2 Millionen Euro aus Mitteln des
ESF"), support with money given to a list of units, a project profile's funding field ("Gefördert durch: …" funds
the project the box is about), and the near shapes that give no payer."""

from __future__ import annotations

import pytest

from conftest import facts_of

_BMAS = "Bundesministerium für Arbeit und Soziales"
_ESF = "Europäischer Sozialfonds"
_MINISTRY = "Hessisches Ministerium für Arbeit und Integration"  # invented


def _funding(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Kassel\n\n" + text).relations if p == "fundedBy"}


def _each(units: tuple[str, ...], payers: tuple[str, ...]) -> set[tuple[str, str]]:
    return {(u, p) for u in units for p in payers}


_THREE = ("Anerkennung Kassel", "Brücke Fulda", "Mentoring Gießen")


# ---------------------------------------------------------------- a plural subject for the units named before


@pytest.mark.parametrize(
    ("text", "payers"),
    [
        ("Zum IQ Netzwerk Hessen gehören die Teilprojekte „Anerkennung Kassel“, „Brücke Fulda“ und „Mentoring Gießen“. "
         "Die Teilprojekte werden vom Hessischen Ministerium für Arbeit und Integration und aus Mitteln des Europäischen "
         "Sozialfonds gefördert.", (_MINISTRY, _ESF)),
        ("Im IQ Netzwerk Hessen arbeiten die Projekte „Anerkennung Kassel“, „Brücke Fulda“ und „Mentoring Gießen“. "
         "Sie werden vom Hessischen Ministerium für Arbeit und Integration und aus Mitteln des Europäischen Sozialfonds "
         "gefördert.", (_MINISTRY, _ESF)),
        ("Im IQ Netzwerk Hessen arbeiteten 2019 die Projekte „Anerkennung Kassel“, „Brücke Fulda“ sowie „Mentoring "
         "Gießen“. Alle drei Projekte wurden durch das Hessische Ministerium für Arbeit und Integration finanziert.",
         (_MINISTRY,)),
        ("Die Projekte „Anerkennung Kassel“, „Brücke Fulda“ und „Mentoring Gießen“ sind Teil des IQ Netzwerks Hessen. "
         "Alle drei werden vom Europäischen Sozialfonds kofinanziert.", (_ESF,)),
    ],
)  # fmt: skip
def test_a_plural_subject_after_a_coordinated_list_funds_each_unit(
    text: str, payers: tuple[str, ...]
) -> None:
    assert _each(_THREE, payers) <= _funding(text)


@pytest.mark.parametrize(
    "text",
    [
        "Folgende Teilprojekte gehören zum IQ Netzwerk Hessen:\n- Anerkennung Kassel\n- Brücke Fulda\n"
        "- Mentoring Gießen\nSie werden durch das Hessische Ministerium für Arbeit und Integration und den Europäischen "
        "Sozialfonds finanziert.",
        "Folgende Teilprojekte gehören zum IQ Netzwerk Hessen:\n\n„Anerkennung Kassel“ (Träger: Caritas Kassel)\n"
        "„Brücke Fulda“ (Träger: Caritas Fulda)\n„Mentoring Gießen“ (Träger: AWO Gießen)\n\nAlle Teilprojekte "
        "werden vom Hessischen Ministerium für Arbeit und Integration und vom Europäischen Sozialfonds gefördert.",
        "Zum IQ Netzwerk Hessen gehören die Teilprojekte:\n• „Anerkennung Kassel“\n• „Brücke Fulda“\n• „Mentoring Gießen“\n"
        "Diese Projekte werden vom Hessischen Ministerium für Arbeit und Integration und vom Europäischen Sozialfonds "
        "gefördert.",
    ],
)
def test_a_plural_subject_after_lines_naming_units_funds_each_unit(text: str) -> None:
    assert _each(_THREE, (_MINISTRY, _ESF)) <= _funding(text)


def test_a_plural_subject_after_a_single_unit_funds_that_one_only() -> None:
    text = (
        "Im IQ Netzwerk Hessen arbeitet das Projekt „Anerkennung Kassel“ mit der Stadt Fulda zusammen. Sie werden "
        "vom Bundesministerium für Arbeit und Soziales gefördert."
    )
    assert ("Brücke Fulda", _BMAS) not in _funding(text)


def test_a_plural_subject_two_sentences_after_the_list_funds_none_of_it() -> None:
    text = (
        "Im IQ Netzwerk Hessen arbeiten die Projekte „Anerkennung Kassel“ und „Brücke Fulda“. Das Projekt „Mentoring "
        "Gießen“ kommt 2024 hinzu. Sie werden vom Bundesministerium für Arbeit und Soziales gefördert."
    )
    assert ("Anerkennung Kassel", _BMAS) not in _funding(text)


# ---------------------------------------------------------------- the source named after an amount


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Das Land Hessen fördert das Projekt „Brücke Fulda“ mit 1,2 Millionen Euro aus Mitteln des Europäischen "
         "Sozialfonds.", {("Brücke Fulda", "Land Hessen"), ("Brücke Fulda", _ESF)}),
        ("Mit 2,1 Millionen Euro aus dem Europäischen Sozialfonds unterstützt das Hessische Ministerium für Soziales "
         "und Integration das Projekt „Brücke Fulda“.",
         {("Brücke Fulda", "Hessisches Ministerium für Soziales und Integration"), ("Brücke Fulda", _ESF)}),
        ("Das Projekt „Brücke Fulda“ wurde 2021 vom Land Hessen mit 400.000 Euro aus Mitteln des Europäischen "
         "Sozialfonds gefördert.", {("Brücke Fulda", "Land Hessen"), ("Brücke Fulda", _ESF)}),
        ("Das Hessische Ministerium für Soziales und Integration unterstützte das Projekt „Brücke Fulda“ mit 90.000 "
         "Euro jährlich aus dem Europäischen Sozialfonds.",
         {("Brücke Fulda", "Hessisches Ministerium für Soziales und Integration"), ("Brücke Fulda", _ESF)}),
    ],
)  # fmt: skip
def test_the_source_after_an_amount_pays_for_the_unit_too(text: str, facts: set[tuple[str, str]]) -> None:
    assert facts <= _funding(text)


@pytest.mark.parametrize(
    "text",
    [
        # asked for, not given
        "Der Verein Hilfe e.V. hat für das Projekt „Brücke Fulda“ 1,2 Millionen Euro aus Mitteln des Europäischen "
        "Sozialfonds beantragt.",
        # flowing to no unit the sentence funds
        "Das Projekt „Brücke Fulda“ startet in Fulda. Dort fließen 20.000 Euro aus dem Europäischen Sozialfonds in "
        "die Sprachkurse.",
    ],
)
def test_an_amount_from_a_source_given_to_no_unit_funds_none(text: str) -> None:
    assert ("Brücke Fulda", _ESF) not in _funding(text)


# ---------------------------------------------------------------- support with money given to a list


@pytest.mark.parametrize(
    "text",
    [
        "Das Hessische Ministerium für Soziales und Integration unterstützt die Projekte „Anerkennung Kassel“, „Brücke "
        "Fulda“ und „Mentoring Gießen“ mit insgesamt 1,5 Millionen Euro.",
        "2022 unterstützte das Hessische Ministerium für Soziales und Integration die Projekte „Anerkennung Kassel“, "
        "„Brücke Fulda“ sowie „Mentoring Gießen“ mit Fördermitteln.",
        "Das Hessische Ministerium für Soziales und Integration unterstützt die Vorhaben „Anerkennung Kassel“, „Brücke "
        "Fulda“ und „Mentoring Gießen“ in diesem Jahr mit rund 300.000 Euro.",
    ],
)
def test_support_with_money_funds_each_unit_of_the_list(text: str) -> None:
    assert _each(_THREE, ("Hessisches Ministerium für Soziales und Integration",)) <= _funding(text)


def test_support_without_money_funds_none_of_the_list() -> None:
    text = (
        "Das Hessische Ministerium für Soziales und Integration unterstützt die Projekte „Anerkennung Kassel“, "
        "„Brücke Fulda“ und „Mentoring Gießen“ mit Rat und Tat."
    )
    assert not _funding(text)


# ---------------------------------------------------------------- a profile's funding field


@pytest.mark.parametrize(
    "box",
    [
        "Das Projekt „Brücke Fulda“ ist ein Teilprojekt im IQ Netzwerk Hessen.\nTräger: Caritas Fulda\n"
        "Laufzeit: 2019 bis 2022\nGefördert durch: Bundesministerium für Arbeit und Soziales, Europäischer Sozialfonds",
        "Projekt: Brücke Fulda\nNetzwerk: IQ Netzwerk Hessen\nTräger: Caritas Fulda\nFörderung: Bundesministerium für "
        "Arbeit und Soziales und Europäischer Sozialfonds",
        "„Brücke Fulda“ gehört seit 2019 zum IQ Netzwerk Hessen.\nTräger: Caritas Fulda\nFinanziert durch: "
        "Bundesministerium für Arbeit und Soziales, Europäischer Sozialfonds",
    ],
)
def test_a_funding_field_funds_the_project_the_box_is_about(box: str) -> None:
    found = _funding(box)
    assert {("Brücke Fulda", _BMAS), ("Brücke Fulda", _ESF)} <= found
    assert not {(s, o) for s, o in found if "Netzwerk" in s}


def test_a_funding_field_in_a_network_s_box_funds_the_network() -> None:
    box = (
        "Das IQ Netzwerk Hessen besteht aus den Teilprojekten „Brücke Fulda“ und „Anerkennung Kassel“.\n"
        "Gefördert durch: Bundesministerium für Arbeit und Soziales, Europäischer Sozialfonds"
    )
    assert _funding(box) == {("IQ Landesnetzwerk Hessen", _BMAS), ("IQ Landesnetzwerk Hessen", _ESF)}


# ---------------------------------------------------------------- an active relative clause: payers and their fund

_IQ = "Integration durch Qualifizierung"  # as the reference labels it


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Ab 2029 gehen 800.000 Euro an die Lotsenstellen in Jena; das Geld stammt aus dem Förderprogramm IQ, das "
         "der Bund und das Land Thüringen über den Europäischen Sozialfonds Plus finanzieren.",
         {(_IQ, "Land Thüringen"), (_IQ, "Europäischer Sozialfonds Plus")}),
        ("Das Förderprogramm IQ, das das Land Sachsen über den Europäischen Sozialfonds finanziert, berät "
         "Betriebe.", {(_IQ, "Land Sachsen"), (_IQ, _ESF)}),
        ("Das Projekt „Brücke Fulda“, das das Land Hessen und die Stadt Fulda gemeinsam finanzieren, startet im Mai.",
         {("Brücke Fulda", "Land Hessen"), ("Brücke Fulda", "Stadt Fulda")}),
        ("Das Projekt „Brücke Fulda“, das das Land Hessen und die Stadt Fulda seit 2020 gefördert haben, endet.",
         {("Brücke Fulda", "Land Hessen"), ("Brücke Fulda", "Stadt Fulda")}),
    ],
)  # fmt: skip
def test_an_active_relative_clause_funds_its_antecedent_by_each_payer(
    text: str, facts: set[tuple[str, str]]
) -> None:
    assert facts <= _funding(text)


def test_a_singular_relative_verb_takes_its_subject_only() -> None:
    text = "Das Projekt „Brücke Fulda“, das das Land Hessen mit der Stadt Fulda finanziert, startet im Mai."
    assert ("Brücke Fulda", "Stadt Fulda") not in _funding(text)


def test_a_fund_not_after_ueber_is_no_channel() -> None:
    text = (
        "Das Förderprogramm IQ, das die Europäische Union neben dem Europäischen Sozialfonds finanziert, berät "
        "Betriebe."
    )
    assert (_IQ, _ESF) not in _funding(text)


# ---------------------------------------------------------------- a pronoun after a fronted adverbial


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Das Projekt „Brücke Fulda“ wird seit 2005 vom Land Hessen finanziert. Seit 2015 wird es zusätzlich aus "
         "Mitteln des Europäischen Sozialfonds kofinanziert.", ("Brücke Fulda", _ESF)),
        ("Das Programm „Integration durch Qualifizierung (IQ)“ startete 2005. Seit Januar 2015 wird es aus Mitteln "
         "des Europäischen Sozialfonds gefördert.", (_IQ, _ESF)),
        ("Die Beratungsstelle „Brücke Fulda“ ist Teil des IQ Netzwerks Hessen. Zusätzlich wird sie vom Land Hessen "
         "gefördert.", ("Beratungsstelle „Brücke Fulda“", "Land Hessen")),
        ("Das Projekt „Brücke Fulda“ startete 2019. Außerdem wurde es vom Land Hessen finanziert.",
         ("Brücke Fulda", "Land Hessen")),
    ],
)  # fmt: skip
def test_a_pronoun_after_a_fronted_adverbial_is_the_unit_named_before(
    text: str, fact: tuple[str, str]
) -> None:
    assert fact in _funding(text)


def test_a_pronoun_after_a_fronted_adverbial_with_a_denial_gives_none() -> None:
    text = "Das Projekt „Brücke Fulda“ startete 2019. Seit 2024 wird es keineswegs mehr vom Land Hessen finanziert."
    assert ("Brücke Fulda", "Land Hessen") not in _funding(text)


# ---------------------------------------------------------------- the payers after the participle: "aus Landesmitteln des Y"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Das Projekt „Brücke Fulda“ wird finanziert aus Landesmitteln des Hessischen Ministeriums für Soziales und "
         "Integration.", ("Brücke Fulda", "Hessisches Ministerium für Soziales und Integration")),
        ("Das Projekt „Brücke Fulda“ wurde gefördert aus Bundesmitteln des Bundesministeriums für Arbeit und Soziales.",
         ("Brücke Fulda", _BMAS)),
        ("Die Beratungsstelle „Brücke Fulda“ ist finanziert aus Fördermitteln des Landes Hessen.",
         ("Beratungsstelle „Brücke Fulda“", "Land Hessen")),
    ],
)  # fmt: skip
def test_money_nouns_after_a_postposed_participle_introduce_the_payer(
    text: str, fact: tuple[str, str]
) -> None:
    assert fact in _funding(text)


def test_money_spoken_of_after_a_postposed_participle_names_no_payer() -> None:
    text = "Das Projekt „Brücke Fulda“ wird gefördert, über Landesmittel des Landes Hessen wird noch beraten."
    assert ("Brücke Fulda", "Land Hessen") not in _funding(text)


# ---------------------------------------------------------------- a funder noun with "für"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Zuwendungsgeber für das Projekt „Brücke Fulda“ ist das Hessische Ministerium für Soziales und Integration.",
         ("Brücke Fulda", "Hessisches Ministerium für Soziales und Integration")),
        ("Das Land Hessen ist seit 2020 Geldgeber für das Projekt „Brücke Fulda“.", ("Brücke Fulda", "Land Hessen")),
        ("Fördermittelgeber für die Beratungsstelle „Brücke Fulda“ waren das Land Hessen und der Europäische "
         "Sozialfonds.", ("Beratungsstelle „Brücke Fulda“", _ESF)),
    ],
)  # fmt: skip
def test_a_funder_noun_for_a_unit_funds_it(text: str, fact: tuple[str, str]) -> None:
    assert fact in _funding(text)


def test_a_body_seeking_funders_for_a_unit_is_no_payer() -> None:
    text = "Die Caritas Fulda sucht für das Projekt „Brücke Fulda“ noch Geldgeber."
    assert not _funding(text)


# ---------------------------------------------------------------- coordinated receivers, coordinated marks


@pytest.mark.parametrize(
    "text",
    [
        "Die Projekte „Brücke Fulda“ und „Anerkennung Kassel“ erhalten vom Land Hessen jeweils 50.000 Euro.",
        "Die Projekte „Brücke Fulda“ und „Anerkennung Kassel“ erhielten 2022 Fördermittel vom Land Hessen.",
        "Die Projekte „Brücke Fulda“ sowie „Anerkennung Kassel“ bekommen Geld vom Land Hessen.",
    ],
)
def test_units_coordinated_before_receiving_money_are_each_funded(text: str) -> None:
    assert _each(("Brücke Fulda", "Anerkennung Kassel"), ("Land Hessen",)) <= _funding(text)


def test_a_unit_compared_before_the_receiver_is_not_listed_with_it() -> None:
    text = "Anders als „Brücke Fulda“ erhält das Projekt „Anerkennung Kassel“ vom Land Hessen 50.000 Euro."
    found = _funding(text)
    assert ("Anerkennung Kassel", "Land Hessen") in found
    assert ("Brücke Fulda", "Land Hessen") not in found


@pytest.mark.parametrize(
    ("text", "payers"),
    [
        ("Das vom Hessischen Ministerium für Arbeit und Integration und vom Europäischen Sozialfonds geförderte "
         "Projekt „Brücke Fulda“ startet im Mai.", (_MINISTRY, _ESF)),
        ("Das durch das Land Hessen, durch die Stadt Fulda und durch den Europäischen Sozialfonds finanzierte Projekt "
         "„Brücke Fulda“ startet im Mai.", ("Land Hessen", "Stadt Fulda", _ESF)),
        ("Im Mai startete das vom Land Hessen sowie vom Europäischen Sozialfonds kofinanzierte Projekt „Brücke Fulda“.",
         ("Land Hessen", _ESF)),
    ],
)  # fmt: skip
def test_payers_each_with_their_mark_before_an_attribute_all_pay(text: str, payers: tuple[str, ...]) -> None:
    assert _each(("Brücke Fulda",), payers) <= _funding(text)


def test_a_carrier_before_another_participle_is_no_payer_of_the_attribute() -> None:
    text = "Das von der Caritas Fulda getragene und vom Land Hessen geförderte Projekt „Brücke Fulda“ startet im Mai."
    assert _funding(text) == {("Brücke Fulda", "Land Hessen")}


# ---------------------------------------------------------------- a co-funding of the money spoken of


_SENATORIN = "Senatorin für Wirtschaft, Arbeit und Integration"  # an invented portfolio


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Das IQ Netzwerk Bremen bekommt bis 2029 knapp drei Millionen Euro aus dem Europäischen Sozialfonds Plus. "
         "Die Kofinanzierung dieser Mittel trägt die Senatorin für Wirtschaft, Arbeit und Integration.",
         ("IQ Netzwerk Bremen", _SENATORIN)),
        ("Das Projekt „Brücke Bremen“ wird vom Europäischen Sozialfonds gefördert. Die Kofinanzierung der ESF-Mittel "
         "trägt die Senatorin für Wirtschaft, Arbeit und Integration.", ("Brücke Bremen", _SENATORIN)),
        ("Das Projekt „Brücke Bremen“ bekam 2020 Geld vom Europäischen Sozialfonds. Die Kofinanzierung der "
         "Bundesmittel übernahm das Land Bremen.", ("Brücke Bremen", "Land Bremen")),
    ],
)  # fmt: skip
def test_a_co_funding_of_the_money_spoken_of_funds_the_unit(text: str, fact: tuple[str, str]) -> None:
    assert fact in _funding(text)


def test_the_fund_named_in_the_money_s_compound_is_not_what_is_co_funded() -> None:
    text = (
        "Das Projekt „Brücke Bremen“ wird vom Europäischen Sozialfonds gefördert. Die Kofinanzierung der ESF-Mittel "
        "trägt die Senatorin für Wirtschaft, Arbeit und Integration."
    )
    assert not {(s, o) for s, o in _funding(text) if s.startswith("Europäischer Sozialfonds")}


def test_a_co_funding_of_something_not_money_funds_none_by_this_reading() -> None:
    text = (
        "Das Projekt „Brücke Bremen“ wird vom Europäischen Sozialfonds gefördert. Die Kofinanzierung der Kurse "
        "übernimmt die Caritas Bremen."
    )
    assert ("Brücke Bremen", "Caritas Bremen") not in _funding(text)


# ---------------------------------------------------------------- the programme carried out together with bodies


def _partners(text: str) -> set[tuple[str, str]]:
    facts = facts_of("Neues aus Berlin\n\n" + text).relations
    return {(s, o) for s, p, o in facts if p == "implementationPartner"}


_BA = "Bundesagentur für Arbeit"
_BIBB = "Bundesinstitut für Berufsbildung"


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        ("Das Bundesministerium für Arbeit und Soziales setzt das Förderprogramm IQ gemeinsam mit dem "
         "Bundesinstitut für Berufsbildung und der Bundesagentur für Arbeit um.", {_BIBB, _BA}),
        ("Umgesetzt wird das Förderprogramm IQ zusammen mit der Bundesagentur für Arbeit.", {_BA}),
        ("Das Förderprogramm IQ wird vom Bundesministerium für Arbeit und Soziales in Zusammenarbeit mit dem "
         "Bundesinstitut für Berufsbildung umgesetzt.", {_BIBB}),
        ("Das Programm „Integration durch Qualifizierung (IQ)“ startete 2005 und wird gemeinsam mit der "
         "Bundesagentur für Arbeit umgesetzt.", {_BA}),
    ],
)  # fmt: skip
def test_bodies_carrying_out_the_programme_with_it_are_its_partners(text: str, partners: set[str]) -> None:
    assert {o for _, o in _partners(text)} == partners


def test_bodies_carrying_out_a_project_in_the_programme_are_not_its_partners() -> None:
    text = (
        "Im Rahmen des Programms „Integration durch Qualifizierung (IQ)“ setzt die Caritas Kassel gemeinsam mit der "
        "AWO Kassel das Projekt „Brücke Fulda“ um."
    )
    assert not _partners(text)


# ---------------------------------------------------------------- funding denied in the payer's clause


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt Jena erhält vom Land Thüringen keine Fördermittel für das Projekt „Integration Jena“.",
        "Das Projekt „Integration Jena“ erhält vom Land Thüringen keine Fördermittel mehr.",
        "Das Land Thüringen fördert das Projekt „Integration Jena“ nicht mehr.",
        "Der Antrag des Projekts „Integration Jena“ auf Förderung durch das Land Thüringen wurde abgelehnt.",
    ],
)
def test_funding_denied_in_the_payer_s_clause_is_none(text: str) -> None:
    assert ("Integration Jena", "Land Thüringen") not in _funding(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt „Integration Jena“ wird vom Land Thüringen gefördert, das Projekt „Brücke Gera“ erhält dagegen "
        "keine Mittel.",
        "Das Land Thüringen fördert das Projekt „Integration Jena“ nicht nur mit Geld, sondern auch mit Beratung.",
    ],
)
def test_a_denial_in_another_clause_or_not_only_keeps_the_funding(text: str) -> None:
    assert ("Integration Jena", "Land Thüringen") in _funding(text)
