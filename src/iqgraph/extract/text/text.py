"""Sentence spans and quotation marks: the layout of a release's text, with offsets kept intact.

SoMaJo splits sentences well but costs ~40 ms a release (STACK.md); the scale target leaves ~6 ms for
everything, so the splitter here is a compiled pattern plus an abbreviation list. Lines a release wrapped are
joined before (wrapped_lines.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...models import Sentence
from .. import lexicon
from ..lexicon.names import PREDICATE_ROLE_NOUNS
from ..lexicon.places import PLACE_NAMES
from ..lexicon.projects import FINITE_AUXILIARIES

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "dr",
        "prof",
        "nr",
        "bzw",
        "ca",
        "vgl",
        "z",
        "b",
        "zb",
        "u",
        "a",
        "ua",
        "d",
        "h",
        "dh",
        "e",
        "v",
        "ev",
        "st",
        "str",
        "stellv",
        "gem",
        "inkl",
        "evtl",
        "ggf",
        "sog",
        "usw",
        "etc",
        "abs",
        "mio",
        "mrd",
        "tsd",
        "jan",
        "feb",
        "febr",
        "mär",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dez",
        "hr",
        "fr",
        "mdb",
        "mdl",
        "dipl",
        "mag",
        "ing",
        "rer",
        "nat",
        "phil",
        "jur",
        "med",
        "geb",
        "ehem",
        "insb",
        "lt",
        "v",
        "l",
        "n",
        "r",
        "vlnr",
        "sen",
        "jr",
        "bd",
        "min",
        "max",
        "tel",
        "fax",
        "ff",
        "co",  # "GmbH & Co. KG"; a period after "GmbH" or "KG" themselves ends a sentence: they are never short
        "rd",
        "bspw",
        "insbes",
        "abt",  # "in der Abt. Pflege": a department written short
        "ziff",
        "zzt",
        "zzgl",
        "bzgl",
        "allg",
        "hrsg",
        "dt",
        "vs",
        # role titles written short ("Ref. Grundsatzfragen", "Abt.-Ltr. Beratung"): the title goes on
        *(re.findall(r"(\w+)\.$", a)[0].lower() for a in lexicon.ROLE_ABBREVIATIONS if a.endswith(".")),
    ]
)
_MONTH_WORDS = (
    "Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
)
# The run of marks is taken whole (a lookahead is atomic): no backtracking through a long run of periods.
# A period after a one-letter word ("A. Beispiel") ends no sentence (`_is_sentence_end`): not even tried,
# since "A. " repeated would be a call for every letter.
_BOUNDARY = re.compile(
    r"(?!(?<=\w)(?<!\w\w)(?<!e\.\sV)(?<!e\.V)\.\s)(?=(?P<marks>[.!?…]+))(?P=marks)[\"“”»«'‘’)]?(?=\s+)"
)  # ... except the "V." of "e. V.", which may end a sentence
_NEXT_WORD = re.compile(r"\s+([\"„“»«(\[]?)(\S+)")
_ORDINAL_BEFORE = re.compile(r"\b\d{1,2}\.$")
# An ordinal after an article, a contracted preposition or a possessive: "das 10. Netzwerktreffen", "zum 25. Mal".
_DETERMINED_ORDINAL = re.compile(
    r"(?<![\w-])(?:[Dd](?:er|ie|as|en|em|es)|[Zz]um|[Zz]ur|[Aa]m|[Ii]m|[Bb]eim|[Vv]om|[Ii]hr(?:e[mnrs]?)?"
    r"|[Ss]ein(?:e[mnrs]?)?|[Uu]nser(?:e[mnrs]?)?)\s+\d{1,2}\.$"
)
_ORDINAL_REACH = 12  # characters before the dot in which the article and the number stand
_LAST_WORD = re.compile(r"\w+$")
_WORD_CHAR = re.compile(r"\w")
_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))
_STREET_BEFORE = re.compile(r"[A-ZÄÖÜ][\w-]*str$")
_STREET_NUMBER = re.compile(r"\s+\d{1,4}[a-z]?\b")
_STREET_REACH = 40  # characters back over the street's name
_MONTH_AFTER = re.compile(rf"\s+(?:{_MONTH_WORDS}|\d)")

# Every quotation mark we read, mapped one character to one character so offsets survive.
QUOTE_CHARS = '„“”"»«‚‘’'
_TO_STRAIGHT_QUOTES = str.maketrans("„“”»«", '"' * 5)  # single marks stay: they double as apostrophes
_LOST_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s:(\[–-]))\?(?=[A-ZÄÖÜ0-9„\"])", re.MULTILINE)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences as spans of `text`: lines are never joined (`wrapped_lines.unwrap` joins wrapped ones first),
    and a line splits at sentence ends."""
    sentences: list[Sentence] = []
    for line_start, line in _lines(text):
        for start, end in _split_line(line):
            chunk = line[start:end]
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                trail = len(chunk.rstrip())
                s, e = line_start + start + lead, line_start + start + trail
                sentences.append(Sentence(len(sentences), s, e, text[s:e]))
    return tuple(sentences)


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


# A short quotation: a slogan or a name whose full stops end no sentence („Begleitet. Qualifiziert. Anerkannt“).
# Bounded, so that finding them stays linear in the line.
_SHORT_QUOTE_CHARS = 60
_SHORT_QUOTE = re.compile(
    rf"„[^„“”\"\n]{{1,{_SHORT_QUOTE_CHARS}}}[“”\"]|\"[^„“”\"\n]{{1,{_SHORT_QUOTE_CHARS}}}\"|»[^»«\n]{{1,{_SHORT_QUOTE_CHARS}}}«"
)


def _split_line(line: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    quotes = [q.span() for q in _SHORT_QUOTE.finditer(line)]
    at = 0  # quotes ending before the boundary are passed once: one walk through both lists
    for match in _BOUNDARY.finditer(line):
        end = match.end()
        while at < len(quotes) and quotes[at][1] <= match.start():
            at += 1
        inside = at < len(quotes) and quotes[at][0] < match.start() and end < quotes[at][1]
        if not inside and _is_sentence_end(line, match.start(), end):
            spans.append((start, end))
            start = end
    spans.append((start, len(line)))
    return spans


# "… beim Verein Lernwerk e. V. Bereits 2019 …": a legal form ends its name, and a capitalised word after it that
# is followed by a small-letter word or a number opens the next sentence (not "e. V. Kassel", a seat).
_LEGAL_FORM_END = re.compile(r"(?<![\w-])e\.\s?V$")
_CLAUSE_OPENING = re.compile(r"\s+(?P<word>[A-ZÄÖÜ][a-zäöüß]+)\s+(?P<next>\S)")
_FUNCTION_WORDS = lexicon.DETERMINERS | lexicon.PREPOSITIONS
# The words after a role noun up to the next mark, in which a finite verb shows it opens a sentence of its own:
# enough for a genitive and a coordinated place ("Träger der Stelle in Kassel und Fulda ist …").
ROLE_NOUN_PHRASE_WORDS = 8
_ROLE_NOUN_PHRASE = re.compile(rf"(?:\s+[^\s.,;:!?…()\"„“”»«–]+){{1,{ROLE_NOUN_PHRASE_WORDS}}}")
_FINITE = frozenset(FINITE_AUXILIARIES)


def _legal_form_then_a_clause(line: str, dot: int, end: int) -> bool:
    if _LEGAL_FORM_END.search(line, max(0, dot - 4), dot) is None:
        return False
    opening = _CLAUSE_OPENING.match(line, end)
    if opening is None or opening.group("word") in PLACE_NAMES:
        return False  # "Lernwerk e. V. Kassel": the body's seat
    if opening.group("word") in PREDICATE_ROLE_NOUNS:
        return _opens_with_a_verb(line, opening.end("word"))
    return opening.group("word").lower() in _FUNCTION_WORDS or not opening.group("next").isupper()


def _opens_with_a_verb(line: str, start: int) -> bool:
    """Whether a finite verb follows the role noun at `start` within its phrase: "Partner sind die Städte" opens a
    sentence, "Partner im IQ Netzwerk Hessen" goes on with the one before."""
    phrase = _ROLE_NOUN_PHRASE.match(line, start)
    return phrase is not None and any(word in _FINITE for word in phrase.group().split())


def _is_sentence_end(line: str, dot: int, end: int) -> bool:
    # one full stop, perhaps closed by a quotation mark or bracket: "e. V.“ (Kurzform)" goes on
    if line[dot] == "." and (end - dot == 1 or line[dot + 1] not in ".!?…"):
        word = _word_before(line, dot)
        if (
            word
            and (word.lower() in ABBREVIATIONS or len(word) == 1)
            and not _legal_form_then_a_clause(line, dot, end)
        ):
            return False
        if _STREET_NUMBER.match(line, end) and _STREET_BEFORE.search(line, max(0, dot - _STREET_REACH), dot):
            return False  # "in der Goethestr. 5": a street written short, its house number after it
        if _ORDINAL_BEFORE.search(line, max(0, dot - 3), dot + 1) and _MONTH_AFTER.match(line, end):
            return False
        if _DETERMINED_ORDINAL.search(line, max(0, dot - _ORDINAL_REACH), dot + 1):
            return False  # "fand das 10. Netzwerktreffen statt": a number after an article counts, it ends nothing
    nxt = _NEXT_WORD.match(line, end)
    if not nxt:
        return False
    if line[dot] in "!?" and nxt.group(1) == "(":
        return (
            False  # a name called out, its attribute in brackets: "das Projekt Los jetzt! (Träger: Y) berät"
        )
    following = nxt.group(2)
    return following[:1].isupper() or following[:1].isdigit() or bool(nxt.group(1))


def _word_before(line: str, end: int) -> str | None:
    """The word ending at `end`, looked for in a short window: a longer word is no abbreviation and no
    initial, so it comes back as None like no word at all (no search back through the whole line)."""
    start = max(0, end - _LONGEST_ABBREVIATION - 1)
    word = _LAST_WORD.search(line, start, end)
    if word is None or (word.start() == start and start > 0 and _WORD_CHAR.match(line, start - 1)):
        return None
    return word.group()


def normalise_quote_marks(text: str) -> str:
    """The text with every quotation mark (and a '?' standing for a lost mark) as '"', same length."""
    return restore_lost_quote_marks(text).translate(_TO_STRAIGHT_QUOTES)


def restore_lost_quote_marks(text: str) -> str:
    """The text with each pair of '?' that stands for lost quotation marks ("sagte: ?Wir beginnen.?", "das
    Projekt ?Lotsenhaus? berät") as „ and “, same length, so names and quotes in such a text read as they
    were written. An opening '?' follows a space or the line's start and comes before a capital or digit
    (no question mark does); its closing one is the next '?' of the paragraph before a space or punctuation."""
    if "?" not in text:
        return text
    chars = list(text)
    for match in _LOST_OPEN.finditer(text):
        if chars[match.start()] != "?":  # already taken as the closing mark of a pair before
            continue
        close = _lost_close(text, match.end())
        if close is not None:
            chars[match.start()] = "„"
            chars[close] = "“"
    return "".join(chars)


def _lost_close(text: str, start: int) -> int | None:
    """The '?' closing a quote whose opening mark was lost, in the same paragraph."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    for match in re.finditer(r"\?(?=[\s,.;:)–-]|$)", text[start:end]):
        return start + match.start()
    return None


def quote_spans(shadow: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted passage's text (marks excluded), paired within a paragraph.

    A mark left open at the end of a paragraph opens a quote the excerpt cut off: it runs to that end.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for paragraph in shadow.split("\n"):
        marks = [m.start() for m in re.finditer('"', paragraph)]
        if len(marks) % 2:
            marks.append(len(paragraph.rstrip()))
        for open_at, close_at in zip(marks[0::2], marks[1::2], strict=False):
            spans.append((pos + open_at + 1, pos + close_at))
        pos += len(paragraph) + 1
    return spans


# WordPress and similar shortcodes ("[av_testimonial …]", "[/vc_column]"): page furniture, never text.
_SHORTCODE = re.compile(r"\[/?[a-z][a-z0-9_\-]*(?:\s[^\]\n]*)?\]")


# A line listing two persons or more, each with their body in brackets: "A (Verein X) und B (Stiftung Y)".
_PERSONS_WITH_BODIES = r"[^\n]*?\([^()\n]+\)[ \t]*(?:,|und|sowie)[ \t]+[A-ZÄÖÜ][^()\n]*\([^()\n]+\)"
_CAPTION_OF_PERSONS = re.compile(_PERSONS_WITH_BODIES)


def lists_persons_with_bodies(text: str, pos: int) -> bool:
    """Whether the line from `pos` lists persons each with their body: a photo's caption, no credit."""
    return _CAPTION_OF_PERSONS.match(text, pos) is not None


# A caption's order of the persons in the picture: "(v. l.)", "v. l. n. r.", "(von links)"
_FROM_THE_LEFT = r"(?:\(?v\.[ \t]?l\.|\(?von links)"


# An author's names in a byline: "Tom Beispiel", "Tom Beispiel und Ina Muster", up to four words each.
_AUTHOR = r"(?:[A-ZÄÖÜ][\w\-.]*[ \t]*){1,4}"
_AUTHORS = rf"{_AUTHOR}(?:(?:und|/|,)[ \t]*{_AUTHOR})?"


# Page furniture that states no fact of the release: photo credits ("© Foto: …", "Bild: …"), bylines ("Von Tom
# Beispiel", "Text: …", an interviewer's credit, the author after a news page's date line), press-service tags
# ("(lifePR)", "(ots)"), tag lines, comment counters, teasers of other articles, cookie and traffic banners, and
# the date of a parenthesised dateline ("(Musterstadt, 20.04.2018)": the date of the release, not of what it reports).
_FURNITURE = (
    _SHORTCODE,
    # (a caption listing persons each with their body, "Foto: A (Verein X) und B (Stiftung Y)", or in their order
    # in the picture, "Bild: A, B und C (v. l.)", is text: a credit names one photographer or agency)
    re.compile(
        r"(?m)^[ \t]*(?:©\s*)?(?:Fotos?|Bild(?:er)?|Bildquelle|Quelle|Copyright)\s*:"
        rf"(?!{_PERSONS_WITH_BODIES})(?![^\n]*{_FROM_THE_LEFT})[^\n]*"
    ),
    re.compile(r"(?m)^[ \t]*©[^\n]*"),
    re.compile(
        rf"(?m)^[ \t]*(?:Von|Text:|Autor(?:in)?:|Interview:|Fragen:|Redaktion:|Mitarbeit:)[ \t]+{_AUTHORS}$"
    ),
    # the interviewer's credit as a sentence: "Das Gespräch führte Tom Beispiel.", "Die Fragen stellte …"
    re.compile(
        rf"(?m)^[ \t]*(?:Das (?:Gespräch|Interview)|Die Fragen)[ \t]+(?:führte|stellte)n?[ \t]+{_AUTHORS}\.?[ \t]*$"
    ),
    # "BLOG | 12.02.2025 | von Tom Beispiel": the author in a header line of cells
    re.compile(rf"(?m)^[^\n]*\|[ \t]*[Vv]on[ \t]+(?P<author>{_AUTHORS})(?:\|[^\n]*)?$"),
    # a post's tag line: "Schlagwörter: Praktikum, IQ, Sachsen" names topics, states nothing
    re.compile(r"(?m)^[ \t]*(?:Schlagw(?:örter|orte)|Stichw(?:örter|orte)|Tags|Kategorien)[ \t]*:[^\n]*"),
    # a news page's comment counter: "12 Kommentare", "Kommentare (3)"
    re.compile(r"(?m)^[ \t]*(?:\d+[ \t]+(?:Leser)?[Kk]ommentare?|Kommentare?[ \t]*\(\d+\))[ \t]*$"),
    # a teaser of other articles: "Lesen Sie auch: …" on its line, or the cue alone and up to three headlines
    # after it (short lines without a sentence's end)
    re.compile(
        rf"(?m)^[ \t]*(?:{'|'.join(lexicon.TEASER_CUES)})(?:[ \t]*:[ \t]*\S[^\n]*"
        r"|[ \t]*:?[ \t]*(?:\n\s*[^\s][^\n]{0,120}(?<![.!?“\"])(?=\n|$)){0,3}(?=\n|$))"
    ),
    # "05.02.2018 | Petra Beispiel": a news page's date line with its author
    re.compile(
        r"(?m)^[ \t]*\d{1,2}\.\d{1,2}\.\d{4}[ \t]*\|[ \t]*(?P<author>(?:[A-ZÄÖÜ][\w\-.]*[ \t]*){1,4})$"
    ),
    re.compile(r"\((?:lifePR|ots|openPR|pressrelations|pm|dpa|epd|kna|AFP|idw|red)\)"),
    re.compile(r"(?m)^[^\n]*\bCookies?\b[^\n]*$"),
    re.compile(r"(?m)^[ \t]*(?:Verkehrsmeldung|Verkehrshinweis|Staumeldung)\b[^\n]*"),
    re.compile(
        r"(?m)^[ \t]*(?:\(\w+\)[ \t]*)?\([A-ZÄÖÜ][^,()\n]{1,40},[ \t]*(?P<date>\d{1,2}\.[ \t]?\d{1,2}\.[ \t]?\d{2,4})\)"
    ),
)


def blank_furniture(text: str) -> str:
    """The text with page furniture replaced by spaces of the same length, so offsets stay exact."""
    return blank_spans(text, list(_furniture(text)))


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span replaced by spaces of the same length, so offsets stay exact."""
    if not spans:
        return text  # no copy of a long text character by character for nothing
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _furniture(text: str) -> Iterator[tuple[int, int]]:
    for pattern in _FURNITURE:
        for match in pattern.finditer(text):
            part = next((g for g in ("date", "author") if g in pattern.groupindex), 0)  # else all of it
            yield match.span(part)
