"""One article in the side-by-side area: a header (choose article, details, URL), a find bar,
and the text view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import date_text
from desktop.core.model import Article, Claim, Passage
from desktop.ui.common.theme import current_scheme
from desktop.ui.panes.article_view import ArticleTextView


def article_details(article: Article) -> str:
    return " · ".join(x for x in (article.outlet, article.language.upper(), date_text(article.published)) if x)


class FindBar(QWidget):
    """Find in article (Ctrl+F): case-insensitive, with a match count. Enter / F3 go to the next
    hit, Shift+Enter / Shift+F3 to the previous one, Esc closes. The current hit becomes the text
    selection, so H, N and L work on what was found."""

    hitChosen = Signal(int, int)  # start, end of the current hit, in code points

    def __init__(self, view: ArticleTextView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.hits: list[tuple[int, int]] = []
        self.current = -1
        self.edit = QLineEdit(self, placeholderText=self.tr("Find…"), clearButtonEnabled=True)
        self.edit.setAccessibleName(self.tr("Find in article"))
        self.count = QLabel(self)
        self.count.setMinimumWidth(70)
        self.count.setAccessibleName(self.tr("Find result"))
        close = QToolButton(self, autoRaise=True)
        close.setText("✕")
        close.setToolTip(self.tr("Close find (Esc)"))
        close.setAccessibleName(self.tr("Close find"))
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Esc closes from the keyboard
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.edit)
        layout.addWidget(self.count)
        layout.addWidget(close)
        self.edit.textChanged.connect(self.search)
        self.edit.returnPressed.connect(lambda: self.step(+1))
        close.clicked.connect(self.close_bar)
        for keys, slot in (("Shift+Return", lambda: self.step(-1)), (Qt.Key.Key_Escape, self.close_bar)):
            # Widget context: window-wide, the Esc of three find bars and the inspector would be
            # ambiguous, and Qt runs none of several ambiguous shortcuts.
            shortcut = QShortcut(QKeySequence(keys), self.edit, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self.search(self.edit.text())

    def close_bar(self) -> None:
        self.hide()
        self.view.set_marks("find", [], QColor())
        self.view.set_marks("find-current", [], QColor())
        self.view.setFocus()

    def search(self, needle: str) -> None:
        text = self.view.article.text if self.view.article else ""
        self.hits = []
        if needle:
            lowered, wanted = text.casefold(), needle.casefold()
            # casefold can change lengths (ß -> ss); fall back to exact search when it does
            if len(lowered) != len(text):
                lowered, wanted = text, needle
            start = lowered.find(wanted)
            while start >= 0 and len(self.hits) < 10_000:
                self.hits.append((start, start + len(wanted)))
                start = lowered.find(wanted, start + max(1, len(wanted)))
        self.current = 0 if self.hits else -1
        self._show()

    def step(self, step: int) -> None:
        """The next (+1) or previous (-1) hit; F3 with the bar closed opens it on the last search."""
        if not self.isVisible():
            self.show()
            self.search(self.edit.text())
            if not self.hits:
                self.edit.setFocus()
                return
        if self.hits:
            self.current = (self.current + step) % len(self.hits)
            self._show()

    def _show(self) -> None:
        palette = self.palette()
        if not self.edit.text():
            self.count.setText("")
        elif not self.hits:
            self.count.setText(self.tr("no match"))
        else:
            self.count.setText(self.tr("{current} of {total}").format(current=self.current + 1, total=len(self.hits)))
        # A marker yellow, as strong as the text on it stays readable (in the dark scheme too).
        self.view.set_marks("find", self.hits[:2000], current_scheme().tint("#ffd600", 0.45))
        if self.current >= 0:
            start, end = self.hits[self.current]
            self.view.set_marks("find-current", [(start, end)], palette.highlight().color())
            self.view.scroll_to_offset(start, 0.4)
            self.hitChosen.emit(start, end)
        else:
            self.view.set_marks("find-current", [], QColor())


class ArticlePane(QFrame):
    articleChosen = Signal(object, str)  # pane, article id
    closeRequested = Signal(object)  # pane
    importRequested = Signal()  # the empty project's "Import articles…" button
    focused = Signal(object)  # pane

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articlePane")
        self.setAccessibleName(self.tr("Article pane"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The pane that H, N and L act on is framed in the highlight colour (set_current).
        self.setStyleSheet('#articlePane[current="true"] { border: 2px solid palette(highlight); border-radius: 3px; }')
        self.setProperty("current", False)
        self.article_id: str | None = None
        self.chooser = QComboBox(self)
        self.chooser.setAccessibleName(self.tr("Article shown in this pane"))
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(8)
        self.chooser.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        close = QToolButton(self, autoRaise=True)
        close.setText("✕")
        close.setToolTip(self.tr("Close this pane (Ctrl+W)"))
        close.setAccessibleName(self.tr("Close pane"))
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+W closes; Tab goes to the text, not here
        self.details = QLabel(self)
        self.details.setAccessibleName(self.tr("Article details"))
        self.details.setWordWrap(True)
        self.url = QLabel(self)
        self.url.setAccessibleName(self.tr("Article URL"))
        self.url.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.copy_url = QToolButton(self, autoRaise=True)
        self.copy_url.setText(self.tr("Copy URL"))
        self.copy_url.setAccessibleName(self.tr("Copy URL"))
        self.badge = QLabel(self)
        self.badge.setAccessibleName(self.tr("Claim coverage in this article"))
        self.badge.setWordWrap(True)
        self.badge.hide()
        self.view = ArticleTextView(self)
        self.find_bar = FindBar(self.view, self)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.chooser, 1)
        top.addWidget(close)
        url_row = QHBoxLayout()
        url_row.setContentsMargins(0, 0, 0, 0)
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.copy_url)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addLayout(url_row)
        layout.addWidget(self.badge)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.view, 1)
        self.empty = self._empty_page()
        layout.addWidget(self.empty, 1)

        self.chooser.activated.connect(self._on_chosen)
        close.clicked.connect(lambda: self.closeRequested.emit(self))
        self.copy_url.clicked.connect(self._copy_url)
        self.view.focusEntered.connect(lambda: self.focused.emit(self))
        self.chooser.installEventFilter(self)
        # Esc in the text closes the find bar when it is open (in the find field it always does).
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.view, self._escape)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _empty_page(self) -> QWidget:
        """Shown instead of the text when there is no article: a project without articles says how
        to bring some in, with the button right there."""
        page = QWidget(self)
        page.setObjectName("emptyPane")
        self.empty_text = QLabel(page)
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.import_button = QPushButton(self.tr("Import articles…"), page)
        self.import_button.setAccessibleName(self.tr("Import articles"))
        self.import_button.clicked.connect(self.importRequested.emit)
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addWidget(self.empty_text)
        column.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        page.hide()
        return page

    def set_empty_state(self, project_has_articles: bool) -> None:
        if project_has_articles:
            self.empty_text.setText(self.tr("Choose an article above, or in the Articles panel on the left."))
        else:
            self.empty_text.setText(
                self.tr(
                    "<p><b>This project has no articles yet.</b></p><p>Import saved web pages (.html, .mhtml), text "
                    "or Markdown files, or drop them on the window. Ctrl+Shift+V pastes an article from the "
                    "clipboard.</p>"
                )
            )
        self.import_button.setVisible(not project_has_articles)

    def set_current(self, current: bool) -> None:
        if bool(self.property("current")) != current:
            self.setProperty("current", current)
            self.style().unpolish(self)
            self.style().polish(self)
            self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.chooser and event.type() == QEvent.Type.FocusIn:
            self.focused.emit(self)
        return super().eventFilter(watched, event)

    def _escape(self) -> None:
        if self.find_bar.isVisible():
            self.find_bar.close_bar()

    def set_choices(self, articles: list[Article]) -> None:
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for article in articles:
            label = article.title if len(article.title) <= 70 else article.title[:69] + "…"
            self.chooser.addItem(label, article.id)
            self.chooser.setItemData(
                self.chooser.count() - 1, f"{article.title}\n{article_details(article)}", Qt.ItemDataRole.ToolTipRole
            )
        if self.article_id is not None:
            self.chooser.setCurrentIndex(self.chooser.findData(self.article_id))
        self.chooser.blockSignals(False)

    def show_article(self, article: Article | None, passages: list[Passage], claims: dict[str, Claim]) -> None:
        self.article_id = article.id if article else None
        index = self.chooser.findData(self.article_id) if article else -1
        self.chooser.setCurrentIndex(index)
        self.details.setText(article_details(article) if article else self.tr("No article"))
        self.details.setToolTip(article.title if article else "")
        url = article.url if article else ""
        has_url = bool(url)
        self.url.setText(url)
        self.url.setVisible(has_url)
        self.copy_url.setVisible(has_url)
        self.view.set_article(article, passages, claims)
        self.view.setVisible(article is not None)
        self.empty.setVisible(article is None)
        if self.find_bar.isVisible():
            self.find_bar.search(self.find_bar.edit.text())

    def set_badge(self, text: str) -> None:
        self.badge.setText(text)
        self.badge.setVisible(bool(text))

    def _on_chosen(self, index: int) -> None:
        article_id = self.chooser.itemData(index)
        if article_id and article_id != self.article_id:
            self.articleChosen.emit(self, article_id)

    def _copy_url(self) -> None:
        QGuiApplication.clipboard().setText(self.url.text())
