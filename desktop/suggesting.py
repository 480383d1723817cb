"""Link suggestions for an open project: the core index, the model and the vector cache together.

An application service (like importing.py): it reads the project's state, keeps the vectors in
the project's persistence (its suggestion memory), and never changes an entity. Threads: everything
here runs on the caller's thread; `pending_work()` hands out plain data (texts) that a background
worker may encode, and `accept_vectors()` takes the result back on the owning thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from desktop.core.project import Project
from desktop.core.suggest import Encoder, Prepared, SuggestIndex, Suggestion, cache_key
from desktop.core.suggest_claim import suggest_claim
from desktop.store import ReadOnlyLocationError, StoreError


@dataclass(frozen=True)
class VectorJob:
    """One article's unit texts to encode, with what identifies the result."""

    article_id: str
    sha256: str
    texts: tuple[str, ...]


@dataclass(frozen=True)
class ArticleFinding:
    """'Find this claim in all articles': the best candidate in one article, and whether it is
    likely to make the claim (then the article probably carries it)."""

    article_id: str
    best: Suggestion | None
    already_linked: bool

    @property
    def likely(self) -> bool:
        return self.already_linked or (self.best is not None and self.best.likely)

    @property
    def probability(self) -> float:
        """That the best candidate makes the claim (1 for an article already linked)."""
        return 1.0 if self.already_linked else (self.best.probability if self.best else 0.0)


class SuggestionService:
    def __init__(
        self,
        project: Project,
        encoder: Encoder | None = None,
        model_error: str = "",
        build: bool = True,
        write_behind: bool = False,
    ) -> None:
        """`build=False` leaves splitting the articles to a worker (SuggestionComputer);
        `write_behind` writes the vector cache on a thread of its own (the window: see
        VectorCacheWriter), else on the caller's thread (the CLI). Call close() when done."""
        self.project = project
        self.index = SuggestIndex(encoder, model_error)
        self._writer = project.persistence.vector_writer() if write_behind and not project.read_only else None
        self.sync(build)

    def close(self) -> None:
        """Write what the cache writer still holds (before the project file closes)."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    # --- model and vectors ----------------------------------------------------------------
    @property
    def encoder(self) -> Encoder | None:
        return self.index.encoder

    @property
    def model_error(self) -> str:
        return self.index.model_error

    def set_encoder(self, encoder: Encoder | None, error: str = "") -> None:
        """Called once the (lazily loaded) model is there, or failed to load."""
        self.index.encoder = encoder
        self.index.model_error = error
        self.load_cached()

    def sync(self, build: bool = True) -> None:
        """Follow the project's articles: drop removed ones and, with `build`, split and index
        new ones here (the window leaves that to the worker: see unprepared/add_prepared)."""
        articles = self.project.state.articles
        for aid in set(self.index.article_ids()) - set(articles):
            self.index.remove_article(aid)
        if build:
            for article in articles.values():
                self.index.add_article(article.id, article.text, article.sha256, article.language)
            self.load_cached()

    def unprepared(self) -> list[tuple[str, str, str]]:
        """(article id, text, sha256) of the articles not yet split and indexed."""
        return [
            (a.id, a.text, a.sha256)
            for a in self.project.state.articles.values()
            if not self.index.knows(a.id, a.sha256)
        ]

    def add_prepared(self, article_id: str, sha256: str, prepared: Prepared) -> bool:
        """Take an article split on a worker thread; its cached vectors are loaded at once."""
        article = self.project.state.articles.get(article_id)
        if article is None or article.sha256 != sha256:
            return False  # removed or changed meanwhile
        self.index.add_article(article_id, article.text, sha256, article.language, prepared)
        self._load_cached_for(article_id)
        return True

    def load_cached(self) -> None:
        if self.encoder is None:
            return
        for aid in self.index.needs_vectors():
            self._load_cached_for(aid)

    def _load_cached_for(self, article_id: str) -> None:
        if self.encoder is None or not self.index.covered(article_id):
            return
        sha256 = self.project.state.articles[article_id].sha256
        spans = [(u.start, u.end) for u in self.index.units(article_id)]
        try:
            cached = self.project.persistence.load_vectors(sha256, cache_key(self.encoder.name), spans)
        except StoreError:
            cached = None
        if cached is not None:
            self.index.set_vectors(article_id, sha256, cached)

    def pending_work(self) -> list[VectorJob]:
        """Articles whose vectors are neither cached nor computed yet (plain data for a worker)."""
        articles = self.project.state.articles
        return [
            VectorJob(aid, articles[aid].sha256, tuple(self.index.unit_texts(aid)))
            for aid in self.index.needs_vectors()
            if aid in articles
        ]

    def accept_vectors(self, article_id: str, sha256: str, vectors: np.ndarray) -> bool:
        """Take a worker's result: attach it unless stale, and cache it in the project file."""
        if not self.index.set_vectors(article_id, sha256, vectors):
            return False
        if self.encoder is not None and not self.project.read_only:
            spans = [(u.start, u.end) for u in self.index.units(article_id)]
            if self._writer is not None:
                self._writer.save(sha256, cache_key(self.encoder.name), spans, vectors)
                return True
            # A cache: keeping it in memory is enough when the file cannot take it.
            with contextlib.suppress(ReadOnlyLocationError, StoreError):
                self.project.persistence.save_vectors([(sha256, cache_key(self.encoder.name), spans, vectors)])
        return True

    def compute_missing(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Encode everything pending on this thread (the CLI and benchmarks)."""
        if self.encoder is None:
            return 0
        jobs = self.pending_work()
        for done, job in enumerate(jobs, 1):
            self.accept_vectors(job.article_id, job.sha256, self.encoder.encode(list(job.texts)))
            if progress:
                progress(done, len(jobs))
        return len(jobs)

    def computing(self) -> set[str]:
        return set(self.index.needs_vectors())

    # --- rejections -----------------------------------------------------------------------
    def rejections(self, claim_id: str) -> set[tuple[str, int, int]]:
        if not claim_id:
            return set()
        return self.project.persistence.rejections(claim_id)

    def reject(self, claim_id: str, article_id: str, start: int, end: int) -> None:
        self.project.persistence.add_rejection(claim_id, article_id, start, end)

    # --- asking ---------------------------------------------------------------------------
    def for_passage(
        self,
        article_id: str,
        start: int,
        end: int,
        *,
        claim_id: str | None = None,
        targets: Iterable[str] | None = None,
        k: int = 3,
        per_article: int = 1,
    ) -> list[Suggestion]:
        """Ranked candidates for a span; the claim's passages and rejections are left out."""
        exclude = set(self.rejections(claim_id)) if claim_id else set()
        if claim_id:
            exclude |= {(p.article_id, p.start, p.end) for p in self.project.state.passages_of_claim(claim_id)}
        return self.index.suggest(
            article_id, start, end, targets=targets, k=k, per_article=per_article, exclude=exclude
        )

    def for_claim_passages(
        self, claim_id: str, *, targets: Iterable[str] | None = None, k: int = 0
    ) -> list[Suggestion]:
        """Claim mode: candidates queried with all the claim's passages at once (their scores
        averaged; see core/suggest_claim.py); its passages and rejections are left out."""
        passages = [(p.article_id, p.start, p.end) for p in self.project.state.passages_of_claim(claim_id)]
        return suggest_claim(self.index, passages, targets=targets, k=k, exclude=self.rejections(claim_id))

    def for_claim(self, claim_id: str) -> list[ArticleFinding]:
        """The best candidate for the claim in every article (claim mode), the articles that
        already hold a passage of the claim first, then the most likely: the one list both the
        window and `crosscheck suggest --claim` show."""
        state = self.project.state
        linked = {p.article_id for p in state.passages_of_claim(claim_id)}
        best = {
            s.article_id: s
            for s in self.for_claim_passages(claim_id, targets=[a for a in state.articles if a not in linked])
        }
        findings = [ArticleFinding(aid, best.get(aid), aid in linked) for aid in state.articles]
        findings.sort(key=lambda f: (not f.already_linked, -f.probability, -(f.best.score if f.best else -1.0)))
        return findings
