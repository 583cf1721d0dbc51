"""More ways German names a carrier, a funder or a member, on invented releases in several variants."""

from __future__ import annotations

import pytest

from conftest import facts_of

NETWORK = "IQ Landesnetzwerk Hessen"


def relations(sentence: str) -> set[tuple[str, str, str]]:
    return facts_of("Titel\n\n" + sentence).relations


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "Die Beratungsstelle „Neue Wege“, ein Angebot des Vereins Wegweiser e.V., öffnet in Kassel.",
            ("Beratungsstelle „Neue Wege“", "hostedBy", "Wegweiser e.V."),
        ),
        (
            "In Fulda berät die Beratungsstelle „Neue Wege“, ein Projekt der Muster Bildung gGmbH, Zugewanderte.",
            ("Beratungsstelle „Neue Wege“", "hostedBy", "Muster Bildung gGmbH"),
        ),
        (
            "Die Beratungsstelle „Neue Wege“, eines der Teilprojekte im IQ Netzwerk Hessen, zieht um.",
            ("Beratungsstelle „Neue Wege“", "partOf", NETWORK),
        ),
    ],
)
def test_a_project_in_apposition(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in relations(sentence)


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "Die Muster Bildung gGmbH koordiniert das IQ Netzwerk Hessen.",
            (NETWORK, "hostedBy", "Muster Bildung gGmbH"),
        ),
        (
            "Seit 2019 trägt die Stiftung Lernwege die Beratungsstelle „Neue Wege“.",
            ("Beratungsstelle „Neue Wege“", "hostedBy", "Stiftung Lernwege"),
        ),
        (
            "Der Verein Wegweiser e.V. setzt die Beratungsstelle „Neue Wege“ gemeinsam mit Betrieben um.",
            ("Beratungsstelle „Neue Wege“", "hostedBy", "Wegweiser e.V."),
        ),
        (
            "Die Muster Bildung gGmbH führte das Projekt „Lernweg“ bis 2022 durch.",
            ("Lernweg", "hostedBy", "Muster Bildung gGmbH"),
        ),
    ],
)
def test_the_carrier_as_subject_of_an_active_verb(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Muster Bildung gGmbH setzt sich für das Projekt „Lernweg“ ein.",
        "Die Muster Bildung gGmbH führt Gespräche mit dem Projekt „Lernweg“.",
        "Das Projekt „Lernweg“ trägt zum Erfolg der Muster Bildung gGmbH bei.",
    ],
)
def test_other_senses_of_the_verbs_name_no_carrier(sentence: str) -> None:
    assert not any(p == "hostedBy" for _, p, _ in relations(sentence))


@pytest.mark.parametrize(
    ("text", "hosted", "carriers"),
    [
        (
            "Titel\n\nTräger des Projekts „Lernweg“ sind die Muster Bildung gGmbH und der Verein Wegweiser e.V.",
            "Lernweg",
            {"Muster Bildung gGmbH", "Wegweiser e.V."},
        ),
        (
            "Titel\n\nDas IQ Netzwerk Hessen stellt sich vor. Projektträger ist die Stiftung Lernwege.",
            NETWORK,
            {"Stiftung Lernwege"},
        ),
        (
            "Titel\n\nHauptträgerin der Beratungsstelle „Neue Wege“ war bis 2020 die Muster Bildung gGmbH.",
            "Beratungsstelle „Neue Wege“",
            {"Muster Bildung gGmbH"},
        ),
    ],
)
def test_the_carrier_named_by_a_role_noun(text: str, hosted: str, carriers: set[str]) -> None:
    f = facts_of(text)
    assert {o for s, p, o in f.relations if s == hosted and p == "hostedBy"} == carriers


def test_a_role_noun_with_an_unrecognised_genitive_is_not_about_the_network() -> None:
    f = facts_of(
        "Titel\n\nDas IQ Netzwerk Hessen stellt sich vor. Träger von „Wege“ ist die Stiftung Lernwege."
    )
    assert (NETWORK, "hostedBy", "Stiftung Lernwege") not in f.relations


@pytest.mark.parametrize(
    ("sentence", "funded", "funders"),
    [
        (
            "Förderer des Projekts „Lernweg“ ist das Bundesministerium für Arbeit und Soziales.",
            "Lernweg",
            {"Bundesministerium für Arbeit und Soziales"},
        ),
        (
            "Geldgeber der Beratungsstelle „Neue Wege“ sind das Hessische Ministerium für Soziales und Integration "
            "und der Europäische Sozialfonds.",
            "Beratungsstelle „Neue Wege“",
            {"Hessisches Ministerium für Soziales und Integration", "Europäischer Sozialfonds"},
        ),
        (
            "Zuwendungsgeber für das IQ Netzwerk Hessen war die Bundesagentur für Arbeit.",
            NETWORK,
            {"Bundesagentur für Arbeit"},
        ),
    ],
)
def test_the_funder_named_by_a_role_noun(sentence: str, funded: str, funders: set[str]) -> None:
    assert {o for s, p, o in relations(sentence) if s == funded and p == "fundedBy"} == funders


@pytest.mark.parametrize(
    ("sentence", "carriers"),
    [
        (
            "Das Projekt „Lernweg“ wird von der Muster Bildung gGmbH durchgeführt.",
            {"Muster Bildung gGmbH"},
        ),
        (
            "Das Projekt „Lernweg“ wird von der Muster Bildung gGmbH und dem Verein Wegweiser e.V. umgesetzt.",
            {"Muster Bildung gGmbH", "Wegweiser e.V."},
        ),
        (
            "Das Projekt „Lernweg“ wurde bis 2021 von der Stiftung Lernwege, der Muster Bildung gGmbH und dem "
            "Verein Wegweiser e.V. angeboten.",
            {"Stiftung Lernwege", "Muster Bildung gGmbH", "Wegweiser e.V."},
        ),
    ],
)
def test_the_carriers_of_a_passive(sentence: str, carriers: set[str]) -> None:
    assert {o for s, p, o in relations(sentence) if s == "Lernweg" and p == "hostedBy"} == carriers


@pytest.mark.parametrize(
    ("sentence", "carrier"),
    [
        ("Die Muster Bildung gGmbH ist Träger des Projekts „Lernweg“.", "Muster Bildung gGmbH"),
        ("Die Stiftung Lernwege ist neue Trägerin des Projekts „Lernweg“.", "Stiftung Lernwege"),
        ("Der Verein Wegweiser e.V. war Projektträger des Projekts „Lernweg“.", "Wegweiser e.V."),
    ],
)
def test_the_carrier_as_subject_of_a_copula_without_article(sentence: str, carrier: str) -> None:
    assert ("Lernweg", "hostedBy", carrier) in relations(sentence)


@pytest.mark.parametrize(
    ("sentence", "member", "whole"),
    [
        ("Die Muster Bildung gGmbH gehört zum IQ Netzwerk Hessen.", "Muster Bildung gGmbH", NETWORK),
        ("Auch der Verein Wegweiser e.V. gehört zum IQ Netzwerk Hessen.", "Wegweiser e.V.", NETWORK),
        (
            "Die Stiftung Lernwege gehört zum Programm „Integration durch Qualifizierung (IQ)“.",
            "Stiftung Lernwege",
            "Integration durch Qualifizierung",
        ),
    ],
)
def test_a_body_belonging_to_a_network_is_a_member(sentence: str, member: str, whole: str) -> None:
    f = relations(sentence)
    assert (member, "memberOf", whole) in f
    assert (member, "partOf", whole) not in f


@pytest.mark.parametrize(
    "text",
    [
        "Titel\n\nMit Ende der IQ-Förderperiode zieht das IQ Netzwerk Hessen Bilanz.",
        "Titel\n\nAuf dem IQ Kongress sprach das IQ Netzwerk Hessen über Anerkennung.",
        "Titel\n\nDie IQ Koordination stellt das IQ Netzwerk Hessen vor.",
    ],
)
def test_the_programme_named_only_in_a_compound_has_no_networks(text: str) -> None:
    assert not any(s == NETWORK and p == "partOf" for s, p, _ in facts_of(text).relations)


def test_the_programme_named_in_its_own_right_has_its_networks() -> None:
    f = facts_of("Titel\n\nDas IQ Netzwerk Hessen arbeitet im Förderprogramm IQ.")
    assert (NETWORK, "partOf", "Integration durch Qualifizierung") in f.relations


@pytest.mark.parametrize(
    ("sentence", "carriers"),
    [
        ("Das IQ Netzwerk Hessen wird koordiniert von der Muster Bildung gGmbH.", {"Muster Bildung gGmbH"}),
        (
            "Seit 2019 wird das IQ Netzwerk Hessen getragen von der Stiftung Lernwege und dem Verein Wegweiser e.V.",
            {"Stiftung Lernwege", "Wegweiser e.V."},
        ),
        (
            "Das IQ Netzwerk Hessen ist koordiniert durch die Muster Bildung gGmbH in Kassel.",
            {"Muster Bildung gGmbH"},
        ),
    ],
)
def test_the_carriers_after_the_participle(sentence: str, carriers: set[str]) -> None:
    assert {o for s, p, o in relations(sentence) if s == NETWORK and p == "hostedBy"} == carriers
