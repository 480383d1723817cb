"""The one error type of the readers: a file that cannot become an article; and the context of
every reader's and writer's message for the user."""

from desktop.core.i18n import Context

format_texts = Context("format_texts")


class ImportRefused(Exception):
    """A file that cannot become an article; the message says why, for the user.

    Always one line: messages often quote a parser's text (lxml's span lines), and every
    importer's caller prints them as one line per file."""

    def __init__(self, message: object = "") -> None:
        super().__init__(" ".join(str(message).split()))
