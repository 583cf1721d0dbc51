"""Memberships said by acting or presenting for a body ("sprach für die …", "im Auftrag des …", "Für die X stellte Y
… vor"), by a service of the body before its genitive ("arbeitet für die Beratungsstelle der …"), by joining a body or
its team, by an earlier post ("hat vorher beim X gearbeitet"), by a body's team or board ("aus dem Team von …", "zu
dem auch A gehört", a team's block), by founding it; "er" passing over a feminine or neuter body. Invented
sentences, three or more variants each."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _relations(body: str) -> set[tuple[str, str, str]]:
    return facts_of(
        "Titel\n\nDie Stiftung Lichtblick und der Verein Lernwerk e. V. laden ein. " + body
    ).relations


@pytest.mark.parametrize(
    ("body", "member"),
    [
        ("Petra Beispiel sprach für die Stiftung Lichtblick.", ("Petra Beispiel", "Stiftung Lichtblick")),
        ("Karl Muster unterschrieb dann für den Verein Lernwerk e. V.", ("Karl Muster", "Lernwerk e. V.")),
        (
            "Am Abend berichtete Ida Winter für die Stiftung Lichtblick.",
            ("Ida Winter", "Stiftung Lichtblick"),
        ),
        ("Ole Probe nahm im Auftrag des Vereins Lernwerk e. V. teil.", ("Ole Probe", "Lernwerk e. V.")),
        (
            "Greta Sommer begrüßte im Namen der Stiftung Lichtblick die Gäste.",
            ("Greta Sommer", "Stiftung Lichtblick"),
        ),
        (
            "Karl Muster, im Namen des Vereins Lernwerk e. V., dankte allen.",
            ("Karl Muster", "Lernwerk e. V."),
        ),
        ("Jana Probe war im Auftrag der Stiftung Lichtblick vor Ort.", ("Jana Probe", "Stiftung Lichtblick")),
    ],
)
def test_a_person_acting_for_the_body_named_after_them_belongs_to_it(
    body: str, member: tuple[str, str]
) -> None:
    assert (member[0], "memberOf", member[1]) in _relations(body)


@pytest.mark.parametrize(
    "body",
    [
        "Karl Muster warb für die Stiftung Lichtblick.",  # a campaign is no post
        "Karl Muster dankte für die Unterstützung der Stiftung Lichtblick.",
        "Die Studie schrieb Karl Muster im Auftrag der Stiftung Lichtblick.",  # a commission, no post
    ],
)
def test_no_membership_where_the_person_only_works_for_a_cause_or_a_commission(body: str) -> None:
    assert ("Karl Muster", "memberOf", "Stiftung Lichtblick") not in _relations(body)


@pytest.mark.parametrize(
    ("body", "member"),
    [
        (
            "Petra Beispiel arbeitet für die Anerkennungsberatung der Stiftung Lichtblick.",
            ("Petra Beispiel", "Stiftung Lichtblick"),
        ),
        (
            "Karl Muster ist seit 2019 in der Geschäftsstelle des Vereins Lernwerk e. V. tätig.",
            ("Karl Muster", "Lernwerk e. V."),
        ),
        (
            "Ida Winter arbeitete im Familienbüro der Stiftung Lichtblick.",
            ("Ida Winter", "Stiftung Lichtblick"),
        ),
        (
            "Ole Probe arbeitet heute im Fahrdienst des Vereins Lernwerk e. V.",
            ("Ole Probe", "Lernwerk e. V."),
        ),
    ],
)
def test_a_service_of_the_body_before_its_genitive_is_no_other_body(
    body: str, member: tuple[str, str]
) -> None:
    assert (member[0], "memberOf", member[1]) in _relations(body)


@pytest.mark.parametrize(
    ("body", "member"),
    [
        ("Petra Beispiel aus dem Team von Lernwerk e. V. sprach.", ("Petra Beispiel", "Lernwerk e. V.")),
        (
            "Es berichteten Karl Muster vom Team der Stiftung Lichtblick und andere.",
            ("Karl Muster", "Stiftung Lichtblick"),
        ),
        (
            "Ida Winter aus dem Team von der Stiftung Lichtblick erklärte das.",
            ("Ida Winter", "Stiftung Lichtblick"),
        ),
    ],
)
def test_the_team_of_a_body_after_von_is_the_body_s(body: str, member: tuple[str, str]) -> None:
    assert (member[0], "memberOf", member[1]) in _relations(body)


@pytest.mark.parametrize(
    ("body", "member"),
    [
        ("Karl Muster ist Teil des Teams der Stiftung Lichtblick.", ("Karl Muster", "Stiftung Lichtblick")),
        (
            "Ida Winter verstärkt seit Mai das Team des Vereins Lernwerk e. V.",
            ("Ida Winter", "Lernwerk e. V."),
        ),
        (
            "Ole Probe ergänzte 2021 das Projektteam der Stiftung Lichtblick.",
            ("Ole Probe", "Stiftung Lichtblick"),
        ),
        ("Greta Sommer wechselte 2020 zur Stiftung Lichtblick.", ("Greta Sommer", "Stiftung Lichtblick")),
        (
            "Karl Muster wechselte von der Stiftung Lichtblick zum Verein Lernwerk e. V.",
            ("Karl Muster", "Lernwerk e. V."),
        ),
    ],
)
def test_joining_a_body_or_its_team_makes_a_member(body: str, member: tuple[str, str]) -> None:
    assert (member[0], "memberOf", member[1]) in _relations(body)


def test_the_body_left_is_no_membership() -> None:
    relations = _relations("Karl Muster wechselte von der Stiftung Lichtblick zum Verein Lernwerk e. V.")
    assert ("Karl Muster", "memberOf", "Stiftung Lichtblick") not in relations


@pytest.mark.parametrize(
    ("body", "member"),
    [
        (
            "Das Team der Stiftung Lichtblick um Ida Winter stellte sich vor.",
            ("Ida Winter", "Stiftung Lichtblick"),
        ),
        (
            "Zum Team des Vereins Lernwerk e. V. gehört seit Mai Karl Muster.",
            ("Karl Muster", "Lernwerk e. V."),
        ),
        ("Im Projektteam der Stiftung Lichtblick arbeitet Ole Probe.", ("Ole Probe", "Stiftung Lichtblick")),
    ],
)
def test_the_team_of_a_body_names_its_members_after_it(body: str, member: tuple[str, str]) -> None:
    assert (member[0], "memberOf", member[1]) in _relations(body)


@pytest.mark.parametrize(
    ("body", "member"),
    [
        (
            "Für die Stiftung Lichtblick stellte Ida Winter das Projekt vor.",
            ("Ida Winter", "Stiftung Lichtblick"),
        ),
        (
            "Karl Muster präsentierte für den Verein Lernwerk e. V. die Zahlen.",
            ("Karl Muster", "Lernwerk e. V."),
        ),
        (
            "Am Ende erläuterte Ole Probe für die Stiftung Lichtblick das Verfahren.",
            ("Ole Probe", "Stiftung Lichtblick"),
        ),
    ],
)
def test_presenting_for_a_body_makes_a_member(body: str, member: tuple[str, str]) -> None:
    assert (member[0], "memberOf", member[1]) in _relations(body)


@pytest.mark.parametrize(
    ("body", "member"),
    [
        (
            "Es spricht Karl Muster, der zuvor acht Jahre im Team der Stiftung Lichtblick gearbeitet hat.",
            ("Karl Muster", "Stiftung Lichtblick"),
        ),
        (
            "Es spricht Ida Winter, die vorher beim Verein Lernwerk e. V. beraten hat.",
            ("Ida Winter", "Lernwerk e. V."),
        ),
        (
            "Es spricht Ole Probe, der zwei Jahre lang in der Stiftung Lichtblick tätig war.",
            ("Ole Probe", "Stiftung Lichtblick"),
        ),
    ],
)
def test_an_earlier_post_in_a_relative_clause_makes_a_member(body: str, member: tuple[str, str]) -> None:
    assert (member[0], "memberOf", member[1]) in _relations(body)


@pytest.mark.parametrize(
    ("body", "member"),
    [
        (
            "Es sprach Karl Muster. Zuvor beriet das Diakonische Werk Kassel. Er arbeitet bei der Brückenbau gGmbH.",
            ("Karl Muster", "Brückenbau gGmbH"),
        ),
        (
            "Es sprach Ole Probe. Die Handwerkskammer Kassel lud ein. Er ist seit 2019 beim Verein Lernwerk e. V. tätig.",
            ("Ole Probe", "Lernwerk e. V."),
        ),
        (
            "Karl Muster lobte das Jobcenter Kassel. Heute arbeitet er bei der Brückenbau gGmbH.",
            ("Karl Muster", "Brückenbau gGmbH"),
        ),
    ],
)
def test_er_passes_over_a_feminine_or_neuter_body_to_the_man_before(
    body: str, member: tuple[str, str]
) -> None:
    assert (member[0], "memberOf", member[1]) in facts_of("Titel\n\n" + body).relations


def test_er_does_not_pass_over_a_masculine_body() -> None:
    body = "Es sprach Karl Muster. Der Verein Lernwerk e. V. lud ein. Er arbeitet bei der Brückenbau gGmbH."
    assert ("Karl Muster", "memberOf", "Brückenbau gGmbH") not in facts_of("Titel\n\n" + body).relations


@pytest.mark.parametrize(
    ("body", "member"),
    [
        (
            "Sie dankte dem Team der Stiftung Lichtblick, zu dem neben ihr auch Ida Winter gehört.",
            ("Ida Winter", "Stiftung Lichtblick"),
        ),
        (
            "Er lobte das Team des Vereins Lernwerk e. V., zu dem Karl Muster und Ole Probe gehören.",
            ("Ole Probe", "Lernwerk e. V."),
        ),
        (
            "Gedankt wurde dem Team der Stiftung Lichtblick, zu dem auch Greta Sommer zählt.",
            ("Greta Sommer", "Stiftung Lichtblick"),
        ),
    ],
)
def test_a_relative_clause_on_a_body_s_team_names_its_members(body: str, member: tuple[str, str]) -> None:
    assert (member[0], "memberOf", member[1]) in _relations(body)


@pytest.mark.parametrize(
    ("body", "member"),
    [
        (
            "Ida Winter leitet das Projekt. Sie arbeitete zuvor fünf Jahre für die Stiftung Lichtblick.",
            ("Ida Winter", "Stiftung Lichtblick"),
        ),
        ("Karl Muster arbeitete vorher beim Verein Lernwerk e. V.", ("Karl Muster", "Lernwerk e. V.")),
        (
            "Ole Probe arbeitet seit 2019 lange schon bei der Stiftung Lichtblick.",
            ("Ole Probe", "Stiftung Lichtblick"),
        ),
    ],
)
def test_an_earlier_post_after_the_verb_of_work_makes_a_member(body: str, member: tuple[str, str]) -> None:
    assert (member[0], "memberOf", member[1]) in _relations(body)


@pytest.mark.parametrize(
    ("body", "member"),
    [
        ("Ida Winter hat vorher beim Verein Lernwerk e. V. gearbeitet.", ("Ida Winter", "Lernwerk e. V.")),
        (
            "Karl Muster ist Jurist und hat zuvor für die Stiftung Lichtblick gearbeitet.",
            ("Karl Muster", "Stiftung Lichtblick"),
        ),
        (
            "Ole Probe hatte seit 2015 in der Stiftung Lichtblick mitgearbeitet.",
            ("Ole Probe", "Stiftung Lichtblick"),
        ),
    ],
)
def test_the_perfect_of_working_at_a_body_makes_a_member(body: str, member: tuple[str, str]) -> None:
    assert (member[0], "memberOf", member[1]) in _relations(body)


def test_the_perfect_of_another_verb_makes_no_member() -> None:
    assert ("Ida Winter", "memberOf", "Stiftung Lichtblick") not in _relations(
        "Ida Winter hat vorher bei der Stiftung Lichtblick angerufen."
    )


@pytest.mark.parametrize(
    ("body", "member"),
    [
        ("Vom Verein Lernwerk e. V. kommt Ida Winter regelmäßig zu uns.", ("Ida Winter", "Lernwerk e. V.")),
        (
            "Von der Stiftung Lichtblick kommen Karl Muster und Ole Probe.",
            ("Ole Probe", "Stiftung Lichtblick"),
        ),
        ("Aus dem Verein Lernwerk e. V. kommt Greta Sommer.", ("Greta Sommer", "Lernwerk e. V.")),
    ],
)
def test_coming_from_a_body_named_first_in_the_present(body: str, member: tuple[str, str]) -> None:
    assert (member[0], "memberOf", member[1]) in _relations(body)


@pytest.mark.parametrize(
    ("body", "member"),
    [
        (
            "Das Projekt „Werkstatt Beruf“ startet. Neu im Team sind seit Juli Ida Winter und Karl Muster.",
            ("Karl Muster", "Werkstatt Beruf"),
        ),
        (
            "Das Projekt „Werkstatt Beruf“ startet. Neu im Team ist Ole Probe.",
            ("Ole Probe", "Werkstatt Beruf"),
        ),
        (
            "Das Projekt „Werkstatt Beruf“ startet. Neu im Projektteam ist seit Mai Greta Sommer.",
            ("Greta Sommer", "Werkstatt Beruf"),
        ),
    ],
)
def test_new_in_the_team_of_the_project_spoken_of(body: str, member: tuple[str, str]) -> None:
    assert (member[0], "memberOf", member[1]) in facts_of("Titel\n\n" + body).relations


@pytest.mark.parametrize(
    ("body", "member"),
    [
        (
            "Die Stiftung Lichtblick ist Gründungsmitglied des IQ Netzwerks Hessen.",
            ("Stiftung Lichtblick", "IQ Landesnetzwerk Hessen"),
        ),
        (
            "Der Verein Lernwerk e. V. ist seit 2019 Mitgliedsorganisation im IQ Netzwerk Hessen.",
            ("Lernwerk e. V.", "IQ Landesnetzwerk Hessen"),
        ),
        (
            "Die Brückenbau gGmbH ist eine von zwölf Partnerorganisationen im IQ Netzwerk Hessen.",
            ("Brückenbau gGmbH", "IQ Landesnetzwerk Hessen"),
        ),
        (
            "Petra Beispiel ist Gründungsmitglied des Vereins Lernwerk e. V.",
            ("Petra Beispiel", "Lernwerk e. V."),
        ),
    ],
)
def test_founding_members_and_partner_organisations_are_members(body: str, member: tuple[str, str]) -> None:
    assert (member[0], "memberOf", member[1]) in facts_of(
        "Titel\n\nDas IQ Netzwerk Hessen wächst. " + body
    ).relations


@pytest.mark.parametrize(
    ("body", "member"),
    [
        (
            "Das Projekt „Werkstatt Beruf“ berät.\n\nUnser Team\nLeitung: Dr. Ida Winter\nBeratung: Karl Muster, Ole Probe\n",
            ("Ole Probe", "Werkstatt Beruf"),
        ),
        (
            "Das Projekt „Werkstatt Beruf“ berät.\n\nDas Team:\nBeratung und Coaching: Greta Sommer\nVerwaltung: Jana Probe\n",
            ("Jana Probe", "Werkstatt Beruf"),
        ),
        (
            "Das Projekt „Werkstatt Beruf“ berät.\n\nProjektteam\nVerwaltung: Frau Greta Sommer\n",
            ("Greta Sommer", "Werkstatt Beruf"),
        ),
    ],
)
def test_the_task_lines_of_a_team_block_name_the_project_s_members(
    body: str, member: tuple[str, str]
) -> None:
    assert (member[0], "memberOf", member[1]) in facts_of("Titel\n\n" + body).relations


def test_task_lines_without_a_team_heading_name_no_members() -> None:
    body = "Das Projekt „Werkstatt Beruf“ berät.\n\nTermine\nBeratung: Karl Muster, Ole Probe\n"
    assert ("Ole Probe", "memberOf", "Werkstatt Beruf") not in facts_of("Titel\n\n" + body).relations


@pytest.mark.parametrize(
    ("body", "member"),
    [
        ("Ida Winter (43) ist seit 2018 bei der Stiftung Lichtblick.", ("Ida Winter", "Stiftung Lichtblick")),
        ("Karl Muster (61) arbeitet beim Verein Lernwerk e. V.", ("Karl Muster", "Lernwerk e. V.")),
        (
            "Ole Probe (29) ist seit Mai für die Stiftung Lichtblick tätig.",
            ("Ole Probe", "Stiftung Lichtblick"),
        ),
    ],
)
def test_an_age_after_the_name_stands_before_the_verb_of_work(body: str, member: tuple[str, str]) -> None:
    assert (member[0], "memberOf", member[1]) in _relations(body)


@pytest.mark.parametrize(
    ("body", "member"),
    [
        (
            "Karl Muster aus dem Vorstand der Stiftung Lichtblick sprach.",
            ("Karl Muster", "Stiftung Lichtblick"),
        ),
        ("Ole Probe aus dem Präsidium des Vereins Lernwerk e. V. sprach.", ("Ole Probe", "Lernwerk e. V.")),
        (
            "Es dankte Ida Winter aus dem Kuratorium der Stiftung Lichtblick.",
            ("Ida Winter", "Stiftung Lichtblick"),
        ),
    ],
)
def test_a_person_from_a_body_s_board_belongs_to_the_body(body: str, member: tuple[str, str]) -> None:
    assert (member[0], "memberOf", member[1]) in _relations(body)
