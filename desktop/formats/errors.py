"""The one error type of the readers: a file that cannot become an article."""


class ImportRefused(Exception):
    """A file that cannot become an article; the message says why, for the user."""
