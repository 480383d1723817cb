"""The interface translations: update the .ts files from the code, build the .qm catalogues.

    python packaging/translations.py update     # pyside6-lupdate: new and changed texts into every .ts
    python packaging/translations.py update --add fr   # ... and start resources/translations/crosscheck_fr.ts
    python packaging/translations.py build [DIR]  # pyside6-lrelease: .qm into DIR (default desktop/translations)

`resources/translations/crosscheck_<lang>.ts` holds one language (resources/translations/README.md).
English is the source language; its file carries only the plural forms ("1 passage", "2
passages"), so lupdate writes it with -pluralonly. The build (setup.py), the bundle
(packaging/build.py) and the tests all call `build()`; stdlib only, so setup.py can load it.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "desktop" / "translations"
SOURCE_LANGUAGE = "en"
PREFIX = "crosscheck_"


class ToolMissing(RuntimeError):
    """pyside6-lupdate / pyside6-lrelease are not installed (they come with PySide6)."""


def tool(name: str) -> Path:
    """Qt's lupdate or lrelease as shipped inside the PySide6 package (what pyside6-<name> runs)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise ToolMissing(f"{name} comes with PySide6, which is not installed in this environment")
    path = Path(spec.origin).parent / name
    if not path.is_file():
        raise ToolMissing(f"{path} is missing: PySide6-Essentials ships it; reinstall PySide6")
    return path


def ts_files(ts_dir: Path = TS_DIR) -> list[Path]:
    return sorted(ts_dir.glob(f"{PREFIX}*.ts"))


def language_of(ts: Path) -> str:
    return ts.stem.removeprefix(PREFIX)


def python_sources(root: Path = SOURCES) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def update(ts: Path, sources: Path = SOURCES) -> str:
    """Bring one .ts file up to date with the code; returns lupdate's report. No source locations
    are written, so a .ts changes only when a text does."""
    language = language_of(ts)
    command = [str(tool("lupdate")), "-silent", "-locations", "none", "-no-obsolete"]
    command += ["-source-language", SOURCE_LANGUAGE, "-target-language", language]
    if language == SOURCE_LANGUAGE:
        command.append("-pluralonly")
    ts.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="crosscheck-lupdate-") as tmp:
        listing = Path(tmp) / "sources.lst"  # one file per line: no command line too long
        listing.write_text("\n".join(str(p) for p in python_sources(sources)) + "\n", encoding="utf-8")
        result = subprocess.run(
            [*command, f"@{listing}", "-ts", str(ts)], capture_output=True, text=True, timeout=300, check=False
        )
    if result.returncode != 0:
        raise RuntimeError(f"lupdate failed on {ts.name}: {result.stderr.strip() or result.stdout.strip()}")
    return (result.stdout + result.stderr).strip()


def english_forms(source: str) -> tuple[str, str]:
    """The English singular and plural of a source with "(s)": "%n passage(s)" -> "%n passage",
    "%n passages". The same rule as desktop.core.i18n.English, which the CLI speaks."""
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill_english_plurals(ts: Path) -> int:
    """Fill the unfinished plurals of the English file whose source says "(s)"; returns how many.
    The others ("%n conflicts") are left for a person: the check of the .ts files says which."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if message.get("numerus") != "yes" or translation is None or translation.get("type") != "unfinished":
            continue
        if "(s)" not in source:
            continue
        for form in list(translation):
            translation.remove(form)
        for text in english_forms(source):
            ET.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
        filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def build(out_dir: Path = QM_DIR, ts_dir: Path = TS_DIR) -> list[Path]:
    """Compile every .ts into out_dir/crosscheck_<lang>.qm; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in ts_files(ts_dir):
        qm = out_dir / f"{ts.stem}.qm"
        result = subprocess.run(
            [str(tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if result.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"lrelease failed on {ts.name}: {result.stderr.strip() or result.stdout.strip()}")
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/translations.py", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    update_parser = sub.add_parser(
        "update", help="extract the texts of desktop/ into every resources/translations/*.ts"
    )
    update_parser.add_argument("--add", metavar="LANG", action="append", default=[], help="start a new language")
    build_parser = sub.add_parser("build", help="compile the .ts files into .qm catalogues")
    build_parser.add_argument("out", nargs="?", type=Path, default=QM_DIR)
    args = parser.parse_args(argv)
    try:
        if args.command == "update":
            wanted = {*ts_files(), *(TS_DIR / f"{PREFIX}{language}.ts" for language in args.add)}
            for ts in sorted(wanted):
                report = update(ts)
                if language_of(ts) == SOURCE_LANGUAGE and fill_english_plurals(ts):
                    report = update(ts)  # lupdate writes the file back in its own layout
                print(f"{ts.relative_to(ROOT)}: {report or 'up to date'}")
        else:
            for qm in build(args.out):
                print(qm)
    except (ToolMissing, RuntimeError) as error:
        print(f"translations: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
