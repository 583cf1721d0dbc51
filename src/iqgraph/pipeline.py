"""The build: releases -> extract -> resolve -> graph -> validate -> dumps and report.

`build()` is the one call behind `iqgraph build`. A release that cannot be read or extracted is named
in the report with its reason; every other release still builds.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from rdflib import Dataset

from .errors import InputError, OutputError, ReleaseError
from .folder_lock import writing
from .ingest.extraction_cache import CACHE_DIR, ExtractionCache, fingerprint
from .ingest.releases import DEFAULT_MAX_BYTES, discover, not_a_release_file, release_key
from .ingest.workers import Outcome, Progress, extract_each
from .models import Extraction
from .rdf.graph import build_quads, graph_iri, release_iri
from .rdf.namespaces import DEFAULT_BASE
from .rdf.quads import Quads, iri_problem
from .reference import Reference, load_reference
from .resolve import resolve
from .resources import resource_path
from .role_timeline import role_timeline
from .version import __version__

if TYPE_CHECKING:
    import pyoxigraph as ox

    from .store.embedded import StoreUpdate


@dataclass(frozen=True)
class BuildOptions:
    base: str = DEFAULT_BASE
    max_bytes: int = DEFAULT_MAX_BYTES
    validate: bool = True
    reference_path: Path | None = None
    timestamp: dt.datetime | None = None  # recorded in the dumps only when given
    view: bool = True  # also write iqgraph.html, the whole network as an interactive page
    view_lang: Literal["de", "en"] = "de"  # the language of that page's interface
    # Worker processes reading and extracting releases (0: one per CPU); the other stages run in this
    # process. With more than 1, a script calling build() needs the `if __name__ == "__main__":` guard.
    jobs: int = 1
    # Reuse the extractions cached in <out>/cache/ for releases whose bytes, name, extractor and reference
    # data are unchanged (the outputs are the same either way); False extracts every release again.
    reuse_extractions: bool = True
    # Seconds one release may take to read and extract; past it that release fails (kind "timeout") and
    # the build goes on. None: no limit. Generous: the dev corpus takes ~10 ms a release, 5 MB some seconds.
    release_timeout: float | None = 60

    def __post_init__(self) -> None:
        if self.jobs < 0:
            raise ValueError(f"jobs must be 0 (one per CPU) or more, not {self.jobs}")
        check_base(self.base)


def check_base(base: str) -> None:
    """Every entity IRI starts with `base`: one that is no absolute IRI would make every one invalid."""
    if not base.endswith(("/", "#")):
        raise InputError(f"--base {base!r} must end with '/' or '#' (e.g. https://example.org/id/)")
    problem = iri_problem(base + "x")
    if problem:
        raise InputError(f"--base {base!r} is not an absolute IRI: {problem}")


# The stages of a build in the order they run, as `--timings`, `on_stage` and BuildResult.timings name them.
STAGES = ("extract", "resolve", "graph", "timeline", "dumps", "store", "validate", "view", "report")
StageCallback = Callable[[str, "float | None"], None]


@dataclass
class ReleaseReport:
    file: str
    status: str  # "ok" or "failed"
    error: str | None = (
        None  # kind of failure: empty, not-a-file, not-text, undecodable, too-large, no-content, timeout, extraction
    )
    reason: str | None = None
    release: str | None = None
    graph: str | None = None
    title: str | None = None
    date: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # built, but something the user should know


@dataclass
class BuildReport:
    releases: list[ReleaseReport]
    triples: int = 0
    entities: int = 0
    relations: int = 0
    validation: dict[str, Any] | None = None
    outputs: dict[str, str] = field(default_factory=dict)
    roles: list[dict[str, Any]] = field(default_factory=list)  # the role timeline (role_timeline.py)

    @property
    def failed(self) -> list[ReleaseReport]:
        return [r for r in self.releases if r.status != "ok"]

    @property
    def built(self) -> list[ReleaseReport]:
        return [r for r in self.releases if r.status == "ok"]

    def to_dict(self) -> dict[str, Any]:
        totals = {
            k: sum(r.counts.get(k, 0) for r in self.built) for k in ("roles", "quotes", "events", "counts")
        }
        summary = {
            "releases": len(self.releases),
            "built": len(self.built),
            "failed": len(self.failed),
            "entities": self.entities,
            "relations": self.relations,
            **totals,
            "triples": self.triples,
        }
        return {
            "iqgraph": __version__,
            "summary": summary,
            "validation": self.validation,
            "outputs": self.outputs,
            "releases": [
                {k: v for k, v in vars(r).items() if v not in (None, {}, [])} for r in self.releases
            ],
            "roles": self.roles,
        }


@dataclass
class BuildResult:
    quads: Quads  # every quad of the build as N-Triples text, sorted: what the dumps and store are made of
    report: BuildReport
    # Seconds per stage, in the order run (extract, resolve, graph, timeline, dumps, store, validate, view,
    # report); never written into the outputs, which stay byte-identical.
    timings: dict[str, float] = field(default_factory=dict)
    reused: int = 0  # releases whose cached extraction was used instead of extracting them again
    store: StoreUpdate | None = None  # which graphs of the embedded store this build replaced or removed

    @functools.cached_property
    def dataset(self) -> Dataset:
        """The build as an rdflib Dataset, made when first asked for (slow for millions of quads)."""
        return self.quads.dataset()


def build(
    inputs: Sequence[Path | str],
    out_dir: Path | str | None = None,
    options: BuildOptions | None = None,
    progress: Progress | None = None,
    on_stage: StageCallback | None = None,
) -> BuildResult:
    """Build the knowledge graph from release files and folders; write the dumps when `out_dir` is given.

    `progress(path)` after each release is read; `on_stage(stage, None)` as each stage (STAGES) starts and
    `on_stage(stage, seconds)` as it ends.

    When not one release builds, nothing is written: the outputs of an earlier build in `out_dir` stay as
    they were (an empty graph would replace them), and `report.built` is empty.
    """
    options = options or BuildOptions()
    clock = _Stopwatch(on_stage)
    if out_dir is None:
        return _build(inputs, None, options, progress, clock)
    _usable_out_dir(Path(out_dir))
    with writing(Path(out_dir)):
        return _build(inputs, Path(out_dir), options, progress, clock)


def _build(
    inputs: Sequence[Path | str],
    out_dir: Path | None,
    options: BuildOptions,
    progress: Progress | None,
    clock: _Stopwatch,
) -> BuildResult:
    with clock("extract"):
        reference = load_reference(options.reference_path, options.base)
        cache = _extraction_cache(out_dir, options) if out_dir is not None else None
        paths = discover(inputs, skip=out_dir)
        extractions, reports, reused = _extract_all(paths, reference, options, progress, cache)
    with clock("resolve"):
        resolution = resolve(extractions, reference, options.base)
    with clock("graph"):
        quads = build_quads(extractions, resolution, reference, options.base, options.timestamp)
    report = BuildReport(reports, triples=quads.triple_count(), entities=len(resolution.entities))
    report.relations = sum(len(x.relations) for x in extractions)
    with clock("timeline"):
        report.roles = role_timeline(extractions, resolution, options.base)
    result = BuildResult(quads, report, clock.seconds, reused)
    if out_dir is not None:
        if report.built:
            report.outputs = _write(result, out_dir, options, clock)
    elif options.validate:
        with clock("validate"):
            report.validation = _validate(_memory_store(quads))
    return result


def _usable_out_dir(out_dir: Path) -> None:
    """Make the output folder, or say in one line why it cannot be one (before any release is read)."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"{out_dir}: is a file, not a folder; name a folder for --out") from None
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot be made as the output folder ({exc.strerror or exc})") from exc
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise OutputError(f"{out_dir}: this folder cannot be written to; name another with --out")


class _Stopwatch:
    """Wall-clock seconds per stage: `with clock("graph"): …`; `on_stage(stage, None)` as a stage starts
    and `on_stage(stage, seconds)` as it ends, so that a long build says what it is doing."""

    def __init__(self, on_stage: StageCallback | None = None) -> None:
        self.seconds: dict[str, float] = {}
        self.on_stage = on_stage

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        if self.on_stage:
            self.on_stage(stage, None)
        start = time.perf_counter()
        try:
            yield
        finally:
            took = time.perf_counter() - start
            self.seconds[stage] = self.seconds.get(stage, 0.0) + took
            if self.on_stage:
                self.on_stage(stage, took)


def _extract_all(
    paths: list[Path],
    reference: Reference,
    options: BuildOptions,
    progress: Progress | None,
    cache: ExtractionCache | None = None,
) -> tuple[list[Extraction], list[ReleaseReport], int]:
    """Extractions of the releases that built, one report per file (both in input order), and how many
    extractions came from the cache."""
    extractions: list[Extraction] = []
    reports: list[ReleaseReport] = []
    root = _common_root(paths)
    cached = _cached_outcomes(paths, root, options.max_bytes, cache, progress)
    fresh = extract_each(
        [p for i, p in enumerate(paths) if i not in cached],
        reference,
        options.max_bytes,
        root,
        options.jobs,
        progress,
        options.release_timeout,
    )
    if cache is not None:
        for outcome in fresh:
            if outcome.extraction is not None:
                cache.put(outcome.path.read_bytes(), outcome.extraction)
        cache.prune()
    pending = iter(fresh)
    outcomes = [cached[i] if i in cached else next(pending) for i in range(len(paths))]
    seen: dict[str, Path] = {}
    contents: dict[str, Path] = {}
    for outcome in outcomes:
        path = outcome.path.as_posix()
        if outcome.key is not None and seen.setdefault(outcome.key, outcome.path) != outcome.path:
            duplicate = f"has the same release key as {seen[outcome.key]}: rename one of them"
            reports.append(ReleaseReport(path, "failed", ReleaseError.kind, duplicate))
        elif outcome.extraction is None:
            reports.append(ReleaseReport(path, "failed", outcome.error, outcome.reason))
        else:
            extractions.append(outcome.extraction)
            report = _ok_report(outcome.extraction, options.base)
            first = contents.setdefault(outcome.extraction.release.content_hash, outcome.path)
            if first != outcome.path:
                report.warnings.append(f"the same bytes as {first.as_posix()}: this release is built twice")
            reports.append(report)
    return extractions, reports, len(cached)


def _extraction_cache(out_dir: Path, options: BuildOptions) -> ExtractionCache | None:
    if not options.reuse_extractions:
        shutil.rmtree(out_dir / CACHE_DIR, ignore_errors=True)  # --full: start the cache afresh
    file = options.reference_path or resource_path("data", "reference.ttl")
    reference_digest = hashlib.sha256(options.base.encode() + b"\n" + Path(file).read_bytes()).hexdigest()
    cache = ExtractionCache(out_dir, fingerprint(reference_digest))
    return cache if options.reuse_extractions else cache.fresh()


def _cached_outcomes(
    paths: list[Path],
    root: Path | None,
    max_bytes: int,
    cache: ExtractionCache | None,
    progress: Progress | None,
) -> dict[int, Outcome]:
    """The releases (by position) whose extraction the cache holds for their current bytes."""
    found: dict[int, Outcome] = {}
    for i, path in enumerate(paths if cache is not None and cache.readable else ()):
        try:
            if not_a_release_file(path) or path.stat().st_size > max_bytes:
                continue  # reading it will fail it, with the reason, as in a full build
            key = release_key(path, root)
            extraction = cache.get(path.read_bytes(), key)  # type: ignore[union-attr]
        except OSError:
            continue
        if extraction is not None:
            # the file may have moved with its folder: the report names it where it is now
            extraction = replace(extraction, release=replace(extraction.release, path=path))
            found[i] = Outcome(path, key, extraction)
            if progress:
                progress(path)
    return found


def _common_root(paths: list[Path]) -> Path | None:
    """The folder all releases share, so release keys name subfolders but not where the corpus lives."""
    if not paths:
        return None
    # the folders as named, not resolved: a link to a file outside the corpus must not move the root
    return Path(os.path.commonpath([os.path.abspath(p.parent) for p in paths]))


def _ok_report(x: Extraction, base: str) -> ReleaseReport:
    r = x.release
    counts = {
        "entities": len(x.entities),
        "relations": len(x.relations),
        "roles": len(x.roles),
        "quotes": len(x.quotes),
        "events": len(x.events),
        "counts": len(x.counts),
    }
    return ReleaseReport(
        r.path.as_posix(),
        "ok",
        release=str(release_iri(base, r)),
        graph=str(graph_iri(base, r)),
        title=r.title,
        date=r.date.isoformat() if r.date else None,
        counts=counts,
        warnings=list(r.warnings),
    )


def _memory_store(quads: Quads) -> ox.Store:
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load("".join(quads.nquads()).encode(), format=ox.RdfFormat.N_QUADS)
    return store


def _validate(store: ox.Store) -> dict[str, Any]:
    """The shapes checked by SPARQL on the store (shacl/validate_store.py): pySHACL took minutes on a large build."""
    from .shacl.validate_store import validate_store

    result = validate_store(store)
    return {
        "conforms": result.conforms,
        "violations": len(result.violations),
        "warnings": len(result.warnings),
    }


def _write(result: BuildResult, out_dir: Path, options: BuildOptions, clock: _Stopwatch) -> dict[str, str]:
    from .rdf.dumps import write_dumps
    from .store.embedded import STORE_DIR, LocalStore, update_store

    quads, report = result.quads, result.report
    with clock("dumps"):
        paths = write_dumps(quads, out_dir)
    # The store after the dumps, not beside them: Oxigraph's loader runs threads of its own, and on two
    # cores the two together took longer than one after the other (10,000 releases: 86 s against 69 s).
    # Graph by graph when the previous build's record allows, else loaded whole from the N-Quads dump.
    with clock("store"):
        result.store = update_store(quads, out_dir, paths["nquads"], whole=not options.reuse_extractions)
    outputs = {fmt: p.name for fmt, p in paths.items()}  # names in the output folder: the report is portable
    outputs["store"] = f"{STORE_DIR}/"
    if options.validate or options.view:
        written = LocalStore(out_dir)  # opened once for both
        if options.validate:
            with clock("validate"):
                report.validation = _validate(written.native)
        if options.view:
            from .network.from_store import load_network
            from .network.view import VIEW_FILE, ViewOptions, write_view

            with clock("view"):
                page = ViewOptions(lang=options.view_lang)
                outputs["view"] = write_view(load_network(written), out_dir / VIEW_FILE, page).name
    outputs["report"] = "report.json"
    report.outputs = outputs
    with clock("report"):
        (out_dir / "report.json").write_text(
            json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return outputs
