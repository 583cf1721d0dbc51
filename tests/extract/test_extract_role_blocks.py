"""Roles read beyond one sentence's apposition and in new phrasings (issue 11, tenth round): a signature or contact
block, a definite description for the person named before, a unit after "im", a body after a bare "bei" or after
"für die", a researcher, a contact person, "dort", a delegation listed after "vertreten:", a body named by its kind
opening the sentence, a unit carried from the sentence before, adjectival titles in the dative, a second title
before the name. Invented sentences, three or more variants each."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _facts(body: str):  # type: ignore[no-untyped-def]
    return facts_of("Titel\n\n" + body)


# ---------------------------------------------------------------- a signature or contact block


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Der Verein Lernwerk e. V. berät in Kassel.\n\nKontakt:\nJana Probe\nKoordinatorin, Verein Lernwerk e. V.\n",
            ("Jana Probe", "Koordinatorin", "Lernwerk e. V."),
        ),
        (
            "Das IQ Netzwerk Hessen berät Zugewanderte.\n\nDr. Karl Muster\nLeiter des IQ Netzwerks Hessen\nTelefon 0561 1\n",
            ("Karl Muster", "Leiter", "IQ Landesnetzwerk Hessen"),
        ),
        (
            "Die Stiftung Lichtblick lädt ein.\n\nIhre Ansprechpartnerin:\nGreta Sommer\nReferentin\nStiftung Lichtblick\n",
            ("Greta Sommer", "Referentin", "Stiftung Lichtblick"),
        ),
        (
            "Die Brückenbau gGmbH berät Betriebe.\n\nMit freundlichen Grüßen\nOle Beispiel\nProjektleiter bei der Brückenbau gGmbH\n",
            ("Ole Beispiel", "Projektleiter", "Brückenbau gGmbH"),
        ),
    ],
)
def test_a_title_on_the_line_under_a_name_alone_is_hers(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


def test_a_signed_head_of_a_network_leads_it() -> None:
    facts = _facts(
        "Das IQ Netzwerk Bremen berät.\n\nAnsprechpartnerin:\nMaria Probe\nKoordinatorin, IQ Netzwerk Bremen\n"
    )
    assert ("IQ Netzwerk Bremen", "ledBy", "Maria Probe") in facts.relations


@pytest.mark.parametrize(
    ("body", "person", "title"),
    [
        # the line above holds more than a name
        (
            "Es sprach Jana Probe vom Verein Lernwerk e. V.\nKoordinatorin des Vereins ist Ida Winter.\n",
            "Jana Probe",
            "Koordinatorin",
        ),
        # a man's name above a feminine title
        ("Kontakt:\nKarl Muster\nKoordinatorin, Verein Lernwerk e. V.\n", "Karl Muster", "Koordinatorin"),
        # a blank line between the name and the title: no block
        ("Jana Probe\n\nReferentin beim Verein Lernwerk e. V. gesucht\n", "Jana Probe", "Referentin"),
    ],
)
def test_no_signature_where_the_name_is_not_alone_right_above(body: str, person: str, title: str) -> None:
    assert not any(r[:2] == (person, title) for r in _facts(body).roles)


# ---------------------------------------------------------------- a definite description for the person named before


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Seit Mai berät Ida Winter in Kassel. Die Beraterin arbeitet für die Stiftung Lichtblick.",
            ("Ida Winter", "Beraterin", "Stiftung Lichtblick"),
        ),
        (
            "Im Rathaus sitzt Karl Muster. Der Referent ist bei der Brückenbau gGmbH tätig.",
            ("Karl Muster", "Referent", "Brückenbau gGmbH"),
        ),
        (
            "Greta Probe kennt die Betriebe. Die Koordinatorin arbeitet seit 2019 beim Verein Lernwerk e. V.",
            ("Greta Probe", "Koordinatorin", "Lernwerk e. V."),
        ),
    ],
)
def test_a_description_by_a_role_noun_working_at_a_body_holds_that_role(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "member"),
    [
        (
            "Ida Winter lebt in Kassel. Die Soziologin arbeitet bei der Stiftung Lichtblick.",
            ("Ida Winter", "Stiftung Lichtblick"),
        ),
        (
            "Im Kurs sitzt Greta Probe. Die Juristin ist seit 2019 beim Verein Lernwerk e. V. tätig.",
            ("Greta Probe", "Lernwerk e. V."),
        ),
        (
            "Jana Sommer malt. Die Künstlerin arbeitet heute für die Brückenbau gGmbH.",
            ("Jana Sommer", "Brückenbau gGmbH"),
        ),
    ],
)
def test_a_description_by_another_noun_gives_the_membership_alone(body: str, member: tuple[str, str]) -> None:
    facts = _facts(body)
    assert (member[0], "memberOf", member[1]) in facts.relations
    assert not any(r[0] == member[0] for r in facts.roles)


@pytest.mark.parametrize(
    "body",
    [
        # two women named before: which one, the text does not say here
        "Ida Winter und Greta Probe sprachen. Die Beraterin arbeitet für die Stiftung Lichtblick.",
        # a name whose gender we cannot tell after hers
        "Ida Winter traf Kim Sommer. Die Beraterin arbeitet für die Stiftung Lichtblick.",
        # a masculine noun that names no person
        "Ida Winter sprach. Der Verein arbeitet für die Stiftung Lichtblick.",
    ],
)
def test_no_description_resolved_without_exactly_one_fitting_person(body: str) -> None:
    facts = _facts(body)
    assert not any(r[1] == "memberOf" and r[2] == "Stiftung Lichtblick" for r in facts.relations)
    assert not any(r[2] == "Stiftung Lichtblick" for r in facts.roles)


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Leyla Probe leitet das Projekt. Die Soziologin war zuvor sieben Jahre Referentin beim Verein Lernwerk e. V.",
            ("Leyla Probe", "Referentin", "Lernwerk e. V."),
        ),
        (
            "Karl Muster leitet das Projekt. Er war drei Jahre lang Leiter der Stiftung Lichtblick.",
            ("Karl Muster", "Leiter", "Stiftung Lichtblick"),
        ),
        (
            "Ida Winter spricht. Sie war zuvor zwei Jahre Geschäftsführerin der Brückenbau gGmbH.",
            ("Ida Winter", "Geschäftsführerin", "Brückenbau gGmbH"),
        ),
    ],
)
def test_how_long_a_post_was_held_stands_between_the_verb_and_the_title(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


# ---------------------------------------------------------------- a unit after "im" before the body's genitive


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Es sprach Ole Probe, Teamleiter im Arbeitgeberservice der Agentur für Arbeit Kassel.",
            ("Ole Probe", "Teamleiter im Arbeitgeberservice", "Agentur für Arbeit Kassel"),
        ),
        (
            "Ida Winter, Referentin in der Abteilung Migration des Bundesministeriums für Arbeit und Soziales, sprach.",
            (
                "Ida Winter",
                "Referentin in der Abteilung Migration",
                "Bundesministerium für Arbeit und Soziales",
            ),
        ),
        (
            "Mitarbeiterin im Kundenservice der Stiftung Lichtblick ist Greta Sommer.",
            ("Greta Sommer", "Mitarbeiterin im Kundenservice", "Stiftung Lichtblick"),
        ),
    ],
)
def test_a_unit_after_im_before_the_body_stays_in_the_title(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Karl Muster, Referent im Bundesministerium für Arbeit und Soziales, sprach.",
            ("Karl Muster", "Referent", "Bundesministerium für Arbeit und Soziales"),
        ),
        (
            "Ida Winter, Beraterin im Team der Stiftung Lichtblick, sprach.",
            ("Ida Winter", "Beraterin", "Stiftung Lichtblick"),
        ),
        (
            "Jana Muster, Leiterin im Jobcenter Kassel, sprach.",
            ("Jana Muster", "Leiterin", "Jobcenter Kassel"),
        ),
    ],
)
def test_a_body_after_im_is_the_organisation_not_a_unit(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


# ---------------------------------------------------------------- a body after a bare "bei", maybe quoted


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "„Gut so“, sagt Lena Probe, Beraterin bei „Werkbank Ost“.",
            ("Lena Probe", "Beraterin", "Werkbank Ost"),
        ),
        ("Karl Muster, Referent bei Lernwerk e. V., sprach.", ("Karl Muster", "Referent", "Lernwerk e. V.")),
        ("Ida Winter ist Beraterin bei »Brücke Pflege«.", ("Ida Winter", "Beraterin", "Brücke Pflege")),
        ("Beraterin bei „Brücke Pflege“ ist Greta Sommer.", ("Greta Sommer", "Beraterin", "Brücke Pflege")),
    ],
)
def test_a_body_after_bare_bei_is_the_title_s(body: str, role: tuple[str, str, str]) -> None:
    facts = facts_of("Titel\n\nDas Projekt „Werkbank Ost“ und das Projekt „Brücke Pflege“ starten. " + body)
    assert role in facts.roles


# ---------------------------------------------------------------- a researcher's post


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Es sprach Dr. Ole Probe, Arbeitsmarktforscher an der Hochschule Nordhausen.",
            ("Ole Probe", "Arbeitsmarktforscher", "Hochschule Nordhausen"),
        ),
        (
            "Migrationsforscherin Ida Winter von der Universität Kassel stellte die Studie vor.",
            ("Ida Winter", "Migrationsforscherin", "Universität Kassel"),
        ),
        (
            "Die Studie erläuterte Greta Sommer, Forscherin am Institut für Arbeitsmarktfragen e. V.",
            ("Greta Sommer", "Forscherin", "Institut für Arbeitsmarktfragen e. V."),
        ),
    ],
)
def test_a_researcher_at_a_university_or_institute_holds_a_post_there(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


# ---------------------------------------------------------------- a contact person


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Werkstatt Beruf\nTräger: Verein Lernwerk e. V.\nAnsprechpartnerin: Ida Winter\n",
            ("Ida Winter", "Ansprechpartnerin", "Werkstatt Beruf"),
        ),
        (
            "Werkstatt Beruf\nTräger: Verein Lernwerk e. V.\nAnsprechpartner für Betriebe: Dr. Karl Muster\n",
            ("Karl Muster", "Ansprechpartner für Betriebe", "Werkstatt Beruf"),
        ),
        (
            "Das Projekt berät Betriebe.\n\nAnsprechpartnerin für Zugewanderte: Greta Sommer\nTel. 0561 1\n",
            ("Greta Sommer", "Ansprechpartnerin für Zugewanderte", None),
        ),
    ],
)
def test_a_contact_person_on_a_label_line_holds_the_post(
    body: str, role: tuple[str, str, str | None]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Die Stiftung Lichtblick berät in Kassel. Ansprechpartnerin dort ist Greta Sommer.",
            ("Greta Sommer", "Ansprechpartnerin", "Stiftung Lichtblick"),
        ),
        (
            "Die Brückenbau gGmbH hilft seit 2019. Dort ist Ida Winter Ansprechpartnerin.",
            ("Ida Winter", "Ansprechpartnerin", "Brückenbau gGmbH"),
        ),
        (
            "Der Verein Lernwerk e. V. hat ein Büro in Kassel. Leiter dort ist Karl Muster.",
            ("Karl Muster", "Leiter", "Lernwerk e. V."),
        ),
    ],
)
def test_dort_points_back_to_the_one_body_of_the_sentence_before(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    "body",
    [
        # two bodies before: which one, "dort" does not say
        "Die Stiftung Lichtblick und der Verein Lernwerk e. V. beraten. Ansprechpartnerin dort ist Greta Sommer.",
        # no "dort": a contact person need not work for the body named before
        "Die Stiftung Lichtblick fördert den Kurs. Ansprechpartnerin ist Greta Sommer.",
    ],
)
def test_no_body_there_without_dort_and_one_body(body: str) -> None:
    assert ("Greta Sommer", "Ansprechpartnerin", "Stiftung Lichtblick") not in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Für die Stiftung Lichtblick stellte Geschäftsführerin Ida Winter die Pläne vor.",
            ("Ida Winter", "Geschäftsführerin", "Stiftung Lichtblick"),
        ),
        (
            "Für den Verein Lernwerk e. V. präsentierte Vorstand Karl Muster die Zahlen.",
            ("Karl Muster", "Vorstand", "Lernwerk e. V."),
        ),
        (
            "Für die Brückenbau gGmbH erläuterte Projektleiterin Greta Sommer das Verfahren.",
            ("Greta Sommer", "Projektleiterin", "Brückenbau gGmbH"),
        ),
    ],
)
def test_a_title_presenting_for_the_body_fronted_is_in_that_body(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Es sprach Ida Winter, seit drei Jahren Beraterin im Projekt „Werkstatt Beruf“.",
            ("Ida Winter", "Beraterin", "Werkstatt Beruf"),
        ),
        (
            "Karl Muster, seit 12 Jahren Vorsitzender des Vereins Lernwerk e. V., sprach.",
            ("Karl Muster", "Vorsitzender", "Lernwerk e. V."),
        ),
        (
            "Greta Sommer, seit vielen Jahren Geschäftsführerin der Stiftung Lichtblick, dankte.",
            ("Greta Sommer", "Geschäftsführerin", "Stiftung Lichtblick"),
        ),
    ],
)
def test_since_how_many_years_stands_before_a_title_in_apposition(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Die Stiftung Lichtblick berät.\n\nKontakt:\nOle Probe\nReferent Öffentlichkeitsarbeit\nStiftung Lichtblick\n",
            ("Ole Probe", "Referent Öffentlichkeitsarbeit", "Stiftung Lichtblick"),
        ),
        (
            "Der Verein Lernwerk e. V. berät.\n\nIda Winter\nLeiterin Finanzen und Personal\nVerein Lernwerk e. V.\n",
            ("Ida Winter", "Leiterin Finanzen und Personal", "Lernwerk e. V."),
        ),
        (
            "Die Brückenbau gGmbH berät.\n\nGreta Sommer\nReferentin Grundsatzfragen\nTelefon 0561 1\n",
            ("Greta Sommer", "Referentin Grundsatzfragen", None),
        ),
    ],
)
def test_a_unit_closing_the_title_s_line_stays_in_the_title(
    body: str, role: tuple[str, str, str | None]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Die Stiftung Lichtblick war mit zwei Fachleuten vertreten: Referentin Ida Winter und Berater Ole Probe.",
            ("Ole Probe", "Berater", "Stiftung Lichtblick"),
        ),
        (
            "Der Verein Lernwerk e. V. war vertreten: Vorstand Karl Muster, Referentin Greta Sommer.",
            ("Greta Sommer", "Referentin", "Lernwerk e. V."),
        ),
        (
            "Der Verein Lernwerk e. V. war durch seinen Vorstand Karl Muster vertreten.",
            ("Karl Muster", "Vorstand", "Lernwerk e. V."),
        ),
        (
            "Die Stiftung Lichtblick wurde durch Geschäftsführerin Ida Winter vertreten.",
            ("Ida Winter", "Geschäftsführerin", "Stiftung Lichtblick"),
        ),
    ],
)
def test_titled_people_representing_a_body_hold_their_titles_there(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Das IQ Netzwerk Bremen lud ein. Für das Netzwerk begrüßte dessen Koordinatorin Ida Winter die Gäste.",
            ("Ida Winter", "Koordinatorin", "IQ Netzwerk Bremen"),
        ),
        (
            "Der Verein Lernwerk e. V. feierte. Seitens des Vereins dankte Vorstand Karl Muster allen Gästen.",
            ("Karl Muster", "Vorstand", "Lernwerk e. V."),
        ),
        (
            "Die Stiftung Lichtblick und das IQ Netzwerk Bremen luden ein. Es kamen viele. "
            "Für die Stiftung sprach deren Geschäftsführerin Greta Sommer.",
            ("Greta Sommer", "Geschäftsführerin", "Stiftung Lichtblick"),
        ),
    ],
)
def test_a_body_named_by_its_kind_opening_the_sentence_is_the_title_s(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


def test_a_stand_in_for_one_of_two_bodies_of_its_kind_names_neither() -> None:
    body = "Die Stiftung Lichtblick und die Stiftung Morgenrot luden ein. Für die Stiftung sprach Vorstand Karl Muster."
    roles = _facts(body).roles
    assert not any(r[0] == "Karl Muster" and r[2] is not None and r[2].startswith("Stiftung") for r in roles)


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Die Beratung übernimmt das Referat 34 „Integration“ des Bundesministeriums für Arbeit und Soziales. "
            "Leiter des Referats ist Dr. Karl Muster.",
            ("Karl Muster", "Leiter des Referats", "Bundesministerium für Arbeit und Soziales"),
        ),
        (
            "Neu ist die Abteilung Migration der Stiftung Lichtblick. Leiterin der Abteilung ist Ida Winter.",
            ("Ida Winter", "Leiterin der Abteilung", "Stiftung Lichtblick"),
        ),
        (
            "Anträge prüft das Dezernat 2 der Stadtverwaltung Kassel und die Brückenbau gGmbH. "
            "Greta Sommer, Referentin des Dezernats, erklärte das Verfahren.",
            ("Greta Sommer", "Referentin des Dezernats", "Stadtverwaltung Kassel"),
        ),
    ],
)
def test_a_unit_in_a_title_is_in_the_body_named_with_it_in_the_sentence_before(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Eröffnet wurde der Tag von Landesbeauftragter Ida Winter.",
            ("Ida Winter", "Landesbeauftragte", None),
        ),
        (
            "Begrüßt wurden die Gäste von Integrationsbeauftragtem Karl Muster.",
            ("Karl Muster", "Integrationsbeauftragter", None),
        ),
        (
            "Mit stellvertretender Vorsitzender Jana Probe sprachen alle.",
            ("Jana Probe", "stellvertretende Vorsitzende", None),
        ),
    ],
)
def test_an_adjectival_title_in_the_dative_without_article_is_written_in_the_nominative(
    body: str, role: tuple[str, str, None]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Ida Winter, Beraterin für die Stiftung Lichtblick, sprach.",
            ("Ida Winter", "Beraterin", "Stiftung Lichtblick"),
        ),
        (
            "Karl Muster arbeitet als Referent für den Verein Lernwerk e. V.",
            ("Karl Muster", "Referent", "Lernwerk e. V."),
        ),
        (
            "Greta Sommer ist als Koordinatorin für das IQ Netzwerk Bremen unterwegs.",
            ("Greta Sommer", "Koordinatorin", "IQ Netzwerk Bremen"),
        ),
    ],
)
def test_the_body_a_post_works_for_after_fuer_is_the_title_s(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Der Leiter der Stiftung Lichtblick, Vorstand Karl Muster, sprach.",
            ("Karl Muster", "Leiter", "Stiftung Lichtblick"),
        ),
        (
            "Die Geschäftsführerin des Vereins Lernwerk e. V., Rechtsanwältin Dr. Ida Winter, sprach.",
            ("Ida Winter", "Geschäftsführerin", "Lernwerk e. V."),
        ),
        (
            "Es sprach die Beauftragte für Integration, Staatsministerin Greta Sommer.",
            ("Greta Sommer", "Beauftragte für Integration", None),
        ),
    ],
)
def test_a_title_before_a_comma_and_a_second_title_with_the_name_is_the_name_s(
    body: str, role: tuple[str, str, str | None]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Seit Mai leitet Karl Muster das Projekt. Der Sozialarbeiter war zuvor Referent beim Verein Lernwerk e. V.",
            ("Karl Muster", "Referent", "Lernwerk e. V."),
        ),
        (
            "Ole Probe stellte sich vor. Der Projektleiter arbeitete zuvor als Berater bei der Stiftung Lichtblick.",
            ("Ole Probe", "Berater", "Stiftung Lichtblick"),
        ),
        (
            "Ida Winter spricht. Sie arbeitete vorher als Referentin beim Verein Lernwerk e. V.",
            ("Ida Winter", "Referentin", "Lernwerk e. V."),
        ),
    ],
)
def test_a_masculine_role_noun_or_a_pronoun_stands_for_the_one_person_before(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    "body",
    [
        "Karl Muster und Ole Probe sprachen. Der Projektleiter war zuvor Referent beim Verein Lernwerk e. V.",
        "Karl Muster sprach. Der Verein war zuvor Referent beim Verein Lernwerk e. V.",
        "Karl Muster und Ole Probe sprachen. Der Berater war zuvor Referent beim Verein Lernwerk e. V.",
    ],
)
def test_no_description_read_for_two_fitting_people_or_a_noun_of_no_person(body: str) -> None:
    assert not any(r[2] == "Lernwerk e. V." for r in _facts(body).roles)


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Die Stiftung Lichtblick lädt ein. Die Lichtblick-Beraterin Ida Winter sprach.",
            ("Ida Winter", "Lichtblick-Beraterin", "Stiftung Lichtblick"),
        ),
        (
            "Die Jugendhilfe Sonnenhof gGmbH feiert. Sonnenhof-Mitarbeiter Karl Muster sprach.",
            ("Karl Muster", "Sonnenhof-Mitarbeiter", "Jugendhilfe Sonnenhof gGmbH"),
        ),
        (
            "Die Bildungsakademie Morgenrot gGmbH berät. Es sprach Morgenrot-Geschäftsführerin Greta Sommer.",
            ("Greta Sommer", "Morgenrot-Geschäftsführerin", "Bildungsakademie Morgenrot gGmbH"),
        ),
    ],
)
def test_a_compound_title_names_its_body_by_a_later_word_of_the_body_s_name(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        (
            "Im Rathaus sitzt Ida Winter. Die gebürtige Syrerin arbeitet bei der Stiftung Lichtblick.",
            ("relation", ("Ida Winter", "memberOf", "Stiftung Lichtblick")),
        ),
        (
            "Im Rathaus sitzt Karl Muster. Der neue Berater arbeitet für die Stiftung Lichtblick.",
            ("role", ("Karl Muster", "Berater", "Stiftung Lichtblick")),
        ),
        (
            "Heute berät Greta Sommer. Die erfahrene Juristin ist beim Verein Lernwerk e. V. tätig.",
            ("relation", ("Greta Sommer", "memberOf", "Lernwerk e. V.")),
        ),
    ],
)
def test_a_description_with_an_adjective_stands_for_the_person_before(
    body: str, fact: tuple[str, tuple[str, str, str]]
) -> None:
    facts = _facts(body)
    assert fact[1] in (facts.relations if fact[0] == "relation" else facts.roles)
