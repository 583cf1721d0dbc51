"""Counts: the number phrase, what is counted and the entity the count is about, in sentences written for
these tests (three or more variants a construction: word order, inflection, other names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import facts_of
from iqgraph.extract import extract
from iqgraph.models import Release
from iqgraph.reference import load_reference


def counts_of(body: str) -> set[tuple[str, str, int]]:
    """(subject label, counted thing, number) of a release with this body."""
    text = "Titel\n\n" + body
    x = extract(Release(Path("t.txt"), "t", text, "sha256:0", "txt", title="Titel"), load_reference())
    labels = {e.key: e.label for e in x.entities}
    return {(labels[c.subject], c.what, c.value) for c in x.counts}


def values_of(body: str) -> set[tuple[str, int]]:
    return {(s, v) for s, _, v in counts_of(body)}


# ---------------------------------------------------------------- the number phrase


@pytest.mark.parametrize(
    ("body", "value", "what"),
    [
        ("Das IQ Netzwerk Bayern hat 7 Teilprojekte.", 7, "Teilprojekte"),
        ("Das IQ Netzwerk Bayern zählt zwölf Teilprojekte.", 12, "Teilprojekte"),
        ("Zwölf Teilprojekte gehören zum IQ Netzwerk Bayern.", 12, "Teilprojekte"),
        ("Das IQ Netzwerk Bayern führte mehr als 9 000 Beratungen durch.", 9000, "Beratungen (mehr als)"),
        ("Das IQ Netzwerk Bayern führte über 9.000 Beratungen durch.", 9000, "Beratungen (über)"),
        ("Das IQ Netzwerk Bayern erhält rund 250.000 Euro.", 250000, "Euro (rund)"),
        ("Das IQ Netzwerk Bayern erhält 1,5 Millionen Euro.", 1500000, "Euro"),
        ("Das IQ Netzwerk Bayern erhält knapp drei Millionen Euro.", 3000000, "Euro (knapp)"),
        ("Das IQ Netzwerk Bayern erhielt 48.512,70 € vom Land.", 48512, "Euro"),
        (
            "Das IQ Netzwerk Bayern betreibt ca. 40 kleine Beratungsstellen.",
            40,
            "kleine Beratungsstellen (ca.)",
        ),
        (
            "Das IQ Netzwerk Bayern betreibt bis zu 15 mobile Anlaufstellen.",
            15,
            "mobile Anlaufstellen (bis zu)",
        ),
    ],
)
def test_number_phrases(body: str, value: int, what: str) -> None:
    assert ("IQ Netzwerk Bayern", what, value) in counts_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Am 12. Mai 2021 traf sich das IQ Netzwerk Bayern in Augsburg.",  # date
        "Das IQ Netzwerk Bayern wurde 2005 gegründet und besteht seit 16 Jahren.",  # year, duration
        "Das IQ Netzwerk Bayern lud um 14 Uhr in die Hauptstraße 12, 86150 Augsburg ein.",  # time, address
        "Das IQ Netzwerk Bayern berät 45 Prozent mehr Menschen als im Vorjahr.",  # percentage
        "Das IQ Netzwerk Bayern lud zum 3. Fachtag ein.",  # ordinal
        "Das IQ Netzwerk Bayern ist unter 089 123 456 78 erreichbar.",  # phone number
        "Das IQ Netzwerk Bayern berät nach § 17 Absatz 2 des Gesetzes.",  # paragraph
        "Das IQ Netzwerk Bayern stellte die Studie Agenda 2030 Fachkräfte vor.",  # number inside a name
        "Das IQ Netzwerk Bayern berät Menschen ab 25 Jahren.",  # age
        "Das IQ Netzwerk Bayern arbeitet mit Referat 12 Integration durch Arbeit zusammen.",  # unit number
    ],
)
def test_numbers_that_are_no_counts(body: str) -> None:
    assert counts_of(body) == set()


# ---------------------------------------------------------------- the subject


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Hessen hat 40 Teilprojekte.",
        "Mit 40 Teilprojekten ist das IQ Netzwerk Hessen gut aufgestellt.",
        "Die 40 Teilprojekte des IQ Netzwerks Hessen stellten sich vor.",
        "Im IQ Netzwerk Hessen arbeiten 40 Teilprojekte zusammen.",
    ],
)
def test_the_network_as_subject_genitive_or_container(body: str) -> None:
    assert ("IQ Netzwerk Hessen", 40) in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Sachsen lädt ein. Das Netzwerk hat 29 Partnerinstitutionen.",
        "Das IQ Netzwerk Sachsen lädt ein. Im Netzwerk arbeiten 29 Partnerinstitutionen.",
        "Das IQ Netzwerk Sachsen lädt ein. Die 29 Partnerinstitutionen des Netzwerks trafen sich.",
    ],
)
def test_the_network_by_its_stand_in(body: str) -> None:
    assert ("IQ Netzwerk Sachsen", 29) in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Bremen ist eines von 16 Landesnetzwerken im Förderprogramm IQ.",
        "Das Förderprogramm IQ fördert das IQ Netzwerk Thüringen, eines von 16 Landesnetzwerken.",
        "Als eines von 16 Landesnetzwerken im Programm IQ berät das IQ Netzwerk Hamburg Betriebe.",
    ],
)
def test_one_of_many_networks_is_a_count_of_the_programme(body: str) -> None:
    found = values_of(body)
    assert ("Integration durch Qualifizierung", 16) in found
    assert not any(v == 16 and "Netzwerk" in s for s, v in found)


@pytest.mark.parametrize(
    "body",
    [
        "Über 100 IQ Beratungsstellen unterstützen Ratsuchende.",
        "Bundesweit beraten mehr als 100 IQ Beratungsstellen.",
        "Das Förderprogramm IQ unterhält über 100 Beratungsstellen.",
    ],
)
def test_the_programme_named_in_the_counted_phrase_or_as_subject(body: str) -> None:
    assert ("Integration durch Qualifizierung", 100) in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Bayern stellte sich vor. Seit dem Start wurden rund 3 000 Beratungen durchgeführt.",
        "Das IQ Netzwerk Bayern zieht Bilanz. Im letzten Jahr wurden über 3.000 Beratungen gezählt.",
        "Das IQ Netzwerk Bayern zieht Bilanz. Bislang sind rund 3000 Beratungen geführt worden.",
    ],
)
def test_a_passive_clause_is_about_the_sentence_before(body: str) -> None:
    assert ("IQ Netzwerk Bayern", 3000) in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "In Bayern wurden über 2400 Anträge gestellt.",
        "Allein in Sachsen wurden bereits rund 2400 Anträge gestellt.",
        "In Thüringen sind 2400 Anträge eingegangen.",
    ],
)
def test_a_land_as_container(body: str) -> None:
    land = next(x for x in ("Bayern", "Sachsen", "Thüringen") if x in body)
    assert (land, 2400) in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Für das IQ Netzwerk Sachsen wurden 52.000 Euro bewilligt.",
        "Das Land stellt für das IQ Netzwerk Sachsen 52.000 Euro bereit.",
        "Dem IQ Netzwerk Sachsen stehen 52.000 Euro zur Verfügung.",
    ],
)
def test_money_for_a_beneficiary(body: str) -> None:
    assert ("IQ Netzwerk Sachsen", 52000) in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Am 4. Mai 2022 fand die Jahrestagung des IQ Netzwerks Hessen in Kassel statt. Rund 120 Gäste kamen.",
        "Die Jahrestagung des IQ Netzwerks Hessen fand am 4. Mai 2022 statt. Es nahmen rund 120 Gäste teil.",
        "Am 4. Mai 2022 lud das IQ Netzwerk Hessen zur Jahrestagung. Der Einladung folgten rund 120 Gäste.",
    ],
)
def test_guests_are_counted_for_the_event(body: str) -> None:
    found = counts_of(body)
    assert any(v == 120 and what == "Gäste (rund)" and "Jahrestagung" in s for s, what, v in found)
    assert not any(v == 120 and "Jahrestagung" not in s for s, _, v in found)


@pytest.mark.parametrize(
    "body",
    [
        "Der Verein Brückenbau e. V. zählt 300 Mitglieder.",  # no IQ entity a count could be about
        "Petra Beispiel sagte, sie habe 30 Jahre Erfahrung und 12 Auszeichnungen.",  # a person
        "Zehn Projekte werden landesweit gefördert.",  # nothing to be about
        "Rund 80 Gäste kamen zum Sommerfest.",  # an event without a name
    ],
)
def test_no_count_without_a_clear_subject(body: str) -> None:
    found = values_of(body)
    assert not any(s in ("Integration durch Qualifizierung", "Petra Beispiel") for s, _ in found)
    assert not any(v in (10, 12, 80) for _, v in found)


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Hessen besteht aus 40 Teilprojekten und 3 Fachstellen.",
        "Zum IQ Netzwerk Hessen gehören 3 Fachstellen und 40 Teilprojekte.",
        "Das IQ Netzwerk Hessen hat 3 Fachstellen und vierzig Teilprojekte.",
    ],
)
def test_counts_of_subprojects_are_subproject_counts(body: str) -> None:
    f = facts_of("Titel\n\n" + body)
    assert {v for s, v in f.counts if "Hessen" in s} >= {3} | ({40} if "vierzig" not in body else set())
