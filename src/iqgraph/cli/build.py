"""`iqgraph build`: release files and folders -> a build folder, with a progress bar and each stage said
from PROGRESS_THRESHOLD releases on, a summary on stdout and the exit code the report calls for.

E.g. `iqgraph build releases/ --jobs auto` prints "releases read: 120, built: 119, failed: 1 …" and exits 1.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..ingest.releases import DEFAULT_MAX_BYTES
from ..rdf.namespaces import DEFAULT_BASE
from .group import (
    EXIT_ERROR,
    EXIT_NOT_CONFORMING,
    EXIT_OK,
    EXIT_SOME_FAILED,
    Language,
    lang_option,
    main,
    reports_errors,
)

if TYPE_CHECKING:
    from ..pipeline import BuildOptions, BuildResult

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


class _Jobs(click.ParamType):  # type: ignore[type-arg]  # generic in recent click, not in 8.1
    """A number of worker processes, or "auto" (also 0) for one per CPU."""

    name = "N|auto"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int) or str(value).isdigit():
            return int(value)
        if str(value).lower() == "auto":
            return 0
        self.fail(f"{value!r}: a number of processes (0 or more) or 'auto'", param, ctx)


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
    from ..pipeline import BuildOptions  # the extractor loads here, not for `iqgraph --help` or `query`

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
    from ..ingest.releases import discover
    from ..pipeline import build

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
