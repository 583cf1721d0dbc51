"""Who carries a project, network or office, on invented sentences: the carrier behind the unit ("Hinter dem
Projekt X steht die Y"), taking on the carrying ("übernimmt die Trägerschaft für"), a passive of offering and a
place at a university ("ist an der Hochschule Y angesiedelt"), and the carrier noun as the predicate of a
relative clause about the body ("der Verein Y, der Träger des Projekts X ist")."""

from __future__ import annotations

import pytest

from conftest import facts_of

RELEASE = "Neues aus Thüringen\n\nErfurt, 4. Mai 2022. {}"


def _hosts(sentence: str) -> set[tuple[str, str, str]]:
    return {r for r in facts_of(RELEASE.format(sentence)).relations if r[1] == "hostedBy"}


@pytest.mark.parametrize(
    ("sentence", "facts"),
    [
        (
            "Hinter dem Projekt „Anerkennung Plus“ steht die Stiftung Brückenbau Weimar.",
            {("Anerkennung Plus", "hostedBy", "Stiftung Brückenbau Weimar")},
        ),
        (
            "Hinter dem Teilprojekt „Faire Arbeit“ stand bis 2022 der Deutsche Gewerkschaftsbund.",
            {("Faire Arbeit", "hostedBy", "Deutscher Gewerkschaftsbund")},
        ),
        (
            "Hinter der Beratungsstelle „Startklar Gera“ stehen seit 2019 der Verein Neue Wege e. V. und die "
            "Stadt Gera.",
            {
                ("Beratungsstelle „Startklar Gera“", "hostedBy", "Neue Wege e. V."),
                ("Beratungsstelle „Startklar Gera“", "hostedBy", "Stadt Gera"),
            },
        ),
    ],
)
def test_the_carrier_behind_the_unit(sentence: str, facts: set[tuple[str, str, str]]) -> None:
    assert facts <= _hosts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a ministry behind a project pays for it; partners behind a network are members
        "Hinter dem Projekt „Anerkennung Plus“ steht das Bundesministerium für Arbeit und Soziales.",
        "Hinter dem IQ Netzwerk Thüringen stehen 20 Partner, darunter die Caritas Erfurt.",
    ],
)
def test_no_carrier_behind_the_unit(sentence: str) -> None:
    assert not _hosts(sentence)


@pytest.mark.parametrize(
    ("sentence", "project", "carrier"),
    [
        (
            "Die Volkshochschule Gotha hat die Trägerschaft für das Projekt „Sprachbrücke Gotha“ übernommen.",
            "Sprachbrücke Gotha",
            "Volkshochschule Gotha",
        ),
        (
            "2021 übernahm die Caritas Erfurt gGmbH die Trägerschaft des Teilprojekts „Brücke Pflege“.",
            "Brücke Pflege",
            "Caritas Erfurt gGmbH",
        ),
        (
            "Der Verein Lernwerk Jena e. V. übernimmt ab Januar die Trägerschaft für die Beratungsstelle "
            "„Startklar Jena“.",
            "Beratungsstelle „Startklar Jena“",
            "Lernwerk Jena e. V.",
        ),
    ],
)
def test_taking_on_the_carrying(sentence: str, project: str, carrier: str) -> None:
    assert (project, "hostedBy", carrier) in _hosts(sentence)


@pytest.mark.parametrize(
    ("sentence", "project", "carrier"),
    [
        (
            "Das Teilprojekt „Faire Arbeit Thüringen“ ist an der Fachhochschule Nordhausen angesiedelt.",
            "Faire Arbeit Thüringen",
            "Fachhochschule Nordhausen",
        ),
        (
            "Das Projekt „Brücke Pflege“ ist seit 2020 am Institut für Sozialforschung Muster angesiedelt.",
            "Brücke Pflege",
            "Institut für Sozialforschung",
        ),
        (
            "Das Projekt „Brücke Pflege“ wird seit 2019 von der Caritas Erfurt gGmbH angeboten.",
            "Brücke Pflege",
            "Caritas Erfurt gGmbH",
        ),
        (
            "Die Beratungsstelle „Startklar Gera“ wird vom Verein Neue Wege e. V. angeboten.",
            "Beratungsstelle „Startklar Gera“",
            "Neue Wege e. V.",
        ),
    ],
)
def test_placed_at_or_offered_by(sentence: str, project: str, carrier: str) -> None:
    assert (project, "hostedBy", carrier) in _hosts(sentence)


def test_a_date_after_am_is_no_carrier() -> None:
    assert not _hosts("Das Projekt „Brücke Pflege“ wird am 3. Mai in Erfurt angeboten.")


@pytest.mark.parametrize(
    ("sentence", "project", "carrier"),
    [
        (
            "2018 gründete das Team den Verein Brückenwerk e. V., der seither Träger des Projekts "
            "„Kompass Beruf“ ist.",
            "Kompass Beruf",
            "Brückenwerk e. V.",
        ),
        (
            "Die Caritas Erfurt gGmbH (CEG), die seit 2020 Trägerin des Teilprojekts „Brücke Pflege“ ist, "
            "lädt ein.",
            "Brücke Pflege",
            "Caritas Erfurt gGmbH",
        ),
        (
            "Seit 2017 gibt es den Verein Brückenwerk e. V. (www.brueckenwerk.de), der auch neuer Träger des "
            "Projekts „Kompass Beruf“ wurde.",
            "Kompass Beruf",
            "Brückenwerk e. V.",
        ),
    ],
)
def test_the_carrier_noun_in_a_relative_clause(sentence: str, project: str, carrier: str) -> None:
    assert (project, "hostedBy", carrier) in _hosts(sentence)


def test_a_carrier_of_nothing_named() -> None:
    assert not _hosts(
        "Die Stiftung Muster, die Trägerin vieler Angebote ist, lädt zum Projekt „Brücke Pflege“ ein."
    )


@pytest.mark.parametrize(
    ("sentence", "unit", "head"),
    [
        (
            "Die Leitung des Projekts „Brücke Pflege“ hat ab Juni Petra Beispiel.",
            "Brücke Pflege",
            "Petra Beispiel",
        ),
        (
            "Die Projektleitung des Teilprojekts „Kompass Beruf“ liegt seit 2020 bei Karl Muster.",
            "Kompass Beruf",
            "Karl Muster",
        ),
        (
            "Die Koordination der Beratungsstelle „Startklar Gera“ übernahm 2019 Dr. Anna Probe.",
            "Beratungsstelle „Startklar Gera“",
            "Anna Probe",
        ),
        ("Petra Beispiel leitete bis 2021 das Projekt „Brücke Pflege“.", "Brücke Pflege", "Petra Beispiel"),
    ],
)
def test_the_head_after_the_leading_noun(sentence: str, unit: str, head: str) -> None:
    assert (unit, "ledBy", head) in facts_of(RELEASE.format(sentence)).relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Leitung der Tagung des Projekts „Brücke Pflege“ hat Petra Beispiel.",
        "Die Förderung des Projekts „Brücke Pflege“ hat Petra Beispiel beantragt.",
    ],
)
def test_no_head_of_another_noun(sentence: str) -> None:
    assert not [r for r in facts_of(RELEASE.format(sentence)).relations if r[1] == "ledBy"]
