"""The language of an article: from what the page says, else detected from the text.

Detection uses py3langid (the maintained fork of langid.py: model shipped in the wheel, works
offline, deterministic, ~0.5-5 ms an article once loaded). It loads lazily (about 1 s, the model
is xz-compressed) and once per process, also from worker threads.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

from desktop.formats.errors import ImportRefused, format_texts

_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")
MIN_CONFIDENCE = 0.9
MIN_DETECT_CHARS = 40
_lock = threading.Lock()
_identifier: LanguageIdentifier | None = None


def language_tag(value: str | None) -> str:
    """The primary subtag of a BCP 47 tag ("it-IT" -> "it", "en_GB" -> "en"); "" if not a tag."""
    value = (value or "").strip()
    if not _TAG.match(value) or value.lower() in ("und", "mul", "zxx", "xx"):
        return ""
    return value.replace("_", "-").split("-")[0].lower()


def checked_language(value: str) -> str:
    """A language tag's primary subtag, or ImportRefused: the rule of the --language flag and of
    NAME.meta.json alike."""
    tag = language_tag(value)
    if not tag:
        raise ImportRefused(
            format_texts.tr("{text} is not a language tag (use e.g. it, en, fr)", text=repr(value.strip()))
        )
    return tag


def _get_identifier() -> LanguageIdentifier:
    global _identifier
    with _lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return _identifier


def detect_language(text: str) -> tuple[str, float] | None:
    """(language, confidence) from the text, or None when it is too short or too unsure."""
    sample = text[:20000]
    if len(sample.strip()) < MIN_DETECT_CHARS:
        return None
    language, confidence = _get_identifier().classify(sample)
    if confidence < MIN_CONFIDENCE:
        return None
    return str(language), float(confidence)


def detector_version() -> str:
    from importlib.metadata import version

    return f"py3langid {version('py3langid')}"


PAGE = "the page does not say"


def language_of(text: str, warnings: list[str], silent_source: str = "the file does not say") -> str:
    """The language detected from `text` for an article whose source names none, with a warning
    saying so (or that it is unknown): the same for pages, text and Markdown (issue 14)."""
    try:
        detected = detect_language(text)
    except OSError as error:  # the detector unpacks its model to a temporary file: a full disk
        warnings.append(f"language unknown: {silent_source}, and it could not be detected ({error.strerror or error})")
        return ""
    if silent_source == PAGE:  # the pages' wording, as translated in resources/translations
        from desktop.formats.errors import format_texts

        if detected is None:
            warnings.append(
                format_texts.tr("language unknown: the page does not say and the text is too short or mixed")
            )
            return ""
        warnings.append(
            format_texts.tr(
                "language detected from the text ({language}, {percent}% sure); the page does not say",
                language=detected[0],
                percent=round(detected[1] * 100),
            )
        )
        return detected[0]
    if detected is None:
        warnings.append(f"language unknown: {silent_source} and the text is too short or mixed")
        return ""
    warnings.append(f"language detected from the text ({detected[0]}, {detected[1]:.0%} sure); {silent_source}")
    return detected[0]
