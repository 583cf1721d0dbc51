"""People's ties, more constructions: heads listed after a colon, names with "von der", … (invented sentences,
several variants each)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of


def _facts(body: str):  # type: ignore[no-untyped-def]
    return facts_of("Titel\n\n" + body)


# ---------------------------------------------------------------- heads listed after a colon


@pytest.mark.parametrize(
    ("body", "heads"),
    [
        (
            "Begrüßt wurden alle von den Leitungen der beiden Netzwerke: Petra Beispiel (IQ Netzwerk Hessen) "
            "und Karl Muster (IQ Netzwerk Bayern).",
            [
                ("Petra Beispiel", "IQ Landesnetzwerk Hessen"),
                ("Karl Muster", "MigraNet – IQ Landesnetzwerk Bayern"),
            ],
        ),
        (
            "Die Koordinatorinnen der Netzwerke: Anna Probe und Greta Muster (IQ Netzwerk Sachsen).",
            [("Anna Probe", "IQ Netzwerk Sachsen"), ("Greta Muster", "IQ Netzwerk Sachsen")],
        ),
        (
            "Projektleitung: Dr. Wiebke Probe (IQ Netzwerk Hessen)",
            [("Wiebke Probe", "IQ Landesnetzwerk Hessen")],
        ),
    ],
)
def test_heads_listed_after_a_colon_with_their_networks(body: str, heads: list[tuple[str, str]]) -> None:
    f = _facts(body)
    for person, network in heads:
        assert (network, "ledBy", person) in f.relations
        assert any(r[0] == person and r[2] == network for r in f.roles)


def test_a_name_joined_by_und_shares_the_next_names_organisation() -> None:
    f = _facts("Es begrüßten die Leiterinnen der Vereine: Anna Probe und Greta Muster (Brückenbau e. V.).")
    assert ("Anna Probe", "Leiterin", "Brückenbau e. V.") in f.roles
    assert ("Greta Muster", "Leiterin", "Brückenbau e. V.") in f.roles


@pytest.mark.parametrize(
    "body",
    [
        "Die Referentinnen des Tages: Dr. Petra Beispiel (Stiftung Lichtblick) und Anna Probe (Brückenbau gGmbH).",
        "Moderatoren: Karl Muster (Stiftung Lichtblick), Anna Probe (Brückenbau gGmbH).",
    ],
)
def test_speakers_listed_after_a_colon_hold_no_post(body: str) -> None:
    f = _facts(body)
    assert not f.roles
    assert ("Anna Probe", "memberOf", "Brückenbau gGmbH") in f.relations


# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Die Begrüßung übernahm Ursula von der Beek, Leiterin des Vereins.", "Ursula von der Beek"),
        ("Es sprach Hans-Peter von der Heide über die Pläne.", "Hans-Peter von der Heide"),
        ("Dr. Karl von der Linde eröffnete den Abend.", "Karl von der Linde"),
    ],
)
def test_family_names_with_von_der(body: str, name: str) -> None:
    assert ("Person", name) in _facts(body).entities


def test_von_der_before_an_organisation_starts_the_organisation() -> None:
    f = _facts("Karl Muster von der Brückenbau gGmbH begrüßte die Gäste.")
    assert ("Person", "Karl Muster") in f.entities
    assert ("Karl Muster", "memberOf", "Brückenbau gGmbH") in f.relations


# ---------------------------------------------------------------- the organisation after the title and a comma


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Es sprachen Karl Muster, Referent Grundsatzfragen der Arbeitsmarktpolitik, BMAS und andere.",
            (
                "Karl Muster",
                "Referent Grundsatzfragen der Arbeitsmarktpolitik",
                "Bundesministerium für Arbeit und Soziales",
            ),
        ),
        (
            "Petra Beispiel, Geschäftsführerin, Stiftung Lichtblick, eröffnete die Runde.",
            ("Petra Beispiel", "Geschäftsführerin", "Stiftung Lichtblick"),
        ),
        (
            "Auf dem Podium: Greta Muster, Ref. 12 Integration durch Bildung, Bundesministerium für Bildung und Forschung.",
            (
                "Greta Muster",
                "Ref. 12 Integration durch Bildung",
                "Bundesministerium für Bildung und Forschung",
            ),
        ),
    ],
)
def test_the_organisation_after_the_title_and_a_comma(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    "body",
    [
        "Petra Beispiel, Geschäftsführerin, und die Brückenbau gGmbH luden ein.",
        "Karl Muster, Referent, Brückenbau gGmbH und Stiftung Lichtblick luden gemeinsam ein.",
    ],
)
def test_no_organisation_after_a_comma_that_opens_a_list(body: str) -> None:
    roles = _facts(body).roles
    assert not {r for r in roles if r[2] == "Brückenbau gGmbH"}


# ---------------------------------------------------------------- "als …" opening a clause, plural roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Als Vertreterin der Bundesagentur für Arbeit sprach Petra Beispiel über den Arbeitsmarkt.",
            ("Petra Beispiel", "Vertreterin", "Bundesagentur für Arbeit"),
        ),
        (
            "Zum Schluss, als Vorsitzender der Stiftung Lichtblick, dankte Karl Muster allen Gästen.",
            ("Karl Muster", "Vorsitzender", "Stiftung Lichtblick"),
        ),
        (
            "Am Abend kamen viele. Als Geschäftsführerin der Brückenbau gGmbH begrüßte Dr. Anna Probe sie.",
            ("Anna Probe", "Geschäftsführerin", "Brückenbau gGmbH"),
        ),
    ],
)
def test_a_clause_opening_with_als_and_the_holder_after_the_verb(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "holders", "title"),
    [
        (
            "Danach berichteten als Expertinnen für Leichte Sprache Anna Probe und Greta Muster.",
            ["Anna Probe", "Greta Muster"],
            "Expertin für Leichte Sprache",
        ),
        (
            "Am Ende, als Expertinnen für Berufliche Bildung sprachen Petra Beispiel von der Brückenbau gGmbH "
            "und Anna Probe (Stiftung Lichtblick).",
            ["Petra Beispiel", "Anna Probe"],
            "Expertin für Berufliche Bildung",
        ),
        (
            "Die Mitarbeiterinnen der Brückenbau gGmbH, Petra Beispiel und Anna Probe, stellten die Arbeit vor.",
            ["Petra Beispiel", "Anna Probe"],
            "Mitarbeiterin",
        ),
    ],
)
def test_a_plural_role_noun_gives_each_listed_name_the_singular_title(
    body: str, holders: list[str], title: str
) -> None:
    roles = _facts(body).roles
    for person in holders:
        assert any(r[0] == person and r[1] == title for r in roles), roles


def test_a_speakers_von_after_the_verb_stays_a_membership() -> None:
    f = _facts("Als Expertin für Leichte Sprache sprach Petra Beispiel von der Brückenbau gGmbH.")
    assert ("Petra Beispiel", "Expertin für Leichte Sprache", None) in f.roles
    assert ("Petra Beispiel", "memberOf", "Brückenbau gGmbH") in f.relations


@pytest.mark.parametrize(
    "body",
    [
        "Die Beauftragte für Integration Heike Beispiel sprach.",
        "Es sprach die Senatorin für Arbeit und Soziales Anne Probe.",
        "Die Beauftragte für Migration und Integration Ulrike Muster eröffnete.",
    ],
)
def test_a_name_after_a_portfolio_is_the_holder(body: str) -> None:
    roles = _facts(body).roles
    assert len(roles) == 1 and not any(w in next(iter(roles))[1] for w in ("Heike", "Anne", "Ulrike"))


# ---------------------------------------------------------------- no names


@pytest.mark.parametrize(
    "body",
    [
        "Die Stadt ist zum dritten Mal Gastgeberin des Treffens.",
        "Alle Unterlagen liegen im Büro bereit.",
        "Ende Juni folgt das nächste Treffen.",
    ],
)
def test_german_words_the_name_list_holds_start_no_name(body: str) -> None:
    assert not {e for e in _facts(body).entities if e[0] == "Person"}


@pytest.mark.parametrize(
    "line",
    ["12.03.2019 | Petra Beispiel", "1.7.2021 | Karl Muster", "  30.11.2020 |  Dr. Anna Probe"],
)
def test_the_author_after_a_date_line_is_no_person_of_the_release(line: str) -> None:
    f = _facts(line + "\n\nDer Verein Brückenbau e. V. lud zum Fest.")
    assert not {e for e in f.entities if e[0] == "Person"}


# ---------------------------------------------------------------- memberships


@pytest.mark.parametrize(
    ("body", "member", "org"),
    [
        (
            "Beteiligt waren: Brückenbau gGmbH: Herr Karl Muster (Abt. II) und weitere.",
            "Karl Muster",
            "Brückenbau gGmbH",
        ),
        (
            "In der Jury saß für die Stiftung Lichtblick: Frau Dr. Anna Probe.",
            "Anna Probe",
            "Stiftung Lichtblick",
        ),
        ("Anmeldung bis Mai. Verein Brückenbau e. V.: Greta Muster", "Greta Muster", "Brückenbau e. V."),
    ],
)
def test_a_body_a_colon_and_who_stands_for_it(body: str, member: str, org: str) -> None:
    assert (member, "memberOf", org) in _facts(body).relations


def test_a_colon_after_a_body_and_before_a_sentence_names_no_member() -> None:
    f = _facts("Das Ziel der Brückenbau gGmbH: mehr Beratung. Petra Beispiel lobte das.")
    assert not {r for r in f.relations if r[1] == "memberOf"}


# ---------------------------------------------------------------- an organisation named short after its full name


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Die Diakonie Hessen lud ein. Es sprach Karl Muster, Referent Offene Arbeit bei der Diakonie, zum Thema.",
            ("Karl Muster", "Referent Offene Arbeit", "Diakonie Hessen"),
        ),
        (
            "Gastgeber war die Stiftung Lichtblick Kassel. Petra Beispiel, Vorsitzende der Stiftung, begrüßte alle.",
            ("Petra Beispiel", "Vorsitzende", "Stiftung Lichtblick Kassel"),
        ),
        (
            "Die Volkshochschule Kassel bietet Kurse an. Anna Probe, Beraterin bei der Volkshochschule, kam auch.",
            ("Anna Probe", "Beraterin", "Volkshochschule Kassel"),
        ),
    ],
)
def test_a_short_name_of_an_organisation_named_in_full_before(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


def test_a_short_name_fitting_two_organisations_names_none() -> None:
    f = _facts(
        "Die Diakonie Hessen und die Diakonie Nord luden ein. Es sprach Karl Muster, Referent bei der Diakonie."
    )
    assert not {r for r in f.roles if r[0] == "Karl Muster"}


# ---------------------------------------------------------------- offices named by the noun for holding them


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Petra Beispiel übernimmt die Schirmherrschaft für das Projekt „Anerkennung Plus“.",
            ("Petra Beispiel", "Schirmherrin", "Anerkennung Plus"),
        ),
        (
            "Karl Muster, der die Schirmherrschaft über die Brückenbau gGmbH übernommen hat, sprach.",
            ("Karl Muster", "Schirmherr", "Brückenbau gGmbH"),
        ),
        (
            "Das Projekt „Anerkennung Plus“ startet. Anna Probe hat die Patenschaft für das Projekt übernommen.",
            ("Anna Probe", "Patin", "Anerkennung Plus"),
        ),
    ],
)
def test_an_office_taken_over_for_a_project(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


def test_an_office_for_something_unnamed_names_no_organisation() -> None:
    roles = _facts("Petra Beispiel übernimmt die Schirmherrschaft für den Wettbewerb.").roles
    assert roles == {("Petra Beispiel", "Schirmherrin", None)}


# ---------------------------------------------------------------- a ministry named by a compound, a name cut short


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Das Ministerium für Soziales und Integration lud ein. Karl Muster, Referent im Integrationsministerium "
            "Hessen, sprach.",
            ("Karl Muster", "Referent", "Ministerium für Soziales und Integration"),
        ),
        (
            "Es sprach Petra Beispiel, Abteilungsleiterin im Sozialministerium Hessen. Das Ministerium für "
            "Arbeit und Soziales fördert das Projekt.",
            ("Petra Beispiel", "Abteilungsleiterin", "Ministerium für Arbeit und Soziales"),
        ),
        (
            "Anna Probe, Referatsleiterin im Bildungsministerium, und das Ministerium für Bildung und Kultur luden ein.",
            ("Anna Probe", "Referatsleiterin", "Ministerium für Bildung und Kultur"),
        ),
    ],
)
def test_a_ministry_named_by_a_compound_is_the_one_named_in_full(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


def test_a_compound_ministry_fitting_two_ministries_stays() -> None:
    f = _facts(
        "Das Ministerium für Soziales und Arbeit und das Ministerium für Arbeit und Wirtschaft luden ein. "
        "Karl Muster, Referent im Arbeitsministerium Hessen, sprach."
    )
    assert {r[2] for r in f.roles if r[0] == "Karl Muster"} <= {"Arbeitsministerium Hessen"}


@pytest.mark.parametrize(
    "body",
    [
        "Petra Beispiel, Referentin beim Institut Arbeitsmarkt- und Berufsforschung, sprach.",
        "Karl Muster, Leiter der Stiftung Bildungs- und Sozialarbeit, sprach.",
        "Es sprach Anna Probe, Beraterin im Zentrum Migrations-, Flucht- und Integrationsfragen.",
    ],
)
def test_no_role_in_an_organisation_read_up_to_a_suspended_hyphen(body: str) -> None:
    roles = _facts(body).roles
    assert not {
        r for r in roles if r[2] is not None and r[2].endswith(("Arbeitsmarkt", "Bildungs", "Migrations"))
    }


# ---------------------------------------------------------------- appointments dated by a full date


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Anna Probe ist seit dem 1. März 2023 die neue Leiterin des IQ Netzwerks Sachsen.",
            ("Anna Probe", "Leiterin", "IQ Netzwerk Sachsen"),
        ),
        (
            "Karl Muster ist seit Oktober 2020 Geschäftsführer der Brückenbau gGmbH.",
            ("Karl Muster", "Geschäftsführer", "Brückenbau gGmbH"),
        ),
        (
            "Petra Beispiel, seit dem 15. Mai 2019 Vorsitzende der Stiftung Lichtblick, eröffnete.",
            ("Petra Beispiel", "Vorsitzende", "Stiftung Lichtblick"),
        ),
    ],
)
def test_an_appointment_dated_by_month_or_day(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


# ---------------------------------------------------------------- role phrase, copula, holder; leading since …


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Geschäftsführer der Brückenbau gGmbH ist Karl Muster.",
            ("Karl Muster", "Geschäftsführer", "Brückenbau gGmbH"),
        ),
        (
            "Neue Leiterin des Projekts „Anerkennung Plus“ ist seit Mai Dr. Petra Beispiel.",
            ("Petra Beispiel", "Leiterin", "Anerkennung Plus"),
        ),
        (
            "Die Stiftung Lichtblick Kassel wächst. Vorsitzende der Stiftung bleibt Anna Probe.",
            ("Anna Probe", "Vorsitzende", "Stiftung Lichtblick Kassel"),
        ),
    ],
)
def test_a_role_phrase_a_copula_and_its_holder(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


def test_after_a_copula_the_holders_von_stays_a_membership() -> None:
    f = _facts("Sprecherin des Bündnisses ist Petra Beispiel von der Brückenbau gGmbH.")
    assert not {r for r in f.roles if r[2] == "Brückenbau gGmbH"}
    assert ("Petra Beispiel", "memberOf", "Brückenbau gGmbH") in f.relations


@pytest.mark.parametrize(
    "body",
    [
        "Petra Beispiel leitet seit drei Jahren das Projekt „Anerkennung Plus“.",
        "Seit dem Frühjahr: Petra Beispiel leitet seit dem Frühjahr das Projekt „Anerkennung Plus“.",
        "Das Projekt „Anerkennung Plus“ wird seit zwei Jahren von Petra Beispiel geleitet.",
    ],
)
def test_leading_since_a_time_of_two_words(body: str) -> None:
    assert ("Anerkennung Plus", "ledBy", "Petra Beispiel") in _facts(body).relations


# ---------------------------------------------------------------- quotes


@pytest.mark.parametrize(
    ("body", "speaker", "words"),
    [
        ("„Das Angebot hilft“, betonte Petra Beispiel beim Fest.", "Petra Beispiel", "Das Angebot hilft"),
        ("„Wir bleiben dran“, sagte Dr. Karl Muster am Ende.", "Karl Muster", "Wir bleiben dran"),
        (
            "„Beratung wirkt schnell“, erklärte Anna Probe von der Brückenbau gGmbH.",
            "Anna Probe",
            "Beratung wirkt schnell",
        ),
    ],
)
def test_a_short_quote_a_speech_verb_and_a_name_after_it(body: str, speaker: str, words: str) -> None:
    assert words in _facts(body).quotes.get(speaker, [])


@pytest.mark.parametrize(
    "body",
    [
        "Das Stichwort „Willkommenskultur“, betonte Petra Beispiel, sei zentral.",
        "Der Begriff „Anerkennung“ sagte Karl Muster nichts.",
        "Die „Neue Beratung“, erklärte Anna Probe, startet bald.",
    ],
)
def test_a_quoted_term_before_a_speech_verb_is_no_quote(body: str) -> None:
    assert not _facts(body).quotes


@pytest.mark.parametrize(
    "body",
    [
        "„Die Wartezeiten sind viel zu lang geworden“, sagte Petra Beispiel. „Wir brauchen mehr Personal für die Beratung.“",
        "„Die Wartezeiten sind viel zu lang geworden“, so Petra Beispiel weiter. „Wir brauchen mehr Personal für die Beratung.“",
        "„Die Wartezeiten sind viel zu lang geworden“, betonte Petra Beispiel! „Wir brauchen mehr Personal für die Beratung.“",
    ],
)
def test_a_quote_after_the_attributions_full_stop_is_a_quote_of_its_own(body: str) -> None:
    quotes = _facts(body).quotes["Petra Beispiel"]
    assert len(quotes) == 2 and quotes[1].startswith("Wir brauchen")


def test_a_quote_interrupted_by_its_attribution_after_a_comma_stays_one() -> None:
    body = (
        "„Die Wartezeiten sind viel zu lang“, sagte Petra Beispiel, „und wir brauchen mehr Personal dafür.“"
    )
    assert len(_facts(body).quotes["Petra Beispiel"]) == 1


def test_a_name_with_parentheses_of_its_own_shares_no_organisation() -> None:
    f = _facts(
        "Es begrüßten die Leitungen der Stellen: Jana Vorbild („Anerkennung Nordhessen“) und Timo Beleg "
        "(IQ Servicestelle Kassel)."
    )
    assert not {r for r in f.roles if r[0] == "Jana Vorbild"}
    assert ("Timo Beleg", "Leitung", "IQ Servicestelle Kassel") in f.roles


# ---------------------------------------------------------------- a name unknown to the name list


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Wubet Alemu (Verein Brückenbau) gab einen kurzen Überblick.", "Wubet Alemu"),
        (
            "Am Nachmittag hielten Tsegay Haile (Kassel) und andere Vorträge. Tsegay Haile (Kassel) sagte: „Ja.“",
            "Tsegay Haile",
        ),
        ("Amanuel Tekle (Beratung Nord) sprach über die Praxis in den Betrieben.", "Amanuel Tekle"),
    ],
)
def test_a_name_with_its_affiliation_in_brackets_then_an_act_is_a_person(body: str, name: str) -> None:
    assert {n for t, n in _facts(body).entities if t == "Person"} == {name}


@pytest.mark.parametrize(
    "body",
    [
        "Fachstelle Anerkennung (FA) berichtete über die Zahlen.",
        "Wubet Alemu (Verein Brückenbau) wurde gegründet.",
        "Haus Sonnenblick (Kassel) bietet Kurse an.",
        "Zuerst besichtigten alle Werkstatt Gebru (Stadt Kassel) und den Hof.",  # no act right by the name
    ],
)
def test_brackets_without_an_act_or_before_a_body_name_no_person(body: str) -> None:
    assert not any(t == "Person" for t, _ in _facts(body).entities)


# ---------------------------------------------------------------- names the name list does not know


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Ana Paula Ferreira da Silva kam 2020 aus Brasilien nach Kassel.", "Ana Paula Ferreira da Silva"),
        ("„Ohne den Kurs ginge es nicht“, sagt Luis Pérez de la Cruz.", "Luis Pérez de la Cruz"),
        ("Auch Maria dos Santos, Mitarbeiterin im Projekt, war dabei.", "Maria dos Santos"),
        ("Heute arbeitet Karla Ramos de Souza als Ärztin in Gießen.", "Karla Ramos de Souza"),
    ],
)
def test_spanish_and_portuguese_family_names_joined_by_a_particle(body: str, name: str) -> None:
    assert ("Person", name) in _facts(body).entities


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Olumide Adebayo (34) kam 2019 nach Deutschland.", "Olumide Adebayo"),
        ("Heute leitet Tesfalem Kidane (41 Jahre) eine Werkstatt in Kassel.", "Tesfalem Kidane"),
        ("Wie Yamen Haddad (29) berichtete, dauerte das Verfahren ein Jahr.", "Yamen Haddad"),
        ("Olumide Adebayo, 34, kam 2019 nach Deutschland.", "Olumide Adebayo"),
        ("Heute leitet Tesfalem Kidane, 41 Jahre, eine Werkstatt in Kassel.", "Tesfalem Kidane"),
    ],
)
def test_a_name_with_an_age_in_brackets_or_commas_is_a_person(body: str, name: str) -> None:
    assert ("Person", name) in _facts(body).entities


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Der gebürtige Syrer Yamen Haddad arbeitet inzwischen als Zahnarzt in Gießen.", "Yamen Haddad"),
        ("Die Ukrainerin Olena Tkachuk hat ihre Anerkennung erhalten.", "Olena Tkachuk"),
        ("Auch der Elektriker Tesfalem Kidane fand so eine Stelle.", "Tesfalem Kidane"),
    ],
)
def test_a_name_after_a_noun_for_where_a_person_comes_from_or_works_as(body: str, name: str) -> None:
    assert ("Person", name) in _facts(body).entities


@pytest.mark.parametrize(
    "body",
    [
        "Das Verfahren (34) dauerte lange.",
        "Die Zahl der Anträge aus Syrien Ukraine und Eritrea stieg.",
        "Der Verein Brückenbau e. V. (2019 gegründet) berät in Kassel.",
    ],
)
def test_brackets_and_origins_alone_make_no_person(body: str) -> None:
    assert not any(t == "Person" for t, _ in _facts(body).entities)


# ---------------------------------------------------------------- taking an office


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Petra Beispiel übernimmt zum 1. September die Leitung der Koordinierungsstelle des IQ Netzwerks Hessen.",
            ("Petra Beispiel", "Leitung", "Koordinierungsstelle des IQ Netzwerks Hessen"),
        ),
        (
            "Karl Muster übernahm im Juni die Koordination des IQ Netzwerks Hessen.",
            ("Karl Muster", "Koordination", "IQ Landesnetzwerk Hessen"),
        ),
        (
            "Petra Beispiel übernimmt mit sofortiger Wirkung die Leitung der IQ Servicestelle Kassel.",
            ("Petra Beispiel", "Leitung", "IQ Servicestelle Kassel"),
        ),
    ],
)
def test_taking_over_an_office_at_a_time(body: str, role: tuple[str, str, str]) -> None:
    f = _facts(body)
    assert role in f.roles
    assert (role[2], "ledBy", role[0]) in f.relations


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Zum 1. Mai hat Petra Beispiel die Leitung der Koordinierungsstelle des IQ Netzwerks Hessen übernommen.",
            ("Petra Beispiel", "Leitung", "Koordinierungsstelle des IQ Netzwerks Hessen"),
        ),
        (
            "Im Juni hatte Karl Muster die Projektleitung im Teilprojekt „Anerkennung Plus“ übernommen.",
            ("Karl Muster", "Projektleitung", "Anerkennung Plus"),
        ),
        (
            "Petra Beispiel hat die Koordination des IQ Netzwerks Hessen übernommen.",
            ("Petra Beispiel", "Koordination", "IQ Landesnetzwerk Hessen"),
        ),
    ],
)
def test_the_perfect_of_taking_over_an_office(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


def test_whom_a_subject_greeted_holds_no_office_of_the_subject() -> None:
    assert not _facts("Petra Beispiel hat die Leiterin der Brückenbau gGmbH begrüßt.").roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Die Leitung des IQ Netzwerks Hessen übernimmt ab Mai Petra Beispiel.",
            ("Petra Beispiel", "Leitung", "IQ Landesnetzwerk Hessen"),
        ),
        (
            "Die Aufgaben der Öffentlichkeitsreferentin übernimmt Petra Beispiel.",
            ("Petra Beispiel", "Öffentlichkeitsreferentin", None),
        ),
        ("Zum neuen Vorsitzenden wurde Karl Muster gewählt.", ("Karl Muster", "Vorsitzender", None)),
        (
            "Zur Geschäftsführerin der Brückenbau gGmbH wurde Petra Beispiel ernannt.",
            ("Petra Beispiel", "Geschäftsführerin", "Brückenbau gGmbH"),
        ),
    ],
)
def test_the_office_first_and_its_holder_after_the_verb(body: str, role: tuple[str, str, str | None]) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Petra Beispiel folgt auf Karl Muster als Geschäftsführerin der Brückenbau gGmbH.",
            ("Petra Beispiel", "Geschäftsführerin", "Brückenbau gGmbH"),
        ),
        (
            "Petra Beispiel tritt zum 1. Mai die Nachfolge von Uli Muster als Leiterin des IQ Netzwerks Hessen an.",
            ("Petra Beispiel", "Leiterin", "IQ Landesnetzwerk Hessen"),
        ),
        (
            "Karl Muster löst Dr. Uli Probe als Koordinator des IQ Netzwerks Hessen ab.",
            ("Karl Muster", "Koordinator", "IQ Landesnetzwerk Hessen"),
        ),
        (
            "Karl Muster folgt auf Uli Probe als Geschäftsführer der Brückenbau gGmbH.",
            ("Karl Muster", "Geschäftsführer", "Brückenbau gGmbH"),
        ),
    ],
)
def test_a_successor_takes_the_role_after_als_not_the_predecessor(
    body: str, role: tuple[str, str, str]
) -> None:
    roles = _facts(body).roles
    assert role in roles
    assert all(person == role[0] for person, _, _ in roles), roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Petra Beispiel war zuvor Leiterin des Fachbereichs Migration bei der Brückenbau gGmbH.",
            ("Petra Beispiel", "Leiterin des Fachbereichs Migration", "Brückenbau gGmbH"),
        ),
        (
            "Es sprach Petra Beispiel, Leiterin des Referats Anerkennung der Stiftung Lernwege.",
            ("Petra Beispiel", "Leiterin des Referats Anerkennung", "Stiftung Lernwege"),
        ),
        (
            "Karl Muster, Leiter der Abteilung Berufliche Bildung bei der Brückenbau gGmbH, sprach.",
            ("Karl Muster", "Leiter der Abteilung Berufliche Bildung", "Brückenbau gGmbH"),
        ),
        (
            "Petra Beispiel, Leiterin der Abteilung Kassel der Stiftung Lernwege, sprach.",
            ("Petra Beispiel", "Leiterin der Abteilung", "Stiftung Lernwege"),  # a town is no unit's name
        ),
    ],
)
def test_the_name_of_a_unit_stays_in_the_title(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "led"),
    [
        (
            "Seit April leitet Petra Beispiel das IQ Netzwerk Hessen.",
            ("IQ Landesnetzwerk Hessen", "Petra Beispiel"),
        ),
        (
            "Seit 2019 koordiniert Dr. Karl Muster die IQ Servicestelle Kassel.",
            ("IQ Servicestelle Kassel", "Karl Muster"),
        ),
        (
            "Künftig leitet Petra Beispiel gemeinsam die IQ Servicestelle Kassel.",
            ("IQ Servicestelle Kassel", "Petra Beispiel"),
        ),
    ],
)
def test_leading_with_the_verb_before_its_subject(body: str, led: tuple[str, str]) -> None:
    assert (led[0], "ledBy", led[1]) in _facts(body).relations


def test_leading_something_else_before_a_network_names_no_head() -> None:
    body = "Seit April leitet Petra Beispiel die Beratung, das IQ Netzwerk Hessen berät."
    assert not any(p == "ledBy" for _, p, _ in _facts(body).relations)


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Projektleitung: Dr. Farida Haddad\nTel. 0561 4711-230", ("Farida Haddad", "Projektleitung", None)),
        ("Kontakt\n\nKoordination: Karl Muster\n", ("Karl Muster", "Koordination", None)),
        ("Leitung: Petra Beispiel", ("Petra Beispiel", "Leitung", None)),
    ],
)
def test_a_contact_box_line_names_the_holder_of_a_head_role(body: str, role: tuple[str, str, None]) -> None:
    assert _facts(body).roles == {role}


@pytest.mark.parametrize(
    "body",
    [
        "Referentin: Petra Beispiel",  # a speaker on a programme, no post
        "Die Leitung: Petra Beispiel und Karl Muster sprachen über Anerkennung.",
        "Projektleitung: Petra Beispiel und Karl Muster",  # two names: whose post is whose, unsaid
    ],
)
def test_no_contact_box_line_without_one_head_name_alone(body: str) -> None:
    assert not _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Moderiert wurde die Runde von der Journalistin Carla Winterstein.",
            ("Carla Winterstein", "Journalistin", None),
        ),
        ("Durch den Abend führte Journalist Ole Skizze.", ("Ole Skizze", "Journalist", None)),
        (
            "Karl Muster, Journalist aus Kassel, fragte nach.",
            ("Karl Muster", "Journalist", None),
        ),
    ],
)
def test_a_journalist_is_named_by_the_profession(body: str, role: tuple[str, str, None]) -> None:
    assert any(r[:2] == role[:2] for r in _facts(body).roles)


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Es sprach die Senatorin für Arbeit, Soziales und Integration, Petra Beispiel.",
            ("Petra Beispiel", "Senatorin für Arbeit, Soziales und Integration", None),
        ),
        (
            "Es sprach die Beauftragte für Migration und Integration, Petra Beispiel.",
            ("Petra Beispiel", "Beauftragte für Migration und Integration", None),
        ),
        (
            "Eröffnet wurde der Abend von der Landesbeauftragten für Integration, Dr. Mirjam Kessler.",
            ("Mirjam Kessler", "Landesbeauftragte für Integration", None),
        ),
    ],
)
def test_a_portfolio_ends_before_the_name_joined_to_it_by_a_comma(
    body: str, role: tuple[str, str, None]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    "body",
    [
        "Die Landesbeauftragte für Integration hat ihren Sitz in Kassel.",
        "Die Beauftragte des Landes für Migration und Teilhabe fördert das Projekt.",
        "Der Bericht der Landesbeauftragten für Integration erschien im Mai.",
    ],
)
def test_an_office_named_by_a_title_without_a_holder_gives_no_role(body: str) -> None:
    assert not _facts(body).roles


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("NRW-Integrationsministerin Petra Beispiel besuchte die Stelle.", "NRW-Integrationsministerin"),
        ("Es sprach Berlin-Beauftragte Petra Beispiel.", "Berlin-Beauftragte"),
        ("Karl Muster, Hessen-Koordinator der Stiftung Lernwege, sprach.", "Hessen-Koordinator"),
    ],
)
def test_a_place_opening_a_title_compound_is_part_of_the_title(body: str, title: str) -> None:
    assert any(t == title for _, t, _ in _facts(body).roles), _facts(body).roles


# ---------------------------------------------------------------- family names with a noun's ending


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Das Projekt leitet Dr. Lisa Hartung seit dem Frühjahr.", "Lisa Hartung"),
        ("Zu Gast war Frau Anna Weidung aus Kassel.", "Anna Weidung"),
        ("Es sprach Prof. Karl Lessung über die Pflege.", "Karl Lessung"),
    ],
)
def test_a_titled_given_name_makes_a_noun_like_word_a_family_name(body: str, name: str) -> None:
    assert ("Person", name) in _facts(body).entities


@pytest.mark.parametrize(
    "body",
    [
        "Die Offene Jugendarbeit lädt ein.",
        "Eine Neue Beratung startet im Mai.",
        "Die Gute Nachbarschaft hilft.",
    ],
)
def test_a_noun_like_word_after_no_given_name_is_no_person(body: str) -> None:
    assert not [label for kind, label in _facts(body).entities if kind == "Person"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Tamunobelema Okafor sagte, das Angebot komme gut an.", "Tamunobelema Okafor"),
        ("Das Büro ist neu. Chidinma Eze stellte es den Gästen vor.", "Chidinma Eze"),
        ("Karl Muster eröffnete die Runde, Oyelaran Adebayo erklärte die Zahlen.", "Oyelaran Adebayo"),
        (
            "Die Gäste kamen, und Tamunobelema Okafor betonte die Bedeutung der Beratung.",
            "Tamunobelema Okafor",
        ),
        ("Die Moderation übernahm Chidinma Eze.", "Chidinma Eze"),
        ("Laut Tamunobelema Okafor steigt die Zahl der Anträge.", "Tamunobelema Okafor"),
        ("Einen Vortrag hielt Oyelaran Adebayo.", "Oyelaran Adebayo"),
        ("Chidinma Eze: „Wir beraten jede Woche mehr Menschen.“", "Chidinma Eze"),
        ("Zuerst erklärte Tesfaye Gebru (Stadt Kassel) die Regeln.", "Tesfaye Gebru"),
    ],
)
def test_a_name_the_name_list_lacks_is_a_person_next_to_a_verb_of_saying(body: str, name: str) -> None:
    assert ("Person", name) in facts_of("Titel\n\n" + body).entities


@pytest.mark.parametrize(
    "body",
    [
        "Letzten Mittwoch sprach die Senatorin in Kiel.",
        "Vergangenen Freitag stellte das Team die Zahlen vor.",
        "Anfang Mai präsentierte das Team die Zahlen.",
        "Diese Bilanz zog die Senatorin am Ende.",
        "Jede Beratung stellte neue Fragen.",
        "Am Ende stellte Lichtblick Nord das Projekt vor.",
        "Laut Statistik Nord steigt die Zahl der Anträge.",
    ],
)
def test_a_time_a_determiner_or_a_region_around_a_verb_of_saying_is_no_person(body: str) -> None:
    assert not any(t == "Person" for t, _ in facts_of("Titel\n\n" + body).entities)


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("„Das Angebot wirkt“, sagte Dezernentin Hoffbauer.", "Hoffbauer", "Dezernentin"),
        ("Beigeordneter Krausler begrüßte die Gäste.", "Krausler", "Beigeordneter"),
        (
            "Die Integrationsbeauftragte Wendlandt eröffnete den Abend.",
            "Wendlandt",
            "Integrationsbeauftragte",
        ),
        ("Professorin Lindenau stellte die Zahlen vor.", "Lindenau", "Professorin"),
        ("Der Abgeordnete Bergfeld sprach ein Grußwort.", "Bergfeld", "Abgeordnete"),
    ],
)
def test_a_head_of_an_office_or_an_adjectival_title_before_a_family_name_alone(
    body: str, name: str, title: str
) -> None:
    facts = facts_of("Titel\n\n" + body)
    assert ("Person", name) in facts.entities
    assert (name, title, None) in facts.roles


@pytest.mark.parametrize(
    "body",
    [
        "Der Geschäftsführer Technik ist neu.",
        "Der Direktor Vertrieb kommt später.",
        "Professorin Kassel lehrt.",
    ],
)
def test_a_title_before_a_common_noun_or_a_town_names_no_person(body: str) -> None:
    assert not any(t == "Person" for t, _ in facts_of("Titel\n\n" + body).entities)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("„Die Beratung hilft“, sagte Milena Kovačević am Montag.", "Milena Kovačević"),
        ("Die Beraterin Jiřina Dvořáková erklärte das Verfahren.", "Jiřina Dvořáková"),
        ("Zoltán Szőke, Berater beim Verein Brückenbau e. V., stellte die Zahlen vor.", "Zoltán Szőke"),
        ("Anschließend sprach Dragoș Țurcanu über seine Anerkennung.", "Dragoș Țurcanu"),
    ],
)
def test_names_spelled_with_letters_of_other_latin_alphabets(body: str, name: str) -> None:
    assert ("Person", name) in _facts(body).entities


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("„Die Beratung hilft vielen Menschen weiter“, sagte Herr Werner.", "Werner"),
        ("Dr. Brankovic stellte die neuen Zahlen vor.", "Brankovic"),
        ("Zum Schluss dankte Prof. Dr. Hartung allen Gästen.", "Hartung"),
        ("Erst am Abend kam Herr Jung zum Empfang.", "Jung"),
        ("„Die Beratung wirkt sehr gut“, sagte Frau Dr. Werner.", "Werner"),
    ],
)
def test_a_family_name_alone_after_herr_or_an_academic_title_may_look_like_a_given_name(
    body: str, name: str
) -> None:
    assert ("Person", name) in _facts(body).entities


@pytest.mark.parametrize(
    "body",
    [
        "Hier kann jede Frau Verantwortung übernehmen.",
        "Als junge Frau Werner zu heißen, war leicht.",
        "Sehr geehrter Herr Minister, liebe Gäste.",
    ],
)
def test_frau_before_a_noun_or_a_given_name_and_herr_before_a_title_name_no_person(body: str) -> None:
    assert not any(t == "Person" for t, _ in _facts(body).entities)


@pytest.mark.parametrize(
    ("body", "name", "body_name"),
    [
        (
            "Nkem Achebe von der Stiftung Lernwerk präsentierte die Ergebnisse.",
            "Nkem Achebe",
            "Stiftung Lernwerk",
        ),
        (
            "Zuerst erklärte Chidinma Okoro vom Jobcenter Kassel das Verfahren.",
            "Chidinma Okoro",
            "Jobcenter Kassel",
        ),
        (
            "Danach sprach Oyelaran Adeyemi vom Verein Brückenbau e. V. über die Beratung.",
            "Oyelaran Adeyemi",
            "Brückenbau e. V.",
        ),
    ],
)
def test_a_name_the_name_list_lacks_before_the_body_it_comes_from_and_an_act(
    body: str, name: str, body_name: str
) -> None:
    facts = _facts(body)
    assert ("Person", name) in facts.entities
    assert (name, "memberOf", body_name) in facts.relations


@pytest.mark.parametrize(
    "body",
    [
        "Neue Wege von der Stiftung Lernwerk stellten sich vor.",
        "Die Offene Tür vom Jobcenter Kassel stellte das Angebot vor.",
        "Bunte Vielfalt vom Verein Brückenbau e. V. war das Motto.",
    ],
)
def test_words_before_a_body_without_a_singular_act_name_no_person(body: str) -> None:
    assert not any(t == "Person" for t, _ in _facts(body).entities)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Projektleitung: Wanjiru Kamau, Telefon 0561 1234", "Wanjiru Kamau"),
        ("Koordination: Tesfalem Kidane (Stiftung Lernwerk)", "Tesfalem Kidane"),
        ("Kontakt\nReferentin: Chidinma Okoro, E-Mail okoro@example.org", "Chidinma Okoro"),
    ],
)
def test_a_name_the_name_list_lacks_after_a_role_and_a_colon(body: str, name: str) -> None:
    assert ("Person", name) in _facts(body).entities


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("Projektleiterin Brankovic stellte die neuen Zahlen vor.", "Brankovic", "Projektleiterin"),
        (
            "„Wir beraten jede Woche mehr Menschen“, sagt Geschäftsführer Okonkwo.",
            "Okonkwo",
            "Geschäftsführer",
        ),
        ("Wie Koordinatorin Ahmadi berichtete, kamen viele Gäste.", "Ahmadi", "Koordinatorin"),
        ("Die Vorsitzende Albers begrüßte die Gäste.", "Albers", "Vorsitzende"),
    ],
)
def test_a_family_name_alone_after_the_title_of_a_post(body: str, name: str, title: str) -> None:
    facts = _facts(body)
    assert ("Person", name) in facts.entities
    assert (name, title, None) in facts.roles


@pytest.mark.parametrize(
    "body",
    [
        "Der Leiter Vertrieb kam später.",
        "Die Referentin Presse stellte die Zahlen vor.",
        "Die Fachreferentin Medien und Integration kam später.",
    ],
)
def test_a_department_after_the_title_of_a_post_names_no_person(body: str) -> None:
    assert not any(t == "Person" for t, _ in _facts(body).entities)


def test_a_post_in_apposition_to_a_full_name_is_named_for_a_field() -> None:
    facts = _facts("Es sprach Karl Muster, Referent Grundsatzfragen, Stiftung Lernwerk, über das Gesetz.")
    assert {label for kind, label in facts.entities if kind == "Person"} == {"Karl Muster"}


@pytest.mark.parametrize(
    ("body", "holders", "title", "org"),
    [
        (
            "Die Beraterinnen Greta Muster und Lena Probe von der Stiftung Lernwerk erklärten das Verfahren.",
            ["Greta Muster", "Lena Probe"],
            "Beraterin",
            "Stiftung Lernwerk",
        ),
        (
            "Danach stellten die Berater Karl Muster und Paul Probe vom Jobcenter Kassel die Zahlen vor.",
            ["Karl Muster", "Paul Probe"],
            "Berater",
            "Jobcenter Kassel",
        ),
        (
            "Es sprachen die Referentinnen Greta Muster, Lena Probe und Anna Beispiel vom Verein Weitblick e. V.",
            ["Greta Muster", "Lena Probe", "Anna Beispiel"],
            "Referentin",
            "Weitblick e. V.",
        ),
    ],
)
def test_a_body_after_the_names_listed_after_a_plural_title_is_everyones(
    body: str, holders: list[str], title: str, org: str
) -> None:
    roles = _facts(body).roles
    assert {(h, title, org) for h in holders} <= roles


def test_a_singular_title_before_a_list_is_the_first_names_alone() -> None:
    facts = _facts("Die Beraterin Greta Muster und Lena Probe vom Jobcenter Kassel erklärten es.")
    assert ("Greta Muster", "Beraterin", None) in facts.roles
    assert ("Lena Probe", "memberOf", "Jobcenter Kassel") in facts.relations


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            "Das Team: Amanuel Tesfay, Chidinma Okoro und Wanjiru Kamau.",
            {"Amanuel Tesfay", "Chidinma Okoro", "Wanjiru Kamau"},
        ),
        (
            "Zum Team der Stiftung Lernwerk gehören außerdem Tesfalem Kidane und Oyelaran Adebayo.",
            {"Tesfalem Kidane", "Oyelaran Adebayo"},
        ),
        (
            "Es sprachen Petra Beispiel (Jobcenter Kiel), Chidinma Okoro und Wanjiru Kamau.",
            {"Petra Beispiel", "Chidinma Okoro", "Wanjiru Kamau"},
        ),
    ],
)
def test_names_the_name_list_lacks_after_a_teams_lead_in_or_a_persons_name(
    body: str, names: set[str]
) -> None:
    assert names <= {label for kind, label in _facts(body).entities if kind == "Person"}


@pytest.mark.parametrize(
    "body",
    [
        "Das Gespräch führten Petra Beispiel und Neue Wege Kassel.",
        "Eingeladen hatten Karl Muster und Berufliche Bildung Nord.",
        "Das Team: Offene Türen sind unser Prinzip.",
    ],
)
def test_an_adjective_opening_a_phrase_after_a_name_or_a_team_is_no_person(body: str) -> None:
    names = {label for kind, label in _facts(body).entities if kind == "Person"}
    assert not names - {"Petra Beispiel", "Karl Muster"}


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("Oberbürgermeister Jung begrüßte die Gäste im Rathaus.", "Jung", "Oberbürgermeister"),
        ("„Wir brauchen jede Fachkraft“, sagte Landrätin Jung.", "Jung", "Landrätin"),
        ("Die Bürgermeisterin Jung eröffnete den Abend.", "Jung", "Bürgermeisterin"),
    ],
)
def test_a_short_family_name_with_a_nouns_ending_after_a_public_office(
    body: str, name: str, title: str
) -> None:
    assert (name, title, None) in _facts(body).roles


@pytest.mark.parametrize(
    "body", ["Präsidentin Leitung kam.", "Die Senatorin Nation sprach.", "Minister Zeitung las."]
)
def test_a_longer_noun_with_a_nouns_ending_after_an_office_is_no_family_name(body: str) -> None:
    assert not any(t == "Person" for t, _ in _facts(body).entities)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("„Die Beratung wirkt in der ganzen Stadt“, sagte Brankovic.", "Brankovic"),
        ("„Wir brauchen mehr Zeit für jede Beratung“, so Okonkwo, „und mehr Personal.“", "Okonkwo"),
        (
            "„Das Verfahren dauert noch immer zu lange“, kritisierte Lindqvist.\nDanach gab es Fragen.",
            "Lindqvist",
        ),
        ("„Die Beratung wirkt in der ganzen Stadt“, betonte Yilmaz am Montag in Gera.", "Yilmaz"),
        ("„Die Beratung wirkt in der ganzen Stadt“, sagte Brankovic bei der Eröffnung.", "Brankovic"),
    ],
)
def test_a_family_name_alone_closing_a_quotes_attribution(body: str, name: str) -> None:
    facts = _facts(body)
    assert ("Person", name) in facts.entities
    assert name in facts.quotes


@pytest.mark.parametrize(
    "body",
    [
        "„Die Beratung wirkt“, sagte Kassels Bürgermeister.",
        "„Ein großer Erfolg für alle“, sagte Hessen.",
        "„Ein großer Erfolg für alle“, heißt es.",
    ],
)
def test_a_phrase_a_place_or_a_pronoun_after_a_quotes_verb_is_no_family_name(body: str) -> None:
    assert not any(t == "Person" for t, _ in _facts(body).entities)


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Oyelaran Adebayo ist Beraterin bei der Stiftung Lernwerk.",
            ("Oyelaran Adebayo", "Beraterin", "Stiftung Lernwerk"),
        ),
        (
            "Seit 2020 ist Tesfalem Kidane Berater beim Jobcenter Kassel.",
            ("Tesfalem Kidane", "Berater", "Jobcenter Kassel"),
        ),
        (
            "Chidinma Okoro wurde zur Vorsitzenden des Vereins Brückenbau e. V. gewählt.",
            ("Chidinma Okoro", "Vorsitzende", "Brückenbau e. V."),
        ),
        ("Neue Leiterin ist Wanjiru Kamau.", ("Wanjiru Kamau", "Leiterin", None)),
    ],
)
def test_a_name_the_name_list_lacks_as_subject_of_a_role_predicate(
    body: str, role: tuple[str, str, str | None]
) -> None:
    assert role in _facts(body).roles


def test_a_name_the_name_list_lacks_leading_a_project() -> None:
    facts = _facts("Amanuel Tesfay leitet seit 2020 das Projekt „Brückenbau“.")
    assert ("Brückenbau", "ledBy", "Amanuel Tesfay") in facts.relations


@pytest.mark.parametrize(
    "body",
    [
        "Berufliche Bildung ist Aufgabe der Leitung.",
        "Neue Wege leitet das Team.",
        "Seit 2020 ist Offene Arbeit Leitbild.",
    ],
)
def test_a_phrase_opened_by_an_adjective_before_a_role_predicate_is_no_person(body: str) -> None:
    assert not any(t == "Person" for t, _ in _facts(body).entities)


@pytest.mark.parametrize(
    ("body", "name", "org"),
    [
        (
            "Seit 2020 arbeitet Oyelaran Adebayo bei der Stiftung Lernwerk.",
            "Oyelaran Adebayo",
            "Stiftung Lernwerk",
        ),
        ("Heute arbeitet Tesfalem Kidane im Jobcenter Kassel.", "Tesfalem Kidane", "Jobcenter Kassel"),
        (
            "Inzwischen arbeitet Wanjiru Kamau seit 2021 beim Verein Brückenbau e. V.",
            "Wanjiru Kamau",
            "Brückenbau e. V.",
        ),
    ],
)
def test_a_name_the_name_list_lacks_between_a_verb_of_working_and_where(
    body: str, name: str, org: str
) -> None:
    assert (name, "memberOf", org) in _facts(body).relations


def test_an_adjective_phrase_between_a_verb_of_working_and_where_is_no_person() -> None:
    assert not any(t == "Person" for t, _ in _facts("Hier arbeitet Berufliche Bildung im Verbund.").entities)


# ---------------------------------------------------------------- a degree before the name


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("„Wir müssen schneller werden“, betonte Dipl.-Ing. Klaus P. Versuch.", "Klaus P. Versuch"),
        ("„Das ist ein guter Tag“, sagte Dipl.-Kfm. Jan Probe von der Stiftung Lichtblick.", "Jan Probe"),
        ("„Wir bleiben dran“, so Dipl.-Päd. Eva Muster.", "Eva Muster"),
        ("Mag. (FH) Anna Versuch sagte: „Wir beraten jeden Tag.“", "Anna Versuch"),
    ],
)
def test_a_degree_before_a_name_is_neither_a_name_nor_part_of_it(body: str, speaker: str) -> None:
    facts = _facts(body)
    people = {label for type_, label in facts.entities if type_ == "Person"}
    assert people == {speaker}
    assert speaker in facts.quotes


# ---------------------------------------------------------------- a light verb's noun after the name


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Am Ende zog Jonas Sommer Bilanz.", "Jonas Sommer"),
        ("Anschließend machte Greta Winter Mut.", "Greta Winter"),
        ("Zum Schluss zog die Leiterin Anna Probe Resümee.", "Anna Probe"),
        ("Danach hielt Projektleiter Karl Sommer Rückschau.", "Karl Sommer"),
        ("Zum Schluss nahm Petra Beispiel Stellung.", "Petra Beispiel"),
        ("Anschließend stellte Ole Fiktiv Ergebnisse vor.", "Ole Fiktiv"),
        ("Danach präsentierte Anna Probe Zahlen aus dem Projekt.", "Anna Probe"),
        ("Am Ende überreichte Karl Muster Urkunden an die Teilnehmenden.", "Karl Muster"),
    ],
)
def test_the_object_of_a_verb_after_its_subject_is_no_second_family_name(body: str, person: str) -> None:
    assert {label for type_, label in _facts(body).entities if type_ == "Person"} == {person}


def test_a_double_family_name_after_a_speech_verb_stays_whole() -> None:
    assert ("Person", "Lucia Ferreira Santos") in _facts("„Gut so“, sagte Lucia Ferreira Santos.").entities


@pytest.mark.parametrize(
    ("body", "speaker", "quote"),
    [
        ("„Wir haben viel erreicht“, zog Jonas Sommer Bilanz.", "Jonas Sommer", "Wir haben viel erreicht"),
        ("„Das Jahr war gut“, zieht Petra Beispiel Bilanz.", "Petra Beispiel", "Das Jahr war gut"),
        ("„Es hat sich gelohnt“, zog die Leiterin Anna Probe Resümee.", "Anna Probe", "Es hat sich gelohnt"),
    ],
)
def test_drawing_a_balance_after_a_quote_attributes_it(body: str, speaker: str, quote: str) -> None:
    assert _facts(body).quotes.get(speaker) == [quote]


# ---------------------------------------------------------------- a town after a title is no family name


@pytest.mark.parametrize(
    "body",
    [
        "Es sprach Lea Muster (Bürgermeisterin Gotha) über die Stadt.",
        "Landrätin Eisenach und Bürgermeister Gotha kamen zum Empfang.",
        "Auch Oberbürgermeister Weimar war eingeladen.",
    ],
)
def test_a_town_after_a_title_noun_is_not_read_as_a_family_name(body: str) -> None:
    people = {label for type_, label in _facts(body).entities if type_ == "Person"}
    assert not people & {"Gotha", "Eisenach", "Weimar"}


def test_a_town_name_after_herr_is_still_a_family_name() -> None:
    assert ("Person", "Gotha") in _facts("Herr Gotha sagte, er sei zufrieden.").entities


# ---------------------------------------------------------------- an event's name is no person's


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Der 2. Fachkräftekongress Nordhessen fand am 14. Mai 2031 in Kassel statt. Karl Muster sprach.",
            "2. Fachkräftekongress Nordhessen",
        ),
        (
            "Die 3. Zukunftswerkstatt Mittelhessen fand am 2. März 2031 in Gießen statt. Petra Beispiel sprach.",
            "3. Zukunftswerkstatt Mittelhessen",
        ),
        (
            "Am 2. März 2031 eröffnete Anna Probe das Netzwerktreffen Südbaden, das in Freiburg stattfand.",
            "Netzwerktreffen Südbaden",
        ),
    ],
)
def test_a_word_ending_in_an_event_noun_opens_no_persons_name(body: str, event: str) -> None:
    f = facts_of("Titel\n\n" + body, dt.date(2031, 6, 20))
    assert not any(t == "Person" and label.startswith(event.split()[-2]) for t, label in f.entities)
    assert event in {label for label, _ in f.events}


# ---------------------------------------------------------------- the field of a doctorate


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Es sprach Prof. Dr. med. Hans-Peter von der Heide.", "Hans-Peter von der Heide"),
        ("Den Vortrag hielt Dr. rer. nat. Eva Lang.", "Eva Lang"),
        ("Die Moderation übernahm Dr. phil. habil. Jonas Sommer.", "Jonas Sommer"),
        ("Grüße überbrachte Prof. Dr. jur. Greta Probe von der Stiftung Lichtblick.", "Greta Probe"),
    ],
)
def test_a_doctorate_s_field_is_no_name(body: str, person: str) -> None:
    assert {label for kind, label in _facts(body).entities if kind == "Person"} == {person}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Gestern kam Lucia Ferreira Santos nach Kassel.", "Lucia Ferreira Santos"),
        ("Im Mai wechselte Marta Oliveira Costa in die Beratung.", "Marta Oliveira Costa"),
        ("Seit Juni ist Paulo Sousa Lima für die Stadt tätig.", "Paulo Sousa Lima"),
    ],
)
def test_a_double_family_name_before_a_preposition_stays_whole(body: str, name: str) -> None:
    assert ("Person", name) in _facts(body).entities


@pytest.mark.parametrize(
    "title",
    [
        "Zwei Tage Austausch: Fachkräfte treffen sich in Fulda",
        "Drei Tage Praxis im Betrieb",
        "5 Tage Werkstatt für Geflüchtete",
    ],
)
def test_a_counted_noun_opening_a_headline_is_no_given_name(title: str) -> None:
    facts = facts_of(title + "\n\nDas Netzwerk lud ein.")
    assert not [e for e in facts.entities if e[0] == "Person"]
