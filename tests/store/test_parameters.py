"""Parameters as people type them: resolved against the seed release's build to the term they name."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from conftest import SEED
from iqgraph.pipeline import BuildOptions, build
from iqgraph.rdf.namespaces import IQ
from iqgraph.store.embedded import LocalStore, QueryResult
from iqgraph.store.named_queries import lookup_text, run_query
from iqgraph.store.parameters import ParameterError, check_kind, fold, resolve

DENIZ = URIRef("https://w3id.org/iqgraph/id/person/alev-deniz")
BMAS = URIRef("https://w3id.org/iqgraph/id/ministry/bundesministerium-fuer-arbeit-und-soziales")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> LocalStore:
    out = tmp_path_factory.mktemp("parameters") / "out"
    build([SEED], out, BuildOptions(validate=False, view=False))
    return LocalStore(out)


def found(store: LocalStore, kind: str, typed: str) -> object:
    return resolve("p", kind, typed, store.query, lookup_text).term


@pytest.mark.parametrize(
    "typed",
    ["Alev Deniz", "alev deniz", "ALEV DENIZ", "  Alev   Deniz ", "Deniz", "alev-deniz", "Álev Déniz"],
)
def test_a_person_however_typed(store: LocalStore, typed: str) -> None:
    assert found(store, "iq:Person", typed) == DENIZ


@pytest.mark.parametrize("typed", ["BMAS", "bmas", "Arbeit und Soziales", "bundesministerium fuer arbeit"])
def test_a_ministry_by_abbreviation_or_part_of_its_name(store: LocalStore, typed: str) -> None:
    if typed == "bundesministerium fuer arbeit":  # "ü" typed as "ue" is no match: say so, with the name
        with pytest.raises(ParameterError, match="did you mean 'Bundesministerium für Arbeit und Soziales'"):
            found(store, "iq:Ministry iq:Agency", typed)
        return
    assert found(store, "iq:Ministry iq:Agency", typed) == BMAS


def test_the_resolved_entity_is_described_for_the_user(store: LocalStore) -> None:
    resolved = resolve("person", "iq:Person", "deniz", store.query, lookup_text)
    assert resolved.describe() == f'person "deniz": Alev Deniz <{DENIZ}>'


def test_a_name_of_another_class_is_not_taken(store: LocalStore) -> None:
    with pytest.raises(ParameterError, match=r"^p: no Person is called 'BMAS'"):
        found(store, "iq:Person", "BMAS")


def test_a_part_that_fits_several_lists_them(store: LocalStore) -> None:
    with pytest.raises(ParameterError) as failure:
        found(store, "entity", "Landesnetzwerks")
    assert "fits" in str(failure.value) and "(Event)" in str(failure.value)
    assert str(failure.value).endswith("give more of the name")


def test_an_unknown_name_gets_the_closest_names(store: LocalStore) -> None:
    with pytest.raises(
        ParameterError, match=r"^p: no Person is called 'Elke Breitenbah'; did you mean 'Elke Breitenbach'\?$"
    ):
        found(store, "iq:Person", "Elke Breitenbah")
    with pytest.raises(ParameterError, match=r"no Person is called 'Xyz'$"):
        found(store, "iq:Person", "Xyz")


def test_an_iri_is_taken_as_it_is(store: LocalStore) -> None:
    assert found(store, "iq:Person", f"<{DENIZ}>") == DENIZ
    assert found(store, "iq:Person", str(DENIZ)) == DENIZ
    with pytest.raises(ParameterError, match="is not an absolute IRI"):
        found(store, "iq:Person", "<relative>")


@pytest.mark.parametrize(
    ("typed", "relation"),
    [("fundedBy", "fundedBy"), ("funded by", "fundedBy"), ("FUNDEDBY", "fundedBy"), ("iq:partOf", "partOf")],
)
def test_a_relation_by_its_name(store: LocalStore, typed: str, relation: str) -> None:
    assert found(store, "relation", typed) == IQ[relation]


def test_an_unknown_relation_is_refused_with_a_suggestion(store: LocalStore) -> None:
    with pytest.raises(ParameterError, match="no relation is called 'fundBy'; did you mean 'fundedBy'"):
        found(store, "relation", "fundBy")


def test_a_year(store: LocalStore) -> None:
    assert found(store, "year", " 2019 ") == Literal(2019, datatype=XSD.integer)
    with pytest.raises(ParameterError, match="is not a year"):
        found(store, "year", "19")


def test_a_publisher_the_releases_name(tmp_path: Path) -> None:
    release = tmp_path / "r.txt"
    release.write_text(
        "---\ntitle: Fachtag in Hamburg\ndate: 2018-06-12\npublisher: IQ Netzwerk Hamburg\n---\n"
        "Fachtag in Hamburg\n\nDas IQ Netzwerk Hamburg lädt zu einem Fachtag ein.\n",
        encoding="utf-8",
    )
    assert not build([release], tmp_path / "out", BuildOptions(validate=False, view=False)).report.failed
    store = LocalStore(tmp_path / "out")
    assert found(store, "publisher", "iq netzwerk hamburg") == Literal("IQ Netzwerk Hamburg")
    assert found(store, "publisher", "Hamburg") == Literal("IQ Netzwerk Hamburg")
    with pytest.raises(ParameterError, match="no publisher is called 'Bremen'"):
        found(store, "publisher", "Bremen")


def test_what_reaches_the_store_is_a_literal(store: LocalStore) -> None:
    sent: list[str] = []

    def ask(text: str) -> QueryResult:
        sent.append(text)
        return store.query(text)

    hostile = 'x" } ; DROP ALL ; #'
    with pytest.raises(ParameterError):
        resolve("p", "entity", hostile, ask, lookup_text)
    assert sent and all(Literal(hostile, lang="de").n3() in text for text in sent[:1])
    assert all(hostile not in text.replace(Literal(hostile, lang="de").n3(), "") for text in sent)


def test_names_compare_without_case_accents_or_hyphens() -> None:
    assert (
        fold("Müller-Lüdenscheidt  „GmbH“") == fold("muller ludenscheidt gmbh") == "muller ludenscheidt gmbh"
    )
    assert fold("Straße") == "strasse"


def test_a_kind_in_a_header_is_checked() -> None:
    check_kind("iq:Ministry iq:Agency")
    with pytest.raises(ParameterError, match="unknown parameter kind"):
        check_kind("iq:Ministery")


def test_a_query_file_of_ones_own_binds_its_parameters_as_typed(store: LocalStore, tmp_path: Path) -> None:
    """A header without a kind, as query files were written before: the value bound as typed."""
    mine = tmp_path / "mine.rq"
    mine.write_text(
        "# title: Mine\n# param: name — a label (all)\n"
        "SELECT ?e WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?name }\n",
        encoding="utf-8",
    )
    rows = run_query(str(mine), {"name": "Alev Deniz"}, store=store.location).result.rows
    assert [str(e) for (e,) in rows] == [str(DENIZ)]
    assert found(store, "term", "12") == Literal(12, datatype=XSD.integer)
