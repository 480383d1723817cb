"""Before the window: a missing X11 library or display is our one-line message, not Qt's abort.

Stand-in platform plugins are compiled here (a C compiler is needed; the tests skip without one):
one that loads, and one linked against a library that is then deleted, so loading it fails the
way Qt's libqxcb.so does on a machine without libxcb-cursor0 and its siblings.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.ui.shell import display_check
from desktop.ui.shell.display_check import (
    DEBIAN_PACKAGES,
    DisplayUnavailable,
    check_display,
    describe_import_error,
    install_hint,
    missing_libraries,
    wants_xcb,
)

ABSENT = "libcrosscheck-absent-test.so.0"


def compile_plugin(folder: Path, needs_absent: bool) -> Path:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("needs a C compiler to build a stand-in platform plugin")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "stub.c").write_text("int crosscheck_stub(void) { return 1; }\n", encoding="utf-8")
    command = [compiler, "-shared", "-fPIC", "-o", str(folder / "libqxcb.so"), str(folder / "stub.c")]
    if needs_absent:
        absent = folder / ABSENT
        subprocess.run(
            [compiler, "-shared", "-fPIC", "-o", str(absent), f"-Wl,-soname,{ABSENT}", str(folder / "stub.c")],
            check=True,
        )
        command += ["-Wl,--no-as-needed", f"-L{folder}", f"-l:{ABSENT}"]
    subprocess.run(command, check=True)
    if needs_absent:
        absent.unlink()  # linked against, now gone: the loader cannot find it
    return folder / "libqxcb.so"


@pytest.fixture(scope="module")
def broken_plugin(tmp_path_factory) -> Path:
    return compile_plugin(tmp_path_factory.mktemp("broken"), needs_absent=True)


@pytest.fixture(scope="module")
def working_plugin(tmp_path_factory) -> Path:
    return compile_plugin(tmp_path_factory.mktemp("working"), needs_absent=False)


def xcb_env(plugin: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "DISPLAY")}
    env.update(QT_QPA_PLATFORM="xcb", QT_QPA_PLATFORM_PLUGIN_PATH=str(plugin.parent), **extra)
    return env


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb:dpi=96"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"XDG_SESSION_TYPE": "wayland"}, False),
        ({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, True),
    ],
)
def test_only_a_start_on_x11_is_checked(env, expected):
    assert wants_xcb(env) is expected


def test_the_hint_names_debian_packages_and_what_it_cannot_map():
    assert install_hint(["libxcb-cursor.so.0", "libxcb-icccm.so.4"]) == (
        "on Debian or Ubuntu: sudo apt install libxcb-cursor0 libxcb-icccm4"
    )
    assert install_hint(["libfoo.so.3"]) == "install the packages that provide libfoo.so.3"


def test_a_plugin_with_a_missing_library_names_it(broken_plugin, working_plugin):
    assert missing_libraries(broken_plugin) == [ABSENT]
    assert missing_libraries(working_plugin) == []
    with pytest.raises(DisplayUnavailable, match=f"needs {re.escape(ABSENT)}, not installed here"):
        check_display(xcb_env(broken_plugin, DISPLAY=":0"))


def test_no_display_or_one_that_does_not_answer(working_plugin):
    with pytest.raises(DisplayUnavailable, match="DISPLAY is not set"):
        check_display(xcb_env(working_plugin))
    unused = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    with pytest.raises(DisplayUnavailable, match=f"display :{unused} does not answer"):
        check_display(xcb_env(working_plugin, DISPLAY=f":{unused}"))


def test_other_platforms_are_left_to_qt(broken_plugin):
    check_display(dict(xcb_env(broken_plugin), QT_QPA_PLATFORM="offscreen"))  # no error


def test_the_plugin_is_found_where_qt_looks(working_plugin, tmp_path):
    bundle = tmp_path / "plugins"
    (bundle / "platforms").mkdir(parents=True)
    shutil.copy(working_plugin, bundle / "platforms" / "libqxcb.so")
    # A frozen bundle points QT_PLUGIN_PATH at its own plugins.
    assert display_check.xcb_plugin({"QT_PLUGIN_PATH": str(bundle)}) == bundle / "platforms" / "libqxcb.so"
    assert display_check.xcb_plugin({"QT_QPA_PLATFORM_PLUGIN_PATH": str(working_plugin.parent)}) == working_plugin


def test_the_command_prints_one_line_and_leaves_the_project_alone(broken_plugin, sample_project, tmp_path):
    before = sample_project.read_bytes()
    env = xcb_env(broken_plugin, DISPLAY=":0", HOME=str(tmp_path), CROSSCHECK_NEW_INSTANCE="1")
    result = subprocess.run(
        [sys.executable, "-m", "desktop", str(sample_project)], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("crosscheck: error: the window cannot open: ")
    assert ABSENT in lines[0] and "qt.qpa" not in result.stderr and "Aborted" not in result.stderr
    assert sample_project.read_bytes() == before


def test_the_real_plugin_is_checked_like_ldd_sees_it():
    """On this machine: the probe's verdict on PySide6's own plugin agrees with ldd."""
    plugin = display_check.xcb_plugin({})
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        pytest.skip("no X11 plugin or no ldd here")
    output = subprocess.run([ldd, str(plugin)], capture_output=True, text=True).stdout
    not_found = list(dict.fromkeys(line.split("=>")[0].strip() for line in output.splitlines() if "not found" in line))
    assert missing_libraries(plugin) == not_found


def test_every_system_library_the_real_plugin_needs_has_its_package():
    plugin = display_check.xcb_plugin({})
    readelf = shutil.which("readelf")
    if plugin is None or readelf is None:
        pytest.skip("no X11 plugin or no readelf here")
    dynamic = subprocess.run([readelf, "-d", str(plugin)], capture_output=True, text=True).stdout
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic)
    runtime = {"libstdc++.so.6", "libm.so.6", "libgcc_s.so.1", "libc.so.6"}  # part of any system
    system = [name for name in needed if not name.startswith("libQt6") and name not in runtime]
    assert system and [name for name in system if name not in DEBIAN_PACKAGES] == []


def test_qt_failing_to_import_for_a_missing_library_is_one_line():
    error = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    assert describe_import_error(error) == (
        "Qt cannot start: libEGL.so.1 is not installed; on Debian or Ubuntu: sudo apt install libegl1 "
        "(README: 'System libraries')"
    )
    assert describe_import_error(ImportError("No module named 'PySide6'")) is None
