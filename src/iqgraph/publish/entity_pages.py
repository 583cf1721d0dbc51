"""One page per entity and per release, at the path of its IRI, with its Turtle and JSON-LD beside it.

`https://w3id.org/iqgraph/id/person/alev-deniz` becomes `id/person/alev-deniz.html`, `.ttl` and `.jsonld`,
so a static host (or `iqgraph serve`) gives every IRI a human and a machine view. The Turtle and JSON-LD
hold the page's description (build_data.descriptions: the triples about it, and the ties pointing at it);
the HTML shows what the network stage reads from the store (network/from_store.py): names, ties with the
sentences and releases they come from, roles over time, quotes, the releases naming it, and its
neighbourhood (neighbourhood.py).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx

from ..rdf.dumps import USUAL_PREFIXES
from ..rdf.dumps_jsonld import jsonld_chunks
from ..rdf.dumps_turtle import turtle_chunks
from ..rdf.namespaces import IQ
from ..rdf.quads import Names, Quad
from ..vocab import CLASS, RELATION
from .build_data import BuildData, namespaces
from .facts import Facts, Quote
from .html import relative, render
from .neighbourhood import neighbourhood

MENTIONS = f"<{IQ.mentions}>"
ROLE = "role"  # from_store's relation name for a person's role tie
# Sentences shown per tie; the others are counted and are in the store (`which-sentence-says`). The
# programme's page listed 25 for each of its thousands of ties at 10,000 releases: 10 MB.
EVIDENCE_SHOWN = 3
RELEASES_SHOWN = 50  # releases listed as naming an entity (in from_store's order, the newest first)
TYPE_LABELS = {name: c.label_de for name, c in CLASS.items()} | {"PressRelease": "Pressemitteilung"}


class PageWriter:
    """Writes the pages of one site; `href(iri)` is the site path of an IRI's page, if it has one."""

    def __init__(self, site_dir: Path, data: BuildData, facts: Facts, network: nx.MultiDiGraph) -> None:
        self.site_dir, self.data, self.facts, self.network = site_dir, data, facts, network
        self.names = Names(namespaces(data))
        self.paths = {iri[1:-1]: data.page_path(iri) + ".html" for iri in data.pages}

    def write_all(self, descriptions: dict[str, list[Quad]]) -> int:
        for iri, quads in descriptions.items():
            self._write(iri, quads)
        return len(descriptions)

    def _write(self, iri_text: str, quads: list[Quad]) -> None:
        stem = self.site_dir / self.data.page_path(iri_text)
        stem.parent.mkdir(parents=True, exist_ok=True)
        _write_text(stem.with_name(stem.name + ".ttl"), "".join(turtle_chunks(quads, self.names)))
        jsonld = "".join(jsonld_chunks({"": quads}, self.names, USUAL_PREFIXES))
        _write_text(stem.with_name(stem.name + ".jsonld"), jsonld)
        here = self.data.page_path(iri_text) + ".html"
        files = {"ttl": stem.name + ".ttl", "jsonld": stem.name + ".jsonld"}
        if self.data.pages[iri_text] == "PressRelease":
            page = self._release(iri_text, here, files, quads)
        else:
            page = self._entity(iri_text[1:-1], here, files)
        _write_text(stem.with_name(stem.name + ".html"), page)

    def href(self, here: str, iri: str) -> str | None:
        target = self.paths.get(iri)
        return relative(here, target) if target else None

    # entities ------------------------------------------------------------------------------------------

    def _entity(self, iri: str, here: str, files: dict[str, str]) -> str:
        kind = self.data.pages[f"<{iri}>"]
        entity_class = CLASS[kind]
        if iri not in self.network:  # an entity the network leaves out (no label): its names only
            label = self.facts.labels.get(f"<{iri}>", iri)
            node: dict[str, Any] = {"label": label, "aliases": [], "roles": [], "quotes": [], "sources": []}
        else:
            node = self.network.nodes[iri]
        links = {n: self.href(here, n) or "" for n in self._neighbour_iris(iri)}
        releases = [s for s in node.get("sources", []) if s.get("release")]
        return render(
            "entity.html",
            here,
            title=node["label"],
            type_de=entity_class.label_de,
            type_en=entity_class.label_en,
            iri=iri,
            files=files,
            aliases=node.get("aliases", []),
            svg=neighbourhood(self.network, iri, links, TYPE_LABELS) if iri in self.network else None,
            roles=node.get("roles", []),
            relations=self._relations(iri, here, node["label"]),
            quotes=[self._quote(q, here) for q in self.facts.quotes.get(f"<{iri}>", [])],
            releases=[self._source(s, here) for s in releases[:RELEASES_SHOWN]],
            releases_more=max(0, len(releases) - RELEASES_SHOWN),
            links=[_link(link) for link in node.get("links", [])],
        )

    def _neighbour_iris(self, iri: str) -> set[str]:
        if iri not in self.network:
            return set()
        return set(self.network.successors(iri)) | set(self.network.predecessors(iri))

    def _relations(self, iri: str, here: str, title: str) -> list[dict[str, Any]]:
        groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        if iri not in self.network:
            return []
        for _, other, data in self.network.out_edges(iri, data=True):
            groups[_heading(data, title, outgoing=True)].append(self._tie(other, data, here))
        for other, _, data in self.network.in_edges(iri, data=True):
            groups[_heading(data, title, outgoing=False)].append(self._tie(other, data, here))
        return [
            {
                "heading": de,
                "heading_en": en,
                "ties": sorted(items, key=lambda i: (i["label"], i["href"] or "")),
            }
            for (de, en), items in sorted(groups.items())
        ]

    def _tie(self, other: str, data: dict[str, Any], here: str) -> dict[str, Any]:
        node, evidence = self.network.nodes[other], list(data.get("evidence", []))
        return {
            "label": node["label"],
            "href": self.href(here, other),
            "type": TYPE_LABELS.get(str(node.get("type")), str(node.get("type"))),
            "span": _span(data.get("first"), data.get("last")),
            "evidence": [self._evidence(e, here) for e in evidence[:EVIDENCE_SHOWN]],
            "more": len(evidence) - EVIDENCE_SHOWN,
        }

    def _evidence(self, item: dict[str, Any], here: str) -> dict[str, Any]:
        if item.get("release"):
            return {
                "release": True,
                "href": self.href(here, item["release"]),
                "title": item.get("title") or "",
                "date": item.get("date") or "",
                "sentence": item.get("sentence") or "",
            }
        source = str(item.get("source") or "")
        return {"release": False, "source": source, "url": _web_url(source)}

    def _quote(self, quote: Quote, here: str) -> dict[str, Any]:
        release = self.facts.releases.get(quote.release)
        return {
            "text": quote.text,
            "href": self.href(here, quote.release[1:-1]),
            "title": (release.title if release else "") or "Pressemitteilung",
            "date": release.date if release else "",
        }

    def _source(self, source: dict[str, Any], here: str) -> dict[str, Any]:
        return {
            "href": self.href(here, source["release"]) or "",
            "title": source.get("title") or source["release"],
            "date": source.get("date") or "",
        }

    # releases ------------------------------------------------------------------------------------------

    def _release(self, iri_text: str, here: str, files: dict[str, str], quads: list[Quad]) -> str:
        release = self.facts.releases[iri_text]
        mentioned = sorted(
            {o for s, p, o, _ in quads if s == iri_text and p == MENTIONS and o in self.data.pages}
        )
        mentions = [
            {
                "label": self.facts.labels.get(o, o[1:-1]),
                "href": self.href(here, o[1:-1]),
                "type": TYPE_LABELS[self.data.pages[o]],
            }
            for o in mentioned
        ]
        return render(
            "release.html",
            here,
            title=release.title or iri_text[1:-1],
            iri=iri_text[1:-1],
            files=files,
            date=release.date,
            publisher=release.publisher,
            source=release.source,
            source_url=_web_url(release.source),
            mentions=sorted(mentions, key=lambda m: (m["label"], m["href"] or "")),
        )


def _heading(data: dict[str, Any], title: str, outgoing: bool) -> tuple[str, str]:
    relation = RELATION.get(str(data.get("relation")))
    if relation is not None:
        de, en = relation.label_de, relation.label_en
    else:  # a person's role, labelled with its title
        de = en = f"„{data.get('label') or ROLE}“"
    return (f"{title} – {de} …", f"{en} …") if outgoing else (f"… {de} {title}", f"… {en} this")


def _span(first: str | None, last: str | None) -> str:
    if first and last and first != last:
        return f"{first} bis {last}"
    return first or last or ""


def _link(link: dict[str, Any]) -> dict[str, str]:
    url = str(link.get("url") or "")
    return {"url": _web_url(url), "text": url, "label": str(link.get("label") or "")}


def _web_url(value: str) -> str:
    """`value` when it is an http(s) URL a link may point at, else "" (a `javascript:` URL stays text)."""
    return value if value.startswith(("http://", "https://")) and not any(c in value for c in ' "<>') else ""


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")
