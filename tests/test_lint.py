"""The code base passes its linter, formatter, type checker and layer contract: checking is the one test command."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FOLDERS = ["planner", "tests", "bench", "templates"]


def _ruff() -> list[str]:
    found = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    if not Path(found).exists():
        pytest.fail("ruff is not installed: pip install '.[test]'")
    return [found]


def test_ruff_check_passes():
    done = subprocess.run([*_ruff(), "check", *FOLDERS], cwd=REPO, capture_output=True, text=True)

    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format_is_applied():
    done = subprocess.run([*_ruff(), "format", "--check", *FOLDERS], cwd=REPO, capture_output=True, text=True)

    assert done.returncode == 0, done.stdout + done.stderr


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.fail(f"{name} is not installed: pip install '.[test]'")
    return found


def test_mypy_finds_no_type_error():
    done = subprocess.run([_tool("mypy")], cwd=REPO, capture_output=True, text=True)

    assert done.returncode == 0, done.stdout + done.stderr


def test_layers_hold():
    """cli > pipeline > export | read | sessions > schedule | extract > core (pyproject.toml, [tool.importlinter])."""
    done = subprocess.run([_tool("lint-imports"), "--no-cache"], cwd=REPO, capture_output=True, text=True)

    assert done.returncode == 0, done.stdout + done.stderr
    assert "Contracts: 2 kept, 0 broken." in done.stdout


def test_no_module_imports_itself_back():
    import grimp  # import-linter's graph

    graph = grimp.build_graph("planner", exclude_type_checking_imports=False)  # type-only imports count too
    circles = [
        (module, imported)
        for module in sorted(graph.modules)
        for imported in sorted(graph.find_modules_directly_imported_by(module))
        if graph.chain_exists(importer=imported, imported=module)
    ]
    assert circles == []


def test_no_loose_module_at_the_top_and_none_over_400_lines():
    top = sorted(p.name for p in (REPO / "planner").glob("*.py"))
    assert top == ["__init__.py", "__main__.py", "errors.py", "files.py"]  # the CLI is a package: planner/cli/
    long = {
        str(p.relative_to(REPO)): n
        for p in (REPO / "planner").rglob("*.py")
        if (n := len(p.read_text().splitlines())) > 400
    }
    assert long == {}
