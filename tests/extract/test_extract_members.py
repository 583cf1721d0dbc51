"""Members of networks and alliances, and the bodies persons belong to, on invented sentences in several
variants (word order, inflection, other names)."""

from __future__ import annotations

import pytest

from conftest import facts_of

_THREE = {"Stiftung Lernwerk", "Brückenbau e. V.", "Beispiel GmbH"}


def _members_of(sentence: str, whole: str) -> set[str]:
    return {s for s, p, o in facts_of("Titel\n\n" + sentence).relations if p == "memberOf" and o == whole}


# ---------------------------------------------------------------- bodies and the network they belong to


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Netzwerkpartner im IQ Netzwerk Hessen sind die Stiftung Lernwerk, der Verein Brückenbau e. V. und die "
            "Beispiel GmbH.",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Das IQ Netzwerk Thüringen lud ein. Netzwerkpartnerinnen sind die Beispiel GmbH, die Stiftung Lernwerk "
            "sowie der Verein Brückenbau e. V.",
            "IQ Netzwerk Thüringen",
        ),
        (
            "Partnerorganisationen des IQ Netzwerks Sachsen: der Verein Brückenbau e. V., die Stiftung Lernwerk und "
            "die Beispiel GmbH.",
            "IQ Netzwerk Sachsen",
        ),
    ],
)
def test_members_listed_after_a_compound_member_noun(text: str, whole: str) -> None:
    assert _members_of(text, whole) == _THREE


def test_the_partners_of_an_event_are_no_members() -> None:
    f = facts_of("Titel\n\nKooperationspartner der Tagung sind die Stiftung Lernwerk und die Beispiel GmbH.")
    assert not any(p == "memberOf" for _, p, _ in f.relations)


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        (
            "Im IQ Netzwerk Hessen arbeiten die Stiftung Lernwerk, der Verein Brückenbau e. V. und die Beispiel GmbH "
            "zusammen.",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Im IQ Netzwerk Thüringen kooperieren seit 2015 die Beispiel GmbH, die Stiftung Lernwerk und der Verein "
            "Brückenbau e. V.",
            "IQ Netzwerk Thüringen",
        ),
        (
            "In dem „Bündnis Arbeit Nordland“ haben sich die Stiftung Lernwerk, die Beispiel GmbH und der Verein "
            "Brückenbau e. V. zusammengeschlossen.",
            "Bündnis Arbeit Nordland",
        ),
        (
            "Die Stiftung Lernwerk, der Verein Brückenbau e. V. und die Beispiel GmbH arbeiten im IQ Netzwerk Hessen "
            "eng zusammen.",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Die Beispiel GmbH, die Stiftung Lernwerk und der Verein Brückenbau e. V. haben sich 2019 zum „Bündnis "
            "Arbeit Nordland“ zusammengeschlossen.",
            "Bündnis Arbeit Nordland",
        ),
        (
            "Der Verein Brückenbau e. V., die Beispiel GmbH und die Stiftung Lernwerk sind im IQ Netzwerk Sachsen "
            "vertreten.",
            "IQ Netzwerk Sachsen",
        ),
    ],
)
def test_bodies_working_together_in_a_network_named_with_them(sentence: str, whole: str) -> None:
    assert _members_of(sentence, whole) == _THREE


@pytest.mark.parametrize(
    "sentence",
    [
        "In Kassel arbeiten die Stiftung Lernwerk und die Beispiel GmbH zusammen.",
        "Die Stiftung Lernwerk und die Beispiel GmbH arbeiten im Projekt „Wege öffnen“ zusammen.",
        "Im IQ Netzwerk Hessen sind die Stiftung Lernwerk und die Beispiel GmbH für die Beratung zuständig.",
    ],
)
def test_working_together_elsewhere_or_without_a_closing_word_is_no_membership(sentence: str) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert not any(p == "memberOf" for _, p, _ in f.relations)


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        (
            "Die Stiftung Lernwerk, der Verein Brückenbau e. V. und die Beispiel GmbH sind Partner im IQ Netzwerk "
            "Hessen.",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Die Beispiel GmbH, die Stiftung Lernwerk und der Verein Brückenbau e. V. waren seit 2015 Mitglieder des "
            "IQ Netzwerks Sachsen.",
            "IQ Netzwerk Sachsen",
        ),
        (
            "Der Verein Brückenbau e. V., die Stiftung Lernwerk sowie die Beispiel GmbH sind Partnerinnen im „Bündnis "
            "Arbeit Nordland“.",
            "Bündnis Arbeit Nordland",
        ),
    ],
)
def test_every_body_of_a_list_before_the_member_noun(sentence: str, whole: str) -> None:
    assert _members_of(sentence, whole) == _THREE


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        (
            "Die Stiftung Lernwerk ist einer von zwölf Partnern im IQ Netzwerk Hessen.",
            "IQ Landesnetzwerk Hessen",
        ),
        ("Die Stiftung Lernwerk ist eines der Mitglieder des IQ Netzwerks Sachsen.", "IQ Netzwerk Sachsen"),
        (
            "Die Stiftung Lernwerk war eine von acht Partnerinnen im IQ Netzwerk Thüringen.",
            "IQ Netzwerk Thüringen",
        ),
    ],
)
def test_one_of_several_members(sentence: str, whole: str) -> None:
    assert _members_of(sentence, whole) == {"Stiftung Lernwerk"}


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        (
            "Das IQ Netzwerk Hessen setzt sich aus der Stiftung Lernwerk, dem Verein Brückenbau e. V. und der "
            "Beispiel GmbH zusammen.",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Das „Bündnis Arbeit Nordland“ setzte sich bisher aus der Beispiel GmbH, der Stiftung Lernwerk und dem "
            "Verein Brückenbau e. V. zusammen.",
            "Bündnis Arbeit Nordland",
        ),
        (
            "Das IQ Netzwerk Sachsen setzt sich seit 2020 aus dem Verein Brückenbau e. V., der Beispiel GmbH und der "
            "Stiftung Lernwerk zusammen.",
            "IQ Netzwerk Sachsen",
        ),
    ],
)
def test_a_network_made_up_of_its_members(sentence: str, whole: str) -> None:
    assert _members_of(sentence, whole) == _THREE


# ---------------------------------------------------------------- persons and the body they belong to


def _bodies_of(sentence: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Titel\n\n" + sentence).relations if p == "memberOf"}


@pytest.mark.parametrize(
    ("sentence", "member", "body"),
    [
        (
            "Petra Beispiel, die seit 2015 bei der Stiftung Lernwerk arbeitet, stellte das Angebot vor.",
            "Petra Beispiel",
            "Stiftung Lernwerk",
        ),
        (
            "Es moderierte Karl Muster, der seit vielen Jahren für den Verein Brückenbau e. V. tätig ist.",
            "Karl Muster",
            "Brückenbau e. V.",
        ),
        (
            "Anna Probe, die inzwischen beim Jobcenter Kiel die Beratung betreut, sprach zuerst.",
            "Anna Probe",
            "Jobcenter Kiel",
        ),
    ],
)
def test_an_adverb_of_time_in_the_relative_clause_of_working(sentence: str, member: str, body: str) -> None:
    assert (member, body) in _bodies_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Petra Beispiel und Karl Muster, beide vom Verein Brückenbau e. V., berichteten von ihrer Arbeit.",
        "Es berichteten Karl Muster und Petra Beispiel, beide von der Stiftung Lernwerk.",
        "Petra Beispiel und Karl Muster beide aus dem Jobcenter Kiel stellten sich vor.",
    ],
)
def test_both_names_before_beide_vom(sentence: str) -> None:
    found = _bodies_of(sentence)
    assert {member for member, _ in found} == {"Petra Beispiel", "Karl Muster"}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Von Seiten der Stiftung Lernwerk nahmen Petra Beispiel und Karl Muster teil.", "Stiftung Lernwerk"),
        ("Vonseiten des Jobcenters Kiel sprachen Karl Muster und Petra Beispiel.", "Jobcenter Kiel"),
        (
            "Im Auftrag des Vereins Brückenbau e. V. begrüßten Petra Beispiel und Karl Muster.",
            "Brückenbau e. V.",
        ),
    ],
)
def test_persons_on_the_side_of_a_body_named_first(sentence: str, body: str) -> None:
    assert _bodies_of(sentence) == {("Petra Beispiel", body), ("Karl Muster", body)}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Die Stiftung Lernwerk war durch Petra Beispiel und Karl Muster vertreten.", "Stiftung Lernwerk"),
        (
            "Das Jobcenter Kiel wurde von Frau Anna Probe, Karl Muster und Petra Beispiel vertreten.",
            "Jobcenter Kiel",
        ),
        ("Den Verein Brückenbau e. V. vertraten Petra Beispiel und Dr. Karl Muster.", "Brückenbau e. V."),
    ],
)
def test_every_name_standing_for_a_body(sentence: str, body: str) -> None:
    assert {("Petra Beispiel", body), ("Karl Muster", body)} <= _bodies_of(sentence)


def test_a_body_founded_by_a_person_is_not_represented_by_them() -> None:
    # the founder named in the passive is a member (round 18, as one named as the subject), not one leading it
    bodies = _bodies_of("Die Stiftung Lernwerk wurde von Petra Beispiel gegründet und Karl Muster geleitet.")
    assert bodies == {("Petra Beispiel", "Stiftung Lernwerk")}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Zum Team der Stiftung Lernwerk gehören Petra Beispiel, Karl Muster und Anna Probe.",
            "Stiftung Lernwerk",
        ),
        (
            "Im Team des Jobcenters Kiel arbeiten derzeit Petra Beispiel, Anna Probe und Karl Muster.",
            "Jobcenter Kiel",
        ),
        (
            "Das Team des Vereins Brückenbau e. V. besteht aus Frau Petra Beispiel, Dr. Karl Muster und Anna Probe.",
            "Brückenbau e. V.",
        ),
    ],
)
def test_the_team_of_a_body_and_who_is_in_it(sentence: str, body: str) -> None:
    assert _bodies_of(sentence) == {(name, body) for name in ("Petra Beispiel", "Karl Muster", "Anna Probe")}


def test_a_team_without_names_after_its_verb_has_no_members() -> None:
    assert not _bodies_of("Im Team der Stiftung Lernwerk arbeiten zwölf Beraterinnen, sagte Petra Beispiel.")


@pytest.mark.parametrize(
    ("sentence", "member", "body"),
    [
        (
            "Petra Beispiel aus dem Team der Stiftung Lernwerk erklärte das Verfahren.",
            "Petra Beispiel",
            "Stiftung Lernwerk",
        ),
        (
            "Es sprachen Karl Muster und Anna Probe vom Team des Jobcenters Kiel.",
            "Karl Muster",
            "Jobcenter Kiel",
        ),
        (
            "Fragen beantwortete Anna Probe von dem Team des Vereins Brückenbau e. V.",
            "Anna Probe",
            "Brückenbau e. V.",
        ),
    ],
)
def test_a_person_from_the_team_of_a_body(sentence: str, member: str, body: str) -> None:
    assert (member, body) in _bodies_of(sentence)


# ---------------------------------------------------------------- projects and the programme they run in


@pytest.mark.parametrize(
    ("sentence", "project"),
    [
        (
            "Das Projekt „Wege öffnen“ wird im Rahmen des Förderprogramms „Integration durch Qualifizierung (IQ)“ "
            "gefördert.",
            "Wege öffnen",
        ),
        (
            "Im Rahmen des Bundesprogramms „Integration durch Qualifizierung (IQ)“ berät die Beratungsstelle „Neue "
            "Wege“ in Kassel.",
            "Beratungsstelle „Neue Wege“",
        ),
        (
            "Die Beratungsstelle „Neue Wege“ ist ein Teilprojekt des Förderprogramms „Integration durch "
            "Qualifizierung (IQ)“.",
            "Beratungsstelle „Neue Wege“",
        ),
    ],
)
def test_the_programme_named_in_quotes_after_its_head_noun(sentence: str, project: str) -> None:
    relations = facts_of("Titel\n\n" + sentence).relations
    assert any(
        s == project and p == "partOf" and o.startswith("Integration durch Q") for s, p, o in relations
    )


@pytest.mark.parametrize(
    ("sentence", "unit", "whole"),
    [
        (
            "Die Beratungsstelle „Neue Wege“ des IQ Netzwerks Hessen und die Beratungsstelle „Wege öffnen“ des IQ "
            "Netzwerks Thüringen stellten sich vor.",
            "Beratungsstelle „Wege öffnen“",
            "IQ Netzwerk Thüringen",
        ),
        (
            "Eingeladen hatte die Landeskoordinierung des Förderprogramms IQ beim Verein Brückenbau e. V.",
            "IQ Landeskoordinierung",
            "Integration durch Q",
        ),
        (
            "Das IQ Netzwerk Hessen lud ein; das Projekt „Wege öffnen“ im IQ Netzwerk Sachsen kam dazu.",
            "Wege öffnen",
            "IQ Netzwerk Sachsen",
        ),
    ],
)
def test_the_whole_in_a_phrase_right_after_the_unit(sentence: str, unit: str, whole: str) -> None:
    relations = facts_of("Titel\n\n" + sentence).relations
    assert any(s == unit and p == "partOf" and o.startswith(whole) for s, p, o in relations)


def test_a_unit_carried_by_a_body_is_not_part_of_it() -> None:
    relations = facts_of(
        "Titel\n\nDas Projekt „Wege öffnen“ der Stiftung Lernwerk berät in Kassel."
    ).relations
    assert not any(p == "partOf" and o == "Stiftung Lernwerk" for _, p, o in relations)


@pytest.mark.parametrize(
    ("sentence", "member", "body"),
    [
        (
            "Petra Beispiel, tätig bei der Stiftung Lernwerk, erklärte das Verfahren.",
            "Petra Beispiel",
            "Stiftung Lernwerk",
        ),
        (
            "Es sprach Karl Muster, seit 2015 beim Jobcenter Kiel, über Anträge.",
            "Karl Muster",
            "Jobcenter Kiel",
        ),
        (
            "Anna Probe, beim Verein Brückenbau e. V. zuständig für die Beratung, eröffnete.",
            "Anna Probe",
            "Brückenbau e. V.",
        ),
    ],
)
def test_an_apposition_saying_where_the_person_works(sentence: str, member: str, body: str) -> None:
    assert (member, body) in _bodies_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "So Petra Beispiel, bei der Stiftung Lernwerk gebe es viele Anfragen.",
        "„Das ist gut“, sagte Karl Muster, beim Jobcenter Kiel habe man viel erreicht.",
        "Es dankte Anna Probe, im Verein Brückenbau e. V. wachse die Zahl der Fälle.",
    ],
)
def test_reported_speech_after_the_name_is_no_apposition(sentence: str) -> None:
    assert not _bodies_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "member", "body"),
    [
        (
            "Petra Beispiel (Stiftung Lernwerk, Kassel) erklärte das Verfahren.",
            "Petra Beispiel",
            "Stiftung Lernwerk",
        ),
        ("Karl Muster (Jobcenter Kiel/Team Anerkennung) erklärte es.", "Karl Muster", "Jobcenter Kiel"),
        (
            "Es sprachen Anna Probe und Karl Muster (beide Verein Brückenbau e. V., Kiel).",
            "Anna Probe",
            "Brückenbau e. V.",
        ),
    ],
)
def test_the_body_in_parentheses_with_its_town_or_unit(sentence: str, member: str, body: str) -> None:
    assert (member, body) in _bodies_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "members", "unit"),
    [
        ("Petra Beispiel (ProAB Nordhessen) gab einen Überblick.", {"Petra Beispiel"}, "ProAB Nordhessen"),
        (
            "Danach stellten Karl Muster und Anna Probe (ZAQ+ Kassel) ihre Arbeit vor.",
            {"Karl Muster", "Anna Probe"},
            "ZAQ+ Kassel",
        ),
        ("Über das Gesetz sprach Greta Muster (BeraNet Leipzig).", {"Greta Muster"}, "BeraNet Leipzig"),
    ],
)
def test_a_unit_by_its_short_name_and_town_in_parentheses(
    sentence: str, members: set[str], unit: str
) -> None:
    assert {(m, unit) for m in members} <= _bodies_of(sentence)


@pytest.mark.parametrize(
    "text",
    [
        "Titel\n\nDas IQ Netzwerk Hessen tagte. Netzwerkpartner des Bündnisses sind das Jobcenter Kiel und die "
        "Beispiel GmbH.",
        "Titel\n\nDas IQ Netzwerk Sachsen lud ein. Zum Bündnis gehören die Stiftung Lernwerk und die Beispiel GmbH.",
        "Titel\n\nDas IQ Netzwerk Thüringen stellte sich vor. Mitglieder der Initiative sind die Stiftung Lernwerk "
        "und das Jobcenter Kiel.",
    ],
)
def test_a_whole_meant_by_another_head_noun_is_not_the_network_named_before(text: str) -> None:
    assert not any(p == "memberOf" for _, p, _ in facts_of(text).relations)


@pytest.mark.parametrize(
    "text",
    [
        "Titel\n\nDas IQ Netzwerk Hessen tagte. Partner des Netzwerks sind die Stiftung Lernwerk und die Beispiel "
        "GmbH.",
        "Titel\n\nDas „Bündnis Arbeit Nordland“ tagte. Zum Bündnis gehören die Stiftung Lernwerk und die Beispiel "
        "GmbH.",
        "Titel\n\nDas IQ Netzwerk Sachsen lud ein. Netzwerkpartner sind die Stiftung Lernwerk und die Beispiel GmbH.",
    ],
)
def test_a_whole_meant_by_its_own_head_noun_is_the_one_named_before(text: str) -> None:
    found = {s for s, p, _ in facts_of(text).relations if p == "memberOf"}
    assert found == {"Stiftung Lernwerk", "Beispiel GmbH"}


@pytest.mark.parametrize(
    "text",
    [
        "Titel\n\nDas IQ Netzwerk Hessen tagte. Zu den Netzwerkpartnern zählen die Stiftung Lernwerk und die "
        "Beispiel GmbH.",
        "Titel\n\nDas IQ Netzwerk Sachsen lud ein. Zu den Partnerorganisationen gehören zudem die Beispiel GmbH "
        "sowie die Stiftung Lernwerk.",
        "Titel\n\nDas IQ Netzwerk Thüringen stellte sich vor. Zu den weiteren Mitgliedern zählten die Stiftung "
        "Lernwerk und die Beispiel GmbH.",
    ],
)
def test_members_counted_among_the_partners_of_the_network_named_before(text: str) -> None:
    found = {s for s, p, _ in facts_of(text).relations if p == "memberOf"}
    assert found == {"Stiftung Lernwerk", "Beispiel GmbH"}


def test_the_partners_of_an_event_are_not_counted_among_a_network_s() -> None:
    text = "Titel\n\nDas IQ Netzwerk Hessen tagte. Zu den Partnern der Tagung zählten die Stiftung Lernwerk."
    assert not any(p == "memberOf" for _, p, _ in facts_of(text).relations)


def test_a_relative_clause_of_working_with_a_spelled_out_duration() -> None:
    sentence = "Es sprach Anna Probe, die seit zehn Jahren beim Verein Brückenbau e. V. Zugewanderte berät."
    assert ("Anna Probe", "Brückenbau e. V.") in _bodies_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "unit", "whole"),
    [
        (
            "Vorgestellt wurden das Projekt „Wege öffnen“ aus dem IQ Netzwerk Hessen und die Beratungsstelle „Neue "
            "Wege“ aus dem IQ Netzwerk Sachsen.",
            "Beratungsstelle „Neue Wege“",
            "IQ Netzwerk Sachsen",
        ),
        (
            "Es berichteten das IQ Netzwerk Hessen und die Beratungsstelle „Neue Wege“ (IQ Netzwerk Thüringen).",
            "Beratungsstelle „Neue Wege“",
            "IQ Netzwerk Thüringen",
        ),
        (
            "Die Beratungsstelle „Neue Wege“ aus der Region kam mit dem Projekt „Wege öffnen“ aus dem IQ Netzwerk "
            "Sachsen.",
            "Wege öffnen",
            "IQ Netzwerk Sachsen",
        ),
    ],
)
def test_the_network_a_unit_comes_from_or_is_bracketed_with(sentence: str, unit: str, whole: str) -> None:
    assert (unit, "partOf", whole) in facts_of("Titel\n\n" + sentence).relations


def test_a_town_a_unit_comes_from_is_no_whole() -> None:
    relations = facts_of("Titel\n\nDas Projekt „Wege öffnen“ aus Kassel stellte sich vor.").relations
    assert not any(p == "partOf" for _, p, _ in relations)


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("Die Stiftung Lernwerk beteiligt sich seit 2015 am IQ Netzwerk Hessen.", "IQ Landesnetzwerk Hessen"),
        ("Die Stiftung Lernwerk wirkt im IQ Netzwerk Sachsen mit.", "IQ Netzwerk Sachsen"),
        (
            "Die Stiftung Lernwerk arbeitet bereits im „Bündnis Arbeit Nordland“ mit.",
            "Bündnis Arbeit Nordland",
        ),
        ("Die Stiftung Lernwerk engagiert sich im IQ Netzwerk Thüringen.", "IQ Netzwerk Thüringen"),
        ("Die Stiftung Lernwerk trat 2019 dem IQ Netzwerk Sachsen bei.", "IQ Netzwerk Sachsen"),
    ],
)
def test_a_body_taking_part_in_a_network(sentence: str, whole: str) -> None:
    assert _members_of(sentence, whole) == {"Stiftung Lernwerk"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Jobcenter Kiel beteiligte sich am Tag des IQ Netzwerks Hessen.",
        "Die Stiftung Lernwerk arbeitet im Auftrag des IQ Netzwerks Hessen mit Betrieben.",
        "Die Stiftung Lernwerk engagiert sich im Rahmen des IQ Netzwerks Hessen für Zugewanderte.",
    ],
)
def test_taking_part_in_something_of_a_network_is_no_membership(sentence: str) -> None:
    assert not any(p == "memberOf" for _, p, _ in facts_of("Titel\n\n" + sentence).relations)


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        (
            "Als Partnerin des IQ Netzwerks Hessen lädt die Beispiel GmbH zum Fachtag.",
            "IQ Landesnetzwerk Hessen",
        ),
        ("Die Beispiel GmbH, Partnerin im IQ Netzwerk Sachsen, lud ein.", "IQ Netzwerk Sachsen"),
        ("Die Beispiel GmbH ist seit 2015 Teil des IQ Netzwerks Thüringen.", "IQ Netzwerk Thüringen"),
    ],
)
def test_a_body_as_partner_or_part_of_a_network(sentence: str, whole: str) -> None:
    relations = facts_of("Titel\n\n" + sentence).relations
    assert ("Beispiel GmbH", "memberOf", whole) in relations
    assert ("Beispiel GmbH", "partOf", whole) not in relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Auf dem Podium: Petra Beispiel, Stiftung Lernwerk; Karl Muster, Jobcenter Kiel; Anna Probe, Verein "
        "Brückenbau e. V.",
        "Es sprachen Karl Muster, Jobcenter Kiel; Anna Probe, Verein Brückenbau e. V.; Petra Beispiel, Stiftung "
        "Lernwerk. Danach gab es Kaffee.",
        "Mit dabei: Anna Probe, Verein Brückenbau e. V.; Dr. Petra Beispiel, Stiftung Lernwerk; Prof. Karl Muster, "
        "Jobcenter Kiel",
    ],
)
def test_pairs_of_name_and_body_divided_by_semicolons(sentence: str) -> None:
    assert _bodies_of(sentence) == {
        ("Petra Beispiel", "Stiftung Lernwerk"),
        ("Karl Muster", "Jobcenter Kiel"),
        ("Anna Probe", "Brückenbau e. V."),
    }


@pytest.mark.parametrize(
    ("text", "member", "whole"),
    [
        (
            "Titel\n\nDas „Bündnis Arbeit Nordland“ wurde gegründet. Das Bündnis gehört zum IQ Netzwerk Sachsen.",
            "Bündnis Arbeit Nordland",
            "IQ Netzwerk Sachsen",
        ),
        (
            "Titel\n\nGegründet wurde das „Bündnis Arbeit Nordland“. Dieses Bündnis ist seit 2020 Teil des IQ "
            "Netzwerks Thüringen.",
            "Bündnis Arbeit Nordland",
            "IQ Netzwerk Thüringen",
        ),
        (
            "Titel\n\nDas „Bündnis Lernen Süd“ stellte sich vor. Das Bündnis ist ein fester Bestandteil des IQ "
            "Netzwerks Hessen.",
            "Bündnis Lernen Süd",
            "IQ Landesnetzwerk Hessen",
        ),
    ],
)
def test_the_head_noun_alone_stands_for_the_alliance_named_before(text: str, member: str, whole: str) -> None:
    assert (member, "memberOf", whole) in facts_of(text).relations


def test_a_head_noun_of_another_kind_stands_for_no_alliance() -> None:
    text = "Titel\n\nDas „Bündnis Arbeit Nordland“ wurde gegründet. Die Initiative gehört zum IQ Netzwerk Sachsen."
    assert not any(p in ("memberOf", "partOf") for _, p, _ in facts_of(text).relations)


@pytest.mark.parametrize(
    ("text", "members", "whole"),
    [
        (
            "Titel\n\nDas IQ Netzwerk Hessen wächst. Die Stiftung Lernwerk ist seit Januar neue Netzwerkpartnerin.",
            {"Stiftung Lernwerk"},
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Titel\n\nDas „Bündnis Arbeit Nordland“ wächst. Die Beispiel GmbH und die Stiftung Lernwerk sind neue "
            "Bündnispartner.",
            {"Beispiel GmbH", "Stiftung Lernwerk"},
            "Bündnis Arbeit Nordland",
        ),
        (
            "Titel\n\nDas IQ Netzwerk Sachsen stellte sich vor. Seit 2020 ist die Beispiel GmbH ein wichtiger "
            "Netzwerkpartner.",
            {"Beispiel GmbH"},
            "IQ Netzwerk Sachsen",
        ),
    ],
)
def test_a_partner_noun_naming_the_kind_of_the_whole_named_before(
    text: str, members: set[str], whole: str
) -> None:
    assert {s for s, p, o in facts_of(text).relations if p == "memberOf" and o == whole} == members


def test_a_partner_noun_of_another_kind_names_no_whole() -> None:
    text = "Titel\n\nDas „Bündnis Arbeit Nordland“ wächst. Die Stiftung Lernwerk ist neue Netzwerkpartnerin."
    assert not any(p == "memberOf" for _, p, _ in facts_of(text).relations)


@pytest.mark.parametrize(
    ("sentence", "members", "body"),
    [
        ("Seit 2019 arbeitet Greta Muster bei der Stiftung Lernwerk.", {"Greta Muster"}, "Stiftung Lernwerk"),
        (
            "Inzwischen ist Karl Muster Mitglied im Verein Brückenbau e. V.",
            {"Karl Muster"},
            "Brückenbau e. V.",
        ),
        (
            "Seit Januar sind Anna Probe und Lena Probe beim Jobcenter Kiel beschäftigt.",
            {"Anna Probe", "Lena Probe"},
            "Jobcenter Kiel",
        ),
        (
            "Im Projekt „Brückenbau“ arbeiten Greta Muster und Lena Probe.",
            {"Greta Muster", "Lena Probe"},
            "Brückenbau",
        ),
        ("Bei der Stiftung Lernwerk ist Karl Muster seit 2019 tätig.", {"Karl Muster"}, "Stiftung Lernwerk"),
    ],
)
def test_working_somewhere_with_the_verb_before_its_subject(
    sentence: str, members: set[str], body: str
) -> None:
    assert {(m, body) for m in members} <= _bodies_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Heute ist Greta Muster bei der Stiftung Lernwerk zu Gast.",
        "Im Projekt „Brückenbau“ war Karl Muster zu Gast.",
        "Am Montag war Anna Probe beim Jobcenter Kiel.",
    ],
)
def test_a_visit_with_the_verb_before_its_subject_is_no_membership(sentence: str) -> None:
    assert not _bodies_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "member", "body"),
    [
        ("„Die Beratung wirkt“, sagte Greta Muster, Stiftung Lernwerk.", "Greta Muster", "Stiftung Lernwerk"),
        ("Zum Schluss sprach Karl Muster, Verein Brückenbau e. V.", "Karl Muster", "Brückenbau e. V."),
        ("Es dankte Anna Probe, Jobcenter Kiel.\nDanach gab es Kaffee.", "Anna Probe", "Jobcenter Kiel"),
    ],
)
def test_a_body_in_apposition_closing_the_sentence(sentence: str, member: str, body: str) -> None:
    assert (member, body) in _bodies_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "members", "body"),
    [
        (
            "Die Stiftung Lernwerk, vertreten durch Greta Muster, stellte das Projekt vor.",
            {"Greta Muster"},
            "Stiftung Lernwerk",
        ),
        (
            "Das Jobcenter Kiel, vertreten durch Anna Probe und Karl Muster, unterzeichnete den Vertrag.",
            {"Anna Probe", "Karl Muster"},
            "Jobcenter Kiel",
        ),
        (
            "Auch der Verein Brückenbau e. V., vertreten durch Dr. Lena Probe, ist dabei.",
            {"Lena Probe"},
            "Brückenbau e. V.",
        ),
    ],
)
def test_a_body_represented_by_in_apposition(sentence: str, members: set[str], body: str) -> None:
    assert {(m, body) for m in members} <= _bodies_of(sentence)


def test_a_town_or_a_list_of_bodies_after_a_name_is_no_apposition() -> None:
    assert not _bodies_of("Es kamen Greta Muster, Stiftung Lernwerk, Jobcenter Kiel und andere.")
    assert not _bodies_of("Eingeladen hatte Greta Muster, Kassel.")


@pytest.mark.parametrize(
    ("sentence", "members", "body"),
    [
        (
            "2015 haben Greta Muster und Lena Probe das Projekt „Brückenbau“ gestartet.",
            {"Greta Muster", "Lena Probe"},
            "Brückenbau",
        ),
        ("Karl Muster gründete 2010 den Verein Brückenbau e. V.", {"Karl Muster"}, "Brückenbau e. V."),
        (
            "Anna Probe und Karl Muster haben die Stiftung Lernwerk vor zehn Jahren ins Leben gerufen.",
            {"Anna Probe", "Karl Muster"},
            "Stiftung Lernwerk",
        ),
        ("Im Jahr 2012 gründete Lena Probe die Stiftung Lernwerk.", {"Lena Probe"}, "Stiftung Lernwerk"),
    ],
)
def test_the_founders_of_a_project_or_body_named_bare(sentence: str, members: set[str], body: str) -> None:
    assert {(m, body) for m in members} <= _bodies_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministerin Petra Beispiel startete das Projekt „Brückenbau“.",
        "Greta Muster hat das Projekt „Brückenbau“ besucht.",
        "Karl Muster besuchte am Montag die Stiftung Lernwerk.",
    ],
)
def test_an_office_holder_starting_or_a_visitor_is_no_founding_member(sentence: str) -> None:
    assert not _bodies_of(sentence)


_PROJECT_LEAD = "Das Projekt „Brückenbau“ der Stiftung Lernwerk hilft bei der Anerkennung. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Team: Greta Muster, Lena Probe und Karl Muster.",
        "Zum Projektteam gehören außerdem Greta Muster, Lena Probe und Karl Muster.",
        "„Wir“, das sind derzeit Greta Muster, Lena Probe und Karl Muster.",
        "Das Projektteam bilden Greta Muster, Lena Probe und Karl Muster.",
    ],
)
def test_a_team_naming_no_body_is_the_project_spoken_of_last(sentence: str) -> None:
    members = {("Greta Muster", "Brückenbau"), ("Lena Probe", "Brückenbau"), ("Karl Muster", "Brückenbau")}
    assert members <= _bodies_of(_PROJECT_LEAD + sentence)


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Lernwerk berät in Kassel. Das Team: Greta Muster und Lena Probe.",
        _PROJECT_LEAD + "Das Team bilden Greta Muster vom Jobcenter Kiel und Lena Probe.",
        _PROJECT_LEAD + "Ein Team bilden Greta Muster und Lena Probe.",
    ],
)
def test_a_team_with_no_project_before_or_a_body_in_its_sentence_is_not_the_projects(text: str) -> None:
    assert not {(m, b) for m, b in _bodies_of(text) if b == "Brückenbau"}


@pytest.mark.parametrize(
    ("sentence", "member", "body"),
    [
        (
            "Greta Muster, die das Projekt lange geprägt hat, arbeitet heute bei der Stiftung Lernwerk.",
            "Greta Muster",
            "Stiftung Lernwerk",
        ),
        (
            "Karl Muster arbeitet seit letztem Jahr im Beratungsbereich der Stiftung Lernwerk.",
            "Karl Muster",
            "Stiftung Lernwerk",
        ),
        (
            "Lena Probe arbeitet inzwischen in der Abteilung Migration beim Jobcenter Kiel.",
            "Lena Probe",
            "Jobcenter Kiel",
        ),
    ],
)
def test_working_in_a_department_or_after_a_relative_clause(sentence: str, member: str, body: str) -> None:
    assert (member, body) in _bodies_of(sentence)


def test_a_body_inside_the_relative_clause_is_not_where_the_person_works() -> None:
    assert not _bodies_of("Greta Muster, der die Stiftung Lernwerk dankte, arbeitet in Kassel.")


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        (
            "Die Stiftung Lernwerk, der Verein Brückenbau e. V. und die Beispiel GmbH gehören dem IQ Netzwerk Sachsen "
            "an.",
            "IQ Netzwerk Sachsen",
        ),
        (
            "Die Beispiel GmbH und die Stiftung Lernwerk sowie der Verein Brückenbau e. V. gehörten seit 2016 dem "
            "Bündnis Arbeit Nordland an.",
            "Bündnis Arbeit Nordland",
        ),
        (
            "Der Verein Brückenbau e. V., die Beispiel GmbH und die Stiftung Lernwerk gehören auch dem IQ Netzwerk "
            "Thüringen an.",
            "IQ Netzwerk Thüringen",
        ),
    ],
)
def test_every_body_of_a_list_before_the_verb_of_belonging(sentence: str, whole: str) -> None:
    assert _members_of(sentence, whole) == _THREE


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("Die Stiftung Lernwerk, die dem IQ Netzwerk Sachsen angehört, lud ein.", "IQ Netzwerk Sachsen"),
        (
            "Es warb die Stiftung Lernwerk, die seit 2015 zum IQ Netzwerk Hessen gehört.",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Die Stiftung Lernwerk, die im Bündnis Arbeit Nordland mitarbeitet, lud ein.",
            "Bündnis Arbeit Nordland",
        ),
        (
            "Die Stiftung Lernwerk (SL), der im IQ Netzwerk Thüringen vertreten ist, lud ein.",
            "IQ Netzwerk Thüringen",
        ),
    ],
)
def test_a_relative_clause_of_belonging_about_the_body_before_it(sentence: str, whole: str) -> None:
    assert {m.split(" (")[0] for m in _members_of(sentence, whole)} == {"Stiftung Lernwerk"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stiftung Lernwerk begrüßte Karl Muster, der dem IQ Netzwerk Sachsen angehört.",
        "Die Stiftung Lernwerk, die am Fachtag des IQ Netzwerks Sachsen beteiligt war, lud ein.",
        "Die Stiftung Lernwerk, die im Rahmen des IQ Netzwerks Sachsen berät, lud ein.",
    ],
)
def test_a_relative_clause_about_someone_else_or_something_of_a_network_is_no_membership(
    sentence: str,
) -> None:
    assert not any(
        p == "memberOf" and s == "Stiftung Lernwerk" for s, p, _ in facts_of("Titel\n\n" + sentence).relations
    )


@pytest.mark.parametrize(
    ("sentence", "members", "body"),
    [
        ("Die Stiftung Lernwerk war mit Petra Beispiel vertreten.", {"Petra Beispiel"}, "Stiftung Lernwerk"),
        (
            "Der Verein Brückenbau e. V. war auch mit Karl Muster und Anna Probe vertreten.",
            {"Karl Muster", "Anna Probe"},
            "Brückenbau e. V.",
        ),
        (
            "Karl Muster und Anna Probe, beide Beispiel GmbH, stellten das Projekt vor.",
            {"Karl Muster", "Anna Probe"},
            "Beispiel GmbH",
        ),
        (
            "Petra Beispiel, die der Stiftung Lernwerk angehört, sprach.",
            {"Petra Beispiel"},
            "Stiftung Lernwerk",
        ),
        (
            "Karl Muster, der seit 2015 dem Verein Brückenbau e. V. angehört, sprach.",
            {"Karl Muster"},
            "Brückenbau e. V.",
        ),
    ],
)
def test_a_body_represented_with_its_people_or_a_person_belonging_to_it(
    sentence: str, members: set[str], body: str
) -> None:
    assert {
        s for s, p, o in facts_of("Titel\n\n" + sentence).relations if p == "memberOf" and o == body
    } == members


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stiftung Lernwerk war mit einem Stand vertreten, an dem Petra Beispiel beriet.",
        "Die Stiftung Lernwerk war mit Petra Beispiel im Gespräch.",
        "Petra Beispiel, die der Stiftung Lernwerk dankte, sprach.",
    ],
)
def test_a_stand_a_talk_or_thanks_make_no_membership(sentence: str) -> None:
    assert not any(p == "memberOf" for _, p, _ in facts_of("Titel\n\n" + sentence).relations)


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        (
            "Die Stiftung Lernwerk, der Verein Brückenbau e. V. und die Beispiel GmbH haben am Montag das Bündnis "
            "Arbeit Nordland gegründet.",
            "Bündnis Arbeit Nordland",
        ),
        (
            "Die Beispiel GmbH, die Stiftung Lernwerk und der Verein Brückenbau e. V. gründeten 2030 das neue "
            "Bündnis Arbeit Nordland.",
            "Bündnis Arbeit Nordland",
        ),
        (
            "Der Verein Brückenbau e. V., die Beispiel GmbH und die Stiftung Lernwerk hatten im Mai das Bündnis "
            "Fachkräfte Nordhessen gegründet.",
            "Bündnis Fachkräfte Nordhessen",
        ),
    ],
)
def test_bodies_founding_an_alliance_are_its_members(sentence: str, whole: str) -> None:
    assert _members_of(sentence, whole) == _THREE


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stiftung Lernwerk gründete 2020 die Beispiel GmbH.",
        "Die Stiftung Lernwerk hat das Bündnis Arbeit Nordland begrüßt.",
    ],
)
def test_founding_a_company_or_greeting_an_alliance_is_no_membership(sentence: str) -> None:
    assert not any(p == "memberOf" for _, p, _ in facts_of("Titel\n\n" + sentence).relations)


# ---------------------------------------------------------------- bodies working within an alliance


@pytest.mark.parametrize(
    ("text", "whole", "members"),
    [
        (
            "Die Stiftung Lernwege arbeitet seit 2015 im Rahmen des Regionalen Integrationsnetzwerks Kassel.",
            "Regionales Integrationsnetzwerk Kassel",
            {"Stiftung Lernwege"},
        ),
        (
            "Seit 2030 arbeitet der Verein Brückenbau e.V. im Rahmen des IQ Netzwerks Niedersachsen.",
            "IQ Netzwerk Niedersachsen",
            {"Brückenbau e.V."},
        ),
        (
            "Heute arbeiten die Beratungsstellen des Vereins Brückenbau e.V. zusammen im Rahmen des Regionalen "
            "Integrationsnetzwerks Göttingen.",
            "Regionales Integrationsnetzwerk Göttingen",
            {"Brückenbau e.V."},
        ),
        (
            "Die Stiftung Lernwege und der Verein Brückenbau e.V. kooperieren eng im Rahmen des IQ Netzwerks "
            "Niedersachsen.",
            "IQ Netzwerk Niedersachsen",
            {"Stiftung Lernwege", "Brückenbau e.V."},
        ),
    ],
)
def test_a_body_working_within_an_alliance_is_its_member(text: str, whole: str, members: set[str]) -> None:
    assert _members_of(text, whole) == members


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Lernwege arbeitet im Rahmen des Programms „Integration durch Qualifizierung“.",
        "Die Stiftung Lernwege berichtet im Rahmen des IQ Netzwerks Niedersachsen über ihre Arbeit.",
    ],
)
def test_working_within_a_programme_or_a_mere_frame_is_no_membership(text: str) -> None:
    assert {(s, o) for s, p, o in facts_of("Titel\n\n" + text).relations if p == "memberOf"} == set()


# ---------------------------------------------------------------- a list of project heads from one body


def _listed_bodies_of(text: str, person: str) -> set[str]:
    return {o for s, p, o in facts_of("Titel\n\n" + text).relations if p == "memberOf" and s == person}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Zum Fachtag kamen die Projektleiterin des Projekts „Lotsenhaus“ Petra Beispiel und der Koordinator "
            "des Projekts „Brückenbau“ Karl Muster vom Verein Lernwege e.V.",
            "Lernwege e.V.",
        ),
        (
            "Am Treffen nahmen die Leiterin des Teilprojekts „Lotsenhaus“ Petra Beispiel und Karl Muster von der "
            "Stiftung Lernwege teil.",
            "Stiftung Lernwege",
        ),
        (
            "Aus Kassel reisten Projektkoordinatorin des Projekts „Lotsenhaus“ Petra Beispiel und Projektleiter "
            "des Projekts „Brückenbau“ Karl Muster von der Stiftung Lernwege an.",
            "Stiftung Lernwege",
        ),
    ],
)
def test_heads_of_projects_listed_before_one_body_all_belong_to_it(text: str, body: str) -> None:
    assert _listed_bodies_of(text, "Petra Beispiel") == {body}
    assert _listed_bodies_of(text, "Karl Muster") == {body}


def test_a_head_of_another_body_listed_before_a_body_does_not_belong_to_it() -> None:
    text = "Es sprachen die Leiterin der Stiftung Mercator Petra Beispiel und Karl Muster vom Verein Lernwege e.V."
    assert "Lernwege e.V." not in _listed_bodies_of(text, "Petra Beispiel")


# ---------------------------------------------------------------- a deputy and her parliament


@pytest.mark.parametrize(
    ("text", "parliament"),
    [
        (
            "Die Anfrage der Abgeordneten Petra Beispiel (SPD) ging am 3. Mai beim Landtag Brandenburg ein.",
            "Landtag Brandenburg",
        ),
        (
            "Im Bayerischen Landtag fragte der Abgeordnete Karl Muster (CDU) nach den Kosten.",
            "Bayerischer Landtag",
        ),
        (
            "Kleine Anfrage des Abgeordneten Dr. Jan Probe (FDP) vom 2. März 2031 an den Deutschen Bundestag",
            "Deutscher Bundestag",
        ),
    ],
)
def test_a_deputy_in_parliamentary_style_is_a_member_of_the_parliament_named(
    text: str, parliament: str
) -> None:
    assert parliament in {o for s, p, o in facts_of("Titel\n\n" + text).relations if p == "memberOf"}


@pytest.mark.parametrize(
    "text",
    [
        "Der Abgeordnete Karl Muster sprach im Bayerischen Landtag.",  # no party: not parliamentary style
        "Die Abgeordnete Jana Probe (SPD) schrieb an den Landtag Brandenburg und den Bayerischen Landtag.",
        "Die Abgeordnete Jana Probe (SPD) besuchte das Projekt. Der Landtag Brandenburg tagte am Montag.",
    ],
)
def test_a_deputy_with_no_single_parliament_in_her_sentence_is_no_member_of_one(text: str) -> None:
    members = {o for s, p, o in facts_of("Titel\n\n" + text).relations if p == "memberOf"}
    assert not any("Landtag" in o for o in members)
