"""Markdown articles (.md): keep the text, drop the markup.

markdown-it-py (CommonMark, maintained by the Executable Books project) parses; we render its
tokens to plain text: one line per paragraph, heading, list item or table row; soft line breaks
become spaces (they are only wrapping); images keep their alt text, links their words. YAML-style
front matter gives the metadata. A rendering that lost letters compared with the source (a nesting
limit, say) is refused, never stored shortened.
"""

from __future__ import annotations

import html
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.i18n import number
from desktop.core.text import first_line_title, normalise_text
from desktop.formats.candidate import ImportCandidate, extracted_date, read_bytes_limited, web_url
from desktop.formats.errors import ImportRefused, format_texts
from desktop.formats.html_safety import replace_spans, strip_tags
from desktop.formats.language import language_tag
from desktop.formats.plain_text import ReadOptions, text_candidate

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

EXTRACTOR = "crosscheck-markdown"
_FRONT_KEYS = {
    "title": "title",
    "author": "author",
    "authors": "author",
    "date": "published",
    "published": "published",
    "outlet": "outlet",
    "site": "outlet",
    "publisher": "outlet",
    "source": "outlet",
    "url": "url",
    "canonical": "url",
    "canonical_url": "url",
    "lang": "language",
    "language": "language",
    "description": "description",
    "summary": "description",
}
# A reference definition ("[id]: https://..."), one line at most: linear, as each line is tried
# once from its start (the old pattern let [^\]]+ run across lines: quadratic; issue 19).
_REFERENCE_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.MULTILINE)
KEEP_RATIO = 0.9  # of the source's letters and digits (markup is not alphanumeric)


# markdown-it-py is pure Python: at the 2M-character limit, prose converts in 0.3 s but a page of
# brackets or links takes 10-80 s (measured, docs/reliability.md). So conversion has a CPU budget.
CPU_BUDGET_S = 20.0


class _OverBudget(Exception):
    pass


def _parser() -> MarkdownIt:
    """A CommonMark parser whose block and inline loops stop once this thread has spent
    CPU_BUDGET_S of CPU time on it (each loop step calls the first rule, which only checks)."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True, "maxNesting": 40}).enable(["table", "strikethrough"])
    deadline = time.thread_time() + CPU_BUDGET_S

    def check(*_args: object) -> bool:
        if time.thread_time() > deadline:
            raise _OverBudget
        return False  # never consumes anything: the real rules run next

    md.block.ruler.before(md.block.ruler.get_all_rules()[0], "crosscheck_budget", check)
    md.inline.ruler.before(md.inline.ruler.get_all_rules()[0], "crosscheck_budget", check)
    return md


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Simple `key: value` front matter between `---` lines; values only, no YAML evaluation."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 4, 65536)
    end_dots = text.find("\n...\n", 4, 65536)
    if end < 0 or 0 <= end_dots < end:
        end = end_dots
    if end < 0:
        return {}, text
    meta: dict[str, str] = {}
    for line in text[4:end].split("\n"):
        key, sep, value = line.partition(":")
        field = _FRONT_KEYS.get(key.strip().lower())
        value = value.strip().strip("'\"").strip()
        if sep and field and value and field not in meta:
            meta[field] = " ".join(value.split())[:2000]
    return meta, text[end + 5 :]


def _inline_text(token: Token) -> str:
    out: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type == "softbreak":
            out.append(" ")
        elif child.type == "hardbreak":
            out.append("\n")
        elif child.type == "image":
            out.append(child.content)  # the alt text
        elif child.type == "html_inline" and child.content.lower().startswith("<br"):
            out.append("\n")
    return "".join(out).strip()


def markdown_to_text(source: str) -> tuple[str, str]:
    """(plain text, first heading) of a Markdown document."""
    try:
        tokens = _parser().parse(source)
    except RecursionError:
        raise ImportRefused(format_texts.tr("the Markdown is nested too deeply to convert")) from None
    except _OverBudget:
        raise ImportRefused(
            f"the Markdown is too intricate to convert within {CPU_BUDGET_S:.0f} s; save it as plain text (.txt)"
        ) from None
    lines: list[str] = []
    heading = ""
    row: list[str] | None = None
    in_heading = False
    for token in tokens:
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            lines.append("\t".join(row))
            row = None
        elif token.type == "heading_open":
            in_heading = True
        elif token.type == "heading_close":
            in_heading = False
        elif token.type == "inline":
            text = _inline_text(token)
            if row is not None:
                row.append(text)
            elif text:
                lines.extend(text.split("\n"))
                if in_heading and not heading:
                    heading = text
        elif token.type in ("fence", "code_block"):
            lines.extend(token.content.rstrip("\n").split("\n"))
        elif token.type == "html_block":
            text = " ".join(html.unescape(strip_tags(token.content)).split())
            if text:
                lines.append(text)
    return "\n".join(line.rstrip() for line in lines) + "\n", heading


def _alnum(text: str) -> int:
    return sum(1 for ch in text if ch.isalnum())


def read_markdown_bytes(data: bytes, name: str, options: ReadOptions | None = None) -> ImportCandidate:
    plain = text_candidate(data, name, options, media_type="text/markdown")  # the .txt decoding rules
    meta, body = split_front_matter(plain.text)
    text, heading = markdown_to_text(body)
    text = normalise_text(text)
    # Link targets and tags (autolinks among them) hold no letters of the text.
    expected = _alnum(strip_tags(replace_spans(_REFERENCE_DEFINITION.sub("", body), "](", ")", "]")))
    if not text.strip() and not expected:
        raise ImportRefused(format_texts.tr("the Markdown holds no text"))
    if (expected > 200 or not text.strip()) and _alnum(text) < expected * KEEP_RATIO:
        raise ImportRefused(
            format_texts.tr(
                "the Markdown could not be converted completely ({kept} of {expected} letters kept); "
                "refused rather than imported shortened",
                kept=number(_alnum(text)),
                expected=number(expected),
            )
        )
    plain.text = text
    plain.title = meta.pop("title", "") or heading or first_line_title(text) or Path(name).stem
    plain.language = language_tag(meta.pop("language", ""))
    plain.published = extracted_date(meta.pop("published", ""), plain.warnings, "the front matter's date")
    url = meta.pop("url", "")
    plain.url = web_url(url)
    if url and not plain.url:
        plain.warnings.append(
            f"the front matter's url {url[:80]!r} is not a web address (http:// or https://); left out"
        )
    for key, value in meta.items():
        setattr(plain, key, value)
    plain.extractor, plain.extractor_version = EXTRACTOR, _version()
    return plain


def _version() -> str:
    from importlib.metadata import version

    return f"1 (markdown-it-py {version('markdown-it-py')})"


def read_markdown_file(path: Path, options: ReadOptions | None = None) -> ImportCandidate:
    return read_markdown_bytes(read_bytes_limited(path), str(path), options)
