"""The interface language: which one, its Qt translators, and the locale for numbers and dates
(docs/architecture.md §9).

The language is the one saved under View > Language (QSettings "ui/language"), else the first of
the system's languages we have, else English. It is applied once, when the application starts:
our catalogue (desktop/translations/crosscheck_<lang>.qm, built from resources/translations/),
Qt's own (qtbase_<lang>.qm, so standard buttons and dialogs match), the default QLocale and the
layout direction. The layers without Qt speak through desktop.core.i18n; the backend installed
here routes them to the same translators.

Adding a language: its .ts file in resources/translations/ and one line in LANGUAGES.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTime,
    QTranslator,
)

import desktop
from desktop.core import i18n

LANGUAGE_KEY = "ui/language"
# code -> the language's name in itself, as View > Language lists it.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "it": "Italiano",
}
DEFAULT_LANGUAGE = "en"
CATALOGUE_PREFIX = "crosscheck_"


def catalogue_folder() -> Path:
    """Where the built .qm files are: inside the package (wheel, editable build, bundle)."""
    return Path(desktop.__file__).resolve().parent / "translations"


def qt_translations_folders() -> list[Path]:
    """Where Qt's own catalogues may be: Qt's folder, and a frozen bundle's copy of it."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.insert(0, Path(bundle) / "PySide6" / "Qt" / "translations")
    return folders


def saved_language() -> str | None:
    value = QSettings().value(LANGUAGE_KEY, None)
    return str(value) if value in LANGUAGES else None


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred languages that we have ("it-IT" -> "it")."""
    for tag in (locale or QLocale.system()).uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def chosen_language() -> str:
    return saved_language() or system_language()


def save_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown interface language {language!r}")
    QSettings().setValue(LANGUAGE_KEY, language)


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The system's own locale when it speaks that language (so en_GB keeps its dates), else
    the language's main one."""
    system = system or QLocale.system()
    if QLocale(language).language() == system.language():
        return system
    return QLocale(language)


# What apply_language installed, so a second call replaces it.
_translators: list[QTranslator] = []
_applied = [DEFAULT_LANGUAGE]


def apply_language(language: str | None = None, folder: Path | None = None) -> str:
    """Install the translators for `language` (default: the chosen one); returns the language
    applied. A catalogue that is missing leaves its texts in English."""
    language = language if language in LANGUAGES else chosen_language()
    app = QCoreApplication.instance()
    for translator in _translators:
        QCoreApplication.removeTranslator(translator)
    _translators.clear()
    if app is not None:
        for translator in _load(language, folder or catalogue_folder()):
            QCoreApplication.installTranslator(translator)
            _translators.append(translator)
    locale = locale_for(language)
    QLocale.setDefault(locale)
    if app is not None and hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(locale.textDirection())
    _applied[0] = language
    i18n.install(QtBackend())
    return language


def _load(language: str, folder: Path) -> list[QTranslator]:
    found = []
    ours = QTranslator()
    if ours.load(str(folder / f"{CATALOGUE_PREFIX}{language}.qm")):
        found.append(ours)
    if language != "en":
        for qt_folder in qt_translations_folders():
            qt = QTranslator()
            if qt.load(f"qtbase_{language}", str(qt_folder)):
                found.append(qt)
                break
    return found


def current_language() -> str:
    return _applied[0]


# --- numbers and times in the chosen locale --------------------------------------------------------
def number_text(value: int | float) -> str:
    return QLocale().toString(value)


def _date_format(locale: QLocale) -> str:
    """The locale's short date with a four-digit year (a fact-checker dates things exactly)."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def _time_format(locale: QLocale) -> str:
    """The locale's time with seconds, without the zone (we say UTC ourselves)."""
    return locale.timeFormat(QLocale.FormatType.LongFormat).replace("t", "").strip()


def date_text(value: str) -> str:
    """An article's date ("2021-12-30", or a timestamp) as the locale writes it; a value that is
    not a date is shown as it is."""
    locale = QLocale()
    text = value.strip()
    date = QDate.fromString(text[:10], Qt.DateFormat.ISODate)
    if not date.isValid():
        return value
    shown = locale.toString(date, _date_format(locale))
    if len(text) > 10:
        moment = QDateTime.fromString(text.replace(" ", "T"), Qt.DateFormat.ISODateWithMs)
        if moment.isValid():
            shown += " " + locale.toString(moment.time(), _time_format(locale))
    return shown


def datetime_text(iso: str) -> str:
    """A stored UTC timestamp, in the locale's format, seconds shown, marked UTC."""
    moment = QDateTime.fromString(iso.strip(), Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return iso
    moment = moment.toUTC()
    locale = QLocale()
    return f"{locale.toString(moment.date(), _date_format(locale))} {locale.toString(moment.time(), _time_format(locale))} UTC"


def time_text(time: QTime | None = None) -> str:
    """A wall-clock time (the status bar's "saved at")."""
    locale = QLocale()
    return locale.toString(time or QTime.currentTime(), _time_format(locale))


class QtBackend:
    """desktop.core.i18n's backend: Qt's translators and the default QLocale."""

    def translate(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        return QCoreApplication.translate(context, source, disambiguation, n)

    def number(self, value: int | float) -> str:
        return number_text(value)

    def datetime(self, iso: str) -> str:
        return datetime_text(iso)

    def date(self, value: str) -> str:
        return date_text(value)
