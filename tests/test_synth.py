"""benchmarks/synth.py: the synthetic corpus is deterministic, its gold keeps the gold grammar, and a build of
it finds what it planted, scored by benchmarks/quality.py's own rules."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

import iqgraph
from conftest import load_benchmark

synth = load_benchmark("synth", "synth_test_synth")
quality = load_benchmark("quality", "synth_test_quality")

TYPES = {"Programme", "StateNetwork", "CoordinationOffice", "Subproject", "Ministry", "Agency"}
TYPES |= {"Organisation", "Person", "Event", "Place"}
PREDICATES = {"fundedBy", "implementationPartner", "partOf", "hostedBy", "ledBy", "speakerAt"}
PREDICATES |= {"organisedBy", "locatedIn", "memberOf"}
WIDTH = {"entity": 2, "role": 3, "relation": 3, "quote": 2, "event": 2, "count": 3}


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth")
    synth.generate(40, out, seed=7)
    return out


def test_same_seed_same_bytes_other_seed_other_text(tmp_path: Path) -> None:
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        synth.generate(30, tmp_path / name, seed=seed)
    a, b, c = (files(tmp_path / name) for name in "abc")
    assert len(a) == 60 and a == b
    assert a != c


def test_a_second_run_replaces_the_first(tmp_path: Path) -> None:
    synth.generate(12, tmp_path, seed=1)
    synth.generate(5, tmp_path, seed=1)
    assert (
        len(list((tmp_path / "releases").glob("*.txt"))) == len(list((tmp_path / "gold").glob("*.tsv"))) == 5
    )


def test_every_release_has_a_gold_file_in_the_gold_grammar(corpus: Path) -> None:
    releases = sorted((corpus / "releases").glob("*.txt"))
    assert len(releases) == 40
    for release in releases:
        text = release.read_text(encoding="utf-8")
        rows = [
            line.split("\t") for line in (corpus / "gold" / f"{release.stem}.tsv").read_text().splitlines()
        ]
        assert rows and all(len(r) == WIDTH[r[0]] + 1 for r in rows), release.name
        declared = {r[2] for r in rows if r[0] == "entity"}
        assert {r[1] for r in rows if r[0] == "entity"} <= TYPES
        used = [r[1] for r in rows if r[0] != "entity"]
        used += [r[3] for r in rows if r[0] == "relation"] + [
            r[3] for r in rows if r[0] == "role" and r[3] != "-"
        ]
        assert set(used) <= declared, (release.name, set(used) - declared)
        assert {r[2] for r in rows if r[0] == "relation"} <= PREDICATES
        for _, _, words in (r for r in rows if r[0] == "quote"):
            assert words in text and len(words.split()) <= 8, (release.name, words)
        for _, _, day in (r for r in rows if r[0] == "event"):
            assert "2005-01-01" <= day <= "2025-12-31" and re.fullmatch(r"\d{4}-\d\d-\d\d", day)


def test_officials_change_posts_over_the_years() -> None:
    world = synth.World(random.Random(0))
    posts = [p for land in world.lands for p in land.posts.values()] + list(world.federal.values())
    held: dict[object, set[str]] = {}
    for post in posts:
        for term in post.terms:
            held.setdefault(term.holder, set()).add(post.titles[0])
    assert sum(len(titles) > 1 for titles in held.values()) >= 10


def test_a_thousand_releases_name_thousands_of_entities(tmp_path: Path) -> None:
    summary = synth.generate(1000, tmp_path, seed=0)
    assert sum(summary.entities.values()) > 3000  # measured: 3473
    assert set(summary.kinds) == {"event", "profile", "subproject", "personnel"}
    assert set(summary.relations) == PREDICATES


def test_a_build_finds_what_the_generator_planted(corpus: Path) -> None:
    result = iqgraph.build([corpus / "releases"], options=iqgraph.BuildOptions(validate=False))
    assert not result.report.failed and len(result.report.built) == 40
    # the dataset the dumps are written from (writing them would take most of the test's time)
    report = quality.score(quality.read_dump(result.dataset), quality.load_gold(corpus / "gold"))
    scores = {
        kind: report.kinds[kind].score.to_dict() for kind in ("entity", "relation", "role", "quote", "event")
    }
    # Measured on this corpus (seed 7): recall and precision 1.000 for every kind. Small kinds may lose a row or two.
    floors = {"entity": 0.98, "relation": 0.98, "role": 0.95, "quote": 0.95, "event": 0.9}
    for kind, floor in floors.items():
        assert scores[kind]["R"] >= floor, (kind, scores[kind], report.kinds[kind].misses)
        assert scores[kind]["P"] >= floor, (kind, scores[kind], report.kinds[kind].false_positives)
