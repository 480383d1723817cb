"""Export scope (core.export_scope), the `crosscheck export` command, and atomic writing."""

from __future__ import annotations

import json

import pytest

from desktop.core.export_scope import Scope, select
from desktop.core.model import Verdict
from desktop.exporting import ExportCancelled, export_project
from desktop.formats.atomic import atomic_write
from tests.support.cli import run
from tests.support.exports import build_project


def test_whole_project_scope_has_everything():
    project = build_project()
    selection = select(project.state)
    assert len(selection.claims) == len(project.state.claims)
    assert len(selection.passages) == len(project.state.passages)
    assert len(selection.articles) == len(project.state.articles)
    # Reading order: by article, then position.
    order = [(list(project.state.articles).index(p.article_id), p.start) for p in selection.passages]
    assert order == sorted(order)


def test_claim_filters_drop_unlinked_passages_and_uncarrying_articles():
    project = build_project()
    selection = select(project.state, Scope.of(verdict_only=True))
    assert {c.verdict for c in selection.claims} == {Verdict.TRUE, Verdict.FALSE, Verdict.UNVERIFIABLE}
    assert all(p.claim_id in selection.claim_by_id for p in selection.passages)
    tagged = select(project.state, Scope.of(tags=["time"]))
    assert [c.statement for c in tagged.claims] == ["The call lasted fifty minutes."]
    assert {a.title for a in tagged.articles} == {"Il presidente arriva", "Fifty minutes", "Undated blog"}
    one = select(project.state, Scope.of(claim_ids=[tagged.claims[0].id]))
    assert len(one.passages) == 3 and not one.unlinked_passages


def test_article_filters_keep_only_claims_those_articles_carry():
    project = build_project()
    italian = select(project.state, Scope.of(languages=["it"]))
    assert [a.language for a in italian.articles] == ["it"]
    assert {p.article_id for p in italian.passages} == {italian.articles[0].id}
    assert "A claim nobody carries yet." not in {c.statement for c in italian.claims}
    wire = select(project.state, Scope.of(outlets=["Wire"]))
    assert len(wire.unlinked_passages) == 2 and [c.statement for c in wire.claims] == ["The call lasted fifty minutes."]
    both = select(project.state, Scope.of(outlets=["Wire"], verdict_only=True))
    assert not both.unlinked_passages and len(both.passages) == 1


@pytest.fixture
def sample_ids(sample_project, capsys):
    claims = json.loads(run(capsys, "claims", sample_project, "--json")[1])
    articles = json.loads(run(capsys, "articles", sample_project, "--json")[1])
    return claims, articles


def test_cli_export_filters_and_leaves_the_project_unchanged(sample_project, sample_ids, tmp_path, capsys):
    claims, articles = sample_ids
    before = sample_project.read_bytes()
    out = tmp_path / "one.jsonld"
    code, text, err = run(capsys, "export", sample_project, "-f", "w3c", "-o", out, "--claim", claims[0]["id"][:8])
    assert code == 0, err
    assert "(1 claims," in text
    items = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    assert {i["id"] for i in items if i["motivation"] == "linking"} == {f"urn:uuid:{claims[0]['id']}"}
    out = tmp_path / "en.csv"
    code, text, err = run(
        capsys, "export", sample_project, "-f", "csv", "-o", out, "--language", "en", "--verdict-only"
    )
    assert code == 0, err
    english = {a["id"] for a in articles if a["language"] == "en"}
    rows = out.read_text(encoding="utf-8-sig").splitlines()[1:]
    assert rows and all(row.split(",")[-1] in english for row in rows)
    code, _, err = run(
        capsys, "export", sample_project, "-f", "html", "-o", tmp_path / "a.html", "--article", articles[0]["id"]
    )
    assert code == 0, err
    assert sample_project.read_bytes() == before


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--claim", "ffffffff-0000"], "no claim with id"),
        (["--article", "zzzz"], "no article with id"),
        (["-f", "claimreview"], "URL of the fact-check article"),
        (["-f", "claimreview", "--review-url", "ftp://x"], "must start with http"),
        (["-f", "pdf"], "invalid choice"),
    ],
)
def test_cli_export_errors_are_one_line_and_write_nothing(sample_project, tmp_path, capsys, argv, message):
    before = sample_project.read_bytes()
    out = tmp_path / "out.file"
    args = ["export", sample_project, "-o", out, *argv]
    if "-f" not in argv:
        args += ["-f", "w3c"]
    code, _, err = run(capsys, *args)
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1, err
    assert not out.exists() and sample_project.read_bytes() == before


def test_cli_save_publisher_stores_settings(sample_project, tmp_path, capsys):
    code, _, err = run(
        capsys,
        "export",
        sample_project,
        "-f",
        "claimreview",
        "-o",
        tmp_path / "a.jsonld",
        "--review-url",
        "https://fc.example/{id}",
        "--publisher-name",
        "FC",
        "--save-publisher",
    )
    assert code == 0, err
    code, _, err = run(capsys, "export", sample_project, "-f", "claimreview", "-o", tmp_path / "b.jsonld")
    assert code == 0, err
    assert (tmp_path / "a.jsonld").read_text(encoding="utf-8").count("https://fc.example/") > 0
    graph = json.loads((tmp_path / "b.jsonld").read_text(encoding="utf-8"))["@graph"]
    assert graph and all(r["author"]["name"] == "FC" for r in graph)


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")

    def fail(handle):
        handle.write(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        atomic_write(target, fail)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_cancelled_export_writes_nothing(tmp_path):
    project = build_project()
    target = tmp_path / "out.html"

    def cancel(done, total):
        raise ExportCancelled()

    with pytest.raises(ExportCancelled):
        export_project(project, "html", target, progress=cancel)
    assert list(tmp_path.iterdir()) == []
