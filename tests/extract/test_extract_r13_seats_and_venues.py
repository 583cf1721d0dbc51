"""Seats and venues (round 13), in sentences written for these tests: a town's adjective read as its town by one
rule (`town_of_adjective`) wherever the extractor meets one, and the places bodies, projects and events are in."""

from __future__ import annotations

import pytest

from conftest import facts_of
from iqgraph.extract.text.morphology import town_of_adjective

# ---------------------------------------------------------------- a town's adjective names its town


@pytest.mark.parametrize(
    ("adjective", "town"),
    [
        ("Kasseler", "Kassel"),  # the town and "-er"
        ("Saarbrücker", "Saarbrücken"),  # "-en" dropped
        ("Münchner", "München"),  # "-en" dropped, the "n" kept
        ("Dresdner", "Dresden"),
        ("Eschweger", "Eschwege"),  # the town and "-r"
        ("Celler", "Celle"),
        ("Bremer", "Bremen"),  # a Land and a town
    ],
)
def test_a_towns_adjective_names_its_town(adjective: str, town: str) -> None:
    assert town_of_adjective(adjective) == town


@pytest.mark.parametrize("word", ["Lehrer", "Werner", "Hammer", "Berater", "Kassel", "Partner"])
def test_a_noun_or_given_name_in_er_names_no_town(word: str) -> None:
    assert town_of_adjective(word) is None


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Der Dresdner Oberbürgermeister Tim Muster eröffnete den Abend.",
            ("Tim Muster", "Oberbürgermeister", "Stadt Dresden"),
        ),
        (
            "Es sprach die Celler Bürgermeisterin Anna Probe.",
            ("Anna Probe", "Bürgermeisterin", "Stadt Celle"),
        ),
        (
            "Kassels Oberbürgermeisterin Lea Beispiel dankte den Gästen.",
            ("Lea Beispiel", "Oberbürgermeisterin", "Stadt Kassel"),
        ),
    ],
)
def test_a_title_after_a_towns_adjective_or_genitive_heads_the_town(
    body: str, role: tuple[str, str, str]
) -> None:
    assert role in facts_of("Titel\n\n" + body).roles


@pytest.mark.parametrize(
    "body",
    [
        "Zum Fest kamen viele Gäste aus dem Münchner Umland.",
        "Die Tübinger Gäste lobten das Programm.",
        "Auch Göttinger Betriebe beteiligten sich.",
    ],
)
def test_an_irregular_towns_adjective_is_found_as_its_town(body: str) -> None:
    places = {label for type_, label in facts_of("Titel\n\n" + body).entities if type_ == "Place"}
    assert places & {"München", "Tübingen", "Göttingen"}


# ---------------------------------------------------------------- "die Kasseler Volkshochschule" is "Volkshochschule Kassel"


@pytest.mark.parametrize(
    ("body", "org"),
    [
        (
            "Die Volkshochschule Celle bietet Kurse an. Petra Beispiel, Leiterin der Celler Volkshochschule, "
            "freut sich über den Zulauf.",
            "Volkshochschule Celle",
        ),
        (
            "Kurse gibt es an der Volkshochschule Kassel. Die Kasseler Volkshochschule hat dafür zwei Räume, "
            "sagte ihr Leiter Tim Muster.",
            "Volkshochschule Kassel",
        ),
        (
            "Das Jobcenter Göttingen berät. Lea Probe vom Göttinger Jobcenter stellte die Zahlen vor.",
            "Jobcenter Göttingen",
        ),
    ],
)
def test_a_body_named_by_its_towns_adjective_is_the_one_named_with_its_town(body: str, org: str) -> None:
    labels = {label for _, label in facts_of("Titel\n\n" + body).entities}
    assert org in labels
    assert not {label for label in labels if label.endswith(org.split(" ")[0]) and label != org}


# ---------------------------------------------------------------- "der Fuldaer Verein": a small town's adjective seats a body


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        (
            "Der Fuldaer Verein Lernwerk e. V. berät Zugewanderte.",
            ("Lernwerk e. V.", "locatedIn", "Fulda"),
        ),
        (
            "Petra Beispiel leitet die Eschweger Beratungsstelle „Neustart“.",
            ("Beratungsstelle „Neustart“", "locatedIn", "Eschwege"),
        ),
        (
            "Kurse bietet seit Jahren auch der Stader Verein Sprachbrücke e. V. an.",
            ("Sprachbrücke e. V.", "locatedIn", "Stade"),
        ),
    ],
)
def test_a_small_towns_adjective_before_a_bodys_head_seats_the_body(
    body: str, fact: tuple[str, str, str]
) -> None:
    assert fact in facts_of("Titel\n\n" + body).relations


@pytest.mark.parametrize(
    "body",
    [
        "Die Robert Berger Stiftung fördert das Projekt.",  # a family name
        "Ein Lehrer Verein gibt es dort nicht.",  # a noun
        "Die Mayer Stiftung fördert das Projekt.",
    ],
)
def test_a_family_name_or_noun_in_er_before_a_head_is_no_town(body: str) -> None:
    facts = facts_of("Titel\n\n" + body)
    assert not {label for type_, label in facts.entities if type_ == "Place"}
    assert not [r for r in facts.relations if r[1] == "locatedIn"]


# ---------------------------------------------------------------- a hall named by its use alone is no place


def _places_and_seats(body: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    facts = facts_of("Titel\n\n" + body)
    places = {label for type_, label in facts.entities if type_ == "Place"}
    return places, {r for r in facts.relations if r[1] == "locatedIn"}


@pytest.mark.parametrize(
    "body",
    [
        "Die Jobmesse „Arbeit im Dorf“ findet am 4. Juni 2031 in der Mehrzweckhalle statt.",
        "Am 4. Juni 2031 lädt der Verein Lernwerk e. V. zum Sportfest „Gemeinsam fit“ in die Sporthalle ein.",
        "Der Empfang „Neue Nachbarn“ am 4. Juni 2031 fand im Festsaal statt.",
    ],
)
def test_a_hall_named_by_its_use_alone_is_no_place(body: str) -> None:
    places, seats = _places_and_seats(body)
    assert not places
    assert not seats


@pytest.mark.parametrize(
    ("body", "venue"),
    [
        ("Die Jobmesse „Arbeit im Dorf“ findet am 4. Juni 2031 in der Mehrzweckhalle Ahlbach statt.", "Mehrzweckhalle Ahlbach"),
        ("Die Jobmesse „Arbeit im Dorf“ findet am 4. Juni 2031 in der Sporthalle in Fulda statt.", "Sporthalle Fulda"),
        ("Die Jobmesse „Arbeit im Dorf“ findet am 4. Juni 2031 in der Händelhalle statt.", "Händelhalle"),
    ],
)  # fmt: skip
def test_a_hall_with_its_town_or_a_name_of_its_own_is_a_place(body: str, venue: str) -> None:
    places, seats = _places_and_seats(body)
    assert venue in places
    assert ("Jobmesse „Arbeit im Dorf“", "locatedIn", venue) in seats


# ---------------------------------------------------------------- an address block of lines of its own


@pytest.mark.parametrize(
    ("block", "fact"),
    [
        (
            "Kontakt:\nVerein Lernwerk e. V.\nLindenallee 7\n34117 Kassel",
            ("Lernwerk e. V.", "locatedIn", "Kassel"),
        ),
        (
            "Stiftung Beispielhilfe\nAm Markt 4\n99084 Erfurt",
            ("Stiftung Beispielhilfe", "locatedIn", "Erfurt"),
        ),
        (
            "Beispielhilfe gGmbH,\nHauptstr. 12a\nD-04109 Leipzig",
            ("Beispielhilfe gGmbH", "locatedIn", "Leipzig"),
        ),
    ],
)
def test_the_body_opening_an_address_block_is_in_its_town(block: str, fact: tuple[str, str, str]) -> None:
    text = "Titel\n\nDer Verein lädt zum Sommerfest ein.\n\n" + block + "\n"
    assert fact in facts_of(text).relations


@pytest.mark.parametrize(
    "block",
    [
        "Petra Beispiel arbeitet beim Verein Lernwerk e. V.\nLindenallee 7\n34117 Kassel",  # a sentence, no line of a name
        "Verein Lernwerk e. V.\nTelefon 0561 12345\n34117 Kassel",  # no street
        "Verein Lernwerk e. V.\nLindenallee 7\nKassel",  # no postcode
    ],
)
def test_a_block_without_the_bodys_line_street_and_postcode_places_no_body(block: str) -> None:
    text = "Titel\n\nDer Verein lädt zum Sommerfest ein.\n\n" + block + "\n"
    assert not [r for r in facts_of(text).relations if r[1] == "locatedIn"]


# ---------------------------------------------------------------- offices in towns: "mit zwei Büros in Z1 und Z2"


@pytest.mark.parametrize(
    ("body", "towns", "unit"),
    [
        ("Die Stiftung Beispielhilfe mit Büros in Kassel und Fulda bietet Kurse an.", {"Kassel", "Fulda"}, "Stiftung Beispielhilfe"),
        ("Der Verein Lernwerk e. V. mit einer Außenstelle in Fulda bietet Kurse an.", {"Fulda"}, "Lernwerk e. V."),
        ("Das Projekt „Brückenbau“ ist mit zwei Büros in Gießen und Marburg vertreten.", {"Gießen", "Marburg"}, "Brückenbau"),
        ("Die Beispielhilfe gGmbH ist mit Niederlassungen in Kassel, Fulda und Erfurt präsent.", {"Kassel", "Fulda", "Erfurt"}, "Beispielhilfe gGmbH"),
        ("Das Projekt „Brückenbau“ ist ab Mai mit einem Büro in Gera vertreten.", {"Gera"}, "Brückenbau"),
    ],
)  # fmt: skip
def test_a_bodys_offices_in_towns_place_it_there(body: str, towns: set[str], unit: str) -> None:
    _, seats = _places_and_seats(body)
    assert {place for subject, _, place in seats if subject == unit} == towns


@pytest.mark.parametrize(
    "body",
    [
        "Die Stiftung Beispielhilfe ist mit einem Stand in Kassel vertreten.",  # a fair's booth, no office
        "Die Stiftung Beispielhilfe ist mit zwei Büros in Kassel unzufrieden.",  # no clause of being there
        "Die Stiftung Beispielhilfe sucht Büros in Kassel.",
    ],
)
def test_offices_not_said_to_be_the_bodys_place_it_nowhere(body: str) -> None:
    assert not _places_and_seats(body)[1]


# ---------------------------------------------------------------- "die Kasseler Stiftung Beispielhilfe": the town is no word of the name


@pytest.mark.parametrize(
    ("body", "org", "town"),
    [
        ("Die Kasseler Stiftung Beispielhilfe bietet Kurse an.", "Stiftung Beispielhilfe", "Kassel"),
        ("Kurse bietet das Fuldaer Bildungswerk Lernweg an.", "Bildungswerk Lernweg", "Fulda"),
        ("Beim Erfurter Verband Sprachbrücke arbeiten zehn Menschen.", "Verband Sprachbrücke", "Erfurt"),
    ],
)
def test_a_towns_adjective_before_a_head_with_its_own_name_seats_the_body(
    body: str, org: str, town: str
) -> None:
    facts = facts_of("Titel\n\n" + body)
    assert ("Organisation", org) in facts.entities
    assert (org, "locatedIn", town) in facts.relations


@pytest.mark.parametrize(
    ("body", "org"),
    [
        ("Die Kasseler Bürgerstiftung bietet Kurse an.", "Kasseler Bürgerstiftung"),  # no name after the head
        ("Das Leipziger Institut für Länderkunde lädt ein.", "Leipziger Institut für Länderkunde"),
        ("Die Münchner Volkshochschule bietet Kurse an.", "Münchner Volkshochschule"),
    ],
)
def test_a_towns_adjective_before_a_head_without_a_name_stays_in_the_name(body: str, org: str) -> None:
    assert org in {label for _, label in facts_of("Titel\n\n" + body).entities}


# ---------------------------------------------------------------- an event held at a body's house: "an der", "bei der"


@pytest.mark.parametrize(
    ("body", "house"),
    [
        ("Die Fachtagung „Wege in Arbeit“ fand am 3. Mai 2031 an der Universität Kassel statt.", "Universität Kassel"),
        ("Am 3. Mai 2031 fand die Fachtagung „Wege in Arbeit“ bei der Handwerkskammer Kassel statt.", "Handwerkskammer Kassel"),
        ("Die Fachtagung „Wege in Arbeit“ tagte am 3. Mai 2031 beim Verein Lernwerk e. V. in Fulda.", "Lernwerk e. V."),
    ],
)  # fmt: skip
def test_an_event_held_at_a_body_is_in_its_house(body: str, house: str) -> None:
    assert ("Fachtagung „Wege in Arbeit“", "locatedIn", house) in _places_and_seats(body)[1]


# A unit housed in a building ("ist im Haus X in Z untergebracht") is there, as an event held in it is.
_HOUSED = "Beratungsstelle „Willkommen“"


@pytest.mark.parametrize(
    ("body", "venue"),
    [
        (f"Die {_HOUSED} ist im Haus der Vereine in Kassel untergebracht.", "Haus der Vereine"),
        (
            f"Die {_HOUSED} ist seit Mai im Kulturzentrum Schlachthof untergebracht.",
            "Kulturzentrum Schlachthof",
        ),
        (f"Die {_HOUSED} ist auch im Rathaus Gera untergebracht.", "Rathaus Gera"),
    ],
)
def test_a_unit_housed_in_a_building_is_located_there(body: str, venue: str) -> None:
    assert (_HOUSED, "locatedIn", venue) in _places_and_seats(body)[1]


@pytest.mark.parametrize(
    "body",
    [
        "Auf Einladung von Petra Beispiel, Referentin bei der Handwerkskammer Kassel, fand am 3. Mai 2031 die "
        "Fachtagung „Wege in Arbeit“ statt.",  # the body says where the speaker works
        "Am 3. Mai 2031 fand die Fachtagung „Wege in Arbeit“ statt. Die Anmeldung läuft bei der Handwerkskammer Kassel.",
        "Die Fachtagung „Wege in Arbeit“ fand am 3. Mai 2031 statt, eingeladen hatte Tim Muster vom Jobcenter Fulda.",
    ],
)
def test_a_body_named_with_an_event_but_no_house_of_it_is_no_venue(body: str) -> None:
    assert not [s for s in _places_and_seats(body)[1] if s[0] == "Fachtagung „Wege in Arbeit“"]


# ---------------------------------------------------------------- a project's sites: "hat Anlaufstellen in", "berät an den Standorten"


@pytest.mark.parametrize(
    ("body", "towns"),
    [
        ("Das Projekt „Brückenbau“ hat Anlaufstellen in Kassel und Fulda.", {"Kassel", "Fulda"}),
        ("Das Projekt „Brückenbau“ mit Beratungsstellen in Erfurt und Gera berät Zugewanderte.", {"Erfurt", "Gera"}),
        ("Das Projekt „Brückenbau“ berät an den Standorten Kassel und Fulda.", {"Kassel", "Fulda"}),
        ("Das Projekt „Brückenbau“ arbeitet seit 2020 am Standort Gießen.", {"Gießen"}),
    ],
)  # fmt: skip
def test_a_projects_sites_place_it(body: str, towns: set[str]) -> None:
    _, seats = _places_and_seats(body)
    assert {place for subject, _, place in seats if subject == "Brückenbau"} == towns


@pytest.mark.parametrize(
    "body",
    [
        "Die Stiftung Beispielhilfe fördert Betriebe an den Standorten Kassel und Fulda.",  # the firms' sites
        "Das Projekt „Brückenbau“ sucht Anlaufstellen in Kassel.",  # sought, not had
        "Das Projekt „Brückenbau“ berät Zugewanderte aus Kassel und Fulda.",  # where the clients come from
    ],
)
def test_sites_that_are_not_the_projects_place_nothing(body: str) -> None:
    assert not _places_and_seats(body)[1]


# ---------------------------------------------------------------- "die Tagung" names the "Fachtagung" again: its place


@pytest.mark.parametrize(
    ("body", "event", "place"),
    [
        ("Am 2. Oktober 2031 lädt der Verein Lernwerk e. V. zur Fachtagung „Ankommen“ ein. Die Tagung findet in Fulda statt.", "Fachtagung „Ankommen“", "Fulda"),
        ("Zum Jahreskongress „Vielfalt“ am 5. Mai 2031 kommen 200 Gäste. Der Kongress tagt im Haus der Wirtschaft in Kassel.", "Jahreskongress „Vielfalt“", "Haus der Wirtschaft"),
        ("Die Stiftung Beispielhilfe lädt am 8. Juni 2031 zum Netzwerktreffen „Brücken“. Das Treffen findet an der Universität Kassel statt.", "Netzwerktreffen „Brücken“", "Universität Kassel"),
    ],
)  # fmt: skip
def test_the_last_part_of_an_events_compound_names_it_again(body: str, event: str, place: str) -> None:
    assert (event, "locatedIn", place) in _places_and_seats(body)[1]


def test_a_noun_that_is_no_part_of_the_events_compound_names_another() -> None:
    body = "Am 2. Oktober 2031 lädt der Verein Lernwerk e. V. zum Fachtag „Ankommen“ ein. Die Tagung findet in Fulda statt."
    assert ("Fachtag „Ankommen“", "locatedIn", "Fulda") not in _places_and_seats(body)[1]


# ---------------------------------------------------------------- a seat in brackets, between dashes, apposed or in a relative clause


@pytest.mark.parametrize(
    "body",
    [
        "Die Beispielhilfe gGmbH (mit Sitz in Kassel) bietet Kurse an.",
        "Die Beispielhilfe gGmbH – mit Hauptsitz in Kassel – bietet Kurse an.",
        "Die Beispielhilfe gGmbH, seit 1990 in Kassel ansässig, bietet Kurse an.",
        "Kurse bietet die Beispielhilfe gGmbH – in Kassel beheimatet – seit Jahren an.",
        "Die Beispielhilfe gGmbH, die in Kassel ihren Sitz hat, bietet Kurse an.",
        "Kurse bietet die Beispielhilfe gGmbH an, die seit 1990 in Kassel ihren Hauptsitz hat.",
    ],
)
def test_a_seat_set_off_from_the_sentence_places_the_body(body: str) -> None:
    assert ("Beispielhilfe gGmbH", "locatedIn", "Kassel") in _places_and_seats(body)[1]


@pytest.mark.parametrize(
    "body",
    [
        "Die Beispielhilfe gGmbH (mit Partnern in Kassel) bietet Kurse an.",  # partners, no seat
        "Die Beispielhilfe gGmbH – mit Kursen in Kassel und Fulda – wächst.",  # courses, no seat
        "Die Beispielhilfe gGmbH, die in Kassel ihren Sitz sucht, bietet Kurse an.",  # a seat sought
    ],
)
def test_a_place_set_off_without_a_seat_places_nothing(body: str) -> None:
    assert not _places_and_seats(body)[1]


@pytest.mark.parametrize(
    ("body", "unit", "towns"),
    [
        ("Der Verein Lernwerk e. V., der in Kassel und Fulda Beratungsstellen unterhält, bietet Kurse an.", "Lernwerk e. V.", {"Kassel", "Fulda"}),
        ("Die Beispielhilfe gGmbH, die in Erfurt und Gera Büros hat, bietet Kurse an.", "Beispielhilfe gGmbH", {"Erfurt", "Gera"}),
        ("Kurse bietet die Stiftung Beispielhilfe an, die in Gießen Niederlassungen betreibt.", "Stiftung Beispielhilfe", {"Gießen"}),
    ],
)  # fmt: skip
def test_a_relative_clause_of_sites_after_their_towns_places_the_body(
    body: str, unit: str, towns: set[str]
) -> None:
    assert {place for subject, _, place in _places_and_seats(body)[1] if subject == unit} == towns


def test_sites_sought_in_a_relative_clause_place_nothing() -> None:
    assert not _places_and_seats("Die Beispielhilfe gGmbH, die in Erfurt Büros sucht, bietet Kurse an.")[1]


# ---------------------------------------------------------------- housed in a building: "ist im Haus X in Z untergebracht"


def test_a_unit_not_said_to_be_housed_in_a_building_is_not_located_there() -> None:
    body = "Die Beratungsstelle „Willkommen“ ist im Haus der Vereine in Kassel zu Gast gewesen."
    assert ("Beratungsstelle „Willkommen“", "locatedIn", "Haus der Vereine") not in _places_and_seats(body)[1]
