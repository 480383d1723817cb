"""Layer rules of docs/architecture.md §1, checked on the import statements of every module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"
QT = ("PySide6", "shiboken6", "pyqtgraph")
SQL = ("sqlite3", "sqlalchemy", "sqlmodel")


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.ImportFrom) and node.level:
            names.add("." * node.level + (node.module or ""))
    return names


def modules(sub: str = "") -> list[Path]:
    return sorted((PACKAGE / sub).rglob("*.py"))


def starts(name: str, prefixes) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


@pytest.mark.parametrize("path", modules("core"), ids=lambda p: p.name)
def test_core_imports_nothing_of_ours_nor_qt_sql_lxml(path):
    for name in imports_of(path):
        assert not starts(name, QT + SQL + ("lxml", "desktop.store", "desktop.ui", "desktop.formats")), name
        assert not (name.startswith("desktop") and not name.startswith("desktop.core")), name
        assert not name.startswith(".."), name


@pytest.mark.parametrize("path", modules("store"), ids=lambda p: p.name)
def test_store_does_not_import_ui_formats_or_qt(path):
    for name in imports_of(path):
        assert not starts(name, (*QT, "desktop.ui", "desktop.formats", "lxml")), name


@pytest.mark.parametrize("path", modules("formats"), ids=lambda p: p.name)
def test_formats_do_not_import_store_ui_qt_or_sql(path):
    for name in imports_of(path):
        assert not starts(name, QT + SQL + ("desktop.store", "desktop.ui")), name


def test_only_ui_and_entry_points_import_qt_and_only_store_imports_sql():
    for path in modules():
        relative = path.relative_to(PACKAGE).as_posix()
        for name in imports_of(path):
            if starts(name, QT):
                assert relative.startswith("ui/") or relative in ("app.py", "screenshots.py"), (
                    f"{relative} imports {name}"
                )
            if starts(name, SQL):
                assert relative.startswith("store/"), f"{relative} imports {name}"


def test_ui_never_runs_sql():
    for path in modules("ui"):
        text = path.read_text(encoding="utf-8")
        for word in ("SELECT ", "INSERT ", "UPDATE ", "DELETE FROM", ".execute("):
            assert word not in text, f"{path.name} contains {word!r}"
