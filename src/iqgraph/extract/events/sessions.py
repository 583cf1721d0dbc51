"""Sessions a body offers at an event: "Am ersten Tag bot die Stiftung X einen Workshop zum Thema „Y“ an", "Der
Verein X gestaltete ein Fachforum „Y“". The session is an event of its own, on the day of the event the sentence
speaks of, part of that event and organised by the body that offered it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..names.mentions import Mention

_SESSION_NOUNS = r"Workshop|Fachforum|Forum|Panel|Themenforum|Diskussionsrunde|Gesprächsrunde|Werkstatt"
# "bot … einen Workshop … an" (the particle closing the clause), "gestaltete/leitete/veranstaltete ein Forum".
_OFFERED = re.compile(
    rf"\b(?:(?P<offer>bot|boten|bietet|bieten)|gestaltete|gestalteten|leitete|leiteten|veranstaltete|veranstalteten)"
    rf"\s+(?P<middle>[^.;:]{{0,80}}?)\b(?:einen|ein|eine)\s+(?P<noun>{_SESSION_NOUNS})\b"
)
_TITLE = re.compile(r"\s+(?:zum\s+Thema\s+|mit\s+dem\s+Titel\s+)?[„\"»](?P<title>[^„“”\"«»\n]{3,160})[“”\"«]")
_SUBTITLE = re.compile(r"\s+[–—-]\s+")
_PARTICLE = re.compile(r"[^.;]{0,200}?\ban\b")
_QUOTED_NAME = re.compile(r"[„\"»](?P<name>[^„“”\"«»]{2,80})[“”\"«]")
_SESSION_BODIES = frozenset(
    {"Organisation", "Agency", "Ministry", "Subproject", "StateNetwork", "CoordinationOffice"}
)


@dataclass(frozen=True)
class Session:
    label: str  # "Workshop „Title“"
    noun: str
    organiser: Mention
    sentence: int  # index of the sentence that offers it


def find_sessions(text: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> Iterator[Session]:
    for index, (start, end) in enumerate(spans):
        for offer in _OFFERED.finditer(text, start, end):
            title = _TITLE.match(text, offer.end(), end)
            if title is None:
                continue  # a session named by its title only: "einen Workshop" alone names nothing
            if offer.group("offer") and not _PARTICLE.match(text, title.end(), end):
                continue  # "bot … an": without its particle "bot" is something else
            organiser = _organiser(mentions, start, offer)
            if organiser is None:
                continue
            name = _SUBTITLE.split(title.group("title"))[0].strip()
            yield Session(f"{offer.group('noun')} „{name}“", offer.group("noun"), organiser, index)


def _organiser(mentions: list[Mention], sentence_start: int, offer: re.Match[str]) -> Mention | None:
    """The body that offers: right after the verb ("bot die Stiftung X einen Workshop an"), else the subject
    before it ("Die Stiftung X bot einen Workshop an")."""
    bodies = [m for m in mentions if m.type in _SESSION_BODIES]
    after = next((m for m in bodies if offer.start("middle") <= m.start < offer.end("middle")), None)
    if after is not None:
        return after
    quoted = _QUOTED_NAME.search(offer.group("middle"))
    if quoted is not None:  # 'bot "X" einen Workshop an': X is named as a body elsewhere in the release
        named = next((m for m in bodies if m.label == quoted.group("name")), None)
        if named is not None:
            return named
    before = [m for m in bodies if sentence_start <= m.start < offer.start()]
    return before[0] if len(before) == 1 else None
