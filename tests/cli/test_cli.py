"""The `crosscheck` command: the issue's done-when flows and every bad input it names."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop.core.text import normalise_text
from tests.support.cli import run
from tests.support.paths import SAMPLES, SEEDS


def test_new_import_articles_show(tmp_path, capsys):
    project = tmp_path / "p.crosscheck"
    assert run(capsys, "new", project)[0] == 0
    code, out, err = run(capsys, "import", project, SAMPLES)
    assert code == 0, err
    assert out.count("imported  ") == 5 and out.strip().endswith("5 imported, 2 skipped, 0 failed")
    code, out, _ = run(capsys, "articles", project, "--json")
    articles = json.loads(out)
    assert len(articles) == 5
    for article in articles:
        assert {"id", "title", "outlet", "language", "published", "url", "sha256", "chars"} <= set(article)
    by_title = {a["title"]: a for a in articles}
    assert by_title["Russia/Usa - Colloqui tra Putin e Biden"]["language"] == "it"
    assert by_title["Russia/Usa - Colloqui tra Putin e Biden"]["published"] == "2021-12-30"
    seeds = {normalise_text(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt")} if SEEDS.is_dir() else None
    sample_texts = {normalise_text(p.read_text(encoding="utf-8")) for p in SAMPLES.glob("*.txt")}
    for article in articles:
        code, text, _ = run(capsys, "show", project, article["id"])
        assert code == 0 and text in sample_texts
        if seeds is not None:
            assert text in seeds
    # Same texts again: reported and skipped, nothing added.
    code, out, _ = run(capsys, "import", project, SAMPLES)
    assert code == 0 and "0 imported, 7 skipped, 0 failed" in out and "already in the project" in out


def test_sample_claims_span_three_articles_and_quotes_match(tmp_path, capsys):
    project = tmp_path / "s.crosscheck"
    assert run(capsys, "sample", project)[0] == 0
    claims = json.loads(run(capsys, "claims", project, "--json")[1])
    articles = {a["id"]: a for a in json.loads(run(capsys, "articles", project, "--json")[1])}
    assert len(claims) >= 5
    assert sum(1 for c in claims if len({p["article_id"] for p in c["passages"]}) >= 3) >= 3
    languages = {articles[p["article_id"]]["language"] for c in claims for p in c["passages"]}
    assert languages == {"it", "en"}
    spec = {c["statement"]: c for c in json.loads((SAMPLES / "claims.json").read_text(encoding="utf-8"))["claims"]}
    for claim in claims:
        assert {"id", "statement", "verdict", "passages", "claimant", "claim_date"} <= set(claim)
        want = spec[claim["statement"]]
        assert (claim["claimant"], claim["claim_date"]) == (want.get("claimant", ""), want.get("claim_date", ""))
        for passage in claim["passages"]:
            assert {"id", "article_id", "start", "end", "quote", "stance", "note"} <= set(passage)
            text = run(capsys, "show", project, passage["article_id"])[1]
            assert text[passage["start"] : passage["end"]] == passage["quote"]


def test_text_listings(sample_project, capsys):
    code, out, _ = run(capsys, "claims", sample_project)
    assert code == 0 and "[True]" in out and out.strip().endswith("0 unlinked passages")
    code, out, _ = run(capsys, "articles", sample_project)
    assert code == 0 and out.strip().endswith("5 articles")


def test_import_from_stdin(tmp_path, capsys):
    project = tmp_path / "p.crosscheck"
    run(capsys, "new", project)
    code, out, _ = run(capsys, "import", project, "-", stdin="Titolo\r\nTesto incollato 😀\r\n".encode())
    assert code == 0 and "Titolo" in out
    article = json.loads(run(capsys, "articles", project, "--json")[1])[0]
    assert run(capsys, "show", project, article["id"])[1] == "Titolo\nTesto incollato 😀\n"


# --- bad input: one clear line, exit 1, the project byte-identical -------------------------------


@pytest.fixture
def project_with_one(tmp_path, capsys):
    project = tmp_path / "p.crosscheck"
    run(capsys, "new", project)
    run(capsys, "import", project, SAMPLES / "02-it-kremlin-readout-translation.txt")
    return project


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("binary.txt", bytes(range(256)) * 40, "a binary file, not text"),
        ("latin1.txt", "Perché la telefonata è durata 50 minuti".encode("cp1252"), "not UTF-8 text (byte 0xE9"),
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b"  \n\t\n", "the file holds only white space"),
    ],
)
def test_import_refuses_bad_files(project_with_one, tmp_path, capsys, name, content, message):
    bad = tmp_path / name
    bad.write_bytes(content)
    before = project_with_one.read_bytes()
    code, out, err = run(capsys, "import", project_with_one, bad)
    assert code == 1
    assert f"failed    {bad}: {message}" in err
    assert "0 imported, 0 skipped, 1 failed" in out
    assert project_with_one.read_bytes() == before


def test_import_refuses_a_50_mb_file(project_with_one, tmp_path, capsys):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    before = project_with_one.read_bytes()
    code, _, err = run(capsys, "import", project_with_one, big)
    assert code == 1 and "50.0 MB is over the 20.0 MB limit" in err
    assert project_with_one.read_bytes() == before


def test_import_missing_path(project_with_one, tmp_path, capsys):
    before = project_with_one.read_bytes()
    code, _, err = run(capsys, "import", project_with_one, tmp_path / "nowhere.txt")
    assert code == 1 and "nowhere.txt: no such file or folder" in err
    assert project_with_one.read_bytes() == before


def test_import_mixed_folder_imports_what_it_can(project_with_one, tmp_path, capsys):
    folder = tmp_path / "mixed"
    (folder / "nested").mkdir(parents=True)
    (folder / "good.txt").write_text("Una notizia\nIl testo.", encoding="utf-8")
    (folder / "nested" / "good2.txt").write_text("Another story\nBody.", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "old.txt").write_bytes("caffè".encode("latin-1"))
    before = project_with_one.read_bytes()
    code, out, err = run(capsys, "import", project_with_one, folder)
    assert code == 1 and "0 imported, 3 skipped, 2 failed" in out  # by default, all or nothing
    assert err.strip().splitlines()[-1] == (
        "crosscheck: error: nothing was imported, as 2 files failed: fix or remove them; "
        "or pass --skip-failed to import the other 2 files"
    )
    assert project_with_one.read_bytes() == before
    code, out, err = run(capsys, "import", project_with_one, folder, "--skip-failed")
    assert code == 0
    assert "2 imported, 1 skipped, 2 failed" in out
    assert "photo.jpg: not a supported article type (.jpg)" in out
    assert "bad.txt: a binary file" in err and "old.txt: not UTF-8" in err
    titles = [a["title"] for a in json.loads(run(capsys, "articles", project_with_one, "--json")[1])]
    assert {"Una notizia", "Another story"} <= set(titles) and len(titles) == 3


def test_malformed_sidecar_is_a_warning_not_a_loss(project_with_one, tmp_path, capsys):
    (tmp_path / "story.txt").write_text("A headline\nbody", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text("{not json", encoding="utf-8")
    code, out, _ = run(capsys, "import", project_with_one, tmp_path / "story.txt")
    assert code == 0 and "warning: story.meta.json ignored" in out


@pytest.mark.parametrize(
    "setup, message",
    [
        (lambda p: p.write_text("hello"), "not a Crosscheck project: the file is not an SQLite database"),
        (lambda p: _other_sqlite(p), "SQLite database of another application"),
        (lambda p: None, "no such project file"),
    ],
)
def test_commands_on_bad_project_files(tmp_path, capsys, setup, message):
    path = tmp_path / "x.crosscheck"
    setup(path)
    before = path.read_bytes() if path.exists() else None
    for argv in (["articles", path], ["claims", path, "--json"], ["import", path, SAMPLES], ["show", path, "abcd"]):
        code, out, err = run(capsys, *argv)
        assert (code == 1 and out == "") or "imported" not in out
        assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert (path.read_bytes() if path.exists() else None) == before


def _other_sqlite(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def test_truncated_and_too_new_projects(sample_project, capsys):
    conn = sqlite3.connect(sample_project)
    conn.execute("PRAGMA user_version = 99")
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'min_reader_version'")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "claims", sample_project)
    assert code == 1 and "made by a newer Crosscheck" in err
    data = sample_project.read_bytes()
    sample_project.write_bytes(data[: len(data) // 2 + 100])
    before = sample_project.read_bytes()
    code, _, err = run(capsys, "import", sample_project, SAMPLES)
    assert code == 1 and "damaged or truncated" in err
    assert sample_project.read_bytes() == before


def test_usage_errors_are_one_line_exit_1(capsys, tmp_path):
    code, _, err = run(capsys, "show", tmp_path / "p.crosscheck")
    assert code == 1 and err.count("\n") == 1 and "required" in err
    code, _, err = run(capsys, "new", tmp_path / "nofolder" / "p.crosscheck")
    assert code == 1 and "no such project file" in err


def test_unknown_article_id(sample_project, capsys):
    code, _, err = run(capsys, "show", sample_project, "zzzzzzzz")
    assert code == 1 and "no article with id 'zzzzzzzz'" in err


def test_sample_refuses_existing_file(sample_project, capsys):
    before = sample_project.read_bytes()
    code, _, err = run(capsys, "sample", sample_project)
    assert code == 1 and "already exists" in err
    assert sample_project.read_bytes() == before


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and "crosscheck 0.1.0" in out
