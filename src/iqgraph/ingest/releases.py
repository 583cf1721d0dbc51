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
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Sequence
from itertools import islice
from pathlib import Path

from ..errors import (
    EmptyReleaseError,
    InputError,
    NoContentError,
    NotAFileError,
    NotTextError,
    ReleaseError,
    TooLargeError,
    UndecodableError,
)
from ..models import Release
from ..rdf.quads import iri_problem
from .html_text import read_page
from .plain_text import plain

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
RELEASE_SUFFIXES = (".htm", ".html", ".markdown", ".md", ".txt")
MIN_LETTERS = 20  # fewer letters than this after removing markup: not a release
HEADER_LINES = 3  # lines after the title searched for the release number and date
HEADER_WIDTH = 1000  # characters of each such line searched
KEY_LENGTH = 80

_FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
_SIGNATURES = {
    b"%PDF-": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive or Office document",
    b"\xd0\xcf\x11\xe0": "an MS Office document",
}
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "utf-32"),
    (b"\xff\xfe", "utf-16", "utf-16"),
    (b"\xfe\xff", "utf-16", "utf-16"),
)
_CP1252 = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256))
_C1_TO_CP1252 = {b: _CP1252[b] for b in range(0x80, 0xA0)}
_C1_BYTES = re.compile(rb"[\x80-\x9f]")
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile(r"\r\n?|[\u2028\u2029]")
_UNDECODABLE = "could not be decoded as UTF-8, cp1252 or latin-1"


# -- discovery ---------------------------------------------------------------------------------------


def discover(inputs: Sequence[Path | str], skip: Path | None = None) -> list[Path]:
    """The release files named by `inputs`: files as given, folders searched recursively, except the folder
    `skip` (a build's output folder inside its input folder: its page must not be read as a release).

    Sorted by posix path, each file once (by real path). Hidden files and folders are skipped inside
    folders; a file named explicitly is taken whatever its suffix, so reading it reports what is wrong.
    A path that cannot be a release (a link to nothing or to itself, a FIFO or device, a folder that cannot
    be listed) is kept too: reading it fails that one path with the reason (`not_a_release_file`), and the
    other releases build.
    """
    if not inputs:
        raise InputError("no input files or folders given: name release files or folders holding them")
    skipped = os.path.realpath(skip) if skip is not None else None
    paths = sorted(
        (path for item in inputs for path in _expand(Path(item), skipped)), key=lambda p: p.as_posix()
    )
    found: dict[str, Path] = {}
    for path in paths:
        found.setdefault(
            os.path.realpath(path), path
        )  # realpath, unlike Path.resolve, never raises on a loop
    return list(found.values())


def _expand(path: Path, skip: str | None) -> list[Path]:
    if os.path.isdir(path):
        files = _release_files(path, skip)
        if not files:
            suffixes = ", ".join(RELEASE_SUFFIXES)
            raise InputError(f"{path}: no release files ({suffixes}) in this folder or below")
        return files
    try:
        os.lstat(path)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or folder; check the path") from None
    except OSError:
        pass  # e.g. in a folder we may not enter: reading it fails with the reason
    return [path]


def _release_files(folder: Path, skip: str | None = None) -> list[Path]:
    """Release files below `folder`, following folder links but entering each real folder once; a folder
    that cannot be listed is returned itself, so that it is reported rather than silently skipped."""
    files: list[Path] = []
    unlisted: list[Path] = []
    seen: set[str] = set()
    walk = os.walk(folder, followlinks=True, onerror=lambda exc: unlisted.append(Path(exc.filename)))
    for directory, subdirs, names in walk:
        real = os.path.realpath(directory)
        if real == skip:
            subdirs[:] = []
            continue
        subdirs[:] = [] if real in seen else sorted(d for d in subdirs if not d.startswith("."))
        if real not in seen:
            files += [Path(directory, n) for n in names if _is_release_name(n)]
        seen.add(real)
    return files + unlisted


def not_a_release_file(path: Path) -> str | None:
    """Why `path` cannot be read as a release file, or None for a regular file (found without opening it:
    opening a FIFO would wait for a writer forever)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return _unreachable(path, exc)
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        try:
            os.listdir(path)
        except OSError as exc:
            return f"a folder that cannot be listed ({exc.strerror}); its releases were not read"
        return "a folder, not a release file"
    kind = (
        "a FIFO (named pipe)"
        if stat.S_ISFIFO(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "a socket"
    )
    return f"not a regular file but {kind}"


def _unreachable(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "a symbolic link that leads back to itself"
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return f"a symbolic link to {os.readlink(path)}, which does not exist"
    return f"cannot be read ({exc.strerror or exc}); check it is a readable file"


def _is_release_name(name: str) -> bool:
    return not name.startswith(".") and Path(name).suffix.lower() in _FORMATS


# -- reading -----------------------------------------------------------------------------------------


def read_release(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, root: Path | None = None) -> Release:
    """Read one release file; raise a ReleaseError subclass naming the file and the problem.

    `root` is the folder the corpus lives in: a file in a subfolder of it gets the folder in its key.
    """
    path = Path(path)
    raw = _read_bytes(path, max_bytes)
    decoded, encoding = _decode(path, raw)
    fmt = _format(path, decoded)
    body, fields = _html_document(decoded) if fmt == "html" else _plain_document(decoded)
    letters = _letters(body)
    if letters < MIN_LETTERS:
        reason = f"no release text: {letters} letters left after removing markup and front matter"
        raise NoContentError(path, f"{reason} (at least {MIN_LETTERS} needed)")
    title = _known(fields.get("title")) or _first_line(body, fmt)
    text = _with_title(body, title) if fmt == "html" else body
    header = _header_lines(title, text)
    date, precision = _release_date(fields, header)
    number, year = _release_number(header)
    source = _known(fields.get("source"))
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
        publisher=_known(fields.get("publisher")),
        source=source,
        encoding=encoding,
        warnings=_metadata_warnings(fields.get("date"), date, source),
    )


def _metadata_warnings(date_value: str | None, date: dt.date | None, source: str | None) -> tuple[str, ...]:
    """Front-matter values that were given but could not be used, so that the user learns why."""
    warnings = []
    if date_value and _known(date_value) and _field_date(date_value)[0] is None:
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
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt:
        return fmt
    looks_html = text.lstrip().startswith("<") and re.search(r"<(?:html|body)[\s>]", text, re.I)
    return "html" if looks_html else "txt"


# -- decoding ----------------------------------------------------------------------------------------


def _decode(path: Path, raw: bytes) -> tuple[str, str]:
    """Bytes -> NFC text with "\\n" line ends, and the name of the encoding read."""
    text, encoding = _decode_raw(path, raw)
    if "\x00" in text:
        raise NotTextError(path, "binary content (NUL bytes), not text")
    if _too_many_controls(text):
        if encoding in ("cp1252", "latin-1"):
            raise UndecodableError(path, f"{_UNDECODABLE} (it reads as control characters); save it as UTF-8")
        raise NotTextError(path, "binary content (control characters), not text")
    text = unicodedata.normalize("NFC", _LINE_BREAK.sub("\n", text.lstrip("\ufeff")))
    if not text.strip():
        raise EmptyReleaseError(path, "empty file (only white space)")
    return text, encoding


def _decode_raw(path: Path, raw: bytes) -> tuple[str, str]:
    for signature, kind in _SIGNATURES.items():
        if raw.startswith(signature):
            raise NotTextError(path, f"binary content ({kind}), not text; save the release as text or HTML")
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            return _decode_with_bom(path, raw, codec), name
    if b"\x00" in raw:
        raise NotTextError(path, "binary content (NUL bytes), not text")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return _decode_8bit(raw)


def _decode_with_bom(path: Path, raw: bytes, codec: str) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise UndecodableError(
            path, f"starts with a {codec} byte-order mark but is not valid {codec}"
        ) from exc


def _decode_8bit(raw: bytes) -> tuple[str, str]:
    """Not UTF-8: UTF-8 with stray cp1252 bytes, cp1252 or latin-1 (see the module docstring)."""
    escaped = raw.decode("utf-8", errors="surrogateescape")
    stray = len(_ESCAPED_BYTE.findall(escaped))
    if len(_UTF8_SEQUENCE.findall(raw)) > 2 * stray:
        return _ESCAPED_BYTE.sub(lambda m: _CP1252[ord(m.group()) - 0xDC00], escaped), "utf-8+cp1252"
    if _C1_BYTES.search(raw):
        return raw.decode("latin-1").translate(_C1_TO_CP1252), "cp1252"
    return raw.decode("latin-1"), "latin-1"


def _too_many_controls(text: str) -> bool:
    controls = len(_CONTROL.findall(text))
    return controls > 2 and controls * 100 > len(text)


# -- plain text and front matter ---------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<block>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FIELD = re.compile(r"^(?P<key>[A-Za-z][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.M)
_LEADING_BLANK_LINES = re.compile(r"\A\s*\n")
_UNKNOWN = frozenset({"", "unknown", "unbekannt", "n/a", "none", "null", "~", "-"})


def _plain_document(text: str) -> tuple[str, dict[str, str]]:
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


def _known(value: str | None) -> str | None:
    """The value, or None when it is missing or says it is unknown ("unknown", "unknown (probably …)")."""
    if value is None:
        return None
    lowered = value.strip().lower()
    return None if lowered in _UNKNOWN or lowered.startswith("unknown (") else value.strip()


def _first_line(text: str, fmt: str) -> str | None:
    line = next((line.strip() for line in text.split("\n") if line.strip()), None)
    if line and fmt == "md":
        line = line.lstrip("#").strip() or line
    return line


def _letters(text: str, enough: int = MIN_LETTERS) -> int:
    """The letters of `text`, counted up to `enough`: all the callers ask, and counting every letter of a long
    release took half a second per MB."""
    count = 0
    for ch in text:
        if ch.isalpha():
            count += 1
            if count == enough:
                break
    return count


def _html_document(text: str) -> tuple[str, dict[str, str]]:
    """HTML -> (main text, metadata); front matter, if any, wins over the page's own metadata."""
    front, markup = _split_front_matter(text)
    front = {key: plain(value) for key, value in front.items()}  # the page's text is made plain by read_page
    body, fields = read_page(markup, by_attributes=True)
    if _letters(body) < MIN_LETTERS:  # a wrapper whose class says "menu" must not cost the whole page
        body, fields = read_page(markup, by_attributes=False)
    return body, fields | front


def _with_title(text: str, title: str | None) -> str:
    first = next((line for line in text.split("\n") if line.strip()), "")
    if not title or " ".join(first.split()) == " ".join(title.split()):
        return text
    return f"{title}\n\n{text}"


# -- metadata ----------------------------------------------------------------------------------------

_MONTH_WORD = (
    r"(?:Jan(?:uar|\.)?|Jänner|Feb(?:ruar|r?\.)?|März|Maerz|Mär\.?|Mrz\.?|Apr(?:il|\.)?|Mai|Jun(?:i|\.)?"
    r"|Jul(?:i|\.)?|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Okt(?:ober|\.)?|Nov(?:ember|\.)?|Dez(?:ember|\.)?)"
    r"(?![A-Za-zÄÖÜäöüß])"
)
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr mai jun jul aug sep okt nov dez".split(), 1)}  # noqa: SIM905
_DATE_PATTERNS = (
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4}|\d{2})(?!\d)"),
    re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})\.?\s*(?P<m>{_MONTH_WORD})\s*(?P<y>\d{{4}})(?!\d)", re.I),
    re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"),
)
_PARTIAL_ISO = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?(?:[T ].*)?")
_DATE_MARKER = re.compile(
    r"(?i)\b(?:veröffentlicht|veroeffentlicht|erschienen|publiziert|datum|stand|vom|published)\b\W*(?:am|vom|on)?\s*$"
)
_DATELINE = re.compile(r"\W*(?:[A-ZÄÖÜ][\w.'()/ -]{0,40},\s*){0,2}(?:den\s+)?")
_NUMBER = re.compile(
    r"(?:\b(?i:presse(?:mitteilung|meldung|information))|\bPM)\s*(?:(?i:Nr\.?|Nummer|No\.?)\s*)?"
    r"(?P<n>\d{1,4})\s*/\s*(?P<y>\d{4}|\d{2})(?!\d)"
)


def _header_lines(title: str | None, text: str) -> list[str]:
    """The title and the first HEADER_LINES other non-empty lines: where a release number or date stands."""
    lines = (m.group().strip() for m in re.finditer(r"[^\n]+", text))
    rest = islice((line for line in lines if line and line != title), HEADER_LINES)
    return [line[:HEADER_WIDTH] for line in ([title] if title else []) + list(rest)]


def _release_number(header: list[str]) -> tuple[str | None, int | None]:
    """ "Pressemitteilung 5/17" -> ("5/17", 2017); "PM Nr. 12/2019" -> ("12/2019", 2019)."""
    for line in header:
        match = _NUMBER.search(line)
        if match:
            return f"{match['n']}/{match['y']}", _full_year(match["y"])
    return None, None


def _release_date(fields: dict[str, str], header: list[str]) -> tuple[dt.date | None, str | None]:
    """The date from the metadata (even "unknown" there is final), else a date in the header lines."""
    value = fields.get("date")
    if value is not None and _known(value) is None:
        return None, None
    found = _field_date(value) if value else (None, None)
    return found if found[0] else _header_date(header)


def _field_date(value: str) -> tuple[dt.date | None, str | None]:
    """ "2017-09-21" (day), "2017-09" (month: the 1st), "2015" (year: Jan 1), or a German date (day)."""
    match = _PARTIAL_ISO.fullmatch(value.strip())
    if not match:
        found = _dates_in(value)
        return (found[0][1], "day") if found else (None, None)
    precision = "day" if match["d"] else "month" if match["m"] else "year"
    date = _make_date(match["y"], match["m"] or "1", match["d"] or "1")
    return (date, precision) if date else (None, None)


def _header_date(header: list[str]) -> tuple[dt.date | None, str | None]:
    """Prefer "Veröffentlicht am …"/"vom …", then a dateline ("Berlin, 21.09.2017"), then any date."""
    found = [
        (_date_rank(line[:start]), i, start, date)
        for i, line in enumerate(header)
        for start, date in _dates_in(line)
    ]
    return (min(found)[3], "day") if found else (None, None)


def _date_rank(before: str) -> int:
    if _DATE_MARKER.search(before):
        return 0
    return 1 if _DATELINE.fullmatch(before) else 2


def _dates_in(line: str) -> list[tuple[int, dt.date]]:
    found = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(line):
            date = _make_date(match["y"], match["m"], match["d"])
            if date:
                found.append((match.start(), date))
    return sorted(found)


def _make_date(year: str, month: str, day: str) -> dt.date | None:
    number = int(month) if month.isdigit() else _month_number(month)
    try:
        return dt.date(_full_year(year), number, int(day))
    except ValueError:
        return None


def _month_number(word: str) -> int:
    word = word.lower().rstrip(".").replace("ae", "a").replace("ä", "a").replace("mrz", "mar")
    return _MONTHS.get(word[:3], 0)


def _full_year(text: str) -> int:
    """A year as written; two digits mean 20YY up to next year's, else 19YY."""
    year = int(text)
    if len(text) > 2:
        return year
    return 2000 + year if year <= dt.date.today().year % 100 + 1 else 1900 + year


# -- keys --------------------------------------------------------------------------------------------

_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def release_key(path: Path, root: Path | None = None) -> str:
    """A stable slug naming the release: its file stem, after its folders below `root` joined by "--".

    Only the path counts, never the text: editing a release keeps its IRIs. "--" cannot occur inside a
    slug, so "a/b.txt" ("a--b") and "a-b.txt" ("a-b") stay apart.
    """
    return "--".join(_part_slug(part) for part in [*_folders_below(path, root), Path(path).stem])


def _folders_below(path: Path, root: Path | None) -> tuple[str, ...]:
    if root is None:
        return ()
    try:  # the path as the user reached it: a link to a file elsewhere must not change every key
        return Path(os.path.abspath(path)).parent.relative_to(os.path.abspath(root)).parts
    except ValueError:
        return ()


def _part_slug(name: str) -> str:
    slug = _slug(name)
    if not slug:
        return "release-" + hashlib.sha256(name.encode()).hexdigest()[:8]
    if len(slug) <= KEY_LENGTH:
        return slug
    return slug[: KEY_LENGTH - 9].rstrip("-") + "-" + hashlib.sha256(slug.encode()).hexdigest()[:8]


def _slug(name: str) -> str:
    text = unicodedata.normalize("NFC", name).lower().translate(_TRANSLITERATION)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")
