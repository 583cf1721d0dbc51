"""Resolution stage: release-local entity keys -> canonical entities with stable IRIs.

The only place IRIs are minted. A key that names a reference entity (or whose label or an alias matches
one) takes the reference IRI; any other key becomes `{base}{type}/{slug of its label}`, so the same
person or organisation in two releases gets one IRI, and the same input always gets the same IRIs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from .models import Entity, Extraction
from .reference import Reference

_ARTICLES = {"der", "die", "das", "des", "dem", "den"}
_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
# Types a reference entity may stand for when a release's rules guessed a neighbouring one.
_COMPATIBLE = {
    "Organisation": {"Organisation", "Agency", "Ministry"},
    "Agency": {"Agency", "Ministry", "Organisation"},
    "Ministry": {"Ministry", "Agency"},
}


@dataclass(frozen=True)
class ResolvedEntity:
    iri: str
    type: str
    label: str
    aliases: frozenset[str]
    from_reference: bool


@dataclass(frozen=True)
class Resolution:
    entities: dict[str, ResolvedEntity]  # by IRI
    iri_of_key: dict[str, str]

    def iri(self, key: str) -> str:
        return self.iri_of_key[key]


def name_key(label: str) -> str:
    """Case-, article- and punctuation-insensitive form of a name, for matching names to each other."""
    s = unicodedata.normalize("NFC", label).lower()
    s = re.sub(r"\([^)]*\)", " ", s)
    s = re.sub(r"[„“”\"'‚‘’»«]", " ", s)
    s = s.replace("-", " ").replace("–", " ")
    words = [w for w in re.split(r"[\s,.;:/]+", s) if w]
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def slug(text: str, limit: int = 80) -> str:
    s = unicodedata.normalize("NFKD", text.translate(_TRANSLIT)).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:limit].rstrip("-") or "x"


def resolve(extractions: Iterable[Extraction], reference: Reference, base: str) -> Resolution:
    by_name = _reference_index(reference)
    by_iri = {e.iri: e for e in reference.entities}
    iri_of_key: dict[str, str] = {}
    found: dict[str, list[Entity]] = {}
    for extraction in extractions:
        for entity in extraction.entities:
            iri = iri_of_key.get(entity.key) or _iri_for(entity, by_name, base)
            iri_of_key[entity.key] = iri
            found.setdefault(iri, []).append(entity)
    for undated, dated in _undated_events(found, base).items():
        found[dated] += found.pop(undated)
        iri_of_key.update({key: dated for key, iri in iri_of_key.items() if iri == undated})
    entities = {iri: _merge(iri, mentions, by_iri.get(iri)) for iri, mentions in sorted(found.items())}
    return Resolution(entities, iri_of_key)


def _undated_events(found: dict[str, list[Entity]], base: str) -> dict[str, str]:
    """An event a release names without a date ("der IQ Kongress 2016") is the one event of that name another
    release dates, where there is exactly one."""
    prefix = f"{base}event/"
    dated: dict[str, list[str]] = {}
    for iri, mentions in found.items():
        if iri.startswith(prefix) and mentions[0].key.partition("@")[2]:
            dated.setdefault(slug(mentions[0].label), []).append(iri)
    out = {}
    for iri, mentions in sorted(found.items()):
        same = dated.get(slug(mentions[0].label), [])
        if iri.startswith(prefix) and not mentions[0].key.partition("@")[2] and len(same) == 1:
            out[iri] = same[0]
    return out


def _reference_index(reference: Reference) -> dict[str, list[tuple[str, str]]]:
    index: dict[str, list[tuple[str, str]]] = {}
    for e in reference.entities:
        for name in (e.label, *e.aliases):
            index.setdefault(name_key(name), []).append((e.type, e.iri))
    return index


def _iri_for(entity: Entity, by_name: dict[str, list[tuple[str, str]]], base: str) -> str:
    if entity.key.startswith("ref:"):
        return entity.key[4:]
    allowed = _COMPATIBLE.get(entity.type, {entity.type})
    for name in (entity.label, *sorted(entity.aliases)):
        for type_, iri in by_name.get(name_key(name), []):
            if type_ in allowed:
                return iri
    return _minted(entity, base)


def _minted(entity: Entity, base: str) -> str:
    if entity.type == "Event":
        label, _, date = entity.key.partition("@")
        return f"{base}event/{slug(entity.label)}" + (f"-{slug(date)}" if date else "")
    if entity.type == "StateNetwork" and entity.key.startswith("statenetwork:"):
        return f"{base}statenetwork/{slug(entity.key.split(':', 1)[1])}"
    return f"{base}{entity.type.lower()}/{slug(entity.label)}"


def _merge(iri: str, mentions: list[Entity], ref: object | None) -> ResolvedEntity:
    """One entity from its mentions across releases; the reference, if it knows the entity, has the last word."""
    aliases = frozenset(a for m in mentions for a in (m.label, *m.aliases))
    if ref is not None:
        label, type_ = ref.label, ref.type  # type: ignore[attr-defined]
        aliases = aliases | frozenset(ref.aliases)  # type: ignore[attr-defined]
    else:
        types = sorted({m.type for m in mentions}, key=lambda t: (-sum(m.type == t for m in mentions), t))
        label, type_ = mentions[0].label, types[0]
    return ResolvedEntity(iri, type_, label, aliases - {label}, ref is not None)
