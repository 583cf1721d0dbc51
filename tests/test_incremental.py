"""Rebuilding a folder reuses the extractions of unchanged releases and gives what a full build gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDFS, Dataset, Literal, URIRef

from conftest import HAMBURG_2013 as HAMBURG
from conftest import SEED
from iqgraph.cli import main
from iqgraph.errors import OutputError
from iqgraph.pipeline import BuildOptions, build
from iqgraph.rdf.namespaces import DEFAULT_BASE
from iqgraph.rdf.quads import Quads
from iqgraph.store import embedded

BREMEN = """---
title: Fachtag in Bremen
date: 2018-04-12
---
Pressemitteilung 3/18: Fachtag des IQ Netzwerks Bremen

Am 12.04.2018 veranstaltet das IQ Netzwerk Bremen einen Fachtag in Bremen. Das IQ Netzwerk Bremen wird \
durch das Bundesministerium für Arbeit und Soziales (BMAS) gefördert.
"""
OUTPUTS = ("iqgraph.nq", "iqgraph.trig", "iqgraph.ttl", "iqgraph.jsonld", "report.json", "iqgraph.html")
OPTIONS = BuildOptions(validate=False)


def _write(folder: Path, files: dict[str, str | bytes]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


def _same_outputs(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_a_rebuild_extracts_only_what_changed_and_equals_a_full_build(tmp_path: Path) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    _write(corpus, {"seed.txt": SEED.read_bytes(), "hamburg.md": HAMBURG})
    assert build([corpus], out, OPTIONS).reused == 0

    assert build([corpus], out, OPTIONS).reused == 2  # nothing changed

    # one release edited, one added, one deleted
    _write(
        corpus,
        {
            "hamburg.md": HAMBURG.replace("Anerkennungsberatung", "Qualifizierungsberatung"),
            "bremen.md": BREMEN,
        },
    )
    (corpus / "seed.txt").unlink()
    again = build([corpus], out, OPTIONS)
    assert again.reused == 0
    full = build([corpus], tmp_path / "full", BuildOptions(validate=False, reuse_extractions=False))
    _same_outputs(out, tmp_path / "full")
    labels = {str(o) for _, _, o, _ in again.dataset.quads((None, None, None, None))}
    assert "Qualifizierungsberatung Hamburg" in labels and "Anerkennungsberatung Hamburg" not in labels
    assert not any("000" in r.file or "seed" in r.file for r in again.report.releases)
    assert full.report.to_dict() == again.report.to_dict()

    _write(corpus, {"seed.txt": SEED.read_bytes()})
    assert build([corpus], out, OPTIONS).reused == 2  # hamburg and bremen; the seed's entry was pruned
    entries = list((out / "cache" / "extractions").glob("*.json"))
    assert len(entries) == 3


def test_a_moved_corpus_is_reported_where_it_is_now(tmp_path: Path) -> None:
    _write(tmp_path / "a", {"seed.txt": SEED.read_bytes(), "hamburg.md": HAMBURG})
    build([tmp_path / "a"], tmp_path / "out", OPTIONS)
    shutil.move(tmp_path / "a", tmp_path / "b")
    moved = build([tmp_path / "b"], tmp_path / "out", OPTIONS)
    assert moved.reused == 2
    assert all(r.file.startswith((tmp_path / "b").as_posix()) for r in moved.report.releases)


def test_cli_full_extracts_everything_again(tmp_path: Path) -> None:
    _write(tmp_path / "in", {"seed.txt": SEED.read_bytes()})
    args = ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-validate", "--no-view"]
    assert CliRunner().invoke(main, args).exit_code == 0
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0 and "(1 unchanged, extracted earlier)" in result.stdout
    result = CliRunner().invoke(main, [*args, "--full"])
    assert result.exit_code == 0 and "unchanged" not in result.stdout


def _store_quads(out: Path) -> set[str]:
    import pyoxigraph as ox

    store = ox.Store.read_only(str(out / "store"))
    return {str(q) for q in store.quads_for_pattern(None, None, None, None)}


def test_a_rebuild_replaces_only_the_changed_graphs_in_the_store(tmp_path: Path) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    _write(corpus, {"seed.txt": SEED.read_bytes(), "hamburg.md": HAMBURG})
    first = build([corpus], out, OPTIONS)
    assert first.store is not None and first.store.reloaded
    hamburg_graph = next(r.graph for r in first.report.releases if r.file.endswith("hamburg.md"))
    seed_graph = next(r.graph for r in first.report.releases if r.file.endswith("seed.txt"))

    unchanged = build([corpus], out, OPTIONS)
    assert unchanged.store is not None and not unchanged.store.reloaded
    assert unchanged.store.replaced == [] and unchanged.store.removed == []

    _write(corpus, {"bremen.md": BREMEN})
    added = build([corpus], out, OPTIONS)
    assert added.store is not None and not added.store.reloaded
    bremen_graph = next(r.graph for r in added.report.releases if r.file.endswith("bremen.md"))
    replaced = set(added.store.replaced)
    # the new release's graph, the description (it lists the releases), the entities graph (Bremen names
    # new entities) and, as Bremen names reference entities the others do not, the reference graph; never
    # the graphs of the releases left alone
    assert (
        f"<{bremen_graph}>" in replaced and "" in replaced and f"<{DEFAULT_BASE}graph/entities>" in replaced
    )
    assert f"<{hamburg_graph}>" not in replaced and f"<{seed_graph}>" not in replaced
    full = build(
        [corpus], tmp_path / "full", BuildOptions(validate=False, reuse_extractions=False, view=False)
    )
    assert full.store is not None and full.store.reloaded
    assert _store_quads(out) == _store_quads(tmp_path / "full")

    (corpus / "hamburg.md").unlink()
    removed = build([corpus], out, OPTIONS)
    assert removed.store is not None and removed.store.removed == [f"<{hamburg_graph}>"]
    build([corpus], tmp_path / "full2", BuildOptions(validate=False, reuse_extractions=False, view=False))
    assert _store_quads(out) == _store_quads(tmp_path / "full2")


def test_a_store_without_a_record_is_loaded_whole(tmp_path: Path) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    _write(corpus, {"seed.txt": SEED.read_bytes()})
    build([corpus], out, OPTIONS)
    (out / "cache" / "graphs.json").write_text("not json", encoding="utf-8")  # a damaged record
    again = build([corpus], out, OPTIONS)
    assert again.store is not None and again.store.reloaded
    assert _store_quads(out)


def test_cli_says_how_many_graphs_a_rebuild_replaced(tmp_path: Path) -> None:
    _write(tmp_path / "in", {"seed.txt": SEED.read_bytes()})
    args = ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-validate", "--no-view"]
    assert "replaced" not in CliRunner().invoke(main, args).stdout  # a first build loads the store whole
    _write(tmp_path / "in", {"hamburg.md": HAMBURG})
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0
    # its own graph, the description, the entities graph and the reference graph
    assert "store: 4 graph(s) replaced, 0 removed" in result.stdout


def test_a_rebuild_that_changes_most_graphs_loads_the_store_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(embedded, "WHOLE_LOAD_MIN_QUADS", 0)  # as if the corpus were large
    corpus, out = tmp_path / "in", tmp_path / "out"
    _write(corpus, {"seed.txt": SEED.read_bytes(), "hamburg.md": HAMBURG})
    build([corpus], out, OPTIONS)
    other_base = BuildOptions(validate=False, base="https://example.org/iq/")  # every IRI changes
    again = build([corpus], out, other_base)
    assert again.store is not None and again.store.reloaded
    build(
        [corpus], tmp_path / "full", BuildOptions(validate=False, base="https://example.org/iq/", view=False)
    )
    assert _store_quads(out) == _store_quads(tmp_path / "full")
    assert all("w3id.org/iqgraph/id/" not in q for q in _store_quads(out))


@pytest.mark.parametrize("changed", [False, True])
def test_a_damaged_store_is_loaded_whole_by_the_next_build(tmp_path: Path, changed: bool) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    _write(corpus, {"seed.txt": SEED.read_bytes(), "hamburg.md": HAMBURG})
    build([corpus], out, OPTIONS)
    for part in [*(out / "store").glob("*.sst"), *(out / "store").glob("MANIFEST-*")]:
        part.write_bytes(b"not what RocksDB wrote")  # as two builds at once left it before the lock
    result = CliRunner().invoke(main, ["query", "--store", str(out), "ASK { ?s ?p ?o }"])
    assert result.exit_code == 2 and "iqgraph build --full" in result.stderr
    if changed:
        _write(corpus, {"bremen.md": BREMEN})
    again = build([corpus], out, OPTIONS)
    assert again.store is not None and again.store.reloaded
    build([corpus], tmp_path / "full", BuildOptions(validate=False, reuse_extractions=False, view=False))
    assert _store_quads(out) == _store_quads(tmp_path / "full")


@pytest.mark.parametrize("whole", [False, True])
def test_a_load_the_store_refuses_leaves_the_previous_store_as_it_was(tmp_path: Path, whole: bool) -> None:
    out = tmp_path / "out"
    first = build([SEED], out, OPTIONS)
    before = _store_quads(out)
    refused = Dataset()
    refused.addN([(URIRef("http://example.org/a[1]"), RDFS.label, Literal("x"), refused.default_graph)])
    with pytest.raises(OutputError, match="refuse"):
        embedded.update_store(Quads.of(refused), out, whole=whole)
    assert _store_quads(out) == before and first.store is not None
