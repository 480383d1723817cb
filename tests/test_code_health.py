"""The house rules that tools check (issue 15): lint, format, layers and types. They run in the
default suite, so the README's one test command and CI enforce them too."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.support.paths import REPO


def run(*command: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=timeout)


def tool(name: str) -> str:
    """The venv's console script, beside the interpreter running the tests."""
    found = shutil.which(name, path=str(REPO / ".venv" / "bin")) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: pip install -e '.[test]'")
    return found


def test_ruff_finds_nothing():
    done = run(tool("ruff"), "check", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_code_is_formatted():
    done = run(tool("ruff"), "format", "--check", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_imports_keep_the_layers():
    done = run(tool("lint-imports"))
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr


def test_mypy_finds_no_type_errors():
    # Strict for core and store, mypy's defaults elsewhere: pyproject.toml [tool.mypy].
    done = run(sys.executable, "-m", "mypy")
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr
