"""benchmarks/query_engines.py: its time limit, how it judges the targets, and one tiny run end to end."""

from __future__ import annotations

import json
import time

import pytest

from conftest import load_benchmark

qe = load_benchmark("query_engines")


def test_a_run_over_the_limit_is_given_up() -> None:
    start = time.perf_counter()
    slow = qe.measure(lambda: time.sleep(5) or 0, runs=3, limit=0.2, alarm=True)
    assert slow.gave_up and slow.ms is None
    assert time.perf_counter() - start < 2


def test_runs_stop_once_they_have_taken_the_limit() -> None:
    engine = qe.measure(lambda: time.sleep(0.05) or 7, runs=100, limit=0.2, alarm=False)
    assert 4 <= engine.runs <= 6 and engine.rows == 7 and engine.ms >= 50


def test_an_error_is_reported_not_raised() -> None:
    assert qe.measure(lambda: 1 // 0, runs=1, limit=1, alarm=True).error.startswith("ZeroDivisionError")


@pytest.mark.parametrize(
    ("ox_ms", "bound", "rdflib", "ratio", "fast", "faster"),
    [
        (10, True, qe.Engine(ms=500), 50, True, True),
        (60, True, qe.Engine(ms=300), 5, False, False),  # a bound query: 50 ms
        (60, False, qe.Engine(ms=300), 5, True, False),  # an unbound one's first page: 100 ms
        (100, False, qe.Engine(gave_up=True), "> 200", True, True),  # 20 s / 100 ms: at least 200 ×
        (4000, False, qe.Engine(gave_up=True), "> 5", False, None),  # at least 5 ×: the target is undecided
        (10, True, qe.Engine(error="TypeError: …"), None, True, None),
    ],
)
def test_targets(
    ox_ms: float, bound: bool, rdflib: object, ratio: object, fast: bool, faster: bool | None
) -> None:
    case = qe.Case("q", {"p": "v"} if bound else {}, qe.Engine(ms=ox_ms), rdflib)
    qe.judge(case, limit=20)
    shown = None if case.ratio is None else f"> {case.ratio:g}" if case.ratio_is_lower_bound else case.ratio
    assert (shown, case.fast_enough, case.faster_enough) == (ratio, fast, faster)


def test_a_tiny_run(capsys: pytest.CaptureFixture[str]) -> None:
    assert qe.main(["--releases", "8", "--runs", "1", "--limit", "2", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["quads"] > 1000 and out["triples"] <= out["quads"]
    names = {c["query"] for c in out["cases"]}
    assert names == {q.name for q in qe.list_queries()}
    bound = {c["query"] for c in out["cases"] if c["binding"]}
    assert bound == set(qe.PICKS)
    unbound = {c["query"] for c in out["cases"] if not c["binding"]}
    assert unbound == {q.name for q in qe.list_queries() if not any(p.required for p in q.params)}
    for case in out["cases"]:
        assert case["oxigraph"]["ms"] is not None, case["name"]
        if case["rdflib"]["rows"] is not None and case["rdflib"]["ms"] is not None:
            assert case["rdflib"]["rows"] == case["oxigraph"]["rows"], case["name"]
