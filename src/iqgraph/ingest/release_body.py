"""A release's body and metadata fields: a leading `---` front-matter block parsed and removed, HTML
reduced to its main text, the title found, and the letters left counted.

E.g. "---\\ntitle: Fachtag in Kiel\\ndate: unbekannt\\n---\\n\\nDas Netzwerk lädt ein …" -> the body
"Das Netzwerk lädt ein …" and the fields {"title": "Fachtag in Kiel", "date": "unbekannt"}; `known`
then reads the date as missing.
"""

from __future__ import annotations

import re

from .html_text import read_page
from .plain_text import plain

MIN_LETTERS = 20  # fewer letters than this after removing markup: not a release
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<block>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FIELD = re.compile(r"^(?P<key>[A-Za-z][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.M)
_LEADING_BLANK_LINES = re.compile(r"\A\s*\n")
_UNKNOWN = frozenset({"", "unknown", "unbekannt", "n/a", "none", "null", "~", "-"})


def plain_document(text: str) -> tuple[str, dict[str, str]]:
    fields, body = _split_front_matter(plain(text))
    return _LEADING_BLANK_LINES.sub("", body).rstrip(), fields


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """A leading `---` block of `key: value` lines -> (fields with lower-case keys, the rest)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields: dict[str, str] = {}
    for line in _FIELD.finditer(match["block"]):
        fields.setdefault(line["key"].lower(), _unquote(line["value"]))
    return (fields, text[match.end() :]) if fields else ({}, text)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def known(value: str | None) -> str | None:
    """The value, or None when it is missing or says it is unknown ("unknown", "unknown (probably …)")."""
    if value is None:
        return None
    lowered = value.strip().lower()
    return None if lowered in _UNKNOWN or lowered.startswith("unknown (") else value.strip()


def first_line(text: str, fmt: str) -> str | None:
    line = next((line.strip() for line in text.split("\n") if line.strip()), None)
    if line and fmt == "md":
        line = line.lstrip("#").strip() or line
    return line


def letters_in(text: str, enough: int = MIN_LETTERS) -> int:
    """The letters of `text`, counted up to `enough`: all the callers ask, and counting every letter of a long
    release took half a second per MB."""
    count = 0
    for ch in text:
        if ch.isalpha():
            count += 1
            if count == enough:
                break
    return count


def html_document(text: str) -> tuple[str, dict[str, str]]:
    """HTML -> (main text, metadata); front matter, if any, wins over the page's own metadata."""
    front, markup = _split_front_matter(text)
    front = {key: plain(value) for key, value in front.items()}  # the page's text is made plain by read_page
    body, fields = read_page(markup, by_attributes=True)
    if letters_in(body) < MIN_LETTERS:  # a wrapper whose class says "menu" must not cost the whole page
        body, fields = read_page(markup, by_attributes=False)
    return body, fields | front


def with_title(text: str, title: str | None) -> str:
    first = next((line for line in text.split("\n") if line.strip()), "")
    if not title or " ".join(first.split()) == " ".join(title.split()):
        return text
    return f"{title}\n\n{text}"
