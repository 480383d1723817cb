"""The kill -9 harness of issue 19 (slow: `python -m pytest -m slow tests/store/test_kill_harness.py`).

A child process is killed at a random moment while it makes a large import (the real `crosscheck
import` of six 1,500,000-character articles, one transaction), a large merge (the real `crosscheck
merge` of 3,000 new claims, 4.5 MB) or writes the vector cache (15 MB a transaction, as the window's cache
writer does). After each kill the project is reopened through our own `open_project` first (never a
plain sqlite3 connection, which would roll a hot journal back and hide whether our open can), on
alternate rounds read-only and for writing, and must open, pass `check`, and hold exactly the state
before the command or the state after it. CROSSCHECK_KILLS sets the kills per kind (default 20).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.commands import Compound, CreateClaim
from desktop.store import open_project
from desktop.store.inspect import check_file
from tests.support.hostile import is_hot
from tests.support.kill_child import MODEL, spans
from tests.support.paths import REPO

pytestmark = pytest.mark.slow

KILLS = int(os.environ.get("CROSSCHECK_KILLS", "20"))
UNITS = 1500  # vectors per article per round: 5 articles x 1500 x 2 KB = 15 MB a transaction
FIGURES: dict[str, Counter] = {}  # outcomes per kind, printed for docs/reliability.md


def journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def start(*argv: object) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", *map(str, argv)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def timed_run(*argv: object) -> float:
    """How long the command takes when nobody kills it (to spread the kills over it)."""
    started = time.monotonic()
    child = start(*argv)
    _out, err = child.communicate(timeout=600)
    assert child.returncode == 0, err
    return time.monotonic() - started


def kill_at(child: subprocess.Popen, seconds: float) -> str:
    time.sleep(seconds)
    child.send_signal(signal.SIGKILL)
    out, _err = child.communicate(timeout=60)
    return out


def reopened(path: Path, round_: int, state_of) -> object:
    """The project's state read through open_project (read-only on even rounds), which must
    repair whatever the kill left; then `check` must find nothing."""
    project = open_project(path, read_only=round_ % 2 == 0, thorough=True)
    try:
        state = state_of(project)
    finally:
        project.persistence.close()
    # A kill before the journal's header was synced leaves a journal that is not hot: SQLite
    # ignores it and the next write replaces it. A hot one must have been played back.
    assert not (journal(path).exists() and is_hot(path)), f"round {round_}: the open left a hot journal"
    result = check_file(path)
    assert result.ok, f"round {round_}: {[f.message for f in result.findings]}"
    assert not [note for note in result.notes if "belong" in note], f"round {round_}: orphans: {result.notes}"
    return state


def restore(path: Path, data: bytes) -> None:
    journal(path).unlink(missing_ok=True)
    path.write_bytes(data)


def kill_rounds(kind: str, project: Path, argv: tuple, before, after, state_of, seed: int) -> Counter:
    """Restore the project, start the command, kill it in the second half of its run (the first
    is the interpreter starting and the files being read) or just after it."""
    base = project.read_bytes()
    copy = project.with_name("timing.crosscheck")
    copy.write_bytes(base)
    duration = timed_run(*[copy if a == project else a for a in argv])
    copy.unlink()
    rng = random.Random(seed)
    outcomes: Counter = Counter()
    for round_ in range(KILLS):
        restore(project, base)
        kill_at(start(*argv), rng.uniform(0.5 * duration, 1.05 * duration))
        outcomes["journal left"] += journal(project).exists()
        state = reopened(project, round_, state_of)
        assert state in (before, after), f"round {round_}: neither the state before nor the one after"
        outcomes["before" if state == before else "after"] += 1
    FIGURES[kind] = outcomes
    print(f"\nkill harness, {kind}: {KILLS} kills in a {duration:.1f} s command: {dict(outcomes)}")
    return outcomes


def articles_of(project) -> frozenset[str]:
    return frozenset(a.sha256 for a in project.state.articles.values())


def entities_of(project) -> frozenset[str]:
    return frozenset(project.state.claims) | frozenset(project.state.passages)


def test_kills_during_large_imports(tmp_path):
    project, folder = tmp_path / "p.crosscheck", tmp_path / "articles"
    folder.mkdir()
    assert main(["new", str(project)]) == 0
    sentences = ["Il Cremlino ha diffuso il resoconto della telefonata. ", "The call lasted fifty minutes. "]
    for n in range(6):
        text = f"Articolo {n}\n\n" + "".join(f"{sentences[n % 2]}{i} " for i in range(1_500_000 // 50))
        (folder / f"a{n}.txt").write_text(text, encoding="utf-8")
    after_file = tmp_path / "after.crosscheck"
    shutil.copyfile(project, after_file)
    assert main(["import", str(after_file), str(folder)]) == 0
    after = articles_of(open_project(after_file, read_only=True))
    assert len(after) == 6
    argv = ("desktop.cli", "import", project, folder)
    outcomes = kill_rounds("import", project, argv, frozenset(), after, articles_of, seed=19)
    assert outcomes["before"] + outcomes["after"] == KILLS


def test_kills_during_large_merges(tmp_path, sample_project):
    other = tmp_path / "other.crosscheck"
    shutil.copyfile(sample_project, other)
    theirs = open_project(other, author="Bob")
    theirs.run(Compound([CreateClaim(f"claim {n} from Bob " + "x" * 1500) for n in range(3000)], label="Many"))
    theirs.persistence.close()
    before = entities_of(open_project(sample_project, read_only=True))
    after = before | entities_of(open_project(other, read_only=True))
    assert after > before
    argv = ("desktop.cli", "merge", sample_project, other)
    outcomes = kill_rounds("merge", sample_project, argv, before, after, entities_of, seed=53)
    assert outcomes["before"] + outcomes["after"] == KILLS


def test_kills_during_vector_cache_writes(sample_project):
    """The child writes round after round; after a kill the cache of every article holds one
    round, the last committed or the one being written, and never a mix."""
    rng = random.Random(61)
    outcomes: Counter = Counter()
    previous = None  # the round on disk when this child started (each child counts from 1 again)
    for round_ in range(KILLS):
        out = kill_at(start("tests.support.kill_child", sample_project, UNITS), rng.uniform(0.5, 4.0))
        lines = out.split()
        committed = max((int(v) for k, v in pairwise(lines) if k == "COMMITTED"), default=None)
        writing = max((int(v) for k, v in pairwise(lines) if k == "WRITING"), default=None)
        outcomes["journal left"] += journal(sample_project).exists()

        def rounds_of(project):
            found = set()
            for article in project.state.articles.values():
                vectors = project.persistence.load_vectors(article.sha256, MODEL, spans(UNITS))
                found |= {None} if vectors is None else set(vectors.ravel().tolist())
            return found

        found = reopened(sample_project, round_, rounds_of)
        assert len(found) == 1, f"round {round_}: the articles' caches are from different rounds: {found}"
        (value,) = found
        allowed = {previous if committed is None else committed, writing}
        assert value in allowed, f"round {round_}: cache from round {value}, not one of {allowed}"
        previous = value
        outcomes["cut mid-write" if writing is not None and writing != committed else "between writes"] += 1
        outcomes["after" if value == writing else "before"] += 1
    FIGURES["vectors"] = outcomes
    print(f"\nkill harness, vector cache: {KILLS} kills: {dict(outcomes)}")
