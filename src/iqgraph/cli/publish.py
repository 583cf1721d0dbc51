"""`iqgraph publish`: a build folder -> a static site for linked-data portals, e.g.
`iqgraph publish --config publish.toml -o site/`, each placeholder left in the config said as a warning.
"""

from __future__ import annotations

from pathlib import Path

import click

from .group import main, reports_errors


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
    from ..publish import load_config, publish

    config = load_config(config_path).with_license(license_iri)
    result = publish(source, site, config)
    for key in result.placeholders:
        click.echo(f"warning: {key} is a placeholder: set it in publish.toml (--config)", err=True)
    for message in result.warnings:
        click.echo(f"warning: void.ttl (DCAT-AP.de): {message}", err=True)
    for iri in result.unsafe:
        click.echo(f"warning: no page for {iri}: its path is not plain letters, digits, . _ -", err=True)
    click.echo(f"published {result.pages} pages and {len(result.downloads)} downloads to {result.site_dir}/")
