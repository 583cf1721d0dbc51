"""Persons and their roles where German grammar says a phrase is no person's name or a name runs on, on invented
sentences (three or more variants a construction): an adjective and a plural noun before a plural verb, a
journalist asking in an interview, four-word names and nobility titles inside a name, a family name alone after a
title that is also a given name."""

from __future__ import annotations

import pytest

from conftest import facts_of


def persons(text: str) -> set[str]:
    return {label for kind, label in facts_of("Meldung\n\n" + text).entities if kind == "Person"}


# ---------------------------------------------------------------- an adjective and a plural noun before the verb


@pytest.mark.parametrize(
    ("text", "phrase", "named"),
    [
        (
            "Beim Fachtag in Musterstadt: Fachliche Impulse gaben Eva Muster und Karl Probe.",
            "Fachliche Impulse",
            {"Eva Muster", "Karl Probe"},
        ),
        (
            "Wertvolle Hinweise gaben Petra Beispiel und Amanuel Tesfay.",
            "Wertvolle Hinweise",
            {"Petra Beispiel", "Amanuel Tesfay"},
        ),
        (
            "Beim Empfang in Beispielstadt sprachen viele. Kurze Grußworte sprachen Greta Beispiel und Jonas Lernmann.",
            "Kurze Grußworte",
            {"Greta Beispiel", "Jonas Lernmann"},
        ),
        (
            "Praktische Beispiele stellten Lena Muster und Tom Probe vor.",
            "Praktische Beispiele",
            {"Lena Muster", "Tom Probe"},
        ),
    ],
)
def test_an_adjective_and_a_plural_noun_before_the_verb_are_no_person(
    text: str, phrase: str, named: set[str]
) -> None:
    found = persons(text)
    assert phrase not in found
    assert named <= found


def test_the_last_of_coordinated_names_before_a_plural_verb_stays_a_person() -> None:
    found = persons("Beim Fachtag in Musterstadt: Obiageli Nwosu und Chinwe Obiene gaben einen Überblick.")
    assert "Chinwe Obiene" in found


# ---------------------------------------------------------------- two given names and a double family name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Die Beratung übernimmt Ana Lucia Ferreira Santos vom Verein Lernwerk e. V.",
            "Ana Lucia Ferreira Santos",
        ),
        (
            "Ana Lucia Ferreira Santos, Leiterin der Beratungsstelle, begrüßte die Gäste.",
            "Ana Lucia Ferreira Santos",
        ),
        (
            "Zur Eröffnung sprach Maria José Gómez Beispiel. Danach folgte ein Vortrag.",
            "Maria José Gómez Beispiel",
        ),
        ("Es berichtete Juan Carlos Pérez Muster aus Musterstadt.", "Juan Carlos Pérez Muster"),
    ],
)
def test_two_given_names_and_a_double_family_name_are_one_name(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Am Abend begrüßte Anna Maria Muster Gäste.", "Anna Maria Muster"),
        ("Danach zeigte Eva Maria Probe Fotos.", "Eva Maria Probe"),
        ("Im Saal stellte Lisa Marie Beispiel Ergebnisse vor.", "Lisa Marie Beispiel"),
    ],
)
def test_a_verb_s_object_after_two_given_names_and_a_family_name_is_no_part_of_it(
    text: str, name: str
) -> None:
    assert persons(text) == {name}


# ---------------------------------------------------------------- a title of nobility inside a family name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Zur Eröffnung sprach Wolf-Dieter Graf von Hohenstein, Präsident der Handwerkskammer Musterstadt.",
            "Wolf-Dieter Graf von Hohenstein",
        ),
        ("Auch Karl Freiherr von Probe war beim Empfang.", "Karl Freiherr von Probe"),
        ("Marie Freifrau von Musterhausen sprach ein Grußwort.", "Marie Freifrau von Musterhausen"),
        ("Das Grußwort hielt Helene Gräfin zu Beispielburg.", "Helene Gräfin zu Beispielburg"),
    ],
)
def test_a_title_of_nobility_and_its_particle_belong_to_the_family_name(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_family_name_graf_before_a_body_s_von_stays_a_two_word_name() -> None:
    found = persons("Karl Graf von der Stiftung Lernwerk sprach über das Projekt.")
    assert "Karl Graf" in found


# ---------------------------------------------------------------- a public office's title and a family name alone


def roles(text: str) -> set[tuple[str, str, str | None]]:
    return facts_of("Meldung\n\n" + text).roles


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Zur Eröffnung sprach Ministerin Tanner. Sie lobte das Projekt.", "Tanner", "Ministerin"),
        ("Staatssekretär Werner betonte die Bedeutung der Beratung.", "Werner", "Staatssekretär"),
        ("Die Begrüßung übernahm Bürgermeister Otto am Vormittag.", "Otto", "Bürgermeister"),
        ("Den Dank sprach Senatorin Lorenz aus.", "Lorenz", "Senatorin"),
    ],
)
def test_a_given_name_alone_after_a_public_office_s_title_is_a_family_name(
    text: str, name: str, title: str
) -> None:
    assert name in persons(text)
    assert (name, title, None) in roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Es sprach Referentin Maria aus dem Projekt.",
        "Leiterin Anna erklärte die Beratung.",
        "Die Koordinatorin Sabine erklärte das Angebot.",
    ],
)
def test_a_given_name_alone_after_a_post_is_no_family_name(text: str) -> None:
    assert persons(text) == set()


def test_a_given_name_a_person_of_the_release_has_stays_no_family_name() -> None:
    found = persons("Staatssekretär Tanner Muster kam. Später sprach Ministerin Tanner.")
    assert "Tanner" not in found
    assert "Tanner Muster" in found


# ---------------------------------------------------------------- a journalist asking in an interview


@pytest.mark.parametrize(
    ("text", "journalist"),
    [
        (
            "Redakteur Karl Muster hat nachgefragt. Petra Beispiel erklärt die Arbeit der Beratungsstelle.",
            "Karl Muster",
        ),
        ("„Wie läuft die Beratung?“, fragte Reporterin Anna Probe.", "Anna Probe"),
        (
            "Im Gespräch mit Redakteurin Lisa Lernmann erläutert Ministerin Karin Beispiel die Pläne.",
            "Lisa Lernmann",
        ),
        ("Journalistin Greta Beispiel wollte wissen, wie die Beratung läuft.", "Greta Beispiel"),
    ],
)
def test_a_journalist_asking_in_an_interview_holds_no_role(text: str, journalist: str) -> None:
    assert not {r for r in roles(text) if r[0] == journalist}


def test_the_interviewed_minister_keeps_her_role() -> None:
    found = roles("Im Gespräch mit Redakteurin Lisa Lernmann erläutert Ministerin Karin Beispiel die Pläne.")
    assert ("Karin Beispiel", "Ministerin", None) in found


@pytest.mark.parametrize(
    "text",
    [
        "Die Podiumsdiskussion beim Fachtag moderierte die Journalistin Greta Beispiel.",
        "Journalistin Greta Beispiel moderierte das Gespräch mit den Gästen.",
        "Durch den Abend führte Moderatorin und Journalistin Greta Beispiel, die auch Fragen stellte und moderierte.",
    ],
)
def test_a_journalist_moderating_keeps_her_role(text: str) -> None:
    assert any(r[0] == "Greta Beispiel" and "Journalistin" in r[1] for r in roles(text))


# ---------------------------------------------------------------- a verb's object after the last of listed names


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Beim Fachtag in Musterstadt hielten Eva Muster und Karl Probe Vorträge.",
            {"Eva Muster", "Karl Probe"},
        ),
        (
            "Am Nachmittag präsentierten Petra Beispiel, Lena Muster und Jonas Probe Ergebnisse aus der Beratung.",
            {"Petra Beispiel", "Lena Muster", "Jonas Probe"},
        ),
        (
            "Danach zeigten Greta Lernmann und Ole Beispiel Fotos aus dem Projekt.",
            {"Greta Lernmann", "Ole Beispiel"},
        ),
    ],
)
def test_a_verb_s_object_after_the_last_of_listed_names_is_no_part_of_it(text: str, named: set[str]) -> None:
    assert persons(text) == named


def test_a_double_family_name_closing_a_list_after_a_verb_of_speaking_stays() -> None:
    assert "Lucia Ferreira Santos" in persons("Beim Fachtag sprachen Anna Probe und Lucia Ferreira Santos.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dort trafen sich Anna Maria Muster und Karl Probe in Musterstadt.", "Anna Maria Muster"),
        ("Am Abend begrüßten Eva Maria Probe und Jonas Muster die Gäste.", "Eva Maria Probe"),
        ("Danach zogen Lisa Marie Beispiel, Tom Probe und Ole Muster Bilanz.", "Lisa Marie Beispiel"),
    ],
)
def test_two_given_names_and_a_family_name_before_a_listed_name_stay_whole(text: str, name: str) -> None:
    assert name in persons(text)
