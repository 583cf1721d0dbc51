"""Pushing a build to a remote store with the Graph Store Protocol.

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
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http.client import HTTPException

from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import VOID

from ..errors import PushError, QueryError
from ..rdf.namespaces import DEFAULT_BASE
from .remote_http import (
    USER_AGENT,
    auth_kind_from,
    check_url,
    credentials_from_env,
    http_message,
    network_message,
    read,
)


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
        url = check_url(graph_store or _default_graph_store(endpoint))
        path = urllib.parse.urlsplit(url).path.rstrip("/")
        virtuoso = path.endswith(("/sparql-graph-crud", "/sparql-graph-crud-auth"))
        auth = auth_kind_from(auth_kind, "digest" if virtuoso else "basic")
    except QueryError as exc:
        raise PushError(str(exc)) from exc
    return _GraphStore(url, "graph-uri" if virtuoso else "graph", auth)


def _default_graph_store(endpoint: str) -> str:
    parts = urllib.parse.urlsplit(check_url(endpoint))
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
    credentials = credentials_from_env()
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
        raise PushError(http_message(where, exc.code, exc.reason, read(exc))) from exc
    except (OSError, HTTPException) as exc:
        raise PushError(network_message(where, exc, timeout)) from exc


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
