"""Subproject names in shapes of invented releases: bullets with a town or a closing adjective, the head
"Vorhaben", a styled short name before a subtitle, a plural head before coordinated names."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _projects(text: str) -> set[str]:
    return {label for type_, label in facts_of(text).entities if type_ == "Subproject"}


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Unsere Teilprojekte:\n- Lotsenhaus Nord, Flensburg\n- Werkstatt Zukunft, Husum\n",
            {"Lotsenhaus Nord", "Werkstatt Zukunft"},
            "Lotsenhaus Nord, Flensburg",
        ),
        (
            "Im Netzwerk arbeiten vier Teilprojekte zusammen:\n• Brücke Technik, Bad Oldesloe\n• Chance Pflege, Kiel\n",
            {"Brücke Technik", "Chance Pflege"},
            "Brücke Technik, Bad Oldesloe",
        ),
        (
            "Folgende Vorhaben werden vom Land gefördert:\n1. Sprachwerk Medizin, Träger: Klinikverein e. V., Halle (Saale)\n"
            "2. Start Nord, Magdeburg\n",
            {"Sprachwerk Medizin", "Start Nord"},
            "Start Nord, Magdeburg",
        ),
    ],
)
def test_a_listed_project_ends_before_its_town(text: str, expected: set[str], not_expected: str) -> None:
    found = _projects(text)
    assert expected <= found
    assert not_expected not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Teilprojekte im Überblick:\n- Anerkennung kompakt (Träger: Lernort e. V.)\n- Lotsenhaus Nord\n",
            "Anerkennung kompakt",
        ),
        ("Zum Netzwerk gehören folgende Projekte:\n• Pflege digital\n• Brücke Nord\n", "Pflege digital"),
        ("Die Projekte sind:\n- Technik international, Kiel\n- Start Nord\n", "Technik international"),
    ],
)
def test_a_listed_name_closed_by_an_uninflected_adjective(text: str, expected: str) -> None:
    assert expected in _projects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im Vorhaben Kompetenzcheck Pflege lernen zwanzig Frauen.", "Kompetenzcheck Pflege"),
        ("Das Land fördert das Vorhaben Brücke Nord seit 2020.", "Brücke Nord"),
        ("Die Leiterin des Vorhabens Werkstatt Zukunft stellte die Zahlen vor.", "Werkstatt Zukunft"),
        ("Die Vorhaben Lotsenhaus Nord und Chance Technik laufen weiter.", "Chance Technik"),
    ],
)
def test_a_name_after_the_head_vorhaben(text: str, expected: str) -> None:
    assert expected in _projects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Vorhaben Ende März abschließen will die Stadt.",
        "Mit dem Vorhaben Arbeit finden die Frauen schneller einen Platz.",
    ],
)
def test_vorhaben_before_a_time_or_one_plain_word_names_nothing(text: str) -> None:
    assert not _projects(text)


@pytest.mark.parametrize(
    ("text", "plural"),
    [
        (
            "Die Landesregierung fördert die Projekte Anerkennungslotsen Magdeburg und Brücke Nord.",
            "Projekte",
        ),
        ("Die Vorhaben Anerkennungsberatung Gera und Lotsenhaus Nord laufen weiter.", "Vorhaben"),
        (
            "Über die Angebote Beratungsstelle Anerkennung Kiel und Brücke Nord informiert die Stadt.",
            "Angebote",
        ),
    ],
)
def test_a_plural_head_is_no_adjective_of_a_service_name(text: str, plural: str) -> None:
    assert not any(label.startswith(plural) for label in _projects(text))


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Die Projekte im Überblick:\n- BRIDGE – Berufe für Geflüchtete\n- Start Nord\n\nDas Projekt BRIDGE berät 40 Menschen.",
            "BRIDGE – Berufe für Geflüchtete",
            "BRIDGE",
        ),
        (
            "Unsere Teilprojekte:\n• ProTech – Technik für Zugewanderte, Kiel\n• Start Nord\n\nIm Projekt ProTech lernen Frauen.",
            "ProTech – Technik für Zugewanderte",
            "ProTech",
        ),
        (
            "Die Teilprojekte sind:\n- KOMPASS – Wege in Arbeit (Träger: Lernort e. V.)\n- Start Nord\n\n"
            "Mit dem Teilprojekt KOMPASS arbeiten zwei Beraterinnen.",
            "KOMPASS – Wege in Arbeit",
            "KOMPASS",
        ),
    ],
)
def test_a_styled_name_before_a_subtitle_is_the_project_met_again(text: str, full: str, short: str) -> None:
    found = _projects(text)
    assert full in found
    assert short not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das zweite Vorhaben, Digital Skills for Newcomers (DSN), vermittelt Grundlagen.",
            "Digital Skills for Newcomers",
        ),
        ("Im Teilprojekt, Brücke Nord, lernen Frauen Deutsch für den Beruf.", "Brücke Nord"),
        ("Die Beratungsstelle, Haus der Chancen, ist montags geöffnet.", "Haus der Chancen"),
        ("Mit dem Angebot, KOMPASS, erreicht der Verein viele Familien.", "KOMPASS"),
    ],
)
def test_a_name_between_commas_after_a_project_head(text: str, expected: str) -> None:
    assert expected in _projects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt, Anfang Mai gestartet, berät Frauen.",
        "Im Projekt, Beratung und Begleitung, geht es um Arbeit.",
        "Das Projekt, Frauen Mut machen, ist wichtig.",
        "Gefördert von Arbeit durch Qualifizierung, Stiftung Lernwege, Kiel und der Stadt.",
    ],
)
def test_words_between_commas_after_a_head_that_are_no_name(text: str) -> None:
    assert not _projects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unter dem Namen Brückenjahr Handwerk bietet der Verein ein Angebot für Geflüchtete an.",
            "Brückenjahr Handwerk",
        ),
        (
            "Der Verein Lernort e. V. startet unter dem Namen Werkstatt Zukunft ein neues Projekt.",
            "Werkstatt Zukunft",
        ),
        (
            "Das Vorhaben läuft unter dem Titel Chance Pflege Plus, es wird vom Land bezahlt.",
            "Chance Pflege Plus",
        ),
    ],
)
def test_a_name_after_unter_dem_namen_in_a_sentence_about_a_project(text: str, expected: str) -> None:
    assert expected in _projects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unter dem Titel Vielfalt Gewinnt fand die Fachtagung des Projekts statt.",
        "Unter dem Namen Karl Muster schrieb er Bücher.",
        "Die Stadt lädt unter dem Titel Neue Wege zum Empfang für das Projekt ein.",
    ],
)
def test_unter_dem_namen_of_an_event_or_without_a_project_names_no_project(text: str) -> None:
    assert not _projects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Verein hat zwei neue Projekte gestartet. Das erste heißt Pflege Plus und richtet sich an Frauen.",
            "Pflege Plus",
        ),
        ("Drei Vorhaben laufen 2025 an. Das zweite trägt den Namen Werkstatt Zukunft.", "Werkstatt Zukunft"),
        (
            "Die Stadt fördert zwei Angebote. Das eine nennt sich Frauen.Stärken.Beruf, das andere ist ein Kurs.",
            "Frauen.Stärken.Beruf",
        ),
    ],
)
def test_an_ordinal_standing_for_one_of_the_projects_named_before(text: str, expected: str) -> None:
    assert expected in _projects(text)


def test_an_ordinal_without_projects_before_names_nothing() -> None:
    assert not _projects("Zwei Bücher sind erschienen. Das erste heißt Brücke Nord und ist dick.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ein weiteres Vorhaben trägt den Namen Lernbrücke Ost.", "Lernbrücke Ost"),
        ("Eine neue Anlaufstelle heißt Haus der Chancen.", "Haus der Chancen"),
        ("Die neue Beratungsstelle nennt sich Brücke Nord und öffnet im Mai.", "Brücke Nord"),
    ],
)
def test_a_naming_verb_after_an_indefinite_head_or_a_unit(text: str, expected: str) -> None:
    assert expected in _projects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Projekt Frauen.Stärken.Beruf beginnt im März.", "Frauen.Stärken.Beruf"),
        ("Im Teilprojekt Pflege.Perspektive.Kiel arbeiten zehn Frauen.", "Pflege.Perspektive.Kiel"),
        ("Die Teilprojekte sind:\n- Lernen.Arbeiten.Ankommen\n- Start Nord\n", "Lernen.Arbeiten.Ankommen"),
    ],
)
def test_a_name_of_words_joined_by_full_stops(text: str, expected: str) -> None:
    assert expected in _projects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Auch das Mentoringprogramm Tandem Zukunft läuft weiter.", "Tandem Zukunft"),
        ("Im Coachingprogramm Start Nord lernen 20 Frauen.", "Start Nord"),
        ("Mit dem Mentoringprogramm Brücke Beruf erreicht die Stadt viele Frauen.", "Brücke Beruf"),
    ],
)
def test_an_activity_programme_named_by_two_words(text: str, expected: str) -> None:
    assert expected in _projects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das ESF-Projekt Berufsbrücke Sachsen endet im Dezember.", "Berufsbrücke Sachsen"),
        ("Im BAMF-Modellprojekt Wege zur Arbeit lernen Frauen.", "Wege zur Arbeit"),
        ("Träger des ESF-Projekts Chance Pflege ist der Verein.", "Chance Pflege"),
    ],
)
def test_a_project_head_joined_to_a_short_form(text: str, expected: str) -> None:
    assert expected in _projects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Teilprojekt InterKultur Plus startet im Juni.", "InterKultur Plus"),
        ("Im Projekt KOMPASS plus lernen 20 Frauen.", "KOMPASS plus"),
        ("Die Leiterin des Projekts MedBrücke Plus berichtete.", "MedBrücke Plus"),
    ],
)
def test_a_version_closing_a_styled_name(text: str, expected: str) -> None:
    assert expected in _projects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unterstützt wird das Netzwerk durch das Teilprojekt Sprache & Beruf.", "Sprache & Beruf"),
        ("Im Projekt Pflege & Zukunft lernen 20 Frauen.", "Pflege & Zukunft"),
        ("Das Projekt Arbeit & Ankommen Nord berät Familien.", "Arbeit & Ankommen Nord"),
    ],
)
def test_an_ampersand_links_the_words_of_a_name(text: str, expected: str) -> None:
    assert expected in _projects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Projekt Ankommen und Bleiben begleitet Familien.", "Ankommen und Bleiben"),
        ("Im Teilprojekt Lernen und Arbeiten werden 30 Frauen beraten.", "Lernen und Arbeiten"),
        ("Das neue Vorhaben Wohnen und Arbeiten hilft Zugewanderten.", "Wohnen und Arbeiten"),
    ],
)
def test_two_words_joined_by_und_before_the_verb_of_a_service(text: str, expected: str) -> None:
    assert expected in _projects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt Geld und Zeit kostet viel.",
        "Wir wollen dem Projekt Geld und Zeit geben.",
        "Das Projekt Frauen und Männer.",
    ],
)
def test_two_words_joined_by_und_elsewhere_are_objects(text: str) -> None:
    assert not _projects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unsere Angebote\n\nBrücke Technik Kiel\nDas Projekt begleitet Ingenieurinnen bis zur Anerkennung.\n",
            "Brücke Technik Kiel",
        ),
        (
            "Im Netzwerk arbeiten viele Partner.\nFaire Arbeit Nord\nDie Beratungsstelle informiert Beschäftigte.\n",
            "Faire Arbeit Nord",
        ),
        (
            "Überblick\n\nAnpassung Pflege (APF)\nDas Teilprojekt bereitet Pflegekräfte auf die Prüfung vor.\n",
            "Anpassung Pflege",
        ),
        (
            "Angebote im Land\n\nIQ Lotsenhaus Nordost\nDie Beratungsstelle berät Betriebe.\n",
            "IQ Lotsenhaus Nordost",
        ),
    ],
)
def test_a_heading_above_a_paragraph_opened_by_a_stand_in(text: str, expected: str) -> None:
    assert expected in _projects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Neue Wege in den Beruf\nDas Projekt begleitet Ingenieurinnen bis zur Anerkennung.\n",
        "Bericht\n\nNeue Projekte im Netzwerk\nDas Angebot wächst stetig.\n",
        "Kontakt\n\nPetra Beispiel\nDas Projekt erreichen Sie montags.\n",
        "Neues\n\nChance Pflege Nord\nDas Angebot wird vom Land gefördert.\n",
        "Termine\n\nWerkstatt Zukunft Kiel\nDas Projekt lädt am 3. Mai ein.\n",
    ],
)
def test_a_title_line_or_a_heading_about_projects_is_no_name(text: str) -> None:
    assert not _projects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Projekt trägt den Titel „Mit Mut in den Beruf“.", "Mit Mut in den Beruf"),
        ("Das Vorhaben nennt sich „Brücke Nord“ und startet im Mai.", "Brücke Nord"),
        ("Das Angebot hieß „Lotsenhaus“, bevor es umzog.", "Lotsenhaus"),
    ],
)
def test_a_quoted_name_after_more_naming_verbs(text: str, expected: str) -> None:
    assert expected in _projects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Projekte\n\nBrücke Technik Kiel\nZielgruppe: Ingenieurinnen\nTräger: Lernort e. V.\n",
            "Brücke Technik Kiel",
        ),
        ("Projekte\n\nWerkstatt Zukunft\nLaufzeit: 2023 bis 2025\nStandort: Kiel\n", "Werkstatt Zukunft"),
        ("Angebote.\nLernhaus Pflege Nord\nFörderung: Land Schleswig-Holstein\n", "Lernhaus Pflege Nord"),
    ],
)
def test_a_heading_above_the_fields_of_a_profile(text: str, expected: str) -> None:
    assert expected in _projects(text)


def test_a_contact_person_above_a_field_is_no_project() -> None:
    assert not _projects("Kontakt\n\nPetra Beispiel\nStandort: Kiel\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Netzwerk fördert „Chance Pflege“ (Träger: Lernort e. V.) seit 2023.", "Chance Pflege"),
        ("Neu sind »Start Nord« (Trägerin: Stadt Kiel) und eine Hotline.", "Start Nord"),
        ("Hinzu kommt „Werkstatt Zukunft“ (Projektträger: Beispiel gGmbH).", "Werkstatt Zukunft"),
    ],
)
def test_a_quoted_name_before_its_carrier_in_brackets(text: str, expected: str) -> None:
    assert expected in _projects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Teilprojekte wie Brücke Nord und KOMPASS beraten Frauen.", {"Brücke Nord", "KOMPASS"}),
        (
            "Im Netzwerk arbeiten zwölf Teilprojekte, darunter Lotsenhaus Süd und Werkstatt Zukunft.",
            {"Lotsenhaus Süd", "Werkstatt Zukunft"},
        ),
        (
            "Drei Teilprojekte (Brücke Nord, KOMPASS und Lotsenhaus Süd) werden verlängert.",
            {"Brücke Nord", "KOMPASS", "Lotsenhaus Süd"},
        ),
        (
            "Zu den Teilprojekten des Netzwerks zählen Brücke Nord und Werkstatt Zukunft.",
            {"Brücke Nord", "Werkstatt Zukunft"},
        ),
    ],
)
def test_names_after_a_plural_head_and_a_word_bringing_in_examples(text: str, expected: set[str]) -> None:
    assert expected <= _projects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Projekte des Landes Hessen und Bayern sind gut.",
        "Projekte wie Sprachkurse und Praktika helfen.",
        "Die Projekte der Stadt Kiel und Lübeck laufen.",
    ],
)
def test_a_plural_head_before_places_or_plain_nouns_names_no_project(text: str) -> None:
    assert not _projects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gefördert werden folgende Teilprojekte:\na) Brücke Nord, Träger: Lernort e. V.\nb) Werkstatt Zukunft, Träger: Stadt Kiel\n",
            {"Brücke Nord", "Werkstatt Zukunft"},
        ),
        (
            "Die Teilprojekte:\n\n» Lotsenhaus Süd\n» Werkstatt Zukunft\n",
            {"Lotsenhaus Süd", "Werkstatt Zukunft"},
        ),
        ("Unsere Projekte:\n✓ Brücke Nord\n✓ Lernhaus Pflege\n", {"Brücke Nord", "Lernhaus Pflege"}),
    ],
)
def test_items_marked_by_letters_arrows_or_ticks(text: str, expected: set[str]) -> None:
    assert expected <= _projects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intro.\nTeilprojekte\n- Lotsenhaus Süd\n- Werkstatt Zukunft\n",
            {"Lotsenhaus Süd", "Werkstatt Zukunft"},
        ),
        (
            "Intro.\nUnsere Projekte im Überblick\n• Lotsenhaus Süd (Lernort e. V.)\n• Werkstatt Zukunft\n",
            {"Lotsenhaus Süd", "Werkstatt Zukunft"},
        ),
        (
            "Intro.\nDie Teilprojekte des Netzwerks\n1. Brücke Nord\n2. Lernhaus Pflege\n",
            {"Brücke Nord", "Lernhaus Pflege"},
        ),
    ],
)
def test_a_heading_of_the_plural_noun_alone_leads_in_a_list(text: str, expected: set[str]) -> None:
    assert expected <= _projects(text)


def test_items_below_a_heading_that_describe_what_projects_do_are_no_names() -> None:
    assert not _projects(
        "Intro.\nTeilprojekte\n- beraten Frauen zu Abschlüssen\n- Kurse für Pflegekräfte anbieten\n"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im Teilprojekt 3 „Lernhaus Pflege“ arbeiten zwei Beraterinnen.", "Lernhaus Pflege"),
        ("Das Teilprojekt Nr. 4, Werkstatt Zukunft, endet im Mai.", "Werkstatt Zukunft"),
        ("Das Teilprojekt 12, „Brücke Nord“, berät Betriebe.", "Brücke Nord"),
    ],
)
def test_a_number_between_the_head_and_the_name(text: str, expected: str) -> None:
    assert expected in _projects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neu im Netzwerk ist ein weiteres Teilprojekt: Brücke Nord.", "Brücke Nord"),
        ("Seit Mai gibt es eine neue Beratungsstelle: Lotsenhaus Süd.", "Lotsenhaus Süd"),
        ("Hinzu kommt ein Angebot: KOMPASS.", "KOMPASS"),
    ],
)
def test_a_name_after_a_singular_head_and_a_colon(text: str, expected: str) -> None:
    assert expected in _projects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt: Eine Erfolgsgeschichte.",
        "Das Projekt 2024 „Neu“ startet.",
        "Im Projekt 2 Frauen „lernen“.",
    ],
)
def test_a_colon_or_a_number_before_other_words_names_nothing(text: str) -> None:
    assert not _projects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Angebot heißt Lesen und Schreiben und richtet sich an Erwachsene.", "Lesen und Schreiben"),
        ("Ein weiteres Projekt trägt den Namen Wohnen und Arbeiten.", "Wohnen und Arbeiten"),
        ("Das Vorhaben nennt sich Ankommen und Bleiben, es läuft bis 2026.", "Ankommen und Bleiben"),
    ],
)
def test_a_name_of_two_words_joined_by_und_after_a_naming_verb(text: str, expected: str) -> None:
    assert expected in _projects(text)


def test_a_time_closing_words_between_commas_makes_them_no_name() -> None:
    assert not _projects("Das Angebot, Sprachtreff am Mittwoch, ist kostenlos.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Titel\n\nDas Beratungsangebot Lotsenhaus Süd öffnet im Mai.", "Lotsenhaus Süd"),
        ("Die Brückenmaßnahme Pflege Plus Kiel beginnt.", "Pflege Plus Kiel"),
        ("Träger des Gruppencoachings Wege zur Arbeit ist der Verein.", "Wege zur Arbeit"),
    ],
)
def test_a_name_of_several_words_after_an_offer_compound(text: str, expected: str) -> None:
    assert expected in _projects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Beratungsangebot Anerkennung richtet sich an Frauen.",
        "Die Anpassungsqualifizierung Ende Mai beginnt.",
    ],
)
def test_one_word_or_a_time_after_an_offer_compound_names_nothing(text: str) -> None:
    assert not _projects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Titel\n\nLotsenhaus Süd: Neues Projekt hilft Pflegekräften\n\nKiel. Text.", "Lotsenhaus Süd"),
        ("Text.\nBrücke Nord: Das Angebot wächst\n", "Brücke Nord"),
        ("Text.\nWerkstatt Zukunft: Vorhaben geht in die zweite Runde\n", "Werkstatt Zukunft"),
    ],
)
def test_a_name_opening_a_headline_that_calls_it_a_project(text: str, expected: str) -> None:
    assert expected in _projects(text)


@pytest.mark.parametrize(
    "text",
    ["Text.\nBad Oldesloe: Neues Projekt startet\n", "Text.\nLandkreis Stade: Neues Projekt startet\n"],
)
def test_a_place_opening_a_headline_is_its_dateline(text: str) -> None:
    assert not _projects(text)
