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


@pytest.fixture(autouse=True)
def _messages_in_english():
    """Messages of the layers without Qt are English unless a test installs a translator (the ui
    tests do, as the window does): what one test installs never leaks into the next."""
    from desktop.core import i18n

    i18n.install(None)
    yield
    i18n.install(None)


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


# --- team projects on a throwaway PostgreSQL cluster ------------------------------------------
@pytest.fixture(scope="session")
def pg_cluster():
    """A PostgreSQL cluster in a temporary folder for the whole run (socket only, SCRAM passwords
    from a libpq password file). Without server binaries the team tests are skipped, except
    with CI=true, where that is a failure."""
    from tests.support.pg import Cluster, ClusterUnavailable
    from tests.support.team import create_logins

    try:
        cluster = Cluster.create(settings={"fsync": "off", "full_page_writes": "off"})
    except ClusterUnavailable as error:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the team tests need a PostgreSQL server in CI: {error}")
        pytest.skip(f"no PostgreSQL server for the team tests: {error}")
    previous = os.environ.get("PGPASSFILE")
    os.environ["PGPASSFILE"] = str(cluster.passfile)
    try:
        cluster.create_database()
        create_logins(cluster)
        yield cluster
    finally:
        if previous is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = previous
        cluster.destroy()


@pytest.fixture
def pg_server(pg_cluster):
    """The cluster, restarted if a fault test left it stopped."""
    if not pg_cluster.running():
        pg_cluster.start()
    yield pg_cluster
    if not pg_cluster.running():
        pg_cluster.start()


@pytest.fixture
def team_project(pg_server):
    """A new empty team project made by ada, with vera (viewer), anna (annotator), rita, maria
    and luca (reviewers) and adam (admin) as members."""
    from desktop.store.team import admin
    from tests.support.team import DISPLAY, TeamProject, fresh_name

    project = TeamProject(pg_server, fresh_name())
    admin.create_project(project.url(), DISPLAY["ada"])
    project.add_members()
    return project


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory) -> Path:
    """One sample project for the whole run, never written: what team_sample publishes."""
    from desktop.cli import main

    path = tmp_path_factory.mktemp("sample") / "sample.crosscheck"
    assert main(["sample", str(path)]) == 0
    path.chmod(0o444)
    return path


@pytest.fixture
def team_sample(pg_server, sample_file):
    """The sample project (`team_sample.source`) published as a team project, with the same
    members as team_project."""
    from desktop.store.team import admin
    from tests.support.team import DISPLAY, TeamProject, fresh_name

    project = TeamProject(pg_server, fresh_name("s"), source=sample_file)
    admin.publish_file(str(sample_file), project.url(), DISPLAY["ada"])
    project.add_members()
    return project
