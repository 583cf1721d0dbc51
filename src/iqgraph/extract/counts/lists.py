"""Figures listed under a heading, one a line with no clause of their own ("Bilanz des Netzwerks X 2030" over
"- 3.912 Beratungen", "- 25 Teilprojekte"): the one body or project the heading names owns them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..names.mentions import Mention
from .bodies import BODIES
from .number_words import COMPOUND
from .owners import OWNERS

# A line that is one figure: a bullet, a qualifier, a number and what it counts, no sentence's stop.
_FIGURE_LINE = re.compile(
    r"[ \t]*(?:[-–•*·][ \t]*)?(?:(?:rund|über|mehr\s+als|knapp|fast|ca\.|insgesamt)[ \t]+)?"
    rf"(?:\d{{1,3}}(?:[.\u00a0\u202f ]\d{{3}})*(?:,\d+)?|(?i:{COMPOUND}))[ \t]+[A-ZÄÖÜa-zäöü][^\n.!?:]*\.?"
)  # "- 3.912 Beratungen", "sieben Kursdurchgänge", "- 30 Veranstaltungen durchgeführt." (a list's last line)
_NOUN_THEN_FIGURE_LINE = re.compile(
    r"[ \t]*(?:[-–•*·][ \t]*)?(?:[A-ZÄÖÜa-zäöü][\w-]*[ \t]+){0,2}[A-ZÄÖÜ][\w-]*(?:[ \t]+(?:19|20)\d\d)?[ \t]*:[ \t]*"
    r"(?:(?:rund|über|mehr\s+als|knapp|fast|ca\.|insgesamt)[ \t]+)?\d{1,3}(?:[.\u00a0\u202f ]\d{3})*[ \t]*"
    # an amount of money: "Fördersumme: 480.000 Euro", "Fördervolumen: 1,2 Mio. Euro"
    r"(?:(?:,\d+[ \t]*)?(?:(?:Mio\.|Millionen|Mrd\.|Milliarden)[ \t]*)?(?:Euro|EUR|€)[ \t]*)?"
)  # "- Beratungen: 412"
# A line of a fact box that is no figure: "Laufzeit: 2030 bis 2033", "Träger: Verein X e. V." - the list of figures
# goes on under it, and a name in it heads no list.
_FIELD_LINE = re.compile(
    r"[ \t]*(?:[-–•*·][ \t]*)?(?:[A-ZÄÖÜa-zäöü][\w-]*[ \t]+){0,2}[A-ZÄÖÜ][\w-]*[ \t]*:[ \t]*\S.*"
)
_SENTENCE_STOP = re.compile(r"[.!?:][ \t]*$")
# A heading of the writer's own figures, naming no one: "Unsere Zahlen 2031:", "Unsere Bilanz im Überblick" - the
# figures are the release's own unit's (its one subproject, else its network).
_OWN_FIGURES_HEADING = re.compile(
    r"[ \t]*(?:Unser(?:e)?[ \t]+(?:Zahlen|Bilanz|Jahr[ \t]+in[ \t]+Zahlen|Ergebnisse)"
    # "Das Jahr in Zahlen", "Das Projektjahr 2031 in Zahlen", "Zahlen und Fakten": figures of no one named
    r"|(?:Das[ \t]+)?(?:Jahr|Berichtsjahr|Projektjahr|Förderjahr)(?:[ \t]+\d{4})?[ \t]+in[ \t]+Zahlen"
    r"|(?:Die[ \t]+)?Zahlen[ \t]+und[ \t]+Fakten"
    # "Die wichtigsten Zahlen im Überblick:", "Zahlen auf einen Blick", "Die Bilanz 2031 in Zahlen"
    r"|(?:Die[ \t]+)?(?:wichtigsten[ \t]+)?(?:Zahlen|Kennzahlen|Bilanz|Ergebnisse)(?:[ \t]+\d{4})?"
    r"[ \t]+(?:im[ \t]+Überblick|auf[ \t]+einen[ \t]+Blick|in[ \t]+Zahlen))\b[^\n.!?]{0,30}:?[ \t]*"
)
# A heading that ends in a colon is still one where it announces figures: "Das Netzwerk X in Zahlen:", "Die Bilanz
# des Netzwerks X für 2031:".
_FIGURES_HEADING_WORDS = re.compile(r"\b(?:Zahlen|Kennzahlen|Bilanz|Überblick|Ergebnisse|Statistik)\b")
_LISTED = OWNERS | BODIES


def figure_list_owners(
    text: str, spans: Sequence[tuple[int, int]], here: Sequence[list[Mention]], own: Mention | None = None
) -> list[Mention | None]:
    """For each sentence (`here`: the mentions starting in it), the owner of the figure list it is a line of: the
    one body or project named by the heading line above the list (no stop at its end), or `own` (the release's own
    unit) under a heading of "our" figures; None for other sentences."""
    owners: list[Mention | None] = []
    current: Mention | None = None
    for span, named in zip(spans, here, strict=True):
        line = text[span[0] : span[1]].strip()
        if "\n" not in line and (_FIGURE_LINE.fullmatch(line) or _NOUN_THEN_FIGURE_LINE.fullmatch(line)):
            owners.append(current)
            continue
        if current is not None and "\n" not in line and _FIELD_LINE.fullmatch(line):
            owners.append(None)
            continue
        owners.append(None)
        keys = {m.key for m in named if m.type in _LISTED}
        listed = [m for m in named if m.type in _LISTED]
        heading = (
            "\n" not in line and len(keys) == 1 and (_heading_end(line) or _opens_a_list(text, span, named))
        )
        current = listed[0] if heading else None
        if not keys and "\n" not in line and _OWN_FIGURES_HEADING.fullmatch(line):
            current = own
    return owners


# A sentence that breaks off into a list of what its subject did: "Das Netzwerk X hat im Jahr 2031:" over "- 4.000
# Menschen beraten,", "- 30 Veranstaltungen durchgeführt.": its subject, opening it, owns the figures.
_ARTICLE = re.compile(r"\s*(?:(?:Das|Die|Der)\s+)?")


def _opens_a_list(text: str, span: tuple[int, int], named: list[Mention]) -> bool:
    if not text[span[0] : span[1]].rstrip().endswith(":") or any(m.type == "Person" for m in named):
        return False
    opening = _ARTICLE.match(text, span[0])
    return opening is not None and any(m.start == opening.end() and m.type in _LISTED for m in named)


def _heading_end(line: str) -> bool:
    """A line ends as a heading: with no stop, or with a colon after words that announce figures."""
    stop = _SENTENCE_STOP.search(line)
    return stop is None or (stop.group().strip() == ":" and _FIGURES_HEADING_WORDS.search(line) is not None)


def own_unit(mentions: Sequence[Mention], network: Mention | None) -> Mention | None:
    """Whose "our figures" a release gives: the one subproject it names, else its main network."""
    projects = [m for m in mentions if m.type == "Subproject" and not m.generic]
    return projects[0] if len({m.key for m in projects}) == 1 else network


def topic_unit(mentions: Sequence[Mention], network: Mention | None) -> Mention | None:
    """The unit a release is about, for figures it gives without naming it: its one subproject where that comes
    before any network (a project's page or report), else its main network where it names no subproject; None
    where a network release names a subproject in passing."""
    projects = {m.key for m in mentions if m.type == "Subproject" and not m.generic}
    if not projects:
        return network
    first = next((m for m in mentions if m.type in ("Subproject", "StateNetwork") and not m.generic), None)
    return first if len(projects) == 1 and first is not None and first.type == "Subproject" else None
