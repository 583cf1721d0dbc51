"""A text whose quotation marks were lost in conversion, each one stored as '?', reads as the same text with its
marks: names in quotation marks, quotes and their speakers, ties to quoted projects. Real question marks stay."""

from __future__ import annotations

import re

import pytest

from conftest import facts_of
from iqgraph.extract.text.text import restore_lost_quote_marks

_RELEASES = [
    "Neue Beratung in Fulda\n\nFulda, 3. März 2031. Das Projekt „Lotsenhaus“ der Beispielhilfe gGmbH berät "
    "zugewanderte Fachkräfte. „Wir beginnen mit zwei Sprechstunden in der Woche“, sagte Projektleiterin Petra "
    "Beispiel.",
    "Preis für Betriebe\n\nKiel, 4. Mai 2031. Die Stiftung Nordlicht verlieh den Preis „Vielfalt im Betrieb“. "
    "Ministerin Anna Muster betonte: „Vielfalt ist eine Stärke der Betriebe im Land.“ Das Netzwerk „Brücken "
    "bauen“ ist ein Teilprojekt des IQ Netzwerks Schleswig-Holstein.",
    "Fachtag in Jena\n\nJena, 5. Juni 2031. Beim Fachtag „Ankommen und Arbeiten“ sprach Karl Beispiel. „Wer "
    "hier arbeiten will, braucht Beratung. Wo bekommt man sie?“ fragte er. Die Beratungsstelle „Anerkennung "
    "Plus“ der Stadt Jena antwortet seit 2030 darauf.",
]


def _lost(text: str) -> str:
    return re.sub("[„“]", "?", text)


@pytest.mark.parametrize("text", _RELEASES)
def test_a_text_with_lost_marks_gives_the_same_facts(text: str) -> None:
    assert facts_of(_lost(text)) == facts_of(text)


@pytest.mark.parametrize("text", _RELEASES)
def test_lost_marks_are_restored_in_place(text: str) -> None:
    restored = restore_lost_quote_marks(_lost(text))
    assert len(restored) == len(text)
    assert restored.replace("?", "") == text.replace("?", "")


@pytest.mark.parametrize(
    "text",
    [
        "Wie geht es weiter? Das fragen viele. Warum? Weil die Beratung fehlt.",
        "Kommen Sie? 20 Plätze sind frei.",
        "Was ist ein Lotsenhaus? Ein Ort der Beratung?",
    ],
)
def test_question_marks_stay(text: str) -> None:
    assert restore_lost_quote_marks(text) == text
