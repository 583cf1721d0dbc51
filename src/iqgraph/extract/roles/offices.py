"""Roles named by the noun for holding an office rather than by a role noun: "Petra Beispiel übernimmt die
Schirmherrschaft für das Projekt X" -> Schirmherrin of X; "Karl Muster, der die Patenschaft über das
Programm übernommen hat" -> Pate. And the programme's coordination in a Land where the release names no network:
"die IQ-Landeskoordinierung", "die Landeskoordination des Förderprogramms IQ"."""

from __future__ import annotations

import re

from .. import lexicon
from ..names.mentions import main_entity
from ..text.spans import Mention
from .roles import ORG_TYPES, RoleFinding

# The holder, then (a relative pronoun and) up to three lower-case words ("jetzt", "übernimmt", "hat"),
# then the office noun and the preposition naming what it is held for.
_WORDS_BEFORE_OFFICE_MAX = 3
_OFFICE = re.compile(
    r"(?:\s*,\s*(?:die|der))?(?:\s+[a-zäöü]\w*){0,"
    + str(_WORDS_BEFORE_OFFICE_MAX)
    + r"}\s+die\s+(?P<office>"
    + "|".join(lexicon.OFFICE_NOUNS)
    + r")\s+(?:für|über)\s+"
)
# "für das Projekt", "über das Programm" without a name: the release's subproject or programme.
_THE_RELEASES = {"Projekt": "Subproject", "Programm": "Programme", "Netzwerk": "StateNetwork"}
_GENERIC_OBJECT = re.compile(r"(?:das|den|die)\s+(?P<noun>" + "|".join(_THE_RELEASES) + r")(?![\w-])")
OBJECT_GAP_MAX = 30  # characters from the preposition to the name ("das Projekt „…“", "das IQ …")


def find_offices(
    text: str, sentence: tuple[int, int], mentions: list[Mention], release: list[Mention]
) -> list[RoleFinding]:
    """The offices the sentence's people take or hold, with what they hold them for."""
    out = []
    for person in (m for m in mentions if m.type == "Person"):
        office = _OFFICE.match(text, person.end, sentence[1])
        if office is None:
            continue
        held_for = _named_object(text, office.end(), mentions) or _releases_own(text, office.end(), release)
        out.append(RoleFinding(person, _title(office.group("office"), person), held_for, False))
    return out + _office_first(text, sentence, mentions)


def _title(office: str, person: Mention) -> str:
    masculine, feminine = lexicon.OFFICE_NOUNS[office]
    return feminine if person.gender == "f" else masculine


# The office first, what it is held for, then the verb and the holder (a title may stand before the name): "Die
# Schirmherrschaft für das Projekt X hat Ministerin Petra Beispiel übernommen", "Die Patenschaft über das Programm Y
# übernimmt Karl Muster".
_OFFICE_FIRST = re.compile(
    r"\s*(?:Die\s+)?(?P<office>" + "|".join(lexicon.OFFICE_NOUNS) + r")\s+(?:für|über)\s+"
)
_VERB_THEN_HOLDER = re.compile(
    r"[“”\"«»]?\s+(?:hat|hatte|übernimmt|übernahm|übernehmen|haben|trägt|liegt\s+bei)(?:\s+(?:nun|jetzt|erneut|wieder))?"
    r"(?:\s+(?=[A-ZÄÖÜ])[\w-]+|\s+(?:Dr|Prof)\.)*?\s+$"
)
_HOLDER_TITLE_REACH = 60  # characters from the object's name to the holder's: the verb and a title


def _office_first(text: str, sentence: tuple[int, int], mentions: list[Mention]) -> list[RoleFinding]:
    office = _OFFICE_FIRST.match(text, *sentence)
    held_for = _named_object(text, office.end(), mentions) if office else None
    if office is None or held_for is None:
        return []
    holder = next(
        (
            p
            for p in mentions
            if p.type == "Person"
            and 0 < p.start - held_for.end <= _HOLDER_TITLE_REACH
            and _VERB_THEN_HOLDER.fullmatch(text, held_for.end, p.start)
        ),
        None,
    )
    return (
        []
        if holder is None
        else [RoleFinding(holder, _title(office.group("office"), holder), held_for, False)]
    )


def _named_object(text: str, pos: int, mentions: list[Mention]) -> Mention | None:
    named = [m for m in mentions if m.type in ORG_TYPES and pos <= m.start <= pos + OBJECT_GAP_MAX]
    first = min(named, key=lambda m: m.start, default=None)
    return first if first is not None and "," not in text[pos : first.start] else None


def _releases_own(text: str, pos: int, release: list[Mention]) -> Mention | None:
    generic = _GENERIC_OBJECT.match(text, pos)
    return main_entity(release, _THE_RELEASES[generic.group("noun")]) if generic else None


# The programme's office in a Land, named by its head with "IQ" before it or the programme after it.
_LAND_OFFICE = re.compile(r"(?:IQ[\s\-])?(?P<head>Landeskoordination|Landeskoordinierung)$")
_PROGRAMME_AFTER = re.compile(r"\s+(?:des|der)\s+")
# (or its head noun and an opening mark first, outside the programme's name: "des Förderprogramms „IQ“")
_PROGRAMME_HEAD_AFTER = re.compile(r"\s+(?:des|der)\s+(?:Förder|Bundes)?[Pp]rogramms?\s+[„\"»]?")
# The Land the office works in, after its head: "die IQ Landeskoordination Thüringen".
_LAND_AFTER = re.compile(
    r"[^\S\n]+(?P<land>"
    + "|".join(sorted(map(re.escape, lexicon.LAENDER), key=len, reverse=True))
    + r")(?![\w-])"
)


def land_office_of_the_programme(text: str, start: int, end: int, mentions: list[Mention]) -> Mention | None:
    """ "die IQ-Landeskoordinierung", "die Landeskoordinierung des Förderprogramms IQ" (`start`..`end` the head
    the office pattern found): one office of the programme, whatever it is called in the release."""
    named = _LAND_OFFICE.search(text, max(0, start - len("IQ-")), end)
    if named is None:
        return None
    links = [
        link.end()
        for link in (_PROGRAMME_AFTER.match(text, end), _PROGRAMME_HEAD_AFTER.match(text, end))
        if link
    ]
    programme_after = any(m.type == "Programme" and m.start in links for m in mentions)
    if not named.group(0).startswith("IQ") and not programme_after:
        return None
    head = named.group("head")
    land = _LAND_AFTER.match(text, end)
    if land is not None:  # "die IQ Landeskoordination Thüringen"
        head, end = f"{head} {land.group('land')}", land.end()
    return Mention(
        start,
        end,
        "CoordinationOffice",
        f"coordinationoffice:iq-{head.lower().replace(' ', '-')}",
        f"IQ {head}",
        head,
        priority=2,
    )


# The programme's office named by "IQ", its head and its Land: "die IQ Koordinierungsstelle Hessen", "der
# IQ-Koordination Thüringen" (a network's coordination office, not a subproject of it).
_IQ_LAND_OFFICE = re.compile(
    r"(?<![\w-])(?:IQ[\s\-](?P<head>Koordinierungsstelle|Koordination)"
    # or the head before the network's short name: "die Koordinierungsstelle IQ Hessen"
    r"|(?P<head_first>Koordinierungsstelle|Koordination)[^\S\n]+IQ)" + _LAND_AFTER.pattern
)


def iq_offices_of_a_land(text: str, mentions: list[Mention]) -> list[Mention]:
    """The offices named "IQ <head> <Land>" or "<head> IQ <Land>", each the office of the release's network of that Land where one is
    named (keyed by it, so it is read as that network's part), else its own."""
    networks = [m for m in mentions if m.type == "StateNetwork"]
    out = []
    for match in _IQ_LAND_OFFICE.finditer(text):
        land, head = match.group("land"), match.group("head") or match.group("head_first")
        label = f"IQ {head} {land}" if match.group("head") else f"{head} IQ {land}"
        network = next((n for n in networks if n.label.endswith(land)), None)
        key = (
            f"coordinationoffice:{network.key}"
            if network is not None
            else f"coordinationoffice:iq-{head.lower()}-{land.lower()}"
        )
        out.append(
            Mention(match.start(), match.end(), "CoordinationOffice", key, label, match.group(0), priority=2)
        )
    return out
