"""The build: releases -> extract -> resolve -> graph -> validate -> dumps and report.

`build()` is the one call behind `iqgraph build`. A release that cannot be read or extracted is named
in the report with its reason; every other release still builds.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Dataset

from . import __version__
from .errors import ReleaseError
from .extract import extract
from .graph import build_dataset, graph_iri, release_iri
from .models import Extraction
from .namespaces import DEFAULT_BASE
from .reference import Reference, load_reference
from .releases import DEFAULT_MAX_BYTES, discover, read_release
from .resolve import resolve
from .timeline import role_timeline

Progress = Callable[[Path], None]


@dataclass(frozen=True)
class BuildOptions:
    base: str = DEFAULT_BASE
    max_bytes: int = DEFAULT_MAX_BYTES
    validate: bool = True
    reference_path: Path | None = None
    timestamp: dt.datetime | None = None  # recorded in the dumps only when given
    view: bool = True  # also write iqgraph.html, the whole network as an interactive page


@dataclass
class ReleaseReport:
    file: str
    status: str  # "ok" or "failed"
    error: str | None = (
        None  # kind of failure: empty, not-text, undecodable, too-large, no-content, extraction
    )
    reason: str | None = None
    release: str | None = None
    graph: str | None = None
    title: str | None = None
    date: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class BuildReport:
    releases: list[ReleaseReport]
    triples: int = 0
    entities: int = 0
    relations: int = 0
    validation: dict[str, Any] | None = None
    outputs: dict[str, str] = field(default_factory=dict)
    roles: list[dict[str, Any]] = field(default_factory=list)  # the role timeline (timeline.py)

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
            "releases": [{k: v for k, v in vars(r).items() if v not in (None, {})} for r in self.releases],
            "roles": self.roles,
        }


@dataclass
class BuildResult:
    dataset: Dataset
    report: BuildReport


def build(
    inputs: Sequence[Path | str],
    out_dir: Path | str | None = None,
    options: BuildOptions | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Build the knowledge graph from release files and folders; write the dumps when `out_dir` is given."""
    options = options or BuildOptions()
    reference = load_reference(options.reference_path, options.base)
    paths = discover(inputs)
    extractions, reports = _extract_all(paths, reference, options, progress)
    resolution = resolve(extractions, reference, options.base)
    dataset = build_dataset(extractions, resolution, reference, options.base, options.timestamp)
    report = BuildReport(reports, triples=len(dataset), entities=len(resolution.entities))
    report.relations = sum(len(x.relations) for x in extractions)
    report.roles = role_timeline(extractions, resolution, options.base)
    if options.validate:
        report.validation = _validate(dataset)
    if out_dir is not None:
        report.outputs = _write(dataset, report, Path(out_dir), options.view)
    return BuildResult(dataset, report)


def _extract_all(
    paths: list[Path], reference: Reference, options: BuildOptions, progress: Progress | None
) -> tuple[list[Extraction], list[ReleaseReport]]:
    extractions: list[Extraction] = []
    reports: list[ReleaseReport] = []
    root = _common_root(paths)
    seen: dict[str, Path] = {}
    for path in paths:
        if progress:
            progress(path)
        try:
            release = read_release(path, options.max_bytes, root)
            if seen.setdefault(release.key, path) != path:
                raise ReleaseError(
                    path, f"has the same release key as {seen[release.key]}: rename one of them"
                )
            extraction = extract(release, reference)
        except ReleaseError as exc:
            reports.append(ReleaseReport(path.as_posix(), "failed", exc.kind, exc.reason))
            continue
        except Exception as exc:  # a bug in a rule must not cost the other releases their build
            reason = f"extraction failed ({type(exc).__name__}: {exc}); please report this release"
            reports.append(ReleaseReport(path.as_posix(), "failed", "extraction", reason))
            continue
        extractions.append(extraction)
        reports.append(_ok_report(extraction, options.base))
    return extractions, reports


def _common_root(paths: list[Path]) -> Path | None:
    """The folder all releases share, so release keys name subfolders but not where the corpus lives."""
    if not paths:
        return None
    return Path(os.path.commonpath([p.resolve().parent for p in paths]))


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
    )


def _validate(dataset: Dataset) -> dict[str, Any]:
    from .validate import validate  # pyshacl is slow to import: only when validation runs

    result = validate(dataset)
    return {
        "conforms": result.conforms,
        "violations": len(result.violations),
        "warnings": len(result.warnings),
    }


def _write(dataset: Dataset, report: BuildReport, out_dir: Path, view: bool) -> dict[str, str]:
    from .dumps import write_dumps
    from .store import LocalStore, write_store

    paths = write_dumps(dataset, out_dir)
    outputs = {fmt: p.name for fmt, p in paths.items()}  # names in the output folder: the report is portable
    outputs["store"] = write_store(dataset, out_dir).name + "/"
    if view:
        from .network import load_network
        from .view import VIEW_FILE, write_view

        outputs["view"] = write_view(load_network(LocalStore(out_dir)), out_dir / VIEW_FILE).name
    outputs["report"] = "report.json"
    report.outputs = outputs
    (out_dir / "report.json").write_text(
        json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return outputs
