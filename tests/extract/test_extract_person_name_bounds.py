"""Where a person's name ends and what is no person's name (invented sentences, three variants each): the noun of
a verb phrase after a name, a firm named after its owner, a common noun the name list holds as a given name,
family names with an apostrophe, the subject of a verb of moving."""

from __future__ import annotations

import pytest

from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def persons(text: str) -> set[str]:
    return {m.label for m in find_mentions(text, GAZETTEER) if m.type == "Person"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Vorne am Tisch nahmen neben dem Landrat auch Greta Muster Platz.", {"Greta Muster"}),
        ("Beim Festakt nahmen Karl Probe und Ilse Beispiel Abschied.", {"Karl Probe", "Ilse Beispiel"}),
        (
            "Zu den Plänen bezog Jonas Beispiel deutlich Stellung, später bezog Hanna Probe Stellung.",
            {"Hanna Probe"},
        ),
        ("An der Runde nahmen Karl Probe und Ilse Muster Teil.", {"Karl Probe", "Ilse Muster"}),
    ],
)
def test_the_noun_of_a_verb_phrase_after_a_name_is_no_part_of_it(text: str, names: set[str]) -> None:
    assert names <= persons(text)
    assert not any(n.endswith(("Platz", "Abschied", "Stellung", "Teil")) for n in persons(text))


@pytest.mark.parametrize(
    "text",
    [
        "Die Spedition Kaya Logistik aus Bremen bildet zwei Geflüchtete aus.",
        "Auch Demir Bau und Sophie Reinigung beteiligen sich an dem Vorhaben.",
        "Ausgezeichnet wurde die Firma Özdemir Consulting für ihr Engagement.",
        "Projektpartner:\nChance Pflege Süd\n",
    ],
)
def test_a_firm_named_after_its_owner_is_no_person(text: str) -> None:
    assert persons(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Mitmachen:\nChance Zukunft Nord\n",
        "Das Angebot Job Brücke hilft beim Einstieg.",
        "Unterstützt wird Anker Heimat von zwei Vereinen.",
    ],
)
def test_a_common_noun_that_is_also_a_given_name_needs_a_persons_context(text: str) -> None:
    assert persons(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Es sprach Dr. Liam O'Connell von der Universität Kassel.", "Liam O'Connell"),
        ("„Das Angebot wirkt“, sagte Dr. Sean O’Brady.", "Sean O’Brady"),
        ("Lisa D'Amato, Leiterin der Beratungsstelle, begrüßte die Gäste.", "Lisa D'Amato"),
        ("Moderiert wurde der Abend von Fiona McBeispiel.", "Fiona McBeispiel"),
    ],
)
def test_a_family_name_with_an_apostrophe_or_mc_is_read_whole(text: str, name: str) -> None:
    assert name in persons(text)
    assert "Dr" not in persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Im Jahr 2016 kam Amanuel Beispiel nach Deutschland.", "Amanuel Beispiel"),
        ("Vor vier Jahren flüchtete Temesghen Probandt (27) aus Eritrea.", "Temesghen Probandt"),
        ("Olumide Musterfrau floh 2019 aus Nigeria und lebt heute in Kassel.", "Olumide Musterfrau"),
    ],
)
def test_the_subject_of_a_verb_of_moving_with_a_direction_is_a_person(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "Damals zog Zukunft Beruf nach Erfurt um.",
        "Danach kam Neue Arbeit nach Kassel.",
        "Im Frühjahr kam Integration Plus nach Gera.",
    ],
)
def test_a_project_moving_somewhere_is_no_person(text: str) -> None:
    assert persons(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Die Gärtnerei Rose Beispiel sucht Auszubildende.",
        "Ihre Ausbildung macht sie bei der Firma Karl Muster in Kiel.",
        "Der Malerbetrieb Jonas Probe stellt zwei Fachkräfte ein.",
    ],
)
def test_a_name_after_a_noun_of_a_firms_kind_is_the_firms(text: str) -> None:
    assert persons(text) == set()


def test_the_verb_betrieb_before_a_name_is_no_firms_noun() -> None:
    assert "Karl Muster" in persons("Seit 2010 betrieb Karl Muster eine Bäckerei in Gera.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zu Wort kamen Anna Probe und Nguyen Van Beispiel.", "Nguyen Van Beispiel"),
        ("Das Projekt stellte Tran Thi Probe vor.", "Tran Thi Probe"),
        ("Pham Thi Muster, Beraterin im Projekt, begrüßte die Gäste.", "Pham Thi Muster"),
    ],
)
def test_a_vietnamese_name_with_its_middle_name_is_read_whole(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Den Vortrag hielt Karl Muster Ende Mai in Kassel.", "Karl Muster"),
        ("Erfolg hatte Greta Probe Anfang 2023 mit ihrer Bewerbung.", "Greta Probe"),
        ("Die Ergebnisse stellte Jonas Beispiel Mitte Juni vor.", "Jonas Beispiel"),
    ],
)
def test_a_time_noun_after_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert name in persons(text)
    assert not any(p.endswith(("Ende", "Anfang", "Mitte")) for p in persons(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dafür bekam Ayşe Probe viel Applaus.", "Ayşe Probe"),
        ("Dafür bekam Ayşe Probe Applaus.", "Ayşe Probe"),
        ("Für ihr Engagement erhielt Greta Beispiel Anerkennung.", "Greta Beispiel"),
    ],
)
def test_the_object_of_bekam_or_erhielt_after_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert name in persons(text)
    assert not any(p.endswith(("Applaus", "Anerkennung")) for p in persons(text))


@pytest.mark.parametrize(
    "text",
    [
        "„Wir sind stolz“, sagte Dr. Ö. Beispiel.",
        "„Ein guter Tag“, so Prof. Dr. Maria-Luisa Gómez Probe heute.",
        "„Weiter so“, sagte Prof. Ö. Muster.",
    ],
)
def test_an_academic_title_is_never_a_family_name(text: str) -> None:
    assert not persons(text) & {"Dr", "Prof"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Schließlich fand Amanuel Beispiel Arbeit als Elektriker.", "Amanuel Beispiel"),
        ("Auch Merhawi Probe hat den Kurs bestanden.", "Merhawi Probe"),
        ("Tigist Muster macht eine Ausbildung zur Pflegerin.", "Tigist Muster"),
    ],
)
def test_eritrean_given_names_are_known(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Als Referentin war Prof. Dr. Maria-Luisa Gómez Probe eingeladen.", "Maria-Luisa Gómez Probe"),
        (
            "Den Auftakt gestaltete Dr. Lucia Ferreira Beispiel gemeinsam mit dem Team.",
            "Lucia Ferreira Beispiel",
        ),
        ("Eingeladen hatte Prof. Ana Pereira Muster zahlreiche Gäste.", "Ana Pereira Muster"),
    ],
)
def test_a_title_vouches_for_a_double_family_name_wherever_it_ends(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "Viel Lob gab es von den Gästen.",
        "Wenig Zeit blieb für Fragen.",
        "Viel Applaus bekam das Team.",
    ],
)
def test_viel_or_wenig_opens_a_phrase_no_name(text: str) -> None:
    assert persons(text) == set()
