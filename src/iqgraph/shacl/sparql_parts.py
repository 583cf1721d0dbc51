"""The pieces the SPARQL-compiled validator is made of: a condition on one node (`NodeTest`) and how
conditions combine, the SHACL subset it supports, and how rdflib (and so pySHACL) judges literals.

Shared by `shapes_sparql` (the shapes graph and the store), `conditions_sparql` (conditions on one node)
and `validate_store` (one report query per constraint).
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import SH, XSD
from rdflib.term import Node

from ..errors import ShapesError


@dataclass(frozen=True)
class NodeTest:
    """A condition on one node: `flags` (OPTIONAL sub-selects, each run once over the whole store) bind what
    `condition` reads. Oxigraph runs EXISTS again for every row, so none is written."""

    flags: str
    condition: str


# A focus-node source: given the names of the focus and weight variables, a group pattern binding each
# focus node once. The weight is how many results pySHACL reports per result found (unbound: one).
Focus = Callable[[str, str], str]
Test = Callable[[str], NodeTest]  # a condition on the node in the named variable

TARGETS = (SH.targetClass, SH.targetNode, SH.targetObjectsOf, SH.targetSubjectsOf)
SHAPE_LISTS = (SH["or"], SH["and"], SH.xone)
NESTING = (SH.node, SH["not"], SH.qualifiedValueShape)
VALUE_KINDS: tuple[str, ...] = ("class", "datatype", "nodeKind", "pattern", "minLength", "maxLength")
VALUE_KINDS += ("languageIn", "in", "or", "and", "xone", "not", "node")
SINGLE = {"datatype", "nodeKind", "minLength", "maxLength", "languageIn", "in", "minCount", "maxCount"}
SINGLE |= {"uniqueLang"}
PROPERTY_ONLY = {"minCount", "maxCount", "uniqueLang", "lessThanOrEquals", "qualifiedValueShape"}
ALLOWED = {SH[name] for name in VALUE_KINDS + tuple(PROPERTY_ONLY)}
ALLOWED |= set(TARGETS) | {SH.path, SH.inversePath, SH.alternativePath, SH.property, SH.flags}
ALLOWED |= {SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint}
ALLOWED |= {SH.severity, SH.message, SH.deactivated, SH.name, SH.description, SH.order, SH.group}
ALLOWED |= {SH.defaultValue}
NODE_KINDS: dict[Node, str] = {
    SH.IRI: "isIRI({0})",
    SH.BlankNode: "isBlank({0})",
    SH.Literal: "isLiteral({0})",
    SH.BlankNodeOrIRI: "(isIRI({0}) || isBlank({0}))",
    SH.BlankNodeOrLiteral: "(isBlank({0}) || isLiteral({0}))",
    SH.IRIOrLiteral: "(isIRI({0}) || isLiteral({0}))",
}
# Oxigraph stores these as xsd:integer: a stored integer passes them within their range (rdflib's ranges).
INTEGER_RANGES: dict[URIRef, tuple[int | None, int | None]] = {
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
SURELY_WELL_TYPED = {
    XSD.integer: "^[+-]?[0-9]+$",
    XSD.decimal: "^[+-]?[0-9]+([.][0-9]+)?$",
    XSD.boolean: "^(true|false)$",
    XSD.date: "^[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])$",
}
# pySHACL also wants the Python value of these types (its `_assert_actual_datatype`).
PYTHON_TYPES: dict[URIRef, type | tuple[type, ...]] = {
    XSD.integer: int,
    XSD.float: float,
    XSD.decimal: Decimal,
    XSD.boolean: bool,
    XSD.date: date,
    XSD.time: time,
    XSD.dateTime: datetime,
}


def combined(kind: str, tests: list[NodeTest]) -> NodeTest:
    """sh:and, sh:or or sh:xone of conditions (an empty sh:and holds, an empty sh:or does not)."""
    flags = " ".join(t.flags for t in tests if t.flags)
    if kind == "xone":
        return NodeTest(flags, "(" + (" + ".join(f"IF({t.condition}, 1, 0)" for t in tests) or "0") + ") = 1")
    joiner, empty = (" && ", "true") if kind == "and" else (" || ", "false")
    return NodeTest(flags, "(" + (joiner.join(t.condition for t in tests) or empty) + ")")


def negated(test: NodeTest) -> NodeTest:
    return NodeTest(test.flags, f"!({test.condition})")


def bound(flags: str, flag: str) -> NodeTest:
    return NodeTest(flags, f"BOUND({flag})")


def weight(row: ox.QuerySolution) -> int:
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


def well_typed(lexical: str, datatype: URIRef) -> bool:
    """As pySHACL decides: rdflib must parse the literal, to a value of the expected Python type."""
    with _quiet_rdflib():
        literal = Literal(lexical, datatype=datatype)
    expected = PYTHON_TYPES.get(datatype)
    return not literal.ill_typed and (expected is None or isinstance(literal.value, expected))


def ill_typed_literal(node: Node, datatype: URIRef) -> bool:
    return isinstance(node, Literal) and node.datatype == datatype and not well_typed(str(node), datatype)


def rdflib_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
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


def exceeds(value: Node, other: Node) -> bool:
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
