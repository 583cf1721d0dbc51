"""Persons' ties on invented sentences (round 12): a verb of working after a first predicate joined by "und",
names listed before a plural verb of working."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _memberships(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Titel\n\n" + text).relations if p == "memberOf"}


# ---------------------------------------------------------------- "X ist Juristin und arbeitet bei Y"


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Zur Person: Marta Entwurf (46) ist Sozialpädagogin und arbeitet seit 2015 für den Verein Lernwerk e. V.",
            "Marta Entwurf",
            "Lernwerk e. V.",
        ),
        (
            "Karl Muster studierte in Kassel Soziale Arbeit und ist heute bei der Stiftung Lichtblick tätig.",
            "Karl Muster",
            "Stiftung Lichtblick",
        ),
        (
            "Jonas Probe hat zwei Kinder und engagiert sich seit Jahren im Verein Brückenbau e. V.",
            "Jonas Probe",
            "Brückenbau e. V.",
        ),
    ],
)
def test_a_verb_of_working_after_a_first_predicate(text: str, person: str, body: str) -> None:
    assert _memberships(text) == {(person, body)}


def test_a_first_predicate_without_a_verb_of_working_ties_no_one() -> None:
    assert (
        _memberships("Anna Probe lobte den Verein Lernwerk e. V. und ist froh über die Stiftung Lichtblick.")
        == set()
    )


# ---------------------------------------------------------------- "A und B arbeiten beim Verein X"


@pytest.mark.parametrize(
    ("text", "people", "body"),
    [
        (
            "Anna Probe und Karl Muster arbeiten beim Verein Lernwerk e. V.",
            {"Anna Probe", "Karl Muster"},
            "Lernwerk e. V.",
        ),
        (
            "Lea Vorlage, Jonas Entwurf und Omar Beleg sind seit 2019 bei der Stiftung Lichtblick tätig.",
            {"Lea Vorlage", "Jonas Entwurf", "Omar Beleg"},
            "Stiftung Lichtblick",
        ),
        (
            "Seit Jahren sind Nina Skizze und Paul Beispiel Mitglieder im Verein Brückenbau e. V.",
            {"Nina Skizze", "Paul Beispiel"},
            "Brückenbau e. V.",
        ),
    ],
)
def test_names_listed_before_a_plural_verb_of_working(text: str, people: set[str], body: str) -> None:
    assert _memberships(text) == {(p, body) for p in people}


def test_a_plural_form_of_sein_without_work_ties_no_one() -> None:
    assert _memberships("Anna Probe und Karl Muster sind beim Verein Lernwerk e. V. zu Gast.") == set()


# ---------------------------------------------------------------- "Vorher war Demir Referent beim …"


@pytest.mark.parametrize(
    ("text", "person", "title", "body"),
    [
        (
            "Neu im Team ist Murat Demir. Vorher war Demir Referent beim Verein Lernwerk e. V.",
            "Murat Demir",
            "Referent",
            "Lernwerk e. V.",
        ),
        (
            "Die Beratung übernimmt Ali Kaya. Bis 2029 war Kaya Koordinator bei der Stiftung Lichtblick.",
            "Ali Kaya",
            "Koordinator",
            "Stiftung Lichtblick",
        ),
        (
            "Das Team verstärkt Cem Yilmaz. Zuvor war Yilmaz Geschäftsführer der Brückenbau gGmbH.",
            "Cem Yilmaz",
            "Geschäftsführer",
            "Brückenbau gGmbH",
        ),
    ],
)
def test_a_family_name_met_again_before_a_role_noun(text: str, person: str, title: str, body: str) -> None:
    facts = facts_of("Titel\n\n" + text)
    assert (person, title, body) in facts.roles
    assert {name for kind, name in facts.entities if kind == "Person"} == {person}


# ---------------------------------------------------------------- "Ansprechpartnerin ist X vom Verein Y"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Ansprechpartnerin ist Petra Beispiel vom Verein Lernwerk e. V.",
            ("Petra Beispiel", "Ansprechpartnerin", "Lernwerk e. V."),
        ),
        (
            "Ansprechpartner für Betriebe ist Karl Muster (Handwerkskammer Kassel).",
            ("Karl Muster", "Ansprechpartner für Betriebe", "Handwerkskammer Kassel"),
        ),
        (
            "Ansprechpartnerin bleibt weiterhin Julia Vorlage, Stiftung Lichtblick.",
            ("Julia Vorlage", "Ansprechpartnerin", "Stiftung Lichtblick"),
        ),
    ],
)
def test_a_contact_person_after_a_copula_is_of_the_body_after_her_name(
    text: str, role: tuple[str, str, str]
) -> None:
    facts = facts_of("Titel\n\n" + text)
    assert facts.roles == {role}
    assert not {r for r in facts.relations if r[1] == "memberOf"}


def test_another_title_after_a_copula_leaves_the_body_after_the_name_a_membership() -> None:
    facts = facts_of("Titel\n\nSprecherin des Bündnisses ist Petra Beispiel von der Stiftung Lichtblick.")
    assert ("Petra Beispiel", "memberOf", "Stiftung Lichtblick") in facts.relations
    assert ("Petra Beispiel", "Ansprechpartnerin", "Stiftung Lichtblick") not in facts.roles


# ---------------------------------------------------------------- "A und B, beide Beraterinnen im …"


@pytest.mark.parametrize(
    ("text", "people", "title", "body"),
    [
        (
            "Petra Beispiel und Anna Muster, beide Beraterinnen beim Verein Lernwerk e. V., stellten das Projekt vor.",
            {"Petra Beispiel", "Anna Muster"},
            "Beraterin",
            "Lernwerk e. V.",
        ),
        (
            "Zu Gast waren Lea Vorlage, Nina Skizze und Eva Probe (alle drei Beraterinnen im Verein Brückenbau e. V.).",
            {"Lea Vorlage", "Nina Skizze", "Eva Probe"},
            "Beraterin",
            "Brückenbau e. V.",
        ),
        (
            "Karl Muster und Jonas Probe – beide Referenten der Stiftung Lichtblick – erläuterten die Zahlen.",
            {"Karl Muster", "Jonas Probe"},
            "Referent",
            "Stiftung Lichtblick",
        ),
    ],
)
def test_a_plural_title_in_apposition_after_a_list(
    text: str, people: set[str], title: str, body: str
) -> None:
    assert facts_of("Titel\n\n" + text).roles == {(p, title, body) for p in people}


# ---------------------------------------------------------------- "Karl Muster, Geschäftsführer Brückenbau gGmbH"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Karl Muster, Geschäftsführer Brückenbau gGmbH, eröffnete die Runde.",
            ("Karl Muster", "Geschäftsführer", "Brückenbau gGmbH"),
        ),
        (
            "Vortrag: Petra Beispiel, Projektleiterin Verein Lernwerk e. V.",
            ("Petra Beispiel", "Projektleiterin", "Lernwerk e. V."),
        ),
        (
            "Es sprach Nina Skizze, Beraterin Lichtblick gGmbH Kassel.",
            ("Nina Skizze", "Beraterin", "Lichtblick gGmbH"),
        ),
    ],
)
def test_a_title_without_an_article_is_no_part_of_the_body_s_name(
    text: str, role: tuple[str, str, str]
) -> None:
    facts = facts_of("Titel\n\n" + text)
    assert role in facts.roles
    assert ("Organisation", role[2]) in facts.entities


# ---------------------------------------------------------------- "Vorsitzender des Vereins X: Karl Muster"


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Vorsitzender des Vereins Lernwerk e. V.: Karl Muster",
            {("Karl Muster", "Vorsitzender", "Lernwerk e. V.")},
        ),
        (
            "Geschäftsführerin der Brückenbau gGmbH: Dr. Petra Beispiel",
            {("Petra Beispiel", "Geschäftsführerin", "Brückenbau gGmbH")},
        ),
        (
            "Beraterinnen der Stiftung Lichtblick: Lea Vorlage und Eva Probe",
            {
                ("Lea Vorlage", "Beraterin", "Stiftung Lichtblick"),
                ("Eva Probe", "Beraterin", "Stiftung Lichtblick"),
            },
        ),
    ],
)
def test_a_title_at_a_body_before_a_colon_and_its_holders(
    text: str, roles: set[tuple[str, str, str]]
) -> None:
    assert facts_of("Titel\n\n" + text).roles == roles


def test_speakers_after_a_colon_hold_no_post() -> None:
    assert facts_of("Titel\n\nReferentinnen: Petra Beispiel und Anna Muster").roles == set()


# ---------------------------------------------------------------- carers and coaches


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Petra Beispiel, Jobcoach der Brückenbau gGmbH, berichtete.",
            ("Petra Beispiel", "Jobcoach", "Brückenbau gGmbH"),
        ),
        (
            "Coach Karl Muster vom Verein Lernwerk e. V. berichtete.",
            ("Karl Muster", "Coach", "Lernwerk e. V."),
        ),
        (
            "Es berichtete Ali Kaya, Betreuer im Projekt „Brücken bauen“.",
            ("Ali Kaya", "Betreuer", "Brücken bauen"),
        ),
    ],
)
def test_coaches_and_carers_are_posts(text: str, role: tuple[str, str, str]) -> None:
    assert role in facts_of("Titel\n\n" + text).roles


# ---------------------------------------------------------------- "Beraterinnen und Berater" for a list of both


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Lina Vorlage und Tarek Beleg, Referentinnen und Referenten der Stiftung Lichtblick, sprachen.",
            {
                ("Lina Vorlage", "Referentin", "Stiftung Lichtblick"),
                ("Tarek Beleg", "Referent", "Stiftung Lichtblick"),
            },
        ),
        (
            "Es berichteten Karl Muster und Eva Probe, beide Beraterinnen und Berater beim Verein Lernwerk e. V.",
            {("Karl Muster", "Berater", "Lernwerk e. V."), ("Eva Probe", "Beraterin", "Lernwerk e. V.")},
        ),
        (
            "Nina Skizze, Omar Beleg und Jonas Probe (alle drei Mitarbeiterinnen und Mitarbeiter der Brückenbau "
            "gGmbH) stellten das Projekt vor.",
            {
                ("Nina Skizze", "Mitarbeiterin", "Brückenbau gGmbH"),
                ("Omar Beleg", "Mitarbeiter", "Brückenbau gGmbH"),
                ("Jonas Probe", "Mitarbeiter", "Brückenbau gGmbH"),
            },
        ),
    ],
)
def test_a_pair_of_both_genders_plurals_after_a_list(text: str, roles: set[tuple[str, str, str]]) -> None:
    assert facts_of("Titel\n\n" + text).roles == roles


# ---------------------------------------------------------------- "Seit März arbeiten A und B, beide …, im Projekt X"


@pytest.mark.parametrize(
    ("text", "people", "body"),
    [
        (
            "Seit März arbeiten Lea Vorlage und Omar Beleg, zwei erfahrene Fachkräfte, im Projekt „Brücken bauen“.",
            {"Lea Vorlage", "Omar Beleg"},
            "Brücken bauen",
        ),
        (
            "Seit 2020 arbeitet Karl Muster, ein gelernter Koch, bei der Stiftung Lichtblick.",
            {"Karl Muster"},
            "Stiftung Lichtblick",
        ),
        (
            "Inzwischen ist Eva Probe, die frühere Schulleiterin, beim Verein Lernwerk e. V. tätig.",
            {"Eva Probe"},
            "Lernwerk e. V.",
        ),
    ],
)
def test_an_apposition_between_the_workers_and_the_body(text: str, people: set[str], body: str) -> None:
    assert {(p, body) for p in people} <= _memberships(text)


# ---------------------------------------------------------------- "A und B stellen ihre Projekte vor"

_INVITATION = "Am 14. Juni 2031 lädt das Netzwerk Lernwerk zur Fachtagung „Wege in Arbeit“ nach Leipzig ein. "


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Petra Beispiel und Karl Muster stellen ihre Projekte vor.", {"Petra Beispiel", "Karl Muster"}),
        ("Im Anschluss stellt Anna Probe vom Verein Lernwerk e. V. die neue Studie vor.", {"Anna Probe"}),
        (
            "Danach stellen Lea Vorlage und Omar Beleg die Ergebnisse der Befragung vor.",
            {"Lea Vorlage", "Omar Beleg"},
        ),
    ],
)
def test_presenting_in_the_present_tense_is_speaking(text: str, speakers: set[str]) -> None:
    facts = facts_of("Titel\n\n" + _INVITATION + text)
    assert {s for s, p, _ in facts.relations if p == "speakerAt"} == speakers


def test_presenting_oneself_is_no_speaking() -> None:
    facts = facts_of("Titel\n\n" + _INVITATION + "Petra Beispiel stellt sich den Fragen vor Ort.")
    assert not {r for r in facts.relations if r[1] == "speakerAt"}


# ---------------------------------------------------------------- "Petra Beispiel (Stiftung X, Vorstand)"


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Es diskutierten Petra Beispiel (Stiftung Lichtblick, Vorstand) und Karl Muster.",
            {("Petra Beispiel", "Vorstand", "Stiftung Lichtblick")},
        ),
        (
            "Auf dem Podium: Karl Muster (Brückenbau gGmbH, Geschäftsführer), Anna Probe (Jobcenter Kassel, "
            "stellv. Teamleiterin).",
            {
                ("Karl Muster", "Geschäftsführer", "Brückenbau gGmbH"),
                ("Anna Probe", "stellv. Teamleiterin", "Jobcenter Kassel"),
            },
        ),
        (
            "Foto (v. l.): Lea Vorlage (Verein Lernwerk e. V., Projektleiterin) und Omar Beleg.",
            {("Lea Vorlage", "Projektleiterin", "Lernwerk e. V.")},
        ),
    ],
)
def test_the_body_then_the_title_in_brackets_after_a_name(
    text: str, roles: set[tuple[str, str, str]]
) -> None:
    assert facts_of("Titel\n\n" + text).roles == roles


def test_the_body_then_its_town_in_brackets_is_a_membership() -> None:
    text = "Es diskutierten Karl Muster (Verein Lernwerk e. V., Kassel) und Anna Probe."
    facts = facts_of("Titel\n\n" + text)
    assert facts.roles == set()
    assert ("Karl Muster", "memberOf", "Lernwerk e. V.") in facts.relations


# ---------------------------------------------------------------- "Zuvor war sie Referentin der Stadt Gießen"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Sevgi Beispiel ist Sozialpädagogin. Zuvor war sie als Integrationsbeauftragte der Stadt Leverkusen tätig.",
            ("Sevgi Beispiel", "Integrationsbeauftragte", "Stadt Leverkusen"),
        ),
        (
            "Karl Muster leitet das Projekt. Vorher war er Sozialdezernent des Landkreises Kassel.",
            ("Karl Muster", "Sozialdezernent", "Landkreis Kassel"),
        ),
        (
            "Anna Probe berät Betriebe. Sie war zuvor Referentin der Stadt Gießen.",
            ("Anna Probe", "Referentin", "Stadt Gießen"),
        ),
    ],
)
def test_a_pronoun_s_post_at_a_local_government(text: str, role: tuple[str, str, str]) -> None:
    assert role in facts_of("Titel\n\n" + text).roles


# ---------------------------------------------------------------- "Kammer-Hauptgeschäftsführer Thomas Beispiel"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Die Handwerkskammer Nordhessen stellt ihr Team vor. Kammer-Hauptgeschäftsführer Thomas Beispiel begrüßte "
            "die Gäste.",
            ("Thomas Beispiel", "Kammer-Hauptgeschäftsführer", "Handwerkskammer Nordhessen"),
        ),
        (
            "Der Verein Lernwerk e. V. lud ein. Vereins-Vorsitzende Anna Probe begrüßte die Gäste.",
            ("Anna Probe", "Vereins-Vorsitzende", "Lernwerk e. V."),
        ),
        (
            "Die Stiftung Lichtblick hat gewählt: Stiftung-Sprecherin ist nun Eva Probe.",
            ("Eva Probe", "Stiftung-Sprecherin", "Stiftung Lichtblick"),
        ),
    ],
)
def test_a_compound_title_opened_by_the_body_s_kind(text: str, role: tuple[str, str, str]) -> None:
    assert role in facts_of("Titel\n\n" + text).roles


def test_a_kind_two_bodies_share_names_neither() -> None:
    text = "Die Stiftung Lichtblick und die Stiftung Nordlicht luden ein. Stiftung-Vorstand Karl Muster begrüßte die Gäste."
    assert facts_of("Titel\n\n" + text).roles == {("Karl Muster", "Stiftung-Vorstand", None)}


# ---------------------------------------------------------------- "der Verein X mit seiner Vorsitzenden Y"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Der Verein Lernwerk e. V. mit seiner Vorsitzenden Anna Probe lud ein.",
            ("Anna Probe", "Vorsitzende", "Lernwerk e. V."),
        ),
        (
            "Die Stiftung Lichtblick war mit ihrem Vorstand Karl Muster vertreten.",
            ("Karl Muster", "Vorstand", "Stiftung Lichtblick"),
        ),
        (
            "Zu Gast war die Brückenbau gGmbH mit ihrer Geschäftsführerin Lea Vorlage.",
            ("Lea Vorlage", "Geschäftsführerin", "Brückenbau gGmbH"),
        ),
    ],
)
def test_a_title_after_mit_and_a_dative_possessive(text: str, role: tuple[str, str, str]) -> None:
    assert facts_of("Titel\n\n" + text).roles == {role}


def test_a_title_after_mit_alone_is_not_the_body_s() -> None:
    text = "Ein Treffen der Stiftung Lichtblick mit Ministerin Eva Probe fand statt."
    assert facts_of("Titel\n\n" + text).roles == {("Eva Probe", "Ministerin", None)}


# ---------------------------------------------------------------- "… ist Petra B. für die Beratung zuständig"


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Im Verein Lernwerk e. V. ist Petra Beispiel für die Beratung zuständig.",
            "Petra Beispiel",
            "Lernwerk e. V.",
        ),
        (
            "Omar Beleg, bei der Brückenbau gGmbH für Öffentlichkeitsarbeit zuständig, lud ein.",
            "Omar Beleg",
            "Brückenbau gGmbH",
        ),
        (
            "Bei der Stiftung Lichtblick ist Karl Muster seit 2019 für die Kurse verantwortlich.",
            "Karl Muster",
            "Stiftung Lichtblick",
        ),
    ],
)
def test_in_charge_of_something_at_a_body(text: str, person: str, body: str) -> None:
    assert _memberships(text) == {(person, body)}


def test_in_charge_in_a_district_ties_no_one() -> None:
    assert _memberships("Im Landkreis Kassel ist Petra Beispiel für die Beratung zuständig.") == set()


# ---------------------------------------------------------------- "X berät seit 2027 im Projekt Y"


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Aylin Stempel berät seit 2027 im Projekt „Berufsweg Hessen“.", "Aylin Stempel", "Berufsweg Hessen"),
        ("Karl Muster begleitet im Projekt „Wege in Arbeit“ Geflüchtete.", "Karl Muster", "Wege in Arbeit"),
        (
            "Hanna Fiktiv sitzt zugleich im Vorstand des Paritätischen Wohlfahrtsverbands Hessen.",
            "Hanna Fiktiv",
            "Paritätischer Wohlfahrtsverband Hessen",
        ),
    ],
)
def test_work_done_in_a_project_and_a_second_seat(text: str, person: str, body: str) -> None:
    assert _memberships(text) == {(person, body)}


def test_counselling_in_a_district_ties_no_one() -> None:
    assert _memberships("Aylin Stempel berät seit 2027 im Landkreis Marburg-Biedenkopf.") == set()
