"""Named units of the programme crossed with what a sentence hangs on them (round 14): the unit's head, a genitive
owner, a town, a person heading it; each name ends where German ends it and the owner stays its own entity."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _facts(sentence: str):  # type: ignore[no-untyped-def]
    return facts_of("Titel\n\n" + sentence)


@pytest.mark.parametrize(
    ("sentence", "unit", "head"),
    [
        ("Karl Probe leitet das Projekt Lernbrücke Nord.", "Lernbrücke Nord", "Karl Probe"),
        ("Seit 2021 leitet Anna Muster das Modellprojekt Wege zur Pflege.", "Wege zur Pflege", "Anna Muster"),
        (
            "Petra Beispiel hat das Projekt Tandem Handwerk sechs Jahre geleitet.",
            "Tandem Handwerk",
            "Petra Beispiel",
        ),
        (
            "Jonas Vorlage, der seit Mai das Projekt Kompass Beruf leitet, stellte es vor.",
            "Kompass Beruf",
            "Jonas Vorlage",
        ),
    ],
)
def test_a_head_leads_a_unit_named_after_its_project_head(sentence: str, unit: str, head: str) -> None:
    # The mention is the name alone, "das Projekt" before it stood between the verb and the name.
    assert (unit, "ledBy", head) in _facts(sentence).relations


def test_a_head_leading_an_unnamed_project_leads_no_unit() -> None:
    f = _facts("Karl Probe leitet das Projekt seit Jahren mit viel Erfolg.")
    assert not any(p == "ledBy" for _, p, _ in f.relations)


@pytest.mark.parametrize(
    ("sentence", "unit", "head"),
    [
        (
            "Projektleiterin des Teilprojekts Lernbrücke Nord ist Anna Muster.",
            "Lernbrücke Nord",
            "Anna Muster",
        ),
        ("Leiter des Projekts Tandem Handwerk ist seit 2020 Karl Probe.", "Tandem Handwerk", "Karl Probe"),
        (
            "Koordinatorin des Teilprojekts Wege zur Pflege ist Petra Beispiel.",
            "Wege zur Pflege",
            "Petra Beispiel",
        ),
    ],
)
def test_the_head_of_a_unit_named_after_its_project_head_follows_the_copula(
    sentence: str, unit: str, head: str
) -> None:
    # The role's owner was the stand-in "Teilprojekts" alone; the holder is looked for after the name it stands for.
    f = _facts(sentence)
    assert any(person == head and org == unit for person, _, org in f.roles)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Karl Probe besuchte die IQ Anerkennungsberatung in Lüneburg.", "IQ Anerkennungsberatung Lüneburg"),
        ("Die IQ-Servicestelle in Cottbus berät seit 2018 Zugewanderte.", "IQ Servicestelle Cottbus"),
        (
            "Bei der IQ Qualifizierungsbegleitung in Göttingen lernten 40 Frauen.",
            "IQ Qualifizierungsbegleitung Göttingen",
        ),
    ],
)
def test_an_iq_service_and_the_town_it_works_in_are_its_name(sentence: str, unit: str) -> None:
    assert ("Subproject", unit) in _facts(sentence).entities


@pytest.mark.parametrize(
    "sentence",
    [
        "Rat gibt die IQ Anerkennungsberatung in Niedersachsen.",  # a Land: where it works
        "Die IQ Beratungsstellen in Göttingen und Celle sind gut besucht.",  # a plural names no one unit
    ],
)
def test_an_iq_service_in_a_land_or_in_the_plural_takes_no_town_name(sentence: str) -> None:
    labels = {label for type_, label in _facts(sentence).entities if type_ == "Subproject"}
    assert not any(label.endswith(("Niedersachsen", "Göttingen")) for label in labels)


@pytest.mark.parametrize(
    ("sentence", "unit", "town"),
    [
        (
            "Die Servicestelle Berufsanerkennung der Stadt Göttingen berät Zugewanderte.",
            "Servicestelle Berufsanerkennung",
            "Stadt Göttingen",
        ),
        (
            "Im Projekt „Wege zur Pflege“ der Stadt Cottbus lernen zwölf Frauen.",
            "Wege zur Pflege",
            "Stadt Cottbus",
        ),
        ("Beim Welcome Center der Hansestadt Lüneburg gibt es Rat.", "Welcome Center", "Hansestadt Lüneburg"),
    ],
)
def test_a_town_in_the_genitive_after_a_unit_runs_it(sentence: str, unit: str, town: str) -> None:
    # The genitive "der Stadt X" named a body only after nouns of acting or paying; after a unit it carries the unit.
    f = _facts(sentence)
    assert ("Agency", town) in f.entities
    assert (unit, "hostedBy", town) in f.relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Haushalt der Stadt Göttingen wurde beschlossen.",
        "Die Bürgerinnen der Stadt Cottbus wählen im Mai.",
    ],
)
def test_a_town_in_the_genitive_after_other_nouns_is_no_body(sentence: str) -> None:
    assert not any(type_ == "Agency" for type_, _ in _facts(sentence).entities)


@pytest.mark.parametrize(
    ("sentence", "unit", "relation"),
    [
        (
            "Das Projekt Lernbrücke Nord (Laufzeit 2020 bis 2023) der Handwerkskammer Lüneburg berät Betriebe.",
            "Lernbrücke Nord",
            ("hostedBy", "Handwerkskammer Lüneburg"),
        ),
        (
            "Im Projekt „Tandem Handwerk“ (2019–2022) der Volkshochschule Göttingen lernten Frauen.",
            "Tandem Handwerk",
            ("hostedBy", "Volkshochschule Göttingen"),
        ),
        (
            "Das Teilprojekt Wege zur Pflege (seit 2021) des IQ Netzwerks Niedersachsen schult Pflegekräfte.",
            "Wege zur Pflege",
            ("partOf", "IQ Netzwerk Niedersachsen"),
        ),
    ],
)
def test_the_time_a_unit_runs_in_brackets_keeps_its_name_and_its_owner(
    sentence: str, unit: str, relation: tuple[str, str]
) -> None:
    # A bracket after a plain name was read as its short form's, so the name was dropped; the owner after it was lost.
    f = _facts(sentence)
    assert ("Subproject", unit) in f.entities
    assert (unit, *relation) in f.relations


@pytest.mark.parametrize(
    ("item", "unit", "carrier"),
    [
        (
            "Teilprojekt 4: Lernbrücke Nord – Träger ist der Verein Lernwerk e. V.",
            "Lernbrücke Nord",
            "Lernwerk e. V.",
        ),
        (
            "TP 2: Tandem Handwerk – Träger: Handwerkskammer Lüneburg",
            "Tandem Handwerk",
            "Handwerkskammer Lüneburg",
        ),
        (
            "TP 3: Wege zur Pflege - Träger: Volkshochschule Göttingen",
            "Wege zur Pflege",
            "Volkshochschule Göttingen",
        ),
    ],
)
def test_a_numbered_item_s_name_ends_at_a_dash_of_either_length(item: str, unit: str, carrier: str) -> None:
    f = _facts(item)
    assert ("Subproject", unit) in f.entities
    assert (unit, "hostedBy", carrier) in f.relations


def test_a_long_dash_inside_a_numbered_item_s_name_still_joins_its_parts() -> None:
    f = _facts("Die Teilprojekte:\nTP 5: Offene Lernwerkstatt – Frauenservice (Träger: Lernwerk gGmbH)\n")
    assert ("Subproject", "Offene Lernwerkstatt – Frauenservice") in f.entities


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Die Stadt Göttingen hat das Projekt Neue Mitte gestartet.", "Neue Mitte"),
        ("Im Projekt Neuer Anfang der Caritas Lüneburg lernen zwölf Frauen.", "Neuer Anfang"),
        ("Das Teilprojekt Freier Start berät Zugewanderte in Cottbus.", "Freier Start"),
    ],
)
def test_a_noun_of_time_after_an_adjective_is_the_name_s_noun(sentence: str, unit: str) -> None:
    # "Mitte" was read as a time ("Mitte Mai") and cut the name to its adjective.
    assert ("Subproject", unit) in _facts(sentence).entities


def test_a_point_in_time_after_a_name_still_ends_it() -> None:
    labels = {
        label for type_, label in _facts("Die Kammer will das Projekt KOMPASS Mitte Mai beenden.").entities
    }
    assert "KOMPASS" in labels


@pytest.mark.parametrize(
    "sentence",
    [
        "Nicht zum Netzwerk gehört das Projekt Lernbrücke Nord, das die Stadt Kiel bezahlt.",
        "Das Projekt Tandem Handwerk gehört nicht zum IQ Netzwerk Schleswig-Holstein.",
        "Die Beratungsstelle Wege in Arbeit gehört seit 2022 nicht mehr zum Netzwerk.",
    ],
)
def test_a_unit_said_not_to_belong_to_the_network_is_no_part_of_it(sentence: str) -> None:
    release = "Titel\n\nDas IQ Netzwerk Schleswig-Holstein hat sechs Teilprojekte. " + sentence
    assert not any(
        p == "partOf" and o.endswith("Schleswig-Holstein")
        for s, p, o in facts_of(release).relations
        if s != o and "Netzwerk" not in s
    )


def test_a_unit_of_the_sole_network_is_still_its_part() -> None:
    release = "Titel\n\nDas IQ Netzwerk Schleswig-Holstein hat sechs Teilprojekte. Das Projekt Lernbrücke Nord berät Ärztinnen."
    assert ("Lernbrücke Nord", "partOf", "IQ Netzwerk Schleswig-Holstein") in facts_of(release).relations


@pytest.mark.parametrize(
    ("sentence", "unit", "carrier"),
    [
        (
            "Das Projekt KOMPASS startete 2015. Seit 2020 ist der Verein Lernwerk e. V. Träger von KOMPASS.",
            "KOMPASS",
            "Lernwerk e. V.",
        ),
        (
            "Seit Mai ist die Handwerkskammer Lüneburg auch Träger von „Tandem Handwerk“.",
            "Tandem Handwerk",
            "Handwerkskammer Lüneburg",
        ),
        (
            "Ab 2024 wird die Volkshochschule Göttingen neue Trägerin von „Lernbrücke Nord“.",
            "Lernbrücke Nord",
            "Volkshochschule Göttingen",
        ),
    ],
)
def test_the_carrier_between_the_copula_and_träger_von_carries_the_unit(
    sentence: str, unit: str, carrier: str
) -> None:
    assert (unit, "hostedBy", carrier) in _facts(sentence).relations


def test_a_carrier_of_unnamed_things_carries_no_unit() -> None:
    f = _facts("Seit 2020 ist der Verein Lernwerk e. V. Träger von Kitas in Cottbus.")
    assert not any(p == "hostedBy" for _, p, _ in f.relations)


@pytest.mark.parametrize(
    ("sentence", "unit", "carrier"),
    [
        (
            "Im vom Verein Lernwerk e. V. getragenen Projekt „Tandem Handwerk“ lernen 20 Frauen.",
            "Tandem Handwerk",
            "Lernwerk e. V.",
        ),
        (
            "Beim von der Handwerkskammer Lüneburg betriebenen Projekt „Lernbrücke Nord“ gab es Rat.",
            "Lernbrücke Nord",
            "Handwerkskammer Lüneburg",
        ),
        (
            "Ein bei der Volkshochschule Göttingen angesiedeltes Projekt namens Wege zur Pflege startet.",
            "Wege zur Pflege",
            "Volkshochschule Göttingen",
        ),
    ],
)
def test_a_carrier_in_a_participle_attribute_after_a_joined_or_indefinite_article(
    sentence: str, unit: str, carrier: str
) -> None:
    assert (unit, "hostedBy", carrier) in _facts(sentence).relations


def test_a_payer_in_a_participle_attribute_carries_nothing() -> None:
    f = _facts("Zum vom Land Niedersachsen geförderten Projekt „Tandem Handwerk“ kamen 20 Gäste.")
    assert not any(p == "hostedBy" for _, p, _ in f.relations)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        (
            "Die Fachberatung Pflegeberufe des Vereins Lernwerk e. V. berät Pflegekräfte.",
            "Fachberatung Pflegeberufe",
        ),
        (
            "Die Erstberatung Anerkennung Celle des Vereins Beispielhilfe e. V. hilft Zugewanderten.",
            "Erstberatung Anerkennung Celle",
        ),
    ],
)
def test_a_service_unit_s_carrier_in_the_genitive_may_close_with_its_legal_form(
    sentence: str, unit: str
) -> None:
    assert ("Subproject", unit) in _facts(sentence).entities


def test_the_bare_programme_counselling_is_no_unit() -> None:
    f = _facts("Die IQ Beratung hilft Zugewanderten.")
    assert not any(type_ == "Subproject" for type_, _ in f.entities)


@pytest.mark.parametrize(
    ("first", "second", "unit", "head"),
    [
        (
            "Die Servicestelle Anerkennung Celle berät seit 2019.",
            "Projektleiterin des Teilprojekts Tandem Handwerk ist Wiebke Musterfrau.",
            "Tandem Handwerk",
            "Wiebke Musterfrau",
        ),
        (
            "Das Projekt Lernbrücke Nord startet im Mai.",
            "Leiter des Projekts Wege zur Pflege ist seit 2020 Karl Probierfeld.",
            "Wege zur Pflege",
            "Karl Probierfeld",
        ),
        (
            "Im Teilprojekt „Sprache und Beruf“ lernen zwölf Frauen.",
            "Koordinatorin des Teilprojekts Pflege Plus ist Jana Vorlage.",
            "Pflege Plus",
            "Jana Vorlage",
        ),
    ],
)
def test_a_project_head_right_before_a_name_stands_for_that_name_not_an_earlier_unit(
    first: str, second: str, unit: str, head: str
) -> None:
    # "des Teilprojekts" stood for the unit named before, and the role after the name lost its holder.
    f = _facts(f"{first} {second}")
    assert any(person == head and org == unit for person, _, org in f.roles)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Koordinatorin des Teilprojekts Pflege Plus ist Jana Vorlage.", "Pflege Plus"),
        ("Beraterin des Projekts Sprachbrücke Plus ist Selin Probierer.", "Sprachbrücke Plus"),
        ("Ansprechpartner des Modellprojekts Handwerk 4.0 ist Timo Platzhalter.", "Handwerk 4.0"),
    ],
)
def test_a_project_head_in_the_genitive_is_no_part_of_the_name_after_it(sentence: str, unit: str) -> None:
    labels = {label for type_, label in _facts(sentence).entities if type_ == "Subproject"}
    assert unit in labels
    assert not any("projekts" in label.lower() for label in labels)


@pytest.mark.parametrize(
    ("sentence", "unit", "carriers"),
    [
        (
            "Das Projekt „Tandem Handwerk“ der Handwerkskammer Lüneburg und der Stadt Lüneburg berät Betriebe.",
            "Tandem Handwerk",
            ("Handwerkskammer Lüneburg", "Stadt Lüneburg"),
        ),
        (
            "Die Servicestelle Berufsanerkennung des Vereins Lernwerk e. V. und der Stadt Göttingen berät Zugewanderte.",
            "Servicestelle Berufsanerkennung",
            ("Lernwerk e. V.", "Stadt Göttingen"),
        ),
        (
            "„Lernbrücke Nord“ ist ein Kooperationsprojekt der Volkshochschule Celle und der Stadt Celle.",
            "Lernbrücke Nord",
            ("Volkshochschule Celle", "Stadt Celle"),
        ),
    ],
)
def test_two_carriers_coordinated_in_a_unit_s_genitive_both_carry_it(
    sentence: str, unit: str, carriers: tuple[str, str]
) -> None:
    relations = _facts(sentence).relations
    assert all((unit, "hostedBy", carrier) in relations for carrier in carriers)


def test_a_second_subject_after_a_unit_s_carrier_carries_nothing() -> None:
    f = _facts(
        "Das Projekt „Tandem Handwerk“ der Handwerkskammer Lüneburg und die Stadt Lüneburg haben einen Vertrag."
    )
    assert ("Tandem Handwerk", "hostedBy", "Stadt Lüneburg") not in f.relations


@pytest.mark.parametrize(
    ("text", "unit", "head"),
    [
        (
            "Das Projekt „Tandem Handwerk“ berät Betriebe. Es wird von Jana Vorlage geleitet.",
            "Tandem Handwerk",
            "Jana Vorlage",
        ),
        (
            "Die Beratungsstelle Anerkennung Celle öffnete 2022. Sie wird seit Mai von Karl Probierfeld geleitet.",
            "Beratungsstelle Anerkennung Celle",
            "Karl Probierfeld",
        ),
        (
            "Das Projekt Lernbrücke Nord startet im Mai. Geleitet wird es von Selin Probierer.",
            "Lernbrücke Nord",
            "Selin Probierer",
        ),
    ],
)
def test_a_pronoun_standing_for_a_unit_is_led_by_the_passive_s_agent(text: str, unit: str, head: str) -> None:
    assert (unit, "ledBy", head) in _facts(text).relations


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt „Tandem Handwerk“ berät Betriebe. Es wird von Jana Vorlage vorgestellt.",
        "Jana Vorlage arbeitet in Celle. Sie wird von Karl Probierfeld geleitet.",
    ],
)
def test_a_pronoun_without_a_unit_or_a_verb_of_leading_leads_nothing(text: str) -> None:
    assert not any(p == "ledBy" for _, p, _ in _facts(text).relations)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        (
            "Die Clearingstelle Anerkennung in Göttingen ist Teil des IQ Netzwerks Niedersachsen.",
            "Clearingstelle Anerkennung Göttingen",
        ),
        (
            "Die Beratungsstelle Anerkennung in Celle berät seit 2019 Zugewanderte.",
            "Beratungsstelle Anerkennung Celle",
        ),
        (
            "Die Servicestelle Fachkräftesicherung in Hildesheim wird vom Verein Lernwerk e. V. betrieben.",
            "Servicestelle Fachkräftesicherung Hildesheim",
        ),
    ],
)
def test_a_service_unit_opening_its_sentence_takes_the_town_before_the_verb_into_its_name(
    sentence: str, unit: str
) -> None:
    # The unit was lost; a unit named by its topic takes its town, as the round-13 rule names one after "für".
    assert ("Subproject", unit) in _facts(sentence).entities


def test_a_town_after_a_service_unit_s_carrier_is_the_carrier_s() -> None:
    f = _facts("Die Fachberatung Pflege des Vereins Lernwerk e. V. in Celle berät Frauen.")
    assert ("Subproject", "Fachberatung Pflege") in f.entities


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        (
            "Anna Muster (Projektleiterin Brücke Ost, Handwerkskammer Cottbus) begrüßte die Gäste.",
            "Anna Muster",
        ),
        ("Karl Probe (Koordinator Pflege Plus, Lernwerk gGmbH) sprach zuerst.", "Karl Probe"),
        ("Jana Vorlage, Projektleiterin Lernwerk Nord, begrüßte die Gäste.", "Jana Vorlage"),
    ],
)
def test_a_unit_s_name_after_a_staff_title_is_no_person(sentence: str, holder: str) -> None:
    f = _facts(sentence)
    assert {label for type_, label in f.entities if type_ == "Person"} == {holder}
    assert all(person == holder for person, _, _ in f.roles)


def test_a_person_with_a_known_given_name_after_a_title_is_still_read() -> None:
    f = _facts("Es begrüßte Projektleiterin Petra West die Gäste.")
    assert ("Person", "Petra West") in f.entities
