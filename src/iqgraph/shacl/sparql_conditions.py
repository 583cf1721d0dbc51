"""Conditions on one node, for shapes used inside other constraints (sh:node, sh:not, sh:and, sh:or,
sh:xone, sh:qualifiedValueShape, sh:property of a nested shape): value constraints as SPARQL expressions
and counts as flagged sub-selects, combined into one `NodeTest`."""

from __future__ import annotations

from collections.abc import Callable

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDFS, SH, XSD
from rdflib.term import Node

from .sparql_parts import (
    INTEGER_RANGES,
    NODE_KINDS,
    VALUE_KINDS,
    NodeTest,
    Test,
    bound,
    combined,
    negated,
)
from .sparql_shapes import ShapeQueries


class NodeConditions(ShapeQueries):
    """Compiles a shape into a condition on the node in one SPARQL variable."""

    def _value_test(self, shape: Node, kind: str, value: Node, stack: tuple[Node, ...]) -> Test:
        """The condition a value-type constraint (sh:class, sh:datatype … sh:node) puts on each value."""
        if kind == "class":
            if not isinstance(value, URIRef):
                raise self._error(shape, "has an sh:class that is not an IRI")
            return lambda v: bound(*self._flag(v, self._typed(v, self._subclasses(value))))
        if kind in ("not", "node"):
            if kind == "node" and self.g.value(value, SH.path) is not None:
                raise self._error(shape, "has an sh:node that is a property shape")
            negate = kind == "not"
            return lambda v: (
                negated(self._conforms(value, v, stack)) if negate else self._conforms(value, v, stack)
            )
        if kind in ("or", "and", "xone"):
            members = list(self.g.items(value))
            return lambda v: combined(kind, [self._conforms(m, v, stack) for m in members])
        expression = self._expression(shape, kind, value)
        return lambda v: NodeTest("", expression(v))

    def _expression(self, shape: Node, kind: str, value: Node) -> Callable[[str], str]:
        """Value constraints that need no other triple: a SPARQL expression of the value alone."""
        if kind == "datatype":
            return lambda v: self._datatype_test(shape, v, value)
        if kind == "nodeKind":
            if value not in NODE_KINDS:
                raise self._error(shape, f"has an unknown sh:nodeKind {value}")
            return NODE_KINDS[value].format
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
        if datatype in INTEGER_RANGES:
            low, high = INTEGER_RANGES[datatype]
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

    def _conforms(self, shape: Node, var: str, stack: tuple[Node, ...]) -> NodeTest:
        """Whether the node in `var` conforms to `shape`, a shape used inside another constraint."""
        if self._deactivated(shape):
            return NodeTest("", "true")
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
        return combined("and", tests)

    def _conforms_one(
        self, shape: Node, path: Node | None, kind: str, value: Node, var: str, stack: tuple[Node, ...]
    ) -> NodeTest:
        if kind == "lessThanOrEquals":
            raise self._error(shape, "has sh:lessThanOrEquals but is used inside another constraint")
        if kind == "property":
            test: Test = lambda v: self._conforms(value, v, stack)  # noqa: E731
        elif kind in VALUE_KINDS:
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
        return NodeTest(flags, f"!BOUND({flag})")  # no value fails

    def _count_test(
        self, shape: Node, path: Node | None, kind: str, value: Node, var: str, stack: tuple[Node, ...]
    ) -> NodeTest:
        """sh:minCount, sh:maxCount, sh:uniqueLang and qualified counts of a property shape at `var`."""
        x = self._var("x")
        values = self._path(shape, path, var, x)
        if kind == "uniqueLang":
            if not (isinstance(value, Literal) and value.value is True):
                return NodeTest("", "true")
            lang = f"FILTER(isLiteral({x}) && LANG({x}) != '')"
            group = f"GROUP BY {var} (LCASE(LANG({x}))) HAVING (COUNT(DISTINCT {x}) > 1)"
            flags, flag = self._flag(var, f"{{ SELECT {var} WHERE {{ {values} {lang} }} {group} }}")
            return NodeTest(flags, f"!BOUND({flag})")
        if kind == "qualifiedValueShape":
            keep = self._qualifying(shape, value, stack)(x)
            values += f" {keep.flags} FILTER({keep.condition})"
        low, high = self._count_bounds(shape, kind, value)
        tests = []
        if low:
            flags, flag = self._flag(var, values, f"GROUP BY {var} HAVING (COUNT(DISTINCT {x}) >= {low})")
            tests.append(bound(flags, flag))
        if high is not None:
            flags, flag = self._flag(var, values, f"GROUP BY {var} HAVING (COUNT(DISTINCT {x}) > {high})")
            tests.append(NodeTest(flags, f"!BOUND({flag})"))
        return combined("and", tests)

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
        return lambda v: combined(
            "and",
            [self._conforms(qualified, v, stack)] + [negated(self._conforms(s, v, stack)) for s in others],
        )

    def _failing(self, node_shape: Node, stack: tuple[Node, ...]) -> Test:
        return lambda v: negated(self._conforms(node_shape, v, stack))
