"""Issue 19, defect 12: the article view stays quick on the largest article allowed. A line of
2,000,000 characters is shown as lines of about 2,000 (a space becomes the break), with the same
offsets: selecting, highlighting and the UTF-16 mapping are unchanged. Figures:
docs/benchmarks-largest-article.md."""

from __future__ import annotations

from desktop.core.model import Article, Claim, Passage
from desktop.core.text import text_sha256
from desktop.ui.panes.article_view import LONG_LINE, SHOWN_LINE, ArticleTextView, shown_text

SENTENCE = "Il Cremlino 😀 ha diffuso il resoconto della telefonata. "


def test_short_lines_are_shown_as_they_are():
    text = "Titolo\n\n" + SENTENCE * 100
    assert shown_text(text) is text


def test_a_long_line_is_shown_in_lines_of_the_same_text():
    text = "Titolo\n\n" + SENTENCE * 2000 + "\nFine."
    shown = shown_text(text)
    assert len(shown) == len(text)
    differing = [i for i, (a, b) in enumerate(zip(text, shown, strict=True)) if a != b]
    assert differing and all(text[i] == " " and shown[i] == "\n" for i in differing)
    assert max(len(line) for line in shown.split("\n")) <= SHOWN_LINE


def test_a_line_without_spaces_stays_whole():
    text = "x" * (LONG_LINE * 2)
    assert shown_text(text) == text


def test_offsets_selection_and_highlights_survive_the_breaks(qtbot):
    text = "Titolo\n\n" + SENTENCE * 2000
    article = Article("a", "Titolo", text, text_sha256(text))
    start = text.index("telefonata", 50_000)
    break_at = shown_text(text).index("\n", start)  # a passage across a shown break
    passage = Passage("p", "a", start, break_at + 8, text[start : break_at + 8], claim_id="c")
    view = ArticleTextView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.set_article(article, [passage], {"c": Claim("c", "A claim")})
    assert view.document().blockCount() > 50
    view.select_span(passage.start, passage.end)
    assert view.selection_span() == (passage.start, passage.end)
    assert view.highlighter.passages_at(break_at + 4) == [passage]
    assert view.from_qt(view.to_qt(len(text))) == len(text)
