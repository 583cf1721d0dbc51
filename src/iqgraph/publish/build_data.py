"""What `publish` reads from a build folder: its N-Quads dump as quads, and which IRIs get a page.

The dump is the build's own sorted N-Quads (`iqgraph.nq`, written by rdf/dumps.py: one quad a line, no
blank nodes), so a line is split by one pattern instead of a general parser (10,000 releases: seconds).

An IRI gets a page when it is an entity (one of the classes in vocab.py) or a press release, and its part
after the base is a plain path: letters, digits, `.`, `_`, `-` between slashes, no `..`. Entity IRIs are
made from names in releases; one that is anything else is left without a page (and counted) rather than
allowed to choose where a file is written.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib.namespace import DCTERMS, FOAF, ORG, RDF, VOID

from ..errors import PublishError
from ..rdf.dumps import DUMP_NAMES
from ..rdf.namespaces import DEFAULT_BASE, IQ, PREFIXES, SCHEMA
from ..rdf.quads import Quad, literal_parts
from ..vocab import CLASSES, RELATIONS_TABLE

_LINE = re.compile(
    r'(<[^>]*>) (<[^>]*>) (<[^>]*>|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)(?: (<[^>]*>))? \.'
)
_SAFE_PATH = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]*(?:/[A-Za-z0-9_-][A-Za-z0-9._-]*)*")
RDF_TYPE = f"<{RDF.type}>"
PAGE_CLASSES = {f"<{c.iri}>": c.name for c in CLASSES} | {f"<{IQ.PressRelease}>": "PressRelease"}
# Triples pointing at a page's IRI that belong in its description: the ties from other entities, the
# memberships naming it, the quotes it gave (the rest that points at it, mentions and reified statements,
# stays with the releases that say it).
INCOMING = frozenset(
    {f"<{r.iri}>" for r in RELATIONS_TABLE}
    | {f"<{ORG.member}>", f"<{ORG.organization}>", f"<{SCHEMA.creator}>", f"<{FOAF.member}>"}
)
USES_URI_SPACE = f"<{VOID.uriSpace}>"
RELEASE_DATE = f"<{DCTERMS.date}>"


@dataclass
class BuildData:
    """A build's quads and what `publish` derives from them once."""

    quads: list[Quad]
    base: str
    pages: dict[str, str] = field(default_factory=dict)  # IRI text -> class name, for the IRIs with a page
    unsafe: list[str] = field(default_factory=list)  # IRIs that would have had a page but for their path

    def page_path(self, iri_text: str) -> str:
        """The page's path in the site without its extension: `id/person/alev-deniz`."""
        return "id/" + iri_text[1 + len(self.base) : -1]


def read_build(build_dir: Path) -> BuildData:
    """The quads of `build_dir/iqgraph.nq` and the IRIs that get a page."""
    path = build_dir / DUMP_NAMES["nquads"]
    if not path.is_file():
        raise PublishError(f"no build in {build_dir} ({path.name} is missing): run `iqgraph build` first")
    quads = list(_parse(path))
    data = BuildData(quads, _base(quads))
    _find_pages(data)
    return data


def _parse(path: Path) -> Iterable[Quad]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            found = _LINE.fullmatch(line.rstrip("\n"))
            if found is None:
                raise PublishError(f"{path}:{number}: not an N-Quads line as `iqgraph build` writes them")
            s, p, o, g = found.groups()
            yield s, p, o, g or ""


def _base(quads: list[Quad]) -> str:
    spaces = sorted(literal_parts(o)[0] for _, p, o, g in quads if p == USES_URI_SPACE and not g)
    return spaces[0] if spaces else DEFAULT_BASE


def _find_pages(data: BuildData) -> None:
    prefix = f"<{data.base}"
    for s, p, o, _ in data.quads:
        if p != RDF_TYPE or o not in PAGE_CLASSES or s in data.pages:
            continue
        if s.startswith(prefix) and _SAFE_PATH.fullmatch(s[len(prefix) : -1]) and ".." not in s:
            data.pages[s] = PAGE_CLASSES[o]
        elif s not in data.unsafe:
            data.unsafe.append(s)


def descriptions(data: BuildData) -> dict[str, list[Quad]]:
    """Each page's triples, sorted, without repeats: those with the page's IRI as subject (in any graph)
    and the `INCOMING` ones pointing at it. The triples a page's Turtle and JSON-LD hold."""
    found: dict[str, set[Quad]] = defaultdict(set)
    pages = data.pages
    for s, p, o, _ in data.quads:
        if s in pages:
            found[s].add((s, p, o, ""))
        if o in pages and p in INCOMING:
            found[o].add((s, p, o, ""))
    return {iri: sorted(found[iri]) for iri in sorted(pages)}


def namespaces(data: BuildData) -> dict[str, str]:
    """The prefixes the dumps use, and `id:` for the build's base."""
    return {prefix: str(ns) for prefix, ns in PREFIXES.items()} | {"id": data.base}
