"""Round 17 (counts): a genre sweep of invented texts (event reports, annual reports, ministry statements,
parliamentary answers with tables, project pages); the constructions whose figures went to no one or to the wrong
owner, and the near shapes that must give no count."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _counts(text: str) -> set[tuple[str, int]]:
    return facts_of("Antwort der Landesregierung\n\n" + text).counts


# ---------------------------------------------------------------- a project table's figures


_ONE_CELL_A_LINE = """Im Rahmen des IQ Netzwerks Hessen werden folgende Projekte gefördert:

Projekt
Träger
Fördersumme
Anerkennung Plus
Bildungswerk Hessen e.V.
120.000 Euro
Brücke Beruf
Arbeit und Leben Hessen
95.000 Euro"""

_ONE_CELL_A_LINE_WITH_PLACES = """Die Landesregierung fördert im Rahmen des IQ Netzwerks Sachsen folgende Teilprojekte:

Teilprojekt
Träger
Standort
Teilnehmende
Fördersumme (in Euro)
Lotsen Plus
Volkshochschule Leipzig
Leipzig
45
210.000
Pflege Kompass
Caritasverband Dresden e.V.
Dresden
30
1,1 Mio."""

_WALLED_BY_TABS = """Folgende Projekte werden gefördert:

Projekt\tTräger\tStandort\tFördersumme (in Euro)
Anerkennung Plus\tBildungswerk Hessen e.V.\tKassel\t120.000
Brücke Beruf\tArbeit und Leben Hessen\tGießen\t95.000"""

_WALLED_BY_SPACES = """Geförderte Vorhaben:

Projekt   Träger   Ort   Zuwendung 2021
Startklar   Bildungswerk Nord e.V.   Kiel   80.000 Euro
Weitblick   Jobwerk GmbH   Lübeck   ca. 60.000 Euro"""


@pytest.mark.parametrize(
    ("table", "wanted"),
    [
        (_ONE_CELL_A_LINE, {("Anerkennung Plus", 120000), ("Brücke Beruf", 95000)}),
        (_ONE_CELL_A_LINE_WITH_PLACES,
         {("Lotsen Plus", 210000), ("Lotsen Plus", 45), ("Pflege Kompass", 1100000), ("Pflege Kompass", 30)}),
        (_WALLED_BY_TABS, {("Anerkennung Plus", 120000), ("Brücke Beruf", 95000)}),
        (_WALLED_BY_SPACES, {("Startklar", 80000), ("Weitblick", 60000)}),
    ],
)  # fmt: skip
def test_a_project_table_s_figures_are_its_rows_projects(table: str, wanted: set[tuple[str, int]]) -> None:
    found = _counts(table)
    assert wanted <= found
    carriers = {"Bildungswerk Hessen e.V.", "Arbeit und Leben Hessen", "Volkshochschule Leipzig"}
    assert not {c for c in found if c[0] in carriers}  # no carrier holds a row's amount


def test_a_table_of_carriers_without_a_project_column_gives_no_row_figures() -> None:
    table = "Förderungen 2021:\n\nTräger | Fördersumme\nBildungswerk Nord e.V. | 80.000 €\nJobwerk GmbH | 60.000 €"
    assert not {c for c in _counts(table) if c[1] in (80000, 60000) and c[0] != "Bildungswerk Nord e.V."}


def test_a_row_s_duration_is_no_count() -> None:
    table = "Projekt | Träger | Laufzeit\nStartklar | Bildungswerk Nord e.V. | 2019 – 2022"
    assert not {c for c in _counts(table) if c[1] in (2019, 2022)}


# ---------------------------------------------------------------- people a means named before is to reach


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Das Ministerium fördert das Projekt „Brücke in Arbeit“ mit 250.000 Euro. Damit sollen in den kommenden "
         "zwei Jahren etwa 40 Frauen eine Beratung erhalten.", ("Brücke in Arbeit", 40)),
        ("Das Projekt „Brücke in Arbeit“ ist im März gestartet. Mit dem Projekt sollen bis 2025 rund 120 "
         "Zugewanderte erreicht werden.", ("Brücke in Arbeit", 120)),
        ("Das Projekt „Lotsenhaus“ hat im Mai begonnen. Über das Angebot werden jährlich 60 Geflüchtete begleitet.",
         ("Lotsenhaus", 60)),
        ("Zu den geförderten Vorhaben zählt „Lotsin“ der Volkshochschule Cuxhaven. Laut der Leiterin Eva Brandt muss "
         "das Projekt erst noch aufgebaut werden. Im kommenden Jahr sollen damit etwa 30 Frauen Unterstützung "
         "erhalten.", ("Lotsin", 30)),
        ("Das Land Niedersachsen stellt dem IQ Netzwerk Niedersachsen 2 Millionen Euro bereit. Damit können "
         "3.000 Menschen beraten werden.", ("IQ Netzwerk Niedersachsen", 3000)),
    ],
)  # fmt: skip
def test_people_the_means_named_before_is_to_reach_are_its_unit_s(text: str, count: tuple[str, int]) -> None:
    assert count in _counts(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "damit" as the conjunction "so that": no means
        ("Das Projekt „Brücke in Arbeit“ wurde im März vorgestellt. Das Land fördert den Ausbau der Kitas, damit "
         "80 Frauen arbeiten können.", 80),
        # the sentence before is about other bodies
        ("Das Projekt „Brücke in Arbeit“ wurde im März vorgestellt. Die Stadt Kassel und das Jobcenter Kassel "
         "wollen 300 Menschen erreichen. Damit sollen 80 Frauen beraten werden.", 80),
        # a body of no project or network opened something
        ("Die Handwerkskammer Kassel hat ein neues Beratungsbüro eröffnet. Damit sollen jährlich 300 Menschen "
         "erreicht werden.", 300),
    ],
)  # fmt: skip
def test_no_means_named_before_gives_no_reached_people(text: str, value: int) -> None:
    assert not {c for c in _counts(text) if c[1] == value and c[0] == "Brücke in Arbeit"}
    assert not {c for c in _counts(text) if c[1] == value and c[0] == "Handwerkskammer Kassel"}


# ---------------------------------------------------------------- people who took part, on a project's page


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Das Projekt „Kompass Pflege“ unterstützt zugewanderte Pflegekräfte in Kiel. Es wird im Rahmen des "
         "Förderprogramms IQ umgesetzt. Träger ist die Diakonie Altholstein. Insgesamt nahmen im ersten Jahr 40 "
         "Frauen teil.", ("Kompass Pflege", 40)),
        ("Das Projekt „Kompass Pflege“ begleitet Pflegekräfte in Kiel. Im ersten Jahr haben 35 Teilnehmende "
         "teilgenommen.", ("Kompass Pflege", 35)),
        ("Das Projekt „Weichenstellung“ lief von 2019 bis 2021 in Rostock. Daran nahmen 62 Zugewanderte teil.",
         ("Weichenstellung", 62)),
        ("Das Modellprojekt „Weichenstellung“ endete 2021. Bis dahin hatten 48 Frauen und Männer teilgenommen.",
         ("Weichenstellung", 48)),
    ],
)  # fmt: skip
def test_people_who_took_part_on_a_project_s_page_are_the_project_s(
    text: str, count: tuple[str, int]
) -> None:
    assert count in facts_of("Projekt in Zahlen\n\n" + text).counts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an event named before: its audience
        ("Das Projekt „Kompass Pflege“ lud im Mai zu einem Fachtag ein. Zur Begrüßung sprach Anna Berg. "
         "Insgesamt nahmen 80 Personen teil.", 80),
        # what they took part in is named: the courses'
        ("Das Projekt „Kompass Pflege“ begleitet Pflegekräfte in Kiel. An den Sprachkursen nahmen 55 "
         "Pflegekräfte teil.", 55),
        # the sentence before is about a network
        ("Das Projekt „Kompass Pflege“ begleitet Pflegekräfte in Kiel. Das IQ Netzwerk Hamburg hat 300 Beratungen "
         "durchgeführt. Es nahmen 55 Personen teil.", 55),
    ],
)  # fmt: skip
def test_people_who_took_part_in_something_else_are_not_the_project_s(text: str, value: int) -> None:
    assert ("Kompass Pflege", value) not in facts_of("Projekt in Zahlen\n\n" + text).counts


# ---------------------------------------------------------------- a person only telling the figure


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Die IQ Anlaufstelle Anerkennung Dresden gibt es seit 2015. Im vergangenen Jahr wurden dort 1.200 Menschen "
         "beraten, teilte die Leiterin Maria Schubert mit.", ("IQ Anlaufstelle Anerkennung Dresden", 1200)),
        ("Die IQ Anlaufstelle Anerkennung Dresden gibt es seit 2015. Seither wurden 4.100 Anträge begleitet, so "
         "Projektleiterin Maria Schubert.", ("IQ Anlaufstelle Anerkennung Dresden", 4100)),
        ("Das IQ Netzwerk Sachsen besteht seit 2005. Allein 2022 wurden 2.300 Fachkräfte beraten, berichtet "
         "Koordinator Jens Auer.", ("IQ Netzwerk Sachsen", 2300)),
    ],
)  # fmt: skip
def test_a_person_telling_the_figure_after_it_does_not_keep_it_from_the_topic(
    text: str, count: tuple[str, int]
) -> None:
    assert count in facts_of("Bilanz\n\n" + text).counts


def test_a_person_acting_before_the_figure_keeps_it_from_the_topic() -> None:
    text = (
        "Bilanz\n\nDie IQ Anlaufstelle Anerkennung Dresden gibt es seit 2015. Im vergangenen Jahr wurden von Maria "
        "Schubert allein 300 Menschen beraten, teilte die Stadt mit."
    )
    assert ("IQ Anlaufstelle Anerkennung Dresden", 300) not in facts_of(text).counts


# ---------------------------------------------------------------- "dort" after the finite verb


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Die Beratungsstelle „Anerkennung Nord“ in Kiel hat 2019 ihre Arbeit aufgenommen. Die Beratungsstelle wird "
         "vom Land gefördert. Bis Ende 2020 haben sich dort 900 Menschen beraten lassen.",
         ("Beratungsstelle „Anerkennung Nord“", 900)),
        ("Die IQ Anlaufstelle Jena ist seit 2016 aktiv. Im Jahr 2022 wurden dort 1.300 Menschen beraten.",
         ("IQ Anlaufstelle Jena", 1300)),
        ("Das Projekt „Anerkennung Süd“ wurde 2019 gestartet. Seit 2020 ließen sich dort 640 Fachkräfte beraten.",
         ("Anerkennung Süd", 640)),
    ],
)  # fmt: skip
def test_there_after_the_finite_verb_is_the_unit_named_before(text: str, count: tuple[str, int]) -> None:
    assert count in facts_of("Bilanz\n\n" + text).counts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die IQ Anlaufstelle Jena zog nach Weimar um. Von dort wurden 300 Menschen beraten.", 300),  # a source
        ("Maria Berg arbeitet bei der IQ Anlaufstelle Jena. Dort hat sie 300 Menschen beraten.", 300),  # her work
        ("Die IQ Anlaufstelle Jena eröffnet ein Büro in Weimar. Künftig sollen dort 300 Menschen beraten werden.",
         300),  # the town's
    ],
)  # fmt: skip
def test_there_for_a_place_or_a_person_s_workplace_is_not_the_unit(text: str, value: int) -> None:
    assert ("IQ Anlaufstelle Jena", value) not in facts_of("Bilanz\n\n" + text).counts


# ---------------------------------------------------------------- a payer giving money "dafür"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Das IQ Netzwerk Bremen startet mit sieben Teilprojekten in die neue Förderrunde. Der Senat stellt dafür "
         "rund 1,2 Millionen Euro bereit.", ("IQ Netzwerk Bremen", 1200000)),
        ("Das Projekt „Brücke Nord“ geht in die zweite Runde. Hierfür bewilligte das Ministerium für Soziales "
         "480.000 Euro.", ("Brücke Nord", 480000)),
        ("Das Projekt „Brücke Nord“ wird fortgesetzt. Die Stadt Kiel gibt dafür bis 2027 jährlich 60.000 Euro.",
         ("Brücke Nord", 60000)),
    ],
)  # fmt: skip
def test_money_a_payer_gives_for_it_is_the_topic_s(text: str, count: tuple[str, int]) -> None:
    assert count in facts_of("Förderung\n\n" + text).counts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a prize a body receives "dafür": no giving
        ("Das Projekt „Brücke Nord“ geht in die zweite Runde. Die Caritas Kiel erhielt dafür einen Preis von "
         "5.000 Euro.", 5000),
        # money for another unit named in the clause
        ("Das Projekt „Brücke Nord“ geht in die zweite Runde. Dafür gibt das Land dem Projekt „Lotsenhaus“ "
         "80.000 Euro.", 80000),
    ],
)  # fmt: skip
def test_money_not_given_for_the_topic_is_not_the_topic_s(text: str, value: int) -> None:
    assert ("Brücke Nord", value) not in facts_of("Förderung\n\n" + text).counts


def test_money_a_payer_gives_a_body_for_it_is_not_the_topic_s() -> None:
    text = "Das Projekt „Brücke Nord“ geht weiter. Dafür zahlt die Stadt Kiel an den Verein Lernwerk e. V. 80.000 Euro."
    assert ("Brücke Nord", 80000) not in facts_of("Förderung\n\n" + text).counts
