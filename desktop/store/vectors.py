"""The link-suggestion cache and memory in the project file: unit vectors and rejections.

Vectors are a cache: a read-only project simply does not keep them (callers catch
ReadOnlyLocationError and hold them in memory). Rejections are a preference of the user.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence

import numpy as np

from desktop.core.model import now_iso

from .project_file import ProjectFile

_DTYPE = np.dtype("<f4")


def load_vectors(
    project_file: ProjectFile, sha256: str, model: str, spans: Sequence[tuple[int, int]]
) -> np.ndarray | None:
    """The vectors of these unit spans of the text `sha256` under `model`, in order; None unless
    every span has one (a partial or stale cache is recomputed, never used)."""
    rows = project_file._conn.execute(
        "SELECT unit_start, unit_end, vector FROM unit_vector WHERE sha256 = ? AND model = ?", (sha256, model)
    ).fetchall()
    if not spans or len(rows) < len(spans):
        return None
    found = {(start, end): blob for start, end, blob in rows}
    blobs = [found.get(tuple(span)) for span in spans]
    if any(blob is None for blob in blobs):
        return None
    width = len(blobs[0])
    if any(not isinstance(blob, bytes) for blob in blobs):
        return None  # a hand-edited row (text where a vector belongs): the cache is absent
    if width == 0 or width % _DTYPE.itemsize or any(len(blob) != width for blob in blobs):
        return None  # a damaged row: treat the cache as absent
    return np.frombuffer(b"".join(blobs), dtype=_DTYPE).reshape(len(blobs), -1).copy()


VectorSave = tuple[str, str, list[tuple[int, int]], np.ndarray]  # sha256, model, spans, vectors


def _write_saves(conn, saves: Sequence[VectorSave]) -> None:
    for sha256, model, spans, vectors in saves:
        matrix = np.ascontiguousarray(vectors, dtype=_DTYPE)
        if sys.byteorder != "little":  # pragma: no cover
            matrix = matrix.byteswap()
        rows = [(sha256, model, int(s), int(e), matrix[i].tobytes()) for i, (s, e) in enumerate(spans)]
        conn.execute("DELETE FROM unit_vector WHERE sha256 = ? AND model = ?", (sha256, model))
        conn.executemany(
            "INSERT INTO unit_vector (sha256, model, unit_start, unit_end, vector) VALUES (?, ?, ?, ?, ?)", rows
        )


def save_vectors(
    project_file: ProjectFile, sha256: str, model: str, spans: Sequence[tuple[int, int]], vectors: np.ndarray
) -> None:
    """Replace the cached vectors of one text under one model, in one transaction."""
    project_file.write_in_transaction(lambda conn: _write_saves(conn, [(sha256, model, list(spans), vectors)]))


class VectorCacheWriter:
    """Writes the vector cache behind the caller's back, on its own thread and connection.

    Every transaction ends in an fsync (synchronous=FULL keeps the file whole on power loss);
    written from the GUI thread, one per article, they stalled the window for up to 120 ms each.
    Here the GUI thread only queues; the writer batches what is pending into one transaction.
    A cache may be lost (a failed write is dropped and recomputed next time), so errors end
    the writer quietly; `close()` writes what is queued, then closes its connection.
    """

    def __init__(self, project_file: ProjectFile) -> None:
        import queue
        import threading

        self._file = project_file
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self.failed: str = ""  # why the cache stopped being written, if it did
        self._thread = threading.Thread(target=self._run, name="vector-cache-writer", daemon=True)
        self._thread.start()

    def save(self, sha256: str, model: str, spans: Sequence[tuple[int, int]], vectors: np.ndarray) -> None:
        self._queue.put((sha256, model, list(spans), np.array(vectors, dtype=_DTYPE)))

    def close(self, timeout: float = 30.0) -> None:
        self._queue.put(None)
        self._thread.join(timeout)

    def _run(self) -> None:
        import queue

        conn = None
        stopping = False
        try:
            while not stopping:
                item = self._queue.get()
                batch = []
                while item is not None:
                    batch.append(item)
                    try:
                        item = self._queue.get_nowait()
                    except queue.Empty:
                        break
                stopping = item is None
                if not batch or self.failed:
                    continue
                try:
                    conn = conn or self._file.side_connection()
                    self._file.write_in_transaction(lambda c, batch=batch: _write_saves(c, batch), conn)
                except Exception as error:
                    self.failed = str(error)
        finally:
            if conn is not None:
                conn.close()


def cached_texts(project_file: ProjectFile, model: str) -> set[str]:
    """Hashes of the texts that have vectors under `model`."""
    return {
        row[0]
        for row in project_file._conn.execute("SELECT DISTINCT sha256 FROM unit_vector WHERE model = ?", (model,))
    }


def drop_stale_vectors(project_file: ProjectFile, keep_models: Iterable[str], keep_texts: Iterable[str]) -> int:
    """Delete vectors of other models or of texts no longer in the project; returns rows deleted."""
    models, texts = sorted(set(keep_models)), sorted(set(keep_texts))
    count = [0]

    def work(conn) -> None:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS keep_text (sha256 TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM keep_text")
        conn.executemany("INSERT OR IGNORE INTO keep_text VALUES (?)", [(t,) for t in texts])
        marks = ", ".join("?" * len(models)) or "''"
        cursor = conn.execute(
            f"DELETE FROM unit_vector WHERE model NOT IN ({marks}) OR sha256 NOT IN (SELECT sha256 FROM keep_text)",
            models,
        )
        count[0] = cursor.rowcount
        conn.execute("DROP TABLE keep_text")

    project_file.write_in_transaction(work)
    return count[0]


def rejections(project_file: ProjectFile, claim_id: str) -> set[tuple[str, int, int]]:
    """(article_id, start, end) of the suggestions rejected for this claim."""
    return {
        (a, s, e)
        for a, s, e in project_file._conn.execute(
            "SELECT article_id, unit_start, unit_end FROM suggestion_rejection WHERE claim_id = ?", (claim_id,)
        )
    }


def add_rejection(project_file: ProjectFile, claim_id: str, article_id: str, start: int, end: int) -> None:
    project_file.write_in_transaction(
        lambda conn: conn.execute(
            "INSERT OR IGNORE INTO suggestion_rejection (claim_id, article_id, unit_start, unit_end, created) "
            "VALUES (?, ?, ?, ?, ?)",
            (claim_id, article_id, int(start), int(end), now_iso()),
        )
    )


def clear_rejections(project_file: ProjectFile, claim_id: str) -> None:
    project_file.write_in_transaction(
        lambda conn: conn.execute("DELETE FROM suggestion_rejection WHERE claim_id = ?", (claim_id,))
    )
