"""Reading W3C Web Annotation JSON-LD back: parse, validate, match articles, re-anchor, and
produce entity values for one `PutEntities` command. Nothing here touches a project.

Reads our own export losslessly (claims, verdicts, passages with their ids, stances, notes,
authors and timestamps) and other tools' annotations that use TextQuote/TextPosition selectors
(e.g. Hypothesis): each of their targets becomes an unlinked passage, its comment the note.

Articles are matched by text hash (`urn:sha256:` source or our `crosscheck:sha256`), else by
source URL. Quotes are re-anchored with core.anchoring: exact at the stored position is
"matched"; anywhere else, or fuzzy, is "re-anchored" and listed for review; not found is an
orphan. Malformed input is a problem: the caller stores nothing when there is any.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from desktop.core.anchoring import anchor_quote
from desktop.core.commands import MAX_NOTE
from desktop.core.model import Article, Claim, Passage, Stance, Verdict, now_iso, parse_stance
from desktop.core.state import ProjectState
from desktop.core.text import quote_context

from . import w3c_common as w3c

MAX_FILE_BYTES = 64 * 1024 * 1024  # our own export of 50,000 passages is about 40 MB
MAX_PROBLEMS = 50


class AnnotationFileError(ValueError):
    """The file as a whole cannot be read (not JSON, too big, no annotations)."""


@dataclass(frozen=True)
class Placed:
    """A passage anchored onto an article of the project."""

    passage_id: str
    article_id: str
    article_title: str
    start: int
    end: int
    quote: str
    old_start: int | None
    exact: bool

    @property
    def moved(self) -> bool:
        return not self.exact or self.old_start != self.start


@dataclass(frozen=True)
class Orphan:
    where: str  # the annotation (and target) it came from
    source: str
    quote: str
    reason: str


@dataclass
class ImportPlan:
    claims: list[Claim] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    placed: list[Placed] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    annotations: int = 0

    @property
    def matched(self) -> list[Placed]:
        return [p for p in self.placed if not p.moved]

    @property
    def reanchored(self) -> list[Placed]:
        return [p for p in self.placed if p.moved]

    @property
    def entities(self) -> list[Claim | Passage]:
        return [*self.claims, *self.passages]


# --- reading the file ------------------------------------------------------------------------
def parse_document(data: bytes) -> object:
    if len(data) > MAX_FILE_BYTES:
        raise AnnotationFileError(f"the file is {len(data) / 2**20:.0f} MB; annotation files are limited to {MAX_FILE_BYTES // 2**20} MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise AnnotationFileError(f"the file is not UTF-8 text (byte {error.start})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise AnnotationFileError(f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}") from None
    except RecursionError:
        raise AnnotationFileError("not readable JSON: nested too deeply") from None


def _types(node: dict) -> list:
    kind = node.get("type", node.get("@type"))
    return kind if isinstance(kind, list) else [kind]


def annotations_of(doc: object, problems: list[str]) -> list[dict]:
    """The annotations in a single Annotation, a list, an AnnotationPage or an AnnotationCollection
    with embedded pages (`first`, then each page's `next`)."""
    if isinstance(doc, list):
        found: list[dict] = []
        for item in doc:
            found.extend(annotations_of(item, problems))
        return found
    if not isinstance(doc, dict):
        raise AnnotationFileError(f"expected a JSON object or list of annotations, found {type(doc).__name__}")
    kinds = _types(doc)
    if "AnnotationCollection" in kinds:
        page, found, seen = doc.get("first"), [], 0
        if isinstance(page, str):
            raise AnnotationFileError("the collection's pages are not embedded (first is only a link)")
        while isinstance(page, dict) and seen < 10_000:
            found.extend(annotations_of(page, problems))
            page, seen = page.get("next"), seen + 1
        return found
    if "AnnotationPage" in kinds:
        items = doc.get("items")
        if not isinstance(items, list):
            raise AnnotationFileError("an AnnotationPage without an items list")
        return annotations_of(items, problems)
    return [doc]


# --- small typed readers (each problem names where it is) --------------------------------------
def _text(node: dict, key: str, where: str, problems: list[str], default: str = "") -> str:
    value = node.get(key, default)
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if not isinstance(value, str):
        problems.append(f"{where}: {key} must be text, found {type(value).__name__}")
        return default
    return value


def _agent_name(node: dict, key: str, where: str, problems: list[str]) -> str:
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
    problems.append(f"{where}: {key} must be an agent or a name")
    return ""


def _as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


@dataclass
class _Target:
    where: str
    source_id: str
    sha256: str
    exact: str | None
    prefix: str
    suffix: str
    start: int | None
    end: int | None


def _read_target(target: object, where: str, problems: list[str]) -> _Target | None:
    if isinstance(target, str):
        problems.append(f"{where}: the target {target[:80]!r} has no selector (a whole-document target cannot be anchored)")
        return None
    if not isinstance(target, dict):
        problems.append(f"{where}: a target must be an object, found {type(target).__name__}")
        return None
    source = target.get("source")
    sha = ""
    if isinstance(source, dict):
        sha = source.get(w3c.SHA256, "") if isinstance(source.get(w3c.SHA256, ""), str) else ""
        source = source.get("id", source.get("@id", ""))
    if not isinstance(source, str) or not source:
        problems.append(f"{where}: the target has no source document")
        return None
    if source.startswith("urn:sha256:") and not sha:
        sha = source[len("urn:sha256:"):]
    quote, position = None, None
    for selector in _as_list(target.get("selector")):
        if not isinstance(selector, dict):
            problems.append(f"{where}: a selector must be an object")
            continue
        kind = selector.get("type")
        if kind == "TextQuoteSelector":
            quote = selector
        elif kind == "TextPositionSelector":
            position = selector
    if quote is None and position is None:
        problems.append(f"{where}: no TextQuoteSelector or TextPositionSelector")
        return None
    start = end = None
    if position is not None:
        start, end = position.get("start"), position.get("end")
        if not (type(start) is int and type(end) is int):
            problems.append(f"{where}: TextPositionSelector start and end must be whole numbers")
            return None
        if not 0 <= start < end:
            problems.append(f"{where}: TextPositionSelector {start}-{end} is not a span (0 <= start < end)")
            return None
    exact, prefix, suffix = None, "", ""
    if quote is not None:
        exact = _text(quote, "exact", where, problems, default="")
        prefix = _text(quote, "prefix", where, problems)
        suffix = _text(quote, "suffix", where, problems)
        if not exact:
            problems.append(f"{where}: TextQuoteSelector without the quoted text (exact)")
            return None
    return _Target(where, source, sha.lower(), exact, prefix, suffix, start, end)


# --- matching and anchoring ------------------------------------------------------------------
class _Resolver:
    def __init__(self, state: ProjectState, exact_only: bool) -> None:
        self.state = state
        self.exact_only = exact_only
        self.by_url: dict[str, list[Article]] = {}
        for article in state.articles.values():
            if article.url:
                self.by_url.setdefault(_url_key(article.url), []).append(article)

    def candidates(self, target: _Target) -> list[Article]:
        if target.sha256:
            article = self.state.article_by_sha(target.sha256)
            if article is not None:
                return [article]
        by_url = self.by_url.get(_url_key(target.source_id))
        if by_url is None and "#" in target.source_id:
            by_url = self.by_url.get(_url_key(target.source_id.split("#", 1)[0]))
        return by_url or []

    def place(self, target: _Target, passage_id: str) -> tuple[Placed, str, str] | Orphan:
        """(where it lands, prefix, suffix) or the reason it cannot land."""
        articles = self.candidates(target)
        shown = (target.exact or "")[:80]
        if not articles:
            return Orphan(target.where, target.source_id, shown, "no article in this project has this source (URL or text hash)")
        reason = ""
        for article in articles:
            text = article.text
            if target.exact is None:
                if target.end > len(text):  # type: ignore[operator]
                    reason = f"offsets {target.start}-{target.end} are beyond the end of the text ({len(text)} characters)"
                    continue
                start, end, exact = target.start, target.end, True
            else:
                anchor = anchor_quote(text, target.exact, target.prefix, target.suffix, target.start)
                if anchor is None:
                    reason = "the quoted text was not found in the article"
                    continue
                if self.exact_only and not anchor.exact:
                    reason = "only a fuzzy match was found (exact matches only were asked for)"
                    continue
                start, end, exact = anchor.start, anchor.end, anchor.exact
            if not text[start:end].strip():
                reason = "the span holds only white space"
                continue
            context = quote_context(text, start, end)
            prefix, suffix = context.prefix, context.suffix
            if exact and text[max(0, start - len(target.prefix)):start] == target.prefix \
                    and text[end:end + len(target.suffix)] == target.suffix:
                prefix, suffix = target.prefix, target.suffix  # keep the stored context: lossless
            placed = Placed(passage_id, article.id, article.title, start, end, text[start:end], target.start, exact)
            return placed, prefix, suffix
        return Orphan(target.where, target.source_id, shown, reason)


def _url_key(url: str) -> str:
    return url.strip().rstrip("/")


# --- building entities -----------------------------------------------------------------------
def plan_import(doc: object, state: ProjectState, exact_only: bool = False) -> ImportPlan:
    plan = ImportPlan()
    annotations = annotations_of(doc, plan.problems)
    if not annotations:
        raise AnnotationFileError("the file holds no annotations")
    plan.annotations = len(annotations)
    resolver = _Resolver(state, exact_only)
    verdicts: dict[str, Verdict] = {}
    claims: list[tuple[Claim, str]] = []
    seen_ids: set[str] = set()
    for index, annotation in enumerate(annotations):
        where = f"annotation {index + 1}"
        if not isinstance(annotation, dict):
            plan.problems.append(f"{where}: expected an object, found {type(annotation).__name__}")
            continue
        if isinstance(annotation.get("id"), str):
            where = f"{where} ({annotation['id'][:60]})"
        if "Annotation" not in _types(annotation):
            plan.problems.append(f"{where}: type is {annotation.get('type')!r}, not 'Annotation'")
            continue
        if "target" not in annotation:
            plan.problems.append(f"{where}: no target")
            continue
        kind = annotation.get(w3c.KIND)
        if kind == w3c.KIND_VERDICT:
            _read_verdict(annotation, where, plan, verdicts)
        elif kind == w3c.KIND_CLAIM:
            claim = _read_claim(annotation, where, plan)
            if claim is not None:
                claims.append((claim, where))
                _read_passages(annotation, where, plan, resolver, claim.id, seen_ids, ours=True)
        else:
            _read_passages(annotation, where, plan, resolver, None, seen_ids, ours=kind == w3c.KIND_PASSAGE)
        if len(plan.problems) >= MAX_PROBLEMS:
            plan.problems.append(f"stopped after {MAX_PROBLEMS} problems")
            break
    claim_ids = {claim.id for claim, _ in claims}
    for claim_id in verdicts:
        if claim_id not in claim_ids and claim_id not in state.claims:
            plan.problems.append(f"a verdict refers to claim {claim_id}, which is neither in the file nor in the project")
    for claim, _where in claims:
        verdict = verdicts.get(claim.id, Verdict.NOT_RATED)
        plan.claims.append(Claim(**{**_fields(claim), "verdict": verdict}))
    for claim_id, verdict in verdicts.items():
        if claim_id not in claim_ids and claim_id in state.claims:
            existing = state.claims[claim_id]
            plan.claims.append(Claim(**{**_fields(existing), "verdict": verdict}))
    return plan


def _fields(entity) -> dict:
    return {name: getattr(entity, name) for name in entity.__slots__}


def _lifecycle(node: dict, where: str, problems: list[str]) -> dict:
    created = _text(node, "created", where, problems)
    modified = _text(node, "modified", where, problems)
    now = now_iso()
    return dict(
        created=created or now,
        created_by=_agent_name(node, "creator", where, problems),
        modified=modified or created or now,
        modified_by=_text(node, w3c.MODIFIED_BY, where, problems),
    )


def _read_verdict(annotation: dict, where: str, plan: ImportPlan, verdicts: dict[str, Verdict]) -> None:
    claim_id = None
    for target in _as_list(annotation.get("target")):
        target_id = target.get("id") if isinstance(target, dict) else target
        claim_id = w3c.uuid_from_iri(target_id) if isinstance(target_id, str) else None
    if claim_id is None:
        plan.problems.append(f"{where}: a verdict must target a claim (urn:uuid:...)")
        return
    value = annotation.get(w3c.VERDICT)
    if value is None:
        body = annotation.get("body")
        value = body.get("value") if isinstance(body, dict) else None
    if not isinstance(value, str):
        plan.problems.append(f"{where}: the verdict has no text value")
        return
    try:
        verdicts[claim_id] = Verdict.parse(value)
    except ValueError as error:
        plan.problems.append(f"{where}: {error}")


def _read_claim(annotation: dict, where: str, plan: ImportPlan) -> Claim | None:
    claim_id = w3c.uuid_from_iri(annotation.get("id"))
    if claim_id is None:
        plan.problems.append(f"{where}: a claim needs an id of the form urn:uuid:...")
        return None
    statement, notes, tags = "", [], []
    for body in _as_list(annotation.get("body")):
        if not isinstance(body, dict) or not isinstance(body.get("value"), str):
            plan.problems.append(f"{where}: each body must be a TextualBody with a text value")
            continue
        purpose = body.get("purpose")
        if purpose == "describing" and not statement:
            statement = body["value"]
        elif purpose == "tagging":
            tags.append(body["value"])
        else:
            notes.append(body["value"])
    if not statement.strip():
        plan.problems.append(f"{where}: the claim has no statement (a TextualBody with purpose 'describing')")
        return None
    note = "\n\n".join(notes)
    if len(note) > MAX_NOTE:
        plan.problems.append(f"{where}: the note is longer than {MAX_NOTE} characters")
        return None
    colour = _text(annotation, w3c.COLOUR, where, plan.problems)
    return Claim(id=claim_id, statement=statement, note=note, tags=tuple(tags), colour=colour,
                 **_lifecycle(annotation, where, plan.problems))


def _foreign_note(annotation: dict) -> str:
    values = []
    for body in _as_list(annotation.get("body")):
        if isinstance(body, dict) and isinstance(body.get("value"), str) and body.get("purpose") not in ("tagging",):
            values.append(body["value"])
        elif isinstance(body, str) and not body.startswith(("http://", "https://", "urn:")):
            values.append(body)
    if isinstance(annotation.get("bodyValue"), str):
        values.append(annotation["bodyValue"])
    return "\n\n".join(v for v in values if v.strip())


def _read_passages(annotation: dict, where: str, plan: ImportPlan, resolver: _Resolver, claim_id: str | None,
                   seen_ids: set[str], ours: bool) -> None:
    targets = annotation.get("target")
    if claim_id is not None and isinstance(targets, str):
        return  # a claim that no passage carries points at its collection
    note_for_foreign = "" if ours else _foreign_note(annotation)
    annotation_id = annotation.get("id") if isinstance(annotation.get("id"), str) else f"{where}"
    for number, raw in enumerate(_as_list(targets)):
        spot = f"{where} target {number + 1}" if isinstance(targets, list) else where
        target = _read_target(raw, spot, plan.problems)
        if target is None:
            continue
        passage_id = w3c.uuid_from_iri(raw.get("id")) if ours else None
        if passage_id is None:
            passage_id = w3c.foreign_passage_id(annotation_id, number)
        if passage_id in seen_ids:
            plan.problems.append(f"{spot}: passage {passage_id} appears twice in the file")
            continue
        seen_ids.add(passage_id)
        raw_stance = raw.get(w3c.STANCE, Stance.SUPPORTS.value)
        try:
            if not isinstance(raw_stance, str):
                raise ValueError(f"{w3c.STANCE} must be text")
            stance = parse_stance(raw_stance)
        except ValueError as error:
            plan.problems.append(f"{spot}: {error}")
            continue
        note = _text(raw, w3c.NOTE, spot, plan.problems) if ours else note_for_foreign
        if len(note) > MAX_NOTE:
            plan.problems.append(f"{spot}: the note is longer than {MAX_NOTE} characters")
            continue
        # Our passages carry their own lifecycle; another tool's live on its annotation.
        lifecycle_node = raw if ours else annotation
        outcome = resolver.place(target, passage_id)
        if isinstance(outcome, Orphan):
            plan.orphans.append(outcome)
            continue
        placed, prefix, suffix = outcome
        plan.placed.append(placed)
        plan.passages.append(Passage(
            id=passage_id, article_id=placed.article_id, start=placed.start, end=placed.end, quote=placed.quote,
            prefix=prefix, suffix=suffix, claim_id=claim_id, stance=stance, note=note,
            **_lifecycle(lifecycle_node, spot, plan.problems),
        ))
