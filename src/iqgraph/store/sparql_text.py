"""What a SPARQL text is, read from its tokens rather than grepped from its lines.

Strings, IRIs and comments are blanked first (a "#" inside an IRI is no comment, "DROP" inside a string
no keyword); then an update is told by the first keyword after the prologue, and a SERVICE call by the
keyword where a graph pattern may hold it (not `?service`, not `ex:SERVICE`). rdflib's parser would say
the same but takes 60-800 ms per named query; this takes microseconds.
"""

from __future__ import annotations

import re

# Strings, IRIs and comments, whichever starts first.
_TOKENS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|<[^<>\s"{}|^`\\]*>|#[^\n]*'
)
_PROLOGUE = re.compile(r"(?:\s*(?:PREFIX\s+(?:[A-Za-z][\w.-]*)?:|BASE\b))*\s*", re.IGNORECASE)
_UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
)
_FIRST_WORD = re.compile(r"([A-Za-z]+)(?![\w:-])")
_FORM = re.compile(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\b", re.IGNORECASE)
_SERVICE = re.compile(r"(?<![\w?$:.-])SERVICE(?![\w:-])", re.IGNORECASE)


def blanked(text: str) -> str:
    """`text` with every string, IRI and comment replaced by spaces of the same length (offsets kept)."""
    return _TOKENS.sub(lambda m: " " * len(m.group(0)), text)


def prologue_end(body: str) -> int:
    """Where the PREFIX and BASE declarations of a blanked text end (its comments are blanks already)."""
    return _PROLOGUE.match(body).end()  # type: ignore[union-attr]  # the pattern matches the empty string


def is_update(text: str) -> bool:
    """Whether `text` is a SPARQL update (INSERT, DELETE, LOAD, CLEAR, CREATE, DROP, COPY, MOVE, ADD, WITH)."""
    body = blanked(text)
    first = _FIRST_WORD.match(body, prologue_end(body))
    return first is not None and first.group(1).upper() in _UPDATE_KEYWORDS


def calls_service(text: str) -> bool:
    """Whether `text` has a SERVICE pattern: run here, it would send requests to another server."""
    return _SERVICE.search(blanked(text)) is not None


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first such keyword outside IRIs, strings and comments."""
    found = _FORM.search(blanked(text))
    return found.group(1).upper() if found else "SELECT"
