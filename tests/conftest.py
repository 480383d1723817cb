"""Shared fixtures. Qt runs offscreen and with throw-away settings, so tests never touch the
user's configuration or need a display."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# A 1920x1080 offscreen screen (the plugin's default is 800x800, smaller than the window's minimum).
os.environ.setdefault(
    "QT_QPA_PLATFORM", f"offscreen:configfile={Path(__file__).resolve().parent / 'data' / 'offscreen-1920x1080.json'}"
)
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# Windows in tests rank suggestions lexically unless a test loads the model on purpose: loading
# and running it for every window would cost minutes (tests/test_suggestions_window.py opts in).
os.environ.setdefault("CROSSCHECK_SUGGEST_MODEL", "none")

from tests.support.paths import SAMPLES


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """platformdirs and QSettings write under a temporary home for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    yield


@pytest.fixture
def qsettings_isolated(tmp_path):
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def sample_copy(tmp_path) -> Path:
    target = tmp_path / "sample_articles"
    shutil.copytree(SAMPLES, target)
    return target


@pytest.fixture
def sample_project(tmp_path) -> Path:
    from desktop.cli import main

    path = tmp_path / "sample.crosscheck"
    assert main(["sample", str(path)]) == 0
    return path


@pytest.fixture
def base():
    """An in-memory project with one article and one claim, for the merge tests (core and ui)."""
    from tests.support.merge import merge_base_project

    return merge_base_project()
