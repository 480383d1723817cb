"""The desktop files validate, the MIME type recognises a renamed project by its content, the
icon files exist at every hicolor size, and the app reports its versions (issue 10)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
APP_ID = "io.github.crosscheck.Crosscheck"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (see packaging/validate.sh)")
    return found


def test_desktop_file_validates():
    result = subprocess.run(
        [tool("desktop-file-validate"), str(PACKAGING / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_desktop_file_opens_projects_and_names_the_icon():
    text = (PACKAGING / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "\nExec=crosscheck %f\n" in text
    assert "\nMimeType=application/x-crosscheck;\n" in text
    assert f"\nIcon={APP_ID}\n" in text


def test_metainfo_validates():
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(PACKAGING / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_screenshots_exist_in_the_repository():
    from lxml import etree

    root = etree.parse(str(PACKAGING / f"{APP_ID}.metainfo.xml")).getroot()
    images = [e.text for e in root.iter("image")]
    assert images
    for url in images:
        assert (REPO / url.split("/main/", 1)[1]).is_file(), url
    assert root.findtext("launchable") == f"{APP_ID}.desktop"


def test_app_uses_the_desktop_file_name():
    from desktop import app

    assert app.APP_ID == APP_ID
    qapp = app.ensure_application()
    assert qapp.desktopFileName() == APP_ID
    assert not qapp.windowIcon().isNull()


def test_icons_exist_at_every_hicolor_size():
    from PySide6.QtGui import QImage

    assert (REPO / "resources" / "icons" / f"{APP_ID}.svg").is_file()
    for size in SIZES:
        image = QImage(str(REPO / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()


def _mime_of(path: Path, data_home: Path) -> str:
    # QMimeDatabase reads the freedesktop database once per process: ask a fresh one.
    code = (
        "import sys; from PySide6.QtCore import QMimeDatabase; "
        "print(QMimeDatabase().mimeTypeForFile(sys.argv[1]).name())"
    )
    env = dict(os.environ, XDG_DATA_HOME=str(data_home))
    return subprocess.run(
        [sys.executable, "-c", code, str(path)], env=env, capture_output=True, text=True, check=True
    ).stdout.strip()


@pytest.fixture(scope="module")
def mime_home(tmp_path_factory):
    update = tool("update-mime-database")
    home = tmp_path_factory.mktemp("share")
    packages = home / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy2(PACKAGING / f"{APP_ID}.mime.xml", packages / f"{APP_ID}.xml")
    subprocess.run([update, str(home / "mime")], check=True, capture_output=True)
    return home


def test_mime_type_by_name_and_by_content_for_a_renamed_project(mime_home, sample_project, tmp_path):
    assert _mime_of(sample_project, mime_home) == "application/x-crosscheck"
    renamed = tmp_path / "from-colleague.db"
    shutil.copy2(sample_project, renamed)
    assert _mime_of(renamed, mime_home) == "application/x-crosscheck"
    bare = tmp_path / "attachment"
    shutil.copy2(sample_project, bare)
    assert _mime_of(bare, mime_home) == "application/x-crosscheck"


def test_plain_sqlite_file_is_not_claimed(mime_home, tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("PRAGMA application_id = 1234")
    assert _mime_of(other, mime_home) != "application/x-crosscheck"


def test_version_prints_qt_pyside_and_sqlite_without_a_window(capsys):
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from desktop import __version__
    from desktop.cli import main

    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"crosscheck {__version__}")
    for part in (f"Qt {qVersion()}", f"PySide6 {pyside_version}", f"SQLite {sqlite3.sqlite_version}"):
        assert part in out


def test_version_in_a_fresh_process_opens_no_window():
    code = (
        "import sys; from desktop.cli import main; rc = main(['--version']); "
        "from PySide6.QtWidgets import QApplication; assert QApplication.instance() is None; sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "SQLite" in result.stdout


@pytest.mark.ui
def test_about_shows_versions_and_the_open_project_path(qtbot, qsettings_isolated, sample_project):
    from PySide6.QtCore import qVersion

    from desktop import __version__
    from desktop.app import create_window, version_text
    from desktop.ui.shell.about import about_text

    window = create_window(sample_project)
    qtbot.addWidget(window)
    text = about_text(__version__, window.project_path)
    assert __version__ in text and f"Qt {qVersion()}" in text and "SQLite" in text
    assert str(sample_project.resolve()) in text
    assert version_text().splitlines()[1] in text  # the same line `crosscheck --version` prints
    window.close()


def test_about_escapes_the_path():
    from desktop.ui.shell.about import about_text

    text = about_text("0.1.0", Path("/tmp/<b>odd</b>.crosscheck"))
    assert "<b>odd" not in text and "&lt;b&gt;odd" in text
    assert "none open" in about_text("0.1.0", None)


def test_install_script_puts_files_under_local_share_and_removes_them(tmp_path):
    data = tmp_path / "share"
    env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(data))
    subprocess.run(["sh", str(PACKAGING / "install-desktop-files.sh")], env=env, check=True, capture_output=True)
    expected = [
        data / "applications" / f"{APP_ID}.desktop",
        data / "mime" / "packages" / f"{APP_ID}.xml",
        data / "metainfo" / f"{APP_ID}.metainfo.xml",
        data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        *(data / "icons" / "hicolor" / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in SIZES),
    ]
    assert all(p.is_file() for p in expected), [p for p in expected if not p.is_file()]
    subprocess.run(
        ["sh", str(PACKAGING / "install-desktop-files.sh"), "--remove"], env=env, check=True, capture_output=True
    )
    assert not any(p.exists() for p in expected)


def test_validate_script_passes():
    tool("desktop-file-validate")
    tool("appstreamcli")
    result = subprocess.run(["sh", str(PACKAGING / "validate.sh")], capture_output=True, text=True)
    assert result.returncode == 0 and "all desktop files are valid" in result.stdout, result.stdout + result.stderr


def test_smoke_test_mode_draws_the_window_and_the_chart(sample_project, tmp_path):
    """The check the packaged build is run with (packaging/smoke_test.sh), here from source: it
    must fail when the lazily loaded chart (pyqtgraph, numpy) cannot be drawn."""
    env = {
        **os.environ,
        "CROSSCHECK_SMOKE_TEST": "1",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "CROSSCHECK_SUGGEST_MODEL": "none",
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop", str(sample_project)], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 articles, 9 claims, window drawn: True, chart drawn: True" in result.stdout
