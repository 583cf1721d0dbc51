"""Delegates of a body on a panel, the body fronted with "für": "Für die Stadt X gehörten A und B der Jury an",
"Für den Verein Y saß Karl Muster im Beirat", "Für die Stiftung Z wirkte Petra Beispiel mit" and the clauses
after with their verb left out: "…, für das Ministerium W Anna Probe"; a body present through its staff listed
after "vertreten" ("Das Netzwerk X war mit zwei Kolleginnen vertreten: A und B", "Der Verein Z ist vertreten durch
A"). Each delegate is a member of the body.
(Acting for a body by speaking or greeting is read in `roles/body_references.py`.)"""

from __future__ import annotations

import re

from ..roles.lists import listed_from
from ..text.spans import Mention

# "für die X" opening the sentence, or a clause after a comma, colon or semicolon
_FOR_THE_BODY = re.compile(r"(?:^|(?<=[\n,;:]))\s*[Ff]ür\s+(?:die|den|das)\s+$")
_FOR_REACH = 12  # characters back from the body to "Für die"
_TITLES = r"(?:(?:Frau|Herrn?)\s+)?(?:(?:Dr|Prof)\.\s*)*"
# The verb of sitting on the panel, its subject the delegates after it, its particle or place closing the clause.
_DELEGATE_VERBS = (
    (
        re.compile(rf"\s+(?:gehört|gehörte|gehören|gehörten)\s+{_TITLES}"),
        re.compile(r"[^,;:.\n]{0,60}?\san\b"),
    ),
    (
        re.compile(rf"\s+(?:sitzt|saß|sitzen|saßen)\s+{_TITLES}"),
        re.compile(r"[^,;:.\n]{0,10}?\s(?:im|in\s+der|in\s+dem)\s"),
    ),
    (
        re.compile(rf"\s+(?:wirkt|wirkte|wirken|wirkten)\s+{_TITLES}"),
        re.compile(r"[^,;:.\n]{0,60}?\smit\b"),
    ),
)
_GAPPED = re.compile(rf"\s+{_TITLES}")  # "…, für das Ministerium W Anna Probe": the verb left out


def delegates(
    text: str, sentence: tuple[int, int], orgs: list[Mention], mentions: list[Mention]
) -> list[tuple[Mention, Mention]]:
    """(person, body) pairs of the sentence's delegates; the clauses with their verb left out follow a full one."""
    people = [m for m in mentions if m.type == "Person"]
    out: list[tuple[Mention, Mention]] = []
    for org in orgs:
        out += _represented_by(text, sentence, org, mentions, people)
        if not _FOR_THE_BODY.search(text, max(sentence[0], org.start - _FOR_REACH), org.start):
            continue
        first = next((p for p in people if p.start > org.end), None)
        if first is None:
            continue
        listed = listed_from(text, first, mentions)
        if _seated_by_a_verb(text, org, first, listed[-1]) or (
            out and _GAPPED.fullmatch(text, org.end, first.start)
        ):
            out += [(p, org) for p in listed]
    return out


def _seated_by_a_verb(text: str, org: Mention, first: Mention, last: Mention) -> bool:
    for verb, closing in _DELEGATE_VERBS:
        if verb.fullmatch(text, org.end, first.start) and closing.match(text, _past_brackets(text, last.end)):
            return True
    return False


_BRACKETS = re.compile(r"\s*\([^()\n]{0,30}\)")  # "Karl Muster (Referat II A)"


def _past_brackets(text: str, end: int) -> int:
    brackets = _BRACKETS.match(text, end)
    return brackets.end() if brackets else end


# A body present at an event through its staff, listed after a colon or "durch": "Das Netzwerk X war mit zwei
# Kolleginnen vertreten: A und B", "Die Kammer Y war durch A und B vertreten", "Der Verein Z ist vertreten durch A".
_REPRESENTED = re.compile(
    r"\s+(?:war|waren|ist|sind|wird|werden)\b[^.;:\n]{0,60}?"
    r"(?:\bmit\s+(?:[\w]+\s+){0,2}(?:Kolleg|Mitarbeit|Vertreter|Berater|Beschäftigt|Fachkr)\w*\s+vertreten\s*:"
    r"|\bvertreten\s+durch\b|\bdurch\s+(?=[^.;:\n]{0,80}\bvertreten\b))\s*"
)
_REPRESENTED_REACH = 160  # characters from the body to its first delegate


def _represented_by(
    text: str, sentence: tuple[int, int], org: Mention, mentions: list[Mention], people: list[Mention]
) -> list[tuple[Mention, Mention]]:
    cue = _REPRESENTED.match(text, org.end, min(sentence[1], org.end + _REPRESENTED_REACH))
    first = next((p for p in people if p.start >= cue.end()), None) if cue else None
    if cue is None or first is None or not re.fullmatch(_TITLES, text[cue.end() : first.start]):
        return []
    return [(p, org) for p in listed_from(text, first, mentions)]
