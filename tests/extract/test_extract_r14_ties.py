"""Ties between bodies read from combined constructions on invented sentences (round 14): a body taken into a
network as a partner ("Als neuer Partner verstärkt die X das Netzwerk Y", "Das Netzwerk Y begrüßt die X als
Partnerin", "… hat mit der X einen neuen Partner gewonnen"), having joined it ("ist dem Netzwerk Y beigetreten") or
being active in it ("ist im Netzwerk Y aktiv")."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _facts(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Gera\n\n" + text).relations if p == predicate}


@pytest.mark.parametrize(
    ("sentence", "member", "whole"),
    [
        ("Als neuer Partner verstärkt die Stiftung Morgenrot seit März das IQ Netzwerk Thüringen.", "Stiftung Morgenrot", "IQ Netzwerk Thüringen"),
        ("Die Bildungshaus Saale gGmbH ergänzt das IQ Netzwerk Sachsen als neue Partnerin.", "Bildungshaus Saale gGmbH", "IQ Netzwerk Sachsen"),
        ("Als weiteres Mitglied verstärkt der Verein Lernwerk e. V. das Bündnis Arbeit Nordland.", "Lernwerk e. V.", "Bündnis Arbeit Nordland"),
    ],
)  # fmt: skip
def test_a_body_strengthening_a_network_as_its_partner_is_its_member(
    sentence: str, member: str, whole: str
) -> None:
    assert (member, whole) in _facts(sentence, "memberOf")


@pytest.mark.parametrize(
    ("sentence", "members", "whole"),
    [
        ("Das IQ Netzwerk Bremen begrüßt die Stiftung Morgenrot als neue Partnerin.", {"Stiftung Morgenrot"}, "IQ Netzwerk Bremen"),
        ("Das IQ Netzwerk Bremen hat mit dem Verein Lernwerk e. V. einen neuen Partner gewonnen.", {"Lernwerk e. V."}, "IQ Netzwerk Bremen"),
        ("Mit der Bildungshaus Saale gGmbH gewinnt das IQ Netzwerk Sachsen ein weiteres Mitglied.", {"Bildungshaus Saale gGmbH"}, "IQ Netzwerk Sachsen"),
        ("Das Bündnis Arbeit Nordland begrüßt die Stiftung Morgenrot und den Verein Lernwerk e. V. seit Mai als Partner.", {"Stiftung Morgenrot", "Lernwerk e. V."}, "Bündnis Arbeit Nordland"),
    ],
)  # fmt: skip
def test_a_body_a_network_welcomes_or_gains_as_a_partner_is_its_member(
    sentence: str, members: set[str], whole: str
) -> None:
    assert {(m, whole) for m in members} <= _facts(sentence, "memberOf")


@pytest.mark.parametrize(
    "sentence",
    [
        # no network or alliance gains the partner
        "Der Sportverein Gera e. V. hat mit der Stiftung Morgenrot einen neuen Partner gewonnen.",
        # the partner noun names another whole
        "Die Stadt Gera begrüßt das IQ Netzwerk Thüringen als Partner des Vereins Lernwerk e. V.",
        # the network only in a genitive: the partner of an event
        "Als Partner unterstützt die Stiftung Morgenrot die Tagung des IQ Netzwerks Thüringen.",
    ],
)
def test_a_partner_noun_without_a_network_as_the_verbs_subject_or_object_makes_no_member(
    sentence: str,
) -> None:
    assert not _facts(sentence, "memberOf")


@pytest.mark.parametrize(
    ("sentence", "member", "whole"),
    [
        ("Die Stiftung Morgenrot ist 2019 dem IQ Netzwerk Thüringen beigetreten.", "Stiftung Morgenrot", "IQ Netzwerk Thüringen"),
        ("Der Verein Lernwerk e. V. ist seit 2015 im IQ Netzwerk Bremen aktiv.", "Lernwerk e. V.", "IQ Netzwerk Bremen"),
        ("Die Bildungshaus Saale gGmbH ist im Bündnis Arbeit Nordland vertreten.", "Bildungshaus Saale gGmbH", "Bündnis Arbeit Nordland"),
    ],
)  # fmt: skip
def test_a_body_that_joined_or_is_active_in_a_network_is_its_member(
    sentence: str, member: str, whole: str
) -> None:
    assert (member, whole) in _facts(sentence, "memberOf")


def test_a_body_active_in_a_district_is_no_member_of_it() -> None:
    assert not _facts("Die Stiftung Morgenrot ist im Landkreis Greiz aktiv.", "memberOf")


@pytest.mark.parametrize(
    ("sentence", "unit", "payers"),
    [
        ("Mit Mitteln des Landes Thüringen fördert das Thüringer Ministerium für Soziales das Projekt „Lernpfad“.", "Lernpfad", {"Thüringer Ministerium für Soziales", "Land Thüringen"}),
        ("In Abstimmung mit der Stadt Gera fördert das Land Thüringen das Projekt „Lernpfad“ seit 2022.", "Lernpfad", {"Land Thüringen"}),
        ("Gemeinsam mit der Stadt Gera finanziert der Landkreis Greiz die Anlaufstelle „Zeitweg“.", "Anlaufstelle „Zeitweg“", {"Landkreis Greiz", "Stadt Gera"}),
        ("Mit 40.000 Euro fördert die Stiftung Morgenrot das Projekt „Lernpfad“.", "Lernpfad", {"Stiftung Morgenrot"}),
    ],
)  # fmt: skip
def test_a_payer_after_the_verb_pays_where_a_prepositional_phrase_opens_the_sentence(
    sentence: str, unit: str, payers: set[str]
) -> None:
    assert {(unit, p) for p in payers} <= _facts(sentence, "fundedBy")


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Projekt „Lernpfad“ fördert die Stiftung Morgenrot junge Frauen.",
        "Mit dem Projekt „Lernpfad“ fördert der Verein Lernwerk e. V. Zugewanderte in Gera.",
    ],
)
def test_a_body_promoting_people_after_a_fronted_phrase_funds_no_unit(sentence: str) -> None:
    assert not _facts(_OPENING + sentence, "fundedBy")


_OPENING = "Das Projekt „Lernpfad“ startet in Gera. "


@pytest.mark.parametrize(
    ("sentence", "owner", "payer"),
    [
        ("Die Tagung des IQ Netzwerks Thüringen wird vom Land Thüringen gefördert.", "IQ Netzwerk Thüringen", "Land Thüringen"),
        ("Die Anerkennungsberatung des IQ Netzwerks Sachsen wird aus Mitteln des Freistaats Sachsen finanziert.", "IQ Netzwerk Sachsen", "Freistaat Sachsen"),
        ("Das Teilprojekt der Stiftung Morgenrot wird durch die Stadt Gera gefördert.", "Stiftung Morgenrot", "Stadt Gera"),
        ("Die Fachstelle Lernweg des IQ Netzwerks Bremen wird vom Land Bremen gefördert.", "IQ Netzwerk Bremen", "Land Bremen"),
    ],
)  # fmt: skip
def test_the_owner_of_an_unnamed_unit_or_event_is_not_what_a_passive_funds(
    sentence: str, owner: str, payer: str
) -> None:
    assert (owner, payer) not in _facts(sentence, "fundedBy")


@pytest.mark.parametrize(
    ("sentence", "office", "payer"),
    [
        ("Die Koordinierungsstelle des IQ Netzwerks Thüringen wird vom Land Thüringen gefördert.", "Koordinierungsstelle des IQ Netzwerks Thüringen", "Land Thüringen"),
        ("Seit 2020 wird die Koordinierungsstelle des IQ Netzwerks Sachsen vom Freistaat Sachsen finanziert.", "Koordinierungsstelle des IQ Netzwerks Sachsen", "Freistaat Sachsen"),
        ("Die Koordinierungsstelle des IQ Netzwerks Bremen wurde aus Mitteln des Landes Bremen gefördert.", "Koordinierungsstelle des IQ Netzwerks Bremen", "Land Bremen"),
    ],
)  # fmt: skip
def test_a_passive_funds_the_office_whose_name_holds_its_network(
    office: str, sentence: str, payer: str
) -> None:
    funding = _facts(sentence, "fundedBy")
    assert (office, payer) in funding
    assert not {f for f in funding if f[0].startswith("IQ Netzwerk")}


@pytest.mark.parametrize(
    ("sentence", "unit", "payers"),
    [
        ("Die Finanzierung des Projekts „Lernpfad“ übernehmen das Land Thüringen und die Stadt Gera.", "Lernpfad", {"Land Thüringen", "Stadt Gera"}),
        ("Die Förderung der Anlaufstelle „Zeitweg“ übernahmen der Landkreis Greiz, die Stadt Gera und die Stiftung Morgenrot.", "Anlaufstelle „Zeitweg“", {"Landkreis Greiz", "Stadt Gera", "Stiftung Morgenrot"}),
        ("Die Kofinanzierung des Projekts „Lernpfad“ tragen der Freistaat Sachsen und die Stadt Gera.", "Lernpfad", {"Freistaat Sachsen", "Stadt Gera"}),
    ],
)  # fmt: skip
def test_every_payer_listed_after_a_plural_verb_of_taking_on_the_funding_pays(
    sentence: str, unit: str, payers: set[str]
) -> None:
    assert {(unit, p) for p in payers} <= _facts(sentence, "fundedBy")


def test_a_singular_verb_of_taking_on_the_funding_has_one_payer() -> None:
    sentence = "Die Finanzierung des Projekts „Lernpfad“ übernimmt das Land Thüringen und die Stadt Gera stellt Räume."
    assert _facts(sentence, "fundedBy") == {("Lernpfad", "Land Thüringen")}


@pytest.mark.parametrize(
    ("sentence", "members", "alliance", "network"),
    [
        ("Die Stiftung Morgenrot und der Verein Lernwerk e. V. bilden gemeinsam den Beratungsverbund Ostthüringen, der seit 2022 zum IQ Netzwerk Thüringen gehört.", {"Stiftung Morgenrot", "Lernwerk e. V."}, "Beratungsverbund Ostthüringen", "IQ Netzwerk Thüringen"),
        ("Zum Lernverbund Saaleland gehören die Stiftung Morgenrot und die Bildungshaus Saale gGmbH.", {"Stiftung Morgenrot", "Bildungshaus Saale gGmbH"}, "Lernverbund Saaleland", None),
        ("Der Verein Lernwerk e. V. ist Mitglied im Beratungsverbund Elbland, einem Partner im IQ Netzwerk Sachsen.", {"Lernwerk e. V."}, "Beratungsverbund Elbland", "IQ Netzwerk Sachsen"),
    ],
)  # fmt: skip
def test_an_alliance_named_by_a_compound_of_verbund_and_its_region_has_members(
    sentence: str, members: set[str], alliance: str, network: str | None
) -> None:
    memberships = _facts(sentence, "memberOf")
    assert {(m, alliance) for m in members} <= memberships
    assert network is None or (alliance, network) in memberships


@pytest.mark.parametrize(
    "sentence",
    ["Die Stadt Gera arbeitet im Verbund mit dem Landkreis Greiz.", "Die Teilprojekte arbeiten im Verbund."],
)
def test_a_bare_verbund_with_no_name_after_it_is_no_body(sentence: str) -> None:
    assert not any(
        label.startswith("Verbund") for _, label in facts_of("Neues aus Gera\n\n" + sentence).entities
    )


@pytest.mark.parametrize(
    ("sentence", "funded", "payer"),
    [
        ("Nicht alles gehört zum IQ Netzwerk Thüringen: Die Stadt Gera fördert auch den Sportverein Blau-Weiß Gera.", "Sportverein Blau-Weiß Gera", "Stadt Gera"),
        ("Außerhalb des Netzwerks gilt: Der Landkreis Greiz finanziert das Projekt „Lernpfad“ allein.", "Lernpfad", "Landkreis Greiz"),
        ("Das ist Teil des Netzwerks: Die Stiftung Morgenrot unterstützt die Anlaufstelle „Zeitweg“ finanziell.", "Anlaufstelle „Zeitweg“", "Stiftung Morgenrot"),
    ],
)  # fmt: skip
def test_a_clause_after_a_colon_has_its_own_subject_and_no_passive_from_before_the_colon(
    sentence: str, funded: str, payer: str
) -> None:
    funding = _facts(sentence, "fundedBy")
    assert (funded, payer) in funding
    assert not {f for f in funding if f[0].startswith("IQ") or f[1].startswith("IQ")}


@pytest.mark.parametrize(
    "second",
    [
        "Träger ist die Stiftung Morgenrot, die eng mit dem IQ Netzwerk Thüringen zusammenarbeitet.",
        "Die Stiftung Morgenrot hat schon 2019 mit dem IQ Netzwerk Sachsen zusammengearbeitet.",
        "Getragen wird es vom Verein Lernwerk e. V., der seit Jahren mit dem IQ Netzwerk Bremen zusammenarbeitet.",
    ],
)
def test_a_network_named_only_as_a_carrier_s_partner_holds_no_project(second: str) -> None:
    text = "Seit Mai begleitet das Projekt „Lernpfad“ Fachkräfte in Gera. " + second
    assert not _facts(text, "partOf")


@pytest.mark.parametrize(
    "second",
    [
        "Nicht zum IQ Netzwerk Thüringen gehört das Projekt „Zeitweg“, das die Stadt Gera bezahlt.",
        "Das Projekt „Zeitweg“ der Stadt Gera gehört dagegen nicht zum IQ Netzwerk Thüringen.",
        "Das Projekt „Zeitweg“ ist kein Teil des IQ Netzwerks Thüringen.",
    ],
)
def test_a_project_the_text_says_is_not_in_the_network_is_no_part_of_it(second: str) -> None:
    text = "Das IQ Netzwerk Thüringen bündelt sechs Teilprojekte, darunter das Projekt „Lernpfad“. " + second
    parts = _facts(text, "partOf")
    assert ("Zeitweg", "IQ Netzwerk Thüringen") not in parts
    assert ("Lernpfad", "IQ Netzwerk Thüringen") in parts


@pytest.mark.parametrize(
    ("second", "payer"),
    [
        ("Es ist Teil des IQ Netzwerks Thüringen und wird vom Land Thüringen gefördert.", "Land Thüringen"),
        ("Es ist seit 2021 im IQ Netzwerk Thüringen verankert und wird aus Mitteln des Europäischen Sozialfonds finanziert.", "Europäischer Sozialfonds"),
        ("Es war bis 2022 ein Teilprojekt des IQ Netzwerks Thüringen und wurde durch die Stadt Gera gefördert.", "Stadt Gera"),
    ],
)  # fmt: skip
def test_a_pronoun_subject_is_funded_not_the_network_its_predicate_names(second: str, payer: str) -> None:
    funding = _facts("Das Projekt „Lernpfad“ berät Zugewanderte in Gera. " + second, "fundedBy")
    assert ("Lernpfad", payer) in funding
    assert ("IQ Netzwerk Thüringen", payer) not in funding


def test_a_network_as_the_subject_of_a_passive_is_still_funded() -> None:
    funding = _facts("Das IQ Netzwerk Thüringen wird vom Land Thüringen gefördert.", "fundedBy")
    assert ("IQ Netzwerk Thüringen", "Land Thüringen") in funding


@pytest.mark.parametrize(
    ("sentence", "members", "whole"),
    [
        ("Die Stiftung Morgenrot arbeitet seit 2015 als Partnerin im IQ Netzwerk Thüringen.", {"Stiftung Morgenrot"}, "IQ Netzwerk Thüringen"),
        ("Der Verein Lernwerk e. V. wirkt als Teilprojektträger im IQ Netzwerk Sachsen.", {"Lernwerk e. V."}, "IQ Netzwerk Sachsen"),
        ("Die Stiftung Morgenrot und die Bildungshaus Saale gGmbH arbeiten als Partner des Bündnisses Arbeit Nordland.", {"Stiftung Morgenrot", "Bildungshaus Saale gGmbH"}, "Bündnis Arbeit Nordland"),
    ],
)  # fmt: skip
def test_a_body_working_as_a_partner_in_a_network_is_its_member(
    sentence: str, members: set[str], whole: str
) -> None:
    assert {(m, whole) for m in members} <= _facts(sentence, "memberOf")


@pytest.mark.parametrize(
    ("sentence", "members", "whole"),
    [
        ("Die Partner des IQ Netzwerks Thüringen – die Stiftung Morgenrot und der Verein Lernwerk e. V. – stellten sich vor.", {"Stiftung Morgenrot", "Lernwerk e. V."}, "IQ Netzwerk Thüringen"),
        ("Zwei Partner im IQ Netzwerk Sachsen — die Bildungshaus Saale gGmbH und die Stiftung Morgenrot — luden ein.", {"Bildungshaus Saale gGmbH", "Stiftung Morgenrot"}, "IQ Netzwerk Sachsen"),
        ("Die Mitglieder des Bündnisses Arbeit Nordland – der Verein Lernwerk e. V. und die Stadt Gera – trafen sich.", {"Lernwerk e. V.", "Stadt Gera"}, "Bündnis Arbeit Nordland"),
    ],
)  # fmt: skip
def test_the_members_between_dashes_after_the_member_noun_and_its_whole(
    sentence: str, members: set[str], whole: str
) -> None:
    assert {(m, whole) for m in members} <= _facts(sentence, "memberOf")


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stiftung Morgenrot und der Verein Lernwerk e. V. bilden außerdem den Beratungsverbund Ostthüringen.",
        "Die Stiftung Morgenrot und der Verein Lernwerk e. V. bilden inzwischen gemeinsam das Bündnis Arbeit Nordland.",
        "Die Stiftung Morgenrot und der Verein Lernwerk e. V. bildeten zudem seit 2020 den Lernverbund Saaleland.",
    ],
)
def test_bodies_forming_an_alliance_after_an_adverb_are_its_members(sentence: str) -> None:
    memberships = _facts(sentence, "memberOf")
    assert {m for m, _ in memberships} == {"Stiftung Morgenrot", "Lernwerk e. V."}


@pytest.mark.parametrize(
    ("sentence", "payer"),
    [
        ("Das Land Thüringen stellt dem Projekt Lernpfad Gera 200.000 Euro zur Verfügung.", "Land Thüringen"),
        ("Die Stadt Gera stellt für das Projekt Lernpfad Gera 40.000 Euro bereit.", "Stadt Gera"),
        ("Der Landkreis Greiz gibt dem Projekt Lernpfad Gera jährlich 12.500 Euro.", "Landkreis Greiz"),
    ],
)  # fmt: skip
def test_an_amount_after_a_project_s_name_is_no_version_of_it(sentence: str, payer: str) -> None:
    assert ("Lernpfad Gera", payer) in _facts(sentence, "fundedBy")


def test_a_version_still_closes_a_project_s_name() -> None:
    assert ("Pflege 4.0", "Land Thüringen") in _facts(
        "Das Projekt Pflege 4.0 wird vom Land Thüringen gefördert.", "fundedBy"
    )


@pytest.mark.parametrize(
    ("sentence", "body", "seat", "not_seat"),
    [
        ("Der Verein Lernwerk e. V. aus Gera und Partner aus Jena stellten das Projekt vor.", "Lernwerk e. V.", "Gera", "Jena"),
        ("Die Stiftung Morgenrot aus Erfurt und Gäste aus Weimar besuchten die Messe.", "Stiftung Morgenrot", "Erfurt", "Weimar"),
        ("Die Bildungshaus Saale gGmbH in Jena und Betriebe in Gera bilden Fachkräfte aus.", "Bildungshaus Saale gGmbH", "Jena", "Gera"),
    ],
)  # fmt: skip
def test_a_town_after_another_noun_in_a_list_is_not_the_first_body_s_seat(
    sentence: str, body: str, seat: str, not_seat: str
) -> None:
    seats = _facts(sentence, "locatedIn")
    assert (body, seat) in seats
    assert (body, not_seat) not in seats


def test_towns_listed_with_their_preposition_again_are_all_seats() -> None:
    seats = _facts("Die Stiftung Morgenrot hat Büros in Gera, in Jena und in Weimar.", "locatedIn")
    assert {("Stiftung Morgenrot", t) for t in ("Gera", "Jena", "Weimar")} <= seats


@pytest.mark.parametrize(
    ("sentence", "unit", "payer"),
    [
        ("Das Projekt „Lernpfad“, für das der Freistaat Thüringen 200.000 Euro bereitstellt, startet im Mai.", "Lernpfad", "Freistaat Thüringen"),
        ("Die Anlaufstelle „Zeitweg“, für die die Stadt Gera jährlich Mittel zur Verfügung stellt, öffnet im Mai.", "Anlaufstelle „Zeitweg“", "Stadt Gera"),
        ("Das Projekt „Lernpfad“, für das der Landkreis Greiz 2031 rund 50.000 Euro bewilligt hat, läuft an.", "Lernpfad", "Landkreis Greiz"),
    ],
)  # fmt: skip
def test_a_payer_providing_money_for_the_antecedent_of_a_relative_clause_funds_it(
    sentence: str, unit: str, payer: str
) -> None:
    assert (unit, payer) in _facts(sentence, "fundedBy")


def test_rooms_provided_for_a_project_are_no_funding() -> None:
    sentence = "Das Projekt „Lernpfad“, für das die Stadt Gera Räume zur Verfügung stellt, startet im Mai."
    assert not _facts(sentence, "fundedBy")


@pytest.mark.parametrize(
    ("sentence", "member", "whole"),
    [
        ("Die Stiftung Morgenrot (Partnerin im IQ Netzwerk Thüringen) lädt zum Fachtag ein.", "Stiftung Morgenrot", "IQ Netzwerk Thüringen"),
        ("Der Verein Lernwerk e. V. – ein Mitglied des Bündnisses Arbeit Nordland – berät Betriebe.", "Lernwerk e. V.", "Bündnis Arbeit Nordland"),
        ("Die Bildungshaus Saale gGmbH (Teilprojektträger im IQ Netzwerk Sachsen) bietet Kurse an.", "Bildungshaus Saale gGmbH", "IQ Netzwerk Sachsen"),
    ],
)  # fmt: skip
def test_a_member_noun_in_parentheses_or_dashes_after_a_body_makes_it_a_member(
    sentence: str, member: str, whole: str
) -> None:
    assert (member, whole) in _facts(sentence, "memberOf")


@pytest.mark.parametrize(
    ("sentence", "programme"),
    [
        ("Die Umsetzungspartner des Bundesprogramms „Lernwege Plus“ sind die Bundesagentur für Arbeit und das Bundesamt für Migration und Flüchtlinge.", "Lernwege Plus"),
        ("Umsetzungspartner im Programm IQ sind heute die Bundesagentur für Arbeit sowie das Bundesamt für Migration und Flüchtlinge.", "Integration durch Qualifizierung"),
        ("Als Umsetzungspartner des Förderprogramms IQ wirken die Bundesagentur für Arbeit und das Bundesamt für Migration und Flüchtlinge mit.", "Integration durch Qualifizierung"),
    ],
)  # fmt: skip
def test_the_partners_in_implementing_a_programme_named_in_the_cue_s_genitive(
    sentence: str, programme: str
) -> None:
    partners = _facts(sentence, "implementationPartner")
    expected = {
        (programme, "Bundesagentur für Arbeit"),
        (programme, "Bundesamt für Migration und Flüchtlinge"),
    }
    assert partners == expected


@pytest.mark.parametrize(
    ("sentence", "body", "payers"),
    [
        ("Mit Mitteln des Landes Thüringen fördert das Thüringer Ministerium für Soziales den Verein Lernwerk e. V.", "Lernwerk e. V.", {"Thüringer Ministerium für Soziales", "Land Thüringen"}),
        ("Gemeinsam mit der Stadt Gera fördert die Stiftung Morgenrot den Sportverein Blau-Weiß Gera.", "Sportverein Blau-Weiß Gera", {"Stiftung Morgenrot", "Stadt Gera"}),
        ("Im Jahr 2031 finanzierte der Freistaat Sachsen die Bildungshaus Saale gGmbH.", "Bildungshaus Saale gGmbH", {"Freistaat Sachsen"}),
    ],
)  # fmt: skip
def test_a_body_right_after_the_payer_after_a_fronted_phrase_is_what_it_pays_for(
    sentence: str, body: str, payers: set[str]
) -> None:
    funding = _facts(sentence, "fundedBy")
    assert {(body, p) for p in payers} <= funding
    assert not {f for f in funding if f[0] in payers}
