"""Funding read on invented sentences (round 12): financial support in the passive's middle field ("wird dabei
finanziell vom Land Y unterstützt"), shares and adverbials between the stand-in and its payers ("Finanziert wird
die Beratung zu 80 Prozent vom …"), costs borne with a share ("Die Kosten übernimmt zum größten Teil …"), a payer
taking on or securing a funding that names no funded ("Das Land Y übernimmt die Finanzierung"), money provided "für
das Projekt" and the active perfect ("Die Stiftung Y hat das Projekt mit 30.000 Euro gefördert")."""

from __future__ import annotations

import pytest

from conftest import facts_of

_OPENING = "Das IQ Netzwerk Sachsen startet in Leipzig das Projekt „Werkbank Ost“. "


def _funding(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Leipzig\n\n" + text).relations if p == "fundedBy"}


@pytest.mark.parametrize(
    ("sentence", "payer"),
    [
        ("Das Projekt „Werkbank Ost“ wird dabei finanziell vom Landkreis Nordsachsen unterstützt.", "Landkreis Nordsachsen"),
        ("Seit 2024 wird „Werkbank Ost“ finanziell durch die Stiftung Morgenrot unterstützt.", "Stiftung Morgenrot"),
        ("Die Projekte „Werkbank Ost“ und „Lernhafen“ werden zudem finanziell von der Stadt Leipzig unterstützt.", "Stadt Leipzig"),
    ],
)  # fmt: skip
def test_financial_support_in_the_middle_field_of_a_passive_is_funding(sentence: str, payer: str) -> None:
    assert ("Werkbank Ost", payer) in _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Werkbank Ost“ wird fachlich von der Stadt Leipzig unterstützt.",
        "Das Projekt „Werkbank Ost“ wird von der Stadt Leipzig unterstützt, finanziell trägt es sich selbst.",
    ],
)
def test_support_not_said_to_be_financial_is_no_funding(sentence: str) -> None:
    assert not _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Finanziert wird die Beratung zu 80 Prozent vom Landkreis Nordsachsen.",
        "Gefördert wird das Angebot bislang zu großen Teilen vom Landkreis Nordsachsen.",
        "Bezahlt wird das Vorhaben überwiegend vom Landkreis Nordsachsen.",
    ],
)
def test_a_share_between_the_stand_in_and_its_payers(sentence: str) -> None:
    assert ("Werkbank Ost", "Landkreis Nordsachsen") in _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    ("sentence", "payers"),
    [
        ("Die Kosten übernimmt zum größten Teil die Stadt Leipzig.", {"Stadt Leipzig"}),
        ("Die Personalkosten trägt zu zwei Dritteln der Landkreis Nordsachsen.", {"Landkreis Nordsachsen"}),
        ("Die Kosten für das Projekt tragen die Stadt Leipzig und der Landkreis Nordsachsen.", {"Stadt Leipzig", "Landkreis Nordsachsen"}),
    ],
)  # fmt: skip
def test_costs_borne_with_a_share_or_for_a_stand_in(sentence: str, payers: set[str]) -> None:
    assert {("Werkbank Ost", p) for p in payers} <= _funding(_OPENING + sentence)


def test_costs_for_something_else_fund_no_unit() -> None:
    assert not _funding(
        _OPENING + "Die Kosten für die Fahrkarten übernimmt zum größten Teil die Stadt Leipzig."
    )


@pytest.mark.parametrize(
    ("sentence", "payers"),
    [
        ("Die Stadt Leipzig übernimmt die Finanzierung.", {"Stadt Leipzig"}),
        ("Der Landkreis Nordsachsen sichert die weitere Förderung bis 2030.", {"Landkreis Nordsachsen"}),
        ("Die Finanzierung sichern die Stadt Leipzig und der Landkreis Nordsachsen.", {"Stadt Leipzig", "Landkreis Nordsachsen"}),
        ("Die Stiftung Morgenrot verlängert ihre Förderung um zwei Jahre.", {"Stiftung Morgenrot"}),
    ],
)  # fmt: skip
def test_a_payer_taking_on_a_funding_that_names_no_funded(sentence: str, payers: set[str]) -> None:
    assert _funding(_OPENING + sentence) == {("Werkbank Ost", p) for p in payers}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stadt Leipzig übernimmt die Förderung von Sprachkursen.",
        "Die Stadt Leipzig übernimmt die Finanzierung für die Kita Sonnenschein.",
    ],
)
def test_a_funding_of_something_else_is_not_the_unit_s(sentence: str) -> None:
    assert not _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stadt Leipzig stellt für das Projekt 200.000 Euro bereit.",
        "Der Landkreis Nordsachsen stellt für dieses Angebot jährlich 15.000 Euro zur Verfügung.",
        "Die Stadt Leipzig stellte für das Vorhaben Mittel in Höhe von 1 Million Euro bereit.",
    ],
)
def test_money_provided_for_a_noun_standing_for_the_unit(sentence: str) -> None:
    payers = {p for _, p in _funding(_OPENING + sentence)}
    assert payers and all(("Werkbank Ost", p) in _funding(_OPENING + sentence) for p in payers)


@pytest.mark.parametrize(
    ("sentence", "payers"),
    [
        ("Die Stiftung Morgenrot hat das Projekt „Werkbank Ost“ mit 30.000 Euro gefördert.", {"Stiftung Morgenrot"}),
        ("Seit 2020 hat die Stadt Leipzig das Projekt „Werkbank Ost“ finanziell unterstützt.", {"Stadt Leipzig"}),
        ("Die Stadt Leipzig und der Landkreis Nordsachsen haben das Angebot bis 2025 kofinanziert.", {"Stadt Leipzig", "Landkreis Nordsachsen"}),
        ("Die Stiftung Morgenrot hatte es schon im Vorjahr finanziert.", {"Stiftung Morgenrot"}),
    ],
)  # fmt: skip
def test_the_active_perfect_of_funding(sentence: str, payers: set[str]) -> None:
    assert _funding(_OPENING + sentence) == {("Werkbank Ost", p) for p in payers}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stadt Leipzig hat die Integration von Zugewanderten gefördert.",
        "Das Projekt „Werkbank Ost“ hat den Austausch der Betriebe gefördert.",
        "Die Stadt Leipzig hat die Ausstellung in der Nikolaikirche finanziert.",
    ],
)
def test_a_perfect_of_promoting_a_cause_is_no_funding(sentence: str) -> None:
    assert not _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Angebot wird im Rahmen des Förderprogramms „Wege in Arbeit“ durch die Stadt Leipzig gefördert.",
        "„Werkbank Ost“ wird im Rahmen des Landesprogramms „Wege in Arbeit“ von der Stadt Leipzig finanziert.",
        "Das Projekt wird durch die Stadt Leipzig im Rahmen des Programms „Wege in Arbeit“ gefördert.",
    ],
)
def test_the_programme_a_unit_is_funded_in_beside_its_payers(sentence: str) -> None:
    assert {("Werkbank Ost", "Stadt Leipzig"), ("Werkbank Ost", "Wege in Arbeit")} <= _funding(
        _OPENING + sentence
    )


@pytest.mark.parametrize(
    "later",
    [
        "Zusätzlich beteiligt sich der Landkreis Nordsachsen finanziell.",
        "Die Stiftung Morgenrot unterstützt die Beratung finanziell.",
        "Die Kosten übernimmt der Landkreis Nordsachsen.",
    ],
)
def test_a_programme_named_as_the_frame_of_a_funding_is_not_what_a_later_payer_pays_for(later: str) -> None:
    first = "Das Projekt „Werkbank Ost“ wird im Rahmen des Förderprogramms „Wege in Arbeit“ gefördert. "
    funded = _funding(_OPENING + first + later)
    assert "Wege in Arbeit" not in {unit for unit, _ in funded}
    assert any(unit == "Werkbank Ost" and payer != "Wege in Arbeit" for unit, payer in funded)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jährlich fördern die Stadt Leipzig und der Landkreis Nordsachsen das Programm „Wege in Arbeit“.",
        "Mit rund 2 Millionen Euro finanzieren die Stadt Leipzig und der Landkreis Nordsachsen das Programm „Wege in Arbeit“.",
        "Seit 2030 fördern die Stadt Leipzig sowie der Landkreis Nordsachsen das Landesprogramm „Wege in Arbeit“.",
    ],
)  # fmt: skip
def test_payers_after_the_verb_end_at_the_object_s_article(sentence: str) -> None:
    assert _funding(sentence) == {
        ("Wege in Arbeit", "Stadt Leipzig"),
        ("Wege in Arbeit", "Landkreis Nordsachsen"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stiftung Morgenrot ist Hauptförderer des Projekts.",
        "Hauptgeldgeber ist die Stiftung Morgenrot.",
        "Die Stiftung Morgenrot ist seit 2024 Hauptgeldgeberin des Vorhabens.",
    ],
)
def test_a_funder_noun_with_its_rank_joined(sentence: str) -> None:
    assert _funding(_OPENING + sentence) == {("Werkbank Ost", "Stiftung Morgenrot")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Daneben gibt es das Projekt „Lernhafen“, das der Landkreis Nordsachsen aus eigenen Mitteln bezahlt.",
        "Daneben läuft das Projekt „Lernhafen“, das die Stadt Leipzig seit 2024 bezahlt.",
        "Hinzu kommen die Kurse im Projekt „Lernhafen“, welches der Landkreis Nordsachsen vollständig bezahlte.",
        "Daneben gibt es das Projekt „Lernhafen“, das der Landkreis Nordsachsen seit 2020 gefördert hat.",
        "Sie besuchten das Projekt „Lernhafen“, das die Stadt Leipzig bis 2025 finanziert hatte.",
    ],
)
def test_an_active_relative_clause_of_paying(sentence: str) -> None:
    payers = {p for u, p in _funding(_OPENING + sentence) if u == "Lernhafen"}
    assert payers and payers <= {"Landkreis Nordsachsen", "Stadt Leipzig"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Getragen wird „Werkbank Ost“ vom Verein Lernwerk e. V., gefördert wird es vom Landkreis Nordsachsen.",
        "Das Projekt „Werkbank Ost“ berät seit Mai, finanziert wird es bislang vom Landkreis Nordsachsen.",
        "Die Idee stammt vom Verein Lernwerk e. V., bezahlt werden die Stellen im Projekt „Werkbank Ost“ vom Landkreis Nordsachsen.",
    ],
)  # fmt: skip
def test_a_fronted_funding_participle_after_a_comma(sentence: str) -> None:
    assert ("Werkbank Ost", "Landkreis Nordsachsen") in _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stadt Leipzig hat ihre Förderung im Januar bis 2028 verlängert.",
        "Der Landkreis Nordsachsen hatte die Finanzierung schon im Herbst gesichert.",
        "Die Stiftung Morgenrot hat die weitere Förderung um 10.000 Euro aufgestockt.",
    ],
)
def test_a_payer_s_funding_secured_in_the_perfect(sentence: str) -> None:
    assert len(_funding(_OPENING + sentence)) == 1
    assert {u for u, _ in _funding(_OPENING + sentence)} == {"Werkbank Ost"}


def test_a_funding_of_something_else_secured_in_the_perfect_is_not_the_unit_s() -> None:
    assert not _funding(_OPENING + "Die Stadt Leipzig hat die Förderung von Sprachkursen verlängert.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Vom Landkreis Nordsachsen erhält das Projekt jährlich 90.000 Euro.",
        "Rund 90.000 Euro bekommt „Werkbank Ost“ vom Landkreis Nordsachsen.",
        "Aus Mitteln des Landkreises Nordsachsen erhält es weitere 50.000 Euro.",
        "Finanzielle Unterstützung erhält das Angebot vom Landkreis Nordsachsen.",
    ],
)
def test_money_received_by_the_unit_after_the_verb(sentence: str) -> None:
    assert _funding(_OPENING + sentence) == {("Werkbank Ost", "Landkreis Nordsachsen")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Vom Landkreis Nordsachsen erhält die Stadt Leipzig jährlich 90.000 Euro.",
        "Unterstützung erhält das Projekt vom Verein Lernwerk e. V.",
        "Vom Landkreis Nordsachsen erhält das Projekt keine Mittel.",
    ],
)
def test_money_received_by_no_unit_or_support_not_financial_is_no_funding(sentence: str) -> None:
    assert not _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das vom Landkreis Nordsachsen geförderte Projekt berät seit Mai.",
        "Das durch die Stadt Leipzig finanzierte Angebot ist kostenlos.",
        "Ab Juni berät das vom Landkreis Nordsachsen kofinanzierte Vorhaben auch in Torgau.",
    ],
)
def test_a_funding_attribute_of_a_noun_standing_for_the_unit(sentence: str) -> None:
    funded = _funding(_OPENING + sentence)
    assert funded and {u for u, _ in funded} == {"Werkbank Ost"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stadt Leipzig bezuschusst die Beratung.",
        "Der Landkreis Nordsachsen bezuschusste die Kurse.",
        "Die Stadt Leipzig und der Landkreis Nordsachsen bezuschussen das Angebot gemeinsam.",
    ],
)
def test_a_payer_granting_the_work_of_the_unit_spoken_of(sentence: str) -> None:
    funded = _funding(_OPENING + sentence)
    assert funded and {u for u, _ in funded} == {"Werkbank Ost"}


@pytest.mark.parametrize(
    "sentence",
    [
        "„Werkbank Ost“ ist eines von zwölf Projekten, die der Landkreis Nordsachsen in diesem Jahr fördert.",
        "„Werkbank Ost“ gehört zu den zwölf Projekten, die der Landkreis Nordsachsen finanziert.",
        "Das Projekt „Werkbank Ost“ zählt zu den Vorhaben, die der Landkreis Nordsachsen seit 2024 fördert.",
    ],
)
def test_one_of_the_units_an_active_relative_clause_says_a_payer_funds(sentence: str) -> None:
    assert ("Werkbank Ost", "Landkreis Nordsachsen") in _funding(_OPENING + sentence)


_POTSDAM = "Die Stadt Potsdam und das Jobcenter Potsdam stellen das Projekt „Arbeit Plus“ vor. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Finanziert wird es zu gleichen Teilen von der Stadt und vom Jobcenter Potsdam.",
        "Die Kosten tragen der Landkreis Potsdam-Mittelmark und die Stadt gemeinsam.",
        "Das Projekt wird vom Jobcenter und von der Stadt gefördert.",
    ],
)
def test_a_town_district_or_jobcenter_named_before_and_meant_by_its_head_noun(sentence: str) -> None:
    payers = {p for u, p in _funding(_POTSDAM + sentence) if u == "Arbeit Plus"}
    assert "Stadt Potsdam" in payers and len(payers) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Werkbank Ost“ wird nicht mehr vom Landkreis Nordsachsen gefördert.",
        "Ab 2027 wird es keinesfalls wieder vom Landkreis Nordsachsen finanziert, sondern von keinem.",
        "Das Projekt „Werkbank Ost“ wird künftig nicht vom Landkreis Nordsachsen bezuschusst.",
    ],
)
def test_a_passive_of_funding_denied_is_no_funding(sentence: str) -> None:
    assert not _funding(_OPENING + sentence)


def test_a_passive_of_funding_not_only_by_one_payer_is_funding() -> None:
    sentence = (
        "Das Projekt wird nicht nur vom Landkreis Nordsachsen, sondern auch von der Stadt Leipzig gefördert."
    )
    assert ("Werkbank Ost", "Landkreis Nordsachsen") in _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    "second",
    [
        "Das Projekt ist Teil des IQ Netzwerks Sachsen. Es wird vom Landkreis Nordsachsen gefördert.",
        "\n\nDas Angebot gehört zum IQ Netzwerk Sachsen. Es wird seit 2024 vom Landkreis Nordsachsen finanziert.",
        "\n\nDas Vorhaben ist ein Teilprojekt des IQ Netzwerks Sachsen. Gefördert wird es vom Landkreis Nordsachsen.",
    ],
)
def test_a_pronoun_goes_on_with_a_stand_in_subject_of_the_sentence_before(second: str) -> None:
    first = "In Leipzig berät das Projekt „Werkbank Ost“ Zugewanderte. "
    assert _funding(first + second) == {("Werkbank Ost", "Landkreis Nordsachsen")}


@pytest.mark.parametrize(
    ("sentence", "payers"),
    [
        ("Neben dem Landkreis Nordsachsen gehört auch die Stiftung Morgenrot zu den Förderern des Projekts.", {"Landkreis Nordsachsen", "Stiftung Morgenrot"}),
        ("Zu den Geldgebern zählen der Landkreis Nordsachsen und die Stiftung Morgenrot.", {"Landkreis Nordsachsen", "Stiftung Morgenrot"}),
        ("Die Stiftung Morgenrot zählt seit 2024 zu den Hauptförderern von „Werkbank Ost“.", {"Stiftung Morgenrot"}),
    ],
)  # fmt: skip
def test_payers_counted_among_the_funders(sentence: str, payers: set[str]) -> None:
    assert _funding(_OPENING + sentence) == {("Werkbank Ost", p) for p in payers}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stiftung Morgenrot gehört zu den Förderern des Vereins Lernwerk e. V.",
        "Zu den Förderern zählen viele Betriebe aus der Region.",
    ],
)
def test_funders_of_another_body_or_none_named(sentence: str) -> None:
    assert not _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    "later",
    [
        "Die Stiftung Morgenrot hat das Angebot mit 12.000 Euro gefördert.",
        "Der Landkreis Nordsachsen bezuschusst die Beratung seit Mai.",
        "Die Stiftung Morgenrot stellt für das Projekt 5.000 Euro bereit.",
    ],
)
def test_a_project_noun_as_object_means_the_project_not_the_network_named_after_it(later: str) -> None:
    first = "In Leipzig berät das Projekt „Werkbank Ost“ Zugewanderte.\n\nEs ist Teil des IQ Netzwerks Sachsen.\n\n"
    funded = _funding(first + later)
    assert funded and {u for u, _ in funded} == {"Werkbank Ost"}


def test_a_network_noun_as_object_still_means_the_network() -> None:
    first = "In Leipzig berät das Projekt „Werkbank Ost“ Zugewanderte.\n\nEs ist Teil des IQ Netzwerks Sachsen.\n\n"
    funded = _funding(first + "Die Stiftung Morgenrot hat das Netzwerk mit 12.000 Euro gefördert.")
    assert {u for u, _ in funded} <= {"IQ Netzwerk Sachsen"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Landkreis Nordsachsen sagte dem Projekt 20.000 Euro zu.",
        "Für das Projekt sagte der Landkreis Nordsachsen weitere Mittel zu.",
        "Der Landkreis Nordsachsen sagt „Werkbank Ost“ für 2027 einen Zuschuss zu.",
    ],
)
def test_money_promised_with_the_separable_verb(sentence: str) -> None:
    assert _funding(_OPENING + sentence) == {("Werkbank Ost", "Landkreis Nordsachsen")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Landrat sagte zu, das Projekt im Herbst zu besuchen.",
        "Die Stadt Leipzig sagte dem Projekt ihre Unterstützung zu.",
    ],
)
def test_a_promise_of_no_money_is_no_funding(sentence: str) -> None:
    assert not _funding(_OPENING + sentence)


@pytest.mark.parametrize(
    ("sentence", "payers"),
    [
        ("Das Projekt kostet rund 600.000 Euro, die sich die Stadt Leipzig und der Landkreis Nordsachsen teilen.", {"Stadt Leipzig", "Landkreis Nordsachsen"}),
        ("Das Angebot kostet 90.000 Euro im Jahr, die zum Großteil der Landkreis Nordsachsen trägt.", {"Landkreis Nordsachsen"}),
        ("„Werkbank Ost“ kostete bis 2025 rund 1,2 Millionen Euro, die die Stiftung Morgenrot übernahm.", {"Stiftung Morgenrot"}),
    ],
)  # fmt: skip
def test_what_a_unit_costs_and_who_pays_the_sum(sentence: str, payers: set[str]) -> None:
    assert _funding(_OPENING + sentence) == {("Werkbank Ost", p) for p in payers}


def test_what_something_else_costs_is_no_funding() -> None:
    assert not _funding(_OPENING + "Die Sanierung kostet 2 Millionen Euro, die die Stadt Leipzig trägt.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Verein Lernwerk e. V. erhält vom Landkreis Nordsachsen 50.000 Euro für sein Projekt „Werkbank Ost“.",
        "Die Stiftung Morgenrot bekommt für das Projekt „Werkbank Ost“ Geld vom Landkreis Nordsachsen.",
        "Der Verein Lernwerk e. V. erhielt für das Vorhaben „Werkbank Ost“ Fördermittel des Landkreises Nordsachsen.",
    ],
)
def test_money_a_carrier_receives_for_its_unit_funds_the_unit(sentence: str) -> None:
    funded = _funding(sentence)
    assert ("Werkbank Ost", "Landkreis Nordsachsen") in funded
    assert all(unit == "Werkbank Ost" for unit, _ in funded)


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Landkreis Nordsachsen fördert beim Verein Lernwerk e. V. das Projekt „Werkbank Ost“.",
        "Die Stadt Leipzig finanziert bei der Stiftung Morgenrot das Projekt „Werkbank Ost“.",
        "Seit 2024 fördert der Landkreis Nordsachsen beim Verein Lernwerk e. V. das Projekt „Werkbank Ost“.",
    ],
)
def test_a_body_after_beim_is_no_object_of_funding(sentence: str) -> None:
    funded = _funding(sentence)
    assert funded and all(unit == "Werkbank Ost" for unit, _ in funded)


@pytest.mark.parametrize(
    "sentence",
    [
        "Von der Stiftung Morgenrot erhält das Projekt den mit 5.000 Euro dotierten Integrationspreis.",
        "Das Projekt „Werkbank Ost“ erhält von der Stiftung Morgenrot den mit 5.000 Euro dotierten Integrationspreis.",
        "Vom Landkreis Nordsachsen bekommt das Projekt eine Auszeichnung und 1.000 Euro Preisgeld.",
    ],
)
def test_a_prize_received_is_no_funding(sentence: str) -> None:
    assert not _funding(_OPENING + sentence)


def test_an_active_relative_clause_in_the_perfect_of_another_verb_is_no_funding() -> None:
    sentence = "Sie besuchten das Projekt „Lernhafen“, das die Stadt Leipzig gegründet hat."
    assert not {u for u, _ in _funding(_OPENING + sentence)} & {"Lernhafen"}
