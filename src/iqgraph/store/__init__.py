"""Store stage: the embedded Oxigraph store of a build, the named queries (`queries/*.rq`) and their
parameter binding, result formats, and remote SPARQL endpoints (query, push, serve)."""
