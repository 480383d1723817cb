"""Reading a W3C Web Annotation file: size and JSON checks, finding the annotations in any of
the containers the model allows, and typed access to their fields. Every problem names where it
is, so the report can point the user at it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP, number
from desktop.formats.json_types import JsonObject

from . import w3c_common as w3c
from .errors import format_texts, json_number_problem

MAX_FILE_BYTES = 64 * 1024 * 1024  # our own export of 50,000 passages is about 40 MB


class AnnotationFileError(ValueError):
    """The file as a whole cannot be read (not JSON, too big, no annotations)."""


# What Python's JSON parser says (json.decoder's fixed set of messages), for the user's language.
JSON_PROBLEMS = {
    "Expecting value": QT_TRANSLATE_NOOP("format_texts", "a value was expected"),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "format_texts", "a property name in double quotes was expected"
    ),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP("format_texts", "a ':' was expected"),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP("format_texts", "a ',' was expected"),
    "Unterminated string starting at": QT_TRANSLATE_NOOP("format_texts", "a string is not closed"),
    "Invalid \\escape": QT_TRANSLATE_NOOP("format_texts", "an invalid escape"),
    "Invalid \\uXXXX escape": QT_TRANSLATE_NOOP("format_texts", "an invalid \\uXXXX escape"),
    "Extra data": QT_TRANSLATE_NOOP("format_texts", "more data after the end"),
    "Invalid control character at": QT_TRANSLATE_NOOP("format_texts", "a control character inside a string"),
}


def too_big(size: int) -> str:
    return format_texts.tr(
        "the file is {size} MB; annotation files are limited to {limit} MB",
        size=number(round(size / 2**20)),
        limit=MAX_FILE_BYTES // 2**20,
    )


def parse_document(data: bytes) -> object:
    if len(data) > MAX_FILE_BYTES:
        raise AnnotationFileError(too_big(len(data)))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise AnnotationFileError(
            format_texts.tr("the file is not UTF-8 text (byte {position})", position=error.start)
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise AnnotationFileError(
            format_texts.tr(
                "not valid JSON: {detail} at line {line}, column {column}",
                detail=format_texts.tr(JSON_PROBLEMS[error.msg]) if error.msg in JSON_PROBLEMS else error.msg,
                line=error.lineno,
                column=error.colno,
            )
        ) from None
    except RecursionError:
        raise AnnotationFileError(format_texts.tr("not readable JSON: nested too deeply")) from None
    except ValueError as error:  # Python refuses integers of over 4300 digits (a DoS guard)
        raise AnnotationFileError(f"not readable JSON: {json_number_problem(error)}") from None


def types_of(node: JsonObject) -> list[object]:
    kind = node.get("type", node.get("@type"))
    return kind if isinstance(kind, list) else [kind]


def annotations_of(doc: object, problems: list[str]) -> list[JsonObject]:
    """The annotations in a single Annotation, a list, an AnnotationPage or an AnnotationCollection
    with embedded pages (`first`, then each page's `next`)."""
    if isinstance(doc, list):
        found: list[JsonObject] = []
        for item in doc:
            found.extend(annotations_of(item, problems))
        return found
    if not isinstance(doc, dict):
        raise AnnotationFileError(
            format_texts.tr("expected a JSON object or list of annotations, found {kind}", kind=type(doc).__name__)
        )
    kinds = types_of(doc)
    if "AnnotationCollection" in kinds:
        page, found, seen = doc.get("first"), [], 0
        if isinstance(page, str):
            raise AnnotationFileError(format_texts.tr("the collection's pages are not embedded (first is only a link)"))
        while isinstance(page, dict) and seen < 10_000:
            found.extend(annotations_of(page, problems))
            page, seen = page.get("next"), seen + 1
        return found
    if "AnnotationPage" in kinds:
        items = doc.get("items")
        if not isinstance(items, list):
            raise AnnotationFileError(format_texts.tr("an AnnotationPage without an items list"))
        return annotations_of(items, problems)
    return [doc]


# --- small typed readers (each problem names where it is) --------------------------------------
def text_field(node: JsonObject, key: str, where: str, problems: list[str], default: str = "") -> str:
    value = node.get(key, default)
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if not isinstance(value, str):
        problems.append(
            format_texts.tr(
                "{where}: {key} must be text, found {kind}", where=where, key=key, kind=type(value).__name__
            )
        )
        return default
    return value


def agent_name(node: JsonObject, key: str, where: str, problems: list[str]) -> str:
    value = node.get(key)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        name = value.get("name", value.get("nickname", ""))
        return name if isinstance(name, str) else ""
    problems.append(format_texts.tr("{where}: {key} must be an agent or a name", where=where, key=key))
    return ""


def as_list(value: object) -> list[Any]:  # JSON values
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


@dataclass
class Target:
    where: str
    source_id: str
    sha256: str
    exact: str | None
    prefix: str
    suffix: str
    start: int | None
    end: int | None


def _text_hash(node: object) -> str:
    """The SHA-256 a node names our stored text by: a `urn:sha256:` IRI, or our sha256 key."""
    if isinstance(node, dict):
        value = node.get(w3c.SHA256)
        if isinstance(value, str) and value:
            return value
        node = node.get("id", node.get("@id"))
    if isinstance(node, str) and node.lower().startswith("urn:sha256:"):
        return node[len("urn:sha256:") :]
    return ""


def is_whole_document(target: object) -> bool:
    """A target that names a document (or another annotation) without selecting any part of it:
    a page note, or a reply's target. It is not a passage."""
    if isinstance(target, str):
        return True
    return isinstance(target, dict) and not as_list(target.get("selector"))


def _selectors(
    selectors: object, where: str, problems: list[str], nested: bool = False
) -> Iterator[tuple[JsonObject, bool]]:
    """Every selector object with whether it is nested (under `refinedBy` or a RangeSelector's
    ends), depth first; a nested one's offsets count inside its parent's selection."""
    for selector in as_list(selectors):
        if not isinstance(selector, dict):
            problems.append(format_texts.tr("{where}: a selector must be an object", where=where))
            continue
        yield selector, nested
        for key in ("refinedBy", "startSelector", "endSelector"):
            if key in selector:
                yield from _selectors(selector[key], where, problems, nested=True)


def read_target(target: object, where: str, problems: list[str]) -> Target | None:
    if isinstance(target, str):
        problems.append(
            format_texts.tr(
                "{where}: the target {target} has no selector (a whole-document target cannot be anchored)",
                where=where,
                target=repr(target[:80]),
            )
        )
        return None
    if not isinstance(target, dict):
        problems.append(
            format_texts.tr(
                "{where}: a target must be an object, found {kind}", where=where, kind=type(target).__name__
            )
        )
        return None
    source = target.get("source")
    sha = _text_hash(source) or _text_hash(target.get(w3c.TEXT))
    for state in as_list(target.get("state")):  # a TimeState whose cached copy is the stored text
        if not sha and isinstance(state, dict):
            sha = _text_hash(state.get("cached"))
    if isinstance(source, dict):
        source = source.get("id", source.get("@id", ""))
    if source is None and isinstance(target.get("id"), str):
        source = target["id"]  # some tools give the document as the target's id, with selectors on it
    if not isinstance(source, str) or not source:
        problems.append(
            format_texts.tr("{where}: the target has no source document (neither source nor id names one)", where=where)
        )
        return None
    quote, position, relative, others = None, None, False, []
    quote_nested = False
    for selector, nested in _selectors(target.get("selector"), where, problems):
        kind = selector.get("type")
        if kind == "TextQuoteSelector":
            if quote is None or (quote_nested and not nested):  # the first top-level quote wins
                quote, quote_nested = selector, nested
        elif kind == "TextPositionSelector" and not nested:
            position = selector
        elif kind == "TextPositionSelector":
            relative = True
        elif isinstance(kind, str):
            others.append(kind)
    if quote is None and position is None:
        if relative:
            problems.append(
                format_texts.tr(
                    "{where}: its only TextPositionSelector is nested under refinedBy, so its offsets count inside "
                    "another selector's part of the page, and there is no TextQuoteSelector to anchor by",
                    where=where,
                )
            )
        elif others:
            problems.append(
                format_texts.tr(
                    "{where}: no TextQuoteSelector or TextPositionSelector (found: {kinds})",
                    where=where,
                    kinds=", ".join(sorted(set(others))),
                )
            )
        else:
            problems.append(format_texts.tr("{where}: no TextQuoteSelector or TextPositionSelector", where=where))
        return None
    start = end = None
    if position is not None:
        start, end = position.get("start"), position.get("end")
        if not (type(start) is int and type(end) is int):
            problems.append(
                format_texts.tr("{where}: TextPositionSelector start and end must be whole numbers", where=where)
            )
            return None
        if not 0 <= start < end:
            problems.append(
                format_texts.tr(
                    "{where}: TextPositionSelector {start}-{end} is not a span (0 <= start < end)",
                    where=where,
                    start=start,
                    end=end,
                )
            )
            return None
    exact, prefix, suffix = None, "", ""
    if quote is not None:
        exact = text_field(quote, "exact", where, problems, default="")
        prefix = text_field(quote, "prefix", where, problems)
        suffix = text_field(quote, "suffix", where, problems)
        if not exact:
            problems.append(format_texts.tr("{where}: TextQuoteSelector without the quoted text (exact)", where=where))
            return None
    return Target(where, source, sha.lower(), exact, prefix, suffix, start, end)
