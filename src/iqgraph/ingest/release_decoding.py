"""Decoding a release: its bytes -> NFC text with "\\n" line ends, and the name of the encoding read.

Binary files (PDF, images, ZIP or Office, NUL bytes) are refused, a byte-order mark is honoured, then UTF-8,
UTF-8 with stray cp1252 bytes, cp1252 and latin-1 are tried in turn (see `releases.py`); e.g. the cp1252
bytes b"\\x84Fachkr\\xe4fte\\x93" read as "„Fachkräfte“", encoding "cp1252".
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..errors import EmptyReleaseError, NotTextError, UndecodableError

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


def decode(path: Path, raw: bytes) -> tuple[str, str]:
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
