"""Drive the window as a person does: mouse clicks on an item's rectangle, drags across text,
keys on whatever has the keyboard focus. Nothing here sets a selection or calls a slot."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit, QWidget

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def activate(qtbot, window: QWidget) -> None:
    """Shown and active, so window shortcuts (H, N, L...) reach their actions."""
    window.show()
    window.activateWindow()
    window.raise_()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def click_row(qtbot, view: QAbstractItemView, row: int, column: int = 0, modifier=NO_MOD) -> None:
    """A mouse click in the middle of a row's cell, as a person clicks a claim."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    QApplication.processEvents()
    rect = view.visualRect(index)
    assert rect.isValid() and view.viewport().rect().contains(rect.center()), f"row {row} is not on screen"
    QTest.mouseClick(view.viewport(), LEFT, modifier, rect.center())
    QApplication.processEvents()


def double_click_row(qtbot, view: QAbstractItemView, row: int, column: int = 0) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    center = view.visualRect(index).center()
    QTest.mouseClick(view.viewport(), LEFT, NO_MOD, center)
    QTest.mouseDClick(view.viewport(), LEFT, NO_MOD, center)
    QApplication.processEvents()


def row_of_text(view: QAbstractItemView, text: str, column: int = 0) -> int:
    model = view.model()
    for row in range(model.rowCount()):
        if text in str(model.index(row, column).data()):
            return row
    raise AssertionError(f"no row shows {text!r}")


def _point_at(view: QPlainTextEdit, qt_position: int, end: bool) -> QPoint:
    cursor = QTextCursor(view.document())
    cursor.setPosition(qt_position)
    rect = view.cursorRect(cursor)
    # Just inside the character's cell, vertically centred on its line.
    return QPoint(rect.left() + (-1 if end else 1), rect.center().y())


def drag_over(qtbot, view: QPlainTextEdit, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """Press at the first character of `needle` in the article, drag to its end, release.

    Scrolls the text first the way a reader would (the scroll bar), so the words are on screen.
    Returns the needle's span in code points."""
    text = view.article.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    end = start + len(needle)
    q_start, q_end = view.to_qt(start), view.to_qt(end)
    bar = view.verticalScrollBar()
    for _ in range(200):  # scroll line by line until both ends are visible
        top, bottom = _point_at(view, q_start, False).y(), _point_at(view, q_end, True).y()
        height = view.viewport().height()
        if top > 0 and bottom < height:
            break
        if top <= 0 and bar.value() > bar.minimum():
            bar.setValue(bar.value() - 1)
        elif bottom >= height and bar.value() < bar.maximum():
            bar.setValue(bar.value() + 1)
        else:
            raise AssertionError(f"cannot bring {needle!r} on screen")
        QApplication.processEvents()
    press_at, release_at = _point_at(view, q_start, False), _point_at(view, q_end, True)
    viewport = view.viewport()
    QTest.mousePress(viewport, LEFT, NO_MOD, press_at)
    middle = QPoint((press_at.x() + release_at.x()) // 2, (press_at.y() + release_at.y()) // 2)
    QTest.mouseMove(viewport, middle)
    QTest.mouseMove(viewport, release_at)
    QTest.mouseRelease(viewport, LEFT, NO_MOD, release_at)
    QApplication.processEvents()
    return start, end


def click_text(qtbot, view: QPlainTextEdit, offset: int) -> None:
    """A click on the character at `offset` (code points), e.g. on a highlighted passage."""
    q_pos = view.to_qt(offset)
    point = _point_at(view, q_pos, False)
    if not view.viewport().rect().contains(point):
        view.scroll_to_offset(offset, 0.4)
        QApplication.processEvents()
        point = _point_at(view, q_pos, False)
    QTest.mouseClick(view.viewport(), LEFT, NO_MOD, point)
    QApplication.processEvents()


def press(qtbot, key, modifier=NO_MOD, widget: QWidget | None = None) -> QWidget:
    """A key press on the widget that has the keyboard focus (or `widget`). Returns the target."""
    target = widget or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key, modifier)
    QApplication.processEvents()
    return target


def type_text(qtbot, text: str, widget: QWidget | None = None) -> None:
    target = widget or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClicks(target, text)
    QApplication.processEvents()
