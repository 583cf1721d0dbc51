"""The `iqgraph` command: a thin click layer over the Python API.

Exit codes (documented in the README):
    0  every release built (and the graph conforms to the shapes, where validated)
    1  the build finished, but some releases failed (each is named in report.json and on stderr)
    2  usage error (click's own) or nothing could be built (no input, every release failed, an output folder
       that cannot be written, unreadable reference data …)
    3  the graph does not conform to ontology/shapes.ttl (`build` with validation, `validate`)
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, TypeVar

import click

from .errors import IqgraphError
from .ingest.releases import DEFAULT_MAX_BYTES
from .pipeline import BuildOptions, BuildResult, build
from .rdf.namespaces import DEFAULT_BASE
from .store.named_queries import NamedQuery, Param
from .store.result_formats import FORMATS
from .version import __version__

if TYPE_CHECKING:
    import networkx as nx

P = ParamSpec("P")
R = TypeVar("R")

EXIT_OK, EXIT_SOME_FAILED, EXIT_ERROR, EXIT_NOT_CONFORMING = 0, 1, 2, 3
PROGRESS_THRESHOLD = 20  # a progress bar, and each stage said as it runs, from this many releases on
STAGE_LABELS = {
    "extract": "reading and extracting releases",
    "resolve": "resolving entities",
    "graph": "making the graph",
    "timeline": "role timeline",
    "dumps": "writing the dumps",
    "store": "loading the store",
    "validate": "validating",
    "view": "drawing the network view",
    "report": "writing report.json",
}
PHYSICS_HINT = 50  # view.PHYSICS_NODE_LIMIT, repeated so --help does not import the view stack
Language = Literal[
    "de", "en"
]  # network.page_text.Language, repeated so --help does not import the view stack
lang_option = click.option(
    "--lang",
    type=click.Choice(["de", "en"]),
    default="de",
    show_default=True,
    help="Language of the network view's interface, classes and relations (and of pictures' legends and "
    "tables' headers).",
)


# Shared by the commands that read a build's embedded store (query, serve).
store_option = click.option(
    "--store",
    type=click.Path(path_type=Path),
    default=Path("out"),
    show_default=True,
    help="The build folder whose embedded store is used.",
)


class _Jobs(click.ParamType):  # type: ignore[type-arg]  # generic in recent click, not in 8.1
    """A number of worker processes, or "auto" (also 0) for one per CPU."""

    name = "N|auto"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int) or str(value).isdigit():
            return int(value)
        if str(value).lower() == "auto":
            return 0
        self.fail(f"{value!r}: a number of processes (0 or more) or 'auto'", param, ctx)


def reports_errors(command: Callable[P, R]) -> Callable[P, R]:
    """The one place the library's errors reach the terminal: `error: <message>` on stderr, exit code 2."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except IqgraphError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_ERROR)

    return run


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="iqgraph")
def main() -> None:
    """Press releases about the IQ programme -> a linked-data knowledge graph.

    \b
    Example:
        iqgraph build                     # builds data/releases/ into ./out/
        iqgraph build releases/ extra.txt --out build/
        iqgraph validate out/iqgraph.trig
        iqgraph query officials --param person="Alev Deniz"
        iqgraph view --focus "IQ Landesnetzwerk Berlin" --depth 2 -o berlin.html
        iqgraph stats --format json
        iqgraph serve --port 7878
    """


@main.command("build")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=Path("out"),
    show_default=True,
    help="Folder for the dumps and report.json.",
)
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI of the entities.")
@click.option(
    "--max-size",
    "max_mb",
    type=float,
    default=DEFAULT_MAX_BYTES / 2**20,
    show_default=True,
    help="Largest release file read, in MiB; larger files are reported as failed.",
)
@click.option("--no-validate", is_flag=True, help="Skip the SHACL validation of the graph.")
@click.option(
    "--reference",
    "reference_path",
    type=click.Path(exists=True, path_type=Path),
    help="Reference data to use instead of the shipped data/reference.ttl.",
)
@click.option(
    "--timestamp", is_flag=True, help="Record the build time in the dumps (they then differ per run)."
)
@click.option("--no-view", is_flag=True, help="Do not write iqgraph.html (the interactive network view).")
@lang_option
@click.option(
    "--jobs",
    "-j",
    type=_Jobs(),
    default="1",
    show_default=True,
    help="Processes reading and extracting releases ('auto' or 0: one per CPU). Helps from a few hundred "
    "releases on: a worker needs about a second to start, and the later stages run in one process.",
)
@click.option("--timings", is_flag=True, help="Print the seconds each stage took to stderr.")
@click.option(
    "--full",
    is_flag=True,
    help="Extract every release again instead of reusing OUT/cache/ for unchanged ones (same outputs).",
)
@click.option(
    "--release-timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=60,
    show_default=True,
    help="Seconds one release may take to read and extract; past it that release fails and the build goes on.",
)
@reports_errors
def build_command(
    inputs: tuple[Path, ...],
    out_dir: Path,
    base: str,
    max_mb: float,
    no_validate: bool,
    reference_path: Path | None,
    timestamp: bool,
    no_view: bool,
    lang: Language,
    jobs: int,
    timings: bool,
    full: bool,
    release_timeout: float,
) -> None:
    """Build the graph from release files and folders (default: data/releases).

    \b
    Example:
        iqgraph build
        iqgraph build path/to/releases/ other.txt --out build/
        iqgraph build many/releases/ --jobs auto --timings
        iqgraph build many/releases/ --full          # ignore the extraction cache
    """
    options = BuildOptions(
        base=base,
        max_bytes=int(max_mb * 2**20),
        validate=not no_validate,
        reference_path=reference_path,
        timestamp=dt.datetime.now(dt.timezone.utc).replace(microsecond=0) if timestamp else None,
        view=not no_view,
        view_lang=lang,
        jobs=jobs,
        reuse_extractions=not full,
        release_timeout=release_timeout,
    )
    result = _run_build(list(inputs) or [Path("data/releases")], out_dir, options)
    _print_summary(result, out_dir)
    if timings:
        _print_timings(result.timings)
    sys.exit(_exit_code(result))


def _run_build(inputs: list[Path], out_dir: Path, options: BuildOptions) -> BuildResult:
    from .ingest.releases import discover

    paths = discover(inputs, skip=out_dir)
    if len(paths) < PROGRESS_THRESHOLD:
        return build(paths, out_dir, options)
    bar = click.progressbar(length=len(paths), label=STAGE_LABELS["extract"], file=sys.stderr)

    def say(stage: str, seconds: float | None) -> None:
        """A long build says each stage as it starts and its seconds as it ends (reading has its bar)."""
        if seconds is None:
            if stage == "extract":
                bar.render_progress()
            else:
                click.echo(f"{STAGE_LABELS[stage]} …", err=True)
            return
        if stage == "extract":
            bar.render_finish()
        click.echo(f"{STAGE_LABELS[stage]}: {seconds:.1f} s", err=True)

    return build(paths, out_dir, options, progress=lambda _path: bar.update(1), on_stage=say)


def _print_summary(result: BuildResult, out_dir: Path) -> None:
    report = result.report
    for failed in report.failed:
        click.echo(f"failed: {failed.file}: {failed.reason}", err=True)
    for built in report.built:
        for warning in built.warnings:
            click.echo(f"warning: {built.file}: {warning}", err=True)
    summary = report.to_dict()["summary"]
    click.echo(
        f"releases read: {summary['releases']}, built: {summary['built']}, failed: {summary['failed']}"
        + (f" ({result.reused} unchanged, extracted earlier)" if result.reused else "")
        + "\n"
        f"entities: {summary['entities']}, relations: {summary['relations']}, roles: {summary['roles']}, "
        f"quotes: {summary['quotes']}, events: {summary['events']}, triples: {summary['triples']}"
    )
    if report.validation is not None:
        v = report.validation
        state = "conforms" if v["conforms"] else "DOES NOT CONFORM"
        click.echo(f"validation: {state} ({v['violations']} violations, {v['warnings']} warnings)")
    if report.outputs:
        click.echo(f"written to {out_dir}/: " + ", ".join(sorted(report.outputs.values())))
    elif not report.built:
        click.echo(f"error: nothing could be built; what {out_dir}/ held before is left as it was", err=True)
    if result.store is not None and not result.store.reloaded:
        update = result.store
        click.echo(
            f"store: {len(update.replaced)} graph(s) replaced, {len(update.removed)} removed, "
            "the others left as they were"
        )


def _print_timings(seconds: dict[str, float]) -> None:
    stages = ", ".join(f"{stage} {s:.2f}" for stage, s in seconds.items())
    click.echo(f"seconds: {stages}; total {sum(seconds.values()):.2f}", err=True)


def _exit_code(result: BuildResult) -> int:
    if not result.report.built:
        return EXIT_ERROR
    if result.report.failed:
        return EXIT_SOME_FAILED
    if result.report.validation is not None and not result.report.validation["conforms"]:
        return EXIT_NOT_CONFORMING
    return EXIT_OK


@main.command("validate")
@click.argument("dump", type=click.Path(exists=True, path_type=Path), default=Path("out/iqgraph.trig"))
@click.option(
    "--shapes",
    type=click.Path(exists=True, path_type=Path),
    help="SHACL shapes instead of ontology/shapes.ttl.",
)
@click.option(
    "--warnings/--no-warnings", default=True, show_default=True, help="List warnings as well as violations."
)
@reports_errors
def validate_command(dump: Path, shapes: Path | None, warnings: bool) -> None:
    """Check a build against the SHACL shapes and list what does not conform.

    DUMP is a dump file (checked with pySHACL) or a build folder, whose embedded store is checked with
    the shapes compiled into SPARQL, as `build` does: the way for large builds.

    \b
    Example:
        iqgraph validate                 # out/iqgraph.trig
        iqgraph validate build/iqgraph.trig --no-warnings
        iqgraph validate build/          # its store/
    """
    from .shacl.validate import format_report, validate_path

    report = validate_path(dump, shapes)
    text = format_report(report, include_warnings=warnings)
    click.echo(text)
    sys.exit(EXIT_OK if report.conforms else EXIT_NOT_CONFORMING)


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for value in values:
        name, sep, term = value.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{value!r}: write NAME=VALUE", param_hint="--param")
        params[name.strip()] = term
    return params


@main.command("query")
@click.argument("query", required=False)
@click.option(
    "--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="A parameter of a named query."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="Output format [default: table on a terminal, else csv].",
)
@store_option
@click.option(
    "--endpoint",
    help="Query this SPARQL endpoint instead (credentials from IQGRAPH_ENDPOINT_USER/_PASSWORD).",
)
@click.option(
    "--timeout",
    type=float,
    default=60,
    show_default=True,
    help="Seconds a query may take (store or endpoint).",
)
@click.option(
    "--allow-service",
    is_flag=True,
    help="Let SERVICE patterns send requests from this machine to the servers they name (refused otherwise).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    help="Rows to show; 0 for all [default: 100 for a named query or .rq file, all for query text].",
)
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Rows to skip first (the next page).")
@click.option("--wide", is_flag=True, help="Table cells on one line, however long, instead of wrapped.")
@reports_errors
def query_command(
    query: str | None,
    params: tuple[str, ...],
    fmt: str | None,
    store: Path,
    endpoint: str | None,
    timeout: float,
    allow_service: bool,
    limit: int | None,
    offset: int,
    wide: bool,
) -> None:
    """Ask the graph in SPARQL: a named query, a .rq file, or query text (common prefixes predeclared).

    A parameter is a name as you would type it ("alev deniz", "Deniz", "bmas"): what it was taken for is
    said on stderr, and so is how many rows follow the page shown.

    \b
    Example:
        iqgraph query                                  # the named queries and their parameters
        iqgraph query officials --param org="IQ Landesnetzwerk Berlin"
        iqgraph query quotes --param person=deniz --offset 100
        iqgraph query my.rq --format csv --limit 0
        iqgraph query 'SELECT ?m WHERE { ?m a iq:Ministry }'
        iqgraph query funders --endpoint http://127.0.0.1:7878/query
    """
    from .store.named_queries import list_queries, run_query
    from .store.result_formats import render

    if query is None:
        click.echo(_describe_queries(list_queries()))
        return
    answer = run_query(
        query,
        _parse_params(params),
        store=store,
        endpoint=endpoint,
        timeout=timeout,
        allow_service=allow_service,
        limit=limit,
        offset=offset,
    )
    for resolved in answer.resolved:
        click.echo(resolved.describe(), err=True)
    click.echo(render(answer.result, fmt or ("table" if sys.stdout.isatty() else "csv"), wide=wide), nl=False)
    if answer.more:
        click.echo(
            f"{answer.more:,} more rows: --offset {answer.next_offset} for the next page, --limit 0 for all",
            err=True,
        )


def _describe_queries(queries: list[NamedQuery]) -> str:
    lines = []
    for q in queries:
        lines.append(f"{q.name}: {q.title}")
        lines += [f"    --param {p.name}=…  {p.meaning}{_default(p)}" for p in q.params]
    return "\n".join(lines)


def _default(param: Param) -> str:
    if param.required:
        return " (required)"
    return f" (default: {param.default})" if param.default else ""


@main.command("push")
@click.option(
    "--endpoint", required=True, help="The store's SPARQL query endpoint, e.g. http://127.0.0.1:7878/query."
)
@click.option("--graph-store", help="Its Graph Store Protocol URL, where the endpoint does not tell it.")
@click.option(
    "--from",
    "source",
    type=click.Path(exists=True, path_type=Path),
    default=Path("out"),
    show_default=True,
    help="The build folder (its iqgraph.trig) or a TriG file to push.",
)
@click.option(
    "--partition",
    is_flag=True,
    help="The build is one partition of a corpus: replace its release graphs, but add its entities, "
    "reference and meta triples to the store's (POST) instead of replacing those graphs.",
)
@click.option(
    "--timeout",
    type=float,
    default=60,
    show_default=True,
    help="Seconds to wait for the store's answer to each graph.",
)
@reports_errors
def push_command(
    endpoint: str, graph_store: str | None, source: Path, partition: bool, timeout: float
) -> None:
    """Upload a build to a triple store, each named graph replaced whole (a re-push changes nothing).

    With --partition, the graphs all partitions share (entities, reference, meta) are added to instead, so
    partitions built apart and pushed one after another give their union (a re-push adds nothing).

    \b
    Example:
        iqgraph push --endpoint http://127.0.0.1:7878/query
        IQGRAPH_ENDPOINT_USER=dba IQGRAPH_ENDPOINT_PASSWORD=… IQGRAPH_ENDPOINT_AUTH=digest \\
            iqgraph push --endpoint http://127.0.0.1:8890/sparql
        iqgraph push --from out/part2 --partition --endpoint http://127.0.0.1:7878/query
    """
    from .shacl.validate import load_dump
    from .store.remote import push

    dataset = load_dump(source / "iqgraph.trig" if source.is_dir() else source)
    report = push(
        dataset,
        endpoint,
        graph_store=graph_store,
        partition=partition,
        progress=lambda g: click.echo(f"pushed {g}", err=True),
        timeout=timeout,
    )
    added = f" ({len(report.added)} of them added to)" if partition else ""
    click.echo(f"pushed {len(report.graphs)} graphs{added}, {report.triples} triples to {endpoint}")


@main.command("serve")
@click.option("--port", type=int, help="Port on 127.0.0.1 [default: a free one].")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--timeout", type=float, default=60, show_default=True, help="Seconds a query may take.")
@click.option(
    "--allow-service",
    is_flag=True,
    help="Let queries' SERVICE patterns make the server send requests to the servers they name (refused otherwise).",
)
@click.option(
    "--site",
    type=click.Path(path_type=Path, file_okay=False),
    help="A site `iqgraph publish` wrote: serve its files too, and entity IRIs by Accept (303 to .html/.ttl/.jsonld).",
)
@store_option
@reports_errors
def serve_command(
    port: int | None, host: str, timeout: float, allow_service: bool, site: Path | None, store: Path
) -> None:
    """Serve a build read-only over SPARQL with the Oxigraph server, until Ctrl-C or SIGTERM.

    \b
    Example:
        iqgraph serve --port 7878
        iqgraph query funders --endpoint http://127.0.0.1:7878/query
        iqgraph serve --site site/ --port 7878
        curl -L -H 'Accept: text/turtle' http://127.0.0.1:7878/id/person/alev-deniz
    """
    from .store.embedded import STORE_DIR
    from .store.remote import serve

    location = store / STORE_DIR if (store / STORE_DIR).is_dir() else store
    server = serve(location, port=port, host=host, timeout=timeout, allow_service=allow_service, site=site)
    signal.signal(signal.SIGTERM, _stop_on_sigterm)  # as Ctrl-C: the finally below stops the server
    click.echo(
        f"SPARQL endpoint: {server.url} (read-only; release graphs visible without GRAPH). Ctrl-C stops it."
    )
    if site is not None:
        click.echo(f"site: {server.url.removesuffix('query')} (entity IRIs by Accept: HTML, Turtle, JSON-LD)")
    try:
        server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


def _stop_on_sigterm(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


# The network commands: view, stats, export ------------------------------------------------------------


def _date_bound(end: bool) -> Callable[[click.Context, click.Parameter, str | None], dt.date | None]:
    """YYYY, YYYY-MM or YYYY-MM-DD; a year or month given as --until runs to its last day."""

    def parse(_ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
        if value is None:
            return None
        for fmt, precision in (("%Y-%m-%d", "day"), ("%Y-%m", "month"), ("%Y", "year")):
            try:
                day = dt.datetime.strptime(value.strip(), fmt).date()
            except ValueError:
                continue
            if end and precision == "year":
                return day.replace(month=12, day=31)
            if end and precision == "month":
                following = day.replace(year=day.year + day.month // 12, month=day.month % 12 + 1)
                return following - dt.timedelta(days=1)
            return day
        raise click.BadParameter(f"{value!r}: write YYYY-MM-DD, YYYY-MM or YYYY", param=param)

    return parse


_NETWORK_OPTIONS = (
    click.option("--focus", help="Only the neighbourhood of this node: its label, abbreviation or IRI."),
    click.option(
        "--depth", type=click.IntRange(0, 50), default=2, show_default=True, help="Hops around --focus."
    ),
    click.option(
        "--types", help="Only these classes, comma-separated, e.g. Ministry,StateNetwork,Subproject."
    ),
    click.option("--since", callback=_date_bound(end=False), help="Only what is dated on or after this day."),
    click.option("--until", callback=_date_bound(end=True), help="Only what is dated on or before this day."),
)


@dataclass(frozen=True)
class NetworkSelection:
    """The build folder and filters that view, stats and export share."""

    store: Path
    focus: str | None
    depth: int
    types: str | None
    since: dt.date | None
    until: dt.date | None
    through_hubs: bool = False  # only `view` offers --through-hubs

    def load(self) -> nx.MultiDiGraph:
        from .network.from_store import NetworkFilter, apply_filter, load_network, parse_types
        from .store.embedded import LocalStore

        spec = NetworkFilter(
            focus=self.focus,
            depth=self.depth,
            through_hubs=self.through_hubs,
            types=parse_types(self.types),
            since=self.since,
            until=self.until,
        )
        whole = load_network(LocalStore(self.store))
        return whole if spec.is_empty else apply_filter(whole, spec)


def network_options(command: Callable[..., None]) -> Callable[..., None]:
    """Adds the shared store and filter options, handed to the command as one `selection`."""

    @functools.wraps(command)
    def with_selection(
        store: Path,
        focus: str | None,
        depth: int,
        types: str | None,
        since: dt.date | None,
        until: dt.date | None,
        **rest: Any,
    ) -> None:
        command(NetworkSelection(store, focus, depth, types, since, until), **rest)

    wrapped: Callable[..., None] = with_selection
    for option in reversed((store_option, *_NETWORK_OPTIONS)):
        wrapped = option(wrapped)
    return wrapped


def _view_title(g: nx.MultiDiGraph, selection: NetworkSelection, lang: Language) -> str:
    from .network.page_text import view_title

    focus = g.nodes[g.graph["focus"]]["label"] if g.graph.get("focus") else None
    since, until = selection.since, selection.until
    return view_title(
        lang,
        focus,
        selection.depth,
        since.isoformat() if since else None,
        until.isoformat() if until else None,
    )


VIEW_FORMATS = ["html", "png", "svg", "pdf", "table", "csv"]
# Default files of the take-away outputs, beside the build's iqgraph.html
TAKE_AWAY_FILES = {
    "png": "iqgraph.png",
    "svg": "iqgraph.svg",
    "pdf": "iqgraph.pdf",
    "table": "iqgraph-ties.html",
    "csv": "iqgraph-ties.csv",
}


def _write_take_away(
    selection: NetworkSelection, output: Path | None, title: str | None, fmt: str, lang: Language
) -> None:
    """`view --format png|svg|pdf|table|csv`: a picture of the network or a table of its ties."""
    from .network.picture import PictureOptions, write_picture
    from .network.table import write_table

    g = selection.load()
    title = title or _view_title(g, selection, lang)
    path = output or selection.store / TAKE_AWAY_FILES[fmt]
    if fmt in ("table", "csv"):
        write_table(g, path, fmt, title, lang)
    else:
        overview = not (selection.focus or selection.types)  # the overview leaves out persons, events, places
        write_picture(g, path, fmt, PictureOptions(title=title, lang=lang, overview=overview))
    click.echo(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges -> {path}")


@main.command("view")
@network_options
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The page [default: STORE/iqgraph.html].",
)
@click.option("--title", help="The page's title [default: says what is shown].")
@click.option(
    "--physics/--no-physics",
    default=None,
    help=f"Let the browser settle people, events and places around their organisations [default: up to {PHYSICS_HINT} of them].",
)
@click.option(
    "--through-hubs",
    is_flag=True,
    help="Let --focus expand through hubs (the programme, ministries and agencies tied to many networks) too.",
)
@lang_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(VIEW_FORMATS),
    default="html",
    show_default=True,
    help="The interactive page, a picture (png, svg, pdf; needs Graphviz; default file STORE/iqgraph.FORMAT) or "
    "the ties as a table (table: HTML, csv; default file STORE/iqgraph-ties.html or .csv).",
)
@reports_errors
def view_command(
    selection: NetworkSelection,
    output: Path | None,
    title: str | None,
    physics: bool | None,
    through_hubs: bool,
    lang: Language,
    fmt: str,
) -> None:
    """Write the network as one interactive, offline HTML page (search, filters, sources on click), or as
    a picture or a table to take away.

    \b
    Example:
        iqgraph view                                   # whole graph -> out/iqgraph.html
        iqgraph view --focus "IQ Landesnetzwerk Berlin" --depth 2 -o berlin.html
        iqgraph view --types Ministry,StateNetwork,Subproject --since 2017-01-01 --until 2019-12-31
        iqgraph view --focus "IQ Landesnetzwerk Berlin" --through-hubs --lang en -o berlin-en.html
        iqgraph view --format png                      # the overview as a picture -> out/iqgraph.png
        iqgraph view --format csv --focus "IQ Landesnetzwerk Berlin" -o berlin.csv
    """
    selection = replace(selection, through_hubs=through_hubs)
    if fmt != "html":
        _write_take_away(selection, output, title, fmt, lang)
        return
    from .network.view import VIEW_FILE, ViewOptions, write_view

    g = selection.load()
    options = ViewOptions(title=title or _view_title(g, selection, lang), physics=physics, lang=lang)
    path = write_view(g, output or selection.store / VIEW_FILE, options)
    click.echo(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges -> {path}")


@main.command("stats")
@network_options
@click.option("--top", type=click.IntRange(1, 1000), default=10, show_default=True, help="Rows per ranking.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@reports_errors
def stats_command(
    selection: NetworkSelection,
    top: int,
    fmt: str,
) -> None:
    """Network analysis: counts, centralities, components, communities, and the federal-to-subproject brokers.

    \b
    Example:
        iqgraph stats
        iqgraph stats --top 20 --format json > stats.json
        iqgraph stats --since 2017 --until 2019
    """
    from .network.analysis import format_stats, network_stats

    stats = network_stats(selection.load(), top)
    if fmt == "json":
        click.echo(json.dumps(stats, ensure_ascii=False, indent=2))
    else:
        click.echo(format_stats(stats), nl=False)


@main.command("export")
@network_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["graphml", "gexf"]),
    required=True,
    help="GraphML (Cytoscape) or GEXF (Gephi).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The file [default: STORE/iqgraph.FORMAT].",
)
@reports_errors
def export_command(
    selection: NetworkSelection,
    fmt: str,
    output: Path | None,
) -> None:
    """Export the network for Gephi or Cytoscape, with types, labels, dates and evidence as attributes.

    \b
    Example:
        iqgraph export --format gexf                   # -> out/iqgraph.gexf
        iqgraph export --format graphml --types Ministry,StateNetwork -o network.graphml
    """
    from .network.export import export_network

    g = selection.load()
    path = export_network(g, output or selection.store / f"iqgraph.{fmt}", fmt)
    click.echo(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges -> {path}")


# Publishing ----------------------------------------------------------------------------------------------


@main.command("publish")
@click.option(
    "--from",
    "source",
    type=click.Path(path_type=Path),
    default=Path("out"),
    show_default=True,
    help="The build folder to publish.",
)
@click.option(
    "-o",
    "--out",
    "site",
    type=click.Path(path_type=Path),
    default=Path("site"),
    show_default=True,
    help="The site folder to write (replaced when it is a site publish wrote).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="publish.toml: publisher, contact, site URL, licence … (README: Publishing).",
)
@click.option(
    "--license",
    "license_iri",
    help="Licence IRI of the derived data [default: CC BY 4.0, http://dcat-ap.de/def/licenses/cc-by/4.0].",
)
@reports_errors
def publish_command(source: Path, site: Path, config_path: Path | None, license_iri: str | None) -> None:
    """Write a static site for linked-data portals: dumps, void.ttl (DCAT-AP.de), ontology docs, a page per IRI.

    \b
    Example:
        iqgraph publish -o site/
        iqgraph publish --from out --config publish.toml -o site/
        python -m http.server -d site 8000     # or: iqgraph serve --site site/
    """
    from .publish import load_config, publish

    config = load_config(config_path).with_license(license_iri)
    result = publish(source, site, config)
    for key in result.placeholders:
        click.echo(f"warning: {key} is a placeholder: set it in publish.toml (--config)", err=True)
    for message in result.warnings:
        click.echo(f"warning: void.ttl (DCAT-AP.de): {message}", err=True)
    for iri in result.unsafe:
        click.echo(f"warning: no page for {iri}: its path is not plain letters, digits, . _ -", err=True)
    click.echo(f"published {result.pages} pages and {len(result.downloads)} downloads to {result.site_dir}/")
