"""Events, round 18 (a construction inventory of how writers report an event's day; invented sentences): a postponed
event takes its new day ("Statt am 7. Mai findet der Fachtag nun am 14. Mai statt"), a deadline noun as the subject of
the day is no event ("Anmeldeschluss für den Workshop ist der 30. April"), a start told by the starting shot, by
"zum 1. Juni starten" or by "ab heute (14. Mai)" under a headline "Start für …", an agreement concluded in a relative
clause ("die Vereinbarung, die das Land am 5. März … geschlossen hat"), and something presented on a day ("Die
Broschüre wurde am Montag der Presse vorgestellt"); and the near shapes that give no event or another day."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of

_RELEASE_DAY = dt.date(2024, 5, 14)  # a Tuesday


def _days(text: str) -> set[str]:
    return {str(day) for _, day in facts_of(text, _RELEASE_DAY).events if day}


# ---------------------------------------------------------------- a postponed event: its new day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Neues aus Gera\n\nStatt am 7. Mai findet der Fachtag nun am 14. Mai 2024 in Gera statt.", "2024-05-14"),
        ("Neues aus Gera\n\nDas Netzwerktreffen am 20. Mai 2024 wird auf den 3. Juni 2024 verschoben.", "2024-06-03"),
        ("Neues aus Gera\n\nDer Infotag wurde vom 4. Juni auf Dienstag, den 11. Juni 2024 verlegt.", "2024-06-11"),
        ("Neues aus Gera\n\nDer Workshop findet nicht am 4. Juni, sondern am 6. Juni 2024 in Gera statt.", "2024-06-06"),
    ],
)  # fmt: skip
def test_a_postponed_event_takes_its_new_day(text: str, day: str) -> None:
    assert _days(text) == {day}


def test_two_events_on_two_days_are_no_postponement() -> None:
    text = (
        "Neues aus Gera\n\nAm 7. Mai 2024 fand in Gera der Fachtag statt. Der nächste Fachtag ist auf den 5. "
        "November 2024 gelegt."
    )
    assert _days(text) == {"2024-05-07", "2024-11-05"}


# ---------------------------------------------------------------- a deadline noun as the day's subject


@pytest.mark.parametrize(
    "text",
    [
        "Workshop in Gera\n\nAnmeldeschluss für den Workshop ist der 30. April 2024.",
        "Fachtag in Gera\n\nDie Anmeldefrist zum Fachtag in Gera endet bereits am Freitag, den 3. Mai 2024.",
        "Infotage in Jena\n\nEinsendeschluss für Beiträge zu den Infotagen war am 2. April 2024.",
    ],
)
def test_a_deadline_noun_as_the_subject_of_a_day_is_no_event(text: str) -> None:
    assert _days(text) == set()


def test_an_event_held_after_its_deadline_keeps_its_day() -> None:
    text = "Fachtag in Gera\n\nNach Ablauf der Frist fand am 7. Mai 2024 in Gera der Fachtag statt."
    assert _days(text) == {"2024-05-07"}


# ---------------------------------------------------------------- starts


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Start für die Anerkennungsberatung in Suhl\n\nGeflüchtete in der Erstaufnahme Suhl können sich ab heute "
         "(14. Mai) zur Anerkennung beraten lassen.", "2024-05-14"),
        ("Neue Stellen\n\nZum 01.06.2024 starten die neuen Beratungsstellen in Gera und Jena.", "2024-06-01"),
        ("Neue Stelle\n\nAm 3. Mai 2024 fiel in Jena der Startschuss für das Projekt „Brücke Jena“.", "2024-05-03"),
        ("Neue Stelle\n\nMinisterin Heike Werner gab am 6. Mai 2024 in Erfurt den Startschuss für die Anlaufstelle.",
         "2024-05-06"),
        ("Neues Projekt in Kassel\n\nMit dem Projekt „Gründen in Kassel“ geht die Universität Kassel in die erste "
         "Projektphase. Gefördert wird es seit 15. Januar 2024 vom Land Hessen.", "2024-01-15"),
    ],
)  # fmt: skip
def test_a_start_told_by_its_shot_its_day_or_its_headline(text: str, day: str) -> None:
    assert _days(text) == {day}


@pytest.mark.parametrize(
    "text",
    [
        "Förderung\n\nAnträge auf Förderung sind zum 1. Juni 2024 beim Land Thüringen einzureichen.",
        "Neues aus Kassel\n\nDie Universität Kassel berät Gründerinnen. Gefördert wird das Projekt seit 15. Januar "
        "2024 vom Land Hessen.",
    ],
)
def test_a_day_after_zum_or_seit_with_no_start_told_is_none(text: str) -> None:
    assert _days(text) == set()


# ---------------------------------------------------------------- an agreement concluded in a relative clause


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Beratung\n\nDie Beratung geht auf den Pakt „Arbeit für Thüringen“ zurück, den die Landesregierung am "
         "13.10.2023 mit den Kammern, den Gewerkschaften und der Regionaldirektion Sachsen-Anhalt-Thüringen "
         "geschlossen hat.", "2023-10-13"),
        ("Beratung\n\nGrundlage ist der Vertrag, der am 5. März 2024 zwischen dem Land Thüringen und der Stadt Gera "
         "nach langen Verhandlungen geschlossen wurde.", "2024-03-05"),
        ("Beratung\n\nGrundlage ist die Rahmenvereinbarung, die das Land Sachsen und die Kammern am 2. Juli 2023 in "
         "Dresden nach zwei Jahren der Gespräche abgeschlossen hatten.", "2023-07-02"),
    ],
)  # fmt: skip
def test_an_agreement_concluded_in_a_relative_clause_is_a_signing(text: str, day: str) -> None:
    assert _days(text) == {day}


def test_an_agreement_in_force_until_a_day_is_no_signing() -> None:
    text = "Beratung\n\nDie Vereinbarung, die bis zum 5. März 2024 gilt, wurde nicht verlängert."
    assert _days(text) == set()


# ---------------------------------------------------------------- something presented on a day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Lotsen\n\nAm 20. März 2024 stellten sich die Fachkräftelotsen Nordhessen im Rathaus Kassel der Presse vor.",
         "2024-03-20"),
        ("Studie\n\nAm 20. März 2024 präsentierte das Institut für Arbeit Kassel den Medien seine neue Studie.",
         "2024-03-20"),
        ("Bericht\n\nDie Ministerin stellte am 20. März 2024 in Wiesbaden den Integrationsbericht vor. Bei der "
         "Vorstellung sprach auch Tom Krause.", "2024-03-20"),
        ("Programm\n\nDie Zahlen wurden am 21. März 2024 im Rathaus Kassel vorgestellt. Nach der offiziellen "
         "Präsentation gab es einen Empfang.", "2024-03-21"),
    ],
)  # fmt: skip
def test_something_presented_on_a_day_is_an_event(text: str, day: str) -> None:
    assert _days(text) == {day}


@pytest.mark.parametrize(
    "text",
    [
        "Programm\n\nDas Programm stellte Carola Wendt im Rathaus Kassel vor.",
        "Angebote\n\nDrei Angebote stellten sich am 7. Mai 2024 in Kassel vor. Die Lotsen beraten Betriebe.",
        "Angebote\n\nDas Netzwerk hat am 7. Mai 2024 seine Angebote vorgestellt. Die Vorstellung der Kurse folgt.",
    ],
)
def test_a_presentation_with_no_day_no_public_and_no_occasion_named_is_no_event(text: str) -> None:
    assert _days(text) == set()


@pytest.mark.parametrize(
    "later",
    [
        "„Wir helfen Betrieben“, sagte Carola Wendt, Geschäftsführerin der Kammer, bei der Vorstellung.",
        "„Wir helfen Betrieben“, betonte Carola Wendt.",
        "Carola Wendt erklärte, die Lotsen seien für alle Betriebe da.",
    ],
)
def test_who_spoke_at_a_presentation_told_by_its_verb_is_its_speaker(later: str) -> None:
    text = (
        "Lotsen für Kassel\n\nDas Programm „Lotsen Kassel“ wurde am 20. März 2024 im Rathaus Kassel der Presse vorgestellt.\n\n"
        "Vier Lotsen sollen Betriebe künftig beraten. Das Land Hessen fördert das Vorhaben.\n\n" + later
    )
    speakers = {s for s, p, _ in facts_of(text, _RELEASE_DAY).relations if p == "speakerAt"}
    assert speakers == {"Carola Wendt"}


def test_a_signing_told_by_its_verb_has_no_speaker_paragraphs_later() -> None:
    text = (
        "Vertrag\n\nDas Land Hessen und die Stadt Kassel unterzeichneten am 20. März 2024 einen Vertrag.\n\n"
        "Vier Lotsen sollen Betriebe künftig beraten. Das Land Hessen fördert das Vorhaben.\n\n"
        "„Wir helfen Betrieben“, betonte Carola Wendt."
    )
    assert not {s for s, p, _ in facts_of(text, _RELEASE_DAY).relations if p == "speakerAt"}


@pytest.mark.parametrize(
    "text",
    [
        "Beratung\n\nAm 7. Mai 2024 stellte Beraterin Lena Kurz das Angebot im Sozialausschuss vor.",
        "Beratung\n\nDie Zahlen wurden am 7. Mai 2024 im Stadtrat Kassel vorgestellt.",
        "Beratung\n\nAm 7. Mai 2024 präsentierte die Ministerin den Bericht vor dem Landtag.",
    ],
)
def test_a_presentation_on_a_council_s_agenda_is_no_event_of_its_own(text: str) -> None:
    assert _days(text) == set()
