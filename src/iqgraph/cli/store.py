"""The store commands: `iqgraph query` (a named query, a .rq file or query text, on a build's store or an
endpoint), `push` (a build uploaded to a triple store) and `serve` (a build served over SPARQL).

E.g. `iqgraph query officials --param person="Alev Deniz"` prints the rows, and on stderr what the name
was taken for.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import click

from ..store.named_queries import NamedQuery, Param
from ..store.result_formats import FORMATS
from .group import main, reports_errors, store_option


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
    from ..store.named_queries import list_queries, run_query
    from ..store.result_formats import render

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
    from ..shacl.validate import load_dump
    from ..store.remote import push

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
    from ..store.embedded import STORE_DIR
    from ..store.remote import serve

    location = store / STORE_DIR if (store / STORE_DIR).is_dir() else store
    server = serve(location, port=port, host=host, timeout=timeout, allow_service=allow_service, site=site)
    # from here on a stop (Ctrl-C, or SIGTERM taken as one) lands in the finally below, even while the lines
    # below are printed: a stop between them had left the server running and exited 1
    try:
        signal.signal(signal.SIGTERM, _stop_on_sigterm)
        click.echo(
            f"SPARQL endpoint: {server.url} (read-only; release graphs visible without GRAPH). Ctrl-C stops it."
        )
        if site is not None:
            click.echo(
                f"site: {server.url.removesuffix('query')} (entity IRIs by Accept: HTML, Turtle, JSON-LD)"
            )
        server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


def _stop_on_sigterm(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt
