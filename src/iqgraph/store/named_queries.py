"""Named SPARQL queries: the `.rq` files in `queries/`, their headers, and their parameters bound safely.

A file starts with a header a user can read:

    # title: Funders of the programme and its networks
    # description: Who funds whom, with the release that says so.
    # param: org — an organisation's name, e.g. "IQ Landesnetzwerk Berlin" (all)

A parameter is a variable of the query (`?org`). Its value is bound as a typed RDF term (a German-labelled
literal, an IRI for `<…>`, `http…` or a known prefix such as `iq:fundedBy`, an integer for digits) rendered with `.n3()` into a `VALUES` block
that closes the query's outer WHERE group, so no value is ever spliced into the query text and the same text runs on every
store. A parameter left at its default is left unbound.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from ..errors import ParameterError, QueryNotFoundError
from ..folder_lock import reading
from ..rdf.namespaces import PREFIXES
from ..rdf.quads import iri_problem, iri_text
from ..resources import resource_path
from .embedded import STORE_DIR, LocalStore, QueryResult
from .sparql_text import blanked

_HEADER = re.compile(r"^#\s*(?P<key>title|description|param)\s*:\s*(?P<value>.*)$")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_][\w]*)\s*[—–-]+\s*(?P<meaning>.*?)\s*(?:\((?P<default>[^()]*)\))?\s*$"
)
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Param:
    name: str
    meaning: str
    default: str | None


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path


def queries_dir() -> Path:
    return resource_path("queries")


def list_queries() -> list[NamedQuery]:
    return [parse_query(p) for p in sorted(queries_dir().glob("*.rq"))]


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
    return NamedQuery(
        path.stem, fields.get("title", path.stem), fields.get("description", ""), tuple(params), text, path
    )


def _param(path: Path, spec: str) -> Param:
    match = _PARAM.match(spec.strip())
    if not match:
        raise ParameterError(f"{path}: cannot read the parameter line {spec!r} (name — meaning (default))")
    return Param(match.group("name"), match.group("meaning"), match.group("default"))


def term_for(value: str) -> Node:
    """The RDF term a command-line value stands for."""
    if value.startswith("<") and value.endswith(">"):
        return _iri_term(value[1:-1])
    if re.match(r"^https?://\S+$", value):
        return _iri_term(value)
    prefixed = re.fullmatch(r"([a-z][a-z0-9]*):([A-Za-z_][\w\-]*)", value)
    if prefixed and prefixed.group(1) in PREFIXES:  # "iq:fundedBy"
        return URIRef(str(PREFIXES[prefixed.group(1)]) + prefixed.group(2))
    if re.fullmatch(r"-?\d+", value):
        return Literal(int(value), datatype=XSD.integer)
    return Literal(value, lang="de")


def _iri_term(text: str) -> URIRef:
    """An IRI as the stores read it (spaces and quotes percent-encoded), or a usage error saying why not."""
    problem = iri_problem(text)
    if problem:
        raise ParameterError(f"{text!r} is not an absolute IRI ({problem}); write one as <https://…>")
    return URIRef(iri_text(text)[1:-1])


def bind(query: NamedQuery, values: dict[str, str]) -> str:
    """The query's text with the given parameters bound by a VALUES block closing its WHERE group."""
    declared = {p.name for p in query.params}
    unknown = sorted(set(values) - declared)
    if unknown:
        known = ", ".join(sorted(declared)) or "none"
        raise ParameterError(f"{query.name} has no parameter {', '.join(unknown)}; its parameters: {known}")
    if not values:
        return query.text
    names = sorted(values)
    terms = " ".join(term_for(values[n]).n3() for n in names)
    variables = " ".join(f"?{n}" for n in names)
    at = _outer_group_end(query.text)
    return f"{query.text[:at]}  VALUES ({variables}) {{ ({terms}) }}\n{query.text[at:]}"


def _outer_group_end(text: str) -> int:
    """Just before the closing brace of the query's outer WHERE group: a VALUES block there joins with the
    whole pattern before any aggregation and projection, on every store (Virtuoso refuses a trailing VALUES
    naming a variable it does not project, and one placed before the sub-selects that bind its variables)."""
    body = blanked(text)  # braces in strings, IRIs, comments
    where = re.search(r"\bWHERE\s*\{", body, re.IGNORECASE) or re.search(
        r"\b(?:SELECT|CONSTRUCT|ASK|DESCRIBE)\b[^{]*\{", body, re.IGNORECASE
    )
    if where is None:
        raise ParameterError("cannot find the query's WHERE clause to bind parameters in")
    depth = 1
    for pos in range(where.end(), len(body)):
        depth += {"{": 1, "}": -1}.get(body[pos], 0)
        if depth == 0:
            return pos
    raise ParameterError("the query's WHERE clause is not closed")


def resolve_query(spec: str) -> tuple[NamedQuery | None, str]:
    """What the user typed: a named query, a `.rq` file, or SPARQL text (then there is no NamedQuery)."""
    if re.search(r"[\s{]", spec.strip()):
        return None, spec
    named = load_query(spec)
    return named, named.text


def run_query(
    spec: str,
    params: dict[str, str] | None = None,
    *,
    store: Path | None = None,
    endpoint: str | None = None,
    timeout: float = 60,
    allow_service: bool = False,
) -> QueryResult:
    """Run a named query, a query file or SPARQL text on the embedded store of a build, or on an endpoint.

    `timeout` seconds at most; SERVICE calls (this machine sending requests elsewhere) only with
    `allow_service` (an endpoint runs them itself, so the flag is the embedded store's)."""
    named, text = resolve_query(spec)
    if named is not None:
        text = bind(named, params or {})
    elif params:
        raise ParameterError("parameters go with named queries and .rq files, not with SPARQL text")
    if endpoint:
        from .remote import RemoteStore  # SPARQLWrapper only when a remote store is asked for

        return RemoteStore(endpoint, timeout=timeout).query(text)
    folder = store or Path("out")
    with reading(folder.parent if folder.name == STORE_DIR else folder):
        return LocalStore(folder).query(text, allow_service=allow_service, timeout=timeout)
