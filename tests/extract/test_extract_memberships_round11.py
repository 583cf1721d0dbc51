"""Memberships on invented sentences (round 11): a body a member of several wholes coordinated with their preposition
said again, members listed one a line, staff named in all orders (a fronted "Seit", a participle before the name,
moving, heading a body), colleagues, bodies working or carrying work in a network. Roles: test_extract_roles_round11."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _memberships(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Titel\n\n" + text).relations if p == "memberOf"}


# ---------------------------------------------------------------- "Mitglied im Y und im Z"


@pytest.mark.parametrize(
    ("text", "member", "wholes"),
    [
        (
            "Der Verein Lernwerk e. V. ist Mitglied im Paritätischen Wohlfahrtsverband Hessen und im Hessischen "
            "Flüchtlingsrat.",
            "Lernwerk e. V.",
            {"Paritätischer Wohlfahrtsverband Hessen", "Hessischer Flüchtlingsrat"},
        ),
        (
            "Die Brückenbau gGmbH ist seit 2015 Partnerin des IQ Netzwerks Thüringen sowie der Stiftung Nordlicht.",
            "Brückenbau gGmbH",
            {"IQ Netzwerk Thüringen", "Stiftung Nordlicht"},
        ),
        (
            "Seit 2020 ist die Lernhaus gGmbH Mitglied im Bündnis Arbeit Nordland, in der Stiftung Nordlicht und "
            "im Caritasverband Kassel.",
            "Lernhaus gGmbH",
            {"Bündnis Arbeit Nordland", "Stiftung Nordlicht", "Caritasverband Kassel"},
        ),
    ],
)
def test_a_member_of_wholes_coordinated_with_their_preposition(
    text: str, member: str, wholes: set[str]
) -> None:
    assert _memberships(text) == {(member, w) for w in wholes}


@pytest.mark.parametrize(
    "text",
    [
        "Unser Verein ist Mitglied im Landesfrauenrat Sachsen und im Flüchtlingsrat Sachsen e. V.",
        "Wir sind seit Jahren Partner des Bündnisses Arbeit Nordland sowie der Stiftung Nordlicht.",
        "Seit 2018 sind wir Mitglied in der Stiftung Nordlicht, im Caritasverband Kassel und im Bündnis Arbeit "
        "Nordland.",
    ],
)
def test_the_second_whole_of_a_coordination_is_no_member_of_the_first(text: str) -> None:
    # the subject is not named as a body: no whole is read as the member of another
    assert _memberships(text) == set()


# ---------------------------------------------------------------- "Seit 2019 ist X bei der Y."


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Seit 2019 ist Jonas Fiktiv bei der Stiftung Morgenrot.", ("Jonas Fiktiv", "Stiftung Morgenrot")),
        (
            "Seit März 2021 ist Petra Beispiel beim Verein Lernwerk e. V.\n\nDort berät sie Betriebe.",
            ("Petra Beispiel", "Lernwerk e. V."),
        ),
        (
            "Seit Januar ist Jana Probe beim Verein Hafenbrücke e. V. Die Beratung übernimmt sie im Mai.",
            ("Jana Probe", "Hafenbrücke e. V."),
        ),
        (
            "Seit dem Frühjahr ist Anna Muster im Caritasverband Lindenau; vorher war sie in Bremen.",
            ("Anna Muster", "Caritasverband Lindenau"),
        ),
    ],
)
def test_a_fronted_since_and_being_at_a_body_ending_the_clause(text: str, pair: tuple[str, str]) -> None:
    assert pair in _memberships(text)


def test_being_at_a_body_for_a_purpose_after_a_comma_is_no_membership() -> None:
    assert (
        _memberships("Seit Montag ist Uwe Test in der Stiftung Morgenrot, um beim Umzug zu helfen.") == set()
    )


# ---------------------------------------------------------------- members listed one a line under a lead-in


@pytest.mark.parametrize(
    ("text", "whole", "members"),
    [
        (
            "Das IQ Netzwerk Thüringen stellt sich vor. Zum Netzwerk gehören:\n\n- Lernwerk gGmbH, Gera\n"
            "- Verein Brückenbau e. V.\n- Stiftung Morgenrot\n",
            "IQ Netzwerk Thüringen",
            {"Lernwerk gGmbH", "Brückenbau e. V.", "Stiftung Morgenrot"},
        ),
        (
            "Partner im Bündnis Arbeit Nordland sind:\n• die Musterhilfe gGmbH\n• der Caritasverband Lindenau\n"
            "• die Handwerkskammer Lindenau\n\nDas Bündnis trifft sich zweimal im Jahr.",
            "Bündnis Arbeit Nordland",
            {"Musterhilfe gGmbH", "Caritasverband Lindenau", "Handwerkskammer Lindenau"},
        ),
        (
            "Im IQ Netzwerk Bremen arbeiten viele Träger zusammen.\n\nUnsere Netzwerkpartner:\n1. Beispiel GmbH\n"
            "2. Verein Lernhaus e. V.\n",
            "IQ Netzwerk Bremen",
            {"Beispiel GmbH", "Lernhaus e. V."},
        ),
    ],
)
def test_bodies_listed_one_a_line_under_a_members_lead_in(text: str, whole: str, members: set[str]) -> None:
    assert {(m, whole) for m in members} <= _memberships(text)


@pytest.mark.parametrize(
    "text",
    [
        # a project's partners, no head noun of an alliance in the lead-in
        "Das IQ Netzwerk Thüringen fördert das Projekt. Unsere Partner:\n- Lernwerk gGmbH\n- Stiftung Morgenrot\n",
        "Das Bündnis Arbeit Nordland lädt ein. Kooperationspartner der Tagung:\n- Lernwerk gGmbH\n"
        "- Stiftung Morgenrot\n",
        # the list ends at the blank line
        "Das IQ Netzwerk Thüringen berichtet. Zum Netzwerk gehört auch die Koordination.\n\nTermine:\n"
        "- Lernwerk gGmbH lädt ein\n",
    ],
)
def test_lines_under_a_lead_in_naming_no_alliance_are_no_members(text: str) -> None:
    found = _memberships(text)
    assert ("Lernwerk gGmbH", "IQ Netzwerk Thüringen") not in found
    assert ("Lernwerk gGmbH", "Bündnis Arbeit Nordland") not in found


# ---------------------------------------------------------------- a participle of working before the name; moving


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Die bei der Stiftung Morgenrot tätige Anna Muster berät Betriebe.",
            ("Anna Muster", "Stiftung Morgenrot"),
        ),
        (
            "Gelobt wurde der seit 2019 beim Verein Brückenbau e. V. beschäftigte Karl Probe.",
            ("Karl Probe", "Brückenbau e. V."),
        ),
        (
            "Das Angebot stellte die für die Lernwerk gGmbH arbeitende Frau Dr. Eva Test vor.",
            ("Eva Test", "Lernwerk gGmbH"),
        ),
    ],
)
def test_a_participle_of_working_before_the_name(text: str, pair: tuple[str, str]) -> None:
    assert pair in _memberships(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Uwe Test wechselt zum 1. Juli zur Beispiel GmbH.", ("Uwe Test", "Beispiel GmbH")),
        (
            "Petra Beispiel wechselte am 1. März 2024 zur Stiftung Morgenrot.",
            ("Petra Beispiel", "Stiftung Morgenrot"),
        ),
        ("Karl Probe wechselt im Herbst zum Verein Brückenbau e. V.", ("Karl Probe", "Brückenbau e. V.")),
    ],
)
def test_moving_to_a_body_on_a_day(text: str, pair: tuple[str, str]) -> None:
    assert pair in _memberships(text)


def test_a_body_in_a_participle_before_a_thing_is_no_membership() -> None:
    assert _memberships("Die bei der Stiftung Morgenrot tätigen Teams beraten Anna Muster.") == set()


# ---------------------------------------------------------------- working along in a network; carrying subprojects


@pytest.mark.parametrize(
    ("text", "members", "whole"),
    [
        (
            "Im IQ Netzwerk Hessen arbeiten die Lernwerk gGmbH, die Stiftung Morgenrot und der Caritasverband Kassel "
            "mit.",
            {"Lernwerk gGmbH", "Stiftung Morgenrot", "Caritasverband Kassel"},
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Die Lernwerk gGmbH und die Stiftung Morgenrot sind Teilprojektträger im IQ Netzwerk Bremen.",
            {"Lernwerk gGmbH", "Stiftung Morgenrot"},
            "IQ Netzwerk Bremen",
        ),
        (
            "Seit 2019 ist die Beispiel gGmbH als Teilprojektträgerin im IQ Netzwerk Bremen aktiv.",
            {"Beispiel gGmbH"},
            "IQ Netzwerk Bremen",
        ),
    ],
)
def test_bodies_working_along_or_carrying_subprojects_in_a_network(
    text: str, members: set[str], whole: str
) -> None:
    assert {(m, whole) for m in members} <= _memberships(text)


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("Die Lernwerk gGmbH setzt im IQ Netzwerk Bremen ein Mentoring für Frauen um.", {"Lernwerk gGmbH"}),
        (
            "Das IQ Netzwerk Bremen besteht aus der Koordinierungsstelle und sechs Partnern: der Lernwerk gGmbH, der "
            "Stiftung Morgenrot und dem Caritasverband Bremen.",
            {"Lernwerk gGmbH", "Stiftung Morgenrot", "Caritasverband Bremen"},
        ),
        ("Die Beispiel GmbH setzt im IQ Netzwerk Bremen das Teilprojekt „Wege“ um.", {"Beispiel GmbH"}),
    ],
)
def test_bodies_carrying_a_task_or_listed_after_a_counted_colon(text: str, members: set[str]) -> None:
    assert {(m, "IQ Netzwerk Bremen") for m in members} <= _memberships(text)


# ---------------------------------------------------------------- colleagues listed before the body


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Die Kolleginnen Petra Beispiel und Anna Muster von der Stiftung Morgenrot berichteten.",
            {("Petra Beispiel", "Stiftung Morgenrot"), ("Anna Muster", "Stiftung Morgenrot")},
        ),
        (
            "Es halfen die Kollegen Karl Probe und Uwe Test vom Caritasverband Kassel.",
            {("Karl Probe", "Caritasverband Kassel"), ("Uwe Test", "Caritasverband Kassel")},
        ),
        (
            "Ihre Kollegin Eva Test und Jana Fiktiv aus dem Jobcenter Kassel stellten das Angebot vor.",
            {("Eva Test", "Jobcenter Kassel"), ("Jana Fiktiv", "Jobcenter Kassel")},
        ),
    ],
)
def test_colleagues_listed_before_the_body_are_all_its_members(
    text: str, pairs: set[tuple[str, str]]
) -> None:
    assert pairs <= _memberships(text)


# ---------------------------------------------------------------- heading a body by a verb


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Dr. Maria Modell leitet seit 2015 die Stiftung Morgenrot.", ("Maria Modell", "Stiftung Morgenrot")),
        ("Karl Probe führt die Lernwerk gGmbH gemeinsam mit Eva Test.", ("Karl Probe", "Lernwerk gGmbH")),
        ("Uwe Test leitete bis 2020 das Jobcenter Kassel.", ("Uwe Test", "Jobcenter Kassel")),
    ],
)
def test_a_person_heading_a_body_by_a_verb_works_for_it(text: str, pair: tuple[str, str]) -> None:
    assert pair in _memberships(text)


def test_heading_a_body_s_service_is_no_membership_of_the_service_s_name() -> None:
    assert _memberships("Anna Muster leitet die Beratung der Stiftung Morgenrot.") == set()
