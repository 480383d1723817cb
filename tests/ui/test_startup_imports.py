"""What the window imports before its first paint: numpy (0.3 s) and pyqtgraph come later, with
the suggestion worker and the chart (docs/architecture.md §8)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("heavy", ["numpy", "pyqtgraph"])
def test_the_main_window_module_does_not_import(heavy):
    code = f"import sys, desktop.ui.shell.main_window, desktop.app; print({heavy!r} in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert out.stdout.strip() == "False", out.stderr
