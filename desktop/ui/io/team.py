"""Team projects in the window: opening one (with a password asked for once and kept in the system
keyring), and the live session: colleagues' changes arriving, who is editing what, the server going
away and coming back, and conflicting edits settled by the user, never silently.

The store does the work (desktop/store/team, docs/team.md); this module only carries its events to
the window on the GUI thread and asks the questions that need a person.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import Context
from desktop.core.model import field_name
from desktop.core.project import Project
from desktop.store import StoreError, open_project
from desktop.store.team import EditConflict, TeamError, TeamLoginError, is_team_location, parse_team_url

if TYPE_CHECKING:
    from desktop.store.team.admin import Published
    from desktop.store.team.feed import Feed, FeedEvent
    from desktop.ui.common.host import Host

EXAMPLE = "postgresql://maria@desk.example.org/newsroom?project=biden-putin"
team_texts = Context("team_texts")  # the module's functions are not QObjects


class TeamAddressDialog(QDialog):
    """File > Open team project…: the project's address on the desk's PostgreSQL server."""

    def __init__(self, parent: QWidget | None = None, text: str = "", publishing: bool = False) -> None:
        super().__init__(parent)
        if publishing:
            self.setWindowTitle(self.tr("Publish to team server"))
            about = QLabel(
                self.tr(
                    "This file's articles, claims and passages become a new team project on your desk's "
                    "PostgreSQL server, with you as its admin. The file itself is not changed. The "
                    "address names the server, your login and the new project's name:"
                ),
                self,
            )
        else:
            self.setWindowTitle(self.tr("Open team project"))
            about = QLabel(
                self.tr(
                    "A team project lives on your desk's PostgreSQL server; everyone who opens it sees the "
                    "others' work as they make it. Your administrator gives you its address:"
                ),
                self,
            )
        about.setWordWrap(True)
        self.address = QLineEdit(text, self)
        self.address.setAccessibleName(self.tr("Team project address"))
        self.address.setPlaceholderText(EXAMPLE)
        self.address.setMinimumWidth(520)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Address problem"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        if publishing:
            buttons.button(QDialogButtonBox.StandardButton.Open).setText(self.tr("&Publish"))
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.address)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)

    def _check(self) -> None:
        text = self.address.text().strip()
        try:
            parse_team_url(text)
        except Exception as error:  # the parser's message says what is wrong with the address
            self.problem.setText(str(error) or self.tr("Not a team project address."))
            return
        self.accept()


def ask_team_location(parent: QWidget, last: str = "", publishing: bool = False) -> str | None:
    dialog = TeamAddressDialog(parent, last, publishing)
    return dialog.address.text().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None


T = TypeVar("T")


def with_login(
    parent: QWidget, location: str, action: Callable[[], T], ask: Callable[[str], str | None] | None = None
) -> T:
    """Run what needs the server; when it wants a password that no .pgpass, service file or
    keyring has, ask for it once, check it, keep it in the system keyring, and run it again."""
    try:
        return action()
    except TeamLoginError as error:
        if "password" not in str(error):
            raise
        password = (ask or (lambda message: _ask_password(parent, message)))(str(error))
        if not password:
            raise
        from desktop.store.team.connect import connect, store_keyring_password

        parsed = parse_team_url(location)
        connect(parsed, password=password).close()  # a wrong password says so, and is not kept
        store_keyring_password(parsed, password)
        return action()


def open_team(parent: QWidget, location: str, ask: Callable[[str], str | None] | None = None) -> Project:
    return with_login(parent, location, lambda: open_project(location), ask)


def publish_file_to_team(
    parent: QWidget, path: Path, location: str, author: str, ask: Callable[[str], str | None] | None = None
) -> Published:
    """Publish a project file as a new team project, on a thread behind a busy dialog: a large
    project takes seconds (every row goes through the server's checks) and the window must not freeze."""
    from desktop.store.team.admin import publish_file

    label = team_texts.tr("Publishing {name} to the team server…", name=path.name)
    return with_login(
        parent,
        location,
        lambda: _behind_progress(parent, label, lambda: publish_file(str(path), location, author)),
        ask,
    )


def _behind_progress(parent: QWidget, label: str, work: Callable[[], T]) -> T:
    """Run `work` on a plain thread (it touches no Qt object) while a modal busy dialog keeps the
    window painted; its exception, if any, is raised here."""
    results: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            results.append(work())
        except BaseException as error:  # handed to the GUI thread, which raises it
            errors.append(error)

    thread = threading.Thread(target=run, name="crosscheck-team-publish", daemon=True)
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)  # one transaction: it completes or leaves nothing behind
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
    thread.start()
    timer.start(30)
    loop.exec()
    timer.stop()
    progress.close()
    if errors:
        raise errors[0]
    return results[0]


def _ask_password(parent: QWidget, message: str) -> str | None:
    password, ok = QInputDialog.getText(
        parent,
        team_texts.tr("Team project password"),
        team_texts.tr(
            "{message}\n\nYour password for this server (kept in the system keyring, not by Crosscheck):",
            message=message,
        ),
        QLineEdit.EchoMode.Password,
    )
    return password if ok and password else None


class TeamSession(QObject):
    """The live side of an open team project, on the GUI thread."""

    _woken = Signal()  # emitted on the feed's thread; delivered queued on ours

    def __init__(self, window: Host, project: Project) -> None:
        super().__init__(None)
        from desktop.store.team import start_feed

        self.window = window
        self.project = project
        self.editing: dict[tuple[str, str], list[str]] = {}  # (kind, id) -> who else is editing it
        self.connected = True
        self._woken.connect(self.poll, Qt.ConnectionType.QueuedConnection)
        self.feed: Feed = start_feed(project, self._woken.emit)
        self._presence: tuple[str, str] | None = None

    def poll(self) -> None:
        for event in self.feed.poll():
            self._show(event)

    def _show(self, event: FeedEvent) -> None:
        from desktop.store.team.feed import ConnectionState, PresenceChanged, Rejected, RemoteStep, StepResolved

        if isinstance(event, RemoteStep):
            # The views already followed the change (Changes with reason "remote"): say who did it.
            self.window.say(event.description)
        elif isinstance(event, ConnectionState):
            self.connected = event.connected
            self.window.team_connection_changed(event.connected, event.message)
        elif isinstance(event, PresenceChanged):
            editing: dict[tuple[str, str], list[str]] = {}
            for entry in event.entries:
                editing.setdefault((entry.kind, entry.entity_id), []).append(entry.author or entry.login)
            self.editing = editing
            self.window.team_presence_changed()
        elif isinstance(event, StepResolved):
            if event.committed:
                self.window.say(self.tr("A change sent as the server went away was saved after all."))
            else:
                self.window.say(self.tr("A change sent as the server went away was not saved; make it again."))
        elif isinstance(event, Rejected):
            self.window.say(self.tr("Changes from the server were refused: {message}").format(message=event.message))

    def others_editing(self, kind: str, entity_id: str) -> list[str]:
        return self.editing.get((kind, entity_id), [])

    def editing_claims(self) -> dict[str, list[str]]:
        return {entity_id: names for (kind, entity_id), names in self.editing.items() if kind == "claim"}

    def set_editing(self, kind: str | None, entity_id: str | None) -> None:
        """Tell the others what we are editing (None: nothing); cheap to call often."""
        wanted = (kind, entity_id) if kind and entity_id else None
        if wanted == self._presence:
            return
        self._presence = wanted
        from desktop.store.team.store import TeamStore

        store = self.project.persistence
        if not isinstance(store, TeamStore):
            return
        with contextlib.suppress(StoreError):  # a courtesy: offline, presence is simply not shown
            store.set_presence(kind, entity_id or "") if wanted else store.set_presence(None)

    def close(self) -> None:
        self.feed.stop()


def settle_conflict(parent: QWidget, error: EditConflict) -> bool:
    """Someone changed the same field first: show their value and name; True to put ours over it."""
    return _theirs_or_mine(
        parent,
        team_texts.tr("Someone changed this while you were editing it. Nothing was overwritten."),
        "\n".join(conflict.sentence for conflict in error.conflicts),
    )


def ask_keep_mine(parent: QWidget, field: str, theirs: object, who: str) -> bool:
    """A colleague changed this field while it was being typed in: True to put ours over theirs."""
    shown = ", ".join(theirs) if isinstance(theirs, tuple | list) else str(theirs)
    shown = shown if len(shown) <= 300 else shown[:299] + "…"
    who = who or team_texts.tr("Someone else")
    return _theirs_or_mine(
        parent,
        team_texts.tr("{who} changed this field ({field}) while you were typing.", who=who, field=field_name(field)),
        team_texts.tr("Theirs: “{theirs}”\n\nNothing has been overwritten yet.", theirs=shown),
    )


def _theirs_or_mine(parent: QWidget, text: str, detail: str) -> bool:
    """The question both kinds of clash ask; theirs is the default, so Enter overwrites nothing."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(team_texts.tr("Changed by a colleague"))
    box.setText(text)
    box.setInformativeText(detail)
    theirs = box.addButton(team_texts.tr("Keep theirs"), QMessageBox.ButtonRole.RejectRole)
    mine = box.addButton(team_texts.tr("Use mine instead"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(theirs)
    box.exec()
    return box.clickedButton() is mine


def is_team(location: object) -> bool:
    return is_team_location(location)


__all__ = [
    "TeamAddressDialog",
    "TeamError",
    "TeamSession",
    "ask_keep_mine",
    "ask_team_location",
    "is_team",
    "open_team",
    "publish_file_to_team",
    "settle_conflict",
]
