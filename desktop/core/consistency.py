"""Content checks on a loaded project: the problems a damaged or hand-edited file can hold that
SQLite's own checks do not see (offsets past the text, quotes that no longer match, references
to entities that are not there, article texts that do not match their hash, dates that are not
valid ISO 8601 dates)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .anchoring import anchor_quote
from .dates import date_problem
from .model import Article, Passage
from .state import ProjectState
from .text import text_sha256


@dataclass(frozen=True, slots=True)
class Finding:
    code: str  # stable, for scripts: "offsets", "quote", "dangling", "duplicate-id", "hash", ...
    message: str  # one sentence for the user
    entity_id: str = ""

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


def _offsets_finding(passage: Passage, article: Article) -> Finding | None:
    length = len(article.text)
    if 0 <= passage.start < passage.end <= length:
        return None
    return Finding(
        "offsets",
        f"passage {passage.id}: offsets {passage.start}-{passage.end} run outside the "
        f"text of “{article.title}” (0-{length})",
        passage.id,
    )


def offset_findings(state: ProjectState) -> list[Finding]:
    """Passages whose span is not inside their article's text (or whose article is missing):
    the cheap check every load makes before a view indexes a text with them (issue 19)."""
    out: list[Finding] = []
    articles = state.articles
    for passage in state.passages.values():
        article = articles.get(passage.article_id)
        if article is None:
            out.append(
                Finding(
                    "dangling", f"passage {passage.id} refers to a missing article {passage.article_id}", passage.id
                )
            )
        elif not 0 <= passage.start < passage.end <= len(article.text):
            found = _offsets_finding(passage, article)
            if found is not None:
                out.append(found)
    return out


def check_state(state: ProjectState) -> list[Finding]:
    out: list[Finding] = []
    article: Article | None
    for article in state.articles.values():
        if text_sha256(article.text) != article.sha256:
            out.append(
                Finding(
                    "hash",
                    f"article {article.id} (“{article.title}”): its text does not match its sha256; "
                    "it was changed outside Crosscheck",
                    article.id,
                )
            )
        problem = date_problem(article.published, "published")
        if problem:
            out.append(Finding("date", f"article {article.id} (“{article.title}”): {problem}", article.id))
    for claim in state.claims.values():
        problem = date_problem(claim.claim_date, "claim date")
        if problem:
            out.append(Finding("date", f"claim {claim.id}: {problem}", claim.id))
    for passage in state.passages.values():
        article = state.articles.get(passage.article_id)
        if passage.claim_id is not None and passage.claim_id not in state.claims:
            out.append(
                Finding("dangling", f"passage {passage.id} refers to a missing claim {passage.claim_id}", passage.id)
            )
        if article is None:
            out.append(
                Finding(
                    "dangling", f"passage {passage.id} refers to a missing article {passage.article_id}", passage.id
                )
            )
            continue
        offsets = _offsets_finding(passage, article)
        if offsets is not None:
            out.append(offsets)
        if article.text[max(0, passage.start) : max(0, passage.end)] != passage.quote:
            # Only an exact place is reported, so no approximate search (six altered 8,000-character
            # quotes made `check` take 82 s; issue 19).
            anchor = anchor_quote(
                article.text, passage.quote, passage.prefix, passage.suffix, max(0, passage.start), fuzzy=False
            )
            where = f"; the quote is found at {anchor.start}-{anchor.end}" if anchor and anchor.exact else ""
            out.append(
                Finding(
                    "quote",
                    f"passage {passage.id}: its quote does not match the text of “{article.title}” "
                    f"at {passage.start}-{passage.end}{where}",
                    passage.id,
                )
            )
    return out
