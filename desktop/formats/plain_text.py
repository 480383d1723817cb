"""Plain text bytes to an import candidate: the decoding rules that .txt files and Markdown share
(no project access here)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core.text import first_line_title, normalise_text
from desktop.formats.candidate import ImportCandidate, check_article_size, looks_binary
from desktop.formats.encodings import bom_encoding, decode_bytes
from desktop.formats.errors import ImportRefused, format_texts


@dataclass(frozen=True)
class ReadOptions:
    """Choices the user made for a whole import."""

    encoding: str | None = None  # force this encoding instead of detecting it


def text_candidate(
    data: bytes,
    name: str,
    options: ReadOptions | None = None,
    media_type: str = "text/plain",
    empty: str = "",
) -> ImportCandidate:
    """Plain text: UTF-8, or UTF-16/32 with a byte order mark, or the encoding the user gave.
    Anything else is refused with the encoding it looks like: a text file does not say its
    encoding, so any other reading would be a guess."""
    if not data:
        raise ImportRefused(empty or format_texts.tr("the file is empty"))
    given = options.encoding if options else None
    if not given and not bom_encoding(data) and looks_binary(data):
        raise ImportRefused(
            format_texts.tr("a binary file, not text") if name != "stdin" else format_texts.tr("binary data, not text")
        )
    decoded = decode_bytes(data, given=given, allow_guess=False)
    text = normalise_text(decoded.text)
    if not text.strip():
        raise ImportRefused(format_texts.tr("the file holds only white space"))
    if "\x00" in text:
        raise ImportRefused(format_texts.tr("a binary file, not text"))
    check_article_size(len(text))  # the same limit as pages (issue 19: .txt had none)
    return ImportCandidate(
        path=name,
        title=first_line_title(text) or Path(name).stem,
        text=text,
        original=data,
        media_type=media_type,
        encoding=decoded.encoding,
        warnings=list(decoded.warnings),
    )
