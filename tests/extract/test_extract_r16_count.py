"""Round 16 (counts): constructions paraphrasing writers use to give a figure whose owner stands elsewhere than
the number, on invented sentences: a Land after the counted subject that the verb places there, a passive whose
counted subject opens the clause or follows a modal. (A passive clause after a colon taking its owner from the
lead-in, "X zieht Bilanz: 350 Anträge wurden bewilligt", was dropped: it made one wrong count on the odd half.)"""

from __future__ import annotations

import pytest

from conftest import facts_of


def _counts(text: str) -> set[tuple[str, int]]:
    return facts_of("Zahlen aus der Region\n\n" + text).counts


# ---------------------------------------------------------------- a Land after the counted subject


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Schon über 1500 Anträge sind allein in Thüringen eingegangen, die meisten aus der Pflege.", ("Thüringen", 1500)),
        ("Bereits 700 Anträge wurden in Sachsen gestellt.", ("Sachsen", 700)),
        ("Rund 420 Anträge gingen im vergangenen Jahr in Brandenburg ein.", ("Brandenburg", 420)),
        ("Mehr als 900 Bescheide sind 2031 in Hessen erteilt worden.", ("Hessen", 900)),
    ],
)  # fmt: skip
def test_a_land_the_verb_places_the_counted_subject_in_holds_the_count(
    sentence: str, count: tuple[str, int]
) -> None:
    assert count in _counts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mehr als 400 Pflegekräfte aus Thüringen haben eine Stelle gefunden.",  # origin, no place
        "Die Kammer Gera hat 700 Anträge nach Sachsen weitergeleitet.",  # the counted noun is an object
    ],
)
def test_a_land_of_origin_or_after_an_object_holds_no_count(sentence: str) -> None:
    assert not {c for c in _counts(sentence) if c[0] in ("Thüringen", "Sachsen")}


# ---------------------------------------------------------------- a fronted or modal passive after its topic


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Thüringen ist beim Thema Anerkennung Spitzenreiter. Mehr als 600 Anträge wurden im vergangenen Jahr bewilligt.",
         ("Thüringen", 600)),
        ("Das Projekt „Brückenbau Gera“ startete im Mai 2030. Insgesamt 45 Tandems sind seither gebildet worden.",
         ("Brückenbau Gera", 45)),
        ("Das Projekt „Brückenbau Jena“ startete im Mai 2030. Seitdem konnten 45 Tandems vermittelt werden.",
         ("Brückenbau Jena", 45)),
        ("Das Projekt „Brückenbau Suhl“ läuft seit 2029. Bislang sollten 60 Mentorinnen gewonnen werden.",
         ("Brückenbau Suhl", 60)),
    ],
)  # fmt: skip
def test_a_passive_counted_subject_after_a_sentence_on_its_owner_is_the_owner_s(
    text: str, count: tuple[str, int]
) -> None:
    assert count in _counts(text)


@pytest.mark.parametrize(
    "text",
    [
        # a future, no passive
        "Das Projekt „Brückenbau Suhl“ läuft seit 2029. Insgesamt 45 Frauen werden im nächsten Jahr teilnehmen.",
        # an active modal: the tandems act
        "Das Projekt „Brückenbau Gera“ startete 2030. Seitdem konnten 45 Tandems an Kursen mitmachen.",
        # the clause names who acted
        "Das Projekt „Brückenbau Jena“ startete 2030. Seitdem haben die Kammern 45 Tandems vermittelt.",
    ],
)
def test_an_active_or_future_clause_is_no_passive_of_the_topic(text: str) -> None:
    assert not {c for c in _counts(text) if c[0].startswith("Brückenbau")}


# ---------------------------------------------------------------- a fronted participle going on from a figure


_ASKED = "Für das IQ Netzwerk Thüringen wurden 2031 insgesamt 90.000 € beantragt"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_ASKED + "; ausgegeben wurden 74.512,20 €.", 74512),
        (_ASKED + ". Verausgabt wurden davon 81.000 €.", 81000),
        (_ASKED + ". Bewilligt wurden schließlich 85.500 Euro.", 85500),
        (_ASKED + ", abgerufen sind davon 60.000 Euro.", 60000),
    ],
)
def test_money_after_a_fronted_participle_is_the_owner_s_of_the_money_before(text: str, value: int) -> None:
    assert ("IQ Netzwerk Thüringen", value) in _counts(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_ASKED + ". Ausgegeben hat die Stadt Gera davon 12.000 €.", 12000),  # someone named acts
        (_ASKED + ". Beraten wurden 600 Menschen.", 600),  # people set against money: no part of it
    ],
)
def test_a_fronted_participle_naming_someone_or_counting_another_kind_shares_nothing(
    text: str, value: int
) -> None:
    assert ("IQ Netzwerk Thüringen", value) not in _counts(text)


# ---------------------------------------------------------------- a unit referred to by the head noun of its name


_NAMED = "Die IQ Informationsstelle Welcome Vogtland berät seit 2030 Betriebe in Plauen. "


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Im selben Jahr richtete die Informationsstelle insgesamt 12 Fachtage aus.", 12),
        ("Zudem hat die vogtländische Informationsstelle 2031 rund 40 Runde Tische veranstaltet.", 40),
        ("Über 300 Betriebe holten sich 2031 Rat bei der Informationsstelle.", 300),
        ("Bei der Informationsstelle ließen sich 2031 über 250 Betriebe beraten.", 250),
    ],
)
def test_a_unit_named_again_by_its_head_noun_holds_the_count(sentence: str, value: int) -> None:
    assert ("IQ Informationsstelle Welcome Vogtland", value) in _counts(_NAMED + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Im selben Jahr richtete die sächsische Informationsstelle 12 Fachtage aus.",  # another place's
        "Im selben Jahr richtete eine Informationsstelle in Zwickau 12 Fachtage aus.",  # some other one
        "Im selben Jahr richtete die Fachstelle 12 Fachtage aus.",  # a noun of no name named
    ],
)
def test_a_description_of_another_unit_holds_no_count(sentence: str) -> None:
    assert ("IQ Informationsstelle Welcome Vogtland", 12) not in _counts(_NAMED + sentence)
