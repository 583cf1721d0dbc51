"""Roles and names in constructions read since issue 11's second round: a pronoun standing for the holder,
a plural masculine title shared by a list, a portfolio closed by an organisation, role nouns that are no
family names. Invented sentences, three or more variants each."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _facts(body: str):  # type: ignore[no-untyped-def]
    return facts_of("Titel\n\n" + body)


# ---------------------------------------------------------------- a pronoun for the holder


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Die Moderation hatte Sabine Winter. Sie war zuvor Referentin bei der Brückenbau gGmbH.",
            ("Sabine Winter", "Referentin", "Brückenbau gGmbH"),
        ),
        (
            "Karl Muster stellte das Projekt vor. Er ist seit 2019 Geschäftsführer der Stiftung Lichtblick.",
            ("Karl Muster", "Geschäftsführer", "Stiftung Lichtblick"),
        ),
        (
            "Neu im Team ist Greta Probe. Zuvor war sie Leiterin des Vereins Brückenbau e. V.",
            ("Greta Probe", "Leiterin", "Brückenbau e. V."),
        ),
        (
            "Den Vortrag hielt Jonas Sommer. Seit 2018 ist er zudem Vorsitzender der Stiftung Lichtblick.",
            ("Jonas Sommer", "Vorsitzender", "Stiftung Lichtblick"),
        ),
        (
            "Es berichtete Lena Vogel. Sie arbeitet seit 2020 als Beraterin bei der Handwerkskammer Kassel.",
            ("Lena Vogel", "Beraterin", "Handwerkskammer Kassel"),
        ),
    ],
)
def test_a_pronoun_opening_the_sentence_stands_for_the_person_before(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "holder", "other"),
    [
        (
            "Karl Muster und Greta Probe sprachen. Sie war bis 2020 Leiterin der Stiftung Lichtblick.",
            "Greta Probe",
            "Karl Muster",
        ),
        (
            "Greta Probe und Karl Muster sprachen. Er war bis 2020 Leiter der Stiftung Lichtblick.",
            "Karl Muster",
            "Greta Probe",
        ),
        (
            "Anna Versuch dankte Ole Beispiel. Er ist Vorsitzender der Stiftung Lichtblick.",
            "Ole Beispiel",
            "Anna Versuch",
        ),
    ],
)
def test_the_pronoun_takes_the_person_of_its_gender(body: str, holder: str, other: str) -> None:
    holders = {person for person, _, _ in _facts(body).roles}
    assert holder in holders and other not in holders


@pytest.mark.parametrize(
    "body",
    [
        "Petra Beispiel dankte. Sie ist Ärztin und lebt in Kassel.",  # a profession, no post
        "Petra Beispiel dankte. Er ist Leiter der Stiftung Lichtblick.",  # no man named before
        "Sie ist Leiterin der Stiftung Lichtblick.",  # no one named before
        "Petra Beispiel und Eike Muster sprachen. Sie ist Leiterin der Stiftung Lichtblick.",  # Eike: either
    ],
)
def test_a_pronoun_without_a_fitting_person_or_body_gives_no_role(body: str) -> None:
    assert not any(org == "Stiftung Lichtblick" or title == "Ärztin" for _, title, org in _facts(body).roles)


# ---------------------------------------------------------------- a plural title shared by a list


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Die Geschäftsführer Paul Regen und Lisa Sonne begrüßten die Gäste.", ("Paul Regen", "Lisa Sonne")),
        ("Es sprachen die beiden Referenten Karl Muster und Jonas Sommer.", ("Karl Muster", "Jonas Sommer")),
        ("Die Berater Ole Beispiel und Jonas Sommer stellten sich vor.", ("Ole Beispiel", "Jonas Sommer")),
    ],
)
def test_a_plural_masculine_title_goes_to_every_name_listed(body: str, people: tuple[str, str]) -> None:
    holders = {person for person, _, _ in _facts(body).roles}
    assert set(people) <= holders


def test_a_singular_accusative_title_is_one_mans() -> None:
    body = "Sie begrüßte den Geschäftsführer Paul Regen und Lisa Sonne."
    holders = {person for person, _, _ in _facts(body).roles}
    assert "Paul Regen" in holders and "Lisa Sonne" not in holders


# ---------------------------------------------------------------- a portfolio closed by an organisation


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Es diskutierten Anna Probe, Referentin für Migration, Caritasverband Kassel e. V., und andere.",
            ("Anna Probe", "Referentin für Migration", "Caritasverband Kassel e. V."),
        ),
        (
            "Karl Muster, Beauftragter für Integration, Stiftung Lichtblick, sprach zuletzt.",
            ("Karl Muster", "Beauftragter für Integration", "Stiftung Lichtblick"),
        ),
        (
            "Auf dem Podium: Greta Probe, Referentin für Bildung, Brückenbau gGmbH.",
            ("Greta Probe", "Referentin für Bildung", "Brückenbau gGmbH"),
        ),
    ],
)
def test_a_portfolio_list_ends_before_an_organisation(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


def test_a_portfolio_list_of_words_stays_whole() -> None:
    body = "Petra Beispiel, Senatorin für Bildung, Jugend und Familie, eröffnete den Tag."
    assert ("Petra Beispiel", "Senatorin für Bildung, Jugend und Familie", None) in _facts(body).roles


# ---------------------------------------------------------------- names and role nouns


@pytest.mark.parametrize(
    "body",
    [
        "Mit dabei war Ministerpräsident Otto Kranich. Seine Stellvertreterin, Ministerin Ida Falke, sprach.",
        "Es kam Landrat Otto Kranich. Seine Referentin, Dr. Ida Falke, begleitete ihn.",
        "Es kam Petra Beispiel. Ihre Projektleiterin, Ida Falke, stellte das Projekt vor.",
    ],
)
def test_a_possessive_and_a_role_noun_are_no_name(body: str) -> None:
    people = {label for kind, label in _facts(body).entities if kind == "Person"}
    assert not any(label.startswith(("Seine", "Ihre")) for label in people)
    assert "Ida Falke" in people


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Das Grußwort sprach Staatsrätin Mareike Lüdersen.", ("Mareike Lüdersen", "Staatsrätin", None)),
        ("Es kam auch Staatsrat Jonas Sommer.", ("Jonas Sommer", "Staatsrat", None)),
        ("Bundeskanzlerin Petra Beispiel besuchte die Messe.", ("Petra Beispiel", "Bundeskanzlerin", None)),
        ("Generalsekretär Karl Muster sprach zuerst.", ("Karl Muster", "Generalsekretär", None)),
    ],
)
def test_offices_of_governments_are_role_nouns(body: str, role: tuple[str, str, None]) -> None:
    assert role in _facts(body).roles


def test_an_office_ending_in_amt_is_no_role() -> None:
    body = "Petra Beispiel kam aus dem Bundeskanzleramt nach Kassel."
    assert not any(title.lower().endswith("amt") for _, title, _ in _facts(body).roles)


# ---------------------------------------------------------------- a possessive and the person named before


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "Petra Beispiel ist Vorsitzende des Vereins Brückenbau e. V. Ihr Stellvertreter wird Karl Muster.",
            "Karl Muster",
        ),
        (
            "Karl Muster leitet die Stiftung Lichtblick. Seine Stellvertreterin ist Greta Probe.",
            "Greta Probe",
        ),
        (
            "Greta Probe sprach für die Stiftung Lichtblick. Ihre Referentin Anna Versuch ergänzte.",
            "Anna Versuch",
        ),
    ],
)
def test_a_possessive_may_point_to_the_person_named_with_the_body(body: str, person: str) -> None:
    assert not any(holder == person and org is not None for holder, _, org in _facts(body).roles)


# ---------------------------------------------------------------- adjectives of time, spelled-out mandates


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Es sprach Anna Probe, die frühere Präsidentin der Hochschule Fulda.",
            ("Anna Probe", "frühere Präsidentin", "Hochschule Fulda"),
        ),
        (
            "Der designierte Leiter der Stiftung Lichtblick, Karl Muster, stellte sich vor.",
            ("Karl Muster", "designierter Leiter", "Stiftung Lichtblick"),
        ),
        (
            "Karl Muster dankte der früheren Leiterin der Stiftung Lichtblick Greta Probe.",
            ("Greta Probe", "frühere Leiterin", "Stiftung Lichtblick"),
        ),
    ],
)
def test_an_adjective_of_time_before_the_role_noun(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Tom Regen, Mitglied des Landtags, gratulierte.", ("Tom Regen", "Mitglied des Landtags", None)),
        (
            "Es sprach Petra Beispiel, Mitglied des Deutschen Bundestages.",
            ("Petra Beispiel", "Mitglied des Deutschen Bundestages", None),
        ),
        (
            "Greta Probe, Mitglied des Europäischen Parlaments, kam später.",
            ("Greta Probe", "Mitglied des Europäischen Parlaments", None),
        ),
    ],
)
def test_a_mandate_spelled_out_in_apposition(body: str, role: tuple[str, str, None]) -> None:
    assert role in _facts(body).roles


# ---------------------------------------------------------------- leading, said in a relative clause


@pytest.mark.parametrize(
    ("body", "relation"),
    [
        (
            "„Gut so“, sagte Jonas Sommer, der das Teilprojekt „Brücken“ beim Verein Lernwerk e. V. leitet.",
            ("Brücken", "ledBy", "Jonas Sommer"),
        ),
        (
            "Es sprach Petra Beispiel, die das Projekt „Brücken“ seit 2019 beim Verein Lernwerk e. V. koordiniert.",
            ("Brücken", "ledBy", "Petra Beispiel"),
        ),
        (
            "Karl Muster, der das Projekt „Brücken“ an der Hochschule Fulda leitet, sprach.",
            ("Brücken", "ledBy", "Karl Muster"),
        ),
    ],
)
def test_where_the_body_is_may_stand_before_the_verb_of_leading(
    body: str, relation: tuple[str, str, str]
) -> None:
    assert relation in _facts(body).relations


def test_a_second_verb_joined_by_und_is_not_skipped() -> None:
    body = (
        "Karl Muster, der das Projekt „Brücken“ beim Verein Lernwerk e. V. vertritt und die Beratung leitet."
    )
    assert ("Brücken", "ledBy", "Karl Muster") not in _facts(body).relations


# ---------------------------------------------------------------- a family name after a form of address


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Frau Beispiel begrüßte die Gäste im Saal.", "Beispiel"),
        ("Wir danken Herrn Muster für die Unterstützung.", "Muster"),
        ("Frau Dr. Probenbach stellte die Studie vor.", "Probenbach"),
        ("Senator Dr. Musterfeld eröffnete den Abend.", "Musterfeld"),
    ],
)
def test_a_family_name_after_a_form_of_address_or_title(body: str, name: str) -> None:
    people = {label for kind, label in _facts(body).entities if kind == "Person"}
    assert people == {name}


@pytest.mark.parametrize(
    "body",
    [
        "Frau Ministerin sprach zuerst.",  # a title, no name
        "Die Ehefrau Beispiel kam.",  # "frau" inside a word is no form of address
        "Frau Petra Beispiel sprach. Frau Beispiel dankte.",  # the full name is known
    ],
)
def test_no_second_person_from_a_form_of_address(body: str) -> None:
    people = {label for kind, label in _facts(body).entities if kind == "Person"}
    assert people <= {"Petra Beispiel"}


# ---------------------------------------------------------------- the body named in the sentence before


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Die Brückenbau gGmbH feierte Jubiläum. Geschäftsführerin Petra Beispiel dankte dem Team.",
            ("Petra Beispiel", "Geschäftsführerin", "Brückenbau gGmbH"),
        ),
        (
            "Die Stiftung Lichtblick lud nach Kassel ein. Die Gäste begrüßte ihr Vorsitzender Karl Muster.",
            ("Karl Muster", "Vorsitzender", "Stiftung Lichtblick"),
        ),
        (
            "Der Verein Brückenbau e. V. berät seit 2010. Projektleiterin Anna Probe erklärt das Angebot.",
            ("Anna Probe", "Projektleiterin", "Brückenbau e. V."),
        ),
        (
            "Das IQ Netzwerk Bremen stellt sich neu auf. Neue Koordinatorin wird Greta Probe.",
            ("Greta Probe", "Koordinatorin", "IQ Netzwerk Bremen"),
        ),
    ],
)
def test_a_post_takes_the_one_body_of_the_sentence_before(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    "body",
    [
        "Die Stiftung Lichtblick lud ein. Bürgermeister Karl Muster sprach.",  # an office of government
        "Die Stiftung Lichtblick lud ein. Moderatorin Anna Probe führte durch den Abend.",  # a profession
        "Die Stiftung Lichtblick und die Brückenbau gGmbH luden ein. Geschäftsführerin Anna Probe sprach.",
        "Greta Probe von der Stiftung Lichtblick sprach. Geschäftsführerin Anna Probe dankte.",  # a person too
    ],
)
def test_no_body_from_the_sentence_before_when_it_is_not_plain(body: str) -> None:
    assert not any(person == "Anna Probe" and org for person, _, org in _facts(body).roles)
    assert not any(person == "Karl Muster" and org for person, _, org in _facts(body).roles)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Chiamaka Okonkwo leitet die Beratung in Kiel.", "Chiamaka Okonkwo"),
        ("Gemeinsam mit Tadesse Bekele betreut sie die Ratsuchenden.", "Tadesse Bekele"),
        ("Obinna Eze stellte die Ergebnisse vor.", "Obinna Eze"),
        ("Die Beratung übernahm Zarmina Beispiel aus Kabul.", "Zarmina Beispiel"),
    ],
)
def test_given_names_the_name_list_lacks(body: str, name: str) -> None:
    assert ("Person", name) in _facts(body).entities


# ---------------------------------------------------------------- a body before "als"


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Petra Beispiel ist bei der Brückenbau gGmbH als Referentin tätig.",
            ("Petra Beispiel", "Referentin", "Brückenbau gGmbH"),
        ),
        (
            "Bei der Brückenbau gGmbH ist Petra Beispiel als Referentin tätig.",
            ("Petra Beispiel", "Referentin", "Brückenbau gGmbH"),
        ),
        (
            "Karl Muster, der seit 2018 beim Verein Lernwerk e. V. als Berater arbeitet, sprach.",
            ("Karl Muster", "Berater", "Lernwerk e. V."),
        ),
        (
            "Greta Probe, die seit 2019 als Geschäftsführerin der Stiftung Lichtblick tätig ist, sprach.",
            ("Greta Probe", "Geschäftsführerin", "Stiftung Lichtblick"),
        ),
    ],
)
def test_the_body_a_person_works_for_in_some_capacity(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    "body",
    [
        "Petra Beispiel sprach bei der Brückenbau gGmbH als Expertin.",  # speaking there is no post
        "Karl Muster referierte im Verein Lernwerk e. V. als Gast.",
        "Greta Probe trat bei der Stiftung Lichtblick als Rednerin auf.",
    ],
)
def test_acting_at_a_body_in_some_capacity_is_no_post_there(body: str) -> None:
    assert not any(org for _, _, org in _facts(body).roles)


# ---------------------------------------------------------------- a fronted adverbial: copula, name, role


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Zuvor war Sabine Winter Referentin bei der Brückenbau gGmbH.",
            ("Sabine Winter", "Referentin", "Brückenbau gGmbH"),
        ),
        (
            "Seit 2019 ist Dr. Karl Muster Geschäftsführer der Stiftung Lichtblick.",
            ("Karl Muster", "Geschäftsführer", "Stiftung Lichtblick"),
        ),
        (
            "Bis zum Frühjahr war Greta Probe stellvertretende Leiterin des Vereins Brückenbau e. V.",
            ("Greta Probe", "stellvertretende Leiterin", "Brückenbau e. V."),
        ),
        (
            "Künftig wird Jonas Sommer Vorsitzender der Stiftung Lichtblick.",
            ("Jonas Sommer", "Vorsitzender", "Stiftung Lichtblick"),
        ),
    ],
)
def test_the_holder_between_a_fronted_copula_and_the_role(body: str, role: tuple[str, str, str]) -> None:
    facts = _facts(body)
    assert role in facts.roles
    assert ("Person", role[0]) in facts.entities  # the role noun after the name is no family name


@pytest.mark.parametrize(
    "body",
    [
        "Heute ist Sabine Winter Gast der Stiftung Lichtblick.",
        "Damit war Karl Muster Teil der Runde.",
        "Zuvor war Greta Probe in Kassel.",
    ],
)
def test_a_copula_before_a_name_without_a_role_noun_gives_no_role(body: str) -> None:
    assert not _facts(body).roles


# ---------------------------------------------------------------- "des Vereins": the one body of that kind


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Der Verein Brückenbau e. V. lädt ein. Die Vorsitzende des Vereins, Sabine Winter, begrüßte alle.",
            ("Sabine Winter", "Vorsitzende", "Brückenbau e. V."),
        ),
        (
            "Auch Lichtblick e. V. hat ein Büro. Karl Muster, Geschäftsführer des Vereins, stellte es vor.",
            ("Karl Muster", "Geschäftsführer", "Lichtblick e. V."),
        ),
        (
            "Die Handwerkskammer Kassel startet ein Angebot. Der Präsident der Kammer, Jonas Sommer, warb dafür.",
            ("Jonas Sommer", "Präsident", "Handwerkskammer Kassel"),
        ),
    ],
)
def test_a_kind_noun_in_the_genitive_names_the_one_body_of_that_kind_before(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


def test_a_kind_noun_names_no_body_when_two_of_that_kind_came_before() -> None:
    body = (
        "Der Verein Brückenbau e. V. und der Verein Lichtblick e. V. laden ein. "
        "Die Vorsitzende des Vereins, Sabine Winter, begrüßte alle."
    )
    assert not any(org for _, _, org in _facts(body).roles)


# ---------------------------------------------------------------- an office of a network, then the holder


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Als Leiter der Koordinierungsstelle des IQ Netzwerks Hessen stellte Uwe Konzept die Zahlen vor.",
            ("Uwe Konzept", "Leiter", "Koordinierungsstelle des IQ Netzwerks Hessen"),
        ),
        (
            "Als Leiterin der Koordinierungsstelle des IQ Netzwerks Sachsen begrüßte Ute Konzept die Gäste.",
            ("Ute Konzept", "Leiterin", "Koordinierungsstelle des IQ Netzwerks Sachsen"),
        ),
        (
            "In ihrer Funktion als Mitarbeiterin der Koordinierungsstelle des IQ Netzwerks Sachsen sprach Eva Probe.",
            ("Eva Probe", "Mitarbeiterin", "Koordinierungsstelle des IQ Netzwerks Sachsen"),
        ),
        (
            "Leiterin der Koordinierungsstelle des IQ Netzwerks Hessen ist seit Mai Eva Probe.",
            ("Eva Probe", "Leiterin", "Koordinierungsstelle des IQ Netzwerks Hessen"),
        ),
    ],
)
def test_the_holder_of_an_office_is_found_after_the_network_it_belongs_to(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    "body",
    [
        "Der Leiter der Koordinierungsstelle des IQ Netzwerks Hessen dankte Uwe Konzept.",
        "Die Leiterin der Koordinierungsstelle des IQ Netzwerks Sachsen begrüßte Uwe Konzept.",
        "Der Leiter der Koordinierungsstelle des IQ Netzwerks Hessen und Uwe Konzept luden ein.",
    ],
)
def test_a_name_after_the_office_and_a_verb_is_not_its_holder_without_als(body: str) -> None:
    assert not any(person == "Uwe Konzept" for person, _, _ in _facts(body).roles)


# ---------------------------------------------------------------- "des Landes" named no further


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Die Integrationsbeauftragte des Landes, Doris Beispiel, betonte die Bedeutung.",
            ("Doris Beispiel", "Integrationsbeauftragte des Landes", None),
        ),
        (
            "Karl Muster, Ausländerbeauftragter des Landes, sprach ein Grußwort.",
            ("Karl Muster", "Ausländerbeauftragter des Landes", None),
        ),
        (
            "Es sprach die Beauftragte des Landes, Greta Probe.",
            ("Greta Probe", "Beauftragte des Landes", None),
        ),
        (
            "Die Sozialdezernentin der Stadt, Kirsten Probe, erinnerte an die Anfänge.",
            ("Kirsten Probe", "Sozialdezernentin der Stadt", None),
        ),
        (
            "Karl Muster, Integrationsbeauftragter des Kreises, sprach.",
            ("Karl Muster", "Integrationsbeauftragter des Kreises", None),
        ),
    ],
)
def test_a_role_of_the_land_named_no_further_keeps_its_genitive_and_no_body(
    body: str, role: tuple[str, str, None]
) -> None:
    assert role in _facts(body).roles


def test_a_land_named_after_landes_stays_part_of_the_title() -> None:
    body = "Anna Probe, Ausländerbeauftragte des Landes Brandenburg, sprach."
    assert ("Anna Probe", "Ausländerbeauftragte des Landes Brandenburg", None) in _facts(body).roles


# ---------------------------------------------------------------- the body of the sentence before: not a payer


@pytest.mark.parametrize(
    "body",
    [
        "Gefördert wird der Kurs vom Bundesamt für Migration und Flüchtlinge. Kursleiterin Eva Sommer ist zufrieden.",
        "Der Kurs wird durch die Stiftung Lichtblick finanziert. Projektleiterin Eva Sommer freut sich.",
        "Das Angebot entstand gemeinsam mit der Handwerkskammer Kassel. Geschäftsführerin Eva Sommer dankte.",
    ],
)
def test_staff_are_not_placed_in_the_payer_or_partner_of_the_sentence_before(body: str) -> None:
    roles = {(person, org) for person, _, org in _facts(body).roles}
    assert roles == {("Eva Sommer", None)}


def test_staff_are_still_placed_in_the_subject_body_of_the_sentence_before() -> None:
    body = "Die Stiftung Lichtblick zog Bilanz. Projektleiterin Eva Sommer dankte dem Team."
    assert ("Eva Sommer", "Projektleiterin", "Stiftung Lichtblick") in _facts(body).roles


# ---------------------------------------------------------------- an adjectival title in "-en" before a list


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        (
            "Die Anfrage der Abgeordneten Jutta Probe (GRÜNE) und Karl Beispiel (FDP) liegt vor.",
            {("Jutta Probe", "Abgeordnete"), ("Karl Beispiel", "Abgeordneter")},
        ),
        (
            "Es sprachen die Beauftragten Karl Muster und Eva Probe.",
            {("Karl Muster", "Beauftragter"), ("Eva Probe", "Beauftragte")},
        ),
        (
            "Die Integrationsbeauftragten Eva Probe, Karl Muster und Anna Sommer kamen.",
            {
                ("Eva Probe", "Integrationsbeauftragte"),
                ("Karl Muster", "Integrationsbeauftragter"),
                ("Anna Sommer", "Integrationsbeauftragte"),
            },
        ),
    ],
)
def test_an_adjectival_title_in_en_is_shared_by_the_names_listed_after_it(
    body: str, roles: set[tuple[str, str]]
) -> None:
    assert {(person, title) for person, title, _ in _facts(body).roles} == roles


def test_one_name_after_an_adjectival_title_in_en_is_one_holder() -> None:
    body = "Der Beauftragten Eva Probe dankte Karl Muster."
    assert {(person, title) for person, title, _ in _facts(body).roles} == {("Eva Probe", "Beauftragte")}


# ---------------------------------------------------------------- a Land's minister is not in a federal ministry

_FEDERAL = "Das Bundesministerium für Arbeit und Soziales fördert das Programm. "


@pytest.mark.parametrize(
    ("body", "holder"),
    [
        (_FEDERAL + "Hamburgs Sozialsenatorin Anna Probe besuchte die Stelle.", "Anna Probe"),
        (_FEDERAL + "Die Hamburger Sozialsenatorin Anna Probe kam auch.", "Anna Probe"),
        (_FEDERAL + "Die niedersächsische Sozialministerin Anna Probe kam auch.", "Anna Probe"),
        (_FEDERAL + "Hessens Sozialminister Karl Muster sprach ein Grußwort.", "Karl Muster"),
    ],
)
def test_a_senator_or_a_lands_minister_is_not_placed_in_the_federal_ministry(body: str, holder: str) -> None:
    assert {org for person, _, org in _facts(body).roles if person == holder} == {None}


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            _FEDERAL + "Arbeitsminister Karl Muster sprach.",
            ("Karl Muster", "Arbeitsminister", "Bundesministerium für Arbeit und Soziales"),
        ),
        (
            "Das Hessische Ministerium für Soziales und Integration fördert. Hessens Sozialminister Karl Muster sprach.",
            ("Karl Muster", "Sozialminister", "Hessisches Ministerium für Soziales und Integration"),
        ),
    ],
)
def test_a_minister_is_still_placed_in_the_one_fitting_ministry(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


# ---------------------------------------------------------------- taking an office, a time before or after the holder


@pytest.mark.parametrize(
    "body",
    [
        "Zum 1. Mai übernimmt Miriam Testfrau die Leitung der Stiftung Lichtblick.",
        "Miriam Testfrau übernimmt zum 1. Mai die Leitung der Stiftung Lichtblick.",
        "Im Juni übernahm Dr. Miriam Testfrau die Leitung der Stiftung Lichtblick.",
    ],
)
def test_taking_over_an_office_names_its_holder_in_either_order(body: str) -> None:
    assert ("Miriam Testfrau", "Leitung", "Stiftung Lichtblick") in _facts(body).roles


def test_taking_over_costs_is_no_office() -> None:
    assert _facts("Zum 1. Mai übernimmt Miriam Testfrau die Kosten der Stiftung Lichtblick.").roles == set()


# ---------------------------------------------------------------- sixth round: asides, participles, anaphora


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Petra Beispiel (52) ist Geschäftsführerin des Vereins Lernhaus e.V.",
            ("Petra Beispiel", "Geschäftsführerin", "Lernhaus e.V."),
        ),
        (
            "Karl Muster (SPD) ist Sozialdezernent der Stadt Kassel.",
            ("Karl Muster", "Sozialdezernent", "Stadt Kassel"),
        ),
        (
            "Anna Probe (Kassel), Beraterin bei der Brückenbau gGmbH, kennt die Wege.",
            ("Anna Probe", "Beraterin", "Brückenbau gGmbH"),
        ),
    ],
)
def test_an_age_party_or_town_in_brackets_after_the_name_keeps_its_role(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


def test_a_role_in_brackets_after_the_name_is_still_read() -> None:
    assert ("Petra Beispiel", "Senatorin für Arbeit", None) in _facts(
        "Petra Beispiel (Senatorin für Arbeit) eröffnete die Tagung."
    ).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Petra Beispiel, Geschäftsführerin der in Kassel ansässigen Lernhaus gGmbH, zog Bilanz.",
            ("Petra Beispiel", "Geschäftsführerin", "Lernhaus gGmbH"),
        ),
        (
            "Karl Muster, Vorstand des in Erfurt gegründeten Vereins Brückenbau e.V., sprach.",
            ("Karl Muster", "Vorstand", "Brückenbau e.V."),
        ),
        (
            "Anna Probe ist Beraterin bei der in Gießen tätigen Lernwerk gGmbH.",
            ("Anna Probe", "Beraterin", "Lernwerk gGmbH"),
        ),
    ],
)
def test_a_participle_with_its_place_between_article_and_body(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "unit", "head"),
    [
        (
            "Petra Beispiel, die seit 2019 das Projekt „Wegweiser“ leitet, freut sich.",
            "Wegweiser",
            "Petra Beispiel",
        ),
        (
            "Karl Muster, der bereits seit drei Jahren die Beratungsstelle „Kompass“ leitet, lobt das Team.",
            "Beratungsstelle „Kompass“",
            "Karl Muster",
        ),
        ("Anna Probe, die 2021 das Projekt „Lotse“ koordinierte, erinnert sich.", "Lotse", "Anna Probe"),
    ],
)
def test_a_time_before_the_object_of_a_relative_clause_of_leading(body: str, unit: str, head: str) -> None:
    assert (unit, "ledBy", head) in _facts(body).relations


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Petra Beispiel kennt das Problem. Die Juristin ist seit 2019 Geschäftsführerin der Lernhaus gGmbH.",
            ("Petra Beispiel", "Geschäftsführerin", "Lernhaus gGmbH"),
        ),
        (
            "Anna Probe kennt das Problem. Die 45-Jährige arbeitet als Beraterin bei der Brückenbau gGmbH.",
            ("Anna Probe", "Beraterin", "Brückenbau gGmbH"),
        ),
        (
            "Karl Muster kennt das Problem. Der 38-Jährige war zuvor Referent bei der Stiftung Lichtblick.",
            ("Karl Muster", "Referent", "Stiftung Lichtblick"),
        ),
        (
            "Petra Beispiel lacht. Die gebürtige Kasselerin ist Vorsitzende des Vereins Lernhaus e.V.",
            ("Petra Beispiel", "Vorsitzende", "Lernhaus e.V."),
        ),
    ],
)
def test_a_person_noun_after_her_name_stands_for_her(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    "body",
    [
        "Karl Muster kennt das Problem. Die Juristin ist seit 2019 Geschäftsführerin der Lernhaus gGmbH.",
        "Petra Beispiel kennt das Problem. Die Medizin ist seit Jahren Partnerin der Lernhaus gGmbH.",
        "Petra Beispiel kennt das Problem. Der Verein ist seit 2019 Träger der Beratungsstelle.",
    ],
)
def test_a_noun_that_is_not_hers_stands_for_nobody(body: str) -> None:
    assert not _facts(body).roles


# ---------------------------------------------------------------- a title in the genitive before the name


@pytest.mark.parametrize(
    ("body", "person", "title"),
    [
        (
            "Nach dem Grußwort des Geschäftsführers Jan Ott begann der Austausch.",
            "Jan Ott",
            "Geschäftsführer",
        ),
        (
            "Die Rede des Oberbürgermeisters Sven Reiter fand viel Beifall.",
            "Sven Reiter",
            "Oberbürgermeister",
        ),
        ("Auf Bitte des Landrats Uwe Kern stellte die Stelle ihre Zahlen vor.", "Uwe Kern", "Landrat"),
        ("Es folgte die Antwort des Staatssekretärs Timo Brand.", "Timo Brand", "Staatssekretär"),
        ("Im Namen des Koordinators Emil Roth dankte das Team allen.", "Emil Roth", "Koordinator"),
    ],
)
def test_a_masculine_title_in_the_genitive_is_given_in_the_nominative(
    body: str, person: str, title: str
) -> None:
    roles = {(r[0], r[1]) for r in _facts(body).roles}
    assert (person, title) in roles


# ---------------------------------------------------------------- a body named by its kind alone


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Der Leiter des Jobcenters, Emil Roth, lobte die Zusammenarbeit.",
            ("Emil Roth", "Leiter des Jobcenters"),
        ),
        (
            "Die Sprecherin des Flüchtlingsrats, Ayla Stern, kritisierte die langen Wartezeiten.",
            ("Ayla Stern", "Sprecherin des Flüchtlingsrats"),
        ),
        (
            "Emil Roth, Präsident der Handwerkskammer, sprach von einem guten Jahr.",
            ("Emil Roth", "Präsident der Handwerkskammer"),
        ),
        (
            "Die Vorsitzende des Integrationsbeirats, Ayla Stern, dankte allen.",
            ("Ayla Stern", "Vorsitzende des Integrationsbeirats"),
        ),
    ],
)
def test_a_body_named_by_its_kind_alone_stays_in_the_title(body: str, role: tuple[str, str]) -> None:
    assert (*role, None) in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Der Leiter des Jobcenters Werra-Meißner, Emil Roth, lobte die Zusammenarbeit.",
            ("Emil Roth", "Leiter", "Jobcenter Werra-Meißner"),
        ),
        (
            "Ayla Stern, Präsidentin der kanadischen Maple Foundation, sprach.",
            ("Ayla Stern", "Präsidentin", "Maple Foundation"),
        ),
    ],
)
def test_a_named_body_after_the_title_is_the_roles_organisation(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


# ---------------------------------------------------------------- a project post in the release's one project


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Das Projekt „Wege in Arbeit“ berät Zugewanderte. Projektleiterin Merle Stein zieht eine gute Bilanz.",
            ("Merle Stein", "Projektleiterin", "Wege in Arbeit"),
        ),
        (
            "Seit Mai läuft das Projekt „Neustart Pflege“. Es koordiniert Projektkoordinator Jan Ott.",
            ("Jan Ott", "Projektkoordinator", "Neustart Pflege"),
        ),
        (
            "Im Projekt „Job-Brücke“ beraten drei Fachleute. Projektmitarbeiterin Ayla Stern erklärt die Abläufe.",
            ("Ayla Stern", "Projektmitarbeiterin", "Job-Brücke"),
        ),
    ],
)
def test_a_project_post_without_a_body_is_in_the_releases_one_project(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    "body",
    [
        "Die Projekte „Wege in Arbeit“ und „Neustart Pflege“ beraten. Projektleiterin Merle Stein zieht Bilanz.",
        "Projektleiterin Merle Stein zieht eine gute Bilanz.",
    ],
)
def test_a_project_post_with_no_or_several_projects_named_has_no_organisation(body: str) -> None:
    assert ("Merle Stein", "Projektleiterin", None) in _facts(body).roles


# ---------------------------------------------------------------- two titles of one person joined by "und"


@pytest.mark.parametrize(
    ("body", "second"),
    [
        (
            "Anna Berg, Geschäftsführerin der Lernwerk gGmbH und Vorsitzende der Stiftung Lichtblick, sprach.",
            ("Anna Berg", "Vorsitzende", "Stiftung Lichtblick"),
        ),
        (
            "Es antwortete Jan Ott, Leiter der Abteilung Integration der Stadt Kassel und Vorsitzender des "
            "Vereins Brückenbau e. V.",
            ("Jan Ott", "Vorsitzender", "Brückenbau e. V."),
        ),
        (
            "Lea Sommer, Referentin im Hessischen Ministerium für Soziales und Integration und Sprecherin der "
            "Stiftung Lichtblick, erklärte das Verfahren.",
            ("Lea Sommer", "Sprecherin", "Stiftung Lichtblick"),
        ),
    ],
)
def test_a_second_title_joined_by_und_is_the_same_persons(body: str, second: tuple[str, str, str]) -> None:
    assert second in _facts(body).roles


@pytest.mark.parametrize(
    "body",
    [
        "Anna Berg, Geschäftsführerin der Lernwerk gGmbH, und Jan Ott, Vorsitzender der Stiftung Lichtblick, sprachen.",
        "Es sprachen Anna Berg von der Lernwerk gGmbH und Referent Jan Ott.",
    ],
)
def test_a_title_with_its_own_holder_after_und_is_not_the_first_persons(body: str) -> None:
    roles = _facts(body).roles
    assert not any(r[0] == "Anna Berg" and r[1] in ("Vorsitzender", "Referent") for r in roles)


# ---------------------------------------------------------------- adjectives of the holder, not of the post


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Der 58-jährige Geschäftsführer der Stiftung Lichtblick, Hans Groß, begrüßte die Gäste.",
            ("Hans Groß", "Geschäftsführer", "Stiftung Lichtblick"),
        ),
        (
            "Die langjährige Leiterin des Vereins Brückenbau e. V., Greta Probe, verabschiedete sich.",
            ("Greta Probe", "Leiterin", "Brückenbau e. V."),
        ),
        (
            "Dem langjährigen Vorsitzenden der Stiftung Lichtblick, Karl Muster, dankte die Ministerin.",
            ("Karl Muster", "Vorsitzender", "Stiftung Lichtblick"),
        ),
        (
            "Die 35-jährige Referentin der Handwerkskammer Kassel, Lena Vogel, stellte das Angebot vor.",
            ("Lena Vogel", "Referentin", "Handwerkskammer Kassel"),
        ),
    ],
)
def test_age_and_years_in_the_post_are_no_part_of_the_title(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


def test_a_deputy_stays_in_the_title() -> None:
    roles = _facts("Die stellvertretende Leiterin des Vereins Brückenbau e. V., Greta Probe, sprach.").roles
    assert ("Greta Probe", "stellvertretende Leiterin", "Brückenbau e. V.") in roles


# ---------------------------------------------------------------- a compound's first part names a body named before


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Karl Muster ist Mitglied des Vereins Brückenbau e. V. Die Brückenbau-Mitarbeiterin Lena Vogel berichtete.",
            ("Lena Vogel", "Brückenbau-Mitarbeiterin", "Brückenbau e. V."),
        ),
        (
            "Die Handwerkskammer Kassel lud ein. HWK-Präsident Jonas Sommer begrüßte die Gäste.",
            ("Jonas Sommer", "HWK-Präsident", "Handwerkskammer Kassel"),
        ),
        (
            "Auch die Stiftung Lichtblick war dabei. Lichtblick-Vorstand Greta Probe dankte den Partnern.",
            ("Greta Probe", "Lichtblick-Vorstand", "Stiftung Lichtblick"),
        ),
    ],
)
def test_a_compound_s_first_part_names_a_body_named_before(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    "body",
    [
        "HWK-Präsident Jonas Sommer begrüßte die Gäste.",  # no chamber named
        "Die Handwerkskammer Kassel und die Handwerkskammer Fulda luden ein. HWK-Präsident Jonas Sommer sprach.",
        # "Caritas-Beraterin": the nationwide association, as "AWO-Beraterin" (test_extract_bodies_memberships.py)
        "Kita-Leiterin Lena Vogel berichtete von ihrer Arbeit.",
    ],
)
def test_a_compound_s_first_part_naming_no_one_body_leaves_the_role_without_one(body: str) -> None:
    assert all(org is None for _, _, org in _facts(body).roles)


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Gestern sprach die Bürgermeisterin der Hansestadt, Greta Lindholm, zu den Gästen.",
            ("Greta Lindholm", "Bürgermeisterin der Hansestadt", None),
        ),
        (
            "Die Staatssekretärin im Ministerium, Carla Behrendt, eröffnete die Runde.",
            ("Carla Behrendt", "Staatssekretärin im Ministerium", None),
        ),
        (
            "Das teilte die Bürgermeisterin der Kreisstadt, Anna Probe, mit.",
            ("Anna Probe", "Bürgermeisterin der Kreisstadt", None),
        ),
        (
            "Zum Auftakt begrüßte der Landrat des Kreises, Jan Beispiel, die Gäste.",
            ("Jan Beispiel", "Landrat des Kreises", None),
        ),
    ],
)
def test_a_title_with_an_unnamed_body_before_a_comma_and_a_name_keeps_the_body(
    body: str, role: tuple[str, str, None]
) -> None:
    assert role in _facts(body).roles


def test_a_ministry_is_no_role_noun() -> None:
    roles = _facts("Die Referentin im Ministerium, Anna Probe, sprach zuerst.").roles
    assert not [r for r in roles if r[1] == "Ministerium"]
