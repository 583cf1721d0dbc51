"""More members of networks and bodies, on invented sentences: lists that name each member's seat, members after
"darunter" or a possessive, lists before "Teil des …", appositions by dash, colon or "Mitglied", short names of a
body named in full before."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _memberships(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Titel\n\n" + text).relations if p == "memberOf"}


# ---------------------------------------------------------------- bodies and the network they belong to


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Partner im Bündnis Arbeit Nordland sind der Verein Brückenbau e. V. aus Zwickau, die Musterhilfe gGmbH "
            "in Plauen und die Beispiel GmbH.",
            "Bündnis Arbeit Nordland",
        ),
        (
            "Zu den Partnern im Bündnis Arbeit Nordland zählen die Musterhilfe gGmbH mit Sitz in Plauen, die "
            "Beispiel GmbH aus Gotha sowie der Verein Brückenbau e. V.",
            "Bündnis Arbeit Nordland",
        ),
        (
            "Im Bündnis Arbeit Nordland kooperieren die Beispiel GmbH aus Gotha, der Verein Brückenbau e. V. in "
            "Suhl und die Musterhilfe gGmbH.",
            "Bündnis Arbeit Nordland",
        ),
    ],
)
def test_a_list_of_members_goes_on_after_each_member_s_seat(text: str, whole: str) -> None:
    members = {"Brückenbau e. V.", "Musterhilfe gGmbH", "Beispiel GmbH"}
    assert {(m, whole) for m in members} <= _memberships(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Bündnis Arbeit Nordland hat zwölf Partner, darunter die Stiftung Lernwerk und die Beispiel GmbH.",
        "Im Bündnis Arbeit Nordland arbeiten 20 Organisationen zusammen, unter ihnen die Beispiel GmbH und die "
        "Stiftung Lernwerk.",
        "Das Bündnis Arbeit Nordland berät Betriebe. Es zählt viele Partner, darunter die Stiftung Lernwerk und "
        "die Beispiel GmbH.",
        "Das Bündnis Arbeit Nordland setzt mit seinen Partnern, der Stiftung Lernwerk und der Beispiel GmbH, Projekte "
        "um.",
    ],
)
def test_members_after_darunter_or_the_whole_s_possessive(text: str) -> None:
    whole = "Bündnis Arbeit Nordland"
    assert {("Stiftung Lernwerk", whole), ("Beispiel GmbH", whole)} <= _memberships(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zur Tagung kamen 100 Gäste, darunter die Stiftung Lernwerk und die Beispiel GmbH.",
        "Das Bündnis Arbeit Nordland berät. Das Projekt „Neustart“ hat drei Partner, darunter die Stiftung "
        "Lernwerk und die Beispiel GmbH.",
        "Die Stiftung Lernwerk arbeitet mit ihren Partnern Beispiel GmbH und Musterhilfe gGmbH zusammen.",
    ],
)
def test_partners_of_a_project_or_body_or_guests_are_no_members(text: str) -> None:
    assert not _memberships(text)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Die Stiftung Lernwerk und die Beispiel GmbH sind Teil des IQ Netzwerks Thüringen.", "IQ Netzwerk Thüringen"),
        ("Die Beispiel GmbH sowie die Stiftung Lernwerk sind seit 2015 fester Bestandteil des IQ Netzwerks Thüringen.", "IQ Netzwerk Thüringen"),
        ("Die Stiftung Lernwerk, die Beispiel GmbH und der Verein Brückenbau e. V. sind Teil des IQ Netzwerks Sachsen.", "IQ Netzwerk Sachsen"),
    ],
)  # fmt: skip
def test_every_body_of_a_list_before_teil_des(text: str, whole: str) -> None:
    assert {("Stiftung Lernwerk", whole), ("Beispiel GmbH", whole)} <= _memberships(text)


@pytest.mark.parametrize(
    "text",
    [
        "Im Bündnis Arbeit Nordland engagieren sich die Stiftung Lernwerk und die Beispiel GmbH.",
        "Im Bündnis Arbeit Nordland engagieren sich seit 2019 die Beispiel GmbH und die Stiftung Lernwerk.",
        "Im Bündnis Arbeit Nordland engagierten sich die Stiftung Lernwerk sowie die Beispiel GmbH.",
    ],
)
def test_bodies_engaging_in_a_network_named_before_them(text: str) -> None:
    whole = "Bündnis Arbeit Nordland"
    assert {("Stiftung Lernwerk", whole), ("Beispiel GmbH", whole)} <= _memberships(text)


def test_bodies_engaging_in_a_project_are_no_members() -> None:
    assert not _memberships(
        "Im Projekt „Neustart“ engagieren sich die Stiftung Lernwerk und die Beispiel GmbH."
    )


# ---------------------------------------------------------------- persons and the body they work for


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Petra Beispiel, von der Stiftung Lernwerk, sagte es.", "Petra Beispiel", "Stiftung Lernwerk"),
        ("Karl Muster, vom Verein Lernhaus e. V., erklärte das Verfahren.", "Karl Muster", "Lernhaus e. V."),
        ("Petra Beispiel, Mitglied im Verein Lernhaus e. V., sagte es.", "Petra Beispiel", "Lernhaus e. V."),
        ("Es sprach Karl Muster, langjähriges Mitglied der Stiftung Lernwerk, über Ziele.", "Karl Muster", "Stiftung Lernwerk"),
        ("Anna Probe, Mitglied des Vereins Lernhaus e. V.: Wir helfen.", "Anna Probe", "Lernhaus e. V."),
    ],
)  # fmt: skip
def test_an_apposition_of_coming_from_or_membership(text: str, person: str, body: str) -> None:
    assert (person, body) in _memberships(text)


def test_a_body_in_reported_speech_after_the_comma_is_no_apposition() -> None:
    assert not _memberships("„Gut“, sagte Petra Beispiel, vom Verein Lernhaus e. V. komme Hilfe.")


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Petra Beispiel – Stiftung Lernwerk – stellte das Projekt vor.", "Petra Beispiel", "Stiftung Lernwerk"),
        ("Im Anschluss erläuterte Karl Muster – Stiftung Lernwerk – die Zahlen.", "Karl Muster", "Stiftung Lernwerk"),
        ("Karl Muster, Stiftung Lernwerk: Wir beraten viele.", "Karl Muster", "Stiftung Lernwerk"),
        ("Zu Gast waren Petra Beispiel, Beispiel GmbH: Sie sprach über Ziele.", "Petra Beispiel", "Beispiel GmbH"),
    ],
)  # fmt: skip
def test_a_body_between_dashes_or_before_a_colon(text: str, person: str, body: str) -> None:
    assert (person, body) in _memberships(text)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Petra Beispiel ist bei der Stiftung Lernwerk für die Beratung zuständig.", "Petra Beispiel", "Stiftung Lernwerk"),
        ("Karl Muster ist im Jobcenter Erfurt zuständig.", "Karl Muster", "Jobcenter Erfurt"),
        ("Karl Muster ist seit 2015 bei der Stiftung Lernwerk.", "Karl Muster", "Stiftung Lernwerk"),
        ("Anna Probe ist seit Jahren beim Verein Lernhaus e. V., wo sie berät.", "Anna Probe", "Lernhaus e. V."),
    ],
)  # fmt: skip
def test_being_at_a_body_for_a_task_or_since_a_time(text: str, person: str, body: str) -> None:
    assert (person, body) in _memberships(text)


def test_being_at_a_body_as_a_guest_is_no_membership() -> None:
    assert not _memberships("Karl Muster ist seit Montag bei der Stiftung Lernwerk zu Gast.")


@pytest.mark.parametrize(
    ("text", "people", "body"),
    [
        ("Die Stiftung Lernwerk berät Zugewanderte. Petra Beispiel von der Stiftung sagte, es gehe voran.", {"Petra Beispiel"}, "Stiftung Lernwerk"),
        ("Die Handwerkskammer Erfurt berät. Karl Muster von der Kammer erklärte das.", {"Karl Muster"}, "Handwerkskammer Erfurt"),
        ("Das Jobcenter Erfurt und die Stiftung Lernwerk beraten. Anna Probe und Karl Muster vom Jobcenter erklärten das.", {"Anna Probe", "Karl Muster"}, "Jobcenter Erfurt"),
        ("Der Verein Lernhaus e. V. berät. Karl Muster vom Verein sagte es.", {"Karl Muster"}, "Lernhaus e. V."),
    ],
)  # fmt: skip
def test_a_body_named_short_after_the_person_is_the_one_named_in_full_before(
    text: str, people: set[str], body: str
) -> None:
    assert {(p, body) for p in people} <= _memberships(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Jobcenter Erfurt berät. Anna Probe vom Jobcenter Kassel erklärte das.",
        "Die Stiftung Lernwerk und die Stiftung Brücke beraten. Petra Beispiel von der Stiftung sagte es.",
        "Karl Muster von der Stiftung sagte es.",
    ],
)
def test_a_short_name_going_on_or_fitting_several_or_none_is_not_resolved(text: str) -> None:
    assert not {(p, b) for p, b in _memberships(text) if b in ("Jobcenter Erfurt", "Stiftung Lernwerk")}


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Petra Beispiel kam 2015 aus Syrien. Heute arbeitet sie bei der Beispiel GmbH.", "Petra Beispiel", "Beispiel GmbH"),
        ("Karl Muster ist Ingenieur. Er arbeitet seit 2019 bei der Musterhilfe gGmbH.", "Karl Muster", "Musterhilfe gGmbH"),
        ("Anna Probe erhielt ihre Anerkennung. Inzwischen ist sie beim Jobcenter Erfurt tätig.", "Anna Probe", "Jobcenter Erfurt"),
        ("Petra Beispiel berichtete von ihrem Weg. Sie ist Mitglied im Verein Lernhaus e. V.", "Petra Beispiel", "Lernhaus e. V."),
    ],
)  # fmt: skip
def test_a_pronoun_opening_the_sentence_stands_for_the_person_named_before(
    text: str, person: str, body: str
) -> None:
    assert (person, body) in _memberships(text)


@pytest.mark.parametrize(
    "text",
    [
        "Petra Beispiel leitet die Stiftung Lernwerk. Sie ist Mitglied im Verein Lernhaus e. V.",
        "Karl Muster berichtete von seinem Weg. Sie arbeitet bei der Beispiel GmbH.",
        "Petra Beispiel und Karl Muster berichteten. Sie arbeiten bei der Beispiel GmbH.",
    ],
)
def test_a_pronoun_after_a_body_or_of_another_gender_or_number_stands_for_no_one(text: str) -> None:
    assert not {(p, b) for p, b in _memberships(text) if b in ("Beispiel GmbH", "Lernhaus e. V.")}


def test_a_short_name_after_aus_is_where_the_person_comes_from() -> None:
    text = "Der Landkreis Gotha fördert das Projekt. Karl Muster aus dem Landkreis sagte es."
    assert ("Karl Muster", "Landkreis Gotha") not in _memberships(text)


@pytest.mark.parametrize(
    ("text", "member", "other"),
    [
        ("Das Jobcenter Erfurt berät, und die Stiftung Lernwerk ist Teil des IQ Netzwerks Thüringen.", "Stiftung Lernwerk", "Jobcenter Erfurt"),
        ("Die Beispiel GmbH bildet aus, aber die Stiftung Lernwerk ist Teil des IQ Netzwerks Thüringen.", "Stiftung Lernwerk", "Beispiel GmbH"),
        ("Der Verein Lernhaus e. V. berät; die Beispiel GmbH ist Teil des IQ Netzwerks Thüringen.", "Beispiel GmbH", "Lernhaus e. V."),
    ],
)  # fmt: skip
def test_the_subject_of_teil_des_is_its_own_clause_s(text: str, member: str, other: str) -> None:
    found = _memberships(text)
    assert (member, "IQ Netzwerk Thüringen") in found
    assert (other, "IQ Netzwerk Thüringen") not in found


def test_a_pronoun_opening_the_clause_of_teil_des_keeps_the_sentence_s_subject() -> None:
    text = "Die Stiftung Lernwerk berät; sie ist Teil des IQ Netzwerks Thüringen."
    assert ("Stiftung Lernwerk", "IQ Netzwerk Thüringen") in _memberships(text)


@pytest.mark.parametrize(
    "body",
    [
        "Olaf Berg ist seit 2019 im Vorstand der Stiftung Lichtblick.",
        "Olaf Berg ist Mitglied des Vorstands der Stiftung Lichtblick.",
        "Olaf Berg gehört dem Vorstand der Stiftung Lichtblick an.",
        "Olaf Berg, Mitglied des Kuratoriums der Stiftung Lichtblick, begrüßte die Gäste.",
    ],
)
def test_a_seat_on_a_body_s_board_is_membership(body: str) -> None:
    assert ("Olaf Berg", "memberOf", "Stiftung Lichtblick") in facts_of("Titel\n\n" + body).relations


@pytest.mark.parametrize(
    "body",
    [
        "Olaf Berg sprach mit dem Vorstand der Stiftung Lichtblick.",
        "Olaf Berg gehört dem Vorstand der Stiftung Lichtblick nicht mehr an.",
        "Olaf Berg dankte dem Vorstand der Stiftung Lichtblick für die Einladung.",
    ],
)
def test_talking_to_a_board_or_leaving_it_is_no_membership(body: str) -> None:
    assert ("Olaf Berg", "memberOf", "Stiftung Lichtblick") not in facts_of("Titel\n\n" + body).relations
