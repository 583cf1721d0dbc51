"""Frozen records passed between the pipeline stages.

releases → `Release`; extract → `Extraction` (local entities keyed per release); resolve → IRIs;
graph → rdflib Dataset. Offsets are character offsets into `Release.text`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from .vocab import EntityType, Predicate


@dataclass(frozen=True)
class Release:
    """One press release as read: its main text (NFC) and metadata."""

    path: Path
    key: str  # stable slug naming the release in IRIs (derived from the file name, never from its text)
    text: str  # main text: title line and body; front matter and HTML markup removed
    content_hash: str  # "sha256:<hex>" of the raw bytes
    format: str  # "txt", "md" or "html"
    title: str | None = None
    date: dt.date | None = None
    date_precision: str | None = None  # "day", "month" or "year" where the date is partial
    number: str | None = None  # "5/17" from "Pressemitteilung 5/17"
    year: int | None = None  # year of the release number ("5/17" -> 2017)
    publisher: str | None = None
    source: str | None = None
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()  # metadata that could not be used as given (report.json lists them)


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    """An entity as one release names it. `key` identifies it within the release and guides resolution."""

    key: str  # e.g. "ministry:bundesministerium für arbeit und soziales", "statenetwork:berlin"
    type: EntityType  # one of vocab.ENTITY_CLASSES
    label: str  # canonical name in the nominative, as far as the text lets us tell
    aliases: frozenset[str] = frozenset()  # other surface forms, nominative; abbreviations included
    abbreviation: str | None = None
    first_offset: int = 0


@dataclass(frozen=True)
class Relation:
    subject: str  # Entity.key
    predicate: Predicate  # one of vocab.RELATIONS
    object: str  # Entity.key
    sentence: int  # Sentence.index the relation is read from


@dataclass(frozen=True)
class Role:
    person: str  # Entity.key of the person
    title: str  # role title in the nominative, without the organisation when that is an entity
    organisation: str | None  # Entity.key, or None when the text names none
    sentence: int


@dataclass(frozen=True)
class Quote:
    speaker: str  # Entity.key of the person
    text: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True)
class Event:
    key: str  # Entity.key of the event (type "Event")
    date: dt.date | None
    sentence: int


@dataclass(frozen=True)
class Count:
    subject: str  # Entity.key
    what: str  # the counted noun as written, e.g. "Teilprojektpartner"
    value: int
    sentence: int
    is_subprojects: bool = False


@dataclass(frozen=True)
class Extraction:
    release: Release
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...] = ()
    roles: tuple[Role, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    counts: tuple[Count, ...] = ()
    warnings: tuple[str, ...] = field(default=())
