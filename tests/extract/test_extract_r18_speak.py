"""Speakers and organisers, round 18 (a construction inventory; invented sentences): the persons a speech verb in the
singular takes as its object ("Ministerin X begrüßte Landrat Y": Y was greeted, not a speaker), with the shapes that
keep a second speaker (a part of the sentence with its own speech act, "danach Y", "mit Y"); and the organiser named
by a noun of organising ("Die Organisation lag bei Y", "Y war Mitveranstalterin", "Y zeichnete für die Organisation
verantwortlich")."""

from __future__ import annotations

import pytest

from conftest import facts_of

_OPENING = "Am 12. März 2031 fand in Gera der Fachtag „Wege in Arbeit“ statt. "


def _speakers(text: str) -> set[str]:
    facts = facts_of("Fachtag in Gera\n\n" + _OPENING + text)
    return {s for s, p, _ in facts.relations if p == "speakerAt"}


# ---------------------------------------------------------------- the object of a singular speech verb


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Petra Lindner begrüßte unter den Gästen auch Landrat Jonas Weber.", {"Petra Lindner"}),
        ("Zur Eröffnung begrüßte Petra Lindner den Landrat Jonas Weber und die Gäste.", {"Petra Lindner"}),
        ("Bürgermeisterin Petra Lindner lobte Jonas Weber für sein Engagement.", {"Petra Lindner"}),
        ("Petra Lindner gratulierte Jonas Weber zu seinem Jubiläum.", {"Petra Lindner"}),
        ("Petra Lindner stellte Jonas Weber als neuen Leiter der Beratung vor.", {"Petra Lindner"}),
        ("Petra Lindner erklärte, dass Minister Jonas Weber das Vorhaben unterstütze.", {"Petra Lindner"}),
        ("Für das Ministerium sprach Staatssekretärin Petra Lindner, die Minister Jonas Weber vertrat.",
         {"Petra Lindner"}),
        ("Petra Lindner eröffnete den Tag und würdigte den Gründer Jonas Weber.", {"Petra Lindner"}),
    ],
)  # fmt: skip
def test_the_object_of_a_singular_speech_verb_is_no_speaker(text: str, speakers: set[str]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    "text",
    [
        "Es sprach zunächst Petra Lindner, danach Jonas Weber.",
        "Petra Lindner begrüßte die Gäste, bevor Landrat Jonas Weber ein Grußwort hielt.",
        "Petra Lindner begrüßte die Gäste und Jonas Weber stellte das Projekt vor.",
        "Anschließend stellte Petra Lindner gemeinsam mit Jonas Weber die Ergebnisse vor.",
        "Nach der Begrüßung durch Petra Lindner erläuterte Jonas Weber die neuen Regeln.",
        "Petra Lindner sprach ein Grußwort, ebenso Landrat Jonas Weber.",
        "Petra Lindner moderierte das Gespräch mit den Fachleuten Jonas Weber und Karla Schmitt.",
        "Den Einstieg gab zum Beispiel Jonas Weber, Petra Lindner eröffnete die Runde.",
    ],
)
def test_a_second_speaker_in_a_part_of_its_own_or_after_mit_still_speaks(text: str) -> None:
    assert {"Petra Lindner", "Jonas Weber"} <= _speakers(text)


def test_the_subject_after_the_verb_speaks_and_the_object_after_it_does_not() -> None:
    speakers = _speakers(
        "Zur Begrüßung hieß Landrätin Petra Lindner den Bürgermeister Jonas Weber willkommen."
    )
    assert speakers == {"Petra Lindner"}


# ---------------------------------------------------------------- the organiser named by a noun of organising


def _organisers(text: str) -> set[str]:
    facts = facts_of("Fachtag in Gera\n\n" + _OPENING + text)
    return {o for _, p, o in facts.relations if p == "organisedBy"}


@pytest.mark.parametrize(
    ("text", "organiser"),
    [
        ("Die Organisation lag beim IQ Netzwerk Thüringen.", "IQ Netzwerk Thüringen"),
        ("Die Ausrichtung des Tages lag in den Händen der Handwerkskammer Erfurt.", "Handwerkskammer Erfurt"),
        ("Federführend war das IQ Netzwerk Thüringen.", "IQ Netzwerk Thüringen"),
        ("Das IQ Netzwerk Thüringen zeichnete für die Organisation verantwortlich.", "IQ Netzwerk Thüringen"),
        ("Die Handwerkskammer Erfurt war für die Ausrichtung zuständig.", "Handwerkskammer Erfurt"),
        ("Die Handwerkskammer Erfurt übernahm die Organisation.", "Handwerkskammer Erfurt"),
        ("Die Handwerkskammer Erfurt war Mitveranstalterin.", "Handwerkskammer Erfurt"),
        ("Mitausrichter war die Handwerkskammer Erfurt.", "Handwerkskammer Erfurt"),
    ],
)
def test_a_noun_of_organising_names_the_organiser(text: str, organiser: str) -> None:
    assert organiser in _organisers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Beratung der Gäste lag bei der Handwerkskammer Erfurt.",
        "Die Handwerkskammer Erfurt war mit einem Stand vertreten.",
        "Die Räume stellte die Handwerkskammer Erfurt zur Verfügung.",
        "Die Handwerkskammer Erfurt war für die Beratung der Gäste zuständig.",
    ],
)
def test_a_service_or_a_stand_names_no_organiser(text: str) -> None:
    assert "Handwerkskammer Erfurt" not in _organisers(text)
