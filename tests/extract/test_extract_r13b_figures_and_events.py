"""Round 13, second wave: money in a paying body's relative clause, "zwei von acht Projekten im Netzwerk X",
events named by the parts of their programme, event names with a project's or a chamber's genitive, a
city-state's town as a paying body (invented sentences, several variants each, and shapes that must stay as
they are)."""

from __future__ import annotations

from pathlib import Path

import pytest

from iqgraph.extract import extract
from iqgraph.extract.text.morphology import genitive_with_article
from iqgraph.models import Release
from iqgraph.reference import load_reference

REFERENCE = load_reference()


def _extracted(body: str):  # type: ignore[no-untyped-def]
    text = "Titel\n\n" + body
    return extract(Release(Path("t.txt"), "t", text, "sha256:0", "txt", title="Titel"), REFERENCE)


def _counts(body: str) -> set[tuple[str, str, int]]:
    x = _extracted(body)
    labels = {e.key: e.label for e in x.entities}
    return {(labels[c.subject], c.what, c.value) for c in x.counts}


def _labels(body: str, kind: str) -> set[str]:
    return {e.label for e in _extracted(body).entities if e.type == kind}


def _relations(body: str, predicate: str) -> set[tuple[str, str]]:
    x = _extracted(body)
    labels = {e.key: e.label for e in x.entities}
    return {(labels[r.subject], labels[r.object]) for r in x.relations if r.predicate == predicate}


# ---------------------------------------------------------------- money in a payer's relative clause


@pytest.mark.parametrize(
    ("body", "unit", "value"),
    [
        (
            "Die Stadt Musterhausen, die das Projekt „Nordlicht“ mit 30.000 Euro fördert, zieht Bilanz.",
            "Nordlicht",
            30000,
        ),
        (
            "Der Landkreis Beispielkreis, der das Projekt „Südwind“ mit 15.000 Euro unterstützt, lädt ein.",
            "Südwind",
            15000,
        ),
        (
            "Lob kam von der Stiftung Abendrot, die seit 2030 das Projekt „Weitblick“ mit 2.000 Euro fördert.",
            "Weitblick",
            2000,
        ),
    ],
)
def test_money_a_payers_relative_clause_gives_goes_to_the_funded_unit(
    body: str, unit: str, value: int
) -> None:
    counts = _counts(body)
    assert (unit, "Euro", value) in counts
    assert {s for s, w, _ in counts if w == "Euro"} == {unit}


def test_money_a_payer_gives_a_body_is_not_the_payers() -> None:
    body = (
        "Das Jobcenter Musterhausen, welches den Verein Lernwerk e. V. mit 12.000 Euro fördert, plant mehr."
    )
    assert not any(w == "Euro" for _, w, _ in _counts(body))


def test_money_of_a_units_relative_clause_stays_the_units() -> None:
    body = "Das Projekt „Nordlicht“, das die Stadt Musterhausen mit 30.000 Euro fördert, zieht Bilanz."
    assert ("Nordlicht", "Euro", 30000) in _counts(body)


# ---------------------------------------------------------------- a part of a whole "im Netzwerk X"


@pytest.mark.parametrize(
    ("body", "whole", "what", "value"),
    [
        (
            "„Lernwege“ und „Zeitfenster“ sind zwei von neun Projekten im IQ Netzwerk Sachsen.",
            "IQ Netzwerk Sachsen",
            "Projekte",
            9,
        ),
        (
            "Das Projekt „Lernwege“ ist eines von 14 Teilprojekten im IQ Netzwerk Bayern.",
            "IQ Netzwerk Bayern",
            "Teilprojekte",
            14,
        ),
        (
            "Im IQ Netzwerk Hessen ist „Zeitfenster“ nun eins von elf Teilprojekten.",
            "IQ Netzwerk Hessen",
            "Teilprojekte",
            11,
        ),
    ],
)
def test_the_whole_a_part_is_taken_from_is_the_containers(
    body: str, whole: str, what: str, value: int
) -> None:
    counts = _counts(body)
    assert (whole, what, value) in counts
    assert {s for s, _, v in counts if v == value} == {whole}


def test_the_whole_a_part_is_taken_from_is_not_the_parts() -> None:
    body = "Das Projekt „Lernwege“ ist eines von 14 Projekten, die sich vorstellen."
    assert not any(s == "Lernwege" for s, _, _ in _counts(body))


# ---------------------------------------------------------------- parts of an event counted in the plural


@pytest.mark.parametrize(
    ("body", "event", "item"),
    [
        (
            "Der Fachtag „Arbeit im Wandel“ des IQ Netzwerks Sachsen bot am 7. Mai in Leipzig acht Workshops an.",
            "Fachtag „Arbeit im Wandel“",
            "Workshop",
        ),
        (
            "Am 7. Mai fand in Leipzig der Fachtag „Arbeit im Wandel“ statt. Es gab fünf Workshops und "
            "drei Podiumsdiskussionen.",
            "Fachtag „Arbeit im Wandel“",
            "Podiumsdiskussion",
        ),
        (
            "Die Tagung „Vielfalt zählt“ des IQ Netzwerks Bremen bot am 2. März in Bremen 9 parallele Fachforen.",
            "Tagung „Vielfalt zählt“",
            "Fachforum",
        ),
    ],
)
def test_parts_of_an_event_counted_in_the_plural_are_not_the_event(body: str, event: str, item: str) -> None:
    events = _labels(body, "Event")
    assert event in events
    assert not any(label.startswith(item) for label in events)


def test_an_event_noun_after_an_ordinal_is_still_the_event() -> None:
    body = "Der 4. Fachtag des IQ Netzwerks Sachsen fand am 7. Mai in Leipzig statt."
    assert any(label.startswith("4. Fachtag") for label in _labels(body, "Event"))


def test_an_event_noun_after_a_year_is_still_the_event() -> None:
    body = "Rund 400 Gäste besuchten am 9. Mai 2031 die Jobmesse „Wege finden“ in Gera."
    assert "Jobmesse „Wege finden“" in _labels(body, "Event")


# ---------------------------------------------------------------- a body's abbreviation takes its head's gender


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Zum Unternehmerabend der IHK Musterstadt kamen am 3. Mai 80 Gäste.",
            "Unternehmerabend der IHK Musterstadt",
        ),
        (
            "Beim Jahresempfang der HWK Oberfranken am 3. Mai sprach Petra Beispiel.",
            "Jahresempfang der HWK Oberfranken",
        ),
        (
            "Am 3. Mai lud die IHK Beispielstadt zum Sommerfest der IHK Beispielstadt ein.",
            "Sommerfest der IHK Beispielstadt",
        ),
    ],
)
def test_an_abbreviation_of_a_feminine_body_takes_der(body: str, event: str) -> None:
    events = _labels(body, "Event")
    assert event in events
    assert not any(" des IHK" in e or " des HWK" in e for e in events)


@pytest.mark.parametrize(
    ("abbreviation", "genitive"),
    [
        ("IHK Kassel", "der IHK Kassel"),
        ("DGB Hessen", "des DGB Hessen"),
        ("AWO Nordhessen", "der AWO Nordhessen"),
    ],
)
def test_genitive_of_an_abbreviation_by_its_head(abbreviation: str, genitive: str) -> None:
    assert genitive_with_article(abbreviation) == genitive


# ---------------------------------------------------------------- an unquoted project's name of several words


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Die Auftaktveranstaltung des Projekts Türen öffnen fand am 3. Mai in Kassel statt.",
            "Auftaktveranstaltung des Projekts Türen öffnen",
        ),
        (
            "Die Abschlussfeier des Teilprojekts Zukunft gestalten war am 9. Juni ein Erfolg.",
            "Abschlussfeier des Teilprojekts Zukunft gestalten",
        ),
        (
            "Am 3. Mai fand die Auftaktveranstaltung des Projekts Neue Horizonte in Gera statt.",
            "Auftaktveranstaltung des Projekts Neue Horizonte",
        ),
    ],
)
def test_an_unquoted_project_name_of_several_words_stays_in_the_event(body: str, event: str) -> None:
    assert event in _labels(body, "Event")


def test_a_finite_verb_after_a_project_name_is_no_part_of_it() -> None:
    body = "Zur Abschlussfeier des Projekts Lichtblick kamen am 3. Mai 60 Gäste."
    assert not any("kamen" in e for e in _labels(body, "Event"))


# ---------------------------------------------------------------- a city-state named as a town that pays


@pytest.mark.parametrize(
    ("body", "payer"),
    [
        ("Die Stadt Bremen fördert das Projekt „Wellenreiter“ mit 20.000 Euro.", "Stadt Bremen"),
        ("Das Projekt „Wellenreiter“ wird seit 2030 von der Stadt Berlin gefördert.", "Stadt Berlin"),
        ("Finanziert wird das Projekt „Wellenreiter“ von der Stadt Hamburg.", "Stadt Hamburg"),
    ],
)
def test_a_city_state_named_as_a_town_pays(body: str, payer: str) -> None:
    assert payer in _labels(body, "Agency")
    assert ("Wellenreiter", payer) in _relations(body, "fundedBy")


def test_a_city_state_as_a_towns_territory_is_no_body() -> None:
    assert not _labels("In der Stadt Bremen leben viele Zugewanderte.", "Agency")


@pytest.mark.parametrize(
    ("body", "whole", "value"),
    [
        (
            "Das Projekt „Lernwege“ ist eines der 14 Teilprojekte im IQ Netzwerk Bayern.",
            "IQ Netzwerk Bayern",
            14,
        ),
        (
            "„Lernwege“ und „Zeitfenster“ sind zwei der neun Projekte im IQ Netzwerk Sachsen.",
            "IQ Netzwerk Sachsen",
            9,
        ),
        (
            "Das Projekt „Zeitfenster“ gehört zu den elf Teilprojekten im IQ Netzwerk Hessen.",
            "IQ Netzwerk Hessen",
            11,
        ),
    ],
)
def test_a_part_by_a_genitive_or_by_belonging_leaves_the_whole_to_the_container(
    body: str, whole: str, value: int
) -> None:
    assert {s for s, _, v in _counts(body) if v == value} == {whole}


def test_guests_among_whom_someone_counted_stay_the_events() -> None:
    body = "Am 3. Mai fand in Kassel der Fachtag „Neue Wege“ statt. Zu den 90 Gästen zählten auch Betriebe."
    assert ("Fachtag „Neue Wege“", 90) in {(s, v) for s, _, v in _counts(body)}


def test_one_of_an_events_items_stays_the_events() -> None:
    body = (
        "Am 3. Mai fand in Kassel der Fachtag „Neue Wege“ statt. Die Gäste wählten eines der vier "
        "Workshopthemen aus."
    )
    assert ("Fachtag „Neue Wege“", 4) in {(s, v) for s, _, v in _counts(body)}


@pytest.mark.parametrize(
    "body",
    [
        "Die Stadt Musterhausen, die 2031 rund 30.000 Euro in das Projekt „Nordlicht“ investiert, zieht Bilanz.",
        "Der Landkreis Beispielkreis, der 30.000 Euro an das Projekt „Nordlicht“ überweist, lädt ein.",
        "Gelobt wurde die Stiftung Abendrot, die seit 2029 jährlich 30.000 Euro in das Projekt „Nordlicht“ steckt.",
    ],
)
def test_money_a_payer_puts_into_a_unit_is_the_units(body: str) -> None:
    assert {s for s, w, _ in _counts(body) if w.startswith("Euro")} == {"Nordlicht"}
