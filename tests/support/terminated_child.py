"""Types a claim note in the window, then receives SIGTERM before the typing pause has passed (a
logout): python -m tests.support.terminated_child PROJECT"""

from __future__ import annotations

import os
import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest


def main(path: str) -> int:
    from desktop.app import create_window, ensure_application, quit_on_termination

    app = ensure_application()
    window = create_window(path)
    window.workspace.select_claims(next(iter(window.bridge.state.claims)))
    note = window.inspector.claim_note
    note.setFocus()
    QTest.keyClicks(note, " typed before the logout")
    quit_on_termination(app)
    QTimer.singleShot(50, lambda: os.kill(os.getpid(), signal.SIGTERM))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
