"""A wheel built from the project carries the sample set (issue 14: a non-editable install
stopped at first start with "unexpected SampleMissingError").

The wheel is built the way `python -m build` does it, from an sdist of a copy of the working
tree, so a file missing from either is caught; it is installed into a fresh virtual environment
without network (its dependencies are taken from this environment through a .pth line) and the
sample project is built by the installed `crosscheck` command, outside the source tree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
from pathlib import Path

import pytest

from tests.support.paths import REPO

pytest.importorskip("setuptools", minversion="69")
pytest.importorskip("wheel")

COPY_IGNORED = shutil.ignore_patterns(
    ".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__", ".ruff_cache", ".hypothesis", "out"
)


def run(*argv, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, (argv, result.stdout[-2000:], result.stderr[-2000:])
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(REPO, source, ignore=COPY_IGNORED)
    sdist_dir, wheel_dir = work / "sdist", work / "wheels"
    build = "import sys; from setuptools import build_meta; print(build_meta.build_sdist(sys.argv[1]))"
    name = run(sys.executable, "-c", build, str(sdist_dir), cwd=source).stdout.strip().splitlines()[-1]
    with tarfile.open(sdist_dir / name) as archive:
        archive.extractall(work / "unpacked", filter="data")
    (unpacked,) = (work / "unpacked").iterdir()
    run(
        sys.executable,
        *("-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q", "-w", str(wheel_dir), "."),
        cwd=unpacked,
    )
    (built,) = wheel_dir.glob("crosscheck-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv with only the wheel installed; the dependencies come from this environment."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    run(sys.executable, "-m", "venv", "--without-pip", str(venv), cwd=venv.parent)
    python = venv / "bin" / "python"
    run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        str(python),
        "install",
        "--no-deps",
        "--no-index",
        "-q",
        str(wheel),
        cwd=venv.parent,
    )
    site = Path(
        run(str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=venv.parent).stdout.strip()
    )
    # After the venv's own site-packages: the installed wheel wins over this checkout.
    (site / "zz_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    return venv


def test_the_wheel_holds_every_sample_file(wheel):
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    samples = REPO / "desktop" / "sample_articles"
    expected = {f"desktop/sample_articles/{p.name}" for p in samples.iterdir() if p.is_file()}
    assert expected and expected <= names


def test_the_installed_command_builds_the_sample_project(installed, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CROSSCHECK_SAMPLES")}
    env["HOME"] = str(tmp_path)
    where = run(
        str(installed / "bin" / "python"), "-c", "import desktop; print(desktop.__file__)", cwd=tmp_path, env=env
    )
    assert Path(where.stdout.strip()).is_relative_to(installed)  # not this source tree
    result = run(str(installed / "bin" / "crosscheck"), "sample", str(tmp_path / "s.crosscheck"), cwd=tmp_path, env=env)
    assert "5 articles, 9 claims" in result.stdout and result.stderr == ""


def test_the_wheel_carries_the_translations_lrelease_built(wheel, tmp_path):
    """The .qm catalogues are made in the build from resources/translations/*.ts (setup.py), not
    committed: the wheel has one per .ts, and the installed package finds the Italian one."""
    import zipfile

    from PySide6.QtCore import QTranslator

    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"desktop/translations/{ts.stem}.qm" for ts in (REPO / "resources" / "translations").glob("*.ts")}
    assert expected and expected <= names
    zipfile.ZipFile(wheel).extract("desktop/translations/crosscheck_it.qm", tmp_path)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "desktop" / "translations" / "crosscheck_it.qm"))
    assert translator.translate("model_texts", "Unverifiable") == "Non verificabile"
