"""Project and unit names on invented sentences (round 13): the German of a named counselling office, measure or
programme line, its carrier and its network."""

from __future__ import annotations

import pytest

from conftest import facts_of

NETWORK_RELEASE = "Titel\n\nDas IQ Netzwerk Hessen stellt sich vor. {}"


def _subprojects(sentence: str) -> set[str]:
    return {
        label for type_, label in facts_of(NETWORK_RELEASE.format(sentence)).entities if type_ == "Subproject"
    }


def _relations(sentence: str) -> set[tuple[str, str, str]]:
    return facts_of(NETWORK_RELEASE.format(sentence)).relations


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        (
            "Die Fachberatungsstelle „Lohn und Recht“ öffnet im Juni.",
            "Fachberatungsstelle „Lohn und Recht“",
        ),
        (
            "In der Migrationsberatungsstelle „Brücke Ost“ arbeiten drei Beraterinnen.",
            "Migrationsberatungsstelle „Brücke Ost“",
        ),
        (
            "Die Landesfachstelle „Vielfalt im Beruf“ schult Personalräte.",
            "Landesfachstelle „Vielfalt im Beruf“",
        ),
        ("Seit Mai hat die Jugendanlaufstelle »Kompass« geöffnet.", "Jugendanlaufstelle „Kompass“"),
    ],
)
def test_a_quoted_name_after_a_compound_counselling_office(sentence: str, unit: str) -> None:
    assert unit in _subprojects(sentence)


def test_a_compound_counselling_office_is_funded() -> None:
    relations = _relations(
        "Das Land Hessen fördert die Fachberatungsstelle „Lohn und Recht“ mit 90.000 Euro."
    )
    assert ("Fachberatungsstelle „Lohn und Recht“", "fundedBy", "Land Hessen") in relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Pressestelle „Rathaus aktuell“ informiert.",  # a body's press office
        "Seine Arbeitsstelle „Lager Nord“ liegt in Kiel.",  # a job
    ],
)
def test_an_office_that_is_no_counselling_unit_stays_unnamed(sentence: str) -> None:
    assert not _subprojects(sentence)
