"""rdflib terms as N-Triples text, the sorted quads every dump is written from, and prefixed names.

Literals escape `"`, `\\` and every control character, and also U+0085, U+2028 and U+2029, which some
line-based tools (Python's `str.splitlines`) take for line ends. An IRI holding a character no IRI may
hold (a space or `"` in a release's `source:`) is written percent-encoded, as a browser would send it:
N-Triples has no other way to write it, and Oxigraph would refuse the whole load.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF
from rdflib.term import Node

from ..errors import OutputError

# One quad as N-Triples term texts: subject, predicate, object, graph ("" for the default graph).
Quad = tuple[str, str, str, str]

RDF_TYPE = f"<{RDF.type}>"


def sorted_quads(ds: Dataset) -> list[Quad]:
    """Every quad of `ds` as N-Triples texts, in the order of sorted N-Quads lines."""
    text = TermText()
    iris, graphs = text.iris, text.contexts
    quads: list[Quad] = []
    # The store's own iterator: Dataset.quads() compares every graph with the default graph in Python.
    # The IRI cache is looked up here rather than in TermText.__call__: a call costs as much as the lookup.
    for (s, p, o), contexts in ds.store.triples((None, None, None), None):
        st = iris.get(str(s)) if type(s) is URIRef else None
        pt = iris.get(str(p)) if type(p) is URIRef else None
        ot = iris.get(str(o)) if type(o) is URIRef else None
        st, pt, ot = st or text(s), pt or text(p), ot or text(o)
        for context in contexts:
            found = graphs.get(id(context))
            quads.append((st, pt, ot, found[1] if found else text.graph(context)))
    return sort_quads(quads)


def sort_quads(quads: Iterable[Quad]) -> list[Quad]:
    """`quads` in the order of sorted N-Quads lines, each once.

    Tuples of term texts sort as the lines would: no term's text followed by a space starts another
    term's, and the default graph's "" sorts first as its shorter line does.
    """
    by_subject = _grouped(quads, 0)
    # Sorting the subjects, then each subject's few quads, beats one sort of millions of tuples whose
    # comparisons wander all over memory (10,000 releases, 3.4 M quads: 8 s for the one sort, 5 s this way).
    ordered: list[Quad] = []
    for subject in sorted(by_subject):
        of_subject = by_subject[subject]
        of_subject.sort()
        previous = None
        for quad in of_subject:
            if quad != previous:
                ordered.append(quad)
            previous = quad
    return ordered


@dataclass
class Quads:
    """A dataset as the text of its quads, sorted as N-Quads lines and without repeats, and the prefixes
    its dumps use: what the build writes its dumps and store from."""

    sorted: list[Quad]
    namespaces: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, ds: Dataset) -> Quads:
        return cls(sorted_quads(ds), {prefix: str(ns) for prefix, ns in ds.namespaces()})

    def __len__(self) -> int:
        return len(self.sorted)

    def triple_count(self) -> int:
        """Distinct triples over all graphs (a triple in two graphs counts once)."""
        count, previous = 0, None
        for s, p, o, _ in self.sorted:  # a triple's quads are next to each other in this order
            if (s, p, o) != previous:
                count += 1
                previous = (s, p, o)
        return count

    def nquads(self, graphs: set[str] | None = None) -> Iterator[str]:
        """The N-Quads lines, of all graphs or of those named (by IRI text, "" the default graph)."""
        for s, p, o, g in self.sorted:
            if graphs is None or g in graphs:
                yield f"{s} {p} {o} {g} .\n" if g else f"{s} {p} {o} .\n"

    def dataset(self) -> Dataset:
        """The quads as an rdflib Dataset (read from their N-Quads; slow for millions of quads)."""
        ds = Dataset()
        for prefix, ns in self.namespaces.items():
            ds.bind(prefix, ns, override=True, replace=True)
        ds.parse(data="".join(self.nquads()), format="nquads")
        return ds


def by_graph(quads: Iterable[Quad]) -> dict[str, list[Quad]]:
    """The quads of each graph, keeping their order; the default graph ("") first, then by IRI."""
    graphs = _grouped(quads, 3)
    return {g: graphs[g] for g in sorted(graphs)}


def _grouped(quads: Iterable[Quad], position: int) -> dict[str, list[Quad]]:
    """The quads by their term at `position` (0 subject … 3 graph), in the order met."""
    groups: dict[str, list[Quad]] = {}
    for quad in quads:
        found = groups.get(quad[position])
        if found is None:  # a get and an insert: faster than setdefault's new list per quad
            found = groups[quad[position]] = []
        found.append(quad)
    return groups


class TermText:
    """rdflib terms -> N-Triples text, each IRI's made once.

    The cache is keyed by plain strings: rdflib terms compare equal in Python code, which costs more than
    the work the cache saves, and the store holds many equal but distinct term objects.
    """

    def __init__(self) -> None:
        self.iris: dict[str, str] = {}
        self.contexts: dict[int, tuple[Graph | None, str]] = {}

    def __call__(self, term: Node) -> str:
        if isinstance(term, URIRef):
            key = str(term)
            found = self.iris.get(key)
            if found is None:
                found = self.iris[key] = iri_text(key)
            return found
        if isinstance(term, Literal):
            return self.literal(term)
        if isinstance(term, BNode):
            return f"_:{term}"
        raise OutputError(
            f"cannot write {term!r} to a dump: only IRIs, literals and blank nodes have a syntax"
        )

    def literal(self, term: Literal) -> str:
        datatype = None if term.datatype is None else self(term.datatype)
        return literal_text(str(term), term.language, datatype)

    def graph(self, context: Graph | None) -> str:
        """The graph's label, "" for the default graph; cached by the context object, which it keeps."""
        name = (
            ""
            if context is None or context.identifier == DATASET_DEFAULT_GRAPH_ID
            else self(context.identifier)
        )
        self.contexts[id(context)] = (context, name)  # holding it, no other object can take its id
        return name


_LITERAL_ESCAPE = re.compile('[\x00-\x1f"\\\\\x7f\x85\u2028\u2029]')
_ECHAR = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_UNESCAPE = re.compile(r"\\(?:u([0-9A-F]{4})|(.))")
_UNECHAR = {v[1]: k for k, v in _ECHAR.items()}
# What N-Triples forbids in an IRI, the C1 controls no IRI may hold, and a `%` that starts no escape.
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f-\x9f]|%(?![0-9A-Fa-f]{2})')


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _ECHAR.get(char) or f"\\u{ord(char):04X}"


def literal_text(lexical: str, lang: str | None = None, datatype: str | None = None) -> str:
    """A literal's N-Triples text; `datatype` is the datatype IRI's text (`<…>`)."""
    if _LITERAL_ESCAPE.search(lexical):
        lexical = _LITERAL_ESCAPE.sub(_escape, lexical)
    if lang:
        return f'"{lexical}"@{lang}'
    if datatype is None:
        return f'"{lexical}"'
    return f'"{lexical}"^^{datatype}'


def iri_text(iri: str) -> str:
    return f"<{_percent_encoded(iri)}>"


def _percent_encoded(iri: str) -> str:
    if _IRI_UNSAFE.search(iri):
        return _IRI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), iri)
    return iri


def iri_problem(iri: str) -> str | None:
    """Why `iri`, with spaces and other unsafe characters percent-encoded as `iri_text` writes it, is still
    no absolute IRI (RFC 3987) that the store would load ("a[1]", a second "#", a port that is no number,
    private-use characters), or None. Checked by Oxigraph itself: rdflib writes what Oxigraph refuses."""
    import pyoxigraph as ox

    try:
        ox.NamedNode(_percent_encoded(iri))
    except ValueError as exc:
        return str(exc)
    return None


def literal_parts(text: str) -> tuple[str, str | None, str | None]:
    """A literal's N-Triples text -> its lexical form, language tag and datatype (as IRI text)."""
    close = text.rindex('"')
    body, suffix = text[1:close], text[close + 1 :]
    if "\\" in body:
        body = _UNESCAPE.sub(lambda m: chr(int(m[1], 16)) if m[1] else _UNECHAR[m[2]], body)
    if suffix.startswith("@"):
        return body, suffix[1:], None
    return body, None, suffix[2:] or None


class Names:
    """Prefixed names: the longest bound namespace an IRI starts with.

    Only namespaces ending in `/` or `#` count: JSON-LD 1.1 takes no other term as a prefix, and then
    a local part never holds a `/` or `#`, so the longest namespace is the only one that can give a
    valid Turtle name.
    """

    def __init__(self, namespaces: Mapping[str, str]) -> None:
        usable = {p: str(ns) for p, ns in namespaces.items() if _PREFIX.fullmatch(p) and str(ns)[-1:] in "/#"}
        self.prefixes: dict[str, str] = {}  # namespace -> prefix; the first prefix in sort order wins
        for prefix in sorted(usable):
            self.prefixes.setdefault(usable[prefix], prefix)
        self.namespaces = {prefix: ns for ns, prefix in self.prefixes.items()}
        longest_first = sorted(self.prefixes, key=lambda ns: (-len(ns), ns))
        self._pattern = re.compile("|".join(map(re.escape, longest_first))) if longest_first else None

    def split(self, iri: str) -> tuple[str, str] | None:
        """(prefix, local part) of `iri`, or None when no namespace fits."""
        match = self._pattern.match(iri) if self._pattern else None
        return (self.prefixes[match.group()], iri[match.end() :]) if match else None


# Prefixes both Turtle and JSON-LD read as names: ASCII letters first, no dots.
_PREFIX = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
