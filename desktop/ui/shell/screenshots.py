"""Screenshots of the real window on the sample project, light and dark, for the README.

python -m desktop.ui.shell.screenshots [OUT_DIR]      (default: docs/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZE = (1600, 950)


def take(out_dir: Path, project: Path | None = None) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from desktop.app import create_window, ensure_application, ensure_sample_project
    from desktop.ui.common.theme import dark_palette

    app = ensure_application()
    settings = QSettings()
    settings.remove("window")  # the default layout, not whatever the last session left
    settings.setValue("hints/workspaceSeen", True)
    with tempfile.TemporaryDirectory() as tmp:
        path = project or ensure_sample_project(Path(tmp) / "Sample project.crosscheck")
        out_dir.mkdir(parents=True, exist_ok=True)
        written = []
        for scheme in ("light", "dark"):
            if scheme == "dark":
                app.setPalette(dark_palette())
            settings.remove("window")
            window = create_window(path)
            window.resize(*SIZE)
            window.hint.hide()
            QApplication.processEvents()
            claims = window.bridge.state.claims
            # The claim with the most sources shows the point: one claim, many reports.
            best = max(claims, key=lambda c: (len(window.bridge.state.sources_of_claim(c)), -list(claims).index(c)))
            window.claims.select_claim(best)
            QApplication.processEvents()
            target = out_dir / f"workspace-{scheme}.png"
            window.grab().save(str(target))
            written.append(target)
            if scheme == "light":
                window.show_coverage()
                for _ in range(5):
                    QApplication.processEvents()
                chart = out_dir / "coverage-panel.png"
                window.coverage.grab().save(str(chart))
                written.append(chart)
                written.append(_chart_cursor(window, out_dir / "coverage-cursor.png"))
                window.coverage_dock.hide()
            window.close()
            QApplication.processEvents()
        app.setPalette(app.style().standardPalette())
        del Qt
    return written


def _chart_cursor(window, target: Path) -> Path:
    """The chart used from the keyboard: the cursor cell framed, its text under the chart."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    window.show()  # focus needs a shown, active window
    window.activateWindow()
    plot = window.coverage.matrix.widget
    plot.setFocus()
    QApplication.processEvents()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Right):
        QApplication.sendEvent(plot, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))
    QApplication.processEvents()
    window.coverage.grab().save(str(target))
    return target


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    for written_path in take(out):
        print(written_path)
