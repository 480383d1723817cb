"""Screenshots of the coverage panel on the sample project (docs/screenshots/).

    python -m benchmarks.chart_screenshot [--dark]

Builds the sample project in a temporary folder, docks the panel in a window, selects the claim
whose sources disagree (the call's date) and saves the matrix and the per-source bars.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = Path(os.environ.get("CROSSCHECK_SCREENSHOTS", Path(__file__).resolve().parent.parent / "docs" / "screenshots"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    args = parser.parse_args(argv)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow

    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    if args.dark:
        palette = QPalette()
        for role, colour in (
            (QPalette.ColorRole.Window, "#202329"),
            (QPalette.ColorRole.WindowText, "#e6e6e6"),
            (QPalette.ColorRole.Base, "#1a1c21"),
            (QPalette.ColorRole.Text, "#e6e6e6"),
            (QPalette.ColorRole.Button, "#2b2f36"),
            (QPalette.ColorRole.ButtonText, "#e6e6e6"),
        ):
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)
    from desktop.sample import populate_sample
    from desktop.store import create_project
    from desktop.ui.coverage.panel import CoveragePanel

    with tempfile.TemporaryDirectory() as folder:
        project = create_project(Path(folder) / "sample.crosscheck")
        populate_sample(project)
        window = QMainWindow()
        window.setCentralWidget(QLabel("(claims panel and articles)"))
        dock = QDockWidget("Coverage", window)
        panel = CoveragePanel()
        dock.setWidget(panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        panel.set_project(project)
        project.subscribe(panel.apply_changes)
        window.resize(1180, 680)
        window.show()
        window.resizeDocks([dock], [560], Qt.Orientation.Vertical)
        disputed = next(c.id for c in project.state.claims.values() if c.statement.startswith("The call took place"))
        panel.set_selected_claim(disputed)
        app.processEvents()
        OUT.mkdir(parents=True, exist_ok=True)
        suffix = "-dark" if args.dark else ""
        panel.grab().save(str(OUT / f"coverage-panel{suffix}.png"))
        panel.set_mode("bars")
        app.processEvents()
        panel.grab().save(str(OUT / f"coverage-panel-bars{suffix}.png"))
        project.persistence.close()
    print(f"saved to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
