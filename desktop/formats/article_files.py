"""Reading article files from disk into import candidates (no project access here).

Every file is read whole, checked and decoded before anything touches a project, so a bad file is
a clear message and never a partial article. Metadata may sit beside a text in `NAME.meta.json`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.text import first_line_title, normalise_text

MAX_FILE_BYTES = 20 * 1024 * 1024  # a news article is ~10-500 KB; this leaves room for saved pages
MAX_META_BYTES = 64 * 1024
META_SUFFIX = ".meta.json"
TEXT_SUFFIXES = (".txt", ".text")
META_FIELDS = ("title", "outlet", "url", "language", "published", "author")
# Documentation that often sits in a folder of articles; reported as skipped, not imported.
FOLDER_NOTES = ("readme", "license", "licence", "changelog")


class ImportRefused(Exception):
    """A file that cannot become an article; the message says why, for the user."""


@dataclass
class ImportCandidate:
    """An article read from a file, not yet in any project."""

    path: str
    title: str
    text: str
    outlet: str = ""
    url: str = ""
    language: str = ""
    published: str = ""
    author: str = ""
    original: bytes = b""
    media_type: str = "text/plain"
    encoding: str = "utf-8"
    extractor: str = "crosscheck-text"
    extractor_version: str = "1"
    warnings: list[str] = field(default_factory=list)


@dataclass
class SkippedPath:
    path: str
    reason: str


def read_bytes_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise ImportRefused(f"{_mb(size)} is over the {_mb(limit)} limit for one article")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)  # the file may have grown since stat()
    except FileNotFoundError:
        raise ImportRefused("no such file (it may have been moved or deleted)") from None
    except IsADirectoryError:
        raise ImportRefused("it is a folder") from None
    except PermissionError:
        raise ImportRefused("permission denied") from None
    except OSError as error:
        raise ImportRefused(f"could not read it ({error.strerror or error})") from None
    if len(data) > limit:
        raise ImportRefused(f"over the {_mb(limit)} limit for one article")
    return data


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(head) and control / len(head) > 0.05


def decode_utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRefused(
            f"not UTF-8 text (byte 0x{data[error.start]:02X} at position {error.start}); "
            "save it as UTF-8 and import again"
        ) from None


def read_metadata(text_path: Path) -> tuple[dict[str, str], list[str]]:
    """Metadata from the sidecar `NAME.meta.json`, if any, and warnings about it."""
    meta_path = text_path.with_name(text_path.stem + META_SUFFIX)
    if not meta_path.is_file():
        return {}, []
    try:
        data = json.loads(read_bytes_limited(meta_path, MAX_META_BYTES).decode("utf-8"))
    except (ImportRefused, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        return {}, [f"{meta_path.name} ignored: {error}"]
    if not isinstance(data, dict):
        return {}, [f"{meta_path.name} ignored: not a JSON object"]
    meta, warnings = {}, []
    for key in META_FIELDS:
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            warnings.append(f"{meta_path.name}: {key} ignored (not text)")
            continue
        meta[key] = " ".join(value.split())[:2000]
    return meta, warnings


def read_text_file(path: Path) -> ImportCandidate:
    data = read_bytes_limited(path)
    if not data:
        raise ImportRefused("the file is empty")
    if looks_binary(data):
        raise ImportRefused("a binary file, not text")
    text = normalise_text(decode_utf8(data))
    if not text.strip():
        raise ImportRefused("the file holds only white space")
    meta, warnings = read_metadata(path)
    return ImportCandidate(
        path=str(path),
        title=meta.pop("title", "") or first_line_title(text) or path.stem,
        text=text,
        original=data,
        warnings=warnings,
        **meta,
    )


def read_text_stream(data: bytes, name: str = "stdin") -> ImportCandidate:
    if len(data) > MAX_FILE_BYTES:
        raise ImportRefused(f"over the {_mb(MAX_FILE_BYTES)} limit for one article")
    if not data.strip():
        raise ImportRefused("no text was given")
    if looks_binary(data):
        raise ImportRefused("binary data, not text")
    text = normalise_text(decode_utf8(data))
    return ImportCandidate(path=name, title=first_line_title(text) or name, text=text, original=data)


# Readers by file suffix. The import issue adds HTML, Markdown and others here.
READERS = {suffix: read_text_file for suffix in TEXT_SUFFIXES}


def expand_paths(paths: Iterable[Path]) -> Iterator[Path | SkippedPath]:
    """Files to import, in a stable order: folders are walked recursively; what cannot be imported
    is yielded as SkippedPath with the reason."""
    for path in paths:
        if not os.path.lexists(path):
            yield SkippedPath(str(path), "no such file or folder")
        elif path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path | SkippedPath]:
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as error:
        yield SkippedPath(str(folder), f"could not list the folder ({error.strerror or error})")
        return
    for entry in entries:
        name = entry.name.lower()
        if name.startswith(".") or name.endswith(META_SUFFIX):
            continue
        if entry.is_symlink():
            yield SkippedPath(str(entry), "a symbolic link (not followed inside folders)")
        elif entry.is_dir():
            yield from _walk(entry)
        elif name.split(".")[0] in FOLDER_NOTES:
            yield SkippedPath(str(entry), "folder notes, not an article")
        elif entry.suffix.lower() not in READERS:
            yield SkippedPath(str(entry), f"not a supported article type ({entry.suffix or 'no extension'})")
        else:
            yield entry


def read_article(path: Path) -> ImportCandidate:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ImportRefused(f"not a supported article type ({path.suffix or 'no extension'}); "
                            f"supported: {', '.join(sorted(READERS))}")
    return reader(path)
