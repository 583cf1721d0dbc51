"""Persons' ties on invented sentences (round 13): the names they hang on (a verb's plural object after a name, a
double family name after a verb or a role noun), roles, memberships and heads."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _people(text: str) -> set[str]:
    return {label for type_, label in facts_of("Titel\n\n" + text).entities if type_ == "Person"}


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return facts_of("Titel\n\n" + text).roles


# ---------------------------------------------------------------- a verb's plural object after the name


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Zum Auftakt begrüßte Petra Beispiel Gäste aus Verwaltung und Handwerk.", "Petra Beispiel"),
        ("Danach informierte Karl Muster Interessierte über die Sprechzeiten.", "Karl Muster"),
        ("Am Abend empfing Anna Probe Delegierte aus sieben Ländern.", "Anna Probe"),
        ("Zuvor beriet Jonas Sommer Betriebe aus dem Landkreis.", "Jonas Sommer"),
    ],
)
def test_a_plural_noun_after_a_greeting_verbs_subject_is_its_object(text: str, person: str) -> None:
    assert _people(text) == {person}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Danach begrüßte Lucia Ferreira Santos die Gäste.", "Lucia Ferreira Santos"),
        ("Anschließend stellte Marta Gómez Ruiz das Projekt vor.", "Marta Gómez Ruiz"),
        (
            "Dann empfing Lucia Torres Ramos, Leiterin der Beratungsstelle, die Delegation.",
            "Lucia Torres Ramos",
        ),
    ],
)
def test_an_article_or_a_role_after_three_names_keeps_a_double_family_name(text: str, person: str) -> None:
    assert _people(text) == {person}


# ---------------------------------------------------------------- a role noun before a double family name


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("Die Beraterin Lucia Torres Ramos erläuterte das Verfahren.", "Lucia Torres Ramos", "Beraterin"),
        (
            "Projektleiterin Maria García López stellte die Zahlen vor.",
            "Maria García López",
            "Projektleiterin",
        ),
        ("Der Koordinator Pedro Alves Costa eröffnete die Sitzung.", "Pedro Alves Costa", "Koordinator"),
    ],
)
def test_a_role_noun_before_three_names_vouches_for_a_double_family_name(
    text: str, person: str, title: str
) -> None:
    assert (person, title, None) in _roles(text)


def test_a_role_noun_before_a_name_and_a_verbs_object_in_a_relative_clause() -> None:
    assert _people("Der Verein, dessen Vorsitzende Gisela Beispiel Möbel sammelte, half.") == {
        "Gisela Beispiel"
    }


# ---------------------------------------------------------------- a masculine plural title over a woman and a man


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Referenten Eva Tanner und Karl Muster berichteten aus der Praxis.",
            {("Eva Tanner", "Referentin", None), ("Karl Muster", "Referent", None)},
        ),
        (
            "Die Projektleiter Jonas Sommer und Greta Winter zogen Bilanz.",
            {("Jonas Sommer", "Projektleiter", None), ("Greta Winter", "Projektleiterin", None)},
        ),
        (
            "Die Geschäftsführer der Lernwerk gGmbH, Anna Probe und Ole Fiktiv, unterschrieben den Vertrag.",
            {
                ("Anna Probe", "Geschäftsführerin", "Lernwerk gGmbH"),
                ("Ole Fiktiv", "Geschäftsführer", "Lernwerk gGmbH"),
            },
        ),
        (
            "Die Landräte Eva Tanner und Karl Muster unterzeichneten die Vereinbarung.",
            {("Eva Tanner", "Landrätin", None), ("Karl Muster", "Landrat", None)},
        ),
    ],
)
def test_a_masculine_plural_title_names_women_too(
    text: str, expected: set[tuple[str, str, str | None]]
) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Referenten dankten Eva Tanner für die Einladung.",
        "Der Referent Karl Muster dankte Anna Probe.",
    ],
)
def test_a_masculine_title_not_next_to_a_woman_gives_her_no_role(text: str) -> None:
    assert not {r for r in _roles(text) if r[0] in ("Eva Tanner", "Anna Probe")}


# ---------------------------------------------------------------- "Für die X begrüßte Titel Y": acting for a body


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Für das Jobcenter Leipzig begrüßte Geschäftsführerin Sabine Roth die Gäste.",
            ("Sabine Roth", "Geschäftsführerin", "Jobcenter Leipzig"),
        ),
        (
            "Für den Verein Lernwerk e. V. eröffnete Vorstand Uwe Ritter die Sitzung.",
            ("Uwe Ritter", "Vorstand", "Lernwerk e. V."),
        ),
        (
            "Für die Stiftung Brückenbau betonte Geschäftsführer Ole Fiktiv, wie wichtig Beratung sei.",
            ("Ole Fiktiv", "Geschäftsführer", "Stiftung Brückenbau"),
        ),
    ],
)
def test_a_fronted_for_phrase_names_the_body_a_greeting_speaker_acts_for(
    text: str, role: tuple[str, str, str]
) -> None:
    assert role in _roles(text)


def test_a_fronted_for_phrase_with_a_verb_of_praise_is_about_the_body() -> None:
    facts = facts_of("Titel\n\nFür die Stiftung Brückenbau fand Karl Muster lobende Worte.")
    assert not {r for r in facts.relations if r[1] == "memberOf"}


# ---------------------------------------------------------------- a project's stand-in led by a person


def _led(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Titel\n\n" + text).relations if p == "ledBy"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Das Projekt „Brücke Pflege“ startete im Januar. Petra Beispiel leitet das Projekt seit Mai.",
            ("Brücke Pflege", "Petra Beispiel"),
        ),
        (
            "Das Projekt „Lotsenhaus“ berät Zugewanderte. Geleitet wird das Projekt von Karl Muster.",
            ("Lotsenhaus", "Karl Muster"),
        ),
        (
            "Das Projekt „Wegweiser Arbeit“ hilft bei der Anerkennung. Das Projekt leitet Anna Probe.",
            ("Wegweiser Arbeit", "Anna Probe"),
        ),
    ],
)
def test_a_projects_stand_in_is_led_as_the_project(text: str, pair: tuple[str, str]) -> None:
    assert pair in _led(text)


def test_a_stand_in_after_an_unnamed_project_is_not_the_named_one() -> None:
    text = (
        "Das Projekt „Lotsenhaus“ berät Zugewanderte. Die Stiftung Brückenbau startet zudem ein weiteres Projekt. "
        "Das Projekt leitet Anna Probe."
    )
    assert not _led(text)


# ---------------------------------------------------------------- mandates and parties around them


def _parties(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Titel\n\n" + text).relations if p == "memberOf"}


@pytest.mark.parametrize(
    ("text", "person", "party", "mandate"),
    [
        ("Karl Muster (MdL, SPD) besuchte die Beratungsstelle.", "Karl Muster", "Sozialdemokratische", "MdL"),
        ("Eva Tanner, MdB (Grüne), besuchte die Beratungsstelle.", "Eva Tanner", "Grünen", "MdB"),
        ("Am Rundgang nahm Jonas Sommer MdL (CDU) teil.", "Jonas Sommer", "Christlich", "MdL"),
    ],
)
def test_a_party_in_brackets_after_a_mandate_is_the_persons(
    text: str, person: str, party: str, mandate: str
) -> None:
    facts = facts_of("Titel\n\n" + text)
    assert any(s == person and p == "memberOf" and party in o for s, p, o in facts.relations)
    assert (person, mandate, None) in facts.roles


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "Karl Muster (Die Linke), Mitglied des Landtags, besuchte das Projekt.",
            "Karl Muster",
            "Mitglied des Landtags",
        ),
        ("Eva Tanner (SPD), MdL, besuchte das Projekt.", "Eva Tanner", "MdL"),
        ("Anna Probe (Grüne), Mitglied des Bundestages, sprach.", "Anna Probe", "Mitglied des Bundestages"),
    ],
)
def test_a_mandate_after_the_party_in_brackets_is_a_role(text: str, person: str, title: str) -> None:
    assert (person, title, None) in _roles(text)


# ---------------------------------------------------------------- an office held by a person is no body


@pytest.mark.parametrize(
    "text",
    [
        "Die Parlamentarische Staatssekretärin beim Bundesminister für Arbeit und Soziales, Eva Tanner, sprach.",
        "Eva Tanner, Parlamentarische Staatssekretärin beim Bundesminister für Arbeit, eröffnete die Tagung.",
        "Es sprach Eva Tanner, Staatssekretärin bei der Beauftragten für Integration.",
    ],
)
def test_a_title_after_an_office_held_by_a_person_still_names_the_holder(text: str) -> None:
    assert {r[0] for r in _roles(text)} == {"Eva Tanner"}


# ---------------------------------------------------------------- an ordinal before a board's seat


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Karl Muster, 1. Vorsitzender des Vereins Lernwerk e. V., sprach.",
            ("Karl Muster", "1. Vorsitzender", "Lernwerk e. V."),
        ),
        (
            "Der Erste Vorsitzende des Vereins Lernwerk e. V., Jonas Sommer, dankte allen.",
            ("Jonas Sommer", "Erster Vorsitzender", "Lernwerk e. V."),
        ),
        (
            "Die 2. Vorsitzende der Stiftung Brückenbau, Anna Probe, eröffnete die Sitzung.",
            ("Anna Probe", "2. Vorsitzende", "Stiftung Brückenbau"),
        ),
    ],
)
def test_an_ordinal_before_a_seat_belongs_to_the_title(text: str, role: tuple[str, str, str]) -> None:
    assert role in _roles(text)


# ---------------------------------------------------------------- where the unit is, between the verb and the unit


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Eva Tanner leitet bei der Lernwerk gGmbH das Projekt „Brücke Pflege“.",
            ("Brücke Pflege", "Eva Tanner"),
        ),
        (
            "Seit Mai leitet Karl Muster beim Verein Lernwerk e. V. das Projekt „Lotsenhaus“.",
            ("Lotsenhaus", "Karl Muster"),
        ),
        (
            "Anna Probe leitet seit 2019 im Caritasverband Oberland die Beratungsstelle „Anerkennung Nord“.",
            ("Beratungsstelle „Anerkennung Nord“", "Anna Probe"),
        ),
    ],
)
def test_a_place_phrase_between_the_verb_of_leading_and_the_unit(text: str, pair: tuple[str, str]) -> None:
    assert pair in _led(text)


def test_a_unit_after_a_second_clause_is_not_led_by_the_first_subject() -> None:
    text = "Eva Tanner leitet bei der Lernwerk gGmbH die Abteilung Bildung, das Projekt „Lotsenhaus“ betreut Karl Muster."
    assert ("Lotsenhaus", "Eva Tanner") not in _led(text)


# ---------------------------------------------------------------- "X ist für die Y als Z tätig"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Eva Tanner ist seit 2019 für das IQ Netzwerk Sachsen als Koordinatorin tätig.",
            ("Eva Tanner", "Koordinatorin", "IQ Netzwerk Sachsen"),
        ),
        (
            "Karl Muster arbeitet für den Caritasverband Oberland als Berater.",
            ("Karl Muster", "Berater", "Caritasverband Oberland"),
        ),
        (
            "Anna Probe war zuvor für die Stiftung Brückenbau als Referentin tätig.",
            ("Anna Probe", "Referentin", "Stiftung Brückenbau"),
        ),
    ],
)
def test_the_body_worked_for_before_als_and_a_title(text: str, role: tuple[str, str, str]) -> None:
    assert role in _roles(text)


# ---------------------------------------------------------------- "Die X hat eine neue Y: Z"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Das IQ Netzwerk Sachsen hat eine neue Koordinatorin: Eva Tanner übernimmt ab Mai.",
            ("Eva Tanner", "Koordinatorin", "IQ Netzwerk Sachsen"),
        ),
        (
            "Die Stiftung Brückenbau hat einen neuen Vorsitzenden: Karl Muster wurde am Montag gewählt.",
            ("Karl Muster", "Vorsitzender", "Stiftung Brückenbau"),
        ),
        (
            "Das Projekt „Lotsenhaus“ hat seit Mai eine neue Leiterin: Dr. Anna Probe.",
            ("Anna Probe", "Leiterin", "Lotsenhaus"),
        ),
    ],
)
def test_a_body_announcing_a_new_holder_after_a_colon(text: str, role: tuple[str, str, str]) -> None:
    assert role in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Lernwerk gGmbH hat eine neue Geschäftsführerin: Karl Muster bleibt aber im Amt.",
        "Der Verein Lernwerk e. V. hat eine neue Satzung: Karl Muster stellte sie vor.",
    ],
)
def test_no_new_holder_where_the_gender_or_the_noun_does_not_fit(text: str) -> None:
    assert not _roles(text)


# ---------------------------------------------------------------- how long, and the perfect of leading


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Eva Tanner folgt auf Karl Muster, der das IQ Netzwerk Sachsen zehn Jahre leitete.",
            ("IQ Netzwerk Sachsen", "Karl Muster"),
        ),
        (
            "Karl Muster, der das Projekt „Lotsenhaus“ viele Jahre lang geleitet hat, geht in Rente.",
            ("Lotsenhaus", "Karl Muster"),
        ),
        (
            "Anna Probe hat das IQ Netzwerk Sachsen 12 Jahre koordiniert.",
            ("IQ Netzwerk Sachsen", "Anna Probe"),
        ),
        (
            "Jonas Sommer leitete sieben Jahre das Projekt „Wegweiser Arbeit“.",
            ("Wegweiser Arbeit", "Jonas Sommer"),
        ),
    ],
)
def test_a_duration_or_the_perfect_still_reads_leading(text: str, pair: tuple[str, str]) -> None:
    assert pair in _led(text)


@pytest.mark.parametrize(
    "text",
    [
        "Anna Probe hatte das IQ Netzwerk Hessen bereits besucht.",
        "Anna Probe hat das IQ Netzwerk Hessen zwei Jahre beraten, geleitet hat es Karl Muster.",
    ],
)
def test_another_participle_after_the_unit_is_no_leading(text: str) -> None:
    assert not {pair for pair in _led(text) if pair[1] == "Anna Probe"}


# ---------------------------------------------------------------- an authorised officer, a village's head


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eva Tanner, Prokuristin der Lernwerk gGmbH, sprach.",
            {("Eva Tanner", "Prokuristin", "Lernwerk gGmbH")},
        ),
        ("Ortsvorsteher Karl Muster begrüßte die Gäste.", {("Karl Muster", "Ortsvorsteher", None)}),
        (
            "Die Prokuristen Anna Probe und Jonas Sommer unterschrieben.",
            {("Anna Probe", "Prokuristin", None), ("Jonas Sommer", "Prokurist", None)},
        ),
    ],
)
def test_an_officer_and_a_village_head_are_posts(
    text: str, expected: set[tuple[str, str, str | None]]
) -> None:
    assert _roles(text) == expected
