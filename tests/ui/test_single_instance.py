"""A second launch hands its file to the running Crosscheck (issue 10, item 3).

The running instance is this test process (its InstanceServer and windows, offscreen); the second
launch is a real separate process running `python -m desktop FILE`, which must exit 0 at once.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.ui

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def running(qtbot, qsettings_isolated, sample_project, monkeypatch):
    """A first instance: the server listening, one window on the sample project."""
    from PySide6.QtWidgets import QMessageBox

    from desktop import app
    from desktop.ui.shell.instance import InstanceServer

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    app.ensure_application()
    server = InstanceServer(app.instance_name(), app.open_from_outside)
    assert server.listen()
    window = app.create_window(sample_project)
    qtbot.addWidget(window)
    yield window
    for other in app._main_windows():
        if other is not window:
            other.close()
    server.close()


def second_launch(*args: str) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(qtbot, process: subprocess.Popen) -> int:
    # the first instance must keep running its event loop while the second waits for "ok"
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=30000)
    return process.returncode


def test_second_launch_with_another_file_opens_it_in_a_new_window(running, qtbot, tmp_path):
    from desktop import app
    from desktop.cli import main

    other = tmp_path / "other.crosscheck"
    assert main(["new", str(other)]) == 0
    before = running.windowFilePath()
    assert finish(qtbot, second_launch(str(other))) == 0
    qtbot.waitUntil(lambda: any(w.windowFilePath() == str(other.resolve()) for w in app._main_windows()))
    assert running.windowFilePath() == before and running.bridge is not None  # first project untouched
    opened = next(w for w in app._main_windows() if w.windowFilePath() == str(other.resolve()))
    assert not opened.bridge.project.read_only


def test_second_launch_with_the_open_file_raises_that_window_and_leaves_the_file_intact(running, qtbot, sample_project):
    from desktop import app

    before = sample_project.read_bytes()
    windows = len(app._main_windows())
    running.showMinimized()
    assert finish(qtbot, second_launch(str(sample_project))) == 0
    qtbot.waitUntil(lambda: not running.isMinimized())
    assert len(app._main_windows()) == windows  # not opened a second time
    assert sample_project.read_bytes() == before
    assert running.bridge is not None and not running.bridge.project.read_only


def test_second_launch_without_file_just_shows_the_running_window(running, qtbot):
    from desktop import app

    windows = len(app._main_windows())
    assert finish(qtbot, second_launch()) == 0
    assert len(app._main_windows()) == windows


def test_relative_path_is_resolved_by_the_launching_process(running, qtbot, tmp_path):
    from desktop import app
    from desktop.cli import main

    other = tmp_path / "relative.crosscheck"
    assert main(["new", str(other)]) == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    process = subprocess.Popen([sys.executable, "-m", "desktop", other.name], cwd=tmp_path, env=env)
    assert finish(qtbot, process) == 0
    qtbot.waitUntil(lambda: any(w.windowFilePath() == str(other.resolve()) for w in app._main_windows()))


def test_missing_file_fails_in_the_launching_process_and_sends_nothing(running, qtbot, tmp_path):
    from desktop import app

    windows = len(app._main_windows())
    process = second_launch(str(tmp_path / "absent.crosscheck"))
    assert finish(qtbot, process) == 1
    assert "no such project file" in process.stderr.read()
    assert len(app._main_windows()) == windows


def test_broken_file_sent_over_is_refused_with_a_message(running, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop import app

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    bogus = tmp_path / "bogus.crosscheck"
    bogus.write_bytes(b"not a project")
    windows = len(app._main_windows())
    assert finish(qtbot, second_launch(str(bogus))) == 0
    qtbot.waitUntil(lambda: bool(shown))
    assert "not a Crosscheck project" in shown[0]
    assert len(app._main_windows()) == windows and bogus.read_bytes() == b"not a project"


def test_garbage_on_the_socket_is_refused_and_opens_nothing(running, qtbot):
    from PySide6.QtNetwork import QLocalSocket

    from desktop import app

    windows = len(app._main_windows())
    for garbage in (b"hello\n", b'{"open": "relative/path"}\n', b'{"open": 5}\n', b"\xff\xfe\n", b"[1]\n"):
        socket = QLocalSocket()
        socket.connectToServer(app.instance_name())
        assert socket.waitForConnected(3000)
        socket.write(garbage)
        socket.flush()
        reply = b""
        qtbot.waitUntil(
            lambda socket=socket: (
                socket.bytesAvailable() > 0 or socket.state() != QLocalSocket.LocalSocketState.ConnectedState
            ),
            timeout=5000,
        )
        reply += bytes(socket.readAll().data())
        assert reply.startswith(b"error"), (garbage, reply)
    assert len(app._main_windows()) == windows


def test_decode_request_accepts_only_absolute_paths_or_null():
    from desktop.ui.shell.instance import decode_request, encode_request

    assert decode_request(encode_request(None)) == (True, None)
    assert decode_request(encode_request(Path("/tmp/x.crosscheck"))) == (True, Path("/tmp/x.crosscheck"))
    assert decode_request(b'{"open": "x.crosscheck"}') == (False, None)
    assert decode_request(b'{"open": "/a\\u0000b"}') == (False, None)
    assert decode_request(b'{"other": 1}') == (False, None)


def test_stale_socket_of_a_crashed_instance_is_replaced(qtbot, qsettings_isolated):
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

    from desktop import app
    from desktop.ui.shell.instance import InstanceServer, send_to_running

    qapp = app.ensure_application()
    name = app.instance_name()
    crashed = QLocalServer(qapp)
    assert crashed.listen(name)
    socket_path = Path(crashed.fullServerName())
    # simulate a crash: the socket file stays, nobody accepts on it
    crashed.close()
    socket_path.touch()
    assert not send_to_running(name, None)
    server = InstanceServer(name, lambda _p: None, qapp)
    assert server.listen()
    probe = QLocalSocket(qapp)  # a reply needs this thread's event loop, so only connect here
    probe.connectToServer(name)
    assert probe.waitForConnected(3000)
    qtbot.waitUntil(lambda: bool(server._buffers))  # accepted by the new server
    probe.disconnectFromServer()
    server.close()
    for leftover in (probe, server, crashed):
        leftover.deleteLater()
    qtbot.wait(50)
