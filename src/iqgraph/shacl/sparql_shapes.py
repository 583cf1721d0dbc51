"""The base of the SPARQL-compiled validator: reading the shapes graph, SPARQL building blocks (paths,
targets, the values of a shape at its focus nodes) and the store (queries, ill-typed literals).

See `validate_store` for what the compiled validator checks and how it follows pySHACL.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH
from rdflib.term import Node, XSDToPython

from ..errors import QueryError, ShapesError
from .report import preferred_message, shape_name
from .sparql_parts import (
    NESTING,
    PROPERTY_ONLY,
    SHAPE_LISTS,
    SINGLE,
    SURELY_WELL_TYPED,
    TARGETS,
    VALUE_KINDS,
    Focus,
    Test,
    ill_typed_literal,
    weight,
    well_typed,
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


class ShapeQueries:
    """The shapes graph, the store and the SPARQL building blocks the validator's queries are made of."""

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

    def _targeted(self) -> set[Node]:
        found = {s for p in TARGETS for s in self.g.subjects(p, None)}
        return found | {s for s in self._all_shapes() if self._implicit_class(s)}

    def _all_shapes(self) -> set[Node]:
        typed = {*self.g.subjects(RDF.type, SH.NodeShape), *self.g.subjects(RDF.type, SH.PropertyShape)}
        return typed | set(self.g.subjects(SH.path, None))

    def _implicit_class(self, shape: Node) -> bool:
        metaclasses = {RDFS.Class, *self.g.subjects(RDFS.subClassOf, RDFS.Class)}
        return any(t in metaclasses for t in self.g.objects(shape, RDF.type))

    def _constraints(self, shape: Node) -> list[tuple[str, Node]]:
        found = []
        for kind in (*VALUE_KINDS, *sorted(PROPERTY_ONLY), "property"):
            values = sorted(self.g.objects(shape, SH[kind]), key=str)
            if kind in SINGLE and len(values) > 1:
                raise self._error(shape, f"has more than one sh:{kind}")
            if kind in PROPERTY_ONLY and values and self.g.value(shape, SH.path) is None:
                raise self._error(shape, f"is a node shape: sh:{kind} needs a property shape (sh:path)")
            found += [(kind, value) for value in values]
        return found

    def _deactivated(self, shape: Node) -> bool:
        flag = self.g.value(shape, SH.deactivated)
        return isinstance(flag, Literal) and bool(flag.value)

    def _message(self, shape: Node, kind: str, value: Node) -> str:
        if messages := list(self.g.objects(shape, SH.message)):
            return preferred_message(messages)
        shown = value.n3() if isinstance(value, (URIRef, Literal)) else "(a nested shape)"
        subject = "The number of values" if "Count" in kind else "A value"
        return f"{subject} does not satisfy sh:{kind} {shown} (the shape has no sh:message)."

    def _error(self, shape: Node, problem: str) -> ShapesError:
        return ShapesError(f"{shape_name(shape, self.g)} {problem}: validate_store cannot check it")

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
        def pattern(this: str, weight: str) -> str:
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
        return [(row["this"].value, weight(row)) for row in self._select(query)]

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

    def _find_ill_typed(self) -> dict[URIRef, set[str]]:
        """Per checked datatype, the stored literals rdflib calls ill-typed (as N-Triples, for sameTerm)."""
        found: dict[URIRef, set[str]] = defaultdict(set)
        for datatype, predicates in self._datatype_predicates().items():
            surely = SURELY_WELL_TYPED.get(datatype)
            suspect = f" && !REGEX(STR(?v), {Literal(surely).n3()})" if surely else ""
            listed = " ".join(p.n3() for p in sorted(predicates))
            where = f"VALUES ?p {{ {listed} }} ?s ?p ?v FILTER(isLiteral(?v) && DATATYPE(?v) = {datatype.n3()}{suspect})"
            rows = self._select(f"SELECT DISTINCT ?v WHERE {{ {where} }}")
            found[datatype] |= {str(r["v"]) for r in rows if not well_typed(r["v"].value, datatype)}
            extra = (o for p in predicates for _s, o in self.extra.get(p, []))
            found[datatype] |= {o.n3() for o in extra if ill_typed_literal(o, datatype)}
        for shape in self._targeted():  # sh:targetNode literals come from the shapes, not the store
            for node in self.g.objects(shape, SH.targetNode):
                for datatype in self._value_datatypes(shape, ()):
                    if ill_typed_literal(node, datatype):
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
        nested = [n for p in NESTING for n in self.g.objects(shape, p)]
        nested += [m for p in SHAPE_LISTS for lst in self.g.objects(shape, p) for m in self.g.items(lst)]
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
