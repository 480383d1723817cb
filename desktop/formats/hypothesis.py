"""Hypothesis's own files, read as Web Annotations (FORMATS.md, "Hypothesis").

Hypothesis writes three shapes; the W3C JSON-LD one (`h/presenters/annotation_jsonld.py`) is read
as it is. The other two hold annotations in its API form (`h/services/annotation_json.py`:
`uri`, `text`, `tags`, `user`, `target[].selector[]`, `references` for replies):
- the client's "Export annotations" file (`src/sidebar/services/annotations-exporter.tsx`):
  `{"export_date", "export_userid", "client_version", "annotations": [...]}`;
- the API's `/search` answer: `{"total", "rows": [...]}` (and `"replies"` with `_separate_replies`).

`web_annotations()` turns those into W3C-shaped annotations for w3c_import, and lists what is
not a passage: replies (they answer another annotation) are skipped here, page notes (no
selector) are skipped by w3c_import like any whole-document target.

Hypothesis counts TextPositionSelector offsets in UTF-16 units of the page's text content, not
in our stored text, so its positions are only a hint: the quote is what anchors.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.formats.json_types import JsonObject

from .errors import format_texts

HYPOTHESIS_ANNOTATION = "https://hypothes.is/a/"


@dataclass(frozen=True)
class Skipped:
    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def is_export(doc: object) -> bool:
    """The client's "Export annotations" file."""
    return isinstance(doc, dict) and isinstance(doc.get("annotations"), list) and "export_date" in doc


def is_search_result(doc: object) -> bool:
    """An API /search answer."""
    return isinstance(doc, dict) and isinstance(doc.get("rows"), list) and "type" not in doc


def is_api_annotation(node: object) -> bool:
    """One annotation in the API's form (not a Web Annotation: no `type`, a `uri` and a `target` list)."""
    return (
        isinstance(node, dict)
        and "type" not in node
        and "@type" not in node
        and isinstance(node.get("uri"), str)
        and isinstance(node.get("target"), list)
    )


def web_annotations(doc: object) -> tuple[list[object], list[Skipped]] | None:
    """The W3C-shaped annotations of a Hypothesis API-form file and what was skipped; None when
    `doc` is not in that form (a W3C file, ours or another tool's)."""
    replies: list[object] = []

    def annotation(n: int) -> str:
        return format_texts.tr("annotation {number}", number=n)

    def row_label(n: int) -> str:
        return format_texts.tr("row {number}", number=n)

    label = annotation
    if isinstance(doc, dict) and is_export(doc):
        rows = doc["annotations"]
    elif isinstance(doc, dict) and is_search_result(doc):
        rows, label = doc["rows"], row_label
        found = doc.get("replies")
        replies = found if isinstance(found, list) else []
    elif isinstance(doc, list) and doc and all(is_api_annotation(item) for item in doc):
        rows = doc
    elif is_api_annotation(doc):
        rows = [doc]
    else:
        return None
    converted: list[object] = []
    skipped: list[Skipped] = []
    for number, row in enumerate([*rows, *replies], 1):
        where = label(number) if number <= len(rows) else format_texts.tr("reply {number}", number=number - len(rows))
        row_id = row.get("id") if isinstance(row, dict) else None
        if isinstance(row_id, str):
            where += f" ({row_id[:40]})"
        references = row.get("references") if isinstance(row, dict) else None
        if references:
            parent = references[-1] if isinstance(references, list) else references
            skipped.append(
                Skipped(where, format_texts.tr("a reply (to {parent}), not a passage", parent=str(parent)[:40]))
            )
            continue
        converted.append(_as_web_annotation(row) if is_api_annotation(row) else row)
    return converted, skipped


def _as_web_annotation(row: JsonObject) -> JsonObject:
    """An API-form annotation as the W3C JSON-LD that h itself presents (annotation_jsonld.py)."""
    links = row.get("links")
    links = links if isinstance(links, dict) else {}
    identifier = links.get("html") if isinstance(links.get("html"), str) else None
    if identifier is None and isinstance(row.get("id"), str):
        identifier = HYPOTHESIS_ANNOTATION + row["id"]
    bodies: list[JsonObject] = []
    if isinstance(row.get("text"), str) and row["text"].strip():
        bodies.append({"type": "TextualBody", "value": row["text"], "format": "text/markdown"})
    for tag in row.get("tags") or []:
        if isinstance(tag, str):
            bodies.append({"type": "TextualBody", "value": tag, "purpose": "tagging"})
    targets = []
    for target in row["target"]:
        if not isinstance(target, dict):
            targets.append(target)
            continue
        converted = {"source": target.get("source") or row["uri"]}
        if target.get("selector"):
            converted["selector"] = target["selector"]
        targets.append(converted)
    info = row.get("user_info")
    info = info if isinstance(info, dict) else {}
    name = info.get("display_name") if isinstance(info.get("display_name"), str) else None
    node: JsonObject = {"type": "Annotation", "target": targets, "body": bodies}
    if identifier:
        node["id"] = identifier
    for ours, theirs in (("created", "created"), ("modified", "updated")):
        if theirs in row:
            node[ours] = row[theirs]
    if isinstance(row.get("user"), str):
        node["creator"] = {"type": "Person", "id": row["user"], "name": name or row["user"]}
    return node
