"""Who carries a project, on invented sentences: the carrier fronted in the phrase of placing ("Beim Verein Y ist das
Projekt X angesiedelt") and several carriers as the plural subject of a verb of carrying out ("A und B setzen das
Projekt X um")."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _carriers(sentence: str, unit: str = "Lotsenhaus") -> set[str]:
    facts = facts_of("Neues aus Kassel\n\n" + sentence).relations
    return {o for s, p, o in facts if s == unit and p == "hostedBy"}


@pytest.mark.parametrize(
    ("sentence", "carrier"),
    [
        ("Beim Verein Musterhilfe e.V. ist das Projekt „Lotsenhaus“ angesiedelt.", "Musterhilfe e.V."),
        (
            "Bei der Stiftung Lernwege e.V. ist seit 2030 das Projekt „Lotsenhaus“ untergebracht.",
            "Stiftung Lernwege e.V.",
        ),
        (
            "Von der Beispiel Bildung gGmbH wird das Projekt „Lotsenhaus“ durchgeführt.",
            "Beispiel Bildung gGmbH",
        ),
    ],
)
def test_a_carrier_fronted_in_its_phrase_carries_the_project(sentence: str, carrier: str) -> None:
    assert _carriers(sentence) == {carrier}


@pytest.mark.parametrize(
    "sentence",
    [
        "Beim Fest des Vereins Musterhilfe e.V. wurde das Projekt „Lotsenhaus“ vorgestellt.",
        "Am Standort der Stiftung Lernwege e.V. in Kassel wird das Projekt „Lotsenhaus“ vorgestellt.",
        "Bei der Stiftung Lernwege e.V. stellte sich das Projekt „Lotsenhaus“ vor.",
    ],
)
def test_a_fronted_phrase_without_placing_or_carrying_out_names_no_carrier(sentence: str) -> None:
    assert _carriers(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "carriers"),
    [
        (
            "Die Stiftung Lernwege e.V. und der Verein Musterhilfe e.V. setzen das Projekt „Lotsenhaus“ gemeinsam um.",
            {"Stiftung Lernwege e.V.", "Musterhilfe e.V."},
        ),
        (
            "Seit 2030 führen die Stiftung Lernwege e.V., die Beispiel Bildung gGmbH und der Verein Musterhilfe e.V. "
            "das Projekt „Lotsenhaus“ durch.",
            {"Stiftung Lernwege e.V.", "Beispiel Bildung gGmbH", "Musterhilfe e.V."},
        ),
        (
            "Der Verein Musterhilfe e.V. und die Beispiel Bildung gGmbH boten das Projekt „Lotsenhaus“ an.",
            {"Musterhilfe e.V.", "Beispiel Bildung gGmbH"},
        ),
    ],
)
def test_a_plural_subject_has_every_carrier_of_its_list(sentence: str, carriers: set[str]) -> None:
    assert _carriers(sentence) == carriers


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stiftung Lernwege e.V. lädt ein und der Verein Musterhilfe e.V. setzt das Projekt „Lotsenhaus“ um.",
        "Seit 2030 führt die Stiftung Lernwege e.V. mit dem Verein Musterhilfe e.V. das Projekt „Lotsenhaus“ durch.",
        "Der Verein Musterhilfe e.V. setzt das Projekt „Lotsenhaus“ mit der Stiftung Lernwege e.V. um.",
    ],
)
def test_a_singular_verb_has_one_carrier(sentence: str) -> None:
    assert len(_carriers(sentence)) == 1


@pytest.mark.parametrize(
    ("sentence", "unit", "carrier"),
    [
        (
            "Die Beratungsstelle „Lotsenhaus“ ist organisatorisch Teil der Abteilung Integration im Amt für "
            "Zuwanderung der Stadt Kassel.",
            "Beratungsstelle „Lotsenhaus“",
            "Amt für Zuwanderung der Stadt Kassel",
        ),
        (
            "Als organisatorischer Teil der Migrationsabteilung im Amt für Zuwanderung der Stadt Kassel befindet "
            "sich die Beratungsstelle „Lotsenhaus“ im Rathaus.",
            "Beratungsstelle „Lotsenhaus“",
            "Amt für Zuwanderung der Stadt Kassel",
        ),
        (
            "Als Teil des Fachbereichs Soziales der Stadtverwaltung Kassel arbeitet seit 2030 die Anlaufstelle "
            "„Lotsenhaus“.",
            "Anlaufstelle „Lotsenhaus“",
            "Stadtverwaltung Kassel",
        ),
    ],
)
def test_a_unit_in_a_department_of_a_body_is_carried_by_the_body(
    sentence: str, unit: str, carrier: str
) -> None:
    assert _carriers(sentence, unit) == {carrier}


@pytest.mark.parametrize(
    "sentence",
    [
        "Als Teil der Abteilung Soziales im Amt für Zuwanderung der Stadt Kassel begrüßte Petra Beispiel die "
        "Anlaufstelle „Lotsenhaus“.",
        "Die Anlaufstelle „Lotsenhaus“ arbeitet eng mit dem Bereich Soziales im Amt für Zuwanderung der Stadt Kassel "
        "zusammen.",
        "Die Anlaufstelle „Lotsenhaus“ lädt die Abteilung Soziales der Stadtverwaltung Kassel ein.",
    ],
)
def test_a_department_named_otherwise_names_no_carrier(sentence: str) -> None:
    assert _carriers(sentence, "Anlaufstelle „Lotsenhaus“") == set()


@pytest.mark.parametrize(
    ("sentence", "carrier"),
    [
        ("Die Beratungsstelle „Lotsenhaus“ ist Teil der Stiftung Lernwege e.V.", "Stiftung Lernwege e.V."),
        ("Die Beratungsstelle „Lotsenhaus“ gehört zur Stiftung Lernwege e.V.", "Stiftung Lernwege e.V."),
        (
            "Die Beratungsstelle „Lotsenhaus“ ist seit 2030 Teil der Stadtverwaltung Kassel.",
            "Stadtverwaltung Kassel",
        ),
    ],
)
def test_a_unit_that_is_part_of_a_body_is_carried_not_part_of_it(sentence: str, carrier: str) -> None:
    facts = facts_of("Neues aus Kassel\n\n" + sentence).relations
    assert ("Beratungsstelle „Lotsenhaus“", "hostedBy", carrier) in facts
    assert ("Beratungsstelle „Lotsenhaus“", "partOf", carrier) not in facts


@pytest.mark.parametrize(
    ("sentence", "carrier"),
    [
        (
            "Die Stiftung Lernwege e.V. führt das vom Land Hessen geförderte Projekt „Lotsenhaus“ durch.",
            "Stiftung Lernwege e.V.",
        ),
        (
            "Seit 2030 setzt die Beispiel Bildung gGmbH das von der Stadt Kassel finanzierte Projekt „Lotsenhaus“ um.",
            "Beispiel Bildung gGmbH",
        ),
        (
            "Der Verein Musterhilfe e.V. bietet das aus Mitteln des Landes Hessen geförderte Projekt „Lotsenhaus“ an.",
            "Musterhilfe e.V.",
        ),
    ],
)
def test_an_object_with_a_participle_attribute_is_carried_by_the_subject(sentence: str, carrier: str) -> None:
    assert _carriers(sentence) == {carrier}


def test_a_project_after_a_preposition_with_an_attribute_is_no_object() -> None:
    sentence = "Die Stiftung Lernwege e.V. führt mit dem vom Land Hessen geförderten Projekt „Lotsenhaus“ Kurse durch."
    assert _carriers(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "carrier"),
    [
        (
            "Seit 2030 führt die Beispiel Bildung gGmbH das durch die Stadt Kassel finanzierte Projekt „Lotsenhaus“ "
            "durch.",
            "Beispiel Bildung gGmbH",
        ),
        (
            "Seit 2030 setzt der Verein Musterhilfe e.V. das durch das Land Hessen geförderte Projekt „Lotsenhaus“ um.",
            "Musterhilfe e.V.",
        ),
        (
            "Die Stiftung Lernwege e.V. führt das Projekt „Lotsenhaus“ seit 2030 durch und lädt ein.",
            "Stiftung Lernwege e.V.",
        ),
    ],
)
def test_the_verbs_particle_closes_its_clause(sentence: str, carrier: str) -> None:
    assert _carriers(sentence) == {carrier}


@pytest.mark.parametrize(
    "second",
    [
        "Träger sind der Verein Musterhilfe e.V. und die Beispiel Bildung gGmbH.",
        "Trägerinnen sind die Beispiel Bildung gGmbH und der Verein Musterhilfe e.V.",
        "Projektträger waren bis 2031 der Verein Musterhilfe e.V. und die Beispiel Bildung gGmbH.",
    ],
)
def test_plural_carriers_of_the_unit_spoken_of(second: str) -> None:
    text = "Das Projekt „Lotsenhaus“ berät Zugewanderte in Kassel. " + second
    assert _carriers(text) == {"Musterhilfe e.V.", "Beispiel Bildung gGmbH"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Sprecherin sagte, dass das Projekt „Lotsenhaus“ vom Land Hessen, der Bundesagentur für Arbeit und dem "
        "Europäischen Sozialfonds gefördert wird.",
        "Bekannt ist, dass das Projekt „Lotsenhaus“ vom Land Hessen und der Stadt Kassel finanziert wird.",
        "Wir wissen, dass das Projekt „Lotsenhaus“ vom Land Hessen, dem Bund und der EU gefördert wurde.",
    ],
)
def test_the_first_of_a_list_of_funding_agents_is_no_carrier(sentence: str) -> None:
    assert _carriers(sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Das IQ Netzwerk Thüringen berät Zugewanderte. Die Koordinierung liegt seit 2031 beim Verein Musterhilfe e.V.",
        "Die Koordinierung des IQ Netzwerks Thüringen übernimmt seit 2031 der Verein Musterhilfe e.V.",
        "Die Koordination des IQ Netzwerks Thüringen hat der Verein Musterhilfe e.V. inne.",
        "Der Verein Musterhilfe e.V. ist mit der Koordinierung des IQ Netzwerks Thüringen beauftragt.",
    ],
)
def test_coordination_written_as_koordinierung_or_fronted_names_the_carrier(sentence: str) -> None:
    assert _carriers(sentence, "IQ Netzwerk Thüringen") == {"Musterhilfe e.V."}


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Lotsenhaus“ berät in Kassel. Die Projektleitung liegt bei der Beispiel Bildung gGmbH.",
        "Das Projekt „Lotsenhaus“ berät in Kassel. Die Federführung liegt bei der Beispiel Bildung gGmbH.",
        "Das Projekt „Lotsenhaus“ wird von der Beispiel Bildung gGmbH verantwortet.",
        "Das Projekt „Lotsenhaus“ ist an die Beispiel Bildung gGmbH angebunden.",
    ],
)
def test_the_lead_or_the_responsibility_held_by_a_body_makes_it_the_carrier(sentence: str) -> None:
    assert _carriers(sentence) == {"Beispiel Bildung gGmbH"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Lotsenhaus“ berät in Kassel. Die Projektleitung liegt bei Petra Beispiel.",
        "Die Koordinierung des Fachtags übernimmt die Beispiel Bildung gGmbH.",
        "Das Projekt „Lotsenhaus“ wird von der Beispiel Bildung gGmbH gelobt.",
    ],
)
def test_a_person_holding_the_lead_or_another_task_is_no_carrier(sentence: str) -> None:
    assert _carriers(sentence) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Projekt „Brückenbau“ berät. Der Verein Lernhaus e. V. ist Träger von „Brückenbau“.",
        "Das IQ Projekt „Brückenbau“ berät. Wir gründeten den Verein Lernhaus e. V., der seither auch neuer "
        "Träger von „Brückenbau“ ist.",
        "Das IQ Projekt „Brückenbau“ berät. Der Verein Lernhaus e. V. ist seit 2017 auch Träger des Projekts "
        "„Brückenbau“.",
    ],
)
def test_a_carrier_of_a_one_word_project_named_again_in_quotes_or_after_adverbs(body: str) -> None:
    assert ("Brückenbau", "hostedBy", "Lernhaus e. V.") in facts_of("Titel\n\n" + body).relations


def _network_hosts(sentence: str) -> set[str]:
    facts = facts_of("Neues aus Kassel\n\n" + sentence).relations
    return {o for s, p, o in facts if "Hessen" in s and p == "hostedBy"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Lernbrücke gGmbH, die im IQ Netzwerk Hessen die Anerkennungsberatung trägt, zieht Bilanz.",
        "Beraten hat der Verein Musterhilfe e.V., der im IQ Netzwerk Hessen seit 2029 die Qualifizierung betreibt.",
        "Zu Gast war die Beispiel Bildung gGmbH, die innerhalb des IQ Netzwerks Hessen Sprachkurse anbietet.",
    ],
)
def test_a_network_named_where_a_body_carries_a_service_is_not_hosted_by_it(sentence: str) -> None:
    assert _network_hosts(sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Lernbrücke gGmbH, die im IQ Netzwerk Hessen die Koordination trägt, zieht Bilanz.",
        "Die Lernbrücke gGmbH, die das IQ Netzwerk Hessen koordiniert, zieht Bilanz.",
    ],
)
def test_the_coordination_carried_in_a_network_still_makes_the_host(sentence: str) -> None:
    assert _network_hosts(sentence) == {"Lernbrücke gGmbH"}
