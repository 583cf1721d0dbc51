"""The build as a user runs it: outputs, report, determinism, bad inputs among good ones, exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDFS, Dataset, Graph, Literal

from conftest import REPO, SEED
from iqgraph.cli import main
from iqgraph.pipeline import BuildOptions, build

OUTPUT_FILES = ("iqgraph.trig", "iqgraph.ttl", "iqgraph.nq", "iqgraph.jsonld", "report.json", "iqgraph.html")

GOOD = (
    "Pressemitteilung 3/18: Fachtag des IQ Netzwerks Bremen am 12.04.2018\n\n"
    "Am 12.04.2018 veranstaltet das IQ Netzwerk Bremen einen Fachtag in Bremen. "
    "Das IQ Netzwerk Bremen wird durch das Bundesministerium für Arbeit und Soziales (BMAS) gefördert.\n"
)


def write_corpus(folder: Path) -> dict[str, Path]:
    """Two good releases and one of each kind of bad input."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "seed": folder / "seed.txt",
        "good": folder / "sub" / "bremen.md",
        "empty": folder / "empty.txt",
        "binary": folder / "image.txt",
        "markup": folder / "nothing.html",
    }
    files["good"].parent.mkdir()
    files["seed"].write_bytes(SEED.read_bytes())
    files["good"].write_text(
        "---\ntitle: Fachtag in Bremen\ndate: 2018-04-12\n---\n" + GOOD, encoding="utf-8"
    )
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    files["markup"].write_text(
        "<html><body><nav>Menü</nav><script>x()</script></body></html>", encoding="utf-8"
    )
    return files


def test_build_writes_every_output_and_a_report(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = build([SEED], out)
    for name in OUTPUT_FILES:
        assert (out / name).stat().st_size > 0, name
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["built"] == 1 and report["summary"]["failed"] == 0
    assert report["summary"]["triples"] == len(result.dataset)
    entry = report["releases"][0]
    assert entry["status"] == "ok" and entry["counts"]["quotes"] == 2 and entry["counts"]["events"] == 1


def test_no_view_skips_the_page(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["build", str(SEED), "--out", str(tmp_path), "--no-view", "--no-validate"]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "iqgraph.trig").is_file() and not (tmp_path / "iqgraph.html").exists()
    assert "iqgraph.html" not in result.stdout


def test_the_dumps_hold_the_same_graph(tmp_path: Path) -> None:
    build([SEED], tmp_path)
    trig = Dataset()
    trig.parse(tmp_path / "iqgraph.trig", format="trig")
    nquads = Dataset()
    nquads.parse(tmp_path / "iqgraph.nq", format="nquads")
    jsonld = Dataset()
    jsonld.parse(tmp_path / "iqgraph.jsonld", format="json-ld")
    merged = Graph().parse(tmp_path / "iqgraph.ttl", format="turtle")
    assert len(trig) == len(nquads) == len(jsonld) == len(merged) > 100
    named = {str(g.identifier) for g in trig.graphs() if len(g)}
    assert any(g.endswith("/graph/reference") for g in named)
    assert any("/graph/release/" in g for g in named)


def _build_in_subprocess(out: Path, hash_seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    code = "import sys, iqgraph; iqgraph.build([sys.argv[1]], sys.argv[2])"
    subprocess.run([sys.executable, "-c", code, str(SEED.parent), str(out)], check=True, env=env, cwd=REPO)


def test_same_input_gives_byte_identical_dumps(tmp_path: Path) -> None:
    _build_in_subprocess(tmp_path / "a", "1")
    _build_in_subprocess(tmp_path / "b", "2")
    for name in OUTPUT_FILES:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_bad_releases_are_named_and_the_rest_still_builds(tmp_path: Path) -> None:
    files = write_corpus(tmp_path / "in")
    result = build([tmp_path / "in"], tmp_path / "out", BuildOptions(validate=False))
    by_file = {Path(r.file).name: r for r in result.report.releases}
    assert {n for n, r in by_file.items() if r.status == "ok"} == {"seed.txt", "bremen.md"}
    assert by_file["empty.txt"].error == "empty"
    assert by_file["image.txt"].error == "not-text"
    assert by_file["nothing.html"].error == "no-content"
    labels = {str(o) for _, _, o, _ in result.dataset.quads((None, RDFS.label, None, None))}
    assert "IQ Netzwerk Bremen" in labels
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"] == report["summary"] | {"releases": 5, "built": 2, "failed": 3}
    assert files["empty"].exists()


def test_links_pipes_and_devices_each_fail_alone_and_keys_stay_as_named(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "seed.txt").write_bytes(SEED.read_bytes())
    (corpus / "sub" / "bremen.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "outside.txt").write_text(GOOD.replace("Bremen", "Hamburg"), encoding="utf-8")
    (corpus / "linked.txt").symlink_to(tmp_path / "elsewhere" / "outside.txt")
    (corpus / "loop.txt").symlink_to("loop.txt")
    (corpus / "gone.txt").symlink_to("nothing-here.txt")
    (corpus / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(corpus / "pipe.txt")
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "out"), "--no-view"])
    assert result.exit_code == 1, result.output
    assert "releases read: 7, built: 3, failed: 4" in result.stdout
    assert "loop.txt: a symbolic link that leads back to itself" in result.stderr
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    failed = {Path(r["file"]).name: r["error"] for r in report["releases"] if r["status"] == "failed"}
    assert failed == dict.fromkeys(["gone.txt", "loop.txt", "pipe.txt", "zero.txt"], "not-a-file")
    built = sorted(r["release"].rsplit("/", 1)[-1] for r in report["releases"] if r["status"] == "ok")
    assert built == ["linked", "seed", "sub--bremen"]  # the link keeps its own name; the root stays corpus/


def test_identical_files_and_unusable_metadata_build_with_a_warning(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "copy").mkdir(parents=True)
    (corpus / "seed.txt").write_bytes(SEED.read_bytes())
    (corpus / "copy" / "seed-again.txt").write_bytes(SEED.read_bytes())
    odd = "---\ndate: 2018-02-30\nsource: http://example.org/pm[3]\n---\n" + GOOD
    (corpus / "bremen.md").write_text(odd, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--no-view"])
    assert result.exit_code == 0, result.output  # warnings do not fail a build
    assert "seed.txt: the same bytes as " in result.stderr and "this release is built twice" in result.stderr
    assert "bremen.md: date '2018-02-30' is not a date" in result.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    warned = {Path(r["file"]).name: r["warnings"] for r in report["releases"] if "warnings" in r}
    assert sorted(warned) == ["bremen.md", "seed.txt"]  # "copy/seed-again.txt" comes first
    assert any("pm[3]' is not a valid IRI" in w for w in warned["bremen.md"])
    # the source is kept as text, and the store took every quad
    store = Dataset()
    store.parse(out / "iqgraph.nq", format="nquads")
    sources = {o for _, p, o, _ in store.quads((None, None, None, None)) if str(p).endswith("/source")}
    assert Literal("http://example.org/pm[3]") in sources


def test_when_every_release_fails_nothing_is_replaced_and_the_exit_code_is_2(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(SEED), "--out", str(out), "--no-view"]).exit_code == 0
    before = {f.name: f.read_bytes() for f in out.iterdir() if f.is_file()}
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "empty.txt").write_bytes(b"")
    (broken / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = CliRunner().invoke(main, ["build", str(broken), "--out", str(out), "--no-view"])
    assert result.exit_code == 2, result.output
    assert "empty.txt: empty file" in result.stderr and "nothing could be built" in result.stderr
    assert {f.name: f.read_bytes() for f in out.iterdir() if f.is_file()} == before


@pytest.mark.parametrize(
    ("make", "words"), [("file", "is a file, not a folder"), ("below-a-file", "cannot be made")]
)
def test_an_output_folder_that_cannot_be_one_is_a_usage_error(tmp_path: Path, make: str, words: str) -> None:
    (tmp_path / "taken").write_text("not a folder", encoding="utf-8")
    out = tmp_path / "taken" if make == "file" else tmp_path / "taken" / "out"
    result = CliRunner().invoke(main, ["build", str(SEED), "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"error: {out}: {words}") and "Traceback" not in result.output


def test_an_output_folder_inside_the_input_folder_is_not_read_as_releases(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "seed.txt").write_bytes(SEED.read_bytes())
    for _ in range(2):  # the second build finds the first one's page and dumps in corpus/out
        result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(corpus / "out")])
        assert result.exit_code == 0, result.output
        assert "releases read: 1, built: 1, failed: 0" in result.stdout


def test_cli_build_summary_stderr_and_exit_code_when_some_fail(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert "releases read: 5, built: 2, failed: 3" in result.stdout
    assert "empty.txt: empty file" in result.stderr
    assert "image.txt" in result.stderr and "nothing.html" in result.stderr


def test_cli_build_default_builds_data_releases_into_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "releases").symlink_to(SEED.parent)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 0, result.output
    assert "releases read: 1, built: 1, failed: 0" in result.stdout
    assert "validation: conforms" in result.stdout
    assert (tmp_path / "out" / "iqgraph.trig").exists()


def test_cli_no_input_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(tmp_path / "missing"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "missing" in result.stderr


@pytest.mark.parametrize("command", [[], ["build"], ["validate"]])
def test_every_command_help_shows_an_example(command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and "iqgraph" in result.output


def test_cli_validate_reports_conformance(tmp_path: Path) -> None:
    build([SEED], tmp_path)
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "iqgraph.trig")])
    assert result.exit_code == 0, result.output


def test_cli_validate_on_a_build_folder_checks_its_store_with_the_same_report(tmp_path: Path) -> None:
    build([SEED], tmp_path)
    on_dump = CliRunner().invoke(main, ["validate", str(tmp_path / "iqgraph.trig")])
    on_store = CliRunner().invoke(main, ["validate", str(tmp_path)])
    assert on_store.exit_code == 0 and on_store.output == on_dump.output
    assert "Conforms: 0 violation(s), 1 warning(s)" in on_store.output
    empty = tmp_path / "empty"
    empty.mkdir()
    missing = CliRunner().invoke(main, ["validate", str(empty)])
    assert missing.exit_code == 2 and "no embedded store in" in missing.stderr


def test_role_timeline_across_releases(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "---\ntitle: A\ndate: 2016-03-01\n---\nA\n\nDie Leiterin des IQ Netzwerks Hessen, Dr. Rita Lorenz, lud ein.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text(
        "---\ntitle: B\ndate: 2019-05\n---\nB\n\nRita Lorenz, Leiterin des IQ Netzwerks Hessen, sprach.\n",
        encoding="utf-8",
    )
    (tmp_path / "c.md").write_text(
        "---\ntitle: C\ndate: 2021-01-10\n---\nC\n\nRita Lorenz, Staatssekretärin im Hessischen Ministerium für Soziales "
        "und Integration, sprach.\n",
        encoding="utf-8",
    )
    result = build([tmp_path], tmp_path / "out", BuildOptions(validate=True))
    rows = {
        (r["role"], r["organisation"]): (r["first"], r["last"], len(r["releases"]))
        for r in result.report.roles
    }
    network = next(org for role, org in rows if role == "Leiterin")
    assert rows[("Leiterin", network)] == ("2016-03-01", "2019-05", 2)
    assert rows[("Staatssekretärin", "Hessisches Ministerium für Soziales und Integration")] == (
        "2021-01-10",
        "2021-01-10",
        1,
    )
    assert {r["person"] for r in result.report.roles} == {"Rita Lorenz"}
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["roles"] == result.report.roles
    assert result.report.validation and result.report.validation["conforms"]
    query = (REPO / "queries" / "role-timeline.rq").read_text(encoding="utf-8")
    dataset = result.dataset
    dataset.default_union = True  # as the stores query it: release graphs named, their union the default
    found = {(str(r.role), str(r.first), str(r.last), str(r.attestations)) for r in dataset.query(query)}
    assert ("Leiterin", "2016-03-01", "2019-05", "2") in found


def test_a_long_build_says_each_stage_and_its_seconds(tmp_path: Path) -> None:
    from iqgraph.cli import PROGRESS_THRESHOLD, STAGE_LABELS

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(PROGRESS_THRESHOLD):
        (corpus / f"r{i:02}.md").write_text(GOOD.replace("3/18", f"{i}/18"), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines() if line]
    for stage, label in STAGE_LABELS.items():
        assert any(re.fullmatch(rf"{re.escape(label)}: \d+\.\d s", line) for line in said), stage
        if stage != "extract":
            assert f"{label} …" in said


@pytest.mark.parametrize(
    ("base", "words"),
    [
        ("http://example.org/a[1]/", "is not an absolute IRI"),
        ("no-scheme/", "is not an absolute IRI"),
        ("http://example.org/id", "must end with '/' or '#'"),
    ],
)
def test_a_base_that_would_make_every_iri_invalid_is_a_usage_error(
    tmp_path: Path, base: str, words: str
) -> None:
    result = CliRunner().invoke(main, ["build", str(SEED), "--out", str(tmp_path / "out"), "--base", base])
    assert result.exit_code == 2 and words in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "out" / "iqgraph.nq").exists()
