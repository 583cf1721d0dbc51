"""Round 16 (place): venues, seats, memberships, heads and hosts in constructions the paraphrased releases use.
Invented sentences."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _relations(text: str, predicate: str) -> set[tuple[str, str]]:
    f = facts_of("Titel\n\n" + text)
    return {(s, o) for s, p, o in f.relations if p == predicate}


@pytest.mark.parametrize(
    ("text", "venue", "town"),
    [
        ("Die Stadthalle in Kassel war am Dienstag, dem 4. Juni 2024, Schauplatz eines landesweiten Fachtags.", "Stadthalle", "Kassel"),
        ("Das Kulturhaus Lindenhof in Gera bot am 4. Juni 2024 den Rahmen für das Netzwerktreffen des IQ Netzwerks Thüringen.", "Kulturhaus Lindenhof", "Gera"),
        ("Die Brunnenhalle in Fulda diente am 4. Juni 2024 als Kulisse für die Jahrestagung des Vereins Brückenbau e.V.", "Brunnenhalle", "Fulda"),
        ("Der Kaisersaal in Erfurt ist am 4. Juni 2031 Austragungsort der Fachkonferenz „Wege in Arbeit“.", "Kaisersaal", "Erfurt"),
    ],
)  # fmt: skip
def test_a_building_opening_the_sentence_that_held_the_event_is_its_venue(
    text: str, venue: str, town: str
) -> None:
    located = _relations(text, "locatedIn")
    assert (venue, town) in located
    assert any(o == venue for s, o in located if s != venue)


@pytest.mark.parametrize(
    "text",
    [
        "Die Brunnenhalle in Fulda wurde am 4. Juni 2024 saniert, eine Tagung fand dort statt.",
        "Die Beratungsstelle in Fulda war am 4. Juni 2024 Gastgeberin eines Workshops.",
    ],
)
def test_a_building_said_nothing_of_the_event_is_no_venue(text: str) -> None:
    located = _relations(text, "locatedIn")
    assert not any(s in ("Brunnenhalle", "Beratungsstelle") for s, _ in located)
    assert not any(o in ("Brunnenhalle", "Beratungsstelle") for _, o in located)


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        ("Untergebracht ist die Beratungsstelle „Brücke Beruf“ in einem Büro in der Goethestraße 12 in Kassel.", "Beratungsstelle „Brücke Beruf“", "Kassel"),
        ("Ansässig ist der Verein Lernwerk e.V. seit 2010 in Gera.", "Lernwerk e.V.", "Gera"),
        ("Zu Hause ist die Musterhilfe gGmbH in der Bahnhofstraße 4 in Suhl.", "Musterhilfe gGmbH", "Suhl"),
        ("Angesiedelt war die Servicestelle „Arbeit und Ankommen“ in Gotha.", "Servicestelle „Arbeit und Ankommen“", "Gotha"),
    ],
)  # fmt: skip
def test_a_fronted_participle_of_being_settled_places_the_subject_after_it(
    text: str, unit: str, town: str
) -> None:
    assert (unit, town) in _relations(text, "locatedIn")


def test_a_fronted_participle_of_another_s_guests_places_no_body_by_it() -> None:
    text = "Untergebracht werden die Gäste des Vereins Lernwerk e.V. in Hotels in Jena."
    assert ("Lernwerk e.V.", "Jena") not in _relations(text, "locatedIn")


@pytest.mark.parametrize(
    ("text", "unit", "towns"),
    [
        ("Das Projekt „Wegweiser Arbeit“ startete 2019. Getragen wurde das Projekt vom Verein Lernwerk e.V., der es an zwei Standorten betrieb, in Gera und in Jena.", "Wegweiser Arbeit", {"Gera", "Jena"}),
        ("Der Verein Lernwerk e.V. bietet das Projekt „Wegweiser Arbeit“ an zwei Standorten an: Gera und Jena.", "Wegweiser Arbeit", {"Gera", "Jena"}),
        ("Die Beratungsstelle „Neuland“ berät an mehreren Standorten, nämlich in Kiel und Lübeck.", "Beratungsstelle „Neuland“", {"Kiel", "Lübeck"}),
    ],
)  # fmt: skip
def test_counted_sites_and_their_towns_place_the_project(text: str, unit: str, towns: set[str]) -> None:
    assert {(unit, t) for t in towns} <= _relations(text, "locatedIn")


def test_counted_sites_name_no_town_of_a_body_alone() -> None:
    text = "Die Stiftung Morgenrot verglich zwei Standorte in Gera miteinander."
    assert ("Stiftung Morgenrot", "Gera") not in _relations(text, "locatedIn")


@pytest.mark.parametrize(
    ("text", "body", "towns"),
    [
        ("Mit dem Projekt „Wegweiser Arbeit“ startet die Beispiel Hochschule für Technik in eine neue Phase. Die Hochschule führt das Projekt an ihrem Standort Gotha durch.", "Hochschule für Technik", {"Gotha"}),
        ("Die Stiftung Morgenrot führt das Projekt „Wegweiser Arbeit“ an ihren Standorten Gera und Suhl durch.", "Stiftung Morgenrot", {"Gera", "Suhl"}),
        ("Der Verein Lernwerk e.V. bot die Kurse an seinem Standort Jena an.", "Lernwerk e.V.", {"Jena"}),
    ],
)  # fmt: skip
def test_a_site_of_the_subject_s_own_places_the_subject(text: str, body: str, towns: set[str]) -> None:
    assert {(body, t) for t in towns} <= _relations(text, "locatedIn")


def test_a_site_without_a_possessive_is_no_seat_of_the_subject() -> None:
    text = "Der Verein Lernwerk e.V. besuchte den Standort Jena der Stiftung Morgenrot."
    assert ("Lernwerk e.V.", "Jena") not in _relations(text, "locatedIn")


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return facts_of("Titel\n\n" + text).roles


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("Die Leitungen der beiden Beratungsstellen begrüßten die Teilnehmenden: Petra Lindner (Beratungsstelle „Neuland“) sowie Karl Munz und Eva Roth (Beratungsstelle „Weitblick“).",
         {("Beratungsstelle „Neuland“", "Petra Lindner"), ("Beratungsstelle „Weitblick“", "Karl Munz"), ("Beratungsstelle „Weitblick“", "Eva Roth")}),
        ("Die Leitungen der Netzwerke eröffneten die Tagung: Petra Lindner (IQ Netzwerk Hessen) und Karl Munz (IQ Netzwerk Thüringen).",
         {("IQ Landesnetzwerk Hessen", "Petra Lindner"), ("IQ Netzwerk Thüringen", "Karl Munz")}),
        ("Die Koordinatorinnen der Beratungsstellen hießen die Gäste willkommen: Petra Lindner (Beratungsstelle „Neuland“) und Eva Roth (Beratungsstelle „Weitblick“).",
         {("Beratungsstelle „Neuland“", "Petra Lindner"), ("Beratungsstelle „Weitblick“", "Eva Roth")}),
    ],
)  # fmt: skip
def test_heads_listed_after_the_colon_of_their_plural_role_s_clause_lead_their_units(
    text: str, heads: set[tuple[str, str]]
) -> None:
    assert heads <= _relations(text, "ledBy")


def test_a_long_clause_before_the_colon_lists_no_heads() -> None:
    text = (
        "Die Leitungen der Netzwerke sprachen mit Gästen aus Politik, Wirtschaft und Verwaltung über offene "
        "Fragen: Petra Lindner (IQ Netzwerk Hessen) fasste die Ergebnisse zusammen."
    )
    assert not _relations(text, "ledBy")
    assert not {r for r in _roles(text) if r[1] == "Leitung"}


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Danach schilderte Petra Lindner, die für die Fachstelle Beratung im IQ-Förderprogramm arbeitet, ihre Erfahrungen.", "Petra Lindner", "IQ Fachstelle Beratung"),
        ("Karl Munz, der für den Verein Lernwerk e.V. in der Region Gera arbeitet, berichtete.", "Karl Munz", "Lernwerk e.V."),
        ("Eva Roth, die seit 2019 für die Stiftung Morgenrot beim IQ Netzwerk Hessen tätig ist, sprach zuerst.", "Eva Roth", "Stiftung Morgenrot"),
    ],
)  # fmt: skip
def test_working_for_a_body_with_an_attribute_after_it_is_membership(
    text: str, person: str, body: str
) -> None:
    assert (person, body) in _relations(text, "memberOf")


def test_a_relative_clause_for_a_body_without_a_verb_of_work_is_no_membership() -> None:
    text = "Eva Roth, die für die Stiftung Morgenrot im Landkreis Gotha wirbt, sprach zuerst."
    assert ("Eva Roth", "Stiftung Morgenrot") not in _relations(text, "memberOf")


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("Für die Stadt Kassel gehörten Herr Karl Munz (Referat II A) und Frau Eva Roth der Jury an, für das Ministerium für Arbeit des Landes Hessen Herr Tim Bauer (Abteilung 3).",
         {("Karl Munz", "Stadt Kassel"), ("Eva Roth", "Stadt Kassel"), ("Tim Bauer", "Ministerium für Arbeit des Landes Hessen")}),
        ("Für den Verein Lernwerk e.V. saß Petra Lindner im Beirat der Stiftung.", {("Petra Lindner", "Lernwerk e.V.")}),
        ("Für die Stiftung Morgenrot wirkten Karl Munz und Eva Roth an der Auswahl mit.",
         {("Karl Munz", "Stiftung Morgenrot"), ("Eva Roth", "Stiftung Morgenrot")}),
    ],
)  # fmt: skip
def test_delegates_of_a_fronted_body_on_a_panel_are_its_members(
    text: str, members: set[tuple[str, str]]
) -> None:
    assert members <= _relations(text, "memberOf")


def test_a_fronted_body_a_person_belongs_to_the_partners_of_is_no_membership() -> None:
    text = "Für die Stiftung Morgenrot gehört Karl Munz zu den wichtigsten Partnern."
    assert ("Karl Munz", "Stiftung Morgenrot") not in _relations(text, "memberOf")


@pytest.mark.parametrize(
    ("text", "hosts"),
    [
        ("Mit einer Auftaktveranstaltung im Rathaus ist das Netzwerk „Arbeit für alle“ am 1. Juli 2031 gestartet. Gastgeber waren Oberbürgermeisterin Dr. Petra Lindner und Karl Munz vom IQ Netzwerk Hessen, die dazu eingeladen hatten.",
         {"Petra Lindner", "Karl Munz"}),
        ("Am 3. Mai 2031 fand in Gera der Fachtag „Arbeit im Wandel“ statt. Gastgeber war Landrat Tim Bauer.", {"Tim Bauer"}),
        ("Am 3. Mai 2031 fand in Gera der Fachtag „Arbeit im Wandel“ statt. Gastgeberinnen sind Eva Roth und Petra Lindner.", {"Eva Roth", "Petra Lindner"}),
    ],
)  # fmt: skip
def test_people_named_by_the_host_noun_hold_the_event(text: str, hosts: set[str]) -> None:
    assert {o for _, o in _relations(text, "organisedBy")} == hosts


def test_a_relative_clause_after_the_host_adds_no_host() -> None:
    text = (
        "Am 3. Mai 2031 fand in Gera der Fachtag „Arbeit im Wandel“ statt. Gastgeberin war die Stiftung Morgenrot, "
        "deren Vorsitzende Eva Roth die Gäste begrüßte."
    )
    assert {o for _, o in _relations(text, "organisedBy")} == {"Stiftung Morgenrot"}


@pytest.mark.parametrize(
    ("text", "venue", "town"),
    [
        ("Letzte Woche fand in Kassel der erste Fachtag des Netzwerks statt. Im Kasseler Kongress Palais diskutierten rund 300 Gäste.", "Kasseler Kongress Palais", "Kassel"),
        ("Am 3. Mai 2031 fand in Gera die Jahrestagung statt. Im Stadtmuseum tauschten sich 80 Fachleute aus.", "Stadtmuseum", "Gera"),
        ("Am 5. Juni 2031 fand in Jena das Netzwerktreffen statt. In der Stadthalle berieten 40 Fachleute.", "Stadthalle", "Jena"),
    ],
)  # fmt: skip
def test_a_building_opening_a_later_sentence_is_where_in_its_town_the_event_was(
    text: str, venue: str, town: str
) -> None:
    located = _relations(text, "locatedIn")
    assert (venue, town) in located
    assert any(o == venue for s, o in located if s != venue)


def test_a_body_s_room_opening_the_sentence_leaves_the_body_its_name() -> None:
    f = facts_of("Titel\n\nIm Saal der Lernwerk GmbH trafen sich Fachleute.")
    assert ("Organisation", "Lernwerk GmbH") in f.entities
