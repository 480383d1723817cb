"""Issue 14, item 5 (first two points): .txt and .md articles get their language detected as web
pages do, and a title taken from a text is its first line only when that line is short, else its
first sentence, cut at a word boundary."""

from __future__ import annotations

import shutil

import pytest

from desktop.core.text import TITLE_CHARS, first_line_title
from desktop.formats.article_files import read_article, read_text_stream
from tests.support.paths import SAMPLES

ITALIAN = "Il colloquio telefonico tra Biden e Putin si è chiuso dopo cinquanta minuti di conversazione. " * 3
ENGLISH = "The telephone call between the two presidents lasted fifty minutes, the White House said. " * 3


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_every_sample_report_gets_a_language_without_its_sidecar(tmp_path, path):
    alone = tmp_path / path.name
    shutil.copy(path, alone)  # no NAME.meta.json beside it
    candidate = read_article(alone)
    assert candidate.language == path.name.split("-")[1]  # 01-it-..., 03-en-...
    assert any("language detected from the text" in w for w in candidate.warnings)


@pytest.mark.parametrize("suffix, body", [(".txt", ITALIAN), (".md", "# Titolo\n\n" + ITALIAN)])
def test_text_and_markdown_languages_are_detected(tmp_path, suffix, body):
    path = tmp_path / f"a{suffix}"
    path.write_text(body, encoding="utf-8")
    assert read_article(path).language == "it"


def test_a_stated_language_wins_and_no_detection_is_claimed(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(f"---\nlanguage: en\n---\n\n{ITALIAN}", encoding="utf-8")
    candidate = read_article(path)
    assert candidate.language == "en" and not any("detected" in w for w in candidate.warnings)


def test_pasted_text_gets_a_language_too():
    assert read_text_stream(ENGLISH.encode(), "pasted").language == "en"


def test_too_little_text_says_the_language_is_unknown(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Breve.\n", encoding="utf-8")
    candidate = read_article(path)
    assert candidate.language == "" and any("language unknown" in w for w in candidate.warnings)


def test_a_short_first_line_is_the_title():
    assert first_line_title("\n  Biden e Putin,  50 minuti \n\nIl testo.") == "Biden e Putin, 50 minuti"


def test_a_long_first_line_gives_its_first_sentence():
    line = "Telefonata secca di 50 minuti, quindi le cose non sono andate bene. " + "Vi riporto il materiale. " * 5
    assert first_line_title(line + "\nAltro.") == "Telefonata secca di 50 minuti, quindi le cose non sono andate bene."


def test_a_long_first_sentence_is_cut_at_a_word_boundary():
    sentence = "The American President, Joe Biden, and his Russian counterpart held a telephone conversation " * 3
    title = first_line_title(sentence + ".")
    assert len(title) <= TITLE_CHARS + 1 and title.endswith("…")
    assert sentence.startswith(title[:-1]) and sentence[len(title) - 1] == " "  # a whole word before the cut


def test_a_single_enormous_word_is_cut_anyway():
    assert first_line_title("x" * 10_000) == "x" * TITLE_CHARS + "…"
