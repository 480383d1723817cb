"""The link-suggestion cache and memory, as SQL on a store's connection: unit vectors and rejections.

Both stores keep them in the same tables (schema.py's UnitVectorRow and SuggestionRejectionRow):
the project file on its sqlite3 connection, a team project on its psycopg connection, so every
function takes the connection and the driver's parameter mark ("?" or "%s").

Vectors are a cache: a read-only project simply does not keep them (callers catch
ReadOnlyLocationError and hold them in memory). Rejections are a preference of the user.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np

from desktop.core.model import now_iso
from desktop.core.persistence import Rejection, Span, VectorSave

_DTYPE = np.dtype("<f4")
Connection = Any  # a sqlite3 or psycopg connection: both have execute() and cursor()


def load_vectors(
    conn: Connection, sha256: str, model: str, spans: Sequence[Span], mark: str = "?"
) -> np.ndarray | None:
    """The vectors of these unit spans of the text `sha256` under `model`, in order; None unless
    every span has one (a partial or stale cache is recomputed, never used)."""
    rows = conn.execute(
        f"SELECT unit_start, unit_end, vector FROM unit_vector WHERE sha256 = {mark} AND model = {mark}",
        (sha256, model),
    ).fetchall()
    if not spans or len(rows) < len(spans):
        return None
    # A hand-edited row may hold text where a vector belongs: left out, so the cache is absent.
    found = {(start, end): bytes(blob) for start, end, blob in rows if isinstance(blob, (bytes, memoryview))}
    blobs = [found.get((int(span[0]), int(span[1]))) for span in spans]
    if any(blob is None for blob in blobs):
        return None
    width = len(blobs[0])  # type: ignore[arg-type]  # None ruled out above
    if width == 0 or width % _DTYPE.itemsize or any(len(blob) != width for blob in blobs):  # type: ignore[arg-type]  # None ruled out above
        return None  # a damaged row: treat the cache as absent
    return np.frombuffer(b"".join(blobs), dtype=_DTYPE).reshape(len(blobs), -1).copy()  # type: ignore[arg-type]  # None ruled out above


def write_saves(conn: Connection, saves: Sequence[VectorSave], mark: str = "?") -> None:
    """Replace the vectors of each (text, model), inside the caller's transaction."""
    for sha256, model, spans, vectors in saves:
        matrix = np.ascontiguousarray(vectors, dtype=_DTYPE)
        if sys.byteorder != "little":  # pragma: no cover
            matrix = matrix.byteswap()
        rows = [(sha256, model, int(s), int(e), matrix[i].tobytes()) for i, (s, e) in enumerate(spans)]
        conn.execute(f"DELETE FROM unit_vector WHERE sha256 = {mark} AND model = {mark}", (sha256, model))
        conn.cursor().executemany(
            "INSERT INTO unit_vector (sha256, model, unit_start, unit_end, vector) "
            f"VALUES ({mark}, {mark}, {mark}, {mark}, {mark})",
            rows,
        )


class VectorCacheWriter:
    """Writes the vector cache behind the caller's back, on its own thread (and connection).

    Every transaction ends in an fsync (synchronous=FULL keeps the file whole on power loss);
    written from the GUI thread, one per article, they stalled the window for up to 120 ms each.
    Here the GUI thread only queues; the writer batches what is pending into one `save_batch`
    call, one transaction. A cache may be lost (a failed write is dropped and recomputed next
    time), so errors end the writer quietly; `close()` writes what is queued, then calls `finish`
    (which closes the writer's connection) on the writer's thread.
    """

    def __init__(self, save_batch: Callable[[Sequence[VectorSave]], None], finish: Callable[[], None]) -> None:
        import queue
        import threading

        self._save_batch = save_batch
        self._finish = finish
        self._queue: queue.SimpleQueue[VectorSave | None] = queue.SimpleQueue()
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
                    self._save_batch(batch)
                except Exception as error:
                    self.failed = str(error)
        finally:
            self._finish()


def cached_texts(conn: Connection, model: str, mark: str = "?") -> set[str]:
    """Hashes of the texts that have vectors under `model`."""
    return {row[0] for row in conn.execute(f"SELECT DISTINCT sha256 FROM unit_vector WHERE model = {mark}", (model,))}


def drop_stale_vectors(conn: Connection, keep_models: Iterable[str], keep_texts: Iterable[str]) -> int:
    """Delete vectors of other models or of texts no longer in the project, inside the caller's
    transaction on a project file; returns the rows deleted. (A temporary table, not a list of
    parameters: SQLite limits their number.)"""
    models, texts = sorted(set(keep_models)), sorted(set(keep_texts))
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS keep_text (sha256 TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM keep_text")
    conn.executemany("INSERT OR IGNORE INTO keep_text VALUES (?)", [(t,) for t in texts])
    marks = ", ".join("?" * len(models)) or "''"
    cursor = conn.execute(
        f"DELETE FROM unit_vector WHERE model NOT IN ({marks}) OR sha256 NOT IN (SELECT sha256 FROM keep_text)",
        models,
    )
    conn.execute("DROP TABLE keep_text")
    return int(cursor.rowcount)


def rejections(conn: Connection, claim_id: str, mark: str = "?") -> set[Rejection]:
    """(article_id, start, end) of the suggestions rejected for this claim."""
    return {
        (str(a), int(s), int(e))
        for a, s, e in conn.execute(
            f"SELECT article_id, unit_start, unit_end FROM suggestion_rejection WHERE claim_id = {mark}", (claim_id,)
        )
    }


def insert_rejection(conn: Connection, claim_id: str, article_id: str, start: int, end: int, mark: str = "?") -> None:
    """Remember a rejected suggestion, inside the caller's transaction."""
    conn.execute(
        "INSERT INTO suggestion_rejection (claim_id, article_id, unit_start, unit_end, created) "
        f"VALUES ({mark}, {mark}, {mark}, {mark}, {mark}) ON CONFLICT DO NOTHING",
        (claim_id, article_id, int(start), int(end), now_iso()),
    )
