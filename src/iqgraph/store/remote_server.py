"""Serving a build locally: the Oxigraph server read-only on a build's embedded store, behind the guard.

`serve(store)` runs the Oxigraph server (PyPI package `oxigraph`) read-only on a build's embedded store,
with `--union-default-graph`: queries see the release graphs without a `GRAPH` clause, exactly as with
the embedded store, and `GRAPH ?g { … }` still names the graph each fact is in. Updates are refused.
An Oxigraph server you start yourself (`oxigraph serve`) queries only its own default graph unless it
is started with `--union-default-graph`; pushed graphs then need `GRAPH` or `FROM`.

E.g. `with serve(Path("out"), port=7878) as server:` answers SPARQL at http://127.0.0.1:7878/query until the
block ends.
"""

from __future__ import annotations

import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from http.client import HTTPException
from pathlib import Path
from types import TracebackType
from typing import IO

from ..child_processes import die_with
from ..errors import ServerError
from .embedded import STORE_DIR
from .serve_guard import QueryGuard


class ServerProcess:
    """A running `oxigraph serve-read-only`; `.url` is its query endpoint; stops on `.stop()` or `with` exit."""

    def __init__(
        self, process: subprocess.Popen[bytes], url: str, log: IO[bytes], guard: QueryGuard | None = None
    ) -> None:
        self.process, self.url, self._log, self.guard = process, url, log, guard

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def running(self) -> bool:
        return self.process.poll() is None

    def wait(self) -> int:
        """Block until the server ends (Ctrl-C raises KeyboardInterrupt here)."""
        return self.process.wait()

    def stop(self, timeout: float = 5) -> None:
        """SIGTERM, then SIGKILL if it has not ended after `timeout` seconds."""
        if self.guard is not None:
            self.guard.stop()
            self.guard = None
        if self.running():
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()

    def log_tail(self) -> str:
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace").strip()[-2000:]


def oxigraph_binary() -> Path:
    """The `oxigraph` server of this Python environment, else the one on PATH."""
    name = "oxigraph.exe" if os.name == "nt" else "oxigraph"
    beside = Path(sys.executable).parent / name
    found = beside if beside.is_file() else (Path(p) if (p := shutil.which("oxigraph")) else None)
    if found is None:
        raise ServerError("the Oxigraph server is not installed: pip install oxigraph")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def serve(
    store_location: Path,
    port: int | None = None,
    host: str = "127.0.0.1",
    timeout: float = 60,
    allow_service: bool = False,
    site: Path | None = None,
) -> ServerProcess:
    """Serve a build's embedded store read-only at `http://HOST:PORT/query` (release graphs without GRAPH),
    and with `site` a published site beside it, entity IRIs negotiated (publish/conneg.py).

    Requests pass a guard (serve_guard.py) that refuses updates and, unless `allow_service`, SERVICE calls;
    the Oxigraph server behind it listens on a free loopback port. A query may take `timeout` seconds, and
    the server ends with this process, however that ends."""
    location = _served_store(store_location, site)
    bind = f"127.0.0.1:{free_port('127.0.0.1')}"  # the server itself: loopback only, behind the guard
    port = port or free_port(host)
    try:
        guard = QueryGuard(host, port, f"http://{bind}", timeout, allow_service, site)
    except OSError as exc:
        raise ServerError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    log = tempfile.TemporaryFile()  # noqa: SIM115 - the ServerProcess closes it on stop()
    try:
        process = _start_read_only(location, bind, timeout, log)
    except ServerError:
        guard.stop()
        log.close()
        raise
    server = ServerProcess(process, f"http://{bind}/query", log, guard)
    _wait_until_answering(server, 5.0)  # the server itself, before the guard lets anyone in (stops both)
    guard.start()
    address = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    server.url = f"http://{address}/query"
    return server


def _served_store(store_location: Path, site: Path | None) -> Path:
    """The store folder a build left (or the folder given), checked before anything is started."""
    location = store_location / STORE_DIR if (store_location / STORE_DIR).is_dir() else store_location
    if not location.is_dir():
        raise ServerError(f"no embedded store at {store_location}: run `iqgraph build` first")
    if site is not None and not (site / "index.html").is_file():
        raise ServerError(f"no published site in {site}: run `iqgraph publish -o {site}` first")
    return location


def _start_read_only(location: Path, bind: str, timeout: float, log: IO[bytes]) -> subprocess.Popen[bytes]:
    """The Oxigraph server on `bind`, read-only, ending when this process ends."""
    binary = oxigraph_binary()
    command = [str(binary), "serve-read-only", "--location", str(location), "--bind", bind]
    command += ["--union-default-graph", "--timeout-s", str(max(1, math.ceil(timeout)))]  # whole seconds
    parent = os.getpid()
    try:
        return subprocess.Popen(
            command,
            stdout=log,
            stderr=log,
            preexec_fn=lambda: die_with(parent, signal.SIGTERM),  # noqa: PLW1509 (only a prctl call, no locks)
        )
    except OSError as exc:
        raise ServerError(f"cannot start the Oxigraph server {binary}: {exc.strerror or exc}") from exc


def _wait_until_answering(server: ServerProcess, seconds: float) -> None:
    probe = f"{server.url}?{urllib.parse.urlencode({'query': 'ASK {}'})}"
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and server.running():
        try:
            with urllib.request.urlopen(probe, timeout=1) as response:
                if response.status == 200:
                    return
        except (OSError, HTTPException):
            time.sleep(0.05)
    why = server.log_tail() if not server.running() else f"no answer within {seconds:g} s"
    server.stop()
    raise ServerError(f"the Oxigraph server did not start at {server.url}: {why or 'it exited'}")
