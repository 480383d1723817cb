"""Issue 19, defect 6 in the window: a file with bad rows is refused by the window's own open path
with one line, the window stays usable, and nothing keeps the file locked; handed to a running
instance, it leaves no half-open window behind."""

from __future__ import annotations

import fcntl
import os
import shutil

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.ui.shell.main_window import MainWindow
from tests.support.hostile import tamper

TAMPERED = {
    "offsets past the text": 'UPDATE passage SET "end" = 1000000 WHERE rowid = 1',
    "offsets of 2**63": "UPDATE passage SET start = 9223372036854775808 WHERE rowid = 1",
    "text offsets": "UPDATE passage SET start = 'abc' WHERE rowid = 1",
    "a blob title": "UPDATE article SET title = X'00ff' WHERE rowid = 1",
    "deep tags": "UPDATE claim SET tags = '" + "[" * 100_000 + "' WHERE rowid = 1",
}


def unlocked(path) -> bool:
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(fd)


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    return shown


@pytest.mark.parametrize("case", TAMPERED, ids=list(TAMPERED))
def test_the_window_refuses_it_in_one_line(qtbot, qsettings_isolated, sample_project, errors, case):
    tamper(sample_project, TAMPERED[case])
    before = sample_project.read_bytes()
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_project_file(sample_project, show_errors=True)
    assert len(errors) == 1 and "\n" not in errors[0] and "unexpected" not in errors[0].lower()
    assert "damaged" in errors[0] and window.bridge is None
    assert unlocked(sample_project) and sample_project.read_bytes() == before


def test_handed_to_a_running_instance_it_leaves_no_window(qtbot, qsettings_isolated, sample_project, tmp_path, errors):
    from desktop.app import _main_windows, open_from_outside

    bad = tmp_path / "bad.crosscheck"
    shutil.copyfile(sample_project, bad)
    tamper(bad, TAMPERED["offsets past the text"])
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project_file(sample_project)
    window.show()
    before = len(_main_windows())
    open_from_outside(bad)
    assert len(_main_windows()) == before and len(errors) == 1
    assert unlocked(bad) and window.bridge is not None  # the open project is untouched
    window.close_project()


def test_a_view_that_fails_releases_the_file(qtbot, qsettings_isolated, sample_project, errors, monkeypatch):
    window = MainWindow()
    qtbot.addWidget(window)

    def broken(project):
        raise IndexError("a view could not take it")

    monkeypatch.setattr(window.chart, "set_project", broken)
    assert not window.open_project_file(sample_project, show_errors=True)
    assert window.bridge is None and unlocked(sample_project)
    assert errors == [f"{sample_project}: the project could not be shown (IndexError: a view could not take it)"]
