"""The `iqgraph` group and what its commands share: the exit codes, the one place errors reach the
terminal (`error: <message>`, exit code 2), and the --lang and --store options.

A command module adds its commands to `main`, e.g. `@main.command("stats")` with `@store_option`.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Literal, ParamSpec, TypeVar

import click

from ..errors import IqgraphError
from ..version import __version__

P = ParamSpec("P")
R = TypeVar("R")

EXIT_OK, EXIT_SOME_FAILED, EXIT_ERROR, EXIT_NOT_CONFORMING = 0, 1, 2, 3
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
