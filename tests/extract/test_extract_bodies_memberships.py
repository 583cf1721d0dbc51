"""Bodies, memberships and heads read in issue 11's round 9: bodies named after a person, by a city-state's adjective, in
the genitive with their district, associations known by their name alone; memberships of contact lines, of charge and
work at a body, of parties, teams and joint representers, of a network's new and carrying members; a network's
stand-in led. Invented sentences, three or more variants each."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _facts(body: str):  # type: ignore[no-untyped-def]
    return facts_of("Titel\n\n" + body)


# ---------------------------------------------------------------- a person's name before a university's head


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        ("Die Alice Beispiel Hochschule Erfurt bietet Kurse an.", "Alice Beispiel Hochschule Erfurt"),
        ("Kurse gibt es an der Karl Salomon Universität.", "Karl Salomon Universität"),
        ("Gefördert wird das von der Greta Simon Stiftung.", "Greta Simon Stiftung"),
    ],
)
def test_a_given_and_a_family_name_before_the_head_name_a_body(body: str, body_name: str) -> None:
    facts = _facts(body)
    assert ("Organisation", body_name) in facts.entities
    assert not {e for e in facts.entities if e[0] == "Person"}


def test_a_given_name_alone_before_the_head_names_no_body() -> None:
    assert not {
        e for e in _facts("Dort sprach sie mit dem Petra Institut.").entities if e[0] == "Organisation"
    }


# ---------------------------------------------------------------- the unit first, where it is, then the verb of leading


@pytest.mark.parametrize(
    ("body", "led"),
    [
        (
            "Das Projekt „Wege finden“ beim Verein Lernhaus e. V. leitet künftig Karl Muster.",
            ("Wege finden", "ledBy", "Karl Muster"),
        ),
        (
            "Die Beratungsstelle „Anerkennung Plus“ in der Stadtbibliothek Erfurt leitet seit Mai Petra Beispiel.",
            ("Beratungsstelle „Anerkennung Plus“", "ledBy", "Petra Beispiel"),
        ),
        (
            "Das IQ Netzwerk Hessen im Haus der Wirtschaft koordiniert Dr. Anna Probe.",
            ("IQ Landesnetzwerk Hessen", "ledBy", "Anna Probe"),
        ),
    ],
)
def test_where_the_unit_is_may_stand_between_the_unit_and_the_verb_of_leading(
    body: str, led: tuple[str, str, str]
) -> None:
    assert led in _facts(body).relations


def test_a_verb_of_leading_with_its_particle_leads_no_person() -> None:
    relations = _facts("Das Projekt „Wege finden“ im Landkreis Fulda leitet Jugendliche an.").relations
    assert not {r for r in relations if r[1] == "ledBy"}


# ---------------------------------------------------------------- memberships: in charge of something at a body


@pytest.mark.parametrize(
    ("body", "member"),
    [
        (
            "Petra Beispiel, zuständig für Anerkennung bei der Stiftung Lernwerk, eröffnete die Tagung.",
            ("Petra Beispiel", "memberOf", "Stiftung Lernwerk"),
        ),
        (
            "Es sprach Karl Muster, verantwortlich für die Kurse beim Jobcenter Erfurt.",
            ("Karl Muster", "memberOf", "Jobcenter Erfurt"),
        ),
        (
            "Anna Probe, zuständig für das Mentoring beim Verein Lernhaus e. V., stellte die Zahlen vor.",
            ("Anna Probe", "memberOf", "Lernhaus e. V."),
        ),
    ],
)
def test_in_charge_of_something_at_a_body_is_a_membership(body: str, member: tuple[str, str, str]) -> None:
    assert member in _facts(body).relations


def test_in_charge_of_something_in_an_area_is_no_membership() -> None:
    relations = _facts("Anna Probe, zuständig für die Beratung im Landkreis Fulda, eröffnete.").relations
    assert not {r for r in relations if r[1] == "memberOf"}


# ---------------------------------------------------------------- contact lines


@pytest.mark.parametrize(
    ("body", "member"),
    [
        (
            "Ansprechpartnerin: Petra Beispiel, Stiftung Lernwerk, Telefon 0561 123456.",
            ("Petra Beispiel", "memberOf", "Stiftung Lernwerk"),
        ),
        (
            "Kontakt: Karl Muster, Jobcenter Erfurt, Tel. 0361 123456, E-Mail kontakt@example.org",
            ("Karl Muster", "memberOf", "Jobcenter Erfurt"),
        ),
        (
            "Weitere Informationen: Anna Probe, Verein Lernhaus e. V., E-Mail info@example.org",
            ("Anna Probe", "memberOf", "Lernhaus e. V."),
        ),
    ],
)
def test_a_body_after_the_name_on_a_contact_line_is_the_person_s(
    body: str, member: tuple[str, str, str]
) -> None:
    assert member in _facts(body).relations


# ---------------------------------------------------------------- a city-state's ministry by its short name


@pytest.mark.parametrize(
    ("body", "ministry"),
    [
        ("Die Hamburger Sozialbehörde fördert die Beratung.", "Hamburger Sozialbehörde"),
        ("Gefördert wird das von der Bremer Schulbehörde.", "Bremer Schulbehörde"),
        ("Dazu lud die Berliner Wirtschaftsbehörde ein.", "Berliner Wirtschaftsbehörde"),
    ],
)
def test_a_city_state_s_adjective_before_a_portfolio_authority_names_a_ministry(
    body: str, ministry: str
) -> None:
    assert ("Ministry", ministry) in _facts(body).entities


def test_a_town_s_local_authority_stays_an_agency() -> None:
    assert ("Agency", "Kasseler Ausländerbehörde") in _facts("Die Kasseler Ausländerbehörde berät.").entities


# ---------------------------------------------------------------- a local office in the genitive, named by its district


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Die Geschäftsführerin des Jobcenters Landkreis Musterfeld, Petra Beispiel, sprach.",
            ("Petra Beispiel", "Geschäftsführerin", "Jobcenter Landkreis Musterfeld"),
        ),
        (
            "Karl Muster, Bereichsleiter des Jobcenters Region Hannover, stellte die Zahlen vor.",
            ("Karl Muster", "Bereichsleiter", "Jobcenter Region Hannover"),
        ),
        (
            "Es sprach der Leiter des Jobcenters Kreis Herford, Jonas Lang.",
            ("Jonas Lang", "Leiter", "Jobcenter Kreis Herford"),
        ),
    ],
)
def test_a_local_office_in_the_genitive_is_named_by_its_district(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


def test_a_local_office_in_the_genitive_without_a_place_stays_in_the_title() -> None:
    roles = _facts("Der Leiter des Jobcenters, Karl Muster, sprach.").roles
    assert ("Karl Muster", "Leiter des Jobcenters", None) in roles


# ---------------------------------------------------------------- associations known by their name alone


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Beraten wird auch bei der Volkssolidarität in Musterdorf.", "Volkssolidarität"),
        ("Mit dabei war der Internationale Bund mit zwei Kursen.", "Internationaler Bund"),
        ("Der Verband binationaler Familien und Partnerschaften lud ein.", "Verband binationaler Familien und Partnerschaften"),
    ],
)  # fmt: skip
def test_an_association_known_by_its_name_alone_is_read(body: str, name: str) -> None:
    assert ("Organisation", name) in _facts(body).entities


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Beraten wird bei der Caritas und bei der Diakonie.", "Caritas"),
        ("Die Diakonie bietet in Musterdorf eine Sprechstunde an.", "Diakonie"),
        ("Gefördert wird der Kurs von der Caritas.", "Caritas"),
    ],
)
def test_a_church_welfare_association_by_its_short_name_is_a_body(body: str, name: str) -> None:
    assert ("Organisation", name) in _facts(body).entities


@pytest.mark.parametrize(
    "body",
    [
        "Die Diakonie Saar berät. Die Diakonie hat zwei Stellen.",
        "Der Caritasverband für die Diözese Fulda e. V. berät. Die Caritas hat zwei Stellen.",
        "Die Bruderhaus Diakonie berät. Bei der Diakonie gibt es zwei Stellen.",
        "Das Diakonische Werk Hessen berät. Die Diakonie hat zwei Stellen.",
    ],
)
def test_a_short_welfare_name_after_a_longer_body_is_no_body_of_its_own(body: str) -> None:
    assert not {e for e in _facts(body).entities if e[1] in ("Caritas", "Diakonie")}


def test_the_diakonie_alone_after_a_regional_one_is_its_short_form() -> None:
    body = "Die Diakonie Saar berät. Petra Beispiel, Referentin bei der Diakonie, stellte das vor."
    assert ("Petra Beispiel", "Referentin", "Diakonie Saar") in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Caritas-Beraterin Lena Vogel berichtete von ihrer Arbeit.", ("Lena Vogel", "Caritas-Beraterin", "Caritas")),
        ("Diakonie-Referent Karl Muster stellte das vor.", ("Karl Muster", "Diakonie-Referent", "Diakonie")),
        ("AWO-Beraterin Anna Probe erklärte den Ablauf.", ("Anna Probe", "AWO-Beraterin", "Arbeiterwohlfahrt")),
    ],
)  # fmt: skip
def test_a_welfare_association_opening_the_compound_is_the_role_s_body(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


# ---------------------------------------------------------------- the network's stand-in as the unit led


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("Das IQ Netzwerk Thüringen wächst. Die Koordination des Netzwerks liegt bei Petra Beispiel.", "Petra Beispiel"),
        ("Das IQ Netzwerk Thüringen wächst. Die Leitung des Landesnetzwerks hat seit Mai Karl Muster.", "Karl Muster"),
        ("Im IQ Netzwerk Thüringen gibt es Neues. Geleitet wird das Netzwerk künftig von Anna Probe.", "Anna Probe"),
    ],
)  # fmt: skip
def test_a_network_s_stand_in_is_led_as_the_network(body: str, head: str) -> None:
    assert ("IQ Netzwerk Thüringen", "ledBy", head) in _facts(body).relations


def test_a_network_s_stand_in_with_another_verb_leads_nothing() -> None:
    body = "Das IQ Netzwerk Thüringen wächst. Das Netzwerk lud Petra Beispiel ein. Karl Muster lobte das Netzwerk."
    assert not {r for r in _facts(body).relations if r[1] == "ledBy"}


# ---------------------------------------------------------------- a party opening a politician's compound title


@pytest.mark.parametrize(
    ("body", "member"),
    [
        ("Karl Muster, SPD-Landtagsabgeordneter, lobte das Projekt.", ("Karl Muster", "Sozialdemokratische Partei Deutschlands")),
        ("Die Grünen-Politikerin Dr. Petra Beispiel besuchte die Beratung.", ("Petra Beispiel", "Bündnis 90/Die Grünen")),
        ("CDU-Fraktionschef Jonas Lang kritisierte die Wartezeiten.", ("Jonas Lang", "Christlich Demokratische Union Deutschlands")),
    ],
)  # fmt: skip
def test_a_party_opening_a_politician_s_title_is_the_person_s_party(
    body: str, member: tuple[str, str]
) -> None:
    person, party = member
    assert (person, "memberOf", party) in _facts(body).relations


@pytest.mark.parametrize(
    "body",
    [
        "Die SPD-Fraktion lud Karl Muster ein.",
        "Nach dem CDU-Parteitag sprach Petra Beispiel über die Beratung.",
    ],
)
def test_a_party_compound_that_is_no_person_s_title_names_no_party_of_the_person(body: str) -> None:
    assert not {r for r in _facts(body).relations if r[1] == "memberOf"}


@pytest.mark.parametrize(
    ("body", "member"),
    [
        ("Karl Muster ist Mitglied der SPD und lobte das Projekt.", ("Karl Muster", "Sozialdemokratische Partei Deutschlands")),
        ("Petra Beispiel, Mitglied der Grünen, besuchte die Beratung.", ("Petra Beispiel", "Bündnis 90/Die Grünen")),
        ("Jonas Lang ist seit 2010 Mitglied der CDU.", ("Jonas Lang", "Christlich Demokratische Union Deutschlands")),
    ],
)  # fmt: skip
def test_a_member_of_a_party_belongs_to_it(body: str, member: tuple[str, str]) -> None:
    person, party = member
    assert (person, "memberOf", party) in _facts(body).relations


# ---------------------------------------------------------------- memberships: a body's team, joint representers


@pytest.mark.parametrize(
    ("body", "member"),
    [
        ("Karl Muster gehört zum Team der Stiftung Lernwerk.", ("Karl Muster", "Stiftung Lernwerk")),
        ("Anna Probe ist neu im Team des Vereins Lernhaus e. V.", ("Anna Probe", "Lernhaus e. V.")),
        ("Greta Probe gehört seit 2019 zum Jobcenter Erfurt.", ("Greta Probe", "Jobcenter Erfurt")),
    ],
)
def test_belonging_to_a_body_or_its_team_is_a_membership(body: str, member: tuple[str, str]) -> None:
    person, org = member
    assert (person, "memberOf", org) in _facts(body).relations


@pytest.mark.parametrize(
    "body",
    [
        "Karl Muster gehört zur Zielgruppe der Stiftung Lernwerk.",
        "Anna Probe war im Gespräch mit der Stiftung Lernwerk.",
        "Die Frage gehört zum Alltag der Stiftung Lernwerk, sagte Karl Muster.",
    ],
)
def test_belonging_to_something_else_of_a_body_is_no_membership(body: str) -> None:
    assert not {r for r in _facts(body).relations if r[1] == "memberOf"}


@pytest.mark.parametrize(
    ("body", "people", "org"),
    [
        ("Karl Muster und Anna Probe vertraten die Stiftung Lernwerk.", ("Karl Muster", "Anna Probe"), "Stiftung Lernwerk"),
        ("Greta Probe und Jonas Lang vertreten den Verein Lernhaus e. V.", ("Greta Probe", "Jonas Lang"), "Lernhaus e. V."),
        ("Petra Beispiel und Lena Vogel vertraten heute das Jobcenter Erfurt.", ("Petra Beispiel", "Lena Vogel"), "Jobcenter Erfurt"),
    ],
)  # fmt: skip
def test_people_joined_by_und_who_represent_a_body_belong_to_it(
    body: str, people: tuple[str, str], org: str
) -> None:
    relations = _facts(body).relations
    assert {(p, "memberOf", org) for p in people} <= relations


@pytest.mark.parametrize(
    ("body", "member"),
    [
        ("Karl Muster leitet bei der Stiftung Lernwerk die Beratung.", ("Karl Muster", "Stiftung Lernwerk")),
        ("Anna Probe koordiniert seit 2019 beim Verein Lernhaus e. V. die Kurse.", ("Anna Probe", "Lernhaus e. V.")),
        ("Greta Probe ist beim Jobcenter Erfurt für die Sprachkurse verantwortlich.", ("Greta Probe", "Jobcenter Erfurt")),
    ],
)  # fmt: skip
def test_work_done_at_a_body_named_after_bei_is_a_membership(body: str, member: tuple[str, str]) -> None:
    person, org = member
    assert (person, "memberOf", org) in _facts(body).relations


def test_work_done_in_an_area_is_no_membership() -> None:
    relations = _facts("Anna Probe berät im Landkreis Fulda Zugewanderte aus vielen Ländern.").relations
    assert not {r for r in relations if r[1] == "memberOf"}


# ---------------------------------------------------------------- a new member of the network


@pytest.mark.parametrize(
    ("body", "members"),
    [
        ("Das IQ Netzwerk Thüringen wächst. Neu im Netzwerk ist die Stiftung Lernwerk.", {"Stiftung Lernwerk"}),
        ("Neu im IQ Netzwerk Thüringen sind die Stiftung Lernwerk und der Verein Lernhaus e. V.", {"Stiftung Lernwerk", "Lernhaus e. V."}),
        ("Das IQ Netzwerk Thüringen wächst. Neu im Netzwerk: Stiftung Lernwerk, Jobcenter Erfurt.", {"Stiftung Lernwerk", "Jobcenter Erfurt"}),
    ],
)  # fmt: skip
def test_a_new_member_of_the_network_belongs_to_it(body: str, members: set[str]) -> None:
    relations = _facts(body).relations
    assert {(m, "memberOf", "IQ Netzwerk Thüringen") for m in members} <= relations


def test_new_in_a_district_is_no_membership() -> None:
    body = "Das IQ Netzwerk Thüringen wächst. Neu im Landkreis Greiz ist die Stiftung Lernwerk."
    assert not {r for r in _facts(body).relations if r[1] == "memberOf"}


# ---------------------------------------------------------------- a body carrying part of a network's work in it


@pytest.mark.parametrize(
    ("body", "member"),
    [
        (
            "Die Stiftung Lernwerk trägt im IQ Netzwerk Thüringen die Anerkennungsberatung.",
            "Stiftung Lernwerk",
        ),
        ("Im IQ Netzwerk Thüringen bietet der Verein Lernhaus e. V. seit 2019 Kurse an.", "Lernhaus e. V."),
        (
            "Die Beispiel gGmbH, die im IQ Netzwerk Thüringen die Beratung verantwortet, lädt ein.",
            "Beispiel gGmbH",
        ),
    ],
)
def test_a_body_carrying_work_in_a_network_is_its_member(body: str, member: str) -> None:
    assert (member, "memberOf", "IQ Netzwerk Thüringen") in _facts(body).relations


@pytest.mark.parametrize(
    "body",
    [
        "Die Stiftung Lernwerk koordiniert im IQ Netzwerk Thüringen die Beratung.",
        "Die Stiftung Lernwerk ist im IQ Netzwerk Thüringen gut bekannt.",
    ],
)
def test_coordinating_or_being_known_in_a_network_is_no_membership(body: str) -> None:
    assert not {r for r in _facts(body).relations if r[1] == "memberOf"}
