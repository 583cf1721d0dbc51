"""The extraction cache: what it returns is what extraction returns, and it is never stale."""

from __future__ import annotations

from pathlib import Path

from conftest import DEV_CORPUS, SEED
from iqgraph.extract import extract
from iqgraph.ingest.extraction_cache import ExtractionCache, fingerprint
from iqgraph.ingest.releases import read_release
from iqgraph.models import Extraction
from iqgraph.reference import load_reference


def _extraction(path: Path) -> Extraction:
    return extract(read_release(path, 5 * 2**20, path.parent), load_reference())


def test_a_cached_extraction_equals_a_fresh_one(tmp_path: Path) -> None:
    paths = [SEED, *sorted(DEV_CORPUS.glob("*.txt"))[:6]]
    cache = ExtractionCache(tmp_path, fingerprint("reference-1"))
    for path in paths:
        x = _extraction(path)
        cache.put(path.read_bytes(), x)
        assert (
            ExtractionCache(tmp_path, fingerprint("reference-1")).get(path.read_bytes(), x.release.key) == x
        )


def test_changed_bytes_key_or_reference_miss(tmp_path: Path) -> None:
    x = _extraction(SEED)
    raw = SEED.read_bytes()
    ExtractionCache(tmp_path, fingerprint("reference-1")).put(raw, x)
    cache = ExtractionCache(tmp_path, fingerprint("reference-1"))
    assert cache.get(raw + b" ", x.release.key) is None
    assert cache.get(raw, "another-name") is None
    assert ExtractionCache(tmp_path, fingerprint("reference-2")).get(raw, x.release.key) is None


def test_a_damaged_entry_is_a_miss_and_unused_entries_are_pruned(tmp_path: Path) -> None:
    x = _extraction(SEED)
    raw = SEED.read_bytes()
    first = ExtractionCache(tmp_path, fingerprint("r"))
    first.put(raw, x)
    [entry] = first.folder.glob("*.json")
    entry.write_text("{not json", encoding="utf-8")
    assert ExtractionCache(tmp_path, fingerprint("r")).get(raw, x.release.key) is None
    later = ExtractionCache(tmp_path, fingerprint("r"))
    assert later.prune() == 1 and not list(later.folder.glob("*.json"))


def test_the_fingerprint_covers_the_word_lists_and_the_towns_file() -> None:
    import iqgraph
    from iqgraph.ingest.extraction_cache import extractor_sources

    package = Path(iqgraph.__file__).resolve().parent
    names = {p.relative_to(package).as_posix() for p in extractor_sources()}
    assert {"extract/lexicon/names.py", "extract/lexicon/people.py", "extract/german_places.txt"} <= names
    assert "extract/names/organisations/organisations.py" in names
