"""Keyboard use of the coverage chart: a cursor cell in the matrix, a cursor bar in the bar view.

Matrix (while it has focus):
- arrows move the cursor cell; PgUp/PgDn move it by a page of rows; Home/End go to the first /
  last claim (Ctrl+Home/End: also the first / last source); the view scrolls to keep it visible;
- Enter or Space does what a click on the cell does (select the claim, show the passage);
- + / - zoom in / out around the cursor, Ctrl+0 (or 0) resets the zoom.
Bar view: Left/Right (and Up/Down) move between bars, PgUp/PgDn/Home/End too, Enter or Space
filters the claims panel to that source as a click does.

The cursor's tooltip text is shown in the panel's label under the chart, so nothing is mouse-only.
Tab and Shift+Tab are never taken: focus moves in and out of the chart as anywhere else. Keys the
window also binds (Ctrl+0, Ctrl++, Ctrl+-) are claimed through ShortcutOverride while the chart has
focus, so they act on the chart there and on the articles elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from desktop.ui.common.announce import announce, describe

if TYPE_CHECKING:
    from desktop.ui.coverage.bars import BarsPlot
    from desktop.ui.coverage.matrix import MatrixPlot
    from desktop.ui.coverage.panel import CoveragePanel

ZOOM_STEP = 1.25

_K = Qt.Key
_MOVES: dict[int, tuple[int, int]] = {
    _K.Key_Left: (0, -1),
    _K.Key_Right: (0, 1),
    _K.Key_Up: (-1, 0),
    _K.Key_Down: (1, 0),
}
_ZOOM_IN = {_K.Key_Plus, _K.Key_Equal}
_ZOOM_OUT = {_K.Key_Minus, _K.Key_Underscore}
_ACTIVATE = {_K.Key_Return, _K.Key_Enter, _K.Key_Space}
_PAGING = {_K.Key_PageUp, _K.Key_PageDown, _K.Key_Home, _K.Key_End}
_MATRIX_KEYS = set(_MOVES) | _ZOOM_IN | _ZOOM_OUT | _ACTIVATE | _PAGING | {_K.Key_0}
_BAR_KEYS = set(_MOVES) | _ACTIVATE | _PAGING


class ChartKeys(QObject):
    """Owns the cursors; filters the key and focus events of both plots of a CoveragePanel."""

    def __init__(self, panel: CoveragePanel, matrix: MatrixPlot, bars: BarsPlot) -> None:
        super().__init__(panel)
        self.panel, self.matrix, self.bars = panel, matrix, bars
        self.row: int | None = None  # matrix cursor (view indices)
        self.col: int | None = None
        self.bar: int | None = None  # bar cursor: position in bar order
        self._cell_key: tuple[str, str] | None = None  # (claim id, column key): survives a refresh
        self._bar_key: str | None = None
        for widget in (matrix.widget, bars.widget):
            widget.installEventFilter(self)

    def reset(self) -> None:
        """Another project: no cursor until the chart gets focus again."""
        self.row = self.col = self.bar = None
        self._cell_key = self._bar_key = None
        self.show_cursors()

    # --- events --------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        matrix = obj is self.matrix.widget
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            if kind == QEvent.Type.FocusIn:
                self._place_initial(matrix)
            self.show_cursors()
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or self.panel.view is None:
            return False
        assert isinstance(event, QKeyEvent)  # a key press or its shortcut override
        if not self._is_ours(event, matrix):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the window's shortcut for this key waits: the key press comes to us
            return True
        if matrix:
            self._matrix_key(event)
        else:
            self._bar_key_press(event)
        return True

    def _is_ours(self, event: QKeyEvent, matrix: bool) -> bool:
        key, mods = event.key(), event.modifiers()
        if mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
            return False
        if matrix:
            if key == _K.Key_0:
                return True
            ctrl_ok = key in _ZOOM_IN | _ZOOM_OUT | {_K.Key_Home, _K.Key_End}
            return key in _MATRIX_KEYS and (ctrl_ok or not mods & Qt.KeyboardModifier.ControlModifier)
        return key in _BAR_KEYS and not mods & Qt.KeyboardModifier.ControlModifier

    def _matrix_key(self, event: QKeyEvent) -> None:
        panel, matrix = self.panel, self.matrix
        rows, cols = panel.shown()[1].shape
        if not rows or not cols:
            return
        key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self._place_initial(True)
        row, col = self.row, self.col
        assert row is not None and col is not None, "placed on a view with rows and columns"
        page = max(int(matrix.vb.viewRange()[1][1] - matrix.vb.viewRange()[1][0]), 1)
        if key in _MOVES:
            row, col = row + _MOVES[key][0], col + _MOVES[key][1]
        elif key in (_K.Key_PageUp, _K.Key_PageDown):
            row += page if key == _K.Key_PageDown else -page
        elif key in (_K.Key_Home, _K.Key_End):
            row = 0 if key == _K.Key_Home else rows - 1
            if ctrl:
                col = 0 if key == _K.Key_Home else cols - 1
        elif key in _ACTIVATE:
            panel.activate_cell(row, col)
            return
        elif key in _ZOOM_IN or key in _ZOOM_OUT:
            matrix.zoom(ZOOM_STEP if key in _ZOOM_IN else 1 / ZOOM_STEP, row, col)
            matrix.ensure_visible(row, col)
            return
        elif key == _K.Key_0:
            matrix.reset_range()
            matrix.ensure_visible(row, col)
            return
        self.set_cell(min(max(row, 0), rows - 1), min(max(col, 0), cols - 1))

    def _bar_key_press(self, event: QKeyEvent) -> None:
        panel, bars = self.panel, self.bars
        count = len(bars.order)
        if not count:
            return
        key = event.key()
        self._place_initial(False)
        index = self.bar
        assert index is not None, "placed on a view with bars"
        page = max(int(bars.vb.viewRange()[1][1] - bars.vb.viewRange()[1][0]), 1)
        if key in (_K.Key_Left, _K.Key_Up):
            index -= 1
        elif key in (_K.Key_Right, _K.Key_Down):
            index += 1
        elif key in (_K.Key_PageUp, _K.Key_PageDown):
            index += page if key == _K.Key_PageDown else -page
        elif key in (_K.Key_Home, _K.Key_End):
            index = 0 if key == _K.Key_Home else count - 1
        elif key in _ACTIVATE:
            panel.activate_source(int(bars.order[index]))
            return
        self.set_bar(min(max(index, 0), count - 1))

    # --- cursors -------------------------------------------------------------------------------
    def set_cell(self, row: int, col: int) -> None:
        view = self.panel.shown()[1]
        self.row, self.col = row, col
        self._cell_key = (view.claim_ids[row], view.columns[col].key)
        self.matrix.ensure_visible(row, col)
        self.show_cursors()

    def follow_selection(self, row: int | None) -> None:
        """Another claim was selected (the claims list, a pane): the cursor, and the words under the
        chart, move to its row in the same source, so they never describe a claim left behind."""
        if row is not None and self.row is not None and self.col is not None and row != self.row:
            self.set_cell(row, self.col)

    def set_bar(self, index: int) -> None:
        self.bar = index
        self._bar_key = self.panel.shown()[1].columns[int(self.bars.order[index])].key
        self.bars.ensure_visible(index)
        self.show_cursors()

    def _place_initial(self, matrix: bool) -> None:
        """First focus: the cursor starts on the selected claim's row (else the top-left cell)."""
        view = self.panel.view
        if view is None:
            return
        rows, cols = view.shape
        if matrix and self.row is None and rows and cols:
            selected = self.panel.row_of(self.panel._selected)
            self.set_cell(selected if selected is not None else 0, 0)
        elif not matrix and self.bar is None and len(self.bars.order):
            self.set_bar(0)

    def view_changed(self) -> None:
        """After a refresh: keep the cursor on the same claim and source when they are still shown."""
        view = self.panel.shown()[1]
        rows, cols = view.shape
        if self._cell_key is not None and self.row is not None and self.col is not None:
            row, col = self.panel.row_of(self._cell_key[0]), self.panel.column_of(self._cell_key[1])
            if row is None or col is None:
                row = min(self.row, rows - 1) if rows else None
                col = min(self.col, cols - 1) if cols else None
            self.row, self.col = (row, col) if row is not None and col is not None else (None, None)
            self._cell_key = (
                (view.claim_ids[self.row], view.columns[self.col].key)
                if self.row is not None and self.col is not None
                else None
            )
        if self._bar_key is not None and self.bar is not None:
            bar_col = self.panel.column_of(self._bar_key)
            order = [int(c) for c in self.bars.order]
            self.bar = (
                order.index(bar_col) if bar_col is not None else (min(self.bar, len(order) - 1) if order else None)
            )
            self._bar_key = view.columns[order[self.bar]].key if self.bar is not None else None
        self.show_cursors()

    def show_cursors(self) -> None:
        self.matrix.show_cursor(self.row, self.col, self.matrix.widget.hasFocus())
        self.bars.show_cursor(self.bar, self.bars.widget.hasFocus())
        self.show_text()

    def show_text(self) -> None:
        """The current view's cursor, in words, in the label under the chart."""
        panel, text = self.panel, ""
        shown = panel.view is not None and panel.project is not None
        if shown and panel.mode == "matrix" and self.row is not None and self.col is not None:
            text = panel.tooltip_text("cell", self.row, self.col)
        elif shown and panel.mode == "bars" and self.bar is not None:
            text = panel.tooltip_text("source", -1, int(self.bars.order[self.bar]))
        spoken = " · ".join(line for line in text.splitlines() if line)
        # Always there under a chart, at a fixed height, so the first click does not shrink the plot
        # (and push a row out from under the mouse); until then it says how to fill it.
        hint = self.tr("Click a cell, or press Alt+5 and use the arrow keys: its details appear here.")
        panel.cursor_label.setText(spoken or (hint if shown else ""))
        panel.cursor_label.setVisible(shown)
        # A screen reader reads the cursor cell from the plot that has the keyboard.
        plot = self.matrix if panel.mode == "matrix" else self.bars
        if spoken != plot.widget.accessibleDescription():
            describe(plot.widget, spoken)
            if plot.widget.hasFocus():
                announce(plot.widget, spoken)
