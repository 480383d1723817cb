"""The bundle and the desktop integration files."""
