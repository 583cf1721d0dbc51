"""Remote stores: query a SPARQL endpoint, push a build with the Graph Store Protocol, serve a build locally.

`RemoteStore(endpoint).query(text)` returns the same `QueryResult` (rdflib terms) as the embedded
`store.LocalStore`, through SPARQLWrapper: SELECT/ASK as SPARQL JSON, CONSTRUCT/DESCRIBE as Turtle; GET,
or a form POST for queries over 1,500 characters; an `iqgraph/<version>` User-Agent (Wikidata and
other public endpoints answer SPARQLWrapper's default agent with 403). The common prefixes a query uses
but does not declare are declared for it, as the embedded store does. Updates are refused before any
request. Every failure (HTTP status, refused connection, timeout, unreadable answer) is a
`store.QueryError` naming the endpoint, the status and the first line of the server's message.

Credentials come only from the environment (see `remote_http.py`). Pushing a build lives in
`remote_push.py`, serving one in `remote_server.py`; their names are importable from here.
"""

from __future__ import annotations

import ast
import json
import math
import re
import urllib.error
import warnings
from http.client import HTTPException, HTTPResponse
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node
from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from ..errors import PushError, QueryError, ServerError
from ..rdf.namespaces import PREFIXES
from .embedded import COMMON_PREFIXES, QueryResult, refuse_updates
from .remote_http import (
    AUTH_KINDS,
    ENV_AUTH,
    ENV_PASSWORD,
    ENV_USER,
    USER_AGENT,
    auth_kind_from,
    check_url,
    credentials_from_env,
    http_message,
    network_message,
    read,
)
from .remote_push import PushReport, graph_store_for, meta_graph_iri, push
from .remote_server import ServerProcess, free_port, oxigraph_binary, serve
from .sparql_text import query_form

__all__ = [
    "AUTH_KINDS",
    "ENV_AUTH",
    "ENV_PASSWORD",
    "ENV_USER",
    "POST_ABOVE",
    "USER_AGENT",
    "PushError",
    "PushReport",
    "QueryError",
    "RemoteStore",
    "ServerError",
    "ServerProcess",
    "free_port",
    "graph_store_for",
    "meta_graph_iri",
    "oxigraph_binary",
    "push",
    "serve",
]

# Queries longer than this (characters) are POSTed: some servers refuse URLs of 2,000+ characters.
POST_ABOVE = 1500
_RDF_FORMATS = {"n-triples": "nt", "rdf+xml": "xml", "ld+json": "json-ld", "trig": "trig", "n3": "n3"}

# --- queries -------------------------------------------------------------------------------------------


class RemoteStore:
    """A SPARQL endpoint, queried read-only over HTTP; the same results as the embedded store."""

    def __init__(self, endpoint: str, timeout: float = 60, user_agent: str = USER_AGENT) -> None:
        self.endpoint = check_url(endpoint)
        self.timeout = timeout
        self.user_agent = user_agent

    def __repr__(self) -> str:
        return f"RemoteStore({self.endpoint!r})"

    def query(self, text: str) -> QueryResult:
        refuse_updates(text)
        text = _with_prefixes(text)
        # read from the tokens: SPARQLWrapper guesses from the text with only some comment lines removed,
        # and a header line saying "… address …" made it send a SELECT as an update, which servers refuse
        form = query_form(text)
        sparql = self._request(text, form)
        try:
            return _parse(form, sparql.query().response)
        except SPARQLWrapperException as exc:
            raise QueryError(_wrapper_message(self.endpoint, exc)) from exc
        except urllib.error.HTTPError as exc:
            raise QueryError(http_message(self.endpoint, exc.code, exc.reason, read(exc))) from exc
        except (OSError, HTTPException) as exc:
            raise QueryError(network_message(self.endpoint, exc, self.timeout)) from exc
        except (ValueError, KeyError, TypeError, SyntaxError) as exc:
            raise QueryError(f"{self.endpoint} sent an answer iqgraph cannot read: {exc}") from exc

    def _request(self, text: str, form: str) -> SPARQLWrapper:
        sparql = SPARQLWrapper(self.endpoint, agent=self.user_agent)
        sparql.setOnlyConneg(True)  # the Accept header only: no format=/output=/results= parameters
        sparql.setTimeout(max(1, math.ceil(self.timeout)))  # SPARQLWrapper takes whole seconds
        # SPARQLWrapper guesses the query form, and warns when it cannot: ours replaces its guess
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sparql.setQuery(text)
        sparql.queryType = form
        sparql.setReturnFormat(TURTLE if form in ("CONSTRUCT", "DESCRIBE") else JSON)
        if len(text) > POST_ABOVE:
            sparql.setMethod(POST)
        credentials = credentials_from_env()
        if credentials:
            sparql.setHTTPAuth(auth_kind_from(None).upper())
            sparql.setCredentials(*credentials)
        return sparql


def _with_prefixes(text: str) -> str:
    """`text` with the common prefixes it uses but does not declare declared first."""
    body = re.sub(r"#[^\n]*", "", text)
    declared = {m.lower() for m in re.findall(r"\bPREFIX\s+([\w.-]*):", body, re.IGNORECASE)}
    used = [p for p in COMMON_PREFIXES if p.lower() not in declared and re.search(rf"(?<![\w<:]){p}:", body)]
    return "".join(f"PREFIX {p}: <{COMMON_PREFIXES[p]}>\n" for p in used) + text


def _wrapper_message(endpoint: str, exc: SPARQLWrapperException) -> str:
    """SPARQLWrapper keeps only the repr of the server's body inside its message: recover it."""
    original = exc.__context__  # it raises its exceptions while handling urllib's HTTPError
    if isinstance(original, urllib.error.HTTPError):
        status, reason = original.code, str(original.reason)
    else:
        status, reason = 0, type(exc).__name__
    _, _, raw = str(exc).partition("Response:\n")
    try:
        body = ast.literal_eval(raw) if raw else b""
    except (ValueError, SyntaxError):
        body = raw
    return http_message(endpoint, status, reason, body if isinstance(body, (bytes, str)) else b"")


def _parse(query_type: str, response: HTTPResponse) -> QueryResult:
    content_type = response.headers.get("Content-Type", "")
    payload = response.read()
    if query_type in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult("graph", graph=_graph(payload, content_type))
    if "json" not in content_type:
        raise ValueError(f"expected SPARQL JSON results, got {content_type or 'no content type'}")
    data = json.loads(payload.decode("utf-8"))
    if "boolean" in data:
        return QueryResult("ask", boolean=bool(data["boolean"]))
    variables = list(data["head"].get("vars", []))
    rows = [tuple(_json_term(b.get(v)) for v in variables) for b in data["results"]["bindings"]]
    return QueryResult("select", variables, rows)


def _graph(payload: bytes, content_type: str) -> Graph:
    fmt = next((f for key, f in _RDF_FORMATS.items() if key in content_type), "turtle")
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    graph.parse(data=payload, format=fmt)
    return graph


def _json_term(cell: dict[str, Any] | None) -> Node | None:
    if cell is None:
        return None
    kind, value = cell["type"], cell["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind not in ("literal", "typed-literal"):  # Virtuoso still says typed-literal (SPARQL JSON draft)
        raise ValueError(f"unsupported term type {kind!r} in a result")
    if cell.get("xml:lang"):
        return Literal(value, lang=cell["xml:lang"])
    datatype = cell.get("datatype")
    if datatype and datatype != str(XSD.string):
        return Literal(value, datatype=URIRef(datatype))
    return Literal(value)
