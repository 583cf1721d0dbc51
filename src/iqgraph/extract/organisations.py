"""The organisation-name grammar for names no gazetteer knows.

    NAME   := ADJ* HEAD COMPLEMENT* LEGALFORM? ("(" ABBR ")")?
    HEAD   := a noun ending in an organisation head (…ministerium, …agentur, Stiftung, …kammer, …)
    COMPL  := "für" PORTFOLIO | "des Landes" LAND | LAND | CITY | "der"/"des" GENITIVE-NAME | ACRONYM

"Ministerium für Wirtschaft, Arbeit und Wohnungsbau Baden-Württemberg", "Bildungswerk der Thüringer
Wirtschaft e. V.", "Regionaldirektion Baden-Württemberg der Bundesagentur für Arbeit" all parse. A
portfolio list ends at its "und" item, so "für Integration, Arbeit und Soziales sowie Alev Deniz" stops
before "sowie". Plurals ("Jobcentern", "Landesministerien") and indefinite mentions ("eine Stiftung") are
not names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .mentions import Mention
from .morphology import adjective_stem, nominative
from .persons import given_name_gender

_HEADS = tuple(sorted(lexicon.ORG_HEADS, key=len, reverse=True))
_HEAD_AT_END = re.compile(rf"(?P<head>{'|'.join(_HEADS)})(?:(?P<plural>en|n|ien|er)|s|es)?$")
_WORD = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w\-]*[\w]")
_CAP = r"[A-ZÄÖÜ][\w\-]*\w"
_PLACE = "|".join(re.escape(x) for x in sorted((*lexicon.LAENDER, *lexicon.CITIES), key=len, reverse=True))
_COMPLEMENTS = (
    re.compile(rf"\s+für\s+(?P<portfolio>{_CAP}(?:(?:\s*,\s*|\s+und\s+){_CAP})*)"),
    re.compile(rf"\s+des\s+(?:Landes|Freistaate?s)\s+(?:{_PLACE})"),
    re.compile(rf"\s+(?:{_PLACE})(?![\w-])"),
    re.compile(rf"\s+(?:der|des)\s+(?P<genitive>(?:{_CAP}\s+){{0,2}}{_CAP})"),
    re.compile(r"\s+(?P<acronym>[A-Z][A-Za-z]{1,5}[A-Z])(?![\w-])"),
    re.compile(r"\s+St\.\s+[A-ZÄÖÜ]\w+(?:\s+[A-ZÄÖÜ]\w+)?"),
)
# After a bare generic head, the name itself: "Stiftung Neue Arbeit", "Verein Arbeit und Leben".
_PROPER_NAME = re.compile(rf"[ \xa0]+(?P<proper>{_CAP}(?:[ \xa0]+(?:und[ \xa0]+)?(?!St\.){_CAP}){{0,2}})")
_NAMED_BY_LEGAL_FORM = re.compile(
    rf"(?<![\w-])(?P<name>{_CAP}(?:\s+(?:an|und|für|der|des|in|&)?\s*{_CAP}){{0,5}})\s+(?P<form>e\.\s?V\.|gGmbH|GmbH|mbH|gUG|eG|kAöR)(?![\w])"
)
_LEGAL = re.compile(r"\s*(?:e\.\s?V\.|gGmbH|GmbH|mbH|gUG|eG|kAöR|AöR)(?![\w])")
_ABBR = re.compile(r"\s*\((?P<abbr>[A-ZÄÖÜ][\w\-]{1,11})\)")
_GLUED = re.compile(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß])")
_TRAILING_ACRONYM = re.compile(r"\s+([A-Z][A-Za-z]{1,5}[A-Z])$")
_ABBR_BEFORE = re.compile(r"(?<![\w-])(?P<abbr>[A-ZÄÖÜ](?=[a-zäöü]*[A-ZÄÖÜ])[A-Za-zÄÖÜäöü]{1,7})\s*\($")
_INDEFINITE = re.compile(
    r"(?:ein|eine|einer|einem|einen|kein\w*|viele\w*|alle\w*|jede\w*|mehrere\w*)\s+$", re.I
)
_BARE_OK = ("ministerium", "senatsverwaltung", "staatskanzlei")  # name one body even without a complement


def find_organisations(text: str) -> list[Mention]:
    out = _by_legal_form(text)
    for match in _WORD.finditer(text):
        head = _head_suffix(match.group(0))
        if head is None or _INDEFINITE.search(text[max(0, match.start() - 20) : match.start()]):
            continue
        mention = _parse(text, match.start(), match.end(), head)
        if mention is not None:
            out.append(mention)
    return out


def _by_legal_form(text: str) -> list[Mention]:
    """ "Tür an Tür Integrationsprojekte gGmbH", "Verein Ausbildung und Arbeit e. V.": a legal form ends a name."""
    out = []
    for match in _NAMED_BY_LEGAL_FORM.finditer(text):
        words = match.group("name").split()
        while words and (
            words[0] in ("Der", "Die", "Das", "Beim", "Vom", "Im")
            or words[0].lower() in ("der", "die", "das")
        ):
            words = words[1:]
        if not words:
            continue
        start = text.index(words[0], match.start())
        label = re.sub(r"\s+", " ", text[start : match.end()])
        out.append(
            Mention(
                start, match.end(), "Organisation", "organisation:" + label.lower(), label, label, None, 1
            )
        )
    return out


@lru_cache(maxsize=65536)
def _head_suffix(word: str) -> str | None:
    """The organisation head a word ends in ("Arbeitsministeriums" -> "ministerium"); plurals are not names."""
    low = word.lower()
    if "netzwerk" in low or low.endswith(("handwerk", "handwerks")):
        return None
    match = _HEAD_AT_END.search(low)
    if match is None or match.group("plural"):
        return None
    return match.group("head")


def _parse(text: str, start: int, end: int, head: str) -> Mention | None:
    head_start = start
    start = _extend_left(text, start)
    if text[head_start:end].lower() in lexicon.ORG_HEADS:
        end = _proper_name_end(text, end)
    end, has_complement, genitive_at = _extend_right(text, end)
    has_complement = (
        has_complement
        or text[head_start:end].lower() not in lexicon.ORG_HEADS
        and " " in text[head_start:end]
    )
    glued = list(_GLUED.finditer(text, head_start, end))
    if (
        len(glued) > 1
    ):  # "IntegrationPressestelleTurmschanzenstraße": page lines run together; cut at the first
        end = glued[0].start()
    legal = _LEGAL.match(text, end)
    word = text[head_start:end].split()[0].lower().rstrip("s")
    bare_compound = word.endswith(_BARE_OK) and not word.startswith(_BARE_OK)
    named = has_complement or legal or start < head_start or bare_compound
    if not named:
        return None  # a bare "Stiftung" or "Zivilgesellschaft" is a common noun, not a name
    if legal:
        end = legal.end()
    abbreviation = None
    abbr = _ABBR.match(text, end)
    surface = text[start:end]
    trailing = _TRAILING_ACRONYM.search(surface)
    if trailing and " für " in surface:  # "Bundesinstitut für Berufsbildung BiBB": the acronym abbreviates
        abbreviation, surface = trailing.group(1), surface[: trailing.start()]
    if abbr and not abbr.group("abbr").isdigit():
        abbreviation = abbr.group("abbr")
        end = abbr.end()
    label = _label(surface, genitive_at - start if genitive_at else None)
    before = _ABBR_BEFORE.search(text, max(0, start - 12), start)
    if (
        before and not abbreviation and text.startswith(")", end)
    ):  # "IWT (Institut der Wirtschaft Thüringens)"
        abbreviation, start, end = before.group("abbr"), before.start(), end + 1
    type_ = lexicon.ORG_HEADS[head]
    if label in lexicon.MINISTRY_SHORT_FORMS:  # "das Bundesbildungsministerium": the BMBF by its full name
        return Mention(
            start,
            end,
            type_,
            f"{type_.lower()}:{label.lower()}",
            lexicon.MINISTRY_SHORT_FORMS[label],
            label,
            label,
            1,
        )
    return Mention(
        start, end, type_, f"{type_.lower()}:{label.lower()}", label, text[start:end], abbreviation, 1
    )


def _proper_name_end(text: str, end: int) -> int:
    match = _PROPER_NAME.match(text, end)
    if not match:
        return end
    words = match.group("proper").split()
    keep = []
    for word in words:
        if (
            given_name_gender(word)
            or word.lower().endswith(tuple(lexicon.ROLE_STEMS))
            or word in lexicon.NOT_NAMES
        ):
            break
        keep.append(word)
    while keep and keep[-1] == "und":
        keep.pop()
    if not keep:
        return end
    return text.index(keep[-1], end) + len(keep[-1])


def _extend_left(text: str, start: int) -> int:
    """Take the adjectives before the head: "Statistisches Bundesamt", "Thüringer Landesregierung"."""
    while True:
        prev = re.search(r"(?<![\w-])([A-ZÄÖÜ][\w\-]*)\s+$", text[max(0, start - 40) : start])
        if not prev:
            return start
        word = prev.group(1)
        if not (
            adjective_stem(word)
            or word in lexicon.LAND_ADJECTIVES
            or word.endswith("er")
            and word[:-2] in lexicon.CITIES
        ):
            return start
        start = start - (len(prev.group(0)))


def _extend_right(text: str, end: int) -> tuple[int, bool, int | None]:
    has_complement, genitive_at = False, None
    for _ in range(4):
        for pattern in _COMPLEMENTS:
            match = pattern.match(text, end)
            if match and _complement_ok(match):
                if match.groupdict().get("genitive"):
                    genitive_at = genitive_at or match.start()
                end = match.start() + len(_trim_portfolio(match))
                has_complement = True
                break
        else:
            break
    return end, has_complement, genitive_at


def _complement_ok(match: re.Match[str]) -> bool:
    genitive = match.groupdict().get("genitive")
    if genitive:
        words = genitive.split()
        if any(given_name_gender(w) for w in words[:1]) and len(words) > 1:
            return False  # "der Senatorin Elke Breitenbach" is a person, not a name part
        return not words[-1].lower().endswith(tuple(lexicon.ROLE_STEMS) + ("in", "innen", "ern"))
    return True


def _trim_portfolio(match: re.Match[str]) -> str:
    """An enumeration ends at its "und" item; without "und" it is a single item."""
    whole = match.group(0)
    portfolio = match.groupdict().get("portfolio")
    if not portfolio:
        return whole
    und = re.search(r"\s+und\s+\S+", portfolio)
    cut = portfolio[: und.end()] if und else portfolio.split(",")[0]
    return whole[: whole.index(portfolio) + len(cut)]


def _label(surface: str, genitive_offset: int | None) -> str:
    """Nominative of the part before any genitive attribute; the attribute stays as written."""
    surface = re.sub(r"\s+", " ", surface)
    if genitive_offset:
        return nominative(surface[:genitive_offset].strip()) + " " + surface[genitive_offset:].strip()
    return nominative(surface)
