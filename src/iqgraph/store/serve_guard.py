"""The front door of `iqgraph serve`: every request passes here before it reaches the Oxigraph server.

The Oxigraph server answers SERVICE patterns by calling the servers they name, so a query sent to
`serve` could make this machine send requests anywhere. The guard reads the query the way the SPARQL 1.1
Protocol carries it (`?query=`, a form's `query`, an `application/sparql-query` body), refuses updates
and SERVICE calls with 403 and one line saying why (SERVICE only with --allow-service), and passes
everything else on to the server, which listens on another loopback port, and its answer back unchanged.
"""

from __future__ import annotations

import http.server
import threading
import urllib.error
import urllib.parse
import urllib.request
from email.message import Message
from http.client import HTTPException
from pathlib import Path

from ..publish.conneg import answer as site_answer
from .sparql_text import calls_service, is_update

_FORWARDED_HEADERS = ("Accept", "Content-Type", "User-Agent", "Accept-Language")
_ANSWER_HEADERS = ("Content-Type", "Content-Disposition", "Vary")
_ENDPOINT_PATHS = ("/query", "/update", "/store")
_SLACK = 5.0  # seconds the guard waits beyond the server's own query time limit


class QueryGuard(http.server.ThreadingHTTPServer):
    """Listens on (host, port) and forwards what it allows to `upstream` (the server's base URL)."""

    daemon_threads = True

    def __init__(
        self,
        host: str,
        port: int,
        upstream: str,
        timeout: float,
        allow_service: bool,
        site: Path | None = None,
    ) -> None:
        super().__init__((host, port), _Guard)
        self.upstream, self.query_seconds, self.allow_service = upstream.rstrip("/"), timeout, allow_service
        self.site = site  # a published site: its files and entity IRIs are served beside the endpoint
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        if self._thread.is_alive():  # shutdown() waits for a serve_forever loop that may never have run
            self.shutdown()
        self.server_close()


def _is_endpoint(path: str) -> bool:
    """The Oxigraph server's own paths: the query and update endpoints and the Graph Store."""
    return urllib.parse.urlsplit(path).path.rstrip("/") in _ENDPOINT_PATHS


class _Guard(http.server.BaseHTTPRequestHandler):
    server: QueryGuard
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        if self.server.site is not None and not _is_endpoint(self.path):
            found = site_answer(self.server.site, self.path, self.headers.get("Accept"))
            self.send_response(found.status)
            for name, value in found.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(found.body)))
            self.end_headers()
            self.wfile.write(found.body)
            return
        self._pass_on(None)

    def do_POST(self) -> None:  # noqa: N802
        self._pass_on(self.rfile.read(int(self.headers.get("Content-Length") or 0)))

    def _pass_on(self, body: bytes | None) -> None:
        refusal = self._refusal(body)
        if refusal:
            self._answer(403, "text/plain; charset=utf-8", refusal.encode())
            return
        request = urllib.request.Request(self.server.upstream + self.path, data=body, method=self.command)
        for name in _FORWARDED_HEADERS:
            if self.headers.get(name):
                request.add_header(name, self.headers[name])
        try:
            with urllib.request.urlopen(request, timeout=self.server.query_seconds + _SLACK) as response:
                self._answer(response.status, None, response.read(), response.headers)
        except urllib.error.HTTPError as exc:
            with exc:
                self._answer(exc.code, None, exc.read(), exc.headers)
        except (OSError, HTTPException) as exc:
            self._answer(
                502, "text/plain; charset=utf-8", f"the store behind this endpoint failed: {exc}".encode()
            )

    def _refusal(self, body: bytes | None) -> str | None:
        """Why this request may not pass (an update, a SERVICE call), or None."""
        url = urllib.parse.urlsplit(self.path)
        if url.path.rstrip("/").endswith("/update"):
            return "this endpoint only reads: updates are refused"
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        fields = urllib.parse.parse_qs(url.query)
        if body is not None and content_type == "application/x-www-form-urlencoded":
            fields = {**fields, **urllib.parse.parse_qs(body.decode("utf-8", "replace"))}
        if "update" in fields or content_type == "application/sparql-update":
            return "this endpoint only reads: updates are refused"
        texts = list(fields.get("query", []))
        if body is not None and content_type == "application/sparql-query":
            texts.append(body.decode("utf-8", "replace"))
        for text in texts:
            if is_update(text):
                return "this endpoint only reads: updates are refused"
            if calls_service(text) and not self.server.allow_service:
                return "SERVICE is refused here: it would send requests from this server to others"
        return None

    def _answer(
        self, status: int, content_type: str | None, payload: bytes, headers: Message | None = None
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name in _ANSWER_HEADERS if headers is not None else ():
            if headers.get(name):  # type: ignore[union-attr]
                self.send_header(name, headers[name])  # type: ignore[index]
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:  # a served endpoint logs nothing to the terminal
        pass
