"""Every dialog the window opens, caught instead of waiting for a person: message boxes, file
dialogs, input dialogs and modal dialogs are recorded (their texts, their accessibility) and
answered, so a test can walk them all and look at what each showed."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from tests.support.window_texts import unnamed_focusable, visible_texts


@dataclass
class Shown:
    kind: str  # "message", "file", "input", or the dialog's class name
    texts: list[tuple[str, str]]
    unnamed: list[str] = field(default_factory=list)


@dataclass
class Catcher:
    """Answers dialogs: `files` maps a file dialog's caption to the path it returns (else "");
    `accept` lists dialog classes to accept (the rest are rejected); `yes` answers questions."""

    shown: list[Shown] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)
    accept: set[str] = field(default_factory=set)
    yes: bool = False
    waits: list = field(default_factory=list)  # callables a dialog must satisfy before it is read

    def texts(self) -> list[tuple[str, str]]:
        return [t for shown in self.shown for t in shown.texts]

    def kinds(self) -> list[str]:
        return [shown.kind for shown in self.shown]

    # --- the replacements --------------------------------------------------------------------
    def message(self, _parent, title, text, *args, **kwargs):
        self.shown.append(Shown("message", [("QMessageBox.title", title), ("QMessageBox.text", text)]))
        return QMessageBox.StandardButton.Yes if self.yes else QMessageBox.StandardButton.No

    def about(self, _parent, title, text):
        self.shown.append(Shown("message", [("QMessageBox.title", title), ("QMessageBox.text", text)]))

    def file(self, _parent, caption="", directory="", filter="", *args, **kwargs):
        self.shown.append(Shown("file", [("QFileDialog.caption", caption), ("QFileDialog.filter", filter)]))
        return self.files.get(caption, ""), ""

    def files_many(self, _parent, caption="", directory="", filter="", *args, **kwargs):
        path, chosen = self.file(_parent, caption, directory, filter)
        return ([path] if path else []), chosen

    def text_input(self, _parent, title, label, *args, **kwargs):
        self.shown.append(Shown("input", [("QInputDialog.title", title), ("QInputDialog.label", label)]))
        return "", False

    def run(self, dialog: QWidget) -> int:
        dialog.show()
        QApplication.processEvents()
        for wait in self.waits:
            wait(dialog)
        QApplication.processEvents()
        self.shown.append(Shown(type(dialog).__name__, visible_texts(dialog), unnamed_focusable(dialog)))
        accepted = type(dialog).__name__ in self.accept
        if isinstance(dialog, QMessageBox):
            button = dialog.defaultButton() or (dialog.buttons()[0] if dialog.buttons() else None)
            if button is not None:
                button.click()
        elif accepted:
            dialog.accept()
        else:
            dialog.reject()
        QApplication.processEvents()
        return QDialog.DialogCode.Accepted if accepted else QDialog.DialogCode.Rejected

    def install(self, monkeypatch) -> Catcher:
        for name in ("information", "warning", "critical", "question"):
            monkeypatch.setattr(QMessageBox, name, self.message)
        monkeypatch.setattr(QMessageBox, "about", self.about)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self.file)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self.file)
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", self.files_many)
        monkeypatch.setattr(QInputDialog, "getText", self.text_input)
        monkeypatch.setattr(QDialog, "exec", lambda dialog: self.run(dialog))
        monkeypatch.setattr(QMessageBox, "exec", lambda dialog: self.run(dialog))
        return self


def team_dialogs(window) -> None:
    """Show the team project's dialogs (through the Catcher): the address, a field a colleague
    changed while one typed, and an edit conflict. They need no server to be shown."""
    from desktop.store.team import EditConflict
    from desktop.store.team.errors import FieldConflict
    from desktop.ui.io.team import ask_keep_mine, settle_conflict

    window.open_team_dialog()
    window.publish_to_team()  # the same dialog, worded for publishing this file
    ask_keep_mine(window, "statement", "Telefonata di 50 minuti", "Maria Rossi")
    from desktop.core.model import Verdict

    conflict = FieldConflict("claim", "c1", "Telefonata", "verdict", Verdict.TRUE, Verdict.FALSE, "Maria Rossi")
    settle_conflict(window, EditConflict("postgresql://desk/newsroom?project=p", [conflict]))
