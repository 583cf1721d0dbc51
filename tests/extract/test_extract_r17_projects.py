"""Project and unit names, and the bodies around them, round 17 (a sweep of invented project pages, carriers' press
releases, ministry statements and near-domain news): a Land paying in an attribute after "im" ("Im vom Land Hessen
geförderten Projekt X"), a city-state's senate named by its head alone ("Der Senat stellt … bereit"), the release's
network behind a payer's attribute ("das vom BMAS finanzierte IQ Netzwerk"), and the near shapes that give none."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _facts(text: str):  # type: ignore[no-untyped-def]
    return facts_of("Neues aus dem Land\n\n" + text)


def _entities(text: str) -> set[tuple[str, str]]:
    return _facts(text).entities


def _relations(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in _facts(text).relations if p == predicate}


# ---------------------------------------------------------------- a Land paying in an attribute after a preposition


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Frankfurt. Im vom Land Hessen geförderten Projekt Lotsen Rhein-Main lernen Geflüchtete Deutsch.",
         ("Lotsen Rhein-Main", "Land Hessen")),
        ("Kassel. Beim vom Freistaat Sachsen finanzierten Projekt Brücke Nord lernen Frauen Deutsch.",
         ("Brücke Nord", "Freistaat Sachsen")),
        ("Mainz. Im vom Land Rheinland-Pfalz kofinanzierten Projekt Wege ins Handwerk wurden 40 Menschen beraten.",
         ("Wege ins Handwerk", "Land Rheinland-Pfalz")),
    ],
)  # fmt: skip
def test_a_land_paying_in_an_attribute_after_a_preposition_funds_the_project(
    text: str, fact: tuple[str, str]
) -> None:
    assert fact in _relations(text, "fundedBy")


def test_a_land_after_a_preposition_of_place_stays_a_place() -> None:
    assert ("Agency", "Land Hessen") not in _entities(
        "Im Land Hessen leben viele Fachkräfte aus dem Ausland."
    )


# ---------------------------------------------------------------- a city-state's senate by its head alone


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Hamburg. Der Senat stellt der Zentralen Anlaufstelle Anerkennung 300.000 Euro bereit.",
         "Senat der Freien und Hansestadt Hamburg"),
        ("Berlin. Das IQ Landesnetzwerk Berlin wird vom Senat gefördert.", "Senat von Berlin"),
        ("Bremen. Die Förderung durch den Senat lief bis 2022; im Senat gab es dazu keinen Streit.",
         "Senat der Freien Hansestadt Bremen"),
    ],
)  # fmt: skip
def test_a_senate_named_alone_is_its_city_state_s(text: str, label: str) -> None:
    assert ("Agency", label) in _entities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Göttingen. Der Senat der Universität hat getagt. Der Senat beschloss eine neue Ordnung.",
        "Berlin. Die Beauftragte des Senats für Integration lud zum Empfang.",
    ],
)
def test_a_university_s_senate_or_a_commissioner_s_genitive_is_no_land_s_senate(text: str) -> None:
    assert not {e for e in _entities(text) if e[1].startswith("Senat")}


# ---------------------------------------------------------------- the release's network behind a payer's attribute


@pytest.mark.parametrize(
    ("text", "network"),
    [
        ("Das vom BMAS finanzierte IQ Netzwerk unterstützt seit 2015 Betriebe in Bremen und Bremerhaven.",
         "IQ Netzwerk Bremen"),
        ("Kiel. Das von der Bundesagentur für Arbeit geförderte IQ-Netzwerk berät Betriebe in Kiel und Lübeck.",
         "IQ Netzwerk Schleswig-Holstein"),
        ("In Erfurt und Jena hilft das durch den Europäischen Sozialfonds kofinanzierte IQ Landesnetzwerk Zugewanderten.",
         "IQ Netzwerk Thüringen"),
    ],
)  # fmt: skip
def test_a_paid_iq_network_without_its_land_is_the_release_s(text: str, network: str) -> None:
    assert ("StateNetwork", network) in _entities(text)


def test_a_paid_iq_network_in_a_text_naming_no_land_stays_the_programme() -> None:
    entities = _entities("Das vom BMAS finanzierte IQ Netzwerk ist bundesweit aktiv.")
    assert not {e for e in entities if e[0] == "StateNetwork"}


# ---------------------------------------------------------------- "ins" linking a name's words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mainz. Im vom Land Rheinland-Pfalz kofinanzierten Projekt Wege ins Handwerk lernen 40 Menschen.",
         "Wege ins Handwerk"),
        ("Das Projekt Brücken ins Arbeitsleben berät seit Mai Geflüchtete in Gotha.", "Brücken ins Arbeitsleben"),
        ("Mit dem Teilprojekt Frauen ins Team unterstützt die Stadt Zugewanderte.", "Frauen ins Team"),
    ],
)  # fmt: skip
def test_ins_before_working_life_links_a_project_name(text: str, name: str) -> None:
    assert ("Subproject", name) in _entities(text)


def test_ins_before_a_place_ends_the_name() -> None:
    assert ("Subproject", "Lernen ins Rathaus") not in _entities(
        "Das Projekt Lernen ins Rathaus zu bringen ist schwer."
    )


# ---------------------------------------------------------------- names a neighbouring sentence confirms


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Leipzig. Im IQ Netzwerk Sachsen starten zwei neue Teilprojekte. KuBiK berät Betriebe zur Vielfalt, "
         "ProFi qualifiziert Fachkräfte aus Drittstaaten.", {"KuBiK", "ProFi"}),
        ("Rostock. Lernbrücke Pflege startet im Juni. Das neue Teilprojekt richtet sich an Pflegekräfte.",
         {"Lernbrücke Pflege"}),
        ("Saarbrücken. Seit zwei Jahren berät FairWork ausländische Beschäftigte. Die Beratungsstelle ist beim DGB "
         "angesiedelt.", {"FairWork"}),
        ("Gera. Job Coaching Plus begleitete 2023 rund 80 Frauen. Dieses Angebot wird vom Land gefördert.",
         {"Job Coaching Plus"}),
        ("Hamburg. „Mentoring für Frauen“, „Sprachbrücke Technik“ und „Pflege kompakt“ erhielten erneut Geld. "
         "Alle drei Projekte gehören zum IQ Netzwerk Hamburg.",
         {"Mentoring für Frauen", "Sprachbrücke Technik", "Pflege kompakt"}),
    ],
)  # fmt: skip
def test_a_name_opening_a_clause_is_a_project_where_a_neighbouring_sentence_says_so(
    text: str, names: set[str]
) -> None:
    assert {("Subproject", n) for n in names} <= _entities(text)


@pytest.mark.parametrize(
    "text",
    [
        # the words before the verb are its object: the subject follows with its article
        "Im Netzwerk laufen drei Projekte. Junge Frauen begleitet das Projekt seit Mai. Das Projekt endet 2025.",
        # a person's name with a staff title
        "Die Projekte „A-Weg“ und „B-Weg“ beraten. Projektleiterin Merle Stein zieht Bilanz.",
        # no sentence next to it calls anything a project
        "Kiel. KuBiK berät Betriebe zur Vielfalt. Die Kammer lobt das.",
        # a body's short form in capitals
        "Im Land gibt es zwei Projekte. BAMF berät dazu. Das Projekt ist neu.",
    ],
)
def test_no_name_without_a_confirming_neighbour_or_with_an_object_first(text: str) -> None:
    found = {n for t, n in _entities(text) if t == "Subproject"}
    assert not found & {"Junge Frauen", "Projektleiterin Merle Stein", "KuBiK", "BAMF"}


# ---------------------------------------------------------------- styled names in small letters, hyphenated heads


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Berlin. Das Gründungsprojekt start.up der Stiftung Neue Arbeit unterstützt seit Januar Frauen.", "start.up"),
        ("Halle. Im Projekt work.in lernen Zugewanderte Deutsch für den Beruf.", "work.in"),
        ("Lüneburg. Das Mentoring-Programm MentoMig der Leuphana Universität geht in die dritte Runde.", "MentoMig"),
        ("Gera. Mit dem Coaching-Programm Tandem Plus begleitet die Stadt Frauen in Arbeit.", "Tandem Plus"),
    ],
)  # fmt: skip
def test_a_dotted_name_in_small_letters_or_after_a_hyphenated_head_is_a_project(text: str, name: str) -> None:
    assert ("Subproject", name) in _entities(text)


def test_a_web_address_after_a_project_head_is_no_name() -> None:
    entities = _entities("Mehr zum Projekt unter www.beispiel.de im Netz.")
    assert not {e for e in entities if e[0] == "Subproject"}


# ---------------------------------------------------------------- a name closed by a short form of its syllables


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hannover. Mit dem Teilprojekt Kompetenzen sichtbar machen (KoSima) zeigt das Netzwerk, was Menschen können.",
         "Kompetenzen sichtbar machen"),
        ("Das Projekt Professionelle Finanzberatung (ProFi) berät Zugewanderte in Leipzig.",
         "Professionelle Finanzberatung"),
        ("Im Projekt Mit Migranten für Migranten (MiMi) lernten 20 Lotsinnen.", "Mit Migranten für Migranten"),
    ],
)  # fmt: skip
def test_a_name_spelled_by_the_syllables_of_its_short_form(text: str, name: str) -> None:
    assert any(t == "Subproject" and n.startswith(name) for t, n in _entities(text))


def test_a_bracket_that_does_not_spell_the_words_names_nothing() -> None:
    entities = _entities("Das Projekt endet im Mai (IHK) mit einem Fest.")
    assert not {e for e in entities if e[0] == "Subproject"}


# ---------------------------------------------------------------- the agent carrying a project out is a body


@pytest.mark.parametrize(
    ("text", "carrier"),
    [
        ("Das Projekt KoSima wird von der Ländlichen Erwachsenenbildung umgesetzt.", "Ländliche Erwachsenenbildung"),
        ("Das Projekt Brücke Nord wird von der Interkulturellen Bildung Gera getragen.", "Interkulturelle Bildung Gera"),
        ("Das Projekt Brücke Nord wurde von der Offenen Hilfe Jena durchgeführt.", "Offene Hilfe Jena"),
    ],
)  # fmt: skip
def test_the_agent_carrying_out_a_project_is_no_project(text: str, carrier: str) -> None:
    entities = _entities(text)
    assert ("Subproject", carrier) not in entities
    assert ("Organisation", carrier) in entities


def test_a_project_after_von_without_a_carrying_verb_stays_a_project() -> None:
    text = "Die Beratung im IQ Netzwerk wird von der Fairen Integration angeboten."
    assert ("Subproject", "Faire Integration") in _entities(text)
