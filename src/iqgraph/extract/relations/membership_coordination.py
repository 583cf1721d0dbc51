"""Names listed together that share a body: the names joined by "und" right before a person ("A und B vom
Verein X", "A und B (Verein X)"), only the bare ones where a role noun stands before a name ("Bürgermeister A und
B vom Verein X": only B is the Verein's), and a role in a project before a name, which names no body of theirs.

Apart from memberships.py because these read how a list of names runs, whatever the construction that names
their body.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..text.spans import Mention

_AND = re.compile(r"\s+(?:und|sowie)\s+")
_LIST_LINK = re.compile(r"\s*(?:,|und|sowie|,\s*und)\s*")
# Before the first of "A und B vom Verein X": the name opens its clause or follows a small word, a comma or a
# form of address (not a role noun of its own: "Bürgermeister A und B vom Verein X": only B is the Verein's).
# Colleagues hold no role of their own: "die Kolleginnen A und B vom Verein X" are both the Verein's.
_BARE_NAME_BEFORE = re.compile(
    r"(?:^|[,:(]|\b[a-zäöü]\w*|\bFrau|\bHerrn?|\bDr\.|\bProf\.|\bKolleg(?:in|innen|e|en))\s*$"
)


def follows_a_name(text: str, person: Mention, people: list[Mention]) -> bool:
    """Whether `person` is listed after another name ("A und B"): the list is read from its first name."""
    return any(_LIST_LINK.fullmatch(text, p.end, person.start) for p in people if p.end <= person.start)


def coordinated(
    text: str,
    person: Mention,
    people: list[Mention],
    bare_from: int | None = None,
    projects: list[Mention] | None = None,
) -> list[Mention]:
    """The person and those listed right before them with "und" only: "A und B (Verein X)"; with `bare_from`
    (the sentence start) only names with no role noun before them: "A und B vom Verein X", or with a role in one of
    `projects`, which names no body of theirs: "die Leiterin des Projekts P A und der Koordinator des Projekts Q B
    vom Verein X"."""
    out = [person]
    for p in sorted((q for q in people if q.end <= person.start), key=lambda q: -q.start):
        if not _AND.fullmatch(text[p.end : _project_role_start(text, out[-1], projects)]):
            break
        bare = bare_from is None or _BARE_NAME_BEFORE.search(text[bare_from : p.start])
        if not bare and _project_role_start(text, p, projects) == p.start:
            break
        out.append(p)
    return out


# A role in a project right before a name: "Projektleiterin des Projekts „Lotsenhaus“ Petra Beispiel" (the
# project's name may hold its head noun)
_PROJECT_ROLE = re.compile(
    rf"\b(?:(?:die|der)\s+)?[\w-]*(?i:{'|'.join(lexicon.STAFF_ROLE_STEMS)})\w*\s+(?:des|der)\s+(?:(?:Teil)?[Pp]rojekte?s?\s+[„\"»]?)?$"
)
_PROJECT_ROLE_REACH = 40  # characters before a project's name for the role noun and "des Projekts"


def _project_role_start(text: str, person: Mention, projects: list[Mention] | None) -> int:
    """Where the role in a project named right before the person begins, else where the person does."""
    project = next(
        (m for m in projects or [] if _PROJECT_NAME_END.fullmatch(text, m.end, person.start)), None
    )
    if project is None:
        return person.start
    role = _PROJECT_ROLE.search(text, max(0, project.start - _PROJECT_ROLE_REACH), project.start)
    return role.start() if role else person.start


_PROJECT_NAME_END = re.compile(r"[“”\"«]?\s+")
