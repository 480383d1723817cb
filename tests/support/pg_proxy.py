"""A byte relay between clients on 127.0.0.1 and the test cluster's Unix socket, that can lose the
server's answer to a write: the server commits, the client only sees its connection drop. That
is the one fault a client cannot tell from "not committed" without asking the server again.
A write is the message that carries MARKER (a team store's step sets crosscheck.step), or an
explicit COMMIT."""

from __future__ import annotations

import contextlib
import socket
import threading
from pathlib import Path

MARKER = b"crosscheck.step"


class CommitSwallowingProxy:
    def __init__(self, server_socket: Path) -> None:
        self.server_socket = str(server_socket)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.swallow_next_commit = threading.Event()
        self.swallowed = threading.Event()
        self._closing = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            server.connect(self.server_socket)
            pair = _Pair(client, server, self)
            threading.Thread(target=pair.client_to_server, daemon=True).start()
            threading.Thread(target=pair.server_to_client, daemon=True).start()

    def close(self) -> None:
        self._closing = True
        self.listener.close()


class _Pair:
    def __init__(self, client: socket.socket, server: socket.socket, proxy: CommitSwallowingProxy) -> None:
        self.client, self.server, self.proxy = client, server, proxy
        self.commit_sent = threading.Event()

    def _close(self) -> None:
        for end in (self.client, self.server):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
            end.close()

    def client_to_server(self) -> None:
        try:
            while data := self.client.recv(65536):
                if self.proxy.swallow_next_commit.is_set() and (MARKER in data or b"COMMIT\x00" in data):
                    self.proxy.swallow_next_commit.clear()
                    self.commit_sent.set()
                self.server.sendall(data)
        except OSError:
            pass
        finally:
            self._close()

    def server_to_client(self) -> None:
        try:
            while data := self.server.recv(65536):
                if self.commit_sent.is_set():
                    # The server has answered the COMMIT (so it committed): drop the answer and
                    # the connection, as a broken network would.
                    self.proxy.swallowed.set()
                    self._close()
                    return
                self.client.sendall(data)
        except OSError:
            pass
        finally:
            self._close()
