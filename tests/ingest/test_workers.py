"""`--jobs`: releases read and extracted in worker processes give the same build as in one process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from conftest import SEED
from iqgraph.cli import main
from iqgraph.errors import InputError
from iqgraph.ingest import workers
from iqgraph.models import Extraction, Release
from iqgraph.pipeline import BuildOptions, build
from iqgraph.reference import Reference

OUTPUT_FILES = ("iqgraph.trig", "iqgraph.ttl", "iqgraph.nq", "iqgraph.jsonld", "report.json", "iqgraph.html")
LANDS = {  # each Land with a city the extractor's place list knows
    "Baden-Württemberg": "Stuttgart",
    "Bayern": "München",
    "Berlin": "Berlin",
    "Brandenburg": "Potsdam",
    "Bremen": "Bremen",
    "Hamburg": "Hamburg",
    "Hessen": "Frankfurt",
    "Mecklenburg-Vorpommern": "Rostock",
    "Niedersachsen": "Hannover",
    "Nordrhein-Westfalen": "Köln",
    "Rheinland-Pfalz": "Mainz",
    "Saarland": "Saarbrücken",
    "Sachsen": "Leipzig",
    "Sachsen-Anhalt": "Magdeburg",
    "Schleswig-Holstein": "Kiel",
    "Thüringen": "Erfurt",
}
FACHTAG = (
    "Pressemitteilung {n}/18: Fachtag des IQ Netzwerks {land} am {day:02d}.04.2018\n\n"
    "Am {day:02d}.04.2018 veranstaltet das IQ Netzwerk {land} einen Fachtag in {city}. "
    "Das IQ Netzwerk {land} wird durch das Bundesministerium für Arbeit und Soziales (BMAS) gefördert.\n"
)
LEITUNG = (
    "Neue Koordination im IQ Netzwerk {land}\n\n{city}, {day:02d}.05.2019\n\n"
    "Sabine Weber{n} ist die neue Koordinatorin des IQ Netzwerks {land}. "
    "„Wir wollen noch mehr Menschen beraten“, sagte Sabine Weber{n}.\n"
)
# Read by the rule the workers load from sitecustomize.py (below): a text that breaks it, a text that kills it.
BREAKS, KILLS, STALLS = "Sollbruchstelle", "Absturzstelle", "Zeitlupe"
SITECUSTOMIZE = f'''"""Python imports this at start-up when PYTHONPATH names its folder: so do the spawned build workers."""
import os
import time

import iqgraph.ingest.workers

_extract = iqgraph.ingest.workers.extract


def extract(release, reference):
    if "{BREAKS}" in release.text:
        raise RuntimeError("a rule broke")
    if "{KILLS}" in release.text:
        os._exit(70)  # as a crash in a C extension would end the worker
    if "{STALLS}" in release.text:
        time.sleep(120)  # as a rule that takes time growing faster than the text would
    return _extract(release, reference)


iqgraph.ingest.workers.extract = extract
'''


# A user's script calling build(jobs=2) at its top level, without the `if __name__ == "__main__":` guard.
UNGUARDED = """import iqgraph.ingest.workers
from iqgraph import BuildOptions, build

iqgraph.ingest.workers.IN_PROCESS_BELOW = 0  # two releases: workers even so
result = build(["releases"], options=BuildOptions(validate=False, view=False, jobs=2))
print("built", len(result.report.built))
"""
# The same build in a process the script starts itself: its workers are allowed.
IN_A_CHILD = """import multiprocessing

import iqgraph.ingest.workers
from iqgraph import BuildOptions, build

iqgraph.ingest.workers.IN_PROCESS_BELOW = 0  # two releases: workers even so


def run():
    result = build(["releases"], options=BuildOptions(validate=False, view=False, jobs=2))
    print("built", len(result.report.built), flush=True)


if __name__ == "__main__":
    child = multiprocessing.get_context("spawn").Process(target=run)
    child.start()
    child.join()
    raise SystemExit(child.exitcode)
"""


def write_corpus(folder: Path) -> list[Path]:
    """33 good releases, an empty and a binary file, and two files with the same release key far apart."""
    folder.mkdir(parents=True)
    files = {folder / "seed.txt": SEED.read_text(encoding="utf-8")}
    for n, (land, city) in enumerate(LANDS.items(), start=1):
        files[folder / f"r{n:02d}-fachtag.txt"] = FACHTAG.format(n=n, land=land, city=city, day=n)
        files[folder / f"r{n:02d}-leitung.md"] = LEITUNG.format(n=n, land=land, city=city, day=n)
    files[folder / "Zwei.md"] = FACHTAG.format(n=40, land="Berlin", city="Berlin", day=28)
    files[folder / "zwei.txt"] = LEITUNG.format(n=41, land="Bremen", city="Bremen", day=28)  # key "zwei" too
    files[folder / "leer.txt"] = ""
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    (folder / "bild.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return sorted(folder.iterdir())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("parallel") / "releases"
    write_corpus(folder)
    return folder


@pytest.fixture(scope="module")
def builds(corpus: Path) -> dict[str, tuple[Result, Path]]:
    """The CLI's build of the corpus, validated, with --jobs 1 and --jobs 2."""
    runs = {}
    for jobs in ("1", "2"):
        out = corpus.parent / f"out-{jobs}"
        runs[jobs] = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--jobs", jobs]), out
    return runs


@pytest.fixture
def workers_load_a_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers start from a fresh interpreter, so a monkeypatch here would not reach them; Python's own
    start-up hook carries the rule into each worker instead."""
    (tmp_path / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))
    )


def test_jobs_2_writes_the_same_files_as_jobs_1(builds: dict[str, tuple[Result, Path]]) -> None:
    (_, one), (_, two) = builds["1"], builds["2"]
    for name in OUTPUT_FILES:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_failed_files_are_named_and_the_rest_builds(
    builds: dict[str, tuple[Result, Path]], jobs: str
) -> None:
    result, _ = builds[jobs]
    assert result.exit_code == 1, result.output
    assert "releases read: 37, built: 34, failed: 3" in result.stdout
    assert "leer.txt: empty file" in result.stderr and "bild.txt" in result.stderr
    assert "zwei.txt: has the same release key as" in result.stderr and "Zwei.md" in result.stderr
    assert "validation: conforms" in result.stdout


def test_jobs_1_starts_no_process(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("--jobs 1 started a process pool")

    monkeypatch.setattr(workers, "ProcessPoolExecutor", refuse)
    assert len(build([corpus], options=BuildOptions(validate=False, jobs=1)).report.built) == 34


def test_a_small_batch_is_extracted_without_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A rebuild that adds one release must not pay for starting workers."""
    folder = tmp_path / "few"
    folder.mkdir()
    for n in range(workers.IN_PROCESS_BELOW - 1):
        text = FACHTAG.format(n=n, land="Bayern", city="München", day=n % 28 + 1)
        (folder / f"r{n:02d}.txt").write_text(text, encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a small batch started a process pool")

    monkeypatch.setattr(workers, "ProcessPoolExecutor", refuse)
    built = build([folder], options=BuildOptions(validate=False, view=False, jobs=2)).report.built
    assert len(built) == workers.IN_PROCESS_BELOW - 1


def test_progress_advances_once_per_release(corpus: Path) -> None:
    seen: list[Path] = []
    build([corpus], options=BuildOptions(validate=False, jobs=2), progress=seen.append)
    assert sorted(seen) == sorted(corpus.iterdir())


def test_a_rule_that_raises_in_a_worker_fails_only_its_release(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers_load_a_rule: None
) -> None:
    broken = tmp_path / "broken"
    write_corpus(broken)
    (broken / "r05-fachtag.txt").write_text(
        FACHTAG.format(n=5, land="Bremen", city=BREAKS, day=5), encoding="utf-8"
    )
    in_workers = build([broken], options=BuildOptions(validate=False, jobs=2)).report.to_dict()

    real = workers.extract

    def extract(release: Release, reference: Reference) -> Extraction:
        if BREAKS in release.text:
            raise RuntimeError("a rule broke")
        return real(release, reference)

    monkeypatch.setattr(workers, "extract", extract)
    here = build([broken], options=BuildOptions(validate=False, jobs=1)).report.to_dict()
    assert in_workers == here
    [failed] = [r for r in here["releases"] if r["file"].endswith("r05-fachtag.txt")]
    assert failed["error"] == "extraction"
    assert failed["reason"] == "extraction failed (RuntimeError: a rule broke); please report this release"
    assert here["summary"]["built"] == 33


def test_a_worker_that_dies_fails_only_its_release(tmp_path: Path, workers_load_a_rule: None) -> None:
    dying = tmp_path / "dying"
    write_corpus(dying)
    (dying / "r09-leitung.md").write_text(
        LEITUNG.format(n=9, land="Hessen", city=KILLS, day=9), encoding="utf-8"
    )
    report = build([dying], options=BuildOptions(validate=False, jobs=2)).report
    by_name = {Path(r.file).name: r for r in report.releases}
    assert by_name["r09-leitung.md"].error == "extraction"
    assert by_name["r09-leitung.md"].reason == workers.CRASHED
    failed = {name for name, r in by_name.items() if r.status == "failed"}
    assert failed == {"r09-leitung.md", "leer.txt", "bild.txt", "zwei.txt"}


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_release_past_its_time_fails_alone_and_the_build_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers_load_a_rule: None, jobs: int
) -> None:
    slow = tmp_path / "slow"
    write_corpus(slow)
    (slow / "r07-fachtag.txt").write_text(
        FACHTAG.format(n=7, land="Bremen", city=STALLS, day=7), encoding="utf-8"
    )
    if jobs == 1:  # the workers get the slow rule from sitecustomize.py; this process from here
        real = workers.extract

        def extract(release: Release, reference: Reference) -> Extraction:
            if STALLS in release.text:
                time.sleep(120)
            return real(release, reference)

        monkeypatch.setattr(workers, "extract", extract)
    start = time.monotonic()
    report = build(
        [slow], options=BuildOptions(validate=False, view=False, jobs=jobs, release_timeout=5)
    ).report
    assert time.monotonic() - start < 60
    by_name = {Path(r.file).name: r for r in report.releases}
    assert by_name["r07-fachtag.txt"].error == "timeout"
    assert by_name["r07-fachtag.txt"].reason == (
        "extraction took longer than 5 s (--release-timeout); the others built"
    )
    assert report.to_dict()["summary"]["built"] == 33  # as without the slow rule, less r07


@pytest.mark.parametrize(("value", "jobs"), [("auto", 0), ("0", 0), ("3", 3)])
def test_cli_jobs_values(value: str, jobs: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seen: list[int] = []

    def run_build(inputs: object, out_dir: object, options: BuildOptions) -> None:
        seen.append(options.jobs)
        raise InputError("stop here")

    monkeypatch.setattr("iqgraph.cli.build._run_build", run_build)
    CliRunner().invoke(main, ["build", str(SEED), "--out", str(tmp_path), "--jobs", value])
    assert seen == [jobs]


@pytest.mark.parametrize("value", ["-1", "two", "1.5"])
def test_cli_refuses_bad_jobs(value: str) -> None:
    result = CliRunner().invoke(main, ["build", "--jobs", value])
    assert result.exit_code == 2
    assert "a number of processes (0 or more) or 'auto'" in result.stderr


def test_jobs_must_not_be_negative() -> None:
    with pytest.raises(ValueError, match="jobs must be 0"):
        BuildOptions(jobs=-1)


def test_auto_uses_the_cpus_this_process_may_use() -> None:
    assert 1 <= workers.usable_cpus() <= (os.cpu_count() or 1)


def run_script(folder: Path, text: str) -> subprocess.CompletedProcess[str]:
    """`text` as a script in `folder` beside two releases, run by this Python; at most 60 s."""
    (folder / "releases").mkdir()
    (folder / "releases" / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    fachtag = FACHTAG.format(n=1, land="Bayern", city="München", day=1)
    (folder / "releases" / "fachtag.txt").write_text(fachtag, encoding="utf-8")
    (folder / "script.py").write_text(text, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "script.py"], cwd=folder, capture_output=True, text=True, timeout=60
    )


def test_a_script_without_the_main_guard_fails_fast_with_the_advice(tmp_path: Path) -> None:
    started = time.monotonic()
    result = run_script(tmp_path, UNGUARDED)
    assert time.monotonic() - started < 60
    assert result.returncode == 1 and "built" not in result.stdout
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(
        "iqgraph.errors.WorkerStartError: the build's worker processes stopped while starting"
    )
    assert last.endswith(f"{workers.GUARD} (the workers' own error is above)")
    worker = "build(jobs=2) was called while a worker process imports the calling script: " + workers.GUARD
    assert worker in result.stderr


def test_a_build_in_a_process_the_script_started_may_use_workers(tmp_path: Path) -> None:
    result = run_script(tmp_path, IN_A_CHILD)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "built 2\n"
