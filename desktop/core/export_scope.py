"""What an export covers: the whole project, or a part chosen by claims, verdicts, articles,
outlets, languages or tags.

`select()` takes an immutable snapshot (lists of frozen entities plus indexes), so an exporter may
run on it in a worker thread while the project goes on changing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .model import Article, Claim, Passage, Verdict
from .state import ProjectState


@dataclass(frozen=True)
class Scope:
    """Filters; an empty one means "everything". Claim filters (ids, verdict, tags) and article
    filters (ids, outlets, languages) combine with AND; values within one filter with OR."""

    claim_ids: frozenset[str] = frozenset()
    verdict_only: bool = False  # only claims that have a verdict (anything but "Not rated")
    tags: frozenset[str] = frozenset()
    article_ids: frozenset[str] = frozenset()
    outlets: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls,
        *,
        claim_ids: Iterable[str] = (),
        verdict_only: bool = False,
        tags: Iterable[str] = (),
        article_ids: Iterable[str] = (),
        outlets: Iterable[str] = (),
        languages: Iterable[str] = (),
    ) -> Scope:
        return cls(
            frozenset(claim_ids),
            verdict_only,
            frozenset(tags),
            frozenset(article_ids),
            frozenset(outlets),
            frozenset(languages),
        )

    @property
    def filters_claims(self) -> bool:
        return bool(self.claim_ids or self.verdict_only or self.tags)

    @property
    def filters_articles(self) -> bool:
        return bool(self.article_ids or self.outlets or self.languages)

    @property
    def is_everything(self) -> bool:
        return not (self.filters_claims or self.filters_articles)

    def describe(self) -> str:
        parts = []
        if self.claim_ids:
            parts.append(f"{len(self.claim_ids)} chosen claim(s)")
        if self.verdict_only:
            parts.append("claims with a verdict")
        if self.tags:
            parts.append("tags " + ", ".join(sorted(self.tags)))
        if self.article_ids:
            parts.append(f"{len(self.article_ids)} chosen article(s)")
        if self.outlets:
            parts.append("outlets " + ", ".join(sorted(self.outlets)))
        if self.languages:
            parts.append("languages " + ", ".join(sorted(self.languages)))
        return "; ".join(parts) or "whole project"

    def claim_matches(self, claim: Claim) -> bool:
        if self.claim_ids and claim.id not in self.claim_ids:
            return False
        if self.verdict_only and claim.verdict == Verdict.NOT_RATED:
            return False
        return not (self.tags and not self.tags & set(claim.tags))

    def article_matches(self, article: Article) -> bool:
        if self.article_ids and article.id not in self.article_ids:
            return False
        if self.outlets and article.outlet not in self.outlets:
            return False
        return not (self.languages and article.language not in self.languages)


@dataclass
class Selection:
    """The entities in scope, in project order, with the indexes every exporter needs.

    `passages` are in article order, then by position; `passages_of_claim` lists each claim's
    passages in that same reading order."""

    articles: list[Article]
    claims: list[Claim]
    passages: list[Passage]
    scope: Scope = field(default_factory=Scope)
    article_by_id: dict[str, Article] = field(init=False)
    claim_by_id: dict[str, Claim] = field(init=False)
    passages_of_claim: dict[str, list[Passage]] = field(init=False)
    passages_of_article: dict[str, list[Passage]] = field(init=False)

    def __post_init__(self) -> None:
        self.article_by_id = {a.id: a for a in self.articles}
        self.claim_by_id = {c.id: c for c in self.claims}
        self.passages_of_claim = {c.id: [] for c in self.claims}
        self.passages_of_article = {a.id: [] for a in self.articles}
        for passage in self.passages:
            self.passages_of_article[passage.article_id].append(passage)
            if passage.claim_id is not None:
                self.passages_of_claim[passage.claim_id].append(passage)

    def sources_of_claim(self, claim_id: str) -> list[Article]:
        """The articles that carry the claim, in article order, each once."""
        seen: dict[str, None] = {}
        for passage in self.passages_of_claim.get(claim_id, ()):
            seen.setdefault(passage.article_id, None)
        return [self.article_by_id[a] for a in seen]

    @property
    def unlinked_passages(self) -> list[Passage]:
        return [p for p in self.passages if p.claim_id is None]


def select(state: ProjectState, scope: Scope = Scope()) -> Selection:
    """The part of the project that `scope` covers.

    - Claims: those matching the claim filters; with article filters as well, only those that
      at least one chosen article carries.
    - Passages: those in chosen articles that are unlinked (only when no claim filter is set) or
      linked to a chosen claim.
    - Articles: those matching the article filters; with claim filters, only those that carry a
      chosen passage.
    """
    claims = [c for c in state.claims.values() if scope.claim_matches(c)]
    wanted_claims = {c.id for c in claims}
    articles = [a for a in state.articles.values() if scope.article_matches(a)]
    wanted_articles = {a.id for a in articles}
    keep_unlinked = not scope.filters_claims
    passages = [
        p
        for p in state.passages.values()
        if p.article_id in wanted_articles and ((p.claim_id is None and keep_unlinked) or p.claim_id in wanted_claims)
    ]
    order = {a.id: n for n, a in enumerate(articles)}
    passages.sort(key=lambda p: (order[p.article_id], p.start, p.end, p.created, p.id))
    if scope.filters_articles:
        carried = {p.claim_id for p in passages if p.claim_id is not None}
        claims = [c for c in claims if c.id in carried]
    if scope.filters_claims:
        carrying = {p.article_id for p in passages}
        articles = [a for a in articles if a.id in carrying]
    return Selection(articles, claims, passages, scope)
