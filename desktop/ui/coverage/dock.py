"""The coverage chart's dock, and the window's routing to the chart.

The panel is created the first time its dock is shown, and only then gets the project: its module
pulls in numpy, building the counts takes 0.4 s at 50,000 passages, and pyqtgraph another 0.6 s.
None of that belongs in the window's start-up when the chart is closed, as it is by default.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QLabel

from desktop.workspace.state import ClaimFilter

if TYPE_CHECKING:
    from desktop.core.project import Changes, Project
    from desktop.ui.common.host import Host
    from desktop.ui.coverage.panel import CoveragePanel

MIN_HEIGHT_ON_FIRST_SHOW = 280  # the panel's minimum is 240: at that the matrix rows are 13 px


class CoverageDock(QObject):
    def __init__(self, window: Host) -> None:
        super().__init__(window.main_window)
        self.window = window
        self.panel: CoveragePanel | None = None
        self.project: Project | None = None
        self._visible_claims: frozenset[str] | None = None
        self._selected: str | None = None
        self.dock = QDockWidget(self.tr("Coverage"), window.main_window)
        self.dock.setObjectName("coverageDock")
        self.dock.setAccessibleName(self.tr("Coverage"))
        self.dock.setWidget(QLabel(self.tr("The chart is drawn when this panel is shown."), self.dock))
        window.main_window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()  # shown on demand (View menu, Alt+5)
        # Shown by restoring the last session's layout (or by its tab being raised): build on the
        # next turn of the event loop, so the window's first paint is not held up by pyqtgraph.
        self.dock.visibilityChanged.connect(lambda visible: visible and QTimer.singleShot(0, self, self._attach))

    # --- what the window tells the chart ------------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        self.project = project
        self._visible_claims = self._selected = None
        if self.panel is not None:
            self.panel.set_project(None)
        self._attach()

    def apply_changes(self, changes: Changes) -> None:
        # Before the chart has the project there is nothing to update: it builds from the state.
        if self.panel is not None and self.project is not None and self.panel.project is self.project:
            self.panel.apply_changes(changes)

    def set_selected_claim(self, claim_id: str | None) -> None:
        self._selected = claim_id
        if self.panel is not None:
            self.panel.set_selected_claim(claim_id)

    def set_visible_claims(self, claim_ids: Iterable[str] | None) -> None:
        self._visible_claims = None if claim_ids is None else frozenset(claim_ids)
        if self.panel is not None:
            self.panel.set_visible_claims(self._visible_claims)

    def show(self) -> None:
        first_time = not self.dock.isVisible()
        self.dock.show()
        self.dock.raise_()
        self._attach()  # asked for: draw now
        if self.panel is not None:
            self.panel.focus_plot()  # Alt+5 means "go to the chart": arrows move its cursor
        if first_time and self.dock.height() < MIN_HEIGHT_ON_FIRST_SHOW:
            height = max(MIN_HEIGHT_ON_FIRST_SHOW, self.window.main_window.height() // 3)
            self.window.main_window.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)

    # --- creating the panel ---------------------------------------------------------------------
    def ensure_panel(self) -> CoveragePanel:
        if self.panel is None:
            from desktop.ui.coverage.panel import CoveragePanel

            window = self.window
            self.panel = CoveragePanel(self.dock)
            self.panel.cellActivated.connect(self._cell_activated)
            self.panel.claimActivated.connect(lambda claim_id: window.workspace.select_claims(claim_id))
            self.panel.sourceClicked.connect(self._source_clicked)
            old = self.dock.widget()
            self.dock.setWidget(self.panel)
            if old is not None:
                old.deleteLater()
        return self.panel

    # --- what the chart tells the window -------------------------------------------------------
    def _cell_activated(self, claim_id: str, article_id: str) -> None:
        """A matrix cell: select the claim and show that article at its passage."""
        self.window.present(self.window.gestures.show_claim_in_article(claim_id, article_id))

    def _source_clicked(self, key: str, article_ids: list[str]) -> None:
        """A bar or a column: filter the claims panel to what those sources carry."""
        window = self.window
        assert window.bridge is not None, "the chart shows the open project"
        state = window.bridge.state
        carried = frozenset(p.claim_id for a in article_ids for p in state.passages_of_article(a) if p.claim_id)
        name = key.split(":", 1)[-1] if ":" in key else state.articles[key].title
        label = self.tr("carried by {source}").format(source=name)
        window.workspace.set_claim_filter(ClaimFilter(only_ids=carried, only_label=label))
        window.say(
            self.tr(
                "Claims filtered to %n carried by {source} — View → Show all claims to clear", "", len(carried)
            ).format(source=name)
        )

    def _attach(self) -> None:
        """Give the chart the project once its dock is on screen (tabbed away counts too)."""
        if self.project is None or self.dock.isHidden():
            return
        panel = self.ensure_panel()
        if panel.project is not self.project:
            panel.set_project(self.project)
            panel.set_visible_claims(self._visible_claims)
            panel.set_selected_claim(self._selected)
