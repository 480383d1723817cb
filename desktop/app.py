"""Composition root: the QApplication, settings, which project to open, and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_dir

from desktop import APP_NAME, ORGANISATION, __version__

SAMPLE_NAME = "Sample project.crosscheck"
RECENT_KEY = "project/recent"


def default_sample_path() -> Path:
    return Path(user_data_dir(APP_NAME, ORGANISATION)) / SAMPLE_NAME


def ensure_sample_project(path: Path | None = None) -> Path:
    """The sample project in the user data folder, built on first use."""
    from desktop.sample import populate_sample
    from desktop.store import create_project

    path = path or default_sample_path()
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    project = create_project(path)
    try:
        populate_sample(project)
    except BaseException:
        project.persistence.close()
        path.unlink(missing_ok=True)
        raise
    project.persistence.close()
    return path


def ensure_application():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.crosscheck.Crosscheck")
    from desktop.ui.theme import follow_colour_scheme

    follow_colour_scheme(app)
    hints = app.styleHints()
    if hints is not None and not getattr(app, "_crosscheck_scheme_hooked", False):
        hints.colorSchemeChanged.connect(lambda _scheme: follow_colour_scheme(app))
        app._crosscheck_scheme_hooked = True
    return app


def choose_project(path: str | Path | None) -> Path:
    """The file to open: the one given, else the last one used, else the sample project."""
    if path:
        return Path(path)
    from PySide6.QtCore import QSettings

    recent = QSettings().value(RECENT_KEY, [], type=list) or []
    for candidate in recent:
        if Path(candidate).is_file():
            return Path(candidate)
    return ensure_sample_project()


def create_window(path: str | Path | None = None):
    """Build and show the main window on a project. A QApplication must exist."""
    from desktop.ui.main_window import MainWindow

    from PySide6.QtWidgets import QApplication

    window = MainWindow()
    window.open_project_file(choose_project(path), show_errors=True)
    window.show()
    # However the application ends, stop the background worker and release the project file.
    QApplication.instance().aboutToQuit.connect(window.close_project)
    return window


def main(path: str | None = None) -> int:
    app = ensure_application()
    if path and not Path(path).exists():
        print(f"crosscheck: error: {path}: no such project file", file=sys.stderr)
        return 1
    window = create_window(path)
    del window  # kept alive by Qt's top-level widget list
    return app.exec()
