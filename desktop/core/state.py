"""The in-memory project: every entity, indexed for the questions views ask.

The project file is the source of truth on disk; this is its loaded image. Commands read it and
change it only through `apply`, so the indexes can never drift from the entities.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .model import Article, Claim, Entity, Passage


@dataclass(frozen=True, slots=True)
class EntityChange:
    """One entity before and after a step: before=None is a creation, after=None a deletion."""

    before: Entity | None
    after: Entity | None

    def __post_init__(self) -> None:
        if self.before is None and self.after is None:
            raise ValueError("an EntityChange needs a before or an after")
        if (
            self.before is not None
            and self.after is not None
            and (type(self.before) is not type(self.after) or self.before.id != self.after.id)
        ):
            raise ValueError("before and after must be the same entity")

    @property
    def entity(self) -> Entity:
        return self.after if self.after is not None else self.before  # type: ignore[return-value]  # one of the two is always set (a change has a before or an after)

    @property
    def id(self) -> str:
        return self.entity.id

    def inverted(self) -> EntityChange:
        return EntityChange(before=self.after, after=self.before)


def _article_order(article: Article) -> tuple[str, str]:
    return (article.imported_at, article.id)


class ProjectState:
    def __init__(
        self,
        articles: Iterable[Article] = (),
        passages: Iterable[Passage] = (),
        claims: Iterable[Claim] = (),
    ) -> None:
        self.articles: dict[str, Article] = {}
        self.passages: dict[str, Passage] = {}
        self.claims: dict[str, Claim] = {}
        self._by_sha: dict[str, str] = {}
        # Insertion-ordered sets (dict keys) of passage ids.
        self._by_article: dict[str, dict[str, None]] = {}
        self._by_claim: dict[str, dict[str, None]] = {}
        for article in articles:
            self._put(article)
        for claim in claims:
            self._put(claim)
        # Bulk path for loading: the same indexes as _put builds, without per-entity dispatch.
        # (get-then-insert, not setdefault: setdefault would allocate an empty dict per passage)
        by_article, by_claim, table = self._by_article, self._by_claim, self.passages
        for passage in passages:
            passage_id, article_id, claim_id = passage.id, passage.article_id, passage.claim_id
            table[passage_id] = passage
            ids = by_article.get(article_id)
            if ids is None:
                ids = by_article[article_id] = {}
            ids[passage_id] = None
            if claim_id is not None:
                ids = by_claim.get(claim_id)
                if ids is None:
                    ids = by_claim[claim_id] = {}
                ids[passage_id] = None

    # --- changing -------------------------------------------------------------------------
    def apply(self, changes: Iterable[EntityChange]) -> None:
        for change in changes:
            if change.before is not None:
                self._remove(change.before)
            if change.after is not None:
                self._put(change.after)

    def _put(self, entity: Entity) -> None:
        if isinstance(entity, Passage):
            self.passages[entity.id] = entity
            self._by_article.setdefault(entity.article_id, {})[entity.id] = None
            if entity.claim_id is not None:
                self._by_claim.setdefault(entity.claim_id, {})[entity.id] = None
        elif isinstance(entity, Claim):
            self.claims[entity.id] = entity
        elif isinstance(entity, Article):
            last = next(reversed(self.articles.values()), None)
            self.articles[entity.id] = entity
            self._by_sha[entity.sha256] = entity.id
            if last is not None and _article_order(entity) < _article_order(last):
                # An undone removal re-inserts an old article: keep import order stable.
                self.articles = dict(sorted(self.articles.items(), key=lambda kv: _article_order(kv[1])))
        else:  # pragma: no cover - programming error
            raise TypeError(f"not an entity: {entity!r}")

    def _remove(self, entity: Entity) -> None:
        if isinstance(entity, Passage):
            old = self.passages.pop(entity.id, None)
            if old is None:
                return
            self._by_article.get(old.article_id, {}).pop(old.id, None)
            if old.claim_id is not None:
                self._by_claim.get(old.claim_id, {}).pop(old.id, None)
        elif isinstance(entity, Claim):
            self.claims.pop(entity.id, None)
        elif isinstance(entity, Article):
            old_article = self.articles.pop(entity.id, None)
            if old_article is not None and self._by_sha.get(old_article.sha256) == old_article.id:
                del self._by_sha[old_article.sha256]

    # --- reading --------------------------------------------------------------------------
    def current(self, entity: Entity) -> Entity | None:
        """The stored version of an entity with the same kind and id, if any."""
        if isinstance(entity, Article):
            return self.articles.get(entity.id)
        if isinstance(entity, Passage):
            return self.passages.get(entity.id)
        return self.claims.get(entity.id)

    def article_by_sha(self, sha256: str) -> Article | None:
        article_id = self._by_sha.get(sha256)
        return self.articles.get(article_id) if article_id else None

    def passages_of_article(self, article_id: str) -> list[Passage]:
        ids = self._by_article.get(article_id, {})
        return sorted((self.passages[i] for i in ids), key=lambda p: (p.start, p.end, p.created))

    def passage_count(self, article_id: str) -> int:
        return len(self._by_article.get(article_id, ()))

    def passages_of_claim(self, claim_id: str) -> list[Passage]:
        """In reading order across sources: by article order, then position."""
        order = {article_id: n for n, article_id in enumerate(self.articles)}
        ids = self._by_claim.get(claim_id, {})
        return sorted(
            (self.passages[i] for i in ids),
            key=lambda p: (order.get(p.article_id, len(order)), p.start, p.end),
        )

    def claim_passage_count(self, claim_id: str) -> int:
        return len(self._by_claim.get(claim_id, ()))

    def sources_of_claim(self, claim_id: str) -> list[str]:
        """Ids of the articles that carry the claim, in article order, each once."""
        carried = {self.passages[i].article_id for i in self._by_claim.get(claim_id, {})}
        return [article_id for article_id in self.articles if article_id in carried]

    def unlinked_passages(self) -> list[Passage]:
        return [p for p in self.passages.values() if p.claim_id is None]
