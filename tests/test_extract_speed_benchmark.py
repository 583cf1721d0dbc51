"""benchmarks/extract_speed.py: its figures on the seed release alone (fast), its summary and its skip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SEED, load_benchmark

speed = load_benchmark("extract_speed")


def test_seed_release_timed_with_every_field(capsys: pytest.CaptureFixture[str]) -> None:
    assert speed.main(["--corpus", str(SEED), "--releases", "3", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["releases"] == 3 and figures["distinct"] == 1
    for field in ("median_ms", "mean_ms", "p95_ms", "max_ms", "releases_per_second"):
        assert figures[field] > 0, field
    assert figures["median_ms"] <= figures["p95_ms"] <= figures["max_ms"]
    assert figures["target_ms"] == 30.0 and isinstance(figures["target_met"], bool)
    assert {"date", "python", "machine", "corpus"} <= figures.keys()


def test_text_output_names_the_target(capsys: pytest.CaptureFixture[str]) -> None:
    assert speed.main(["--corpus", str(SEED), "--releases", "2"]) == 0
    out = capsys.readouterr().out
    assert "releases timed: 2 (1 distinct, repeated)" in out
    assert "target: mean <= 30 ms per release:" in out


def test_summary_of_known_times() -> None:
    timing = speed.summarise([0.001 * ms for ms in range(1, 21)], distinct=4)
    assert (timing.median_ms, timing.mean_ms, timing.p95_ms, timing.max_ms) == (10.5, 10.5, 19.0, 20.0)
    assert timing.releases == 20 and timing.target_met
    assert speed.summarise([0.031], distinct=1).target_met is False


def test_corpus_repeated_to_at_least_the_count() -> None:
    assert speed.repeated(["a", "b", "c"], 7) == ["a", "b", "c", "a", "b", "c", "a"]
    assert speed.repeated(["a", "b", "c"], 2) == ["a", "b", "c"]


def test_missing_corpus_is_skipped_saying_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert speed.main(["--corpus", str(tmp_path / "none")]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "skipped: no releases at" in captured.err
