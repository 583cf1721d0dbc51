"""Sentence spans and quotation marks: the layout of a release's text, with offsets kept intact.

SoMaJo splits sentences well but costs ~40 ms a release (STACK.md); the scale target leaves ~6 ms for
everything, so the splitter here is a compiled pattern plus an abbreviation list.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...models import Sentence
from .. import lexicon
from ..lexicon.events import MONTH_NAMES
from ..lexicon.names import PREDICATE_ROLE_NOUNS
from ..lexicon.places import PLACE_NAMES
from ..lexicon.projects import FINITE_AUXILIARIES

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
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
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))
_STREET_BEFORE = re.compile(r"[A-ZÄÖÜ][\w-]*str$")
_STREET_NUMBER = re.compile(r"\s+\d{1,4}[a-z]?\b")
_STREET_REACH = 40  # characters back over the street's name
_MONTH_AFTER = re.compile(rf"\s+(?:{_MONTH_WORDS}|\d)")

# Every quotation mark we read, mapped one character to one character so offsets survive.
QUOTE_CHARS = '„“”"»«‚‘’'
_TO_STRAIGHT_QUOTES = str.maketrans("„“”»«", '"' * 5)  # single marks stay: they double as apostrophes
_LOST_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s:(\[–-]))\?(?=[A-ZÄÖÜ0-9„\"])", re.MULTILINE)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences as spans of `text`: lines are never joined (`unwrap` joins wrapped ones first), and a line
    splits at sentence ends."""
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


def unwrap(text: str) -> str:
    """The text with each line break inside a wrapped sentence made a space (same length: offsets hold): where
    the next line goes on in small letters ("… vom Land gefördert\nund vom Verein umgesetzt"), and in a text
    wrapped at a fixed width, where a line ends without a mark and the next line's first word would not have
    fitted on it. Headings, datelines, names and list items keep their own lines."""
    lines = text.split("\n")
    layout = _wrap_layout(lines)
    quoting = _quotation_open_after(lines) if layout is not None else [False] * len(lines)
    out: list[str] = []
    opens = True  # whether the line opens a paragraph
    item = False  # whether the paragraph the line is in opens with a list item's mark
    for i, (line, following) in enumerate(itertools.pairwise(lines)):
        item = bool(_LIST_ITEM.match(line)) if opens else item
        after = lines[i + 2] if i + 2 < len(lines) else ""
        joined = _wraps(line, following, layout, item, after) or _quotation_goes_on(
            line, following, quoting[i], layout
        )
        out.append(line + (" " if joined else "\n"))
        opens = not joined
    return "".join(out) + lines[-1]


# Marks that open and close a quotation where opening and closing differ.
_QUOTE_OPENING, _QUOTE_CLOSING = "„»", "“”«"
_QUOTE_STRAIGHT = '"'  # opens where none is open and closes where one is („…" is written as often as „…“)


def _quotation_open_after(lines: list[str]) -> list[bool]:
    """For each line, whether a quotation opened in it or before it is still open at its end."""
    out, open_ = [], False
    for line in lines:
        if not line.strip():
            open_ = False  # a blank line ends a paragraph, and a quotation left open with it
        for char in line:
            if char in _QUOTE_OPENING:
                open_ = True
            elif char in _QUOTE_CLOSING:
                open_ = False
            elif char == _QUOTE_STRAIGHT:
                open_ = not open_
        out.append(open_)
    return out


def _quotation_goes_on(line: str, following: str, open_: bool, layout: _Layout | None) -> bool:
    """In a wrapped text, a line that ends a sentence inside a quotation still open goes on in the next line:
    the quotation and its speaker ("…“, sagte X") are one paragraph; so does a dash the wrap moved down ("zum
    Thema „Wozu warten?\n– Wege in Arbeit“")."""
    return (
        open_
        and bool(following.strip())
        and (not _LIST_ITEM.match(following) or _next_word_did_not_fit(line, following, layout))
        and len(line.split()) >= WRAP_MIN_WORDS
    )


# A line ends its sentence where it ends in a mark (perhaps closed by a quotation mark or bracket) that is no
# abbreviation's, initial's or ordinal's full stop: "Prof. Dr." or "am 3." at a line's end go on.
_CLOSED_END = re.compile(r"(?P<mark>[.!?…:;])[\"“”»«')\]]*\s*$")
_ABBREVIATION_END = re.compile(r"(?<![\w-])(?P<word>\w+)\.\s*$")
WRAP_MIN_WORDS = 4  # a shorter line (a heading, a dateline, a name) is no sentence wrapped at its end
_GOES_ON_SMALL = re.compile(r"\s*[a-zäöüß]")
_LIST_ITEM = re.compile(r"\s*(?:[-–•*·▪»›→►■◦✓✔]|\d{1,2}[.)]|[a-z]\))\s")  # "a) …" too
# "Seit\n15. Januar 2019 wird …": a day and its month at a line's start go on with a date, no list item.
_DATE_AT_LINE_START = re.compile(rf"\s*\d{{1,2}}\.\s+(?:{'|'.join(MONTH_NAMES)})(?!\w)")
WRAP_MAX_CHARS = 100  # no line of a text wrapped at a fixed width is longer
WRAP_SLACK = 20  # a wrapped line ends at most this short of the width: the next word did not fit
WRAP_MIN_WIDTH = 45  # texts are wrapped at 55 to 90 characters; a short text of short lines is a list
WRAPPED_LINES = 5  # lines that long a text needs to be taken as wrapped (a short release has a few)
_TABLE_CELL = " | "  # a table's row, never a wrapped line
WRAP_QUANTILE = 80  # percent of the lines within the width
# The width a text was wrapped at is at most this much beyond the length most lines stay within, and many lines
# reach it: it is the length of the third longest line.
WRAP_FILL_REACH = 10
WRAP_FILL_RANK = 3


@dataclass(frozen=True)
class _Layout:
    """How a text wrapped at a fixed width is laid out: `width`, the length most of its long lines stay within,
    and `fill`, the longest line of its paragraphs (the width it was wrapped at: a word that would have made a
    line longer went to the next one)."""

    width: int
    fill: int


def _wrap_layout(lines: list[str]) -> _Layout | None:
    width = _wrap_width(lines)
    if width is None:
        return None
    # a line of one word may be longer than the width (a link), one of two words or more is not; and a word
    # split over two lines and joined when the text was read ("Förder-\nprogramm") makes one or two longer
    longest = sorted(
        (
            n
            for line in lines
            if len(line.split()) > 1 and (n := len(line.rstrip())) <= width + WRAP_FILL_REACH
        ),
        reverse=True,
    )
    return _Layout(width, max([width, *longest[WRAP_FILL_RANK - 1 : WRAP_FILL_RANK]]))


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text is wrapped at, or None where it is not wrapped at a fixed width: the length most of its
    long lines stay within (a word joined back from the next line may push one or two beyond it)."""
    # a table's rows ("Projekt | Träger | Summe") are no sentences wrapped at a width
    body = sorted(len(line.rstrip()) for line in lines if line.strip() and _TABLE_CELL not in line)
    if len(body) < WRAPPED_LINES:
        return None
    width = body[len(body) * WRAP_QUANTILE // 100]
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_CHARS:
        return None
    return width if sum(n >= width - WRAP_SLACK for n in body) >= WRAPPED_LINES else None


_FIRST_WORD = re.compile(r"[ \t]*(?P<word>[^ \t]+)")


def _next_word_did_not_fit(line: str, following: str, layout: _Layout | None) -> bool:
    """In a text wrapped at a fixed width, whether the next line's first word would have made this line longer
    than the text's lines are: the wrap moved it down ("… der Chef der\nRegionaldirektion Nord"); where it would
    have fitted, the line ended there of its own (a heading, a name, a list's line)."""
    word = _FIRST_WORD.match(following)
    return (
        layout is not None and word is not None and len(line.rstrip()) + 1 + len(word["word"]) > layout.fill
    )


def _ends_a_sentence(line: str) -> bool:
    closed = _CLOSED_END.search(line)
    if closed is None:
        return False
    short = _ABBREVIATION_END.search(line) if closed.group("mark") == "." else None
    if short is None:
        return True
    word = short.group("word")
    if word.isdigit():
        return len(word) > 2  # "bis zum 31." goes on with its month; "im Jahr 2024." ends
    return len(word) > 1 and word.lower() not in _ABBREVIATIONS


_WORD_END = re.compile(r"[\w)]\s*$")


def _mark_wrapped_down(line: str, following: str, layout: _Layout | None, item: bool) -> bool:
    """ "… trafen sich die Teams von IQ Nord\n– Ost in Kassel": in a text wrapped at a fixed width, a dash or a
    number that opens the next line after a line ending in a word was moved down by the wrap where it would not
    have fitted, and opens no list item (unless the paragraph is an item: then it opens the next)."""
    return not item and bool(_WORD_END.search(line)) and _next_word_did_not_fit(line, following, layout)


# Lines that open a paragraph of their own after a sentence: a speaker's or a field's label ("Anna Muster: …",
# "Träger: …", "Frage: …"), an author's byline ("Von Anna Muster, 3. Mai 2024") and a letter's salutation or
# closing ("Mit freundlichen Grüßen").
LABEL_WORDS = 4  # the words of a label before its colon
_OWN_LINE = re.compile(
    rf"\s*(?:(?:[A-ZÄÖÜ][\w.'-]*\s+){{0,{LABEL_WORDS - 1}}}[A-ZÄÖÜ][\w.'-]*\s*:(?:\s|$)|Von\s+[A-ZÄÖÜ]"
    rf"|(?:{'|'.join(map(re.escape, lexicon.LETTER_CLOSINGS + lexicon.LETTER_SALUTATIONS))})(?!\w))"
)


def _paragraph_goes_on(line: str, following: str, after: str, layout: _Layout | None) -> bool:
    """ "… in Berlin stattfand.\nSchwerpunkt war …": in a text wrapped at a fixed width, a line ending a sentence
    before a line whose first word would not have fitted on it ends no paragraph: the wrap moved the word down.
    Unless the next line is a heading (it ends without a mark and is not wrapped itself) or a line of its own."""
    return (
        len(line.split()) >= WRAP_MIN_WORDS
        and not _LIST_ITEM.match(following)
        and not _OWN_LINE.match(following)
        and _next_word_did_not_fit(line, following, layout)
        and (_CLOSED_END.search(following) is not None or _next_word_did_not_fit(following, after, layout))
    )


def _wrapped_at_a_colon(line: str, layout: _Layout | None) -> bool:
    """ "… waren eingebunden:\nFrau X": in a text wrapped at a fixed width, a long line ending in a colon or a
    semicolon was wrapped after it (a field's label, "Träger:", stands on a short line of its own)."""
    closed = _CLOSED_END.search(line)
    return (
        closed is not None
        and closed.group("mark") in ":;"
        and layout is not None
        and len(line.rstrip()) >= layout.width - WRAP_SLACK
    )


def _wraps(line: str, following: str, layout: _Layout | None, item: bool = False, after: str = "") -> bool:
    """Whether `following` goes on with the sentence or paragraph `line` is in; `item`: the paragraph `line` is
    in opens with a list item's mark, so a line opening with one is the next item; `after`: the line after
    `following`."""
    if not following.strip():
        return False
    if _ends_a_sentence(line) and not _wrapped_at_a_colon(line, layout):
        return _paragraph_goes_on(line, following, after, layout)
    if _LIST_ITEM.match(following) and not _DATE_AT_LINE_START.match(following):
        return _mark_wrapped_down(line, following, layout, item)
    if line.lstrip().startswith(lexicon.LETTER_SALUTATIONS):
        return False  # "Sehr geehrte Frau X,": a letter's salutation has a line of its own
    if len(line.split()) < WRAP_MIN_WORDS:
        # a short line is a heading, a dateline or a name, unless long words filled it ("Beratungsstelle der\n…")
        return _next_word_did_not_fit(line, following, layout)
    return bool(_GOES_ON_SMALL.match(following)) or _next_word_did_not_fit(line, following, layout)


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
            and (word.lower() in _ABBREVIATIONS or len(word) == 1)
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


# Page furniture that states no fact of the release: photo credits ("© Foto: …", "Bild: …"), bylines ("Von Tom
# Beispiel", "Text: …", the author after a news page's date line), press-service tags ("(lifePR)", "(ots)"), cookie and traffic banners, and the date of a
# parenthesised dateline ("(Musterstadt, 20.04.2018)": the date of the release, not of what it reports).
_FURNITURE = (
    _SHORTCODE,
    # (a caption listing persons each with their body, "Foto: A (Verein X) und B (Stiftung Y)", is text: a credit
    # names one photographer or agency)
    re.compile(
        r"(?m)^[ \t]*(?:©\s*)?(?:Fotos?|Bild(?:er)?|Bildquelle|Quelle|Copyright)\s*:"
        rf"(?!{_PERSONS_WITH_BODIES})[^\n]*"
    ),
    re.compile(r"(?m)^[ \t]*©[^\n]*"),
    re.compile(r"(?m)^[ \t]*(?:Von|Text:|Autor(?:in)?:)[ \t]+(?:[A-ZÄÖÜ][\w\-.]*[ \t]*){1,4}$"),
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
    spans = list(_furniture(text))
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
