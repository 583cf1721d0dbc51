"""Extraction cache: a rebuild extracts only the releases that are new or changed.

Each release's extraction is kept as JSON in `<out>/cache/extractions/`, named by a digest of the
release's bytes, its key (from the file name) and a fingerprint of everything that shapes extraction:
the iqgraph version, the extractor's source files and the reference data. Change any of them and the
entry no longer matches, so a stale extraction is never reused. JSON, not pickle: a cache folder that
travels with a build must not be able to run code when read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any

from ..models import Extraction
from ..version import __version__

CACHE_DIR = "cache/extractions"


@cache
def _extractor_fingerprint() -> str:
    """The extractor's own code and word lists: editing a rule or a list invalidates every cached extraction."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(__version__.encode())
    for path in extractor_sources():
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def extractor_sources() -> list[Path]:
    """Every file that shapes an extraction: the extract package with its `lexicon` subpackage and towns file,
    and the readers of releases."""
    ingest = Path(__file__).resolve().parent
    extract = ingest.parent / "extract"
    found = [p for p in extract.rglob("*") if p.suffix in (".py", ".txt") and "__pycache__" not in p.parts]
    # the release readers by their prefix, so a reader module added later is covered without a list to keep
    readers = [*ingest.glob("release*.py"), ingest / "html_text.py", ingest / "plain_text.py"]
    return sorted([*found, *readers])


def fingerprint(reference_digest: str) -> str:
    return hashlib.sha256(f"{_extractor_fingerprint()}\n{reference_digest}".encode()).hexdigest()[:32]


class ExtractionCache:
    """Cached extractions of one build folder, for one extractor and reference fingerprint."""

    def __init__(self, out_dir: Path, fingerprint: str) -> None:
        self.folder = out_dir / CACHE_DIR
        self.fingerprint = fingerprint
        self.used: set[str] = set()
        self.readable = True

    def fresh(self) -> ExtractionCache:
        """This cache, written to but not read from (a full rebuild refills it)."""
        self.readable = False
        return self

    def _name(self, raw: bytes, key: str) -> str:
        digest = hashlib.sha256(self.fingerprint.encode() + b"\n" + key.encode() + b"\n" + raw).hexdigest()
        return f"{digest[:40]}.json"

    def get(self, raw: bytes, key: str) -> Extraction | None:
        name = self._name(raw, key)
        path = self.folder / name
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            extraction = _decode(record, Extraction)
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or unreadable: extract again (and overwrite)
        self.used.add(name)
        return extraction if isinstance(extraction, Extraction) else None

    def put(self, raw: bytes, extraction: Extraction) -> None:
        name = self._name(raw, extraction.release.key)
        self.folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps(_encode(extraction), ensure_ascii=False, sort_keys=True)
        (self.folder / name).write_text(text, encoding="utf-8")
        self.used.add(name)

    def prune(self) -> int:
        """Remove entries this build did not use (deleted or changed releases, an older extractor)."""
        removed = 0
        for path in self.folder.glob("*.json") if self.folder.is_dir() else ():
            if path.name not in self.used:
                path.unlink(missing_ok=True)
                removed += 1
        return removed


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    if isinstance(value, frozenset):
        return sorted(_encode(v) for v in value)
    if isinstance(value, Path):
        return value.as_posix()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@cache
def _fields(record: type) -> tuple[tuple[str, Any], ...]:
    hints = typing.get_type_hints(record)  # evaluating string annotations is slow: once per class
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(record))


def _decode(value: Any, hint: Any) -> Any:
    """Rebuild `value` as the type `hint` (a model class or an annotation such as tuple[Entity, ...])."""
    if value is None:
        return None
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return hint(**{name: _decode(value[name], field_hint) for name, field_hint in _fields(hint)})
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return _decode(value, next(a for a in args if a is not type(None)))
    if origin is tuple:
        return tuple(_decode(v, args[0]) for v in value)
    if origin is frozenset:
        return frozenset(_decode(v, args[0]) for v in value)
    if hint is Path:
        return Path(value)
    if hint is dt.date:
        return dt.date.fromisoformat(value)
    return value
