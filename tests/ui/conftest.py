"""Every test under tests/ui needs Qt widgets: mark them `ui` (they run offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items):
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.ui)


@pytest.fixture(scope="session")
def catalogues(tmp_path_factory) -> Path:
    """The interface catalogues built from the .ts files as they are now (not a stale build)."""
    from tests.support.translations import build_catalogues

    folder = tmp_path_factory.mktemp("translations")
    build_catalogues(folder)
    return folder


@pytest.fixture(autouse=True)
def interface_language(qapp, catalogues, monkeypatch):
    """Every window test runs as the window does: English, from the built catalogue (its plural
    forms), with the layers without Qt speaking through Qt's translators. Returns the function
    that switches language (a test under it_IT calls it with "it")."""
    from desktop.ui.common import i18n

    monkeypatch.setattr(i18n, "catalogue_folder", lambda: catalogues)
    i18n.apply_language("en")
    yield i18n.apply_language
    i18n.apply_language("en")


@pytest.fixture
def opened_project(sample_project):
    """The sample project opened through the store, closed after the test."""
    from desktop.store import open_project

    project = open_project(sample_project)
    yield project
    project.persistence.close()
