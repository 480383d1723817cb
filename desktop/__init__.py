"""Crosscheck: compare how several outlets report the same event."""

__version__ = "0.1.0"
APP_NAME = "Crosscheck"
ORGANISATION = "Crosscheck"
