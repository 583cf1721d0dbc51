"""Golden cases: `tests/cases/<case>/release.txt` and the exact facts expected of it, compared exactly.

Each case folder holds an invented release (`release.txt`, front matter `title:`/`date:`), the facts a careful
annotator following the dev gold README would write (`expected.tsv`, the gold row format, written by hand), and
optionally `xfail.txt`: the rows the extractor gets wrong today, one a line with a reason,

    missing<TAB>row …<TAB># why the extractor does not find this expected row
    extra<TAB>row …<TAB># why the extractor's row is wrong

The test asserts `extracted == expected - missing + extra`, so a new error and a fixed one both fail it: a
fixed one names the xfail line to remove. `pytest --update-golden` rewrites `expected.tsv` from the output
(known differences kept) and drops xfail lines that no longer hold, so a rule change reads as a diff here.

How the rows are read (the release as `iqgraph build` reads it, extracted and resolved alone):
- labels are the resolved canonical labels (a reference entity takes its reference label), followed by
  " (ABBR)" where the release gives an abbreviation for that entity;
- `entity TYPE label` for every entity the extraction names, events included;
- `relation`, `role` (organisation `-` when none), `event` (ISO date; `-` when no date was read) and `count`
  (the counted thing as the extractor stores it, qualifier in parentheses) one per finding;
- `quote person words`: the first 8 words of the quote, punctuation-only tokens kept but not counted.
Rows are a set: a fact stated twice is one row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from iqgraph.extract import extract
from iqgraph.ingest.releases import read_release
from iqgraph.models import Extraction
from iqgraph.rdf.namespaces import DEFAULT_BASE
from iqgraph.reference import Reference, load_reference
from iqgraph.resolve import resolve

CASES = Path(__file__).resolve().parent / "cases"
QUOTE_WORDS = 8

Row = tuple[str, ...]


def release_rows(path: Path) -> set[Row]:
    """The facts iqgraph finds in one release file, as gold rows."""
    reference = load_reference()
    x = extract(read_release(path), reference)
    label = _labels(x, reference).__getitem__
    rows: set[Row] = {("entity", e.type, label(e.key)) for e in x.entities}
    rows |= {("relation", label(r.subject), r.predicate, label(r.object)) for r in x.relations}
    rows |= {
        ("role", label(r.person), r.title, label(r.organisation) if r.organisation else "-") for r in x.roles
    }
    rows |= {("quote", label(q.speaker), first_words(q.text)) for q in x.quotes}
    rows |= {("event", label(e.key), e.date.isoformat() if e.date else "-") for e in x.events}
    rows |= {("count", label(c.subject), c.what, str(c.value)) for c in x.counts}
    return rows


def _labels(x: Extraction, reference: Reference) -> dict[str, str]:
    """Each entity key's resolved label, with the abbreviation the release gives for it."""
    res = resolve([x], reference, DEFAULT_BASE)
    abbreviations: dict[str, str] = {}
    for e in x.entities:
        if e.abbreviation:
            abbreviations.setdefault(res.iri(e.key), e.abbreviation)
    labels = {}
    for e in x.entities:
        iri = res.iri(e.key)
        abbreviation = abbreviations.get(iri)
        labels[e.key] = res.entities[iri].label + (f" ({abbreviation})" if abbreviation else "")
    return labels


def first_words(text: str) -> str:
    """The first QUOTE_WORDS words of a quote; tokens of punctuation only ride along uncounted."""
    taken: list[str] = []
    counted = 0
    for token in text.split():
        if counted == QUOTE_WORDS:
            break
        taken.append(token)
        counted += bool(re.search(r"\w", token))
    return " ".join(taken)


# -- case files --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Known:
    """A row the extractor gets wrong today: `missing` (expected, not found) or `extra` (found, not expected)."""

    kind: str
    row: Row
    reason: str

    def line(self) -> str:
        return "\t".join((self.kind, *self.row, f"# {self.reason}"))


def read_rows(path: Path) -> set[Row]:
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return {tuple(line.split("\t")) for line in lines if line.strip()}


def write_rows(path: Path, rows: set[Row]) -> None:
    path.write_text("".join("\t".join(row) + "\n" for row in sorted(rows)), encoding="utf-8")


def read_known(path: Path) -> list[Known]:
    known = []
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        kind, *row, reason = line.split("\t")
        assert kind in ("missing", "extra") and reason.startswith("# "), f"{path}: bad line {line!r}"
        known.append(Known(kind, tuple(row), reason[2:]))
    return known


def update(case: Path, found: set[Row], known: list[Known]) -> None:
    """Rewrite expected.tsv from `found`, keeping the known differences that still hold; drop the others."""
    still = [k for k in known if (k.row in found) == (k.kind == "extra")]
    missing = {k.row for k in still if k.kind == "missing"}
    extra = {k.row for k in still if k.kind == "extra"}
    write_rows(case / "expected.tsv", (found - extra) | missing)
    if known:
        (case / "xfail.txt").write_text("".join(k.line() + "\n" for k in still), encoding="utf-8")


def diff(found: set[Row], expected: set[Row], known: list[Known]) -> list[str]:
    """Readable differences between the output and `expected - missing + extra`."""
    missing = {k.row for k in known if k.kind == "missing"}
    extra = {k.row for k in known if k.kind == "extra"}
    for k in known:
        assert (k.row in expected) == (k.kind == "missing"), f"xfail {k.kind} row vs expected.tsv: {k.row}"
    predicted = (expected - missing) | extra
    out = [f"missing  {'  '.join(r)}" for r in sorted(predicted - found - extra)]
    out += [f"extra    {'  '.join(r)}" for r in sorted(found - predicted - missing)]
    out += [f"fixed, remove from xfail.txt: missing  {'  '.join(r)}" for r in sorted(missing & found)]
    out += [f"fixed, remove from xfail.txt: extra    {'  '.join(r)}" for r in sorted(extra - found)]
    return out


CASE_DIRS = sorted(p for p in CASES.iterdir() if (p / "release.txt").exists())


@pytest.mark.parametrize("case", CASE_DIRS, ids=[p.name for p in CASE_DIRS])
def test_golden_case(case: Path, update_golden: bool) -> None:
    found = release_rows(case / "release.txt")
    known = read_known(case / "xfail.txt")
    if update_golden:
        update(case, found, known)
        known = read_known(case / "xfail.txt")
    problems = diff(found, read_rows(case / "expected.tsv"), known)
    if problems:
        pytest.fail(
            f"{case.name}: the extraction differs from expected.tsv\n" + "\n".join(problems), pytrace=False
        )


def test_every_case_has_expected_rows() -> None:
    assert len(CASE_DIRS) >= 8
    assert all(read_rows(case / "expected.tsv") for case in CASE_DIRS)


def test_near_domain_case_holds_no_iq_entity() -> None:
    rows = read_rows(CASES / "near_domain_no_iq" / "expected.tsv")
    iq_types = {"Programme", "StateNetwork", "CoordinationOffice", "Subproject"}
    assert not [r for r in rows if r[0] == "entity" and (r[1] in iq_types or "IQ" in r[2].split())]
