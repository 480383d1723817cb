"""Issue 19, defects 3 and 12: work on untrusted input is bounded. Each hostile input at the size
limit runs in a child process with a CPU-time ceiling (RLIMIT_CPU): a quadratic regex or an
unbounded extractor is killed by the ceiling and the test fails instead of hanging."""

from __future__ import annotations

import pytest

from desktop.formats.article_files import read_article
from desktop.formats.bounded import call_bounded
from desktop.formats.candidate import MAX_ARTICLE_CHARS, MAX_FILE_BYTES
from desktop.formats.errors import ImportRefused
from tests.support.hostile import allocate, run_with_cpu_ceiling, spin_for_ever

# (what, the hostile text built in the child, the call on it)
REGEX_CASES = {
    "tags without a closing >": ("'<p>x</p>' + '<' * LIMIT", "visible_text_estimate(s)"),
    "unclosed comments and scripts": ("'<!--<script>' * (LIMIT // 12)", "visible_text_estimate(s)"),
    "entities without ;": ("'&' + 'a' * LIMIT", "visible_text_estimate(s)"),
    "markdown link targets without )": ("'[x](' * (LIMIT // 4)", "replace_spans(s, '](', ')', ']')"),
    "markdown reference lines without ]": ("'[a\\n' * (LIMIT // 3)", "_REFERENCE_DEFINITION.sub('', s)"),
    "a line of dots (sentence cutter)": ("'x ' + '.' * MAX", "candidate_units(s)"),
    "dots and closers (sentence cutter)": ("'x ' + '.\\u201d' * (MAX // 2)", "candidate_units(s)"),
    "runs of white space (clauses)": ("'Word ' + ' ' * MAX + ' – ' * 1000", "candidate_units(s)"),
    "<meta without > in the head": ("'<meta ' * (LIMIT // 6)", "declared_charset(s.encode())"),
    "headings of one 2M-character line": (
        "'Una frase breve, per la prova. ' * (MAX // 31)",
        "[is_heading(s, u) for u in candidate_units(s)]",
    ),
}
# Ceilings other than 20 s: is_heading sliced each unit's line from its start, so a 2M-character
# line cost 5-10 s (the window stalled 4.5 s adding it to the suggestion index); now 0.5 s.
CEILINGS = {"headings of one 2M-character line": 5}


@pytest.mark.parametrize("case", REGEX_CASES, ids=list(REGEX_CASES))
def test_regexes_are_linear_at_the_size_limit(case):
    build, call = REGEX_CASES[case]
    run_with_cpu_ceiling(
        f"""
        from desktop.core.units import candidate_units, is_heading
        from desktop.formats.html_import import declared_charset
        from desktop.formats.html_safety import replace_spans, visible_text_estimate
        from desktop.formats.markdown_import import _REFERENCE_DEFINITION
        LIMIT, MAX = {MAX_FILE_BYTES}, {MAX_ARTICLE_CHARS}
        s = {build}
        {call}
        """,
        seconds=CEILINGS.get(case, 20),
    )


def test_a_hostile_page_at_the_file_limit_is_refused_quickly(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(b"<html><body><p>x</p>" + b"<" * (MAX_FILE_BYTES - 30))
    out = run_with_cpu_ceiling(
        f"""
        from pathlib import Path
        from desktop.formats.article_files import read_article
        from desktop.formats.errors import ImportRefused
        try:
            read_article(Path({str(page)!r}))
        except ImportRefused as error:
            print(error)
        """,
        seconds=20,
    )
    assert "over the 2,000,000 limit for one article" in out


def test_markdown_conversion_stops_at_its_cpu_budget(tmp_path):
    """markdown-it-py takes ~40 us per '[' (80 s at the limit): the converter gives up at its
    budget, shortened here to 1 s so the test is quick."""
    md = tmp_path / "brackets.md"
    md.write_text("[" * (MAX_ARTICLE_CHARS - 10))
    out = run_with_cpu_ceiling(
        f"""
        from pathlib import Path
        from desktop.formats import markdown_import
        from desktop.formats.article_files import read_article
        from desktop.formats.errors import ImportRefused
        markdown_import.CPU_BUDGET_S = 1.0
        try:
            read_article(Path({str(md)!r}))
        except ImportRefused as error:
            print(error)
        """,
        seconds=15,
    )
    assert "too intricate to convert within 1 s" in out


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_text_and_markdown_have_the_pages_limit(tmp_path, suffix):
    """Defect 12: a 5M-character .txt took 12 s and 451 MB to open in the window."""
    path = tmp_path / f"long{suffix}"
    path.write_text("Una frase lunga. " * (MAX_ARTICLE_CHARS // 17 + 10), encoding="utf-8")
    with pytest.raises(ImportRefused, match="characters of text, over the 2,000,000 limit for one article"):
        read_article(path)


def test_the_largest_text_allowed_imports(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("Una frase lunga. " * (MAX_ARTICLE_CHARS // 17 - 10), encoding="utf-8")
    assert len(read_article(path).text) <= MAX_ARTICLE_CHARS


def test_a_runaway_extractor_is_stopped_by_its_cpu_limit():
    with pytest.raises(ImportRefused, match=r"the page is too large or intricate to read within 1 s of CPU time"):
        call_bounded(spin_for_ever, what="the page", cpu_seconds=1)


def test_a_runaway_extractor_is_stopped_by_its_memory_limit():
    with pytest.raises(ImportRefused, match="too large or intricate"):
        call_bounded(allocate, 3 * 1024**3, what="the page", memory_bytes=1024**3)


def test_a_bounded_call_returns_the_value_or_the_refusal():
    assert call_bounded(allocate, 1000, what="x") == 1000
