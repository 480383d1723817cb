"""The error types of the readers and writers: a file that cannot become an article, and a
target that an export or report must not be written over."""


class ImportRefused(Exception):
    """A file that cannot become an article; the message says why, for the user.

    Always one line: messages often quote a parser's text (lxml's span lines), and every
    importer's caller prints them as one line per file."""

    def __init__(self, message: object = "") -> None:
        super().__init__(" ".join(str(message).split()))


class OutputRefused(ValueError):
    """A target that no export, report or copy may replace (a project, a FIFO, a device...);
    the message names it and says why, in one line."""
