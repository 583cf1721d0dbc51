"""Every module imports alone, and the package's import graph has no cycle."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import iqgraph

PACKAGE = Path(iqgraph.__file__).resolve().parent


def _module_name(path: Path) -> str:
    parts = ("iqgraph", *path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = sorted(_module_name(p) for p in PACKAGE.rglob("*.py"))


Answer = tuple[subprocess.CompletedProcess[str], set[str]]


def _import_alone(module: str) -> Answer:
    """`import <module>` in a fresh interpreter, and the package modules it loaded."""
    code = f"import sys, {module}; print(*(m for m in sys.modules if m.startswith('iqgraph')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return done, set(done.stdout.split()) if done.returncode == 0 else set()


@pytest.fixture(scope="module")
def imported(request: pytest.FixtureRequest) -> dict[str, subprocess.CompletedProcess[str]]:
    """Each selected module's import in a fresh interpreter, or its package's where that loads it:
    `python -c "import iqgraph.a.b"` imports iqgraph, then iqgraph.a, and then finds iqgraph.a.b in
    sys.modules if they loaded it, so it imports alone exactly when a fresh `import iqgraph.a` succeeds and
    loads it (each interpreter spends a second or two compiling regexes). A level at a time, one per CPU."""
    selected = {
        item.callspec.params["module"]
        for item in request.session.items
        if isinstance(item, pytest.Function) and item.originalname == "test_each_module_imports_alone"
    }
    wanted = {".".join(m.split(".")[:n]) for m in selected for n in range(1, m.count(".") + 2)}
    answers: dict[str, Answer] = {}
    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        for depth in range(max((m.count(".") for m in wanted), default=-1) + 1):
            level = sorted(m for m in wanted if m.count(".") == depth)
            parent = {m: answers.get(m.rpartition(".")[0], (None, set())) for m in level}
            own = [m for m in level if m not in parent[m][1]]
            answers |= {m: parent[m] for m in level if m not in own}
            answers |= dict(zip(own, pool.map(_import_alone, own), strict=True))
    return {m: answers[m][0] for m in selected}


@pytest.mark.parametrize("module", MODULES)
def test_each_module_imports_alone(
    module: str, imported: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    done = imported[module]
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


def _loaded_after(code: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", f"import sys; {code}; print(*sys.modules)"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_the_command_line_and_the_package_load_the_extractor_only_to_build() -> None:
    """`iqgraph --help`, `query`, `view` and `import iqgraph` do not pay for compiling the extractor's rules (over a
    second); asking for `iqgraph.build` loads it."""
    assert "iqgraph.extract" not in _loaded_after("import iqgraph.cli")
    assert "iqgraph.extract" not in _loaded_after("import iqgraph")
    assert "iqgraph.extract" in _loaded_after("import iqgraph; iqgraph.build")
