"""Round 18 (counts): a construction inventory of how writers give a figure whose owner the clause does not name -
what there is or is planned after a sentence about a unit, a limit on an event's seats, a list item's fields - on
invented sentences, with the near shapes that must give no count or another owner."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _counts(text: str) -> set[tuple[str, int]]:
    return facts_of("Neues aus dem Netzwerk\n\n" + text).counts


_PROJECT = "Das Projekt „Weitblick Beruf“ des IQ Netzwerks Hessen beginnt im Juni in Fulda. "


# ---------------------------------------------------------------- what there is or is planned, no one acting


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Pro Jahr stehen 48 Plätze zur Verfügung.", 48),
        ("Jährlich standen 52 Kursplätze bereit.", 52),
        ("Im ersten Jahr sind 36 Plätze vorgesehen.", 36),
        ("44 Plätze stehen in jedem Durchgang zur Verfügung.", 44),
        ("Geplant sind zunächst 18 Kurse.", 18),
    ],
)  # fmt: skip
def test_what_there_is_after_a_sentence_about_a_project_is_the_project_s(sentence: str, value: int) -> None:
    assert ("Weitblick Beruf", value) in _counts(_PROJECT + sentence)


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Ziel ist es, bis Ende 2026 mindestens 140 Betriebe zu beraten und 260 Fachkräfte in Arbeit zu bringen.", {140, 260}),
        ("Bis 2027 sollen 310 Zugewanderte qualifiziert werden.", {310}),
        ("Im Laufe der Förderphase sollten rund 75 Unternehmen gewonnen werden.", {75}),
        ("Erklärtes Ziel war es, 95 Pflegekräfte zu begleiten.", {95}),
    ],
)  # fmt: skip
def test_a_plan_with_no_one_named_acting_is_the_project_s(sentence: str, values: set[int]) -> None:
    found = _counts(_PROJECT + sentence)
    assert {("Weitblick Beruf", v) for v in values} <= found


def test_a_plan_a_named_body_makes_is_not_the_project_s() -> None:
    found = _counts(_PROJECT + "Die Handwerkskammer Kassel will bis 2027 insgesamt 210 Betriebe gewinnen.")
    assert ("Weitblick Beruf", 210) not in found


def test_what_there_is_after_a_sentence_naming_no_unit_has_no_owner() -> None:
    found = _counts("Der Sommer war heiß. Pro Jahr stehen 48 Plätze zur Verfügung.")
    assert not {c for c in found if c[1] == 48}


def test_a_perfect_passive_of_sein_is_no_state_of_what_there_is() -> None:
    # "sind … geplant worden" is a passive of acts done, read as before (it needs a frame word to take the topic)
    found = _counts(_PROJECT + "Im Mai sind 12 Kurse geplant worden.")
    assert ("Weitblick Beruf", 12) not in found


# ---------------------------------------------------------------- a limit on an event's seats


_EVENT = "Das IQ Netzwerk Hessen lädt am 14. Mai 2031 zur Fachtagung „Wege in den Beruf“ nach Fulda ein. "


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Die Zahl der Plätze ist auf 110 begrenzt.", 110),
        ("Die Teilnehmerzahl ist auf 85 beschränkt.", 85),
        ("Die Zahl der Teilnehmenden wird auf 70 begrenzt.", 70),
        ("Die Besucherzahl bleibt auf 130 limitiert.", 130),
    ],
)  # fmt: skip
def test_a_limit_on_seats_is_the_event_s_not_its_host_s(sentence: str, value: int) -> None:
    found = _counts(_EVENT + sentence)
    assert ("Fachtagung „Wege in den Beruf“", value) in found
    assert ("IQ Landesnetzwerk Hessen", value) not in found


def test_a_limit_on_seats_without_an_event_gives_no_count() -> None:
    found = _counts("Das IQ Netzwerk Hessen berät in Fulda. Die Zahl der Plätze ist auf 110 begrenzt.")
    assert not {c for c in found if c[1] == 110}


# ---------------------------------------------------------------- a list item's fields


@pytest.mark.parametrize(
    "items",
    [
        "a) Weitblick Beruf; Träger: Lernwerk Fulda e. V.; Standort: Fulda; 135.000 Euro\n"
        "b) Start Nord; Träger: Jobhaus Kassel gGmbH; Standort: Kassel; 88.000 Euro",
        "- Weitblick Beruf (Träger: Lernwerk Fulda e. V., Fulda): 135.000 Euro\n"
        "- Start Nord (Träger: Jobhaus Kassel gGmbH, Kassel): 88.000 Euro",
        "1) Weitblick Beruf – Träger: Lernwerk Fulda e. V. – Fördersumme: 135.000 €\n"
        "2) Start Nord – Träger: Jobhaus Kassel gGmbH – Fördersumme: 88.000 €",
    ],
)
def test_a_figure_in_a_list_item_s_field_is_its_project_s(items: str) -> None:
    text = "Im IQ Netzwerk Hessen werden 2031 folgende Teilprojekte gefördert:\n\n" + items
    found = _counts(text)
    assert {("Weitblick Beruf", 135000), ("Start Nord", 88000)} <= found
    assert not {c for c in found if c[0] in ("Lernwerk Fulda e. V.", "Jobhaus Kassel gGmbH")}


def test_a_figure_in_an_item_s_clause_is_not_read_as_a_field() -> None:
    # the number stands in a clause with its own verb and subject, not alone in a field
    text = (
        "Folgende Teilprojekte arbeiten im IQ Netzwerk Hessen:\n\n"
        "- Weitblick Beruf; der Träger Lernwerk Fulda e. V. beschäftigt 140 Mitarbeitende\n"
        "- Start Nord; Träger: Jobhaus Kassel gGmbH"
    )
    assert ("Weitblick Beruf", 140) not in _counts(text)
