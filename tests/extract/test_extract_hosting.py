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


@pytest.mark.parametrize(
    ("sentence", "project", "carrier"),
    [
        # a body leading or carrying a project, in the active voice
        (
            "Die Stiftung Brückenbau leitet das Teilprojekt „Brücke Pflege“.",
            "Brücke Pflege",
            "Stiftung Brückenbau",
        ),
        (
            "Der Verein Lernwerk Jena e. V. trägt das Projekt „Kompass Beruf“.",
            "Kompass Beruf",
            "Lernwerk Jena e. V.",
        ),
        # a relative clause about the body that carries the project out
        (
            "Die Caritas Erfurt gGmbH, die das Projekt „Brücke Pflege“ umsetzt, lädt ein.",
            "Brücke Pflege",
            "Caritas Erfurt gGmbH",
        ),
        (
            "Eingeladen hatte der Verein Neue Wege e. V., der seit 2019 die Beratungsstelle „Startklar Gera“ "
            "anbietet.",
            "Beratungsstelle „Startklar Gera“",
            "Neue Wege e. V.",
        ),
        # the carrier's role in parentheses after it
        (
            "Die Caritas Erfurt gGmbH (Trägerin des Projekts „Brücke Pflege“) lädt ein.",
            "Brücke Pflege",
            "Caritas Erfurt gGmbH",
        ),
        # a home at the body
        (
            "Das Projekt „Brücke Pflege“ ist bei der Caritas Erfurt gGmbH beheimatet.",
            "Brücke Pflege",
            "Caritas Erfurt gGmbH",
        ),
        (
            "Das Teilprojekt „Kompass Beruf“ ist beim Verein Lernwerk Jena e. V. verortet.",
            "Kompass Beruf",
            "Lernwerk Jena e. V.",
        ),
        # "ein Projekt von" a body named without its article
        (
            "„Kompass Beruf“ ist ein Projekt von ARBEIT UND LEBEN Thüringen.",
            "Kompass Beruf",
            "ARBEIT UND LEBEN Thüringen",
        ),
        (
            "Das Projekt „Brücke Pflege“, ein Angebot von Caritas Erfurt gGmbH, berät.",
            "Brücke Pflege",
            "Caritas Erfurt gGmbH",
        ),
    ],
)
def test_more_orders_of_carrying(sentence: str, project: str, carrier: str) -> None:
    assert (project, "hostedBy", carrier) in _hosts(sentence)


@pytest.mark.parametrize(
    ("sentence", "project", "carrier"),
    [
        (
            "Die Caritas Erfurt gGmbH ist seit 2020 mit dem Projekt „Brücke Pflege“ im Netzwerk aktiv.",
            "Brücke Pflege",
            "Caritas Erfurt gGmbH",
        ),
        (
            "Die Stadt Gera ist mit dem Teilprojekt „Kompass Beruf“ im IQ Netzwerk Thüringen vertreten.",
            "Kompass Beruf",
            "Stadt Gera",
        ),
        (
            "Der Verein Lernwerk Jena e. V. beteiligt sich mit seinem Projekt „Brücke Pflege“ am IQ Netzwerk "
            "Thüringen.",
            "Brücke Pflege",
            "Lernwerk Jena e. V.",
        ),
    ],
)
def test_the_carrier_first_with_its_project(sentence: str, project: str, carrier: str) -> None:
    assert (project, "hostedBy", carrier) in _hosts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Caritas Erfurt gGmbH arbeitet eng mit dem Projekt „Brücke Pflege“ zusammen.",
        "Die Agentur für Arbeit Erfurt schloss mit dem Projekt „Brücke Pflege“ eine Kooperationsvereinbarung.",
        "Mit dem Projekt „Brücke Pflege“ pflegt die Stadt Gera einen regen Austausch.",
    ],
)
def test_a_partner_of_the_project_carries_nothing(sentence: str) -> None:
    assert not _hosts(sentence)


NETWORK = "IQ Netzwerk Sachsen"


@pytest.mark.parametrize(
    ("sentence", "carrier"),
    [
        (
            "Die Muster Bildung gGmbH, Koordinatorin des IQ Netzwerks Sachsen, lädt ein.",
            "Muster Bildung gGmbH",
        ),
        (
            "Zum Fachtag lud der Verein Brücke e. V. (Koordination des IQ Netzwerks Sachsen) ein.",
            "Brücke e. V.",
        ),
        ("Die Stiftung Wegweiser ist Koordinierungsstelle im IQ Netzwerk Sachsen.", "Stiftung Wegweiser"),
        ("Koordinatorin des IQ Netzwerks Sachsen war bis 2020 der Verein Brücke e. V.", "Brücke e. V."),
        (
            "Das IQ Netzwerk Sachsen hat 20 Projekte. Netzwerkkoordinatorin ist die Stiftung Wegweiser.",
            "Stiftung Wegweiser",
        ),
        (
            "Das IQ Netzwerk Sachsen wird seit 2015 durch die Muster Bildung gGmbH koordiniert.",
            "Muster Bildung gGmbH",
        ),
    ],
)
def test_the_coordinating_body_of_a_network(sentence: str, carrier: str) -> None:
    assert (NETWORK, "hostedBy", carrier) in _hosts(sentence)


@pytest.mark.parametrize(
    ("sentence", "carrier"),
    [
        (
            "Die Koordinierungsstelle des IQ Netzwerks Sachsen liegt bei der Muster Bildung gGmbH.",
            "Muster Bildung gGmbH",
        ),
        (
            "Die Koordinationsstelle des IQ Netzwerks Sachsen liegt seit 2019 beim Verein Brücke e. V.",
            "Brücke e. V.",
        ),
        (
            "Seit Januar liegt die Koordinierungsstelle des IQ Netzwerks Sachsen bei der Stiftung Wegweiser.",
            "Stiftung Wegweiser",
        ),
    ],
)
def test_the_body_a_networks_coordination_office_lies_with(sentence: str, carrier: str) -> None:
    assert (NETWORK, "hostedBy", carrier) in _hosts(sentence)


def test_an_office_lying_in_a_street_has_no_carrier() -> None:
    assert not _hosts("Die Koordinierungsstelle des IQ Netzwerks Sachsen liegt in der Bahnhofstraße.")


@pytest.mark.parametrize(
    "sentence",
    [
        # a person holds the role; the body after her is where she works or speaks
        "Petra Beispiel, Koordinatorin des IQ Netzwerks Sachsen, sprach bei der Stadt Leipzig.",
        "Das IQ Netzwerk Sachsen hat 20 Projekte. Netzwerkkoordinatorin ist Petra Beispiel.",
        "Netzwerkkoordinator ist die Muster Bildung gGmbH.",  # no network spoken of
    ],
)
def test_no_coordinating_body(sentence: str) -> None:
    assert not _hosts(sentence)


@pytest.mark.parametrize(
    ("sentence", "project", "carrier"),
    [
        (
            "Die Projektleiterin des Projekts „Brücke Pflege“, Petra Beispiel vom Verein Lernwerk Jena e. V., "
            "sagte: „Gut.“",
            "Brücke Pflege",
            "Lernwerk Jena e. V.",
        ),
        (
            "Projektleiterin des Teilprojekts „Kompass Beruf“ ist Anna Probe von der Stiftung Brückenbau.",
            "Kompass Beruf",
            "Stiftung Brückenbau",
        ),
        (
            "Am Treffen nahm der Projektkoordinator des Projekts „Weg ins Handwerk“ Karl Muster von der "
            "Caritas Erfurt gGmbH teil.",
            "Weg ins Handwerk",
            "Caritas Erfurt gGmbH",
        ),
    ],
)
def test_the_body_a_project_head_works_for(sentence: str, project: str, carrier: str) -> None:
    assert (project, "hostedBy", carrier) in _hosts(sentence)


def test_the_body_of_another_person_carries_nothing() -> None:
    sentence = (
        "Die Projektleiterin des Projekts „Brücke Pflege“, Petra Beispiel, sprach mit Karl Muster von der "
        "Stadt Gera."
    )
    assert not _hosts(sentence)


@pytest.mark.parametrize(
    ("sentence", "heads"),
    [
        (
            "Es sprachen die Leitungen der Netzwerke: Petra Beispiel (IQ Netzwerk Sachsen und IQ Netzwerk "
            "Thüringen) und Karl Muster (IQ Netzwerk Hessen).",
            {
                ("IQ Netzwerk Sachsen", "ledBy", "Petra Beispiel"),
                ("IQ Netzwerk Thüringen", "ledBy", "Petra Beispiel"),
                ("IQ Landesnetzwerk Hessen", "ledBy", "Karl Muster"),  # the reference's name
            },
        ),
        (
            "Zu Wort kamen die Netzwerkleitungen: Anna Probe (IQ Netzwerk Bremen, IQ Netzwerk Niedersachsen).",
            {
                ("IQ Netzwerk Bremen", "ledBy", "Anna Probe"),
                ("IQ Netzwerk Niedersachsen", "ledBy", "Anna Probe"),
            },
        ),
        (
            "Begrüßt wurden die Gäste von den Koordinatoren: Karl Muster und Anna Probe (IQ Netzwerk Bremen "
            "sowie IQ Netzwerk Hamburg).",
            {
                ("IQ Netzwerk Bremen", "ledBy", "Anna Probe"),
                ("IQ Netzwerk Hamburg", "ledBy", "Anna Probe"),
                ("IQ Netzwerk Bremen", "ledBy", "Karl Muster"),
                ("IQ Netzwerk Hamburg", "ledBy", "Karl Muster"),
            },
        ),
    ],
)
def test_heads_of_every_unit_in_their_parentheses(sentence: str, heads: set[tuple[str, str, str]]) -> None:
    assert heads <= set(facts_of(RELEASE.format(sentence)).relations)


@pytest.mark.parametrize(
    ("sentence", "project", "carrier"),
    [
        # the verb first, a pronoun for the unit spoken of last
        (
            "Die Servicestelle „Anerkennung Ost“ hat geöffnet. Betrieben wird sie vom Bildungsverein Ostsee e. V.",
            "Servicestelle „Anerkennung Ost“",
            "Bildungsverein Ostsee e. V.",
        ),
        (
            "Angeboten wird das Projekt „Lotse Pflege“ von der Diakonie Rostock.",
            "Lotse Pflege",
            "Diakonie Rostock",
        ),
        # in the hands of
        (
            "Das Projekt „Lotse Pflege“ liegt in den Händen der Diakonie Rostock.",
            "Lotse Pflege",
            "Diakonie Rostock",
        ),
        (
            "Das Teilprojekt „Kompass Beruf“ lag seit 2019 in den Händen des Vereins Lernwerk Jena e. V.",
            "Kompass Beruf",
            "Lernwerk Jena e. V.",
        ),
        # responsible for the unit or for carrying it out
        (
            "Für das Projekt „Lotse Pflege“ zeichnet die Hochschule Wismar verantwortlich.",
            "Lotse Pflege",
            "Hochschule Wismar",
        ),
        (
            "Die Diakonie Rostock ist für die Umsetzung des Projekts „Lotse Pflege“ zuständig.",
            "Lotse Pflege",
            "Diakonie Rostock",
        ),
        (
            "Für die Beratungsstelle „Startklar Gera“ ist seit 2020 der Verein Neue Wege e. V. verantwortlich.",
            "Beratungsstelle „Startklar Gera“",
            "Neue Wege e. V.",
        ),
    ],
)
def test_carriers_by_idiom_and_responsibility(sentence: str, project: str, carrier: str) -> None:
    assert (project, "hostedBy", carrier) in _hosts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Für das Projekt „Lotse Pflege“ ist das Bundesministerium für Arbeit und Soziales zuständig.",
        "Für die Beratungsstelle „Startklar Gera“ gibt es Geld. Der Verein Neue Wege e. V. ist zuständig.",
    ],
)
def test_no_carrier_responsible(sentence: str) -> None:
    assert not _hosts(sentence)


@pytest.mark.parametrize(
    ("sentence", "facts"),
    [
        # the project as an attribute of the body
        (
            "Zu den Partnern zählt die Handwerkskammer Lübeck mit dem Projekt „Handwerk integriert“.",
            {("Handwerk integriert", "hostedBy", "Handwerkskammer Lübeck")},
        ),
        (
            "Vorgestellt wurden die Stiftung Muster Kiel mit ihrem Projekt „Brücke Medizin“ und die Diakonie "
            "Rostock mit dem Teilprojekt „Lotse Pflege“.",
            {
                ("Brücke Medizin", "hostedBy", "Stiftung Muster Kiel"),
                ("Lotse Pflege", "hostedBy", "Diakonie Rostock"),
            },
        ),
        # commissioned to carry it out
        (
            "Mit der Durchführung des Projekts „Job-Lotsen“ wurde die Diakonie Rostock beauftragt.",
            {("Job-Lotsen", "hostedBy", "Diakonie Rostock")},
        ),
        (
            "Das Ministerium für Soziales hat den Verein Lernwerk Jena e. V. mit der Umsetzung der Beratungsstelle "
            "„Startklar Gera“ beauftragt.",
            {("Beratungsstelle „Startklar Gera“", "hostedBy", "Lernwerk Jena e. V.")},
        ),
        (
            "Die Stadt Gera wurde 2020 mit der Koordination des IQ Netzwerks Thüringen beauftragt.",
            {("IQ Netzwerk Thüringen", "hostedBy", "Stadt Gera")},
        ),
    ],
)
def test_the_body_with_its_project_or_commissioned(sentence: str, facts: set[tuple[str, str, str]]) -> None:
    assert facts <= _hosts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Gespräch der Stadt Gera mit dem Projekt „Lotse Pflege“ war gut.",
        # two bodies: which one was commissioned, the sentence leaves to the case endings
        "Die Stadt Gera hat die Diakonie Gera mit der Durchführung des Projekts „Job-Lotsen“ beauftragt.",
    ],
)
def test_no_body_with_its_project(sentence: str) -> None:
    assert not _hosts(sentence)


@pytest.mark.parametrize(
    ("sentence", "unit", "head"),
    [
        (
            "Die Verantwortung für das Projekt „Lotse Pflege“ hat seit 2020 Karl Muster.",
            "Lotse Pflege",
            "Karl Muster",
        ),
        (
            "Die Gesamtverantwortung für die Beratungsstelle „Startklar Gera“ übernimmt Anna Probe.",
            "Beratungsstelle „Startklar Gera“",
            "Anna Probe",
        ),
        (
            "Die Projektverantwortung für das Teilprojekt „Kompass Beruf“ liegt bei Petra Beispiel.",
            "Kompass Beruf",
            "Petra Beispiel",
        ),
    ],
)
def test_the_head_responsible_for_the_unit(sentence: str, unit: str, head: str) -> None:
    assert (unit, "ledBy", head) in facts_of(RELEASE.format(sentence)).relations


@pytest.mark.parametrize(
    ("sentence", "facts"),
    [
        (
            "Das Projekt „Lotse Pflege“ (ein Projekt der Diakonie Rostock) berät Pflegekräfte.",
            {("Lotse Pflege", "hostedBy", "Diakonie Rostock")},
        ),
        (
            "Das Projekt „Lotse Pflege“ – ein Angebot der Diakonie Rostock – berät Pflegekräfte.",
            {("Lotse Pflege", "hostedBy", "Diakonie Rostock")},
        ),
        (
            "Die Beratungsstelle „Startklar Gera“ (ein Teilprojekt des IQ Netzwerks Thüringen) berät.",
            {("Beratungsstelle „Startklar Gera“", "partOf", "IQ Netzwerk Thüringen")},
        ),
        (
            "Das Teilprojekt „Kompass Beruf“ ist beim Verein Lernwerk Jena e. V. angedockt.",
            {("Kompass Beruf", "hostedBy", "Lernwerk Jena e. V.")},
        ),
        (
            "Die Diakonie Rostock ist Träger des Projekts „Lotse Pflege“ und der Beratungsstelle „Startklar Gera“.",
            {
                ("Lotse Pflege", "hostedBy", "Diakonie Rostock"),
                ("Beratungsstelle „Startklar Gera“", "hostedBy", "Diakonie Rostock"),
            },
        ),
    ],
)
def test_apposition_in_brackets_docking_and_lists(sentence: str, facts: set[tuple[str, str, str]]) -> None:
    assert facts <= set(facts_of(RELEASE.format(sentence)).relations)


@pytest.mark.parametrize(
    ("sentence", "facts"),
    [
        (
            "Das IQ Netzwerk Sachsen, dessen Koordination bei der Muster Bildung gGmbH liegt, hat 20 Projekte.",
            {(NETWORK, "hostedBy", "Muster Bildung gGmbH")},
        ),
        (
            "Die Koordinierungsstelle des IQ Netzwerks Sachsen hat ihren Sitz bei der Stiftung Wegweiser.",
            {
                (NETWORK, "hostedBy", "Stiftung Wegweiser"),
                ("Koordinierungsstelle des IQ Netzwerks Sachsen", "hostedBy", "Stiftung Wegweiser"),
            },
        ),
        (
            "Seit 2011 koordiniert die Muster Bildung gGmbH das IQ Netzwerk Sachsen.",
            {(NETWORK, "hostedBy", "Muster Bildung gGmbH")},
        ),
        (
            "In Gera betreibt der Verein Neue Wege e. V. die Beratungsstelle „Startklar Gera“.",
            {("Beratungsstelle „Startklar Gera“", "hostedBy", "Neue Wege e. V.")},
        ),
    ],
)
def test_relative_seat_and_verb_second(sentence: str, facts: set[tuple[str, str, str]]) -> None:
    assert facts <= _hosts(sentence)


def test_an_object_that_is_no_unit() -> None:
    assert not _hosts(
        "Seit 2011 koordiniert das IQ Netzwerk Sachsen die Arbeit mit der Muster Bildung gGmbH."
    )


@pytest.mark.parametrize(
    ("sentence", "facts"),
    [
        (
            "Das Projekt „Lotse Pflege“ startete 2020. Es ist bei der Diakonie Rostock angesiedelt.",
            {("Lotse Pflege", "hostedBy", "Diakonie Rostock")},
        ),
        (
            "Die Beratungsstelle „Startklar Gera“ öffnete 2020. Sie wird seit Mai vom Verein Neue Wege e. V. "
            "betrieben.",
            {("Beratungsstelle „Startklar Gera“", "hostedBy", "Neue Wege e. V.")},
        ),
        (
            "Die Anlaufstelle „Willkommen Jena“ berät in Jena. Sie wird von der Stiftung Wegweiser getragen.",
            {("Anlaufstelle „Willkommen Jena“", "hostedBy", "Stiftung Wegweiser")},
        ),
    ],
)
def test_a_pronoun_for_the_unit_spoken_of(sentence: str, facts: set[tuple[str, str, str]]) -> None:
    assert facts <= _hosts(sentence)


def test_a_pronoun_with_a_funder() -> None:
    assert not _hosts("Das Projekt „Lotse Pflege“ startete 2020. Es wird vom Land Thüringen gefördert.")


@pytest.mark.parametrize(
    ("sentence", "project", "carrier"),
    [
        (
            "Die Beratungsstelle „Startklar Gera“ an der Fachhochschule Erfurt berät Studierende.",
            "Beratungsstelle „Startklar Gera“",
            "Fachhochschule Erfurt",
        ),
        (
            "Seit 2023 gibt es das Projekt „Lotse Pflege“ am Institut für Sozialforschung Muster.",
            "Lotse Pflege",
            "Institut für Sozialforschung",
        ),
        (
            "Studierende finden Rat beim Projekt „Kompass Beruf“ an der Universität Jena.",
            "Kompass Beruf",
            "Universität Jena",
        ),
    ],
)
def test_the_body_a_project_is_at(sentence: str, project: str, carrier: str) -> None:
    assert (project, "hostedBy", carrier) in _hosts(sentence)


def test_a_day_after_the_project_is_no_body() -> None:
    assert not _hosts("Das Projekt „Lotse Pflege“ am 3. Mai in Rostock war gut besucht.")


@pytest.mark.parametrize(
    ("sentence", "project", "carrier"),
    [
        ("Die Diakonie Rostock startet das Projekt „Lotse Pflege“.", "Lotse Pflege", "Diakonie Rostock"),
        (
            "Die Handwerkskammer Erfurt hat im Mai das neue Projekt „Handwerk verbindet“ gestartet.",
            "Handwerk verbindet",
            "Handwerkskammer Erfurt",
        ),
        (
            "Der Verein Lernwerk Jena e. V. rief 2019 die Beratungsstelle „Startklar Jena“ ins Leben.",
            "Beratungsstelle „Startklar Jena“",
            "Lernwerk Jena e. V.",
        ),
        (
            "Die Stiftung Wegweiser startete 2021 ihr erstes Teilprojekt „Kompass Beruf“.",
            "Kompass Beruf",
            "Stiftung Wegweiser",
        ),
    ],
)
def test_the_body_that_starts_a_project(sentence: str, project: str, carrier: str) -> None:
    assert (project, "hostedBy", carrier) in _hosts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Diakonie Rostock ruft das Projekt „Lotse Pflege“ an.",
        "Die Diakonie Rostock hat das Projekt „Lotse Pflege“ besucht.",
        "Die Diakonie Rostock startet mit dem Projekt „Lotse Pflege“ eine Kooperation.",
        "Das Bundesministerium für Arbeit und Soziales startet das Projekt „Lotse Pflege“.",
    ],
)
def test_no_start_of_a_project(sentence: str) -> None:
    assert not _hosts(sentence)


@pytest.mark.parametrize(
    ("sentence", "facts"),
    [
        (
            "Das Projekt „Lotse Pflege“ ist ein Kooperationsprojekt der Diakonie Rostock und des Vereins "
            "Lernwerk Jena e. V.",
            {
                ("Lotse Pflege", "hostedBy", "Diakonie Rostock"),
                ("Lotse Pflege", "hostedBy", "Lernwerk Jena e. V."),
            },
        ),
        (
            "Die Beratungsstelle „Startklar Gera“ war ein Gemeinschaftsprojekt der Caritas Gera und der Stiftung "
            "Wegweiser.",
            {
                ("Beratungsstelle „Startklar Gera“", "hostedBy", "Caritas Gera"),
                ("Beratungsstelle „Startklar Gera“", "hostedBy", "Stiftung Wegweiser"),
            },
        ),
        (
            "Das Teilprojekt „Kompass Beruf“ ist ein Verbundprojekt des Vereins Neue Wege e. V.",
            {("Kompass Beruf", "hostedBy", "Neue Wege e. V.")},
        ),
    ],
)
def test_a_joint_project_of_several_carriers(sentence: str, facts: set[tuple[str, str, str]]) -> None:
    assert facts <= _hosts(sentence)


def test_a_joint_project_and_its_funder() -> None:
    facts = facts_of(
        RELEASE.format(
            "Das Projekt „Lotse Pflege“ ist ein Teilprojekt des IQ Netzwerks Sachsen und wird vom Land Sachsen "
            "gefördert."
        )
    ).relations
    assert ("Lotse Pflege", "partOf", NETWORK) in facts
    assert not [r for r in facts if r[1] == "hostedBy"]


@pytest.mark.parametrize(
    "body",
    [
        "Die Anlaufstelle ist ein Teilprojekt des IQ Netzwerks Hessen und wird vom Verein Lernhaus e. V. getragen.",
        "Das Angebot gehört zum IQ Netzwerk Hessen und wird von der Brückenbau gGmbH durchgeführt.",
        "Im IQ Netzwerk Hessen wird die Beratung von der Stiftung Lernwege umgesetzt.",
    ],
)
def test_a_network_after_a_preposition_or_in_a_genitive_is_not_what_the_passive_carries(body: str) -> None:
    relations = facts_of("Titel\n\n" + body).relations
    assert not any(s.startswith("IQ") and p == "hostedBy" for s, p, _ in relations), relations


def test_a_named_unit_with_its_network_in_the_genitive_is_carried_alone() -> None:
    body = "Das Teilprojekt „Brücke“ des IQ Netzwerks Hessen wird von der Brückenbau gGmbH getragen."
    hosted = {s for s, p, _ in facts_of("Titel\n\n" + body).relations if p == "hostedBy"}
    assert hosted == {"Brücke"}


@pytest.mark.parametrize(
    "text",
    [
        "Die Servicestelle Arbeitsmarkt Fulda berät Betriebe. Sie gehört zum IQ Netzwerk Hessen. "
        "Träger ist die Stiftung Lernwerk gGmbH.",
        "Die Servicestelle Arbeitsmarkt Fulda ist neu. Seit Mai arbeitet sie im IQ Netzwerk Hessen mit. "
        "Projektträger ist die Stiftung Lernwerk gGmbH.",
        "Im Mai startet die Servicestelle Arbeitsmarkt Fulda. Sie ist ein Teil des IQ Netzwerks Hessen. "
        "Trägerin ist die Stiftung Lernwerk gGmbH.",
    ],
)
def test_a_bare_carrier_means_the_project_whose_paragraph_names_the_network_only_after_a_preposition(
    text: str,
) -> None:
    hosted = {(s, o) for s, p, o in facts_of("Titel\n\n" + text).relations if p == "hostedBy"}
    assert hosted == {("Servicestelle Arbeitsmarkt Fulda", "Stiftung Lernwerk gGmbH")}


@pytest.mark.parametrize(
    "text",
    [
        "Das IQ Netzwerk Hessen berät Betriebe. Träger ist die Stiftung Lernwerk gGmbH.",
        "Die Servicestelle Arbeitsmarkt Fulda berät Betriebe. Das IQ Netzwerk Hessen hat zwölf Teilprojekte. "
        "Träger ist die Stiftung Lernwerk gGmbH.",
        "Die Servicestelle Arbeitsmarkt Fulda berät Betriebe.\n\nSeit 2030 wächst das IQ Netzwerk Hessen. "
        "Träger ist die Stiftung Lernwerk gGmbH.",
    ],
)
def test_a_bare_carrier_means_the_network_spoken_of_as_subject_or_in_a_paragraph_of_its_own(
    text: str,
) -> None:
    hosted = {(s, o) for s, p, o in facts_of("Titel\n\n" + text).relations if p == "hostedBy"}
    assert hosted == {("IQ Landesnetzwerk Hessen", "Stiftung Lernwerk gGmbH")}
