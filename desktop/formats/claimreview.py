"""schema.org ClaimReview JSON-LD: what fact-checkers publish (FORMATS.md).

One ClaimReview per claim that has a verdict, in one `@graph`. `itemReviewed` is a `Claim` whose
`appearance` lists exactly the articles in scope that carry it and whose `firstAppearance` is the
earliest-dated of them. The publisher (name, URL), the fact-check page URL and the language the
fact-check is published in are project settings; a `{id}` in the page URL is replaced by the
claim's id. The verdict names (`alternateName`) are in that language, whatever language the
window speaks: they are what the published fact-check calls its ratings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from desktop.core.export_scope import Selection
from desktop.core.model import BEST_RATING, WORST_RATING, Article, Claim, Verdict
from desktop.formats.errors import format_texts

Progress = Callable[[int, int], None]
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?")

# Settings keys in the project file (ProjectFile.setting / set_setting).
SETTING_PUBLISHER_NAME = "claimreview.publisher_name"
SETTING_PUBLISHER_URL = "claimreview.publisher_url"
SETTING_REVIEW_URL = "claimreview.review_url"
SETTING_REVIEW_LANGUAGE = "claimreview.language"

# The rating names of a published fact-check, by the language it is published in. The Italian ones
# are the window's own (resources/translations/crosscheck_it.ts; a test keeps the two equal).
VERDICT_NAMES: dict[str, dict[Verdict, str]] = {
    "en": {verdict: verdict.value for verdict in Verdict},
    "it": {
        Verdict.TRUE: "Vero",
        Verdict.MOSTLY_TRUE: "Per lo più vero",
        Verdict.MIXED: "Vero a metà",
        Verdict.MOSTLY_FALSE: "Per lo più falso",
        Verdict.FALSE: "Falso",
        Verdict.UNVERIFIABLE: "Non verificabile",
        Verdict.NOT_RATED: "Non valutato",
    },
}
DEFAULT_REVIEW_LANGUAGE = "en"


class ClaimReviewError(ValueError):
    """Required information is missing; the message says which and where to set it."""


@dataclass(frozen=True)
class Publisher:
    name: str = ""
    url: str = ""
    review_url: str = ""  # the fact-check article's URL; may contain {id}
    language: str = DEFAULT_REVIEW_LANGUAGE  # the fact-check's language: the verdict names follow it

    def check(self) -> None:
        if not self.review_url.strip():
            raise ClaimReviewError(
                format_texts.tr(
                    "ClaimReview needs the URL of the fact-check article: give --review-url "
                    "or set the project setting {setting}",
                    setting=SETTING_REVIEW_URL,
                )
            )
        if not re.match(r"https?://\S+$", self.review_url.strip()):
            raise ClaimReviewError(
                format_texts.tr("the review URL must start with http:// or https://: {url}", url=repr(self.review_url))
            )
        if self.url and not re.match(r"https?://\S+$", self.url.strip()):
            raise ClaimReviewError(
                format_texts.tr("the publisher URL must start with http:// or https://: {url}", url=repr(self.url))
            )
        if self.language not in VERDICT_NAMES:
            raise ClaimReviewError(
                format_texts.tr(
                    "no verdict names for the review language {language}; use one of: {languages}",
                    language=repr(self.language),
                    languages=", ".join(VERDICT_NAMES),
                )
            )


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


def rating(verdict: Verdict, language: str = DEFAULT_REVIEW_LANGUAGE) -> dict:
    node: dict = {"@type": "Rating", "alternateName": VERDICT_NAMES[language][verdict]}
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
        "reviewRating": rating(Verdict(claim.verdict), publisher.language),
        "inLanguage": publisher.language,
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
