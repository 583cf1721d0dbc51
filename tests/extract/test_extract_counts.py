"""Counts: the number phrase, what is counted and the entity the count is about, in sentences written for
these tests (three or more variants a construction: word order, inflection, other names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import facts_of
from iqgraph.extract import extract
from iqgraph.extract.counts.counts import names_an_event
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
        "Das IQ Netzwerk Bayern berät nach §§ 7 und 9 BQFG.",  # a number listed after a labelled one
        "Das IQ Netzwerk Bayern prüft nach Nr. 3, 4 oder 12 Anträge.",
        "Das IQ Netzwerk Bayern zählte zwei Drittel Frauen unter den Ratsuchenden.",  # a fraction
        "Das IQ Netzwerk Bayern berät ein Viertel aller Fachkräfte.",
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


# ---------------------------------------------------------------- round 2: only where the subject is sure


@pytest.mark.parametrize(
    ("label", "named"),
    [
        ("IQ Kongress 2016", True),
        ("Jahrestagung des IQ Netzwerks Hessen", True),
        ("4. IQ-Partnerforum", True),
        ("IQ-Kongress", False),
        ("IQ Symposium", False),
        ("Werkstatt-Treffen", False),
    ],
)
def test_an_event_named_only_by_its_noun_takes_no_counts(label: str, named: bool) -> None:
    assert names_an_event(label) is named


@pytest.mark.parametrize(
    "body",
    [
        "Am 4. Mai 2022 fand die Jahrestagung des IQ Netzwerks Hessen statt. Vier Teilnehmende berichteten.",
        "Die Jahrestagung des IQ Netzwerks Hessen fand am 4. Mai 2022 statt. Drei Gäste erzählten von sich.",
        "Am 4. Mai 2022 lud das IQ Netzwerk Hessen zur Jahrestagung. Zwei Besucherinnen stellten Fragen.",
    ],
)
def test_a_few_people_are_no_audience(body: str) -> None:
    assert not any(v < 5 for _, v in values_of(body))


@pytest.mark.parametrize(
    "body",
    [
        "Am 4. Mai 2022 fand die Jahrestagung des IQ Netzwerks Hessen statt. 250 Teilnehmende haben die "
        "Maßnahme abgeschlossen.",
        "Die Jahrestagung des IQ Netzwerks Hessen fand am 4. Mai 2022 statt. Rund 40 Teilnehmende der "
        "Brückenmaßnahme erhielten Zertifikate.",
        "Am 4. Mai 2022 lud das IQ Netzwerk Hessen zur Jahrestagung. Bisher bestanden 90 Teilnehmer die Prüfung.",
    ],
)
def test_participants_without_attendance_are_not_the_events(body: str) -> None:
    assert values_of(body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Am 4. Mai 2022 fand die Jahrestagung des IQ Netzwerks Hessen statt. Der Einladung folgten 120 Gäste.",
        "Die Jahrestagung des IQ Netzwerks Hessen fand am 4. Mai 2022 vor rund 120 Gästen statt.",
        "Am 4. Mai 2022 lud das IQ Netzwerk Hessen zur Jahrestagung. Gekommen waren über 120 Besucher.",
        # celebrating with, turning up, filling the hall
        "Am 4. Mai 2022 fand die Jahrestagung des IQ Netzwerks Hessen statt. Rund 120 Gäste feierten mit.",
        "Zur Jahrestagung des IQ Netzwerks Hessen am 4. Mai 2022 erschienen 120 Besucherinnen und Besucher.",
        "Am 4. Mai 2022 fand die Jahrestagung des IQ Netzwerks Hessen statt. 120 Gäste füllten den Saal.",
    ],
)
def test_an_audience_that_attended_is_the_events(body: str) -> None:
    assert any(v == 120 and "Jahrestagung" in s for s, v in values_of(body))


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            "Das IQ Netzwerk Bayern zieht Bilanz. Seither wurden 3000 Beratungen durchgeführt und rund 900 "
            "Abschlüsse anerkannt.",
            {3000, 900},
        ),
        (
            "Das IQ Netzwerk Bayern zieht Bilanz. Im Jahr wurden 24 Runde Tische und 3 Fachtage veranstaltet.",
            {24, 3},
        ),
        (
            "Das IQ Netzwerk Bayern zieht Bilanz. Bislang wurden 700 Anerkennungen in gut 60 Berufen erteilt.",
            {700, 60},
        ),
        (
            "Das IQ Netzwerk Bayern hat 12 Teilprojekte, 4 Fachstellen und 2 Koordinierungsstellen.",
            {12, 4, 2},
        ),
    ],
)
def test_coordinated_counts_share_the_subject(body: str, wanted: set[int]) -> None:
    assert {v for s, v in values_of(body) if s == "IQ Netzwerk Bayern"} == wanted


@pytest.mark.parametrize(
    "body",
    [
        "Die Ministerin besuchte das IQ Netzwerk Hessen. Dabei wurden zwei Projekte vorgestellt.",
        "Das IQ Netzwerk Hessen stellte sich vor. Anschließend wurden drei Preise verliehen.",
        "Petra Beispiel lobte das IQ Netzwerk Hessen. Danach sind vier Filme gezeigt worden.",
    ],
)
def test_small_numbers_are_not_inferred_from_the_sentence_before(body: str) -> None:
    assert values_of(body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Bayern zieht Bilanz. Bundesweit wurden 30.000 Menschen beraten.",
        "Das IQ Netzwerk Bayern hat deutschlandweit 300 Partner.",
        "Im IQ Netzwerk Bayern sind, wie bundesweit, 40 Stellen entstanden.",
    ],
)
def test_nationwide_figures_are_no_lands(body: str) -> None:
    assert not any(s == "IQ Netzwerk Bayern" for s, _ in values_of(body))


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Thüringen lud ein. Die Handwerkskammer Erfurt berät im IQ Netzwerk Thüringen 300 Betriebe.",
        "Im IQ Netzwerk Thüringen hat Petra Beispiel 300 Betriebe beraten.",
        "Das IQ Netzwerk Thüringen lud ein. Im Netzwerk betreut der Verein Brückenbau e. V. 300 Betriebe.",
    ],
)
def test_another_subject_keeps_a_count_from_the_network_beside_it(body: str) -> None:
    assert not any(s == "IQ Netzwerk Thüringen" for s, _ in values_of(body))


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Sachsen lud ein. Ein Netzwerk von 30 Betrieben stellte sich vor.",
        "Das IQ Netzwerk Sachsen lud ein. Das Netzwerk der Kammern hat 30 Mitglieder.",
        "Das IQ Netzwerk Sachsen lud ein. Im Programm standen 30 Vorträge und Gespräche.",
    ],
)
def test_stand_ins_for_something_else(body: str) -> None:
    assert not any(v == 30 for _, v in values_of(body))


@pytest.mark.parametrize(
    ("body", "land"),
    [
        ("In Bayern gibt es drei IQ Beratungsstellen.", "Bayern"),
        ("In Sachsen arbeiten inzwischen 3 IQ Beratungsstellen.", "Sachsen"),
        ("Allein in Thüringen beraten 3 IQ Beratungsstellen.", "Thüringen"),
    ],
)
def test_a_land_holds_the_programmes_offices_it_names(body: str, land: str) -> None:
    found = values_of(body)
    assert (land, 3) in found
    assert ("Integration durch Qualifizierung", 3) not in found


@pytest.mark.parametrize(
    "body",
    [
        "Der Europäische Sozialfonds (ESF) stellt für das IQ Netzwerk Bayern 5 Millionen Euro bereit.",
        "Das Förderprogramm IQ stellt für das IQ Netzwerk Bayern 5 Millionen Euro bereit.",
        "Das Land gibt an das IQ Netzwerk Bayern 5 Millionen Euro.",
    ],
)
def test_money_goes_to_its_beneficiary_not_its_giver(body: str) -> None:
    found = values_of(body)
    assert ("IQ Netzwerk Bayern", 5_000_000) in found
    assert not any(v == 5_000_000 and s != "IQ Netzwerk Bayern" for s, v in found)


@pytest.mark.parametrize(
    "body",
    [
        "Partner ist das IQ Netzwerk Hessen, das in drei Teilregionen gegliedert ist.",
        "Dazu gehört das „IQ Netzwerk Hessen“, das drei Teilregionen umfasst.",
        "Eingeladen hatte das IQ Netzwerk Hessen, welches aus drei Teilregionen besteht.",
    ],
)
def test_a_relative_clause_counts_for_its_antecedent(body: str) -> None:
    assert ("IQ Netzwerk Hessen", 3) in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "IQ Netzwerk Hessen: 700 Anträge im ersten Jahr",
        "IQ Netzwerk Hessen: Rund 700 Beratungen seit dem Start",
        "Förderprogramm IQ: Über 700 Beratungsstellen bundesweit",
    ],
)
def test_a_headline_name_before_a_colon(body: str) -> None:
    assert any(
        v == 700 and s in ("IQ Netzwerk Hessen", "Integration durch Qualifizierung")
        for s, v in values_of(body)
    )


@pytest.mark.parametrize(
    "body",
    [
        "Petra Beispiel: 700 Menschen haben wir beraten.",  # an answer in an interview
        "Hinweis: 700 Plätze sind frei.",  # no name before the colon
        "IQ Netzwerk Hessen: Die Stadt nennt 700 Plätze.",  # the figure is not right after the colon
    ],
)
def test_no_headline_without_a_body_right_before_the_colon(body: str) -> None:
    assert not any(v == 700 and s in ("IQ Netzwerk Hessen", "Petra Beispiel") for s, v in values_of(body))


@pytest.mark.parametrize(
    "body",
    [
        "Die Handwerkskammer Hamburg beriet im letzten Jahr über 300 Betriebe.",
        "Der Verein Brückenbau e. V. zählt rund 300 Mitglieder.",
        "Die Agentur für Arbeit Musterstadt vermittelte 300 Menschen in Arbeit.",
    ],
)
def test_a_body_opening_the_clause_is_what_it_counts(body: str) -> None:
    found = values_of(body)
    assert len(found) == 1 and next(iter(found))[1] == 300


@pytest.mark.parametrize(
    "body",
    [
        "Die Handwerkskammer Musterstadt beriet mit Petra Beispiel 300 Betriebe.",  # a person between
        "Die Handwerkskammer Musterstadt stellte drei Projekte vor.",  # a small number
        "Die Handwerkskammer Musterstadt erhält 300.000 Euro.",  # money: given by whom, for what?
    ],
)
def test_no_body_count_where_it_is_unsure(body: str) -> None:
    assert not any(s.startswith("Handwerkskammer") for s, _ in values_of(body))


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Bayern vergibt den Preis an 3 Betriebe.",
        "Das IQ Netzwerk Bayern feierte mit drei Festreden.",
        "Die IQ Fachstelle Einwanderung sprach mit vier Ministerien.",
    ],
)
def test_a_small_number_after_a_preposition_of_an_act_is_no_figure(body: str) -> None:
    assert values_of(body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Bayern arbeitet in vier Handlungsfeldern.",
        "Das IQ Netzwerk Bayern ist in drei Teilregionen gegliedert.",
        "Das IQ Netzwerk Bayern hat drei Fachstellen.",
    ],
)
def test_a_small_number_the_subject_has_is_a_figure(body: str) -> None:
    assert {v for _, v in values_of(body)} in ({4}, {3})


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Bayern hat 1 Sprecherin.",
        "Die IQ Fachstelle Einwanderung veröffentlichte 1 Leitfaden.",
        "Im IQ Netzwerk Bayern arbeitet 1 Koordinatorin.",
    ],
)
def test_one_is_no_count(body: str) -> None:
    assert values_of(body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Der Europäische Sozialfonds (ESF) fördert das IQ Netzwerk Bayern und die IQ Fachstelle Einwanderung mit "
        "5 Millionen Euro.",
        "Aus dem Förderprogramm IQ und vom Land erhält die IQ Fachstelle Einwanderung zusammen 5 Millionen Euro.",
        "Das Förderprogramm IQ zahlt der IQ Fachstelle Einwanderung und dem IQ Netzwerk Bayern 5 Millionen Euro.",
    ],
)
def test_money_is_no_programmes_where_others_are_named(body: str) -> None:
    assert not any(
        s in ("Integration durch Qualifizierung", "Europäischer Sozialfonds (ESF)")
        for s, _ in values_of(body)
    )


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Bayern stellte sich vor. Dabei wurden 50 Fragen beantwortet.",
        "Das IQ Netzwerk Bayern lud ein. Anschließend wurden 12 Filme gezeigt.",
        "Das IQ Netzwerk Bayern tagte. Es wurden 30 Anträge besprochen.",
    ],
)
def test_a_passive_clause_of_one_act_is_no_tally_of_the_sentence_before(body: str) -> None:
    assert values_of(body) == set()


# ---------------------------------------------------------------- round 3: passive agents, genitive heads


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Rund 5.000 Ratsuchende wurden vom IQ Netzwerk Bayern beraten.", ("IQ Netzwerk Bayern", 5000)),
        (
            "Mehr als 300 Betriebe werden durch das IQ Netzwerk Sachsen unterstützt.",
            ("IQ Netzwerk Sachsen", 300),
        ),
        ("Vom IQ Netzwerk Hessen wurden 2023 insgesamt 800 Personen begleitet.", ("IQ Netzwerk Hessen", 800)),
    ],
)
def test_the_agent_of_a_passive_clause(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


def test_money_from_an_agent_is_not_its_own() -> None:
    body = "Der Verein Brückenbau e. V. wurde vom IQ Netzwerk Bayern mit 20.000 Euro unterstützt."
    assert ("IQ Netzwerk Bayern", 20000) not in values_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Die vier Anlaufstellen des IQ Netzwerks Sachsen berieten 2022 rund 900 Fachkräfte.",
            ("IQ Netzwerk Sachsen", 900),
        ),
        (
            "Die regionalen Beratungsstellen des IQ Netzwerks Bayern begleiteten über 1.500 Ratsuchende.",
            ("IQ Netzwerk Bayern", 1500),
        ),
        ("Der Jahresbericht des IQ Netzwerks Hessen nennt 40 Teilprojekte.", ("IQ Netzwerk Hessen", 40)),
    ],
)
def test_the_genitive_attribute_of_the_opening_noun_phrase(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


def test_a_person_in_the_clause_keeps_the_count() -> None:
    body = "Die Leiterin des IQ Netzwerks Hessen, Petra Beispiel, hat 30 Betriebe besucht."
    assert ("IQ Netzwerk Hessen", 30) not in values_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Das IQ Netzwerk Bayern beriet im vergangenen Jahr 1.200 Personen.", ("IQ Netzwerk Bayern", 1200)),
        (
            "Das IQ Netzwerk Sachsen hat im letzten Quartal 2.500 Ratsuchende begleitet.",
            ("IQ Netzwerk Sachsen", 2500),
        ),
        (
            "Im Förderzeitraum 12.000 Beratungen führte das IQ Netzwerk Hessen durch.",
            ("IQ Netzwerk Hessen", 12000),
        ),
    ],
)
def test_a_grouped_number_after_a_noun_is_a_quantity(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


# ---------------------------------------------------------------- round 4: partitives, sources, ellipsis


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das IQ Netzwerk Bayern hat 2021 rund 3.900 Menschen beraten. Davon waren 1.870 Frauen.",
            ("IQ Netzwerk Bayern", 1870),
        ),
        (
            "Im Jahr 2022 begleitete das IQ Netzwerk Sachsen 640 Fachkräfte. Darunter sind 85 Ärztinnen.",
            ("IQ Netzwerk Sachsen", 85),
        ),
        (
            "Das IQ Netzwerk Hessen erhält 1,4 Millionen Euro. Hiervon fließen 300.000 Euro in die Beratung.",
            ("IQ Netzwerk Hessen", 300000),
        ),
    ],
)
def test_a_partitive_clause_counts_for_the_subject_before(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Bayern berät Fachkräfte. Laut dem Statistischen Bundesamt wurden seither "
        "22.000 Anträge gestellt.",
        "Das IQ Netzwerk Sachsen berät Zugewanderte. Nach Angaben der Bundesagentur für Arbeit wurden "
        "bislang 4.300 Stellen besetzt.",
        "Das IQ Netzwerk Hessen tagte in Kassel. Davon berichtete Petra Beispiel, die 60 Betriebe besucht hat.",
    ],
)
def test_a_clause_naming_someone_else_keeps_its_figure_from_the_topic_before(body: str) -> None:
    assert not [s for s, _ in values_of(body) if s.startswith("IQ Netzwerk")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Im Jahr 2020 wurden im IQ Netzwerk Bayern 2 310 Anträge gestellt, im Jahr 2021 waren es 2 954.",
            ("IQ Netzwerk Bayern", "Anträge", 2954),
        ),
        (
            "Das IQ Netzwerk Sachsen beriet 2023 rund 1.900 Personen. Im Vorjahr waren es knapp 1.600.",
            ("IQ Netzwerk Sachsen", "Personen (knapp)", 1600),
        ),
        (
            "Das IQ Netzwerk Hessen zählte 2019 über 700 Beratungen, 2020 sind es 820 und 2021 schon 990 gewesen.",
            ("IQ Netzwerk Hessen", "Beratungen", 820),
        ),
    ],
)
def test_a_number_without_its_noun_counts_what_the_figure_before_counts(
    body: str, expected: tuple[str, str, int]
) -> None:
    assert expected in counts_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Im Jahr 2021 waren es 2 954.",
        "Petra Beispiel hat 40 Betriebe besucht. Im Vorjahr waren es 35.",
        "Das IQ Netzwerk Bayern hat 40 Betriebe beraten. Bis zur Prüfung sind es noch 12 Wochen.",
    ],
)
def test_a_number_without_a_figure_before_is_no_count(body: str) -> None:
    assert {v for _, v in values_of(body)} <= {40}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Für das IQ Netzwerk Bayern wurden beim Programm „Fachkräfte – jetzt“ 90.000 € beantragt.",
            ("IQ Netzwerk Bayern", 90000),
        ),
        (
            'Das IQ Netzwerk Sachsen hat im Projekt "Anerkennung – aber schnell" 420 Personen begleitet.',
            ("IQ Netzwerk Sachsen", 420),
        ),
        (
            "Im IQ Netzwerk Hessen arbeiten seit der Aktion »Wege – Ziele« rund 30 Betriebe mit.",
            ("IQ Netzwerk Hessen", 30),
        ),
    ],
)
def test_a_dash_inside_quotation_marks_does_not_end_the_clause(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Für das IQ Netzwerk Bayern wurden 80.000 Euro bewilligt. Davon wurden 76.500 Euro ausgegeben.",
            ("IQ Netzwerk Bayern", 76500),
        ),
        (
            "Das IQ Netzwerk Sachsen beriet 2.400 Menschen, davon 1.300 Frauen.",
            ("IQ Netzwerk Sachsen", 1300),
        ),
        (
            "Rund 900 Fachkräfte wurden vom IQ Netzwerk Hessen begleitet. Darunter waren 120 Pflegekräfte.",
            ("IQ Netzwerk Hessen", 120),
        ),
    ],
)
def test_a_partitive_takes_the_subject_of_the_figure_before(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Mehr als 2.000 Menschen haben sich seit 2019 vom IQ Netzwerk Bayern beraten lassen.",
            ("IQ Netzwerk Bayern", 2000),
        ),
        (
            "Rund 700 Fachkräfte ließen sich 2022 vom IQ Netzwerk Sachsen begleiten.",
            ("IQ Netzwerk Sachsen", 700),
        ),
        (
            "Vom IQ Netzwerk Hessen lassen sich jedes Jahr über 900 Personen beraten.",
            ("IQ Netzwerk Hessen", 900),
        ),
    ],
)
def test_the_agent_of_a_reflexive_lassen_passive(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Sechs Beratungsstellen und drei Qualifizierungsprojekte gehören zum IQ Netzwerk Bayern.",
            {("IQ Netzwerk Bayern", 6), ("IQ Netzwerk Bayern", 3)},
        ),
        ("Rund 40 Partner gehörten 2020 zum IQ Netzwerk Sachsen.", {("IQ Netzwerk Sachsen", 40)}),
        ("Zwölf Kammern zählen inzwischen zum IQ Netzwerk Hessen.", {("IQ Netzwerk Hessen", 12)}),
    ],
)
def test_what_belongs_to_a_name_after_gehoeren_zu(body: str, expected: set[tuple[str, int]]) -> None:
    assert expected <= values_of(body)


def test_belonging_to_some_other_body_is_not_the_networks() -> None:
    body = "Im IQ Netzwerk Bayern berät die Handwerkskammer Kassel, zu der 900 Betriebe gehören."
    assert ("IQ Netzwerk Bayern", 900) not in values_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Die Zahl der Beratungen im IQ Netzwerk Bayern stieg auf 3.400.",
            ("IQ Netzwerk Bayern", "Beratungen", 3400),
        ),
        (
            "Im IQ Netzwerk Sachsen lag die Anzahl der Ratsuchenden 2023 bei rund 2.150.",
            ("IQ Netzwerk Sachsen", "Ratsuchende (rund)", 2150),
        ),
        (
            "Die Gesamtzahl der Anträge im IQ Netzwerk Hessen betrug zuletzt 780.",
            ("IQ Netzwerk Hessen", "Anträge", 780),
        ),
    ],
)
def test_the_counted_noun_in_a_zahl_der_phrase_before_a_bare_number(
    body: str, expected: tuple[str, int]
) -> None:
    assert expected in counts_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Die Zahl der Beratungen im IQ Netzwerk Bayern stieg seit 2015 deutlich.",
        "Die Zahl der Anträge im IQ Netzwerk Sachsen stieg von 1.500 auf 2.300.",
        "Die Zahl der Beratungen im IQ Netzwerk Hessen wird bis 2026 steigen.",
    ],
)
def test_a_zahl_der_phrase_counts_only_the_number_it_reaches(body: str) -> None:
    assert {v for _, v in values_of(body)} <= {2300}


@pytest.mark.parametrize(
    ("body", "value", "what"),
    [
        ("Das IQ Netzwerk Bayern zählt zwei Dutzend Partner.", 24, "Partner"),
        ("Das IQ Netzwerk Bayern zählt ein Dutzend Standorte.", 12, "Standorte"),
        ("Das IQ Netzwerk Bayern hat dreißig Teilprojekte.", 30, "Teilprojekte"),
        ("Im IQ Netzwerk Bayern arbeiten hundert Beraterinnen.", 100, "Beraterinnen"),
        ("Das IQ Netzwerk Bayern beriet fünfhundert Betriebe.", 500, "Betriebe"),
    ],
)
def test_tens_hundreds_and_dozens_in_words(body: str, value: int, what: str) -> None:
    assert ("IQ Netzwerk Bayern", what, value) in counts_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Hunderte Menschen kamen ins IQ Netzwerk Bayern.",  # an indefinite plural, no figure
        "Das IQ Netzwerk Bayern blickt auf ein Jahrhundert Geschichte zurück.",
        "Dutzende Betriebe fragten beim IQ Netzwerk Bayern an.",
    ],
)
def test_indefinite_number_words_are_no_counts(body: str) -> None:
    assert counts_of(body) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "2022 berieten die Beratungsstellen des IQ Netzwerks Sachsen rund 900 Fachkräfte.",
            ("IQ Netzwerk Sachsen", 900),
        ),
        (
            "Im vergangenen Jahr führten die Beraterinnen des IQ Netzwerks Bayern über 3.400 Beratungen durch.",
            ("IQ Netzwerk Bayern", 3400),
        ),
        (
            "Seit 2015 haben die Fachstellen des IQ Netzwerks Hessen mehr als 5.000 Menschen begleitet.",
            ("IQ Netzwerk Hessen", 5000),
        ),
        (
            "In den letzten drei Jahren haben die elf Teilprojekte des IQ Netzwerks Sachsen 6.500 Menschen beraten.",
            ("IQ Netzwerk Sachsen", 6500),
        ),
    ],
)
def test_the_genitive_attribute_of_the_subject_after_the_verb(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Nach dem Bericht des IQ Netzwerks Hessen wurden die Partner der Kammer mit 20 Betrieben vernetzt.",
        "Nach Angaben der Leitung des IQ Netzwerks Hessen kamen 30 Betriebe.",
        "Mit dem Geld des IQ Netzwerks Hessen wurden 40 Kurse bezahlt.",
    ],
)
def test_an_article_inside_a_prepositional_phrase_opens_no_subject(body: str) -> None:
    assert not any(subject == "IQ Netzwerk Hessen" for subject, _ in values_of(body))


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Das IQ Netzwerk Bayern erhält eine Million Euro.", 1_000_000),
        ("Das IQ Netzwerk Bayern erhält knapp eine Million Euro vom Land.", 1_000_000),
        ("Für das IQ Netzwerk Bayern gibt es eine halbe Million Euro.", 500_000),
    ],
)
def test_a_scale_written_with_its_article(body: str, value: int) -> None:
    assert ("IQ Netzwerk Bayern", value) in values_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Das IQ Netzwerk Bremen hatte 2021 zwölf Teilprojekte.", ("IQ Netzwerk Bremen", 12)),
        ("Das IQ Netzwerk Sachsen beriet 2022 fünfzig Betriebe.", ("IQ Netzwerk Sachsen", 50)),
        ("Im IQ Netzwerk Hessen arbeiteten 2020 zwanzig Teilprojekte.", ("IQ Netzwerk Hessen", 20)),
    ],
)
def test_a_year_before_a_number_word(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Über 40 Partner arbeiten im IQ Netzwerk Bremen zusammen.", ("IQ Netzwerk Bremen", 40)),
        ("Rund 30 Organisationen engagieren sich im IQ Netzwerk Sachsen.", ("IQ Netzwerk Sachsen", 30)),
        ("Zwölf Vereine wirken bereits im IQ Netzwerk Hessen mit.", ("IQ Netzwerk Hessen", 12)),
    ],
)
def test_a_counted_subject_placed_by_its_verb(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


def test_a_counted_object_is_not_placed_by_the_verb() -> None:
    body = "Heute treffen sich 40 Partner mit Betrieben im IQ Netzwerk Bremen."
    assert ("IQ Netzwerk Bremen", 40) not in values_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "In den Anlaufstellen des IQ Netzwerks Bremen wurden 2.000 Menschen beraten.",
            ("IQ Netzwerk Bremen", 2000),
        ),
        (
            "Im Jahr 2022 wurden in den Beratungsstellen des IQ Netzwerks Hessen 800 Personen beraten.",
            ("IQ Netzwerk Hessen", 800),
        ),
        (
            "Im Rahmen des IQ Netzwerks Sachsen wurden 2022 über 900 Menschen qualifiziert.",
            ("IQ Netzwerk Sachsen", 900),
        ),
    ],
)
def test_the_genitive_owner_of_a_container(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hamburg zählte im ersten Jahr über 800 Anerkennungen.", ("Hamburg", 800)),
        ("Bremen verzeichnete 2022 rund 1.500 Anträge.", ("Bremen", 1500)),
        ("In ganz Sachsen gibt es 30 Anlaufstellen.", ("Sachsen", 30)),
    ],
)
def test_a_land_as_the_subject_or_container(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Sachsen und Thüringen haben zusammen 30 Stellen.",  # two Länder: neither one's
        "Bremen, Hamburg und Kiel: 500 Gäste kamen.",
        "Sachsen, 3. Mai: Es wurden 80 Anträge gestellt.",  # a dateline
    ],
)
def test_a_land_in_a_list_or_dateline_is_no_subject(body: str) -> None:
    assert not any(subject in ("Sachsen", "Bremen") for subject, _ in values_of(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Über 400 Betriebe wurden von der Handwerkskammer Kassel beraten.", ("Handwerkskammer Kassel", 400)),
        (
            "Seit 2016 wurden durch das Ministerium für Arbeit und Soziales fünf Beratungsstellen gefördert.",
            ("Ministerium für Arbeit und Soziales", 5),
        ),
        (
            "Im letzten Jahr wurden 120 Kurse von der Stiftung Lichtblick finanziert.",
            ("Stiftung Lichtblick", 120),
        ),
    ],
)
def test_a_body_as_the_agent_of_a_passive_clause(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Rund 300 Menschen wurden von der Stiftung Lichtblick und der Caritas Kassel begleitet.",  # two agents
        "Der Verein Brückenbau e. V. wurde von der Stiftung Lichtblick mit 20 Kursen unterstützt.",  # a subject
        "Die Stiftung Lichtblick wurde von der Handwerkskammer Kassel mit 50.000 Euro gefördert.",  # money
    ],
)
def test_no_body_agent_when_the_clause_is_not_plain(body: str) -> None:
    assert not any(s in ("Stiftung Lichtblick", "Handwerkskammer Kassel") for s, _ in values_of(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Die Lernbrücke e. V. feierte Jubiläum. Der Verein hat inzwischen 35 Mitglieder.",
            ("Lernbrücke e. V.", 35),
        ),
        (
            "Die Stiftung Lichtblick lud ein. Die Stiftung förderte 2022 insgesamt 40 Kurse.",
            ("Stiftung Lichtblick", 40),
        ),
        (
            "Die Handwerkskammer Kassel lud ein. Die Kammer zählte 2022 rund 300 Anträge.",
            ("Handwerkskammer Kassel", 300),
        ),
    ],
)
def test_a_body_s_head_noun_stands_for_the_body_named_before(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Die Stiftung Lichtblick und die Stiftung Morgenrot luden ein. Die Stiftung förderte 40 Kurse.",  # two
        "Die Stiftung Lichtblick lud ein. Der Verein hat 35 Mitglieder.",  # no body of that kind
        "Die Stiftung Lichtblick lud ein. Die Stiftung Morgenrot förderte 40 Kurse.",  # a name follows
    ],
)
def test_a_head_noun_without_one_body_of_its_kind_stands_for_none(body: str) -> None:
    assert not any(subject == "Stiftung Lichtblick" for subject, _ in values_of(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Die Zahl der Beratungen des IQ Netzwerks Bremen lag 2022 bei rund 3.400.",
            ("IQ Netzwerk Bremen", 3400),
        ),
        ("Die Anzahl der Anträge des IQ Netzwerks Hessen stieg auf 1.250.", ("IQ Netzwerk Hessen", 1250)),
        ("Die Zahl der Kurse des IQ Netzwerks Sachsen betrug zuletzt 48.", ("IQ Netzwerk Sachsen", 48)),
    ],
)
def test_the_genitive_owner_inside_a_zahl_der_phrase(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Die Beratungsstellen der Caritas Kassel berieten 2017 über 3.000 Personen.",
            ("Caritas Kassel", 3000),
        ),
        (
            "Im Jahr 2022 haben die Beraterinnen der Handwerkskammer Kassel über 400 Betriebe besucht.",
            ("Handwerkskammer Kassel", 400),
        ),
        (
            "Die Lotsinnen der Stiftung Lichtblick begleiteten 2022 rund 250 Familien.",
            ("Stiftung Lichtblick", 250),
        ),
    ],
)
def test_a_body_as_the_genitive_owner_of_the_subject(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Die Beratungsstellen der Caritas Kassel und der Diakonie Hessen berieten 3.000 Personen.",  # two
        "Die Leiterin der Caritas Kassel, Petra Beispiel, hat 30 Betriebe besucht.",  # a person's
        "Die Beratungsstellen der Caritas Kassel erhielten 30.000 Euro.",  # money goes elsewhere
    ],
)
def test_no_body_owner_when_the_subject_is_not_plain(body: str) -> None:
    assert not any(subject == "Caritas Kassel" for subject, _ in values_of(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Die Stiftung Lichtblick begleitete im Vorjahr 250 Familien.", ("Stiftung Lichtblick", 250)),
        ("Das IQ Netzwerk Bremen beriet im Berichtsjahr 1.200 Menschen.", ("IQ Netzwerk Bremen", 1200)),
        ("Das IQ Netzwerk Hessen zählte im Quartal 80 Anträge.", ("IQ Netzwerk Hessen", 80)),
    ],
)
def test_a_figure_right_after_a_period_noun(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das IQ Netzwerk Hessen begleitete 300 neu zugewanderte Menschen.",
            ("IQ Netzwerk Hessen", "neu zugewanderte Menschen", 300),
        ),
        (
            "Im Jahr 2022 hat das IQ Netzwerk Hessen rund 120 bereits anerkannte Pflegekräfte beraten.",
            ("IQ Netzwerk Hessen", "bereits anerkannte Pflegekräfte (rund)", 120),
        ),
        (
            "Das IQ Netzwerk Hessen schulte 45 beruflich erfahrene Lotsinnen.",
            ("IQ Netzwerk Hessen", "beruflich erfahrene Lotsinnen", 45),
        ),
        (
            "Das IQ Netzwerk Hessen bildete 18 so genannte Kulturmittler fort.",
            ("IQ Netzwerk Hessen", "so genannte Kulturmittler", 18),
        ),
    ],
)
def test_an_adverb_before_an_attribute_of_the_counted_noun(body: str, expected: tuple[str, str, int]) -> None:
    assert expected in counts_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Hessen hat 300 neu gegründet.",
        "Das IQ Netzwerk Hessen zählte 2021 schon Betriebe.",
        "Das IQ Netzwerk Hessen berät 300 gut und schnell.",
    ],
)
def test_an_adverb_without_an_attribute_after_it_is_no_counted_noun(body: str) -> None:
    assert counts_of(body) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Das IQ Netzwerk Hessen erhält € 250.000 vom Land.", ("IQ Netzwerk Hessen", "Euro", 250000)),
        (
            "Das IQ Netzwerk Hessen erhält rund EUR 1,2 Mio. aus Landesmitteln.",
            ("IQ Netzwerk Hessen", "Euro (rund)", 1200000),
        ),
        ("Für das IQ Netzwerk Hessen stellt das Land € 2000 bereit.", ("IQ Netzwerk Hessen", "Euro", 2000)),
        (
            "Das IQ Netzwerk Hessen bekommt 1.5 Millionen Euro vom Bund.",
            ("IQ Netzwerk Hessen", "Euro", 1500000),
        ),
        ("Das IQ Netzwerk Hessen bekommt 2.25 Mio. Euro vom Bund.", ("IQ Netzwerk Hessen", "Euro", 2250000)),
    ],
)
def test_currency_before_the_amount_and_an_english_decimal_before_a_scale(
    body: str, expected: tuple[str, str, int]
) -> None:
    assert expected in counts_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das IQ Netzwerk Hessen beriet im Zeitraum 2019 – 2022 über 900 Unternehmen.",
            ("IQ Netzwerk Hessen", 900),
        ),
        (
            "Im Förderzeitraum 2015 - 2018 hat das IQ Netzwerk Hessen 1.300 Fachkräfte begleitet.",
            ("IQ Netzwerk Hessen", 1300),
        ),
        (
            "Zwischen 2020 – 2023 schulte das IQ Netzwerk Hessen rund 420 Lotsinnen.",
            ("IQ Netzwerk Hessen", 420),
        ),
    ],
)
def test_a_dash_between_two_numbers_is_a_range_not_a_clause_break(
    body: str, expected: tuple[str, int]
) -> None:
    assert expected in values_of(body)


def test_a_dash_between_words_still_breaks_the_clause() -> None:
    body = "Das IQ Netzwerk Hessen lud ein – 2023 kamen 400 Gäste aus ganz Europa zur Messe Frankfurt."
    assert ("IQ Netzwerk Hessen", 400) not in values_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das IQ Netzwerk Hessen berät seit 2019 Fachkräfte. Seitdem sind über 500 Anträge (Stand: 1. März 2022) "
            "gestellt worden.",
            ("IQ Netzwerk Hessen", 500),
        ),
        (
            "Das IQ Netzwerk Hessen (Sitz: Wiesbaden) beriet 2022 rund 1.100 Personen.",
            ("IQ Netzwerk Hessen", 1100),
        ),
        (
            "Das IQ Netzwerk Hessen hat (laut Bilanz: vorläufig) 800 Fachkräfte begleitet.",
            ("IQ Netzwerk Hessen", 800),
        ),
    ],
)
def test_a_colon_inside_parentheses_does_not_break_the_clause(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Das IQ Netzwerk Sachsen zieht Bilanz. Seit 2015 wurden über 9.000 Menschen beraten.", 9000),
        (
            "Das IQ Netzwerk Sachsen zieht Bilanz. Im vergangenen Jahr nutzten rund 400 Unternehmen die Angebote.",
            400,
        ),
        ("Das IQ Netzwerk Sachsen zieht Bilanz. Insgesamt gingen bislang 2.300 Anträge ein.", 2300),
        (
            "Das IQ Netzwerk Sachsen zieht Bilanz. Bisher haben 1.200 Ratsuchende eine Beratung erhalten.",
            1200,
        ),
    ],
)
def test_a_tally_of_clients_in_a_sentence_naming_no_body_is_the_main_networks(body: str, value: int) -> None:
    assert ("IQ Netzwerk Sachsen", value) in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        # the sentence names the body whose figure it is
        "Das IQ Netzwerk Sachsen zieht Bilanz. Seit 2015 hat die Handwerkskammer Leipzig 900 Betriebe beraten.",
        # one act, no tally over a period
        "Das IQ Netzwerk Sachsen zieht Bilanz. Zur Tagung wurden 90 Menschen eingeladen.",
        "Das IQ Netzwerk Sachsen zieht Bilanz. Dabei wurden 40 Menschen ausgezeichnet.",
    ],
)
def test_no_main_network_tally_where_another_body_is_named_or_no_period_framed(body: str) -> None:
    assert not any(subject == "IQ Netzwerk Sachsen" for subject, _ in values_of(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Das Projekt Brückenbau begleitete 640 Teilnehmende.", ("Brückenbau", 640)),
        ("Das Projekt Wegweiser hat seit 2019 insgesamt 310 Teilnehmerinnen gecoacht.", ("Wegweiser", 310)),
        (
            "Im Projekt Startklar wurden bislang 420 Teilnehmerinnen und Teilnehmer qualifiziert.",
            ("Startklar", 420),
        ),
        ("Die Lernbrücke gGmbH erreichte mit ihren Kursen 85 Teilnehmer.", ("Lernbrücke gGmbH", 85)),
    ],
)
def test_participants_a_project_serves_are_its_count(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Der Fachtag des Projekts Brückenbau richtete sich an 60 Teilnehmende.",
        "Die Tagung der Lernbrücke gGmbH bot 45 Teilnehmerinnen einen Überblick.",
        "Das Projekt Wegweiser nennt 30 Teilnehmende als Obergrenze für den Workshop am Abend.",
    ],
)
def test_participants_of_an_event_are_no_project_count(body: str) -> None:
    assert values_of(body) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Die Ministerin übergab einen Förderbescheid über 1,2 Millionen Euro an das IQ Netzwerk Hessen.",
            ("IQ Netzwerk Hessen", "Euro", 1200000),
        ),
        (
            "Der Staatssekretär hat am Montag einen Bescheid über 80.000 Euro an das Projekt „Neustart Pflege“ übergeben.",
            ("Neustart Pflege", "Euro", 80000),
        ),
        (
            "Das Land übergab dem IQ Netzwerk Sachsen einen Scheck über 5.000 Euro.",
            ("IQ Netzwerk Sachsen", "Euro", 5000),
        ),
    ],
)
def test_money_handed_to_a_name_is_its_amount_and_no_more_than(
    body: str, expected: tuple[str, str, int]
) -> None:
    assert expected in counts_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Über 300 Menschen hat das IQ Netzwerk Hessen beraten.",
        "Das IQ Netzwerk Hessen hat über 300 Menschen beraten.",
        "Insgesamt über 300 Menschen hat das IQ Netzwerk Hessen beraten.",
    ],
)
def test_ueber_before_a_number_without_a_noun_before_is_more_than(body: str) -> None:
    assert ("IQ Netzwerk Hessen", "Menschen (über)", 300) in counts_of(body)


# ---------------------------------------------------------------- people of any kind taking part in an event

_HELD = "Am 3. Mai 2031 fand in Gießen der Fachtag „Arbeit im Wandel“ des Vereins Lernwerk e. V. statt. "


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Es nahmen 130 Personen teil.", 130),
        ("Rund 90 Fachleute aus Kliniken und Praxen nahmen daran teil.", 90),
        ("Knapp 60 Vertreterinnen und Vertreter aus Betrieben folgten der Einladung.", 60),
        ("Der Einladung folgten über 200 Menschen aus der ganzen Region.", 200),
    ],
)
def test_people_of_any_kind_who_took_part_are_the_event_s_audience(sentence: str, value: int) -> None:
    assert ("Fachtag „Arbeit im Wandel“", value) in values_of(_HELD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Vorjahr nahmen 410 Personen an den Schulungen teil.",
        "An den Veranstaltungen des Jahres nahmen 900 Menschen teil.",
        "Es nahmen sechs Personen teil.",
    ],
)
def test_people_taking_part_in_a_course_or_many_events_are_no_audience(sentence: str) -> None:
    assert not {v for s, v in values_of(_HELD + sentence) if s.startswith("Fachtag")}


# ---------------------------------------------------------------- "sie"/"er" standing for the sentence before's subject


@pytest.mark.parametrize(
    ("body", "subject", "value"),
    [
        (
            "Die Beratungsstelle „Türöffner Nord“ gibt es seit 2029. Sie hat seitdem rund 2.000 Menschen beraten.",
            "Beratungsstelle „Türöffner Nord“",
            2000,
        ),
        (
            "Die Beratungsstelle „Türöffner Nord“ öffnete 2029. Seitdem hat sie 1.400 Ratsuchende begleitet.",
            "Beratungsstelle „Türöffner Nord“",
            1400,
        ),
        (
            "Der Verein Lernwerk e. V. wurde 2015 gegründet. Heute beschäftigt er 26 Mitarbeitende.",
            "Lernwerk e. V.",
            26,
        ),
    ],
)
def test_a_pronoun_subject_stands_for_the_sentence_before_s_subject(
    body: str, subject: str, value: int
) -> None:
    assert (subject, value) in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Petra Beispiel leitet die Beratungsstelle „Türöffner Nord“. Sie hat seitdem rund 2.000 Menschen beraten.",
        "Der Verein Lernwerk e. V. arbeitet mit der Stadt Kassel zusammen. Sie hat 2.000 Menschen beraten.",
    ],
)
def test_a_pronoun_after_a_person_or_two_bodies_stands_for_none_of_them(body: str) -> None:
    assert not values_of(body)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Zum Fachtag kamen mehr als 300 Menschen.", 300),
        ("Zur zweiten Tagung kamen am Vormittag rund 120 Fachleute in den Saal.", 120),
        ("Über 90 Beschäftigte kamen zum Fachtag nach Gießen.", 90),
    ],
)
def test_people_who_came_to_the_event_named_as_their_goal_are_its_audience(sentence: str, value: int) -> None:
    assert ("Fachtag „Arbeit im Wandel“", value) in values_of(_HELD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "2015 kamen 2.000 Menschen nach Gießen.",
        "Rund 300 Menschen kamen aus Syrien zu uns.",
        "Zur Beratung kamen 300 Menschen.",
    ],
)
def test_people_who_came_with_no_event_as_their_goal_are_no_audience(sentence: str) -> None:
    assert not {v for s, v in values_of(_HELD + sentence) if s.startswith("Fachtag")}


@pytest.mark.parametrize(
    "later",
    [
        "Den Abschluss bildete die Jahrestagung am 24. November 2031 in Kassel. In zwölf Fachforen arbeiteten Fachleute.",
        "Am 24. November 2031 folgte die Jahrestagung in Kassel. Es nahmen 140 Personen teil.",
        "Die Fachtagung am 24. November 2031 schloss das Jahr ab. Rund 90 Gäste kamen zur Fachtagung.",
    ],
)
def test_a_count_at_an_event_named_by_its_bare_noun_goes_to_no_earlier_event(later: str) -> None:
    body = f"Beim Sommerfest des Vereins Lernwerk e. V. am 1. Juli 2031 feierten rund 200 Gäste. {later}"
    assert values_of(body) == {("Sommerfest des Lernwerks e. V.", 200)}


@pytest.mark.parametrize(
    ("item", "value"),
    [
        ("14:00 Uhr Vier parallele Workshops", 4),
        ("11.30 Uhr 3 Fachforen zur Auswahl", 3),
        ("15 Uhr Sechs Themeninseln", 6),
    ],
)
def test_a_programme_item_s_time_is_no_label_of_the_figure_after_it(item: str, value: int) -> None:
    body = f"Fachtag „Arbeit im Wandel“\nDienstag, 3. Juni 2031, 10 bis 16 Uhr\n\nProgramm\n\n{item}\n"
    assert ("Fachtag „Arbeit im Wandel“", value) in values_of(body)


@pytest.mark.parametrize(
    ("body", "subject", "value"),
    [
        (
            "Das Projekt „Türöffner Nord“ in Zahlen: 800 Beratungen, 120 Qualifizierungen.",
            "Türöffner Nord",
            120,
        ),
        ("Das IQ Netzwerk Hessen im Überblick: 25 Teilprojekte an 14 Standorten.", "IQ Netzwerk Hessen", 14),
        ("Die Stiftung Brückenschlag 2030: 300 geförderte Projekte.", "Stiftung Brückenschlag", 300),
    ],
)
def test_a_heading_naming_a_body_with_its_article_or_in_zahlen_before_a_colon_owns_the_figures(
    body: str, subject: str, value: int
) -> None:
    assert (subject, value) in values_of(body)


def test_a_colon_after_no_name_owns_no_figures() -> None:
    assert not values_of("Fazit: 300 Menschen wurden beraten.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Bilanz des IQ Netzwerks Hessen 2030\n- 3.912 Beratungen\n- 14 Standorte",
            {("IQ Netzwerk Hessen", 3912), ("IQ Netzwerk Hessen", 14)},
        ),
        (
            "Die Stiftung Brückenschlag in Zahlen\n\n420 Stipendien\nrund 140 Partnerbetriebe",
            {("Stiftung Brückenschlag", 420), ("Stiftung Brückenschlag", 140)},
        ),
        (
            "Projekt „Türöffner Nord“ im Jahr 2030\n• 800 Erstberatungen\n• 60 Betriebe",
            {("Türöffner Nord", 800), ("Türöffner Nord", 60)},
        ),
    ],
)
def test_figures_listed_under_a_heading_naming_one_body_are_its(
    body: str, expected: set[tuple[str, int]]
) -> None:
    assert expected <= values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Das Jahr in Zahlen\n\n1.146 Erstberatungen\n312 Betriebe",
        "Der Verein Lernwerk e. V. berät seit 2015.\n1.146 Erstberatungen",
        "Die Stadt Kassel und der Verein Lernwerk e. V.\n1.146 Erstberatungen",
    ],
)
def test_figures_under_a_heading_naming_no_body_or_two_or_after_prose_are_nobody_s(body: str) -> None:
    assert not values_of(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "Im vergangenen Jahr habe die Handwerkskammer Beispielstadt 300 Betriebe beraten.",
        "Seit 2029 hat die Handwerkskammer Beispielstadt 300 Betriebe beraten.",
        "Allein im Frühjahr konnte die Handwerkskammer Beispielstadt 300 Betriebe begleiten.",
    ],
)
def test_a_body_right_after_a_fronted_part_and_the_finite_verb_is_the_clause_subject(sentence: str) -> None:
    facts = facts_of(f"Titel\n\nDas IQ Netzwerk Sachsen ist aktiv. {sentence}")
    assert ("Handwerkskammer Beispielstadt", 300) in facts.counts


@pytest.mark.parametrize(
    "sentence",
    [
        "Petra Beispiel von der Handwerkskammer Beispielstadt berichtete, man habe 300 Betriebe beraten.",
        "Nach Angaben der Handwerkskammer Beispielstadt habe man im Jahr 2030 rund 300 Betriebe beraten.",
        "Wie die Handwerkskammer Beispielstadt mitteilte, konnte man zuletzt 300 Anträge bearbeiten.",
    ],
)
def test_man_in_reported_speech_stands_for_the_one_body_named(sentence: str) -> None:
    facts = facts_of(f"Titel\n\nDas IQ Netzwerk Sachsen ist aktiv. {sentence}")
    assert {c for c in facts.counts if c[1] == 300} == {("Handwerkskammer Beispielstadt", 300)}


def test_man_with_two_bodies_named_is_nobody_s() -> None:
    text = "Titel\n\nDie Kammer Beispielstadt und der Verein Lernwerk e. V. berichteten, man habe 300 Betriebe beraten."
    assert not {c for c in facts_of(text).counts if c[1] == 300}


@pytest.mark.parametrize(
    "sentence",
    [
        "Im vergangenen Jahr nahmen 140 Personen am Forum teil.",
        "Im Vorjahr kamen 140 Gäste zum Forum.",
        "Letztes Jahr waren 140 Teilnehmende dabei.",
    ],
)
def test_an_audience_of_an_earlier_year_is_not_the_event_s(sentence: str) -> None:
    text = f"Titel\n\nDer Verein Lernwerk lädt am 18. März 2032 zum 3. Forum Fachkräfte nach Kassel ein. {sentence}"
    assert not {c for c in facts_of(text).counts if c[1] == 140}


def test_an_audience_of_this_year_is_the_event_s() -> None:
    text = (
        "Titel\n\nAm 18. März 2031 fand das 3. Forum Fachkräfte in Kassel statt. Es nahmen 140 Personen teil."
    )
    assert {c for c in facts_of(text).counts if c[1] == 140}


@pytest.mark.parametrize(
    "sentence",
    [
        "Am 7. und 8. Oktober 2031 trafen sich rund 180 Fachleute zum Fachkongress „Wege“ in Rostock.",
        "Zum Fachkongress „Wege“ in Rostock trafen sich am 7. Oktober 2031 rund 180 Expertinnen und Experten.",
        "Am 7. Oktober 2031 kamen rund 180 Akteure aus dem ganzen Land zum Fachkongress „Wege“ zusammen.",
    ],
)
def test_people_who_met_at_an_event_are_its_audience(sentence: str) -> None:
    assert ("Fachkongress „Wege“", 180) in facts_of(f"Titel\n\n{sentence}").counts


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Die Handwerkskammer Beispielstadt hat im vergangenen Jahr zweitausend Menschen beraten.", 2000),
        ("Die Handwerkskammer Beispielstadt hat seit 2028 fast dreitausend Anträge begleitet.", 3000),
        ("Die Handwerkskammer Beispielstadt beriet 2030 mehr als siebenhundert Betriebe.", 700),
    ],
)
def test_round_hundreds_and_thousands_written_out_are_counted(sentence: str, value: int) -> None:
    assert ("Handwerkskammer Beispielstadt", value) in facts_of(f"Titel\n\n{sentence}").counts


@pytest.mark.parametrize(
    "sentence",
    [
        "Rund 300 Anträge hat die Handwerkskammer Beispielstadt seit 2028 begleitet.",
        "Rund 300 Betriebe berät die Handwerkskammer Beispielstadt jedes Jahr.",
        "Rund 300 Gespräche führte die Handwerkskammer Beispielstadt im Jahr 2030.",
    ],
)
def test_a_body_after_a_fronted_count_and_a_singular_verb_is_its_subject(sentence: str) -> None:
    assert ("Handwerkskammer Beispielstadt", 300) in facts_of(f"Titel\n\n{sentence}").counts


def test_a_fronted_count_with_a_plural_verb_is_the_subject_not_the_body_s() -> None:
    text = "Titel\n\nRund 300 Betriebe lobten die Handwerkskammer Beispielstadt."
    assert not facts_of(text).counts


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Bilanz des IQ Netzwerks Hessen 2030\n- Beratungen: 3.912\n- Standorte: 14",
            {("IQ Netzwerk Hessen", "Beratungen", 3912), ("IQ Netzwerk Hessen", "Standorte", 14)},
        ),
        (
            "Die Stiftung Brückenschlag in Zahlen\n\nStipendien: 420\nPartnerbetriebe: rund 140",
            {
                ("Stiftung Brückenschlag", "Stipendien", 420),
                ("Stiftung Brückenschlag", "Partnerbetriebe (rund)", 140),
            },
        ),
        (
            "Projekt „Türöffner Nord“ im Jahr 2030\n• Neue Erstberatungen: 800\n• Betriebe: 60",
            {("Türöffner Nord", "Neue Erstberatungen", 800), ("Türöffner Nord", "Betriebe", 60)},
        ),
    ],
)
def test_figures_listed_noun_first_after_a_colon_under_a_heading_are_its(
    body: str, expected: set[tuple[str, str, int]]
) -> None:
    assert expected <= counts_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Das Projekt „Türöffner Nord“ berät seit 2029 in Kassel.\n\nUnsere Zahlen 2030:\n- Beratungen: 800\n- Betriebe: 60",
        "Das Projekt „Türöffner Nord“ berät seit 2029 in Kassel.\n\nUnsere Bilanz\n800 Beratungen\n60 Betriebe",
        "Im Mai 2029 begann in Kassel das Projekt „Türöffner Nord“.\n\nUnser Jahr in Zahlen\n• 800 Beratungen\n• 60 Betriebe",
    ],
)
def test_our_figures_under_a_heading_naming_no_one_are_the_release_s_one_project_s(body: str) -> None:
    assert {("Türöffner Nord", 800), ("Türöffner Nord", 60)} <= values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Das Jahr in Zahlen\n\nBeratungen: 1.146\nBetriebe: 312",
        "Die Projekte „Türöffner Nord“ und „Lotsenhaus“ beraten in Kassel.\n\nUnsere Zahlen:\nBeratungen: 800",
        "Der Verein Lernwerk e. V. berät seit 2015.\nTelefon: 0561 12345",
    ],
)
def test_noun_first_figures_with_no_heading_owner_or_two_projects_are_nobody_s(body: str) -> None:
    assert not values_of(body)


@pytest.mark.parametrize(
    "second",
    [
        "Es stehen 120 Plätze zur Verfügung.",
        "Es standen im vergangenen Jahr rund 120 Kursplätze zur Verfügung.",
        "Es gibt derzeit 120 Plätze in den Sprachkursen.",
    ],
)
def test_what_there_is_in_an_impersonal_clause_belongs_to_the_unit_spoken_of(second: str) -> None:
    body = "Das Projekt „Türöffner Nord“ berät seit 2029 in Kassel. " + second
    assert ("Türöffner Nord", 120) in values_of(body)


@pytest.mark.parametrize(
    "second",
    [
        "Es stehen laut Petra Beispiel im Land 120 Plätze zur Verfügung.",
        "Es gibt in Deutschland 120 Beratungsstellen.",
        "Dem Verein Lernwerk e. V. stehen 120 Plätze zur Verfügung.",
    ],
)
def test_what_there_is_elsewhere_or_for_someone_else_is_not_the_unit_s(second: str) -> None:
    body = "Das Projekt „Türöffner Nord“ berät seit 2029 in Kassel. " + second
    assert ("Türöffner Nord", 120) not in values_of(body)
