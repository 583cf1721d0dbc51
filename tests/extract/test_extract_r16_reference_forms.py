"""How a text refers back to a project it has named, on invented sentences: any kind noun of a project in any case
("Die Beratung ist beim Verein Y angesiedelt", "Träger des Angebots ist …", "Der Verein Y ist Träger der
Beratungsstelle", "Das Angebot hat seinen Sitz in …"), the programme's short name before the unit's noun ("Die Y
betreibt das IQ Teilprojekt X"), and a short form and its long name after a dash, kept as written among the names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import facts_of
from iqgraph.extract import extract
from iqgraph.models import Release
from iqgraph.reference import load_reference


def _relations(text: str) -> set[tuple[str, str, str]]:
    return facts_of("Neues aus Marburg\n\n" + text).relations


_OPENINGS = [
    ("Die Anlaufstelle Werkbank Süd hat in Marburg ihre Arbeit aufgenommen.", "Anlaufstelle Werkbank Süd"),
    ("In Marburg hat das Projekt „Wegweiser Beruf“ begonnen.", "Wegweiser Beruf"),
    ("Seit Juni berät die Kontaktstelle Nordhessen in Marburg.", "Kontaktstelle Nordhessen"),
]


@pytest.mark.parametrize(("opening", "unit"), _OPENINGS)
@pytest.mark.parametrize(
    "second",
    [
        "Die Beratung ist beim Sozialwerk Lahn e. V. angesiedelt.",
        "Die Beratung wird vom Sozialwerk Lahn e. V. getragen.",
        "Träger der Beratung ist das Sozialwerk Lahn e. V.",
        "Träger des Angebots ist das Sozialwerk Lahn e. V.",
        "Das Sozialwerk Lahn e. V. ist Träger des Angebots.",
        "Das Sozialwerk Lahn e. V. ist Träger der Beratungsstelle.",
        "Die Trägerschaft der Beratung liegt beim Sozialwerk Lahn e. V.",
    ],
)
def test_a_project_s_kind_noun_in_any_case_stands_for_the_project_named_before(
    opening: str, unit: str, second: str
) -> None:
    relations = _relations(f"{opening} {second}")
    assert (unit, "hostedBy", "Sozialwerk Lahn e. V.") in relations


@pytest.mark.parametrize(("opening", "unit"), _OPENINGS)
@pytest.mark.parametrize(
    "second",
    [
        "Das Angebot hat seinen Sitz in Gießen.",
        "Die Beratung hat ihren Sitz in Gießen.",
        "Die Beratung befindet sich in Gießen.",
    ],
)
def test_a_kind_noun_placing_the_project_named_before(opening: str, unit: str, second: str) -> None:
    assert (unit, "locatedIn", "Gießen") in _relations(f"{opening} {second}")


@pytest.mark.parametrize(
    "text",
    [
        # no project named before: the noun stands for nothing
        "Die Beratung ist beim Sozialwerk Lahn e. V. angesiedelt.",
        # the noun with a genitive after it is another body's counselling, no stand-in
        "Die Anlaufstelle Werkbank Süd hat begonnen. Die Beratung der Stadt Marburg wird vom Sozialwerk Lahn e. V. "
        "getragen.",
        # a sentence naming a project of its own is about that one
        "Die Anlaufstelle Werkbank Süd hat begonnen. Das Angebot „Lernhaus“ wird vom Sozialwerk Lahn e. V. getragen.",
    ],
)
def test_no_stand_in_where_nothing_or_another_unit_is_meant(text: str) -> None:
    relations = _relations(text)
    assert ("Anlaufstelle Werkbank Süd", "hostedBy", "Sozialwerk Lahn e. V.") not in relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Sozialwerk Lahn e. V. betreibt das IQ Teilprojekt Werkbank Süd.",
        "Seit 2021 führt das Sozialwerk Lahn e. V. das IQ Teilprojekt Werkbank Süd durch.",
        "Das Sozialwerk Lahn e. V. setzt das IQ-Projekt Werkbank Süd um.",
        "Das Sozialwerk Lahn e. V. ist Träger des IQ-Teilprojekts Werkbank Süd.",
    ],
)
def test_the_programme_s_name_before_the_unit_s_noun_leaves_the_unit_the_object(sentence: str) -> None:
    assert ("Werkbank Süd", "hostedBy", "Sozialwerk Lahn e. V.") in _relations(sentence)


def test_a_payer_s_short_name_before_the_unit_s_noun_still_pays() -> None:
    relations = _relations("Das ESF-Projekt „Werkbank Süd“ berät Zugewanderte in Marburg.")
    assert ("Werkbank Süd", "fundedBy", "Europäischer Sozialfonds") in relations


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Das Teilprojekt WiB – Wege in Beschäftigung berät in Gießen.", "WiB – Wege in Beschäftigung"),
        (
            "Das Projekt KAP - Kompetenzen anerkennen Plus startet in Gießen.",
            "KAP - Kompetenzen anerkennen Plus",
        ),
        (
            "Mit dem Projekt FiA – Frauen in Ausbildung startet in Gießen ein Angebot.",
            "FiA – Frauen in Ausbildung",
        ),
    ],
)
def test_a_short_form_and_its_long_name_after_a_dash_keep_the_written_form_as_a_name(
    sentence: str, written: str
) -> None:
    release = Release(
        Path("t.txt"), "t", "Neu in Gießen\n\n" + sentence, "sha256:0", "txt", date=dt.date(2024, 1, 1)
    )
    units = [e for e in extract(release, load_reference()).entities if e.type == "Subproject"]
    assert len(units) == 1
    assert written in units[0].aliases
    assert units[0].abbreviation == written.split()[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Programm wird vom Europäischen Sozialfonds und vom Bundesministerium für Arbeit und Soziales gefördert.",
        "Finanziert wird das Programm seit 2030 vom Europäischen Sozialfonds und vom Bundesministerium für Arbeit und Soziales.",
        "Das Förderprogramm wird aus Mitteln des Europäischen Sozialfonds und des Bundesministeriums für Arbeit und "
        "Soziales gefördert.",
    ],
)
def test_das_programm_is_no_fund_named_in_the_same_sentence(sentence: str) -> None:
    relations = _relations(sentence)
    assert not any(s == "Europäischer Sozialfonds" for s, p, _ in relations if p == "fundedBy")


def test_das_programm_still_stands_for_the_iq_programme_named_before() -> None:
    relations = _relations(
        "Das Förderprogramm „Integration durch Qualifizierung (IQ)“ berät Zugewanderte. Das Programm wird durch das "
        "Bundesministerium für Arbeit und Soziales und den Europäischen Sozialfonds gefördert."
    )
    payers = {
        o for s, p, o in relations if p == "fundedBy" and s.startswith("Integration durch Qualifizierung")
    }
    assert payers == {"Bundesministerium für Arbeit und Soziales", "Europäischer Sozialfonds"}


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "Die Deutsche Presse-Agentur berichtete über die Tagung.",
            "Deutsche Presse-Agentur",
            "Organisation",
        ),
        (
            "Wie die Evangelische Presse-Agentur meldete, kamen viele Gäste.",
            "Evangelische Presse-Agentur",
            "Organisation",
        ),
        (
            "Die Presseagentur Nordwind GmbH berichtete über die Tagung.",
            "Presseagentur Nordwind GmbH",
            "Organisation",
        ),
        (
            "Die Agentur für Arbeit Marburg berichtete über die Tagung.",
            "Agentur für Arbeit Marburg",
            "Agency",
        ),
    ],
)
def test_a_press_agency_is_a_company_an_employment_agency_a_public_body(
    sentence: str, name: str, kind: str
) -> None:
    entities = facts_of("Neues aus Marburg\n\n" + sentence).entities
    assert (kind, name) in entities


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Anerkennungsberatung Kiel startete am 3. Mai.", "Start der Anerkennungsberatung Kiel"),
        ("Am 3. Mai startete das Projekt „Werkbank Süd“ in Gießen.", "Start der Werkbank Süd"),
        (
            "Am 3. Mai ist die Kontaktstelle Nordhessen gestartet. Sie berät Pflegekräfte.",
            "Start der Kontaktstelle Nordhessen",
        ),
    ],
)
def test_a_start_told_by_its_verb_is_named_by_what_started(text: str, label: str) -> None:
    events = facts_of("Neu in Hessen\n\n" + text, date=dt.date(2024, 5, 14)).events
    assert [e for e, _ in events] == [label]


def test_a_start_of_nothing_named_stays_a_bare_start() -> None:
    events = facts_of("Neu in Gießen\n\nAm 3. Mai startete in Gießen die Beratung für Pflegekräfte.").events
    assert [e for e, _ in events] == ["Start"]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Seit Juni berät die Lotsenstelle Mittelhessen Zugewanderte.", "Lotsenstelle Mittelhessen"),
        ("Rat gibt es bei der Clearingstelle Anerkennung Gießen.", "Clearingstelle Anerkennung Gießen"),
        ("Die Willkommensstelle Marburg hilft Fachkräften.", "Willkommensstelle Marburg"),
    ],
)
def test_a_counselling_office_named_by_its_topic_or_town(sentence: str, unit: str) -> None:
    assert ("Subproject", unit) in facts_of("Neues aus Hessen\n\n" + sentence).entities


def test_a_body_s_own_office_named_by_its_town_is_no_unit() -> None:
    entities = facts_of("Neues aus Hessen\n\nDie Geschäftsstelle Marburg ist umgezogen.").entities
    assert not any(kind == "Subproject" for kind, _ in entities)
