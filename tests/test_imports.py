"""Every module imports alone, and the package's import graph has no cycle."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
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
def imported(request: pytest.FixtureRequest) -> Iterator[Callable[[str], subprocess.CompletedProcess[str]]]:
    """`import <module>` in a fresh interpreter, or for a module that a fresh `import iqgraph` loads, that
    import: `python -c "import iqgraph.a.b"` runs iqgraph/__init__.py first and then takes a module it loaded
    from sys.modules, so such a module imports alone exactly when that one `import iqgraph` succeeds (each
    interpreter spends a second or two compiling regexes). The others start side by side, one per CPU."""
    package = _import_alone(
        "import sys, iqgraph; print(*(m for m in sys.modules if m.startswith('iqgraph')))"
    )
    loaded = set(package.stdout.split()) if package.returncode == 0 else set()
    selected = {
        item.callspec.params["module"]
        for item in request.session.items
        if isinstance(item, pytest.Function) and item.originalname == "test_each_module_imports_alone"
    }
    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        alone = {m: pool.submit(_import_alone, f"import {m}") for m in sorted(selected - loaded)}

        def result(module: str) -> subprocess.CompletedProcess[str]:
            if module in loaded:
                return package
            return alone[module].result() if module in alone else _import_alone(f"import {module}")

        yield result


@pytest.mark.parametrize("module", MODULES)
def test_each_module_imports_alone(
    module: str, imported: Callable[[str], subprocess.CompletedProcess[str]]
) -> None:
    done = imported(module)
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
