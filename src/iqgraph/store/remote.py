"""Remote stores: query a SPARQL endpoint, push a build with the Graph Store Protocol, serve a build locally.

`RemoteStore(endpoint).query(text)` returns the same `QueryResult` (rdflib terms) as the embedded
`store.LocalStore`, through SPARQLWrapper: SELECT/ASK as SPARQL JSON, CONSTRUCT/DESCRIBE as Turtle; GET,
or a form POST for queries over 1,500 characters; an `iqgraph/<version>` User-Agent (Wikidata and
other public endpoints answer SPARQLWrapper's default agent with 403). The common prefixes a query uses
but does not declare are declared for it, as the embedded store does. Updates are refused before any
request. Every failure (HTTP status, refused connection, timeout, unreadable answer) is a
`store.QueryError` naming the endpoint, the status and the first line of the server's message.

Credentials come only from the environment, never from arguments, URLs or logs:

    IQGRAPH_ENDPOINT_USER, IQGRAPH_ENDPOINT_PASSWORD   sent only when both are set
    IQGRAPH_ENDPOINT_AUTH                              basic (default) or digest

`push(dataset, endpoint)` uploads every named graph with the SPARQL 1.1 Graph Store HTTP Protocol,
`PUT <graph store>?graph=<IRI>` with the graph as N-Triples, each graph replaced whole: a re-push
changes nothing, and a failed PUT leaves every other graph as it was (the push stops there and says how
many graphs were already replaced). The Graph Store URL is found from the query endpoint's path, or
given as `graph_store=` (then its parameter is `graph-uri` when the path names Virtuoso's
`sparql-graph-crud[-auth]`, else `graph`):

    server      query endpoint               Graph Store URL                                  auth
    Oxigraph    http://HOST:PORT/query       http://HOST:PORT/store?graph=IRI                 none (basic if set)
    Virtuoso    http://HOST:PORT/sparql      http://HOST:PORT/sparql-graph-crud-auth?graph-uri=IRI   Digest
    others      (Fuseki, GraphDB …)          pass graph_store=, e.g. http://HOST:3030/ds/data

The dataset description (the build's default graph) goes into the named graph `<base>graph/meta`,
pushed last, rather than into the server's default graph: a PUT there would replace whatever else the
server keeps in it, Virtuoso has no default graph of its own to replace (its default graph is the union
of all graphs), and a named graph is replaced whole like the others, so re-pushes stay idempotent.
Queries over a union default graph see it just as they see the default graph of the embedded store;
only `GRAPH ?g` lists `graph/meta` as one more graph. Empty graphs are not sent.

`push(…, partition=True)` is for a corpus built in partitions (one build per part, on one machine or
several) and loaded into one store: every build has its own release graphs (`<base>graph/release/…`), PUT
as above, but shares the others (`graph/entities`, `graph/reference`, `graph/meta`) with the other
partitions, so their triples are POSTed: Graph Store POST adds them to what the graph holds. A store keeps each triple once, so
a re-push adds nothing; triples a partition no longer has stay until those graphs are replaced by a push
without `partition` (then push the other partitions again).

`serve(store)` runs the Oxigraph server (PyPI package `oxigraph`) read-only on a build's embedded store,
with `--union-default-graph`: queries see the release graphs without a `GRAPH` clause, exactly as with
the embedded store, and `GRAPH ?g { … }` still names the graph each fact is in. Updates are refused.
An Oxigraph server you start yourself (`oxigraph serve`) queries only its own default graph unless it
is started with `--union-default-graph`; pushed graphs then need `GRAPH` or `FROM`.
"""

from __future__ import annotations

import ast
import base64
import json
import math
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from http.client import HTTPException, HTTPResponse
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import VOID, XSD
from rdflib.term import Node
from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from ..child_processes import die_with
from ..errors import PushError, QueryError, ServerError
from ..rdf.namespaces import DEFAULT_BASE, PREFIXES
from ..version import __version__
from .embedded import COMMON_PREFIXES, STORE_DIR, QueryResult, refuse_updates
from .serve_guard import QueryGuard
from .sparql_text import query_form

USER_AGENT = f"iqgraph/{__version__} (+https://w3id.org/iqgraph)"
# Queries longer than this (characters) are POSTed: some servers refuse URLs of 2,000+ characters.
POST_ABOVE = 1500
ENV_USER, ENV_PASSWORD, ENV_AUTH = (
    "IQGRAPH_ENDPOINT_USER",
    "IQGRAPH_ENDPOINT_PASSWORD",
    "IQGRAPH_ENDPOINT_AUTH",
)
AUTH_KINDS = ("basic", "digest")
_RDF_FORMATS = {"n-triples": "nt", "rdf+xml": "xml", "ld+json": "json-ld", "trig": "trig", "n3": "n3"}


# --- credentials and HTTP errors, shared by queries and pushes ---------------------------------------


def _credentials() -> tuple[str, str] | None:
    user, password = os.environ.get(ENV_USER), os.environ.get(ENV_PASSWORD)
    return (user, password) if user and password is not None else None


def _auth_kind(explicit: str | None, default: str = "basic") -> str:
    kind = (explicit or os.environ.get(ENV_AUTH) or default).strip().lower()
    if kind not in AUTH_KINDS:
        raise QueryError(f"unknown authentication {kind!r} ({ENV_AUTH}): use basic or digest")
    return kind


def _check_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.username or parts.password:
        raise QueryError(f"put credentials in {ENV_USER} and {ENV_PASSWORD}, not in the endpoint's URL")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise QueryError(f"{url!r} is not an http(s) URL of a SPARQL endpoint")
    try:
        parts.port  # noqa: B018 (reading it checks it)
    except ValueError:
        raise QueryError(f"{url!r}: the port is not a number from 1 to 65535") from None
    return url


def _first_line(body: bytes | str | None) -> str:
    """The first informative line of a server's message (HTML stripped; status-only lines skipped)."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else (body or "")
    text = re.sub(r"(?is)<(head|title|script|style)\b.*?</\1>", "", text)
    text = re.sub(r"<[^>]+>", "\n", text)
    lines = [line.strip() for line in text.splitlines()]
    useful = [line for line in lines if line and not re.match(r"^(HTTP/\S+ \d{3}\b.*|Error \w+)$", line)]
    return (useful or [""])[0][:300]


def _http_message(url: str, status: int, reason: str, body: bytes | str | None) -> str:
    detail = _first_line(body)
    message = f"{url} answered HTTP {status} {reason}".rstrip()
    message += f": {detail}" if detail and detail != reason else ""
    if status == 401:
        verb = "check" if _credentials() else "set"
        message += f" ({verb} {ENV_USER} and {ENV_PASSWORD}; {ENV_AUTH}=digest for Virtuoso)"
    return message


def _network_message(url: str, exc: BaseException, timeout: float) -> str:
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"{url} did not answer within {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return f"cannot connect to {url}: connection refused (is the server running, and is the port right?)"
    if isinstance(reason, socket.gaierror):
        return f"cannot connect to {url}: unknown host ({reason.strerror})"
    if isinstance(reason, (ConnectionError, HTTPException)):
        return f"the connection to {url} broke: {type(reason).__name__} {reason}".rstrip()
    return f"cannot connect to {url}: {getattr(reason, 'strerror', None) or reason}"


# --- queries -------------------------------------------------------------------------------------------


class RemoteStore:
    """A SPARQL endpoint, queried read-only over HTTP; the same results as the embedded store."""

    def __init__(self, endpoint: str, timeout: float = 60, user_agent: str = USER_AGENT) -> None:
        self.endpoint = _check_url(endpoint)
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
            raise QueryError(_http_message(self.endpoint, exc.code, exc.reason, _read(exc))) from exc
        except (OSError, HTTPException) as exc:
            raise QueryError(_network_message(self.endpoint, exc, self.timeout)) from exc
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
        credentials = _credentials()
        if credentials:
            sparql.setHTTPAuth(_auth_kind(None).upper())
            sparql.setCredentials(*credentials)
        return sparql


def _with_prefixes(text: str) -> str:
    """`text` with the common prefixes it uses but does not declare declared first."""
    body = re.sub(r"#[^\n]*", "", text)
    declared = {m.lower() for m in re.findall(r"\bPREFIX\s+([\w.-]*):", body, re.IGNORECASE)}
    used = [p for p in COMMON_PREFIXES if p.lower() not in declared and re.search(rf"(?<![\w<:]){p}:", body)]
    return "".join(f"PREFIX {p}: <{COMMON_PREFIXES[p]}>\n" for p in used) + text


def _read(exc: urllib.error.HTTPError) -> bytes:
    try:
        return exc.read() or b""
    except (OSError, HTTPException):
        return b""


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
    return _http_message(endpoint, status, reason, body if isinstance(body, (bytes, str)) else b"")


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


# --- push ----------------------------------------------------------------------------------------------


@dataclass
class PushReport:
    graphs: list[str] = field(default_factory=list)  # replaced or added to, in the order pushed
    triples: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (graph, why); the push stops at the first
    added: list[str] = field(default_factory=list)  # those of `graphs` added to (POST) rather than replaced


@dataclass(frozen=True)
class _GraphStore:
    url: str
    param: str  # "graph" (the standard) or "graph-uri" (Virtuoso)
    auth: str  # "basic" or "digest"

    def graph_url(self, graph: str) -> str:
        sep = "&" if urllib.parse.urlsplit(self.url).query else "?"
        return f"{self.url}{sep}{urllib.parse.urlencode({self.param: graph})}"


def graph_store_for(
    endpoint: str, graph_store: str | None = None, auth_kind: str | None = None
) -> _GraphStore:
    """Where and how to PUT graphs for a query endpoint (see the module's table)."""
    try:
        url = _check_url(graph_store or _default_graph_store(endpoint))
        path = urllib.parse.urlsplit(url).path.rstrip("/")
        virtuoso = path.endswith(("/sparql-graph-crud", "/sparql-graph-crud-auth"))
        auth = _auth_kind(auth_kind, "digest" if virtuoso else "basic")
    except QueryError as exc:
        raise PushError(str(exc)) from exc
    return _GraphStore(url, "graph-uri" if virtuoso else "graph", auth)


def _default_graph_store(endpoint: str) -> str:
    parts = urllib.parse.urlsplit(_check_url(endpoint))
    path = parts.path.rstrip("/")
    for tail, store in (("/query", "/store"), ("/sparql", "/sparql-graph-crud-auth")):
        if path.endswith(tail):
            return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path[: -len(tail)] + store, "", ""))
    raise PushError(
        f"cannot tell the Graph Store URL of {endpoint} (known: Oxigraph's …/query, Virtuoso's …/sparql): "
        "pass it with graph_store= (--graph-store), e.g. http://HOST:3030/ds/data for Fuseki"
    )


def push(
    dataset: Dataset,
    endpoint: str,
    *,
    graph_store: str | None = None,
    auth_kind: str | None = None,
    partition: bool = False,
    progress: Callable[[str], None] | None = None,
    timeout: float = 300,
) -> PushReport:
    """Replace each named graph of `dataset` on the store behind `endpoint`; `progress(iri)` after each.

    With `partition`, only the release graphs are replaced; the triples of the graphs every partition
    shares (entities, reference, meta) are added to the store's (see the module's docstring).
    """
    target = graph_store_for(endpoint, graph_store, auth_kind)
    graphs = _graphs_to_push(dataset)
    _check_is_a_build(graphs, dataset)
    own = f"{_base(dataset)}graph/release/"
    report = PushReport()
    opener, headers = _opener(target)
    for iri, graph in graphs:
        method = "POST" if partition and not iri.startswith(own) else "PUT"
        try:
            _send(opener, headers, method, target.graph_url(iri), graph, timeout)
        except PushError as exc:
            report.failed.append((iri, str(exc)))
            raise PushError(_push_failure(iri, str(exc), report, len(graphs), partition), report) from exc
        report.graphs.append(iri)
        report.added += [iri] if method == "POST" else []
        report.triples += len(graph)
        if progress:
            progress(iri)
    return report


def _check_is_a_build(graphs: list[tuple[str, Graph]], dataset: Dataset) -> None:
    """A build's dataset has named graphs: a merged Turtle dump would be PUT whole into the meta graph,
    and an empty or foreign file reported "pushed 0 graphs" as a success."""
    if len(graphs) == (1 if len(dataset.graph(DATASET_DEFAULT_GRAPH_ID)) else 0):
        raise PushError(
            "there are no named graphs to push: push a build folder or its iqgraph.trig / iqgraph.nq, "
            "not the merged Turtle dump, report.json or an empty file"
        )


def _graphs_to_push(dataset: Dataset) -> list[tuple[str, Graph]]:
    """Named graphs in IRI order, then the dataset description as `<base>graph/meta`; empty ones left out."""
    named = [g for g in dataset.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g)]
    out: list[tuple[str, Graph]] = [
        (str(g.identifier), g) for g in sorted(named, key=lambda g: str(g.identifier))
    ]
    description = dataset.graph(DATASET_DEFAULT_GRAPH_ID)
    if len(description):
        out.append((meta_graph_iri(dataset), description))
    return out


def meta_graph_iri(dataset: Dataset) -> str:
    """`<base>graph/meta`."""
    return f"{_base(dataset)}graph/meta"


def _base(dataset: Dataset) -> str:
    """The build's base IRI, read from the description's void:uriSpace."""
    spaces = sorted(str(o) for o in dataset.graph(DATASET_DEFAULT_GRAPH_ID).objects(None, VOID.uriSpace))
    return spaces[0] if spaces else DEFAULT_BASE


def _opener(target: _GraphStore) -> tuple[urllib.request.OpenerDirector, dict[str, str]]:
    """An opener of our own (no process-wide state) and the headers every request carries."""
    headers = {"User-Agent": USER_AGENT, "Content-Type": "application/n-triples"}
    credentials = _credentials()
    if credentials and target.auth == "digest":
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, target.url, *credentials)
        return urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(manager)), headers
    if credentials:
        token = base64.b64encode(":".join(credentials).encode("utf-8")).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    return urllib.request.build_opener(), headers


def _send(
    opener: urllib.request.OpenerDirector,
    headers: dict[str, str],
    method: str,
    url: str,
    graph: Graph,
    timeout: float,
) -> None:
    """PUT (replace the graph) or POST (add to it) `graph` as N-Triples."""
    body = graph.serialize(format="nt", encoding="utf-8")
    request = urllib.request.Request(url, data=body, headers=headers, method=method)
    where = url.split("?", 1)[0]
    try:
        with opener.open(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        raise PushError(_http_message(where, exc.code, exc.reason, _read(exc))) from exc
    except (OSError, HTTPException) as exc:
        raise PushError(_network_message(where, exc, timeout)) from exc


def _push_failure(iri: str, why: str, report: PushReport, total: int, partition: bool) -> str:
    done, verb, again = f"{len(report.graphs)} of {total} graphs", "replaced", "each graph is replaced whole"
    if partition:
        replaced = len(report.graphs) - len(report.added)
        done = f"{done} ({replaced} replaced, {len(report.added)} added to)"
        verb, again = "pushed", "release graphs are replaced whole and a store keeps each added triple once"
    return (
        f"pushing graph <{iri}> failed: {why}. {done} were {verb} before it and stay as they are; the "
        f"others are unchanged. Push again once that is fixed: {again}, so nothing is duplicated."
    )


# --- serve ---------------------------------------------------------------------------------------------


class ServerProcess:
    """A running `oxigraph serve-read-only`; `.url` is its query endpoint; stops on `.stop()` or `with` exit."""

    def __init__(
        self, process: subprocess.Popen[bytes], url: str, log: IO[bytes], guard: QueryGuard | None = None
    ) -> None:
        self.process, self.url, self._log, self.guard = process, url, log, guard

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def running(self) -> bool:
        return self.process.poll() is None

    def wait(self) -> int:
        """Block until the server ends (Ctrl-C raises KeyboardInterrupt here)."""
        return self.process.wait()

    def stop(self, timeout: float = 5) -> None:
        """SIGTERM, then SIGKILL if it has not ended after `timeout` seconds."""
        if self.guard is not None:
            self.guard.stop()
            self.guard = None
        if self.running():
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()

    def log_tail(self) -> str:
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace").strip()[-2000:]


def oxigraph_binary() -> Path:
    """The `oxigraph` server of this Python environment, else the one on PATH."""
    name = "oxigraph.exe" if os.name == "nt" else "oxigraph"
    beside = Path(sys.executable).parent / name
    found = beside if beside.is_file() else (Path(p) if (p := shutil.which("oxigraph")) else None)
    if found is None:
        raise ServerError("the Oxigraph server is not installed: pip install oxigraph")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def serve(
    store_location: Path,
    port: int | None = None,
    host: str = "127.0.0.1",
    timeout: float = 60,
    allow_service: bool = False,
    site: Path | None = None,
) -> ServerProcess:
    """Serve a build's embedded store read-only at `http://HOST:PORT/query` (release graphs without GRAPH),
    and with `site` a published site beside it, entity IRIs negotiated (publish/conneg.py).

    Requests pass a guard (serve_guard.py) that refuses updates and, unless `allow_service`, SERVICE calls;
    the Oxigraph server behind it listens on a free loopback port. A query may take `timeout` seconds, and
    the server ends with this process, however that ends."""
    location = store_location / STORE_DIR if (store_location / STORE_DIR).is_dir() else store_location
    if not location.is_dir():
        raise ServerError(f"no embedded store at {store_location}: run `iqgraph build` first")
    if site is not None and not (site / "index.html").is_file():
        raise ServerError(f"no published site in {site}: run `iqgraph publish -o {site}` first")
    binary = oxigraph_binary()
    bind = f"127.0.0.1:{free_port('127.0.0.1')}"  # the server itself: loopback only, behind the guard
    port = port or free_port(host)
    try:
        guard = QueryGuard(host, port, f"http://{bind}", timeout, allow_service, site)
    except OSError as exc:
        raise ServerError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    command = [
        str(binary),
        "serve-read-only",
        "--location",
        str(location),
        "--bind",
        bind,
        "--union-default-graph",
    ]
    limit = ["--timeout-s", str(max(1, math.ceil(timeout)))]  # the server takes whole seconds
    log = tempfile.TemporaryFile()  # noqa: SIM115 - the ServerProcess closes it on stop()
    parent = os.getpid()
    try:
        process = subprocess.Popen(
            [*command, *limit],
            stdout=log,
            stderr=log,
            preexec_fn=lambda: die_with(parent, signal.SIGTERM),  # noqa: PLW1509 (only a prctl call, no locks)
        )
    except OSError as exc:
        guard.stop()
        log.close()
        raise ServerError(f"cannot start the Oxigraph server {binary}: {exc.strerror or exc}") from exc
    server = ServerProcess(process, f"http://{bind}/query", log, guard)
    _wait_until_answering(server, 5.0)  # the server itself, before the guard lets anyone in (stops both)
    guard.start()
    address = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    server.url = f"http://{address}/query"
    return server


def _wait_until_answering(server: ServerProcess, seconds: float) -> None:
    probe = f"{server.url}?{urllib.parse.urlencode({'query': 'ASK {}'})}"
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and server.running():
        try:
            with urllib.request.urlopen(probe, timeout=1) as response:
                if response.status == 200:
                    return
        except (OSError, HTTPException):
            time.sleep(0.05)
    why = server.log_tail() if not server.running() else f"no answer within {seconds:g} s"
    server.stop()
    raise ServerError(f"the Oxigraph server did not start at {server.url}: {why or 'it exited'}")
