"""Build the one-directory Linux bundle:  python packaging/build.py

Needs the `package` extra (`pip install -e ".[package]"`). Writes dist/crosscheck/ (the program
`dist/crosscheck/crosscheck` plus its libraries, the sample articles, the icons, and the desktop
files under share/ with install-desktop-files.sh) and prints the build time and bundle size.
Options: --clean (drop PyInstaller's cache first), --smoke (run packaging/smoke_test.sh after).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "crosscheck"
APP_ID = "io.github.crosscheck.Crosscheck"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def add_desktop_files(bundle: Path) -> None:
    """share/ laid out as under ~/.local/share, so the install script copies it as it is."""
    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy2(PACKAGING / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(PACKAGING / f"{APP_ID}.metainfo.xml", share / "metainfo")
    shutil.copy2(PACKAGING / f"{APP_ID}.mime.xml", share / "mime" / "packages" / f"{APP_ID}.xml")
    shutil.copytree(ROOT / "resources" / "icons" / "hicolor", share / "icons" / "hicolor")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / f"{APP_ID}.svg", scalable)
    for script in ("install-desktop-files.sh", "smoke_test.sh"):
        shutil.copy2(PACKAGING / script, bundle / script)


def is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def strip_debug_symbols(bundle: Path) -> int:
    """Drop debug sections (libpython alone carries ~18 MB of them). PyInstaller's own strip
    option also rewrites numpy's auditwheel-patched libraries in numpy.libs/ and breaks them,
    so those folders are left alone. Returns the bytes saved; 0 without binutils' strip."""
    strip = shutil.which("strip")
    if strip is None or sys.platform != "linux":
        return 0
    before = folder_size(bundle)
    for path in bundle.rglob("*"):
        if (
            path.is_file()
            and not path.is_symlink()
            and not any(p.endswith(".libs") for p in path.parts)
            and path.name != "crosscheck"
            and is_elf(path)
        ):
            subprocess.run([strip, "--strip-debug", str(path)], check=False, capture_output=True)
    return before - folder_size(bundle)


def build(clean: bool) -> float:
    try:
        import PyInstaller  # noqa: F401  # only checks that PyInstaller is installed
    except ImportError:
        raise SystemExit('PyInstaller is missing: pip install -e ".[package]"') from None
    env = dict(os.environ, CROSSCHECK_ROOT=str(ROOT))
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(PACKAGING / "crosscheck.spec"),
        "--noconfirm",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        "--log-level",
        "WARN",
    ]
    if clean:
        command.append("--clean")
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    strip_debug_symbols(BUNDLE)
    add_desktop_files(BUNDLE)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="ignore PyInstaller's cache (a full build)")
    parser.add_argument("--smoke", action="store_true", help="run packaging/smoke_test.sh on the result")
    args = parser.parse_args()
    seconds = build(args.clean)
    size = folder_size(BUNDLE)
    print(
        f"built {BUNDLE.relative_to(ROOT)} in {seconds:.0f} s; {size / 2**20:.1f} MiB on disk, "
        f"{sum(1 for p in BUNDLE.rglob('*') if p.is_file())} files"
    )
    if args.smoke:
        return subprocess.run(["sh", str(PACKAGING / "smoke_test.sh"), str(BUNDLE / "crosscheck")]).returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
