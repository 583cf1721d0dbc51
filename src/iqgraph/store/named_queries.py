"""Named SPARQL queries: the `.rq` files in `queries/`, their headers, their parameters resolved and bound
safely, and their answers a page at a time.

A file starts with a header a user can read:

    # title: Funders of the programme and its networks
    # description: Who funds whom, with the releases that say so.
    # param: org: entity — the funded organisation's name, e.g. "IQ Landesnetzwerk Berlin" (all)

A parameter is a variable of the query (`?org`) and has a kind (`parameters.py`): what a user types is
resolved to the term it names (an entity's IRI, a relation, a publisher, a year), looked up in the store the
query goes to, and bound by a VALUES block where the query starts from it (`query_shape.py`), so no value is
ever spliced into the query text and the same text runs on every store. A parameter left out is unbound.
A named query is answered a page at a time (DEFAULT_PAGE rows unless a limit is given), with the number of
rows after the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib.term import Node

from ..errors import ParameterError, QueryNotFoundError
from ..folder_lock import reading
from ..resources import resource_path
from .embedded import STORE_DIR, LocalStore, QueryResult
from .parameters import Ask, Resolved, check_kind, resolve, values_block
from .query_shape import count_query, rows_query, store_page, with_keys, with_rows, with_values
from .row_order import rows_block, sort_rows
from .sparql_text import query_form

DEFAULT_PAGE = 100  # rows of a named query shown unless --limit says otherwise
_HEADER = re.compile(r"^#\s*(?P<key>title|description|param|paging)\s*:\s*(?P<value>.*)$")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_][\w]*)\s*(?::\s*(?P<kind>[\w: ]+?)\s*)?[—–]+\s*(?P<meaning>.*?)\s*"
    r"(?:\((?P<default>[^()]*)\))?\s*$"
)
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # see parameters.py: "entity", "iq:Person", "relation", "term" …
    meaning: str
    default: str | None  # what the query answers without it ("all"), or "required"

    @property
    def required(self) -> bool:
        return self.default == "required"


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path
    # "iqgraph": the rows are ordered and cut here (names compare fast in Python, slowly in Oxigraph);
    # "store": by the store, for many rows ordered by numbers and dates (`# paging: store` in the header)
    paging: str = "iqgraph"


def queries_dir() -> Path:
    return resource_path("queries")


def list_queries() -> list[NamedQuery]:
    return [parse_query(p) for p in sorted(queries_dir().glob("*.rq"))]


def lookup_text(name: str) -> str:
    """A query `parameters.py` resolves names with: `queries/lookups/<name>.rq`."""
    return (queries_dir() / "lookups" / f"{name}.rq").read_text(encoding="utf-8")


def load_query(name_or_path: str) -> NamedQuery:
    """A named query ("funders") or a `.rq` file's path."""
    if _NAME.match(name_or_path):
        path = queries_dir() / f"{name_or_path}.rq"
        if path.is_file():
            return parse_query(path)
        known = ", ".join(q.name for q in list_queries())
        raise QueryNotFoundError(f"no named query {name_or_path!r}; the named queries are: {known}")
    path = Path(name_or_path)
    if not path.is_file():
        raise QueryNotFoundError(f"{path}: no such query file")
    return parse_query(path)


def parse_query(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    fields: dict[str, str] = {}
    params: list[Param] = []
    for line in text.splitlines():
        header = _HEADER.match(line.strip())
        if header and header.group("key") == "param":
            params.append(_param(path, header.group("value")))
        elif header:
            fields[header.group("key")] = header.group("value").strip()
    paging = fields.get("paging", "iqgraph")
    if paging not in ("iqgraph", "store"):
        raise ParameterError(f"{path}: paging is 'iqgraph' or 'store', not {paging!r}")
    title, description = fields.get("title", path.stem), fields.get("description", "")
    return NamedQuery(path.stem, title, description, tuple(params), text, path, paging)


def _param(path: Path, spec: str) -> Param:
    match = _PARAM.match(spec.strip())
    if not match:
        raise ParameterError(
            f"{path}: cannot read the parameter line {spec!r} (name: kind — meaning (default))"
        )
    kind = match.group("kind") or "term"  # a header without a kind binds the value as typed
    check_kind(kind)
    return Param(match.group("name"), kind, match.group("meaning"), match.group("default"))


def bind(query: NamedQuery, terms: dict[str, Node]) -> str:
    """The query's text with each parameter bound to its term (VALUES blocks where the query starts)."""
    _check_declared(query, set(terms))
    return with_values(query.text, {name: values_block(name, [term]) for name, term in terms.items()})


def resolve_params(query: NamedQuery, values: dict[str, str], ask: Ask) -> list[Resolved]:
    """What each typed value stands for (see parameters.py), asking the store the query goes to."""
    _check_declared(query, set(values))
    missing = [p for p in query.params if p.required and p.name not in values]
    if missing:
        raise ParameterError(f"{query.name} needs --param {missing[0].name}=…: {missing[0].meaning}")
    kinds = {p.name: p.kind for p in query.params}
    return [resolve(name, kinds[name], values[name], ask, lookup_text) for name in sorted(values)]


def _check_declared(query: NamedQuery, names: set[str]) -> None:
    declared = {p.name for p in query.params}
    unknown = sorted(names - declared)
    if unknown:
        known = ", ".join(sorted(declared)) or "none"
        raise ParameterError(f"{query.name} has no parameter {', '.join(unknown)}; its parameters: {known}")


def resolve_query(spec: str) -> tuple[NamedQuery | None, str]:
    """What the user typed: a named query, a `.rq` file, or SPARQL text (then there is no NamedQuery)."""
    if re.search(r"[\s{]", spec.strip()):
        return None, spec
    named = load_query(spec)
    return named, named.text


@dataclass
class Answer:
    """A query's answer: the rows of one page, what its parameters were resolved to, the rows after it."""

    result: QueryResult
    resolved: list[Resolved] = field(default_factory=list)
    more: int = 0  # rows after this page; 0 when it is the last
    next_offset: int = 0  # the --offset of the next page


# the variables of a SELECT, and its rows with each term as SPARQL writes it (`<…>`, `"…"@de`, `12`)
TermRows = tuple[list[str], list[tuple[str | None, ...]]]


def run_query(
    spec: str,
    params: dict[str, str] | None = None,
    *,
    store: Path | None = None,
    endpoint: str | None = None,
    timeout: float = 60,
    allow_service: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> Answer:
    """Run a named query, a query file or SPARQL text on the embedded store of a build, or on an endpoint.

    Named queries and files answer `limit` rows (DEFAULT_PAGE when None, all when 0) after the first
    `offset`; SPARQL text all its rows unless a limit or offset is given. `timeout` seconds at most per
    request; SERVICE calls (this machine sending requests elsewhere) only with `allow_service` (an endpoint
    runs them itself, so the flag is the embedded store's)."""
    named, text = resolve_query(spec)
    if named is None and params:
        raise ParameterError("parameters go with named queries and .rq files, not with SPARQL text")
    page = (DEFAULT_PAGE if named is not None else 0) if limit is None else limit
    if endpoint:
        from .remote import RemoteStore  # SPARQLWrapper only when a remote store is asked for

        remote = RemoteStore(endpoint, timeout=timeout)
        return answer(
            remote.query, lambda rows: _as_terms(remote.query(rows)), named, text, params, page, offset
        )
    folder = store or Path("out")
    with reading(folder.parent if folder.name == STORE_DIR else folder):
        local = LocalStore(folder)
        options = {"allow_service": allow_service, "timeout": timeout}
        return answer(
            lambda query: local.query(query, **options),  # type: ignore[arg-type]
            lambda rows: local.term_rows(rows, **options),  # type: ignore[arg-type]
            named,
            text,
            params,
            page,
            offset,
        )


def answer(
    ask: Ask,
    ask_rows: Callable[[str], TermRows],
    named: NamedQuery | None,
    text: str,
    params: dict[str, str] | None,
    limit: int,
    offset: int,
) -> Answer:
    """`text` (of `named`, with `params` resolved and bound) answered a page of `limit` rows (0: all) after
    `offset`: a query with a rows sub-select in two steps (query_shape.py), any other whole and cut here."""
    resolved = resolve_params(named, params or {}, ask) if named is not None else []
    if named is not None:
        text = bind(named, {r.name: r.term for r in resolved})
    split = rows_query(text) if named is not None and query_form(text) == "SELECT" else None
    if named is None or split is None:
        return _cut(ask(text), resolved, limit, offset)
    if named.paging == "store":
        return _store_paged(ask, ask_rows, text, resolved, limit, offset)
    return _paged_here(ask, ask_rows, text, resolved, limit, offset)


def _paged_here(
    ask: Ask,
    ask_rows: Callable[[str], TermRows],
    text: str,
    resolved: list[Resolved],
    limit: int,
    offset: int,
) -> Answer:
    """All the rows, ordered and cut here; the rest of the query read for the page's rows only."""
    rows_text, order = rows_query(text)  # type: ignore[misc]  # answer() found the rows
    variables, rows = ask_rows(rows_text)
    rows = sort_rows(rows, [(variables.index(k.variable), k.descending) for k in order])
    page = rows[offset : offset + limit] if limit > 0 else rows[offset:]
    result = ask(_page_query(text, variables, page))
    return Answer(result, resolved, max(0, len(rows) - offset - len(page)), offset + len(page))


def _page_query(text: str, variables: list[str], page: list[tuple[str | None, ...]]) -> str:
    """`text` for the rows of one page: its rows sub-select replaced by them, and the sub-selects of the rest
    of the query started from the page's IRIs they use, so that they read only what the page needs."""
    iris = {
        name: [row[column] for row in page]
        for column, name in enumerate(variables)
        if all(row[column] is not None and row[column].startswith("<") for row in page)  # type: ignore[union-attr]
    }
    return with_keys(with_rows(text, rows_block(variables, page)), iris if page else {})


def _store_paged(
    ask: Ask,
    ask_rows: Callable[[str], TermRows],
    text: str,
    resolved: list[Resolved],
    limit: int,
    offset: int,
) -> Answer:
    """The store orders and cuts the rows (one more than the page says whether to count them all); the
    page's rows then get their columns as in `answer`."""
    variables, rows = ask_rows(store_page(text, limit + 1 if limit > 0 else 0, offset))
    page = rows[:limit] if limit > 0 else rows
    result = ask(_page_query(text, variables, page))
    if len(rows) <= len(page):
        return Answer(result, resolved, next_offset=offset + len(page))
    total = int(str(ask(count_query(text)).rows[0][0]))
    return Answer(result, resolved, max(0, total - offset - len(page)), offset + len(page))


def _cut(result: QueryResult, resolved: list[Resolved], limit: int, offset: int) -> Answer:
    if result.kind != "select" or (limit <= 0 and offset <= 0):
        return Answer(result, resolved, next_offset=len(result.rows))
    total = len(result.rows)
    result.rows = result.rows[offset : offset + limit] if limit > 0 else result.rows[offset:]
    return Answer(result, resolved, max(0, total - offset - len(result.rows)), offset + len(result.rows))


def _as_terms(result: QueryResult) -> TermRows:
    return result.variables, [tuple(None if t is None else t.n3() for t in row) for row in result.rows]
