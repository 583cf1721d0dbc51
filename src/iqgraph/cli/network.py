"""The network commands: `iqgraph view` (an interactive page, a picture or a table of ties), `stats`
(network analysis) and `export` (GraphML, GEXF), sharing the store and filter options.

E.g. `iqgraph view --focus "IQ Landesnetzwerk Berlin" --since 2017 --format png` draws Berlin's
neighbourhood from 2017 on.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .group import Language, lang_option, main, reports_errors, store_option

if TYPE_CHECKING:
    import networkx as nx

PHYSICS_HINT = 50  # view.PHYSICS_NODE_LIMIT, repeated so --help does not import the view stack


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
        from ..network.from_store import NetworkFilter, apply_filter, load_network, parse_types
        from ..store.embedded import LocalStore

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
    from ..network.page_text import view_title

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
    from ..network.picture import PictureOptions, write_picture
    from ..network.table import write_table

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
    from ..network.view import VIEW_FILE, ViewOptions, write_view

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
    from ..network.analysis import format_stats, network_stats

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
    from ..network.export import export_network

    g = selection.load()
    path = export_network(g, output or selection.store / f"iqgraph.{fmt}", fmt)
    click.echo(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges -> {path}")
