"""The error every sub-command raises for a user-facing failure (cli.py prints it as one line)."""

from __future__ import annotations


class CliError(Exception):
    """A user-facing failure of a sub-command; the message is the whole explanation."""
