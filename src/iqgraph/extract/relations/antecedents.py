"""What the mentions before a sentence name last, by kind: the topic a pronoun subject stands for ("Es wird vom
Land gefördert"), the unit a clause without its network means, the alliance "Dazu gehören A und B" lists, the body
a later clause places ("Der Verein hat seinen Sitz in …"), the Land or ministry a later "vom Land" stands for.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator

from ..names.mentions import Mention
from .actors import COORDINATED
from .funding.funding import framed_programme, is_fund
from .member_lists import ALLIANCE_HEADS
from .part_of import whole_of_a_relative_clause
from .seats import SEATED
from .stand_ins import payer_kinds
from .topic_pronouns import unit_genders

_TOPICS = frozenset({"Subproject", "StateNetwork", "Programme"})  # what a release says is funded or carried


def _kinds(m: Mention) -> Iterator[str]:
    """What a mention can be for the sentences after it: a topic a pronoun refers to, the coordinated unit
    a clause without its network means, the network or alliance whose members "Dazu gehören …" lists, a body
    or unit a later clause places ("Der Verein hat seinen Sitz in …")."""
    if m.type in _TOPICS and not is_fund(m):
        yield "topic"
    if m.type in SEATED:
        yield "seated"
    if m.type in COORDINATED:
        yield "coordinated"
    if m.type == "Subproject":
        yield "project"
    if m.type == "StateNetwork" or m.label.startswith(ALLIANCE_HEADS):
        yield "alliance"
    if m.type == "Place":
        yield "place"  # what "Dort hat die Y ihren Sitz" points back to
    yield from payer_kinds(m)  # "Land Hessen" for a later "vom Land"


SENTENCE_BEFORE_REACH = 400  # characters back from a sentence to the start of the one before
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def start_of_the_sentence_before(text: str, start: int) -> int | None:
    """Where the sentence before the one at `start` begins: after the last sentence end within reach, or at the
    text's start where it is within reach and no end comes before; None for a sentence longer than the reach."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - SENTENCE_BEFORE_REACH), start - 1)]
    if ends:
        return ends[-1]
    return 0 if start <= SENTENCE_BEFORE_REACH else None


_ANTECEDENTS = 4  # units of a kind a pronoun may reach back to: the ones named in the last sentence or two


class Before:
    """The mentions before the sentence being read, kept up as the sentences are read in order: the last of
    each kind (`_kinds`), as listed among the mentions. Gathering them afresh for every sentence made a long
    release quadratic. Generic mentions ("das Netzwerk") are left out."""

    def __init__(self, mentions: list[Mention], text: str = "") -> None:
        self._mentions = mentions
        self._text = text
        self._by_end = sorted(range(len(mentions)), key=lambda i: (mentions[i].end, i))
        self._taken = 0
        self._last: dict[str, int] = {}
        # the latest few of each kind, for a pronoun's antecedent; their genders read only when a pronoun asks
        self._recent: dict[str, deque[int]] = {}
        self._genders: dict[int, frozenset[str]] = {}
        self._projects: list[
            int
        ] = []  # every project so far, for a list's items ("Die Teilprojekte werden …")

    def up_to(self, position: int) -> Before:
        """Take in every mention ending at or before `position` (positions only grow)."""
        while self._taken < len(self._by_end) and self._mentions[self._by_end[self._taken]].end <= position:
            i = self._by_end[self._taken]
            self._taken += 1
            if not self._mentions[i].generic:
                for kind in _kinds(self._mentions[i]):
                    if kind == "topic" and framed_programme(self._text, self._mentions[i]):
                        continue  # "… im Rahmen des Programms X gefördert": the frame, not what is spoken of
                    if kind == "topic" and whole_of_a_relative_clause(self._text, self._mentions[i]):
                        continue  # "„X“, die zum Programm „Y“ gehört": X is spoken of, Y its whole
                    self._last[kind] = max(i, self._last.get(kind, -1))
                    self._recent.setdefault(kind, deque(maxlen=_ANTECEDENTS)).append(i)
                    self._projects += [i] if kind == "project" else []
        return self

    def last(self, kind: str, agreeing: frozenset[str] | None = None) -> Mention | None:
        """The last of a kind; with `agreeing`, the latest of the last few whose gender is one of them or
        unknown (a pronoun's antecedent), else the last of the kind."""
        i = self._last.get(kind)
        if agreeing is not None:
            # none of the last few agreeing: no antecedent ("Er wird …" after "das Netzwerk" alone means none of it)
            i = max((j for j in self._recent.get(kind, ()) if self._agrees(j, agreeing)), default=None)
        return None if i is None else self._mentions[i]

    def recent(self, kind: str) -> list[Mention]:
        """The last few of a kind, the latest last."""
        return [self._mentions[i] for i in self._recent.get(kind, ())]

    def projects_since(self, position: int) -> list[Mention]:
        """The projects taken in that start at or after `position`, in the order they were taken."""
        since = []
        for i in reversed(self._projects):
            if self._mentions[i].start < position:
                break
            since.append(self._mentions[i])
        return since[::-1]

    def _agrees(self, i: int, agreeing: frozenset[str]) -> bool:
        if i not in self._genders:
            self._genders[i] = unit_genders(self._text, self._mentions[i])
        return not self._genders[i] or bool(self._genders[i] & agreeing)
