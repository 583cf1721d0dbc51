"""Members of a body's team and of a team naming no body: "Team der Koordinierungsstelle X: A, B und C", "Zum Team der
Stiftung X gehören A und B", "dem Team der X, zu dem auch A gehört", "Das Projektteam: A und B", "Neu im Team sind A und
B", a team's block ("Unser Team" / "Beratung: A, B") for the project spoken of last."""

from __future__ import annotations

import re

from ..roles.lists import listed_from, listed_up_to
from ..roles.roles import ORG_TYPES
from ..text.spans import Mention
from .membership_deputies import ADDRESS_AND_TITLES, person_named_at

# The team of a body and who is in it: "Team der Koordinierungsstelle X: A, B und C", "Zum Team der Stiftung X
# gehören A und B", "Im Team des Vereins Y arbeiten …", "Das Team der X besteht aus …", "… bilden A und B"
_TEAM = re.compile(r"\b(?:Projekt)?[Tt]eam\s+(?:der|des|im|in\s+der|vom|von\s+der)\s+")
_TEAM_VERB = re.compile(
    r"(?:\s+(?:gehören|gehörten|gehört|gehörte|arbeiten|arbeiteten|arbeitet|arbeitete|besteht\s+aus|bestand\s+aus"
    # "Das Team der Stiftung X um Petra Beispiel": the team around its head
    r"|bilden|bildeten|sind|waren|um)"
    # a relative clause: "dem Team der Stiftung X, zu dem (neben ihr) auch A und B gehören"
    r"|\s*,\s*zu\s+dem(?:\s+neben\s+\w+)?(?:\s+auch)?)\s+"
    r"(?:(?:derzeit|aktuell|heute|nun|jetzt|seit\s+[\w.]+(?:\s+\d{4})?)\s+)?(?:(?:Frau|Herr|Herrn)\s+)?(?:(?:Dr|Prof)\.\s*)*"
)


# A team naming no body, opening its sentence, then its members: "Das Team: …", "Zum Projektteam gehören (außerdem)
# …", "Das Team bilden / besteht aus …", "Im Team arbeiten …", "„Wir“, das sind (aktuell) …" (a project writing of
# itself).
_UNNAMED_TEAM = re.compile(
    r"\s*(?:(?:Das|Unser)\s+(?:Projekt)?[Tt]eam\s*(?::|bilden|bildeten|besteht\s+aus|bestand\s+aus|sind|waren)"
    r"|(?:Zum|Im)\s+(?:Projekt)?[Tt]eam\s+(?:gehören|gehörten|arbeiten|arbeiteten)"
    # "Neu im Team sind seit Juli A und B"
    r"|Neu\s+im\s+(?:Projekt)?[Tt]eam\s+(?:sind|ist)(?:\s+seit\s+[\w.]+)?"
    r"|[„\"»]?Wir[“\"«]?\s*,\s*das\s+sind)"
    r"\s*(?:(?:derzeit|aktuell|heute|nun|jetzt|außerdem|zudem|auch)\s+)*"
    r"(?:(?:Frau|Herr|Herrn)\s+)?(?:(?:Dr|Prof)\.\s*)*"
)


def team_members(
    text: str, sentence: tuple[int, int], orgs: list[Mention], mentions: list[Mention]
) -> list[tuple[Mention, Mention]]:
    match = _TEAM.search(text, *sentence)
    org = next((o for o in orgs if match is not None and o.start == match.end()), None)
    if org is None:
        return []
    people = [m for m in mentions if m.type == "Person" and m.start >= org.end]
    verb = _TEAM_VERB.match(text, org.end)
    if verb is not None:
        first = next((p for p in people if p.start == verb.end()), None)
        return [(p, org) for p in listed_from(text, first, mentions)] if first else []
    colon = text.find(":", org.end, sentence[1])
    return [(p, org) for p in people if 0 <= colon < p.start]


def unnamed_team(
    text: str, sentence: tuple[int, int], mentions: list[Mention], project: Mention | None
) -> list[tuple[Mention, Mention]]:
    """ "Das Projektteam: A, B und C", "Zum Team gehören A und B", "„Wir“, das sind A, B und C": a team naming no
    body is the project's spoken of last, where no body is named in the sentence."""
    if project is None or any(m.type in ORG_TYPES for m in mentions if m.start >= sentence[0]):
        return []
    lead = _UNNAMED_TEAM.match(text, sentence[0], sentence[1]) or team_block_line(text, sentence)
    first = next((m for m in mentions if lead and m.type == "Person" and m.start == lead.end()), None)
    return [(p, project) for p in listed_from(text, first, mentions)] if first else []


# A team's block: a heading line "Unser Team" (or "Das Team", "Team"), then lines of a task and its people:
# "Leitung: Dr. Petra Beispiel" / "Beratung: Karl Muster, Anna Probe" / "Verwaltung: Ole Muster".
_TEAM_HEADING = re.compile(r"[ \t]*(?:(?:Unser|Das)[ \t]+)?(?:Projekt)?[Tt]eam[ \t]*:?[ \t]*")
_TASK_LINE = re.compile(
    r"[ \t]*[A-ZÄÖÜ][\w\-]*(?:[ \t]+(?:und|&)[ \t]+[A-ZÄÖÜ][\w\-]*)?[ \t]*:[ \t]*"
    r"(?:(?:Frau|Herr|Herrn)[ \t]+)?(?:(?:Dr|Prof)\.[ \t]*)*"
)
TEAM_BLOCK_LINES = 8  # task lines between the heading and the line read


def team_block_line(text: str, sentence: tuple[int, int]) -> re.Match[str] | None:
    """The task of a line in a team's block (its match ends where the people start), or None."""
    task = _TASK_LINE.match(text, *sentence)
    if task is None or sentence[0] == 0 or text[sentence[0] - 1] != "\n":
        return None
    end = sentence[0] - 1
    for _ in range(TEAM_BLOCK_LINES + 1):
        start = text.rfind("\n", 0, end) + 1
        if _TEAM_HEADING.fullmatch(text, start, end):
            return task
        if start == 0 or not _TASK_LINE.match(text, start, end):
            return None
        end = start - 1
    return None


# Colleagues of a body in apposition or after a colon: "Die Kolleginnen der Stiftung X, A und B, berichteten", "die
# Kollegen vom Verein Y: A und B" (not "Die Kolleginnen der X begrüßten A": the persons are the verb's object)
_COLLEAGUES = re.compile(
    r"\b(?:Kolleg(?:in|innen|e|en)|Mitstreiter(?:in|innen)?)\s+"
    r"(?:der|des|vom|von\s+der|von\s+dem|aus\s+der|aus\s+dem)\s+"
)
_COLLEAGUES_NAMED = re.compile(rf"\s*(?:,|:|\s+(?:sind|waren))\s*(?:(?:beide|alle)\s+)?{ADDRESS_AND_TITLES}")
# A newcomer to a body's team: "Neu im Team der Stiftung X ist seit Mai Petra B."
_NEW_IN_THE_TEAM = re.compile(r"\bNeu\s+im\s+(?:Projekt)?[Tt]eam\s+(?:der|des|vom|von\s+der)\s+")
_NEW_NAMED = re.compile(rf"\s+(?:ist|sind)\s+(?:seit\s+[\w.]+\s+)?{ADDRESS_AND_TITLES}")
# Joining a body's team: "Seit Mai verstärkt Petra B. das Team der Stiftung X", "A und B ergänzen das Team des Y"
_STRENGTHENS = re.compile(
    r"\b(?:verstärkt|verstärkte|verstärken|verstärkten|ergänzt|ergänzte|ergänzen|ergänzten)\s+"
)
_THE_TEAM = re.compile(
    r"\s+(?:(?:seit\s+[\w.]+|\d{4}|nun|jetzt|ab\s+sofort|künftig)\s+)*(?:das|den)\s+(?:Projekt|Beratungs)?[Tt]eam\s+"
    r"(?:der|des|vom|von\s+der)\s+"
)


def colleagues_and_newcomers(
    text: str, sentence: tuple[int, int], orgs: list[Mention], mentions: list[Mention]
) -> list[tuple[Mention, Mention]]:
    out = []
    for cue, named in ((_COLLEAGUES, _COLLEAGUES_NAMED), (_NEW_IN_THE_TEAM, _NEW_NAMED)):
        for match in cue.finditer(text, *sentence):
            org = next((o for o in orgs if o.start == match.end()), None)
            after = named.match(text, org.end) if org is not None else None
            first = person_named_at(mentions, after)
            if org is not None and first is not None:
                out += [(p, org) for p in listed_from(text, first, mentions)]
    return out + _strengthening_the_team(text, sentence, orgs, mentions)


def _strengthening_the_team(
    text: str, sentence: tuple[int, int], orgs: list[Mention], mentions: list[Mention]
) -> list[tuple[Mention, Mention]]:
    """The persons right after the verb (something else fronted) or listed right before it, the team's body after."""
    people = {m.start: m for m in mentions if m.type == "Person"}
    ends = {m.end: m for m in mentions if m.type == "Person"}
    out = []
    for verb in _STRENGTHENS.finditer(text, *sentence):
        after = people.get(verb.end())
        listed = listed_from(text, after, mentions) if after else []
        before = ends.get(len(text[: verb.start()].rstrip()))
        if not listed and before is not None:
            listed = listed_up_to(text, before, list(people.values()))
        team_at = listed[-1].end if after else verb.end() - 1
        team = _THE_TEAM.match(text, team_at)
        org = next((o for o in orgs if team is not None and o.start == team.end()), None)
        if org is not None:
            out += [(p, org) for p in listed]
    return out
