"""Resolution across releases: an event named without a date in one release is the dated one of another."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from iqgraph.extract import extract
from iqgraph.models import Release
from iqgraph.rdf.namespaces import DEFAULT_BASE
from iqgraph.reference import load_reference
from iqgraph.resolve import resolve

REFERENCE = load_reference()


def _release(key: str, text: str) -> Release:
    return Release(Path(f"{key}.txt"), key, text, "sha256:0", "txt", title="Titel", date=dt.date(2026, 3, 1))


def _event_iris(*texts: str) -> list[set[str]]:
    extractions = [extract(_release(f"r{i}", t), REFERENCE) for i, t in enumerate(texts)]
    res = resolve(extractions, REFERENCE, DEFAULT_BASE)
    return [{res.iri(e.key) for e in x.entities if e.type == "Event"} for x in extractions]


def test_an_undated_mention_of_a_named_event_is_the_dated_one() -> None:
    dated, undated = _event_iris(
        "Titel\n\nAm 12. März 2026 fand der Beispielkongress 2026 in Musterstadt statt.",
        "Titel\n\nAuf dem Beispielkongress 2026 sprach Petra Beispiel über Anerkennung.",
    )
    assert dated and dated == undated


def test_two_dated_events_of_one_name_stay_apart_and_an_undated_one_joins_neither() -> None:
    first, second, undated = _event_iris(
        "Titel\n\nAm 12. März 2026 fand der Fachtag 2026 statt.",
        "Titel\n\nAm 14. Mai 2026 fand der Fachtag 2026 statt.",
        "Titel\n\nAuf dem Fachtag 2026 sprach Petra Beispiel über Anerkennung.",
    )
    assert first and second and first != second and not (undated & (first | second))
