"""What the bundle leaves out: modules nothing imports at run time, and Qt plugins and
translations Crosscheck does not use. Shared by crosscheck.spec and the size report."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

# Qt's own catalogues the bundle keeps: qtbase for each language Crosscheck is translated into
# (resources/translations/crosscheck_<lang>.ts), so standard buttons and dialogs match.
_LANGUAGES = {
    p.stem.removeprefix("crosscheck_")
    for p in (Path(__file__).resolve().parent.parent / "resources" / "translations").glob("crosscheck_*.ts")
}
KEPT_QT_TRANSLATIONS = {f"qtbase_{language}.qm" for language in _LANGUAGES - {"en"}}  # English is Qt's own

EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "turtle",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "test",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "jsonschema",
    "IPython",
    "matplotlib",  # pyqtgraph is kept: the coverage chart imports it when first shown
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtPdf",
    "PySide6.QtDBus",
]

# Qt plugin folders and plugins that a desktop widgets app on X11/Wayland does not load.
_DROPPED_PLUGIN_DIRS = {
    "tls",
    "networkinformation",
    "qmltooling",
    "designer",
    "sqldrivers",
    "printsupport",
    "egldeviceintegrations",
    "generic",
    "vectorimageformats",
}
_DROPPED_PLUGINS = {
    "platforms": ("libqvnc", "libqlinuxfb", "libqeglfs", "libqminimalegl", "libqvkkhrdisplay", "libqminimal"),
    "imageformats": ("libqtiff", "libqwebp", "libqicns", "libqtga", "libqwbmp", "libqpdf"),
}

# Qt libraries only the dropped EGLFS platform plugins load.
_DROPPED_LIBS = ("libQt6EglFSDeviceIntegration", "libQt6EglFsKmsSupport")


def keep_file(dest: str) -> bool:
    """False for a bundled file (by its destination path) that is pruned."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if parts and parts[-1].startswith(_DROPPED_LIBS):
        return False
    if "translations" in parts and any(p.startswith("PySide6") for p in parts):
        return parts[-1] in KEPT_QT_TRANSLATIONS
    if "plugins" in parts:
        index = parts.index("plugins")
        if len(parts) > index + 1 and parts[index + 1] in _DROPPED_PLUGIN_DIRS:
            return False
        if len(parts) > index + 2:
            names = _DROPPED_PLUGINS.get(parts[index + 1], ())
            if parts[-1].startswith(names):
                return False
    return True
