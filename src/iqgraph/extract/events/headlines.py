"""What a release's headline says of the event its text names by a bare noun or without its day:
"Beratungszentrum Lindenhof in Kassel eröffnet" over a text that speaks only of "die Eröffnung" names the event
"Eröffnung des Beratungszentrums Lindenhof"; "Fachtag am 6. Mai in Kassel" over a text that tells of the
Fachtag but not of its day dates it.

A headline reports an event by a participle closing one of its parts (parts are divided by a colon, a dash or
a bar): what the participle's subject names is the complement of the event noun the participle stands for
(`lexicon.events.HEADLINE_EVENT_PARTICIPLES`). A town after "in" tells where, not what was opened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon.events import HEADLINE_EVENT_PARTICIPLES, HEADLINE_MANNER_ADVERBS
from ..text.alternation import any_of
from ..text.dates import DateMention
from ..text.morphology import genitive_with_article
from .nouns import Event, find_event_nouns, is_event_date

_REMARK = re.compile(r"\s*\([^()]*\)")  # "(Foto: …)", "(aktualisiert)": no part of what the headline says
_PARTS = re.compile(r"\s*(?::|\||\s[–—-]\s)\s*")
_REPORT = re.compile(
    rf"(?:(?:Der|Die|Das)\s+)?(?P<what>[A-ZÄÖÜ„\"][^:;|!?]*?)\s+(?:{any_of(HEADLINE_MANNER_ADVERBS)}\s+)?"
    rf"(?P<participle>{any_of(tuple(HEADLINE_EVENT_PARTICIPLES))})[.!]?"
)
_TOWN = re.compile(r"\s+in\s+[A-ZÄÖÜ][\w\-]*$")  # "… in Kassel eröffnet": where, not what
# A finite verb in the subject says the part is a clause, not a subject and its participle ("X hat Y eröffnet").
_FINITE = re.compile(r"\b(?:hat|haben|hatte|hatten|ist|sind|war|waren|wird|werden|wurde|wurden)\b")
_MOST_WORDS = 8  # a subject longer than this is a sentence's, not a headline's
# A headline's first word is capitalised whatever it is: an adjective of age or order there is written small in the
# event's name ("Neue Beratungsstelle eröffnet" -> "Eröffnung der neuen Beratungsstelle"); a name's is not.
_FIRST_ADJECTIVE = re.compile(r"(?:Neu|Erst|Zweit|Dritt)(?:e|er|es)(?=\s+[A-ZÄÖÜ])")


@dataclass(frozen=True)
class Headline:
    """A release's headline where its text may not hold it (a title in the metadata), with its dates."""

    text: str
    dates: tuple[DateMention, ...]


def headline_day(headline: Headline | None, event: Event) -> DateMention | None:
    """The one day the headline gives an event its noun names there too ("Fachtag am 6. Mai in Kassel"), as a
    compound of it or its head ("Fachtagung am 6. Mai" over "die Tagung", "Tagung am 6. Mai" over "die
    Jahrestagung")."""
    if headline is None or event.noun is None or len(headline.dates) != 1:
        return None
    day, whole = headline.dates[0], (0, len(headline.text))
    named = any(_same_kind(n.head, event.noun.head) for n in find_event_nouns(headline.text, []))
    return day if named and is_event_date(headline.text, day, whole) else None


def _same_kind(head: str, other: str) -> bool:
    """ "fachtagung" and "tagung": a compound names the kind of event its head does."""
    return head.endswith(other) or other.endswith(head)


def headline_complements(title: str | None) -> dict[str, str]:
    """Per event noun ("Eröffnung"), the genitive the headline gives it ("des Beratungszentrums Lindenhof")."""
    if not title:
        return {}
    out: dict[str, str] = {}
    for part in _PARTS.split(_REMARK.sub("", title)):
        report = _REPORT.fullmatch(part.strip())
        if report is None:
            continue
        what = _TOWN.sub("", report.group("what"))
        if _FIRST_ADJECTIVE.match(what):
            what = what[0].lower() + what[1:]
        if _FINITE.search(what) or len(what.split()) > _MOST_WORDS:
            continue
        out.setdefault(HEADLINE_EVENT_PARTICIPLES[report.group("participle")], genitive_with_article(what))
    return out
