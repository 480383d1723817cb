"""PySide6 6.12.0 on Python 3.11 aborts after a few thousand void Qt calls (docs/architecture.md §7).
This loop crashes the interpreter on such a build; the pin in pyproject.toml keeps it away."""

from __future__ import annotations

import subprocess
import sys


def test_fifty_thousand_void_qt_calls_do_not_abort():
    code = "from PySide6.QtCore import QPoint\np = QPoint()\nfor i in range(50_000):\n    p.setX(i)\nprint(p.x())\n"
    # In a child process: an abort must fail this test, not kill the test run.
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "49999"


def test_installed_pyside_is_below_6_12():
    import PySide6

    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12)
