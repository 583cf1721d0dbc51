"""A paragraph bounds every name: a headline's last words and the dateline's town after it are two paragraphs,
however a reader would otherwise join a service and its town. Invented releases."""

from __future__ import annotations

import pytest

from conftest import facts_of


@pytest.mark.parametrize(
    "text",
    [
        "Neue Leitung für die Anerkennungsberatung\n\nKassel, 14. März 2023. Die Lernwerk gGmbH hat eine neue Leitung.",
        "Ein gutes Jahr für die Qualifizierungsberatung\n\nFulda, 2. Februar 2021. Die Stiftung Lichtblick zieht Bilanz.",
        "Start der Anerkennungsberatung\n  \nErfurt, 5. Juni 2020 – Die Stiftung Lichtblick beginnt.",
    ],
)
def test_a_headline_and_the_dateline_after_it_are_never_one_name(text: str) -> None:
    labels = [label for _, label in facts_of(text).entities]
    assert not any("\n" in label for label in labels), labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Titel\n\nDie Lernwerk gGmbH berät in Kassel.", "Lernwerk gGmbH"),
        ("Titel\n\nDie IQ Servicestelle Arbeitsmarkt Nordhessen\nberät in Kassel.", "Kassel"),
    ],
)
def test_names_within_a_paragraph_are_kept(text: str, name: str) -> None:
    assert name in {label for _, label in facts_of(text).entities}
