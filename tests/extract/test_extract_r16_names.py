"""Round 16 (names): the ends of relations that paraphrasing writers name in ways the name grammar missed, on
invented sentences: subprojects named beside their number in running text, a person vouched for by an academic
title before a body's "von der", and noun phrases that only look like a person's name."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _entities(text: str, type_: str) -> set[str]:
    return {label for t, label in facts_of("Neues aus Gera\n\n" + text).entities if t == type_}


@pytest.mark.parametrize(
    ("sentence", "projects"),
    [
        ("Beteiligt waren als TP 2 das Berufscoaching in Trägerschaft des Vereins Anker e. V. und andere.",
         {"Berufscoaching"}),
        ("Dazu kam als Teilprojekt 3 der Wegweiser Anerkennung ausländischer Zeugnisse – WAaZ, getragen vom Verein Brücke e. V.",
         {"Wegweiser Anerkennung ausländischer Zeugnisse"}),
        ("Mitgewirkt haben als TP 2 die Lotsenstelle Arbeit; als TP 3 das Mentoring für Frauen im Handwerk.",
         {"Lotsenstelle Arbeit", "Mentoring für Frauen im Handwerk"}),
        ("Das Berufscoaching (TP 2) wurde vom Verein Anker e. V. getragen.", {"Berufscoaching"}),
        ("Für den Wegweiser Anerkennung ausländischer Zeugnisse – WAaZ (TP 3) war der Verein Brücke e. V. zuständig.",
         {"Wegweiser Anerkennung ausländischer Zeugnisse"}),
        ("Hinter TP 4, Mit Mut in den neuen Beruf, stand der Verein Anker e. V.", {"Mit Mut in den neuen Beruf"}),
        ("Neben TP 5, Sprungbrett Pflege, arbeitet die Stiftung Lindenhof.", {"Sprungbrett Pflege"}),
    ],
)  # fmt: skip
def test_a_subproject_s_number_in_running_text_marks_its_name(sentence: str, projects: set[str]) -> None:
    assert projects <= _entities(sentence, "Subproject")


@pytest.mark.parametrize(
    "sentence",
    [
        "Beteiligt waren als TP 1 die Koordination und weitere Partner.",  # the network's own coordination
        "Hinter TP 4, das im Herbst beginnt, steht der Verein Anker e. V.",  # a relative clause, no name
        "Als TP 2 wurde es im Jahr 2019 gefördert.",  # no article and name after the number
    ],
)
def test_a_number_beside_a_coordination_or_a_clause_names_no_subproject(sentence: str) -> None:
    assert not _entities(sentence, "Subproject")


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Danach sprach er mit Prof. Dr. Yeganeh Ostadzadeh von der Hochschule Ostwestfalen.",
            "Yeganeh Ostadzadeh",
        ),
        ("Auf dem Podium saß Dr. Tesfalem Gebremariam von der Stiftung Lindenhof.", "Tesfalem Gebremariam"),
        (
            "Es diskutierten Prof. Chidera Okonkwo vom Verein Anker e. V. und weitere Gäste.",
            "Chidera Okonkwo",
        ),
    ],
)
def test_an_academic_title_vouches_for_an_unknown_given_name_before_a_body(
    sentence: str, person: str
) -> None:
    assert person in _entities(sentence, "Person")


@pytest.mark.parametrize(
    "sentence",
    [
        "Betroffen sind zum Beispiel Ärzte, Apotheker und Pflegekräfte.",
        "Gefragt sind zum Beispiel Ingenieure, Erzieherinnen und Köche.",
        "Sie hat im Iran Medizin studiert, er im Irak Informatik.",
        "Um die Lage von Migrantinnen zu verbessern, handeln die Kommunen.",
        "Ziel ist die Stärkung von Fachkräften in der Region.",
        "Gekommen waren Beratende aus allen Regionen Deutschlands, dazu Vertreter der Kammern.",
        "Die Städte Hessens, etwa Vertreter der Kommunen, waren dabei.",
    ],
)
def test_noun_phrases_that_look_like_a_name_are_no_person(sentence: str) -> None:
    assert not _entities(sentence, "Person")


def test_a_known_given_name_after_a_verb_is_still_a_person() -> None:
    found = _entities("Zum Auftakt sprach Petra Lindner, Leiterin der Stiftung Lindenhof.", "Person")
    assert found == {"Petra Lindner"}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("In der 2. Förderphase hatte Bildung Nord e. V. die Trägerschaft.", "Bildung Nord e. V."),
        ("Zuvor hatten Lernweg gGmbH und andere Träger die Aufgabe.", "Lernweg gGmbH"),
        ("Beteiligt waren Arbeit und Leben e. V. und die Stadt.", "Arbeit und Leben e. V."),
        ("Im ersten Jahr wurden Sprachhaus e. V. neue Räume übergeben.", "Sprachhaus e. V."),
    ],
)
def test_a_past_auxiliary_before_a_body_named_by_its_legal_form_is_no_part_of_the_name(
    sentence: str, body: str
) -> None:
    assert _entities(sentence, "Organisation") == {body}


@pytest.mark.parametrize(
    ("text", "carrier"),
    [
        ("Das Projekt lotse-nord wurde 2014 gegründet. Seit 2017 ist der Verein Anker e. V. Träger von lotse-nord.",
         ("lotse-nord", "Anker e. V.")),
        ("Das Projekt mit-mut startete 2015. Träger von mit-mut ist heute die Stiftung Lindenhof.",
         ("mit-mut", "Stiftung Lindenhof")),
        ("Wir gründeten 2013 das Projekt brücken-bauen. Die Trägerschaft für brücken-bauen liegt beim Verein Anker e. V.",
         ("brücken-bauen", "Anker e. V.")),
    ],
)  # fmt: skip
def test_a_project_name_in_small_letters_with_a_hyphen_is_met_again(
    text: str, carrier: tuple[str, str]
) -> None:
    facts = facts_of("Neues aus Gera\n\n" + text)
    assert (carrier[0], "hostedBy", carrier[1]) in facts.relations


def test_a_small_hyphened_word_no_project_names_is_no_mention() -> None:
    found = _entities(
        "Das Projekt lotse-nord startete. Die Beratung ist e-mail-basiert und online-gestützt.", "Subproject"
    )
    assert found == {"lotse-nord"}
