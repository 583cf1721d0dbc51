"""Relations, round 17 (hrel: constructions read from a foreign writer's misses, tested on invented sentences):
a list's item with its fields parted by semicolons ("b) X; Träger: Y; Standorte: Z1 und Z2; 90.000 Euro"), ..."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _relations(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of(text).relations if p == predicate}


# ---------------------------------------------------------------- a list's item with fields after semicolons

_ANSWER = "Antwort der Landesregierung\n\n{lead}\n\n{items}\n\nDie Landesregierung begrüßt das.\n"


@pytest.mark.parametrize(
    ("lead", "items", "hosts", "places"),
    [
        (
            "Im Jahr 2018 werden folgende Teilprojekte des IQ Netzwerks Thüringen umgesetzt:",
            "a) Anerkennungsberatung Ost; Träger: Beratungshaus Saale e. V.; Standorte: Jena und Gera; 250.000 Euro\n"
            "b) Brückenkurs Pflegeberufe; Träger: Pflegeschule Nordhausen gGmbH; Standort: Nordhausen; 400.000 Euro",
            {
                ("Anerkennungsberatung Ost", "Beratungshaus Saale e. V."),
                ("Brückenkurs Pflegeberufe", "Pflegeschule Nordhausen gGmbH"),
            },
            {
                ("Anerkennungsberatung Ost", "Jena"),
                ("Anerkennungsberatung Ost", "Gera"),
                ("Brückenkurs Pflegeberufe", "Nordhausen"),
            },
        ),
        (
            "Folgende Teilprojekte wurden 2020 gefördert (Mittel des Bundes und des ESF, in Euro, gerundet):",
            "1. Lotsenhaus Nord; Trägerin: Caritasverband Kiel e. V.; Standorte: Kiel, Rendsburg und Eckernförde\n"
            "2. Werkstatt Zukunft; Projektträger: Handwerkskammer Lübeck; Standort: Lübeck",
            {
                ("Lotsenhaus Nord", "Caritasverband Kiel e. V."),
                ("Werkstatt Zukunft", "Handwerkskammer Lübeck"),
            },
            {
                ("Lotsenhaus Nord", "Kiel"),
                ("Lotsenhaus Nord", "Rendsburg"),
                ("Lotsenhaus Nord", "Eckernförde"),
                ("Werkstatt Zukunft", "Lübeck"),
            },
        ),
        (
            "Im Land arbeiten folgende Projekte des IQ Netzwerks Hessen:",
            "- Brücke Pflege Hessen; Träger: Bildungswerk Fulda gGmbH; Einsatzorte: Fulda sowie Hanau\n"
            "- Job-Lotsen Mitte; Träger: Verein Arbeit und Leben Gießen e. V.; Standort: Gießen",
            {("Brücke Pflege Hessen", "Bildungswerk Fulda gGmbH")},
            {
                ("Brücke Pflege Hessen", "Fulda"),
                ("Brücke Pflege Hessen", "Hanau"),
                ("Job-Lotsen Mitte", "Gießen"),
            },
        ),
    ],
)
def test_an_item_s_fields_after_semicolons_give_carrier_and_towns(lead, items, hosts, places):
    text = _ANSWER.format(lead=lead, items=items)
    assert hosts <= _relations(text, "hostedBy")
    assert places <= _relations(text, "locatedIn")
    # the name ends at the first semicolon: no project named after the whole line
    assert not any(";" in label for label, _ in _relations(text, "partOf"))


def test_the_network_s_office_listed_among_the_items_is_the_office():
    text = _ANSWER.format(
        lead="Im Jahr 2018 werden folgende Teilprojekte des IQ Netzwerks Thüringen umgesetzt:",
        items="a) Koordinierungsstelle des Netzwerks; Träger: Lernwerk Erfurt e. V.; Standort: Erfurt; 300.000 Euro\n"
        "b) Anerkennungsberatung Ost; Träger: Beratungshaus Saale e. V.; Standort: Jena; 250.000 Euro",
    )
    assert ("Koordinierungsstelle des IQ Netzwerks Thüringen", "Lernwerk Erfurt e. V.") in _relations(
        text, "hostedBy"
    )
    assert ("Koordinierungsstelle des IQ Netzwerks Thüringen", "Erfurt") in _relations(text, "locatedIn")
    assert "Koordinierungsstelle des Netzwerks" not in {s for s, _ in _relations(text, "partOf")}


def test_other_fields_after_semicolons_give_no_carrier_or_town():
    text = _ANSWER.format(
        lead="Im Jahr 2018 werden folgende Teilprojekte des IQ Netzwerks Thüringen umgesetzt:",
        items="a) Anerkennungsberatung Ost; Partner: Beratungshaus Saale e. V.; Zielgruppe: Zugewanderte in Jena\n"
        "b) Brückenkurs Pflegeberufe; Kooperation: Pflegeschule Nordhausen gGmbH; Standort: noch offen",
    )
    assert not {s for s, _ in _relations(text, "hostedBy")} & {
        "Anerkennungsberatung Ost",
        "Brückenkurs Pflegeberufe",
    }
    assert not {s for s, _ in _relations(text, "locatedIn")} & {
        "Anerkennungsberatung Ost",
        "Brückenkurs Pflegeberufe",
    }
