"""The ways writers name a Land's IQ network, on invented sentences: the head before "IQ", a Land's adjective,
several networks under one plural head, the regional integration networks, and a bare network whose Land the
text names elsewhere."""

from __future__ import annotations

import pytest

from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def networks(text: str) -> set[str]:
    return {m.label for m in find_mentions(text, GAZETTEER) if m.type == "StateNetwork" and not m.generic}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Netzwerk IQ Sachsen lädt zum Fachtag ein.", "Netzwerk IQ Sachsen"),
        ("Die Partner des Netzwerks IQ Thüringen trafen sich in Gera.", "Netzwerk IQ Thüringen"),
        ("Beim Landesnetzwerk IQ Bremen arbeiten zwölf Partner.", "Landesnetzwerk IQ Bremen"),
        ("Sie berät im Netzwerk IQ in Sachsen-Anhalt.", "Netzwerk IQ Sachsen-Anhalt"),
        ("Das Regionalnetzwerk IQ Saarland wächst.", "Regionalnetzwerk IQ Saarland"),
    ],
)
def test_the_head_before_the_programme_s_short_name(text: str, label: str) -> None:
    assert networks(text) == {label}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das sächsische IQ Netzwerk stellt seine Bilanz vor.", "IQ Netzwerk Sachsen"),
        ("Fachkräfte werden vom niedersächsischen IQ-Netzwerk beraten.", "IQ Netzwerk Niedersachsen"),
        ("Die Partner des hessischen Netzwerks IQ laden ein.", "Netzwerk IQ Hessen"),
        ("Das Thüringer IQ Landesnetzwerk feiert Geburtstag.", "IQ Landesnetzwerk Thüringen"),
    ],
)
def test_a_land_s_adjective_before_an_iq_network(text: str, label: str) -> None:
    assert networks(text) == {label}


@pytest.mark.parametrize(
    "text",
    [
        "Das sächsische Netzwerk für Pflege lädt ein.",
        "Die niedersächsischen IQ Netzwerkpartner laden ein.",
        "Das hessische Landesamt lädt ein.",
    ],
)
def test_a_land_s_adjective_before_another_network_names_none(text: str) -> None:
    assert networks(text) == set()


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Die IQ-Netzwerke Bayern und Hessen ziehen Bilanz.", {"IQ Netzwerk Bayern", "IQ Netzwerk Hessen"}),
        (
            "Die IQ Landesnetzwerke in Sachsen, Thüringen und Sachsen-Anhalt laden ein.",
            {"IQ Landesnetzwerk Sachsen", "IQ Landesnetzwerk Thüringen", "IQ Landesnetzwerk Sachsen-Anhalt"},
        ),
        (
            "Vertreter der Netzwerke IQ Berlin, Hamburg und Bremen trafen sich.",
            {"Netzwerk IQ Berlin", "Netzwerk IQ Hamburg", "Netzwerk IQ Bremen"},
        ),
    ],
)
def test_several_lands_networks_under_one_plural_head(text: str, labels: set[str]) -> None:
    assert networks(text) == labels


def test_a_plural_head_before_no_land_names_no_network() -> None:
    assert networks("Die IQ Netzwerke in Deutschland beraten. In Berlin und Hamburg gibt es Büros.") == set()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Regionale Integrationsnetzwerk in Niedersachsen lädt ein.", "Niedersachsen"),
        ("Das Regionale IQ-Integrationsnetzwerk Schleswig-Holstein lädt ein.", "Schleswig-Holstein"),
        ("Beim Regionalen Integrationsnetzwerk für Hessen arbeiten acht Partner.", "Hessen"),
    ],
)
def test_a_regional_integration_network_with_its_land(text: str, label: str) -> None:
    assert networks(text) == {f"Regionales Integrationsnetzwerk {label}"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das IQ Landesnetzwerk berät in Sachsen-Anhalt.", "IQ Landesnetzwerk Sachsen-Anhalt"),
        ("Seit 2011 gibt es in Bremen das IQ-Netzwerk, das Fachkräfte berät.", "IQ Netzwerk Bremen"),
        (
            "Das Landesnetzwerk IQ lädt nach Mainz ein. Rheinland-Pfalz fördert es.",
            "Landesnetzwerk IQ Rheinland-Pfalz",
        ),
    ],
)
def test_a_bare_network_takes_its_head_as_written_and_the_land_of_the_text(text: str, label: str) -> None:
    assert {m.label for m in find_mentions(text, GAZETTEER) if m.type == "StateNetwork"} == {label}


def test_the_network_iq_alone_is_no_land_s_network() -> None:
    """ "das Netzwerk IQ" was the programme's own name in its first years."""
    assert networks("Das Netzwerk IQ unterstützt Zugewanderte in Niedersachsen.") == set()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das IQ Netzwerk berät in Berlin. Gäste aus Brandenburg und Berlin kamen.",
            "IQ Netzwerk Berlin",
        ),
        (
            "Das IQ-Landesnetzwerk lädt nach Kiel ein. In Schleswig-Holstein leben viele Fachkräfte, auch aus "
            "Hamburg. Schleswig-Holstein wirbt um sie.",
            "IQ Landesnetzwerk Schleswig-Holstein",
        ),
        ("Das IQ Netzwerk lädt ein. Hessen und Bayern und Hessen fördern.", "IQ Netzwerk Hessen"),
    ],
)
def test_a_bare_network_takes_the_land_the_text_names_most_often(text: str, label: str) -> None:
    assert {m.label for m in find_mentions(text, GAZETTEER) if m.type == "StateNetwork"} == {label}


def test_a_bare_network_between_two_lands_named_as_often_takes_none() -> None:
    text = "Das IQ Netzwerk berät Fachkräfte aus Berlin und Brandenburg."
    assert {m.label for m in find_mentions(text, GAZETTEER) if m.type == "StateNetwork"} == set()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Gäste kamen zum Netzwerk „Integration durch Qualifizierung – IQ“ für Thüringen.",
            "Netzwerk „Integration durch Qualifizierung – IQ“ für Thüringen",
        ),
        (
            "Das Landesnetzwerk „IQ – Integration durch Qualifizierung“ Sachsen lädt ein.",
            "Landesnetzwerk „IQ – Integration durch Qualifizierung“ Sachsen",
        ),
        ("Das Thüringer Netzwerk „Integration durch Qualifizierung“ lädt ein.", "IQ Netzwerk Thüringen"),
        (
            "Zwölf Partner bilden das Berliner Landesnetzwerk „Integration durch Qualifizierung (IQ)“ heute.",
            "IQ Landesnetzwerk Berlin",
        ),
    ],
)
def test_a_network_named_by_the_programme_spelt_out_with_its_short_form(text: str, label: str) -> None:
    assert label in networks(text)


def programmes(text: str) -> set[str]:
    return {m.label for m in find_mentions(text, GAZETTEER) if m.type == "Programme"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Über das Landesprogramm Perspektive Arbeit fördert das Land zwei Kurse.", "Perspektive Arbeit"),
        ("Das Bundesprogramm Neue Chancen läuft bis 2027 weiter.", "Neue Chancen"),
        ("Aus dem Förderprogramm Gute Ausbildung kommen die Mittel der Stadt.", "Gute Ausbildung"),
    ],
)
def test_a_programme_s_two_word_name_closed_by_its_topic_noun(text: str, label: str) -> None:
    assert label in programmes(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Seit Mai fördert das Landesprogramm Perspektive Betriebe in der Region.", "Perspektive"),
        (
            "Dabei unterstützt das Förderprogramm Anerkennungszuschuss Fachkräfte mit Geld.",
            "Anerkennungszuschuss",
        ),
        ("Heute erreicht das Landesprogramm Startklar Menschen in allen Kreisen.", "Startklar"),
    ],
)
def test_an_object_after_a_programme_s_one_word_name_is_not_part_of_it(text: str, label: str) -> None:
    assert programmes(text) == {label}


def _units(text: str) -> set[str]:
    return {m.label for m in find_mentions(text, GAZETTEER) if m.type == "Subproject"}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Seit Mai berät die IQ Qualifizierungsberatung Pflegekräfte aus Drittstaaten.",
            "IQ Qualifizierungsberatung",
        ),
        (
            "In Suhl hilft die IQ Anerkennungsberatung Zugewanderten bei den Anträgen.",
            "IQ Anerkennungsberatung",
        ),
        (
            "Künftig unterstützt die IQ-Anerkennungsberatung Ratsuchende auch am Abend.",
            "IQ Anerkennungsberatung",
        ),
    ],
)
def test_the_people_an_iq_service_serves_are_no_part_of_its_name(text: str, unit: str) -> None:
    assert _units(text) == {unit}
    assert "Integration durch Qualifizierung" in programmes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Beraten werden alle von der IQ Anerkennungsberatung, die der Verein Lernwerk e. V. betreibt.",
        "Die IQ Qualifizierungsberatung hat ihre Sprechzeiten verlängert.",
        "Wer Fragen hat, wendet sich an die IQ-Anerkennungsberatung, die im Rathaus sitzt.",
    ],
)
def test_a_bare_iq_service_leaves_the_programme_its_word(text: str) -> None:
    assert "Integration durch Qualifizierung" in programmes(text)
    assert any(label.startswith("IQ ") for label in _units(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Parallel fördert das Land das Landesprogramm Integrative Maßnahmen.", "Integrative Maßnahmen"),
        ("Aus dem Förderprogramm Soziale Teilhabe kommen weitere Mittel.", "Soziale Teilhabe"),
        ("Das Bundesprogramm Interkulturelle Öffnung wird verlängert.", "Interkulturelle Öffnung"),
    ],
)
def test_a_programme_named_by_a_derived_adjective_keeps_its_noun(text: str, label: str) -> None:
    assert programmes(text) == {label}


@pytest.mark.parametrize(
    "text",
    [
        "Neu seit 2023: Regionale Integrationsnetzwerke in Sachsen",
        "Seit Januar arbeiten die Regionalen Integrationsnetzwerke in Thüringen.",
        "Die Regionalen IQ Integrationsnetzwerke für Bayern stellen sich vor.",
    ],
)
def test_regional_networks_in_the_plural_before_a_land_name_none(text: str) -> None:
    assert networks(text) == set()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Im Rahmen der Förderrichtlinie „Fachkräfte sichern“ berät die Stadt Betriebe.",
            "Fachkräfte sichern",
        ),
        ("Die Landesförderrichtlinie „Arbeit für alle“ läuft aus.", "Arbeit für alle"),
        ("Gefördert wird es aus der ESF-Förderrichtlinie „Neue Wege“.", "Neue Wege"),
    ],
)
def test_a_funding_guideline_by_its_quoted_name_is_a_programme(text: str, label: str) -> None:
    assert label in programmes(text)
