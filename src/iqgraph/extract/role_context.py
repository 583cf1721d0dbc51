"""A role's organisation read from the release around it: the one ministry that fits "Arbeitsministerin",
the organisation a possessive points back to ("Ihr Geschäftsführer Karl Muster")."""

from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon
from .roles import ANY_STEM, ORG_TYPES, RoleFinding, leads
from .spans import Mention

_MINISTRY_HEAD = re.compile(
    r"(?P<first>\w*?)(?P<stem>" + "|".join(lexicon.MINISTRY_ROLE_STEMS) + r")(?:in|innen|s|n)?$",
    re.IGNORECASE,
)


def with_ministry_of_the_release(finding: RoleFinding, mentions: list[Mention]) -> RoleFinding:
    """ "Arbeitsministerin Petra Beispiel" in a release that names the "Ministerium für Arbeit …": a minister,
    state secretary or senator whose phrase names no organisation heads or serves the one ministry of the
    release that fits the compound's first part ("Arbeits-"), any one where the noun is bare ("Ministerin")."""
    if finding.organisation is not None or " für " in finding.title:
        return finding
    head = next((_MINISTRY_HEAD.match(w) for w in finding.title.split(" ") if _MINISTRY_HEAD.match(w)), None)
    if head is None:
        return finding
    portfolio, level = _portfolio(head.group("first").lower())
    fitting = {
        m.key: m
        for m in mentions
        if m.type == "Ministry"
        and not m.generic
        and portfolio in m.label.lower()
        and (level != "bundes" or m.label.lower().startswith(level))
    }
    if len(fitting) != 1:
        return finding
    return replace(finding, organisation=next(iter(fitting.values())))


def _portfolio(first: str) -> tuple[str, str | None]:
    """ "bundesarbeits" -> ("arbeit", "bundes"): the portfolio of a compound's first part and its level."""
    level = next((x for x in lexicon.GOVERNMENT_LEVELS if first.startswith(x)), None)
    rest = first[len(level) :] if level else first
    if rest.endswith("s") and len(rest) > 4:
        rest = rest[:-1]  # the linking "s": "Arbeits-"
    return rest.rstrip("-"), level


# "Die Brückenbau gGmbH … Ihr Geschäftsführer Karl Muster": a possessive before a role points back to the
# organisation named last, when no person was named since (else it may be that person's: "ihre Kollegin").
_POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w-])(?i:ihr|ihre|ihrem|ihren|ihres|sein|seine|seinem|seinen|seines)[ \xa0]+$"
)
POSSESSIVE_WINDOW = 200  # characters from the organisation named to the possessive


def with_possessive_organisation(finding: RoleFinding, text: str, mentions: list[Mention]) -> RoleFinding:
    if finding.organisation is not None or finding.head < 0:
        return finding
    possessive = _POSSESSIVE_BEFORE.search(text, max(0, finding.head - 10), finding.head)
    if possessive is None:
        return finding
    at = possessive.start()
    before = [m for m in mentions if at - POSSESSIVE_WINDOW <= m.start and m.end <= at]
    org = max((m for m in before if m.type in ORG_TYPES and not m.generic), key=lambda m: m.end, default=None)
    if org is None or any(m.type == "Person" and m.start >= org.end for m in before):
        return finding
    noun = next((w for w in finding.title.split(" ") if ANY_STEM.search(w)), finding.title)
    return replace(finding, organisation=org, leads=leads(noun, finding.title, org))
