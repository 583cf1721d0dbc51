"""benchmarks/quality.py: its matching rules on tiny graphs, and on the dev corpus its agreement with the
reference scorer, the issue's quality targets and the absence of wrong merges."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset

from conftest import DEV_CORPUS, REPO, SHARED, load_benchmark

SCORER = SHARED / "tools" / "score.py"
PREFIXES = """
@prefix iq: <https://w3id.org/iqgraph/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <http://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/iqgraph/id/> .
"""


quality = load_benchmark("quality", "quality_benchmark")


def dump_of(trig: str) -> Any:
    """A hand-made build: TriG body in one release graph."""
    dataset = Dataset()
    dataset.parse(
        data=PREFIXES + "<https://w3id.org/iqgraph/id/graph/release/t> {" + trig + "}", format="trig"
    )
    return quality.read_dump(dataset)


def gold_of(*lines: str) -> list[Any]:
    return quality.parse_gold("t", [line.replace("  ", "\t") for line in lines])


# ---------------------------------------------------------------- matching rules, no corpus needed


def test_a_wrapped_copy_wraps_the_body_and_keeps_the_front_matter(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    long_line = "Das Projekt berät Menschen mit ausländischen Abschlüssen auf dem Weg in den passenden Beruf."
    (corpus / "001_a.txt").write_text(
        f"---\ntitle: {long_line}\n---\nTitel\n\n{long_line}\n", encoding="utf-8"
    )
    copy = quality.wrapped_copy(corpus, corpus / "gold", 40, tmp_path / "wrapped")
    text = (copy / "001_a.txt").read_text(encoding="utf-8")
    front, body = text.split("\n---\n", 1)
    assert front == f"---\ntitle: {long_line}"
    assert max(len(line) for line in body.splitlines()) <= 40
    assert " ".join(body.split()) == f"Titel {long_line}"


def test_names_are_normalised_like_the_reference_scorer() -> None:
    assert quality.norm("Das „IQ-Landesnetzwerk“ Berlin (IQ)") == "iq landesnetzwerk berlin"
    assert (
        quality.norm("Regionaldirektion Rheinland-Pfalz/Saarland")
        == "regionaldirektion rheinland pfalz/saarland"
    )
    assert quality.abbreviation("Bundesministerium für Arbeit und Soziales (BMAS)") == "bmas"
    assert quality.abbreviation("IQ Netzwerk Berlin") is None


def test_a_gold_label_is_found_by_its_abbreviation() -> None:
    dump = dump_of("""
        id:bmas a iq:Ministry ; rdfs:label "BMAS"@de .
        id:iq a iq:Programme ; rdfs:label "Integration durch Qualifizierung"@de ; iq:fundedBy id:bmas .
    """)
    gold = gold_of(
        "entity  Ministry  Bundesministerium für Arbeit und Soziales (BMAS)",
        "entity  Programme  Integration durch Qualifizierung (IQ)",
        "relation  Integration durch Qualifizierung (IQ)  fundedBy  Bundesministerium für Arbeit und Soziales (BMAS)",
    )
    entities, per_type = quality.score_entities(dump, gold)
    relations, _ = quality.score_relations(dump, gold)
    assert (entities.score.tp, entities.score.gold, entities.score.pred) == (2, 2, 2)
    assert per_type["Ministry"].tp == 1 and relations.score.tp == 1 and not relations.false_positives


def test_an_event_endpoint_is_matched_by_its_date_not_its_label() -> None:
    dump = dump_of("""
        id:fachtag a iq:Event ; rdfs:label "Fachtag"@de ; schema:startDate "2018-04-12"^^xsd:date ;
            iq:organisedBy id:bremen .
        id:bremen a iq:StateNetwork ; rdfs:label "IQ Netzwerk Bremen"@de .
    """)
    gold = gold_of(
        "event  Fachtag des IQ Netzwerks Bremen  2018-04-12",
        "relation  Fachtag des IQ Netzwerks Bremen  organisedBy  IQ Netzwerk Bremen",
    )
    relations, _ = quality.score_relations(dump, gold)
    assert relations.score.tp == 1 and quality.score_events(dump, gold).score.tp == 1
    moved = gold_of(
        "event  Fachtag des IQ Netzwerks Bremen  2018-04-13",
        "relation  Fachtag des IQ Netzwerks Bremen  organisedBy  IQ Netzwerk Bremen",
    )
    assert quality.score_relations(dump, moved)[0].score.tp == 0


def test_a_role_title_is_matched_by_containment() -> None:
    dump = dump_of("""
        id:m a org:Membership ; org:member id:solka ; org:organization id:bmas ; org:role id:r .
        id:r a org:Role ; rdfs:label "zuständige Referatsleiterin"@de .
        id:solka a iq:Person ; rdfs:label "Simone Solka"@de .
        id:bmas a iq:Ministry ; rdfs:label "Bundesministerium für Arbeit und Soziales"@de ; skos:altLabel "BMAS"@de .
    """)
    found = quality.memberships(dump)
    assert [m.title for m in found] == ["zuständige referatsleiterin"]
    ok = gold_of("role  Simone Solka  Referatsleiterin  Bundesministerium für Arbeit und Soziales (BMAS)")
    no_org = gold_of("role  Simone Solka  Referatsleiterin  -")
    wrong = gold_of("role  Simone Solka  Senatorin  -")
    assert [quality.score_roles(dump, g).score.tp for g in (ok, no_org, wrong)] == [1, 1, 0]


def test_quotes_match_on_their_first_40_normalised_characters() -> None:
    text = "„Die Anerkennung ausländischer Abschlüsse ist ein Schlüssel zur Integration“, sagte sie."
    assert quality.quote_ok("Die Anerkennung ausländischer Abschlüsse ist ein Schlüssel", quality.norm(text))
    assert not quality.quote_ok("Die Anerkennung inländischer Abschlüsse", quality.norm(text))


def test_counts_are_any_integer_on_a_node_carrying_the_subject() -> None:
    dump = dump_of('id:iq a iq:Programme ; skos:altLabel "IQ"@de ; iq:subprojectCount 16 .')
    gold = gold_of("count  Integration durch Qualifizierung (IQ)  Regionale Netzwerke  16")
    assert quality.score_counts(dump, gold).score.tp == 1


def test_resolution_reports_splits_and_wrong_merges() -> None:
    dump = dump_of("""
        id:a a iq:StateNetwork ; rdfs:label "IQ Netzwerk Berlin"@de .
        id:b a iq:StateNetwork ; rdfs:label "IQ Landesnetzwerk Berlin"@de .
        id:c a iq:Ministry ; rdfs:label "BMAS"@de ; skos:altLabel "BMBF"@de .
    """)
    gold = gold_of(
        "entity  StateNetwork  IQ Netzwerk Berlin",
        "entity  StateNetwork  IQ Landesnetzwerk Berlin",
        "entity  Ministry  Bundesministerium für Arbeit und Soziales (BMAS)",
        "entity  Ministry  Bundesministerium für Bildung und Forschung (BMBF)",
    )
    res = quality.resolution(dump, gold)
    assert (res["identities"], res["found"], len(res["splits"]), len(res["wrong_merges"])) == (3, 3, 1, 1)


def test_agreement_is_exact_after_rounding() -> None:
    kinds = {k: quality.KindResult(quality.Score(2, 3, 3)) for k in quality.KINDS}
    same = {k: {"P": 0.6666, "R": 0.667, "F1": 0.667} for k in quality.KINDS}
    assert all(quality.agreement(kinds, same).values())
    assert not quality.agreement(kinds, same | {"role": {"P": 0.667, "R": 0.667, "F1": 0.7}})["role"]


def test_the_gold_folder_is_not_built_as_a_release(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "README.md").write_text("Gold", encoding="utf-8")
    (tmp_path / "001_a.txt").write_text("Titel", encoding="utf-8")
    assert quality.release_inputs(tmp_path, tmp_path / "gold") == [(tmp_path / "001_a.txt").resolve()]
    assert quality.release_inputs(tmp_path, REPO) == [tmp_path.resolve()]


# ---------------------------------------------------------------- the dev corpus


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Any:
    if not (DEV_CORPUS / "gold").is_dir():
        pytest.skip(f"no annotated dev corpus at {DEV_CORPUS} (the shared folder beside the repository)")
    return quality.evaluate(DEV_CORPUS, DEV_CORPUS / "gold", tmp_path_factory.mktemp("quality"), SCORER)


@pytest.mark.parametrize("kind", ["entity", "relation", "role", "quote", "event", "count", "all"])
def test_scores_equal_the_reference_scorer(run: Any, kind: str) -> None:
    if run.reference is None:
        pytest.skip(f"no reference scorer at {SCORER}")
    mine, theirs = run.report.kinds[kind].score.to_dict(), run.reference[kind]
    assert {k: mine[k] for k in ("tp", "gold", "pred", "P", "R", "F1")} == {
        k: theirs[k] for k in ("tp", "gold", "pred", "P", "R", "F1")
    }


# Regression guard: the figures reached on the 83-text dev corpus (F1, P) per kind; raise them as the extractor
# improves. The targets are quality.TARGET_F1 and quality.TARGET_P (benchmarks/README.md says which hold).
REACHED = {
    # up from (.929, 1.000): the eighteenth round (bodies: a firm after a business role, unions, …)
    "entity": (0.930, 1.000),
    # up from (.770, .907): the seventeenth round (one odd locatedIn more)
    "relation": (0.773, 0.908),
    "role": (0.883, 0.951),  # up from (.878, .951): the eighteenth round
    "quote": (0.983, 1.000),
    "event": (0.941, 0.941),
    # up from (.754, .921): the seventeenth round made one wrong odd count fewer
    "count": (0.759, 0.935),
    "all": (0.871, 0.962),  # up from (.870, .962): the eighteenth round
}


@pytest.mark.parametrize("kind", sorted(REACHED))
def test_quality_does_not_fall_below_what_was_reached(run: Any, kind: str) -> None:
    score = run.report.kinds[kind].score.to_dict()
    f1, precision = REACHED[kind]
    assert score["F1"] >= f1 and score["P"] >= precision, (kind, score)


def test_the_build_is_clean_and_merges_no_identities(run: Any) -> None:
    assert run.info["failed"] == [] and run.info["conforms"] is True
    assert run.report.resolution["wrong_merges"] == []
