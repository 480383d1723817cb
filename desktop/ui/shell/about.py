"""Help menu windows: the keyboard shortcut list and About."""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.core.i18n import Context

help_texts = Context("help_texts")


def show_shortcuts(parent: QWidget, actions: dict[str, QAction]) -> QDialog:
    """The shortcuts of every menu action, in a modeless dialog (the caller keeps it alive)."""
    from desktop.ui.shell.actions import shortcut_rows

    rows = shortcut_rows(actions)
    dialog = QDialog(parent)
    dialog.setWindowTitle(help_texts.tr("Keyboard shortcuts"))
    table = QTableWidget(len(rows), 3, dialog)
    table.setObjectName("shortcutList")
    table.setAccessibleName(help_texts.tr("Keyboard shortcuts"))
    table.setHorizontalHeaderLabels([help_texts.tr("Menu"), help_texts.tr("Action"), help_texts.tr("Keys")])
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(560, 620)
    dialog.setModal(False)
    dialog.show()
    return dialog


def about_text(version: str, path: Path | None) -> str:
    # the same list `crosscheck --version` prints; paths are escaped (a file name may contain <)
    versions = " · ".join(f"{name} {html.escape(v)}" for name, v in component_versions()[1:])
    where = html.escape(str(path.resolve())) if path else help_texts.tr("none open")
    purpose = help_texts.tr("Link passages across articles as one claim.")
    project = help_texts.tr("Project file: {where}", where=where)
    return f"<h3>Crosscheck {html.escape(version)}</h3><p>{purpose}</p><p>{versions}</p><p>{project}</p>"


def show_about(parent: QWidget, version: str, path: Path | None) -> None:
    QMessageBox.about(parent, help_texts.tr("About Crosscheck"), about_text(version, path))


def component_versions() -> list[tuple[str, str]]:
    """What Help > About and `crosscheck --version` both report (no window needed)."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from desktop.store import sqlite_version

    return [
        ("Crosscheck", __version__),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("SQLite", sqlite_version()),
        ("Python", platform.python_version()),
    ]
