"""Project names without a project word before them (names/projects/bare_names.py): a capitalised adjective
inside a sentence, a word with a capital inside, an English word or a version mark a run of capitalised words
as a name; the name is a project's as the subject of a service verb or after "bei", "von" or "mit der/dem"."""

from __future__ import annotations

import pytest

from conftest import facts_of
from iqgraph.extract.names.projects.bare_names import find_bare_project_names

NETWORK_RELEASE = "Titel\n\nDas IQ Netzwerk Hessen stellt sich vor. {}"


def subprojects(sentence: str) -> set[str]:
    return {
        label for kind, label in facts_of(NETWORK_RELEASE.format(sentence)).entities if kind == "Subproject"
    }


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Die Faire Integration berät Geflüchtete in Fragen des Arbeitsrechts.", "Faire Integration"),
        ("Die Nachhaltige Teilhabe unterstützt seit Mai zugewanderte Pflegekräfte.", "Nachhaltige Teilhabe"),
        (
            "Petra Beispiel ist Beraterin bei Mobile Beratung Anerkennung in Gießen.",
            "Mobile Beratung Anerkennung",
        ),
        ("Karl Muster, Projektleiter bei der Fairen Integration, sprach zuerst.", "Faire Integration"),
        (
            "Der Verein Beispielhilfe e.V. ist Träger der Digitalen Lernbegleitung in Kassel.",
            "Digitale Lernbegleitung",
        ),
        (
            "Als Träger von Berufliche Orientierung Kassel wirkt der Verein Beispielhilfe e.V.",
            "Berufliche Orientierung Kassel",
        ),
        (
            "Seit Jahren arbeitet Ole Muster beim Mobilen Lotsendienst Kassel mit.",
            "Mobiler Lotsendienst Kassel",
        ),
        ("Das Soziale Coaching berät junge Zugewanderte in Kassel.", "Soziales Coaching"),
    ],
)
def test_a_capitalised_adjective_inside_a_sentence_opens_a_projects_name(sentence: str, name: str) -> None:
    assert name in subprojects(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("BrückenBau Coaching unterstützt Unternehmen bei der Einstellung.", "BrückenBau Coaching"),
        ("Welcome Lotsen Marburg begleitet zugewanderte Fachkräfte.", "Welcome Lotsen Marburg"),
        ("Anna Probe ist Ansprechpartnerin bei Brücken Bauen Plus in Fulda.", "Brücken Bauen Plus"),
        ("Gelungen ist das mit der WegWeiser Kampagne des Vereins.", "WegWeiser Kampagne"),
    ],
)
def test_a_styled_word_an_english_word_or_a_version_mark_a_name(sentence: str, name: str) -> None:
    assert name in subprojects(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Netzwerk bietet den Jugendlichen Orientierung und den Migranten Beratung.",
        "Die Berater helfen den Menschen Arbeit zu finden.",
        "Das Netzwerk arbeitet mit der Europäischen Union und dem Deutschen Roten Kreuz zusammen.",
        "Im Rahmen der Interkulturellen Woche stellte sich das Netzwerk vor.",
        "Gefördert wird das Vorhaben vom Europäischen Sozialfonds.",
        "Die Beratung gelang mit dem Motto GoFuture besonders gut.",
        "Sie arbeiten mit PowerPoint Folien und kurzen Filmen.",
        "Berufliche Orientierung gibt es bei vielen Trägern.",
        "Die Soziale Arbeit unterstützt Zugewanderte.",
        "Bei der Sozialen Arbeit in Kassel fehlen Fachkräfte.",
        "Seit Jahren hilft die Künstliche Intelligenz kleinen Betrieben.",
    ],
)
def test_common_nouns_bodies_events_and_funds_are_no_bare_project_names(sentence: str) -> None:
    assert subprojects(sentence) == set()


def test_a_release_about_no_programme_network_or_project_names_none() -> None:
    text = "Titel\n\nPetra Beispiel ist Beraterin bei Mobile Beratung Anerkennung in Gießen."
    assert not any(kind == "Subproject" for kind, _ in facts_of(text).entities)


def test_the_bare_name_carries_the_relations_of_its_sentence() -> None:
    f = facts_of(NETWORK_RELEASE.format("Der Verein Beispielhilfe e.V. ist Träger von Faire Arbeit Plus."))
    assert ("Faire Arbeit Plus", "hostedBy", "Beispielhilfe e.V.") in f.relations


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Seit Mai berät die Faire Integration Geflüchtete in Kassel.", "Faire Integration"),
        (
            "In Fulda begleitet Berufliche Orientierung Plus junge Zugewanderte.",
            "Berufliche Orientierung Plus",
        ),
        ("Seit 2021 unterstützt das Mobile Coaching Kassel kleine Betriebe.", "Mobiles Coaching Kassel"),
    ],
)
def test_the_subject_after_the_verb_ends_before_its_object(sentence: str, name: str) -> None:
    assert name in subprojects(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Der Verein Beispielhilfe e.V. ist Träger des Mobilen Coachings Kassel.", "Mobiles Coaching Kassel"),
        (
            "Anna Probe ist Ansprechpartnerin für Berufliche Orientierung Plus.",
            "Berufliche Orientierung Plus",
        ),
        ("Ole Muster, Koordinator der Fairen Integration, lud ein.", "Faire Integration"),
    ],
)
def test_a_carriers_or_staff_titles_genitive_or_fuer_names_the_unit(sentence: str, name: str) -> None:
    assert name in subprojects(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Das Projekt Arrivo berät Geflüchtete in Kassel.", "Arrivo"),
        ("Im Teilprojekt Brückenschlag werden Zugewanderte beraten.", "Brückenschlag"),
        ("Das IQ-Projekt Ankerplatz wird vom Verein Beispielhilfe e.V. getragen.", "Ankerplatz"),
    ],
)
def test_a_single_word_after_a_project_head_before_the_finite_verb_is_its_name(
    sentence: str, name: str
) -> None:
    assert name in subprojects(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt Integration wird vom Land getragen.",
        "Das Projekt Ende März ist abgeschlossen.",
        "Im Projekt Kassel arbeiten zwölf Beraterinnen.",
        "Petra Beispiel übergab dem Projekt Geräte und Bücher.",
    ],
)
def test_common_nouns_times_and_places_after_a_project_head_are_no_single_names(sentence: str) -> None:
    assert subprojects(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Petra Beispiel leitet das Projekt Arrivo seit 2019. Arrivo berät Geflüchtete.", "Arrivo"),
        ("Ole Muster stellte das Teilprojekt Lotsenhafen vor. Rat gibt es bei Lotsenhafen.", "Lotsenhafen"),
        ("Zum Projekt Wegbereiter kamen neue Partner. Wegbereiter unterstützt Betriebe.", "Wegbereiter"),
    ],
)
def test_a_single_word_after_a_head_the_text_uses_again_as_a_name_is_one(sentence: str, name: str) -> None:
    assert name in subprojects(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wir wollen dem Projekt Zeit geben. Die Zeit drängt.",
        "Wir wollen dem Projekt Zeit geben. Zeit ist knapp.",
        "Sie gaben dem Projekt Rückenwind. Der Rückenwind hilft.",
    ],
)
def test_a_single_word_after_a_head_used_with_an_article_or_not_as_a_name_is_none(sentence: str) -> None:
    assert subprojects(sentence) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt hilft. Beraten wird bei der Mobilen  Beratung Anerkennung in Kassel.",
        "Das Projekt hilft. Die Mobile   Jobbrücke berät Geflüchtete in Gießen.",
        "Das Projekt hilft. Termine gibt es bei der Mobilen Beratung  Anerkennung in Fulda.",
    ],
)
def test_a_name_written_with_more_than_one_space_is_covered_to_its_last_word(text: str) -> None:
    found = find_bare_project_names(text)
    assert found
    for mention in found:
        assert text[mention.end - 1].isalpha() and not text[mention.end].isalpha()
        assert " ".join(text[mention.start : mention.end].split()).endswith(mention.label.split()[-1])
