"""Issue 19, defect 7 and the last point of 13: an import is one transaction (articles and their
original bytes together), `check` reports originals that belong to no article and opening cleans
them, and a failed import leaves the project byte-identical."""

from __future__ import annotations

import resource
import shutil
import signal
import sqlite3
import subprocess
import sys

from desktop.importing import import_paths
from desktop.store import open_project
from desktop.store.inspect import check_file
from tests.support.cli import run
from tests.support.hostile import assert_one_line_error
from tests.support.paths import REPO, SAMPLES


def sources(path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM article_source").fetchone()[0]
    finally:
        conn.close()


def big_article(folder, name="big.txt", chars=3_000_000 // 2):
    path = folder / name
    path.write_text("Un articolo lungo\n\n" + "Il Cremlino ha diffuso il resoconto. " * (chars // 37), encoding="utf-8")
    return path


def test_an_import_is_one_transaction(tmp_path, capsys):
    project_path = tmp_path / "p.crosscheck"
    run(capsys, "new", project_path)
    project = open_project(project_path)
    writes = []
    project.persistence.on_write(lambda: writes.append(1))
    report = import_paths(project, [SAMPLES])
    project.persistence.close()
    assert report.count("imported") == 5 and len(writes) == 1
    assert sources(project_path) == 5


def test_a_full_disk_during_an_import_changes_nothing(tmp_path, capsys):
    """The originals used to commit first: the command said 'as it was before', the file had grown."""
    project_path = tmp_path / "p.crosscheck"
    run(capsys, "new", project_path)
    article = big_article(tmp_path)
    # Room for the original bytes alone, not for them and the article's text as well.
    limit = project_path.stat().st_size + int(article.stat().st_size * 1.4)

    def full_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    before = project_path.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "import", str(project_path), str(article)],
        cwd=REPO,
        capture_output=True,
        text=True,
        preexec_fn=full_disk,
        timeout=300,
    )
    assert result.returncode == 1
    assert_one_line_error(result.stderr, "could not save the change")
    assert "as it was before" in result.stderr
    assert project_path.read_bytes() == before and sources(project_path) == 0


def test_a_failed_import_of_several_files_imports_none(tmp_path, capsys, sample_copy):
    project_path = tmp_path / "p.crosscheck"
    run(capsys, "new", project_path)
    (sample_copy / "broken.txt").write_bytes(b"\x00\x01\x02" * 50)
    before = project_path.read_bytes()
    code, out, err = run(capsys, "import", project_path, sample_copy)
    assert code == 1 and "0 imported" in out
    error = [line for line in err.splitlines() if line.startswith("crosscheck: error: ")]
    assert len(error) == 1 and "--skip-failed" in error[0] and "unexpected" not in err
    assert project_path.read_bytes() == before


def orphaned(sample_project, tmp_path):
    """A file as an import cut off between its two transactions left it: originals, no article."""
    conn = sqlite3.connect(sample_project)
    conn.execute(
        "INSERT INTO article_source (sha256, filename, media_type, encoding, extractor, extractor_version, original) "
        "VALUES ('0' || hex(randomblob(31)), 'lost.txt', 'text/plain', 'utf-8', 'x', '1', zeroblob(100000))"
    )
    conn.commit()
    conn.close()
    return sample_project


def test_check_reports_orphan_originals(sample_project, tmp_path):
    orphaned(sample_project, tmp_path)
    before = sample_project.read_bytes()
    result = check_file(sample_project)
    assert result.ok and any("1 stored original belongs to no article" in note for note in result.notes)
    assert sample_project.read_bytes() == before


def test_opening_for_writing_removes_orphan_originals(sample_project, tmp_path):
    orphaned(sample_project, tmp_path)
    open_project(sample_project, read_only=True).persistence.close()
    assert sources(sample_project) == 6  # reading changes nothing
    open_project(sample_project).persistence.close()
    assert sources(sample_project) == 5
    assert not [note for note in check_file(sample_project).notes if "original" in note]


def test_the_import_dialog_path_is_one_transaction_too(tmp_path, sample_copy):
    from desktop.importing import add_candidates, read_candidates
    from desktop.store import create_project

    project = create_project(tmp_path / "w.crosscheck")
    writes = []
    project.persistence.on_write(lambda: writes.append(1))
    candidates, _ = read_candidates([sample_copy])
    add_candidates(project, candidates)
    shutil.rmtree(sample_copy)
    project.persistence.close()
    assert len(writes) == 1 and sources(tmp_path / "w.crosscheck") == 5
