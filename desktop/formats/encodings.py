"""Turning article bytes into text: detect the encoding, never guess silently.

Order of evidence: an encoding the user gave, a byte order mark, the encoding the file declares (HTML
`<meta charset>`), strict UTF-8. Only after all of those fail is charset_normalizer asked for a
guess, and a guess is always reported as a warning, because a wrong one garbles every accent.
Plain text files may forbid guessing: there a non-UTF-8 file is refused with the likely encoding.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from desktop.formats.errors import ImportRefused, format_texts

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# WHATWG Encoding Standard: browsers read these labels as windows-1252, so pages labelled so are
# nearly always cp1252 in fact (curly quotes in 0x80-0x9F).
_WHATWG_ALIASES = {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254"}


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the Python codec name that was used
    how: str  # "given", "bom", "declared", "utf-8" or "guessed"
    warnings: tuple[str, ...] = ()


def codec_name(label: str) -> str | None:
    """The Python codec for an encoding label, or None if it is unknown or not a text encoding."""
    try:
        info = codecs.lookup(label.strip().strip("'\"").lower())
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None  # e.g. "rot13", "zlib": codecs, but not encodings of text
    return _WHATWG_ALIASES.get(info.name, info.name)


def bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _strict(data: bytes, encoding: str, what: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ImportRefused(
            format_texts.tr(
                "not valid {what} (byte 0x{byte} at position {position})",
                what=what,
                byte=f"{data[error.start]:02X}",
                position=error.start,
            )
        ) from None


def decode_bytes(
    data: bytes, *, given: str | None = None, declared: str | None = None, allow_guess: bool = True
) -> Decoded:
    if given:
        codec = codec_name(given)
        if codec is None:
            raise ImportRefused(format_texts.tr("unknown encoding {name}", name=repr(given)))
        return Decoded(_strict(data, codec, format_texts.tr("{encoding} text", encoding=given)), codec, "given")
    bom = bom_encoding(data)
    if bom:
        what = format_texts.tr("{encoding} text", encoding=bom.removesuffix("-sig").upper())
        return Decoded(_strict(data, bom, what), bom, "bom")
    warnings: list[str] = []
    if declared:
        codec = codec_name(declared)
        if codec in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
            codec = "utf-8"  # a page without a BOM that says UTF-16 is UTF-8 (WHATWG)
        if codec == "utf-8":
            what = format_texts.tr("UTF-8 although the page declares it")
            return Decoded(_strict(data, "utf-8", what), "utf-8", "declared")
        if codec is not None:
            try:
                return Decoded(data.decode(codec), codec, "declared")
            except UnicodeDecodeError:
                warnings.append(
                    format_texts.tr("the page declares {encoding} but is not valid {encoding}", encoding=declared)
                )
        else:
            warnings.append(format_texts.tr("the page declares an unknown encoding ({name})", name=declared[:40]))
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8", tuple(warnings))
    except UnicodeDecodeError as error:
        utf8_error = error
    guess = guess_encoding(data)
    if not allow_guess:
        hint = (
            format_texts.tr(
                "; it looks like {encoding}: save it as UTF-8, or import with --encoding {encoding}", encoding=guess
            )
            if guess
            else format_texts.tr("; save it as UTF-8 and import again")
        )
        raise ImportRefused(
            format_texts.tr(
                "not UTF-8 text (byte 0x{byte} at position {position}){hint}",
                byte=f"{data[utf8_error.start]:02X}",
                position=utf8_error.start,
                hint=hint,
            )
        )
    if guess is None:
        raise ImportRefused(
            format_texts.tr("the text encoding could not be detected; save it as UTF-8 and import again")
        )
    warnings.append(
        format_texts.tr("encoding guessed as {encoding} (the file does not say); check the accents", encoding=guess)
    )
    return Decoded(data.decode(guess, errors="strict"), guess, "guessed", tuple(warnings))


def guess_encoding(data: bytes) -> str | None:
    """charset_normalizer's best guess, as a codec that decodes all of `data` strictly.

    Its `best()` breaks ties in chaos by order, and picked cp1250 ("č" for "è") over cp1252 on an
    Italian page; among the least chaotic readings we take the most coherent (language-like) one,
    and on a further tie the Western European code page old news archives use."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    least = min(m.chaos for m in matches)
    calm = [m for m in matches if m.chaos <= least + 0.01]
    calm.sort(key=lambda m: (-round(m.coherence, 2), m.encoding != "cp1252"))
    for match in calm:
        codec = codec_name(match.encoding)
        if codec is None:
            continue
        try:
            data.decode(codec)
        except UnicodeDecodeError:
            continue
        return codec
    return None
