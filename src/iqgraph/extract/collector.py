"""The records one release's findings are collected in, keyed by entity key: an entity met again adds its
names as aliases ("Bundesagentur für Arbeit", later "BA"), a relation is kept once with the sentence it was first
read in, an event brings its organisers, venue and speakers. At the end, one role per person, title and
organisation ("Senatorin" gives way to "Senatorin für Integration") and no memberOf where a role says as much.
"""

from __future__ import annotations

import bisect
from typing import cast

from ..models import Count, Entity, Event, Extraction, Quote, Relation, Release, Role, Sentence
from ..vocab import EntityType, Predicate
from .events.events import EventFinding
from .lexicon.places import GENERIC_VENUE_PARTS
from .names.gazetteer import Gazetteer
from .names.mentions import Mention
from .relations.actors import RelationFinding
from .roles.roles import is_compound_of


class Collector:
    """Accumulates one release's findings as records keyed by entity key."""

    def __init__(self, text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer) -> None:
        self.text, self.spans, self.gazetteer = text, spans, gazetteer
        self._starts = [s for s, _ in spans]
        self.entities: dict[str, Entity] = {}
        self.relations: dict[tuple[str, str, str], Relation] = {}
        self.roles: list[Role] = []
        self.quotes: list[Quote] = []
        self.events: list[Event] = []
        self.counts: list[Count] = []
        self.event_counts: list[Count] = []  # counts about the release's event, its subject still open
        # the subject of the last count read in a sentence (by its index): a tally going on in the next one
        self.count_subjects: dict[int, Mention] = {}
        # the fundings each sentence reads (funded, payer), kept even where an earlier sentence read them first
        self.fundings: dict[int, list[tuple[str, str]]] = {}

    def sentence_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def index(self, span: tuple[int, int]) -> int:
        return self.sentence_at(span[0])

    def entity(self, m: Mention, alias: bool = True) -> None:
        known = self.entities.get(m.key)
        aliases = {m.label} if alias and not m.generic else set()
        aliases |= {name for name in (m.abbreviation, m.alias) if name}
        if known is None:
            label = m.label
            self.entities[m.key] = Entity(
                m.key, cast(EntityType, m.type), label, frozenset(aliases - {label}), m.abbreviation, m.start
            )
        else:
            merged = frozenset((known.aliases | aliases) - {known.label})
            self.entities[m.key] = Entity(
                known.key,
                known.type,
                known.label,
                merged,
                known.abbreviation or m.abbreviation,
                known.first_offset,
            )

    def relation(self, r: RelationFinding, span: tuple[int, int]) -> None:
        key = (r.subject.key, r.predicate, r.object.key)
        if r.predicate == "fundedBy":
            self.fundings.setdefault(self.index(span), []).append((key[0], key[2]))
        self.relations.setdefault(key, Relation(key[0], cast(Predicate, key[1]), key[2], self.index(span)))

    def event(self, e: EventFinding) -> Mention:
        """Collect an event with its ties; the mention standing for it, for ties read elsewhere."""
        date = (
            e.date.isoformat()
            if e.date
            else (f"--{e.month_day[0]:02d}-{e.month_day[1]:02d}" if e.month_day else "")
        )
        key = f"event:{e.label.lower()}@{date}"
        sentence = self.index(e.sentence)
        self.entities[key] = Entity(key, "Event", e.label, frozenset(), None, e.sentence[0])
        self.events.append(Event(key, e.date, sentence))
        anchor = Mention(e.sentence[0], e.sentence[0], "Event", key, e.label, e.label)
        for organiser in e.organisers:
            self.relation(RelationFinding(anchor, "organisedBy", organiser), e.sentence)
        if e.place:
            self.entity(e.place)  # a venue only the event's sentence names
            self.relation(RelationFinding(anchor, "locatedIn", e.place), e.sentence)
            if e.town:
                self.entity(e.town)
                self.relation(RelationFinding(e.place, "locatedIn", e.town), e.sentence)
        for speaker in e.speakers:
            self.relation(RelationFinding(speaker, "speakerAt", anchor), (speaker.start, speaker.end))
        return anchor

    def result(self, release: Release, sentences: tuple[Sentence, ...]) -> Extraction:
        roles = _prune_roles(self.roles)
        with_org = {(r.person, r.organisation) for r in roles if r.organisation}
        relations = [
            r
            for r in self.relations.values()
            if not (r.predicate == "memberOf" and (r.subject, r.object) in with_org)
        ]
        placed = {r.subject for r in relations if r.predicate == "locatedIn"}
        unplaced = {k for k, e in self.entities.items() if _a_kind_of_building(e) and k not in placed}
        relations = [r for r in relations if r.subject not in unplaced and r.object not in unplaced]
        entities = [e for k, e in self.entities.items() if k not in unplaced]
        return Extraction(
            release,
            sentences,
            tuple(sorted(entities, key=lambda e: e.key)),
            tuple(sorted(relations, key=lambda r: (r.subject, r.predicate, r.object))),
            tuple(roles),
            tuple(self.quotes),
            tuple(self.events),
            tuple(self.counts),
        )


def _a_kind_of_building(e: Entity) -> bool:
    """ "im Rathaus", "in der Stadthalle": a venue named by its kind alone, which every town has; a place only where
    the text tells its town (it is then placed in that town), else no place at all."""
    return e.type == "Place" and " " not in e.label and e.label.lower().startswith(GENERIC_VENUE_PARTS)


def _prune_roles(roles: list[Role]) -> list[Role]:
    """One role per person, title and organisation. A role without an organisation gives way to another role
    of the same person whose title contains it ("Senatorin" to "Senatorin für Integration, …",
    "Referatsleiterin" to "zuständige Referatsleiterin" in the BMAS) or spells its compound out
    ("Integrationsbeauftragte" to "Beauftragte für Migration und Integration")."""
    kept: dict[tuple[str, str, str | None], Role] = {}
    for role in roles:
        kept.setdefault((role.person, role.title, role.organisation), role)
    return [role for key, role in kept.items() if not _covered(key, kept)]


def _covered(key: tuple[str, str, str | None], kept: dict[tuple[str, str, str | None], Role]) -> bool:
    person, title, org = key
    if org is not None:
        return False
    return any(
        p == person and (title in t or is_compound_of(title, t)) and (t, o) != (title, None)
        for p, t, o in kept
    )
