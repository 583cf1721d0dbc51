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
"""

from __future__ import annotations

import itertools
import logging
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD
from rdflib.term import Node, XSDToPython

from ..errors import QueryError, ShapesError
from ..resources import resource_path
from .validate import (
    ValidationReport,
    Violation,
    _load,
    _local_name,
    _path_text,
    _preferred_message,
    _shape_name,
    _sort_key,
)

__all__ = ["validate_store"]


@dataclass(frozen=True)
class _Test:
    """A condition on one node: `flags` (OPTIONAL sub-selects, each run once over the whole store) bind what
    `condition` reads. Oxigraph runs EXISTS again for every row, so none is written."""

    flags: str
    condition: str


# A focus-node source: given the names of the focus and weight variables, a group pattern binding each
# focus node once. The weight is how many results pySHACL reports per result found (unbound: one).
Focus = Callable[[str, str], str]
Test = Callable[[str], _Test]  # a condition on the node in the named variable

_TARGETS = (SH.targetClass, SH.targetNode, SH.targetObjectsOf, SH.targetSubjectsOf)
_SHAPE_LISTS = (SH["or"], SH["and"], SH.xone)
_NESTING = (SH.node, SH["not"], SH.qualifiedValueShape)
_VALUE_KINDS: tuple[str, ...] = ("class", "datatype", "nodeKind", "pattern", "minLength", "maxLength")
_VALUE_KINDS += ("languageIn", "in", "or", "and", "xone", "not", "node")
_SINGLE = {"datatype", "nodeKind", "minLength", "maxLength", "languageIn", "in", "minCount", "maxCount"}
_SINGLE |= {"uniqueLang"}
_PROPERTY_ONLY = {"minCount", "maxCount", "uniqueLang", "lessThanOrEquals", "qualifiedValueShape"}
_ALLOWED = {SH[name] for name in _VALUE_KINDS + tuple(_PROPERTY_ONLY)}
_ALLOWED |= set(_TARGETS) | {SH.path, SH.inversePath, SH.alternativePath, SH.property, SH.flags}
_ALLOWED |= {SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint}
_ALLOWED |= {SH.severity, SH.message, SH.deactivated, SH.name, SH.description, SH.order, SH.group}
_ALLOWED |= {SH.defaultValue}
_NODE_KINDS: dict[Node, str] = {
    SH.IRI: "isIRI({0})",
    SH.BlankNode: "isBlank({0})",
    SH.Literal: "isLiteral({0})",
    SH.BlankNodeOrIRI: "(isIRI({0}) || isBlank({0}))",
    SH.BlankNodeOrLiteral: "(isBlank({0}) || isLiteral({0}))",
    SH.IRIOrLiteral: "(isIRI({0}) || isLiteral({0}))",
}
# Oxigraph stores these as xsd:integer: a stored integer passes them within their range (rdflib's ranges).
_INTEGER_RANGES: dict[URIRef, tuple[int | None, int | None]] = {
    XSD.nonNegativeInteger: (0, None),
    XSD.positiveInteger: (1, None),
    XSD.nonPositiveInteger: (None, 0),
    XSD.negativeInteger: (None, -1),
    XSD.long: (None, None),
    XSD.int: (-(2**31), 2**31 - 1),
    XSD.short: (-32768, 32767),
    XSD.byte: (-128, 127),
    XSD.unsignedLong: (0, None),
    XSD.unsignedInt: (0, 4294967295),
    XSD.unsignedShort: (0, 65535),
    XSD.unsignedByte: (0, 255),
}
# Lexical forms rdflib surely accepts; other literals of these datatypes are checked one by one in Python.
_SURELY_WELL_TYPED = {
    XSD.integer: "^[+-]?[0-9]+$",
    XSD.decimal: "^[+-]?[0-9]+([.][0-9]+)?$",
    XSD.boolean: "^(true|false)$",
    XSD.date: "^[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])$",
}
# pySHACL also wants the Python value of these types (its `_assert_actual_datatype`).
_PYTHON_TYPES: dict[URIRef, type | tuple[type, ...]] = {
    XSD.integer: int,
    XSD.float: float,
    XSD.decimal: Decimal,
    XSD.boolean: bool,
    XSD.date: date,
    XSD.time: time,
    XSD.dateTime: datetime,
}


def validate_store(store: ox.Store, shapes_path: Path | None = None) -> ValidationReport:
    """Validate every graph of `store` together against the shapes, by default the shipped ones."""
    shapes = _load(shapes_path or resource_path("ontology", "shapes.ttl"))
    ontology = _load(resource_path("ontology", "iqgraph.ttl"))
    _refuse_unsupported(shapes)
    found = sorted(_Validator(store, shapes, ontology).run(), key=_sort_key)
    violations = tuple(v for v in found if v.severity == "Violation")
    warnings_ = tuple(v for v in found if v.severity != "Violation")
    return ValidationReport(not violations, violations, warnings_)


def _refuse_unsupported(shapes: Graph) -> None:
    found = {
        (f"sh:{str(p)[len(str(SH)) :]}", _shape_name(s, shapes))
        for s, p in shapes.subject_predicates()
        if str(p).startswith(str(SH)) and p not in _ALLOWED
    }
    if found:
        terms, where = sorted({t for t, _ in found}), sorted({w for _, w in found})
        raise ShapesError(
            f"{', '.join(terms)} (in {', '.join(where)}): not supported by validate_store; "
            "validate these shapes with validate() (pySHACL)"
        )


def _ontology_triples(ontology: Graph) -> dict[URIRef, list[tuple[Node, Node]]]:
    """The ontology triples pySHACL copies into the data graph: RDFS/OWL axioms and named individuals."""
    individuals = set(ontology.subjects(RDF.type, OWL.NamedIndividual))
    found: dict[URIRef, list[tuple[Node, Node]]] = defaultdict(list)
    for s, p, o in ontology:
        if isinstance(s, BNode) or isinstance(o, BNode) or not isinstance(p, URIRef):
            continue
        axiom = _in_vocabulary(p) or (
            p == RDF.type and _in_vocabulary(o) and o not in (OWL.Thing, OWL.Nothing)
        )
        if axiom or s in individuals or o in individuals:
            found[p].append((s, o))
    return found


def _in_vocabulary(term: Node) -> bool:
    return isinstance(term, URIRef) and str(term).startswith((str(RDFS), str(OWL)))


class _Validator:
    """Compiles the shapes into SELECTs and turns their rows into `Violation`s."""

    def __init__(self, store: ox.Store, shapes: Graph, ontology: Graph) -> None:
        self.store, self.g = store, shapes
        self.extra = _ontology_triples(ontology)
        self._names = itertools.count()
        self.children: dict[Node, set[Node]] = defaultdict(set)
        query = "SELECT DISTINCT ?s ?o WHERE { ?s rdfs:subClassOf ?o FILTER(isIRI(?s) && isIRI(?o)) }"
        stored = [(URIRef(r["s"].value), URIRef(r["o"].value)) for r in self._select(query)]
        for sub, sup in stored + self.extra.get(RDFS.subClassOf, []):
            self.children[sup].add(sub)
        self.ill_typed = self._find_ill_typed()

    def run(self) -> Iterator[Violation]:
        for shape in sorted(self._targeted(), key=str):
            yield from self._report(shape, self._targets(shape), ())

    # --- the shapes graph ---------------------------------------------------------------------------

    def _targeted(self) -> set[Node]:
        found = {s for p in _TARGETS for s in self.g.subjects(p, None)}
        return found | {s for s in self._all_shapes() if self._implicit_class(s)}

    def _all_shapes(self) -> set[Node]:
        typed = {*self.g.subjects(RDF.type, SH.NodeShape), *self.g.subjects(RDF.type, SH.PropertyShape)}
        return typed | set(self.g.subjects(SH.path, None))

    def _implicit_class(self, shape: Node) -> bool:
        metaclasses = {RDFS.Class, *self.g.subjects(RDFS.subClassOf, RDFS.Class)}
        return any(t in metaclasses for t in self.g.objects(shape, RDF.type))

    def _constraints(self, shape: Node) -> list[tuple[str, Node]]:
        found = []
        for kind in (*_VALUE_KINDS, *sorted(_PROPERTY_ONLY), "property"):
            values = sorted(self.g.objects(shape, SH[kind]), key=str)
            if kind in _SINGLE and len(values) > 1:
                raise self._error(shape, f"has more than one sh:{kind}")
            if kind in _PROPERTY_ONLY and values and self.g.value(shape, SH.path) is None:
                raise self._error(shape, f"is a node shape: sh:{kind} needs a property shape (sh:path)")
            found += [(kind, value) for value in values]
        return found

    def _deactivated(self, shape: Node) -> bool:
        flag = self.g.value(shape, SH.deactivated)
        return isinstance(flag, Literal) and bool(flag.value)

    def _message(self, shape: Node, kind: str, value: Node) -> str:
        if messages := list(self.g.objects(shape, SH.message)):
            return _preferred_message(messages)
        shown = value.n3() if isinstance(value, (URIRef, Literal)) else "(a nested shape)"
        subject = "The number of values" if "Count" in kind else "A value"
        return f"{subject} does not satisfy sh:{kind} {shown} (the shape has no sh:message)."

    def _error(self, shape: Node, problem: str) -> ShapesError:
        return ShapesError(f"{_shape_name(shape, self.g)} {problem}: validate_store cannot check it")

    def _integer(self, shape: Node, node: Node | None, what: str) -> int:
        if not (isinstance(node, Literal) and isinstance(node.value, int)):
            raise self._error(shape, f"has a {what} that is not an integer")
        return node.value

    def _iri(self, shape: Node, node: Node) -> URIRef:
        if not isinstance(node, URIRef):
            raise self._error(shape, f"names a property that is not an IRI ({node})")
        return node

    # --- SPARQL building blocks ---------------------------------------------------------------------

    def _var(self, stem: str) -> str:
        return f"?{stem}{next(self._names)}"

    def _triple(self, s: str, p: URIRef, o: str, objects: set[Node] | None = None) -> str:
        """`s p o`, with the ontology's triples of `p` (object in `objects`, when given) added as VALUES."""
        own = f"{s} {p.n3()} {o} ."
        pairs = [(a, b) for a, b in self.extra.get(p, []) if objects is None or b in objects]
        if not pairs:
            return own
        rows = " ".join(f"({a.n3()} {b.n3()})" for a, b in pairs)
        return f"{{ {{ {own} }} UNION {{ VALUES ({s} {o}) {{ {rows} }} }} }}"

    def _path(self, shape: Node, path: Node | None, s: str, o: str) -> str:
        if path is None:  # a node shape: its value is its focus node
            return f"BIND({s} AS {o})"
        if isinstance(path, URIRef):
            return self._triple(s, path, o)
        if (inverse := self.g.value(path, SH.inversePath)) is not None:
            return self._path(shape, inverse, o, s)
        if (alternatives := self.g.value(path, SH.alternativePath)) is not None:
            members = [self._path(shape, m, s, o) for m in self.g.items(alternatives)]
            if not members:
                raise self._error(shape, "has an empty sh:alternativePath")
            return "{ {" + "} UNION {".join(members) + "} }"
        if self.g.value(path, RDF.first) is not None:
            steps = list(self.g.items(path))
            ends = [s] + [self._var("m") for _ in steps[1:]] + [o]
            return " ".join(self._path(shape, *step) for step in zip(steps, ends[:-1], ends[1:], strict=True))
        raise self._error(shape, f"has a path that is not an IRI, inverse, alternative or sequence ({path})")

    def _subclasses(self, cls: Node) -> list[Node]:
        found, todo = {cls}, [cls]
        while todo:
            for sub in self.children.get(todo.pop(), set()) - found:
                found.add(sub)
                todo.append(sub)
        return sorted(found, key=str)

    def _typed(self, var: str, classes: list[Node]) -> str:
        t = self._var("t")
        values = " ".join(c.n3() for c in classes)
        return f"{self._triple(var, RDF.type, t, set(classes))} VALUES {t} {{ {values} }}"

    def _flag(self, var: str, pattern: str, group: str = "") -> tuple[str, str]:
        """An OPTIONAL sub-select marking, with a fresh flag, the nodes `pattern` finds in `var`."""
        flag = self._var("b")
        return f"OPTIONAL {{ SELECT DISTINCT {var} (true AS {flag}) WHERE {{ {pattern} }} {group} }}", flag

    def _targets(self, shape: Node) -> Focus:
        def pattern(this: str, _weight: str) -> str:
            classes = set(self.g.objects(shape, SH.targetClass)) | (
                {shape} if self._implicit_class(shape) else set()
            )
            parts = [self._typed(this, self._subclasses(c)) for c in sorted(classes, key=str)]
            if nodes := sorted(self.g.objects(shape, SH.targetNode), key=str):
                if any(isinstance(n, BNode) for n in nodes):
                    raise self._error(shape, "has a blank node as sh:targetNode")
                parts.append(f"VALUES {this} {{ {' '.join(n.n3() for n in nodes)} }}")
            for p in sorted(self.g.objects(shape, SH.targetSubjectsOf), key=str):
                parts.append(self._triple(this, self._iri(shape, p), self._var("o")))
            for p in sorted(self.g.objects(shape, SH.targetObjectsOf), key=str):
                parts.append(self._triple(self._var("s"), self._iri(shape, p), this))
            union = " UNION ".join(f"{{ {part} }}" for part in parts)
            return f"{{ SELECT DISTINCT {this} WHERE {{ {union} }} }}"

        return pattern

    def _values_of(self, focus: Focus, shape: Node, keep: Test | None = None) -> Focus:
        """The values of `shape` at the focus nodes (those passing `keep`), weighted by the foci reaching them."""

        def pattern(this: str, w: str) -> str:
            f, w0 = self._var("f"), self._var("w")
            step = self._path(shape, self.g.value(shape, SH.path), f, this)
            if keep:
                test = keep(this)
                step += f" {test.flags} FILTER({test.condition})"
            pairs = f"SELECT DISTINCT {f} {w0} {this} WHERE {{ {focus(f, w0)} {step} }}"
            return f"{{ SELECT {this} (SUM(COALESCE({w0}, 1)) AS {w}) WHERE {{ {{ {pairs} }} }} GROUP BY {this} }}"

        return pattern

    # --- conditions on one node ---------------------------------------------------------------------

    def _value_test(self, shape: Node, kind: str, value: Node, stack: tuple[Node, ...]) -> Test:
        """The condition a value-type constraint (sh:class, sh:datatype … sh:node) puts on each value."""
        if kind == "class":
            if not isinstance(value, URIRef):
                raise self._error(shape, "has an sh:class that is not an IRI")
            return lambda v: _bound(*self._flag(v, self._typed(v, self._subclasses(value))))
        if kind in ("not", "node"):
            if kind == "node" and self.g.value(value, SH.path) is not None:
                raise self._error(shape, "has an sh:node that is a property shape")
            negate = kind == "not"
            return lambda v: (
                _negated(self._conforms(value, v, stack)) if negate else self._conforms(value, v, stack)
            )
        if kind in ("or", "and", "xone"):
            members = list(self.g.items(value))
            return lambda v: _combined(kind, [self._conforms(m, v, stack) for m in members])
        expression = self._expression(shape, kind, value)
        return lambda v: _Test("", expression(v))

    def _expression(self, shape: Node, kind: str, value: Node) -> Callable[[str], str]:
        """Value constraints that need no other triple: a SPARQL expression of the value alone."""
        if kind == "datatype":
            return lambda v: self._datatype_test(shape, v, value)
        if kind == "nodeKind":
            if value not in _NODE_KINDS:
                raise self._error(shape, f"has an unknown sh:nodeKind {value}")
            return _NODE_KINDS[value].format
        if kind == "pattern":
            return self._pattern_test(shape, value)
        if kind in ("minLength", "maxLength"):
            n, op = self._integer(shape, value, f"sh:{kind}"), (">=" if kind == "minLength" else "<=")
            if kind == "minLength" and n == 0:
                return lambda v: "true"
            return lambda v: f"(!isBlank({v}) && STRLEN(STR({v})) {op} {n})"
        if kind == "languageIn":
            return self._language_test(shape, value)
        items = list(self.g.items(value))  # sh:in
        if any(isinstance(i, BNode) for i in items):
            raise self._error(shape, "has a blank node in sh:in")
        return lambda v: "(" + " || ".join([f"sameTerm({v}, {i.n3()})" for i in items] or ["false"]) + ")"

    def _datatype_test(self, shape: Node, v: str, datatype: Node) -> str:
        if datatype == RDFS.Literal:
            return f"isLiteral({v})"
        if datatype in (XSD.dateTimeStamp, RDFS.Datatype) or not isinstance(datatype, URIRef):
            raise self._error(shape, f"has sh:datatype {datatype}, which the store does not keep apart")
        test = f"DATATYPE({v}) = {datatype.n3()}"
        if bad := self.ill_typed.get(datatype):
            test += " && !(" + " || ".join(f"sameTerm({v}, {b})" for b in sorted(bad)) + ")"
        if datatype in _INTEGER_RANGES:
            low, high = _INTEGER_RANGES[datatype]
            stored = [f"DATATYPE({v}) = {XSD.integer.n3()}", f"isNumeric({v})"]
            stored += [f"{v} >= {low}"] if low is not None else []
            stored += [f"{v} <= {high}"] if high is not None else []
            test = f"({test}) || ({' && '.join(stored)})"
        return f"(isLiteral({v}) && ({test}))"

    def _pattern_test(self, shape: Node, pattern: Node) -> Callable[[str], str]:
        flags = str(self.g.value(shape, SH.flags) or "")
        if set(flags) - {"i", "m"}:
            raise self._error(shape, f'has sh:flags "{flags}": only "i" and "m" are supported')
        args = f"{Literal(str(pattern)).n3()}, {Literal(flags).n3()}"
        check = list(self._select(f'SELECT (REGEX("", {args}) AS ?ok) WHERE {{}}'))
        if not check or check[0]["ok"] is None:
            raise self._error(shape, f"has an sh:pattern the store's regex engine rejects ({pattern})")
        return lambda v: f"(!isBlank({v}) && REGEX(STR({v}), {args}))"

    def _language_test(self, shape: Node, tags: Node) -> Callable[[str], str]:
        wanted = list(self.g.items(tags))
        if not all(isinstance(t, Literal) and isinstance(t.value, str) for t in wanted):
            raise self._error(shape, "has an sh:languageIn item that is not a string")
        tagged = "isLiteral({0}) && LANG({0}) != ''"
        if any(str(t) == "*" for t in wanted):
            return ("(" + tagged + ")").format
        listed = ", ".join(Literal(str(t).lower()).n3() for t in wanted) or "''"
        # Oxigraph keeps tags in lower case, so the first test settles most values; string functions are slow.
        # pySHACL also accepts a tag whose primary subtag is listed.
        primary = "LCASE(STRBEFORE(CONCAT(LANG({0}), '-'), '-'))"
        anyhow = f"LANG({{0}}) IN ({listed}) || LCASE(LANG({{0}})) IN ({listed}) || {primary} IN ({listed})"
        return f"(isLiteral({{0}}) && ({anyhow}))".format

    def _conforms(self, shape: Node, var: str, stack: tuple[Node, ...]) -> _Test:
        """Whether the node in `var` conforms to `shape`, a shape used inside another constraint."""
        if self._deactivated(shape):
            return _Test("", "true")
        if shape in stack:
            raise self._error(shape, "refers to itself")
        if self.g.value(shape, SH.severity) not in (None, SH.Violation):
            raise self._error(shape, "has sh:severity but is used inside another constraint")
        stack += (shape,)
        path = self.g.value(shape, SH.path)
        tests = [
            self._conforms_one(shape, path, kind, value, var, stack)
            for kind, value in self._constraints(shape)
        ]
        return _combined("and", tests)

    def _conforms_one(
        self, shape: Node, path: Node | None, kind: str, value: Node, var: str, stack: tuple
    ) -> _Test:
        if kind == "lessThanOrEquals":
            raise self._error(shape, "has sh:lessThanOrEquals but is used inside another constraint")
        if kind == "property":
            test: Test = lambda v: self._conforms(value, v, stack)  # noqa: E731
        elif kind in _VALUE_KINDS:
            test = self._value_test(shape, kind, value, stack)
        else:
            return self._count_test(shape, path, kind, value, var, stack)
        if path is None:
            return test(var)
        x = self._var("x")
        inner = test(x)
        flags, flag = self._flag(
            var, f"{self._path(shape, path, var, x)} {inner.flags} FILTER(!({inner.condition}))"
        )
        return _Test(flags, f"!BOUND({flag})")  # no value fails

    def _count_test(
        self, shape: Node, path: Node | None, kind: str, value: Node, var: str, stack: tuple
    ) -> _Test:
        """sh:minCount, sh:maxCount, sh:uniqueLang and qualified counts of a property shape at `var`."""
        x = self._var("x")
        values = self._path(shape, path, var, x)
        if kind == "uniqueLang":
            if not (isinstance(value, Literal) and value.value is True):
                return _Test("", "true")
            lang = f"FILTER(isLiteral({x}) && LANG({x}) != '')"
            group = f"GROUP BY {var} (LCASE(LANG({x}))) HAVING (COUNT(DISTINCT {x}) > 1)"
            flags, flag = self._flag(var, f"{{ SELECT {var} WHERE {{ {values} {lang} }} {group} }}")
            return _Test(flags, f"!BOUND({flag})")
        if kind == "qualifiedValueShape":
            keep = self._qualifying(shape, value, stack)(x)
            values += f" {keep.flags} FILTER({keep.condition})"
        low, high = self._count_bounds(shape, kind, value)
        tests = []
        if low:
            flags, flag = self._flag(var, values, f"GROUP BY {var} HAVING (COUNT(DISTINCT {x}) >= {low})")
            tests.append(_bound(flags, flag))
        if high is not None:
            flags, flag = self._flag(var, values, f"GROUP BY {var} HAVING (COUNT(DISTINCT {x}) > {high})")
            tests.append(_Test(flags, f"!BOUND({flag})"))
        return _combined("and", tests)

    def _count_bounds(self, shape: Node, kind: str, value: Node) -> tuple[int, int | None]:
        """(least, most) values a minCount, maxCount or qualified constraint allows."""
        if kind == "minCount":
            return self._integer(shape, value, "sh:minCount"), None
        if kind == "maxCount":
            return 0, self._integer(shape, value, "sh:maxCount")
        low, high = self.g.value(shape, SH.qualifiedMinCount), self.g.value(shape, SH.qualifiedMaxCount)
        if low is None and high is None:
            raise self._error(shape, "has sh:qualifiedValueShape without a qualified count")
        return (
            0 if low is None else self._integer(shape, low, "sh:qualifiedMinCount"),
            None if high is None else self._integer(shape, high, "sh:qualifiedMaxCount"),
        )

    def _qualifying(self, shape: Node, qualified: Node, stack: tuple[Node, ...]) -> Test:
        """Conforms to the qualified value shape (and, when disjoint, to none of its siblings)."""
        disjoint = self.g.value(shape, SH.qualifiedValueShapesDisjoint)
        siblings: set[Node] = set()
        if isinstance(disjoint, Literal) and disjoint.value is True:
            for parent in self.g.subjects(SH.property, shape):
                for other in self.g.objects(parent, SH.property):
                    siblings |= set(self.g.objects(other, SH.qualifiedValueShape)) - {qualified}
        others = sorted(siblings, key=str)
        return lambda v: _combined(
            "and",
            [self._conforms(qualified, v, stack)] + [_negated(self._conforms(s, v, stack)) for s in others],
        )

    # --- reports: one query per constraint ----------------------------------------------------------

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

    def _failing(self, node_shape: Node, stack: tuple[Node, ...]) -> Test:
        return lambda v: _negated(self._conforms(node_shape, v, stack))

    def _emit(self, shape: Node, kind: str, value: Node, rows: list[tuple[str, int]]) -> list[Violation]:
        if not rows:
            return []
        path = self.g.value(shape, SH.path)
        text = None if path is None else str(path) if isinstance(path, URIRef) else _path_text(self.g, path)
        severity = _local_name(self.g.value(shape, SH.severity) or SH.Violation)
        v = Violation("", text, self._message(shape, kind, value), severity, _shape_name(shape, self.g))
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
        return [(r["this"].value, _weight(r), r["n"] is None or int(r["n"].value) < low) for r in found]

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
        return [(r["this"].value, _weight(r)) for r in rows if _exceeds(_rdflib(r["v"]), _rdflib(r["c"]))]

    def _only(self, query: str) -> str | None:
        """A VALUES block of the few ?this `query` finds, for a second query to start from (Oxigraph would
        otherwise join the large patterns first); None when it finds none. VALUES cannot name a blank node:
        then the sub-select itself."""
        found = {row["this"] for row in self._select(query)}
        if not found:
            return None
        if any(isinstance(term, ox.BlankNode) for term in found):
            return f"{{ {query} }}"
        return "VALUES ?this { " + " ".join(sorted(str(term) for term in found)) + " }"

    # --- the store ----------------------------------------------------------------------------------

    def _select(self, query: str) -> ox.QuerySolutions:
        try:
            answer = self.store.query(query, prefixes={"rdfs": str(RDFS)}, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise ShapesError(
                f"validate_store wrote a query the store rejects ({exc}); report it with the shapes"
            ) from exc
        except OSError as exc:
            raise QueryError(f"the embedded store failed while validating: {exc}") from exc
        assert isinstance(answer, ox.QuerySolutions)
        return answer

    def _rows(self, query: str) -> list[tuple[str, int]]:
        return [(row["this"].value, _weight(row)) for row in self._select(query)]

    def _find_ill_typed(self) -> dict[URIRef, set[str]]:
        """Per checked datatype, the stored literals rdflib calls ill-typed (as N-Triples, for sameTerm)."""
        found: dict[URIRef, set[str]] = defaultdict(set)
        for datatype, predicates in self._datatype_predicates().items():
            surely = _SURELY_WELL_TYPED.get(datatype)
            suspect = f" && !REGEX(STR(?v), {Literal(surely).n3()})" if surely else ""
            listed = " ".join(p.n3() for p in sorted(predicates))
            where = f"VALUES ?p {{ {listed} }} ?s ?p ?v FILTER(isLiteral(?v) && DATATYPE(?v) = {datatype.n3()}{suspect})"
            rows = self._select(f"SELECT DISTINCT ?v WHERE {{ {where} }}")
            found[datatype] |= {str(r["v"]) for r in rows if not _well_typed(r["v"].value, datatype)}
            extra = (o for p in predicates for _s, o in self.extra.get(p, []))
            found[datatype] |= {o.n3() for o in extra if _ill_typed_literal(o, datatype)}
        for shape in self._targeted():  # sh:targetNode literals come from the shapes, not the store
            for node in self.g.objects(shape, SH.targetNode):
                for datatype in self._value_datatypes(shape, ()):
                    if _ill_typed_literal(node, datatype):
                        found[datatype].add(node.n3())
        return found

    def _datatype_predicates(self) -> dict[URIRef, set[URIRef]]:
        """Per datatype rdflib checks, the predicates whose objects meet an sh:datatype of it."""
        found: dict[URIRef, set[URIRef]] = defaultdict(set)
        for shape in self._all_shapes() | self._targeted():
            path = self.g.value(shape, SH.path)
            if path is not None:
                predicates = self._object_predicates(path, False)
            else:
                predicates = {p for p in self.g.objects(shape, SH.targetObjectsOf) if isinstance(p, URIRef)}
            for datatype in self._value_datatypes(shape, ()):
                if predicates and XSDToPython.get(datatype) is not None:
                    found[datatype] |= predicates
        return found

    def _value_datatypes(self, shape: Node, seen: tuple[Node, ...]) -> set[URIRef]:
        """The datatypes `shape` asks of its value nodes, also through nested node shapes."""
        found = {d for d in self.g.objects(shape, SH.datatype) if isinstance(d, URIRef)}
        nested = [n for p in _NESTING for n in self.g.objects(shape, p)]
        nested += [m for p in _SHAPE_LISTS for lst in self.g.objects(shape, p) for m in self.g.items(lst)]
        for inner in nested:
            if inner not in seen and self.g.value(inner, SH.path) is None:
                found |= self._value_datatypes(inner, (*seen, shape))
        return found

    def _object_predicates(self, path: Node, inverted: bool) -> set[URIRef]:
        """Predicates whose objects a path can end on (an inverse step ends on subjects: never literals)."""
        if isinstance(path, URIRef):
            return set() if inverted else {path}
        if (inverse := self.g.value(path, SH.inversePath)) is not None:
            return self._object_predicates(inverse, not inverted)
        if (alternatives := self.g.value(path, SH.alternativePath)) is not None:
            return {p for m in self.g.items(alternatives) for p in self._object_predicates(m, inverted)}
        steps = list(self.g.items(path))
        return self._object_predicates(steps[0] if inverted else steps[-1], inverted) if steps else set()


def _combined(kind: str, tests: list[_Test]) -> _Test:
    """sh:and, sh:or or sh:xone of conditions (an empty sh:and holds, an empty sh:or does not)."""
    flags = " ".join(t.flags for t in tests if t.flags)
    if kind == "xone":
        return _Test(flags, "(" + (" + ".join(f"IF({t.condition}, 1, 0)" for t in tests) or "0") + ") = 1")
    joiner, empty = (" && ", "true") if kind == "and" else (" || ", "false")
    return _Test(flags, "(" + (joiner.join(t.condition for t in tests) or empty) + ")")


def _negated(test: _Test) -> _Test:
    return _Test(test.flags, f"!({test.condition})")


def _bound(flags: str, flag: str) -> _Test:
    return _Test(flags, f"BOUND({flag})")


def _weight(row: ox.QuerySolution) -> int:
    weight = row["w"]
    return 1 if weight is None else int(weight.value)


@contextmanager
def _quiet_rdflib() -> Iterator[None]:
    """rdflib logs a traceback for every literal it cannot convert: expected here, so kept out of the log."""
    term_log = logging.getLogger("rdflib.term")
    level = term_log.level
    term_log.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        term_log.setLevel(level)


def _well_typed(lexical: str, datatype: URIRef) -> bool:
    """As pySHACL decides: rdflib must parse the literal, to a value of the expected Python type."""
    with _quiet_rdflib():
        literal = Literal(lexical, datatype=datatype)
    expected = _PYTHON_TYPES.get(datatype)
    return not literal.ill_typed and (expected is None or isinstance(literal.value, expected))


def _ill_typed_literal(node: Node, datatype: URIRef) -> bool:
    return isinstance(node, Literal) and node.datatype == datatype and not _well_typed(str(node), datatype)


def _rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    with _quiet_rdflib():
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))


def _exceeds(value: Node, other: Node) -> bool:
    """pySHACL's sh:lessThanOrEquals: strings with strings, other literals by rdflib's order."""
    if isinstance(value, BNode) or isinstance(other, BNode):
        raise ShapesError("sh:lessThanOrEquals cannot compare a blank node (pySHACL refuses it too)")
    (value_is_text, a), (other_is_text, b) = _comparable(value), _comparable(other)
    if value_is_text != other_is_text:
        return True
    try:
        return not a <= b  # type: ignore[operator]
    except TypeError:  # rdflib cannot order them: a literal whose datatype the store changed (see above)
        return True


def _comparable(node: Node) -> tuple[bool, object]:
    if isinstance(node, URIRef):
        return True, str(node)
    if isinstance(node, Literal) and isinstance(node.value, str):
        return True, node.value
    return False, node
