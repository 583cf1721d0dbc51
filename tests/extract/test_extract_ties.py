"""Ties between organisations (carrier, funder, network, alliance) on invented releases in several variants."""

from __future__ import annotations

import pytest

from conftest import facts_of


@pytest.mark.parametrize(
    "text",
    [
        "Titel\n\nDas IQ Netzwerk Hessen berät seit Jahren. In Kassel öffnet die Beratungsstelle „Wegweiser Nord“.",
        "Titel\n\nIn Kassel öffnet die Beratungsstelle „Wegweiser Nord“. Dahinter steht das IQ Netzwerk Hessen.",
        "Titel\n\nAm Montag stellte das IQ Netzwerk Hessen seine Arbeit vor.\n\nFragen beantwortet die "
        "Beratungsstelle „Wegweiser Nord“ in Kassel.",
    ],
)
def test_a_subproject_of_a_release_about_one_network_is_part_of_it(text: str) -> None:
    f = facts_of(text)
    assert ("Beratungsstelle „Wegweiser Nord“", "partOf", "IQ Landesnetzwerk Hessen") in f.relations


@pytest.mark.parametrize(
    "text",
    [
        "Titel\n\nDas IQ Netzwerk Hessen und das IQ Netzwerk Thüringen tagen. In Kassel öffnet die "
        "Beratungsstelle „Wegweiser Nord“.",
        "Titel\n\nIn Kassel öffnet die Beratungsstelle „Wegweiser Nord“. Gäste kamen vom IQ Netzwerk Hessen "
        "und vom IQ Netzwerk Bayern.",
        "Titel\n\nIn Kassel öffnet die Beratungsstelle „Wegweiser Nord“ der Stadt Kassel.",
    ],
)
def test_a_subproject_beside_two_networks_or_none_is_placed_in_neither(text: str) -> None:
    f = facts_of(text)
    assert not any(s == "Beratungsstelle „Wegweiser Nord“" and p == "partOf" for s, p, _ in f.relations)


@pytest.mark.parametrize(
    "sentence",
    [
        "Eingeladen waren das IQ Netzwerk Hessen, das IQ Netzwerk Bayern und die Anerkennungsberatung Kassel.",
        "Das Treffen richtete sich an die Netzwerke IQ Netzwerk Hessen und IQ Netzwerk Thüringen sowie an die "
        "Anerkennungsberatung Kassel.",
        "Neben dem IQ Netzwerk Hessen und dem IQ Netzwerk Bayern war auch die Anerkennungsberatung Kassel dabei.",
    ],
)
def test_a_subproject_listed_beside_several_networks_is_part_of_none_of_them(sentence: str) -> None:
    # The release names two networks; its sentence lists them with the subproject, which places it in neither.
    f = facts_of("Titel\n\n" + sentence)
    assert not any(s == "Anerkennungsberatung Kassel" and p == "partOf" for s, p, _ in f.relations)


def test_a_subproject_in_a_sentence_naming_only_its_network_is_part_of_it() -> None:
    f = facts_of(
        "Titel\n\nDas IQ Netzwerk Bayern tagte in München.\n\nIm IQ Netzwerk Hessen berät die "
        "Anerkennungsberatung Kassel seit 2019. Das IQ Netzwerk Hessen wächst."
    )
    assert ("Anerkennungsberatung Kassel", "partOf", "IQ Landesnetzwerk Hessen") in f.relations


@pytest.mark.parametrize(
    ("sentence", "hosted", "carrier"),
    [
        (
            "Bei der Muster Bildung gGmbH liegt die Koordination des IQ Netzwerks Hessen.",
            "IQ Landesnetzwerk Hessen",
            "Muster Bildung gGmbH",
        ),
        (
            "Nach acht Jahren endet beim Verein Wegweiser e.V. die Gesamtkoordination des IQ Netzwerks Thüringen.",
            "IQ Netzwerk Thüringen",
            "Wegweiser e.V.",
        ),
        (
            "In der Stiftung Lernwege lag seit 2015 die Trägerschaft der Beratungsstelle „Neue Wege“.",
            "Beratungsstelle „Neue Wege“",
            "Stiftung Lernwege",
        ),
    ],
)
def test_the_carrier_before_the_coordination_it_holds(sentence: str, hosted: str, carrier: str) -> None:
    assert (hosted, "hostedBy", carrier) in facts_of("Titel\n\n" + sentence).relations


def test_a_body_named_after_another_word_is_not_the_carrier() -> None:
    f = facts_of(
        "Titel\n\nIm Auftrag des Bundesministeriums für Arbeit und Soziales übernahm die Muster Bildung gGmbH "
        "die Koordination des IQ Netzwerks Hessen."
    )
    assert (
        "IQ Landesnetzwerk Hessen",
        "hostedBy",
        "Bundesministerium für Arbeit und Soziales",
    ) not in f.relations


@pytest.mark.parametrize(
    ("sentence", "member", "whole"),
    [
        (
            "Die Muster Bildung gGmbH ist Mitglied im IQ Netzwerk Hessen.",
            "Muster Bildung gGmbH",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Der Verein Wegweiser e.V. ist seit 2016 Kooperationspartner des IQ Netzwerks Thüringen.",
            "Wegweiser e.V.",
            "IQ Netzwerk Thüringen",
        ),
        (
            "Die Stiftung Lernwege war von Beginn an im IQ Netzwerk Hessen als Partnerin tätig.",
            "Stiftung Lernwege",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Die Muster Bildung gGmbH ist seit Jahren im „Bündnis Arbeit Nordland“ als aktives Mitglied dabei.",
            "Muster Bildung gGmbH",
            "Bündnis Arbeit Nordland",
        ),
    ],
)
def test_a_body_that_is_member_or_partner_of_a_network(sentence: str, member: str, whole: str) -> None:
    assert (member, "memberOf", whole) in facts_of("Titel\n\n" + sentence).relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Muster Bildung gGmbH ist im IQ Netzwerk Hessen für die Beratung zuständig.",
        "Die Muster Bildung gGmbH ist Partner der Beratungsstelle „Neue Wege“.",
        "Petra Beispiel ist Mitglied im IQ Netzwerk Hessen.",
    ],
)
def test_no_membership_without_a_member_noun_or_of_a_project(sentence: str) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert not any(p == "memberOf" and s != "Petra Beispiel" for s, p, _ in f.relations)


@pytest.mark.parametrize(
    ("sentence", "project", "carrier"),
    [
        (
            "Geholfen hat ihr das DGB-Projekt „Faire Arbeit Nord“ in Kassel.",
            "Faire Arbeit Nord",
            "Deutscher Gewerkschaftsbund",
        ),
        ("Im AWO-Projekt „Brücke Nord“ lernen zwölf Frauen.", "Brücke Nord", "Arbeiterwohlfahrt"),
        (
            "Beraten hat sie das BAMF-Projekt „Anerkannt im Handwerk“.",
            "Anerkannt im Handwerk",
            "Bundesamt für Migration und Flüchtlinge",
        ),
    ],
)
def test_the_carrier_s_short_name_joined_to_the_project_head(
    sentence: str, project: str, carrier: str
) -> None:
    assert (project, "hostedBy", carrier) in facts_of("Titel\n\n" + sentence).relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Laut der Stiftung Lernwege ist das Projekt „Lernweg“ bei der Muster Bildung gGmbH angesiedelt.",
        "Im Namen des Vereins Wegweiser e.V. dankte sie dem IQ Netzwerk Hessen, das bei der Muster Bildung gGmbH "
        "angesiedelt ist.",
        "Nach Angaben des Bundesministeriums für Arbeit und Soziales wird das IQ Netzwerk Hessen von der Muster "
        "Bildung gGmbH koordiniert.",
    ],
)
def test_a_passive_of_carrying_hosts_a_network_or_project_not_a_body_named_first(sentence: str) -> None:
    hosted = {s for s, p, _ in facts_of("Titel\n\n" + sentence).relations if p == "hostedBy"}
    assert hosted and hosted <= {"Lernweg", "IQ Landesnetzwerk Hessen"}


@pytest.mark.parametrize(
    ("sentence", "funders"),
    [
        (
            "Gefördert wird das IQ Netzwerk Hessen vom Europäischen Sozialfonds, die Koordination liegt bei der "
            "Muster Bildung gGmbH.",
            {"Europäischer Sozialfonds"},
        ),
        (
            "Finanziert wird das IQ Netzwerk Hessen durch die Bundesagentur für Arbeit; Partner ist die Stiftung "
            "Lernwege.",
            {"Bundesagentur für Arbeit"},
        ),
        (
            "Gefördert wird das IQ Netzwerk Hessen vom Europäischen Sozialfonds und vom Bundesministerium für Arbeit "
            "und Soziales, wie die Stiftung Lernwege betont.",
            {"Europäischer Sozialfonds", "Bundesministerium für Arbeit und Soziales"},
        ),
    ],
)
def test_the_participle_first_names_only_the_coordinated_funders(sentence: str, funders: set[str]) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert {o for s, p, o in f.relations if p == "fundedBy"} == funders


@pytest.mark.parametrize(
    ("text", "predicate", "listed"),
    [
        (
            "Titel\n\nDas Förderprogramm „Integration durch Qualifizierung (IQ)“ startet. Partner in der Umsetzung "
            "sind die Stiftung Lernwege sowie die Bundesagentur für Arbeit, berichtete die Muster Bildung gGmbH.",
            "implementationPartner",
            {"Stiftung Lernwege", "Bundesagentur für Arbeit"},
        ),
        (
            "Titel\n\nDas IQ Netzwerk Hessen wächst. Partner im Netzwerk sind die Muster Bildung gGmbH und der "
            "Verein Wegweiser e.V., teilte das Bundesministerium für Arbeit und Soziales mit.",
            "memberOf",
            {"Muster Bildung gGmbH", "Wegweiser e.V."},
        ),
        (
            "Titel\n\nZum IQ Netzwerk Hessen gehören die Stiftung Lernwege, die Muster Bildung gGmbH sowie der "
            "Verein Wegweiser e.V., so die Bundesagentur für Arbeit.",
            "memberOf",
            {"Stiftung Lernwege", "Muster Bildung gGmbH", "Wegweiser e.V."},
        ),
    ],
)
def test_a_list_of_partners_ends_with_its_coordination(text: str, predicate: str, listed: set[str]) -> None:
    f = facts_of(text)
    found = {o if predicate == "implementationPartner" else s for s, p, o in f.relations if p == predicate}
    assert found == listed


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stiftung Lernwege dankte der Muster Bildung gGmbH als Koordinatorin des IQ Netzwerks Hessen.",
        "Als Koordinatorin des IQ Netzwerks Hessen lud die Muster Bildung gGmbH die Stiftung Lernwege ein.",
        "Auf Bitten der Stiftung Lernwege sprach die Muster Bildung gGmbH als Koordinatorin des IQ Netzwerks "
        "Hessen.",
    ],
)
def test_the_coordinator_is_the_body_next_to_its_title(sentence: str) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert {o for s, p, o in f.relations if p == "hostedBy"} == {"Muster Bildung gGmbH"}


@pytest.mark.parametrize(
    ("sentence", "programme", "payers"),
    [
        (
            "Das Geld kommt aus dem Programm „Chancen Nord“ des Bundes und der Europäischen Union.",
            "Chancen Nord",
            {"Europäische Union"},
        ),
        (
            "Gefördert wird über das Landesprogramm „Brücken in Arbeit“ des Landes sowie der Musterstiftung Nord e.V.",
            "Brücken in Arbeit",
            {"Musterstiftung Nord e.V."},
        ),
        (
            "Es läuft das Förderprogramm „Zuschuss Plus“ des Bundesministeriums für Bildung und Forschung und der "
            "Bundesagentur für Arbeit.",
            "Zuschuss Plus",
            {"Bundesministerium für Bildung und Forschung", "Bundesagentur für Arbeit"},
        ),
    ],
)
def test_a_programme_is_funded_by_every_owner_in_its_genitive(
    sentence: str, programme: str, payers: set[str]
) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert {o for s, p, o in f.relations if s == programme and p == "fundedBy"} == payers


@pytest.mark.parametrize(
    "second",
    [
        "Die Muster Bildung gGmbH ist die Koordinierungsstelle für das Netzwerk IQ in Hessen.",
        "Getragen wird das IQ-Programm im Land von der Muster Bildung gGmbH.",
        "Das Förderprogramm IQ auf Landesebene wird von der Muster Bildung gGmbH koordiniert.",
    ],
)
def test_the_programme_in_the_land_is_the_release_s_network(second: str) -> None:
    f = facts_of("Titel\n\nDas IQ Netzwerk Hessen zieht Bilanz. " + second)
    assert ("IQ Landesnetzwerk Hessen", "hostedBy", "Muster Bildung gGmbH") in f.relations


def test_the_programme_in_another_land_is_not_the_release_s_network() -> None:
    f = facts_of(
        "Titel\n\nDas IQ Netzwerk Hessen zieht Bilanz. Die Muster Bildung gGmbH ist die Koordinierungsstelle für "
        "das Netzwerk IQ in Bayern."
    )
    assert not any(p == "hostedBy" for _, p, _ in f.relations)


@pytest.mark.parametrize(
    ("sentence", "member", "whole"),
    [
        (
            "Die Muster Bildung gGmbH, ein Partner im IQ Netzwerk Hessen, bietet Kurse an.",
            "Muster Bildung gGmbH",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Es berichtete der Verein Wegweiser e.V., einem langjährigen Mitglied des IQ Netzwerks Thüringen.",
            "Wegweiser e.V.",
            "IQ Netzwerk Thüringen",
        ),
        (
            "Geladen hatte die Stiftung Lernwege, eine Partnerin im „Bündnis Arbeit Nordland“, in ihr Haus.",
            "Stiftung Lernwege",
            "Bündnis Arbeit Nordland",
        ),
    ],
)
def test_a_member_in_apposition_to_the_body(sentence: str, member: str, whole: str) -> None:
    assert (member, "memberOf", whole) in facts_of("Titel\n\n" + sentence).relations


@pytest.mark.parametrize(
    ("sentence", "member", "whole"),
    [
        (
            "Die Muster Bildung gGmbH gehört dem IQ Netzwerk Hessen seit 2015 an.",
            "Muster Bildung gGmbH",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Der Verein Wegweiser e.V. gehört schon lange dem „Bündnis Arbeit Nordland“ an.",
            "Wegweiser e.V.",
            "Bündnis Arbeit Nordland",
        ),
        (
            "Die Stiftung Lernwege gehörte bereits 2012 dem IQ Netzwerk Thüringen als Partnerin an.",
            "Stiftung Lernwege",
            "IQ Netzwerk Thüringen",
        ),
    ],
)
def test_a_member_with_the_separable_verb_angehoeren(sentence: str, member: str, whole: str) -> None:
    assert (member, "memberOf", whole) in facts_of("Titel\n\n" + sentence).relations


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Titel\n\nPartner im IQ Netzwerk Hessen sind die Stiftung Lernwege, die Muster Bildung gGmbH sowie der "
            "Verein Wegweiser e.V., so die Bundesagentur für Arbeit.",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Titel\n\nZu den Partnern des IQ Netzwerks Thüringen gehören die Stiftung Lernwege, die Muster Bildung "
            "gGmbH und der Verein Wegweiser e.V.",
            "IQ Netzwerk Thüringen",
        ),
        (
            "Titel\n\nDas „Bündnis Arbeit Nordland“ besteht aus der Stiftung Lernwege, der Muster Bildung gGmbH und "
            "dem Verein Wegweiser e.V.",
            "Bündnis Arbeit Nordland",
        ),
    ],
)
def test_members_listed_after_a_network_named_in_full(text: str, whole: str) -> None:
    f = facts_of(text)
    found = {s for s, p, o in f.relations if p == "memberOf" and o == whole}
    assert found == {"Stiftung Lernwege", "Muster Bildung gGmbH", "Wegweiser e.V."}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Muster Bildung gGmbH besteht aus drei Abteilungen und gehört zur Stiftung Lernwege.",
        "Partner der Stiftung Lernwege und der Muster Bildung gGmbH sind viele Betriebe.",
        "Die Stadt Musterstadt gehört dem Landkreis an.",
    ],
)
def test_no_membership_without_a_named_whole_and_named_members(sentence: str) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert not any(p == "memberOf" for _, p, _ in f.relations)


# ---------------------------------------------------------------- persons and the body they work for


@pytest.mark.parametrize(
    ("sentence", "member", "body"),
    [
        (
            "Anna Beispiel, Diakonie Hessen, stellte die neue Broschüre vor.",
            "Anna Beispiel",
            "Diakonie Hessen",
        ),
        ("Zuletzt dankte Karl Muster, Stiftung Lernwerk, allen Gästen.", "Karl Muster", "Stiftung Lernwerk"),
        (
            "Im Gespräch (Greta Probe, Caritasverband Fulda) ging es um Praktika.",
            "Greta Probe",
            "Caritasverband Fulda",
        ),
    ],
)
def test_a_body_in_apposition_without_a_role_noun(sentence: str, member: str, body: str) -> None:
    assert (member, "memberOf", body) in facts_of("Titel\n\n" + sentence).relations


def test_a_list_of_names_and_bodies_is_no_apposition() -> None:
    f = facts_of("Titel\n\nEs kamen Anna Beispiel, Diakonie Hessen, Karl Muster und viele andere.")
    assert ("Anna Beispiel", "memberOf", "Diakonie Hessen") not in f.relations


@pytest.mark.parametrize(
    ("sentence", "member", "body"),
    [
        ("Für die Stiftung Lernwerk sprach Karl Beispiel.", "Karl Beispiel", "Stiftung Lernwerk"),
        (
            "Für den Caritasverband Fulda unterzeichnete Frau Dr. Jana Test den Vertrag.",
            "Jana Test",
            "Caritasverband Fulda",
        ),
        (
            "Seitens der Handwerkskammer Kassel begrüßte Jana Muster die Gäste.",
            "Jana Muster",
            "Handwerkskammer Kassel",
        ),
        ("Am Ende sprach für die Diakonie Hessen noch Uwe Probe.", "Uwe Probe", "Diakonie Hessen"),
    ],
)
def test_a_person_acting_for_a_body_named_first(sentence: str, member: str, body: str) -> None:
    assert (member, "memberOf", body) in facts_of("Titel\n\n" + sentence).relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Für die Stiftung Lernwerk warb Karl Beispiel um Spenden.",
        "Der Minister besuchte die Stiftung Lernwerk. Dort begrüßte ihn Eva Probe.",
        "Die Stiftung Lernwerk lud Karl Beispiel zum Gespräch ein.",
    ],
)
def test_acting_towards_a_body_is_no_membership(sentence: str) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert not {r for r in f.relations if r[1] == "memberOf"}


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        (
            "Petra Muster und Klaus Probe vom Verein Brückenbau e. V. stellten Ergebnisse vor.",
            ["Petra Muster", "Klaus Probe"],
        ),
        (
            "Es berichteten Frau Petra Muster und Klaus Probe vom Verein Brückenbau e. V.",
            ["Petra Muster", "Klaus Probe"],
        ),
        (
            "Dazu luden Anna Test, Petra Muster und Klaus Probe vom Verein Brückenbau e. V. ein.",
            ["Petra Muster", "Klaus Probe"],
        ),
    ],
)
def test_every_name_coordinated_before_von_belongs_to_the_body(sentence: str, members: list[str]) -> None:
    relations = facts_of("Titel\n\n" + sentence).relations
    for member in members:
        assert (member, "memberOf", "Brückenbau e. V.") in relations


# ---------------------------------------------------------------- bodies taking part in a network or alliance


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        (
            "Am IQ Netzwerk Sachsen beteiligt sind die Diakonie Sachsen und die Stiftung Brückenbau.",
            "IQ Netzwerk Sachsen",
        ),
        (
            "Beteiligt am IQ Netzwerk Hessen waren die Diakonie Sachsen und die Stiftung Brückenbau.",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "An dem Bündnis Fachkräfte Nordhessen beteiligt waren die Diakonie Sachsen und die Stiftung Brückenbau.",
            "Bündnis Fachkräfte Nordhessen",
        ),
    ],
)
def test_bodies_taking_part_in_a_named_network(sentence: str, whole: str) -> None:
    relations = facts_of("Titel\n\n" + sentence).relations
    for member in ("Diakonie Sachsen", "Stiftung Brückenbau"):
        assert (member, "memberOf", whole) in relations


def test_taking_part_in_an_event_is_no_membership() -> None:
    f = facts_of(
        "Titel\n\nDas IQ Netzwerk Hessen lud ein. Am Fachtag beteiligt waren die Diakonie Sachsen und die Stiftung Lernwerk."
    )
    assert not {r for r in f.relations if r[1] == "memberOf"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Handwerkskammer Kassel, die Stiftung Lernwerk und der Caritasverband Fulda bilden das Bündnis Fachkräfte Nordhessen.",
        "Seit 2020 bilden der Caritasverband Fulda, die Handwerkskammer Kassel und die Stiftung Lernwerk gemeinsam das Bündnis Fachkräfte Nordhessen.",
        "Damals bildeten die Stiftung Lernwerk, der Caritasverband Fulda sowie die Handwerkskammer Kassel das Bündnis Fachkräfte Nordhessen.",
    ],
)
def test_bodies_making_up_an_alliance(sentence: str) -> None:
    relations = facts_of("Titel\n\n" + sentence).relations
    for member in ("Handwerkskammer Kassel", "Stiftung Lernwerk", "Caritasverband Fulda"):
        assert (member, "memberOf", "Bündnis Fachkräfte Nordhessen") in relations


def test_what_bodies_make_together_is_no_alliance_without_a_name() -> None:
    f = facts_of("Titel\n\nDie Stiftung Lernwerk und die Diakonie Hessen bilden die Basis der Beratung.")
    assert not {r for r in f.relations if r[1] == "memberOf"}


# ---------------------------------------------------------------- projects in a programme or network


@pytest.mark.parametrize(
    ("sentence", "project"),
    [
        (
            "Die Beratungsstelle „Lotse West“ im Förderprogramm „Integration durch Qualifizierung (IQ)“ berät in Fulda.",
            "Beratungsstelle „Lotse West“",
        ),
        (
            "Seit 2015 berät in Fulda das Projekt „Lotse West“ im Programm „Integration durch Qualifizierung (IQ)“.",
            "Lotse West",
        ),
        (
            "Karl Muster stellte das Projekt „Brücke Süd“ im Bundesprogramm „Integration durch Qualifizierung (IQ)“ vor.",
            "Brücke Süd",
        ),
    ],
)
def test_a_project_named_right_before_its_programme(sentence: str, project: str) -> None:
    relations = facts_of("Titel\n\n" + sentence).relations
    assert (project, "partOf", "Integration durch Qualifizierung") in relations


def test_a_body_working_in_a_programme_is_not_part_of_it() -> None:
    f = facts_of(
        "Titel\n\nDie Stiftung Lernwerk berät im Förderprogramm „Integration durch Qualifizierung (IQ)“."
    )
    assert not {r for r in f.relations if r[1] == "partOf"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Lotse West“ ist ein fester Bestandteil des IQ Netzwerks Hessen.",
        "Das Projekt „Lotse West“ ist Bestandteil des IQ Netzwerks Hessen.",
        "Seit 2019 ist das Projekt „Lotse West“ ein Bestandteil des IQ Netzwerks Hessen.",
    ],
)
def test_a_project_as_a_component_of_its_network(sentence: str) -> None:
    relations = facts_of("Titel\n\n" + sentence).relations
    assert ("Lotse West", "partOf", "IQ Landesnetzwerk Hessen") in relations


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        ("Im Namen der Stiftung Lernwerk begrüßte Karl Muster die Gäste.", ["Karl Muster"]),
        ("Von der Stiftung Lernwerk kamen Karl Muster und Petra Probe.", ["Karl Muster", "Petra Probe"]),
        (
            "Aus der Stiftung Lernwerk nahmen Petra Probe und Karl Muster teil.",
            ["Petra Probe", "Karl Muster"],
        ),
        ("Für die Stiftung Lernwerk sprachen Uta Test und Karl Muster.", ["Uta Test", "Karl Muster"]),
    ],
)
def test_persons_on_behalf_of_or_from_a_body_named_first(sentence: str, members: list[str]) -> None:
    relations = facts_of("Titel\n\n" + sentence).relations
    for member in members:
        assert (member, "memberOf", "Stiftung Lernwerk") in relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Von der Stiftung Lernwerk berichtete Karl Muster.",
        "Vom Caritasverband Fulda war Karl Muster begeistert.",
        "Von der Diakonie Hessen sprach Karl Muster lange.",
    ],
)
def test_speaking_of_a_body_is_no_membership(sentence: str) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert not {r for r in f.relations if r[1] == "memberOf"}


@pytest.mark.parametrize(
    ("sentence", "member"),
    [
        ("Karl Muster vertrat die Stiftung Lernwerk beim Fachtag.", "Karl Muster"),
        ("Die Stiftung Lernwerk wurde durch Frau Petra Probe vertreten.", "Petra Probe"),
        ("Heute vertritt Uta Test die Stiftung Lernwerk in Kassel.", "Uta Test"),
        ("Petra Probe, die für die Stiftung Lernwerk arbeitet, sprach zuerst.", "Petra Probe"),
        ("Es sprach Uta Test, der für die Stiftung Lernwerk tätig ist.", "Uta Test"),
    ],
)
def test_who_stands_for_or_works_for_a_body(sentence: str, member: str) -> None:
    assert (member, "memberOf", "Stiftung Lernwerk") in facts_of("Titel\n\n" + sentence).relations


def test_what_a_person_does_for_a_body_in_a_relative_clause_is_no_membership() -> None:
    f = facts_of("Titel\n\nPetra Probe, die für die Stiftung Lernwerk spendete, kam auch.")
    assert not {r for r in f.relations if r[1] == "memberOf"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Muster und Petra Probe (beide Stiftung Lernwerk) lobten das.",
        "Gelobt wurde es von Karl Muster und Petra Probe (beide Stiftung Lernwerk).",
        "Es berichteten Petra Probe und Karl Muster (beide Stiftung Lernwerk).",
    ],
)
def test_both_names_before_beide_and_their_body(sentence: str) -> None:
    relations = facts_of("Titel\n\n" + sentence).relations
    for member in ("Karl Muster", "Petra Probe"):
        assert (member, "memberOf", "Stiftung Lernwerk") in relations


@pytest.mark.parametrize(
    ("sentence", "member"),
    [
        ("Für den Caritasverband Fulda sprach anschließend Karl Beispiel.", "Karl Beispiel"),
        ("Den Caritasverband Fulda vertrat Frau Uta Test.", "Uta Test"),
        ("Seitens des Caritasverbandes Fulda nahm zunächst Petra Probe das Wort.", "Petra Probe"),
    ],
)
def test_the_body_first_with_an_adverb_or_as_the_object(sentence: str, member: str) -> None:
    relations = facts_of("Titel\n\n" + sentence).relations
    assert any(s == member and p == "memberOf" and o.startswith("Caritasverband") for s, p, o in relations)


@pytest.mark.parametrize(
    ("sentence", "unit", "head"),
    [
        ("Das Projekt „Brücke Pflege“ leitet Petra Beispiel seit 2019.", "Brücke Pflege", "Petra Beispiel"),
        (
            "Die Beratungsstelle „Startklar Gera“ leitet seit 2020 Frau Dr. Anna Probe.",
            "Beratungsstelle „Startklar Gera“",
            "Anna Probe",
        ),
        ("Das IQ Netzwerk Sachsen koordiniert künftig Karl Muster.", "IQ Netzwerk Sachsen", "Karl Muster"),
    ],
)
def test_the_unit_first_and_its_head_after_the_verb_of_leading(sentence: str, unit: str, head: str) -> None:
    assert (unit, "ledBy", head) in facts_of("Titel\n\n" + sentence).relations


@pytest.mark.parametrize(
    ("sentence", "unit", "head"),
    [
        ("Das IQ Netzwerk Sachsen wird geleitet von Petra Beispiel.", "IQ Netzwerk Sachsen", "Petra Beispiel"),
        ("Das Projekt „Brücke Pflege“ wird seit 2019 koordiniert von Karl Muster.", "Brücke Pflege", "Karl Muster"),
        ("Die Beratungsstelle „Startklar Gera“ wurde bis 2020 geleitet von Frau Anna Probe.", "Beratungsstelle „Startklar Gera“", "Anna Probe"),
        ("Das Projekt „Brücke Pflege“ wird seit 2019 von Karl Muster geleitet.", "Brücke Pflege", "Karl Muster"),
    ],
)  # fmt: skip
def test_the_participle_of_leading_before_its_agent(sentence: str, unit: str, head: str) -> None:
    assert (unit, "ledBy", head) in facts_of("Titel\n\n" + sentence).relations


@pytest.mark.parametrize(
    ("sentence", "unit", "heads"),
    [
        ("Petra Beispiel und Karl Muster leiten das Projekt „Brücke Pflege“.", "Brücke Pflege", {"Petra Beispiel", "Karl Muster"}),
        ("Seit 2020 leiten Anna Probe und Karl Muster das Projekt „Brücke Pflege“.", "Brücke Pflege", {"Anna Probe", "Karl Muster"}),
        ("Die Beratungsstelle „Startklar Gera“ wird von Anna Probe und Petra Beispiel geleitet.", "Beratungsstelle „Startklar Gera“", {"Anna Probe", "Petra Beispiel"}),
        ("Das Projekt „Brücke Pflege“ koordinieren Karl Muster und Anna Probe.", "Brücke Pflege", {"Karl Muster", "Anna Probe"}),
    ],
)  # fmt: skip
def test_heads_named_in_a_list_lead_together(sentence: str, unit: str, heads: set[str]) -> None:
    relations = facts_of("Titel\n\n" + sentence).relations
    assert {(unit, "ledBy", h) for h in heads} <= relations


@pytest.mark.parametrize(
    ("sentence", "unit", "head"),
    [
        ("An der Spitze des IQ Netzwerks Sachsen steht Petra Beispiel.", "IQ Netzwerk Sachsen", "Petra Beispiel"),
        ("An der Spitze der Beratungsstelle „Startklar Gera“ steht seit 2019 Dr. Karl Muster.", "Beratungsstelle „Startklar Gera“", "Karl Muster"),
        ("An der Spitze des Projekts „Brücke Pflege“ stand bis 2021 Frau Anna Probe.", "Brücke Pflege", "Anna Probe"),
    ],
)  # fmt: skip
def test_the_person_at_the_head_of_a_unit(sentence: str, unit: str, head: str) -> None:
    assert (unit, "ledBy", head) in facts_of("Titel\n\n" + sentence).relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Gestern besuchten Petra Beispiel und Karl Muster das Projekt „Brücke Pflege“.",
        "Vor dem Projekt „Brücke Pflege“ stand Petra Beispiel.",
    ],
)
def test_a_visit_or_standing_before_a_unit_names_no_head(sentence: str) -> None:
    assert not [r for r in facts_of("Titel\n\n" + sentence).relations if r[1] == "ledBy"]


def test_another_participle_before_the_agent_names_no_head() -> None:
    relations = facts_of(
        "Titel\n\nDas Projekt „Brücke Pflege“ wird seit 2019 von Karl Muster unterstützt."
    ).relations
    assert not [r for r in relations if r[1] == "ledBy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt „Brücke Pflege“ berät Petra Beispiel seit 2019.",
        "Die Stiftung Lernwerk leitet Petra Beispiel an.",
    ],
)
def test_another_verb_or_a_body_first_names_no_head(sentence: str) -> None:
    assert not [r for r in facts_of("Titel\n\n" + sentence).relations if r[1] == "ledBy"]


@pytest.mark.parametrize(
    ("sentence", "network"),
    [
        ("Das Netzwerk „Integration durch Qualifizierung“ in Sachsen lud ein.", "IQ Netzwerk Sachsen"),
        (
            "MigraNet, das Landesnetzwerk „Integration durch Qualifizierung“ in Bayern, berät.",
            "MigraNet – IQ Landesnetzwerk Bayern",
        ),
        ("Das Landesnetzwerk Integration durch Qualifizierung Thüringen berät.", "IQ Netzwerk Thüringen"),
    ],
)
def test_a_network_s_name_spelling_out_the_programme_names_the_programme(sentence: str, network: str) -> None:
    f = facts_of("Titel\n\n" + sentence)
    assert (network, "partOf", "Integration durch Qualifizierung") in f.relations


def test_the_programme_s_abbreviation_in_a_network_s_name_does_not_name_the_programme() -> None:
    f = facts_of("Titel\n\nDas IQ Netzwerk Hessen berät Zugewanderte.")
    assert not any(t == "Programme" for t, _ in f.entities)
