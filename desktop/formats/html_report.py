"""A self-contained HTML report for an editor, built with lxml (FORMATS.md).

Inline CSS only: no scripts, no external resources (article URLs are shown as text, not links).
The claims come first, each with its verdict, sources and a link to every passage; then each
article's text with its passages highlighted. Every passage has an anchor (`#p-<id>`, a small
numbered marker at its start) that links back to its claim, so a reader can go both ways.
Overlapping passages are cut into disjoint segments (a sweep over start/end points), as in the
window; a segment covered by several passages is marked as an overlap, not by colour alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import BinaryIO

from lxml import etree, html

from desktop import __version__
from desktop.core.export_scope import Selection
from desktop.core.first_appearance import first_appearances
from desktop.core.model import Article, Claim, Passage, Verdict, now_iso, palette_colour

Progress = Callable[[int, int], None]
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_HEX = re.compile(r"#[0-9a-fA-F]{6}")

CSS = """
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:52em;padding:1em 1.5em;color:#1b1b1b;background:#fff}
h1{font-size:1.6em}h2{border-bottom:2px solid #ccc;margin-top:2em}h3{margin-bottom:.3em}
.meta,.scope,.sources,.tags{color:#555;font-size:.9em}
.claim{border-left:4px solid var(--c,#888);padding:.2em 0 .2em .8em;margin:1.2em 0}
.verdict{display:inline-block;font-weight:600;border:1px solid #999;border-radius:3px;padding:0 .4em}
.v-true,.v-mostly-true{background:#e3f4e6}.v-false,.v-mostly-false{background:#fbe3e1}
.v-mixed{background:#fdf3d7}.v-unverifiable,.v-not-rated{background:#eee}
.note{white-space:pre-wrap}
.passages li{margin:.3em 0}.stance{font-size:.8em;text-transform:uppercase;color:#444;border:1px solid #bbb;border-radius:3px;padding:0 .3em}
.text p{margin:.6em 0}
mark{color:inherit;padding:0 1px;border-radius:2px}
mark.overlap{box-shadow:inset 0 -3px 0 #333}
mark.unlinked{background:#e6e6e6;outline:1px dashed #888}
a.pin{font-size:.7em;vertical-align:super;text-decoration:none;border:1px solid #666;border-radius:3px;padding:0 2px;margin-right:1px;background:#fff;color:#000}
a.pin:target,li:target{outline:3px solid #d55e00}
code{font-size:.85em;word-break:break-all}
@media (prefers-color-scheme:dark){body{background:#161616;color:#e8e8e8}.meta,.scope,.sources,.tags{color:#aaa}
a{color:#8cc4ff}a.pin{background:#222;color:#fff}mark{color:#111}}
"""


def clean(value: str) -> str:
    """Text lxml accepts (XML 1.0 characters); anything else becomes U+FFFD, one for one, so
    offsets into the article text stay valid."""
    return _NOT_XML.sub("\ufffd", value)


def tint(colour: str, amount: float = 0.35) -> str:
    """The claim colour mixed with white: readable behind black text."""
    if not _HEX.fullmatch(colour or ""):
        colour = "#888888"
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    mix = [round(255 - (255 - c) * amount) for c in (r, g, b)]
    return "#{:02x}{:02x}{:02x}".format(*mix)


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, tag, {k.rstrip("_").replace("_", "-"): v for k, v in attrs.items()})
    if text:
        element.text = clean(text)
    return element


_SubElement = etree.SubElement


def _el(parent: etree._Element, tag: str, attrib: dict[str, str], text: str | None = None) -> etree._Element:
    """The hot-path twin of _sub: attribute names as written, text already clean."""
    element = _SubElement(parent, tag, attrib)
    if text:
        element.text = text
    return element


def _append_text(parent: etree._Element, value: str) -> None:
    if not value:
        return
    value = clean(value)
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + value
    else:
        parent.text = (parent.text or "") + value


def _verdict_class(verdict: Verdict) -> str:
    return "verdict v-" + verdict.value.lower().replace(" ", "-")


def _article_line(article: Article) -> str:
    return " · ".join(x for x in (article.outlet, article.language, article.published) if x)


class _Numbers:
    def __init__(self, selection: Selection) -> None:
        self.claim = {c.id: n for n, c in enumerate(selection.claims, 1)}
        self.colour = {
            c.id: c.colour if _HEX.fullmatch(c.colour or "") else palette_colour(n - 1)
            for c, n in ((c, self.claim[c.id]) for c in selection.claims)
        }
        self.background = {claim_id: f"background:{tint(colour)}" for claim_id, colour in self.colour.items()}
        groups = [selection.sources_of_claim(c.id) for c in selection.claims]  # the rule once for all claims
        self.first = dict(zip(self.claim, first_appearances(selection.articles, groups), strict=True))


def _claims_section(body: etree._Element, selection: Selection, numbers: _Numbers) -> None:
    section = _sub(body, "section", id="claims")
    _sub(section, "h2", f"Claims ({len(selection.claims)})")
    if not selection.claims:
        _sub(section, "p", "No claims in this export.")
    for claim in selection.claims:
        _claim_block(section, claim, selection, numbers)
    unlinked = selection.unlinked_passages
    if unlinked:
        block = _sub(body, "section", id="unlinked")
        _sub(block, "h2", f"Passages not linked to a claim ({len(unlinked)})")
        _passage_list(block, unlinked, selection)


def _claim_block(section: etree._Element, claim: Claim, selection: Selection, numbers: _Numbers) -> None:
    number = numbers.claim[claim.id]
    block = _sub(section, "article", class_="claim", id=f"claim-{claim.id}", style=f"--c:{numbers.colour[claim.id]}")
    heading = _sub(block, "h3")
    heading.text = f"C{number}. "
    _sub(heading, "span", claim.statement, class_="statement")
    _sub(block, "span", claim.verdict.value, class_=_verdict_class(claim.verdict))
    said = " ".join(
        part
        for part in (
            f"by {claim.claimant}" if claim.claimant else "",
            f"on {claim.claim_date}" if claim.claim_date else "",
        )
        if part
    )
    if said:
        _sub(block, "p", f"Claimed {said}", class_="claimant")
    if claim.note.strip():
        _sub(block, "p", claim.note, class_="note")
    if claim.tags:
        _sub(block, "p", "Tags: " + ", ".join(claim.tags), class_="tags")
    sources = selection.sources_of_claim(claim.id)
    line = _sub(
        block, "p", f"Sources ({len(sources)}): " if sources else "No passage carries this claim yet.", class_="sources"
    )
    for i, article in enumerate(sources):
        if i:
            _append_text(line, "; ")
        _sub(line, "a", article.outlet or article.title, href=f"#article-{article.id}")
    first = numbers.first[claim.id]
    if first.first is not None:
        line = _sub(block, "p", "First appearance: ", class_="first")
        _sub(line, "a", first.first.outlet or first.first.title, href=f"#article-{first.first.id}")
    elif first.is_tie:  # never the one imported first: say it is a tie
        _sub(block, "p", f"First appearance: a tie between {len(first.tied)} sources", class_="first")
    _passage_list(block, selection.passages_of_claim[claim.id], selection)


def _passage_list(parent: etree._Element, passages: list[Passage], selection: Selection) -> None:
    if not passages:
        return
    listing = _el(parent, "ol", {"class": "passages"})
    details: dict[str, str | None] = {}
    for passage in passages:
        article = selection.article_by_id[passage.article_id]
        item = _el(listing, "li", {"id": f"ref-{passage.id}"})
        _el(item, "span", {"class": "stance"}, passage.stance.value).tail = " "
        _el(item, "a", {"href": f"#p-{passage.id}"}, clean(f"“{passage.quote}”")).tail = " — "
        link = _el(item, "a", {"href": f"#article-{article.id}"}, clean(article.title))
        if article.id not in details:
            line = _article_line(article)
            details[article.id] = clean(f" ({line})") if line else None
        link.tail = details[article.id]
        if passage.note.strip():
            _el(item, "div", {"class": "note"}, clean(passage.note))


def _article_block(section: etree._Element, article: Article, passages: list[Passage], numbers: _Numbers) -> None:
    attrs = {"class_": "source", "id": f"article-{article.id}"}
    if re.fullmatch(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*", article.language or ""):
        attrs["lang"] = article.language
    block = _sub(section, "article", **attrs)
    _sub(block, "h3", article.title)
    meta = _sub(block, "p", _article_line(article), class_="meta")
    if article.author:
        _append_text(meta, f" · by {article.author}")
    if article.url:
        _append_text(meta, " · ")
        _sub(meta, "code", article.url, class_="url")  # shown, never fetched or linked
    _append_text(meta, f" · {len(passages)} passage(s) · ")
    _sub(meta, "a", "back to the claims", href="#claims")
    _article_text(_sub(block, "div", class_="text"), clean(article.text), passages, numbers)


def _article_text(container: etree._Element, text: str, passages: list[Passage], numbers: _Numbers) -> None:
    """Paragraphs of the text, with each disjoint segment under the same set of passages in one
    <mark>, and a numbered anchor at the start of every passage."""
    starts: dict[int, list[Passage]] = {}
    ends: dict[int, list[Passage]] = {}
    for passage in passages:
        starts.setdefault(passage.start, []).append(passage)
        ends.setdefault(passage.end, []).append(passage)
    cuts = {0, len(text), *starts, *ends}
    newline = text.find("\n")
    while newline >= 0:
        cuts.update((newline, newline + 1))
        newline = text.find("\n", newline + 1)
    points = sorted(cuts)
    active: dict[str, Passage] = {}
    paragraph = _el(container, "p", {})
    for i, pos in enumerate(points[:-1]):
        for passage in ends.get(pos, ()):
            active.pop(passage.id, None)
        for passage in starts.get(pos, ()):
            active[passage.id] = passage
            _pin(paragraph, passage, numbers)
        chunk = text[pos : points[i + 1]]
        if chunk == "\n":
            paragraph = _el(container, "p", {})
        elif active:
            _mark(paragraph, chunk, list(active.values()), numbers)
        elif len(paragraph):
            last = paragraph[-1]
            last.tail = (last.tail or "") + chunk
        else:
            paragraph.text = (paragraph.text or "") + chunk
    for p in list(container):
        if not len(p) and not (p.text or "").strip():
            container.remove(p)


def _pin(paragraph: etree._Element, passage: Passage, numbers: _Numbers) -> None:
    if passage.claim_id:
        label = f"C{numbers.claim[passage.claim_id]}"
        title = f"{passage.stance.value}: back to the claim"
    else:
        label, title = "•", "unlinked passage"
    _el(
        paragraph,
        "a",
        {
            "class": "pin",
            "id": f"p-{passage.id}",
            "href": f"#ref-{passage.id}",
            "title": title,
            "aria-label": f"passage {label}",
        },
        label,
    )


def _mark(paragraph: etree._Element, chunk: str, covering: list[Passage], numbers: _Numbers) -> None:
    """`chunk` is already clean (the article text was cleaned once)."""
    linked = [p.claim_id for p in covering if p.claim_id]
    classes = "hl overlap" if len(covering) > 1 else "hl"
    if linked:
        labels = sorted({numbers.claim[c] for c in linked})
        attrib = {"class": classes, "style": numbers.background[linked[0]], "title": ", ".join(f"C{n}" for n in labels)}
    else:
        attrib = {"class": classes + " unlinked", "title": "unlinked passage"}
    _el(paragraph, "mark", attrib, chunk)


def build_report(
    selection: Selection, title: str = "Crosscheck report", progress: Progress | None = None
) -> etree._Element:
    root = etree.Element("html", lang="en")
    head = _sub(root, "head")
    _sub(head, "meta", charset="utf-8")
    _sub(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    _sub(head, "meta", name="generator", content=f"Crosscheck {__version__}")
    _sub(head, "title", title)
    _sub(head, "style", CSS)
    body = _sub(root, "body")
    header = _sub(body, "header")
    _sub(header, "h1", title)
    _sub(
        header,
        "p",
        (
            f"Scope: {selection.scope.describe()}. {len(selection.claims)} claim(s), {len(selection.passages)} passage(s) "
            f"in {len(selection.articles)} article(s). Generated {now_iso()[:16].replace('T', ' ')} UTC."
        ),
        class_="scope",
    )
    numbers = _Numbers(selection)
    nav = _sub(header, "nav")
    _sub(nav, "a", "Claims", href="#claims")
    _append_text(nav, " · ")
    _sub(nav, "a", "Articles", href="#articles")
    _claims_section(body, selection, numbers)
    section = _sub(body, "section", id="articles")
    _sub(section, "h2", f"Articles ({len(selection.articles)})")
    total = len(selection.articles)
    for done, article in enumerate(selection.articles, 1):
        _article_block(section, article, selection.passages_of_article[article.id], numbers)
        if progress and (done % 20 == 0 or done == total):
            progress(done, total)
    return root


def write_html(
    selection: Selection, handle: BinaryIO, title: str = "Crosscheck report", progress: Progress | None = None
) -> int:
    root = build_report(selection, title, progress)
    page = html.tostring(root, doctype="<!DOCTYPE html>", encoding="utf-8", method="html")  # type: ignore[call-overload]  # types-lxml: typed for HtmlElement only; it takes any element
    handle.write(page)
    return len(selection.passages)
