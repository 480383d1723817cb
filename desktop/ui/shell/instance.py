"""One Crosscheck per user: a second launch hands its file to the running instance and exits.

The transport is a QLocalServer (a Unix socket on Linux, a named pipe on Windows) whose name is
derived from the user's data folder, so each user (and each test's temporary home) has its own,
and the socket is created user-accessible only. The message is one line of JSON,
`{"open": "/absolute/path"}` or `{"open": null}` (just raise the window), answered by `ok`.

Nothing here touches the project file: the running instance opens what it is sent through the
normal path (open_shared, with its write lock), so a file it already holds is never opened twice.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

MAX_MESSAGE = 64 * 1024  # a path, not a payload: anything longer is dropped
CONNECT_MS = 1500
REPLY_MS = 10000  # the running instance may be busy opening a large project


def instance_name(data_folder: str | Path) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    digest = hashlib.sha256(f"{user}\0{Path(data_folder).resolve()}".encode()).hexdigest()[:20]
    return f"crosscheck-{digest}"


def encode_request(path: Path | None) -> bytes:
    return json.dumps({"open": str(path.resolve()) if path else None}).encode("utf-8") + b"\n"


def decode_request(data: bytes) -> tuple[bool, Path | None]:
    """(valid, path). A malformed message is refused rather than guessed at."""
    try:
        message = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False, None
    if not isinstance(message, dict) or "open" not in message:
        return False, None
    target = message["open"]
    if target is None:
        return True, None
    if not isinstance(target, str) or not target or "\0" in target or not Path(target).is_absolute():
        return False, None
    return True, Path(target)


def send_to_running(name: str, path: Path | None) -> bool:
    """True when a running instance accepted the request; False when none answers."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(encode_request(path))
    socket.flush()
    reply = b""
    while b"\n" not in reply and socket.waitForReadyRead(REPLY_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply.startswith(b"ok")


class InstanceServer(QObject):
    """Listens for later launches and calls `handler(path_or_None)` for each request."""

    def __init__(self, name: str, handler: Callable[[Path | None], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.handler = handler
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        if self.server.listen(self.name):
            return True
        if self.server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
            return False
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_MS):
            probe.disconnectFromServer()
            return False  # another instance is alive after all (started at the same moment)
        QLocalServer.removeServer(self.name)  # left over from an instance that crashed
        return self.server.listen(self.name)

    def close(self) -> None:
        # Drop the clients first: a socket destroyed with the server still emits disconnected.
        for socket in list(self._buffers):
            self._buffers.pop(socket, None)
            if shiboken6.isValid(socket):
                socket.readyRead.disconnect()
                socket.disconnected.disconnect()
                socket.abort()
                socket.deleteLater()
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        if shiboken6.isValid(socket):
            socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers or not shiboken6.isValid(socket):
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE:
            self._answer(socket, b"error: message too long\n")
            return
        if b"\n" not in data:
            self._buffers[socket] = data
            return
        valid, path = decode_request(data.split(b"\n", 1)[0])
        if not valid:
            self._answer(socket, b"error: not understood\n")
            return
        # Answer first: the window may show a dialog (project in use, broken file) and the
        # launching process should not wait on the user.
        self._answer(socket, b"ok\n")
        self.handler(path)

    def _answer(self, socket: QLocalSocket, reply: bytes) -> None:
        self._buffers.pop(socket, None)
        socket.write(reply)
        socket.flush()
        socket.disconnectFromServer()
