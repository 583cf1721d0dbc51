"""The programme's structure on invented releases: project names styled as names, units named by their town, regional
networks by their short form, the programme's own Fachstellen, and carriers named in an extraposed relative clause
or of a network named without its Land."""

from __future__ import annotations

import pytest

from conftest import facts_of

NETWORK_RELEASE = "Titel\n\nDas IQ Netzwerk Hessen stellt sich vor. {}"


def _subprojects(sentence: str) -> set[str]:
    return {
        label for type_, label in facts_of(NETWORK_RELEASE.format(sentence)).entities if type_ == "Subproject"
    }


@pytest.mark.parametrize(
    ("sentence", "project"),
    [
        ("Das Teilprojekt KOMPASS berät Zugewanderte in Kassel.", "KOMPASS"),
        ("Im Projekt weg-weiser arbeiten drei Beraterinnen.", "weg-weiser"),
        ("Seit Mai läuft das IQ-Projekt LOTSE+ in Fulda.", "LOTSE+"),
    ],
)
def test_a_name_styled_as_a_name_after_a_project_head(sentence: str, project: str) -> None:
    assert project in _subprojects(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Land gibt dem Projekt Zeit bis Dezember.",
        "Im Projekt Arbeit finden viele Frauen eine Stelle.",
        "Das Projekt IQ wurde vorgestellt.",
    ],
)
def test_a_plain_word_after_a_project_head_is_no_name(sentence: str) -> None:
    assert not _subprojects(sentence)


def test_a_funding_project_is_no_subproject() -> None:
    assert not _subprojects("Das Förderprojekt ZUKUNFT des Landes hilft Betrieben.")


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        (
            "Das Fachinformationszentrum Zuwanderung in Kassel öffnet.",
            "Fachinformationszentrum Zuwanderung Kassel",
        ),
        ("Sie berät in der Servicestelle Anerkennung in Fulda.", "Servicestelle Anerkennung Fulda"),
        ("Die Beratungsstelle Migration in Marburg zieht um.", "Beratungsstelle Migration Marburg"),
    ],
)
def test_a_unit_named_by_its_topic_takes_its_town(sentence: str, unit: str) -> None:
    f = facts_of(NETWORK_RELEASE.format(sentence))
    assert ("Subproject", unit) in f.entities
    assert ("Place", unit.split()[-1]) in f.entities


def test_a_unit_in_a_land_is_not_named_by_the_land() -> None:
    assert "Servicestelle Anerkennung" in _subprojects("Die Servicestelle Anerkennung in Thüringen berät.")


@pytest.mark.parametrize(
    ("text", "network"),
    [
        (
            "Das Regionale Integrationsnetzwerk (RIN) Nordland tagt.",
            "Regionales Integrationsnetzwerk Nordland",
        ),
        ("Das RIN Nordland tagt in Kassel.", "Regionales Integrationsnetzwerk Nordland"),
        ("Die Partner im RIN Südland trafen sich.", "Regionales Integrationsnetzwerk Südland"),
    ],
)
def test_a_regional_network_with_its_short_form(text: str, network: str) -> None:
    assert ("StateNetwork", network) in facts_of("Titel\n\n" + text).entities


@pytest.mark.parametrize(
    "sentence",
    [
        "Die „Fachstelle Einwanderung“ im Förderprogramm IQ lädt nach Kassel ein.",
        "Eingeladen hatte die „Fachstelle Einwanderung“ des Programms IQ.",
        'Im Förderprogramm IQ lädt die "Fachstelle Einwanderung" zum Fachtag ein.',
    ],
)
def test_a_fachstelle_in_a_release_about_the_programme_is_an_iq_fachstelle(sentence: str) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert ("Subproject", "IQ Fachstelle Einwanderung") in f.entities
    assert ("IQ Fachstelle Einwanderung", "partOf", "Integration durch Qualifizierung") in f.relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Die „Fachstelle Einwanderung“ lädt nach Kassel ein.",
        "Eingeladen hatte die „Fachstelle Anerkennung“ in Fulda.",
        'Die "Fachstelle Migration" berät Betriebe.',
    ],
)
def test_a_fachstelle_in_a_network_s_release_is_left_unnamed(sentence: str) -> None:
    assert not any(label.startswith(("Fachstelle", "IQ Fachstelle")) for label in _subprojects(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Tagung fand beim Verein Wegweiser e.V. statt, bei dem die Koordination des Netzwerks liegt.",
        "Wir trafen uns in den Räumen der Muster Bildung gGmbH wieder, an der die Koordination angesiedelt ist.",
        "Gefeiert wurde im Haus des Vereins Wegweiser e.V. gestern, der das Netzwerk koordiniert.",
    ],
)
def test_a_relative_clause_after_the_closing_word_of_the_main_clause(sentence: str) -> None:
    relations = facts_of("Titel\n\nDas IQ Netzwerk Hamburg stellt sich vor. " + sentence).relations
    assert {
        ("IQ Netzwerk Hamburg", "hostedBy", host) for host in ("Wegweiser e.V.", "Muster Bildung gGmbH")
    } & relations


@pytest.mark.parametrize(
    "sentences",
    [
        "Die Beratung in Bremen wächst. Koordiniert wird das IQ-Programm im Land von der Muster Bildung gGmbH. "
        "Die Partner des IQ-Netzwerks tagen.",
        "Das IQ Netzwerk lädt nach Bremen ein. Das Förderprogramm IQ auf Landesebene wird von der Muster Bildung gGmbH "
        "koordiniert.",
        "In Bremen tagt das IQ-Netzwerk. Koordiniert wird das Programm IQ im Land von der Muster Bildung gGmbH.",
    ],
)
def test_the_programme_in_the_land_is_the_network_named_without_its_land(sentences: str) -> None:
    assert ("IQ Netzwerk Bremen", "hostedBy", "Muster Bildung gGmbH") in facts_of(
        "Titel\n\n" + sentences
    ).relations
