"""Store stage: the embedded SPARQL store a build writes, and one result type for local and remote queries.

`build` loads the dataset into a pyoxigraph store in `<out>/store/` (on disk, opened once per command,
never re-parsed per query). Queries see the union of all graphs as their default graph, so the release
graphs need no `GRAPH` clause; `GRAPH ?g { … }` still names the graph a fact is in.
pyoxigraph was chosen by measurement: benchmarks/query_engines.py compares it with rdflib's own store.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from ..errors import OutputError, QueryError
from ..rdf.dumps import write_nquads
from ..rdf.namespaces import PREFIXES
from ..rdf.quads import Quads, literal_parts
from ..version import __version__
from .sparql_text import calls_service, is_update

STORE_DIR = "store"
T = TypeVar("T")
COMMON_PREFIXES = {prefix: str(ns) for prefix, ns in PREFIXES.items()}


@dataclass
class QueryResult:
    """What a query returned, as rdflib terms, whichever store answered."""

    kind: str  # "select", "ask" or "graph" (CONSTRUCT / DESCRIBE)
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None


def refuse_updates(query: str) -> None:
    """`query` is read-only: an update is refused before it reaches any store."""
    if is_update(query):
        raise QueryError(
            "this is a SPARQL update; `iqgraph query` only reads (use `iqgraph push` to change a store)"
        )


def refuse_service(query: str) -> None:
    """A SERVICE pattern run here would make this machine send requests to any server the text names."""
    if calls_service(query):
        raise QueryError(
            "the query calls SERVICE, which would send requests from this machine to another server; "
            "pass --allow-service if that is meant"
        )


def within(seconds: float | None, work: Callable[[], T]) -> T:
    """`work()` run in a helper thread, so that Ctrl-C and a time limit stop the wait even while Oxigraph
    evaluates (in Rust, without the GIL, where a signal reached Python only after 30 s). A query past its
    time keeps its thread until it ends; the command exits meanwhile."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # noqa: BLE001 (raised again in the caller's thread)
            box["error"] = exc

    thread = threading.Thread(target=run, name="iqgraph-query", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise QueryError(
            f"the query did not finish within {seconds:g} s; raise --timeout to let it run longer"
        )
    if "error" in box:
        raise box["error"]
    return box["value"]  # type: ignore[no-any-return]


def write_store(data: Dataset | Quads, out_dir: Path, nquads: Path | None = None) -> Path:
    """(Re)create `<out_dir>/store` holding every quad of `data`.

    `nquads` is the N-Quads dump of `data` when `write_dumps` has written it: the store loads that file
    rather than serialising the dataset a second time.
    """
    location = out_dir / STORE_DIR
    # Loaded beside the old store and swapped in when whole: a failed load leaves the old one as it was.
    fresh = out_dir / f".{STORE_DIR}.new"
    _forget_graphs(out_dir)
    try:
        shutil.rmtree(fresh, ignore_errors=True)
        store = ox.Store(str(fresh))
        if nquads is None:  # a file rather than bytes: a large dataset's bytes would double the memory
            with tempfile.TemporaryDirectory(dir=out_dir) as scratch:
                store.bulk_load(
                    path=write_nquads(data, Path(scratch) / "dataset.nq"), format=ox.RdfFormat.N_QUADS
                )
        else:
            store.bulk_load(path=nquads, format=ox.RdfFormat.N_QUADS)
        store.flush()
        # A bulk load leaves many small sorted files; compacting them makes every later join read less
        # (10,000 releases: 3 s here, and a two-pattern join over 130,000 statements 4.2 s -> 0.9 s).
        store.optimize()
        del store  # closes the database before it moves
        _swap_in(fresh, location)
    except OSError as exc:
        raise OutputError(f"cannot write the embedded store to {location}: {exc}") from exc
    except SyntaxError as exc:  # the writer's escaping failed somewhere: name it, not the store
        raise OutputError(f"the embedded store refused the dataset's N-Quads: {exc}") from exc
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    return location


def _swap_in(fresh: Path, location: Path) -> None:
    old = location.with_name(f".{location.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if location.exists():
        location.rename(old)
    fresh.rename(location)
    shutil.rmtree(old, ignore_errors=True)


@dataclass
class StoreUpdate:
    """What `update_store` did: graphs replaced or removed (by IRI text, "" the default graph)."""

    location: Path
    replaced: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    reloaded: bool = False  # the whole store was loaded afresh (no record of the previous build)


def update_store(data: Quads, out_dir: Path, nquads: Path | None = None, whole: bool = False) -> StoreUpdate:
    """Bring `<out_dir>/store` to hold exactly `data`, touching only the graphs that changed.

    The digest of each graph's quads is kept beside the store (`cache/graphs.json`); a graph whose
    digest is unchanged is left as it is, a changed one is removed and loaded again, a graph no longer
    in `data` is removed. Without a record that matches the store (first build, a failed update, a store
    made by another version), when the changed graphs hold most of a large store's quads, or when
    `whole` is true, the store is loaded whole, as `write_store` does.
    """
    digests = graph_digests(data)
    previous = _recorded_graphs(out_dir)
    location = out_dir / STORE_DIR
    known = {} if whole or previous is None or not _opens(location) else previous
    changed = sorted(g for g, digest in digests.items() if known.get(g) != digest)
    gone = sorted(set(known) - set(digests))
    # Loaded whole without a record, and when most of a large store changes (other reference data or
    # base, a new extractor): one bulk load is faster than a transaction, which holds all it loads in memory.
    if not known or _mostly(data, set(changed)):
        write_store(data, out_dir, nquads)
        _record_graphs(out_dir, digests)
        return StoreUpdate(location, sorted(digests), reloaded=True)
    if changed or gone:
        lines = "".join(data.nquads(graphs=set(changed)))
        _check_nquads(lines)  # before any graph is removed: a refused load must not leave the store half
        _forget_graphs(out_dir)  # until the update is through, the store's contents are not on record
        try:
            _replace_graphs(location, [*gone, *changed], lines)
        except (OSError, RuntimeError):  # damaged ("Corruption: …", e.g. by two builds at once): afresh
            write_store(data, out_dir, nquads)
            _record_graphs(out_dir, digests)
            return StoreUpdate(location, sorted(digests), reloaded=True)
    _record_graphs(out_dir, digests)
    return StoreUpdate(location, changed, gone)


def _opens(location: Path) -> bool:
    """Whether the store at `location` exists and opens: a damaged one is loaded whole, not updated."""
    if not (location / "CURRENT").is_file():
        return False
    try:
        ox.Store.read_only(str(location))
    except (OSError, RuntimeError):
        return False
    return True


def _replace_graphs(location: Path, graphs: list[str], lines: str) -> None:
    store = ox.Store(str(location))
    for graph in graphs:
        store.remove_graph(_graph_node(graph))
    store.load(lines.encode(), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store  # closes the database before anyone opens it read-only


def _check_nquads(lines: str) -> None:
    try:
        for _ in ox.parse(lines.encode(), format=ox.RdfFormat.N_QUADS):
            pass
    except SyntaxError as exc:
        raise OutputError(
            f"the embedded store would refuse the dataset's N-Quads, so it was left as it was: {exc}"
        ) from exc


GRAPHS_RECORD = "cache/graphs.json"
# The store is loaded whole when the changed graphs hold more than this share of the quads, and more
# quads than a transaction takes lightly.
WHOLE_LOAD_SHARE = 0.25
WHOLE_LOAD_MIN_QUADS = 200_000


def _mostly(data: Quads, graphs: set[str]) -> bool:
    if len(data) * WHOLE_LOAD_SHARE <= WHOLE_LOAD_MIN_QUADS or not graphs:
        return False
    in_graphs = sum(1 for quad in data.sorted if quad[3] in graphs)
    return in_graphs > max(WHOLE_LOAD_SHARE * len(data), WHOLE_LOAD_MIN_QUADS)


def graph_digests(data: Quads) -> dict[str, str]:
    """Each graph's digest (of its N-Quads lines in order), by the graph's IRI text; "" the default graph."""
    hashes: dict[str, Any] = {}
    for s, p, o, g in data.sorted:
        h = hashes.get(g)
        if h is None:
            h = hashes[g] = hashlib.sha256()
        h.update(f"{s} {p} {o}\n".encode())
    return {g: h.hexdigest() for g, h in sorted(hashes.items())}


def _graph_node(graph: str) -> ox.NamedNode | ox.DefaultGraph:
    return ox.DefaultGraph() if graph == "" else ox.NamedNode(graph[1:-1])


def _recorded_graphs(out_dir: Path) -> dict[str, str] | None:
    try:
        record = json.loads((out_dir / GRAPHS_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("version") != __version__:
        return None
    graphs = record.get("graphs")
    return graphs if isinstance(graphs, dict) else None


def _record_graphs(out_dir: Path, digests: dict[str, str]) -> None:
    path = out_dir / GRAPHS_RECORD
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps({"version": __version__, "graphs": digests}, indent=0) + "\n", encoding="utf-8"
    )


def _forget_graphs(out_dir: Path) -> None:
    (out_dir / GRAPHS_RECORD).unlink(missing_ok=True)


class LocalStore:
    """The embedded store of a build, opened read-only."""

    def __init__(self, location: Path) -> None:
        path = location / STORE_DIR if (location / STORE_DIR).is_dir() else location
        if not (path / "CURRENT").is_file():  # every Oxigraph (RocksDB) database has one
            raise QueryError(
                f"no embedded store in {location}: run `iqgraph build` first, or name the build folder with --store"
            )
        try:
            self._store = ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:  # RocksDB says "Corruption: …" with a RuntimeError
            raise QueryError(
                f"cannot open the embedded store at {path}: {exc}; if it is damaged, "
                "`iqgraph build --full` with the same releases and --out makes it afresh"
            ) from exc
        self.location = path

    @property
    def native(self) -> ox.Store:
        """The pyoxigraph store itself (read-only), for what needs more than SPARQL results."""
        return self._store

    def query(self, text: str, *, allow_service: bool = False, timeout: float | None = None) -> QueryResult:
        """Run a read-only query; SERVICE only with `allow_service`; `timeout` seconds at most (or no limit)."""
        refuse_updates(text)
        if not allow_service:
            refuse_service(text)
        return within(timeout, lambda: self._answer(text))

    def _answer(self, text: str) -> QueryResult:
        try:
            answer = self._store.query(text, prefixes=COMMON_PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"the query is not valid SPARQL: {exc}") from None
        except (OSError, RuntimeError) as exc:
            raise QueryError(f"the query failed: {exc}") from None
        try:
            return _result(answer)  # the rows are computed while they are read
        except (OSError, RuntimeError) as exc:  # a SERVICE that failed, a store read that failed
            failure = str(exc)
        finally:
            # Oxigraph's solutions must be dropped on this thread: the error raised below must not hold them
            del answer
        raise QueryError(f"the query failed: {failure}")

    def values(self, text: str) -> list[tuple[str | None, ...]]:
        """A SELECT's rows as plain term values (IRI, literal text): the fast path for bulk reads."""
        return [tuple(map(_tsv_value, row)) for row in self._tsv(text)[1]]

    def term_rows(
        self, text: str, *, allow_service: bool = False, timeout: float | None = None
    ) -> tuple[list[str], list[tuple[str | None, ...]]]:
        """A SELECT's variables and rows, each term as SPARQL writes it (`<…>`, `"…"@de`, `12`), None when
        unbound: rows to sort and to bind again in a VALUES block, several times faster than `query`."""
        refuse_updates(text)
        if not allow_service:
            refuse_service(text)
        variables, rows = within(timeout, lambda: self._tsv(text))
        return variables, [tuple(term or None for term in row) for row in rows]

    def _tsv(self, text: str) -> tuple[list[str], list[list[str]]]:
        try:
            answer = self._store.query(text, prefixes=COMMON_PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"the query is not valid SPARQL: {exc}") from None
        except (OSError, RuntimeError) as exc:
            raise QueryError(f"the query failed: {exc}") from None
        assert isinstance(answer, ox.QuerySolutions)
        # Oxigraph writes the rows as TSV in Rust; reading that text is several times faster than asking
        # pyoxigraph for each term of each row (10,000 releases: the network's queries 40 s -> ~10 s).
        tsv = answer.serialize(format=ox.QueryResultsFormat.TSV)
        assert tsv is not None  # with no output file given, the bytes are returned
        header, *lines = tsv.decode("utf-8").split("\n")
        return [v.lstrip("?") for v in header.split("\t")], [line.split("\t") for line in lines if line]


def _tsv_value(term: str) -> str | None:
    """A term of a SPARQL TSV result -> its value: the IRI, a literal's lexical form; None when unbound."""
    if not term:
        return None
    first = term[0]
    if first == "<":
        return term[1:-1]
    if first == '"':
        return literal_parts(term)[0]
    if first == "_":
        return term[2:]  # a blank node's label, as pyoxigraph's .value gives it
    return term  # a number or boolean written bare, as Turtle allows


def _result(answer: object) -> QueryResult:
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        rows = [tuple(_term(solution[v]) for v in variables) for solution in answer]
        return QueryResult("select", variables, rows)
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    for triple in answer:  # type: ignore[attr-defined]
        graph.add((_term(triple.subject), _term(triple.predicate), _term(triple.object)))  # type: ignore[arg-type]
    return QueryResult("graph", graph=graph)


def _term(term: object) -> Node | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        plain = datatype == "http://www.w3.org/2001/XMLSchema#string"
        return Literal(term.value) if plain else Literal(term.value, datatype=URIRef(datatype))
    raise QueryError(f"unsupported term in a result: {term!r}")
