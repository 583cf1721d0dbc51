"""Subproject names in the ways a release brings a project in, on invented sentences: a fronted naming phrase
before the clause's offer."""

from __future__ import annotations

import pytest

from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def _subprojects(text: str) -> set[str]:
    return {m.label for m in find_mentions(text, GAZETTEER) if m.type == "Subproject" and not m.generic}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Unter dem Namen „Lotsenpunkt“ bietet die Diakonie Beispielstadt eine Beratung an.", "Lotsenpunkt"),
        (
            "Unter dem Titel „Wegweiser“ hat der Verein Lernwerk e. V. eine Anerkennungsberatung eröffnet.",
            "Wegweiser",
        ),
        ("Unter dem Namen „Tandem Beruf“ startet die Stiftung Probe ihr eigenes Mentoring.", "Tandem Beruf"),
        (
            "Unter dem Titel „Brücke Pflege“ beginnt im Mai eine neue Maßnahme für Pflegekräfte.",
            "Brücke Pflege",
        ),
    ],
)
def test_a_fronted_naming_phrase_names_the_offer_its_clause_brings_in(text: str, label: str) -> None:
    assert label in _subprojects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unter dem Titel „Wege finden“ fand eine Tagung statt.",
        "Unter dem Titel „Wege finden“ lädt die Stadt zu einer Fachtagung ein.",
        "Unter dem Namen „Lotsenpunkt“ ist ein Buch erschienen.",
    ],
)
def test_a_fronted_naming_phrase_before_no_offer_names_no_project(text: str) -> None:
    assert _subprojects(text) == set()


def _listed(lead_in: str, items: list[str]) -> str:
    return (
        "Das IQ Netzwerk Musterland stellt sich vor. " + lead_in + "\n\n" + "".join(f"- {i}\n" for i in items)
    )


@pytest.mark.parametrize(
    "lead_in",
    [
        "Im Netzwerk arbeiten fünf Teilprojekte zusammen:",
        "Derzeit sind drei Projekte beteiligt:",
        "Folgende Teilprojekte arbeiten gemeinsam:",
    ],
)
def test_a_lead_in_of_projects_working_together_opens_a_list(lead_in: str) -> None:
    text = _listed(lead_in, ["Brücke Beruf (Träger: Lernwerk e. V.)", "Werkstatt Zukunft"])
    assert {"Brücke Beruf", "Werkstatt Zukunft"} <= _subprojects(text)


def test_a_lead_in_of_what_projects_offer_opens_no_list() -> None:
    text = _listed("Die Projekte bieten:", ["Beratung zu Abschlüssen", "Kurse für Pflegekräfte"])
    assert _subprojects(text) == set()


@pytest.mark.parametrize(
    ("item", "label", "abbreviation"),
    [
        ("„Interkulturelle Öffnung“, umgesetzt von der Beispiel GmbH", "Interkulturelle Öffnung", None),
        ("Jobstart Plus: Betriebe gewinnen", "Jobstart Plus: Betriebe gewinnen", None),
        ("Mentoring für Migrantinnen (MeMi)", "Mentoring für Migrantinnen", "MeMi"),
        ("„Brücke Pflege“ (BriP) – Träger: Lernwerk e. V.", "Brücke Pflege", "BriP"),
    ],
)
def test_a_listed_item_in_quotes_with_a_subtitle_after_a_colon_or_its_short_form(
    item: str, label: str, abbreviation: str | None
) -> None:
    text = _listed("Die Teilprojekte im Überblick:", [item, "Werkstatt Zukunft"])
    found = {m.label: m.abbreviation for m in find_mentions(text, GAZETTEER) if m.type == "Subproject"}
    assert found.get(label, "missing") == abbreviation


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Projekt Ankommen im Beruf berät Frauen.", "Ankommen im Beruf"),
        ("Im Projekt Vielfalt im Betrieb lernen Führungskräfte.", "Vielfalt im Betrieb"),
        (
            "Das Teilprojekt Frauen im Handwerk, ein Angebot der Handwerkskammer Kiel, startet.",
            "Frauen im Handwerk",
        ),
    ],
)
def test_a_plain_name_links_a_noun_of_working_life_with_im(text: str, label: str) -> None:
    assert label in _subprojects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt Pflege im Landkreis Plön startet.",
        "Das Projekt Arbeit im Mai beginnt.",
    ],
)
def test_im_before_a_territory_or_a_time_links_no_name(text: str) -> None:
    assert not [label for label in _subprojects(text) if " im " in label]


@pytest.mark.parametrize(
    "item",
    [
        "„Pflege verbindet“, umgesetzt von der Pflegeschule Saartal",
        "„Wir lernen weiter“ (Träger: Lernwerk e. V.)",
        "„Arbeit finden“ – Träger: Beispiel gGmbH",
    ],
)
def test_a_quoted_listed_item_is_a_name_with_its_small_words(item: str) -> None:
    text = _listed("Die Teilprojekte im Überblick:", [item, "Werkstatt Zukunft"])
    assert item.split("“")[0].lstrip("„") in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Unter dem Namen „Sprachbrücke“ bietet die Volkshochschule Probe eine berufsbezogene Sprachförderung an.",
            "Sprachbrücke",
        ),
        (
            "Unter dem Titel „Startklar“ startet der Verein Lernwerk e. V. einen kostenlosen Vorbereitungskurs.",
            "Startklar",
        ),
        ("Unter dem Namen „Tandem“ bietet die Stiftung Probe eine persönliche Begleitung an.", "Tandem"),
    ],
)
def test_a_fronted_naming_phrase_before_an_adjective_and_an_activity(text: str, label: str) -> None:
    assert label in _subprojects(text)


def test_a_fronted_title_before_funding_names_no_project() -> None:
    assert _subprojects("Unter dem Titel „Weiter so“ erhält der Verein eine Förderung.") == set()


def _programmes(text: str) -> set[str]:
    return {m.label for m in find_mentions(text, GAZETTEER) if m.type == "Programme" and not m.generic}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Initiative „Brücke Nord“ des Vereins Lernwerk e. V. hilft Frauen.", "Brücke Nord"),
        ("Die Initiative „Wege finden“ der Handwerkskammer Kassel berät Betriebe.", "Wege finden"),
        ("Das Programm „Tandem“ der Volkshochschule Kiel begleitet Akademikerinnen.", "Tandem"),
    ],
)
def test_an_initiative_of_an_association_a_chamber_or_a_school_is_a_project(text: str, label: str) -> None:
    assert label in _subprojects(text) and label not in _programmes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Initiative „Brücke Nord“ des Bundesministeriums für Arbeit hilft.",
        "Die Bundesinitiative „Brücke Nord“ des Vereins Lernwerk hilft.",
        "Die Initiative „Brücke Nord“ hilft.",
        "Die Initiative „Brücke Nord“ der Stiftung Probe fördert Frauen.",
    ],
)
def test_a_governments_a_foundations_or_a_bare_initiative_stays_a_programme(text: str) -> None:
    assert "Brücke Nord" in _programmes(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Projekt Brücke Nord (Träger: Lernwerk e. V.) startet im Mai.", "Brücke Nord"),
        ("Im Projekt Wege zur Arbeit (Projektträger: Stiftung Probe) lernen Frauen.", "Wege zur Arbeit"),
        ("Das Teilprojekt Frauen im Beruf (Trägerin: Beispiel gGmbH) berät.", "Frauen im Beruf"),
    ],
)
def test_a_plain_name_before_its_carrier_in_brackets(text: str, label: str) -> None:
    assert label in _subprojects(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Kiel. Neues im Netzwerk.\n\nKompetenzcheck Pflege\nDas Angebot wird von der Beispiel mbH umgesetzt.\n",
            "Kompetenzcheck Pflege",
        ),
        (
            "Kiel. Neues.\n\nSprachtreff Beruf\nDas Beratungsangebot wird vom Verein Lernwerk e. V. getragen.\n",
            "Sprachtreff Beruf",
        ),
        (
            "Kiel. Neues.\n\nWerkstatt Zukunft\nDas Angebot ist bei der Stiftung Probe angesiedelt.\n",
            "Werkstatt Zukunft",
        ),
    ],
)
def test_a_heading_above_an_offer_and_its_carrier_names_the_offer(text: str, label: str) -> None:
    assert label in _subprojects(text)


def test_a_heading_above_an_offer_that_is_funded_names_none() -> None:
    assert (
        _subprojects("Kiel. Neues.\n\nMehr Geld für Pflege\nDas Angebot wird vom Land gefördert.\n") == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Gefördert werden folgende Projekte: „Chance Pflege“ (Verein Lernwerk e. V.), „Technik verbindet“ (Hochschule"
        " Kassel) und „Frauen in Führung“ (Beispiel gGmbH).",
        "Ab Januar laufen drei neue Teilprojekte: „Chance Pflege“, „Technik verbindet“ sowie „Frauen in Führung“.",
        "Zum Netzwerk gehören die Projekte: „Chance Pflege“ (Kassel), „Technik verbindet“ (Fulda), „Frauen in Führung“"
        " (Marburg).",
    ],
)
def test_quoted_names_after_a_plural_project_noun_and_a_colon_are_projects(text: str) -> None:
    assert {"Chance Pflege", "Technik verbindet", "Frauen in Führung"} <= _subprojects(text)


def test_quoted_words_after_a_colon_without_a_project_noun_name_none() -> None:
    assert _subprojects("Die Teilnehmerinnen sagten: „Wir kommen wieder“ (lacht).") == set()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Ein Projekt mit dem Titel Wege in Arbeit startet im Mai.", "Wege in Arbeit"),
        ("Das Angebot mit dem Namen Brücke Nord hilft Frauen.", "Brücke Nord"),
        ("Im Mai beginnt ein Mentoringprojekt namens Tandem Beruf.", "Tandem Beruf"),
    ],
)
def test_a_naming_phrase_after_a_project_head_names_it_without_quotes(text: str, label: str) -> None:
    assert label in _subprojects(text)


def test_a_single_plain_word_after_a_naming_phrase_is_left_alone() -> None:
    assert _subprojects("Ein Projekt mit dem Titel Arbeit startet.") == set()


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("Projektporträt: Brücke Nord", "Brücke Nord"),
        ("Neues Teilprojekt: Arbeit Plus startet in Lübeck", "Arbeit Plus"),
        ("Projektvorstellung: „Werkstatt Zukunft“", "Werkstatt Zukunft"),
    ],
)
def test_a_heading_presenting_a_project_names_it_before_its_verb(heading: str, label: str) -> None:
    text = f"Kiel. Das Netzwerk stellt sich vor.\n\n{heading}\nDas Projekt wird von der Stiftung Probe getragen.\n"
    assert label in _subprojects(text)


def test_a_project_field_keeps_its_whole_value() -> None:
    assert "Brücken bauen" in _subprojects(
        "Kiel. Text.\n\nProjekt: Brücken bauen\nTräger: Verein Lernwerk e. V.\n"
    )
