"""Validation on the embedded store: the shapes compiled into SPARQL and run by pyoxigraph.

`validate_store(store)` checks the shapes `validate.validate` gives to pySHACL and returns the same
`ValidationReport`, querying the union of all graphs. Each constraint becomes one SELECT (sh:minCount and
sh:maxCount of a shape share one; sh:uniqueLang and sh:lessThanOrEquals take a second only for the few
nodes the first finds; a failing sh:node adds the failing nodes' own results, as pySHACL does). There is
never a query per focus node, nor an EXISTS, which Oxigraph evaluates again for every row.

It follows pySHACL, not only the SHACL text:
* the ontology (`ontology/iqgraph.ttl`) is mixed into the data as pySHACL mixes its `ont_graph`: its RDFS
  and OWL axioms (not its blank nodes) count, so `rdfs:subClassOf` reaches sh:class and sh:targetClass;
  no other inference;
* one result per (focus node, value) for value constraints, per focus node for counts, per (focus node,
  language) for sh:uniqueLang, per (value, other value) for sh:lessThanOrEquals, which compares as rdflib
  orders terms;
* a literal fails sh:datatype when rdflib calls it ill-typed ("abc"^^xsd:integer, "2017-02-30"^^xsd:date);
  rdflib does not check xsd:gYear, xsd:gYearMonth or xsd:gMonthDay, so neither does this.

Known differences, from what the store keeps and how it matches:
* Oxigraph stores the integer types derived from xsd:integer (xsd:nonNegativeInteger, xsd:int …) as
  xsd:integer, and xsd:dateTimeStamp as xsd:dateTime. So a stored xsd:integer passes sh:datatype D for such
  a D when its value is in D's range, and passes sh:datatype xsd:integer, whatever it was written as
  (pySHACL fails "5"^^xsd:integer for xsd:nonNegativeInteger, and the reverse); sh:in and
  sh:lessThanOrEquals see the stored term too. sh:datatype xsd:dateTimeStamp is refused.
* sh:pattern runs as SPARQL REGEX (Rust regex syntax) where pySHACL runs Python `re`: `$` does not match
  before a final newline here, and a pattern the store cannot compile is refused.
* Oxigraph renames blank nodes when it loads a file (`bulk_load`), so a blank focus node is reported under
  the store's label; it equals rdflib's only when the store was filled keeping labels (`Store.extend`).
* a shape without sh:message gets a message written here, not the text pySHACL would generate.
* where pySHACL fails with a Python error (rdflib cannot order two ill-typed literals for
  sh:lessThanOrEquals), this reports the pair as a violation.

Refused with `ShapesError` naming the construct: any other sh: property (sh:closed, sh:hasValue, sh:equals,
sh:minInclusive, sh:sparql, sh:zeroOrMorePath …), sh:flags other than "i" and "m", sh:severity on a shape
used inside sh:or, sh:and, sh:xone, sh:not, sh:node or sh:qualifiedValueShape, sh:lessThanOrEquals inside
those, counts on a node shape (pySHACL ignores sh:qualifiedValueShape there, refuses the others), and
shapes that refer to themselves.

SPARQL is generated here rather than kept in `queries/*.rq`: its text follows the shapes file. Every term
in it comes from the shapes or the store and is written with `.n3()`.

The compiler is four modules: `sparql_parts` (a condition on one node, the supported SHACL subset, how rdflib
judges literals), `sparql_shapes` (the shapes graph, SPARQL building blocks, the store), `sparql_conditions`
(shapes used inside other constraints, as conditions on one node) and this one (one report query per
constraint, its rows turned into results).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from ..errors import ShapesError
from ..resources import resource_path
from .report import ValidationReport, Violation, load_shapes, local_name, path_text, shape_name, sort_key
from .sparql_conditions import NodeConditions
from .sparql_parts import ALLOWED, Focus, exceeds, rdflib_term, weight

__all__ = ["validate_store"]


def validate_store(store: ox.Store, shapes_path: Path | None = None) -> ValidationReport:
    """Validate every graph of `store` together against the shapes, by default the shipped ones."""
    shapes = load_shapes(shapes_path or resource_path("ontology", "shapes.ttl"))
    ontology = load_shapes(resource_path("ontology", "iqgraph.ttl"))
    _refuse_unsupported(shapes)
    found = sorted(_Validator(store, shapes, ontology).run(), key=sort_key)
    violations = tuple(v for v in found if v.severity == "Violation")
    warnings_ = tuple(v for v in found if v.severity != "Violation")
    return ValidationReport(not violations, violations, warnings_)


def _refuse_unsupported(shapes: Graph) -> None:
    found = {
        (f"sh:{str(p)[len(str(SH)) :]}", shape_name(s, shapes))
        for s, p in shapes.subject_predicates()
        if str(p).startswith(str(SH)) and p not in ALLOWED
    }
    if found:
        terms, where = sorted({t for t, _ in found}), sorted({w for _, w in found})
        raise ShapesError(
            f"{', '.join(terms)} (in {', '.join(where)}): not supported by validate_store; "
            "validate these shapes with validate() (pySHACL)"
        )


class _Validator(NodeConditions):
    """Compiles the shapes into SELECTs, one per constraint, and turns their rows into `Violation`s."""

    def run(self) -> Iterator[Violation]:
        for shape in sorted(self._targeted(), key=str):
            yield from self._report(shape, self._targets(shape), ())

    def _report(self, shape: Node, focus: Focus, stack: tuple[Node, ...]) -> Iterator[Violation]:
        if self._deactivated(shape):
            return
        if shape in stack:
            raise self._error(shape, "refers to itself")
        stack += (shape,)
        path = self.g.value(shape, SH.path)
        constraints = self._constraints(shape)
        counts = {kind: value for kind, value in constraints if kind in ("minCount", "maxCount")}
        if counts:  # both in one query
            low, high = counts.get("minCount"), counts.get("maxCount")
            found = self._counts(
                focus, self._path(shape, path, "?this", "?v"), *self._bounds(shape, low, high)
            )
            yield from self._emit(shape, "minCount", low or RDF.nil, [(f, w) for f, w, few in found if few])
            yield from self._emit(
                shape, "maxCount", high or RDF.nil, [(f, w) for f, w, few in found if not few]
            )
        for kind, value in constraints:
            if kind == "property":
                if self.g.value(value, SH.path) is None:
                    raise self._error(shape, f"has an sh:property that is not a property shape ({value})")
                inner = focus if path is None else self._values_of(focus, shape)
                yield from self._report(value, inner, stack)
            elif kind == "qualifiedValueShape":
                yield from self._report_qualified(shape, path, value, focus)
            elif kind not in counts:
                found_rows = self._failures(shape, path, kind, value, focus)
                yield from self._emit(shape, kind, value, found_rows)
                if kind == "node" and found_rows:  # pySHACL reports why the values fail beside the failures
                    yield from self._report(
                        value, self._values_of(focus, shape, self._failing(value, stack)), stack
                    )

    def _bounds(self, shape: Node, low: Node | None, high: Node | None) -> tuple[int, int | None]:
        least = 0 if low is None else self._integer(shape, low, "sh:minCount")
        return least, None if high is None else self._integer(shape, high, "sh:maxCount")

    def _report_qualified(
        self, shape: Node, path: Node | None, value: Node, focus: Focus
    ) -> Iterator[Violation]:
        keep = self._qualifying(shape, value, (shape,))("?v")
        values = f"{self._path(shape, path, '?this', '?v')} {keep.flags} FILTER({keep.condition})"
        found = self._counts(focus, values, *self._count_bounds(shape, "qualifiedValueShape", value))
        yield from self._emit(shape, "qualifiedMinCount", value, [(f, w) for f, w, few in found if few])
        yield from self._emit(shape, "qualifiedMaxCount", value, [(f, w) for f, w, few in found if not few])

    def _emit(self, shape: Node, kind: str, value: Node, rows: list[tuple[str, int]]) -> list[Violation]:
        if not rows:
            return []
        path = self.g.value(shape, SH.path)
        text = None if path is None else str(path) if isinstance(path, URIRef) else path_text(self.g, path)
        severity = local_name(self.g.value(shape, SH.severity) or SH.Violation)
        v = Violation("", text, self._message(shape, kind, value), severity, shape_name(shape, self.g))
        return [replace(v, focus_node=focus) for focus, weight in rows for _ in range(weight)]

    def _failures(
        self, shape: Node, path: Node | None, kind: str, value: Node, focus: Focus
    ) -> list[tuple[str, int]]:
        """(focus node, weight) of each result a value constraint, sh:uniqueLang or sh:lessThanOrEquals gives.

        The failing (focus, value) pairs are found over the whole store first, then joined with the focus
        nodes: scanning a predicate is far cheaper in Oxigraph than looking values up focus by focus.
        """
        this, values = focus("?this", "?w"), self._path(shape, path, "?this", "?v")
        if kind == "uniqueLang":
            return (
                self._unique_lang(this, values) if isinstance(value, Literal) and value.value is True else []
            )
        if kind == "lessThanOrEquals":
            return self._less_than_or_equals(this, values, self._iri(shape, value))
        test = self._value_test(shape, kind, value, (shape,))("?v")
        failing = f"{test.flags} FILTER(!COALESCE({test.condition}, false))"
        if path is None:  # a node shape: the focus nodes are the values
            return self._rows(f"SELECT ?this ?w WHERE {{ {this} {values} {failing} }}")
        pairs = f"SELECT DISTINCT ?this ?v WHERE {{ {values} {failing} }}"
        return self._rows(f"SELECT ?this ?w WHERE {{ {{ {pairs} }} {this} }}")

    def _counts(self, focus: Focus, values: str, low: int, high: int | None) -> list[tuple[str, int, bool]]:
        """(focus node, weight, too few?) of the foci with fewer than `low` or more than `high` values."""
        this, counted = focus("?this", "?w"), "COUNT(DISTINCT ?v)"
        if high is None:
            if low == 0:
                return []
            enough = f"SELECT ?this WHERE {{ {values} }} GROUP BY ?this HAVING ({counted} >= {low})"
            few = self._rows(
                f"SELECT ?this ?w WHERE {{ {this} MINUS {{ {values if low == 1 else enough} }} }}"
            )
            return [(f, w, True) for f, w in few]
        if low == 0:
            many = f"SELECT ?this WHERE {{ {values} }} GROUP BY ?this HAVING ({counted} > {high})"
            return [(f, w, False) for f, w in self._rows(f"SELECT ?this ?w WHERE {{ {{ {many} }} {this} }}")]
        numbers = f"SELECT ?this ({counted} AS ?n) WHERE {{ {values} }} GROUP BY ?this"
        outside = f"FILTER(COALESCE(?n, 0) < {low} || ?n > {high})"
        found = self._select(f"SELECT ?this ?w ?n WHERE {{ {this} OPTIONAL {{ {numbers} }} {outside} }}")
        return [(r["this"].value, weight(r), r["n"] is None or int(r["n"].value) < low) for r in found]

    def _unique_lang(self, this: str, values: str) -> list[tuple[str, int]]:
        """One result per focus node and language shared by two of its values."""
        tagged = "FILTER(isLiteral(?v) && LANG(?v) != '')"
        several = f"SELECT ?this WHERE {{ {values} {tagged} }} GROUP BY ?this HAVING (COUNT(DISTINCT ?v) > 1)"
        if (only := self._only(several)) is None:
            return []
        languages = f"{only} {this} {values} {tagged} BIND(LCASE(LANG(?v)) AS ?lang)"
        return self._rows(
            f"SELECT ?this ?w WHERE {{ {languages} }} GROUP BY ?this ?w ?lang HAVING (COUNT(DISTINCT ?v) > 1)"
        )

    def _less_than_or_equals(self, this: str, values: str, other: URIRef) -> list[tuple[str, int]]:
        """Foci whose greatest value may exceed their least `other` value are found by grouping each side
        (joining the two is slow in Oxigraph); their pairs are then judged as pySHACL does, by rdflib's order
        of terms. Oxigraph's MIN and MAX give nothing when a value is unbound, hence two sub-selects."""
        number = "COALESCE(isNumeric({0}) && {0} = {0}, false)"  # NaN is not equal to itself
        odd = "SUM(IF(" + number + ", 0, 1)) AS ?odd{1}"
        most = f"SELECT ?this (MAX(?v) AS ?most) ({odd.format('?v', 1)}) WHERE {{ {values} }} GROUP BY ?this"
        others = self._triple("?this", other, "?c")
        least = (
            f"SELECT ?this (MIN(?c) AS ?least) ({odd.format('?c', 2)}) WHERE {{ {others} }} GROUP BY ?this"
        )
        doubtful = (
            f"{{ {most} }} {{ {least} }} FILTER(?odd1 + ?odd2 > 0 || !COALESCE(?most <= ?least, false))"
        )
        if (only := self._only(f"SELECT ?this WHERE {{ {doubtful} }}")) is None:
            return []
        rows = self._select(f"SELECT DISTINCT ?this ?w ?v ?c WHERE {{ {only} {values} {others} {this} }}")
        return [
            (r["this"].value, weight(r)) for r in rows if exceeds(rdflib_term(r["v"]), rdflib_term(r["c"]))
        ]
