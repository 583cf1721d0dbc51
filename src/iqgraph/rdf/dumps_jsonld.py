"""JSON-LD 1.1 text from sorted quads, exactly as `json.dumps(document, ensure_ascii=False, indent=2,
sort_keys=True)` would write the document, without building it first.

    {
      "@context": {"dcat": "http://www.w3.org/ns/dcat#", …},   every usual prefix, and any other in use
      "@graph": [                                                one node object per subject, by IRI:
        {"@id": "id:dataset", "@type": […], …},                  the default graph's nodes, and each
        {"@graph": [nodes…], "@id": "…/graph/release/…", …}      named graph under its IRI's node
      ]
    }

IRIs are compact where a prefix fits. A literal is a string (no datatype), {"@language", "@value"} or
{"@type", "@value"} with its lexical form; one value stands alone, several make a list in N-Triples order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby
from json.encoder import encode_basestring as _json  # the C encoder json.dumps uses
from operator import itemgetter

from .quads import RDF_TYPE, Names, Quad, literal_parts


def jsonld_chunks(graphs: dict[str, list[Quad]], names: Names, usual: Iterable[str]) -> Iterator[str]:
    """The dataset as JSON-LD from `ntriples.by_graph`; `usual` prefixes are in the context even when
    no IRI uses them."""
    compact = JsonNames(names)
    for quads in graphs.values():
        compact.note(quads)  # every IRI's compact form first, so the context can open the document
    default = {s: list(triples) for s, triples in groupby(graphs.get("", []), itemgetter(0))}
    named = {g: quads for g, quads in graphs.items() if g}
    yield f'{{\n  "@context": {compact.context(usual)},\n  "@graph": ['
    nodes = sorted(default.keys() | named.keys())
    for n, node in enumerate(nodes):  # one node at a time: the document can be larger than the quads
        yield ",\n    " if n else "\n    "
        yield _node(node, default.get(node, []), compact, "    ", named.get(node))
    yield "\n  ]\n}\n" if nodes else "]\n}\n"


def _node(
    node: str, triples: list[Quad], compact: JsonNames, pad: str, graph: list[Quad] | None = None
) -> str:
    """One node object, its braces at indentation `pad`; a named graph's nodes under its `@graph`."""
    inner = pad + "  "
    members = _members(node, triples, compact, inner)
    if graph is not None:
        nested = inner + "  "
        nodes = [nested + _node(s, list(of_s), compact, nested) for s, of_s in groupby(graph, itemgetter(0))]
        members.append(("@graph", _list(nodes, inner)))
    members.sort()  # the order of json.dumps(sort_keys=True)
    return "{\n" + ",\n".join(f"{inner}{_json(key)}: {value}" for key, value in members) + f"\n{pad}}}"


def _members(node: str, triples: list[Quad], compact: JsonNames, pad: str) -> list[tuple[str, str]]:
    """(key, value) of a node's members; `pad` is the indentation of the keys."""
    members = [("@id", _json(compact[node]))]
    item = pad + "  "
    for p, by_p in groupby(triples, itemgetter(1)):
        objects = [t[2] for t in by_p]
        if p == RDF_TYPE:  # IRIs go under @type; a literal (odd, but legal) stays an rdf:type value
            types = [f"{item}{_json(compact[o])}" for o in objects if o[0] != '"']
            objects = [o for o in objects if o[0] == '"']
            if types:
                members.append(("@type", _list(types, pad) if len(types) > 1 else types[0].lstrip()))
            if not objects:
                continue
        if len(objects) == 1:
            members.append((compact[p], compact.value(objects[0], pad)))
        else:
            members.append((compact[p], _list([item + compact.value(o, item) for o in objects], pad)))
    return members


def _list(items: list[str], pad: str) -> str:
    """A JSON array of `items`, each already indented; `pad` is the indentation of its brackets."""
    return "[\n" + ",\n".join(items) + f"\n{pad}]"


class JsonNames(dict[str, str]):
    """N-Triples text of an IRI or blank node -> JSON-LD compact IRI (`compact[text]`), remembering the
    prefixes used; and objects as JSON-LD values."""

    def __init__(self, names: Names) -> None:
        super().__init__()
        self.names = names
        self.used: set[str] = set()

    def __missing__(self, text: str) -> str:
        found = self[text] = self._compact(text)
        return found

    def _compact(self, text: str) -> str:
        if text[0] != "<":
            return text  # a blank node, `_:label` in both syntaxes
        iri = text[1:-1]
        split = self.names.split(iri)
        if split is None or split[1].startswith("//"):  # JSON-LD reads `p://…` as an absolute IRI
            return iri
        self.used.add(split[0])
        return f"{split[0]}:{split[1]}"

    def note(self, quads: Iterable[Quad]) -> None:
        """Compact every IRI the quads will show (and so learn the prefixes used), as `_node` will."""
        for s, p, o, g in quads:
            self[s]
            if p != RDF_TYPE or o[0] == '"':  # rdf:type becomes `@type`, unless its value is a literal
                self[p]
            if o[0] != '"':
                self[o]
            elif o[-1] == ">":  # a typed literal: its datatype is shown compact
                self[o[o.rindex('"^^') + 3 :]]
            if g:
                self[g]

    def value(self, text: str, pad: str) -> str:
        """An object as a JSON-LD value, its braces at indentation `pad`."""
        if text[0] != '"':
            return f'{{\n{pad}  "@id": {_json(self[text])}\n{pad}}}'
        lexical, language, datatype = literal_parts(text)
        if language:
            return f'{{\n{pad}  "@language": {_json(language)},\n{pad}  "@value": {_json(lexical)}\n{pad}}}'
        if datatype:
            return f'{{\n{pad}  "@type": {_json(self[datatype])},\n{pad}  "@value": {_json(lexical)}\n{pad}}}'
        return _json(lexical)

    def context(self, usual: Iterable[str]) -> str:
        prefixes = sorted({p for p in usual if p in self.names.namespaces} | self.used)
        if not prefixes:
            return "{}"
        entries = ",\n".join(f"    {_json(p)}: {_json(self.names.namespaces[p])}" for p in prefixes)
        return "{\n" + entries + "\n  }"
