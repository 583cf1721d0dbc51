"""Every module imports alone, and the package's import graph has no cycle."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import iqgraph

PACKAGE = Path(iqgraph.__file__).resolve().parent


def _module_name(path: Path) -> str:
    parts = ("iqgraph", *path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = sorted(_module_name(p) for p in PACKAGE.rglob("*.py"))


def _import_alone(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)


@pytest.fixture(scope="module")
def package_import() -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """`import iqgraph` in a fresh interpreter, and the package modules it loads."""
    done = _import_alone("import sys, iqgraph; print(*(m for m in sys.modules if m.startswith('iqgraph')))")
    return done, set(done.stdout.split())


@pytest.mark.parametrize("module", MODULES)
def test_each_module_imports_alone(
    module: str, package_import: tuple[subprocess.CompletedProcess[str], set[str]]
) -> None:
    # `python -c "import iqgraph.a.b"` runs iqgraph/__init__.py first; a module that import loads is then taken
    # from sys.modules, so it imports alone exactly when a fresh `import iqgraph` succeeds and loads it. That
    # interpreter answers for those modules (each costs a second of regexes to start); any other gets its own.
    package, loaded = package_import
    assert package.returncode == 0, package.stderr
    if module not in loaded:
        done = _import_alone(f"import {module}")
        assert done.returncode == 0, done.stderr


def _imports(path: Path) -> set[str]:
    """The package modules `path` imports, at the top or inside functions (a lazy import is still an edge)."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            target = ".".join([*base, *([node.module] if node.module else [])])
            for alias in node.names:  # `from . import lexicon` imports a module
                found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in MODULES else target)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name in MODULES and name != module}


def _cycles() -> list[list[str]]:
    graph = {m: _imports(p) for p in PACKAGE.rglob("*.py") if (m := _module_name(p))}
    found, state = [], dict.fromkeys(graph, 0)  # 0 new, 1 on the path, 2 done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph[module]):
            if state[target] == 1:
                found.append([*path[path.index(target) :], target])
            elif state[target] == 0:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(graph):
        if state[module] == 0:
            visit(module, [module])
    return found


def test_the_import_graph_has_no_cycle() -> None:
    assert _cycles() == []
