"""Places on invented sentences: regions named by a compass or height prefix, and towns at a sentence start."""

from __future__ import annotations

import pytest

from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def places(text: str) -> set[str]:
    return {m.label for m in find_mentions(text, GAZETTEER) if m.type == "Place"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Die Mentorinnen kommen aus Oberfranken.", "Oberfranken"),
        ("In ganz Südwestfalen fehlen Pflegekräfte.", "Südwestfalen"),
        ("Nach Mittelhessen zogen im Jahr viele Familien.", "Mittelhessen"),
        ("Beraten wird in Niederbayern und in Nordhessen.", "Nordhessen"),
    ],
)
def test_a_region_named_by_a_prefix_after_a_preposition_of_place(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Servicestelle Anerkennung Oberfranken berät.", "Servicestelle Anerkennung Oberfranken"),
        ("Die Handwerkskammer Niederbayern lädt ein.", "Handwerkskammer Niederbayern"),
        ("Ein Gast vom Jobcenter Südhessen sprach.", "Jobcenter Südhessen"),
    ],
)
def test_a_region_ends_a_name(text: str, label: str) -> None:
    assert label in {m.label for m in find_mentions(text, GAZETTEER)}


@pytest.mark.parametrize(
    "text",
    [
        "In Fragen der Anerkennung hilft sie.",
        "Aus Nordsicht ist das gut.",
        "Nach Westen hin wächst das Netz.",
    ],
)
def test_a_capitalised_preposition_takes_no_common_noun_for_a_place(text: str) -> None:
    assert places(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Die Ärztin aus Syrien arbeitet nun in einer Praxis.",
        "Er hat in der Türkei Maschinenbau studiert.",
        "Ihre Ausbildung aus Rumänien wurde voll anerkannt.",
    ],
)
def test_a_country_of_origin_is_no_place_of_the_release(text: str) -> None:
    assert places(text) == set()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Es folgte ein Gespräch im Saal der Landesbibliothek mit Gästen.", "Saal der Landesbibliothek"),
        ("Gelesen wurde im Lesecafé der Stadtbücherei.", "Lesecafé der Stadtbücherei"),
        ("Die Feier fand im Großen Saal des Kurhauses statt.", "Großer Saal des Kurhauses"),
    ],
)
def test_a_venue_keeps_its_genitive_attribute(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Ausstellung steht im Foyer des Ministeriums.",
        "Ein Fest im Foyer und danach im Saal.",
        "Sie trafen sich in der Aula der Hochschule.",
    ],
)
def test_a_room_alone_or_of_a_body_is_no_named_venue(text: str) -> None:
    assert places(text) == set()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Vor allem im Kreis Göttingen fanden sich Paten.", "Kreis Göttingen"),
        ("Die Teilnehmenden kamen aus dem Kreis Kassel.", "Kreis Kassel"),
        ("Im Kreis Bielefeld gab es zehn Tandems.", "Kreis Bielefeld"),
    ],
)
def test_a_district_after_a_preposition_of_place(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Die Lotsen beraten vor allem im Kreis Steinburg.", "Kreis Steinburg"),
        ("Viele Anfragen kamen aus dem Kreis Nordfriesland.", "Kreis Nordfriesland"),
        ("Im Kreis Siegen-Wittgenstein gab es zwölf Tandems.", "Kreis Siegen-Wittgenstein"),
        ("Wer in den Kreis Dithmarschen zieht, findet dort Rat.", "Kreis Dithmarschen"),
    ],
)
def test_a_district_of_the_kind_called_kreis_is_a_place(text: str, place: str) -> None:
    """Schleswig-Holstein and Nordrhein-Westfalen call their Landkreise "Kreis": those named by a landscape too."""
    assert place in places(text)


def test_a_district_that_acts_is_a_body_not_a_place() -> None:
    mentions = find_mentions("Der Landkreis Kassel fördert das Projekt.", GAZETTEER)
    assert [(m.type, m.label) for m in mentions] == [("Agency", "Landkreis Kassel")]


@pytest.mark.parametrize(
    "text",
    [
        "Petra Beispiel sagte: „Wir wollen in Kiel und Lübeck viele Betriebe erreichen.“",
        "„Aus Bielefeld kommen die meisten Anfragen, das freut uns sehr“, sagte sie.",
        'Er betonte: "Nach Göttingen kommen immer mehr Fachkräfte aus dem Ausland."',
    ],
)
def test_a_place_named_in_passing_in_direct_speech_is_no_place_of_the_release(text: str) -> None:
    assert places(text) == set()


def test_a_quoted_name_is_no_direct_speech() -> None:
    assert "Kiel" in places("Das Projekt „Lotse“ berät in Kiel.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Die Beratungsstelle in Ostercappeln öffnet im Mai.", "Ostercappeln"),
        ("Die Teilnehmenden kamen aus Velen und Büchen.", "Büchen"),
        ("Alfdorf. Heute öffnet die neue Anlaufstelle.", "Alfdorf"),
    ],
)
def test_a_small_town_where_the_grammar_says_a_place_stands(text: str, place: str) -> None:
    """Towns of 5,000 inhabitants or more (GeoNames), read after a preposition of place or as a dateline."""
    assert place in places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Wetzlar, 12.05.2022 – Die Beratungsstelle öffnet.", "Wetzlar"),
        ("Bad Kreuznach, den 3. Mai 2022 – Die Stelle öffnet.", "Bad Kreuznach"),
        ("Velen/Holzminden. Heute öffnet die Stelle.", "Holzminden"),
    ],
)
def test_a_dateline_with_its_date_or_a_second_town(text: str, place: str) -> None:
    assert place in places(text)


def test_a_weekday_before_a_date_is_no_place() -> None:
    assert places("Montag, 4. Dezember 2017\n\nDie Stelle öffnet.") == set()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Die Beratungsstelle in Salzwedel öffnet im Mai.", "Salzwedel"),
        ("Die Teilnehmenden kamen aus Binz.", "Binz"),
        ("Die Stelle zieht nach Kühlungsborn.", "Kühlungsborn"),
    ],
)
def test_a_town_listed_with_its_title_is_read_by_its_name(text: str, place: str) -> None:
    """GeoNames lists "Hansestadt Salzwedel", "Ostseebad Binz": releases write the name alone."""
    assert place in places(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beraten wird in Frankfurt (Oder) und in Frankfurt am Main.",
            {"Frankfurt (Oder)", "Frankfurt am Main"},
        ),
        (
            "Die Gäste kamen aus Halle (Saale) und aus Halle (Westfalen).",
            {"Halle (Saale)", "Halle (Westfalen)"},
        ),
        ("Nach Schwedt (Oder) zieht das Büro im Mai.", {"Schwedt (Oder)"}),
    ],
)
def test_two_towns_of_one_name_kept_apart_by_their_river_or_region_in_brackets(
    text: str, expected: set[str]
) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Beratung (in Kassel) beginnt im Mai.", {"Kassel"}),
        ("Das Büro in Halle (Foto: Petra Beispiel) ist neu.", {"Halle"}),
        ("Beraten wird in Kassel (ab Mai) und in Fulda.", {"Kassel", "Fulda"}),
    ],
)
def test_a_bracket_that_is_no_river_or_region_stays_out_of_the_town(text: str, expected: set[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Frankfurt (Oder). Die Beratung öffnet im Mai.", "Frankfurt (Oder)"),
        ("Halle (Saale), 3. Mai 2031 – Die Beratung öffnet.", "Halle (Saale)"),
        ("Schwedt (Oder) – Am Montag öffnet die Beratung.", "Schwedt (Oder)"),
    ],
)
def test_a_dateline_town_keeps_its_river_in_brackets(text: str, town: str) -> None:
    assert town in places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Halle (Saale). Die Beratung in Halle öffnet im Mai.",
        "Die Gäste kamen nach Halle. Der Fachtag in Halle (Saale) war voll.",
        "Aus Halle (Westfalen) kam eine Gruppe; in Halle blieb sie zwei Tage.",
    ],
)
def test_a_bare_town_is_the_one_the_release_names_with_its_river_or_region(text: str) -> None:
    assert len(places(text)) == 1 and next(iter(places(text))).startswith("Halle (")


def test_a_bare_town_stays_bare_where_the_release_names_two_towns_of_its_name() -> None:
    assert places("Aus Halle (Saale) und Halle (Westfalen) kamen Gäste nach Halle.") == {
        "Halle (Saale)",
        "Halle (Westfalen)",
        "Halle",
    }


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Jobcenter Uckermark berät Zugewanderte.", "Jobcenter Uckermark"),
        ("Die Agentur für Arbeit Emsland lädt ein.", "Agentur für Arbeit Emsland"),
        ("Mit dem Jobcenter Dahme-Spreewald wird geplant.", "Jobcenter Dahme-Spreewald"),
    ],
)
def test_a_district_named_by_a_landscape_ends_a_name(text: str, label: str) -> None:
    assert label in {m.label for m in find_mentions(text, GAZETTEER)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Die Mentorinnen kommen aus Ostallgäu.", "Ostallgäu"),
        ("In Nordsachsen fehlen Pflegekräfte.", "Nordsachsen"),
        ("Nach Havelland zogen viele Familien.", "Havelland"),
    ],
)
def test_a_district_named_by_a_landscape_after_a_preposition_of_place(text: str, place: str) -> None:
    assert place in places(text)
