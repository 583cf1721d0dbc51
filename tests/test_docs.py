"""The README documents what users run: every command, every exit code; the package exports what it says."""

from __future__ import annotations

import inspect
import re

import pytest

import iqgraph
from conftest import REPO
from iqgraph import cli

README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.main.commands))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"iqgraph {command}" in README


@pytest.mark.parametrize("code", [cli.EXIT_OK, cli.EXIT_SOME_FAILED, cli.EXIT_ERROR, cli.EXIT_NOT_CONFORMING])
def test_every_exit_code_is_in_the_readme(code: int) -> None:
    assert re.search(rf"^\| {code} \|", README, re.MULTILINE)


def test_the_quick_start_test_command_is_what_ci_runs() -> None:
    command = "pip install '.[test]' && python -m pytest"
    assert command in README
    assert command in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_all_is_honest() -> None:
    exported = {name for name in vars(iqgraph) if not name.startswith("_")}
    public = {name for name in exported if not inspect.ismodule(getattr(iqgraph, name))} - {"annotations"}
    lazy = set(iqgraph._LAZY)  # loaded on first use
    assert public | lazy == set(iqgraph.__all__) - {"__version__"}
    for name in lazy:
        assert getattr(iqgraph, name) is not None
