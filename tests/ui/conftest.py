"""Every test under tests/ui needs Qt widgets: mark them `ui` (they run offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items):
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.ui)


@pytest.fixture
def opened_project(sample_project):
    """The sample project opened through the store, closed after the test."""
    from desktop.store import open_project

    project = open_project(sample_project)
    yield project
    project.persistence.close()
