"""Network stage: the ties of a network as a table to take away: who funds, hosts, leads, partners whom.

One row per tie (subject, relation, object), with its first and last attested day, how many sources attest
it, and the releases' titles and IRIs (or the reference sources). Two renderings: a self-contained HTML page
(escaped, no script, a Content-Security-Policy that allows its own style only) and CSV for a spreadsheet
(UTF-8 with a byte-order mark, so Excel reads the umlauts). Rows are sorted, so the same network gives the
same bytes.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import OutputError
from ..vocab import RELATIONS
from .from_store import ROLE
from .page_text import Language, relation_label, type_label, word

TABLE_FORMATS = ("table", "csv")
# The organisational ties a report asks about; events, places and speakers stay in the view.
TABLE_RELATIONS = ("fundedBy", "implementationPartner", "partOf", "hostedBy", "ledBy", "memberOf", ROLE)
_ORDER = {r: i for i, r in enumerate((*RELATIONS, ROLE))}  # rows by relation in the vocabulary's order
LIST_SEPARATOR = "\n"  # between titles in one CSV cell: a spreadsheet shows them one per line
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run a cell starting so as a formula
CSV_BOM = "\ufeff"  # Excel reads CSV as UTF-8 only after this mark; Python's csv reads it with utf-8-sig
HEADERS: dict[Language, tuple[str, ...]] = {
    "de": (
        "Subjekt",
        "Typ des Subjekts",
        "Beziehung",
        "Objekt",
        "Typ des Objekts",
        "erstmals belegt",
        "zuletzt belegt",
        "Quellen",
        "Pressemitteilungen",
        "Quellen-IRIs",
    ),
    "en": (
        "subject",
        "subject type",
        "relation",
        "object",
        "object type",
        "first attested",
        "last attested",
        "sources",
        "press releases",
        "source IRIs",
    ),
}
_STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 1.5rem; color: #111; }
table { border-collapse: collapse; font-size: 0.9rem; width: 100%; }
th, td { border: 1px solid #bbb; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eef2f7; position: sticky; top: 0; }
td.n { text-align: right; }
td.d { white-space: nowrap; }
td.s { width: 35%; overflow-wrap: anywhere; }  /* long addresses break, names do not */
ul { margin: 0; padding-left: 1rem; }
small { color: #555; }
"""


@dataclass(frozen=True)
class Tie:
    """One row: a tie as a reader reads it, with its sources."""

    subject: str
    subject_type: str
    relation: str
    object: str
    object_type: str
    first: str | None
    last: str | None
    ongoing: bool  # dated, but with no end: 'seit 2005'
    releases: tuple[tuple[str, str], ...]  # (title with date, IRI) of each release attesting it
    references: tuple[str, ...]  # reference sources (web pages) of a reference fact

    @property
    def sources(self) -> int:
        return len(self.releases) + len(self.references)


def ties(g: nx.MultiDiGraph, lang: Language = "de") -> list[Tie]:
    """The table's rows: each tie of `g` of the table's relations, in a fixed order."""
    edges = [(s, o, d) for s, o, d in g.edges(data=True) if d["relation"] in TABLE_RELATIONS]
    edges.sort(key=lambda e: _row_key(g, *e))
    return [_tie(g.nodes[s], g.nodes[o], data, lang) for s, o, data in edges]


def _row_key(g: nx.MultiDiGraph, s: str, o: str, data: dict[str, Any]) -> tuple[Any, ...]:
    subject, obj = g.nodes[s]["label"], g.nodes[o]["label"]
    return (_ORDER[data["relation"]], data["label"], subject.casefold(), s, obj.casefold(), o)


def _tie(subject: dict[str, Any], obj: dict[str, Any], data: dict[str, Any], lang: Language) -> Tie:
    releases = {e["release"]: _release_title(e) for e in data["evidence"] if "release" in e}
    references = sorted({e["source"] for e in data["evidence"] if "source" in e})
    return Tie(
        subject=subject["label"],
        subject_type=type_label(subject["type"], lang),
        relation=relation_label(data, lang),
        object=obj["label"],
        object_type=type_label(obj["type"], lang),
        first=data["first"],
        last=data["last"],
        ongoing=bool(data["first"]) and data["last"] is None,
        releases=tuple(sorted(((title, iri) for iri, title in releases.items()), key=lambda r: (r[1], r[0]))),
        references=tuple(references),
    )


def _release_title(evidence: dict[str, str]) -> str:
    title = evidence.get("title") or evidence["release"].rsplit("/", 1)[-1]
    return f"{title} ({evidence['date']})" if evidence.get("date") else title


# CSV ----------------------------------------------------------------------------------------------------


def render_csv(rows: list[Tie], lang: Language = "de") -> str:
    """The rows as CSV text (comma-separated, quoted where needed, CRLF as RFC 4180), headers first."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADERS[lang])
    for tie in rows:
        last = word("ongoing", lang) if tie.ongoing else tie.last
        writer.writerow(
            [
                _cell(tie.subject),
                tie.subject_type,
                _cell(tie.relation),
                _cell(tie.object),
                tie.object_type,
                tie.first or "",
                last or "",
                tie.sources,
                _cell(LIST_SEPARATOR.join(title for title, _ in tie.releases)),
                _cell(LIST_SEPARATOR.join([*(iri for _, iri in tie.releases), *tie.references])),
            ]
        )
    return out.getvalue()


def _cell(text: str) -> str:
    """Release text as a spreadsheet shows it: a leading apostrophe keeps '=…' a text, not a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


# HTML ---------------------------------------------------------------------------------------------------


def render_table_html(rows: list[Tie], title: str, lang: Language = "de") -> str:
    """One self-contained page: the rows as an HTML table, every text escaped, no script."""
    style_hash = base64.b64encode(hashlib.sha256(_STYLE.encode("utf-8")).digest()).decode("ascii")
    csp = f"default-src 'none'; style-src 'sha256-{style_hash}'"
    head = "".join(f"<th>{_e(h)}</th>" for h in _html_headers(lang))
    body = "\n".join(_html_row(tie, lang) for tie in rows)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        f"<title>{_e(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{_e(title)}</h1>\n<p>{len(rows)} {_e(_rows_word(lang))}</p>\n"
        f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>\n</body>\n</html>\n"
    )


def _html_headers(lang: Language) -> tuple[str, ...]:
    """The CSV's headers, with each type under its name and one period column, so the page fits 1280 px."""
    subject, _, relation, obj, _, _first, _last, sources, releases, _ = HEADERS[lang]
    period = "Zeitraum" if lang == "de" else "period"
    listed = f"{releases}, {'Referenzquellen' if lang == 'de' else 'reference sources'}"
    return (subject, relation, obj, period, sources, listed)


def _rows_word(lang: Language) -> str:
    return "Verbindungen" if lang == "de" else "ties"


def _html_row(tie: Tie, lang: Language) -> str:
    cells = [_named(tie.subject, tie.subject_type), _e(tie.relation), _named(tie.object, tie.object_type)]
    return (
        "<tr>"
        + "".join(f"<td>{c}</td>" for c in cells)
        + f'<td class="d">{_e(period(tie, lang))}</td><td class="n">{tie.sources}</td>'
        + f'<td class="s">{_html_sources(tie)}</td></tr>'
    )


def _named(name: str, kind: str) -> str:
    return f"{_e(name)}<br><small>{_e(kind)}</small>"


def period(tie: Tie, lang: Language) -> str:
    """'2013-05-06 – 2015-12-31', 'seit 2005-01-01', one day, or 'ohne Datum'."""
    if not tie.first:
        return word("undated", lang)
    if tie.ongoing:
        return f"{word('since', lang)} {tie.first}"
    return tie.first if tie.first == tie.last else f"{tie.first} – {tie.last}"


def _html_sources(tie: Tie) -> str:
    items = [f"<li>{_e(title)}<br><small>{_e(iri)}</small></li>" for title, iri in tie.releases]
    items += [f"<li>{_link(url)}</li>" for url in tie.references]
    return f"<ul>{''.join(items)}</ul>" if items else ""


def _link(url: str) -> str:
    """A web link only for http(s) addresses; anything else stays text."""
    if url.startswith(("http://", "https://")):
        return f'<a href="{_e(url)}" rel="noreferrer">{_e(url)}</a>'
    return _e(url)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


# Files --------------------------------------------------------------------------------------------------


def write_table(g: nx.MultiDiGraph, path: Path, fmt: str, title: str, lang: Language = "de") -> Path:
    """The ties of `g` as an HTML table (fmt 'table') or CSV with a byte-order mark (fmt 'csv')."""
    rows = ties(g, lang)
    text = CSV_BOM + render_csv(rows, lang) if fmt == "csv" else render_table_html(rows, title, lang)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return path
