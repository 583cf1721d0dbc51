"""A person's age after the name, as a newspaper writes it: "Petra Beispiel (43)", "Petra Beispiel, 43, …", "Petra
Beispiel, 43 Jahre alt, …". The age says nothing the release's facts hold, but it stands between the name and what
follows it ("…, 43, ist Beraterin bei …", "… (43) vom Verein Y"), so it is blanked once the persons are known, and
every reading after a name sees the name's own clause."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .spans import Mention

_AGE = r"\d{2}(?:[ \xa0]+Jahre(?:[ \xa0]+alt)?)?"
# the second comma stays where an apposition or a relative clause needs it: "…, 43, Beraterin bei …", "…, 43, die …"
_AGE_AFTER_A_NAME = re.compile(
    rf"[ \xa0]*\({_AGE}\)(?=[ \xa0]*[,\w])"
    rf"|[ \xa0]*,[ \xa0]*{_AGE}[ \xa0]*(?:,(?=[ \xa0]+[a-zäöü])(?![ \xa0]+(?:der|die|das|dessen|deren)(?![\w-]))|(?=,))"
)


def blank_ages(text: str, mentions: Iterable[Mention]) -> str:
    """The text with each age right after a person's name turned into spaces (same length: offsets hold)."""
    spans = [
        match.span()
        for m in mentions
        if m.type == "Person" and (match := _AGE_AFTER_A_NAME.match(text, m.end)) is not None
    ]
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
