"""Typed reads of QSettings: its stubs return `object` whatever `type=` asks for."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def text_setting(key: str, default: str = "") -> str:
    value = QSettings().value(key, default, type=str)
    return value if isinstance(value, str) else default


def list_setting(key: str) -> list[str]:
    """A list of strings (the recent projects, the open panes); [] when unset."""
    value = QSettings().value(key, [], type=list)
    return [str(item) for item in value] if isinstance(value, list) else []
