"""Composition root: the QApplication, settings, which project to open, and the main window.

Also where Crosscheck meets the desktop: its icon and desktop-file name, one running instance per
user (a second launch hands its file over), the version report shared by Help > About and
`crosscheck --version`, and the hidden smoke test the packaged build is checked with.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir

from desktop import APP_NAME, ORGANISATION, __version__
from desktop.sample import default_sample_path, ensure_sample_project  # noqa: F401  (the entry points use them)

if TYPE_CHECKING:  # Qt is imported when a window is asked for, not when the CLI starts
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop.ui.shell.main_window import MainWindow

RECENT_KEY = "project/recent"
# The reverse-DNS id shared by the .desktop file, the AppStream metadata and the icon files.
APP_ID = "io.github.crosscheck.Crosscheck"
SMOKE_ENV = "CROSSCHECK_SMOKE_TEST"  # "1": open a project, draw it, quit; exit status says if it worked
NEW_INSTANCE_ENV = "CROSSCHECK_NEW_INSTANCE"  # "1": never hand over to a running instance

_windows: list[MainWindow] = []  # windows opened for later launches, kept alive until closed


def ensure_application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication), "Crosscheck's windows need a QApplication"
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # Wayland finds the icon and name through the .desktop file
    # Dynamic properties mark what was done once for this application object.
    if not app.property("crosscheckIconSet"):
        app.setWindowIcon(application_icon())  # every window and dialog inherits it
        app.setProperty("crosscheckIconSet", True)
    from desktop.ui.common.i18n import apply_language
    from desktop.ui.common.theme import apply_theme, follow_colour_scheme, saved_theme

    apply_language()  # before any widget exists: every text is translated as it is made
    apply_theme(saved_theme())
    hints = app.styleHints()
    if hints is not None and not app.property("crosscheckSchemeHooked"):
        hints.colorSchemeChanged.connect(lambda _scheme: follow_colour_scheme(app))
        app.setProperty("crosscheckSchemeHooked", True)
    return app


def choose_project(path: str | Path | None) -> Path | str:
    """What to open: the file or team project given, else the last one used, else the sample."""
    from desktop.store.team import is_team_location

    if path:
        return str(path) if is_team_location(str(path)) else Path(path)
    from desktop.ui.common.settings import list_setting

    for candidate in list_setting(RECENT_KEY):
        if is_team_location(candidate):
            return str(candidate)
        if Path(candidate).is_file():
            return Path(candidate)
    return ensure_sample_project()


def create_window(path: str | Path | None = None) -> MainWindow:
    """Build and show the main window on a project. A QApplication must exist."""
    from PySide6.QtWidgets import QApplication

    from desktop.sample import SampleMissingError
    from desktop.ui.shell.main_window import MainWindow

    try:
        chosen: Path | str | None = choose_project(path)
    except (SampleMissingError, OSError) as error:
        chosen, problem = None, error
    preload = _preload_team_project(chosen) if isinstance(chosen, str) else None
    window = MainWindow()
    if chosen is None:
        # No project given, none recent, no sample to build: the start page, never a traceback.
        window.start_page.say(f"The sample project is not available ({problem}). Open or create a project.")
        window.start_page.set_sample_available(False)
    elif isinstance(chosen, str) and preload is not None:
        preload.join()  # loaded from the server while the window was being built
        window.open_team_project(chosen, show_errors=True, preloaded=preload.outcome)
    else:
        window.open_project_file(chosen, show_errors=True)
    window.show()
    # However the application ends, stop the background worker and release the project file.
    app = QApplication.instance()
    assert app is not None, "create_window() needs a QApplication"
    app.aboutToQuit.connect(window.close_project)
    return window


class _Preload(threading.Thread):
    """A team project loading from its server on a thread while the window is built: the server's
    time (about a second for 50,000 passages) overlaps the window's. psycopg's connections may be
    handed between threads; a file's sqlite3 connection may not, so files open as before."""

    def __init__(self, location: str) -> None:
        super().__init__(name="crosscheck-team-preload", daemon=True)
        self.location = location
        self.outcome: object = None  # the Project, or the exception that opening raised

    def run(self) -> None:
        from desktop.store import open_project

        try:
            self.outcome = open_project(self.location)
        except Exception as error:  # the window reports it (or asks for the password) as usual
            self.outcome = error


def _preload_team_project(location: str) -> _Preload:
    preload = _Preload(location)
    preload.start()
    return preload


def resources_folder() -> Path | None:
    """resources/ of a source checkout, or the copy inside a packaged build."""
    candidates = [Path(__file__).resolve().parent.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    return next((folder for folder in candidates if (folder / "icons").is_dir()), None)


def application_icon() -> QIcon:
    """The theme's icon when the desktop files are installed, else the bundled PNGs and SVG."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    folder = resources_folder()
    if folder is not None:
        for png in sorted((folder / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.png")):
            icon.addFile(str(png))
        svg = folder / "icons" / f"{APP_ID}.svg"
        if svg.is_file():
            icon.addFile(str(svg))
    return QIcon.fromTheme(APP_ID, icon)


def version_text() -> str:
    from desktop.ui.shell.about import component_versions

    versions = component_versions()
    build = " (packaged)" if getattr(sys, "frozen", False) else ""
    return f"crosscheck {versions[0][1]}{build}\n" + " · ".join(f"{name} {v}" for name, v in versions[1:])


def quit_on_termination(app: QApplication) -> None:
    """A logout or shutdown sends SIGTERM: quit as if the window were closed, so a note still in
    its typing pause is saved and the file released. Python runs signal handlers only between
    bytecodes, so a timer lets it in while Qt's loop waits."""
    import signal

    from PySide6.QtCore import QTimer

    for number in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(number, lambda *_: app.quit())
    tick = QTimer(app)
    tick.timeout.connect(lambda: None)
    tick.start(200)


def instance_name() -> str:
    from desktop.ui.shell.instance import instance_name as name_for

    return name_for(user_data_dir(APP_NAME, ORGANISATION))


def _raise(window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    window.show()
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.raise_()
    window.activateWindow()


def _main_windows() -> list[MainWindow]:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.shell.main_window import MainWindow

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def open_from_outside(path: Path | None) -> None:
    """A later launch asked for `path` (None: just show Crosscheck). The window that already has
    that file open is raised; else an empty window takes it; else it opens in a new window, so
    the project the user is working on stays open."""
    windows = _main_windows()
    if path is None:
        if windows:
            _raise(windows[-1])
        else:
            _track(create_window(None))
        return
    wanted = path.resolve()
    for window in windows:
        shown = window.windowFilePath()
        if window.bridge is not None and shown and Path(shown).resolve() == wanted:
            _raise(window)
            return
    for window in windows:
        if window.bridge is None:
            window.open_project_file(path, show_errors=True)
            _raise(window)
            return
    from desktop.ui.shell.main_window import MainWindow

    window = MainWindow()
    if window.open_project_file(path, show_errors=True):
        _track(window)
        _raise(window)
    else:
        window.deleteLater()
        if windows:
            _raise(windows[-1])


def _track(window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _windows.append(window)
    window.destroyed.connect(lambda _obj=None, w=window: _windows.remove(w) if w in _windows else None)


def smoke_test(app: QApplication, path: str | Path | None) -> int:
    """Open the project (default: the sample), let Qt lay out and paint it, quit. For checking a
    packaged build on a machine without Python; never waits on a dialog."""
    from desktop.ui.shell.main_window import MainWindow

    target = Path(path) if path else ensure_sample_project()
    window = MainWindow()
    opened = window.open_project_file(target, show_errors=False)
    window.show()
    for _ in range(10):
        app.processEvents()
    articles = len(window.bridge.state.articles) if window.bridge else 0
    claims = len(window.bridge.state.claims) if window.bridge else 0
    painted = not window.grab().isNull()
    # The chart loads pyqtgraph and numpy lazily: a bundle missing them fails only here.
    window.show_coverage()
    for _ in range(10):
        app.processEvents()
    panel = window.coverage
    chart = panel.matrix is not None and not panel.stale and not panel.grab().isNull()
    window.close()
    app.processEvents()
    print(f"smoke test: {target}: {articles} articles, {claims} claims, window drawn: {painted}, chart drawn: {chart}")
    print(version_text())
    return 0 if opened and articles and painted and chart else 1


def main(path: str | None = None) -> int:
    from desktop.store.team import is_team_location

    if path and not is_team_location(path) and not Path(path).exists():
        print(f"crosscheck: error: {path}: no such project file", file=sys.stderr)
        return 1
    from desktop.ui.shell.display_check import DisplayUnavailable, check_display, describe_import_error

    try:
        check_display()  # Qt would abort the interpreter with its own text: say it first, in one line
        app = ensure_application()
    except DisplayUnavailable as error:
        print(f"crosscheck: error: {error}", file=sys.stderr)
        return 1
    except ImportError as error:
        line = describe_import_error(error)
        if line is None:
            raise
        print(f"crosscheck: error: {line}", file=sys.stderr)
        return 1
    if os.environ.get(SMOKE_ENV) == "1":
        return smoke_test(app, path)
    from desktop.ui.shell.instance import InstanceServer, send_to_running

    name = instance_name()
    # (a team project opens in this process: the hand-over speaks in file paths)
    team = bool(path) and is_team_location(path)
    if os.environ.get(NEW_INSTANCE_ENV) != "1" and not team and send_to_running(name, Path(path) if path else None):
        return 0  # the running Crosscheck shows it
    server = InstanceServer(name, open_from_outside, app)
    server.listen()  # if this fails (say a read-only /tmp) we still run, just not as the one instance
    window = create_window(path)
    del window  # kept alive by Qt's top-level widget list
    quit_on_termination(app)
    try:
        return app.exec()
    finally:
        server.close()
