"""MemoryPersistence keeps what a store keeps (tombstones, settings, sources, the suggestion
memory), in memory, and refuses what only a stored project can do."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.core.commands import AddArticle, DeletePassage, HighlightPassage
from desktop.core.persistence import CopyUnavailableError, MemoryPersistence
from desktop.core.project import Project
from desktop.core.state import ProjectState


def test_deletions_leave_tombstones_that_a_recreation_lifts():
    persistence = MemoryPersistence()
    project = Project(ProjectState(), persistence)
    add = AddArticle(title="a", text="some text here")
    project.run(add)
    highlight = HighlightPassage(add.article_id, 0, 4)
    project.run(highlight)
    project.run(DeletePassage(highlight.passage_id))
    assert persistence.tombstones()[highlight.passage_id].kind == "passage"
    project.undo()
    assert highlight.passage_id not in persistence.tombstones()


def test_settings_sources_vectors_and_rejections_are_kept_and_each_write_is_announced():
    persistence = MemoryPersistence()
    seen: list[int] = []
    unsubscribe = persistence.on_write(lambda: seen.append(1))
    persistence.set_setting("k", "v")
    persistence.store_sources([{"sha256": "a" * 64, "original": b"<p>x</p>", "filename": "x.html"}])
    matrix = np.arange(8, dtype=np.float32).reshape(2, 4)
    persistence.save_vectors([("a" * 64, "m", [(0, 5), (6, 9)], matrix)])
    persistence.add_rejection("claim", "article", 3, 9)
    assert persistence.setting("k") == "v" and persistence.setting("missing", "d") == "d"
    assert persistence.source("a" * 64)["filename"] == "x.html"
    assert persistence.source("b" * 64) is None
    assert np.array_equal(persistence.load_vectors("a" * 64, "m", [(0, 5), (6, 9)]), matrix)
    assert persistence.load_vectors("a" * 64, "m", [(0, 5), (6, 10)]) is None
    assert persistence.load_vectors("a" * 64, "other", [(0, 5)]) is None
    assert persistence.rejections("claim") == {("article", 3, 9)} and persistence.rejections("x") == set()
    assert len(seen) == 4
    unsubscribe()
    persistence.set_setting("k", "w")
    assert len(seen) == 4


def test_vector_writer_saves_at_once():
    persistence = MemoryPersistence()
    writer = persistence.vector_writer()
    writer.save("a" * 64, "m", [(0, 1)], np.ones((1, 3), dtype=np.float32))
    writer.close()
    assert persistence.load_vectors("a" * 64, "m", [(0, 1)]).shape == (1, 3)
    assert writer.failed == ""


def test_a_memory_project_has_no_file_and_cannot_be_copied_to_one(tmp_path):
    persistence = MemoryPersistence()
    assert persistence.path is None and "memory" in persistence.location
    with pytest.raises(CopyUnavailableError, match="kept only in memory"):
        persistence.save_copy(tmp_path / "copy.crosscheck")
    assert not (tmp_path / "copy.crosscheck").exists()
