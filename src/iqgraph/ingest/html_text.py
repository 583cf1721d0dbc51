"""HTML pages reduced to their main text: scripts, styles, navigation, headers, footers and banners dropped.

The stdlib parser walks the page once; block elements become line breaks and paragraphs. The main text is
the first <main>, else the longest <article>, else the body. `read_page` also returns the title, date,
publisher and source the page's <title>, <h1>, <meta> and canonical link give.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import TypeAlias

from .plain_text import plain

MIN_LETTERS = 20  # a region with fewer letters than this is not the page's text


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


_SKIP_TAGS = frozenset(
    "script style noscript template nav aside form button svg iframe select textarea dialog".split()  # noqa: SIM905
)
_PAGE_FURNITURE = frozenset({"header", "footer"})  # dropped unless inside <main> or <article>
_CONTAINERS = frozenset({"html", "body", "main", "article"})  # never dropped for their class or id
_FURNITURE_NAME = re.compile(
    r"navigation|menu|cookie|consent|banner|breadcrumb|(?<![a-z])nav(?:bar|i)?(?![a-z])", re.I
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())  # noqa: SIM905
_PARAGRAPH = frozenset(
    "p h1 h2 h3 h4 h5 h6 ul ol dl table blockquote pre figure section article main address details".split()  # noqa: SIM905
)
_LINE = frozenset("div li tr dt dd figcaption caption summary header footer hgroup".split())  # noqa: SIM905
_CELL = frozenset({"td", "th"})
_META = {
    "date": "date",
    "dc.date": "date",
    "dcterms.date": "date",
    "article:published_time": "date",
    "publisher": "publisher",
    "dc.publisher": "publisher",
    "og:site_name": "site",
    "author": "author",
    "og:url": "url",
}
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_LINE_SPACE = re.compile(r"[ \t\f\v]+")

Piece: TypeAlias = str | int  # text, or a break: 1 = new line, 2 = new paragraph


@dataclass
class _Open:
    tag: str
    skip: bool
    capture: list[Piece] | None = None


class _Page(HTMLParser):
    """Collects the text of the page, of each <main> and <article>, the <h1>s, <title> and metadata."""

    def __init__(self, by_attributes: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.by_attributes = by_attributes  # drop elements whose class, id or role says menu, cookie …
        self.stack: list[_Open] = []
        self.open: Counter[str] = Counter()  # tags in `stack`, so no step walks the whole stack
        self.skipped = 0  # elements in `stack` whose content is dropped
        self.captures: list[list[Piece]] = []  # the open <main>, <article> and <h1> elements' text
        self.body: list[Piece] = []
        self.regions: dict[str, list[list[Piece]]] = {"main": [], "article": []}
        self.h1s: list[str] = []
        self.title: list[str] = []
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag in ("meta", "link"):
            self._metadata(values)
        if tag in _VOID:
            self._emit(2 if tag == "hr" else 1 if tag == "br" else 0)
            return
        if tag in _CELL:
            self._emit(" ")
        self._push(_Open(tag, bool(self.skipped) or self._is_furniture(tag, values)))
        self._emit(_weight(tag))

    def handle_endtag(self, tag: str) -> None:
        while self.open[tag] and tag not in _VOID:
            if self._pop().tag == tag:
                return

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1].tag == "title":
            if self.skipped == 1:  # the <title> itself, not an <svg><title>
                self.title.append(data)
        else:
            self._emit(data if self.open["pre"] else _HTML_SPACE.sub(" ", data))

    def finish(self) -> None:
        self.close()
        while self.stack:
            self._pop()

    def _is_furniture(self, tag: str, attrs: dict[str, str]) -> bool:
        if tag in _SKIP_TAGS or tag == "title":
            return True
        if tag in _PAGE_FURNITURE:
            return not (self.open["main"] or self.open["article"])
        names = " ".join(attrs.get(k, "") for k in ("class", "id", "role"))
        return self.by_attributes and tag not in _CONTAINERS and bool(_FURNITURE_NAME.search(names))

    def _push(self, opened: _Open) -> None:
        self.stack.append(opened)
        self.open[opened.tag] += 1
        self.skipped += opened.skip
        if not opened.skip and opened.tag in ("main", "article", "h1"):
            opened.capture = []
            self.captures.append(opened.capture)
            if opened.tag != "h1":
                self.regions[opened.tag].append(opened.capture)

    def _pop(self) -> _Open:
        opened = self.stack.pop()
        self.open[opened.tag] -= 1
        self._emit(0 if opened.skip else _weight(opened.tag))
        self.skipped -= opened.skip
        if opened.capture is not None:
            self.captures.pop()
            if opened.tag == "h1":
                self.h1s.append(_render(opened.capture))
        return opened

    def _emit(self, piece: Piece) -> None:
        if self.skipped or piece in (0, ""):
            return
        self.body.append(piece)
        for capture in self.captures:
            capture.append(piece)

    def _metadata(self, attrs: dict[str, str]) -> None:
        if "canonical" in attrs.get("rel", "").lower().split() and attrs.get("href", "").strip():
            self.meta.setdefault("canonical", attrs["href"].strip())
        name = _META.get((attrs.get("name") or attrs.get("property") or "").strip().lower())
        if name and attrs.get("content", "").strip():
            self.meta.setdefault(name, " ".join(attrs["content"].split()))

    def main_text(self) -> str:
        """The first <main>, else the longest <article>, else the whole page, as plain text."""
        for regions in (self.regions["main"][:1], self.regions["article"]):
            best = max((_render(r) for r in regions), key=_letters, default="")
            if _letters(best) >= MIN_LETTERS:
                return best
        return _render(self.body)

    def fields(self, text: str) -> dict[str, str]:
        title = " ".join("".join(self.title).split())
        in_text = next((h for h in self.h1s if h and h in text), None)
        found = {
            "title": in_text or title or next((h for h in self.h1s if h), ""),
            "date": self.meta.get("date"),
            "publisher": self.meta.get("publisher") or self.meta.get("site") or self.meta.get("author"),
            "source": self.meta.get("canonical") or self.meta.get("url"),
        }
        return {k: v for k, v in found.items() if v}


def _weight(tag: str) -> int:
    return 2 if tag in _PARAGRAPH else 1 if tag in _LINE else 0


def _render(pieces: list[Piece]) -> str:
    """Text pieces and breaks -> lines with single spaces, paragraphs separated by one blank line."""
    parts: list[str] = []
    pending = 0
    for piece in pieces:
        if isinstance(piece, int):
            pending = max(pending, piece)
        elif piece.strip():
            if pending and parts:
                parts.append("\n" * pending)
            parts.append(piece)
            pending = 0
        elif not pending:
            parts.append(piece)
    lines = (_LINE_SPACE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def read_page(markup: str, by_attributes: bool) -> tuple[str, dict[str, str]]:
    page = _Page(by_attributes)
    page.feed(markup)
    page.finish()
    text = plain(unicodedata.normalize("NFC", page.main_text()))
    return text, page.fields(text)
