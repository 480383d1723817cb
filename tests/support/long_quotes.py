"""Projects with long quotes, and a colleague's copy where they were altered (issue 19, defect 4)."""

from __future__ import annotations

import sqlite3

from desktop.cli import main
from desktop.core.commands import HighlightPassage
from desktop.store import open_project

SENTENCE = "Il Cremlino ha diffuso il resoconto della telefonata tra i due presidenti, durata cinquanta minuti. "


def long_project(tmp_path):
    path = tmp_path / "ours.crosscheck"
    text = tmp_path / "long.txt"
    text.write_text("Un resoconto lungo\n\n" + "".join(f"{n}. {SENTENCE}" for n in range(800)), encoding="utf-8")
    assert main(["new", str(path)]) == 0 and main(["import", str(path), str(text)]) == 0
    return path


def with_altered_long_passages(path, count=6, length=8000):
    project = open_project(path)
    article = next(iter(project.state.articles.values()))
    ids = []
    for n in range(count):
        command = HighlightPassage(article.id, 100 + n * 9000, 100 + n * 9000 + length)
        project.run(command)
        ids.append(command.passage_id)
    project.persistence.close()
    conn = sqlite3.connect(path)  # a colleague's slightly different text: every 37th letter changed
    for passage_id in ids:
        (quote,) = conn.execute("SELECT quote FROM passage WHERE id = ?", (passage_id,)).fetchone()
        changed = "".join("x" if i % 37 == 5 else ch for i, ch in enumerate(quote))
        conn.execute("UPDATE passage SET quote = ? WHERE id = ?", (changed, passage_id))
    conn.commit()
    conn.close()
    return ids
