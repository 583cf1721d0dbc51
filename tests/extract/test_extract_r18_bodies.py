"""Public bodies and organisations, round 18 (a construction inventory of body names; invented sentences): a Land's
commissioner named by the Land's adjective in any clause position ("bei dem der Sächsische Ausländerbeauftragte
sprach"), the member unions by the names they write themselves ("die IG Metall", "ver.di"), a genitive of a bare
territory noun that names no body ("die Jobcenter der Region"), and a press desk before its body in a contact line
("Öffentlichkeitsarbeit Lernwerk Nord e. V."); with the near shapes that give no such body."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _bodies(text: str) -> set[tuple[str, str]]:
    return {
        (t, label)
        for t, label in facts_of("Neues aus Gera\n\n" + text).entities
        if t in ("Agency", "Organisation")
    }


# ---------------------------------------------------------------- a Land's commissioner by its adjective


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Beim Empfang, bei dem der Sächsische Ausländerbeauftragte sprach, wurde gefeiert.",
         "Sächsischer Ausländerbeauftragter"),
        ("Zu Gast war gestern die Berliner Integrationsbeauftragte, die von ihrer Arbeit erzählte.",
         "Berliner Integrationsbeauftragte"),
        ("Die Rede des Hessischen Landesbeauftragten für Migration und Teilhabe fand Beifall.",
         "Hessischer Landesbeauftragter für Migration und Teilhabe"),
        ("Eingeladen hatte die Thüringer Integrationsbeauftragte alle Träger der Region.",
         "Thüringer Integrationsbeauftragte"),
    ],
)  # fmt: skip
def test_a_land_s_commissioner_by_its_adjective_is_an_office(text: str, body: str) -> None:
    assert ("Agency", body) in _bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        # a person's name after it: the words are her title
        "Dort sprach die Thüringer Integrationsbeauftragte Petra Beispiel über die Lage.",
        # a plural names no one office, also opening the sentence
        "Im Herbst tagen wieder alle Sächsischen Ausländerbeauftragten in Gera.",
        "Die Sächsischen Ausländerbeauftragten tagen im Herbst in Gera.",
        "Die Integrationsbeauftragten der Landesregierung für Migration trafen sich.",
        # the bare noun after the adjective says not what for
        "Im Saal wartete der Berliner Beauftragte auf die Gäste.",
    ],
)
def test_no_office_from_a_title_a_plural_or_a_bare_commissioner(text: str) -> None:
    assert not any(t == "Agency" and "eauftragte" in label for t, label in _bodies(text))


# ---------------------------------------------------------------- unions by their own names


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Die IG Metall begrüßt das neue Angebot für Zugewanderte.", "IG Metall"),
        ("Unterstützt wird der Aufruf von ver.di und den Kirchen.", "ver.di"),
        ("Auch die IG BCE hat ihre Mitglieder informiert.", "IG BCE"),
        ("Ein Vertreter der NGG lobte die Betriebe.", "Gewerkschaft Nahrung-Genuss-Gaststätten"),
    ],
)
def test_a_union_by_its_own_name_is_an_organisation(text: str, body: str) -> None:
    assert ("Organisation", body) in _bodies(text)


def test_a_compound_with_a_union_s_word_names_no_union() -> None:
    assert not _bodies("Viele Beschäftigte der Metallindustrie und Verdienste im Handel wurden verglichen.")


# ---------------------------------------------------------------- a genitive of a bare territory noun


@pytest.mark.parametrize(
    "text",
    [
        "Die Jobcenter der Region beteiligen sich an der Messe.",
        "Mit der Volkshochschule der Stadt wurden Kurse geplant.",
        "Die Agentur für Arbeit der Region berät die Betriebe.",
    ],
)
def test_a_body_of_an_unnamed_territory_is_no_name(text: str) -> None:
    assert not any("Region" in label or "der Stadt" in label for _, label in _bodies(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Das Jobcenter der Region Hannover beteiligt sich.", "Jobcenter der Region Hannover"),
        ("Die Ausländerbehörde der Stadt Kiel berät mit.", "Ausländerbehörde der Stadt Kiel"),
    ],
)
def test_a_body_of_a_named_territory_keeps_its_genitive(text: str, body: str) -> None:
    assert ("Agency", body) in _bodies(text)


# ---------------------------------------------------------------- a press desk before its body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Pressekontakt: Öffentlichkeitsarbeit Lernwerk Nord e. V., Telefon 0123 4567",
         "Lernwerk Nord e. V."),
        ("Kontakt: Presse- und Öffentlichkeitsarbeit Caritasverband Gera e. V.", "Caritasverband Gera e. V."),
        ("Fragen beantwortet die Pressestelle Werkhaus Ost gGmbH.", "Werkhaus Ost gGmbH"),
    ],
)  # fmt: skip
def test_a_press_desk_is_no_part_of_its_body_s_name(text: str, body: str) -> None:
    assert ("Organisation", body) in _bodies(text)


def test_a_body_for_public_relations_keeps_the_word() -> None:
    text = "Der Verein für Öffentlichkeitsarbeit e. V. lädt ein."
    assert ("Organisation", "Verein für Öffentlichkeitsarbeit e. V.") in _bodies(text)


# ---------------------------------------------------------------- a municipality's office with its topic after "für"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Das Büro für Integration Würzburg lädt zum Gespräch.", "Büro für Integration Würzburg"),
        ("Im Büro für Migration und Teilhabe des Landkreises Greiz wurde beraten.",
         "Büro für Migration und Teilhabe des Landkreises Greiz"),
        ("Mitarbeiterinnen des Büros für Integration Gera halfen beim Antrag.", "Büro für Integration Gera"),
        ("Eingeladen hat das Büro für Zuwanderung der Stadt Kiel.", "Büro für Zuwanderung der Stadt Kiel"),
    ],
)  # fmt: skip
def test_a_topic_s_bureau_of_a_town_is_the_town_s_office(text: str, body: str) -> None:
    assert ("Agency", body) in _bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt will ein Büro für Integration eröffnen; das Büro für Integration wird bald gebaut.",
        "Ein Büro für Integration Geflüchteter gibt es dort noch nicht.",
    ],
)
def test_a_topic_s_bureau_without_a_town_names_no_office(text: str) -> None:
    assert not any(label.startswith("Büro") for _, label in _bodies(text))


# ---------------------------------------------------------------- a firm named after a business role and "von"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Beim Treffen sprach auch Karl Muster, Geschäftsführer von Holzbau Gera & Partner, über Azubis.",
         "Holzbau Gera & Partner"),
        ("Petra Beispiel, Inhaberin von Café Morgenrot in Jena, stellte zwei Geflüchtete ein.", "Café Morgenrot"),
        ("Es berichtete Anna Beispiel, die Gründerin von Blumen Schmidt.", "Blumen Schmidt"),
        ("Außerdem kam Jan Muster, Geschäftsführer vom Großmarkt Cash & Carry Erfurt; er warb um Fachkräfte.",
         "Großmarkt Cash & Carry Erfurt"),
    ],
)  # fmt: skip
def test_a_firm_is_named_after_a_business_role_and_von(text: str, body: str) -> None:
    assert ("Organisation", body) in _bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "Karl Muster ist Geschäftsführer von Beruf und lebt in Gera.",
        "Er ist Berater und Gründer von Unternehmen.",
        "Jan Muster, Gründer von Jena, wurde geehrt.",
        "Eva Muster, Geschäftsführerin von Paul Schmidt, sprach.",
    ],
)
def test_a_set_phrase_a_plural_a_place_or_a_person_after_von_is_no_firm(text: str) -> None:
    assert not any(t == "Organisation" for t, _ in _bodies(text))


def test_the_holder_s_name_after_the_firm_is_no_part_of_it() -> None:
    text = (
        "Zu Gast waren Azubis und der Geschäftsführer von Gera Bau Gera Andreas Muster, der Leiterin zuhörte."
    )
    assert ("Organisation", "Gera Bau Gera") in _bodies(text)


# ---------------------------------------------------------------- a nationwide body's bare name after a regional one


@pytest.mark.parametrize(
    "text",
    [
        "Der Caritasverband für das Bistum Erfurt e. V. berät. Der Caritasverband hat zudem ein Büro in Gera.",
        "Beim Caritasverband Gera gibt es Kurse; beim Caritasverband auch Sprechstunden.",
        "Träger ist der Caritasverband für den Landkreis Greiz. Den Caritasverband unterstützt die Stadt.",
    ],
)
def test_the_bare_name_after_a_regional_unit_is_that_unit(text: str) -> None:
    assert ("Organisation", "Caritasverband") not in _bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Caritasverband hilft. Später berät auch der Caritasverband Gera.",
        "Der Caritasverband für das Bistum Erfurt und der Caritasverband Gera beraten. Der Caritasverband hilft.",
    ],
)
def test_the_bare_name_before_or_after_two_units_is_the_nationwide_body(text: str) -> None:
    assert ("Organisation", "Caritasverband") in _bodies(text)


# ---------------------------------------------------------------- a local labour agency by the other head


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Die Agentur für Arbeit Gera berät. Auch die Arbeitsagentur Gera hilft.", "Agentur für Arbeit Gera"),
        ("Die Arbeitsagentur Jena lädt ein; bei der Agentur für Arbeit Jena gibt es Termine.",
         "Arbeitsagentur Jena"),
        ("Mit der Agentur für Arbeit Erfurt wurde geplant. Die Arbeitsagentur Erfurt zahlt.",
         "Agentur für Arbeit Erfurt"),
    ],
)  # fmt: skip
def test_the_other_head_with_the_same_town_is_the_office_named_before(text: str, body: str) -> None:
    agencies = {label for t, label in _bodies(text) if t == "Agency"}
    assert agencies == {body}


def test_the_other_head_with_another_town_is_another_office() -> None:
    text = "Die Arbeitsagentur Gera berät. Die Agentur für Arbeit Jena hilft."
    assert {label for t, label in _bodies(text) if t == "Agency"} == {
        "Arbeitsagentur Gera",
        "Agentur für Arbeit Jena",
    }


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Auch die Inhaberin von Blumen Schmidt Petra Beispiel war gekommen.", "Blumen Schmidt"),
        ("Der Geschäftsführer von Holzbau Gera Karl Muster stellte drei Azubis ein.", "Holzbau Gera"),
        ("Begrüßt hat sie der Gründer von Lernpunkt Nord Jan Beispiel persönlich.", "Lernpunkt Nord"),
    ],
)
def test_the_holder_s_name_may_close_the_firm_s_name_in_a_running_clause(text: str, body: str) -> None:
    assert ("Organisation", body) in _bodies(text)


def test_no_holder_no_firm_in_a_running_clause() -> None:
    assert not any(
        t == "Organisation" for t, _ in _bodies("Der Gründer von Gera Neue Medien betonte die Chancen.")
    )
