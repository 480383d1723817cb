"""Every store implements the whole Persistence interface, and nothing outside the stores probes
a persistence for a member with getattr/hasattr (the interface lists all callers need)."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from desktop.core.persistence import MemoryPersistence, Persistence
from desktop.store import ProjectFile

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"


def protocol_members() -> set[str]:
    names = {name for name in vars(Persistence) if not name.startswith("_")}
    names |= set(inspect.get_annotations(Persistence))
    return names


def test_the_protocol_names_what_callers_use():
    assert {
        "read_only",
        "read_only_reason",
        "path",
        "location",
        "write",
        "close",
        "on_write",
        "tombstones",
        "save_copy",
        "store_sources",
        "source",
        "setting",
        "set_setting",
        "load_vectors",
        "save_vectors",
        "vector_writer",
        "rejections",
        "add_rejection",
    } <= protocol_members()


def test_memory_and_file_stores_implement_every_member(sample_project):
    memory = MemoryPersistence()
    project_file = ProjectFile.open(sample_project, read_only=True)
    try:
        for store in (memory, project_file):
            missing = sorted(name for name in protocol_members() if not hasattr(store, name))
            assert missing == [], f"{type(store).__name__} lacks {missing}"
    finally:
        project_file.close()


def _probes(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("getattr", "hasattr"):
            target = ast.unparse(node.args[0]) if node.args else ""
            if "persistence" in target or "project_file" in target:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_no_module_probes_a_persistence():
    found = [probe for path in sorted(PACKAGE.rglob("*.py")) for probe in _probes(path)]
    assert found == []
