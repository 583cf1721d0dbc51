"""A carrier or coordination noun before the carrier: "Die Koordination des X liegt bei Y", "Träger ist Y", "Die
Trägerschaft liegt beim Verein Y, gefördert wird das Projekt X …", and what such a noun's unit is when the sentence
does not name it (a relative clause's antecedent, the unit named before, the unit of the next clause)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lexicon
from ...text.spans import Mention
from ..actors import CARRIERS, COORDINATED, MAIN_CLAUSE_AFTER_COMMA, RelationFinding, actors, listed_after
from .relatives import office_before_its_genitive, unit_before_a_particle, unit_before_comma
from .words import WORD_BEFORE, after_hosts, unit_of_the_next_clause

__all__ = ["antecedent", "carriers_by_noun", "governed"]

# "Die Koordination liegt bei …", "Träger ist …" name no network or project: they mean the one the text spoke
# of last.
_COORDINATION_NOUNS = (
    r"[Kk]oordin(?:ation|ierung)|[Tt]rägerschaft|Federführung|Projektleitung|Geschäftsführung|Geschäftsstelle"
)
_AS_CARRIER = r"[Aa]ls\s+(?:Projekt)?[Tt]räger(?:in)?\s+(?:fungiert|fungierte|agiert|agierte)\b"  # "Als Träger fungiert die Y"
_BARE_COORDINATION = re.compile(
    rf"\w*(?:{_COORDINATION_NOUNS})\s+(?:liegt|lag|ist|war|sitzt|saß)\b|[Ff]ederführend\s+(?:ist|war)\b"
    r"|(?:(?:Projekt)?[Tt]räger|Betreiber)(?:in|innen)?\s+(?:ist|war|sind|waren)\b"
    rf"|{_AS_CARRIER}|\s*(?:(?:Projekt)?[Tt]räger(?:in)?|(?:Netzwerk|Landes)?[Kk]oordination)\s*:"
)


_HOSTED_BEFORE = re.compile(
    rf"\b\w*(?:{_COORDINATION_NOUNS}|[Uu]msetzung|[Dd]urchführung)\b[^.]{{0,80}}?\b(?:liegt|lag|ist|war|sitzt|saß)\s+(?:[^.]{{0,40}}?\s)?(?:bei|beim)\b"
    # "Die Koordinierungsstelle des Netzwerks X liegt bei der Y" (an office that "ist bei" a body may be its guest)
    r"|\b\w*[Kk]oordin(?:ierungs|ations)stelle\b[^.]{0,80}?\b(?:liegt|lag)\s+(?:[^.]{0,40}?\s)?(?:bei|beim)\b"
    r"|\b(?:(?:Projekt|Durchführungs)?[Tt]räger|Betreiber)(?:in|innen)?\b[^.]{0,80}?\b(?:ist|war|sind|waren)\b|\b[Uu]nter\s+dem\s+Dach\s+(?:von|des|der)\b"
    rf"|\b{_AS_CARRIER}"
    # "Federführend ist die Y", "Federführend im IQ Netzwerk X ist die Y"
    r"|\b[Ff]ederführend\s+(?:(?:im|in\s+der|beim|bei\s+der|für\s+das|für\s+die)\s+[^.]{1,80}?\s)?(?:ist|war)\b"
    r"|\b(?:[Ii]n|[Uu]nter)\s+(?:der\s+)?Trägerschaft\s+(?:von|des|der)\b"
    r"|\b(?:dessen|deren)\s+(?:Gesamt|Netzwerk)?(?:Koordination|Koordinierung|Trägerschaft)\s+(?:bei|beim)\b"  # "X, dessen Koordination bei der Y liegt"
    # "Verantwortlich für das Projekt X ist die Y", "Zuständig für die Anlaufstelle X ist der Verein Y"
    r"|\b(?:Verantwortlich|Zuständig)\s+für\s+(?:das|den|die)\s[^.]{1,80}?\s(?:ist|war|sind|waren)\b"
    # "X liegt in den Händen der Y", "X liegt in der Verantwortung des Vereins Y", "X steht unter der Regie der Y"
    r"|\b(?:liegt|lag|liegen|lagen|steht|stand|stehen|standen)\s+(?:\w+\s+){0,2}?"
    r"(?:in\s+den\s+Händen|in\s+der\s+Verantwortung|unter\s+der\s+(?:Regie|Leitung|Verantwortung|Koordination|Federführung))"
    r"\s+(?:von|vom|des|der)\b"
    # fronted like "Unter dem Dach": "Unter der Koordination der Y arbeiten im IQ Netzwerk X zwölf Partner"
    r"|\b[Uu]nter\s+der\s+(?:Koordination|Koordinierung|Trägerschaft)\s+(?:von|vom|des|der)\b"
    r"|(?m:^[^\S\n]*(?:(?:Projekt)?[Tt]räger(?:in)?|(?:Netzwerk|Landes)?[Kk]oordin(?:ation|ierung))[^\S\n]*:)"  # a profile's field: "Träger: Y", "Koordination: Y"
)


def carriers_by_noun(
    text: str,
    sentence: tuple[int, int],
    ms: list[Mention],
    earlier: Mention | None,
    project: Mention | None,
    release_network: Mention | None = None,
) -> Iterator[RelationFinding]:
    """A carrier or coordination noun before the carrier: "Die Koordination des X liegt bei Y", "Träger ist Y";
    `release_network`: the release's network."""
    start, end = sentence
    for cue in _HOSTED_BEFORE.finditer(text, start, end):
        referent = antecedent(text, ms, start, cue.start())  # "das Projekt X, dessen Träger die Y ist"
        # (not past a semicolon: "…, deren Träger die Y war; als TP 2 das Projekt X in Trägerschaft der Z")
        hosts = actors(ms, cue.end(), _before_a_semicolon(text, cue.end(), cue.end() + _HOST_REACH)) or (
            actors(ms, *cue.span(), CARRIERS) if referent else []
        )
        network = (
            referent
            or [
                m
                for m in actors(ms, cue.start(), cue.end())
                if m.type in COORDINATED or not _PLACED_AT_BEFORE.search(text, start, m.start)
            ]
            or actors(ms, start, cue.start(), COORDINATED)  # what is carried: a network, project or office
            or after_hosts(text, ms, hosts)
            or _network_of_a_coordination_block(text, cue, earlier, release_network)
            or _carried_earlier(text, cue, earlier, project, start)
            or unit_of_the_next_clause(text, ms, hosts, end)
        )
        if hosts and network and hosts[0] is not network[0]:
            # "Träger sind die Volkshochschule X und der Verein Y": every carrier of the list
            carriers = (
                listed_after(text, ms, hosts[0].start, end, CARRIERS)
                if cue.group(0).endswith(("sind", "waren"))
                else []
            )
            # "Träger der Projekte „A“ und „B“ ist …": every unit of a list the sentence names
            units = (
                listed_after(text, ms, network[0].start, end, COORDINATED)
                if start <= network[0].start
                else []
            )
            for host in carriers or hosts[:1]:
                yield from (RelationFinding(unit, "hostedBy", host) for unit in units or network[:1])


_HOST_REACH = 80  # characters from the cue to the carrier
# A body the cue's span names after "bei"/"beim" is a carrier of a clause before, not what is carried: "Bis 2014
# war die Koordination bei der Stadt Y angesiedelt, seit 2015 liegt sie beim Verein Z"
_PLACED_AT_BEFORE = re.compile(r"\b(?:bei|beim)\s+(?:der\s+|dem\s+)?$")


def _before_a_semicolon(text: str, start: int, end: int) -> int:
    semicolon = text.find(";", start, end)
    return end if semicolon < 0 else semicolon


# A relative clause about a unit: "das Projekt „X“, das von der Y getragen wird", "…, dessen Träger die Y ist".
_RELATIVE_OPENING = re.compile(r",\s+(?:das|die|der|dessen|deren|welche[sr]?)\s")


def antecedent(text: str, ms: list[Mention], sentence_start: int, pos: int) -> list[Mention]:
    """The unit right before the comma of the relative clause `pos` stands in, if it stands in one."""
    openings = [
        o
        for o in _RELATIVE_OPENING.finditer(text, sentence_start, pos)
        if not MAIN_CLAUSE_AFTER_COMMA.match(text, o.start())  # "…, das Projekt ist …": an article
    ]
    if not openings:
        return []
    comma = openings[-1].start()
    # or put after the particle closing the main clause: "… arbeitet mit dem Netzwerk X zusammen, das von der Y …"
    return (
        office_before_its_genitive(text, ms, sentence_start, comma)
        or unit_before_comma(ms, sentence_start, comma)
        or unit_before_a_particle(text, ms, sentence_start, comma)
    )


def governed(text: str, start: int, pos: int) -> bool:
    """A unit after a preposition (an article and an opening mark may stand between) or in a genitive is no
    subject of a passive: "Die Anlaufstelle ist ein Teilprojekt des IQ Netzwerks X und wird von der Y getragen",
    "Das Projekt gehört zum Netzwerk X und wird …" (Y carries the Anlaufstelle, not the network)."""
    words = [w.lower() for w in text[max(start, pos - 2 * WORD_BEFORE) : pos].split()]
    if words and words[-1] in _OPENING_MARKS:  # "im „X“"
        words.pop()
    if words and words[-1] in _GOVERNING:
        return True
    return len(words) > 1 and words[-1] in _ARTICLES_AFTER_A_PREPOSITION and words[-2] in _GOVERNING


_GOVERNING = lexicon.PREPOSITIONS | {"des"}


_ARTICLES_AFTER_A_PREPOSITION = frozenset({"der", "dem", "den", "des", "einem", "einer", "eines"})


_OPENING_MARKS = frozenset({"„", "“", '"'})


# "Sie arbeitet unter dem Dach des …", "Anfangs arbeiteten wir unter der Trägerschaft der …" (a project's own page):
# a pronoun subject means the project or network spoken of last.
_PRONOUN_SUBJECT = re.compile(r"(?:^\s*(?:Sie|Es|Er|Wir)|\s(?:wir|sie|es|er))\s")


# "Träger ist …" (not "Koordination"): what is carried is a project rather than the network the same sentence
# before placed it in ("Das Projekt X ist ein Teilprojekt des IQ Netzwerks Y. Träger ist die Z.").
_BARE_CARRIER = re.compile(r"(?:(?:Projekt)?[Tt]räger|Betreiber)(?:in)?\b")


def _carried_earlier(
    text: str, cue: re.Match[str], earlier: Mention | None, project: Mention | None, sentence_start: int
) -> list[Mention]:
    if earlier is None or not _means_earlier(text, sentence_start, cue.start()):
        return []
    if _under_a_heading_of_its_own(text, cue.start(), earlier):
        return []
    between = text[min(project.end, earlier.end) : max(project.start, earlier.start)] if project else ""
    # the project and its network in one sentence, or the network only the object of a preposition in the
    # project's paragraph ("Die Stelle X berät in Y. Sie gehört zum IQ Netzwerk Z. Träger ist …": the Stelle's)
    placed_together = (
        project is not None
        and earlier.type == "StateNetwork"
        and (
            "." not in between
            or ("\n\n" not in text[project.start : cue.start()] and governed(text, 0, earlier.start))
        )
    )
    return [project] if placed_together and project and _BARE_CARRIER.match(text, cue.start()) else [earlier]


# A coordination field opening a block of its own: "1. Brücke Nord, Lernort e. V.\n\nKoordination: Y" (a network's
# page listing its projects, then who coordinates it; a project has its carrier).
_COORDINATION_FIELD = re.compile(r"[^\S\n]*(?:Netzwerk|Landes)?[Kk]oordin(?:ation|ierung)[^\S\n]*:")
_BLANK_LINE_ABOVE = re.compile(r"\n[^\S\n]*\n$")
_BLANK_REACH = 20  # characters back over the blank line's spaces


def _network_of_a_coordination_block(
    text: str, cue: re.Match[str], earlier: Mention | None, network: Mention | None
) -> list[Mention]:
    if network is None or earlier is None or earlier.type != "Subproject":
        return []
    line_start = text.rfind("\n", 0, cue.start()) + 1
    field = _COORDINATION_FIELD.match(text, line_start)
    blank = _BLANK_LINE_ABOVE.search(text, max(0, line_start - _BLANK_REACH), line_start)
    return [network] if field and blank else []


# A heading line: a few words, no colon, no closing stop ("Job-Brücke", "Werkstatt Zukunft Kiel").
_HEADING_LINE = re.compile(r"[^\S\n]*[A-ZÄÖÜ„\"»][^\n:.!?]{1,80}[^\s.:!?,;][^\S\n]*")


def _under_a_heading_of_its_own(text: str, cue_start: int, earlier: Mention) -> bool:
    """ "Brücke Nord\nTräger: A\n\nJob-Brücke\nTräger: B": a carrier's field right under a heading line that does not
    name the unit spoken of before is the heading's (a unit left unread), not that unit's."""
    line_start = text.rfind("\n", 0, cue_start) + 1
    if text[line_start:cue_start].strip() or line_start < 2:
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    heading = _HEADING_LINE.fullmatch(text, above_start, line_start - 1)
    return heading is not None and not above_start <= earlier.start < line_start


def _means_earlier(text: str, sentence_start: int, cue_start: int) -> bool:
    return (
        _BARE_COORDINATION.match(text, cue_start) is not None
        or _PRONOUN_SUBJECT.search(text[sentence_start:cue_start]) is not None
    )
