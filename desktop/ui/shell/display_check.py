"""Before the QApplication: can Qt open a window here? If not, say what to install, in one line.

When Qt's X11 platform plugin (libqxcb.so) cannot be loaded, Qt prints several lines, blames
libxcb-cursor0 whichever library is actually missing, and aborts the interpreter, so nothing of
ours runs. Loading the plugin ourselves first (dlopen, which is what Qt does) tells which shared
libraries are missing; `ldd` then lists all of them, not only the first. Only done when Qt will
pick xcb: QT_QPA_PLATFORM names it, or is unset outside a Wayland session. Also caught here: no
X display, or one that does not answer, and Qt's own libraries failing to load (ImportError) for
a missing library.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path

# What the X11 plugin of PySide6 6.11 and Qt's GUI libraries need from the system (readelf -d,
# and dpkg -S on Debian 12; the names are the same on Ubuntu 22.04 and later), by soname.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}
PLUGIN_FILE = "libqxcb.so"
_CANNOT_OPEN = re.compile(r"([\w.+-]+\.so[\w.]*): cannot open shared object file")


class DisplayUnavailable(Exception):
    """The window cannot open on this machine; the message (one line) says what to do."""


def wants_xcb(env: Mapping[str, str]) -> bool:
    """Will Qt try the X11 plugin first?"""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip() == "xcb"
    return not (env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland")


def xcb_plugin(env: Mapping[str, str]) -> Path | None:
    """The X11 plugin Qt will load: from QT_QPA_PLATFORM_PLUGIN_PATH, QT_PLUGIN_PATH (a frozen
    bundle sets it), Qt's plugin folder or PySide6's own; None when none of them has it."""
    folders = []
    if env.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        folders.append(Path(env["QT_QPA_PLATFORM_PLUGIN_PATH"]))
    folders += [Path(entry) / "platforms" for entry in env.get("QT_PLUGIN_PATH", "").split(os.pathsep) if entry]
    import PySide6
    from PySide6.QtCore import QLibraryInfo

    folders.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms")
    folders.append(Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms")
    return next((folder / PLUGIN_FILE for folder in folders if (folder / PLUGIN_FILE).is_file()), None)


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries the plugin needs and cannot find (empty: it loads)."""
    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
    except OSError as error:
        first = _CANNOT_OPEN.search(str(error))
        listed = _not_found_by_ldd(plugin)
        return listed or ([first.group(1)] if first else [str(error)])
    return []


def _not_found_by_ldd(plugin: Path) -> list[str]:
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        output = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found = [line.split("=>")[0].strip() for line in output.splitlines() if "=> not found" in line]
    return list(dict.fromkeys(found))


def install_hint(libraries: list[str]) -> str:
    packages = list(dict.fromkeys(DEBIAN_PACKAGES[name] for name in libraries if name in DEBIAN_PACKAGES))
    unknown = [name for name in libraries if name not in DEBIAN_PACKAGES]
    hint = f"on Debian or Ubuntu: sudo apt install {' '.join(packages)}" if packages else ""
    if unknown:
        hint += ("; " if hint else "") + f"install the packages that provide {', '.join(unknown)}"
    return hint


def check_display(env: Mapping[str, str] | None = None) -> None:
    """Raise DisplayUnavailable when Qt would abort on its X11 plugin; else return at once."""
    env = os.environ if env is None else env
    if not wants_xcb(env):
        return  # offscreen (tests), Wayland, or a plugin the user chose: Qt's business
    plugin = xcb_plugin(env)
    if plugin is None:
        return  # not where we know to look: Qt may still find it, and says so if not
    missing = missing_libraries(plugin)
    if missing:
        raise DisplayUnavailable(
            f"the window cannot open: Qt's X11 display plugin needs {', '.join(missing)}, "
            f"not installed here; {install_hint(missing)} (README: 'System libraries')"
        )
    display = env.get("DISPLAY")
    if not display:
        raise DisplayUnavailable(
            "the window cannot open: there is no X display (DISPLAY is not set); start Crosscheck "
            "from a desktop session, or use the crosscheck commands (crosscheck --help)"
        )
    if not can_connect(display):
        raise DisplayUnavailable(
            f"the window cannot open: the X display {display} does not answer (DISPLAY={display}); "
            "start Crosscheck from a desktop session, or use the crosscheck commands (crosscheck --help)"
        )


def can_connect(display: str) -> bool:
    """Does the X server answer? One connection through libxcb, which the plugin just loaded."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # cannot tell: let Qt try
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return connection is not None and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection is not None:
            xcb.xcb_disconnect(connection)  # frees the connection object even when it failed


def describe_import_error(error: ImportError) -> str | None:
    """One line for Qt's own libraries failing to load for want of a system library."""
    match = _CANNOT_OPEN.search(str(error))
    if match is None:
        return None
    return (
        f"Qt cannot start: {match.group(1)} is not installed; {install_hint([match.group(1)])} "
        "(README: 'System libraries')"
    )
