"""Events named in more shapes (round 12): the organiser a bare noun is named after, a project by its name alone
("Sommerfest von Wegweiser Arbeit"); invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of

RELEASE = dt.date(2031, 6, 1)


def _events(text: str) -> set[str]:
    return {label for label, _ in facts_of("Titel\n\n" + text, RELEASE).events}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Das Projekt Lotsenhaus lädt am 12. Juni 2031 zum Sommerfest in seine Räume ein.",
            "Sommerfest von Lotsenhaus",
        ),
        (
            "Am 3. Juli 2031 veranstaltet das Projekt Kompass Beruf einen Infoabend im Rathaus Jena.",
            "Infoabend von Kompass Beruf",
        ),
        (
            "Zum Workshop lud das Teilprojekt Startklar Nord am 9. Mai 2031 nach Kiel ein.",
            "Workshop von Startklar Nord",
        ),
    ],
)
def test_an_event_named_after_a_project_by_its_name_alone_takes_von(text: str, label: str) -> None:
    assert label in _events(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Beratungsstelle Anerkennung Nord lädt am 12. Juni 2031 zum Sommerfest ein.",
            "Sommerfest der Beratungsstelle Anerkennung Nord",
        ),
        (
            "Am 3. Juli 2031 veranstaltet das Projekt Brücke Pflege einen Infoabend in Gera.",
            "Infoabend der Brücke Pflege",
        ),
        (
            "Die Stiftung Lernwege lud am 9. Mai 2031 zum Workshop nach Kiel ein.",
            "Workshop der Stiftung Lernwege",
        ),
    ],
)
def test_a_genitive_that_leaves_the_name_as_it_is_stays(text: str, label: str) -> None:
    assert label in _events(text)
