"""Names and roles, round 18 (tail; invented sentences): a body's name stops before the people or firms it serves,
the verb's object ("Seit Mai berät die Stiftung Lernwerk Betriebe in Kiel"); two bodies each with its own head
joined by "und" before a legal form are two names ("Handwerkskammer Kassel und Caritasverband Gera e.V."); and the
near shapes that keep one name."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _organisations(text: str) -> set[str]:
    return {label for kind, label in facts_of("Neues aus Kiel\n\n" + text).entities if kind == "Organisation"}


# ---------------------------------------------------------------- the people or firms served after a name


@pytest.mark.parametrize(
    ("text", "name", "object_noun"),
    [
        ("Seit 2021 berät die Stiftung Lernwerk Betriebe in Kiel.", "Stiftung Lernwerk", "Betriebe"),
        ("Seit März begleitet der Verein Brückenbau Geflüchtete in Erfurt bei der Arbeitssuche.",
         "Verein Brückenbau", "Geflüchtete"),
        ("Künftig unterstützte die Stiftung Neue Arbeit Fachkräfte aus dem Ausland.", "Stiftung Neue Arbeit",
         "Fachkräfte"),
        ("Bekannt ist, dass der Verein Brückenbau Migrantinnen in Erfurt berät.", "Verein Brückenbau", "Migrantinnen"),
        ("In Kiel informiert der Verein Lotsenhaus Unternehmen über die Anerkennung.", "Verein Lotsenhaus",
         "Unternehmen"),
    ],
)  # fmt: skip
def test_the_people_or_firms_served_end_the_name_before_them(text: str, name: str, object_noun: str) -> None:
    found = _organisations(text)
    assert name in found
    assert not any(label.endswith(object_noun) for label in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Heute berät der Verband Deutscher Unternehmen Betriebe in Kiel.", "Verband Deutscher Unternehmen"),
        ("Heute berät der Verein Junge Menschen in Kiel Schulen.", "Verein Junge Menschen"),
        ("Die Stiftung Lernwerk berät Betriebe in Kiel.", "Stiftung Lernwerk"),
    ],
)  # fmt: skip
def test_a_plural_joined_to_the_name_or_no_inverted_subject_keeps_the_name(text: str, name: str) -> None:
    assert name in _organisations(text)


# ---------------------------------------------------------------- two bodies joined by "und" before a legal form


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Im Projekt wirken die Netzwerkpartner Handwerkskammer Kassel und Caritasverband Gera e.V. mit.",
         {"Handwerkskammer Kassel", "Caritasverband Gera e.V."}),
        ("Partner sind Handwerkskammer Kassel und Caritasverband Gera e.V.",
         {"Handwerkskammer Kassel", "Caritasverband Gera e.V."}),
        ("Mit dabei waren Stiftung Lernwerk Nord und Bildungswerk Süd gGmbH.",
         {"Stiftung Lernwerk Nord", "Bildungswerk Süd gGmbH"}),
    ],
)  # fmt: skip
def test_two_headed_names_joined_by_und_are_two_bodies(text: str, names: set[str]) -> None:
    found = _organisations(text)
    assert names <= found
    assert not any(" und " in label for label in found)


def test_a_name_made_of_two_nouns_joined_by_und_stays_one() -> None:
    assert any(
        "Arbeit und Leben" in label for label in _organisations("Partner ist Arbeit und Leben Kiel e.V.")
    )


# ---------------------------------------------------------------- roles


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return facts_of("Neue Leitung\n\n" + text).roles


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Die Lernwerk gGmbH hat Eva Muster zur Geschäftsführerin berufen.",
         ("Eva Muster", "Geschäftsführerin", "Lernwerk gGmbH")),
        ("Der Vorstand der Stiftung Lernwerk hat Paul Beispiel zum Geschäftsführer ernannt.",
         ("Paul Beispiel", "Geschäftsführer", "Stiftung Lernwerk")),
        ("Die Handwerkskammer Kassel hat Eva Muster einstimmig zur neuen Präsidentin gewählt.",
         ("Eva Muster", "Präsidentin", "Handwerkskammer Kassel")),
        ("Im Mai wählte der Verein Brückenbau Dr. Eva Muster zur Vorsitzenden.",
         ("Eva Muster", "Vorsitzende", "Verein Brückenbau")),
    ],
)  # fmt: skip
def test_the_body_appointing_someone_is_the_role_s_body(text: str, role: tuple[str, str, str]) -> None:
    assert role in _roles(text)


def test_a_government_appointing_a_commissioner_is_not_her_body() -> None:
    roles = _roles("Die Landesregierung Thüringen hat Eva Muster zur Geschäftsführerin ernannt.")
    assert ("Eva Muster", "Geschäftsführerin", None) in roles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Paul Beispiel wurde zum Thüringer Beauftragten für Integration berufen.",
         "Thüringer Beauftragter für Integration"),
        ("Eva Muster wurde zur Thüringer Beauftragten für Integration berufen.", "Thüringer Beauftragte für Integration"),
        ("Zum Berliner Integrationsbeauftragten wurde Paul Beispiel ernannt.", "Berliner Integrationsbeauftragter"),
        ("Die Landesregierung hat Eva Muster zur Thüringer Beauftragten für Integration, Migration und Flüchtlinge "
         "ernannt.", "Thüringer Beauftragte für Integration, Migration und Flüchtlinge"),
    ],
)  # fmt: skip
def test_a_commissioner_s_title_after_zum_stands_in_the_nominative(text: str, title: str) -> None:
    assert any(t == title for _, t, _ in _roles(text))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ein Grußwort der Parlamentarischen Staatssekretärin Eva Muster eröffnete den Abend.",
         ("Eva Muster", "Parlamentarische Staatssekretärin", None)),
        ("Mit dem Parlamentarischen Staatssekretär Paul Beispiel sprachen die Gäste.",
         ("Paul Beispiel", "Parlamentarischer Staatssekretär", None)),
        ("Paul Beispiel wurde zum Parlamentarischen Staatssekretär beim Bundesministerium für Arbeit und Soziales "
         "ernannt.", ("Paul Beispiel", "Parlamentarischer Staatssekretär",
                      "Bundesministerium für Arbeit und Soziales")),
    ],
)  # fmt: skip
def test_a_parliamentary_state_secretary_in_the_nominative(
    text: str, role: tuple[str, str, str | None]
) -> None:
    assert role in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Lernwerk gGmbH lud zum Gespräch. Es sprach Eva Muster, Geschäftsführerin von Paul Schmidt.",
        "Die Stiftung Brückenbau feierte. Danach redete Eva Muster, Inhaberin von Paul Schmidt.",
        "Beim Verein Brückenbau berichtete Eva Muster, Geschäftsführerin von Paul Schmidt, über ihre Erfahrungen.",
    ],
)
def test_a_firm_named_by_a_person_takes_no_earlier_body(text: str) -> None:
    assert all(org is None for person, _, org in _roles(text) if person == "Eva Muster")


def test_the_title_s_own_body_is_kept_after_a_sentence_naming_another() -> None:
    roles = _roles(
        "Die Stiftung Lernwerk lud ein. Es sprach Eva Muster, Geschäftsführerin der Lernwerk gGmbH."
    )
    assert ("Eva Muster", "Geschäftsführerin", "Lernwerk gGmbH") in roles
