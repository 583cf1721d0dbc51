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

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import groupby
from json.encoder import encode_basestring as _json  # the C encoder json.dumps uses
from operator import itemgetter

from .ntriples import RDF_TYPE, Names, Quad, by_graph, literal_parts


def jsonld_chunks(quads: Sequence[Quad], names: Names, usual: Iterable[str]) -> Iterator[str]:
    """The dataset as JSON-LD; `usual` prefixes are in the context even when no IRI uses them."""
    compact = JsonNames(names)
    graphs = by_graph(quads)
    default = {s: list(triples) for s, triples in groupby(graphs.pop("", []), itemgetter(0))}
    body: list[str] = []
    for n, node in enumerate(sorted(default.keys() | graphs.keys())):
        body.append(",\n    " if n else "\n    ")
        body.extend(_node(node, default.get(node, []), graphs.get(node), compact, "    "))
    yield f'{{\n  "@context": {compact.context(usual)},\n  "@graph": ['
    yield from body
    yield "\n  ]\n}\n" if body else "]\n}\n"


def _node(
    node: str, triples: list[Quad], graph: list[Quad] | None, compact: JsonNames, pad: str
) -> Iterator[str]:
    """One node object, `pad` being the indentation of its braces; a named graph's nodes under `@graph`."""
    inner = pad + "  "
    yield "{\n"
    if graph is not None:  # "@graph" sorts before "@id", "@type" and every name
        nested = inner + "  "
        yield f'{inner}"@graph": ['
        for n, (s, triples_of_s) in enumerate(groupby(graph, itemgetter(0))):
            yield f",\n{nested}" if n else f"\n{nested}"
            yield from _node(s, list(triples_of_s), None, compact, nested)
        yield f"\n{inner}],\n"
    members = sorted(_members(node, triples, compact, inner))
    yield ",\n".join(f"{inner}{_json(key)}: {value}" for key, value in members)
    yield f"\n{pad}}}"


def _members(node: str, triples: list[Quad], compact: JsonNames, pad: str) -> Iterator[tuple[str, str]]:
    yield "@id", _json(compact(node))
    for p, by_p in groupby(triples, itemgetter(1)):
        objects = [t[2] for t in by_p]
        if p == RDF_TYPE:  # IRIs go under @type; a literal (odd, but legal) stays an rdf:type value
            types = [o for o in objects if o[0] != '"']
            objects = [o for o in objects if o[0] == '"']
            if types:
                yield "@type", _values(types, pad, lambda o, _: _json(compact(o)))
            if not objects:
                continue
        yield compact(p), _values(objects, pad, compact.value)


def _values(objects: list[str], pad: str, render: Callable[[str, str], str]) -> str:
    """One value, or a list of them; `pad` is the indentation of the line holding the key."""
    if len(objects) == 1:
        return render(objects[0], pad)
    item = pad + "  "
    return "[\n" + ",\n".join(item + render(o, item) for o in objects) + f"\n{pad}]"


class JsonNames:
    """N-Triples text -> JSON-LD compact IRIs and values, remembering the prefixes used."""

    def __init__(self, names: Names) -> None:
        self.names = names
        self.used: set[str] = set()
        self._iris: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        found = self._iris.get(text)
        if found is None:
            found = self._iris[text] = self._compact(text)
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

    def value(self, text: str, pad: str) -> str:
        """An object as a JSON-LD value, its braces at indentation `pad`."""
        if text[0] != '"':
            return f'{{\n{pad}  "@id": {_json(self(text))}\n{pad}}}'
        lexical, language, datatype = literal_parts(text)
        if language:
            return f'{{\n{pad}  "@language": {_json(language)},\n{pad}  "@value": {_json(lexical)}\n{pad}}}'
        if datatype:
            return f'{{\n{pad}  "@type": {_json(self(datatype))},\n{pad}  "@value": {_json(lexical)}\n{pad}}}'
        return _json(lexical)

    def context(self, usual: Iterable[str]) -> str:
        prefixes = sorted({p for p in usual if p in self.names.namespaces} | self.used)
        if not prefixes:
            return "{}"
        entries = ",\n".join(f"    {_json(p)}: {_json(self.names.namespaces[p])}" for p in prefixes)
        return "{\n" + entries + "\n  }"
