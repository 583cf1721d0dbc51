"""Release files: find them, read them safely, and turn each into a `Release` (main text and metadata).

Reading is the one place where bytes become text:

1. size: over `max_bytes` -> TooLargeError; no bytes, or only white space -> EmptyReleaseError.
2. binary: a PDF, image, ZIP or MS Office signature, or NUL bytes -> NotTextError. A UTF-16 or UTF-32 file
   *with* a byte-order mark is decoded instead (Windows editors save "Unicode" text that way).
3. decoding: UTF-8 (a BOM is dropped); else UTF-8 with a few stray cp1252 bytes when valid UTF-8 sequences
   clearly outnumber them ("utf-8+cp1252"); else cp1252 when bytes 0x80-0x9F occur (they hold „ “ – € in
   cp1252 and only control characters in latin-1); else latin-1. Text still full of control characters
   is rejected. charset-normalizer is not used: on short German texts it answers cp1250 or even big5.
4. "\r\n", "\r", U+2028 and U+2029 become "\n", and the text is normalised to NFC, once, here.
5. a leading `---` front-matter block (title, date, publisher, source) is parsed and removed; HTML is
   reduced to its main text; the text kept is made plain once (`plain_text.py`: soft hyphens and zero-width
   spaces dropped, words hyphenated at a line end joined); fewer than MIN_LETTERS letters left -> NoContentError.

`Release.text` is what the extractor reads and what every offset points into.

This module reads (1, `read_release`); the other steps live beside it: finding release files in
`release_files.py`, 2-4 in `release_decoding.py`, 5 in `release_body.py`, the release's number and date in
`release_metadata.py`, its key in `release_keys.py`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

from ..errors import (
    EmptyReleaseError,
    NoContentError,
    NotAFileError,
    ReleaseError,
    TooLargeError,
)
from ..models import Release
from ..rdf.quads import iri_problem
from .release_body import (
    MIN_LETTERS,
    first_line,
    html_document,
    known,
    letters_in,
    plain_document,
    with_title,
)
from .release_decoding import decode
from .release_files import FORMATS, RELEASE_SUFFIXES, discover, not_a_release_file
from .release_keys import release_key
from .release_metadata import field_date, header_lines, release_date, release_number

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MIN_LETTERS",
    "RELEASE_SUFFIXES",
    "discover",
    "not_a_release_file",
    "read_release",
    "release_key",
]

DEFAULT_MAX_BYTES = 5 * 2**20


# -- reading -----------------------------------------------------------------------------------------


def read_release(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, root: Path | None = None) -> Release:
    """Read one release file; raise a ReleaseError subclass naming the file and the problem.

    `root` is the folder the corpus lives in: a file in a subfolder of it gets the folder in its key.
    """
    path = Path(path)
    raw = _read_bytes(path, max_bytes)
    decoded, encoding = decode(path, raw)
    fmt = _format(path, decoded)
    body, fields = html_document(decoded) if fmt == "html" else plain_document(decoded)
    letters = letters_in(body)
    if letters < MIN_LETTERS:
        reason = f"no release text: {letters} letters left after removing markup and front matter"
        raise NoContentError(path, f"{reason} (at least {MIN_LETTERS} needed)")
    title = known(fields.get("title")) or first_line(body, fmt)
    text = with_title(body, title) if fmt == "html" else body
    header = header_lines(title, text)
    date, precision = release_date(fields, header)
    number, year = release_number(header)
    source = known(fields.get("source"))
    return Release(
        path=path,
        key=release_key(path, root),
        text=text,
        content_hash="sha256:" + hashlib.sha256(raw).hexdigest(),
        format=fmt,
        title=title,
        date=date,
        date_precision=precision,
        number=number,
        year=year,
        publisher=known(fields.get("publisher")),
        source=source,
        encoding=encoding,
        warnings=_metadata_warnings(fields.get("date"), date, source),
    )


def _metadata_warnings(date_value: str | None, date: dt.date | None, source: str | None) -> tuple[str, ...]:
    """Front-matter values that were given but could not be used, so that the user learns why."""
    warnings = []
    if date_value and known(date_value) and field_date(date_value)[0] is None:
        fallback = (
            f"the date {date.isoformat()} was taken from the text" if date else "the release has no date"
        )
        warnings.append(
            f"date {date_value!r} is not a date (YYYY-MM-DD, YYYY-MM, YYYY or 21. September 2017); {fallback}"
        )
    if source and source.startswith(("http://", "https://")) and (problem := iri_problem(source)):
        warnings.append(f"source {source!r} is not a valid IRI ({problem}); it is written as text")
    return tuple(warnings)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    problem = not_a_release_file(path)
    if problem:
        raise NotAFileError(path, problem)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise TooLargeError(path, _too_large(size, max_bytes))
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ReleaseError(
            path, f"cannot be read ({exc.strerror or exc}); check it is a readable file"
        ) from exc
    if len(raw) > max_bytes:
        raise TooLargeError(path, _too_large(len(raw), max_bytes))
    if not raw:
        raise EmptyReleaseError(path, "empty file")
    return raw


def _too_large(size: int, limit: int) -> str:
    return f"{_size(size)} is over the {_size(limit)} limit (--max-size); raise the limit or split the file"


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 // 10 else f"{n:,} bytes"


def _format(path: Path, text: str) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt:
        return fmt
    looks_html = text.lstrip().startswith("<") and re.search(r"<(?:html|body)[\s>]", text, re.I)
    return "html" if looks_html else "txt"
