"""The site's downloads: the build's four dumps as they are and gzip-compressed, with SHA-256 checksums.

The dumps are linked or copied, not written again: a portal then offers exactly the bytes the build's store was
loaded from. The gzip files carry no name and no time (mtime 0), so the same dump gives the same bytes.
`SHA256SUMS` is in the format `sha256sum -c` reads.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..errors import PublishError
from ..rdf.dumps import DUMP_NAMES

DUMPS_DIR = "dumps"
CHECKSUMS = "SHA256SUMS"
GZIP_LEVEL = 6  # zlib's default: level 9 took twice the time for 1-2 % smaller dumps
_CHUNK = 1 << 20

# format -> (IANA media type, EU file-type code, German and English name)
MEDIA = {
    "turtle": (
        "text/turtle",
        "RDF_TURTLE",
        "Turtle (alle Graphen zusammengeführt)",
        "Turtle (all graphs merged)",
    ),
    "trig": ("application/trig", "RDF_TRIG", "TriG (benannte Graphen)", "TriG (named graphs)"),
    "nquads": ("application/n-quads", "RDF_N_QUADS", "N-Quads (sortiert)", "N-Quads (sorted)"),
    "json-ld": ("application/ld+json", "JSON_LD", "JSON-LD 1.1", "JSON-LD 1.1"),
}


@dataclass(frozen=True)
class Download:
    """One file offered for download: `path` relative to the site."""

    key: str  # e.g. "turtle" or "turtle-gz"
    path: str
    media_type: str
    file_type: str
    title_de: str
    title_en: str
    byte_size: int
    sha256: str
    gzipped: bool


def write_downloads(build_dir: Path, site_dir: Path) -> list[Download]:
    """Copy and compress the dumps into `site_dir/dumps/`, write the checksums, describe each file."""
    target = site_dir / DUMPS_DIR
    target.mkdir(parents=True, exist_ok=True)
    downloads: list[Download] = []
    for fmt, name in DUMP_NAMES.items():
        source = build_dir / name
        if not source.is_file():
            raise PublishError(f"{source} is missing: run `iqgraph build` again to write all four dumps")
        plain, packed = target / name, target / f"{name}.gz"
        _link_or_copy(source, plain)
        _gzip(plain, packed)
        downloads += [_download(fmt, plain, site_dir, False), _download(fmt, packed, site_dir, True)]
    lines = "".join(f"{d.sha256}  {Path(d.path).name}\n" for d in downloads)
    (target / CHECKSUMS).write_text(lines, encoding="utf-8")
    return downloads


def _link_or_copy(source: Path, target: Path) -> None:
    """A hard link where the build and the site share a file system (10,000 releases: 1.7 GB not written
    again), else a copy. A link is safe: a build replaces its dumps by renaming new files into place, so the
    site keeps the bytes it was published with."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _gzip(plain: Path, packed: Path) -> None:
    with (
        plain.open("rb") as source,
        packed.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=GZIP_LEVEL) as out,
    ):
        shutil.copyfileobj(source, out, _CHUNK)


def _download(fmt: str, path: Path, site_dir: Path, gzipped: bool) -> Download:
    media_type, file_type, title_de, title_en = MEDIA[fmt]
    suffix = " (gzip)" if gzipped else ""
    return Download(
        key=f"{fmt}-gz" if gzipped else fmt,
        path=path.relative_to(site_dir).as_posix(),
        media_type=media_type,
        file_type=file_type,
        title_de=title_de + suffix,
        title_en=title_en + suffix,
        byte_size=path.stat().st_size,
        sha256=_sha256(path),
        gzipped=gzipped,
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
