"""UIMA CAS XMI for INCEpTION (FORMATS.md), written and read with dkpro-cassis.

The export is a zip, flat so INCEpTION can take its files as they are:
- `TypeSystem.xml`: the type system. INCEpTION's Layers page imports it (it starts with an XML
  declaration) and creates the span layer `webanno.custom.CrosscheckPassage`: one annotation per
  passage with the claim's id, statement, verdict, claimant, date, note and tags, and the
  passage's stance and note as features (INCEpTION has no links across documents, so the claim id
  carries the claim's identity). It also declares DKPro's `DocumentMetaData` (title, id, URI and
  language, which INCEpTION reads) and `webanno.custom.CrosscheckArticle`, a document-level type
  with the article's outlet, URL, date, author and text hash.
- one `.xmi` per article (UIMA CAS XMI, XML 1.0): the article's stored text as the sofa.
- `README.txt`: the import steps (docs/formats.md says the same).

Offsets: we count code points, UIMA counts UTF-16 code units (one emoji shifts every later begin
by one); cassis converts at serialisation, in both directions. XML 1.0 cannot hold most control
characters: they are written as U+FFFD, one for one, so no offset moves, and the export says so.

Reading back (`annotations_from_xmi`) turns the XMI of this export, or of INCEpTION's export of
it, into our W3C annotations, so w3c_import anchors and checks them like any other file.
"""

from __future__ import annotations

import io
import re
import unicodedata
import uuid
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO

from desktop.core.export_scope import Selection
from desktop.core.model import Article, Passage
from desktop.core.state import ProjectState
from desktop.core.text import QUOTE_CONTEXT, text_sha256
from desktop.formats.json_types import JsonObject

from . import w3c_common as w3c
from .errors import format_texts

if TYPE_CHECKING:  # cassis costs ~70 ms to import: only when XMI is written or read
    from cassis import Cas, TypeSystem

Progress = Callable[[int, int], None]

PASSAGE_TYPE = "webanno.custom.CrosscheckPassage"
ARTICLE_TYPE = "webanno.custom.CrosscheckArticle"
DOCUMENT_META_DATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData"
TYPE_SYSTEM_NAME = "TypeSystem.xml"
STRING, STRING_ARRAY, BOOLEAN = "uima.cas.String", "uima.cas.StringArray", "uima.cas.Boolean"

PASSAGE_FEATURES = (
    ("claimId", STRING, "The claim this passage makes (the same id in every document that carries it)."),
    ("statement", STRING, "The claim's statement."),
    ("verdict", STRING, "The fact-checker's verdict on the claim."),
    ("claimant", STRING, "Who made the claim."),
    ("claimDate", STRING, "When the claim was made (ISO 8601)."),
    ("claimNote", STRING, "The claim's note."),
    ("tags", STRING_ARRAY, "The claim's tags."),
    ("stance", STRING, "How this passage relates to the claim: supports, mentions or refutes."),
    ("note", STRING, "The passage's note."),
    ("passageId", STRING, "The passage's id in Crosscheck."),
)
ARTICLE_FEATURES = (
    ("articleId", STRING, "The article's id in Crosscheck."),
    ("title", STRING, "The article's title."),
    ("outlet", STRING, "Who published it."),
    ("url", STRING, "Where it was published."),
    ("published", STRING, "When it was published (ISO 8601)."),
    ("author", STRING, "Its byline."),
    ("sha256", STRING, "SHA-256 of the text (UTF-8): the same text in any Crosscheck project."),
)
META_FEATURES = (
    ("documentTitle", STRING, ""),
    ("documentId", STRING, ""),
    ("documentUri", STRING, ""),
    ("collectionId", STRING, ""),
    ("documentBaseUri", STRING, ""),
    ("isLastSegment", BOOLEAN, ""),
)
# Characters XML 1.0 cannot carry (https://www.w3.org/TR/xml/#charsets).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def type_system() -> TypeSystem:
    from cassis import TypeSystem

    ts = TypeSystem()
    for name, supertype, description, features in (
        (
            PASSAGE_TYPE,
            "uima.tcas.Annotation",
            "A Crosscheck passage: a span of the text that makes a claim.",
            PASSAGE_FEATURES,
        ),
        (
            ARTICLE_TYPE,
            "uima.cas.AnnotationBase",
            "The Crosscheck article this document is (document-level).",
            ARTICLE_FEATURES,
        ),
        (DOCUMENT_META_DATA, "uima.tcas.DocumentAnnotation", "", META_FEATURES),
    ):
        kind = ts.create_type(name, supertypeName=supertype, description=description or None)
        for feature, range_type, feature_description in features:
            ts.create_feature(kind, feature, range_type, description=feature_description or None)
    return ts


@dataclass
class XmiReport:
    documents: int = 0
    replaced: dict[str, int] = field(default_factory=dict)  # article title -> characters written as U+FFFD

    @property
    def warnings(self) -> list[str]:
        return [
            format_texts.tr(
                "“{title}”: %n character(s) that XML 1.0 cannot hold were written as U+FFFD (offsets unchanged)",
                None,
                count,
                title=title,
            )
            for title, count in self.replaced.items()
        ]


def document_name(index: int, article: Article) -> str:
    ascii_title = unicodedata.normalize("NFKD", article.title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_title).strip("-").lower()[:40].rstrip("-") or "article"
    return f"{index:03d}-{slug}-{article.id[:8]}"


def article_cas(ts: TypeSystem, article: Article, passages: list[Passage], selection: Selection) -> tuple[Cas, int]:
    """One article as a CAS; and how many characters had to be replaced for XML 1.0."""
    from cassis import Cas

    text, replaced = _NOT_XML.subn("\ufffd", article.text)
    cas = Cas(typesystem=ts)
    cas.sofa_string = text
    cas.sofa_mime = "text/plain"
    meta = ts.get_type(DOCUMENT_META_DATA)
    cas.add(
        meta(
            begin=0,
            end=len(text),
            language=article.language or "x-unspecified",
            documentTitle=article.title,
            documentId=article.id,
            documentUri=article.url or w3c.sha_iri(article.sha256),
            isLastSegment=False,
        )
    )
    cas.add(
        ts.get_type(ARTICLE_TYPE)(
            articleId=article.id,
            title=article.title,
            outlet=article.outlet,
            url=article.url,
            published=article.published,
            author=article.author,
            sha256=article.sha256,
        )
    )
    span, string_array = ts.get_type(PASSAGE_TYPE), ts.get_type(STRING_ARRAY)
    for passage in passages:
        claim = selection.claim_by_id.get(passage.claim_id) if passage.claim_id else None
        values: dict[str, object] = {"stance": passage.stance.value, "note": passage.note, "passageId": passage.id}
        if claim is not None:
            values.update(
                claimId=claim.id,
                statement=claim.statement,
                verdict=claim.verdict.value,
                claimant=claim.claimant,
                claimDate=claim.claim_date,
                claimNote=claim.note,
                tags=string_array(elements=list(claim.tags)),
            )
        cas.add(span(begin=passage.start, end=passage.end, **values))  # code points: cassis writes UTF-16
    return cas, replaced


def readme(count: int) -> str:
    return "\n".join(
        [
            f"Crosscheck export: {count} document(s) in UIMA CAS XMI (XML 1.0), for INCEpTION.",
            "",
            "1. In your INCEpTION project: Settings > Layers > Import, choose TypeSystem.xml. This creates",
            "   the span layer CrosscheckPassage (claim id, statement, verdict, claimant, claim date, claim",
            "   note, tags, stance, note, passage id).",
            "2. Documents > Import: choose the .xmi files, format 'UIMA CAS XMI (XML 1.0)'.",
            "3. Optional: to see the article's outlet, URL, date and author, add a document metadata",
            "   layer named CrosscheckArticle with the string features articleId, title, outlet, url,",
            "   published, author and sha256 before step 2.",
            "",
            "A passage's claim id is the same in every document that carries the claim. Offsets are",
            "UTF-16 code units as UIMA counts them; the texts are exactly the ones stored in Crosscheck.",
            "INCEpTION's XMI export of these documents can be imported back into Crosscheck with",
            "File > Import annotations or `crosscheck import-annotations PROJECT FILE.zip`.",
            "",
        ]
    )


def write_xmi(selection: Selection, handle: BinaryIO, progress: Progress | None = None) -> tuple[int, XmiReport]:
    """Write the zip. Returns the number of documents and what was replaced."""
    ts = type_system()
    report = XmiReport()
    total = len(selection.articles)
    with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=5) as archive:
        archive.writestr(TYPE_SYSTEM_NAME, ts.to_xml())
        for done, article in enumerate(selection.articles, 1):
            cas, replaced = article_cas(ts, article, selection.passages_of_article[article.id], selection)
            if replaced:
                report.replaced[article.title] = replaced
            archive.writestr(f"{document_name(done, article)}.xmi", cas.to_xmi())
            if progress and (done % 20 == 0 or done == total):
                progress(done, total)
        archive.writestr("README.txt", readme(total))
    report.documents = total
    return total, report


# --- reading back --------------------------------------------------------------------------------
MAX_MEMBERS = 10_000
MAX_UNPACKED = 256 * 1024 * 1024


class XmiError(ValueError):
    """The file cannot be read as XMI; the message says why."""


def looks_like_xmi(data: bytes) -> bool:
    head = data[:4096]
    return data[:2] == b"PK" or (b"<?xml" in head[:100] and b"http://www.omg.org/XMI" in head)


def _documents(data: bytes, depth: int = 0) -> list[tuple[str, bytes]]:
    if data[:2] != b"PK":
        return [("document.xmi", data)]
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise XmiError(format_texts.tr("not a readable zip file")) from None
    members = [info for info in archive.infolist() if not info.is_dir()]
    if len(members) > MAX_MEMBERS:
        raise XmiError(
            format_texts.tr(
                "the zip holds {count} files; at most {limit} are read", count=len(members), limit=MAX_MEMBERS
            )
        )
    if sum(info.file_size for info in members) > MAX_UNPACKED:
        raise XmiError(format_texts.tr("the zip unpacks to more than {limit} MB", limit=MAX_UNPACKED // 2**20))
    documents, unpacked = [], 0
    for info in members:
        name = info.filename.lower()
        if not name.endswith((".xmi", ".zip")):
            continue
        with archive.open(info) as member:
            content = member.read(MAX_UNPACKED - unpacked + 1)  # never trust the sizes the zip declares
        unpacked += len(content)
        if unpacked > MAX_UNPACKED:
            raise XmiError(format_texts.tr("the zip unpacks to more than {limit} MB", limit=MAX_UNPACKED // 2**20))
        if name.endswith(".xmi"):
            documents.append((info.filename, content))
        elif depth == 0:  # INCEpTION exports one zip per document, inside the project's zip
            documents += [(f"{info.filename}/{n}", d) for n, d in _documents(content, depth=1)]
    if not documents:
        raise XmiError(format_texts.tr("the zip holds no .xmi file"))
    return documents


def load_documents(data: bytes) -> list[tuple[str, Cas]]:
    """Every CAS of an XMI file or zip, read with our type system (other types are ignored, as
    INCEpTION's own reader does). Refuses anything with a DTD before an XML parser sees it."""
    from cassis import load_cas_from_xmi

    from .html_safety import parse_xml

    ts = type_system()
    loaded = []
    for name, document in _documents(data):
        if b"<!DOCTYPE" in document[:65536].upper():
            raise XmiError(
                format_texts.tr("{name}: XMI never has a DOCTYPE (refused: the pattern of XXE attacks)", name=name)
            )
        try:
            parse_xml(document)  # the safe parser: well-formed, no entities, no network
            with warnings.catch_warnings():  # lenient: INCEpTION's other types (tokens...) are skipped quietly
                warnings.simplefilter("ignore", UserWarning)
                cas = load_cas_from_xmi(io.BytesIO(document), typesystem=ts, lenient=True)
        except Exception as error:  # cassis raises plain exceptions on bad XMI
            raise XmiError(
                format_texts.tr("{name}: not readable UIMA CAS XMI ({detail})", name=name, detail=str(error)[:120])
            ) from None
        loaded.append((name, cas))
    return loaded


_CLAIM_IDS = uuid.UUID("2a3b7a9c-6d49-4e0b-9d2e-8f0c1f6b7e55")


def claim_uuid(claim_id: str) -> str:
    """Our claim ids are UUIDs; a claim id typed in INCEpTION becomes a stable UUID of its own."""
    try:
        return str(uuid.UUID(claim_id))
    except ValueError:
        return str(uuid.uuid5(_CLAIM_IDS, claim_id))


def annotations_from_xmi(documents: list[tuple[str, Cas]], state: ProjectState) -> list[JsonObject]:
    """The documents' passages and claims as our W3C annotations (claim, verdict and unlinked
    passage annotations). What the XMI does not say (a layer without the verdict feature, say)
    keeps the project's value; lifecycle fields of known entities are kept."""
    claims: dict[str, JsonObject] = {}
    loose: list[JsonObject] = []
    for name, cas in documents:
        text = cas.sofa_string or ""
        sha = text_sha256(text)
        source = {"id": w3c.sha_iri(sha), "type": "Text", "format": "text/plain", w3c.SHA256: sha}
        for article in cas.select(ARTICLE_TYPE) if _has_type(cas, ARTICLE_TYPE) else []:
            if getattr(article, "url", None):
                source["id"] = article.url  # matched by URL when the text differs (re-anchored)
        for number, span in enumerate(cas.select(PASSAGE_TYPE) if _has_type(cas, PASSAGE_TYPE) else []):
            begin, end = span.begin, span.end
            passage_id = _feature(span, "passageId") or str(uuid.uuid5(uuid.NAMESPACE_URL, f"{name}#{number}:{sha}"))
            existing = state.passages.get(passage_id)
            target = {
                "id": w3c.uuid_iri(passage_id),
                "type": "SpecificResource",
                "source": source,
                "selector": [
                    {
                        "type": "TextQuoteSelector",
                        "exact": text[begin:end],
                        "prefix": text[max(0, begin - QUOTE_CONTEXT) : begin],
                        "suffix": text[end : end + QUOTE_CONTEXT],
                    },
                    {"type": "TextPositionSelector", "start": begin, "end": end},
                ],
                w3c.STANCE: _feature(span, "stance") or (existing.stance.value if existing else "supports"),
                w3c.NOTE: _feature(span, "note", existing.note if existing else ""),
            }
            _lifecycle(target, existing)
            raw_claim = _feature(span, "claimId")
            if not raw_claim:
                loose.append(
                    {"id": w3c.derived_iri(passage_id, "highlight"), "type": "Annotation", w3c.KIND: w3c.KIND_PASSAGE}
                    | {"motivation": "highlighting", "target": target}
                    | _lifecycle({}, existing)
                )
                continue
            claim_id = claim_uuid(raw_claim)
            node = claims.get(claim_id)
            if node is None:
                node = claims[claim_id] = _claim_node(claim_id, span, state)
            node["target"].append(target)
    out: list[JsonObject] = []
    for claim_id, node in claims.items():
        verdict = node.pop("_verdict")
        out.append(node)
        if verdict:
            out.append(
                {"id": w3c.derived_iri(claim_id, "verdict"), "type": "Annotation", w3c.KIND: w3c.KIND_VERDICT}
                | {"motivation": "assessing", "target": w3c.uuid_iri(claim_id), w3c.VERDICT: verdict}
            )
    return out + loose


def _has_type(cas: Cas, name: str) -> bool:
    try:
        cas.typesystem.get_type(name)
    except Exception:
        return False
    return True


def _feature(span: object, name: str, default: str = "") -> str:
    value = getattr(span, name, None)
    return value if isinstance(value, str) else default


def _lifecycle(node: JsonObject, existing: object) -> JsonObject:
    if existing is not None:
        node["created"] = existing.created  # type: ignore[attr-defined]  # existing is an Entity (every kind has these stamps); typed object for the merge
        node["modified"] = existing.modified  # type: ignore[attr-defined]  # as above
        if existing.created_by:  # type: ignore[attr-defined]  # as above
            node["creator"] = {"type": "Person", "name": existing.created_by}  # type: ignore[attr-defined]  # as above
        if existing.modified_by:  # type: ignore[attr-defined]  # as above
            node[w3c.MODIFIED_BY] = existing.modified_by  # type: ignore[attr-defined]  # as above
    return node


def _claim_node(claim_id: str, span: object, state: ProjectState) -> JsonObject:
    existing = state.claims.get(claim_id)
    statement = _feature(span, "statement") or (existing.statement if existing else "")
    note = _feature(span, "claimNote", existing.note if existing else "")
    tags_fs = getattr(span, "tags", None)
    tags = list(getattr(tags_fs, "elements", None) or (existing.tags if existing else ()))
    bodies = [{"type": "TextualBody", "value": statement, "format": "text/plain", "purpose": "describing"}]
    if note:
        bodies.append({"type": "TextualBody", "value": note, "format": "text/plain", "purpose": "commenting"})
    bodies += [{"type": "TextualBody", "value": t, "purpose": "tagging"} for t in tags if isinstance(t, str)]
    node: JsonObject = {
        "id": w3c.uuid_iri(claim_id),
        "type": "Annotation",
        w3c.KIND: w3c.KIND_CLAIM,
        "motivation": "linking",
        "body": bodies,
        "target": [],
        w3c.CLAIMANT: _feature(span, "claimant", existing.claimant if existing else ""),
        w3c.CLAIM_DATE: _feature(span, "claimDate", existing.claim_date if existing else ""),
        "_verdict": _feature(span, "verdict") or (existing.verdict.value if existing else ""),
    }
    if existing is not None:
        node[w3c.COLOUR] = existing.colour
    return _lifecycle(node, existing)
