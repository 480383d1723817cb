"""The packaged build runs without Python (issue 10). Slow: builds the bundle when it is missing
(about 40 s here) and runs packaging/smoke_test.sh on it. Run with: python -m pytest -m slow
tests/test_bundle.py  (set CROSSCHECK_REBUILD=1 to rebuild a bundle that already exists)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BINARY = REPO / "dist" / "crosscheck" / "crosscheck"


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not BINARY.exists() or os.environ.get("CROSSCHECK_REBUILD") == "1":
        pytest.importorskip("PyInstaller", reason='needs the package extra: pip install -e ".[package]"')
        subprocess.run([sys.executable, str(REPO / "packaging" / "build.py")], cwd=REPO, check=True, timeout=1200)
    return BINARY


@pytest.mark.slow
def test_bundle_runs_the_cli_and_the_window_with_python_hidden(bundle):
    result = subprocess.run(
        ["sh", str(REPO / "packaging" / "smoke_test.sh"), str(bundle)], capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "smoke test: passed" in result.stdout
    assert "(packaged)" in result.stdout  # the frozen program answered, not a Python checkout
    assert "window drawn: True" in result.stdout
    assert "chart drawn: True" in result.stdout


@pytest.mark.slow
def test_bundle_carries_the_desktop_files_and_prunes_qt(bundle):
    root = bundle.parent
    for relative in (
        "share/applications/io.github.crosscheck.Crosscheck.desktop",
        "share/mime/packages/io.github.crosscheck.Crosscheck.xml",
        "share/metainfo/io.github.crosscheck.Crosscheck.metainfo.xml",
        "share/icons/hicolor/scalable/apps/io.github.crosscheck.Crosscheck.svg",
        "install-desktop-files.sh",
        "_internal/desktop/sample_articles/claims.json",
    ):
        assert (root / relative).is_file(), relative
    names = {p.name for p in root.rglob("*")}
    assert not any(n.startswith(("libQt6Qml", "libQt6Quick", "libQt6Pdf", "_tkinter")) for n in names)
    # Qt's catalogues pruned to qtbase for our languages; ours built from the .ts files.
    assert {n for n in names if n.endswith(".qm")} == {
        "qtbase_it.qm",
        *(f"{ts.stem}.qm" for ts in (REPO / "resources" / "translations").glob("*.ts")),
    }
    assert (root / "_internal" / "desktop" / "translations" / "crosscheck_it.qm").is_file()


@pytest.mark.slow
def test_install_from_the_bundle_points_the_menu_entry_at_it(bundle, tmp_path):
    import shutil

    data = tmp_path / "share"
    env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(data))
    subprocess.run(["sh", str(bundle.parent / "install-desktop-files.sh")], env=env, check=True, capture_output=True)
    entry = data / "applications" / "io.github.crosscheck.Crosscheck.desktop"
    assert f'Exec="{bundle}" %f' in entry.read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(entry)], capture_output=True).returncode == 0
    assert (tmp_path / ".local" / "bin" / "crosscheck").resolve() == bundle.resolve()
    subprocess.run(
        ["sh", str(bundle.parent / "install-desktop-files.sh"), "--remove"], env=env, check=True, capture_output=True
    )
    assert not entry.exists()
