"""Reading article files from disk into import candidates (no project access here).

Every file is read whole, checked and decoded before anything touches a project, so a bad file is
a clear message and never a partial article. Metadata may sit beside any article file in
`NAME.meta.json`, and wins over what was extracted. Readers per format: plain text here (decoded in
plain_text.py), HTML in html_import.py, MHTML in mhtml_import.py, Markdown in markdown_import.py.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from desktop.core.dates import InvalidDate, normalise_date
from desktop.core.files import special_kind
from desktop.formats.candidate import (
    MAX_FILE_BYTES,
    ImportCandidate,
    SkippedPath,
    _mb,
    read_bytes_limited,
    web_url,
)
from desktop.formats.errors import ImportRefused, format_texts, json_number_problem
from desktop.formats.html_import import looks_like_html, read_html_bytes, read_html_file
from desktop.formats.language import checked_language, language_of
from desktop.formats.markdown_import import read_markdown_file
from desktop.formats.mhtml_import import read_mhtml_file
from desktop.formats.plain_text import ReadOptions, text_candidate

MAX_META_BYTES = 64 * 1024
META_SUFFIX = ".meta.json"
TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MHTML_SUFFIXES = (".mhtml", ".mht")
# Folders browsers save a page's images and scripts in ("Page_files" beside "Page.html").
SAVED_PAGE_FOLDER_SUFFIXES = ("_files", "-Dateien", "_fichiers", "_archivos", "_arquivos", "_bestanden")
META_FIELDS = ("title", "outlet", "url", "language", "published", "author")
# Documentation that often sits in a folder of articles; reported as skipped, not imported.
FOLDER_NOTES = ("readme", "license", "licence", "changelog")


def read_metadata(text_path: Path) -> tuple[dict[str, str], list[str]]:
    """Metadata from the sidecar `NAME.meta.json`, if any, and warnings about it."""
    meta_path = text_path.with_name(text_path.stem + META_SUFFIX)
    if not meta_path.exists():
        return {}, []
    try:
        data = json.loads(read_bytes_limited(meta_path, MAX_META_BYTES).decode("utf-8"))
    except (ImportRefused, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        return {}, [format_texts.tr("{name} ignored: {error}", name=meta_path.name, error=error)]
    except ValueError as error:  # an integer of over 4300 digits (issue 19)
        return {}, [format_texts.tr("{name} ignored: {error}", name=meta_path.name, error=json_number_problem(error))]
    if not isinstance(data, dict):
        return {}, [format_texts.tr("{name} ignored: not a JSON object", name=meta_path.name)]
    meta, warnings = {}, []
    for key in META_FIELDS:
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            warnings.append(format_texts.tr("{name}: {key} ignored (not text)", name=meta_path.name, key=key))
            continue
        meta[key] = " ".join(value.split())[:2000]
    # The rules of the CLI flags (issue 19: a javascript: url and any language were stored as typed).
    if "url" in meta and not web_url(meta["url"]):
        raise ImportRefused(f"{meta_path.name}: url {meta['url']!r} is not a web address (http:// or https://)")
    if "language" in meta:
        try:
            meta["language"] = checked_language(meta["language"])
        except ImportRefused as error:
            raise ImportRefused(f"{meta_path.name}: language {error}") from None
    if "published" in meta:
        # The user wrote this on purpose: a wrong date refuses the file rather than being dropped.
        try:
            meta["published"] = normalise_date(meta["published"], "published")
        except InvalidDate as error:
            raise ImportRefused(f"{meta_path.name}: {error}") from None
    return meta, warnings


def read_text_file(path: Path, options: ReadOptions | None = None) -> ImportCandidate:
    data = read_bytes_limited(path)
    candidate = text_candidate(data, str(path), options)
    meta, warnings = read_metadata(path)
    return with_language(apply_metadata(candidate, meta, warnings))


def with_language(candidate: ImportCandidate) -> ImportCandidate:
    """A text or Markdown article that states no language gets it detected, as a page does."""
    if not candidate.language:
        candidate.language = language_of(candidate.text, candidate.warnings)
    return candidate


def apply_metadata(candidate: ImportCandidate, meta: dict[str, str], warnings: list[str]) -> ImportCandidate:
    """Sidecar metadata wins over what was extracted: the user wrote it on purpose."""
    for key, value in meta.items():
        setattr(candidate, key, value)
    candidate.warnings.extend(warnings)
    return candidate


def read_text_stream(data: bytes, name: str = "stdin", options: ReadOptions | None = None) -> ImportCandidate:
    """Text (or a whole HTML page) given on standard input or pasted."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportRefused(format_texts.tr("over the {limit} limit for one article", limit=_mb(MAX_FILE_BYTES)))
    if not data.strip():
        raise ImportRefused(format_texts.tr("no text was given"))
    if looks_like_html(data):
        return read_html_bytes(data, name, encoding=options.encoding if options else None)
    return with_language(text_candidate(data, name, options))


Reader = Callable[[Path, ReadOptions | None], ImportCandidate]


def _with_sidecar(reader: Reader) -> Reader:
    def read(path: Path, options: ReadOptions | None = None) -> ImportCandidate:
        candidate = reader(path, options)
        meta, warnings = read_metadata(path)
        return apply_metadata(candidate, meta, warnings)

    return read


def _language_detected(reader: Reader) -> Reader:
    def read(path: Path, options: ReadOptions | None = None) -> ImportCandidate:
        return with_language(reader(path, options))

    return read


# Readers by file suffix; each takes (path, options) and returns one candidate or refuses.
READERS: dict[str, Reader] = {
    **{suffix: read_text_file for suffix in TEXT_SUFFIXES},
    **{suffix: _language_detected(_with_sidecar(read_markdown_file)) for suffix in MARKDOWN_SUFFIXES},
    **{suffix: _with_sidecar(read_html_file) for suffix in HTML_SUFFIXES},
    **{suffix: _with_sidecar(read_mhtml_file) for suffix in MHTML_SUFFIXES},
}


def expand_paths(paths: Iterable[Path]) -> Iterator[Path | SkippedPath]:
    """Files to import, in a stable order: folders are walked recursively; what cannot be imported
    is yielded as SkippedPath with the reason."""
    for path in paths:
        if not os.path.lexists(path):
            yield SkippedPath(str(path), format_texts.tr("no such file or folder"), failed=True)
        elif path.is_dir():
            yield from _walk(path)
        elif (kind := _special(path)) is not None:
            yield SkippedPath(str(path), f"{kind}, not a file to import", failed=True)
        else:
            yield path


def _special(path: Path) -> str | None:
    """What `path` is if not a regular file (a FIFO would block the import for ever)."""
    try:
        return special_kind(path.stat().st_mode)
    except OSError:
        return None  # a dangling link or a race: the reader reports it


def saved_page_of(folder: Path) -> Path | None:
    """The page a browser saved this folder with ("Page_files" beside "Page.html"), if any."""
    for marker in SAVED_PAGE_FOLDER_SUFFIXES:
        if folder.name.endswith(marker):
            stem = folder.name[: -len(marker)]
            for suffix in HTML_SUFFIXES:
                if (page := folder.with_name(stem + suffix)).is_file():
                    return page
    return None


def _walk(folder: Path) -> Iterator[Path | SkippedPath]:
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as error:
        yield SkippedPath(
            str(folder), format_texts.tr("could not list the folder ({error})", error=error.strerror or error)
        )
        return
    for entry in entries:
        name = entry.name.lower()
        if name.startswith(".") or name.endswith(META_SUFFIX):
            continue
        if entry.is_symlink():
            yield SkippedPath(str(entry), format_texts.tr("a symbolic link (not followed inside folders)"))
        elif entry.is_dir():
            page = saved_page_of(entry)
            if page is not None:
                yield SkippedPath(
                    str(entry), format_texts.tr("images and scripts saved with {page}, not articles", page=page.name)
                )
            else:
                yield from _walk(entry)
        elif (kind := _special(entry)) is not None:
            yield SkippedPath(str(entry), f"{kind}, not a file to import")
        elif name.split(".")[0] in FOLDER_NOTES:
            yield SkippedPath(str(entry), format_texts.tr("folder notes, not an article"))
        elif entry.suffix.lower() not in READERS:
            yield SkippedPath(
                str(entry), format_texts.tr("not a supported article type ({suffix})", suffix=_suffix(entry))
            )
        else:
            yield entry


def _suffix(path: Path) -> str:
    return path.suffix or format_texts.tr("no extension")


def read_article(path: Path, options: ReadOptions | None = None) -> ImportCandidate:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ImportRefused(
            format_texts.tr(
                "not a supported article type ({suffix}); supported: {supported}",
                suffix=_suffix(path),
                supported=", ".join(sorted(READERS)),
            )
        )
    return reader(path, options)
