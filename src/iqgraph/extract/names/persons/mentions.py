"""Person mentions, and the units a release names through the persons who work in them.

Personal names ("Petra Beispiel", "Dr. Beispiel", a surname met again) where no other mention stands; the
quoted project a person comes from ("Petra Beispiel von „Chance Beruf“", "…, Projektleiterin bei „Chance
Beruf“") and a short unit name with its place in brackets after a person ("Petra Beispiel (FizE Musterstadt)",
not "(SPD Musterstadt)" or "(Pressesprecher Musterstadt)").
"""

from __future__ import annotations

import re

from ... import lexicon
from ...lexicon.places import REGIONS
from ...lexicon.projects import PROJECT_STAFF_TITLE_PARTS
from ...text.spans import Mention
from ..projects.names import QUOTED_NAME
from .persons import find_persons, find_surnames, find_titled_surnames

# "Petra Beispiel von „Chance Beruf“", "Petra Beispiel, Projektleiterin bei „Chance Beruf“": the quoted name a
# person is said to come from, or to work at under a title of a project's staff, is the project she works in (a
# quoted body with an organisation's head is read as that body before).
_STAFF_TITLE = r"(?=[A-ZÄÖÜ])[A-ZÄÖÜa-zäöüß]*?(?i:" + "|".join(PROJECT_STAFF_TITLE_PARTS) + r")[a-zäöüß]*"
_FROM_A_QUOTED_NAME = re.compile(
    rf"(?:[^\S\n]+(?:von|vom)|,[^\S\n]+{_STAFF_TITLE}[^\S\n]+(?:von|vom|bei|beim|im\s+Team\s+von))"
    rf"[^\S\n]+{QUOTED_NAME}"
)


# "Petra Beispiel (FizE Südbayern)", "(Fize München)": a short name and the place it serves, in parentheses after a
# person, is the unit she works in (a body of a known name or with an organisation's head is read as that body
# before; a title, "(Pressesprecher Kiel)", names none).
_STYLED_UNIT_IN_PARENTHESES = re.compile(
    r"[^\S\n]+\((?P<name>(?P<short>[A-ZÄÖÜ][\wÄÖÜäöü]*\+?)[^\S\n]+(?P<place>[A-ZÄÖÜ][\w\-]*\w))\)"
)


_UNIT_PLACES = lexicon.GERMAN_PLACES | set(lexicon.CITIES) | REGIONS


def _names_a_kind_of_body(short: str) -> bool:
    """ "SPD", "IHK": a party's or a chamber's short form before a town names a local branch, not a unit."""
    return short in lexicon.PARTIES or short in lexicon.CHAMBER_ABBREVIATIONS


_PERSON_AND_ROLE_STEMS = (
    *lexicon.ROLE_STEMS,
    *lexicon.STAFF_ROLE_STEMS,
    *lexicon.PERSON_NOUN_STEMS,
    "beauftragt",
)


def _names_a_person_or_a_role(short: str) -> bool:
    """ "Pressesprecher", "Bürgermeisterin", "Integrationsbeauftragter": a title before the town, no unit's name."""
    low = short.lower()
    return any(stem in low for stem in _PERSON_AND_ROLE_STEMS) or (low.endswith("in") and not short.isupper())


def styled_units_of_persons(text: str, chosen: list[Mention]) -> list[Mention]:
    out = []
    for person in (m for m in chosen if m.type == "Person"):
        match = _STYLED_UNIT_IN_PARENTHESES.match(text, person.end)
        if (
            match is None
            or match.group("place") not in _UNIT_PLACES
            or _names_a_kind_of_body(match.group("short"))
            or _names_a_person_or_a_role(match.group("short"))
        ):
            continue
        if any(m.start < match.end("short") and match.start("short") < m.end for m in chosen):
            continue
        name = re.sub(r"\s+", " ", match.group("name"))  # the place stays a place of its own
        out.append(
            Mention.named(match.start("short"), match.end("short"), "Subproject", name, match.group("short"))
        )
    return out


def quoted_projects_of_persons(text: str, chosen: list[Mention]) -> list[Mention]:
    out = []
    for person in (m for m in chosen if m.type == "Person"):
        match = _FROM_A_QUOTED_NAME.match(text, person.end)
        name = match.group("name").strip() if match else ""
        if (
            match
            and name[:1].isupper()
            and not any(m.start < match.end() and match.start("name") < m.end for m in chosen)
        ):
            start = match.start("name") - 1
            out.append(Mention.named(start, match.end(), "Subproject", name, text[start : match.end()]))
    return out


def person_mentions(text: str, chosen: list[Mention]) -> list[Mention]:
    blocked = [(m.start, m.end) for m in chosen]
    people = find_persons(text, blocked)
    blocked += [(p.start, p.end) for p in people]
    people += find_titled_surnames(text, people, blocked)
    blocked += [(p.start, p.end) for p in people]
    people += find_surnames(text, people, blocked)
    return [
        Mention(p.start, p.end, "Person", p.key, p.label, text[p.start : p.end], priority=2, gender=p.gender)
        for p in people
    ]
