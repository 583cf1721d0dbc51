"""Roles whose body is named away from the title (issue 11, round 9): a short name after the holder for a body named in
full before, a fronted phrase saying whom the holder acts for, a possessive, a post the compound places in the network,
plural and gendered titles, earlier posts of a pronoun, relative clauses, districts in the genitive. Invented
sentences, three or more variants each."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _facts(body: str):  # type: ignore[no-untyped-def]
    return facts_of("Titel\n\n" + body)


# ---------------------------------------------------------------- a short name after the holder


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Der Landkreistag Musterland und der Städtetag Musterland sagten zu. Hauptgeschäftsführerin Greta Probe"
            " vom Landkreistag nannte den Plan gut.",
            ("Greta Probe", "Hauptgeschäftsführerin", "Landkreistag Musterland"),
        ),
        (
            "Beteiligt sind die Stiftung Lernwerk und das Jobcenter Erfurt. Gestern sprach Geschäftsführer Karl"
            " Muster von der Stiftung über die Pläne.",
            ("Karl Muster", "Geschäftsführer", "Stiftung Lernwerk"),
        ),
        (
            "Die Handwerkskammer Erfurt und der Verein Lernhaus e. V. luden ein. Es begrüßte Präsidentin Anna Probe"
            " von der Handwerkskammer die Gäste.",
            ("Anna Probe", "Präsidentin", "Handwerkskammer Erfurt"),
        ),
    ],
)
def test_a_short_name_after_the_holder_is_the_body_named_in_full_before(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    "body",
    [
        "Die Stiftung Lernwerk und die Stiftung Brücke luden ein. Vorsitzende Petra Beispiel von der Stiftung sprach.",
        "Das Jobcenter Erfurt berät. Teamleiter Karl Muster vom Jobcenter Kassel erklärte das.",
    ],
)
def test_a_short_name_fitting_several_bodies_or_going_on_is_not_resolved(body: str) -> None:
    assert not {r for r in _facts(body).roles if r[2] in ("Stiftung Lernwerk", "Jobcenter Erfurt")}


# ---------------------------------------------------------------- a fronted phrase: whom the holder acts for


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Für die Industrie- und Handelskammer Erfurt unterschrieb Hauptgeschäftsführer Karl Muster.",
            ("Karl Muster", "Hauptgeschäftsführer", "Industrie- und Handelskammer Erfurt"),
        ),
        (
            "Seitens der Stiftung Lernwerk begrüßte Vorstandsvorsitzende Petra Beispiel die Gäste.",
            ("Petra Beispiel", "Vorstandsvorsitzende", "Stiftung Lernwerk"),
        ),
        (
            "Auf Seiten des Jobcenters Erfurt war Bereichsleiterin Anna Probe für die Kurse verantwortlich.",
            ("Anna Probe", "Bereichsleiterin", "Jobcenter Erfurt"),
        ),
        (
            "Für den Verein Lernhaus e. V. sprach dann Geschäftsführerin Greta Probe.",
            ("Greta Probe", "Geschäftsführerin", "Lernhaus e. V."),
        ),
    ],
)
def test_a_fronted_phrase_names_the_body_a_title_before_the_name_acts_for(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    "body",
    [
        "Für die Stiftung Lernwerk ist das ein Gewinn, sagte Bürgermeisterin Petra Beispiel.",
        "Für die Beratung beim Jobcenter Erfurt warb Bereichsleiter Karl Muster.",
    ],
)
def test_a_body_after_fuer_without_a_verb_of_acting_is_not_the_holder_s(body: str) -> None:
    assert not {r for r in _facts(body).roles if r[2] in ("Stiftung Lernwerk", "Jobcenter Erfurt")}


# ---------------------------------------------------------------- a possessive before the title: whose body


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Es sprach Anna Probe. Neu ist die Stiftung Lernwerk, vertreten durch ihre Vorsitzende Greta Beispiel.",
            ("Greta Beispiel", "Vorsitzende", "Stiftung Lernwerk"),
        ),
        (
            "Gekommen war Petra Beispiel. Die Stiftung Brücke ist vertreten durch ihre Geschäftsführerin Anna Probe.",
            ("Anna Probe", "Geschäftsführerin", "Stiftung Brücke"),
        ),
        (
            "Karl Muster lobte das. Dabei ist der Verein Lernhaus e. V., vertreten durch seinen Vorstand Jonas Lang.",
            ("Jonas Lang", "Vorstand", "Lernhaus e. V."),
        ),
    ],
)
def test_a_person_of_the_possessive_s_gender_in_the_sentence_before_is_no_owner(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


def test_a_person_named_with_the_body_may_own_the_possessive() -> None:
    body = (
        "Petra Beispiel ist Vorsitzende des Vereins Lernhaus e. V. Ihre Stellvertreterin Greta Probe sprach."
    )
    assert ("Greta Probe", "Stellvertreterin", "Lernhaus e. V.") not in _facts(body).roles


@pytest.mark.parametrize(
    "body",
    [
        "Geplant ist ein Kurs mit dem Jobcenter Erfurt.\n\nDer Verband der Pflegedienste, ein Zusammenschluss"
        " vieler Träger, macht mit. Sein Vorsitzender Karl Muster sagte das.",
        "Mit dabei ist die Stiftung Lernwerk.\n\nDie Liga der Träger will helfen. Ihre Sprecherin Anna Probe sagte"
        " das.",
        "Es berät die Handwerkskammer Erfurt.\n\nDie Kammern der Ärzte helfen. Ihr Präsident Jonas Lang sagte das.",
    ],
)
def test_a_possessive_does_not_reach_a_body_of_the_paragraph_before(body: str) -> None:
    bodies = ("Jobcenter Erfurt", "Stiftung Lernwerk", "Handwerkskammer Erfurt")
    assert not {r for r in _facts(body).roles if r[2] in bodies}


# ---------------------------------------------------------------- a post the compound places in the network


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Die Koordination des IQ Netzwerks Thüringen liegt beim Verein Lernhaus e. V. Netzwerkkoordinatorin"
            " ist Petra Beispiel.",
            ("Petra Beispiel", "Netzwerkkoordinatorin", "IQ Netzwerk Thüringen"),
        ),
        (
            "Das IQ Netzwerk Thüringen lud ein. Die Stiftung Lernwerk stellte Räume. Netzwerkleiter Karl Muster"
            " begrüßte die Gäste.",
            ("Karl Muster", "Netzwerkleiter", "IQ Netzwerk Thüringen"),
        ),
        (
            "Im IQ Netzwerk Thüringen arbeiten zwölf Teilprojekte. Es sprach Anna Probe, Netzwerkreferentin, über"
            " die Jobcenter.",
            ("Anna Probe", "Netzwerkreferentin", "IQ Netzwerk Thüringen"),
        ),
    ],
)
def test_a_network_post_is_in_the_release_s_one_network(body: str, role: tuple[str, str, str]) -> None:
    assert role in _facts(body).roles


def test_a_network_post_in_a_release_of_two_networks_names_none() -> None:
    body = (
        "Das IQ Netzwerk Thüringen und das IQ Netzwerk Sachsen luden ein. Netzwerkleiter Karl Muster sprach."
    )
    assert ("Karl Muster", "Netzwerkleiter", None) in _facts(body).roles


# ---------------------------------------------------------------- a feminine plural title before the names


@pytest.mark.parametrize(
    ("body", "people", "title"),
    [
        ("Die Beraterinnen Anna Probe und Greta Probe stellten die Zahlen vor.", ("Anna Probe", "Greta Probe"), "Beraterin"),
        ("Unterstützt wurde sie von den Referentinnen Petra Beispiel und Lena Vogel.", ("Petra Beispiel", "Lena Vogel"), "Referentin"),
        ("Es begrüßten die Projektleiterinnen Sabine Winter und Greta Probe.", ("Sabine Winter", "Greta Probe"), "Projektleiterin"),
    ],
)  # fmt: skip
def test_a_feminine_plural_title_goes_to_each_name_listed(
    body: str, people: tuple[str, str], title: str
) -> None:
    roles = {(p, t) for p, t, _ in _facts(body).roles}
    assert {(p, title) for p in people} <= roles


def test_a_plural_title_after_a_possessive_names_no_role_without_its_owner() -> None:
    body = "Karl Muster sprach. Seine Mitarbeiterinnen Anna Probe und Greta Probe begrüßten die Gäste."
    assert not _facts(body).roles - {r for r in _facts(body).roles if r[0] == "Karl Muster"}


# ---------------------------------------------------------------- councillors of a district or a municipality


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Kreisrätin Sabine Winter forderte mehr Geld.", ("Sabine Winter", "Kreisrätin", None)),
        ("Das sagte Gemeinderat Jonas Lang am Montag.", ("Jonas Lang", "Gemeinderat", None)),
        ("Petra Beispiel, Gemeinderätin in Musterdorf, sprach.", ("Petra Beispiel", "Gemeinderätin", None)),
    ],
)
def test_a_councillor_s_title_is_a_role(body: str, role: tuple[str, str, None]) -> None:
    assert role in _facts(body).roles


def test_a_district_council_as_a_body_names_no_person() -> None:
    assert not _facts("Der Kreisrat tagte am Montag in Musterdorf.").roles


# ---------------------------------------------------------------- an earlier post said of a pronoun or of a person noun


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Neue Leiterin der Stiftung Lernwerk ist Petra Beispiel. Vorher arbeitete die Juristin als"
            " Sachbearbeiterin beim Jobcenter Erfurt.",
            ("Petra Beispiel", "Sachbearbeiterin", "Jobcenter Erfurt"),
        ),
        (
            "Den Verein Lernhaus e. V. führt nun Greta Probe. Zuvor war die 52-Jährige Referentin bei der Stadt Jena.",
            ("Greta Probe", "Referentin", "Stadt Jena"),
        ),
        (
            "Neu im Team ist Anna Probe. Zuvor war die Soziologin Beraterin bei der Stiftung Lernwerk.",
            ("Anna Probe", "Beraterin", "Stiftung Lernwerk"),
        ),
    ],
)
def test_a_person_noun_after_the_fronted_time_and_the_verb_stands_for_the_person(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Neue Leiterin ist Petra Beispiel. Davor war sie beim Jobcenter Erfurt als Referentin tätig.",
            ("Petra Beispiel", "Referentin", "Jobcenter Erfurt"),
        ),
        (
            "Es sprach Karl Muster. Er war zuvor beim Verein Lernhaus e. V. als Berater tätig.",
            ("Karl Muster", "Berater", "Lernhaus e. V."),
        ),
        (
            "Neu ist Anna Probe. Zuvor arbeitete die Juristin bei der Stadt Jena als Sachbearbeiterin.",
            ("Anna Probe", "Sachbearbeiterin", "Stadt Jena"),
        ),
    ],
)
def test_the_body_may_stand_before_als_and_the_title_of_a_pronoun(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


def test_a_thing_in_in_after_the_verb_stands_for_no_person() -> None:
    body = "Neu ist Anna Probe. Zuvor war die Medizin Thema beim Jobcenter Erfurt."
    assert not {r for r in _facts(body).roles if r[2] == "Jobcenter Erfurt"}


# ---------------------------------------------------------------- posts of placement and of an association's board


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Anna Probe, die bisher bei der Agentur für Arbeit Erfurt als Vermittlerin gearbeitet hat, berät nun.",
            ("Anna Probe", "Vermittlerin", "Agentur für Arbeit Erfurt"),
        ),
        (
            "Schatzmeister Horst Lang gab sein Amt beim Verein Lernhaus e. V. ab.",
            ("Horst Lang", "Schatzmeister", None),
        ),
        (
            "Karl Muster, Arbeitsvermittler im Jobcenter Erfurt, stellte die Zahlen vor.",
            ("Karl Muster", "Arbeitsvermittler", "Jobcenter Erfurt"),
        ),
    ],
)
def test_posts_of_placement_and_of_a_board_are_roles(body: str, role: tuple[str, str, str | None]) -> None:
    assert role in _facts(body).roles


def test_a_noun_of_placement_that_names_no_person_is_no_role() -> None:
    assert not _facts("Die Vermittlerrolle der Kammer ist wichtig, sagte man in Erfurt.").roles


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Die Integrationsministerkonferenz hat das Thema beraten.", "Integrationsministerkonferenz"),
        (
            "Beschlossen hat das die Arbeits- und Sozialministerkonferenz.",
            "Arbeits- und Sozialministerkonferenz",
        ),
        ("Auch die Kultusministerkonferenz befasste sich damit.", "Kultusministerkonferenz"),
    ],
)
def test_a_conference_of_the_laender_s_ministers_is_a_public_body(body: str, name: str) -> None:
    assert ("Agency", name) in _facts(body).entities


# ---------------------------------------------------------------- a plural title with the capital I of older texts


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        ("Die BeraterInnen Anna Probe und Karl Muster stellten vor.", {("Anna Probe", "BeraterIn", None), ("Karl Muster", "BeraterIn", None)}),
        (
            "Die MitarbeiterInnen der Stiftung Lernwerk, Greta Probe und Jonas Lang, stellten vor.",
            {("Greta Probe", "MitarbeiterIn", "Stiftung Lernwerk"), ("Jonas Lang", "MitarbeiterIn", "Stiftung Lernwerk")},
        ),
        (
            "Es sprachen die ReferentInnen Lena Vogel (Stiftung Lernwerk) und Karl Muster (Jobcenter Erfurt).",
            {("Lena Vogel", "ReferentIn", "Stiftung Lernwerk"), ("Karl Muster", "ReferentIn", "Jobcenter Erfurt")},
        ),
    ],
)  # fmt: skip
def test_a_plural_title_with_a_capital_i_goes_to_each_name_listed(
    body: str, roles: set[tuple[str, str, str | None]]
) -> None:
    assert roles <= _facts(body).roles


# ---------------------------------------------------------------- a relative clause: a time before the title


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Karl Muster, der seit 2019 Präsident der Handwerkskammer Erfurt ist, sprach.", ("Karl Muster", "Präsident", "Handwerkskammer Erfurt")),
        ("Anna Probe, die zuvor Referentin beim Jobcenter Erfurt war, stellte sich vor.", ("Anna Probe", "Referentin", "Jobcenter Erfurt")),
        ("Es sprach Greta Probe, die bis 2022 Leiterin der Stiftung Lernwerk war.", ("Greta Probe", "Leiterin", "Stiftung Lernwerk")),
    ],
)  # fmt: skip
def test_a_time_may_stand_before_the_title_of_a_relative_clause(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Die Sozialdezernentin des Main-Kinzig-Kreises, Anna Probe, begrüßte die Gäste.", ("Anna Probe", "Sozialdezernentin", "Main-Kinzig-Kreis")),
        ("Karl Muster, Landrat des Rhein-Sieg-Kreises, eröffnete die Messe.", ("Karl Muster", "Landrat", "Rhein-Sieg-Kreis")),
        ("Es sprach die Integrationsbeauftragte des Saale-Holzland-Kreises, Greta Probe.", ("Greta Probe", "Integrationsbeauftragte", "Saale-Holzland-Kreis")),
    ],
)  # fmt: skip
def test_a_district_named_by_a_hyphenated_compound_is_the_role_s_body(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Die Stadt Jena, vertreten durch Oberbürgermeister Karl Muster, unterzeichnete den Vertrag.", ("Karl Muster", "Oberbürgermeister", "Stadt Jena")),
        ("Das Jobcenter Erfurt, vertreten durch die Geschäftsführerin Anna Probe, ist Partner.", ("Anna Probe", "Geschäftsführerin", "Jobcenter Erfurt")),
        ("Beteiligt ist die Stiftung Lernwerk, vertreten durch Vorstand Jonas Lang.", ("Jonas Lang", "Vorstand", "Stiftung Lernwerk")),
    ],
)  # fmt: skip
def test_a_title_after_vertreten_durch_is_held_in_the_body_represented(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in _facts(body).roles


# ---------------------------------------------------------------- a district named by two names joined by a hyphen


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Der Landrat des Kreises Siegen-Wittgenstein, Jonas Lang, besuchte den Betrieb.", ("Jonas Lang", "Landrat", "Kreis Siegen-Wittgenstein")),
        ("Anna Probe, Sozialdezernentin des Landkreises Musterau-Beispielstein, sprach.", ("Anna Probe", "Sozialdezernentin", "Landkreis Musterau-Beispielstein")),
        ("Kreishandwerksmeister Karl Muster lobte die Betriebe.", ("Karl Muster", "Kreishandwerksmeister", None)),
    ],
)  # fmt: skip
def test_a_district_s_hyphenated_name_ending_in_in_is_no_role(
    body: str, role: tuple[str, str, str | None]
) -> None:
    assert role in _facts(body).roles


def test_a_body_of_a_district_with_a_hyphenated_name_is_read() -> None:
    entities = _facts("Die Ausländerbehörde des Kreises Siegen-Wittgenstein arbeitet schnell.").entities
    assert ("Agency", "Ausländerbehörde des Kreises Siegen-Wittgenstein") in entities


def test_a_role_compound_in_in_is_still_no_name_part() -> None:
    entities = _facts("Das Büro der IHK-Präsidentin Anna Probe liegt in Erfurt.").entities
    assert not {e for e in entities if "Präsidentin" in e[1]}


# ---------------------------------------------------------------- a project page: the post under the project's heading


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Projekt „Wege finden“\nTräger: Verein Lernhaus e. V.\nKontakt: Petra Beispiel (Projektleitung)",
            ("Petra Beispiel", "Projektleitung", "Wege finden"),
        ),
        (
            "Projekt „Brücke Pflege“\nDas Projekt berät Pflegekräfte. Die Projektleiterin Anna Probe ist in Jena unterwegs.",
            ("Anna Probe", "Projektleiterin", "Brücke Pflege"),
        ),
        (
            "Projekt „Start Plus“\nTräger: Stiftung Lernwerk\nProjektkoordinator ist Karl Muster.",
            ("Karl Muster", "Projektkoordinator", "Start Plus"),
        ),
    ],
)
def test_a_project_post_under_a_project_s_heading_is_in_that_project(
    body: str, role: tuple[str, str, str]
) -> None:
    text = "Das IQ Netzwerk Thüringen stellt seine Projekte vor.\n\nProjekt „Erstes“ berät.\n\n" + body
    person, title, project = role
    # the project's label as the name readers make it ("Wege finden" or "Projekt „Wege finden“")
    assert any(r[:2] == (person, title) and r[2] and project in r[2] for r in _facts(text).roles)


def test_a_project_post_under_a_heading_that_is_no_project_names_none() -> None:
    text = "Unsere Arbeit\n\nNeues aus Jena\nDie Projektleiterin Anna Probe stellte die Zahlen vor."
    assert ("Anna Probe", "Projektleiterin", None) in _facts(text).roles
