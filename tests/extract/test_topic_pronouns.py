"""A pronoun subject stands for the last unit named before whose grammatical gender agrees ("Sie wird …" after
a feminine unit, "Es wird …" after a neuter one), not merely the last one; invented sentences in variants."""

from __future__ import annotations

import pytest

from conftest import facts_of
from iqgraph.extract.relations.topic_pronouns import pronoun_genders, unit_genders
from iqgraph.extract.text.spans import Mention

STELLE = "IQ Anerkennungsberatung Rostock"
NETZ = "IQ Netzwerk Mecklenburg-Vorpommern"


def _relations(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Titel\n\n" + text).relations if p == predicate}


@pytest.mark.parametrize(
    "first",
    [
        f"Die {STELLE} gehört zum {NETZ}.",
        f"Seit 2031 ist die {STELLE} ein Teil des {NETZ}.",
        f"Zum {NETZ} gehört auch die {STELLE}.",
    ],
)
@pytest.mark.parametrize(
    "second",
    [
        "Sie wird vom Land Mecklenburg-Vorpommern gefördert.",
        "Gefördert wird sie vom Land Mecklenburg-Vorpommern.",
        "Sie wurde aus Mitteln des Landes Mecklenburg-Vorpommern finanziert.",
    ],
)
def test_a_feminine_pronoun_means_the_feminine_unit_though_a_neuter_one_came_last(
    first: str, second: str
) -> None:
    funded = _relations(f"{first} {second}", "fundedBy")
    assert funded == {(STELLE, "Land Mecklenburg-Vorpommern")}


@pytest.mark.parametrize(
    "first",
    [
        f"Das {NETZ} unterhält die {STELLE}.",
        f"Das {NETZ} eröffnet in diesem Jahr die {STELLE}.",
        f"In Schwerin stellte das {NETZ} die {STELLE} vor.",
    ],
)
@pytest.mark.parametrize(
    "second",
    [
        "Es wird vom Land Mecklenburg-Vorpommern gefördert.",
        "Gefördert wird es vom Land Mecklenburg-Vorpommern.",
        "Dieses wird durch das Land Mecklenburg-Vorpommern kofinanziert.",
    ],
)
def test_a_neuter_pronoun_means_the_neuter_unit_though_a_feminine_one_came_last(
    first: str, second: str
) -> None:
    funded = _relations(f"{first} {second}", "fundedBy")
    assert funded == {(NETZ, "Land Mecklenburg-Vorpommern")}


@pytest.mark.parametrize(
    "text",
    [
        f"Das {NETZ} hat seinen Sitz in Schwerin. Es wird vom Land Mecklenburg-Vorpommern gefördert.",
        f"Die {STELLE} berät in Rostock. Sie wird vom Land Mecklenburg-Vorpommern gefördert.",
        "Das Projekt „Lotsenhaus“ hilft in Rostock. Es wird vom Land Mecklenburg-Vorpommern gefördert.",
    ],
)
def test_a_pronoun_after_one_unit_means_that_unit(text: str) -> None:
    (funded,) = _relations(text, "fundedBy")
    assert funded[1] == "Land Mecklenburg-Vorpommern" and funded[0] in (NETZ, STELLE, "Lotsenhaus")


@pytest.mark.parametrize(
    ("opening", "genders"),
    [
        ("Es wird gefördert.", "n"),
        ("Er ist neu.", "m"),
        ("Sie wird gefördert.", "f"),
        ("Sie werden gefördert.", "p"),
        ("Gefördert wird sie vom Land.", "f"),
        ("Gefördert werden sie vom Land.", "p"),
        ("Dieses wurde finanziert.", "n"),
    ],
)
def test_the_genders_an_opening_pronoun_allows(opening: str, genders: str) -> None:
    assert pronoun_genders(opening, 0) == frozenset(genders)


@pytest.mark.parametrize(
    "opening", ["Das Land fördert es.", "Gefördert wird das Projekt.", "Am Montag war es."]
)
def test_a_sentence_opening_without_a_pronoun_subject_allows_any_unit(opening: str) -> None:
    assert pronoun_genders(opening, 0) is None


def _unit(text: str, name: str, label: str | None = None) -> Mention:
    start = text.index(name)
    return Mention.named(start, start + len(name), "Subproject", label or name, name)


@pytest.mark.parametrize(
    ("text", "name", "genders"),
    [
        ("Heute eröffnet die Beratungsstelle Kompass.", "Kompass", "f"),  # the common noun governs the name
        ("Heute eröffnet das Förderprogramm „Kompass“.", "Kompass", "n"),
        ("Heute eröffnet der Verein Kompass.", "Kompass", "m"),
        ("Mittel gehen an die IQ Anerkennungsberatung Rostock.", STELLE, "f"),  # "die": f or plural, head f
        ("Mittel gehen an das IQ Netzwerk Hessen.", "IQ Netzwerk Hessen", "n"),
        ("Partner der IQ Anerkennungsberatung Rostock.", STELLE, "f"),  # "der": m or f, head f
        ("Kompass hilft.", "Kompass", ""),  # nothing tells
    ],
)
def test_the_gender_a_text_gives_a_unit(text: str, name: str, genders: str) -> None:
    assert unit_genders(text, _unit(text, name)) == frozenset(genders)
