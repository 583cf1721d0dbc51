"""Parameters as people type them -> the RDF terms a named query is bound to.

A named query's header says what each parameter stands for (`# param: person: iq:Person — …`):

    iq:Person, iq:Ministry iq:Agency …   an entity of one of these classes, found by its name
    entity                               an entity of any class, found by its name
    relation                             a relation or count of the ontology ("fundedBy", "iq:fundedBy", its IRI)
    publisher                            a publisher as the releases name it
    year                                 a year, e.g. 2019
    term (or no kind)                    the value as typed: an IRI for `<…>`, `http…` or `iq:…`, an
                                         integer for digits, else a German literal (query files of
                                         one's own, written before parameters had kinds)

A name is looked up in the store as typed and in the usual capitalisations ("alev deniz", "bmas"): one
exact match is the answer. Else every name of the wanted classes is compared without case, accents and
hyphens, then as a unique part of a name ("Deniz", "Landesnetzwerk Berlin"); an unknown name is a
`ParameterError` suggesting the closest names, an ambiguous one lists what it could mean. An IRI (`<…>`,
`http…`, `iq:…`) is taken as it is. What the user typed only ever reaches the store as a literal in a
VALUES block (`lookups/*.rq`), never as query text.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from ..errors import ParameterError
from ..rdf.namespaces import IQ, PREFIXES
from ..rdf.quads import iri_problem, iri_text
from ..vocab import ENTITY_CLASSES, RELATIONS
from .embedded import QueryResult
from .query_shape import with_values

Ask = Callable[[str], QueryResult]  # runs a SELECT on the store the named query goes to
KINDS = ("entity", "relation", "publisher", "year", "term")
# What `which-sentence-says` traces: the relations and the two kinds of counts.
TRACED = (*RELATIONS, "subprojectCount", "count")
SHOWN = 10  # candidates listed when a name is ambiguous


@dataclass(frozen=True)
class Resolved:
    """A parameter as bound: what was typed, the term, and what it names (for the user to check)."""

    name: str
    typed: str
    term: Node
    label: str | None = None

    def describe(self) -> str:
        shown = f"{self.label} {self.term.n3()}" if self.label else self.term.n3()
        return f'{self.name} "{self.typed}": {shown}'


def check_kind(kind: str) -> None:
    """A header's parameter kind is one of KINDS or a list of iq: entity classes."""
    if kind not in KINDS and not all(c.removeprefix("iq:") in ENTITY_CLASSES for c in kind.split()):
        raise ParameterError(f"unknown parameter kind {kind!r}: one of {', '.join(KINDS)} or iq: classes")


def resolve(name: str, kind: str, typed: str, ask: Ask, lookup: Callable[[str], str]) -> Resolved:
    """The term `typed` stands for; `lookup(name)` gives the text of `queries/lookups/<name>.rq`."""
    iri = _as_iri(typed)
    if iri is not None:
        return Resolved(name, typed, iri)
    if kind == "year":
        return Resolved(name, typed, _year(typed))
    if kind == "term":
        return Resolved(name, typed, _term(typed))
    if kind == "relation":
        return _relation(name, typed)
    if kind == "publisher":
        return _publisher(name, typed, ask, lookup("publishers"))
    classes = ENTITY_CLASSES if kind == "entity" else tuple(c.removeprefix("iq:") for c in kind.split())
    return _entity(name, typed, classes, ask, lookup)


def values_block(variable: str, terms: Iterable[Node]) -> str:
    """`VALUES ?variable { … }`, each term written with `.n3()`."""
    return f"VALUES ?{variable} {{ {' '.join(t.n3() for t in terms)} }}"


def fold(text: str) -> str:
    """A name as compared: no case, accents, hyphens, quotes or repeated spaces ("Müller-Lüdenscheidt")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[-‐–—„“”\"'‚‘’»«.,;:()/]", " ", plain).split())


def _as_iri(typed: str) -> URIRef | None:
    """`<…>`, `http…` and prefixed names (`iq:fundedBy`) name an IRI; anything else is a name."""
    if typed.startswith("<") and typed.endswith(">"):
        return _iri_term(typed[1:-1])
    if re.match(r"^https?://\S+$", typed):
        return _iri_term(typed)
    prefixed = re.fullmatch(r"([a-z][a-z0-9]*):([A-Za-z_][\w\-]*)", typed)
    if prefixed and prefixed.group(1) in PREFIXES:
        return URIRef(str(PREFIXES[prefixed.group(1)]) + prefixed.group(2))
    return None


def _iri_term(text: str) -> URIRef:
    """An IRI as the stores read it (spaces and quotes percent-encoded), or a usage error saying why not."""
    problem = iri_problem(text)
    if problem:
        raise ParameterError(f"{text!r} is not an absolute IRI ({problem}); write one as <https://…>")
    return URIRef(iri_text(text)[1:-1])


def _term(typed: str) -> Literal:
    if re.fullmatch(r"-?\d+", typed):
        return Literal(int(typed), datatype=XSD.integer)
    return Literal(typed, lang="de")


def _year(typed: str) -> Literal:
    if not re.fullmatch(r"\s*\d{4}\s*", typed):
        raise ParameterError(f"{typed!r} is not a year: write it with four digits, e.g. 2019")
    return Literal(int(typed), datatype=XSD.integer)


def _relation(name: str, typed: str) -> Resolved:
    by_fold = {fold(r): r for r in TRACED}
    found = by_fold.get(fold(typed).replace(" ", ""))
    if found is None:
        raise ParameterError(f"{name}: no relation is called {typed!r}{_suggest(typed, TRACED)}")
    return Resolved(name, typed, IQ[found], f"iq:{found}")


def _publisher(name: str, typed: str, ask: Ask, query: str) -> Resolved:
    """A publisher as typed (or capitalised) when a release names it so, else the one that fits best."""
    spelled = values_block("publisher", (Literal(v) for v in sorted(_spellings(typed))))
    exact = sorted(str(row[0]) for row in ask(with_values(query, {"publisher": spelled})).rows if row[0])
    if len(exact) == 1:
        return Resolved(name, typed, Literal(exact[0]), exact[0])
    publishers = {str(row[0]): {str(row[0])} for row in ask(query).rows if row[0] is not None}
    match = _best(typed, publishers, {p: p for p in publishers}, name, "publisher")
    return Resolved(name, typed, Literal(match), match)


def _spellings(typed: str) -> set[str]:
    """A name as typed and in the usual capitalisations: each is one index lookup for the store."""
    typed = typed.strip()
    return {typed, typed.title(), typed.upper(), typed.lower()}


def _entity(
    name: str, typed: str, classes: tuple[str, ...], ask: Ask, lookup: Callable[[str], str]
) -> Resolved:
    kinds = values_block("class", (IQ[c] for c in classes))
    spelled = values_block("name", (Literal(v, lang="de") for v in sorted(_spellings(typed))))
    exact = _entities(ask(with_values(lookup("names"), {"name": spelled, "class": kinds})))
    if len(exact) == 1:
        return _one(name, typed, exact)
    if len(exact) > 1:
        raise ParameterError(_ambiguous(name, typed, exact))
    every = _entities(ask(with_values(lookup("all-names"), {"class": kinds})), with_names=True)
    names = {e: found[2] for e, found in every.items()}
    shown = {e: f"{label} ({cls})" for e, (label, cls, _) in every.items()}
    iri = _best(typed, names, shown, name, " or ".join(classes))
    return _one(name, typed, {iri: every[iri]})


# (label, class, names) of each entity found, by IRI
_Found = dict[str, tuple[str, str, set[str]]]


def _entities(result: QueryResult, with_names: bool = False) -> _Found:
    found: _Found = {}
    for row in result.rows:
        e, label, cls = (str(x) for x in row[:3])
        entry = found.setdefault(e, (label, cls.removeprefix(str(IQ)), {label}))
        if with_names and row[3] is not None:
            entry[2].add(str(row[3]))
    return found


def _one(name: str, typed: str, found: _Found) -> Resolved:
    [(iri, (label, _, _))] = found.items()
    return Resolved(name, typed, URIRef(iri), label)


def _best(typed: str, names: dict[str, set[str]], shown: dict[str, str], param: str, what: str) -> str:
    """The one key whose names fit `typed`: equal when folded, else a whole-word part, else any part.
    `shown` is how a key is listed when several fit; `what` is what none was found of."""
    wanted = fold(typed)
    folded = {key: {fold(n) for n in ns} for key, ns in names.items()}
    word = re.compile(rf"(?<!\w){re.escape(wanted)}(?!\w)")
    for fits in (
        lambda n: n == wanted,
        lambda n: word.search(n) is not None,
        lambda n: wanted in n,
    ):
        keys = sorted(k for k, ns in folded.items() if wanted and any(fits(n) for n in ns))
        if len(keys) == 1:
            return keys[0]
        if keys:
            listed = "; ".join(sorted(shown[k] for k in keys)[:SHOWN])
            more = f" and {len(keys) - SHOWN} more" if len(keys) > SHOWN else ""
            raise ParameterError(
                f"{param}: {typed!r} fits {len(keys)}: {listed}{more}; give more of the name"
            )
    every = sorted({n for ns in names.values() for n in ns})
    raise ParameterError(f"{param}: no {what} is called {typed!r}{_suggest(typed, every)}")


def _ambiguous(name: str, typed: str, found: _Found) -> str:
    shown = "; ".join(f"{label} ({cls}) <{iri}>" for iri, (label, cls, _) in sorted(found.items())[:SHOWN])
    return f"{name}: {typed!r} names {len(found)} entities: {shown}; give the IRI instead"


def _suggest(typed: str, names: Iterable[str]) -> str:
    by_fold: dict[str, str] = {}
    for n in names:
        by_fold.setdefault(fold(n), n)
    close = difflib.get_close_matches(fold(typed), list(by_fold), n=3, cutoff=0.6)
    return f"; did you mean {' or '.join(repr(by_fold[c]) for c in close)}?" if close else ""
