"""A body met again by its proper name alone: "der Verein Lernwerk Nord e. V. … Petra Beispiel von Lernwerk Nord",
"die Stiftung Lernzeit … bei Lernzeit". A writer drops the kind noun ("Verein", "Stiftung", "Firma") and the legal
form once the body is introduced; the words left are its name wherever the text uses them afterwards.

Only a name that cannot be a common word is read so: two capitalised words or more ("Lernwerk Nord"; not "Arbeit und
Leben"), or one word that no noun ending marks as a common noun ("Lernwerk", "MigraFutur"; not "Bildung"), and no town
or Land ("Stiftung Kassel" is met again as the town).
Where two bodies leave the same words, the words name neither.
"""

from __future__ import annotations

import re

from ... import lexicon
from ...lexicon.names import PREDICATE_ROLE_NOUNS
from ...text.spans import Mention
from .heads import COMMON_NOUN_ENDINGS, LEGAL_FORM, TOWNS, head_suffix

_KIND_NOUN = re.compile(r"^(?:Verein|Stiftung|Firma)\s+")
_LEGAL_FORM_AT_END = re.compile(rf"\s+{LEGAL_FORM}$")
_SHORTEST_ONE_WORD_NAME = 4  # letters: "Lernwerk", not "Arbeit und" cut short
# the words are a name of their own where a head or a legal form follows ("Lernwerk Nord gGmbH" is another body)
_NAME_GOES_ON = re.compile(rf"[ \xa0]+(?:{LEGAL_FORM}|[A-ZÄÖÜ])")


def _proper_name(m: Mention) -> str | None:
    """ "Lernwerk Nord" for "Lernwerk Nord e. V." or "Verein Lernwerk Nord"; None where nothing was dropped or the
    words left may be a common word or a place."""
    core = _KIND_NOUN.sub("", _LEGAL_FORM_AT_END.sub("", m.label))
    # a firm's label leaves out its kind noun that its surface keeps ("Firma Brückenbau" -> "Brückenbau")
    if core == m.label and not _KIND_NOUN.match(m.surface) or not core[:1].isupper():
        return None
    words = core.split(" ")
    if core in TOWNS or core in lexicon.LAENDER or not all(word[:1].isupper() for word in words):
        return None  # a place, or common words joined ("Arbeit und Leben" is a phrase as often as a name)
    if len(words) == 1 and (
        len(core) < _SHORTEST_ONE_WORD_NAME or core.lower().endswith(COMMON_NOUN_ENDINGS)
    ):
        return None
    return core


# Where a body's name ends in the region it works in ("Lernwerk Nordhessen", "Brückenhaus Kassel"), the writer
# drops that too: "das Lernwerk". A compass word may open the region ("Nordhessen", "Ostwestfalen").
_COMPASS = re.compile(r"^(?:Nord|Süd|Ost|West|Mittel|Ober|Nieder)(?=[a-zäöü])")


def _without_its_region(core: str) -> str | None:
    """ "Lernwerk" for "Lernwerk Nordhessen": a one-word name left once a trailing town or region is dropped."""
    name, _, region = core.rpartition(" ")
    if " " in name or not name or len(name) < _SHORTEST_ONE_WORD_NAME:
        return None
    if name.lower().endswith(COMMON_NOUN_ENDINGS) or name in TOWNS or name in lexicon.LAENDER:
        return None
    bare = _COMPASS.sub("", region)
    bare = bare[:1].upper() + bare[1:]
    return name if region in TOWNS or bare in TOWNS or bare in lexicon.LAENDER else None


def proper_names_met_again(text: str, chosen: list[Mention]) -> list[Mention]:
    """Each later place of a body's proper name without its kind noun or legal form, as that body."""
    named: dict[str, dict[str, Mention]] = {}
    for m in sorted(chosen, key=lambda m: m.start):
        core = _proper_name(m) if m.type == "Organisation" and not m.generic else None
        if core is not None:
            named.setdefault(core, {}).setdefault(m.key, m)
            shorter = _without_its_region(core)
            if shorter is not None:
                named.setdefault(shorter, {}).setdefault(m.key, m)
    out = []
    for core, bodies in named.items():
        if len(bodies) != 1:
            continue  # two bodies leave the same words: they name neither
        body = next(iter(bodies.values()))
        out += [
            Mention(start, start + len(core), body.type, body.key, body.label, core, None, body.priority)
            for start in _places_after(text, core, body.end)
        ]
    return out


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def _places_after(text: str, words: str, after: int) -> list[int]:
    """Where `words` stand as words of their own after `after`, not going on into a longer name."""
    out = []
    start = text.find(words, after)
    while start >= 0:
        end = start + len(words)
        alone = not _WORD_OR_HYPHEN.match(text, start - 1) and not _WORD_OR_HYPHEN.match(text, end)
        if alone and not _NAME_GOES_ON.match(text, end):
            out.append(start)
        start = text.find(words, end)
    return out


# "die Kreishandwerkerschaft" after "Kreishandwerkerschaft Fulda", "das Regierungspräsidium" after "Regierungspräsidium
# Kassel": the head word of a body's name, with the definite article, met again without its region or complement.
# Not before a capitalised word other than a predicate noun ("die Kreishandwerkerschaft Kassel" is another body;
# "ist die Kreishandwerkerschaft Partner im …" is this one). Not after "im": "die Ausländerbehörde im Landratsamt" says
# where a unit sits, which a role's title keeps.
_HEAD_WITH_ARTICLE = re.compile(
    r"(?<![\w-])(?i:der|die|das|dem|den|des|beim|vom|zum|zur)[ \xa0]+(?P<head>[A-ZÄÖÜ][a-zäöüß]{5,})(?![\w-])"
)
_CAPITALISED_NEXT = re.compile(r"[ \xa0]+(?P<word>[A-ZÄÖÜ0-9„\"»(][\w-]*)")
_MET_AGAIN_TYPES = ("Agency", "Organisation")
_OVER_A_KNOWN_NAME = 4  # above the gazetteer's names (3)


def heads_met_again(text: str, chosen: list[Mention]) -> list[Mention]:
    """Each later place of a body's head word alone, as that body, where the one body named before it with a name
    of its own begins with that word."""
    first_named: dict[str, list[Mention]] = {}
    for m in sorted(chosen, key=lambda m: m.end):
        head, _, rest = m.label.partition(" ")
        if m.type in _MET_AGAIN_TYPES and not m.generic and rest and _heads_a_name(head):
            first_named.setdefault(head, []).append(m)
    out = []
    for match in _HEAD_WITH_ARTICLE.finditer(text):
        earlier = [m for m in first_named.get(match.group("head"), []) if m.end <= match.start()]
        if len({m.key for m in earlier}) != 1 or _another_name_next(text, match.end()):
            continue  # of two bodies named so before, the word names neither
        body = earlier[-1]
        # "der Caritasverband" after "Caritasverband für das Bistum X e. V.": that body, not the nationwide one the
        # gazetteer knows by the bare word
        priority = _OVER_A_KNOWN_NAME if match.group("head") in lexicon.NATIONAL_ASSOCIATIONS else 0
        out.append(
            Mention(match.start("head"), match.end(), body.type, body.key, body.label, match.group("head"),
                    None, priority, generic=True)
        )  # fmt: skip
    return out


def _heads_a_name(word: str) -> bool:
    """A compound organisation head ("Kreishandwerkerschaft"), not a bare kind noun the stand-ins read ("Stiftung")."""
    return head_suffix(word) is not None and word not in lexicon.BODY_KIND_NOUNS


def _another_name_next(text: str, end: int) -> bool:
    word = _CAPITALISED_NEXT.match(text, end)
    return word is not None and word.group("word") not in PREDICATE_ROLE_NOUNS


# "das Sozialministerium" after "Ministerium für Soziales, Gesundheit und Integration": a ministry named again by one
# field of its portfolio in a compound, with the definite article, where the text named one ministry of that field.
_FIELD_MINISTRY = re.compile(
    rf"(?<![\w-])(?i:der|die|das|dem|den|des|beim|vom|im|zum)[ \xa0]+"
    rf"(?P<name>(?P<stem>{'|'.join(sorted(lexicon.MINISTRY_FIELD_STEMS, key=len, reverse=True))})ministeriums?"
    rf"(?:[ \xa0]+(?P<land>{'|'.join(sorted([*lexicon.LAENDER, *lexicon.LAND_SHORT_FORMS], key=len, reverse=True))}))?)"
    r"(?![\w-])(?![ \xa0]+(?:des|der|für|in|von)[ \xa0])"
)  # ... also with its Land: "im Integrationsministerium NRW"
_PORTFOLIO_WORDS = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+")
_NAMED_AGAIN = 2  # over the reading of the compound as a ministry's name of its own


def ministries_met_by_a_field(text: str, chosen: list[Mention]) -> list[Mention]:
    """Each "das Sozialministerium" after the one ministry named with that field, as that ministry."""
    ministries = [m for m in chosen if m.type == "Ministry" and re.search(r" (?:für|des) ", m.label)]
    out = []
    for match in _FIELD_MINISTRY.finditer(text):
        fields = set(lexicon.MINISTRY_FIELD_STEMS[match.group("stem")])
        land = match.group("land")
        land = lexicon.LAND_SHORT_FORMS.get(land, land) if land else None
        earlier = {
            m.key: m
            for m in ministries
            if m.end <= match.start()
            and fields & set(_PORTFOLIO_WORDS.findall(m.label.split(" ", 1)[1]))
            and (land is None or land in m.label)
        }
        if len(earlier) != 1:
            continue  # none, or two ministries of the field: the compound names neither
        body = next(iter(earlier.values()))
        start, end = match.span("name")
        out.append(
            Mention(start, end, body.type, body.key, body.label, match.group("name"), None, _NAMED_AGAIN)
        )
    return out
