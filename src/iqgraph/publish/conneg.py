"""Content negotiation over a published site, for `iqgraph serve --site DIR`.

An entity's IRI names the thing, not a document, so a GET on its path (`/id/person/alev-deniz`) answers
**303 See Other** with the document that describes it, chosen by the request's `Accept`: `.html` for
browsers (and when nothing else is asked for), `.ttl` for `text/turtle`, `.jsonld` for
`application/ld+json`; the answer says `Vary: Accept`. This is the httpRange-14 pattern, and the same
redirect a static host gives with the w3id rules in the README, so a client meets one behaviour. Every other
path is a file of the site, served as it is (`/` is `index.html`); a path that leaves the site or names no
file is 404.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

# extension -> the media types that ask for it, and the one it is served as
VARIANTS = {
    ".html": (("text/html", "application/xhtml+xml"), "text/html; charset=utf-8"),
    ".ttl": (("text/turtle", "application/x-turtle"), "text/turtle; charset=utf-8"),
    ".jsonld": (("application/ld+json", "application/json"), "application/ld+json"),
}
OTHER_TYPES = {
    ".trig": "application/trig",
    ".nq": "application/n-quads",
    ".rdf": "application/rdf+xml",
    ".gz": "application/gzip",
    ".css": "text/css",
}
PAGE_ROOT = "id/"


@dataclass
class SiteAnswer:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


def answer(site_dir: Path, path: str, accept: str | None) -> SiteAnswer:
    """What `serve` answers to a GET of `path` (the request's path and query) in the site `site_dir`."""
    parts = urllib.parse.urlsplit(path)
    relative = urllib.parse.unquote(parts.path).lstrip("/") or "index.html"
    if ".." in relative.split("/") or "\\" in relative or "\x00" in relative:
        return _not_found()
    root = site_dir.resolve()
    target = (root / relative).resolve()
    if not target.is_relative_to(root):
        return _not_found()
    if relative.startswith(PAGE_ROOT) and not target.suffix and target.with_suffix(".html").is_file():
        extension = best_variant(accept)
        location = urllib.parse.quote(f"/{relative}{extension}")
        headers = {"Location": location, "Vary": "Accept", "Content-Type": "text/plain; charset=utf-8"}
        return SiteAnswer(303, headers, f"See {location}\n".encode())
    if target.is_dir() and (target / "index.html").is_file():
        target = target / "index.html"
    if not target.is_file():
        return _not_found()
    return SiteAnswer(200, {"Content-Type": _content_type(target)}, target.read_bytes())


def best_variant(accept: str | None) -> str:
    """The extension of the variant `accept` prefers most (by q, then by its order); `.html` by default."""
    best, best_q = ".html", 0.0
    for item in (accept or "").split(","):
        media, _, params = item.strip().partition(";")
        q = _quality(params)
        for extension, (types, _) in VARIANTS.items():
            if media.strip().lower() in types and q > best_q:  # the first listed wins a tie
                best, best_q = extension, q
    return best


def _quality(params: str) -> float:
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.strip().lower() == "q":
            try:
                return max(0.0, min(1.0, float(value)))
            except ValueError:
                return 0.0
    return 1.0


def _content_type(path: Path) -> str:
    if path.suffix in VARIANTS:
        return VARIANTS[path.suffix][1]
    if path.suffix in OTHER_TYPES:
        return OTHER_TYPES[path.suffix]
    return "text/plain; charset=utf-8"


def _not_found() -> SiteAnswer:
    return SiteAnswer(404, {"Content-Type": "text/plain; charset=utf-8"}, b"not found\n")
