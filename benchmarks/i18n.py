"""What speaking the user's language costs: translated texts are looked up in Qt's catalogues
every time they are made, and some are made per row (verdict names in the claims table).

    python -m benchmarks.i18n [--write docs/benchmarks-i18n.md] [--runs 5]

Measures, in English and in Italian: start to first paint on the sample project (catalogues
loaded, every widget's texts translated); one message of the layers without Qt through the
window's backend against plain English; the claims table's verdict column read for 5,000
claims (what a full repaint asks of the model), against its raw floor (the statement column read
the same way: the model without a catalogue).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent

FIRST_PAINT_CHILD = r"""
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication
language, path = sys.argv[1], sys.argv[2]
app = QApplication([])
from desktop.app import create_window, ensure_application
from desktop.ui.common.i18n import save_language
ensure_application()  # names the settings file
save_language(language)
QSettings().setValue("hints/workspaceSeen", True)
ensure_application()  # as a start with that language saved: the catalogues load here
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"PAINTED {time.time():.6f}", flush=True)
            os._exit(0)
        return False
window = create_window(path)
window.installEventFilter(Painted(window))
window.update()
app.exec()
"""


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def first_paint(language: str, project: Path, home: Path) -> float:
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    env["CROSSCHECK_SUGGEST_MODEL"] = "none"
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_CHILD, language, str(project)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=REPO,
    ).stdout
    painted = next(float(line.split()[1]) for line in out.splitlines() if line.startswith("PAINTED"))
    return painted - started


def measure_first_paint(runs: int) -> dict[str, float]:
    from desktop.cli import main as cli

    with tempfile.TemporaryDirectory(prefix="crosscheck-i18n-") as tmp:
        project = Path(tmp) / "sample.crosscheck"
        cli(["sample", str(project)])
        results = {}
        for language in ("en", "it"):
            samples = [first_paint(language, project, Path(tmp) / f"home-{language}-{n}") for n in range(runs)]
            results[language] = median_ms(samples)
    return results


def measure_in_process(claims: int = 5_000, calls: int = 100_000) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    from desktop.core import i18n as core_i18n
    from desktop.core.model import Claim, Verdict
    from desktop.core.project import MemoryPersistence, Project
    from desktop.core.state import ProjectState
    from desktop.store.errors import store_texts
    from desktop.ui.claims.model import STATEMENT, VERDICT, ClaimsModel
    from desktop.ui.common.bridge import ProjectBridge
    from desktop.ui.common.i18n import apply_language

    verdicts = list(Verdict)
    state = ProjectState(
        claims=[Claim(id=f"c{n}", statement=f"Claim {n}", verdict=verdicts[n % 7]) for n in range(claims)]
    )
    model = ClaimsModel()
    model.set_bridge(ProjectBridge(Project(state, MemoryPersistence())))
    results: dict[str, float] = {}

    def message() -> float:
        started = time.perf_counter()
        for _ in range(calls):
            store_texts.tr("{path}: no such project file", path="/tmp/x.crosscheck")
        return (time.perf_counter() - started) / calls * 1e6

    core_i18n.install(None)
    results["message_plain_us"] = statistics.median(message() for _ in range(5))
    # The floor: the same 5,000 reads through the model of a column that is not translated (the
    # statement), so the figure's ratio is what the catalogue adds, not Qt's model overhead.
    samples = []
    for _ in range(5):
        started = time.perf_counter()
        for row in range(claims):
            model.index(row, STATEMENT).data(Qt.ItemDataRole.DisplayRole)
        samples.append(time.perf_counter() - started)
    results["column_floor_ms"] = median_ms(samples)
    for language in ("en", "it"):
        apply_language(language)
        results[f"message_{language}_us"] = statistics.median(message() for _ in range(5))
        samples = []
        for _ in range(5):
            started = time.perf_counter()
            for row in range(claims):
                model.index(row, VERDICT).data(Qt.ItemDataRole.DisplayRole)
            samples.append(time.perf_counter() - started)
        results[f"column_{language}_ms"] = median_ms(samples)
    apply_language("en")
    core_i18n.install(None)
    return results


def report(paint: dict[str, float], inproc: dict[str, float], runs: int) -> str:
    machine = (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    return f"""# Benchmarks: languages

`python -m benchmarks.i18n` on {machine} (offscreen; medians).

| what | English | Italian | floor |
|---|---|---|---|
| start to first paint, sample project ({runs} runs each) | {paint["en"]:.0f} ms | {paint["it"]:.0f} ms | |
| one message of the layers without Qt (a store error) | {inproc["message_en_us"]:.1f} µs | {inproc["message_it_us"]:.1f} µs | {inproc["message_plain_us"]:.1f} µs (plain English, no Qt) |
| the claims table's verdict column, 5,000 rows | {inproc["column_en_ms"]:.1f} ms | {inproc["column_it_ms"]:.1f} ms | {inproc["column_floor_ms"]:.1f} ms (the statement column, not translated) |

A message costs a catalogue lookup (a hash in the .qm) and the `str.format` of its fields; the
verdict column reads one per row through the model, which a repaint asks only for the rows on
screen (about 20). Loading the two catalogues and translating every widget's texts at start-up
is the difference between the first-paint columns.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", default=str(REPO / "docs" / "benchmarks-i18n.md"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    paint = measure_first_paint(args.runs)
    inproc = measure_in_process()
    text = report(paint, inproc, args.runs)
    print(text)
    if args.write:
        Path(args.write).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
