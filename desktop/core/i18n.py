"""Words for the user from the layers without Qt, translated by whoever shows them
(docs/architecture.md §9).

core, store, formats, the workspace and the use cases write their messages (errors, gesture
outcomes, the merge report, import warnings) through a `Context`, never through Qt. The window
installs a `Backend` that looks them up in Qt's translators and formats numbers and times in the
chosen locale (ui/common/i18n.py); without one (the CLI, the tests of those layers) they stay
English, with ISO times.

pyside6-lupdate extracts them as it extracts Qt's own calls: `errors.tr("...")` is a `tr` whose
context is the name before the dot, so a Context is bound to a module-level name equal to its own
(tests/test_i18n_sources.py checks it), and `QT_TRANSLATE_NOOP` marks a table entry translated
where it is shown. Placeholders are named, `{path}`, so a translation may reorder them; `%n` is the
count of a plural message, passed third: `texts.tr("%n passage(s)", None, count)` (`%Ln` writes it
with the locale's digit grouping).
"""

from __future__ import annotations

from typing import Protocol


class Backend(Protocol):
    def translate(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        """The source text in the user's language (QCoreApplication.translate's contract, %n
        replaced by n when n >= 0)."""
        ...

    def number(self, value: int | float) -> str:
        """A number as the user's locale writes it."""
        ...

    def datetime(self, iso: str) -> str:
        """A stored UTC timestamp ("2021-12-30T18:02:41.123456Z") for reading, seconds shown."""
        ...

    def date(self, value: str) -> str:
        """An article's publication date ("2021-12-30", or a timestamp) for reading."""
        ...


class English:
    """The source texts as they are: what the CLI and the non-Qt tests see. A plural's "(s)" is
    settled by the count ("%n passage(s)": "1 passage", "2 passages"), as the window's English
    catalogue does (tests/test_translations.py holds the two together)."""

    def translate(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        if n < 0:
            return source
        return source.replace("(s)", "" if n == 1 else "s").replace("%Ln", f"{n:,}").replace("%n", str(n))

    def number(self, value: int | float) -> str:
        return f"{value:,}"

    def datetime(self, iso: str) -> str:
        return f"{iso[:19].replace('T', ' ')} UTC"

    def date(self, value: str) -> str:
        return value


_backend: Backend = English()


def install(backend: Backend | None) -> None:
    """Route every Context through `backend` from now on; None goes back to plain English."""
    global _backend
    _backend = backend if backend is not None else English()


def backend() -> Backend:
    return _backend


def number(value: int | float) -> str:
    return _backend.number(value)


def datetime_text(iso: str) -> str:
    return _backend.datetime(iso) if iso else ""


def date_text(value: str) -> str:
    return _backend.date(value) if value else ""


class Context:
    """A translation context: `texts = Context("texts")`, then `texts.tr("...", field=value)`."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1, /, **fields: object) -> str:
        text = _backend.translate(self.name, source, disambiguation, n)
        return text.format(**fields) if fields else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802  (lupdate knows this name)
    """Mark a source text for extraction; it is translated where it is shown."""
    return source
