"""Payers and carriers read from the clause on invented sentences (round 13): a funding participle after a comma
that closes a fronted passive ("Getragen wird es vom Verein Y, gefördert vom Land Z": the agent before the comma
is no payer and nothing the payer funds), each unit of a plural subject after a fronted participle, a paying body
after the verb and adverbials, an amount between the payer and its participle attribute ("das vom Land Y mit 40.000
Euro geförderte Projekt X") and a payer paying "gemeinsam mit" another; carriers: a body becoming a unit's carrier ("Zudem wird der Verein Y
Träger des Projekts X"), the subject between the verb and a pronoun object ("Seit Juni setzt der Verein Y es um") and a
unit said to exist or run at a body ("Das Projekt X gibt es seit 2023 bei der Y", "Bei der Y gibt es das Projekt X"); a ministry in the genitive of a project pays for it and carries nothing; a relative clause about the payer ("Das Land
Y, das das Projekt X fördert, …", "…, von dem das Projekt X gefördert wird"); a carrier noun naming no unit before a clause opened by a fronted
participle ("Die Trägerschaft liegt beim Verein Y, gefördert wird das Projekt X …") means that clause's unit; the
payer's short name joined to a participle as the predicate ("Das Projekt X ist ESF-gefördert"); a funding notice
handed to the unit itself ("übergab dem Projekt X einen Förderbescheid"); payers joined by a slash ("von BMAS/ESF")
and a second participle after adverbials ("… gefördert und seit 2015 aus Mitteln des ESF kofinanziert"); "Als Träger
fungiert die Y" for the unit named before; a body having or taking over the lead ("Die Y hat die Federführung im X") or responsible for a unit ("Die Y ist
verantwortlich für das Projekt X"); "es" for the neuter unit named before as the object of "finanzieren" with the
payer after it ("Seit 2020 finanziert es das Land Y")."""

from __future__ import annotations

import pytest

from conftest import facts_of

_OPENING = "Der Verein Brückenschlag e. V. startet in Gera das Projekt „Lernpfad“. "


def _facts(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Gera\n\n" + text).relations if p == predicate}


@pytest.mark.parametrize(
    ("sentence", "carrier", "payer"),
    [
        ("Getragen wird es vom Verein Werkhaus e. V., gefördert vom Land Thüringen.", "Werkhaus e. V.", "Land Thüringen"),
        ("Umgesetzt wird es von der Stiftung Morgenrot, finanziert durch die Stadt Gera.", "Stiftung Morgenrot", "Stadt Gera"),
        ("Durchgeführt wird es vom Bildungshaus Saale gGmbH, kofinanziert aus Mitteln des Landes Thüringen.", "Bildungshaus Saale gGmbH", "Land Thüringen"),
    ],
)  # fmt: skip
def test_a_funding_participle_after_a_fronted_passive_funds_its_subject(
    sentence: str, carrier: str, payer: str
) -> None:
    funding = _facts(_OPENING + sentence, "fundedBy")
    assert ("Lernpfad", payer) in funding
    assert (carrier, payer) not in funding
    assert ("Lernpfad", carrier) not in funding


@pytest.mark.parametrize(
    ("sentence", "units", "payer"),
    [
        ("Gefördert werden die Projekte „Lernpfad“ und „Zeitweg“ vom Land Thüringen.", {"Lernpfad", "Zeitweg"}, "Land Thüringen"),
        ("Finanziert werden die Projekte „Lernpfad“, „Zeitweg“ und „Hafenblick“ aus Mitteln des Europäischen Sozialfonds.", {"Lernpfad", "Zeitweg", "Hafenblick"}, "Europäischer Sozialfonds"),
        ("Gefördert wurden das Projekt „Lernpfad“ und die Anlaufstelle „Zeitweg“ durch die Stadt Gera.", {"Lernpfad", "Anlaufstelle „Zeitweg“"}, "Stadt Gera"),
    ],
)  # fmt: skip
def test_a_fronted_funding_participle_funds_each_unit_of_a_plural_subject(
    sentence: str, units: set[str], payer: str
) -> None:
    funding = _facts(sentence, "fundedBy")
    assert {(u, payer) for u in units} <= funding


@pytest.mark.parametrize(
    ("sentence", "unit", "payer"),
    [
        ("Das Projekt „Lernpfad“ fördert seit 2021 das Land Thüringen.", "Lernpfad", "Land Thüringen"),
        ("Die Anlaufstelle „Zeitweg“ finanziert zudem die Stadt Gera.", "Anlaufstelle „Zeitweg“", "Stadt Gera"),
        ("Der Verein Werkhaus e. V. gründete die Beratungsstelle „Hafenblick“, die Beratungsstelle „Hafenblick“ finanziert weiterhin das Bundesministerium für Arbeit und Soziales.", "Beratungsstelle „Hafenblick“", "Bundesministerium für Arbeit und Soziales"),
    ],
)  # fmt: skip
def test_a_paying_body_after_the_verb_and_an_adverbial_funds_the_unit_before_it(
    sentence: str, unit: str, payer: str
) -> None:
    assert (unit, payer) in _facts(sentence, "fundedBy")


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Lernpfad“ fördert seit 2021 Betriebe in Thüringen.",
        "Das Projekt „Lernpfad“ fördert auch die Zusammenarbeit mit der Stadt Gera.",
        "Das Projekt „Lernpfad“ unterstützt seit 2021 die Stadt Gera.",
    ],
)
def test_a_unit_promoting_work_or_helping_a_town_is_not_funded(sentence: str) -> None:
    assert not _facts(sentence, "fundedBy")


@pytest.mark.parametrize(
    ("sentence", "unit", "payer"),
    [
        ("Das vom Land Thüringen mit 40.000 Euro geförderte Projekt „Lernpfad“ berät Geflüchtete.", "Lernpfad", "Land Thüringen"),
        ("Die durch die Stadt Gera mit rund 1,2 Millionen Euro finanzierte Anlaufstelle „Zeitweg“ öffnet.", "Anlaufstelle „Zeitweg“", "Stadt Gera"),
        ("Im vom Europäischen Sozialfonds seit 2020 kofinanzierten Projekt „Hafenblick“ lernen Frauen.", "Hafenblick", "Europäischer Sozialfonds"),
    ],
)  # fmt: skip
def test_an_amount_or_adverbial_between_the_payer_and_its_participle_attribute(
    sentence: str, unit: str, payer: str
) -> None:
    assert (unit, payer) in _facts(sentence, "fundedBy")


def test_a_participle_attribute_of_another_verb_names_no_payer() -> None:
    sentence = "Das vom Land Thüringen mit viel Geduld begleitete Projekt „Lernpfad“ berät Geflüchtete."
    assert not _facts(sentence, "fundedBy")


@pytest.mark.parametrize(
    ("sentence", "unit", "payers"),
    [
        ("Das Projekt „Lernpfad“ wird vom Land Thüringen gemeinsam mit dem Europäischen Sozialfonds finanziert.", "Lernpfad", {"Land Thüringen", "Europäischer Sozialfonds"}),
        ("Die Anlaufstelle „Zeitweg“ wird von der Stadt Gera zusammen mit dem Jobcenter Gera gefördert.", "Anlaufstelle „Zeitweg“", {"Stadt Gera", "Jobcenter Gera"}),
        ("Gefördert wird das Projekt „Hafenblick“ von der Stadt Gera gemeinsam mit der Stiftung Morgenrot.", "Hafenblick", {"Stadt Gera", "Stiftung Morgenrot"}),
    ],
)  # fmt: skip
def test_a_payer_paying_together_with_another_both_fund(sentence: str, unit: str, payers: set[str]) -> None:
    assert {(unit, p) for p in payers} <= _facts(sentence, "fundedBy")


def test_a_partner_of_the_work_is_no_payer() -> None:
    sentence = (
        "Das Projekt „Lernpfad“ wird vom Land Thüringen gefördert und gemeinsam mit der Stadt Gera umgesetzt."
    )
    assert _facts(sentence, "fundedBy") == {("Lernpfad", "Land Thüringen")}


@pytest.mark.parametrize(
    ("sentence", "unit", "carrier"),
    [
        ("Zudem wird der Verein Werkhaus e. V. Träger des Teilprojekts „Zeitweg“.", "Zeitweg", "Werkhaus e. V."),
        ("Ab Mai wird die Stiftung Morgenrot Trägerin der Beratungsstelle „Hafenblick“.", "Beratungsstelle „Hafenblick“", "Stiftung Morgenrot"),
        ("2021 wurde die Bildungshaus Saale gGmbH neuer Träger des Projekts „Zeitweg“.", "Zeitweg", "Bildungshaus Saale gGmbH"),
    ],
)  # fmt: skip
def test_a_body_becoming_a_units_carrier(sentence: str, unit: str, carrier: str) -> None:
    assert (unit, carrier) in _facts(sentence, "hostedBy")


def test_a_body_becoming_a_partner_is_no_carrier() -> None:
    assert not _facts("Dann wird die Stiftung Morgenrot Partner des Projekts „Zeitweg“.", "hostedBy")


@pytest.mark.parametrize(
    ("sentence", "carrier"),
    [
        ("Seit Juni setzt der Verein Werkhaus e. V. es um.", "Werkhaus e. V."),
        ("Nun führt die Stiftung Morgenrot es durch.", "Stiftung Morgenrot"),
        ("Seit 2020 trägt die Bildungshaus Saale gGmbH es.", "Bildungshaus Saale gGmbH"),
    ],
)
def test_the_subject_between_the_verb_and_a_pronoun_object_carries_the_project(
    sentence: str, carrier: str
) -> None:
    assert ("Lernpfad", carrier) in _facts(_OPENING + sentence, "hostedBy")


@pytest.mark.parametrize(
    "sentence",
    [
        "Seit Juni setzt der Verein Werkhaus e. V. es ein.",
        "Seit Juni lobt der Verein Werkhaus e. V. es sehr.",
        "Seit Juni setzt der Verein Werkhaus e. V. sie um.",
    ],
)
def test_another_verb_particle_or_pronoun_names_no_carrier(sentence: str) -> None:
    assert ("Lernpfad", "Werkhaus e. V.") not in _facts(_OPENING + sentence, "hostedBy")


@pytest.mark.parametrize(
    ("sentence", "unit", "carrier"),
    [
        ("Das Projekt „Zeitweg“ gibt es seit 2023 bei der Stiftung Morgenrot.", "Zeitweg", "Stiftung Morgenrot"),
        ("Bei der Stiftung Morgenrot gibt es seit Mai das Projekt „Zeitweg“.", "Zeitweg", "Stiftung Morgenrot"),
        ("Die Beratungsstelle „Hafenblick“ läuft seit 2021 beim Verein Werkhaus e. V.", "Beratungsstelle „Hafenblick“", "Werkhaus e. V."),
        ("Beim Verein Werkhaus e. V. gibt es nun auch die Anlaufstelle „Hafenblick“.", "Anlaufstelle „Hafenblick“", "Werkhaus e. V."),
    ],
)  # fmt: skip
def test_a_unit_existing_or_running_at_a_body(sentence: str, unit: str, carrier: str) -> None:
    assert (unit, carrier) in _facts(sentence, "hostedBy")


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Zeitweg“ gibt es bei der Stiftung Morgenrot nicht mehr.",
        "Bei der Stiftung Morgenrot gibt es Kritik am Projekt „Zeitweg“.",
        "Beim Sportverein Blau-Weiß Gera gibt es seit Mai eine Fußballschule.",
    ],
)
def test_a_unit_denied_or_only_spoken_of_at_a_body_is_not_carried(sentence: str) -> None:
    assert not _facts(sentence, "hostedBy")


@pytest.mark.parametrize(
    ("sentence", "unit", "ministry"),
    [
        ("Das Projekt „Zeitweg“ des Bundesministeriums für Arbeit und Soziales hilft Zugewanderten.", "Zeitweg", "Bundesministerium für Arbeit und Soziales"),
        ("Die Beratungsstelle „Hafenblick“ des Thüringer Ministeriums für Teilhabe und Soziales öffnet.", "Beratungsstelle „Hafenblick“", "Thüringer Ministerium für Teilhabe und Soziales"),
        ("Im Modellprojekt „Lernpfad“ des Bundesministeriums für Bildung und Forschung lernen Frauen.", "Lernpfad", "Bundesministerium für Bildung und Forschung"),
    ],
)  # fmt: skip
def test_a_ministry_owning_a_project_pays_for_it_and_carries_nothing(
    sentence: str, unit: str, ministry: str
) -> None:
    assert (unit, ministry) in _facts(sentence, "fundedBy")
    assert (unit, ministry) not in _facts(sentence, "hostedBy")


def test_a_body_owning_a_project_still_carries_it() -> None:
    sentence = "Das Projekt „Zeitweg“ des Vereins Werkhaus e. V. hilft Zugewanderten."
    assert ("Zeitweg", "Werkhaus e. V.") in _facts(sentence, "hostedBy")


@pytest.mark.parametrize(
    ("sentence", "units", "payer"),
    [
        ("Das Land Thüringen, das das Projekt „Lernpfad“ fördert, lobt die Arbeit.", {"Lernpfad"}, "Land Thüringen"),
        ("Die Stiftung Morgenrot, die das Projekt „Lernpfad“ seit 2020 finanziert, lädt ein.", {"Lernpfad"}, "Stiftung Morgenrot"),
        ("Die Stadt Gera, die die Projekte „Lernpfad“ und „Zeitweg“ mit 40.000 Euro fördert, lädt ein.", {"Lernpfad", "Zeitweg"}, "Stadt Gera"),
        ("Dank gilt dem Land Thüringen, von dem das Projekt „Lernpfad“ gefördert wird.", {"Lernpfad"}, "Land Thüringen"),
        ("Der Europäische Sozialfonds, durch den das Projekt „Lernpfad“ kofinanziert wird, hilft.", {"Lernpfad"}, "Europäischer Sozialfonds"),
    ],
)  # fmt: skip
def test_a_relative_clause_about_the_payer_funds_the_unit_in_it(
    sentence: str, units: set[str], payer: str
) -> None:
    assert {(u, payer) for u in units} <= _facts(sentence, "fundedBy")


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Land Thüringen, das das Projekt „Lernpfad“ mit großem Interesse verfolgt, lädt ein.",
        "Das Projekt „Zeitweg“, das das Projekt „Lernpfad“ fördert, lädt ein.",
        "Die Stadt Gera, die die Arbeit des Projekts „Lernpfad“ lobt, lädt ein.",
    ],
)
def test_a_relative_clause_with_another_verb_or_no_payer_funds_nothing(sentence: str) -> None:
    assert not _facts(sentence, "fundedBy")


@pytest.mark.parametrize(
    ("sentence", "unit", "carrier"),
    [
        ("Die Trägerschaft liegt beim Verein Werkhaus e. V., gefördert wird das Projekt „Zeitweg“ vom Land Thüringen.", "Zeitweg", "Werkhaus e. V."),
        ("Träger ist die Stiftung Morgenrot, finanziert wird die Beratungsstelle „Hafenblick“ durch die Stadt Gera.", "Beratungsstelle „Hafenblick“", "Stiftung Morgenrot"),
        ("Die Koordination liegt bei der Stiftung Morgenrot, gefördert wird das IQ Netzwerk Thüringen vom Bundesministerium für Arbeit und Soziales.", "IQ Netzwerk Thüringen", "Stiftung Morgenrot"),
    ],
)  # fmt: skip
def test_a_carrier_noun_naming_no_unit_means_the_unit_of_the_next_clause(
    sentence: str, unit: str, carrier: str
) -> None:
    assert (unit, carrier) in _facts(sentence, "hostedBy")


def test_a_unit_named_before_stays_what_a_bare_carrier_noun_means() -> None:
    text = "Das Projekt „Lernpfad“ berät in Gera. Träger ist die Stiftung Morgenrot, gefördert wird das Projekt „Zeitweg“ vom Land Thüringen."
    hosted = _facts(text, "hostedBy")
    assert ("Lernpfad", "Stiftung Morgenrot") in hosted
    assert ("Zeitweg", "Stiftung Morgenrot") not in hosted


@pytest.mark.parametrize(
    ("sentence", "units", "payer"),
    [
        ("Das Projekt „Lernpfad“ ist ESF-gefördert.", {"Lernpfad"}, "Europäischer Sozialfonds"),
        ("Die Beratungsstelle „Hafenblick“ ist seit 2020 BMAS-finanziert.", {"Beratungsstelle „Hafenblick“"}, "Bundesministerium für Arbeit und Soziales"),
        ("Die Projekte „Lernpfad“ und „Zeitweg“ sind ESF-kofinanziert.", {"Lernpfad", "Zeitweg"}, "Europäischer Sozialfonds"),
    ],
)  # fmt: skip
def test_a_compound_funding_participle_as_the_predicate(sentence: str, units: set[str], payer: str) -> None:
    assert {(u, payer) for u in units} <= _facts(sentence, "fundedBy")


def test_a_compound_funding_participle_inflected_before_another_noun_is_no_predicate() -> None:
    assert not _facts("Das Projekt „Lernpfad“ ist ESF-geförderten Projekten ähnlich.", "fundedBy")


@pytest.mark.parametrize(
    ("sentence", "unit", "payer"),
    [
        ("Das Thüringer Ministerium für Teilhabe und Soziales übergab dem Projekt „Lernpfad“ einen Förderbescheid.", "Lernpfad", "Thüringer Ministerium für Teilhabe und Soziales"),
        ("Einen Förderbescheid über 200.000 Euro überreichte Ministerin Petra Beispiel vom Thüringer Ministerium für Teilhabe und Soziales an das Projekt „Zeitweg“.", "Zeitweg", "Thüringer Ministerium für Teilhabe und Soziales"),
        ("Der Landkreis Greiz überreichte der Beratungsstelle „Hafenblick“ den Zuwendungsbescheid.", "Beratungsstelle „Hafenblick“", "Landkreis Greiz"),
    ],
)  # fmt: skip
def test_a_funding_notice_handed_to_the_unit_itself(sentence: str, unit: str, payer: str) -> None:
    assert (unit, payer) in _facts(sentence, "fundedBy")


def test_a_notice_still_awaited_after_an_application_funds_nothing() -> None:
    sentence = (
        "Das Projekt „Lernpfad“ stellte beim Land Thüringen einen Antrag, der Förderbescheid steht noch aus."
    )
    assert not _facts(sentence, "fundedBy")


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Finanziert wird das Projekt „Lernpfad“ von BMAS/ESF.", "Lernpfad"),
        ("Das Projekt „Zeitweg“ wird seit 2020 vom BMAS gefördert und seit 2022 aus Mitteln des ESF kofinanziert.", "Zeitweg"),
        ("Die Beratungsstelle „Hafenblick“ wird vom BMAS finanziert und zudem durch den ESF kofinanziert.", "Beratungsstelle „Hafenblick“"),
    ],
)  # fmt: skip
def test_payers_joined_by_a_slash_or_a_second_participle_after_adverbials(sentence: str, unit: str) -> None:
    funding = _facts(sentence, "fundedBy")
    assert {
        (unit, "Bundesministerium für Arbeit und Soziales"),
        (unit, "Europäischer Sozialfonds"),
    } <= funding


@pytest.mark.parametrize(
    ("text", "unit", "carrier"),
    [
        ("Das Projekt „Lernpfad“ startet im Mai. Als Träger fungiert die Stiftung Morgenrot.", "Lernpfad", "Stiftung Morgenrot"),
        ("Die Beratungsstelle „Hafenblick“ öffnet im Juni. Als Projektträgerin agiert die Bildungshaus Saale gGmbH.", "Beratungsstelle „Hafenblick“", "Bildungshaus Saale gGmbH"),
        ("Das IQ Netzwerk Thüringen wächst. Als Träger fungiert seit 2020 der Verein Werkhaus e. V.", "IQ Netzwerk Thüringen", "Werkhaus e. V."),
    ],
)  # fmt: skip
def test_a_body_acting_as_carrier_carries_the_unit_named_before(text: str, unit: str, carrier: str) -> None:
    assert (unit, carrier) in _facts(text, "hostedBy")


def test_a_body_acting_as_host_of_an_event_is_no_carrier() -> None:
    text = "Das Projekt „Lernpfad“ startet im Mai. Als Gastgeber fungiert die Stiftung Morgenrot."
    assert not _facts(text, "hostedBy")


@pytest.mark.parametrize(
    ("sentence", "unit", "carrier"),
    [
        ("Die Stiftung Morgenrot hat die Federführung im IQ Netzwerk Thüringen.", "IQ Netzwerk Thüringen", "Stiftung Morgenrot"),
        ("Der Verein Werkhaus e. V. übernimmt die Federführung für das Projekt „Lernpfad“.", "Lernpfad", "Werkhaus e. V."),
        ("Die Bildungshaus Saale gGmbH hat seit 2020 die Federführung in der Beratungsstelle „Hafenblick“.", "Beratungsstelle „Hafenblick“", "Bildungshaus Saale gGmbH"),
    ],
)  # fmt: skip
def test_a_body_having_the_lead_of_a_unit_carries_it(sentence: str, unit: str, carrier: str) -> None:
    assert (unit, carrier) in _facts(sentence, "hostedBy")


@pytest.mark.parametrize(
    "sentence",
    [
        "Petra Beispiel hat die Federführung im Projekt „Lernpfad“.",
        "Die Stiftung Morgenrot hat die Federführung bei der Planung des Festes.",
    ],
)
def test_a_person_or_a_task_led_gives_no_carrier(sentence: str) -> None:
    assert not _facts(sentence, "hostedBy")


@pytest.mark.parametrize(
    ("sentence", "unit", "carrier"),
    [
        ("Die Stiftung Morgenrot ist verantwortlich für das Projekt „Lernpfad“.", "Lernpfad", "Stiftung Morgenrot"),
        ("Der Verein Werkhaus e. V. zeichnet seit 2021 verantwortlich für die Beratungsstelle „Hafenblick“.", "Beratungsstelle „Hafenblick“", "Werkhaus e. V."),
        ("Die Bildungshaus Saale gGmbH ist seit 2019 verantwortlich für das IQ Netzwerk Thüringen.", "IQ Netzwerk Thüringen", "Bildungshaus Saale gGmbH"),
    ],
)  # fmt: skip
def test_a_body_responsible_for_a_unit_carries_it(sentence: str, unit: str, carrier: str) -> None:
    assert (unit, carrier) in _facts(sentence, "hostedBy")


@pytest.mark.parametrize(
    "sentence",
    [
        "Petra Beispiel ist verantwortlich für das Projekt „Lernpfad“.",
        "Die Stiftung Morgenrot ist verantwortlich für die Auswahl der Teilnehmenden im Projekt „Lernpfad“.",
        "Petra Beispiel von der Stiftung Morgenrot ist verantwortlich für das Projekt „Lernpfad“.",
    ],
)
def test_a_person_or_a_task_responsible_for_gives_no_carrier(sentence: str) -> None:
    assert not _facts(sentence, "hostedBy")


@pytest.mark.parametrize(
    ("sentence", "payer"),
    [
        ("Seit 2020 finanziert es das Land Thüringen.", "Land Thüringen"),
        ("Nun kofinanziert es zudem die Stadt Gera.", "Stadt Gera"),
        ("Seit 2022 finanziert es der Landkreis Greiz.", "Landkreis Greiz"),
    ],
)
def test_a_pronoun_object_before_the_payer_of_financing(sentence: str, payer: str) -> None:
    assert ("Lernpfad", payer) in _facts(_OPENING + sentence, "fundedBy")


@pytest.mark.parametrize(
    "text",
    [
        _OPENING + "Vor allem fördert es die Stadt Gera bei der Integration.",
        "Die Beratungsstelle „Hafenblick“ öffnet in Gera. Seit 2020 finanziert es der Landkreis Greiz.",
    ],
)
def test_a_pronoun_that_may_be_the_subject_or_does_not_agree_gives_no_payer(text: str) -> None:
    assert not _facts(text, "fundedBy")
