"""A person's age after the name, as a newspaper writes it: "Petra Beispiel (43)", "Petra Beispiel, 43, …", "Petra
Beispiel, 43 Jahre alt, …", "Petra Beispiel, Jahrgang 1980, …". The age says nothing the release's facts hold, but it
stands between the name and what follows it ("…, 43, ist Beraterin bei …", "… (43) vom Verein Y"), so it is blanked
once the persons are known, and every reading after a name sees the name's own clause.

A profile box names the person on a line of its own and describes her on the next, opening with the age: "Petra
Beispiel / Jahrgang 1980, seit 2024 Leiterin des …". The line break is read as the comma of an apposition."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import lexicon
from .spans import Mention
from .text import blank_spans

# "43", "43 Jahre alt", "Jahrgang 1980", "geboren 1980 in Izmir"
_AGE = (
    r"(?:\d{2}(?:[ \xa0]+Jahre(?:[ \xa0]+alt)?)?|Jahrgang[ \xa0]+\d{4}"
    r"|geboren[ \xa0]+\d{4}(?:[ \xa0]+in[ \xa0]+[A-ZÄÖÜ][\w-]+)?)"
)
# the second comma stays where an apposition or a relative clause needs it: "…, 43, Beraterin bei …", "…, 43, die …",
# "…, 43, seit 2019 Beraterin bei …"
_KEEPS_THE_COMMA = "|".join(("der", "die", "das", "dessen", "deren", *lexicon.APPOINTMENT_TIMES))
_AGE_AFTER_A_NAME = re.compile(
    rf"[ \xa0]*\({_AGE}\)(?=[ \xa0]*[,\w])"
    rf"|[ \xa0]*,[ \xa0]*{_AGE}[ \xa0]*(?:,(?=[ \xa0]+[a-zäöü])(?![ \xa0]+(?:{_KEEPS_THE_COMMA})(?![\w-]))|(?=,))"
)


_PROFILE_BREAK = re.compile(rf"[ \t]*\n(?=[ \t]*{_AGE}[ \xa0]*,)")
_NAME_LINE_START = re.compile(r"[ \t]*(?:(?:Dr|Prof)\.[ \t]*)*$")


def blank_ages(text: str, mentions: Iterable[Mention]) -> str:
    """The text with each age right after a person's name turned into spaces and a profile's name line joined to its
    description by a comma (same length: offsets hold)."""
    persons = [m for m in mentions if m.type == "Person"]
    chars: list[str] | None = None
    for m in persons:
        joined = _PROFILE_BREAK.match(text, m.end) if _alone_on_its_line(text, m) else None
        if joined is not None:
            chars = chars or list(text)
            chars[joined.end() - 1] = ","
    text = "".join(chars) if chars else text
    return blank_spans(
        text, [match.span() for m in persons if (match := _AGE_AFTER_A_NAME.match(text, m.end)) is not None]
    )


def _alone_on_its_line(text: str, person: Mention) -> bool:
    line_start = text.rfind("\n", 0, person.start) + 1
    return _NAME_LINE_START.fullmatch(text, line_start, person.start) is not None
