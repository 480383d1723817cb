"""Screenshots of the real window on the sample project, for the README and for looking at.

    python -m desktop.screenshots [OUT_DIR] [--size 1366x768 ...] [--scheme light|dark ...]

Each screen size runs in its own offscreen process whose screen is exactly that size, the window
filling it as a maximised window would, every dock open (the chart under the articles). Writes
workspace-<scheme>-<W>x<H>.png per size and scheme, and coverage-panel.png and coverage-cursor.png
from the largest light run, with export-dialog.png and merge-review.png. The default OUT_DIR is
docs/screenshots; `--language it` takes them in Italian (names end in -it).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow

SIZES = ((1366, 768), (1920, 1080))
SCHEMES = ("light", "dark")


def take(
    out_dir: Path,
    sizes: tuple[tuple[int, int], ...] = SIZES,
    schemes: tuple[str, ...] = SCHEMES,
    language: str | None = None,
) -> list[Path]:
    """Run one child process per screen size; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    largest = max(sizes)
    with tempfile.TemporaryDirectory(prefix="crosscheck-shots-") as tmp:
        for width, height in sizes:
            config = Path(tmp) / f"screen-{width}x{height}.json"
            screen = {"name": "Screen", "x": 0, "y": 0, "width": width, "height": height}
            config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
            env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", HOME=tmp)
            env["XDG_CONFIG_HOME"] = env["XDG_DATA_HOME"] = str(Path(tmp) / f"home-{width}")
            args = [sys.executable, "-m", "desktop.screenshots", "--child", str(out_dir), *schemes]
            if (width, height) == largest and "light" in schemes:
                args.insert(4, "--chart")
            if language:
                args[4:4] = ["--language", language]
            result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
            if result.returncode != 0:
                raise RuntimeError(f"screenshots at {width}x{height} failed: {result.stderr.strip()[-2000:]}")
            written += [Path(line) for line in result.stdout.split("\n") if line.strip()]
    return written


def _child(out_dir: Path, schemes: list[str], chart: bool, language: str | None) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.app import create_window, ensure_application
    from desktop.sample import ensure_sample_project
    from desktop.ui.common.theme import apply_theme

    app = ensure_application()
    settings = QSettings()
    settings.setValue("hints/workspaceSeen", True)
    if language:
        from desktop.ui.common.i18n import apply_language, save_language

        save_language(language)
        apply_language(language)  # the application was made before the setting: apply it now
    screen = app.primaryScreen().availableGeometry()
    size = f"{screen.width()}x{screen.height()}"
    suffix = f"-{language}" if language else ""
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        path = ensure_sample_project(Path(tmp) / "Sample project.crosscheck")
        for scheme in schemes:
            settings.remove("window")  # the default layout, not whatever the last run left
            apply_theme(scheme)
            window = create_window(path)
            window.showMaximized()
            QApplication.processEvents()
            assert window.bridge is not None, "the sample project opened"
            state = window.bridge.state
            claims = list(state.claims)
            # The claim with the most sources shows the point: one claim, many reports.
            best = max(claims, key=lambda c: (len(state.sources_of_claim(c)), -claims.index(c)))
            window.workspace.select_claims(best)
            window.show_coverage()
            for _ in range(8):
                QApplication.processEvents()
            window.statusBar().clearMessage()  # not the test setting's "model turned off" note
            target = out_dir / f"workspace-{scheme}-{size}{suffix}.png"
            window.grab().save(str(target))
            written.append(target)
            if chart:
                written.append(_suggestions(window, out_dir / f"suggestions-{scheme}{suffix}.png"))
            if chart and scheme == "light":
                target = out_dir / f"coverage-panel{suffix}.png"
                window.coverage.grab().save(str(target))
                written.append(target)
                written.append(_chart_cursor(window, out_dir / f"coverage-cursor{suffix}.png"))
                written += _dialogs(window, path, out_dir, suffix)
            window.close()
            QApplication.processEvents()
    return written


def _suggestions(window: MainWindow, target: Path) -> Path:
    """The suggestions dock for the claim shown, once its candidates are in (the worker's first
    pass over the sample takes a few seconds)."""
    import time

    from PySide6.QtWidgets import QApplication

    assert window.bridge is not None, "the sample project is open"
    state = window.bridge.state
    # A claim in few of the reports: the dock then has the others' candidates to show.
    fewest = min(state.claims, key=lambda c: (len(state.sources_of_claim(c)) or 99, c))
    window.workspace.select_claims(fewest)
    window.show_suggestions()
    panel = window.suggestions_panel
    deadline = time.monotonic() + 30
    controller = window.suggestions

    def computing() -> bool:  # the model loads and encodes the articles on a worker first
        return controller.computer is None or controller.computer.busy() or panel.list.count() == 0

    while computing() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.05)
    controller.refresh()
    panel.list.setCurrentRow(-1)  # as first seen: the rows in their own colours
    for _ in range(8):
        QApplication.processEvents()
    window.suggestions_dock.grab().save(str(target))
    return target


def _dialogs(window: MainWindow, path: Path, out_dir: Path, suffix: str) -> list[Path]:
    """The export dialog on ClaimReview, and the merge review of a colleague's copy that changed
    the same claim's verdict (a conflict) and added one."""
    import shutil

    from PySide6.QtWidgets import QApplication

    from desktop.core.commands import CreateClaim, EditClaim
    from desktop.core.model import Verdict
    from desktop.merging import plan_from_file
    from desktop.store import open_project
    from desktop.ui.io.export_dialog import ExportDialog
    from desktop.ui.io.merge_dialog import MergeDialog

    written = []
    bridge = window.bridge
    assert bridge is not None, "the sample project is open"
    project = bridge.project
    export = ExportDialog(project, window, selected_claim_ids=list(window.workspace.selected_claims))
    export.format_box.setCurrentIndex(export.format_box.findData("claimreview"))
    export.show()
    QApplication.processEvents()
    written.append(out_dir / f"export-dialog{suffix}.png")
    export.grab().save(str(written[-1]))
    export.close()
    other = path.with_name(path.stem + " (colleague).crosscheck")
    shutil.copy(path, other)
    claim_id = window.workspace.current_claim or next(iter(project.state.claims))
    theirs = open_project(other)
    theirs.run(EditClaim(claim_id, verdict=Verdict.MOSTLY_TRUE, note="Checked against the Kremlin readout."))
    theirs.run(CreateClaim("Peskov said a new call could come in January."))
    theirs.persistence.close()
    bridge.run(EditClaim(claim_id, verdict=Verdict.MIXED))
    review = MergeDialog(plan_from_file(project, other), str(other), window)
    review.show()
    QApplication.processEvents()
    written.append(out_dir / f"merge-review{suffix}.png")
    review.grab().save(str(written[-1]))
    review.close()
    return written


def _chart_cursor(window: MainWindow, target: Path) -> Path:
    """The chart used from the keyboard: the cursor cell framed, its text under the chart."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    matrix = window.coverage.matrix
    assert matrix is not None, "the chart was drawn"
    plot = matrix.widget
    plot.setFocus()
    QApplication.processEvents()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Right):
        QApplication.sendEvent(plot, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))
    QApplication.processEvents()
    window.coverage.grab().save(str(target))
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.screenshots")
    parser.add_argument("out", nargs="?", default="docs/screenshots")
    parser.add_argument("--size", action="append", help="WxH, e.g. 1366x768 (default: 1366x768 and 1920x1080)")
    parser.add_argument("--scheme", action="append", choices=SCHEMES)
    parser.add_argument("--language", help="the interface language, e.g. it")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--chart", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("schemes", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        for path in _child(Path(args.out), args.schemes, args.chart, args.language):
            print(path)
        return 0
    sizes = tuple(tuple(int(n) for n in s.lower().split("x")) for s in args.size) if args.size else SIZES
    for path in take(Path(args.out), sizes, tuple(args.scheme or SCHEMES), args.language):  # type: ignore[arg-type]  # argparse gives list[str]; take() wants the tuple of (w, h) built above
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
