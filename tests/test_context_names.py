"""Every name CONTEXT.md gives "in the code" exists in the code (issue 15 item 7)."""

from __future__ import annotations

import dataclasses
import importlib
import re

import pytest

from tests.support.paths import REPO


def code_entries() -> list[str]:
    rows = [line for line in (REPO / "CONTEXT.md").read_text(encoding="utf-8").splitlines() if line.startswith("| **")]
    names = []
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        names += re.findall(r"`([^`]+)`(?: table)?", cells[2])
    return names


def resolve(dotted: str) -> object:
    """desktop.<dotted> (or a top-level package such as benchmarks), then attributes."""
    parts = dotted.split(".")
    for prefix in ("desktop.", ""):
        for cut in range(len(parts), 0, -1):
            try:
                target: object = importlib.import_module(prefix + ".".join(parts[:cut]))
            except ImportError:
                continue
            for attribute in parts[cut:]:
                if dataclasses.is_dataclass(target) and attribute in {f.name for f in dataclasses.fields(target)}:
                    target = f"field {attribute}"
                    continue
                target = getattr(target, attribute)
            return target
    raise LookupError(dotted)


def test_context_lists_names_in_the_code():
    assert len(code_entries()) >= 20


@pytest.mark.parametrize("name", code_entries())
def test_every_in_the_code_entry_resolves(name):
    if "." not in name:  # a table of the project file
        from desktop.store.schema_sql import DDL

        assert name in DDL, f"no table {name!r}"
        return
    resolve(name)
