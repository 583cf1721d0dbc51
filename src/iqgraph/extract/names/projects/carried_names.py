"""Whether the words after a quoted name say who carries it out: "die Initiative „X“, durchgeführt von der
Handwerkskammer Y", "das Programm „X“ (Träger: Verein Y)", "Das Programm „X“ wird vom Verein Y umgesetzt". A bare
"Programm" or "Initiative" a body carries out is a project of that body; a government's or a fund's carrying out
("wird vom Bundesministerium umgesetzt") leaves it a programme."""

from __future__ import annotations

import re

# A character of the agent's words: a full stop only inside an abbreviation ("Lernwerk e. V. in Jena").
_AGENT_CHAR = r"(?:[^,.;\n]|\.(?=[^\S\n]+(?:[a-zäöüß]|V\.)))"
# The carrier in brackets or after a comma ("(Träger: Y)", ", Projektträger: Y"), or the agent of a participle of
# carrying out, right after the name or after the passive's auxiliary and a few adverbials ("wird seit 2022 von der
# Y umgesetzt").
_CARRIER_NEXT = re.compile(
    r"[“\"”«]?[^\S\n]*(?:\([^\S\n]*|,[^\S\n]*)(?:Projekt)?[Tt]räger(?:in)?[^\S\n]*:"
    r"|[“\"”«]?[^\S\n]*,?[^\S\n]+(?:(?:wird|wurde|werden|wurden)[^\S\n]+(?:[\w.]+[^\S\n]+){0,3}?)?"
    rf"(?:(?:von|vom|durch)[^\S\n]+{_AGENT_CHAR}{{2,80}}?[^\S\n]+)?"
    r"(?:durchgeführt|umgesetzt|getragen|betrieben|angeboten)(?:[^\S\n]+(?:von|vom|durch)(?P<agent>[^\S\n]+[^,.;\n]{2,60}))?"
)
# The bodies whose carrying out keeps a programme a programme: governments, ministries, agencies and funds.
_PAYING_BODY = re.compile(
    r"\b(?:\w*[Mm]inisterium|Bund(?:es)?|Land(?:es)?|Senat|\w*regierung|\w*[Ss]tiftung|\w*[Aa]gentur|\w*amt|"
    r"Europäisch\w*|\w*[Kk]ommission|Freistaat)\b"
)


def carried_out_after(text: str, pos: int) -> bool:
    """A carrier of the name ending at `pos` named right after it, no government or fund."""
    found = _CARRIER_NEXT.match(text, pos)
    return found is not None and not _PAYING_BODY.search(found.group(0))
