"""The coverage chart panel: which source carries which claim (a QWidget for a QDockWidget).

Interface for the main window (the panel never changes the project):
- `set_project(project)`; then feed every `Changes` notification to `apply_changes(changes)`
  (do, undo, redo, reload). The counts stay current even while the panel is hidden; drawing
  waits until it is shown (a hidden panel only marks itself stale).
- `set_visible_claims(ids | None)` follows the claims panel's filter; `set_selected_claim(id)`
  outlines that claim's row.
- Signals: `sourceClicked(key, article_ids)` (key = article id, or "outlet:<name>" /
  "language:<tag>" when grouped), `cellActivated(claim_id, article_id)` (a carrying cell: select
  the claim and scroll that article to its passage), `claimActivated(claim_id)` (a claim label or
  an empty cell).

Changes are coalesced: a notification marks the chart stale and starts a zero-timer, so a burst
(typing in the claims filter, a change followed by a selection) costs one refresh. `flush()` runs
a pending refresh at once. Keyboard use (cursor cell, zoom, scrollbars) is in coverage_keys.py.

pyqtgraph is imported only when the panel is first shown (it costs ~0.4 s of start-up).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.core.coverage import Coverage
from desktop.core.coverage_view import STANCES, Cell, CoverageView, GroupBy
from desktop.core.model import Passage, Stance
from desktop.core.project import Changes, Project
from desktop.core.state import ProjectState
from desktop.ui.coverage import export as coverage_export
from desktop.ui.coverage.style import chart_style, truncate

if TYPE_CHECKING:
    from desktop.core.coverage_view import Column
    from desktop.ui.coverage.bars import BarsPlot
    from desktop.ui.coverage.keys import ChartKeys
    from desktop.ui.coverage.matrix import MatrixPlot

BARS, MATRIX = "bars", "matrix"
QUOTE_WORDS = 12


class CoveragePanel(QWidget):
    sourceClicked = Signal(str, list)
    cellActivated = Signal(str, str)
    claimActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coveragePanel")
        self.setAccessibleName(self.tr("Coverage chart"))
        self.project: Project | None = None
        self.coverage: Coverage | None = None
        self.view: CoverageView | None = None
        self.group_by = GroupBy.ARTICLE
        self.mode = MATRIX
        self._visible_claims: frozenset[str] | None = None
        self._selected: str | None = None
        self._labels: tuple[tuple[Column, ...] | None, list[str]] = (None, [])  # (columns, axis labels)
        self.stale = True
        # built on first show
        self.bars: BarsPlot | None = None
        self.matrix: MatrixPlot | None = None
        self.keys: ChartKeys | None = None
        self.redraws = 0  # how many times the chart was drawn (tests, diagnostics)
        self._focus_when_built = False
        self._timer = QTimer(self)  # coalesces bursts of changes into one refresh
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)

        self.mode_box = QComboBox(self)
        self.mode_box.setAccessibleName(self.tr("Chart view"))
        self.mode_box.addItem(self.tr("Claims × sources"), MATRIX)
        self.mode_box.addItem(self.tr("Per source"), BARS)
        self.mode_box.currentIndexChanged.connect(lambda _: self.set_mode(self.mode_box.currentData()))
        self.group_box = QComboBox(self)
        self.group_box.setAccessibleName(self.tr("Group sources by"))
        for label, group in (
            (self.tr("One per article"), GroupBy.ARTICLE),
            (self.tr("By outlet"), GroupBy.OUTLET),
            (self.tr("By language"), GroupBy.LANGUAGE),
        ):
            self.group_box.addItem(label, group)
        self.group_box.currentIndexChanged.connect(lambda _: self.set_group_by(self.group_box.currentData()))
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export the chart"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Save as PNG…"), lambda: coverage_export.ask_and_export(self, "png"))
        menu.addAction(self.tr("Save as SVG…"), lambda: coverage_export.ask_and_export(self, "svg"))
        menu.addAction(self.tr("Copy table as CSV"), self.copy_csv)
        self.export_button.setMenu(menu)
        self.summary = QLabel(self)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        for widget in (self.mode_box, self.group_box, self.export_button):
            bar.addWidget(widget)
        bar.addWidget(self.summary, 1)
        self.stack = QStackedWidget(self)
        self.placeholder = QLabel(self.tr("No project"), self)
        self.stack.addWidget(self.placeholder)
        # The keyboard cursor's cell or bar, in words: what hovering shows, without a mouse.
        self.cursor_label = QLabel(self)
        self.cursor_label.setObjectName("coverageCursorText")
        self.cursor_label.setAccessibleName(self.tr("Chart cursor"))
        self.cursor_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cursor_label.setContentsMargins(6, 0, 6, 4)
        self.cursor_label.setWordWrap(True)  # a long statement must not widen the dock
        lines = 2  # the cell's text is cut to fit (its quote is already shortened)
        self.cursor_label.setFixedHeight(lines * self.cursor_label.fontMetrics().lineSpacing() + 6)
        self.cursor_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.cursor_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.cursor_label)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._restyle)

    def sizeHint(self) -> QSize:
        return QSize(760, 440)

    def minimumSizeHint(self) -> QSize:
        # Below this a dock squeezes the matrix to a single row: legend and axes need the room.
        return QSize(360, 240)

    # --- the interface for the main window ----------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        self.project = project
        self.coverage = Coverage(project.state) if project is not None else None
        self.view = None
        self._visible_claims = None
        self._selected = None
        if self.keys is not None:
            self.keys.reset()
        self._invalidate()

    def apply_changes(self, changes: Changes) -> None:
        if self.coverage is None or self.project is None:
            return
        if changes.reason == "reload" or self.coverage.state is not self.project.state:
            self.coverage.rebuild(self.project.state)
        else:
            self.coverage.apply(changes.entity_changes)
        self._invalidate()

    def set_visible_claims(self, claim_ids: Iterable[str] | None) -> None:
        self._visible_claims = None if claim_ids is None else frozenset(claim_ids)
        self._invalidate()

    def set_selected_claim(self, claim_id: str | None) -> None:
        self._selected = claim_id
        if not self.stale and self.matrix is not None:
            self._show_selection()

    def set_group_by(self, group_by: GroupBy | str) -> None:
        self.group_by = GroupBy(group_by)
        self.group_box.setCurrentIndex(self.group_box.findData(self.group_by))
        self._invalidate()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.mode_box.setCurrentIndex(self.mode_box.findData(mode))
        self._show_current()

    # --- drawing ------------------------------------------------------------------------------
    def _invalidate(self) -> None:
        self.stale = True
        if self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Run a pending refresh now (the zero-timer does this on its own)."""
        if self.stale and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def _build(self) -> tuple[MatrixPlot, BarsPlot, ChartKeys]:
        from desktop.ui.coverage.bars import BarsPlot  # pyqtgraph: imported on first show only
        from desktop.ui.coverage.keys import ChartKeys
        from desktop.ui.coverage.matrix import MatrixPlot

        style = chart_style(self)
        matrix, bars = MatrixPlot(style), BarsPlot(style)
        plots: tuple[MatrixPlot | BarsPlot, ...] = (matrix, bars)
        for plot in plots:
            # The chart keeps its axes where they are in any language (claims on the left, verdicts
            # on the right, sources in date order left to right): a right-to-left window mirrors
            # the toolbar around it, not the chart.
            plot.frame.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            plot.widget.ci.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # pyqtgraph's own layout
            self.stack.addWidget(plot.frame)
        # Built after the window's other widgets: put the plots right after the toolbar in the Tab
        # chain (the hidden one is skipped), not at the end of the window's.
        QWidget.setTabOrder(self.export_button, matrix.widget)
        QWidget.setTabOrder(matrix.widget, bars.widget)
        for plot in plots:
            scene = plot.widget.scene()
            scene.sigMouseMoved.connect(lambda pos, p=plot: self._on_hover(p, pos))
            scene.sigMouseClicked.connect(lambda ev, p=plot: self._on_click(p, ev))
        self.matrix, self.bars = matrix, bars
        self.keys = ChartKeys(self, matrix, bars)
        return matrix, bars, self.keys

    def _plots(self) -> tuple[MatrixPlot, BarsPlot, ChartKeys]:
        """The plots and their keyboard handling, which exist once the chart was first drawn."""
        assert self.matrix is not None and self.bars is not None and self.keys is not None, "drawn on first show"
        return self.matrix, self.bars, self.keys

    def shown(self) -> tuple[ProjectState, CoverageView]:
        """The project and the view drawn: hover, clicks and keys reach the chart only once it is."""
        assert self.project is not None and self.view is not None, "the chart shows a project"
        return self.project.state, self.view

    def refresh(self) -> None:
        """Recompute the view and update the existing plot items (setImage/setOpts/setData)."""
        self._timer.stop()
        if self.coverage is None:
            self.stack.setCurrentWidget(self.placeholder)
            self.cursor_label.clear()
            self.stale = False
            return
        if self.matrix is None:
            matrix, bars, keys = self._build()
            if self._focus_when_built:
                self._focus_when_built = False
                QTimer.singleShot(0, self, self.focus_plot)
        else:
            matrix, bars, keys = self._plots()
        view = self.view = self.coverage.view(self.group_by, self._visible_claims)
        if self._labels[0] is not view.columns:  # the columns are cached until articles change
            self._labels = (view.columns, [self._column_label(c) for c in view.columns])
        labels = self._labels[1]
        matrix.update(view, labels, list(view.statements))
        bars.update(view, labels)
        rows, cols = view.shape
        self.summary.setText(self.tr("%n claim(s)", "", rows) + " · " + self.tr("%n source(s)", "", cols))
        self.stale = False
        self.redraws += 1
        self._show_selection()
        keys.view_changed()
        self._show_current()

    def _show_current(self) -> None:
        if self.matrix is not None and self.coverage is not None:
            matrix, bars, keys = self._plots()
            plot = matrix if self.mode == MATRIX else bars
            focus = QApplication.focusWidget()
            shown = self.stack.currentWidget()
            had_focus = focus is not None and shown is not None and shown.isAncestorOf(focus)
            self.stack.setCurrentWidget(plot.frame)
            if had_focus:  # switching views keeps the keyboard in the chart
                plot.widget.setFocus()
            keys.show_text()

    def focus_plot(self) -> None:
        """The keyboard goes to the plot shown (matrix or bars)."""
        plot = self.matrix if self.mode == MATRIX else self.bars
        if plot is not None:
            plot.widget.setFocus()
        else:
            self._focus_when_built = True  # the plots are built on the first refresh

    def _show_selection(self) -> None:
        row = self.row_of(self._selected)
        matrix, _, keys = self._plots()
        matrix.select_row(row)
        keys.follow_selection(row)

    def _restyle(self, *args: object) -> None:
        if self.matrix is not None:
            style = chart_style(self)
            matrix, bars, _ = self._plots()
            matrix.apply_style(style)
            bars.apply_style(style)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()

    # --- lookups ------------------------------------------------------------------------------
    def row_of(self, claim_id: str | None) -> int | None:
        if claim_id is None or self.view is None:
            return None
        try:
            return self.view.claim_ids.index(claim_id)
        except ValueError:
            return None

    def column_of(self, key: str) -> int | None:
        for n, column in enumerate(self.view.columns if self.view else ()):
            if column.key == key:
                return n
        return None

    def _column_label(self, column: Column) -> str:
        if self.group_by is GroupBy.ARTICLE:
            assert self.project is not None, "columns come from the project's coverage"
            article = self.project.state.articles[column.key]
            return f"{article.outlet}: {article.title}" if article.outlet else article.title
        return column.label

    def carrying_passages(self, row: int, col: int) -> list[Passage]:
        """The passages of a cell: the row's claim in the column's articles, oldest source first."""
        state, view = self.shown()
        articles = view.columns[col].article_ids
        passages = [p for p in state.passages_of_claim(view.claim_ids[row]) if p.article_id in articles]
        return sorted(passages, key=lambda p: (articles.index(p.article_id), p.start))

    # --- hover and click ----------------------------------------------------------------------
    def tooltip_text(self, kind: str, row: int, col: int) -> str:
        state, view = self.shown()
        if kind == "source":
            column = view.columns[col]
            counts = self._stance_counts(zip(STANCES, view.column_passages[col], strict=False))
            carried = self.tr("%n claim(s) carried; passages: {counts}", "", int(view.column_claims[col]))
            return f"{column.tooltip}\n" + carried.format(counts=counts)
        claim = state.claims[view.claim_ids[row]]
        first, tied = view.first_article[row], view.first_ties(row)
        if first:
            first_text = state.articles[first].title
        elif len(tied) > 1:
            first_text = self.tr("a tie between %n sources (none is known to be earlier)", "", len(tied))
        else:
            first_text = self.tr("unknown (no dated source)")
        if kind == "claim":
            sources = self.tr("%n source(s)", "", int(view.row_sources[row]))
            return (
                f"{claim.statement}\n"
                + self.tr("Verdict: {verdict}").format(verdict=claim.verdict.label)
                + f" · {sources}\n"
                + self.tr("First appearance: {source}").format(source=first_text)
            )
        column = view.columns[col]
        lines = [
            self.tr("Source: {source}").format(source=column.tooltip.splitlines()[0]),
            self.tr("Claim: {statement}").format(statement=truncate(claim.statement, 160)),
            self.tr("Verdict: {verdict}").format(verdict=claim.verdict.label),
        ]
        cell = Cell(int(view.cells[row, col]))
        passages = self.carrying_passages(row, col)
        if cell is Cell.NONE:
            lines.append(self.tr("Not carried by this source"))
        else:
            counted = [(s, int(n)) for s, n in zip(STANCES, view.cell_counts(row, col), strict=False) if n]
            line = f"{cell.label}: " + self.tr("%n passage(s)", "", len(passages))
            if len(counted) > 1:  # only a mixed cell needs the split ("Mentions: 1 passage (1 mentions)" said it twice)
                line += f" ({self._stance_counts(counted)})"
            lines.append(line)
            words = passages[0].quote.split()
            quote = " ".join(words[:QUOTE_WORDS]) + (" …" if len(words) > QUOTE_WORDS else "")
            lines.append(f"“{quote}”")
            if first in column.article_ids:
                lines.append(self.tr("First appearance"))
            elif len(tied) > 1 and set(tied) & set(column.article_ids):
                lines.append(self.tr("Tied for first appearance"))
        return "\n".join(lines)

    def _stance_counts(self, counts: Iterable[tuple[Stance, Any]]) -> str:
        """ "2 support · 1 mentions": passages by stance, as a verb agreeing with its count."""
        texts = {
            Stance.SUPPORTS: lambda n: self.tr("%n supports", "passages", n),
            Stance.MENTIONS: lambda n: self.tr("%n mentions", "passages", n),
            Stance.REFUTES: lambda n: self.tr("%n refutes", "passages", n),
        }
        return " · ".join(texts[stance](int(n)) for stance, n in counts)

    def _on_hover(self, plot: MatrixPlot | BarsPlot, scene_pos: QPointF) -> None:
        text = ""
        matrix, bars, _ = self._plots()
        if plot is matrix:
            hit = matrix.hit(scene_pos)
            if hit is not None:
                text = self.tooltip_text(*hit)
        else:
            col = bars.hit(scene_pos)
            if col is not None:
                text = self.tooltip_text("source", -1, col)
        if text:
            view_widget = plot.widget
            QToolTip.showText(view_widget.mapToGlobal(view_widget.mapFromScene(scene_pos)), text, view_widget)
        else:
            QToolTip.hideText()

    def _on_click(self, plot: MatrixPlot | BarsPlot, event: Any) -> None:  # a pyqtgraph MouseClickEvent
        if event.button() != Qt.MouseButton.LeftButton or self.view is None:
            return
        self.activate_at(plot, event.scenePos())

    def activate_at(self, plot: MatrixPlot | BarsPlot, scene_pos: QPointF) -> None:
        matrix, bars, keys = self._plots()
        if plot is bars:
            col = bars.hit(scene_pos)
            if col is not None:
                keys.set_bar(int(np.flatnonzero(bars.order == col)[0]))  # the cursor follows
                self.activate_source(col)
            return
        hit = matrix.hit(scene_pos)
        if hit is None:
            return
        kind, row, col = hit
        if kind == "source":
            self.activate_source(col)
        elif kind == "claim":
            self.claimActivated.emit(self.shown()[1].claim_ids[row])
        else:
            keys.set_cell(row, col)  # the keyboard goes on from the clicked cell
            self.activate_cell(row, col)

    def activate_cell(self, row: int, col: int) -> None:
        """A cell (clicked or Enter on the cursor): select the claim, and show the passage if carried."""
        view = self.shown()[1]
        if Cell(int(view.cells[row, col])) is Cell.NONE:
            self.claimActivated.emit(view.claim_ids[row])
        else:
            passages = self.carrying_passages(row, col)
            self.cellActivated.emit(view.claim_ids[row], passages[0].article_id)

    def activate_source(self, col: int) -> None:
        column = self.shown()[1].columns[col]
        self.sourceClicked.emit(column.key, list(column.article_ids))

    # --- export -------------------------------------------------------------------------------
    def current_plot(self) -> MatrixPlot | BarsPlot:
        if self.stale or self.matrix is None:
            self.refresh()
        matrix, bars, _ = self._plots()
        return matrix if self.mode == MATRIX else bars

    def export_image(self, path: str | Path) -> Path:
        """Save the current view as PNG or SVG (by suffix), atomically."""
        return coverage_export.export_image(self, path)

    def csv_text(self) -> str:
        """The table behind the current view: the matrix (claims x sources) or the per-source counts."""
        if self.stale or self.view is None:
            self.refresh()
        return coverage_export.csv_text(self, self.mode == MATRIX)

    def copy_csv(self) -> None:
        QGuiApplication.clipboard().setText(self.csv_text())
