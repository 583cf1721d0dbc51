"""Funding read on invented sentences: verbs of granting money ("bewilligt dem Projekt X 300.000 Euro", "Dafür gibt
das Land Y …", "bezuschusst das Projekt"), support fronted with its manner ("Finanziell unterstützt wird …"), a grant
in the genitive ("mit einem Zuschuss des Landes Y") and money provided with its source before the close ("stellt …
1 Million Euro aus Landesmitteln zur Verfügung")."""

from __future__ import annotations

import pytest

from conftest import facts_of

_OPENING = "Das IQ Netzwerk Hessen startet in Kassel das Projekt „Brücke Nord“. "


def _funding(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Kassel\n\n" + text).relations if p == "fundedBy"}


@pytest.mark.parametrize(
    ("sentence", "payer"),
    [
        ("Das Land Hessen bewilligte dem Projekt „Brücke Nord“ 300.000 Euro.", "Land Hessen"),
        ("Für das Projekt „Brücke Nord“ gibt die Stadt Fulda 20.000 Euro.", "Stadt Fulda"),
        ("Die Stadt Fulda gewährt dem Projekt „Brücke Nord“ einen Zuschuss von 5.000 Euro.", "Stadt Fulda"),
        (
            "Seit 2024 bezuschussen die Stadt Fulda und das Land Hessen das Projekt „Brücke Nord“.",
            "Stadt Fulda",
        ),
        (_OPENING + "Das Land Hessen bezuschusst „Brücke Nord“ mit 50.000 Euro.", "Land Hessen"),
    ],
)
def test_a_verb_of_granting_money_funds_the_unit_it_is_for(sentence: str, payer: str) -> None:
    assert ("Brücke Nord", payer) in _funding(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dafür gibt das Land Hessen 300.000 Euro.",
        "Das Land Hessen bewilligte dem Projekt 300.000 Euro.",
        "Für das Vorhaben zahlt das Land Hessen jährlich 40.000 Euro.",
        "Hierfür bewilligte das Land Hessen Fördermittel in Höhe von 1 Million Euro.",
    ],
)
def test_a_grant_to_a_noun_standing_for_the_unit_funds_the_unit_spoken_of(sentence: str) -> None:
    assert ("Brücke Nord", "Land Hessen") in _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stadt Fulda zahlt den Arbeitgebern einen Zuschuss von 300 Euro.",
        "Die Stadt Fulda gibt dafür keine Mittel.",
        "Die Stadt Fulda gibt für die Sprachkurse 20.000 Euro aus.",
        "Das Land Hessen bewilligt der Stadt Kassel dafür 20.000 Euro.",
    ],
)
def test_money_given_to_no_unit_or_refused_is_no_funding(sentence: str) -> None:
    assert not _funding(_OPENING + sentence)


def test_money_for_the_projects_of_a_network_funds_the_network() -> None:
    text = (
        "Das IQ Netzwerk Hessen lud nach Kassel ein.\n\n"
        "Die Teilnehmenden sprachen über Anerkennung.\n\n"
        "Geld für die hessischen Teilprojekte geben der Europäische Sozialfonds sowie das Land Hessen."
    )
    funding = _funding(text)
    assert {(s, o) for s, o in funding if o == "Land Hessen"} == {("IQ Landesnetzwerk Hessen", "Land Hessen")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Finanziell unterstützt wird das Projekt durch das Land Hessen.",
        "Finanziell gefördert wird das Vorhaben vom Land Hessen.",
        "Finanziell unterstützt wurde das Angebot bislang vom Land Hessen.",
    ],
)
def test_support_fronted_with_its_manner_is_funding(sentence: str) -> None:
    assert ("Brücke Nord", "Land Hessen") in _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mit einem Zuschuss des Landes Hessen kann die Beratung wachsen.",
        "Dank der Zuwendung des Landes Hessen kann das Projekt wachsen.",
        "Das Projekt „Brücke Nord“ wächst mit der Zuwendung des Landes Hessen um zwei Stellen.",
    ],
)
def test_a_grant_in_the_genitive_names_its_payer(sentence: str) -> None:
    assert ("Brücke Nord", "Land Hessen") in _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Land Hessen stellt dem Projekt bis 2030 rund 1,2 Millionen Euro aus Landesmitteln zur Verfügung.",
        "Das Land Hessen stellt für das Projekt „Brücke Nord“ 80.000 Euro aus eigenen Mitteln bereit.",
        "Das Land Hessen hat dem Projekt 90.000 Euro aus dem Landeshaushalt bewilligt.",
    ],
)
def test_money_provided_with_its_source_before_the_close(sentence: str) -> None:
    assert ("Brücke Nord", "Land Hessen") in _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Brücke Nord“ ist ein vom Land Hessen gefördertes Projekt des IQ Netzwerks Hessen.",
        "„Brücke Nord“ ist seit 2024 ein durch das Land Hessen finanziertes Teilprojekt des IQ Netzwerks Hessen.",
        "Das Projekt „Brücke Nord“ war ein vom Land Hessen kofinanziertes Vorhaben der Stadt Kassel.",
    ],
)
def test_a_funded_unit_noun_with_a_genitive_funds_the_subject_not_the_owner(sentence: str) -> None:
    funding = _funding(_OPENING + sentence)
    assert ("Brücke Nord", "Land Hessen") in funding
    assert all(s == "Brücke Nord" for s, _ in funding)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Finanzierung ist bis 2028 durch das Land Hessen gesichert.",
        "Die Förderung wird auch künftig vom Land Hessen sichergestellt.",
        "Die Finanzierung bleibt durch das Land Hessen gewährleistet.",
    ],
)
def test_a_funding_secured_by_its_payer(sentence: str) -> None:
    assert ("Brücke Nord", "Land Hessen") in _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Land Hessen investiert 400.000 Euro in das Projekt „Brücke Nord“.",
        "Das Land Hessen investiert dafür 400.000 Euro.",
        "In das Projekt „Brücke Nord“ investierte die Stadt Kassel 30.000 Euro.",
    ],
)
def test_money_invested_in_a_unit_funds_it(sentence: str) -> None:
    payer = "Stadt Kassel" if "Stadt" in sentence else "Land Hessen"
    assert ("Brücke Nord", payer) in _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Land Hessen unterstützt das Projekt „Brücke Nord“ mit Fördermitteln in Höhe von 400.000 Euro.",
        "Mit Landesmitteln unterstützt das Land Hessen das Projekt „Brücke Nord“.",
        "Das Projekt „Brücke Nord“ wird vom Land Hessen mit einem Zuschuss unterstützt.",
    ],
)
def test_support_with_a_noun_of_money_is_funding(sentence: str) -> None:
    assert ("Brücke Nord", "Land Hessen") in _funding(sentence)


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt „Brücke Nord“ berät in Kassel. Das Projekt „Lotsenhaus“ berät in Fulda. "
        "Beide Projekte werden aus Mitteln des Europäischen Sozialfonds kofinanziert.",
        "Die Stadt Kassel startet die Projekte „Brücke Nord“ und „Lotsenhaus“. "
        "Die beiden Projekte werden vom Europäischen Sozialfonds gefördert.",
        "Das Projekt „Brücke Nord“ berät in Kassel. Das zweite Projekt, „Lotsenhaus“, berät in Fulda.\n\n"
        "Beide Teilprojekte wurden durch den Europäischen Sozialfonds finanziert.",
    ],
)
def test_both_projects_named_before_are_each_funded(text: str) -> None:
    funding = _funding(text)
    assert {
        ("Brücke Nord", "Europäischer Sozialfonds"),
        ("Lotsenhaus", "Europäischer Sozialfonds"),
    } <= funding


def test_both_projects_needs_two_named_before() -> None:
    text = "Das Projekt „Brücke Nord“ berät in Kassel. Beide Projekte werden vom Europäischen Sozialfonds gefördert."
    assert _funding(text) <= {("Brücke Nord", "Europäischer Sozialfonds")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Eine zweite Beratung bietet der Verein ab Mai in Fulda an. Die Finanzierung übernimmt die Stadt Fulda.",
        "Ab Mai gibt es eine weitere Anlaufstelle in Fulda. Die Förderung erfolgt durch die Stadt Fulda.",
        "Der Verein plant ein neues Projekt für Pflegekräfte. Die Kosten trägt die Stadt Fulda.",
    ],
)
def test_a_further_unit_brought_in_without_a_name_is_what_is_paid_for(sentence: str) -> None:
    assert not any(o == "Stadt Fulda" for _, o in _funding(_OPENING + sentence))


def test_a_funding_noun_still_means_the_unit_spoken_of_without_a_further_one() -> None:
    sentence = "Der Verein berät ab Mai auch in Fulda. Die Finanzierung übernimmt die Stadt Fulda."
    assert ("Brücke Nord", "Stadt Fulda") in _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Lotsenhaus“ wird vom Verein Lernwerk e. V. umgesetzt; finanziell unterstützt wird es durch "
        "die Stadt Kassel.",
        "Das Projekt „Lotsenhaus“ wird von der Lernwerk gGmbH durchgeführt; gefördert wird es vom Land Hessen.",
        "Das Projekt „Lotsenhaus“ wird von der Lernwerk gGmbH getragen; finanziert wird das Projekt von der Stadt "
        "Kassel.",
    ],
)
def test_a_clause_after_a_semicolon_funds_the_subject_before_not_its_carrier(sentence: str) -> None:
    funding = _funding(_OPENING + sentence)
    assert any(s == "Lotsenhaus" and o in ("Stadt Kassel", "Land Hessen") for s, o in funding)
    assert not any(o.startswith("Lernwerk") for _, o in funding)


@pytest.mark.parametrize(
    ("sentence", "payer"),
    [
        (
            "Das Land Hessen gewährt ihm einen Zuschuss von 9.000 Euro, weitere 4.000 Euro gibt die Stadt Kassel dazu.",
            "Stadt Kassel",
        ),
        ("Das Land Hessen gewährt ihm einen Zuschuss von 9.000 Euro.", "Land Hessen"),
        ("Weitere 4.000 Euro zahlt die Stadt Kassel hinzu.", "Stadt Kassel"),
    ],
)
def test_a_grant_to_a_pronoun_or_added_to_funds_the_unit_spoken_of(sentence: str, payer: str) -> None:
    assert ("Brücke Nord", payer) in _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Land Hessen beteiligt sich an der Finanzierung des Projekts „Brücke Nord“.",
        "Das Land Hessen hat die Förderung des Projekts „Brücke Nord“ bis 2030 verlängert.",
        "Das Land Hessen sichert die Finanzierung des Projekts „Brücke Nord“.",
    ],
)
def test_a_payer_taking_part_in_or_securing_the_funding_of_a_unit(sentence: str) -> None:
    assert ("Brücke Nord", "Land Hessen") in _funding(_OPENING + sentence)


def test_a_funding_applied_for_names_no_payer() -> None:
    assert not _funding(_OPENING + "Die Stadt Kassel hat die Förderung des Projekts „Brücke Nord“ beantragt.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Für das Projekt „Brücke Nord“ stehen bis 2028 rund 500.000 Euro aus Mitteln des Landes Hessen zur Verfügung.",
        "Dem Projekt „Brücke Nord“ stehen 300.000 Euro vom Land Hessen zur Verfügung.",
        "Für „Brücke Nord“ standen im Vorjahr Fördermittel des Landes Hessen zur Verfügung.",
    ],
)
def test_money_at_hand_for_a_unit_from_a_payer(sentence: str) -> None:
    assert ("Brücke Nord", "Land Hessen") in _funding(_OPENING + sentence)


def test_help_at_hand_is_no_money() -> None:
    sentence = "Das Land Hessen steht dem Projekt „Brücke Nord“ beratend zur Verfügung."
    assert not _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Das IQ Netzwerk Hessen gehört zum Programm „Integration durch Qualifizierung (IQ)“. Dieses Programm "
            "finanzieren hauptsächlich das Land Hessen sowie der Europäische Sozialfonds.",
            "IQ Landesnetzwerk Hessen",  # a Land pays for the programme in its Land: the network
        ),
        (_OPENING + "Das Projekt fördern seit 2024 das Land Hessen und die Stadt Kassel.", "Brücke Nord"),
        (
            _OPENING + "Dieses Angebot finanzieren das Land Hessen und die Stadt Kassel gemeinsam.",
            "Brücke Nord",
        ),
    ],
)
def test_a_noun_for_a_unit_fronted_as_the_object_of_its_payers(text: str, unit: str) -> None:
    assert (unit, "Land Hessen") in _funding(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dieses Programm finanzieren das Land Hessen und die Stadt Kassel.",
        "Das Projekt fördert seit 2024 das Land Hessen.",
        "Das Netzwerk unterstützen die Stadt Kassel und das Land Hessen finanziell.",
    ],
)
def test_a_fronted_noun_of_another_kind_or_a_subject_means_no_unit_paid_for(sentence: str) -> None:
    assert ("Brücke Nord", "Land Hessen") not in _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Finanzierung teilen sich das Land Hessen und die Stadt Kassel.",
        "Das Land Hessen übernimmt 60 Prozent der Kosten.",
        "Die Kofinanzierung teilten sich die Stadt Kassel und das Land Hessen.",
    ],
)
def test_a_share_of_the_funding_or_the_costs(sentence: str) -> None:
    assert ("Brücke Nord", "Land Hessen") in _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Das IQ Netzwerk Hessen wird vom Hessischen Ministerium für Soziales und Integration getragen.",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Das Projekt „Brücke Nord“ berät in Kassel. Es wird vom Hessischen Ministerium für Soziales und "
            "Integration mitgetragen.",
            "Brücke Nord",
        ),
        (
            "Das Projekt „Brücke Nord“ wurde bis 2024 vom Hessischen Ministerium für Soziales und Integration getragen.",
            "Brücke Nord",
        ),
    ],
)
def test_a_unit_borne_by_a_ministry_is_paid_for_not_carried(text: str, unit: str) -> None:
    facts = facts_of("Neues aus Kassel\n\n" + text).relations
    ministry = "Hessisches Ministerium für Soziales und Integration"
    assert (unit, "fundedBy", ministry) in facts
    assert (unit, "hostedBy", ministry) not in facts


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        (
            "In das Projekt „Brücke Nord“ fließen bis 2028 rund 2 Millionen Euro aus dem Europäischen Sozialfonds.",
            "Brücke Nord",
        ),
        (
            "An das IQ Netzwerk Hessen flossen im Vorjahr 800.000 Euro aus Mitteln des Europäischen Sozialfonds.",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Seit 2024 fließt Geld aus dem Europäischen Sozialfonds in das Projekt „Brücke Nord“.",
            "Brücke Nord",
        ),
    ],
)
def test_money_flowing_to_a_unit_from_its_source(sentence: str, unit: str) -> None:
    assert (unit, "Europäischer Sozialfonds") in _funding(sentence)


def test_money_flowing_to_no_unit_funds_none() -> None:
    sentence = "In Kassel fließen 20.000 Euro aus dem Europäischen Sozialfonds in die Sprachkurse."
    assert not _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    "text",
    [
        "Das Land Hessen unterstützt zwei Projekte mit insgesamt 90.000 Euro.\n\nDas Projekt „Brücke Nord“ "
        "erhält 50.000 Euro. Das Projekt „Lotsenhaus“ wird mit 40.000 Euro unterstützt.",
        "Das Land Hessen fördert drei neue Projekte mit zusammen 90.000 Euro. Das Projekt „Brücke Nord“ in "
        "Kassel bekommt 50.000 Euro. Das Projekt „Lotsenhaus“ erhält 40.000 Euro.",
        "Seit Mai finanziert das Land Hessen zwei Projekte mit rund 90.000 Euro. Das Projekt „Lotsenhaus“ wurde mit "
        "40.000 Euro gefördert. Das Projekt „Brücke Nord“ erhielt 50.000 Euro.",
    ],
)
def test_each_share_of_a_sum_a_payer_gives_a_counted_set(text: str) -> None:
    funding = _funding(text)
    assert {("Brücke Nord", "Land Hessen"), ("Lotsenhaus", "Land Hessen")} <= funding


def test_a_share_paid_by_another_payer_or_beyond_the_count_is_not_the_sums() -> None:
    text = (
        "Das Land Hessen unterstützt ein Projekt mit 50.000 Euro. Das Projekt „Brücke Nord“ erhält 50.000 Euro "
        "von der Stadt Kassel."
    )
    assert ("Brücke Nord", "Land Hessen") not in _funding(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stadt Kassel zahlt den Teilnehmenden des Projekts „Brücke Nord“ je 50 Euro Fahrtgeld.",
        "Das Land Hessen gewährt den Betrieben der Servicestelle „Brücke Nord“ einen Zuschuss.",
        "Die Stadt Kassel gab den Familien der Anlaufstelle „Brücke Nord“ 200 Euro.",
    ],
)
def test_money_given_to_the_people_of_a_unit_does_not_fund_the_unit(sentence: str) -> None:
    assert not _funding(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bezahlt wird das Projekt vom Land Hessen.",
        "Das Projekt „Brücke Nord“ wird seit 2024 vom Land Hessen bezahlt.",
        "Das vom Land Hessen bezahlte Projekt „Brücke Nord“ startet im Mai.",
    ],
)
def test_a_unit_paid_for_by_a_payer(sentence: str) -> None:
    assert ("Brücke Nord", "Land Hessen") in _funding(_OPENING + sentence)


def test_people_paid_by_a_body_fund_no_unit() -> None:
    assert not _funding(_OPENING + "Die Beraterinnen werden von der Lernwerk gGmbH bezahlt.")
