"""A sandbox that runs `crosscheck` commands for the fuzz harness, each in a forked child with a
CPU-time and a memory ceiling, so a hang, a runaway loop or a memory blow-up is a finding, not a
stuck test run. The runner never starts Qt (it only imports it) and keeps numpy to one thread,
so forking it is safe, and every child starts with the modules already imported (about 5 ms a
command instead of a second).

Protocol, one JSON object a line: in {"argv": [...], "cpu": seconds, "memory": bytes}; out
{"code": int | null, "signal": int | null, "out": str, "err": str, "seconds": float, "rss_mb": float}.
argv ["--window", PATH] opens PATH the way the window does (offscreen): see `_open_in_window`.
Usage: python -m tests.support.fuzz_runner
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
import tempfile
import time

WALL_FACTOR = 4  # wall-clock limit = CPU limit x this (the machine may be busy), then SIGKILL


def _preload() -> None:
    import desktop.annotation_import
    import desktop.cli
    import desktop.cli_commands.export_cmds
    import desktop.cli_commands.merge_cmds
    import desktop.cli_commands.project_cmds
    import desktop.cli_commands.stats_cmds
    import desktop.cli_commands.suggest_cmds
    import desktop.exporting
    import desktop.formats.html_import
    import desktop.merging
    import desktop.store.inspect
    import desktop.ui.shell.main_window  # noqa: F401 - loaded for the children (no QApplication yet)
    from desktop.formats.language import detect_language

    detect_language("Il Cremlino ha diffuso il resoconto della telefonata tra i due presidenti.")


def _child(argv: list[str], cpu: int, memory: int, out_path: str, err_path: str) -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    out_fd = os.open(out_path, os.O_WRONLY | os.O_TRUNC)
    err_fd = os.open(err_path, os.O_WRONLY | os.O_TRUNC)
    os.dup2(out_fd, 1)
    os.dup2(err_fd, 2)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    code = 99
    try:
        if argv[:1] == ["--window"]:
            code = _open_in_window(argv[1])
        else:
            from desktop.cli import main

            code = main(argv)
    except BaseException as error:
        print(f"RUNNER: {type(error).__name__} escaped main(): {error}", file=sys.stderr)
        code = 98
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _open_in_window(path: str) -> int:
    """What a double-click on PATH does, without a person: a fresh window opens it with its
    dialogs on (each message they would show goes to stderr, one a line, as "crosscheck: error:
    ..."; a question is answered No), lays it out and paints it, shows the coverage chart, and
    closes the project. Exit status 0 if it opened, 1 if it was refused."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QMessageBox

    from desktop.app import ensure_application
    from desktop.ui.shell.main_window import MainWindow

    def shown(_parent, _title, text, *_rest) -> QMessageBox.StandardButton:
        print(f"crosscheck: error: {text}", file=sys.stderr)
        return QMessageBox.StandardButton.No

    def qt_message(kind: QtMsgType, _context: object, text: str) -> None:
        # The offscreen platform cannot pass size hints to a window manager; any other Qt
        # message is a finding (the harness wants every stderr line to be Crosscheck's own).
        if kind != QtMsgType.QtDebugMsg and "does not support propagateSizeHints" not in text:
            print(f"qt: {text}", file=sys.stderr)

    qInstallMessageHandler(qt_message)
    QMessageBox.critical = QMessageBox.warning = QMessageBox.question = shown  # type: ignore[method-assign]
    app = ensure_application()
    window = MainWindow()
    opened = window.open_project_file(path, show_errors=True)
    window.show()
    for _ in range(10):
        app.processEvents()
    if opened:
        assert not window.grab().isNull()
        window.show_coverage()
        for _ in range(10):
            app.processEvents()
    window.close_project()
    window.close()
    app.processEvents()
    return 0 if opened else 1


def run_one(request: dict, out_path: str, err_path: str) -> dict:
    cpu = int(request.get("cpu", 30))
    memory = int(request.get("memory", 2 * 1024**3))
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        _child([str(a) for a in request["argv"]], cpu, memory, out_path, err_path)
    deadline = started + cpu * WALL_FACTOR
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            done, status, usage = os.wait4(pid, 0)
            break
        time.sleep(0.005)
    with (
        open(out_path, encoding="utf-8", errors="replace") as out,
        open(err_path, encoding="utf-8", errors="replace") as err,
    ):
        output, errors = out.read(), err.read()
    return {
        "code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
        "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
        "out": output[-5_000_000:],  # whole, for the JSON reports (a quote may be a megabyte)
        "err": errors[-20000:],
        "seconds": time.monotonic() - started,
        "rss_mb": usage.ru_maxrss / 1024,
    }


def main() -> None:
    _preload()
    folder = tempfile.mkdtemp(prefix="crosscheck-fuzz-runner-")
    out_path, err_path = os.path.join(folder, "out"), os.path.join(folder, "err")
    for path in (out_path, err_path):
        open(path, "w").close()
    print("READY", flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        reply = run_one(json.loads(line), out_path, err_path)
        print(json.dumps(reply), flush=True)


if __name__ == "__main__":
    main()
