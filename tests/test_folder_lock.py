"""One build per output folder at a time, queries not during a build, and nothing half-written left behind
by a build that was killed: real processes hold the lock and are killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SEED
from iqgraph.cli import main
from iqgraph.folder_lock import LOCK_FILE

HOLD = """
import sys, time
from pathlib import Path
from iqgraph.folder_lock import writing
with writing(Path(sys.argv[1])):
    print("holding", flush=True)
    time.sleep(60)
"""


@pytest.fixture
def built(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(SEED), "--out", str(out), "--no-view"]).exit_code == 0
    return out


@pytest.fixture
def held(built: Path) -> Iterator[Path]:
    """The build folder while another process holds it as a build does."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(built)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        yield built
    finally:
        holder.kill()
        holder.communicate()


def test_a_second_build_into_a_folder_being_built_is_refused_and_changes_nothing(held: Path) -> None:
    before = {f.name: f.read_bytes() for f in held.iterdir() if f.is_file() and f.name != LOCK_FILE}
    result = CliRunner().invoke(main, ["build", str(SEED), "--out", str(held), "--no-view"])
    assert result.exit_code == 2, result.output
    assert "another iqgraph process is using this folder (build, pid" in result.stderr
    assert "another --out" in result.stderr and "Traceback" not in result.output
    assert {f.name: f.read_bytes() for f in held.iterdir() if f.is_file() and f.name != LOCK_FILE} == before


def test_a_query_while_a_build_writes_is_refused_with_a_reason(held: Path) -> None:
    result = CliRunner().invoke(main, ["query", "--store", str(held), "ASK { ?s ?p ?o }"])
    assert result.exit_code == 2, result.output
    assert "a build is writing this folder now" in result.stderr


def test_the_lock_goes_with_a_killed_build(built: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(built)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    holder.send_signal(signal.SIGKILL)
    holder.communicate()
    result = CliRunner().invoke(main, ["build", str(SEED), "--out", str(built), "--no-view"])
    assert result.exit_code == 0, result.output
    query = CliRunner().invoke(main, ["query", "--store", str(built), "--format", "csv", "ASK { ?s ?p ?o }"])
    assert query.exit_code == 0 and query.stdout.strip() == "true"


KILLED_WRITER = """
import os, sys, time
from pathlib import Path
from iqgraph.rdf import dumps
target = Path(sys.argv[1])
def slow():
    for i in range(600):
        yield f"line {i}\\n"
        time.sleep(0.01)
def work():
    (target.parent / "child.pid").write_text(str(os.getpid()))
    dumps._write(target, slow())
dumps._forked(work)
time.sleep(60)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:  # a zombie is dead, only not yet reaped
        return stat.read().split(") ")[-1][0] != "Z"


@pytest.mark.skipif(sys.platform != "linux", reason="the dump writer is forked on Linux only")
def test_a_forked_dump_writer_dies_with_its_killed_build_and_leaves_no_dump(tmp_path: Path) -> None:
    target = tmp_path / "iqgraph.ttl"
    parent = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(target)])
    pid_file = tmp_path / "child.pid"
    for _ in range(200):
        if pid_file.is_file() and pid_file.read_text():
            break
        time.sleep(0.05)
    child = int(pid_file.read_text())
    time.sleep(0.3)  # the child is writing its temporary now
    assert [p.name for p in tmp_path.glob(".iqgraph.ttl.*.partial")]
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    for _ in range(40):
        if not _alive(child):
            break
        time.sleep(0.05)
    assert not _alive(child), "the dump writer outlived its build"
    assert not target.exists()  # only a whole dump is ever renamed into place


def test_a_build_removes_the_temporaries_a_killed_build_left(built: Path) -> None:
    stale = built / ".iqgraph.ttl.99999.partial"
    stale.write_text("cut off in the middle", encoding="utf-8")
    assert CliRunner().invoke(main, ["build", str(SEED), "--out", str(built), "--no-view"]).exit_code == 0
    assert not stale.exists()
