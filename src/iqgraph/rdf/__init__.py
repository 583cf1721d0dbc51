"""RDF stage: the namespaces, the graph of a build (resolved entities -> quads, a named graph per release),
the sorted quads every dump is made from, and the TriG/Turtle/N-Quads/JSON-LD writers."""
