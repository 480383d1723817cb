"""schema.org ClaimReview JSON-LD: what fact-checkers publish (FORMATS.md).

One ClaimReview per claim that has a verdict, in one `@graph`. `itemReviewed` is a `Claim` whose
`appearance` lists exactly the articles in scope that carry it and whose `firstAppearance` is the
earliest-dated of them. The publisher (name, URL) and the fact-check page URL are project
settings; a `{id}` in the page URL is replaced by the claim's id.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from desktop.core.export_scope import Selection
from desktop.core.model import BEST_RATING, WORST_RATING, Article, Claim, Verdict

Progress = Callable[[int, int], None]
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?")

# Settings keys in the project file (ProjectFile.setting / set_setting).
SETTING_PUBLISHER_NAME = "claimreview.publisher_name"
SETTING_PUBLISHER_URL = "claimreview.publisher_url"
SETTING_REVIEW_URL = "claimreview.review_url"


class ClaimReviewError(ValueError):
    """Required information is missing; the message says which and where to set it."""


@dataclass(frozen=True)
class Publisher:
    name: str = ""
    url: str = ""
    review_url: str = ""  # the fact-check article's URL; may contain {id}

    def check(self) -> None:
        if not self.review_url.strip():
            raise ClaimReviewError(
                "ClaimReview needs the URL of the fact-check article: give --review-url "
                f"or set the project setting {SETTING_REVIEW_URL}"
            )
        if not re.match(r"https?://\S+$", self.review_url.strip()):
            raise ClaimReviewError(f"the review URL must start with http:// or https://: {self.review_url!r}")
        if self.url and not re.match(r"https?://\S+$", self.url.strip()):
            raise ClaimReviewError(f"the publisher URL must start with http:// or https://: {self.url!r}")


def _date(value: str) -> str:
    """A schema.org Date/DateTime, or "" when the stored value is not one."""
    value = value.strip()
    return value if value and _DATE.fullmatch(value) else ""


def creative_work(article: Article) -> dict:
    node: dict = {"@type": "CreativeWork", "name": article.title}
    if article.url.startswith(("http://", "https://")):
        node["url"] = article.url
    if article.outlet:
        node["publisher"] = {"@type": "Organization", "name": article.outlet}
    if _date(article.published):
        node["datePublished"] = _date(article.published)
    if article.language:
        node["inLanguage"] = article.language
    if article.author:
        node["author"] = {"@type": "Person", "name": article.author}
    node["identifier"] = f"urn:sha256:{article.sha256}"
    return node


def first_appearance(articles: list[Article]) -> Article | None:
    """The earliest-dated article; undated ones do not count; ties go to project order."""
    dated = [(_date(a.published)[:10], n, a) for n, a in enumerate(articles) if _date(a.published)]
    return min(dated, key=lambda item: (item[0], item[1]))[2] if dated else None


def rating(verdict: Verdict) -> dict:
    node: dict = {"@type": "Rating", "alternateName": verdict.value}
    if verdict.rating_value is not None:
        node.update(ratingValue=verdict.rating_value, bestRating=BEST_RATING, worstRating=WORST_RATING)
    return node


def claim_review(claim: Claim, sources: list[Article], publisher: Publisher) -> dict:
    item: dict = {"@type": "Claim"}
    if sources:
        item["appearance"] = [creative_work(a) for a in sources]
        first = first_appearance(sources)
        if first is not None:
            item["firstAppearance"] = creative_work(first)
    review: dict = {
        "@type": "ClaimReview",
        "url": publisher.review_url.strip().replace("{id}", claim.id),
        "claimReviewed": claim.statement,
        "reviewRating": rating(Verdict(claim.verdict)),
        "itemReviewed": item,
        "datePublished": claim.modified[:10],
        "identifier": f"urn:uuid:{claim.id}",
    }
    if publisher.name:
        author: dict = {"@type": "Organization", "name": publisher.name}
        if publisher.url:
            author["url"] = publisher.url.strip()
        review["author"] = author
    return review


def build_graph(selection: Selection, publisher: Publisher, progress: Progress | None = None) -> dict:
    publisher.check()
    rated = [c for c in selection.claims if c.verdict != Verdict.NOT_RATED]
    graph = []
    for n, claim in enumerate(rated, 1):
        graph.append(claim_review(claim, selection.sources_of_claim(claim.id), publisher))
        if progress and n % 1000 == 0:
            progress(n, len(rated))
    return {"@context": "https://schema.org", "@graph": graph}


def write_claimreview(
    selection: Selection, handle: BinaryIO, publisher: Publisher, progress: Progress | None = None
) -> int:
    doc = build_graph(selection, publisher, progress)
    handle.write(json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
    handle.write(b"\n")
    return len(doc["@graph"])
