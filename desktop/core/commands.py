"""Every mutation of a project is one of these commands (docs/architecture.md §2).

A command validates against the current state and returns the entity changes it made; it applies
them to the state as it goes, so a compound command sees its own earlier steps. Undo and redo are
generic: they replay those changes backwards or forwards, so a command never writes its own undo.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TypedDict

from .dates import InvalidDate, field_name, normalise_date
from .i18n import QT_TRANSLATE_NOOP, Context
from .model import (
    CLAIM_PALETTE,
    Article,
    Claim,
    Entity,
    Passage,
    Stance,
    Verdict,
    kind_name,
    new_id,
    now_iso,
)
from .state import EntityChange, ProjectState
from .text import normalise_text, quote_context, text_sha256

MAX_STATEMENT = 2_000
MAX_NOTE = 100_000
MAX_TAG = 100
MAX_CLAIMANT = 300

command_texts = Context("command_texts")


class CommandError(ValueError):
    """A command that cannot apply to the current project; the message is for the user."""


def label_text(label: str) -> str:
    """A command's undo label in the user's language (the class labels are marked, not translated)."""
    return command_texts.tr(label)


@dataclass(frozen=True, slots=True)
class CommandContext:
    author: str = ""
    now: Callable[[], str] = now_iso


class Command:
    label = QT_TRANSLATE_NOOP("command_texts", "Change")

    def execute(self, state: ProjectState, ctx: CommandContext) -> list[EntityChange]:
        """Apply to `state` and return the changes; on error the state is left as it was."""
        out: list[EntityChange] = []
        try:
            self.perform(state, ctx, out)
        except Exception:
            state.apply(change.inverted() for change in reversed(out))
            raise
        return out

    def perform(self, state: ProjectState, ctx: CommandContext, out: list[EntityChange]) -> None:
        raise NotImplementedError

    # Helpers shared by the concrete commands -----------------------------------------------
    @staticmethod
    def _record(state: ProjectState, out: list[EntityChange], before: Entity | None, after: Entity | None) -> None:
        change = EntityChange(before, after)
        state.apply([change])
        out.append(change)


class PassageFields(TypedDict, total=False):
    """The fields of a passage an edit may change, for `replace`."""

    stance: Stance
    note: str


class ClaimFields(TypedDict, total=False):
    """The fields of a claim an edit or a fold may change, for `replace`."""

    statement: str
    verdict: Verdict
    note: str
    tags: tuple[str, ...]
    colour: str
    claimant: str
    claim_date: str


def _require_article(state: ProjectState, article_id: str) -> Article:
    article = state.articles.get(article_id)
    if article is None:
        raise CommandError(command_texts.tr("no article with id {id}", id=article_id))
    return article


def _require_passage(state: ProjectState, passage_id: str) -> Passage:
    passage = state.passages.get(passage_id)
    if passage is None:
        raise CommandError(command_texts.tr("no passage with id {id}", id=passage_id))
    return passage


def _require_claim(state: ProjectState, claim_id: str) -> Claim:
    claim = state.claims.get(claim_id)
    if claim is None:
        raise CommandError(command_texts.tr("no claim with id {id}", id=claim_id))
    return claim


def _clean_statement(statement: str) -> str:
    statement = " ".join(statement.split())
    if not statement:
        raise CommandError(command_texts.tr("a claim needs a statement"))
    if len(statement) > MAX_STATEMENT:
        raise CommandError(command_texts.tr("a claim statement is limited to {limit} characters", limit=MAX_STATEMENT))
    return statement


def _clean_note(note: str) -> str:
    if len(note) > MAX_NOTE:
        raise CommandError(command_texts.tr("a note is limited to {limit} characters", limit=MAX_NOTE))
    return note.replace("\r\n", "\n").replace("\r", "\n")


def _clean_claimant(claimant: str) -> str:
    claimant = " ".join(claimant.split())
    if len(claimant) > MAX_CLAIMANT:
        raise CommandError(f"a claimant is limited to {MAX_CLAIMANT} characters")
    return claimant


def clean_date(value: str, field: str) -> str:
    """A date as stored (core.dates), or CommandError naming the field and the value."""
    try:
        return normalise_date(value, field)
    except InvalidDate as error:
        raise CommandError(str(error)) from None


def _clean_tags(tags: Sequence[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for tag in tags:
        tag = " ".join(tag.split())
        if len(tag) > MAX_TAG:
            raise CommandError(command_texts.tr("a tag is limited to {limit} characters", limit=MAX_TAG))
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


def merged_claim_note(statement: str) -> str:
    """The line a merged-away claim leaves in the kept claim's note (MergeClaims and merges)."""
    return command_texts.tr("Merged claim: {statement}", statement=statement)


def next_claim_colour(state: ProjectState, article_id: str = "") -> str:
    """The palette colour used by the fewest claims, so neighbours rarely share one. Given the
    article the claim starts in, first the colour fewest of that article's claims use: past ten
    claims colours repeat, but two claims on one page then still look apart."""
    used = Counter(c.colour for c in state.claims.values())
    here: Counter[str] = Counter()
    if article_id:
        claim_ids = {p.claim_id for p in state.passages_of_article(article_id) if p.claim_id}
        here.update(state.claims[c].colour for c in claim_ids if c in state.claims)
    return min(CLAIM_PALETTE, key=lambda colour: (here[colour], used[colour], CLAIM_PALETTE.index(colour)))


# --- Articles ------------------------------------------------------------------------------


@dataclass
class AddArticle(Command):
    title: str
    text: str
    outlet: str = ""
    url: str = ""
    language: str = ""
    published: str = ""
    author: str = ""
    article_id: str = field(default_factory=new_id)
    label = QT_TRANSLATE_NOOP("command_texts", "Add article")

    def perform(self, state: ProjectState, ctx: CommandContext, out: list[EntityChange]) -> None:
        text = normalise_text(self.text)
        if not text.strip():
            raise CommandError(command_texts.tr("the article has no text"))
        sha = text_sha256(text)
        existing = state.article_by_sha(sha)
        if existing is not None:
            raise CommandError(
                command_texts.tr("the same text is already in the project as “{title}”", title=existing.title)
            )
        if self.article_id in state.articles:
            raise CommandError(command_texts.tr("an article with id {id} already exists", id=self.article_id))
        now = ctx.now()
        article = Article(
            id=self.article_id,
            title=" ".join(self.title.split()) or command_texts.tr("Untitled"),
            text=text,
            sha256=sha,
            outlet=self.outlet.strip(),
            url=self.url.strip(),
            language=self.language.strip(),
            published=clean_date(self.published, "published"),
            author=self.author.strip(),
            imported_at=now,
            created_by=ctx.author,
            modified=now,
            modified_by=ctx.author,
        )
        self._record(state, out, None, article)


ARTICLE_FIELDS = ("title", "outlet", "url", "language", "published", "author")


@dataclass
class EditArticle(Command):
    """Change an article's metadata. The text itself never changes (docs/architecture.md §3)."""

    article_id: str
    changes: dict[str, str]
    label = QT_TRANSLATE_NOOP("command_texts", "Edit article details")

    def perform(self, state: ProjectState, ctx: CommandContext, out: list[EntityChange]) -> None:
        article = _require_article(state, self.article_id)
        unknown = set(self.changes) - set(ARTICLE_FIELDS)
        if unknown:
            raise CommandError(
                command_texts.tr("article metadata has no field {fields}", fields=", ".join(sorted(unknown)))
            )
        values = {key: " ".join(str(value).split()) for key, value in self.changes.items()}
        if "title" in values and not values["title"]:
            raise CommandError(command_texts.tr("an article needs a title"))
        if "published" in values:
            values["published"] = clean_date(values["published"], "published")
        if all(getattr(article, key) == value for key, value in values.items()):
            return
        self._record(state, out, article, replace(article, **values, modified=ctx.now(), modified_by=ctx.author))


@dataclass
class RemoveArticle(Command):
    """Remove an article and its passages; claims stay, since other sources may carry them."""

    article_id: str
    label = QT_TRANSLATE_NOOP("command_texts", "Remove article")

    def perform(self, state: ProjectState, ctx: CommandContext, out: list[EntityChange]) -> None:
        article = _require_article(state, self.article_id)
        for passage in state.passages_of_article(article.id):
            self._record(state, out, passage, None)
        self._record(state, out, article, None)


# --- Passages ------------------------------------------------------------------------------


@dataclass
class HighlightPassage(Command):
    article_id: str
    start: int
    end: int
    claim_id: str | None = None
    stance: Stance = Stance.SUPPORTS
    note: str = ""
    passage_id: str = field(default_factory=new_id)
    label = QT_TRANSLATE_NOOP("command_texts", "Highlight passage")

    def perform(self, state: ProjectState, ctx: CommandContext, out: list[EntityChange]) -> None:
        article = _require_article(state, self.article_id)
        if not (0 <= self.start < self.end <= len(article.text)):
            raise CommandError(
                command_texts.tr(
                    "passage {start}-{end} is outside the article text (0-{length})",
                    start=self.start,
                    end=self.end,
                    length=len(article.text),
                )
            )
        if not article.text[self.start : self.end].strip():
            raise CommandError(command_texts.tr("a passage cannot be only white space"))
        if self.claim_id is not None:
            _require_claim(state, self.claim_id)
        if self.passage_id in state.passages:
            raise CommandError(command_texts.tr("a passage with id {id} already exists", id=self.passage_id))
        context = quote_context(article.text, self.start, self.end)
        now = ctx.now()
        passage = Passage(
            id=self.passage_id,
            article_id=article.id,
            start=self.start,
            end=self.end,
            quote=context.quote,
            prefix=context.prefix,
            suffix=context.suffix,
            claim_id=self.claim_id,
            stance=Stance(self.stance),
            note=_clean_note(self.note),
            created=now,
            created_by=ctx.author,
            modified=now,
            modified_by=ctx.author,
        )
        self._record(state, out, None, passage)


@dataclass
class EditPassage(Command):
    passage_id: str
    stance: Stance | None = None
    note: str | None = None
    label = QT_TRANSLATE_NOOP("command_texts", "Edit passage")

    def perform(self, state: ProjectState, ctx: CommandContext, out: list[EntityChange]) -> None:
        passage = _require_passage(state, self.passage_id)
        values: PassageFields = {}
        if self.stance is not None and Stance(self.stance) != passage.stance:
            values["stance"] = Stance(self.stance)
        if self.note is not None and _clean_note(self.note) != passage.note:
            values["note"] = _clean_note(self.note)
        if not values:
            return
        self._record(state, out, passage, replace(passage, **values, modified=ctx.now(), modified_by=ctx.author))


@dataclass
class LinkPassage(Command):
    passage_id: str
    claim_id: str
    label = QT_TRANSLATE_NOOP("command_texts", "Link passage")

    def perform(self, state: ProjectState, ctx: CommandContext, out: list[EntityChange]) -> None:
        passage = _require_passage(state, self.passage_id)
        _require_claim(state, self.claim_id)
        if passage.claim_id == self.claim_id:
            return
        self._record(
            state, out, passage, replace(passage, claim_id=self.claim_id, modified=ctx.now(), modified_by=ctx.author)
        )


@dataclass
class UnlinkPassage(Command):
    passage_id: str
    label = QT_TRANSLATE_NOOP("command_texts", "Unlink passage")

    def perform(self, state: ProjectState, ctx: CommandContext, out: list[EntityChange]) -> None:
        passage = _require_passage(state, self.passage_id)
        if passage.claim_id is None:
            return
        self._record(state, out, passage, replace(passage, claim_id=None, modified=ctx.now(), modified_by=ctx.author))


@dataclass
class DeletePassage(Command):
    passage_id: str
    label = QT_TRANSLATE_NOOP("command_texts", "Delete passage")

    def perform(self, state: ProjectState, ctx: CommandContext, out: list[EntityChange]) -> None:
        passage = _require_passage(state, self.passage_id)
        self._record(state, out, passage, None)


# --- Claims --------------------------------------------------------------------------------


@dataclass
class CreateClaim(Command):
    statement: str
    verdict: Verdict = Verdict.NOT_RATED
    note: str = ""
    tags: Sequence[str] = ()
    colour: str = ""
    claimant: str = ""
    claim_date: str = ""
    claim_id: str = field(default_factory=new_id)
    in_article: str = ""  # the article its first passage is in: its colour avoids that page's claims
    label = QT_TRANSLATE_NOOP("command_texts", "New claim")

    def perform(self, state: ProjectState, ctx: CommandContext, out: list[EntityChange]) -> None:
        if self.claim_id in state.claims:
            raise CommandError(command_texts.tr("a claim with id {id} already exists", id=self.claim_id))
        now = ctx.now()
        claim = Claim(
            id=self.claim_id,
            statement=_clean_statement(self.statement),
            verdict=Verdict(self.verdict),
            note=_clean_note(self.note),
            tags=_clean_tags(self.tags),
            colour=self.colour or next_claim_colour(state, self.in_article),
            claimant=_clean_claimant(self.claimant),
            claim_date=clean_date(self.claim_date, "claim date"),
            created=now,
            created_by=ctx.author,
            modified=now,
            modified_by=ctx.author,
        )
        self._record(state, out, None, claim)


@dataclass
class EditClaim(Command):
    claim_id: str
    statement: str | None = None
    verdict: Verdict | None = None
    note: str | None = None
    tags: Sequence[str] | None = None
    colour: str | None = None
    claimant: str | None = None
    claim_date: str | None = None  # "" clears it
    label = QT_TRANSLATE_NOOP("command_texts", "Edit claim")

    def perform(self, state: ProjectState, ctx: CommandContext, out: list[EntityChange]) -> None:
        claim = _require_claim(state, self.claim_id)
        wanted: ClaimFields = {}
        if self.statement is not None:
            wanted["statement"] = _clean_statement(self.statement)
        if self.verdict is not None:
            wanted["verdict"] = Verdict(self.verdict)
        if self.note is not None:
            wanted["note"] = _clean_note(self.note)
        if self.tags is not None:
            wanted["tags"] = _clean_tags(self.tags)
        if self.colour is not None:
            wanted["colour"] = self.colour
        if self.claimant is not None:
            wanted["claimant"] = _clean_claimant(self.claimant)
        if self.claim_date is not None:
            wanted["claim_date"] = clean_date(self.claim_date, "claim date")
        if all(getattr(claim, key) == value for key, value in wanted.items()):
            return  # replacing a field by its own value changes nothing, so all of `wanted` may go in
        self._record(state, out, claim, replace(claim, **wanted, modified=ctx.now(), modified_by=ctx.author))


@dataclass
class DeleteClaim(Command):
    """Delete a claim; its passages either stay as unlinked passages or go with it."""

    claim_id: str
    keep_passages: bool = True
    label = QT_TRANSLATE_NOOP("command_texts", "Delete claim")

    def perform(self, state: ProjectState, ctx: CommandContext, out: list[EntityChange]) -> None:
        claim = _require_claim(state, self.claim_id)
        now = ctx.now()
        for passage in state.passages_of_claim(claim.id):
            after = (
                replace(passage, claim_id=None, modified=now, modified_by=ctx.author) if self.keep_passages else None
            )
            self._record(state, out, passage, after)
        self._record(state, out, claim, None)


@dataclass
class MergeClaims(Command):
    """Fold `absorbed` into `kept`: its passages move over, notes and tags are combined."""

    kept_id: str
    absorbed_id: str
    label = QT_TRANSLATE_NOOP("command_texts", "Merge claims")

    def perform(self, state: ProjectState, ctx: CommandContext, out: list[EntityChange]) -> None:
        if self.kept_id == self.absorbed_id:
            raise CommandError(command_texts.tr("cannot merge a claim with itself"))
        kept = _require_claim(state, self.kept_id)
        absorbed = _require_claim(state, self.absorbed_id)
        now = ctx.now()
        for passage in state.passages_of_claim(absorbed.id):
            self._record(state, out, passage, replace(passage, claim_id=kept.id, modified=now, modified_by=ctx.author))
        merged = replace(kept, **folded_claim(kept, absorbed), modified=now, modified_by=ctx.author)
        self._record(state, out, kept, merged)
        self._record(state, out, absorbed, None)


def folded_claim(kept: Claim, absorbed: Claim) -> ClaimFields:
    """The fields of `kept` after `absorbed` is folded into it (MergeClaims and a merge's "same
    claim" choice): notes and tags combined; the claimant and the claim's date are kept, taken
    from the absorbed claim where kept has none, and noted where the two differ."""
    notes = [n for n in (kept.note, absorbed.note) if n.strip()]
    if absorbed.statement != kept.statement:
        notes.append(merged_claim_note(absorbed.statement))
    values: ClaimFields = {}
    if not kept.claimant and absorbed.claimant:
        values["claimant"] = absorbed.claimant
    elif kept.claimant and absorbed.claimant and kept.claimant != absorbed.claimant:
        notes.append(command_texts.tr("Merged claim's claimant: {value}", value=absorbed.claimant))
    if not kept.claim_date and absorbed.claim_date:
        values["claim_date"] = absorbed.claim_date
    elif kept.claim_date and absorbed.claim_date and kept.claim_date != absorbed.claim_date:
        notes.append(command_texts.tr("Merged claim's claim date: {value}", value=absorbed.claim_date))
    values["note"] = "\n\n".join(notes)
    values["tags"] = _clean_tags([*kept.tags, *absorbed.tags])
    return values


# --- Composition ---------------------------------------------------------------------------


@dataclass
class Compound(Command):
    """Several commands as one undo step (e.g. highlight + new claim + link)."""

    steps: Sequence[Command]
    label: str = QT_TRANSLATE_NOOP("command_texts", "Change")

    def perform(self, state: ProjectState, ctx: CommandContext, out: list[EntityChange]) -> None:
        for step in self.steps:
            out.extend(step.execute(state, ctx))


def new_claim_from_passage(
    article_id: str, start: int, end: int, statement: str, stance: Stance = Stance.SUPPORTS
) -> Compound:
    """The gesture “New claim from selection”: one claim, one passage linked to it, one undo step."""
    create = CreateClaim(statement=statement, in_article=article_id)
    highlight = HighlightPassage(article_id, start, end, claim_id=create.claim_id, stance=stance)
    return Compound([create, highlight], label=QT_TRANSLATE_NOOP("command_texts", "New claim from selection"))


@dataclass
class PutEntities(Command):
    """Insert or replace whole entity values as given (ids, timestamps and authors kept), and
    delete by id: the one command behind lossless imports and merges. Validated like the rest:
    passages must lie inside their article's text and quote it exactly."""

    entities: Sequence[Entity]
    delete_ids: Sequence[str] = ()
    label: str = QT_TRANSLATE_NOOP("command_texts", "Import")

    def perform(self, state: ProjectState, ctx: CommandContext, out: list[EntityChange]) -> None:
        for entity in sorted(self.entities, key=_dependency_order):
            _validate_entity(state, entity)
            before = state.current(entity)
            if before != entity:
                self._record(state, out, before, entity)
        for entity_id in self.delete_ids:
            for table in (state.passages, state.claims, state.articles):
                if entity_id in table:
                    if table is state.articles:
                        for passage in state.passages_of_article(entity_id):
                            self._record(state, out, passage, None)
                    if table is state.claims:
                        for passage in state.passages_of_claim(entity_id):
                            self._record(state, out, passage, replace(passage, claim_id=None))
                    self._record(state, out, table[entity_id], None)
                    break


def _dependency_order(entity: Entity) -> int:
    return {Article: 0, Claim: 1, Passage: 2}[type(entity)]


_KINDS = ((Article, "an article"), (Claim, "a claim"), (Passage, "a passage"))


def _validate_entity(state: ProjectState, entity: Entity) -> None:
    # An id names one entity of one kind: a claim with an article's id made the project fail
    # its own check (issue 19). Merges map such ids; an import must refuse them.
    tables: dict[type, Mapping[str, object]] = {Article: state.articles, Claim: state.claims, Passage: state.passages}
    for kind, words in _KINDS:
        if not isinstance(entity, kind) and entity.id in tables[kind]:
            raise CommandError(f"{type(entity).__name__.lower()} {entity.id}: the id is already used by {words}")
    if isinstance(entity, Article):
        if text_sha256(entity.text) != entity.sha256:
            raise CommandError(command_texts.tr("article {id}: the text does not match its sha256", id=entity.id))
        _require_stored_date(entity.id, entity.published, "published", "article")
        other = state.article_by_sha(entity.sha256)
        if other is not None and other.id != entity.id:
            raise CommandError(
                command_texts.tr(
                    "article {id}: the same text is already in the project as “{title}”",
                    id=entity.id,
                    title=other.title,
                )
            )
    elif isinstance(entity, Claim):
        _clean_statement(entity.statement)
        if _clean_claimant(entity.claimant) != entity.claimant:
            raise CommandError(f"claim {entity.id}: the claimant must be one line")
        _require_stored_date(entity.id, entity.claim_date, "claim date", "claim")
    elif isinstance(entity, Passage):
        article = _require_article(state, entity.article_id)
        if not (0 <= entity.start < entity.end <= len(article.text)):
            raise CommandError(
                command_texts.tr(
                    "passage {id}: {start}-{end} is outside the article text (0-{length})",
                    id=entity.id,
                    start=entity.start,
                    end=entity.end,
                    length=len(article.text),
                )
            )
        if article.text[entity.start : entity.end] != entity.quote:
            raise CommandError(
                command_texts.tr(
                    "passage {id}: the quote does not match the article text at {start}-{end}",
                    id=entity.id,
                    start=entity.start,
                    end=entity.end,
                )
            )
        if entity.claim_id is not None:
            _require_claim(state, entity.claim_id)


def _require_stored_date(entity_id: str, value: str, field: str, kind: str) -> None:
    """Whole values (imports, merges) must already hold the stored form of a valid date."""
    try:
        stored = normalise_date(value, field)
    except InvalidDate as error:
        raise CommandError(f"{kind_name(kind)} {entity_id}: {error}") from None
    if stored != value:
        raise CommandError(
            command_texts.tr(
                "{kind} {id}: the {field} {value} is not in its stored form {stored}",
                kind=kind_name(kind),
                id=entity_id,
                field=field_name(field),
                value=repr(value),
                stored=repr(stored),
            )
        )
