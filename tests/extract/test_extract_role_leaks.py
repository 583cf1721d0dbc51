"""Roles and types that leaked to the wrong holder or kind (round 12, second wave): a title opening a sentence in
apposition to a name of that sentence is that name's, not the person's named in the sentence before."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return set(facts_of("Titel\n\n" + text).roles)


def _people_with(roles: set[tuple[str, str, str | None]], title: str) -> set[str]:
    return {person for person, t, _ in roles if t == title}


# ---------------------------------------------------------------- a title belongs to the name of its own sentence


@pytest.mark.parametrize(
    ("text", "title", "holder"),
    [
        (
            "Die Weimarer Bürgermeisterin Jana Probe eröffnete den Abend. Die Präsidentin der Handwerkskammer "
            "Oberfranken, Eva Test, dankte den Betrieben.",
            "Präsidentin",
            "Eva Test",
        ),
        (
            "Zuerst sprach Bürgermeister Paul Kunz über die Pläne. Der Landrat des Landkreises Fulda, "
            "Otto Feld, schloss die Runde.",
            "Landrat",
            "Otto Feld",
        ),
        (
            "Petra Beispiel stellte das Programm vor. Die Leiterin Anna Probe vom Verein Lernwerk e. V. "
            "berichtete danach.",
            "Leiterin",
            "Anna Probe",
        ),
        (
            "Karl Muster begrüßte die Gäste. Der Vorsitzende des Vereins Brückenbau e. V., Dr. Hans Feld, "
            "sprach ein Grußwort.",
            "Vorsitzender",
            "Hans Feld",
        ),
    ],
)
def test_a_sentence_opening_title_with_a_name_in_apposition_is_that_name_s(
    text: str, title: str, holder: str
) -> None:
    assert _people_with(_roles(text), title) == {holder}


def test_a_sentence_opening_title_without_a_name_still_stands_for_the_one_before() -> None:
    roles = _roles(
        "Petra Beispiel eröffnete die Tagung. Die Beraterin arbeitet für den Verein Lernwerk e. V."
    )
    assert ("Petra Beispiel", "Beraterin", "Lernwerk e. V.") in roles


# ---------------------------------------------------------------- a name in commas after a title's unit is a person


@pytest.mark.parametrize(
    ("text", "holder", "unit"),
    [
        (
            "Die Beratungsstelle Arbeit Nordhessen gehört zum Verein Lernwerk e. V. Die Leiterin der "
            "Beratungsstelle, Svenja Feld, zog Bilanz.",
            "Svenja Feld",
            "Beratungsstelle Arbeit Nordhessen",
        ),
        (
            "Der Verein Lernwerk e. V. startet das Projekt Brücke Süd. Der Koordinator des Projekts, "
            "Karl Muster, stellte es vor.",
            "Karl Muster",
            "Brücke Süd",
        ),
        (
            "Das Projekt Lotsenhaus Ost beginnt im Mai. Den Leiter des Projekts, Hans Probe, kennen viele "
            "schon.",
            "Hans Probe",
            "Lotsenhaus Ost",
        ),
    ],
)
def test_a_name_in_commas_after_a_title_s_unit_is_its_holder(text: str, holder: str, unit: str) -> None:
    facts = facts_of("Titel\n\n" + text)
    assert ("Person", holder) in facts.entities
    assert ("Subproject", holder) not in facts.entities
    assert any(person == holder and org == unit for person, _, org in facts.roles)


def test_a_name_in_commas_after_a_project_head_alone_is_still_the_project_s() -> None:
    facts = facts_of("Titel\n\nIm Projekt, Brücke Nord, lernen Frauen Deutsch für den Beruf.")
    assert ("Subproject", "Brücke Nord") in facts.entities


# ---------------------------------------------------------------- a head's post in the unit the sentence before names


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Der Verein Lernwerk e. V. ist Träger der Beratungsstelle Arbeit Nordhessen. Leiterin Svenja Feld "
            "zieht eine erste Bilanz.",
            ("Svenja Feld", "Leiterin", "Beratungsstelle Arbeit Nordhessen"),
        ),
        (
            "Die Stiftung Nordlicht hat das Projekt Brücke Süd gestartet. Koordinatorin Petra Beispiel freut "
            "sich über die Nachfrage.",
            ("Petra Beispiel", "Koordinatorin", "Brücke Süd"),
        ),
        (
            "Unter dem Dach der Stiftung Nordlicht arbeitet seit Mai die Anlaufstelle Pflege Plus. "
            "Projektleiter Karl Muster zieht Bilanz.",
            ("Karl Muster", "Projektleiter", "Anlaufstelle Pflege Plus"),
        ),
    ],
)
def test_a_head_s_post_is_in_the_unit_the_sentence_before_names_with_its_carrier(
    text: str, role: tuple[str, str, str]
) -> None:
    assert role in _roles(text)


def test_a_body_s_own_title_stays_with_the_body_that_carries_the_unit() -> None:
    roles = _roles(
        "Die Stiftung Nordlicht hat das Projekt Brücke Süd gestartet. Geschäftsführerin Petra Beispiel freut sich."
    )
    assert ("Petra Beispiel", "Geschäftsführerin", "Stiftung Nordlicht") in roles


# ---------------------------------------------------------------- "IQ <office head> <Land>" is the network's office


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Die IQ Koordinierungsstelle Bremen lädt zum Fachtag ein.", "IQ Koordinierungsstelle Bremen"),
        ("Zum Fachtag lud die IQ-Koordination Saarland alle Partner ein.", "IQ Koordination Saarland"),
        (
            "Petra Beispiel, Leiterin der IQ Koordinierungsstelle Schleswig-Holstein, eröffnete die Runde.",
            "IQ Koordinierungsstelle Schleswig-Holstein",
        ),
    ],
)
def test_an_iq_office_named_with_its_land_is_a_coordination_office(text: str, office: str) -> None:
    entities = facts_of("Titel\n\n" + text).entities
    assert ("CoordinationOffice", office) in entities
    assert not {label for kind, label in entities if kind == "Subproject"}


def test_an_iq_office_of_a_land_is_part_of_the_network_of_that_land_named() -> None:
    facts = facts_of(
        "Titel\n\nDie IQ Koordination Bremen zieht Bilanz. Sie arbeitet für das IQ Netzwerk Bremen und seine Partner."
    )
    assert ("IQ Koordination Bremen", "partOf", "IQ Netzwerk Bremen") in facts.relations


# ---------------------------------------------------------------- a headline naming the kind of its text


@pytest.mark.parametrize(
    "headline",
    [
        "Pressemitteilung der Stadt Weimar: Neue Anlaufstelle für Zugewanderte",
        "Newsletter des Vereins Brückenbau: Neues Projekt für Pflegekräfte",
        "Meldung der Stiftung Nordlicht: Beratungsstelle zieht um",
        "Rückblick Fachtag Süd: Neues Projekt vorgestellt",
    ],
)
def test_a_headline_opening_with_the_kind_of_its_text_names_no_project(headline: str) -> None:
    facts = facts_of(f"{headline}\n\nDie Beratung beginnt im Mai und ist kostenlos.")
    assert not {label for kind, label in facts.entities if kind == "Subproject"}


def test_a_headline_opening_with_a_name_still_names_the_project() -> None:
    facts = facts_of("Lotsenhaus Ost: Neues Projekt für Pflegekräfte\n\nDie Beratung beginnt im Mai.")
    assert ("Subproject", "Lotsenhaus Ost") in facts.entities


# ---------------------------------------------------------------- a caption listing persons is no photo credit


@pytest.mark.parametrize(
    ("caption", "pairs"),
    [
        (
            "Foto: Petra Beispiel (Stiftung Nordlicht) und Karl Muster (Verein Lernwerk e. V.)",
            {("Petra Beispiel", "Stiftung Nordlicht"), ("Karl Muster", "Lernwerk e. V.")},
        ),
        (
            "Fotos: Jana Probe (Stiftung Nordlicht), Hans Feld (Verein Lernwerk e. V.)",
            {("Jana Probe", "Stiftung Nordlicht"), ("Hans Feld", "Lernwerk e. V.")},
        ),
        (
            "Bild: Eva Test (Verein Lernwerk e. V.) sowie Otto Kunz (Stiftung Nordlicht)",
            {("Eva Test", "Lernwerk e. V."), ("Otto Kunz", "Stiftung Nordlicht")},
        ),
    ],
)
def test_a_caption_listing_persons_with_their_bodies_keeps_them(
    caption: str, pairs: set[tuple[str, str]]
) -> None:
    facts = facts_of(
        f"Titel\n\nDie Stiftung Nordlicht feierte ihr Jubiläum.\n\n{caption}\n\nViele Gäste kamen."
    )
    assert pairs <= {(s, o) for s, p, o in facts.relations if p == "memberOf"}


@pytest.mark.parametrize(
    "credit", ["Foto: Hans Feld (Bildagentur Nord)", "Foto: Jana Test / Agentur Ost", "Fotos: Otto Kunz"]
)
def test_a_photo_credit_still_names_no_person(credit: str) -> None:
    facts = facts_of(
        f"Titel\n\nDie Stiftung Nordlicht feierte ihr Jubiläum.\n\n{credit}\n\nViele Gäste kamen."
    )
    assert not {label for kind, label in facts.entities if kind == "Person"}


# ---------------------------------------------------------------- a feminine plural title names no man after it


@pytest.mark.parametrize(
    ("text", "women", "man"),
    [
        (
            "Die Referentinnen Eva Test und Jana Probe von der Stiftung Nordlicht sowie Karl Muster sprachen.",
            {"Eva Test", "Jana Probe"},
            "Karl Muster",
        ),
        (
            "Es sprachen die Beraterinnen Eva Test, Jana Probe und Hans Feld.",
            {"Eva Test", "Jana Probe"},
            "Hans Feld",
        ),
        (
            "Anschließend stellten die Projektleiterinnen Petra Beispiel und Anna Probe sowie Otto Kunz ihre Arbeit vor.",
            {"Petra Beispiel", "Anna Probe"},
            "Otto Kunz",
        ),
    ],
)
def test_a_feminine_plural_title_lists_no_man_after_the_women(text: str, women: set[str], man: str) -> None:
    roles = _roles(text)
    assert women <= {person for person, _, _ in roles}
    assert man not in {person for person, _, _ in roles}


@pytest.mark.parametrize(
    ("text", "office", "network"),
    [
        (
            "Die Koordinierungsstelle IQ Bremen lädt zum Fachtag ein.",
            "Koordinierungsstelle IQ Bremen",
            "IQ Bremen",
        ),
        (
            "Eva Test, Leiterin der Koordinierungsstelle IQ Saarland, eröffnete die Runde.",
            "Koordinierungsstelle IQ Saarland",
            "IQ Saarland",
        ),
        (
            "Zum Fachtag lud die Koordination IQ Thüringen alle Partner ein.",
            "Koordination IQ Thüringen",
            "IQ Thüringen",
        ),
    ],
)
def test_an_office_head_before_the_network_s_short_name_is_its_coordination_office(
    text: str, office: str, network: str
) -> None:
    facts = facts_of("Titel\n\n" + text)
    assert ("CoordinationOffice", office) in facts.entities
    land = network.removeprefix("IQ ")
    assert any(s == office and p == "partOf" and o.endswith(land) for s, p, o in facts.relations)
