"""TriG and Turtle text from sorted quads, laid out as rdflib lays it out.

    @prefix iq: <https://w3id.org/iqgraph/ontology#> .      only the prefixes in use, sorted

    <subject> a iq:Class,                                   subjects sorted; rdf:type first, as `a`
            schema:Thing ;                                  then the predicates in IRI order
        dcterms:title "Titel"@de .

A prefixed name is written only where its local part is a valid Turtle name (no `/`, no trailing `.`,
…); otherwise the full `<IRI>`. Typed literals always take the long form, `"5"^^xsd:integer`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import groupby
from operator import itemgetter

from .quads import RDF_TYPE, Names, Quad


def trig_chunks(graphs: dict[str, list[Quad]], names: Names) -> Iterator[str]:
    """The dataset as TriG from `ntriples.by_graph`: the default graph first, then each named graph."""
    turtle = TurtleNames(names)
    body: list[str] = []
    for g, triples in graphs.items():
        if body:
            body.append("\n")
        if g:
            body.append(f"{turtle[g]} {{\n")
            body.extend(_subject_blocks(triples, turtle, "    "))
            body.append("}\n")
        else:
            body.extend(_subject_blocks(triples, turtle, ""))
    yield from turtle.prefix_lines()
    yield from body


def turtle_chunks(quads: Sequence[Quad], names: Names) -> Iterator[str]:
    """The triples of every graph merged into one graph, as Turtle."""
    turtle = TurtleNames(names)
    distinct = (triple for triple, _ in groupby(quads, itemgetter(0, 1, 2)))
    body = list(_subject_blocks(distinct, turtle, ""))
    yield from turtle.prefix_lines()
    yield from body


def _subject_blocks(triples: Iterable[Sequence[str]], names: TurtleNames, indent: str) -> Iterator[str]:
    """One block per subject, blank lines between; `triples` sorted by subject, predicate, object."""
    more_objects, more_predicates, blank = f",\n{indent}        ", f" ;\n{indent}    ", "\n"
    for n, (s, by_subject) in enumerate(groupby(triples, itemgetter(0))):
        groups = [(p, [names[t[2]] for t in by_p]) for p, by_p in groupby(by_subject, itemgetter(1))]
        groups.sort(key=lambda group: group[0] != RDF_TYPE)  # stable: `a` first, the rest in order
        lines = [
            f"{'a' if p == RDF_TYPE else names[p]} {more_objects.join(objects)}" for p, objects in groups
        ]
        yield f"{blank if n else ''}{indent}{names[s]} {more_predicates.join(lines)} .\n"


class TurtleNames(dict[str, str]):
    """N-Triples text -> Turtle text (`names[text]`), remembering the prefixes used.

    A dict, so a known IRI costs one lookup in C; a literal is worked out on each use and not kept.
    """

    def __init__(self, names: Names) -> None:
        super().__init__()
        self.names = names
        self.used: set[str] = set()

    def __missing__(self, text: str) -> str:
        if text[0] == "<":
            found = self[text] = self._name(text)
            return found
        if text[0] == '"' and text[-1] == ">":  # a typed literal: its datatype may get a name
            head, _, datatype = text.rpartition("^^")
            return f"{head}^^{self[datatype]}"
        return text  # a plain or language-tagged literal, or a blank node: the same in Turtle

    def _name(self, text: str) -> str:
        split = self.names.split(text[1:-1])
        if split is None or not _PN_LOCAL.fullmatch(split[1]):
            return text
        self.used.add(split[0])
        return f"{split[0]}:{split[1]}"

    def prefix_lines(self) -> Iterator[str]:
        for prefix in sorted(self.used):
            yield f"@prefix {prefix}: <{self.names.namespaces[prefix]}> .\n"
        if self.used:
            yield "\n"


# Turtle's PN_LOCAL without its escapes, `%` and `:` (allowed, but some parsers stumble on them).
_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d\u2070-\u218f"
    "\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_CHARS = f"{_BASE}_\\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PN_LOCAL = re.compile(f"(?:[{_BASE}_0-9](?:[{_CHARS}.]*[{_CHARS}])?)?")
