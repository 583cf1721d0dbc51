"""Project and unit names on invented sentences (round 13): the German of a named counselling office, measure or
programme line, its carrier and its network."""

from __future__ import annotations

import pytest

from conftest import facts_of

NETWORK_RELEASE = "Titel\n\nDas IQ Netzwerk Hessen stellt sich vor. {}"


def _subprojects(sentence: str) -> set[str]:
    return {
        label for type_, label in facts_of(NETWORK_RELEASE.format(sentence)).entities if type_ == "Subproject"
    }


def _relations(sentence: str) -> set[tuple[str, str, str]]:
    return facts_of(NETWORK_RELEASE.format(sentence)).relations


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        (
            "Die Fachberatungsstelle „Lohn und Recht“ öffnet im Juni.",
            "Fachberatungsstelle „Lohn und Recht“",
        ),
        (
            "In der Migrationsberatungsstelle „Brücke Ost“ arbeiten drei Beraterinnen.",
            "Migrationsberatungsstelle „Brücke Ost“",
        ),
        (
            "Die Landesfachstelle „Vielfalt im Beruf“ schult Personalräte.",
            "Landesfachstelle „Vielfalt im Beruf“",
        ),
        ("Seit Mai hat die Jugendanlaufstelle »Kompass« geöffnet.", "Jugendanlaufstelle „Kompass“"),
    ],
)
def test_a_quoted_name_after_a_compound_counselling_office(sentence: str, unit: str) -> None:
    assert unit in _subprojects(sentence)


def test_a_compound_counselling_office_is_funded() -> None:
    relations = _relations(
        "Das Land Hessen fördert die Fachberatungsstelle „Lohn und Recht“ mit 90.000 Euro."
    )
    assert ("Fachberatungsstelle „Lohn und Recht“", "fundedBy", "Land Hessen") in relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Pressestelle „Rathaus aktuell“ informiert.",  # a body's press office
        "Seine Arbeitsstelle „Lager Nord“ liegt in Kiel.",  # a job
    ],
)
def test_an_office_that_is_no_counselling_unit_stays_unnamed(sentence: str) -> None:
    assert not _subprojects(sentence)


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "„Lotse Nord“ ist eines von neun Teilprojekten des IQ Netzwerks Niedersachsen.",
            ("Lotse Nord", "partOf", "IQ Netzwerk Niedersachsen"),
        ),
        (
            "„Lotse Nord“ und „Weg frei“ sind zwei von acht Projekten im IQ Netzwerk Thüringen.",
            ("Weg frei", "partOf", "IQ Netzwerk Thüringen"),
        ),
        (
            "„Weg frei“ war eines von sieben Angeboten der Stiftung Lernbrücke.",
            ("Weg frei", "hostedBy", "Stiftung Lernbrücke"),
        ),
    ],
)
def test_a_quoted_name_called_one_of_several_projects(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in _relations(sentence)


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "Als Teilprojekt des IQ Netzwerks Sachsen berät „Lotse Nord“ Zugewanderte.",
            ("Lotse Nord", "partOf", "IQ Netzwerk Sachsen"),
        ),
        (
            "Als Angebot der Diakonie Fulda hilft „Weg frei“ seit Mai Geflüchteten.",
            ("Weg frei", "hostedBy", "Diakonie Fulda"),
        ),
        (
            "Als neues Projekt des Vereins Lernbrücke e. V. startet „Weg frei“ im Mai.",
            ("Weg frei", "hostedBy", "Lernbrücke e. V."),
        ),
    ],
)
def test_a_fronted_als_phrase_calls_the_quoted_subject_a_project(
    sentence: str, fact: tuple[str, str, str]
) -> None:
    assert fact in _relations(sentence)


def test_a_fronted_als_phrase_of_a_person_names_no_project() -> None:
    assert not _subprojects("Als Vorsitzende des Vereins sagte Petra Beispiel: „Wir freuen uns sehr.“")


@pytest.mark.parametrize(
    "sentence",
    [
        "„Lotse Nord“ und „Weg frei“ sind zwei von acht Teilprojekten des IQ Netzwerks Sachsen.",
        "„Weg frei“ und „Lotse Nord“ sind zwei von fünf Projekten im IQ Netzwerk Sachsen.",
        "„Lotse Nord“ und „Weg frei“ sind Teilprojekte des IQ Netzwerks Sachsen.",
    ],
)
def test_each_quoted_subject_of_a_list_is_part_of_the_network_named(sentence: str) -> None:
    relations = _relations(sentence)  # not of the release's own network, named in the sentence before
    assert {
        ("Lotse Nord", "partOf", "IQ Netzwerk Sachsen"),
        ("Weg frei", "partOf", "IQ Netzwerk Sachsen"),
    } <= relations
    assert ("Lotse Nord", "partOf", "IQ Netzwerk Hessen") not in relations


@pytest.mark.parametrize(
    ("sentence", "project"),
    [
        ("Das Modellprojekt Chancen nutzen läuft bis 2027.", "Chancen nutzen"),
        ("Das Projekt Brücken schlagen wird vom Land gefördert.", "Brücken schlagen"),
        ("Unser Pilotprojekt Vielfalt leben richtet sich an Betriebe.", "Vielfalt leben"),
        ("Das neue Teilprojekt Frauen stärken ist ein Angebot der Diakonie Fulda.", "Frauen stärken"),
    ],
)
def test_a_name_closed_by_an_infinitive_in_the_subject(sentence: str, project: str) -> None:
    assert project in _subprojects(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Um im Projekt Erfahrungen sammeln zu können, braucht es Zeit.",  # an infinitive clause
        "Wir wollen im Projekt Brücken bauen, die halten.",  # the infinitive after a modal
        "Das Projekt Kollegen vorstellen will sie morgen.",  # a fronted verb phrase before a modal
        "Die Stadt will das Projekt Brücken bauen lassen.",  # no subject opening the clause
        "Das Vorhaben Radweg bauen ist umstritten.",  # a plan named by what it does
    ],
)
def test_an_infinitive_after_a_project_head_that_is_the_clause_s_verb(sentence: str) -> None:
    assert not _subprojects(sentence)


@pytest.mark.parametrize(
    ("sentence", "project"),
    [
        ("Die Maßnahme Pflege Aktiv richtet sich an Zugewanderte.", "Pflege Aktiv"),
        ("Die Anpassungsqualifizierung Pflege Kompakt startet im Mai.", "Pflege Kompakt"),
        ("Das Sprachangebot Beruf Aktiv hilft Zugewanderten.", "Beruf Aktiv"),
        ("Die Qualifizierung Elektro Plus dauert zehn Monate.", "Elektro Plus"),
    ],
)
def test_a_plain_name_after_an_offer_head_in_the_subject(sentence: str, project: str) -> None:
    assert project in _subprojects(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "So gibt die Maßnahme Frauen Orientierung.",  # two objects after the verb
        "Die Maßnahme Anfang Mai wird verschoben.",  # a time
        "Nach dem Kurs Deutsch lernen viele weiter.",  # no subject opening the clause
        "Der Kurs Yoga für Anfänger beginnt im März.",  # any school's course
    ],
)
def test_nouns_after_an_offer_head_that_name_no_offer(sentence: str) -> None:
    assert not _subprojects(sentence)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        (
            "Die Beratungsstelle für Anerkennung und Qualifizierung in Gera hat geöffnet.",
            "Beratungsstelle für Anerkennung und Qualifizierung Gera",  # a unit named by its topic takes its town
        ),
        (
            "Das Kompetenzzentrum für Fachkräftesicherung ist bei der Handwerkskammer angesiedelt.",
            "Kompetenzzentrum für Fachkräftesicherung",
        ),
        (
            "Gefördert wird die Kontaktstelle für Arbeitsmarktintegration vom Land.",
            "Kontaktstelle für Arbeitsmarktintegration",
        ),
    ],
)
def test_a_counselling_unit_named_by_its_topic_after_fuer(sentence: str, unit: str) -> None:
    assert unit in _subprojects(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Anlaufstelle für Migrantinnen öffnet montags.",  # whom it serves
        "Die Anlaufstelle für Geflüchtete in Jena berät seit Mai.",
    ],
)
def test_a_counselling_unit_for_people_is_described_not_named(sentence: str) -> None:
    assert not _subprojects(sentence)


@pytest.mark.parametrize(
    ("block", "project"),
    [
        ("Projekt: „Ankommen“\nProjektträger: Lernbrücke gGmbH", "Ankommen"),
        ("Projektname: »Lotsenhaus«\nLaufzeit: 2024 bis 2026", "Lotsenhaus"),
        ('Teilprojekt: "Startklar"\nOrt: Fulda', "Startklar"),
    ],
)
def test_a_quoted_word_as_a_profile_field_s_value_names_the_project(block: str, project: str) -> None:
    assert project in _subprojects("\n" + block)


def test_a_quoted_field_value_carried_by_the_next_line() -> None:
    relations = _relations("\nProjekt: „Ankommen“\nProjektträger: Lernbrücke gGmbH")
    assert ("Ankommen", "hostedBy", "Lernbrücke gGmbH") in relations


def test_a_quoted_small_word_as_a_field_s_value_is_no_name() -> None:
    assert not _subprojects("\nProjekt: „neu“\nStand: Mai")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "Dabei sind die Projekte „Brücke Ost“ (Diakonie Gera) und „Lotse Nord“ (Lernbrücke gGmbH).",
            ("Lotse Nord", "hostedBy", "Lernbrücke gGmbH"),
        ),
        (
            "Gefördert werden die Teilprojekte „Weg frei“ (Stiftung Lernbrücke), „Startklar“ und „Lotse Nord“.",
            ("Weg frei", "hostedBy", "Stiftung Lernbrücke"),
        ),
        (
            "Die Beratungsstellen „Ankommen“ (Diakonie Gera) sowie „Weg frei“ (Lernbrücke gGmbH) öffnen.",
            ("Beratungsstelle „Weg frei“", "hostedBy", "Lernbrücke gGmbH"),
        ),
    ],
)
def test_quoted_names_coordinated_over_a_bracket_after_each(
    sentence: str, fact: tuple[str, str, str]
) -> None:
    assert fact in _relations(sentence)


@pytest.mark.parametrize(
    ("sentence", "project"),
    [
        ("Seit 2019 hat „Tandem Beruf“ über 300 Frauen begleitet.", "Tandem Beruf"),
        ("Seit Mai berät „Brücke Ost“ Geflüchtete in Gera.", "Brücke Ost"),
        ("In Gera unterstützt »Weg frei« seit Mai Zugewanderte.", "Weg frei"),
    ],
)
def test_a_quoted_subject_after_a_fronted_adverbial_and_a_service_verb(sentence: str, project: str) -> None:
    assert project in _subprojects(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gestern informierte „Bild“ über den Fall.",  # no service verb
        "Seit Jahren hat „Faust“ viele Leser begeistert.",  # no service's participle
        "Die Stadt unterstützt „Brücke Ost“ mit 5.000 Euro.",  # a subject before the verb: the quotes its object
    ],
)
def test_a_quoted_name_after_a_verb_that_names_no_service(sentence: str) -> None:
    assert not _subprojects(sentence)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Die Stadt fördert die Beratungsstelle „Neustart Jena“. Neustart Jena berät seit Mai.",
            "Neustart Jena",
        ),
        (
            "Die Anlaufstelle „Weg frei“ öffnet. Träger von „Weg frei“ ist die Lernbrücke gGmbH.",
            "Weg frei",
        ),
        (
            "Das Land fördert „Lotsenhaus Nord“ von der Diakonie Gera. Die Servicestelle „Lotsenhaus Nord“ berät.",
            "Lotsenhaus Nord",
        ),
    ],
)
def test_a_unit_named_with_and_without_its_head_is_one_entity(text: str, unit: str) -> None:
    subprojects = _subprojects(text)
    assert len(subprojects) == 1
    assert unit in subprojects.pop()


def test_two_units_of_different_names_stay_two() -> None:
    subprojects = _subprojects("Die Beratungsstelle „Weg frei“ öffnet. Das Projekt „Neustart Jena“ berät.")
    assert {"Beratungsstelle „Weg frei“", "Neustart Jena"} <= subprojects


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Faire Arbeit“ wird von der Lernbrücke gGmbH realisiert.",
        "Realisiert wird das Projekt „Faire Arbeit“ von der Lernbrücke gGmbH.",
        "Durchführungsträger des Projekts „Faire Arbeit“ ist die Lernbrücke gGmbH.",
    ],
)
def test_a_carrier_that_realises_or_carries_out_a_project(sentence: str) -> None:
    assert ("Faire Arbeit", "hostedBy", "Lernbrücke gGmbH") in _relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Faire Arbeit“ konnte dank der Förderung durch das Land Hessen realisiert werden.",
        "Das Projekt „Faire Arbeit“ wird mit Unterstützung von der Stadt Fulda durchgeführt.",
    ],
)
def test_the_agent_of_a_funding_noun_carries_no_project(sentence: str) -> None:
    assert not {r for r in _relations(sentence) if r[1] == "hostedBy"}


@pytest.mark.parametrize(
    ("sentence", "projects"),
    [
        (
            "Dazu gehören die Projekte Brücke Ost, Lotse Nord und Startklar.",
            {"Brücke Ost", "Lotse Nord", "Startklar"},
        ),
        ("Die Teilprojekte Neuland und Weg Nord beraten Frauen.", {"Neuland", "Weg Nord"}),
        (
            "Zu den Teilprojekten des IQ Netzwerks Sachsen gehören Brücke Ost und Lotse Nord.",
            {"Brücke Ost", "Lotse Nord"},
        ),
    ],
)
def test_unquoted_names_listed_after_a_plural_project_head(sentence: str, projects: set[str]) -> None:
    assert projects <= _subprojects(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Projekte Zeit und Geld kosten.",  # every item one plain word
        "Die Projekte Faire Integration, Beratung und Qualifizierung laufen.",  # common nouns among them
    ],
)
def test_plain_words_after_a_plural_project_head_that_are_no_list_of_names(sentence: str) -> None:
    assert not _subprojects(sentence) - {"Faire Integration"}


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "Dazu gehören die Projekte Brücke Ost (Diakonie Gera), Lotse Nord (Lernbrücke gGmbH) und Startklar.",
            ("Lotse Nord", "hostedBy", "Lernbrücke gGmbH"),
        ),
        (
            "Gefördert werden die Teilprojekte Neuland (Stiftung Saalebrücke) und Weg Nord (Diakonie Gera).",
            ("Weg Nord", "hostedBy", "Diakonie Gera"),
        ),
        (
            "Die Vorhaben KOMPASS (Lernbrücke gGmbH) und Brücke Ost starten.",
            ("KOMPASS", "hostedBy", "Lernbrücke gGmbH"),
        ),
    ],
)
def test_unquoted_listed_names_with_their_carriers_in_brackets(
    sentence: str, fact: tuple[str, str, str]
) -> None:
    assert fact in _relations(sentence)
    assert "Diakonie Gera" not in _subprojects(sentence)


@pytest.mark.parametrize(
    ("sentence", "facts"),
    [
        (
            "Die Lernbrücke gGmbH stellte ihre Projekte „Brücke Ost“ und „Lotse Nord“ vor.",
            {("Brücke Ost", "hostedBy", "Lernbrücke gGmbH"), ("Lotse Nord", "hostedBy", "Lernbrücke gGmbH")},
        ),
        (
            "Die Diakonie Gera und die Lernbrücke gGmbH stellten ihr gemeinsames Projekt „Brücke Ost“ vor.",
            {("Brücke Ost", "hostedBy", "Diakonie Gera"), ("Brücke Ost", "hostedBy", "Lernbrücke gGmbH")},
        ),
        (
            "Der Verein Werkraum e. V. präsentiert seine Teilprojekte „Startklar“ und „Neuland“.",
            {("Startklar", "hostedBy", "Werkraum e. V."), ("Neuland", "hostedBy", "Werkraum e. V.")},
        ),
    ],
)
def test_a_possessive_gives_each_project_its_owner(sentence: str, facts: set[tuple[str, str, str]]) -> None:
    assert facts <= _relations(sentence)


def test_several_owners_of_several_projects_are_not_paired() -> None:
    relations = _relations(
        "Die Diakonie Gera und die Lernbrücke gGmbH stellten ihre Projekte Brücke Ost und Lotse Nord vor."
    )
    assert not {r for r in relations if r[1] == "hostedBy"}


@pytest.mark.parametrize(
    ("sentence", "carrier"),
    [
        ("Das Welcome Center der Lernbrücke gGmbH berät internationale Fachkräfte.", "Lernbrücke gGmbH"),
        ("Beim Welcome Center des Vereins Werkraum e. V. arbeiten drei Beraterinnen.", "Werkraum e. V."),
        ("Der Welcome Desk der Diakonie Gera öffnet montags.", "Diakonie Gera"),
    ],
)
def test_a_welcome_service_named_by_its_head_and_its_carrier(sentence: str, carrier: str) -> None:
    assert (f"Welcome {sentence.split('Welcome ')[1].split()[0]}", "hostedBy", carrier) in _relations(
        sentence
    )


def test_a_bare_welcome_center_without_its_carrier_stays_unnamed() -> None:
    assert not _subprojects("Ein Welcome Center fehlt in vielen Städten noch.")
