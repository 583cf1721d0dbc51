"""Names and roles, round 17 (constructions of news articles, profiles and chambers' releases that the rules missed;
invented sentences): a plural role of an IQ unit before a colon list whose brackets name each holder's employer, a
body's group named before "darunter", bodies named after a person with the name after the head, historic regions
after a chamber's head or a preposition, networks outside IQ by topic and region or by the bodies they gather, and
the near shapes that give none of these."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _facts(text: str):  # type: ignore[no-untyped-def]
    return facts_of("Neues aus Gera\n\n" + text)


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return _facts(text).roles


def _members(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in _facts(text).relations if p == "memberOf"}


def _entities(text: str) -> set[tuple[str, str]]:
    return _facts(text).entities


# ---------------------------------------------------------------- a unit's plural role before a colon list


@pytest.mark.parametrize(
    ("text", "office", "title", "people"),
    [
        ("Am 12. März 2024 lud das IQ Netzwerk Thüringen nach Gera ein. Die Leitungen der Koordinierungsstelle "
         "begrüßten: Anna Weber (Lernwerk gGmbH und Caritasverband Gera e. V.) sowie Jonas Richter (Handwerkskammer "
         "Ostthüringen).",
         "Koordinierungsstelle des IQ Netzwerks Thüringen", "Leitung",
         {"Anna Weber": {"Lernwerk gGmbH", "Caritasverband Gera e. V."}, "Jonas Richter": {"Handwerkskammer Ostthüringen"}}),
        ("Das IQ Netzwerk Thüringen traf sich in Gera. Die beiden Leiterinnen der Koordinierungsstelle: Maria Schulz "
         "(Diakonie Gera) und Petra König (Handwerkskammer Ostthüringen) eröffneten das Treffen.",
         "Koordinierungsstelle des IQ Netzwerks Thüringen", "Leiterin",
         {"Maria Schulz": {"Diakonie Gera"}, "Petra König": {"Handwerkskammer Ostthüringen"}}),
        ("Die Leitung des IQ Netzwerks Thüringen: Sabine Krüger (Lernwerk gGmbH) und Thomas Vogel (Arbeit und Leben "
         "Thüringen e. V.).",
         "IQ Netzwerk Thüringen", "Leitung",
         {"Sabine Krüger": {"Lernwerk gGmbH"}, "Thomas Vogel": {"Arbeit und Leben Thüringen e. V."}}),
    ],
)  # fmt: skip
def test_a_unit_s_plural_role_goes_to_the_unit_and_the_brackets_name_employers(
    text: str, office: str, title: str, people: dict[str, set[str]]
) -> None:
    facts = _facts(text)
    for person, bodies in people.items():
        assert (person, title, office) in facts.roles
        assert {(person, b) for b in bodies} <= {(s, o) for s, p, o in facts.relations if p == "memberOf"}
        assert not any(r[0] == person and r[2] in bodies for r in facts.roles)


def test_the_networks_heads_named_by_their_networks_in_brackets_keep_them() -> None:
    """ "der jeweiligen Netzwerke": no one unit named, so each bracket names the network led."""
    roles = _roles(
        "Begrüßt wurden die Gäste von den Leitungen der jeweiligen Netzwerke: Karl Muster (IQ Netzwerk Thüringen) "
        "und Eva Probe (IQ Netzwerk Sachsen)."
    )
    assert ("Karl Muster", "Leitung", "IQ Netzwerk Thüringen") in roles
    assert ("Eva Probe", "Leitung", "IQ Netzwerk Sachsen") in roles


def test_one_body_in_brackets_is_not_read_as_several() -> None:
    members = _members("Zu Gast waren Karl Muster (Lernwerk gGmbH) und Eva Probe, die Lehrerin aus Gera.")
    assert ("Karl Muster", "Lernwerk gGmbH") in members
    assert ("Eva Probe", "Lernwerk gGmbH") not in members


# ---------------------------------------------------------------- a body's group before "darunter"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Vertreter der Handwerkskammer Ostthüringen besuchten am 3. Mai 2022 das IQ Netzwerk Thüringen, darunter "
         "Hauptgeschäftsführer Klaus Mertens.",
         ("Klaus Mertens", "Hauptgeschäftsführer", "Handwerkskammer Ostthüringen")),
        ("Zum Treffen kamen Vertreterinnen und Vertreter der Handelskammer Bremen, unter ihnen Präsident Jan Kühl.",
         ("Jan Kühl", "Präsident", "Handelskammer Bremen")),
        ("Eine Delegation der Lernwerk gGmbH war in Gera, darunter Geschäftsführer Karl Muster und Abteilungsleiterin "
         "Eva Brandt.",
         ("Eva Brandt", "Abteilungsleiterin", "Lernwerk gGmbH")),
    ],
)  # fmt: skip
def test_a_title_after_darunter_is_held_at_the_group_s_body(text: str, role: tuple[str, str, str]) -> None:
    assert role in _roles(text)


def test_names_after_darunter_are_members_of_the_group_s_body() -> None:
    members = _members(
        "Mitarbeitende der Lernwerk gGmbH nahmen am Fachtag teil, darunter Klaus Mertens und Dr. Eva Brandt."
    )
    assert {("Klaus Mertens", "Lernwerk gGmbH"), ("Eva Brandt", "Lernwerk gGmbH")} <= members


def test_darunter_without_a_group_of_the_body_names_no_member() -> None:
    text = "Die Gäste besuchten die Lernwerk gGmbH, darunter Klaus Mertens."
    assert ("Klaus Mertens", "Lernwerk gGmbH") not in _members(text)


# ---------------------------------------------------------------- a body named after a person, the name after its head


@pytest.mark.parametrize(
    ("text", "body", "not_a_person"),
    [
        ("Tobias Graf, Pflegedienstleiter beim Klinikum Ernst von Bergmann, sprach auf der Fachtagung.",
         "Klinikum Ernst von Bergmann", "Ernst von Bergmann"),
        ("Die Fachtagung wurde von der Stiftung Johannes Rau und dem Lernwerk e. V. unterstützt.",
         "Stiftung Johannes Rau", "Johannes Rau"),
        ("Die Kooperation mit dem Klinikum Carl Gustav Carus Dresden läuft seit 2020.",
         "Klinikum Carl Gustav Carus Dresden", "Carl Gustav Carus"),
        ("Ayla Demir arbeitet im Krankenhaus Paul Gerhardt in Wittenberg.",
         "Krankenhaus Paul Gerhardt", "Paul Gerhardt"),
    ],
)  # fmt: skip
def test_a_person_s_name_after_a_body_s_head_names_the_body(text: str, body: str, not_a_person: str) -> None:
    entities = _entities(text)
    assert ("Organisation", body) in entities
    assert ("Person", not_a_person) not in entities


def test_the_role_of_a_holder_before_the_person_named_body_goes_to_the_body() -> None:
    roles = _roles("Tobias Graf, Pflegedienstleiter beim Klinikum Ernst von Bergmann, sprach in Potsdam.")
    assert ("Tobias Graf", "Pflegedienstleiter", "Klinikum Ernst von Bergmann") in roles


@pytest.mark.parametrize(
    "text",
    [
        "Es sprach die Geschäftsführerin der Stiftung Petra Beispiel über die Pläne.",
        "Am Ende überreichte die Stiftung Karl Muster den Preis.",
    ],
)
def test_a_name_after_a_title_s_body_or_before_an_object_stays_a_person(text: str) -> None:
    entities = _entities(text)
    assert any(t == "Person" for t, _ in entities)
    assert not any(label.startswith("Stiftung ") and t == "Organisation" for t, label in entities)


# ---------------------------------------------------------------- historic regions


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Die Handwerkskammer Rheinhessen unterstützt das Projekt.", ("Organisation", "Handwerkskammer Rheinhessen")),
        ("Auch die Kreishandwerkerschaft Vorderpfalz lud ein.", ("Organisation", "Kreishandwerkerschaft Vorderpfalz")),
        ("In ganz Rheinhessen fehlen Pflegekräfte.", ("Place", "Rheinhessen")),
        ("Das Jobcenter Vogtland berät Zugewanderte.", ("Agency", "Jobcenter Vogtland")),
    ],
)  # fmt: skip
def test_a_historic_region_names_a_body_and_a_place(text: str, fact: tuple[str, str]) -> None:
    assert fact in _entities(text)


def test_a_family_name_like_a_region_stays_a_person_s() -> None:
    entities = _entities("Peter Franken sprach mit Anna Harz über die Lage.")
    assert {("Person", "Peter Franken"), ("Person", "Anna Harz")} <= entities
    assert not {("Place", "Franken"), ("Place", "Harz")} & entities


# ---------------------------------------------------------------- networks outside IQ


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Netzwerk Arbeit Oberpfalz stellte sich vor.", "Netzwerk Arbeit Oberpfalz"),
        ("Partner ist das Netzwerk Integration Oberfranken.", "Netzwerk Integration Oberfranken"),
        ("Im Netzwerk Integration und Teilhabe Nordhessen arbeiten 20 Vereine.", "Netzwerk Integration und Teilhabe Nordhessen"),
        ("Das Landesnetzwerk der Migrantenorganisationen MV (MIGRANET-MV) ist Partner des IQ Netzwerks "
         "Mecklenburg-Vorpommern.", "Landesnetzwerk der Migrantenorganisationen MV"),
        ("Karl Mustafa, Vorsitzender des Landesnetzwerks der Migrantenorganisationen Sachsen-Anhalt (LAMSA), sprach.",
         "Landesnetzwerk der Migrantenorganisationen Sachsen-Anhalt"),
    ],
)  # fmt: skip
def test_a_network_outside_iq_is_an_organisation(text: str, label: str) -> None:
    assert ("Organisation", label) in _entities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ein Netzwerk der Migrantenorganisationen soll in Gera entstehen.",
        "Das Netzwerk Sachsen Anhalt ist noch jung.",
        "Das IQ Netzwerk Integration durch Qualifizierung Sachsen wächst.",
    ],
)
def test_a_network_s_kind_or_an_iq_network_is_no_outside_organisation(text: str) -> None:
    assert not any(t == "Organisation" and "etzwerk" in label for t, label in _entities(text))


def test_no_place_of_a_land_s_short_form_inside_the_network_s_name() -> None:
    entities = _entities("Das Landesnetzwerk der Migrantenorganisationen MV (MIGRANET-MV) tagte.")
    assert not any(t == "Place" and "MIGRANET" in label for t, label in entities)


# ---------------------------------------------------------------- projects named like slogans under a projects' lead-in


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Im IQ Netzwerk Thüringen arbeiten folgende Teilprojekte:\n- Brücken bauen\n- Fachkräfte finden\n"
         "- Anerkennung jetzt!\n\nDie Koordination liegt in Erfurt.",
         {"Brücken bauen", "Fachkräfte finden", "Anerkennung jetzt!"}),
        ("Das IQ Netzwerk Thüringen startet 2023. Die Projekte im Überblick:\n• Brücken bauen (Träger: Lernwerk "
         "gGmbH)\n• Gemeinsam ankommen (Träger: Diakonie Gera)\n",
         {"Brücken bauen", "Gemeinsam ankommen"}),
        ("Folgende Teilprojekte werden vom Land gefördert:\n1. Betriebe gewinnen\n2. Zukunft gestalten\n",
         {"Betriebe gewinnen", "Zukunft gestalten"}),
    ],
)  # fmt: skip
def test_a_slogan_under_a_projects_lead_in_is_a_project(text: str, names: set[str]) -> None:
    assert {("Subproject", n) for n in names} <= _entities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das IQ Netzwerk Thüringen hat folgende Aufgaben:\n- Betriebe beraten\n- Fachkräfte finden\n",
        "Die Projekte bieten:\n- Brücken bauen\n- Fachkräfte finden\n",
        "Das IQ Netzwerk Thüringen hat folgende Schwerpunkte:\n- Beratung zur Anerkennung\n- Qualifizierung\n",
    ],
)
def test_tasks_or_offers_in_a_list_are_no_projects(text: str) -> None:
    assert not any(t == "Subproject" for t, _ in _entities(text))


# ---------------------------------------------------------------- initials of a long name


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Die Hochschule für Kunst und Gestaltung des Rheinlandes (hkg rhein) ist Partnerin. Prof. Anna Klein von "
         "der HKG Rhein sprach.", "Anna Klein"),
        ("Die Hochschule für Kunst und Gestaltung des Rheinlandes ist Partnerin. Karl Muster von der hkg rhein "
         "sprach.", "Karl Muster"),
        ("Das Institut für Bildung und Arbeit berät. Jana Weber vom IBA sagte, das Angebot sei gut.", "Jana Weber"),
    ],
)  # fmt: skip
def test_the_initials_of_a_long_name_are_the_same_body(text: str, person: str) -> None:
    facts = _facts(text)
    bodies = {label for t, label in facts.entities if t == "Organisation"}
    assert len(bodies) == 1
    assert (person, next(iter(bodies))) in {(s, o) for s, p, o in facts.relations if p == "memberOf"}


def test_a_word_spelled_like_the_initials_is_no_short_form() -> None:
    entities = _entities("Das Institut für Bildung und Arbeit berät. Iba ist ein Wort, kein Name.")
    assert sum(1 for t, _ in entities if t == "Organisation") == 1


# ---------------------------------------------------------------- a name styled in small letters with its legal form


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Koordination liegt bei saaris – saarland.innovation&standort e. V. in Saarbrücken.",
         "saaris – saarland.innovation&standort e. V."),
        ("Träger ist lernwerk - bildung.arbeit&leben gGmbH, Erfurt.", "lernwerk - bildung.arbeit&leben gGmbH"),
        ("Träger ist die bildung.arbeit&leben gGmbH in Erfurt.", "bildung.arbeit&leben gGmbH"),
    ],
)  # fmt: skip
def test_a_styled_name_with_its_legal_form_is_one_body(text: str, label: str) -> None:
    bodies = {lab for t, lab in _entities(text) if t == "Organisation"}
    assert bodies == {label}


def test_the_short_name_before_the_dash_is_the_same_body_elsewhere() -> None:
    facts = _facts(
        "Die Koordination liegt bei saaris – saarland.innovation&standort e. V. Karl Muster von saaris sprach."
    )
    assert {lab for t, lab in facts.entities if t == "Organisation"} == {
        "saaris – saarland.innovation&standort e. V."
    }


# ---------------------------------------------------------------- a body named after a person met again without the person


@pytest.mark.parametrize(
    "text",
    [
        "Die Carl von Ossietzky Universität Oldenburg bietet einen Kurs an. Anna Holst von der Universität Oldenburg "
        "leitet ihn.",
        "Anna Holst von der Universität Oldenburg leitet den Kurs der Carl von Ossietzky Universität Oldenburg.",
    ],
)
def test_a_person_named_body_met_again_by_its_head_and_town_is_one_body(text: str) -> None:
    bodies = {label for t, label in _entities(text) if t == "Organisation"}
    assert bodies == {"Carl von Ossietzky Universität Oldenburg"}


def test_another_town_s_university_stays_another_body() -> None:
    text = "Die Carl von Ossietzky Universität Oldenburg und die Universität Bremen kooperieren."
    bodies = {label for t, label in _entities(text) if t == "Organisation"}
    assert bodies == {"Carl von Ossietzky Universität Oldenburg", "Universität Bremen"}


# ---------------------------------------------------------------- a title after a possessive, the body of the title before


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Der Verein Brückenbau e. V. wählte einen neuen Vorstand. Neue Vorsitzende ist Olga Petrenko aus Gera, ihr "
         "Stellvertreter Samir Haddad aus Jena.", ("Samir Haddad", "Stellvertreter", "Brückenbau e. V.")),
        ("Karl Muster, Leiter der Stiftung Lernwerk, und seine Stellvertreterin Eva Probe sprachen.",
         ("Eva Probe", "Stellvertreterin", "Stiftung Lernwerk")),
        ("Eva Probe, Geschäftsführerin der Lernwerk gGmbH, und ihre neue Referentin Nina Beispiel stellten sich vor.",
         ("Nina Beispiel", "Referentin", "Lernwerk gGmbH")),
    ],
)  # fmt: skip
def test_a_title_after_a_possessive_is_held_at_the_body_named_before(
    text: str, role: tuple[str, str, str]
) -> None:
    assert role in _roles(text)


def test_a_possessive_in_the_next_sentence_takes_no_body_from_this_rule() -> None:
    roles = _roles(
        "Eva Probe ist Leiterin der Stiftung Lernwerk. Sie sagt: Mein Kollege Jan Test ist Berater."
    )
    assert not any(person == "Jan Test" and org == "Stiftung Lernwerk" for person, _, org in roles)
