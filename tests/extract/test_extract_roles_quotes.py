"""Roles, memberships, quotes and names: each construction in invented sentences, several variants each."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _facts(body: str):  # type: ignore[no-untyped-def]
    return facts_of("Titel\n\n" + body)


# ---------------------------------------------------------------- roles: word orders


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Sozialministerin Petra Beispiel eröffnete den Abend.",
            ("Petra Beispiel", "Sozialministerin", None),
        ),
        (
            "Zum Auftakt sprach Bürgermeisterin Dr. Wiebke Probe über den Ort.",
            ("Wiebke Probe", "Bürgermeisterin", None),
        ),
        (
            "Petra Beispiel, Geschäftsführerin der Brückenbau gGmbH, begrüßte alle Gäste.",
            ("Petra Beispiel", "Geschäftsführerin", "Brückenbau gGmbH"),
        ),
        (
            "Es sprach Karl Muster, Vorsitzender der Stiftung Lichtblick, über die Pläne.",
            ("Karl Muster", "Vorsitzender", "Stiftung Lichtblick"),
        ),
        (
            "Die neue Leiterin des Vereins Brückenbau e. V., Petra Beispiel, stellte das Programm vor.",
            ("Petra Beispiel", "Leiterin", "Brückenbau e. V."),
        ),
    ],
)
def test_role_before_or_after_the_name(body: str, role: tuple[str, str, str | None]) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Petra Beispiel wird neue Geschäftsführerin des Vereins Brückenbau e. V.",
            ("Petra Beispiel", "Geschäftsführerin", "Brückenbau e. V."),
        ),
        (
            "Karl Muster wurde zum Vorsitzenden der Stiftung Lichtblick ernannt.",
            ("Karl Muster", "Vorsitzender", "Stiftung Lichtblick"),
        ),
        (
            "Karl Muster ist neuer Leiter der Stiftung Lichtblick.",
            ("Karl Muster", "Leiter", "Stiftung Lichtblick"),
        ),
        (
            "Heinz Probe war zuvor Referent im Bundesministerium für Arbeit und Soziales.",
            ("Heinz Probe", "Referent", "Bundesministerium für Arbeit und Soziales"),
        ),
    ],
)
def test_appointments_and_earlier_posts(body: str, role: tuple[str, str, str | None]) -> None:
    assert role in _facts(body).roles


def test_taking_over_the_lead_of_a_network() -> None:
    f = _facts("Petra Beispiel übernimmt die Leitung des IQ Netzwerks Hessen.")
    assert ("Petra Beispiel", "Leitung", "IQ Landesnetzwerk Hessen") in f.roles
    assert ("IQ Landesnetzwerk Hessen", "ledBy", "Petra Beispiel") in f.relations


@pytest.mark.parametrize(
    "body",
    [
        "Es diskutierten Anna Beispiel, Referentin der Stiftung Lichtblick, Bernd Muster, Geschäftsführer "
        "der Brückenbau gGmbH, und Clara Probe.",
        "Auf dem Podium: Anna Beispiel, Referentin der Stiftung Lichtblick, und Bernd Muster, Geschäftsführer "
        "der Brückenbau gGmbH.",
        "Anna Beispiel, Referentin der Stiftung Lichtblick, sowie Bernd Muster, Geschäftsführer der "
        "Brückenbau gGmbH, stellten sich vor.",
    ],
)
def test_a_list_of_appositions_gives_each_name_its_own_role(body: str) -> None:
    roles = _facts(body).roles
    assert ("Anna Beispiel", "Referentin", "Stiftung Lichtblick") in roles
    assert ("Bernd Muster", "Geschäftsführer", "Brückenbau gGmbH") in roles
    assert not {r for r in roles if r[0] == "Bernd Muster" and r[1] == "Referentin"}


@pytest.mark.parametrize(
    ("body", "holder", "other"),
    [
        (
            "Zu Gast waren Oberbürgermeisterin Petra Beispiel, Minister für Arbeit des Saarlandes, Karl Muster, und andere.",
            "Karl Muster",
            "Petra Beispiel",
        ),
        (
            "Es kamen Karl Muster, Leiterin des Bereichs Beratung, Petra Beispiel, und weitere Gäste.",
            "Petra Beispiel",
            "Karl Muster",
        ),
        (
            "Anwesend waren Hans Probe, Referentin der Stiftung Lichtblick, Greta Muster, und viele mehr.",
            "Greta Muster",
            "Hans Probe",
        ),
    ],
)
def test_a_role_noun_goes_to_the_name_of_its_gender(body: str, holder: str, other: str) -> None:
    people = {person for person, _, _ in _facts(body).roles}
    assert holder in people
    assert other not in {
        p for p, t, _ in _facts(body).roles if t.startswith(("Minister ", "Leiterin", "Referentin"))
    }


@pytest.mark.parametrize(
    ("body", "name", "mandate"),
    [
        ("Es sprach Petra Beispiel MdL, Sprecherin für Integration.", "Petra Beispiel", "MdL"),
        ("Karl Muster MdB besuchte die Beratungsstelle.", "Karl Muster", "MdB"),
        ("Grüße überbrachte Dr. Wiebke Probe MdL.", "Wiebke Probe", "MdL"),
    ],
)
def test_mandates_are_roles_without_organisation(body: str, name: str, mandate: str) -> None:
    assert (name, mandate, None) in _facts(body).roles


def test_a_role_after_a_mandate_is_the_same_persons() -> None:
    f = _facts("Danach sprach Petra Beispiel MdL, Sprecherin für Integration, über das Gesetz.")
    assert ("Petra Beispiel", "Sprecherin für Integration", None) in f.roles


@pytest.mark.parametrize(
    ("body", "title", "org"),
    [
        (
            "Petra Beispiel, Leiterin der Abteilung Beratung und Bildung der Stiftung Lichtblick, sprach.",
            "Leiterin der Abteilung",
            "Stiftung Lichtblick",
        ),
        (
            "Karl Muster, Leiter des Geschäftsbereichs Bildung der Stiftung Lichtblick, sprach.",
            "Leiter des Geschäftsbereichs",
            "Stiftung Lichtblick",
        ),
        (
            "Greta Probe, Referentin Sprache und Arbeit bei der Brückenbau gGmbH, sprach.",
            "Referentin",
            "Brückenbau gGmbH",
        ),
    ],
)
def test_the_organisation_after_the_rest_of_a_title(body: str, title: str, org: str) -> None:
    roles = _facts(body).roles
    assert any(t.startswith(title) and o == org for _, t, o in roles), roles


def test_a_title_tail_ends_at_the_next_role() -> None:
    f = _facts(
        "Karl Muster, Leiter der Bildungsabteilung und Projektleiter im IQ Netzwerk Hessen, begrüßte die Gäste."
    )
    assert not {r for r in f.roles if r[1].startswith("Leiter der") and r[2] == "IQ Landesnetzwerk Hessen"}


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Es sprach Staatssekretärin Petra Beispiel, Ministerium für Soziales und Integration\nDanach folgte eine Pause.",
            ("Petra Beispiel", "Staatssekretärin", "Ministerium für Soziales und Integration"),
        ),
        (
            "Grußwort: Staatssekretär Karl Muster, Bundesministerium für Arbeit und Soziales\n",
            ("Karl Muster", "Staatssekretär", "Bundesministerium für Arbeit und Soziales"),
        ),
        (
            "Es sprachen Präsidentin Greta Probe, Stiftung Lichtblick, und andere.",
            ("Greta Probe", "Präsidentin", "Stiftung Lichtblick"),
        ),
    ],
)
def test_the_organisation_in_apposition_after_the_name(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Auch der sächsische Arbeitsminister Karl Muster kam.",
            ("Karl Muster", "sächsischer Arbeitsminister", None),
        ),
        (
            "Mit dem brandenburgischen Sozialminister Heinz Probe sprach sie lange.",
            ("Heinz Probe", "brandenburgischer Sozialminister", None),
        ),
        (
            "Auch die hessische Sozialministerin Petra Beispiel kam.",
            ("Petra Beispiel", "hessische Sozialministerin", None),
        ),
    ],
)
def test_a_title_without_its_article_takes_the_strong_adjective(
    body: str, role: tuple[str, str, None]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "org"),
    [
        ("HWK-Präsident Karl Muster begrüßte die Gäste.", "HWK"),
        ("Die IHK-Präsidentin Petra Beispiel sprach zuerst.", "IHK"),
        ("Gesprochen hat BAMF-Präsident Heinz Probe.", "BAMF"),
    ],
)
def test_an_organisation_as_first_part_of_a_role_compound(body: str, org: str) -> None:
    roles = _facts(body).roles
    assert any(t.startswith(org + "-Präsident") for _, t, _ in roles), roles


@pytest.mark.parametrize(
    "body",
    [
        "Petra Beispiel, Geschäftsführerin der Brückenbau gGmbH, sprach.",
        "Es sprach Karl Muster, Geschäftsführer der Lichtblick Service GmbH, zum Schluss.",
        "Die Geschäftsführerin der Brückenbau gGmbH Petra Beispiel eröffnete.",
    ],
)
def test_a_role_noun_is_no_part_of_an_organisations_name(body: str) -> None:
    names = {label for kind, label in _facts(body).entities if kind == "Organisation"}
    assert names and not {n for n in names if n.startswith("Geschäftsführer")}


@pytest.mark.parametrize(
    "body",
    [
        "Die Leiterin sprach mit ihren Mitarbeiterinnen Anna Beispiel und Greta Probe.",
        "Seine Mitarbeiterinnen Anna Beispiel und Greta Probe berieten.",
        "Es halfen die Beraterinnen Anna Beispiel und Greta Probe.",
    ],
)
def test_a_plural_role_without_organisation_is_no_role(body: str) -> None:
    assert not {r for r in _facts(body).roles if r[1].endswith("innen")}


# ---------------------------------------------------------------- memberships


@pytest.mark.parametrize(
    ("body", "members", "org"),
    [
        (
            "Karl Beispiel (Stiftung Lichtblick) erläuterte die Zahlen.",
            ["Karl Beispiel"],
            "Stiftung Lichtblick",
        ),
        (
            "Anna Beispiel und Bernd Muster (Brückenbau gGmbH) stellten das Projekt vor.",
            ["Anna Beispiel", "Bernd Muster"],
            "Brückenbau gGmbH",
        ),
        (
            "Es berichtete Greta Probe von Brückenbau gGmbH über ihre Arbeit.",
            ["Greta Probe"],
            "Brückenbau gGmbH",
        ),
        (
            "Es berichtete Greta Probe vom Verein Brückenbau e. V. über ihre Arbeit.",
            ["Greta Probe"],
            "Brückenbau e. V.",
        ),
    ],
)
def test_membership_in_parentheses_or_with_von(body: str, members: list[str], org: str) -> None:
    relations = _facts(body).relations
    for person in members:
        assert (person, "memberOf", org) in relations


def test_von_after_two_names_belongs_to_the_last() -> None:
    f = _facts("Oberbürgermeister Karl Muster und Greta Probe vom Verein Brückenbau e. V. luden ein.")
    assert ("Greta Probe", "memberOf", "Brückenbau e. V.") in f.relations
    assert ("Karl Muster", "memberOf", "Brückenbau e. V.") not in f.relations


def test_no_membership_beside_a_role_in_the_same_organisation() -> None:
    f = _facts("Petra Beispiel, Geschäftsführerin der Brückenbau gGmbH, sprach.")
    assert ("Petra Beispiel", "memberOf", "Brückenbau gGmbH") not in f.relations


# ---------------------------------------------------------------- persons


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Als Expertin sprach Cristina Alvarez Moreno von der Stiftung Lichtblick.",
            "Cristina Alvarez Moreno",
        ),
        ("Das Team bilden Maria Quispe Rojas, Anna Beispiel und Karl Muster.", "Maria Quispe Rojas"),
        ("Zuletzt sprach Lucia Ferreira Santos.", "Lucia Ferreira Santos"),
    ],
)
def test_double_family_names(body: str, name: str) -> None:
    assert ("Person", name) in _facts(body).entities


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Senator Brodersen: „Wir werden die Beratung weiter gut ausbauen.“", "Brodersen"),
        ("Dazu sagte Ministerin Habermalz am Montag wenig.", "Habermalz"),
        ("Staatssekretär Quandtmeyer eröffnete die Sitzung.", "Quandtmeyer"),
    ],
)
def test_a_family_name_alone_after_a_title(body: str, name: str) -> None:
    assert ("Person", name) in _facts(body).entities


def test_a_family_name_after_a_title_links_to_the_full_name() -> None:
    f = _facts("Petra Beispiel leitet das Amt. Senatorin Beispiel sprach zuerst.")
    assert {label for kind, label in f.entities if kind == "Person"} == {"Petra Beispiel"}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Von links: Stefan Beispiel (BMBF), Zaneko Probandt, Diana Muster.", "Zaneko Probandt"),
        ("Es kamen Anna Beispiel und Temuko Probandt.", "Temuko Probandt"),
        ("So wie bei dem Bauingenieur Suvan Probandt, der hier beraten wurde.", "Suvan Probandt"),
    ],
)
def test_unknown_given_names_in_a_name_slot(body: str, name: str) -> None:
    assert ("Person", name) in _facts(body).entities


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Es sprach Lenke Muster von Club Brückenbau e. V. zum Thema.", "Lenke Muster"),
        ("Es sprach Karl von Probe zum Thema.", "Karl von Probe"),
        ("Minister Dr. Magnus Jung sprach.", "Magnus Jung"),
    ],
)
def test_particles_and_short_family_names(body: str, name: str) -> None:
    assert ("Person", name) in _facts(body).entities


def test_a_name_after_a_quoted_line_is_a_name() -> None:
    f = _facts(
        '„Wir bleiben dran.“\nHarm Muster, Geschäftsführer der Brückenbau gGmbH: "Das ist uns wichtig und gut."'
    )
    assert ("Person", "Harm Muster") in f.entities


# ---------------------------------------------------------------- quotes


@pytest.mark.parametrize(
    "body",
    [
        "Senatorin Dr. Petra Beispiel: „Wir wollen möglichst viele Menschen gut beraten.“",
        'Petra Beispiel, Leiterin der Stiftung Lichtblick: "Wir wollen möglichst viele Menschen gut beraten."',
        "»Wir wollen möglichst viele Menschen gut beraten«, sagte Petra Beispiel.",
        "„Wir wollen möglichst viele Menschen gut beraten“, so Petra Beispiel.",
        "Petra Beispiel betonte in ihrer Ansprache: ?Wir wollen möglichst viele Menschen gut beraten.?",
    ],
)
def test_quotation_styles_and_attributions(body: str) -> None:
    quotes = _facts(body).quotes
    assert list(quotes) == ["Petra Beispiel"]
    assert quotes["Petra Beispiel"][0].startswith("Wir wollen möglichst viele Menschen gut beraten")


@pytest.mark.parametrize(
    "body",
    [
        'Der Verein war Partner des Bündnisses "Vielfalt Nord". "Es ist uns ein großes Anliegen, hier zu helfen", so Karl Muster.',
        'Sie nannte es "gut". "Es ist uns ein großes Anliegen, hier zu helfen", sagte Karl Muster.',
        'Das Wort Bündnis" stand dort. "Es ist uns ein großes Anliegen, hier zu helfen", erklärte Karl Muster.',
    ],
)
def test_a_stray_mark_does_not_shift_the_pairs(body: str) -> None:
    quotes = _facts(body).quotes
    assert quotes["Karl Muster"] == ["Es ist uns ein großes Anliegen, hier zu helfen"]


@pytest.mark.parametrize(
    "body",
    [
        "Der Weg ist lang. „Hier hilft das\nMentoring ganz gezielt“, erklärt Beispiel, „indem es Menschen\nzusammenbringt.“ Petra Beispiel lacht.",
        "„Hier hilft das Mentoring ganz gezielt“, sagte Petra Beispiel, „indem es Menschen zusammenbringt.“",
        "„Hier hilft das Mentoring ganz gezielt“, so Beispiel, „indem es Menschen zusammenbringt.“ Petra Beispiel lacht.",
    ],
)
def test_a_quote_interrupted_by_its_attribution_is_one_quote(body: str) -> None:
    quotes = _facts(body).quotes["Petra Beispiel"]
    assert len(quotes) == 1
    assert " ".join(quotes[0].split()).startswith("Hier hilft das Mentoring ganz gezielt indem es")


def test_several_quotes_of_one_person() -> None:
    f = _facts(
        "„Die Beratung wirkt sehr schnell“, sagte Karl Muster. Danach gab es Kaffee.\n\n"
        "„Wir machen im nächsten Jahr weiter“, betonte Karl Muster."
    )
    assert f.quotes["Karl Muster"] == [
        "Die Beratung wirkt sehr schnell",
        "Wir machen im nächsten Jahr weiter",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Wie läuft die Beratung?\nPetra Beispiel: Sehr gut, wir beraten jede Woche viele Menschen.",
        "Petra Beispiel und Karl Muster im Gespräch.\nPetra Beispiel: Sehr gut, wir beraten jede Woche viele Menschen.\n"
        "Karl Muster: Und wir helfen bei allen Fragen zur Anerkennung weiter.",
        "Was bietet das Projekt?\nBeispiel: Sehr gut, wir beraten jede Woche viele Menschen.\nPetra Beispiel lacht.",
    ],
)
def test_printed_interview_answers(body: str) -> None:
    quotes = _facts(body).quotes
    assert quotes["Petra Beispiel"] == ["Sehr gut, wir beraten jede Woche viele Menschen."]


@pytest.mark.parametrize(
    "body",
    [
        "Kontakt: Petra Beispiel, Telefon und E-Mail stehen unten auf dieser Seite.",
        "Petra Beispiel: Beratung für alle Menschen im ganzen Land\nDas Projekt startet im Mai.",
        "Foto: Petra Beispiel, alle Rechte liegen beim Verein Brückenbau e. V.",
    ],
)
def test_no_interview_without_an_interview(body: str) -> None:
    assert _facts(body).quotes == {}


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (
            "Staatssekretär Karl Muster unterstrich die Notwendigkeit eines „langen Atems“ bei der Integration.",
            "langen Atems",
        ),
        ("Petra Beispiel erklärte, Fachkräfte könnten wählen, „wo sie hingehen“.", "wo sie hingehen"),
        ("Heinz Probe betonte, man brauche „mehr Geduld und Zeit“.", "mehr Geduld und Zeit"),
    ],
)
def test_fragments_quoted_in_reported_speech(body: str, fragment: str) -> None:
    quotes = _facts(body).quotes
    assert fragment in next(iter(quotes.values()))


@pytest.mark.parametrize(
    "body",
    [
        "Karl Muster sprach über das Projekt „Neue Wege in Arbeit“ in der Stadt.",
        "Petra Beispiel berichtete vom Wettbewerb „Vielfalt gewinnt im Norden“ und seinen Preisen.",
        "Eine Sprecherin sagte: „Wir wollen möglichst viele Menschen gut beraten.“",
        "Petra Beispiel sagte, man wolle möglichst viele Menschen gut beraten.",
        "Das Ziel ist „gleichberechtigte Teilhabe“ aller Menschen, sagte die Runde.",
    ],
)
def test_no_quote_for_titles_unnamed_speakers_or_indirect_speech(body: str) -> None:
    assert _facts(body).quotes == {}


@pytest.mark.parametrize(
    "body",
    [
        "'Wir wollen möglichst viele Menschen gut beraten', sagte Petra Beispiel.",
        "‚Wir wollen möglichst viele Menschen gut beraten‘, sagte Petra Beispiel.",
        "Petra Beispiel sagte: ‘Wir wollen möglichst viele Menschen gut beraten.’",
    ],
)
def test_single_quotation_marks(body: str) -> None:
    quotes = _facts(body).quotes
    assert quotes["Petra Beispiel"][0].startswith("Wir wollen möglichst viele Menschen gut beraten")


@pytest.mark.parametrize(
    "body",
    [
        "Petra Beispiel geht's gut, sagte sie, und Hans' Buch ist 'neu'.",
        "Karl Muster sagte, das sei „neu“ für alle.",
        "Es geht's weiter, sagte Karl Muster über Jens' Plan.",
    ],
)
def test_apostrophes_and_single_words_are_no_quotes(body: str) -> None:
    assert _facts(body).quotes == {}


@pytest.mark.parametrize(
    "body",
    [
        "Bayerns Sozialministerin Petra Beispiel erklärt dazu:\n\nWir wollen möglichst viele Menschen gut beraten.",
        "Dazu sagt Senatorin Petra Beispiel:\nUnser Ziel ist es, möglichst viele Menschen gut zu beraten.",
        "Petra Beispiel will das ändern:\n\nIch möchte möglichst viele Menschen gut beraten lassen.“",
    ],
)
def test_a_first_person_paragraph_after_a_colon(body: str) -> None:
    assert list(_facts(body).quotes) == ["Petra Beispiel"]


@pytest.mark.parametrize(
    "body",
    [
        "Die Partner sind:\n\nWir als Verein, die Stiftung Lichtblick und die Stadt.",
        "Petra Beispiel und Karl Muster erklären dazu:\n\nWir wollen möglichst viele Menschen gut beraten.",
        "Petra Beispiel erklärt dazu:\n\nDie Beratung ist kostenlos und steht allen Menschen offen.",
    ],
)
def test_no_statement_without_one_speaker_or_in_the_third_person(body: str) -> None:
    assert _facts(body).quotes == {}


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Sozialministerin Petra Beispiel eröffnete den Tag.\n\nDas gilt für alle Menschen im Land gleich“, so die Ministerin.",
            "Petra Beispiel",
        ),
        (
            "Karl Muster, Koordinator des IQ Netzwerks Hessen, begrüßte alle. „Wir beraten jede Woche viele Menschen“, sagte der Koordinator.",
            "Karl Muster",
        ),
        (
            "Es sprach Senatorin Greta Probe. Danach betonte die Senatorin: „Die Beratung bleibt für alle offen.“",
            "Greta Probe",
        ),
    ],
)
def test_a_role_noun_with_its_article_names_its_holder(body: str, speaker: str) -> None:
    assert list(_facts(body).quotes) == [speaker]


def test_a_role_noun_held_by_two_people_names_nobody() -> None:
    f = _facts(
        "Es sprachen Senatorin Greta Probe und Senatorin Petra Beispiel. "
        "„Die Beratung bleibt für alle offen“, sagte die Senatorin."
    )
    assert f.quotes == {}


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Der Sächsische Ausländerbeauftragte Karl Muster kam.",
            ("Karl Muster", "Sächsischer Ausländerbeauftragter", None),
        ),
        (
            "Mit dem stellvertretenden Vorsitzenden Karl Muster sprach sie.",
            ("Karl Muster", "stellvertretender Vorsitzender", None),
        ),
        (
            "Mit der stellvertretenden Vorsitzenden Petra Beispiel sprach er.",
            ("Petra Beispiel", "stellvertretende Vorsitzende", None),
        ),
        (
            "Die Sächsische Ausländerbeauftragte Petra Beispiel kam.",
            ("Petra Beispiel", "Sächsische Ausländerbeauftragte", None),
        ),
    ],
)
def test_adjectival_role_nouns_in_the_nominative_without_article(
    body: str, role: tuple[str, str, None]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "kept", "dropped"),
    [
        (
            "Es kam Petra Beispiel, Beauftragte für Migration und Integration. Die Integrationsbeauftragte Beispiel sprach.",
            "Beauftragte für Migration und Integration",
            "Integrationsbeauftragte",
        ),
        (
            "Es kam Petra Beispiel, Ministerin für Soziales und Arbeit. Sozialministerin Beispiel sprach.",
            "Ministerin für Soziales und Arbeit",
            "Sozialministerin",
        ),
        (
            "Es kam Karl Muster, Beauftragter für Arbeit und Bildung. Der Bildungsbeauftragte Muster sprach.",
            "Beauftragter für Arbeit und Bildung",
            "Bildungsbeauftragter",
        ),
    ],
)
def test_a_compound_title_gives_way_to_its_spelt_out_form(body: str, kept: str, dropped: str) -> None:
    titles = {t for _, t, _ in _facts(body).roles}
    assert kept in titles and dropped not in titles


def test_a_compound_of_another_portfolio_stays() -> None:
    titles = {
        t
        for _, t, _ in _facts(
            "Es kam Petra Beispiel, Ministerin für Bildung. Arbeitsministerin Beispiel sprach."
        ).roles
    }
    assert {"Ministerin für Bildung", "Arbeitsministerin"} <= titles


@pytest.mark.parametrize(
    "body",
    [
        "„Wir beraten jede Woche viele Menschen.“ Mit diesen Worten eröffnete Petra Beispiel die Tagung.",
        "„Wir beraten jede Woche viele Menschen.“ Das betonte Petra Beispiel am Montag.",
        "„Wir beraten jede Woche viele Menschen.“ Dies unterstrich Petra Beispiel zum Schluss.",
    ],
)
def test_the_next_sentence_pointing_back_names_the_speaker(body: str) -> None:
    assert list(_facts(body).quotes) == ["Petra Beispiel"]


def test_a_next_sentence_about_something_else_names_nobody() -> None:
    assert (
        _facts("„Wir beraten jede Woche viele Menschen.“ Das Projekt von Petra Beispiel läuft.").quotes == {}
    )


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Petra Beispiel, seit 2019 Geschäftsführerin der Brückenbau gGmbH, sprach.",
            ("Petra Beispiel", "Geschäftsführerin", "Brückenbau gGmbH"),
        ),
        (
            "Karl Muster, zuvor Referent im Bundesministerium für Arbeit und Soziales, sprach.",
            ("Karl Muster", "Referent", "Bundesministerium für Arbeit und Soziales"),
        ),
        (
            "Greta Probe, bisher Vorsitzende der Stiftung Lichtblick, kam.",
            ("Greta Probe", "Vorsitzende", "Stiftung Lichtblick"),
        ),
    ],
)
def test_an_apposition_with_a_time_adverb(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Geschäftsführerin Petra Beispiel (Brückenbau gGmbH) sprach.",
            ("Petra Beispiel", "Geschäftsführerin", "Brückenbau gGmbH"),
        ),
        (
            "Es sprach Vorsitzender Karl Muster (Stiftung Lichtblick) zuerst.",
            ("Karl Muster", "Vorsitzender", "Stiftung Lichtblick"),
        ),
        (
            "Projektleiterin Greta Probe (Verein Brückenbau e. V.) stellte vor.",
            ("Greta Probe", "Projektleiterin", "Brückenbau e. V."),
        ),
    ],
)
def test_the_organisation_in_parentheses_after_a_titled_name(body: str, role: tuple[str, str, str]) -> None:
    f = _facts(body)
    assert role in f.roles
    assert (role[0], "memberOf", role[2]) not in f.relations


@pytest.mark.parametrize(
    ("body", "member", "org"),
    [
        ("Anna Beispiel arbeitet bei der Brückenbau gGmbH.", "Anna Beispiel", "Brückenbau gGmbH"),
        ("Karl Muster ist Mitglied im Verein Brückenbau e. V.", "Karl Muster", "Brückenbau e. V."),
        (
            "Greta Probe ist seit 2019 bei der Stiftung Lichtblick tätig.",
            "Greta Probe",
            "Stiftung Lichtblick",
        ),
    ],
)
def test_membership_stated_by_a_verb(body: str, member: str, org: str) -> None:
    assert (member, "memberOf", org) in _facts(body).relations


@pytest.mark.parametrize(
    "body",
    [
        "Greta Probe ist im Verein Brückenbau e. V. zu Gast.",
        "Karl Muster war in der Stiftung Lichtblick.",
        "Anna Beispiel ist bei der Brückenbau gGmbH eingeladen.",
    ],
)
def test_being_somewhere_is_no_membership(body: str) -> None:
    assert not {r for r in _facts(body).relations if r[1] == "memberOf"}


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Die Mitarbeiterin der Brückenbau gGmbH Anna Beispiel sprach.",
            ("Anna Beispiel", "Mitarbeiterin", "Brückenbau gGmbH"),
        ),
        (
            "Der Geschäftsführer der Brückenbau gGmbH Karl Muster sprach.",
            ("Karl Muster", "Geschäftsführer", "Brückenbau gGmbH"),
        ),
        (
            "Mit dem Vorsitzenden der Lichtblick Service GmbH Karl Muster sprach sie.",
            ("Karl Muster", "Vorsitzender", "Lichtblick Service GmbH"),
        ),
    ],
)
def test_role_organisation_and_name_in_one_phrase(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


# ---------------------------------------------------------------- round 2: more role nouns and constructions


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Der Chef der Stiftung Lichtblick Karl Muster sprach.",
            ("Karl Muster", "Chef", "Stiftung Lichtblick"),
        ),
        (
            "Es sprach Chefin der Brückenbau gGmbH Petra Beispiel.",
            ("Petra Beispiel", "Chefin", "Brückenbau gGmbH"),
        ),
        (
            "Dr. Karl Muster, Experte von der Stiftung Lichtblick, sprach.",
            ("Karl Muster", "Experte", "Stiftung Lichtblick"),
        ),
        (
            "Petra Beispiel (Rechtsanwältin und Mediatorin) gab Tipps.",
            ("Petra Beispiel", "Rechtsanwältin und Mediatorin", None),
        ),
        ("Schirmherrin Greta Probe dankte allen.", ("Greta Probe", "Schirmherrin", None)),
    ],
)
def test_more_role_nouns(body: str, role: tuple[str, str, str | None]) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    "body",
    [
        "Die Schirmherrschaft übernahm Petra Beispiel.",
        "Die Expertenschaft sprach mit Karl Muster.",
        "Mit Präsidentschaft und Vorstandschaft sprach Greta Probe.",
    ],
)
def test_a_noun_in_schaft_is_no_role(body: str) -> None:
    assert _facts(body).roles == set()


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Das Modell stellte der Geschäftsführer der Stiftung Lichtblick, Mag. (FH) Karl Muster, vor.",
            "Karl Muster",
        ),
        (
            "Es sprach die Leiterin des Vereins Brückenbau e. V., Dipl.-Ing. Petra Beispiel, zuerst.",
            "Petra Beispiel",
        ),
        ("Die Vorsitzende der Stiftung Lichtblick, Dr. Greta Probe, begrüßte alle.", "Greta Probe"),
    ],
)
def test_academic_degrees_between_role_and_name(body: str, name: str) -> None:
    assert any(r[0] == name and r[2] is not None for r in _facts(body).roles)


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Das Ministerium für Arbeit und Soziales des Landes Beispielland lud ein. "
            "Es sprach Arbeitsministerin Petra Beispiel.",
            (
                "Petra Beispiel",
                "Arbeitsministerin",
                "Ministerium für Arbeit und Soziales des Landes Beispielland",
            ),
        ),
        (
            "Staatssekretär Karl Muster eröffnete den Tag. Eingeladen hatte das Ministerium für Bildung und Kultur.",
            ("Karl Muster", "Staatssekretär", "Ministerium für Bildung und Kultur"),
        ),
        (
            "Im Ministerium für Soziales und Integration trafen sich alle. Die Sozialministerin Greta Probe sprach.",
            ("Greta Probe", "Sozialministerin", "Ministerium für Soziales und Integration"),
        ),
    ],
)
def test_a_ministers_ministry_named_elsewhere_in_the_release(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


def test_a_minister_of_another_portfolio_gets_no_ministry() -> None:
    body = "Das Ministerium für Bildung und Kultur lud ein. Es sprach Arbeitsministerin Petra Beispiel."
    assert ("Petra Beispiel", "Arbeitsministerin", None) in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Die Osnabrücker Landrätin Petra Beispiel sprach.",
            ("Petra Beispiel", "Landrätin", "Landkreis Osnabrück"),
        ),
        ("Es sprach der Göttinger Landrat Karl Muster.", ("Karl Muster", "Landrat", "Landkreis Göttingen")),
        ("Landrat Karl Muster sprach.", ("Karl Muster", "Landrat", None)),
    ],
)
def test_a_landrat_heads_the_landkreis_of_the_town_adjective(
    body: str, role: tuple[str, str, str | None]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "members", "title", "org"),
    [
        (
            "Es erklären Petra Beispiel, Leiterin der Brückenbau gGmbH, sowie ihre Mitarbeiterinnen Anna Probe und "
            "Greta Muster das Angebot.",
            ["Anna Probe", "Greta Muster"],
            "Mitarbeiterin",
            "Brückenbau gGmbH",
        ),
        (
            "Karl Muster, Geschäftsführer der Stiftung Lichtblick, und seine Referentinnen Anna Probe, Greta Muster "
            "und Wiebke Beispiel luden ein.",
            ["Anna Probe", "Greta Muster", "Wiebke Beispiel"],
            "Referentin",
            "Stiftung Lichtblick",
        ),
        (
            "Mit dabei waren Karl Muster, Vorsitzender des Vereins Brückenbau e. V., und seine Beraterinnen "
            "Anna Probe und Greta Muster.",
            ["Anna Probe", "Greta Muster"],
            "Beraterin",
            "Brückenbau e. V.",
        ),
    ],
)
def test_a_plural_role_after_a_possessive_takes_the_previous_organisation(
    body: str, members: list[str], title: str, org: str
) -> None:
    roles = _facts(body).roles
    for person in members:
        assert (person, title, org) in roles


# ---------------------------------------------------------------- round 2: quotes


@pytest.mark.parametrize(
    ("body", "speaker", "fragment"),
    [
        (
            "In ihrer Rede betonte Petra Beispiel, man solle „Vielfalt als Stärke begreifen“ und mehr tun.",
            "Petra Beispiel",
            "Vielfalt als Stärke begreifen",
        ),
        (
            "Karl Muster sagte, man müsse „Brücken in den Arbeitsmarkt bauen“.",
            "Karl Muster",
            "Brücken in den",
        ),
        (
            "Staatssekretärin Petra Beispiel lobte das Modell. Dabei forderte die Staatssekretärin, man möge "
            "„Chancen früher erkennen“ im Alltag.",
            "Petra Beispiel",
            "Chancen früher erkennen",
        ),
        (
            "Nach Worten von Karl Muster ist die Beratung „ein großer Erfolg für die Region“.",
            "Karl Muster",
            "ein großer Erfolg",
        ),
    ],
)
def test_capitalised_fragments_a_reported_clause_runs_into(body: str, speaker: str, fragment: str) -> None:
    assert any(fragment in q for q in _facts(body).quotes[speaker])


@pytest.mark.parametrize(
    "body",
    [
        "Petra Beispiel erklärte, sie leite „Neue Wege in Arbeit“ seit Jahren.",
        "Petra Beispiel sprach über „Neue Wege in Arbeit“ in der Stadt.",
        "Petra Beispiel erklärte, das neue „Haus der Vielfalt“ sei offen.",
        "Laut Petra Beispiel ist das Angebot „Brücken in Arbeit“ sehr gefragt.",
    ],
)
def test_capitalised_names_in_marks_are_no_fragments(body: str) -> None:
    assert _facts(body).quotes == {}


_LETTER_VARIANTS = [
    "Sehr geehrter Herr M.,\nvielen Dank für Ihre Zeilen. Die Beratung kommt im Frühjahr in alle Kreise.\n"
    "Mit freundlichen Grüßen\nPetra Beispiel\n",
    "Sehr geehrte Damen und Herren,\nwir haben Ihre Frage gern geprüft und antworten Ihnen heute.\n\n"
    "Viele Grüße\n\nKarl Muster\n",
    "Liebe Frau K.,\ndas Anerkennungsverfahren dauert in der Regel drei Monate.\nBeste Grüße\nGreta Probe\n",
]


@pytest.mark.parametrize("body", _LETTER_VARIANTS)
def test_a_printed_letters_body_is_its_signers_quote(body: str) -> None:
    quotes = _facts(body).quotes
    assert len(quotes) == 1
    ((speaker, texts),) = quotes.items()
    assert speaker in body and texts[0].split()[0] in body.splitlines()[1]


def test_a_letter_signed_by_initials_is_nobodys_quote() -> None:
    body = "Sehr geehrte Frau Beispiel,\nwann kommt die Beratung in unseren Landkreis?\nMit freundlichen Grüßen\nK. M.\n"
    assert _facts(body).quotes == {}


# ---------------------------------------------------------------- round 3: quotes


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Petra Beispiel, Leiterin des Vereins Brückenbau e. V.:\n\n„Wir öffnen die Türen für alle Gäste.“",
            "Petra Beispiel",
        ),
        (
            "Dazu erklärte Karl Muster von der Stiftung Lichtblick:\n„Unsere Lotsen kennen jeden Betrieb im Kreis.“",
            "Karl Muster",
        ),
        (
            "Wiebke Probe, Sprecherin der Brückenbau gGmbH, sagt:\n\n\n»Kein Antrag bleibt bei uns lange liegen.«",
            "Wiebke Probe",
        ),
    ],
)
def test_a_quote_on_its_own_line_after_a_colon(body: str, speaker: str) -> None:
    assert speaker in _facts(body).quotes


@pytest.mark.parametrize(
    ("body", "speaker", "start"),
    [
        (
            "„Wir öffnen die Türen für alle Gäste.\n\n„Und das bleibt auch im neuen Jahr so“, sagte Anna Probe.",
            "Anna Probe",
            "Wir öffnen die Türen",
        ),
        (
            "Karl Muster sagte: „Unsere Lotsen kennen jeden Betrieb.\n\n„Sie helfen auch bei Anträgen.“\n\nDann ging es weiter.",
            "Karl Muster",
            "Unsere Lotsen kennen jeden Betrieb",
        ),
        (
            "„Kein Antrag bleibt bei uns lange liegen.\n\nDas haben wir uns fest vorgenommen“, so Wiebke Probe.",
            "Wiebke Probe",
            "Kein Antrag bleibt",
        ),
    ],
)
def test_a_quote_running_over_paragraphs_is_one_quote(body: str, speaker: str, start: str) -> None:
    quotes = _facts(body).quotes[speaker]
    assert len(quotes) == 1 and quotes[0].startswith(start)


def test_a_closed_quote_and_the_next_paragraphs_quote_stay_apart() -> None:
    body = "„Wir öffnen die Türen für alle Gäste“, sagte Anna Probe.\n\n„Das bleibt im neuen Jahr so“, so Karl Muster."
    quotes = _facts(body).quotes
    assert quotes["Anna Probe"] == ["Wir öffnen die Türen für alle Gäste"]
    assert quotes["Karl Muster"] == ["Das bleibt im neuen Jahr so"]


def test_a_name_a_quote_attributes_is_a_persons() -> None:
    for body in (
        "„Wir öffnen die Türen für alle Gäste“, sagte Tiroka Mbeleki.",
        "Tiroka Mbeleki betonte: „Wir öffnen die Türen für alle Gäste.“",
        "„Kein Antrag bleibt bei uns liegen“, so Oyelaran Adebisi.",
    ):
        assert len(_facts(body).quotes) == 1, body


# ---------------------------------------------------------------- round 3: roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Anna Probe – Geschäftsführerin der Brückenbau gGmbH – sprach zuerst.",
            ("Anna Probe", "Geschäftsführerin", "Brückenbau gGmbH"),
        ),
        (
            "Zum Schluss sprach Karl Muster — Vorsitzender der Stiftung Lichtblick — über Geld.",
            ("Karl Muster", "Vorsitzender", "Stiftung Lichtblick"),
        ),
        (
            "Wiebke Probe – seit 2019 Referentin im Verein Brückenbau e. V. – moderierte.",
            ("Wiebke Probe", "Referentin", "Brückenbau e. V."),
        ),
    ],
)
def test_a_role_between_dashes(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Anna Probe, Leiterin Personal und Finanzen der Brückenbau gGmbH, sprach.",
            ("Anna Probe", "Leiterin Personal und Finanzen", "Brückenbau gGmbH"),
        ),
        (
            "Es sprach Karl Muster, Referent Öffentlichkeitsarbeit bei der Stiftung Lichtblick.",
            ("Karl Muster", "Referent Öffentlichkeitsarbeit", "Stiftung Lichtblick"),
        ),
        (
            "Die Abteilungsleiterin Offene Jugendarbeit im Verein Brückenbau e. V., Wiebke Probe, lud ein.",
            ("Wiebke Probe", "Abteilungsleiterin Offene Jugendarbeit", "Brückenbau e. V."),
        ),
    ],
)
def test_a_unit_named_right_after_the_role_noun_stays_in_the_title(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Geschäftsführerin Wiebke Probe, Brückenbau gGmbH, sprach.", ("Wiebke Probe", "Geschäftsführerin")),
        ("Oberbürgermeister Kassel, Karl Muster, sprach.", ("Karl Muster", "Oberbürgermeister")),
    ],
)
def test_names_and_places_are_no_units(body: str, role: tuple[str, str]) -> None:
    assert role in {(p, t) for p, t, _ in _facts(body).roles}


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Die Brückenbau gGmbH stellte sich vor. Ihr Geschäftsführer Karl Muster sprach zuerst.",
            ("Karl Muster", "Geschäftsführer", "Brückenbau gGmbH"),
        ),
        (
            "Die Stiftung Lichtblick und ihre Vorsitzende Anna Probe luden ein.",
            ("Anna Probe", "Vorsitzende", "Stiftung Lichtblick"),
        ),
        (
            "Eingeladen hatte der Verein Brückenbau e. V. mit seinem Vorsitzenden Karl Muster.",
            ("Karl Muster", "Vorsitzender", "Brückenbau e. V."),
        ),
    ],
)
def test_a_possessive_points_to_the_organisation_named_last(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


def test_a_possessive_after_a_person_points_to_nobodys_organisation() -> None:
    body = "Die Stiftung Lichtblick lud Anna Probe ein. Ihre Referentin Wiebke Probe sprach."
    assert ("Wiebke Probe", "Referentin", None) in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "known"),
    [
        ("Petra Beispiel, Präsidentin der kanadischen Nordlicht Foundation, sprach.", "Petra Beispiel"),
        ("Karl Muster, Experte von der OXDE, gab einen Überblick.", "Karl Muster"),
        ("Es sprach Wiebke Probe, Referentin beim Sonnenhof Werkbund, zuerst.", "Wiebke Probe"),
    ],
)
def test_no_role_without_the_organisation_its_phrase_names(body: str, known: str) -> None:
    f = _facts(body)
    assert ("Person", known) in f.entities
    assert not [r for r in f.roles if r[2] is None]


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Anna Probe, Vorständin der Stiftung Lichtblick, sprach.",
            ("Anna Probe", "Vorständin", "Stiftung Lichtblick"),
        ),
        (
            "Es sprach Karl Muster, Beigeordneter der Brückenbau gGmbH.",
            ("Karl Muster", "Beigeordneter", "Brückenbau gGmbH"),
        ),
        (
            "Professorin Wiebke Probe vom Verein Brückenbau e. V. sprach.",
            ("Wiebke Probe", "Professorin", "Brückenbau e. V."),
        ),
        (
            "Obermeister Karl Muster, Brückenbau gGmbH, sprach.",
            ("Karl Muster", "Obermeister", "Brückenbau gGmbH"),
        ),
    ],
)
def test_round_three_role_nouns(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    "body",
    [
        "Petra Beispiel leitet seit 2015 das IQ Netzwerk Hessen.",
        "Das IQ Netzwerk Hessen wird seit Mai von Petra Beispiel koordiniert.",
        "Das IQ Netzwerk Hessen steht unter der Leitung von Petra Beispiel.",
        "Das IQ Netzwerk Hessen, geleitet von Petra Beispiel, lud ein.",
        "Geleitet wird das IQ Netzwerk Hessen von Petra Beispiel.",
    ],
)
def test_a_head_named_by_a_verb_of_leading(body: str) -> None:
    assert ("IQ Landesnetzwerk Hessen", "ledBy", "Petra Beispiel") in _facts(body).relations


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Hessen wird von Petra Beispiel unterstützt.",
        "Petra Beispiel besucht das IQ Netzwerk Hessen.",
        "Das IQ Netzwerk Hessen wird von Petra Beispiel gelobt und geleitet.",
    ],
)
def test_no_head_without_a_verb_of_leading(body: str) -> None:
    assert not [r for r in _facts(body).relations if r[1] == "ledBy"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Karl J. Muster, Leiter der Stiftung Lichtblick, sprach.", "Karl J. Muster"),
        ("Maria de la Probe, Referentin der Stiftung Lichtblick, sprach.", "Maria de la Probe"),
        ("Es sprach Karl van der Beispiel, Referent der Stiftung Lichtblick.", "Karl van der Beispiel"),
        ("Anna dos Exemplo, Referentin der Stiftung Lichtblick, sprach.", "Anna dos Exemplo"),
        ("Ahmad al-Beispiel, Referent der Stiftung Lichtblick, sprach.", "Ahmad al-Beispiel"),
    ],
)
def test_initials_and_more_particles(body: str, name: str) -> None:
    assert name in {p for p, _, _ in _facts(body).roles}


def test_a_particle_before_an_organisation_is_no_family_name() -> None:
    f = _facts("Anna Probe von der Stiftung Lichtblick sprach.")
    assert ("Person", "Anna Probe") in f.entities


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("„Wir öffnen die Türen für alle Gäste.“\n– Anna Probe, Teilnehmerin", "Anna Probe"),
        ("„Kein Antrag bleibt bei uns lange liegen.“\n\nKarl Muster (Brückenbau gGmbH)", "Karl Muster"),
        ("»Unsere Lotsen kennen jeden Betrieb im Kreis.«\n— Wiebke Probe", "Wiebke Probe"),
    ],
)
def test_a_testimonial_signed_on_the_next_line(body: str, speaker: str) -> None:
    assert speaker in _facts(body).quotes


@pytest.mark.parametrize(
    "body",
    [
        "„Neue Wege in die Arbeit finden“\n\nKarl Muster eröffnete den Tag mit einer Rede.",
        "„Wir öffnen die Türen für alle Gäste.“\n\nAm Abend sprach Anna Probe.",
    ],
)
def test_a_paragraph_opening_with_a_name_signs_no_quote(body: str) -> None:
    assert _facts(body).quotes == {}


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("„Wir öffnen die Türen für alle Gäste“, erzählt Anna Probe.", "Anna Probe"),
        ("„Kein Antrag bleibt bei uns lange liegen“, heißt es von Karl Muster.", "Karl Muster"),
        ("Wiebke Probe fügte hinzu: „Unsere Lotsen kennen jeden Betrieb.“", "Wiebke Probe"),
        ("„Unsere Lotsen kennen jeden Betrieb“, bilanzierte Wiebke Probe.", "Wiebke Probe"),
    ],
)
def test_more_verbs_attribute_a_quote(body: str, speaker: str) -> None:
    assert speaker in _facts(body).quotes


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Anna Probe dankte Karl Muster für die Hilfe. „Wir öffnen die Türen für alle Gäste“, sagte sie.",
            "Anna Probe",
        ),
        (
            "Anna Probe dankte Karl Muster für die Hilfe. „Wir öffnen die Türen für alle Gäste“, sagte er.",
            "Karl Muster",
        ),
        (
            "Karl Muster leitet das Projekt. Das war nicht immer leicht. „Kein Antrag bleibt liegen“, so er.",
            "Karl Muster",
        ),
        (
            "Wiebke Probe sprach nach Karl Muster. Sie lobte den Kreis. „Unsere Lotsen kennen jeden Betrieb“, erzählt sie.",
            "Wiebke Probe",
        ),
    ],
)
def test_a_pronoun_after_the_verb_names_the_last_person_of_its_gender(body: str, speaker: str) -> None:
    assert list(_facts(body).quotes) == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Wiebke Probe eröffnete den Abend.\n\nDann kam Anna Beispiel zu Wort. „Wir öffnen die Türen für alle "
            "Gäste“, sagte sie.",
            "Anna Beispiel",
        ),
        (
            "Wiebke Probe eröffnete den Abend.\n\nDanach sprach Anna Beispiel. Sie betonte: „Unsere Lotsen kennen "
            "jeden Betrieb im Kreis.“",
            "Anna Beispiel",
        ),
        (
            "Karl Muster eröffnete den Abend.\n\nAuch Bernd Probe vom Verein war da. Er lacht. „Kein Antrag bleibt "
            "bei uns lange liegen.“",
            "Bernd Probe",
        ),
    ],
)
def test_a_pronoun_names_the_person_just_before_it_in_its_own_paragraph(body: str, speaker: str) -> None:
    """The person a pronoun stands for is the last one named before it, also in the quote's own paragraph
    (not the last one of an earlier paragraph)."""
    assert list(_facts(body).quotes) == [speaker]


def test_a_pronoun_after_a_quote_passes_over_a_name_inside_it() -> None:
    body = "Anna Beispiel kam.\n„Ich danke Wiebke Probe für all die Jahre der Arbeit im Kreis“, sagte sie."
    assert list(_facts(body).quotes) == ["Anna Beispiel"]


@pytest.mark.parametrize(
    ("body", "speaker", "start"),
    [
        (
            "„Das Geld“, kündigte Anna Beispiel an, „fließt in neue Kurse für Eltern.“",
            "Anna Beispiel",
            "Das Geld fließt",
        ),
        (
            "„Ab Mai“, sagte Karl Muster, „beraten wir auch samstags im Rathaus.“",
            "Karl Muster",
            "Ab Mai beraten",
        ),
        (
            "Wiebke Probe kam.\n„Na klar“, sagte sie, „wir machen mit der Arbeit weiter.“",
            "Wiebke Probe",
            "Na klar wir machen",
        ),
    ],
)
def test_a_short_quote_interrupted_by_its_speaker_goes_on_after_it(
    body: str, speaker: str, start: str
) -> None:
    quotes = _facts(body).quotes
    assert list(quotes) == [speaker] and [q.startswith(start) for q in quotes[speaker]] == [True]


def test_a_name_quoted_inside_a_clause_is_no_interrupted_quote() -> None:
    body = "Anna Beispiel kam.\nSie lobte das Projekt „Brücke“, sagte Karl Muster, „und die Lotsen“."
    quoted = [q for texts in _facts(body).quotes.values() for q in texts]
    assert not any(q.startswith("Brücke") for q in quoted)


def test_a_pronoun_speaker_is_not_the_name_after_it() -> None:
    assert _facts("„Wir öffnen die Türen für alle Gäste“, sagte sie und dankte Karl Muster.").quotes == {}


@pytest.mark.parametrize(
    "line",
    [
        "Anna Probe (Brückenbau gGmbH): Wir öffnen die Türen für alle Gäste im Kreis.",
        "Karl Muster (Stiftung Lichtblick): Unsere Lotsen kennen wirklich jeden Betrieb hier.",
        "Probe (Verein): Kein Antrag bleibt bei uns lange liegen, das ist sicher.",
    ],
)
def test_an_interview_answer_after_the_name_and_its_organisation(line: str) -> None:
    body = (
        "Frage: Was tun Sie?\nAnna Probe: Wir beraten und begleiten Menschen auf dem Weg.\nFrage: Und dann?\n"
        + line
    )
    assert len(_facts(body).quotes) >= 1 and sum(len(v) for v in _facts(body).quotes.values()) == 2


# ---------------------------------------------------------------- roles: coordinated nouns, "a. D."


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Petra Beispiel, Geschäftsführerin und Gründerin der Brückenbau gGmbH, begrüßte die Gäste.",
            ("Petra Beispiel", "Geschäftsführerin und Gründerin", "Brückenbau gGmbH"),
        ),
        (
            "Zuerst sprach Karl Muster, Vorsitzender und Mitgründer des Vereins Brückenbau e. V., zum Publikum.",
            ("Karl Muster", "Vorsitzender und Mitgründer", "Brückenbau e. V."),
        ),
        (
            "Die Gründerin und Leiterin der Stiftung Lichtblick, Wiebke Probe, eröffnete den Tag.",
            ("Wiebke Probe", "Gründerin und Leiterin", "Stiftung Lichtblick"),
        ),
    ],
)
def test_coordinated_role_nouns_make_one_title(body: str, role: tuple[str, str, str | None]) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Es sprach Staatssekretär a. D. Karl Muster über die Pläne.",
            ("Karl Muster", "Staatssekretär a. D.", None),
        ),
        (
            "Karl Muster, Staatssekretär a. D., hielt den Vortrag.",
            ("Karl Muster", "Staatssekretär a. D.", None),
        ),
        (
            "Bürgermeisterin a.D. Petra Beispiel dankte allen Gästen.",
            ("Petra Beispiel", "Bürgermeisterin a.D.", None),
        ),
    ],
)
def test_retired_titles_keep_a_d(body: str, role: tuple[str, str, str | None]) -> None:
    assert role in _facts(body).roles


# ---------------------------------------------------------------- roles: "als" after a verb, capacity


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Karl Muster sprach als Geschäftsführer der Brückenbau gGmbH zu den Gästen.",
            ("Karl Muster", "Geschäftsführer", "Brückenbau gGmbH"),
        ),
        (
            "Petra Beispiel arbeitet seit 2019 als Beraterin bei der Stiftung Lichtblick.",
            ("Petra Beispiel", "Beraterin", "Stiftung Lichtblick"),
        ),
        (
            "Wiebke Probe nahm gestern als Vertreterin des Vereins Brückenbau e. V. teil.",
            ("Wiebke Probe", "Vertreterin", "Brückenbau e. V."),
        ),
        (
            "Karl Muster begrüßte in seiner Funktion als Vorsitzender der Stiftung Lichtblick alle.",
            ("Karl Muster", "Vorsitzender", "Stiftung Lichtblick"),
        ),
        (
            "In ihrer Funktion als Leiterin der Brückenbau gGmbH eröffnete Petra Beispiel den Tag.",
            ("Petra Beispiel", "Leiterin", "Brückenbau gGmbH"),
        ),
        (
            "In seiner Eigenschaft als Vertreter des Vereins Brückenbau e. V. dankte Dr. Karl Muster allen.",
            ("Karl Muster", "Vertreter", "Brückenbau e. V."),
        ),
    ],
)
def test_role_after_als_following_a_verb(body: str, role: tuple[str, str, str | None]) -> None:
    assert role in _facts(body).roles


def test_als_after_another_name_is_not_the_first_persons_role() -> None:
    roles = _facts("Karl Muster begrüßte Petra Beispiel als Vertreterin der Stiftung Lichtblick.").roles
    assert ("Petra Beispiel", "Vertreterin", "Stiftung Lichtblick") in roles
    assert not any(r[0] == "Karl Muster" for r in roles)


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Es sprach Abt.-Leiterin Petra Beispiel von der Stiftung Lichtblick.",
            ("Petra Beispiel", "Abt.-Leiterin", "Stiftung Lichtblick"),
        ),
        (
            "Karl Muster, Abt.-Leiter der Brückenbau gGmbH, stellte die Zahlen vor.",
            ("Karl Muster", "Abt.-Leiter", "Brückenbau gGmbH"),
        ),
        (
            "Den Bericht gab Wiebke Probe, Abt.-Leiterin im Verein Brückenbau e. V.",
            ("Wiebke Probe", "Abt.-Leiterin", "Brückenbau e. V."),
        ),
    ],
)
def test_abbreviated_role_titles_stand_as_written(body: str, role: tuple[str, str, str | None]) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "speaker", "words"),
    [
        (
            "Petra Beispiel eröffnete den Fachtag. Sie würdigte die Arbeit der Beratungsstellen: »Ohne die "
            "Beratung hätten viele ihren Weg nicht gefunden.«",
            "Petra Beispiel",
            "Ohne die Beratung",
        ),
        (
            "Karl Muster leitet das Projekt seit 2019. Dazu sagte er: „Wir haben in dieser Zeit viel gelernt.“",
            "Karl Muster",
            "Wir haben",
        ),
        (
            "Petra Beispiel stellte Karl Muster vor. Er erklärte dann: „Wir bauen die Beratung weiter aus.“",
            "Karl Muster",
            "Wir bauen",
        ),
    ],
)
def test_a_pronoun_subject_before_the_colon_stands_for_the_last_person_of_its_gender(
    body: str, speaker: str, words: str
) -> None:
    quotes = _facts(body).quotes
    assert [q for q in quotes.get(speaker, []) if q.startswith(words)], quotes


def test_a_plural_pronoun_before_the_colon_names_no_speaker() -> None:
    body = "Petra Beispiel und Karl Muster leiten das Projekt. Sie betonten: „Wir haben in dieser Zeit viel gelernt.“"
    assert not _facts(body).quotes


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "„Wir werden die Beratung weiter ausbauen“, kündigte Staatssekretärin Petra Beispiel an.",
            "Petra Beispiel",
        ),
        ("„Die Wartezeiten sind noch immer zu lang“, räumte Karl Muster ein.", "Karl Muster"),
        ("„Viele Betriebe suchen längst im Ausland“, hob die Leiterin Dr. Ida Muster hervor.", "Ida Muster"),
    ],
)
def test_a_separable_speech_verb_split_around_the_speaker(body: str, speaker: str) -> None:
    assert list(_facts(body).quotes) == [speaker]


@pytest.mark.parametrize(
    "body",
    [
        "„Wir werden die Beratung weiter ausbauen“, kündigte Petra Beispiel im Mai die neue Stelle an.",
        "„Brücken in den Beruf“, stellte Karl Muster im Rathaus vor.",
        "„Wir werden die Beratung weiter ausbauen“, kündigte die Stadt an. Petra Beispiel nickte.",
    ],
)
def test_a_split_verb_whose_particle_does_not_follow_the_name_names_no_speaker(body: str) -> None:
    assert not _facts(body).quotes


@pytest.mark.parametrize(
    ("body", "second"),
    [
        (
            "„Anerkennung braucht einen langen Atem“, sagte Petra Beispiel. Und weiter: „Wir bleiben auf jeden Fall dran.“",
            "Wir bleiben auf jeden Fall dran.",
        ),
        (
            "Karl Muster betonte: „Die Nachfrage ist enorm gestiegen.“ Außerdem: „Wir suchen dringend Personal.“",
            "Wir suchen dringend Personal.",
        ),
        (
            "„Wir sind sehr zufrieden mit dem Jahr“, erklärt Ida Muster. Weiter: ?Das Team hat Großes geleistet.?",
            "Das Team hat Großes geleistet.",
        ),
    ],
)
def test_a_cue_without_a_name_continues_the_speaker_before(body: str, second: str) -> None:
    quotes = _facts(body).quotes
    assert len(quotes) == 1
    assert second in list(quotes.values())[0]
    assert len(list(quotes.values())[0]) == 2


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("„Ohne Anerkennung verlieren wir gute Leute“, machte Karl Muster deutlich.", "Karl Muster"),
        ("„Die Beratung bleibt für alle kostenlos“, stellte Petra Beispiel klar.", "Petra Beispiel"),
        ("„Wir halten an dem Angebot unbedingt fest“, versprach Ida Muster.", "Ida Muster"),
        ("„Die Zahl der Anträge ist deutlich gestiegen“, bestätigte Karl Muster.", "Karl Muster"),
    ],
)
def test_more_verbs_that_attribute_a_quote(body: str, speaker: str) -> None:
    assert list(_facts(body).quotes) == [speaker]


@pytest.mark.parametrize(
    "body",
    [
        "Arbeitsministerin Petra Beispiel kam nach Kassel. Die Ministerin betonte: „Jede Fachkraft zählt für uns.“",
        "Der Koordinator des IQ Netzwerks Hessen ist Karl Muster. Der Koordinator sagte: „Jede Fachkraft zählt für uns.“",
        "Projektleiterin Petra Beispiel begrüßte die Gäste. Die Projektleiterin erklärte: „Jede Fachkraft zählt für uns.“",
    ],
)
def test_a_role_noun_opening_the_sentence_before_the_colon_names_its_holder(body: str) -> None:
    assert list(_facts(body).quotes.values()) == [["Jede Fachkraft zählt für uns."]]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "»Wir sind ein kleines Team«, sagt Karl Muster. Er lacht. »Das braucht man hier auch wirklich.«",
            "Karl Muster",
        ),
        (
            "„Die Kurse sind voll belegt“, sagt Petra Beispiel. Sie zögert kurz. „Wir brauchen einfach mehr Räume.“",
            "Petra Beispiel",
        ),
        (
            "Ida Muster kam 2019 nach Kassel. Sie erinnert sich gut. „Der Anfang war für mich sehr schwer.“",
            "Ida Muster",
        ),
    ],
)
def test_a_pronoun_subject_in_the_sentence_before_names_the_speaker(body: str, speaker: str) -> None:
    quotes = _facts(body).quotes
    assert list(quotes) == [speaker]
    assert any(q.startswith(("Das braucht", "Wir brauchen", "Der Anfang")) for q in quotes[speaker])


@pytest.mark.parametrize(
    "body",
    [
        "„Wir brauchen mehr Tempo bei der Anerkennung“, lautete das Fazit von Karl Muster.",
        "„Die Beratung muss überall kostenlos bleiben“, lautet die Forderung von Karl Muster.",
        "„Gemeinsam schaffen wir das schon irgendwie“, lautete die Botschaft von Karl Muster an die Gäste.",
    ],
)
def test_lautete_names_the_speaker_after_it(body: str) -> None:
    assert list(_facts(body).quotes) == ["Karl Muster"]


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Die Landrätin des Kreises Greiz, Petra Beispiel, lobte die Kurse.",
            ("Petra Beispiel", "Landrätin", "Kreis Greiz"),
        ),
        (
            "Zum Auftakt sprach der Bürgermeister der Stadt Merseburg, Karl Muster, über Wohnungen.",
            ("Karl Muster", "Bürgermeister", "Stadt Merseburg"),
        ),
        (
            "Wiebke Probe, Beigeordnete der Gemeinde Kleinmachnow, stellte die Lotsen vor.",
            ("Wiebke Probe", "Beigeordnete", "Gemeinde Kleinmachnow"),
        ),
        (
            "Landrat des Landkreises Greiz Jan Beispiel besuchte die Werkstatt.",
            ("Jan Beispiel", "Landrat", "Landkreis Greiz"),
        ),
        (
            "Es sprachen Petra Probe (Leiterin, Jobcenter Gera) und Karl Muster (Beigeordneter für Kultur der"
            " Stadt Apolda).",
            ("Karl Muster", "Beigeordneter für Kultur", "Stadt Apolda"),
        ),
    ],
)
def test_a_local_government_in_the_genitive_is_the_roles_body(
    body: str, role: tuple[str, str, str | None]
) -> None:
    facts = _facts(body)
    assert role in facts.roles
    assert ("Agency", role[2]) in facts.entities


@pytest.mark.parametrize(
    ("body", "not_a_person"),
    [
        ("Die Leiterin der Stadt Erfurt, Petra Beispiel, kam.", "Stadt Erfurt"),
        ("Der Vorsitzende des Migrantenbeirats Halle, Karl Muster, dankte allen.", "Migrantenbeirats Halle"),
        ("Grüße kamen von der Sprecherin des Bündnisses Weimar, Wiebke Probe.", "Bündnisses Weimar"),
    ],
)
def test_a_noun_after_an_article_before_a_listed_name_is_no_person(body: str, not_a_person: str) -> None:
    assert ("Person", not_a_person) not in _facts(body).entities


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Die Referent*in für Anerkennung, Kim Probst, erklärte das Verfahren.",
            ("Kim Probst", "Referent*in für Anerkennung", None),
        ),
        (
            "Berater_in Alex Muster vom Jobcenter Gera stellte die Kurse vor.",
            ("Alex Muster", "Berater_in", "Jobcenter Gera"),
        ),
        (
            "Jan Beispiel, Koordinator:in des IQ Netzwerks Bremen, sprach über Ziele.",
            ("Jan Beispiel", "Koordinator:in", "IQ Netzwerk Bremen"),
        ),
        (
            "Es sprach Koordinator/-in Petra Probe über Ziele.",
            ("Petra Probe", "Koordinator/-in", None),
        ),
    ],
)
def test_a_title_written_for_any_gender_is_one_role_noun(
    body: str, role: tuple[str, str, str | None]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Die Kurse beginnen im Mai.\n\nKontakt:\nBrückenbau e. V.\nPetra Beispiel, Referentin für Presse\n",
            ("Petra Beispiel", "Referentin für Presse", "Brückenbau e. V."),
        ),
        (
            "Anmeldung bis Freitag.\n\nIhr Ansprechpartner\nIQ Netzwerk Bremen\nKarl Muster (Koordinator)\nTel. 0421 1234",
            ("Karl Muster", "Koordinator", "IQ Netzwerk Bremen"),
        ),
        (
            "Mehr dazu im Netz.\n\nPressekontakt\nStiftung Lichtblick\nDr. Wiebke Probe, Pressesprecherin",
            ("Wiebke Probe", "Pressesprecherin", "Stiftung Lichtblick"),
        ),
    ],
)
def test_a_contact_block_names_the_body_on_the_line_above_the_holder(
    body: str, role: tuple[str, str, str | None]
) -> None:
    assert role in _facts(body).roles


def test_a_body_above_a_line_that_does_not_open_with_the_holder_is_not_hers() -> None:
    body = (
        "Mehr dazu im Netz.\n\nStiftung Lichtblick\nAm Montag sprach Petra Beispiel, Referentin für Presse."
    )
    assert ("Petra Beispiel", "Referentin für Presse", None) in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Die Brückenbau gGmbH, deren Geschäftsführerin Petra Beispiel ist, trägt das Projekt.",
            ("Petra Beispiel", "Geschäftsführerin", "Brückenbau gGmbH"),
        ),
        (
            "Getragen wird das Projekt vom Verein Brückenbau e. V., dessen Vorsitzender Jan Muster die Gäste begrüßte.",
            ("Jan Muster", "Vorsitzender", "Brückenbau e. V."),
        ),
        (
            "Gefördert wird es von der Stiftung Lichtblick, deren Vorständin Dr. Wiebke Probe ein Grußwort hielt.",
            ("Wiebke Probe", "Vorständin", "Stiftung Lichtblick"),
        ),
    ],
)
def test_a_relative_possessive_points_back_to_the_body_before_it(
    body: str, role: tuple[str, str, str | None]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "led"),
    [
        (
            "Petra Beispiel, die das IQ Netzwerk Bremen seit 2019 leitet, zog Bilanz.",
            ("IQ Netzwerk Bremen", "Petra Beispiel"),
        ),
        (
            "Am Projekt „Brücke Pflege“, das Jan Muster bereits koordiniert, nehmen 20 Frauen teil.",
            ("Brücke Pflege", "Jan Muster"),
        ),
        (
            "Zu Gast war Jan Muster, der das IQ Netzwerk Hessen leitete.",
            ("IQ Landesnetzwerk Hessen", "Jan Muster"),
        ),
    ],
)
def test_a_relative_clause_with_a_verb_of_leading_names_the_head(body: str, led: tuple[str, str]) -> None:
    assert (led[0], "ledBy", led[1]) in _facts(body).relations


@pytest.mark.parametrize(
    "body",
    [
        "Petra Beispiel, die das IQ Netzwerk Bremen seit 2019 unterstützt, zog Bilanz.",
        "Das IQ Netzwerk Bremen, das Petra Beispiel besuchte, leitet Kurse.",
        "Petra Beispiel, die das IQ Netzwerk Bremen lobt, leitet den Verein.",
    ],
)
def test_a_relative_clause_without_a_verb_of_leading_names_no_head(body: str) -> None:
    assert not {r for r in _facts(body).relations if r[1] == "ledBy"}


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        (
            "Es diskutierten die Geschäftsführerinnen Petra Beispiel (Brückenbau gGmbH) und Anna Probe"
            " (Muster Logistik GmbH).",
            {
                ("Petra Beispiel", "Geschäftsführerin", "Brückenbau gGmbH"),
                ("Anna Probe", "Geschäftsführerin", "Muster Logistik GmbH"),
            },
        ),
        (
            "Die Projektleiterinnen Petra Beispiel vom Jobcenter Gera und Anna Probe von der Stiftung Lichtblick"
            " sprachen.",
            {
                ("Petra Beispiel", "Projektleiterin", "Jobcenter Gera"),
                ("Anna Probe", "Projektleiterin", "Stiftung Lichtblick"),
            },
        ),
        (
            "Zu Gast waren die Leiterinnen der Stiftung Lichtblick, Petra Beispiel und Anna Probe.",
            {
                ("Petra Beispiel", "Leiterin", "Stiftung Lichtblick"),
                ("Anna Probe", "Leiterin", "Stiftung Lichtblick"),
            },
        ),
    ],
)
def test_a_plural_title_gives_each_listed_person_the_body_named_after_them(
    body: str, roles: set[tuple[str, str, str | None]]
) -> None:
    assert _facts(body).roles == roles


@pytest.mark.parametrize(
    ("body", "roles", "heads"),
    [
        (
            "Es sprachen die Koordinatoren Jan Muster (IQ Netzwerk Bremen) und Karl Probe (IQ Netzwerk Hamburg).",
            {
                ("Jan Muster", "Koordinator", "IQ Netzwerk Bremen"),
                ("Karl Probe", "Koordinator", "IQ Netzwerk Hamburg"),
            },
            {("IQ Netzwerk Bremen", "ledBy", "Jan Muster"), ("IQ Netzwerk Hamburg", "ledBy", "Karl Probe")},
        ),
        (
            "Die Moderatoren Jan Muster und Karl Probe führten durch den Tag.",
            {("Jan Muster", "Moderator", None), ("Karl Probe", "Moderator", None)},
            set(),
        ),
        (
            "Zu Gast waren die Koordinatoren des IQ Netzwerks Bremen, Jan Muster und Karl Probe.",
            {
                ("Jan Muster", "Koordinator", "IQ Netzwerk Bremen"),
                ("Karl Probe", "Koordinator", "IQ Netzwerk Bremen"),
            },
            {("IQ Netzwerk Bremen", "ledBy", "Jan Muster"), ("IQ Netzwerk Bremen", "ledBy", "Karl Probe")},
        ),
    ],
)
def test_a_masculine_plural_in_oren_is_one_title_for_each_person_listed(
    body: str, roles: set[tuple[str, str, str | None]], heads: set[tuple[str, str, str]]
) -> None:
    f = _facts(body)
    assert f.roles == roles
    assert {r for r in f.relations if r[1] == "ledBy"} == heads


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Die Leitung des IQ Netzwerks Bremen hat Petra Beispiel inne.",
            ("Petra Beispiel", "Leitung", "IQ Netzwerk Bremen"),
        ),
        (
            "Die Leitung der Stiftung Lichtblick hat seit 2019 Dr. Jan Muster inne.",
            ("Jan Muster", "Leitung", "Stiftung Lichtblick"),
        ),
        (
            "Petra Beispiel hat seit 2019 die Leitung der Brückenbau gGmbH inne.",
            ("Petra Beispiel", "Leitung", "Brückenbau gGmbH"),
        ),
        ("Die Projektleitung hatte Petra Beispiel inne.", ("Petra Beispiel", "Projektleitung", None)),
    ],
)
def test_innehaben_names_the_holder_of_an_office(body: str, role: tuple[str, str, str | None]) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    "body",
    [
        "Die Leiterin der Brückenbau gGmbH hat Petra Beispiel eingeladen.",
        "Jan Muster hat die Leiterin der Stiftung Lichtblick getroffen.",
        "Die Leitung der Stiftung Lichtblick hat Petra Beispiel gelobt.",
    ],
)
def test_hat_without_inne_names_no_holder(body: str) -> None:
    assert not _facts(body).roles


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("„Wir öffnen die Türen für alle Gäste im Kreis“ (Anna Beispiel, Leiterin).", "Anna Beispiel"),
        ("„Kein Antrag bleibt bei uns lange liegen.“ (Karl Muster)", "Karl Muster"),
        (
            "„Unsere Lotsen kennen jeden Betrieb in der Stadt“ ( Wiebke Probe, Verein Brücke e.V.)",
            "Wiebke Probe",
        ),
    ],
)
def test_a_speaker_in_parentheses_after_the_quote(body: str, speaker: str) -> None:
    assert list(_facts(body).quotes) == [speaker]


def test_a_parenthesis_without_a_name_first_names_no_speaker() -> None:
    body = "Karl Muster kam.\n„Unsere Lotsen kennen jeden Betrieb in der Stadt“ (Foto: Anna Beispiel)."
    assert "Anna Beispiel" not in _facts(body).quotes


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("„Wir sind bereit.“ Mit diesen Worten eröffnete Anna Beispiel den Abend.", "Anna Beispiel"),
        ("„Jetzt geht es los!“ Das sagte Karl Muster zum Start.", "Karl Muster"),
        ("„Danke euch allen.“ Mit diesen Worten schloss Wiebke Probe die Tagung.", "Wiebke Probe"),
    ],
)
def test_a_short_quote_the_next_sentence_refers_back_to(body: str, speaker: str) -> None:
    assert list(_facts(body).quotes) == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker", "words"),
    [
        (
            "„Gemeinsam kommen wir weiter voran“, ist Sabine Winter überzeugt.",
            "Sabine Winter",
            "Gemeinsam kommen wir weiter voran",
        ),
        (
            "„Die Beratung wirkt in der Region“, zeigte sich Karl Muster zuversichtlich.",
            "Karl Muster",
            "Die Beratung wirkt in der Region",
        ),
        (
            "„Der Weg in den Beruf wird kürzer“, war Greta Probe fest überzeugt.",
            "Greta Probe",
            "Der Weg in den Beruf wird kürzer",
        ),
    ],
)
def test_a_quote_followed_by_a_copula_the_speaker_and_a_word_of_conviction(
    body: str, speaker: str, words: str
) -> None:
    quotes = facts_of("Titel\n\nDie Stiftung Lichtblick lud ein. " + body).quotes
    assert any(q.startswith(words) for q in quotes.get(speaker, [])), quotes


def test_a_copula_after_a_quote_without_a_word_of_conviction_names_no_speaker() -> None:
    body = "„Die Beratung wirkt in der Region“, ist Karl Muster am Montag in Kiel."
    assert "Karl Muster" not in facts_of("Titel\n\n" + body).quotes


# ---------------------------------------------------------------- a short sentence announced by a speech verb


@pytest.mark.parametrize(
    ("body", "speaker", "quote"),
    [
        ('Karl Muster ergänzte: "Die Betriebe warten."', "Karl Muster", "Die Betriebe warten."),
        ("Petra Beispiel betonte: „Beratung wirkt sofort!“", "Petra Beispiel", "Beratung wirkt sofort!"),
        (
            "Anna Probe sprach zuerst. Sie fügte hinzu: „Jeder Monat zählt.“",
            "Anna Probe",
            "Jeder Monat zählt.",
        ),
    ],
)
def test_a_short_whole_sentence_after_a_speech_verb_and_colon_is_a_quote(
    body: str, speaker: str, quote: str
) -> None:
    assert quote in _facts(body).quotes.get(speaker, [])


@pytest.mark.parametrize(
    "body",
    [
        "Das Motto der Stiftung Lichtblick lautet: „Wir sind da.“",
        "Karl Muster sagte: „Danke.“",
        "Petra Beispiel betonte: „Beratung wirkt“ sei ihr Leitsatz.",
    ],
)
def test_no_quote_from_a_motto_a_single_word_or_a_phrase_inside_a_clause(body: str) -> None:
    assert _facts(body).quotes == {}


@pytest.mark.parametrize(
    ("body", "speaker", "short"),
    [
        (
            "„Wir helfen gern weiter“, erklärte Sandra Wolf. „Jeder kann kommen.“",
            "Sandra Wolf",
            "Jeder kann kommen.",
        ),
        (
            "„Die Nachfrage wächst stetig“, sagte Ole Brandt. „Wir stellen ein!“",
            "Ole Brandt",
            "Wir stellen ein!",
        ),
        (
            "Rita Hahn leitet das Büro. „Termine gibt es sofort“, sagt sie.",
            "Rita Hahn",
            "Termine gibt es sofort",
        ),
        ("Uwe Kern leitet das Büro. „Das lohnt sich“, betont er.", "Uwe Kern", "Das lohnt sich"),
    ],
)
def test_a_short_quote_right_after_a_quote_or_said_by_a_pronoun(body: str, speaker: str, short: str) -> None:
    assert short in facts_of("Titel\n\n" + body).quotes.get(speaker, [])


@pytest.mark.parametrize(
    ("body", "quotes"),
    [
        ("„Wir helfen gern weiter“, erklärte Sandra Wolf. Das Motto lautet „Neue Wege gehen“.", 1),
        ("Das Büro heißt „Wege in Arbeit“. Sandra Wolf leitet es.", 0),
        ("„Wir helfen gern weiter“, erklärte Sandra Wolf.\n\n„Wege in Arbeit.“", 1),
    ],
)
def test_a_short_quoted_name_or_a_quote_in_another_paragraph_is_no_quote(body: str, quotes: int) -> None:
    assert len([q for qs in facts_of("Titel\n\n" + body).quotes.values() for q in qs]) == quotes


# ---------------------------------------------------------------- quotes: a speaker named again by age


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Karl Muster lernte in Minsk Schweißer. „Hier musste ich ganz von vorn anfangen“, erzählt der 41-Jährige.",
            "Karl Muster",
        ),
        (
            "Petra Beispiel ist Ärztin. „Die Prüfung war härter als mein Studium“, sagt die 38-Jährige heute.",
            "Petra Beispiel",
        ),
        (
            "Seit März arbeitet Anna Probe in Jena. Die 29-Jährige sagt: „Ich wollte nie etwas anderes machen.“",
            "Anna Probe",
        ),
    ],
)
def test_a_person_named_again_by_age_speaks_the_quote(body: str, speaker: str) -> None:
    assert list(_facts(body).quotes) == [speaker]


@pytest.mark.parametrize(
    ("body", "whole"),
    [
        (
            "„Sie sagte nur: ‚Wir schaffen das zusammen.‘ Ab da ging es aufwärts“, erzählt Karl Muster.",
            "Sie sagte nur: ‚Wir schaffen das zusammen.‘ Ab da ging es aufwärts",
        ),
        (
            "Petra Beispiel erinnert sich: „Mein Chef meinte: ‚Fang einfach an.‘ Das habe ich getan.“",
            "Mein Chef meinte: ‚Fang einfach an.‘ Das habe ich getan.",
        ),
        (
            "„Auf dem Bescheid stand ‚gleichwertig‘, und ich habe geweint“, sagt Anna Probe.",
            "Auf dem Bescheid stand ‚gleichwertig‘, und ich habe geweint",
        ),
    ],
)
def test_a_quote_inside_a_quote_stays_part_of_it(body: str, whole: str) -> None:
    assert list(_facts(body).quotes.values()) == [[whole]]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Zuletzt sprach Petra Beispiel. Ihr Fazit: „Wer früh berät, spart allen viel Zeit.“",
            "Petra Beispiel",
        ),
        (
            "Karl Muster leitet die Stelle seit 2029. Seine Bitte an die Betriebe: „Melden Sie offene Stellen früh.“",
            "Karl Muster",
        ),
        (
            "Anna Probe zog Bilanz. Ihre Botschaft: „Das Netzwerk trägt, auch in schweren Jahren.“",
            "Anna Probe",
        ),
    ],
)
def test_a_possessive_and_what_was_said_before_a_colon_name_the_speaker(body: str, speaker: str) -> None:
    assert list(_facts(body).quotes) == [speaker]


@pytest.mark.parametrize(
    "body",
    [
        "10:20 Uhr Impulsvortrag von Petra Beispiel, Verein Lernwerk: „Wege in den Beruf – was hat sich getan?“",
        "Danach hielt Karl Muster einen Vortrag zum Thema: „Anerkennung im Handwerk und in der Pflege“.",
        "Workshop 2 mit Anna Probe (Kammer Beispielstadt): „Wie finden Betriebe und Fachkräfte zueinander?“",
    ],
)
def test_a_talk_s_title_after_a_colon_is_no_quote(body: str) -> None:
    assert _facts(body).quotes == {}


def test_what_a_speaker_said_in_a_talk_is_a_quote() -> None:
    body = "In ihrem Vortrag sagte Petra Beispiel: „Wir müssen die Verfahren deutlich schneller machen.“"
    assert list(_facts(body).quotes) == ["Petra Beispiel"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Ein Gespräch mit Petra Beispiel.\n\nFrage: Wie läuft die Beratung?\n\n"
            "P. B.: Wir haben mehr Anfragen als je zuvor und brauchen Personal.",
            "Petra Beispiel",
        ),
        (
            "Karl Muster leitet die Stelle.\n\nWas hat sich geändert?\n\n"
            "K.M.: Die Verfahren sind schneller geworden, aber nicht einfach.",
            "Karl Muster",
        ),
        (
            "Frage: Frau Probe, was raten Sie?\n\nAnna Probe: Früh kommen und alle Zeugnisse mitbringen.\n\n"
            "Frage: Und dann?\n\nA. P.: Dann suchen wir gemeinsam den passenden Weg für jeden.",
            "Anna Probe",
        ),
    ],
)
def test_an_interview_answer_labelled_by_initials_is_the_named_person_s(body: str, speaker: str) -> None:
    quotes = _facts(body).quotes
    assert list(quotes) == [speaker]
    assert any(q.startswith(("Wir haben", "Die Verfahren", "Dann suchen")) for q in quotes[speaker])


def test_initials_of_nobody_named_label_no_answer() -> None:
    body = "Petra Beispiel leitet die Stelle.\n\nFrage: Wie läuft es?\n\nK. M.: Wir haben mehr Anfragen als je zuvor."
    assert _facts(body).quotes == {}


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("„Jede Beratung zählt für die Menschen hier“, wird Petra Beispiel zitiert.", "Petra Beispiel"),
        (
            "„Wir sind am Limit, aber wir bleiben dran“, wurde Karl Muster im Jahresbericht zitiert.",
            "Karl Muster",
        ),
        (
            "„Die Betriebe warten auf diese Leute“, wird Anna Probe in der Mitteilung der Kammer zitiert.",
            "Anna Probe",
        ),
    ],
)
def test_a_speaker_cited_in_the_passive_after_the_quote(body: str, speaker: str) -> None:
    assert list(_facts(body).quotes) == [speaker]
