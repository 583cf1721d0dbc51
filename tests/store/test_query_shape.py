"""Where iqgraph binds, pages and counts a named query, and how it orders rows of terms."""

from __future__ import annotations

import pyoxigraph
import pytest

from iqgraph.store.named_queries import list_queries
from iqgraph.store.query_shape import (
    OrderKey,
    count_query,
    rows_query,
    shape,
    store_page,
    with_keys,
    with_rows,
    with_values,
)
from iqgraph.store.row_order import rows_block, sort_rows, sort_value

QUERY = """PREFIX iq: <https://w3id.org/iqgraph/ontology#>
# a comment with { braces } and ?person
SELECT ?name ?n
WHERE {
  {
    SELECT ?name ?person
    WHERE {
      { SELECT ?person WHERE { ?person a iq:Person } }
      ?person <urn:label> ?name .
      FILTER(?name != "}")
    }
    ORDER BY ?name DESC(?person)
  }
  { SELECT ?person (COUNT(*) AS ?n) WHERE { ?q <urn:creator> ?person } GROUP BY ?person }
}
ORDER BY ?name
"""


def test_the_rows_are_the_ordered_sub_select_opening_the_query() -> None:
    rows = shape(QUERY).rows
    assert rows is not None and rows.order == (OrderKey("name"), OrderKey("person", descending=True))
    text, order = rows_query(QUERY)  # type: ignore[misc]
    assert text.startswith("PREFIX iq:") and "ORDER BY" not in text.split("SELECT ?name ?person")[1]
    pyoxigraph.Store().query(text)


def test_a_query_without_ordered_rows_has_none() -> None:
    assert shape("SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } } }").rows is None
    assert rows_query("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s") is None


def test_a_parameter_opens_every_group_that_uses_it_itself() -> None:
    bound = with_values(QUERY, {"person": "VALUES ?person { <urn:p> }"})
    # the rows, the sub-select inside them and the count's; not the query's own group, which names no person
    assert bound.count("VALUES ?person { <urn:p> }") == 3
    assert not bound.split("WHERE {", 1)[1].lstrip().startswith("VALUES")
    pyoxigraph.Store().query(bound)
    assert with_values(QUERY, {"nobody": "VALUES ?nobody { 1 }"}) == QUERY


def test_a_page_replaces_the_rows_and_starts_the_other_sub_selects_from_its_keys() -> None:
    page = with_keys(
        with_rows(QUERY, rows_block(["name", "person"], [('"A"', "<urn:a>")])), {"person": ["<urn:a>"]}
    )
    assert 'VALUES (?name ?person) {\n    ("A" <urn:a>)\n  }' in page
    assert page.count("VALUES (?person) { (<urn:a>) }") == 1  # the count's sub-select; the query has the rows
    pyoxigraph.Store().query(page)


def test_the_store_pages_and_counts_the_rows() -> None:
    page = store_page(QUERY, 101, 200)
    assert page.rstrip().endswith("LIMIT 101 OFFSET 200") and "ORDER BY ?name DESC(?person)" in page
    count = count_query(QUERY)
    assert "COUNT(*) AS ?rows" in count and "ORDER BY" not in count
    for text in (page, count):
        pyoxigraph.Store().query(text)


def test_a_rows_order_by_takes_variables_only() -> None:
    with pytest.raises(Exception, match="variables, ASC"):
        shape("SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } ORDER BY STR(?s) } }")


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_every_named_query_has_ordered_rows_or_is_small(query: object) -> None:
    shaped = shape(query.text)  # type: ignore[attr-defined]
    assert shaped.rows is not None or query.name in {"external-links", "releases-per-year"}  # type: ignore[attr-defined]


def test_rows_are_ordered_as_sparql_orders_terms() -> None:
    rows = [
        ('"b"@de', "3"),
        (None, '"10"^^<http://www.w3.org/2001/XMLSchema#integer>'),
        ("<urn:a>", "2"),
        ('"a"', '"9"^^<http://www.w3.org/2001/XMLSchema#integer>'),
    ]
    assert [r[0] for r in sort_rows(rows, [(0, False)])] == [None, "<urn:a>", '"a"', '"b"@de']
    assert [r[1] for r in sort_rows(rows, [(1, True)])] == [
        '"10"^^<http://www.w3.org/2001/XMLSchema#integer>',
        '"9"^^<http://www.w3.org/2001/XMLSchema#integer>',
        "3",
        "2",
    ]
    assert sort_value('"x\\"y"') == (4, 0.0, 'x"y')
