"""schema.org ClaimReview JSON-LD: what fact-checkers publish (FORMATS.md).

One ClaimReview per claim that has a verdict. `itemReviewed` is a `Claim` whose `appearance`
lists exactly the articles in scope that carry it, whose `firstAppearance` is the source that is
truly first (core.first_appearance: never one of a tie), and whose `author` and `datePublished`
are the claimant and the claim's date where known. The publisher (name, URL), the fact-check
page URL and the language the fact-check is published in are project settings; a `{id}` in the
page URL is replaced by the claim's id. The verdict names (`alternateName`) are in that language,
whatever language the window speaks: they are what the published fact-check calls its ratings.

Google reads one ClaimReview per fact-check page, so the output is ready to paste:
- `claimreview`: a JSON-LD file: one ClaimReview for one claim, a `@graph` for several (a feed);
- `claimreview-html`: per claim the `<script type="application/ld+json">` element to paste into
  its fact-check article, each after a comment naming the claim and its page.
Both are escaped for embedding (`<`, `>`, `&` as `\\u003c`...), so a statement containing
`</script>` cannot end the element early; the JSON is unchanged for any JSON parser.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from desktop.core.dates import is_iso_date
from desktop.core.export_scope import Selection
from desktop.core.first_appearance import FirstAppearance, first_appearance, first_appearances
from desktop.core.model import BEST_RATING, WORST_RATING, Article, Claim, Verdict
from desktop.formats.errors import format_texts
from desktop.formats.json_types import JsonObject

Progress = Callable[[int, int], None]
CONTEXT = "https://schema.org"
MAX_CLAIM_REVIEWED = 75  # Google's advice: longer statements wrap on small screens

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
                    "ClaimReview needs the URL of the fact-check article that will carry it: fill in the "
                    "export's Review URL (--review-url on the command line, or the project setting {setting})",
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

    def page_url(self, claim: Claim) -> str:
        return self.review_url.strip().replace("{id}", claim.id)


def creative_work(article: Article) -> JsonObject:
    node: JsonObject = {"@type": "CreativeWork", "name": article.title}
    if article.url.startswith(("http://", "https://")):
        node["url"] = article.url
    if article.outlet:
        node["publisher"] = {"@type": "Organization", "name": article.outlet}
    if is_iso_date(article.published):
        node["datePublished"] = article.published
    if article.language:
        node["inLanguage"] = article.language
    if article.author:
        node["author"] = {"@type": "Person", "name": article.author}
    node["identifier"] = f"urn:sha256:{article.sha256}"
    return node


def rating(verdict: Verdict, language: str = DEFAULT_REVIEW_LANGUAGE) -> JsonObject:
    node: JsonObject = {"@type": "Rating", "alternateName": VERDICT_NAMES[language][verdict]}
    if verdict.rating_value is not None:
        node.update(ratingValue=verdict.rating_value, bestRating=BEST_RATING, worstRating=WORST_RATING)
    return node


def claim_review(
    claim: Claim, sources: list[Article], publisher: Publisher, first: FirstAppearance | None = None
) -> JsonObject:
    """One ClaimReview; `first` is the claim's first appearance when the caller computed it
    for many claims at once."""
    item: JsonObject = {"@type": "Claim"}
    if claim.claimant:
        # schema.org's author is a Person or an Organization; the claimant is kept as a name only.
        item["author"] = {"@type": "Person", "name": claim.claimant}
    if is_iso_date(claim.claim_date):
        item["datePublished"] = claim.claim_date
    if sources:
        item["appearance"] = [creative_work(a) for a in sources]
        outcome = first if first is not None else first_appearance(sources)
        if outcome.first is not None:  # a tie names nobody: no export calls the one imported first "first"
            item["firstAppearance"] = creative_work(outcome.first)
    review: JsonObject = {
        "@type": "ClaimReview",
        "url": publisher.page_url(claim),
        "claimReviewed": claim.statement,
        "reviewRating": rating(Verdict(claim.verdict), publisher.language),
        "inLanguage": publisher.language,
        "itemReviewed": item,
        "datePublished": claim.modified[:10],
        "identifier": f"urn:uuid:{claim.id}",
    }
    if publisher.name:
        author: JsonObject = {"@type": "Organization", "name": publisher.name}
        if publisher.url:
            author["url"] = publisher.url.strip()
        review["author"] = author
    return review


def rated_claims(selection: Selection) -> list[Claim]:
    return [c for c in selection.claims if c.verdict != Verdict.NOT_RATED]


def _firsts(selection: Selection, claims: list[Claim]) -> list[FirstAppearance]:
    return first_appearances(selection.articles, [selection.sources_of_claim(c.id) for c in claims])


def reviews(
    selection: Selection, publisher: Publisher, progress: Progress | None = None
) -> list[tuple[Claim, JsonObject]]:
    publisher.check()
    rated = rated_claims(selection)
    firsts = _firsts(selection, rated)
    out = []
    for n, (claim, first) in enumerate(zip(rated, firsts, strict=True), 1):
        out.append((claim, claim_review(claim, selection.sources_of_claim(claim.id), publisher, first)))
        if progress and n % 1000 == 0:
            progress(n, len(rated))
    return out


def build_graph(selection: Selection, publisher: Publisher, progress: Progress | None = None) -> JsonObject:
    """One ClaimReview (with its @context) for one claim; a @graph for several."""
    nodes = [node for _, node in reviews(selection, publisher, progress)]
    if len(nodes) == 1:
        return {"@context": CONTEXT, **nodes[0]}
    return {"@context": CONTEXT, "@graph": nodes}


def warnings(selection: Selection, publisher: Publisher) -> list[str]:
    """What a publisher should fix before pasting the markup; the export still goes ahead."""
    out = []
    rated = rated_claims(selection)
    if not rated:
        out.append(format_texts.tr("no claim in the export has a verdict, so there is no ClaimReview to write"))
    if not publisher.name.strip():
        out.append(
            format_texts.tr(
                "no publisher: the ClaimReviews have no author; give --publisher-name or set the project setting {setting}",
                setting=SETTING_PUBLISHER_NAME,
            )
        )
    for claim, outcome in zip(rated, _firsts(selection, rated), strict=True):
        if len(claim.statement) > MAX_CLAIM_REVIEWED:
            out.append(
                format_texts.tr(
                    "claim {id}: claimReviewed has {length} characters; Google advises at most {limit} (“{start}…”)",
                    id=claim.id[:8],
                    length=len(claim.statement),
                    limit=MAX_CLAIM_REVIEWED,
                    start=claim.statement[:40],
                )
            )
        if outcome.is_tie:
            out.append(
                format_texts.tr(
                    "claim {id}: %n sources tie for the first appearance; firstAppearance is left out",
                    None,
                    len(outcome.tied),
                    id=claim.id[:8],
                )
            )
    return out


_SCRIPT_UNSAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def dumps_for_script(doc: object, indent: int | None = 1) -> str:
    """JSON that can sit inside `<script type="application/ld+json">` as is: the characters HTML
    would read (`<`, `>`, `&`) only occur escaped, which every JSON parser reads back the same."""
    return json.dumps(doc, ensure_ascii=False, indent=indent).translate(_SCRIPT_UNSAFE)


def write_claimreview(
    selection: Selection, handle: BinaryIO, publisher: Publisher, progress: Progress | None = None
) -> int:
    doc = build_graph(selection, publisher, progress)
    handle.write(dumps_for_script(doc).encode("utf-8"))
    handle.write(b"\n")
    return len(doc["@graph"]) if "@graph" in doc else 1


def _comment(text: str) -> str:
    """Text that cannot end or break an HTML comment."""
    text = re.sub("-{2,}", lambda run: "‐" * len(run.group()), text.replace("<", "‹").replace(">", "›"))
    return " ".join(text.split())


def snippet(claim: Claim, node: JsonObject, publisher: Publisher) -> str:
    """The element to paste into the claim's fact-check article."""
    doc = {"@context": CONTEXT, **node}
    return (
        f"<!-- ClaimReview for “{_comment(claim.statement[:100])}” — paste into {_comment(publisher.page_url(claim))} -->\n"
        f'<script type="application/ld+json">\n{dumps_for_script(doc)}\n</script>\n'
    )


def write_claimreview_html(
    selection: Selection, handle: BinaryIO, publisher: Publisher, progress: Progress | None = None
) -> int:
    items = reviews(selection, publisher, progress)
    handle.write("\n".join(snippet(claim, node, publisher) for claim, node in items).encode("utf-8"))
    return len(items)
