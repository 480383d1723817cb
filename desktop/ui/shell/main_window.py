"""The main window: article library, panes side by side, claims panel, inspector, status bar.

It composes the widgets and routes between them. What the user is looking at lives in the
`Workspace` (panes, current claim, selected passage, filter), which the widgets write and follow;
the project changes only through commands (ProjectBridge), whose Changes records every view
follows. Menu actions are declared in actions.py and run targets this window offers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import (
    QActionGroup,
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.core.project import Changes, Project, UndoConflict
from desktop.core.text import one_line
from desktop.store import StoreError
from desktop.store.team import TeamLoginError
from desktop.ui.articles.library import ArticleLibrary
from desktop.ui.claims.inspector import Inspector
from desktop.ui.claims.panel import ClaimsPanel
from desktop.ui.claims.picker import ClaimPicker
from desktop.ui.common import i18n
from desktop.ui.common.announce import announce
from desktop.ui.common.bridge import ProjectBridge
from desktop.ui.common.long_lived import freeze_long_lived, release_long_lived
from desktop.ui.common.settings import list_setting
from desktop.ui.common.theme import apply_theme, saved_theme
from desktop.ui.coverage.dock import CoverageDock
from desktop.ui.io import project_files
from desktop.ui.io.team import (
    TeamSession,
    ask_keep_mine,
    ask_team_location,
    is_team,
    open_team,
    publish_file_to_team,
    settle_conflict,
)
from desktop.ui.io.window_io import WindowIO, io_texts
from desktop.ui.panes.area import PaneArea
from desktop.ui.shell import about
from desktop.ui.shell.actions import action_texts, build_actions, update_enabled
from desktop.ui.shell.hint_banner import HintBanner
from desktop.ui.shell.start_page import StartPage
from desktop.ui.suggestions.controller import SuggestionsController
from desktop.ui.suggestions.panel import SuggestionsPanel
from desktop.workspace.gestures import FOCUS_ARTICLE, FOCUS_STATEMENT, Gestures, Outcome, gesture_texts
from desktop.workspace.state import CLAIM, FILTER, MAX_PANES, PANES, PASSAGE, ClaimFilter, Workspace, WorkspaceEvent

if TYPE_CHECKING:
    from desktop.store.shared import OpenedProject
    from desktop.store.team import EditConflict
    from desktop.ui.coverage.panel import CoveragePanel

# Docks never get narrower than this, even from a layout saved on a smaller screen.
LIBRARY_MIN_WIDTH = 180


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Crosscheck")
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        # The side columns run the full height; the chart sits under the articles only, so the
        # claims list and the inspector keep their height when it opens.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.bridge: ProjectBridge | None = None
        self.project_path: Path | None = None  # the file; None for a team project
        self.project_location = ""  # the file's path or the team project's address (no password)
        self.team: TeamSession | None = None  # the live side of a team project
        self.workspace = Workspace()
        self._panes_timer = QTimer(self)  # which articles are open, saved a moment after they change
        self._panes_timer.setSingleShot(True)
        self._panes_timer.setInterval(1000)
        self._panes_timer.timeout.connect(self._remember_panes)
        self.io = WindowIO(self)
        self.setAcceptDrops(True)

        self.panes = PaneArea(self.workspace, self)
        self.hint = HintBanner(self)
        self.start_page = StartPage(self)
        workspace_page = QWidget(self)
        column = QVBoxLayout(workspace_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.hint)
        column.addWidget(self.panes, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(workspace_page)
        self.setCentralWidget(self.stack)

        self.library = ArticleLibrary(self)
        self.library.setMinimumWidth(LIBRARY_MIN_WIDTH)
        self.claims = ClaimsPanel(self.workspace, self)
        self.inspector = Inspector(self.workspace, self)
        self.inspector.ask_keep_mine = lambda field, theirs, who: ask_keep_mine(self, field, theirs, who)
        self.picker = ClaimPicker(self)
        self.library_dock = self._dock(
            self.tr("Articles"), "articleLibraryDock", self.library, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.claims_dock = self._dock(
            self.tr("Claims"), "claimsDock", self.claims, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.inspector_dock = self._dock(
            self.tr("Inspector"), "inspectorDock", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.suggestions_panel = SuggestionsPanel(self)
        self.suggestions_dock = self._dock(
            self.tr("Suggestions"), "suggestionsDock", self.suggestions_panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.tabifyDockWidget(self.inspector_dock, self.suggestions_dock)
        self.inspector_dock.raise_()
        self.suggestions = SuggestionsController(self, self.suggestions_panel)
        self.chart = CoverageDock(self)
        self.coverage_dock = self.chart.dock

        self.actions_by_name, self.menus = build_actions(self, self._resolve_target, self.present)
        self._add_recent_menu()
        self._add_theme_menu()
        self._add_language_menu()
        for dock in (
            self.library_dock,
            self.claims_dock,
            self.inspector_dock,
            self.suggestions_dock,
            self.coverage_dock,
        ):
            self.menus["&View"].addAction(dock.toggleViewAction())
        self.saved_label = QLabel(self)
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.saved_label)

        self.workspace.subscribe(self._follow_workspace)
        self.panes.missingClaim.connect(self._say_coverage_of_claim)
        self.panes.importRequested.connect(self.io.import_files)
        self.library.articleActivated.connect(lambda article_id, new: self._open_article(article_id, new))
        self.claims.claimActivated.connect(lambda _cid: self.present(self.gestures.step_claim_passage(+1)))
        self.inspector.passageActivated.connect(lambda pid: self.present(self.gestures.show_passage(pid)))
        self.inspector.editingDone.connect(self.focus_article)
        self.inspector.editingDone.connect(self.statusBar().clearMessage)  # the "type a statement" hint is done
        self.picker.chosen.connect(lambda claim_id: self.present(self.gestures.link_to(claim_id)))
        self.start_page.openRequested.connect(self.open_project_dialog)
        self.start_page.newRequested.connect(self.new_project)
        self.start_page.sampleRequested.connect(self.open_sample)
        self.start_page.recentRequested.connect(self.open_project_file)
        application = QApplication.instance()
        if isinstance(application, QApplication):
            application.focusChanged.connect(lambda *_: self._tell_team_what_we_edit())
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(lambda _scheme: self.panes.set_scheme())
        self._restore_layout()
        self.update_actions()
        self.refresh_recent_menu()

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        self.addDockWidget(area, dock)
        return dock

    def _add_recent_menu(self) -> None:
        file_menu = self.menus["&File"]
        self.recent_menu = QMenu(self.tr("Open &recent"), file_menu)
        self.recent_menu.setObjectName("menuOpenRecent")
        entries = file_menu.actions()
        after_open = entries[entries.index(self.actions_by_name["actionOpen"]) + 1]
        file_menu.insertMenu(after_open, self.recent_menu)

    def _add_theme_menu(self) -> None:
        """View > Theme: System, Light, Dark; the choice is remembered."""
        menu = self.menus["&View"].addMenu(self.tr("&Theme"))
        menu.setObjectName("menuTheme")
        group = QActionGroup(menu)
        current = saved_theme()
        for theme, text in (("system", self.tr("&System")), ("light", self.tr("&Light")), ("dark", self.tr("&Dark"))):
            action = menu.addAction(text)
            action.setObjectName(f"actionTheme{theme.capitalize()}")
            action.setCheckable(True)
            action.setChecked(theme == current)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, t=theme: self.set_theme(t))
        self.menus["&View"].addSeparator()

    def _add_language_menu(self) -> None:
        """View > Language: each language under its own name; the choice applies at the next start."""
        menu = self.menus["&View"].addMenu(self.tr("La&nguage"))
        menu.setObjectName("menuLanguage")
        group = QActionGroup(menu)
        chosen = i18n.chosen_language()
        for code, name in i18n.LANGUAGES.items():
            action = menu.addAction(name)
            action.setObjectName(f"actionLanguage_{code}")
            action.setCheckable(True)
            action.setChecked(code == chosen)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
        self.menus["&View"].addSeparator()

    def set_language(self, language: str) -> None:
        """Remember the language; every text is made in it the next time Crosscheck starts."""
        if language == i18n.chosen_language() and language == i18n.current_language():
            return
        i18n.save_language(language)
        if language == i18n.current_language():
            self.say(self.tr("Crosscheck stays in {language}.").format(language=i18n.LANGUAGES[language]))
            return
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("Crosscheck will be in {language} the next time it starts.").format(
                language=i18n.LANGUAGES[language]
            ),
        )

    def set_theme(self, theme: str) -> None:
        apply_theme(theme, remember=True)
        self.panes.set_scheme()

    # --- actions ------------------------------------------------------------------------------
    @property
    def gestures(self) -> Gestures:
        if self.bridge is None:
            raise RuntimeError("no project is open")
        return Gestures(self.workspace, self.bridge.project, self.bridge.run)

    @property
    def main_window(self) -> QMainWindow:
        """Host's Qt side: the features parent their docks and dialogs to this window."""
        return self

    def action_targets(self) -> dict[str, object]:
        """What actions.py's targets name: "gestures.highlight" is Gestures.highlight."""
        return {
            "window": self,
            "workspace": self.workspace,
            "io": self.io,
            "panes": self.panes,
            "claims": self.claims,
            "chart": self.chart,
            "suggestions": self.suggestions,
            "bridge": self.bridge,
            "gestures": self.gestures if self.bridge is not None else None,
        }

    def _resolve_target(self, target: str) -> Callable[..., object]:
        namespace, _, name = target.partition(".")
        owner = self.action_targets()[namespace]
        if owner is None:  # no project: the action was disabled a moment ago
            return lambda *args: Outcome(False, self.tr("Open a project first."))
        method: Callable[..., object] = getattr(owner, name)
        assert callable(method), f"action target {target} is not a method"
        return method

    def action_flags(self) -> dict[str, bool]:
        project = self.bridge.project if self.bridge else None
        writable = project is not None and not project.read_only
        panes = self.workspace.panes
        return {
            "project": project is not None,
            "writable": writable,
            "can_undo": writable and project is not None and project.can_undo,
            "can_redo": writable and project is not None and project.can_redo,
            "pane": self.workspace.current_article is not None,
            "claim": self.workspace.current_claim is not None,
            "file": project is not None and self.project_path is not None,
            "room_for_pane": len(panes) < MAX_PANES,
            "several_panes": len(panes) > 1,
        }

    def update_actions(self) -> None:
        update_enabled(self.actions_by_name, self.action_flags())
        project = self.bridge.project if self.bridge else None
        undo, redo = self.actions_by_name["actionUndo"], self.actions_by_name["actionRedo"]
        if project and project.can_undo:
            undo.setText(self.tr("&Undo {action}").format(action=project.undo_label))
        else:
            undo.setText(action_texts.tr("&Undo"))
        if project and project.can_redo:
            redo.setText(self.tr("&Redo {action}").format(action=project.redo_label))
        else:
            redo.setText(action_texts.tr("&Redo"))

    def present(self, result: object) -> None:
        """Carry out what a gesture says: its message in the status bar, the keyboard's next place."""
        if not isinstance(result, Outcome):
            return
        if result.message:
            self.say(result.message)
        if result.focus == FOCUS_STATEMENT:
            self.inspector_dock.show()
            self.inspector_dock.raise_()
            self.inspector.statement.setFocus()
            self.inspector.statement.selectAll()
        elif result.focus == FOCUS_ARTICLE:
            self.focus_article()

    # --- project ----------------------------------------------------------------------------
    def open_project_file(self, path: Path | str, show_errors: bool = True) -> bool:
        """Open a project file, or a team project given by its postgresql:// address."""
        if is_team(str(path)):
            return self.open_team_project(str(path), show_errors)
        path = Path(path)
        opened = self.io.open(path, show_errors)
        if opened is None:
            return False
        try:
            self._show_project(opened.project, str(opened.working_path.resolve()), opened.working_path)
        except Exception as error:  # a view could not take this project: open nothing half-way
            self._abandon(opened)
            message = one_line(f"{path}: the project could not be shown ({type(error).__name__}: {error})")
            if show_errors:
                QMessageBox.critical(self, io_texts.tr("Cannot open project"), message)
            else:
                self.say(message)
            return False
        project = opened.project
        if project.read_only:
            title = self.tr("{name} (read-only) — Crosscheck")
        elif opened.is_copy:
            title = self.tr("{name} (local copy) — Crosscheck")
        else:
            title = self.tr("{name} — Crosscheck")
        self.setWindowTitle(title.format(name=path.stem))
        self.setWindowFilePath(str(path))
        if project.read_only:
            self.saved_label.setText(self.tr("Read-only"))
        else:
            self.saved_label.setText(self.tr("All changes saved"))
            self.io.watch(opened.working_path, project)
        if opened.reason:
            self.saved_label.setToolTip(opened.reason)
            self.say(opened.reason)
        self._opened()
        return True

    def _abandon(self, opened: OpenedProject) -> None:
        """Undo a failed open: views emptied, the file closed and its lock released (issue 19:
        handed to a running instance, a half-open window kept the file locked)."""
        try:
            self.close_project()
        except Exception:  # the views are broken already; what matters is the lock below
            self.bridge = None
        opened.close()

    def open_team_project(self, location: str, show_errors: bool = True, preloaded: object = None) -> bool:
        """Open a team project; `preloaded` is what opening it already gave on another thread (the
        Project, or the error it raised), else it is opened here."""
        try:
            if isinstance(preloaded, Project):
                project = preloaded
            elif isinstance(preloaded, (StoreError, OSError)) and not isinstance(preloaded, TeamLoginError):
                raise preloaded
            else:  # not loaded yet, or the server wants a password: ask, as File > Open does
                project = open_team(self, location)
        except (StoreError, OSError) as error:
            if show_errors:
                QMessageBox.critical(self, self.tr("Cannot open team project"), str(error))
            else:
                self.say(str(error))
            return False
        store = project.persistence
        shown = store.location or location
        self._show_project(project, shown, None)
        self.team = TeamSession(self, project)
        name = project_files.team_name(shown)
        if project.read_only:
            self.setWindowTitle(self.tr("{name} (team, read-only) — Crosscheck").format(name=name))
        else:
            self.setWindowTitle(self.tr("{name} (team) — Crosscheck").format(name=name))
        self.setWindowFilePath("")
        self.saved_label.setText(self._team_label(read_only=project.read_only))
        self.saved_label.setToolTip(shown)
        self._opened()
        return True

    def _show_project(self, project: Project, location: str, path: Path | None) -> None:
        """What opening a file and opening a team project share: the bridge and every view."""
        self.close_project()
        self.project_path = path
        self.project_location = location
        self.bridge = ProjectBridge(project, self)
        self.bridge.changed.connect(self._on_changes)
        self.bridge.failed.connect(self._on_failure)
        self.bridge.saved.connect(self._on_saved)
        self.bridge.conflicted.connect(self._settle_conflict)
        self.bridge.undo_conflicted.connect(self._settle_undo)
        self.library.set_bridge(self.bridge)
        self.claims.set_bridge(self.bridge)
        self.inspector.set_bridge(self.bridge)
        self.panes.set_bridge(self.bridge)
        self.workspace.reset(project.state, list_setting(self._panes_key()))
        self.panes.set_scheme()
        self.suggestions.attach(project)
        self.chart.set_project(project)
        self.stack.setCurrentIndex(1)
        project_files.remember_recent(location)
        self.refresh_recent_menu()

    def _opened(self) -> None:
        self.hint.show_once()
        self.update_actions()
        freeze_long_lived()  # see long_lived: GC pauses of 100+ ms at 50k passages otherwise

    def close_project(self) -> None:
        if self.bridge is None:
            return
        self.inspector.flush()  # a note being typed is saved before the project goes
        self._remember_panes()
        bridge, self.bridge = self.bridge, None
        if self.team is not None:
            self.team.close()
            self.team = None
        self.workspace.reset(None)
        self.panes.set_bridge(None)
        self.library.set_bridge(None)
        self.claims.set_bridge(None)
        self.inspector.set_bridge(None)
        self.io.stop_watching()
        self.suggestions.detach()
        self.chart.set_project(None)
        bridge.detach()
        bridge.project.persistence.close()
        release_long_lived()
        bridge.deleteLater()
        self.project_path = None
        self.project_location = ""
        self.stack.setCurrentIndex(0)
        self.setWindowTitle("Crosscheck")
        self.saved_label.clear()
        self.refresh_recent_menu()
        self.update_actions()

    def publish_to_team(self) -> None:
        """File > Publish to team server…: this file becomes a team project, then opens as one."""
        if self.project_path is None or self.bridge is None:
            return
        self.inspector.flush()  # a note being typed goes with it
        location = ask_team_location(self, "", publishing=True)
        if not location:
            return
        try:
            published = publish_file_to_team(self, self.project_path, location, self.bridge.project.author)
        except (StoreError, OSError) as error:
            QMessageBox.critical(self, self.tr("Cannot publish to the team server"), str(error))
            return
        if published is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Published"),
            self.tr(
                "{name} is now a team project ({counts}), and you are its admin. Add members with "
                "crosscheck team add-member.\n\nOpen the team project now? (This file stays as it is.)"
            ).format(
                name=published.location.project,
                counts=", ".join(
                    (
                        self.tr("%n article(s)", "", published.articles),
                        self.tr("%n claim(s)", "", published.claims),
                        self.tr("%n passage(s)", "", published.passages),
                    )
                ),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_team_project(location)

    def open_team_dialog(self) -> None:
        location = ask_team_location(self, self.project_location if self.team else "")
        if location:
            self.open_team_project(location)

    # --- a team project: what the live session tells the window ---------------------------------------
    def team_connection_changed(self, connected: bool, message: str) -> None:
        read_only = self.bridge is not None and self.bridge.project.read_only
        if connected:
            self.saved_label.setText(self._team_label(read_only))
            self.say(self.tr("Connected to the team server again."))
        else:
            self.saved_label.setText(self.tr("Team project · offline, reconnecting… (read-only meanwhile)"))
            self.say(message)
        self.update_actions()

    def _team_label(self, read_only: bool) -> str:
        return self.tr("Team project · read-only") if read_only else self.tr("Team project · connected")

    def _tell_team_what_we_edit(self) -> None:
        if self.team is not None:
            target = self.inspector.editing_target()
            self.team.set_editing(*(target or (None, None)))

    def team_presence_changed(self) -> None:
        claim_id = self.workspace.current_claim
        names = self.team.others_editing("claim", claim_id) if self.team and claim_id else []
        self.inspector.show_others_editing(names)
        self.claims.model.set_editing(self.team.editing_claims() if self.team else {})

    def _settle_conflict(self, conflict: EditConflict, retry: Callable[[], object]) -> None:
        if settle_conflict(self, conflict):
            if self.team is not None:
                self.team.poll()  # their version first, so ours is written over what they saved
            retry()
        elif self.team is not None:
            self.team.poll()
            self.say(self.tr("Kept your colleague's version."))

    def _settle_undo(self, conflict: UndoConflict) -> None:
        if conflict.reason == "undo":
            title = self.tr("Undo over a colleague's change")
            question = self.tr("{conflict}.\n\nUndo the rest and keep what your colleague changed?")
        else:
            title = self.tr("Redo over a colleague's change")
            question = self.tr("{conflict}.\n\nRedo the rest and keep what your colleague changed?")
        answer = QMessageBox.question(self, title, question.format(conflict=conflict))
        if answer == QMessageBox.StandardButton.Yes and self.bridge is not None:
            travel = self.bridge.undo if conflict.reason == "undo" else self.bridge.redo
            travel(keep_theirs=True)

    def new_project(self) -> None:
        path = project_files.ask_new_path(self, self._folder())
        if path and project_files.create_empty(self, path):
            self.open_project_file(path)

    def open_project_dialog(self) -> None:
        path = project_files.ask_open_path(self, self._folder())
        if path:
            self.open_project_file(path)

    def open_sample(self) -> None:
        from desktop.sample import SampleMissingError, ensure_sample_project

        try:
            path = ensure_sample_project()
        except (SampleMissingError, OSError) as error:
            QMessageBox.warning(
                self,
                self.tr("No sample project"),
                self.tr("The sample articles are not available: {error}").format(error=error),
            )
            return
        self.open_project_file(path)

    def save_copy(self) -> None:
        if self.bridge is not None:
            project_files.save_copy(self, self.bridge.project, self.project_path)

    def refresh_recent_menu(self) -> None:
        project_files.fill_recent_menu(self.recent_menu, self.open_project_file)
        self.start_page.set_recent(project_files.recent_projects())

    def _folder(self) -> Path | None:
        """Where file dialogs open: the open project's folder, else the last one used."""
        return project_files.dialog_folder(self.project_path)

    # --- changes ----------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        self.workspace.follow(changes)
        self.library.model.apply_changes(changes)
        self.claims.model.apply_changes(changes)
        self.panes.apply_changes(changes)
        self.suggestions.apply_changes(changes)
        self.chart.apply_changes(changes)
        self.inspector.apply_changes(changes)
        self.update_actions()
        if changes.reason == "undo":
            self.say(self.tr("Undone: {action}").format(action=changes.label))
        elif changes.reason == "redo":
            self.say(self.tr("Redone: {action}").format(action=changes.label))

    def _on_saved(self) -> None:
        self.saved_label.setText(self.tr("All changes saved · {time}").format(time=i18n.time_text()))

    def _on_failure(self, message: str, serious: bool) -> None:
        if serious:
            QMessageBox.critical(self, self.tr("Could not save"), message)
        else:
            self.say(message)

    # --- following the workspace ------------------------------------------------------------------
    def _follow_workspace(self, event: WorkspaceEvent) -> None:
        if CLAIM in event or PASSAGE in event:
            self.suggestions.follow(self.workspace.current_claim, self.workspace.selected_passage)
        if CLAIM in event:
            self.chart.set_selected_claim(self.workspace.current_claim)
            self.team_presence_changed()
        if FILTER in event:
            self.chart.set_visible_claims(self.claims.visible_claims())
        if PANES in event:
            self._panes_timer.start()  # QSettings writes its file at once: not in the gesture's time
        self.update_actions()

    def _say_coverage_of_claim(self, missing_titles: list[str]) -> None:
        claim_id = self.workspace.current_claim
        if self.bridge is None or claim_id is None:
            return
        state = self.bridge.state
        message = self.tr("Claim carried by {sources} of %n articles", "", len(state.articles)).format(
            sources=len(state.sources_of_claim(claim_id))
        )
        if missing_titles:
            message = self.tr("{message}; open but not carrying it: {titles}").format(
                message=message, titles="; ".join(title[:40] for title in missing_titles)
            )
        self.say(message)

    def say(self, message: str) -> None:
        """The status line, read out politely too: what a gesture did is heard, not only seen."""
        self.statusBar().showMessage(message, 8000)
        self.announce(message)

    def announce(self, message: str) -> None:
        """Tell a screen reader (a merge result, a change from outside) without moving the keyboard."""
        announce(self, message)

    # --- what the features may ask (ui/common/host.py) ------------------------------------------------
    def mark_spans(self, kind: str, spans_by_article: dict[str, list[tuple[int, int]]], colour: QColor) -> None:
        self.panes.set_marks(kind, spans_by_article, colour)

    def show_suggestions(self) -> None:
        self.suggestions_dock.show()
        self.suggestions_dock.raise_()

    def keep_alive(self, dialog: object) -> None:
        self._kept_dialog = dialog

    # --- action targets on the window -----------------------------------------------------------
    def set_author_name(self) -> None:
        project_files.ask_author_name(self)
        if self.bridge:
            self.bridge.project.author = project_files.author_name()

    def pick_claim_to_link(self) -> Outcome:
        state = self.bridge.state if self.bridge else None
        if state is None or not state.claims:
            return Outcome(False, self.tr("There are no claims yet: press N to make one from the selection."))
        pane = self.panes.current_pane
        if pane is not None:
            rect = pane.view.cursorRect()
            at = pane.view.viewport().mapToGlobal(rect.bottomLeft())
        else:
            at = self.mapToGlobal(self.rect().center())
        self.picker.open_for(state, at, preselect=self.workspace.current_claim)
        return Outcome(True)

    def delete_selection(self) -> Outcome:
        """Delete: the selected claims when the claims list has the keyboard, else the passage."""
        if self.claims.table.hasFocus():
            return self.claims.delete_selected()
        return self.gestures.delete_passage()

    def edit_statement(self) -> None:
        if self.workspace.current_claim:
            self.present(Outcome(True, focus=FOCUS_STATEMENT))

    def _open_article(self, article_id: str, new_pane: bool) -> None:
        if self.workspace.open_article(article_id, new_pane=new_pane) is None:
            self.say(gesture_texts.tr("Six panes at most; close one first (Ctrl+W)."))
            return
        self.focus_article()

    def show_all_claims(self) -> None:
        self.workspace.set_claim_filter(ClaimFilter())

    def focus_suggestions(self) -> None:
        self.suggestions_dock.show()
        self.suggestions_dock.raise_()
        self.suggestions_panel.list.setFocus()

    def focus_library(self) -> None:
        self.library_dock.show()
        self.library.table.setFocus()

    def focus_article(self) -> None:
        self.panes.focus_pane()

    def focus_claims(self) -> None:
        self.claims_dock.show()
        self.claims.table.setFocus()

    @property
    def coverage(self) -> CoveragePanel:
        """The chart panel, created on first use (see CoverageDock)."""
        return self.chart.ensure_panel()

    def show_coverage(self) -> None:
        self.chart.show()

    def show_shortcuts(self) -> None:
        self.shortcut_dialog = about.show_shortcuts(self, self.actions_by_name)  # alive while open

    def show_about(self) -> None:
        about.show_about(self, __version__, self.project_path)

    # --- files dropped on the window ---------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.io.dropped(paths)

    # --- layout persistence ------------------------------------------------------------------
    def _panes_key(self) -> str:
        digest = hashlib.sha1(self.project_location.encode()).hexdigest()[:16]
        return f"panes/{digest}"

    def _remember_panes(self) -> None:
        self._panes_timer.stop()
        if self.project_location and self.bridge is not None:
            QSettings().setValue(self._panes_key(), self.workspace.open_article_ids())

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_size()
        self._layout_restored = False

    def _default_size(self) -> None:
        """1440x900, or most of a smaller screen."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            self.resize(1440, 900)
            return
        self.resize(min(1440, screen.width() - 40), min(900, screen.height() - 40))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._layout_restored:
            return
        # Dock sizes only restore correctly once the window has its real size.
        self._layout_restored = True
        state = QSettings().value("window/state")
        if state is None or not self.restoreState(state):
            self._default_docks()
        QTimer.singleShot(0, self, self._fit_screen)

    def _default_docks(self) -> None:
        width = self.width()
        self.resizeDocks(
            [self.library_dock, self.claims_dock],
            [max(LIBRARY_MIN_WIDTH, width // 7), max(self.claims.minimumWidth(), width * 2 // 7)],
            Qt.Orientation.Horizontal,
        )

    def _fit_screen(self) -> None:
        """A layout saved on a larger screen (or with a dock since grown) still fits this one."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        frame = self.frameGeometry()
        if frame.width() > screen.width() or frame.height() > screen.height():
            self.resize(min(self.width(), screen.width() - 20), min(self.height(), screen.height() - 40))
            self.move(screen.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.inspector.flush()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        self.close_project()
        super().closeEvent(event)
