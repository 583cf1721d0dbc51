"""Known names compiled into one pattern: the reference entities' labels and aliases, and place names.

Each name matches in any grammatical case (see morphology.inflection_pattern), longest name first.
Built once per reference data set and cached: compiling is the expensive part, matching is cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...reference import Reference
from .. import lexicon
from ..text.morphology import inflection_pattern, town_of_adjective


@dataclass(frozen=True)
class Known:
    name: str  # the name as listed (nominative)
    type: str
    key: str  # "ref:<iri>" for reference entities, "place:<name>" for lexicon places
    label: str  # canonical label
    is_abbreviation: bool


_PREFIX = 4  # names are indexed by the first letters of their first word


@dataclass(frozen=True)
class Gazetteer:
    index: dict[str, tuple[tuple[re.Pattern[str], Known], ...]]  # first letters -> names, longest first
    land_networks: dict[str, str]  # Land name -> key of its state network
    land_places: dict[str, str]  # Land name -> key of its Place entity
    programme_key: str | None  # the IQ programme
    parent_network: dict[str, tuple[str, str]]  # coordination office key -> (network key, network label)
    starts: re.Pattern[str]  # the word starts at which first letters of the index stand

    def find(self, text: str) -> list[tuple[int, int, Known]]:
        """Known names in `text`, leftmost first, the longest where several start at one place.

        One alternation of every name would be tried at every character; the index tries only the names
        whose first letters stand at a word start, which keeps matching to a fraction of a millisecond.
        Those word starts are found by one pattern (`starts`), not by a look-up at every word.
        """
        out: list[tuple[int, int, Known]] = []
        pos = 0
        for word in self.starts.finditer(text):
            start = word.start()
            if start < pos:
                continue
            best = self._longest_at(text, start)
            if best is not None:
                out.append(best)
                pos = best[1]
        return out

    def _longest_at(self, text: str, start: int) -> tuple[int, int, Known] | None:
        best: tuple[int, int, Known] | None = None
        for length in range(1, _PREFIX + 1):
            for pattern, known in self.index.get(text[start : start + length], ()):
                match = pattern.match(text, start)
                if match and (best is None or match.end() > best[1]):
                    best = (start, match.end(), known)
        return best


def is_abbreviation(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return (
        len(name) <= 8 and " " not in name and sum(c.isupper() for c in letters) >= max(2, len(letters) // 2)
    )


@lru_cache(maxsize=8)
def build_gazetteer(reference: Reference) -> Gazetteer:
    entries: dict[str, Known] = {}
    for ent in reference.entities:
        for name in (ent.label, *ent.aliases):
            key = "ref:" + ent.iri
            entries.setdefault(name, Known(name, ent.type, key, ent.label, is_abbreviation(name)))
    _add_listed_bodies(entries, lexicon.NATIONAL_ASSOCIATIONS, "Organisation")
    _add_listed_bodies(entries, dict.fromkeys(lexicon.WELFARE_SHORT_NAMES, ()), "Organisation")
    _add_listed_bodies(entries, lexicon.FEDERAL_PUBLIC_BODIES, "Agency")
    for name in (*lexicon.CITIES, *lexicon.LAENDER):
        entries.setdefault(name, Known(name, "Place", "place:" + name, name, False))
    for adjective in lexicon.IRREGULAR_TOWN_ADJECTIVES:  # "Münchner": München, as "Kieler" is Kiel's
        known = entries[town_of_adjective(adjective) or adjective]
        entries.setdefault(adjective, Known(adjective, "Place", known.key, known.label, False))
    ordered = sorted(entries.values(), key=lambda k: (-len(k.name), k.name))
    index: dict[str, list[tuple[re.Pattern[str], Known]]] = {}
    for known in ordered:
        first_word = re.split(r"[\s\-–]", known.name)[0]
        pattern = re.compile(_name_pattern(known) + r"(?![\w])")
        index.setdefault(first_word[:_PREFIX], []).append((pattern, known))
    return Gazetteer(
        {prefix: tuple(names) for prefix, names in index.items()},
        _land_networks(reference),
        _land_places(reference),
        _programme(reference),
        _parent_networks(reference),
        _starts_of(index),
    )


def _add_listed_bodies(entries: dict[str, Known], bodies: dict[str, tuple[str, ...]], type_: str) -> None:
    """Bodies of the lexicon by their names and abbreviations, keyed as the name grammar keys them."""
    for label, abbreviations in bodies.items():
        key = f"{type_.lower()}:{label.lower()}"
        for name in (label, *abbreviations):
            entries.setdefault(name, Known(name, type_, key, label, name in abbreviations))


def _starts_of(index: dict[str, list[tuple[re.Pattern[str], Known]]]) -> re.Pattern[str]:
    """A word start (a word character after no word character or hyphen) where one of the index's first
    letters stands: each first letter, its following ones looked ahead for, then the start checked behind."""
    prefixes = sorted((p for p in index if p), key=lambda p: (-len(p), p))
    first_letters = "|".join(re.escape(p[0]) + (f"(?={re.escape(p[1:])})" if p[1:] else "") for p in prefixes)
    return re.compile(rf"(?:{first_letters})(?<=\w)(?<![\w-].)")


def _name_pattern(known: Known) -> str:
    if known.is_abbreviation:
        return re.escape(known.name)
    return inflection_pattern(known.name)


def _land_places(reference: Reference) -> dict[str, str]:
    return {e.label: "ref:" + e.iri for e in reference.entities if e.type == "Place"}


def _land_networks(reference: Reference) -> dict[str, str]:
    """The network of each Land named after it (not the regional networks founded in 2023)."""
    places = {e.iri: e for e in reference.entities if e.type == "Place"}
    out: dict[str, str] = {}
    for ent in reference.entities:
        place = places.get(ent.located_in or "")
        if ent.type != "StateNetwork" or place is None or place.label in out:
            continue
        if any(
            _names(name, land) for name in (ent.label, *ent.aliases) for land in (place.label, *place.aliases)
        ):
            out[place.label] = "ref:" + ent.iri
    return out


def _parent_networks(reference: Reference) -> dict[str, tuple[str, str]]:
    """The network each known coordination office belongs to, from the reference facts."""
    types = {e.iri: e for e in reference.entities}
    out = {}
    for st in reference.statements:
        subject, obj = types.get(st.subject), types.get(st.object)
        if (
            st.predicate == "partOf"
            and subject
            and obj
            and subject.type == "CoordinationOffice"
            and obj.type == "StateNetwork"
        ):
            out["ref:" + subject.iri] = ("ref:" + obj.iri, obj.label)
    return out


def _programme(reference: Reference) -> str | None:
    for ent in reference.entities:
        if ent.type == "Programme" and "Qualifizierung" in ent.label:
            return "ref:" + ent.iri
    return None


def _names(label: str, land: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(land)}(?![\w-])", label) is not None
