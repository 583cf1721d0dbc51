"""What queries and pushes to a remote store share: the User-Agent, the credentials from the environment,
the check of an endpoint's URL, and the messages for HTTP and network failures.

Credentials come only from the environment, never from arguments, URLs or logs:

    IQGRAPH_ENDPOINT_USER, IQGRAPH_ENDPOINT_PASSWORD   sent only when both are set
    IQGRAPH_ENDPOINT_AUTH                              basic (default) or digest

E.g. a 401 from http://127.0.0.1:8890/sparql without credentials reads "http://127.0.0.1:8890/sparql answered
HTTP 401 Unauthorized (set IQGRAPH_ENDPOINT_USER and IQGRAPH_ENDPOINT_PASSWORD; IQGRAPH_ENDPOINT_AUTH=digest
for Virtuoso)".
"""

from __future__ import annotations

import os
import re
import socket
import urllib.error
import urllib.parse
from http.client import HTTPException

from ..errors import QueryError
from ..version import __version__

USER_AGENT = f"iqgraph/{__version__} (+https://w3id.org/iqgraph)"
ENV_USER, ENV_PASSWORD, ENV_AUTH = (
    "IQGRAPH_ENDPOINT_USER",
    "IQGRAPH_ENDPOINT_PASSWORD",
    "IQGRAPH_ENDPOINT_AUTH",
)
AUTH_KINDS = ("basic", "digest")

# --- credentials and HTTP errors, shared by queries and pushes ---------------------------------------


def credentials_from_env() -> tuple[str, str] | None:
    user, password = os.environ.get(ENV_USER), os.environ.get(ENV_PASSWORD)
    return (user, password) if user and password is not None else None


def auth_kind_from(explicit: str | None, default: str = "basic") -> str:
    kind = (explicit or os.environ.get(ENV_AUTH) or default).strip().lower()
    if kind not in AUTH_KINDS:
        raise QueryError(f"unknown authentication {kind!r} ({ENV_AUTH}): use basic or digest")
    return kind


def check_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.username or parts.password:
        raise QueryError(f"put credentials in {ENV_USER} and {ENV_PASSWORD}, not in the endpoint's URL")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise QueryError(f"{url!r} is not an http(s) URL of a SPARQL endpoint")
    try:
        parts.port  # noqa: B018 (reading it checks it)
    except ValueError:
        raise QueryError(f"{url!r}: the port is not a number from 1 to 65535") from None
    return url


def _first_line(body: bytes | str | None) -> str:
    """The first informative line of a server's message (HTML stripped; status-only lines skipped)."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else (body or "")
    text = re.sub(r"(?is)<(head|title|script|style)\b.*?</\1>", "", text)
    text = re.sub(r"<[^>]+>", "\n", text)
    lines = [line.strip() for line in text.splitlines()]
    useful = [line for line in lines if line and not re.match(r"^(HTTP/\S+ \d{3}\b.*|Error \w+)$", line)]
    return (useful or [""])[0][:300]


def http_message(url: str, status: int, reason: str, body: bytes | str | None) -> str:
    detail = _first_line(body)
    message = f"{url} answered HTTP {status} {reason}".rstrip()
    message += f": {detail}" if detail and detail != reason else ""
    if status == 401:
        verb = "check" if credentials_from_env() else "set"
        message += f" ({verb} {ENV_USER} and {ENV_PASSWORD}; {ENV_AUTH}=digest for Virtuoso)"
    return message


def network_message(url: str, exc: BaseException, timeout: float) -> str:
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"{url} did not answer within {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return f"cannot connect to {url}: connection refused (is the server running, and is the port right?)"
    if isinstance(reason, socket.gaierror):
        return f"cannot connect to {url}: unknown host ({reason.strerror})"
    if isinstance(reason, (ConnectionError, HTTPException)):
        return f"the connection to {url} broke: {type(reason).__name__} {reason}".rstrip()
    return f"cannot connect to {url}: {getattr(reason, 'strerror', None) or reason}"


def read(exc: urllib.error.HTTPError) -> bytes:
    try:
        return exc.read() or b""
    except (OSError, HTTPException):
        return b""
