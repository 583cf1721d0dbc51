"""Bare heads: a generic head ("Verein", "Stiftung", "Zentrum", "Integrationsrat") that names a body only by
what follows it or where it stands. The proper name after a bare head, up to a clause's or an infinitive's object
("dass die Stiftung Lernhaus Kurse anbietet"); a centre named by its town or a body's brand ("das Bildungszentrum
Saalfeld", "Caritas-Bildungszentrum Trier", not "im Zentrum Leipzig"); the local council the definite article
names ("vom Integrationsrat").

Apart from organisations.py, which parses a name around each head, because these decide whether a head with no
complement of its own is a name at all.
"""

from __future__ import annotations

import re

from ... import lexicon
from ...lexicon.names import PLACE_CENTRE_PARTS
from .clause_objects import object_of_the_clause
from .complements import (
    LANDSCAPE_REGION,
    PLURAL_GENITIVE,
    REGION_NAME,
    REGION_NAMED_HEADS,
    REGION_NAMED_IN_COMPOUNDS,
    complement_ok,
    proper_name_end,
)
from .heads import TOWNS
from .words import ZU_INFINITIVE, named_like_a_town

# The federal government and parliament are one each: a capitalised word after them begins the clause's object
# ("fördert die Bundesregierung Jugendliche aus Europa"), no part of a name.
_ONE_OF_A_KIND = frozenset({"bundesregierung", "bundestag"})
_BARE_HEADS = lexicon.ORG_HEADS.keys() - lexicon.DEPARTMENT_HEADS - _ONE_OF_A_KIND


_ACRONYM_PREFIX = re.compile(r"^[A-ZÄÖÜ]{2,5}-(?=[A-ZÄÖÜ])")


def _bare_head(word: str) -> bool:
    """ "Verein", or its genitive "Vereins", "Bundes": a bare generic head, named by the words after it ("des
    Vereins Lernwerk"). A short form joined before it keeps it bare ("BA-Regionaldirektion", "IHK-Akademie")."""
    low = _ACRONYM_PREFIX.sub("", word).lower()
    if low in _BARE_HEADS:
        return True
    # a district's genitive keeps its own reading ("des Landkreises Greiz", a region's name)
    stem = low[:-2] if low.endswith("es") and low[:-2] in _BARE_HEADS else low[:-1]
    stem = low[:-3] if low.endswith("nisses") else stem  # "Bündnisses"
    region_named = stem.endswith(REGION_NAMED_HEADS) and stem not in REGION_NAMED_IN_COMPOUNDS
    return low.endswith("s") and stem in _BARE_HEADS and not region_named


# "Caritas-Bildungszentrum Trier", "AWO-Beratungszentrum Kassel": a body's name or short form before the hyphen
# makes the centre that body's, named by its town.
_BRAND_PREFIX = re.compile(r"[A-ZÄÖÜ][\w]*-[A-ZÄÖÜ]")


def branded_centre(text: str, start: int, end: int) -> bool:
    town = REGION_NAME.match(text, end)
    return (
        _BRAND_PREFIX.match(text, start) is not None
        and town is not None
        and town.group("region_name") in TOWNS
    )


_IN_THE_BUILDING = re.compile(r"(?<![\w-])(?i:im|in[ \xa0]+dem)[ \xa0]+$")


def centre_of_a_town(text: str, start: int, end: int) -> bool:
    """ "das Bildungszentrum Saalfeld", "beim Berufsbildungszentrum Musterstadt": a centre of a kind, named by its town
    (not "im Zentrum Leipzig", the town's centre, nor "im Stadtzentrum Kassel", "im Kongresszentrum Kassel", a part
    of the town or a venue)."""
    word = text[start:end].lower()
    if word == "zentrum" or word.startswith(PLACE_CENTRE_PARTS):
        return False
    if _IN_THE_BUILDING.search(text, max(0, start - _ARTICLE_REACH), start):
        return False  # "im Bildungszentrum Kassel gibt es Kurse": the building, a venue
    town = REGION_NAME.match(text, end)
    return town is not None and (
        town.group("region_name") in TOWNS or named_like_a_town(town.group("region_name"))
    )


def after_a_proper_name(text: str, head_start: int, end: int) -> int:
    plural_genitive = PLURAL_GENITIVE.match(text, end)
    if LANDSCAPE_REGION.match(text, end):
        return end  # "Volkshochschule Lüneburger Heide": a region's name, read as a complement ("Heide" no given name)
    if _bare_head(text[head_start:end]) and not (plural_genitive and complement_ok(plural_genitive)):
        name_end = proper_name_end(text, end)
        if name_end > end and _object_of_an_infinitive(text, head_start, name_end):
            return end
        return _before_the_object(text, head_start, end, name_end)
    return end


# "…, in der Berufsschule Sprachkurse anzubieten": a bare head in a prepositional phrase, then a noun right before a
# zu-infinitive: the noun is the infinitive's object, no name of the body.
_PLACE_PHRASE_BEFORE = re.compile(
    r"(?<![\w-])(?i:(?:in|an|auf|bei|mit|aus|von)[ \xa0]+(?:der|dem|den)|im|am|beim|vom)[ \xa0]+$"
)  # also opening the sentence: "In der Volkshochschule Deutsch zu lernen, …"
_PHRASE_REACH = 12  # characters back over a preposition and its article


def _object_of_an_infinitive(text: str, head_start: int, name_end: int) -> bool:
    return (
        ZU_INFINITIVE.match(text, name_end) is not None
        and _PLACE_PHRASE_BEFORE.search(text, max(0, head_start - _PHRASE_REACH), head_start) is not None
    )


def _before_the_object(text: str, head_start: int, end: int, name_end: int) -> int:
    """The name's end before a noun that is the object of the verbs closing a subordinate clause ("dass die Stiftung
    Lernhaus Kurse anbietet" names "Stiftung Lernhaus")."""
    last = text.rfind(" ", end, name_end) + 1
    if not (name_end > end and object_of_the_clause(text, head_start, last, name_end)):
        return name_end
    # "dass das Ministerium Verbände und Kammern eingeladen hat": the object may be two nouns joined by "und"
    pair = _OBJECT_PAIR.search(text, end, last)
    return end if pair else max(end, len(text[:last].rstrip()))


_OBJECT_PAIR = re.compile(r"[ \xa0]+[A-ZÄÖÜ][a-zäöüß]+(?:e|en|n|er|ern)[ \xa0]+(?:und|&)[ \xa0]+$")


# "vom Integrationsrat", "des Ausländerrats": a council of a topic is one per town or Land, so its head with the
# definite article names the one of the place the text is about (not "ein Integrationsrat", "Integrationsräte").
_DEFINITE_BEFORE = re.compile(r"(?<![\w-])(?i:der|des|dem|den|vom|beim|im|zum)[ \xa0]+$")
_ARTICLE_REACH = 8  # characters back over the article


def the_local_council(text: str, start: int, head_start: int, end: int) -> bool:
    word = text[head_start:end].lower()
    council = (
        word in lexicon.COUNCIL_HEADS or word.removesuffix("s").removesuffix("e") in lexicon.COUNCIL_HEADS
    )
    return (
        council
        and start == head_start
        and _DEFINITE_BEFORE.search(text, max(0, start - _ARTICLE_REACH), start) is not None
    )
