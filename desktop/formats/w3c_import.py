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

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from desktop.core.anchoring import FuzzyBudget, anchor_quote
from desktop.core.commands import MAX_NOTE
from desktop.core.dates import InvalidDate, normalise_date, normalise_timestamp
from desktop.core.model import Article, Claim, Passage, Stance, Verdict, now_iso, parse_stance
from desktop.core.state import ProjectState
from desktop.core.text import quote_context
from desktop.core.urls import comparable_url
from desktop.formats.json_types import JsonObject

from . import w3c_common as w3c
from .errors import format_texts
from .hypothesis import web_annotations
from .w3c_read import (  # noqa: F401 - MAX_FILE_BYTES, parse_document, too_big re-exported for the service
    MAX_FILE_BYTES,
    AnnotationFileError,
    Target,
    agent_name,
    annotations_of,
    as_list,
    is_whole_document,
    parse_document,
    read_target,
    text_field,
    too_big,
    types_of,
)

MAX_PROBLEMS = 50


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
    skipped: list[str] = field(default_factory=list)  # not passages (page notes, replies), or left out
    left_out: int = 0  # annotations with problems left out because the caller asked to skip them
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


# --- matching and anchoring ------------------------------------------------------------------
class _Resolver:
    def __init__(self, state: ProjectState, exact_only: bool) -> None:
        self.state = state
        self.exact_only = exact_only
        self.budget = FuzzyBudget()  # one for the whole file
        self.by_url: dict[str, list[Article]] = {}
        for article in state.articles.values():
            if article.url:
                self.by_url.setdefault(comparable_url(article.url), []).append(article)

    def candidates(self, target: Target) -> list[Article]:
        if target.sha256:
            article = self.state.article_by_sha(target.sha256)
            if article is not None:
                return [article]
        return self.by_url.get(comparable_url(target.source_id), [])

    def place(self, target: Target, passage_id: str) -> tuple[Placed, str, str] | Orphan:
        """(where it lands, prefix, suffix) or the reason it cannot land."""
        articles = self.candidates(target)
        shown = (target.exact or "")[:80]
        if not articles:
            return Orphan(
                target.where,
                target.source_id,
                shown,
                format_texts.tr("no article in this project has this source (URL or text hash)"),
            )
        reason = ""
        for article in articles:
            text = article.text
            if target.exact is None:
                # (read_target gives positions to every target without a quote)
                if article.sha256 != target.sha256 or target.start is None or target.end is None:
                    reason = (
                        "it has only a TextPositionSelector, whose offsets count the page's own text, not the text "
                        "stored here, and no TextQuoteSelector to anchor by"
                    )
                    continue
                if target.end > len(text):
                    reason = format_texts.tr(
                        "offsets {start}-{end} are beyond the end of the text (%n characters)",
                        None,
                        len(text),
                        start=target.start,
                        end=target.end,
                    )
                    continue
                start, end, exact = target.start, target.end, True
            else:
                anchor = anchor_quote(
                    text,
                    target.exact,
                    target.prefix,
                    target.suffix,
                    target.start,
                    budget=self.budget,
                )
                if anchor is None:
                    reason = self.budget.skipped or format_texts.tr("the quoted text was not found in the article")
                    continue
                if self.exact_only and not anchor.exact:
                    reason = format_texts.tr("only a fuzzy match was found (exact matches only were asked for)")
                    continue
                start, end, exact = anchor.start, anchor.end, anchor.exact
            if not text[start:end].strip():
                reason = format_texts.tr("the span holds only white space")
                continue
            context = quote_context(text, start, end)
            prefix, suffix = context.prefix, context.suffix
            if (
                exact
                and text[max(0, start - len(target.prefix)) : start] == target.prefix
                and text[end : end + len(target.suffix)] == target.suffix
            ):
                prefix, suffix = target.prefix, target.suffix  # keep the stored context: lossless
            placed = Placed(passage_id, article.id, article.title, start, end, text[start:end], target.start, exact)
            return placed, prefix, suffix
        return Orphan(target.where, target.source_id, shown, reason)


# --- building entities -----------------------------------------------------------------------
def plan_import(doc: object, state: ProjectState, exact_only: bool = False, skip_invalid: bool = False) -> ImportPlan:
    """Read and anchor every annotation. With `skip_invalid`, an annotation with a problem is left
    out (and listed) instead of stopping the import; the rest go in."""
    plan = ImportPlan()
    hypothesis = web_annotations(doc)
    annotations: Sequence[object]
    if hypothesis is not None:
        annotations, skipped = hypothesis
        plan.skipped += [str(s) for s in skipped]
    else:
        annotations = annotations_of(doc, plan.problems)
    if not annotations and not plan.skipped:
        raise AnnotationFileError("the file holds no annotations")
    plan.annotations = len(annotations) + len(plan.skipped)
    resolver = _Resolver(state, exact_only)
    verdicts: dict[str, Verdict] = {}
    claims: list[tuple[Claim, str]] = []
    seen_ids: set[str] = set()
    for index, annotation in enumerate(annotations):
        where = format_texts.tr("annotation {number}", number=index + 1)
        marks = (len(plan.problems), len(plan.passages), len(plan.placed), len(plan.orphans), len(claims))
        _read_annotation(annotation, where, plan, resolver, verdicts, claims, seen_ids)
        if len(plan.problems) > marks[0] and skip_invalid:
            # Leave the whole annotation out: nothing half-read goes in. (A verdict with a problem
            # was never recorded, and its passage ids stay "seen": a second copy is a duplicate.)
            del plan.passages[marks[1] :], plan.placed[marks[2] :], plan.orphans[marks[3] :], claims[marks[4] :]
            plan.left_out += 1
            plan.skipped.append(
                format_texts.tr(
                    "{where}: left out (%n problem(s), listed)", None, len(plan.problems) - marks[0], where=where
                )
            )
        if len(plan.problems) >= MAX_PROBLEMS and not skip_invalid:
            plan.problems.append(format_texts.tr("stopped after %n problems", None, MAX_PROBLEMS))
            break
    claim_ids = {claim.id for claim, _ in claims}
    for claim_id in verdicts:
        if claim_id not in claim_ids and claim_id not in state.claims:
            plan.problems.append(
                format_texts.tr(
                    "a verdict refers to claim {id}, which is neither in the file nor in the project", id=claim_id
                )
            )
            if skip_invalid:
                plan.skipped.append(
                    format_texts.tr("the verdict of claim {id}: left out (its claim is not imported)", id=claim_id)
                )
    for claim, _where in claims:
        verdict = verdicts.get(claim.id, Verdict.NOT_RATED)
        plan.claims.append(replace(claim, verdict=verdict))
    for claim_id, verdict in verdicts.items():
        if claim_id not in claim_ids and claim_id in state.claims:
            existing = state.claims[claim_id]
            plan.claims.append(replace(existing, verdict=verdict))
    return plan


def _note_too_long(where: str) -> str:
    return format_texts.tr("{where}: the note is longer than {limit} characters", where=where, limit=MAX_NOTE)


def _read_annotation(
    annotation: object,
    where: str,
    plan: ImportPlan,
    resolver: _Resolver,
    verdicts: dict[str, Verdict],
    claims: list[tuple[Claim, str]],
    seen_ids: set[str],
) -> None:
    if not isinstance(annotation, dict):
        plan.problems.append(
            format_texts.tr("{where}: expected an object, found {kind}", where=where, kind=type(annotation).__name__)
        )
        return
    if isinstance(annotation.get("id"), str):
        where = f"{where} ({annotation['id'][:60]})"
    if "Annotation" not in types_of(annotation):
        found = annotation.get("type", annotation.get("@type"))
        plan.problems.append(
            format_texts.tr(
                "{where}: not a Web Annotation (its type is {kind}, not 'Annotation')", where=where, kind=repr(found)
            )
            if found is not None
            else format_texts.tr("{where}: not a Web Annotation (it has no type; Annotation expected)", where=where)
        )
        return
    if "target" not in annotation:
        plan.problems.append(format_texts.tr("{where}: no target", where=where))
        return
    kind = annotation.get(w3c.KIND)
    if kind not in (w3c.KIND_CLAIM, w3c.KIND_VERDICT) and all(map(is_whole_document, as_list(annotation["target"]))):
        if "replying" in as_list(annotation.get("motivation")):
            skipped = format_texts.tr(
                "{where}: a reply (it selects no text: it is about the whole page), not a passage", where=where
            )
        else:
            skipped = format_texts.tr(
                "{where}: a page note (it selects no text: it is about the whole page), not a passage", where=where
            )
        plan.skipped.append(skipped)
        return
    if kind == w3c.KIND_VERDICT:
        _read_verdict(annotation, where, plan, verdicts)
    elif kind == w3c.KIND_CLAIM:
        claim = _read_claim(annotation, where, plan)
        if claim is not None:
            claims.append((claim, where))
            _read_passages(annotation, where, plan, resolver, claim.id, seen_ids, ours=True)
    else:
        _read_passages(annotation, where, plan, resolver, None, seen_ids, ours=kind == w3c.KIND_PASSAGE)


def _timestamp(node: JsonObject, key: str, where: str, problems: list[str]) -> str:
    value = text_field(node, key, where, problems)
    if not value:
        return ""
    try:
        return normalise_timestamp(value, key)
    except InvalidDate as error:
        problems.append(f"{where}: {error}")
        return ""


def _lifecycle(node: JsonObject, where: str, problems: list[str]) -> JsonObject:
    created = _timestamp(node, "created", where, problems)
    modified = _timestamp(node, "modified", where, problems)
    if not created:
        created = now_iso()
    return dict(
        created=created,
        created_by=agent_name(node, "creator", where, problems),
        modified=modified or created,
        modified_by=text_field(node, w3c.MODIFIED_BY, where, problems),
    )


def _read_verdict(annotation: JsonObject, where: str, plan: ImportPlan, verdicts: dict[str, Verdict]) -> None:
    claim_id = None
    for target in as_list(annotation.get("target")):
        target_id = target.get("id") if isinstance(target, dict) else target
        claim_id = w3c.uuid_from_iri(target_id) if isinstance(target_id, str) else None
    if claim_id is None:
        plan.problems.append(format_texts.tr("{where}: a verdict must target a claim (urn:uuid:...)", where=where))
        return
    value = annotation.get(w3c.VERDICT)
    if value is None:
        body = annotation.get("body")
        value = body.get("value") if isinstance(body, dict) else None
    if not isinstance(value, str):
        plan.problems.append(format_texts.tr("{where}: the verdict has no text value", where=where))
        return
    try:
        verdicts[claim_id] = Verdict.parse(value)
    except ValueError as error:
        plan.problems.append(f"{where}: {error}")


def _read_claim(annotation: JsonObject, where: str, plan: ImportPlan) -> Claim | None:
    claim_id = w3c.uuid_from_iri(annotation.get("id"))
    if claim_id is None:
        plan.problems.append(format_texts.tr("{where}: a claim needs an id of the form urn:uuid:...", where=where))
        return None
    statement, notes, tags = "", [], []
    for body in as_list(annotation.get("body")):
        if not isinstance(body, dict) or not isinstance(body.get("value"), str):
            plan.problems.append(
                format_texts.tr("{where}: each body must be a TextualBody with a text value", where=where)
            )
            continue
        purpose = body.get("purpose")
        if purpose == "describing" and not statement:
            statement = body["value"]
        elif purpose == "tagging":
            tags.append(body["value"])
        else:
            notes.append(body["value"])
    if not statement.strip():
        plan.problems.append(
            format_texts.tr(
                "{where}: the claim has no statement (a TextualBody with purpose 'describing')", where=where
            )
        )
        return None
    note = "\n\n".join(notes)
    if len(note) > MAX_NOTE:
        plan.problems.append(_note_too_long(where))
        return None
    colour = text_field(annotation, w3c.COLOUR, where, plan.problems)
    claimant = " ".join(text_field(annotation, w3c.CLAIMANT, where, plan.problems).split())
    claim_date = text_field(annotation, w3c.CLAIM_DATE, where, plan.problems)
    try:
        claim_date = normalise_date(claim_date, "claim date")
    except InvalidDate as error:
        plan.problems.append(f"{where}: {error}")
        return None
    return Claim(
        id=claim_id,
        statement=statement,
        note=note,
        tags=tuple(tags),
        colour=colour,
        claimant=claimant,
        claim_date=claim_date,
        **_lifecycle(annotation, where, plan.problems),
    )


def _foreign_note(annotation: JsonObject) -> str:
    values = []
    for body in as_list(annotation.get("body")):
        if isinstance(body, dict) and isinstance(body.get("value"), str) and body.get("purpose") not in ("tagging",):
            values.append(body["value"])
        elif isinstance(body, str) and not body.startswith(("http://", "https://", "urn:")):
            values.append(body)
    if isinstance(annotation.get("bodyValue"), str):
        values.append(annotation["bodyValue"])
    return "\n\n".join(v for v in values if v.strip())


def _read_passages(
    annotation: JsonObject,
    where: str,
    plan: ImportPlan,
    resolver: _Resolver,
    claim_id: str | None,
    seen_ids: set[str],
    ours: bool,
) -> None:
    targets = annotation.get("target")
    if claim_id is not None and isinstance(targets, str):
        return  # a claim that no passage carries points at its collection
    note_for_foreign = "" if ours else _foreign_note(annotation)
    given_id = annotation.get("id")
    annotation_id = given_id if isinstance(given_id, str) else where
    for number, raw in enumerate(as_list(targets)):
        spot = (
            format_texts.tr("{where} target {number}", where=where, number=number + 1)
            if isinstance(targets, list)
            else where
        )
        if not ours and is_whole_document(raw):
            plan.skipped.append(format_texts.tr("{where}: selects no text (the whole page), not a passage", where=spot))
            continue
        target = read_target(raw, spot, plan.problems)
        if target is None:
            continue
        passage_id = w3c.uuid_from_iri(raw.get("id")) if ours else None
        if passage_id is None:
            passage_id = w3c.foreign_passage_id(annotation_id, number)
        if passage_id in seen_ids:
            plan.problems.append(
                format_texts.tr("{where}: passage {id} appears twice in the file", where=spot, id=passage_id)
            )
            continue
        seen_ids.add(passage_id)
        raw_stance = raw.get(w3c.STANCE, Stance.SUPPORTS.value)
        try:
            if not isinstance(raw_stance, str):
                raise ValueError(format_texts.tr("{field} must be text", field=w3c.STANCE))
            stance = parse_stance(raw_stance)
        except ValueError as error:
            plan.problems.append(f"{spot}: {error}")
            continue
        note = text_field(raw, w3c.NOTE, spot, plan.problems) if ours else note_for_foreign
        if len(note) > MAX_NOTE:
            plan.problems.append(_note_too_long(spot))
            continue
        # Our passages carry their own lifecycle; another tool's live on its annotation.
        lifecycle_node = raw if ours else annotation
        outcome = resolver.place(target, passage_id)
        if isinstance(outcome, Orphan):
            plan.orphans.append(outcome)
            continue
        placed, prefix, suffix = outcome
        plan.placed.append(placed)
        plan.passages.append(
            Passage(
                id=passage_id,
                article_id=placed.article_id,
                start=placed.start,
                end=placed.end,
                quote=placed.quote,
                prefix=prefix,
                suffix=suffix,
                claim_id=claim_id,
                stance=stance,
                note=note,
                **_lifecycle(lifecycle_node, spot, plan.problems),
            )
        )
