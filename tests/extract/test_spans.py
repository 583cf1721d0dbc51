"""The span indexes the recognisers ask instead of scanning every span taken (issue 12, finding 1)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from iqgraph.extract.names.mentions import BODY_TYPES, BodiesNamed, select
from iqgraph.extract.names.short_forms import later_short_forms as find_mentions_after
from iqgraph.extract.roles.roles import ReleaseBodies
from iqgraph.extract.text.morphology import noun_nominative
from iqgraph.extract.text.spans import ByStart, IndexedMentions, IntervalIndex, Mention, Occupancy


def _pairwise(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < e and s < end for s, e in spans)


SPANS = [(2, 5), (4, 9), (12, 12), (15, 20), (30, 31)]


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (0, 2),
        (0, 3),
        (5, 6),
        (9, 12),
        (11, 13),
        (12, 12),
        (13, 13),
        (16, 16),
        (20, 30),
        (31, 40),
        (0, 50),
        (7, 3),
    ],
)
def test_interval_index_answers_as_a_scan_of_every_span(start: int, end: int) -> None:
    assert IntervalIndex(SPANS).overlaps(start, end) == _pairwise(SPANS, start, end)


@pytest.mark.parametrize(
    ("start", "end"), [(3, 4), (2, 4), (3, 5), (5, 9), (16, 19), (12, 12), (21, 19), (0, 50)]
)
def test_interval_index_knows_the_spans_enclosing_one(start: int, end: int) -> None:
    assert IntervalIndex(SPANS).encloses(start, end) == any(s < start and end < e for s, e in SPANS)


def test_an_empty_interval_index_overlaps_nothing() -> None:
    assert not IntervalIndex([]).overlaps(0, 10)


def test_occupancy_knows_the_positions_taken() -> None:
    taken = Occupancy(20)
    taken.take(3, 6)
    taken.take(10, 12)
    assert [taken.overlaps(s, e) for s, e in [(0, 3), (5, 7), (6, 10), (11, 20), (12, 20)]] == [
        False,
        True,
        False,
        True,
        False,
    ]


def _mention(start: int, end: int, key: str) -> Mention:
    return Mention(start, end, "Organisation", key, key, key)


def test_by_start_gives_the_items_starting_in_a_span_or_at_a_position_in_their_given_order() -> None:
    late, first, second, inner = (
        _mention(9, 12, "late"),
        _mention(3, 8, "a"),
        _mention(3, 5, "b"),
        _mention(4, 6, "c"),
    )
    by_start = ByStart([late, first, second, inner])
    assert by_start.within(3, 9) == [first, second, inner]
    assert by_start.at(3) == [first, second]
    assert by_start.at(7) == []


def test_indexed_mentions_answer_as_the_list_they_index() -> None:
    mentions = [_mention(10, 14, "b"), _mention(2, 5, "a")]
    indexed = IndexedMentions(mentions)
    assert indexed.all is mentions
    assert indexed.by_start.within(0, 20) == [mentions[1], mentions[0]]
    assert [indexed.spans.overlaps(s, e) for s, e in [(5, 10), (4, 6), (13, 30)]] == [False, True, True]


def test_indexed_mentions_list_those_starting_in_a_span_in_their_given_order() -> None:
    office, name, later = _mention(5, 9, "office"), _mention(2, 9, "name"), _mention(12, 14, "later")
    indexed = IndexedMentions([name, later, office])  # an office appended after the sorted mentions
    assert indexed.starting_in(0, 13) == [name, later, office]
    assert indexed.by_start.within(0, 13) == [name, office, later]


@pytest.mark.parametrize("appended", [False, True])
def test_indexed_mentions_find_the_first_wanted_one_starting_in_a_span_as_their_list_does(
    appended: bool,
) -> None:
    town, hall, room, other = (
        _mention(s, s + 3, k) for s, k in [(2, "town"), (8, "hall"), (8, "room"), (15, "x")]
    )
    mentions = [town, room, hall, other] + ([_mention(5, 6, "hall")] if appended else [])
    indexed = IndexedMentions(mentions)
    for start, end in [(0, 20), (3, 20), (8, 9), (9, 16), (16, 30)]:
        for key in ("hall", "room", "x", "town"):
            listed = next((m for m in indexed.starting_in(start, end) if m.key == key), None)
            assert indexed.first_starting_in(start, end, lambda m, key=key: m.key == key) == listed
    assert indexed.of_type("Organisation").all == mentions
    assert indexed.of_type("Place").all == []


def test_indexed_mentions_find_those_overlapping_a_span_however_long_they_are() -> None:
    long, short, late = _mention(0, 30, "long"), _mention(20, 22, "short"), _mention(40, 41, "late")
    indexed = IndexedMentions([late, short, long])
    assert indexed.overlapping(21, 25) == [long, short]
    assert indexed.overlapping(30, 40) == []
    assert indexed.overlapping(29, 41) == [long, late]


def test_select_keeps_the_longest_of_overlapping_mentions_and_empty_ones_outside_them() -> None:
    long = Mention(0, 10, "Organisation", "organisation:a", "A", "A")
    inner = Mention(2, 5, "Organisation", "organisation:b", "B", "B", priority=3)
    after = Mention(10, 12, "Place", "place:c", "C", "C")
    empty_inside = Mention(4, 4, "Place", "place:d", "D", "")
    empty_at_start = Mention(10, 10, "Place", "place:e", "E", "")
    chosen = select([inner, after, empty_inside, long, empty_at_start])
    assert chosen == [long, after, empty_at_start]


def test_a_short_form_stands_for_its_name_after_it_once_per_place() -> None:
    text = "Das Institut für Beispielforschung (IBF) lädt ein. Das IBF und das IBF-Team; XIBF nicht. IBF"
    first = text.index("Institut")
    name = Mention(first, text.index(")") + 1, "Organisation", "organisation:ibf", "IBF-Name", "…", "IBF", 1)
    again = replace(name, start=name.start + 1)  # a second mention introducing the same form
    found = [(m.start, m.surface) for m in find_mentions_after(text, [name, again])]
    assert found == [(text.index("Das IBF") + 4, "IBF"), (len(text) - 3, "IBF")]


def test_release_bodies_give_the_organisations_named_before_a_place_by_their_first_word() -> None:
    saar = Mention(0, 13, "Organisation", "organisation:diakonie saar", "Diakonie Saar", "Diakonie Saar")
    person = Mention(20, 30, "Person", "person:d", "Diakonie Muster", "Diakonie Muster")
    generic = replace(saar, start=40, end=48, generic=True)
    pfalz = Mention(50, 64, "Organisation", "organisation:diakonie pfalz", "Diakonie Pfalz", "Diakonie Pfalz")
    bodies = ReleaseBodies([saar, person, generic, pfalz])
    assert bodies.named_before({"Diakonie", "Caritas"}, 49) == [saar]
    assert bodies.named_before({"Diakonie"}, 64) == [saar, pfalz]
    assert bodies.named_before({"Caritas"}, 100) == []


def test_bodies_named_answer_as_reading_every_body_named_before() -> None:
    ministry = Mention(0, 20, "Ministry", "ministry:a", "Arbeitsministerium", "das Arbeitsministerium")
    town = Mention(25, 30, "Place", "place:jena", "Jena", "Jena")
    office = Mention(40, 60, "Agency", "agency:v", "Stadtverwaltung Jena", "Stadtverwaltung Jena")
    mentions = [ministry, town, office]

    def naive(owner: str, pos: int) -> bool:
        head = noun_nominative(owner).lower()
        named = (f"{m.surface} {m.label}" for m in mentions if m.type in BODY_TYPES and m.end <= pos)
        return any(word.lower().endswith(head) for words in named for word in words.split())

    bodies = BodiesNamed(mentions)
    cases = [("Ministeriums", 20), ("Ministeriums", 19), ("Verwaltung", 59), ("Verwaltung", 60), ("Jena", 40)]
    assert [bodies.before(owner, pos) for owner, pos in cases] == [naive(owner, pos) for owner, pos in cases]
    assert [bodies.before(owner, pos) for owner, pos in cases] == [True, False, False, True, False]
