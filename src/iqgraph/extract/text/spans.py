"""The mention record every recogniser of the extraction stage produces (a module of its own, so that the
recognisers and the module choosing among them import it without importing each other)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate, pairwise
from typing import Generic, Protocol, TypeVar

# "(ESF)", "(ESF Plus)", "(RIN)": a short form in brackets after a name, perhaps with the "Plus" of a programme's
# next period
TRAILING_ABBREVIATION = re.compile(r"\s*[„\"“]?\((?P<abbr>[^()\s]{2,12}(?: Plus)?)\)[“\"”]?")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    type: str
    key: str
    label: str
    surface: str
    abbreviation: str | None = None
    priority: int = 0
    gender: str | None = None  # persons: "f" / "m" where the given name tells
    generic: bool = False  # "das Netzwerk": stands for the release's main entity of that type
    alias: str | None = None  # another name the text gives it: "Beratungsstelle „X“" is also "X"

    @property
    def length(self) -> int:
        return self.end - self.start

    @classmethod
    def named(
        cls,
        start: int,
        end: int,
        type_: str,
        label: str,
        surface: str,
        abbreviation: str | None = None,
        priority: int = 1,
    ) -> Mention:
        """A name no gazetteer knows, keyed by its type and label: the same name is one entity in a release."""
        return cls(
            start, end, type_, f"{type_.lower()}:{label.lower()}", label, surface, abbreviation, priority
        )


class IntervalIndex:
    """A fixed set of (start, end) spans, asked whether any overlaps a span (`start < e and s < end`) in
    O(log n): the spans sorted by start, with the largest end among each prefix of them."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self._starts, end)  # the spans that start before `end`
        return before > 0 and self._reach[before - 1] > start

    def encloses(self, start: int, end: int) -> bool:
        """Whether a span holds (start, end) strictly inside it (`s < start and end < e`)."""
        return self.overlaps(end, start)  # the same test with the bounds' roles swapped


class Occupancy:
    """Positions taken by disjoint non-empty spans, added one by one: whether a non-empty span overlaps one
    of them costs its length, not the number taken."""

    def __init__(self, size: int) -> None:
        self._taken = bytearray(size)

    def overlaps(self, start: int, end: int) -> bool:
        return self._taken.find(1, start, end) >= 0

    def take(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)


class _Positioned(Protocol):
    @property
    def start(self) -> int: ...


Item = TypeVar("Item", bound=_Positioned)


class ByStart(Generic[Item]):
    """Items with a start (mentions, event nouns, dates) in their given order, asked for those starting inside
    a span without reading all of them. Kept in the given order (a stable sort by start), so a rule that takes
    the first one finds the same."""

    def __init__(self, items: Iterable[Item]) -> None:
        self._ordered = sorted(items, key=lambda item: item.start)
        self._starts = [item.start for item in self._ordered]

    def within(self, start: int, end: int) -> list[Item]:
        return self._ordered[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def at(self, start: int) -> list[Item]:
        """The items starting exactly at `start`, in their given order."""
        return self.within(start, start + 1)

    def lazily_within(self, start: int, end: int) -> Iterator[Item]:
        """The items starting in (start, end), as `within` lists them, one at a time: a rule that takes the
        first one it wants need not copy a long stretch."""
        for i in range(bisect_left(self._starts, start), bisect_left(self._starts, end)):
            yield self._ordered[i]


class IndexedMentions:
    """A release's mentions with the indexes rules look them up by, built once and passed down (asking every
    mention again for each event made a long release quadratic). Mentions are spans: start <= end."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.all = mentions
        self.by_start = ByStart(mentions)
        self.spans = IntervalIndex((m.start, m.end) for m in mentions)
        self._longest = max((m.end - m.start for m in mentions), default=0)
        self._place = {id(m): i for i, m in enumerate(mentions)}
        # in the order by start, as a stable sort by start leaves them: their order is then ByStart's
        self._by_start_order = all(a.start <= b.start for a, b in pairwise(mentions))
        self._of_type: dict[str, IndexedMentions] = {}

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """The mentions starting in (start, end) in their given order, as a scan of all would list them."""
        return sorted(self.by_start.within(start, end), key=lambda m: self._place[id(m)])

    def first_starting_in(self, start: int, end: int, wanted: Callable[[Mention], bool]) -> Mention | None:
        """The first of `starting_in(start, end)` that is `wanted`. Mentions given in the order by start are
        read lazily from `start` on: sorting the rest of a text that is one paragraph for each question made
        it quadratic."""
        found = (
            self.by_start.lazily_within(start, end) if self._by_start_order else self.starting_in(start, end)
        )
        return next((m for m in found if wanted(m)), None)

    def of_type(self, type_: str) -> IndexedMentions:
        """The mentions of one type in their given order, indexed likewise (made once per type)."""
        if type_ not in self._of_type:
            self._of_type[type_] = IndexedMentions([m for m in self.all if m.type == type_])
        return self._of_type[type_]

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """The mentions overlapping (start, end), by start: none starts longer before it than the longest is."""
        return [m for m in self.by_start.within(start - self._longest, end) if m.end > start]


def end_of_the_text_before(text: str, position: int) -> int:
    """Where the last word before `position` ends (past spaces and blank lines), without copying the text."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position
