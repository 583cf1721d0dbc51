"""Roles of people: "Elke Breitenbach, Senatorin für …", "Senatorin Elke Breitenbach", "der Leiterin des IQ
Landesnetzwerks Berlin Alev Deniz", "Jürgen Schröder als Vertreter des Bundesministeriums …", and
memberships without a role: "Steffen Jacobi vom Bildungswerk …", "Dilek Kolat (SPD)", team lists.

A role phrase is: modifiers, a role noun, then what the title keeps ("für Arbeit und Soziales",
a quoted portfolio, "der Geschäftsführung") and last, optionally, the organisation (an entity mention
after "des", "im", "beim", "vom", "aus dem" …), which is split off the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .mentions import Mention
from .morphology import role_nominative

_STEMS = "|".join(sorted(lexicon.ROLE_STEMS, key=len, reverse=True))
ROLE_HEAD = re.compile(
    r"(?<![\w.])(?P<pre>(?:(?:stellv\.|[a-zäöü][\w]*(?:isch|ig|lich|al|ell|iv|är|end|neu|erst)(?:e|en|er|es|em)?)[ \xa0]+)*)"
    rf"(?P<noun>(?:[A-ZÄÖÜ][\w]*-\s+(?:und|&)\s+)?[A-ZÄÖÜ]?[\w\-]*(?i:{_STEMS})[\w]*)(?![\w-])"
)
_ANY_STEM = re.compile(_STEMS, re.IGNORECASE)
_KEEP = (
    re.compile(r"\s+für\s+[A-ZÄÖÜ][\w\-]*\w(?:(?:\s*,\s*|\s+und\s+)[A-ZÄÖÜ][\w\-]*\w)*"),
    re.compile(r"\s+[„\"“][^„\"“”\n]{2,80}[“\"”]"),
    re.compile(r"\s+(?:der|des)\s+[A-ZÄÖÜ][\w\-]*\w(?![\w-])"),  # "der Geschäftsführung", "des Senats"
)
_ORG_LINK = re.compile(
    r"\s+(?:des|der|im|in\s+der|in\s+dem|beim|bei\s+der|bei\s+dem|vom|von\s+der|von\s+dem|am|an\s+der|aus\s+dem|aus\s+der)\s+$"
)
_ORG_TYPES = frozenset(
    {"Ministry", "Agency", "Organisation", "StateNetwork", "CoordinationOffice", "Subproject", "Programme"}
)
_AFTER_NAME_LINK = re.compile(r"\s+(?:aus\s+dem|aus\s+der|vom|von\s+der|im|beim)\s+")
# "Kristina M., die in der IQ Koordination die Öffentlichkeitsarbeit verantwortet"
_WORKS_IN = re.compile(r"^\s*,\s*(?:die|der)\s+(?:im|in\s+der|in\s+dem|beim|bei\s+der|bei\s+dem)\s+$")
_MEMBER_LINK = re.compile(r"^\s+(?:vom|von\s+der|von\s+dem|aus\s+dem|aus\s+der|der|des)\s+$")


@dataclass(frozen=True)
class RoleFinding:
    person: Mention
    title: str
    organisation: Mention | None
    leads: bool  # the role makes the person head of the organisation


@dataclass(frozen=True)
class MembershipFinding:
    person: Mention
    organisation: Mention


def find_roles(text: str, sentence: tuple[int, int], mentions: list[Mention]) -> list[RoleFinding]:
    people = [m for m in mentions if m.type == "Person"]
    out: list[RoleFinding] = []
    if not people or not _ANY_STEM.search(text, *sentence):
        return out  # the full role pattern is costly: most sentences name no role
    for head in ROLE_HEAD.finditer(text, sentence[0], sentence[1]):
        if _is_inside(head, mentions) or not _is_role_noun(head.group("noun")):
            continue
        phrase_end, org = _parse_complements(text, head.end(), mentions, sentence[1])
        person = _holder(text, head.start(), phrase_end, people)
        if person is None:
            continue
        if org is None:
            org = _org_after_person(text, person, mentions)
        title = _title(text[head.start() : _title_end(text, head.end(), phrase_end, org)], person)
        out.append(RoleFinding(person, title, org, _leads(head.group("noun"), head.group("pre"), org)))
    return _dedupe(out)


def _is_role_noun(noun: str) -> bool:
    low = noun.lower()
    return (
        any(stem in low for stem in lexicon.ROLE_STEMS)
        and not low.endswith(("ung", "ungen"))
        or low.endswith(("koordination", "projektleitung", "leitung"))
    )


def _is_inside(match: re.Match[str], mentions: list[Mention]) -> bool:
    start = match.start("noun")
    return any(m.start <= start < m.end for m in mentions)


def _parse_complements(
    text: str, pos: int, mentions: list[Mention], limit: int
) -> tuple[int, Mention | None]:
    """End of the role phrase and the organisation it names, if any."""
    while True:
        for pattern in _KEEP:
            match = pattern.match(text, pos, limit)
            if match and not _starts_mention(match, mentions):
                pos = match.end()
                break
        else:
            break
    org = _mention_after(text, pos, mentions, limit)
    return (org.end, org) if org else (pos, None)


def _starts_mention(match: re.Match[str], mentions: list[Mention]) -> bool:
    words = re.match(r"\s+(?:der|des)\s+", match.group(0))
    return bool(words) and any(m.start == match.start() + words.end() for m in mentions)  # type: ignore[union-attr]


def _mention_after(text: str, pos: int, mentions: list[Mention], limit: int) -> Mention | None:
    for m in mentions:
        gap = text[pos : m.start]
        if (
            m.type in _ORG_TYPES
            and pos <= m.start < min(limit, pos + 16)
            and (_ORG_LINK.search(gap) or not gap.strip())
        ):
            return m
    return None


def _holder(text: str, start: int, end: int, people: list[Mention]) -> Mention | None:
    """The person a role phrase belongs to: just after it, or just before it (apposition or "als")."""
    for p in people:
        gap = text[end : p.start]
        if 0 <= p.start - end <= 4 and re.fullmatch(r"[\s,]*(?:Dr\.\s*|Prof\.\s*)*", gap):
            return p
    for p in people:
        gap = text[p.end : start]
        if 0 <= start - p.end <= 12 and re.fullmatch(r"\s*(?:,|als|\(|,\s*(?:der|die|den|dem))\s*", gap):
            return p
    return None


def _org_after_person(text: str, person: Mention, mentions: list[Mention]) -> Mention | None:
    """ "Staatssekretär Dr. Thilo Rohlfs aus dem Ministerium für …": the organisation after the name."""
    for m in mentions:
        gap = text[person.end : m.start]
        if (
            m.type in _ORG_TYPES
            and person.end < m.start <= person.end + 12
            and _AFTER_NAME_LINK.fullmatch(gap)
        ):
            return m
    return None


def _title_end(text: str, head_end: int, phrase_end: int, org: Mention | None) -> int:
    if org is None or org.end != phrase_end:
        return phrase_end
    link = _ORG_LINK.search(text[head_end : org.start])
    return head_end + link.start() if link else org.start


def _title(raw: str, person: Mention) -> str:
    raw = re.sub(r"\s+", " ", raw).strip(" ,")
    raw = re.sub(r"^(?:der|die|den|dem|des)\s+", "", raw)
    return role_nominative(raw, person.gender)


def _leads(noun: str, pre: str, org: Mention | None) -> bool:
    if (
        org is None
        or org.type not in ("StateNetwork", "Subproject", "CoordinationOffice")
        or "stellv" in pre.lower()
    ):
        return False
    low = noun.lower()
    return (
        low.endswith(tuple(s + e for s in lexicon.LEADER_STEMS for e in ("", "in", "s")))
        and "stell" not in low
    )


def _dedupe(found: list[RoleFinding]) -> list[RoleFinding]:
    seen: dict[tuple[str, str, str | None], RoleFinding] = {}
    for f in found:
        seen.setdefault((f.person.key, f.title, f.organisation.key if f.organisation else None), f)
    return list(seen.values())


def find_memberships(
    text: str, sentence: tuple[int, int], mentions: list[Mention]
) -> list[MembershipFinding]:
    """ "Steffen Jacobi vom Bildungswerk …", "Dilek Kolat (SPD)", "Team der Koordinierungsstelle …: A, B und C"."""
    out = []
    orgs = [m for m in mentions if m.type in _ORG_TYPES - {"Programme"}]
    people = [m for m in mentions if m.type == "Person"]
    for p in people:
        for org in orgs:
            gap = text[p.end : org.start]
            if 0 < org.start - p.end <= 30 and (_MEMBER_LINK.match(gap) or _WORKS_IN.match(gap)):
                out.append(MembershipFinding(p, org))
    out += _team_members(text, sentence, orgs, people)
    return out


def _team_members(
    text: str, sentence: tuple[int, int], orgs: list[Mention], people: list[Mention]
) -> list[MembershipFinding]:
    match = re.search(r"\bTeam\s+(?:der|des|im|in\s+der)\s+", text[sentence[0] : sentence[1]])
    colon = text.find(":", sentence[0], sentence[1])
    if not match or colon < 0:
        return []
    team_at = sentence[0] + match.end()
    org = next((o for o in orgs if o.start == team_at), None)
    if org is None:
        return []
    return [MembershipFinding(p, org) for p in people if p.start > colon]
