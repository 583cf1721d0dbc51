"""`index.html`: what the dataset is, its counts, downloads, example queries, licence, and a search box over
every page that works without a server (the index is a JSON data block, read by a small inline script), and
one listing page per class (`list/<Class>.html`) that links every page of that class.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from rdflib.namespace import SKOS

from ..rdf.quads import literal_parts
from ..store.named_queries import load_query
from ..vocab import CLASSES
from .build_data import BuildData
from .config import PublishConfig
from .description import DESCRIPTION, RIGHTS, TITLE
from .dumps import Download
from .entity_pages import TYPE_LABELS
from .facts import Facts
from .html import relative, render

# The named queries shown as examples (queries/*.rq): who funds whom, a person's roles, the evidence.
EXAMPLE_QUERIES = ("funders", "role-timeline", "which-sentence-says")
LIST_DIR = "list"


def write_index(
    site_dir: Path, data: BuildData, facts: Facts, downloads: list[Download], config: PublishConfig
) -> list[str]:
    """index.html and the listing pages; returns their site paths."""
    written = _write_listings(site_dir, data, facts)
    page = render(
        "index.html",
        "index.html",
        script="search.js",
        title="Übersicht",
        title_de=TITLE["de"],
        title_en=TITLE["en"],
        description_de=DESCRIPTION["de"],
        description_en=DESCRIPTION["en"],
        search=_search_index(data, facts),
        counts=_counts(data),
        triples=facts.triples,
        period=_period(facts),
        lands=[land for land, _ in facts.lands],
        downloads=downloads,
        endpoint=config.sparql_endpoint,
        queries=[_query(name) for name in EXAMPLE_QUERIES],
        license=config.license,
        attribution=config.attribution or f"iqgraph, {config.publisher_name}",
        rights_de=RIGHTS["de"],
        rights_en=RIGHTS["en"],
        publishers=_publishers(facts),
        publisher=config.publisher_name,
        contact=config.contact_email or config.contact_name,
    )
    (site_dir / "index.html").write_text(page, encoding="utf-8", newline="\n")
    return ["index.html", *written]


def _search_index(data: BuildData, facts: Facts) -> list[list[str]]:
    """[label, other names, type, path] for every entity page, by label (releases are found by listing)."""
    aliases = _aliases(data)
    rows = [
        [
            facts.labels.get(iri, iri[1:-1]),
            " ".join(aliases.get(iri, [])),
            TYPE_LABELS[kind],
            data.page_path(iri) + ".html",
        ]
        for iri, kind in data.pages.items()
        if kind != "PressRelease"
    ]
    return sorted(rows)


def _aliases(data: BuildData) -> dict[str, list[str]]:
    alt = f"<{SKOS.altLabel}>"
    found: dict[str, list[str]] = {}
    for s, p, o, _ in data.quads:
        if p == alt and s in data.pages:
            name = literal_parts(o)[0]
            if name not in found.setdefault(s, []):
                found[s].append(name)
    return found


def _counts(data: BuildData) -> list[dict[str, Any]]:
    counted = Counter(data.pages.values())
    rows = [
        {
            "label": c.label_de,
            "label_en": c.label_en,
            "count": counted[c.name],
            "href": f"{LIST_DIR}/{c.name}.html",
        }
        for c in CLASSES
        if counted[c.name]
    ]
    releases = counted["PressRelease"]
    rows.append(
        {
            "label": "Pressemitteilungen",
            "label_en": "press releases",
            "count": releases,
            "href": f"{LIST_DIR}/PressRelease.html",
        }
    )
    return rows


def _write_listings(site_dir: Path, data: BuildData, facts: Facts) -> list[str]:
    by_kind: dict[str, list[str]] = {}
    for iri, kind in sorted(data.pages.items()):
        by_kind.setdefault(kind, []).append(iri)
    (site_dir / LIST_DIR).mkdir(parents=True, exist_ok=True)
    written = []
    for kind in [c.name for c in CLASSES] + ["PressRelease"]:
        here = f"{LIST_DIR}/{kind}.html"
        entries = [_entry(iri, data, facts, here) for iri in by_kind.get(kind, [])]
        title = TYPE_LABELS[kind]
        page = render(
            "listing.html", here, title=title, entries=sorted(entries, key=lambda e: (e["label"], e["href"]))
        )
        (site_dir / here).write_text(page, encoding="utf-8", newline="\n")
        written.append(here)
    return written


def _entry(iri: str, data: BuildData, facts: Facts, here: str) -> dict[str, str]:
    release = facts.releases.get(iri)
    label = (release.title if release else facts.labels.get(iri)) or iri[1:-1]
    return {
        "label": label,
        "href": relative(here, data.page_path(iri) + ".html"),
        "note": release.date if release else "",
    }


def _period(facts: Facts) -> str:
    first, last = facts.first_date, facts.last_date
    return f"{first.isoformat()} bis {last.isoformat()}" if first and last else ""


def _publishers(facts: Facts) -> list[dict[str, Any]]:
    counted = Counter(r.publisher for r in facts.releases.values() if r.publisher)
    return [{"name": name, "count": n} for name, n in sorted(counted.items())]


def _query(name: str) -> dict[str, str]:
    query = load_query(name)
    return {"name": query.name, "title": query.title, "description": query.description, "text": query.text}
