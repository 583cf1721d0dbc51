"""Extraction reads any text without raising: odd marks, runs of periods, initials, quotes left open."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from iqgraph.extract import extract
from iqgraph.models import Release
from iqgraph.reference import load_reference

_PIECES = st.sampled_from(
    [
        "A. ",
        "Dr. ",
        "...",
        " ",
        "\n",
        "„",
        "“",
        "(IBF)",
        "IBF",
        "A+A",
        "Petra Beispiel",
        "IQ Netzwerk Berlin",
        "Amt für Beispielfragen der Stadt Musterstadt",
        "12. Mai",
        "100 Teilnehmende",
        "-",
        "Bundesagentur für Arbeit",
    ]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40))
def test_extraction_of_arbitrary_text_never_raises(pieces: list[str]) -> None:
    text = "".join(pieces)
    release = Release(Path("hostile.txt"), "hostile", text, "sha256:0", "txt", title="hostile")
    extraction = extract(release, load_reference())
    assert all(0 <= s.start <= s.end <= len(text) for s in extraction.sentences)
