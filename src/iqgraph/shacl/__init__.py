"""Validation stage: the report types, validation with pySHACL, and the same shapes compiled into SPARQL
for the embedded store (split by constraint family)."""
