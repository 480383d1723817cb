"""The error types of the readers and writers: a file that cannot become an article, and a
target that an export or report must not be written over; and the context of every reader's and
writer's message for the user."""

import sys

from desktop.core.i18n import Context

format_texts = Context("format_texts")


class ImportRefused(Exception):
    """A file that cannot become an article; the message says why, for the user.

    Always one line: messages often quote a parser's text (lxml's span lines), and every
    importer's caller prints them as one line per file."""

    def __init__(self, message: object = "") -> None:
        super().__init__(" ".join(str(message).split()))


class OutputRefused(ValueError):
    """A target that no export, report or copy may replace (a project, a FIFO, a device...);
    the message names it and says why, in one line."""


def json_number_problem(error: ValueError) -> str:
    """What json.loads refused besides syntax: the only case is a huge integer."""
    if "digits" in str(error):
        return f"a number with more than {sys.get_int_max_str_digits()} digits"
    return " ".join(str(error).split())[:200]
