"""`iqgraph validate`: a dump or a build folder checked against the SHACL shapes; exit code 3 when it does
not conform, e.g. `iqgraph validate build/ --no-warnings`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .group import EXIT_NOT_CONFORMING, EXIT_OK, main, reports_errors


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
    from ..shacl.validate import format_report, validate_path

    report = validate_path(dump, shapes)
    text = format_report(report, include_warnings=warnings)
    click.echo(text)
    sys.exit(EXIT_OK if report.conforms else EXIT_NOT_CONFORMING)
