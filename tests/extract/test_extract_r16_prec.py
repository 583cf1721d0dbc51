"""Round 16 (precision): wrong facts the paraphrases made the rules read, on invented sentences: the agent of one
unit's participle taken for the next unit's carrier in a run of listed units ("A, getragen von Y - B, getragen von
Z"), a role said in a relative clause naming the body first ("X, die beim Verein Y Referentin ist") read as a
bare membership (the role is the fact, and it says the membership), a body named after a preposition taken for the
subject of "gehört … an" in the next clause, the whole named in a relative clause of belonging ("„X“, das zum Programm
„Y“ gehört") taken for the unit the next sentence pays for, and (recall) the workplace of "zuständig für … in der IQ Koordination"."""

from __future__ import annotations

import pytest

from conftest import facts_of

_NETWORK_OPENING = "Das IQ Netzwerk Thüringen meldet seine Teilprojekte. "


def _facts(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Gera\n\n" + text).relations if p == predicate}


@pytest.mark.parametrize(
    ("sentence", "hosts"),
    [
        ("Beteiligt waren diese Teilprojekte, jeweils mit Träger: - TP 1: Koordination, getragen von der Lernwerk Jena gGmbH - TP 2: Servicestelle Anerkennung Gera, getragen vom Verein Brückenbau e. V. - TP 3: Beratungsstelle Berufsweg Erfurt, getragen von der Stiftung Morgenrot",
         {("Koordination des IQ Netzwerks Thüringen", "Lernwerk Jena gGmbH"),
          ("Servicestelle Anerkennung Gera", "Brückenbau e. V."),
          ("Beratungsstelle Berufsweg Erfurt", "Stiftung Morgenrot")}),
        ("Zu den Teilprojekten zählten im Jahr 2021 die Servicestelle Anerkennung Gera, umgesetzt vom Verein Brückenbau e. V.; die Beratungsstelle Berufsweg Erfurt, umgesetzt von der Stiftung Morgenrot.",
         {("Servicestelle Anerkennung Gera", "Brückenbau e. V."),
          ("Beratungsstelle Berufsweg Erfurt", "Stiftung Morgenrot")}),
        ("Dazu gehören TP 4: Servicestelle Anerkennung Gera, durchgeführt von der Lernwerk Jena gGmbH - TP 5: Beratungsstelle Berufsweg Erfurt, durchgeführt vom Verein Brückenbau e. V.",
         {("Servicestelle Anerkennung Gera", "Lernwerk Jena gGmbH"),
          ("Beratungsstelle Berufsweg Erfurt", "Brückenbau e. V.")}),
    ],
)  # fmt: skip
def test_each_listed_unit_has_the_agent_of_its_own_participle_as_carrier(
    sentence: str, hosts: set[tuple[str, str]]
) -> None:
    assert (
        _facts(_NETWORK_OPENING + sentence, "hostedBy") - {("IQ Netzwerk Thüringen", "Lernwerk Jena gGmbH")}
        == hosts
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Berufsweg“ wird von der Stiftung Morgenrot, Erfurt, getragen.",  # a place after the agent
        "Das Projekt „Berufsweg“ wird von der Stiftung Morgenrot getragen.",
        "Getragen wird das Projekt „Berufsweg“ von der Stiftung Morgenrot.",
    ],
)
def test_an_agent_before_its_participle_still_carries_the_subject(sentence: str) -> None:
    assert _facts(_NETWORK_OPENING + sentence, "hostedBy") == {("Berufsweg", "Stiftung Morgenrot")}


_EVENT_OPENING = "Die Fachtagung in Kiel begann am Morgen. "


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return facts_of("Neues aus Kiel\n\n" + _EVENT_OPENING + text).roles


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Es diskutierten Petra Sommerfeld, die beim Bundesministerium für Bildung und Forschung Leiterin der Abteilung Weiterbildung und Beratung ist, und Karl Brenner.",
         ("Petra Sommerfeld", "Leiterin der Abteilung Weiterbildung und Beratung", "Bundesministerium für Bildung und Forschung")),
        ("Es sprach Maren Holt, die bei der Stiftung Morgenrot Referentin war.", ("Maren Holt", "Referentin", "Stiftung Morgenrot")),
        ("Das Grußwort hielt Jonas Falkner, der seit 2019 bei der Brückenbau gGmbH Leiter des Fachbereichs Sprache ist.",
         ("Jonas Falkner", "Leiter des Fachbereichs Sprache", "Brückenbau gGmbH")),
        ("Anwesend war Jonas Falkner, der seit zwei Jahren in der Stiftung Morgenrot Vorsitzender ist.",
         ("Jonas Falkner", "Vorsitzender", "Stiftung Morgenrot")),
    ],
)  # fmt: skip
def test_a_title_after_the_body_in_a_relative_clause_is_the_holder_s_role_there(
    sentence: str, role: tuple[str, str, str]
) -> None:
    text = _EVENT_OPENING + sentence
    assert role in _roles(sentence)
    assert (role[0], role[2]) not in _facts(text, "memberOf")  # the role says it


@pytest.mark.parametrize(
    "sentence",
    [
        "Es sprach Maren Holt, die bei der Stiftung Morgenrot Referentinnen ausbildet.",  # a plural object, no copula
        "Es sprach Maren Holt, die bei der Stiftung Morgenrot Beraterinnen schult.",
    ],
)
def test_a_role_noun_as_the_object_of_a_relative_clause_is_no_role(sentence: str) -> None:
    assert not {r for r in _roles(sentence) if r[0] == "Maren Holt"}


_THURINGIA = "Das IQ Netzwerk Thüringen traf sich. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Einige Teilprojekte von der Lernwerk Jena gGmbH waren neu dabei, andere Träger gehören dem IQ Netzwerk Thüringen schon lange an.",
        "Mehrere Angebote beim Verein Brückenbau e. V. liefen aus, viele Partner gehören dem Netzwerk aber weiter an.",
        "Für die Lernwerk Jena gGmbH sprach die Leiterin, weitere Träger gehörten dem IQ Netzwerk Thüringen seit 2019 an.",
    ],
)  # fmt: skip
def test_a_body_after_a_preposition_is_no_subject_of_belonging(sentence: str) -> None:
    assert not _facts(_THURINGIA + sentence, "memberOf")


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        ("Die Lernwerk Jena gGmbH gehört dem IQ Netzwerk Thüringen seit 2015 an.", {"Lernwerk Jena gGmbH"}),
        ("Die Lernwerk Jena gGmbH und der Verein Brückenbau e. V. gehören dem IQ Netzwerk Thüringen an.",
         {"Lernwerk Jena gGmbH", "Brückenbau e. V."}),
        ("Auch die Stiftung Morgenrot gehörte dem IQ Netzwerk Thüringen bereits an.", {"Stiftung Morgenrot"}),
    ],
)  # fmt: skip
def test_the_subject_of_belonging_is_still_a_member(sentence: str, members: set[str]) -> None:
    assert _facts(_THURINGIA + sentence, "memberOf") == {(m, "IQ Netzwerk Thüringen") for m in members}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Das IQ Netzwerk Schleswig-Holstein zog Bilanz. Jana Wendland, zuständig für die Pressearbeit in der IQ Koordination, erfährt davon selten.",
         "IQ Koordination Schleswig-Holstein"),
        ("Das IQ Netzwerk Hessen zog Bilanz. Jana Wendland, verantwortlich für die Beratung im Verein Brückenbau e. V., stellte die Zahlen vor.",
         "Brückenbau e. V."),
        ("Das IQ Netzwerk Hessen zog Bilanz. Tom Reuter, zuständig für Qualifizierungen im Bildungswerk Nordlicht gGmbH, sprach zuerst.",
         "Bildungswerk Nordlicht gGmbH"),
    ],
)  # fmt: skip
def test_a_person_in_charge_of_a_task_in_a_unit_works_there(sentence: str, body: str) -> None:
    assert {p for p, o in _facts(sentence, "memberOf") if o == body}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reuter, zuständig für die Beratung im Landkreis Kassel, sprach zuerst.",  # the area served
        "Tom Reuter, zuständig für die Beratung in der Stadt Kassel, sprach zuerst.",
    ],
)
def test_the_area_a_person_is_in_charge_of_is_no_workplace(sentence: str) -> None:
    assert not _facts("Das IQ Netzwerk Hessen zog Bilanz. " + sentence, "memberOf")


_OPENINGS_OF_A_PART = [
    "Bessere Chancen verspricht das Sonderprogramm „Neue Wege“, das zum Programm „Arbeit für alle“, kurz AFA, gehört.",
    "Bessere Chancen verspricht das Projekt „Neue Wege“, das zum Förderprogramm „Arbeit für alle“ gehört.",
    "Helfen soll die Initiative „Neue Wege“, die seit 2021 zum Programm „Arbeit für alle“ gehört.",
]


@pytest.mark.parametrize("opening", _OPENINGS_OF_A_PART)
def test_a_relative_clause_of_belonging_with_its_verb_last_names_the_whole(opening: str) -> None:
    assert ("Neue Wege", "Arbeit für alle") in _facts("Lüneburg. " + opening, "partOf")


@pytest.mark.parametrize(
    ("opening", "money"),
    [
        (_OPENINGS_OF_A_PART[0], "Damit Zugewanderte schneller Arbeit finden, stellen das Land Niedersachsen und die Europäische Union 3 Millionen Euro bereit."),
        (_OPENINGS_OF_A_PART[1], "Das Land Niedersachsen stellte dafür 50.000 Euro bereit."),
        (_OPENINGS_OF_A_PART[1].replace("das zum Förderprogramm „Arbeit für alle“ gehört", "das Teil des Programms „Arbeit für alle“ ist"),
         "Das Land Niedersachsen stellt 80.000 Euro zur Verfügung."),
    ],
)  # fmt: skip
def test_money_after_a_relative_clause_of_belonging_pays_for_the_part(opening: str, money: str) -> None:
    found = _facts("Lüneburg. " + opening + " " + money, "fundedBy")
    assert ("Neue Wege", "Land Niedersachsen") in found
    assert not {f for f in found if f[0] == "Arbeit für alle"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Neue Wege“, das zum Programm „Arbeit für alle“ nicht passt, gehört zur Stadt Lüneburg.",
        "Gefördert wird das Projekt „Neue Wege“, das zur Förderung von Frauen gehört.",  # no whole named
    ],
)
def test_no_whole_where_the_relative_clause_names_none(sentence: str) -> None:
    assert not _facts("Lüneburg. " + sentence, "partOf")
