"""Carriers and project names read on invented sentences (round 12): a carrier with a legal form whose dots stand
inside a relative clause ("die der Verein Y e. V. betreibt")."""

from __future__ import annotations

import pytest

from conftest import Facts, facts_of


def _hosted(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Jena\n\n" + text).relations if p == "hostedBy"}


@pytest.mark.parametrize(
    ("sentence", "unit", "carrier"),
    [
        (
            "Beraten werden die Fachkräfte von der Anlaufstelle Brücke Nord, die der Verein Lernwerk e. V. "
            "betreibt.",
            "Anlaufstelle Brücke Nord",
            "Lernwerk e. V.",
        ),
        (
            "Im Landkreis gibt es das Projekt „Wege in Arbeit“, das der Förderverein Kompass e. V. seit 2021 "
            "umsetzt.",
            "Wege in Arbeit",
            "Förderverein Kompass e. V.",
        ),
        (
            "Die Stadt verweist auf die Beratungsstelle „Neustart“, die der Verein Lernhaus e. V. durchgeführt "
            "hat.",
            "Beratungsstelle „Neustart“",
            "Lernhaus e. V.",
        ),
    ],
)
def test_a_carrier_with_a_legal_form_in_a_relative_clause(sentence: str, unit: str, carrier: str) -> None:
    assert (unit, carrier) in _hosted(sentence)


def _facts(text: str) -> Facts:
    return facts_of("Neues aus Jena\n\n" + text)


@pytest.mark.parametrize(
    ("text", "unit", "carrier"),
    [
        (
            "Im Netzwerk arbeiten mehrere Partner.\n\n- Job-Brücke (Träger: Bildungshaus Saale gGmbH)\n"
            "- Welcome Hub Gera (Träger: Stadt Gera)\n",
            "Job-Brücke",
            "Bildungshaus Saale gGmbH",
        ),
        (
            "Im Netzwerk arbeiten mehrere Partner.\n\n1. Lotsenhaus Nord (Projektträger: Verein Lernwerk e. V.)\n"
            "2. Pflege Plus (Trägerin: Volkshochschule Jena)\n",
            "Pflege Plus",
            "Volkshochschule Jena",
        ),
        (
            "Dazu zählen KOMPASS (Träger: Volkshochschule Gera), Werkstatt Zukunft (Träger: Stadt Jena) und "
            "Brückenjahr (Projektträgerin: Bildungshaus Saale gGmbH).",
            "Brückenjahr",
            "Bildungshaus Saale gGmbH",
        ),
    ],
)
def test_an_unquoted_item_before_its_carrier_in_brackets(text: str, unit: str, carrier: str) -> None:
    facts = _facts(text)
    assert ("Subproject", unit) in facts.entities
    assert (unit, "hostedBy", carrier) in facts.relations


def test_the_network_s_coordination_in_brackets_is_no_project() -> None:
    facts = _facts("Die Partner:\n\n1. Koordination (Träger: Verein Lernwerk e. V.)\n")
    assert not {label for kind, label in facts.entities if kind == "Subproject"}


@pytest.mark.parametrize(
    ("text", "unit", "carrier"),
    [
        (
            "Das Land fördert die Initiative „Berufe ohne Grenzen“, durchgeführt von der Handwerkskammer Gera.",
            "Berufe ohne Grenzen",
            "Handwerkskammer Gera",
        ),
        (
            "Das Programm „Frauen stärken“ wird seit 2022 vom Verein Lernwerk e. V. in Jena umgesetzt.",
            "Frauen stärken",
            "Lernwerk e. V.",
        ),
        (
            "Gefördert werden das Programm „Wege in Arbeit“ (Träger: Bildungshaus Saale gGmbH) und weitere "
            "Vorhaben.",
            "Wege in Arbeit",
            "Bildungshaus Saale gGmbH",
        ),
    ],
)
def test_a_programme_or_initiative_a_body_carries_out_is_its_project(
    text: str, unit: str, carrier: str
) -> None:
    facts = _facts(text)
    assert ("Subproject", unit) in facts.entities
    assert (unit, "hostedBy", carrier) in facts.relations


@pytest.mark.parametrize(
    "text",
    [
        "Die Initiative „Fachkräfte gewinnen“ wird vom Bundesministerium für Arbeit und Soziales umgesetzt.",
        "Das Programm „Neue Wege“ wird vom Land Thüringen durchgeführt.",
        "Das Programm „Neue Wege“ wird vom Land Thüringen gefördert.",
    ],
)
def test_a_programme_a_government_carries_out_stays_a_programme(text: str) -> None:
    assert not {label for kind, label in _facts(text).entities if kind == "Subproject"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Umsetzung des Projekts „Brücke Nord“ liegt seit Mai bei der Lernwerk gGmbH.",
        "Die Lernwerk gGmbH hat 2024 die Durchführung des Projekts „Brücke Nord“ übernommen.",
        "Die Durchführung des Projekts „Brücke Nord“ übernimmt ab Juli die Lernwerk gGmbH.",
    ],
)
def test_the_body_that_carries_a_project_out(sentence: str) -> None:
    assert ("Brücke Nord", "Lernwerk gGmbH") in _hosted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das IQ Netzwerk Thüringen steht unter der Koordination der Lernwerk gGmbH.",
        "Unter der Koordination der Lernwerk gGmbH arbeiten im IQ Netzwerk Thüringen zwölf Partner.",
        "Unter der Koordinierung der Lernwerk gGmbH hat das IQ Netzwerk Thüringen neue Partner gewonnen.",
    ],
)
def test_a_network_under_a_body_s_coordination(sentence: str) -> None:
    assert ("IQ Netzwerk Thüringen", "Lernwerk gGmbH") in _hosted(sentence)


def _projects(text: str) -> set[str]:
    return {label for kind, label in _facts(text).entities if kind == "Subproject"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Das Projekt Job-Brücke berät seit Mai Zugewanderte.", "Job-Brücke"),
        ("Im Teilprojekt Pflege-Lotsen arbeiten fünf Beraterinnen.", "Pflege-Lotsen"),
        ("Die Stadt fördert das Modellprojekt Lern-Werkstatt.", "Lern-Werkstatt"),
    ],
)
def test_a_hyphenated_compound_after_a_project_head(sentence: str, name: str) -> None:
    assert name in _projects(sentence)


def test_a_hyphenated_object_after_the_head_is_no_name() -> None:
    assert not _projects("Die Stadt bietet im Projekt Online-Beratung an.")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Das Projekt WORK.IN berät Zugewanderte.", "WORK.IN"),
        ("Die Volkshochschule Jena führt das Projekt JOB.START durch.", "JOB.START"),
        ("Im Teilprojekt PRO.FI lernen Frauen Buchhaltung.", "PRO.FI"),
    ],
)
def test_a_name_of_capitals_joined_by_a_full_stop(sentence: str, name: str) -> None:
    assert name in _projects(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Das Projekt Welcome Hub Jena berät Zugewanderte.", "Welcome Hub Jena"),
        ("Im Modellprojekt Career Lab lernen Frauen programmieren.", "Career Lab"),
        ("Das Teilprojekt Talent Hub Gera ist beim Verein Lernwerk e. V. angesiedelt.", "Talent Hub Gera"),
    ],
)
def test_an_english_name_after_a_project_head_is_no_body(sentence: str, name: str) -> None:
    facts = _facts(sentence)
    assert ("Subproject", name) in facts.entities
    assert not {label for kind, label in facts.entities if kind == "Organisation" and name in label}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Die Beratungsstelle Wege in Arbeit berät Zugewanderte.", "Beratungsstelle Wege in Arbeit"),
        (
            "Die Anlaufstelle Frauen in Ausbildung unterstützt junge Mütter.",
            "Anlaufstelle Frauen in Ausbildung",
        ),
        ("Die Lotsenstelle Ankommen im Beruf hilft Geflüchteten.", "Lotsenstelle Ankommen im Beruf"),
    ],
)
def test_a_service_unit_s_name_linked_by_in(sentence: str, name: str) -> None:
    assert name in _projects(sentence)


@pytest.mark.parametrize(
    ("sentence", "unit", "carrier"),
    [
        (
            "Der Verein Lernwerk e. V. bietet mit seinem Projekt „Brücke Nord“ Beratung an.",
            "Brücke Nord",
            "Lernwerk e. V.",
        ),
        (
            "Die Bildungshaus Saale gGmbH berät mit ihrem Projekt Pflege Plus seit 2021 Zugewanderte.",
            "Pflege Plus",
            "Bildungshaus Saale gGmbH",
        ),
        (
            "Die Volkshochschule Jena hilft mit ihrem Modellprojekt KOMPASS Frauen beim Berufseinstieg.",
            "KOMPASS",
            "Volkshochschule Jena",
        ),
    ],
)
def test_the_subject_s_own_project_as_its_instrument(sentence: str, unit: str, carrier: str) -> None:
    assert (unit, carrier) in _hosted(sentence)


def test_a_project_without_a_possessive_may_be_a_partner_s() -> None:
    assert not _hosted("Der Verein Lernwerk e. V. bietet mit dem Projekt „Brücke Nord“ Beratung an.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Neues Projekt: KOMPASS. Träger ist die Lernwerk gGmbH.", "KOMPASS"),
        ("Projekt: Brücke Nord. Die Lernwerk gGmbH setzt es um.", "Brücke Nord"),
        ("Projektname: Pflege Plus. Gefördert wird es vom Land.", "Pflege Plus"),
    ],
)
def test_a_field_s_name_ends_at_the_sentence_after_it(text: str, name: str) -> None:
    assert _projects(text) == {name}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("In Jena startet KOMPASS, ein Projekt der Lernwerk gGmbH.", "KOMPASS"),
        ("Seit Mai berät ProFrau, ein Angebot des Vereins Lernwerk e. V., Frauen in Jena.", "ProFrau"),
        ("Neu in Gera ist JobStart – ein Teilprojekt des IQ Netzwerks Thüringen.", "JobStart"),
    ],
)
def test_a_styled_name_in_apposition_needs_no_article(sentence: str, name: str) -> None:
    assert name in _projects(sentence)


@pytest.mark.parametrize(
    "text",
    [
        "In Jena startet das Projekt KOMPASS. Die Lernwerk gGmbH setzt KOMPASS um.",
        "In Jena startet das Projekt KOMPASS. Seit Mai führt die Lernwerk gGmbH KOMPASS durch.",
        "In Jena startet das Projekt KOMPASS. Die Lernwerk gGmbH bietet KOMPASS in Gera an.",
    ],
)
def test_a_project_s_name_without_article_as_the_object(text: str) -> None:
    assert ("KOMPASS", "Lernwerk gGmbH") in _hosted(text)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("In Gera berät das Projekt Brücke Nord Zugewanderte mit einem Abschluss.", "Brücke Nord"),
        ("Seit Mai begleitet das Modellprojekt Pflege Plus Pflegekräfte aus Drittstaaten.", "Pflege Plus"),
        ("In Jena unterstützt das Projekt Job-Brücke Akademikerinnen beim Berufseinstieg.", "Job-Brücke"),
    ],
)
def test_the_people_a_project_serves_are_no_part_of_its_name(sentence: str, name: str) -> None:
    assert _projects(sentence) == {name}


def test_people_in_a_name_without_a_service_verb_before_it_stay() -> None:
    assert "Starke Frauen" in _projects("Im Projekt Starke Frauen lernen zwölf Teilnehmerinnen.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Seit Januar führt die Volkshochschule Gera WORK.IN auch in Jena durch.",
        "Die Volkshochschule Gera bietet JOB.START an.",
        "Dort setzt die Handwerkskammer Gera PRO.FI um.",
    ],
)
def test_a_styled_name_after_a_body_is_no_short_form_of_the_body(sentence: str) -> None:
    assert not {label for kind, label in _facts(sentence).entities if label.endswith(("WORK", "JOB", "PRO"))}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Fragen beantwortet die Beratungsstelle Wege in Arbeit, die der Verein Lernwerk e. V. betreibt.",
            "Beratungsstelle Wege in Arbeit",
        ),
        (
            "Frauen wenden sich an die Anlaufstelle Mütter in Ausbildung in Gera.",
            "Anlaufstelle Mütter in Ausbildung",
        ),
        ("Termine gibt es bei der Lotsenstelle Ankommen im Beruf.", "Lotsenstelle Ankommen im Beruf"),
    ],
)
def test_a_service_unit_linked_by_in_anywhere_in_the_sentence(sentence: str, name: str) -> None:
    assert name in _projects(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Träger der Projekte „Pflege verbindet“ und „Chancen nutzen“ ist der Verein Lernwerk e. V.",
        "Der Verein Lernwerk e. V. trägt die Projekte „Pflege verbindet“ und „Chancen nutzen“.",
        "Der Verein Lernwerk e. V. betreibt das Projekt „Pflege verbindet“ sowie das Projekt „Chancen nutzen“.",
    ],
)
def test_every_unit_of_a_list_has_the_carrier(sentence: str) -> None:
    hosted = _hosted(sentence)
    assert {("Pflege verbindet", "Lernwerk e. V."), ("Chancen nutzen", "Lernwerk e. V.")} <= hosted


_STARTS = "In Gera startet das Projekt „Brücke Nord“. "


@pytest.mark.parametrize(
    ("text", "carriers"),
    [
        (_STARTS + "Dahinter steht der Verein Lernwerk e. V.", {"Lernwerk e. V."}),
        (
            _STARTS + "Dahinter stehen die Stadt Gera und die Bildungshaus Saale gGmbH.",
            {"Stadt Gera", "Bildungshaus Saale gGmbH"},
        ),
        (_STARTS + "Dahinter steckt seit Jahren die Volkshochschule Gera.", {"Volkshochschule Gera"}),
    ],
)
def test_the_bodies_behind_the_project_named_before(text: str, carriers: set[str]) -> None:
    assert {o for s, o in _hosted(text) if s == "Brücke Nord"} == carriers


def test_an_idea_behind_the_project_is_no_carrier() -> None:
    assert not _hosted(_STARTS + "Dahinter steht die Idee, Fachkräfte in der Region zu halten.")


@pytest.mark.parametrize(
    "text",
    [
        _STARTS + "Betreiber ist der Verein Lernwerk e. V.",
        "Betreiber der Anlaufstelle „Brücke Nord“ ist der Verein Lernwerk e. V.",
        _STARTS
        + "Der Verein Lernwerk e. V. ist Betreiber, Partner sind die Stadt Gera und das Jobcenter Gera.",
    ],
)
def test_the_operator_of_a_unit_is_its_carrier(text: str) -> None:
    assert any(o == "Lernwerk e. V." and "Brücke Nord" in s for s, o in _hosted(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Volkshochschule Gera – Trägerin des Projekts „Brücke Nord“ – lädt zum Infotag.",
        "Die Volkshochschule Gera – Träger des Projekts „Brücke Nord“ – stellt das Angebot vor.",
        "Die Volkshochschule Gera - Trägerin des Projekts „Brücke Nord“ - berichtet über das erste Jahr.",
    ],
)
def test_the_carrier_s_role_between_dashes(sentence: str) -> None:
    assert ("Brücke Nord", "Volkshochschule Gera") in _hosted(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Das Welcome Desk Bayreuth ist bei der Handwerkskammer Oberfranken angesiedelt.",
            "Welcome Desk Bayreuth",
        ),
        ("Der Welcome Point Hof ist ein Angebot der Stadt Hof.", "Welcome Point Hof"),
        ("Beraten werden die Fachkräfte im Welcome Office Kiel.", "Welcome Office Kiel"),
    ],
)
def test_a_welcome_service_of_other_english_heads_with_its_town(sentence: str, name: str) -> None:
    assert name in _projects(sentence)


@pytest.mark.parametrize(
    ("table", "name", "carrier"),
    [
        (
            "Projekt | Träger | Laufzeit\nPflege-Lotsen | Diakonie Nordland | 2025–2027\n",
            "Pflege-Lotsen",
            "Diakonie Nordland",
        ),
        ("Vorhaben | Träger\nLotsenhaus | Verein Lernwerk e. V.\n", "Lotsenhaus", "Lernwerk e. V."),
        (
            "Projektname\tTräger\tFördersumme\nKOMPASS\tVolkshochschule Gera\t80.000 Euro\n",
            "KOMPASS",
            "Volkshochschule Gera",
        ),
    ],
)
def test_one_word_in_a_table_s_project_column(table: str, name: str, carrier: str) -> None:
    facts = _facts("Gefördert werden folgende Vorhaben.\n\n" + table)
    assert ("Subproject", name) in facts.entities
    assert (name, "hostedBy", carrier) in facts.relations


def test_a_table_s_total_row_is_no_project() -> None:
    text = "Gefördert werden folgende Vorhaben.\n\nProjekt | Träger | Summe\nLotsenhaus | Lernwerk e. V. | 10.000 Euro\nSumme | | 10.000 Euro\n"
    assert _projects(text) == {"Lotsenhaus"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Unsere Projekte\n\n- Brücke Nord: berät Zugewanderte in Kiel\n- Lotsenhaus Süd: hilft bei Anträgen\n",
            {"Brücke Nord", "Lotsenhaus Süd"},
        ),
        ("Die Teilprojekte im Überblick:\n- Job-Brücke\n- Pflege-Lotsen\n", {"Job-Brücke", "Pflege-Lotsen"}),
        (
            "Die Teilprojekte im Überblick:\n• Job-Brücke: vermittelt Praktika\n• KOMPASS\n",
            {"Job-Brücke", "KOMPASS"},
        ),
    ],
)
def test_listed_items_a_hyphenated_compound_and_a_description_after_a_colon(
    text: str, names: set[str]
) -> None:
    assert _projects(text) == names


@pytest.mark.parametrize(
    ("text", "name", "carrier"),
    [
        (
            "Projekte\n\nJob-Brücke\nTräger: Handwerkskammer Lübeck\nLaufzeit: 2024–2027\n",
            "Job-Brücke",
            "Handwerkskammer Lübeck",
        ),
        ("Projekte\n\nPflege-Lotsen\nTrägerin: Diakonie Nordland\n", "Pflege-Lotsen", "Diakonie Nordland"),
        (
            "Projekte\n\nLern-Werkstatt\nProjektträger: Volkshochschule Kiel\n",
            "Lern-Werkstatt",
            "Volkshochschule Kiel",
        ),
    ],
)
def test_a_hyphenated_heading_above_its_carrier(text: str, name: str, carrier: str) -> None:
    assert (name, carrier) in _hosted(text)


def test_a_person_above_a_carrier_line_is_a_contact_block() -> None:
    assert not _projects("Kontakt\n\nPetra Beispiel\nTräger: Verein Lernwerk e. V.\n")


@pytest.mark.parametrize(
    "heading",
    ["Ankommen und Arbeiten jetzt", "Werkstatt der Zukunft", "„Pflege verbindet“ in Lübeck"],
)
def test_a_carrier_field_under_an_unread_heading_is_not_the_unit_s_before(heading: str) -> None:
    text = f"Projekte\n\nBrücke Nord\nTräger: Lernwerk gGmbH\nLaufzeit: 2023–2026\n\n{heading}\nTräger: Handwerkskammer Lübeck\n"
    assert ("Brücke Nord", "Handwerkskammer Lübeck") not in _hosted(text)
    assert ("Brücke Nord", "Lernwerk gGmbH") in _hosted(text)
