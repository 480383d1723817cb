"""Background computation of suggestion vectors: model load and encoding off the GUI thread.

The worker thread sees only plain data (VectorJob: ids and texts) and the encoder; it never
touches the project. Results come back through queued signals and are stored by
`SuggestionComputer` on the GUI thread (SuggestionService.accept_vectors), one article at a time,
so the event loop keeps turning while hundreds of articles are encoded.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from desktop.core.suggest import Encoder, Prepared, prepare, prepare_packed, unpack_prepared
from desktop.suggesting import SuggestionService, VectorJob
from desktop.ui.common.long_lived import freeze_long_lived

if TYPE_CHECKING:
    import numpy as np

    from desktop.suggest_model import LoadResult

Loader = Callable[[], "LoadResult"]  # loads the model (slow: on the worker thread)

BATCH = 32  # units encoded per call: small enough to cancel quickly and share the GIL
SLICE_MS = 20  # longest stretch the GUI thread spends taking results before events run again


PROCESS_THRESHOLD = 12  # from this many articles on, split them in a separate process


def _split_in_process(texts: list[str], cancelled: Callable[[], bool] = lambda: False) -> Iterator[bytes]:
    """Yield prepare_packed(text) for each text, computed in a child process.

    Splitting and lexical features are pure Python; in a thread they compete with the GUI
    thread for the GIL, and every Qt call the GUI makes hands the GIL over, so paints stall
    for hundreds of milliseconds (measured: 0.5-7 s at 500 articles). A process has its own GIL.
    Cancelling (closing the project, quitting) terminates the child at once."""
    import multiprocessing

    pool = multiprocessing.get_context("spawn").Pool(1)
    try:
        # chunksize 1: only then can next() time out to poll for cancel. Results come back as
        # bytes (prepare_packed): see there why.
        results = pool.imap(prepare_packed, texts)
        for _ in texts:
            while True:
                if cancelled():
                    return
                try:
                    item = results.next(timeout=0.1)
                    break
                except multiprocessing.TimeoutError:
                    continue
            yield item
    finally:
        pool.terminate()
        pool.join()


class _Worker(QObject):
    model_ready = Signal(object, str)  # encoder or None, error text
    article_prepared = Signal(str, str, object)  # article id, text hash, (units, features)
    article_done = Signal(str, str, object)  # article id, text hash, vectors
    finished = Signal()

    def __init__(
        self,
        jobs: list[VectorJob],
        encoder: Encoder | None,
        loader: Loader | None,
        to_prepare: Iterable[tuple[str, str, str]] = (),
    ) -> None:
        super().__init__()
        self._jobs = jobs
        self._to_prepare = list(to_prepare)
        self._encoder = encoder
        self._loader = loader
        self.cancelled = False
        self.failed = False  # set when the run broke: the computer must not start it again

    def _prepare_all(self) -> None:
        results: Iterable[Prepared | bytes]  # packed when split in a child process
        if len(self._to_prepare) < PROCESS_THRESHOLD:
            results = (prepare(text) for _, text, _ in self._to_prepare)
        else:
            results = _split_in_process([text for _, text, _ in self._to_prepare], lambda: self.cancelled)
        for (article_id, _text, sha256), prepared in zip(self._to_prepare, results, strict=False):
            if self.cancelled:
                return
            self.article_prepared.emit(article_id, sha256, prepared)

    @Slot()
    def run(self) -> None:
        import numpy as np

        try:
            self._prepare_all()
            if self.cancelled:
                return
            if self._encoder is None and self._loader is not None:
                result = self._loader()
                freeze_long_lived()  # the model's vocabulary and weights live as long as the project
                self._encoder = result.encoder
                self.model_ready.emit(result.encoder, result.error)
            if self._encoder is None:
                return
            for job in self._jobs:
                parts = []
                for i in range(0, len(job.texts), BATCH):
                    if self.cancelled:
                        return
                    parts.append(self._encoder.encode(list(job.texts[i : i + BATCH])))
                vectors = np.concatenate(parts) if parts else np.zeros((0, 1), dtype=np.float32)
                self.article_done.emit(job.article_id, job.sha256, vectors)
        except Exception as error:  # a model that breaks mid-way: say so, the app goes on
            self.failed = True
            self.model_ready.emit(None, f"the suggestion model failed ({type(error).__name__}: {error})")
        finally:
            self.finished.emit()


class SuggestionComputer(QObject):
    """Owns the background thread for one SuggestionService. Call start() after an import or
    on opening a project; `progress` reports (done, total), `idle` fires when nothing is left."""

    model_state = Signal(str)  # "" when the model is loaded, else why not
    progress = Signal(int, int)
    vectors_added = Signal(str)  # article id
    idle = Signal()

    def __init__(self, service: SuggestionService, loader: Loader | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._loader = loader
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._done = self._total = 0
        self._ran_jobs = False
        # Results are handled in slices of at most SLICE_MS, so a burst of 500 small results
        # (splitting is fast) never holds the event loop for long.
        self._inbox: deque[Callable[[], None]] = deque()
        self._drain = QTimer(self)
        self._drain.setSingleShot(True)
        self._drain.setInterval(0)
        self._drain.timeout.connect(self._drain_inbox)

    def busy(self) -> bool:
        return self._thread is not None

    def start(self) -> bool:
        """Split new articles, load the model, encode whatever is pending, one phase per run;
        False when there is nothing to do."""
        if self._thread is not None:
            return False
        self.service.sync(build=False)
        to_prepare = self.service.unprepared()
        needs_model = self.service.encoder is None and self._loader is not None and not self.service.model_error
        jobs = self.service.pending_work() if not (to_prepare or needs_model) else []
        if not (to_prepare or needs_model or jobs):
            return False
        self._done, self._total = 0, len(jobs)
        self._ran_jobs = bool(jobs)
        self._thread = QThread(self)
        self._worker = _Worker(jobs, self.service.encoder, self._loader if needs_model else None, to_prepare)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.model_ready.connect(self._on_model)
        self._worker.article_prepared.connect(self._on_prepared)
        self._worker.article_done.connect(self._on_article)
        self._worker.finished.connect(self._on_finished)
        self._thread.start()
        return True

    def cancel(self) -> None:
        self._inbox.clear()
        self._drain.stop()
        if self._worker is not None:
            self._worker.cancelled = True
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._cleanup()

    def _enqueue(self, handler: Callable[[], None]) -> None:
        self._inbox.append(handler)
        if not self._drain.isActive():
            self._drain.start()

    def _drain_inbox(self) -> None:
        started = time.perf_counter()
        while self._inbox and (time.perf_counter() - started) * 1000 < SLICE_MS:
            self._inbox.popleft()()
        freeze_long_lived()  # the index just grew by long-lived units and n-gram tables
        if self._inbox:
            self._drain.start()

    @Slot(object, str)
    def _on_model(self, encoder: Encoder | None, error: str) -> None:
        self._enqueue(lambda: self._model_arrived(encoder, error))

    def _model_arrived(self, encoder: Encoder | None, error: str) -> None:
        self.service.set_encoder(encoder, error)
        self.model_state.emit(error)

    @Slot(str, str, object)
    def _on_prepared(self, article_id: str, sha256: str, prepared: Prepared | bytes) -> None:
        def add() -> None:
            plain = unpack_prepared(prepared) if isinstance(prepared, bytes) else prepared
            self.service.add_prepared(article_id, sha256, plain)

        self._enqueue(add)

    @Slot(str, str, object)
    def _on_article(self, article_id: str, sha256: str, vectors: np.ndarray) -> None:
        self._enqueue(lambda: self._vectors_arrived(article_id, sha256, vectors))

    def _vectors_arrived(self, article_id: str, sha256: str, vectors: np.ndarray) -> None:
        self._done += 1
        if self.service.accept_vectors(article_id, sha256, vectors):
            self.vectors_added.emit(article_id)
        self.progress.emit(self._done, self._total)

    @Slot()
    def _on_finished(self) -> None:
        self._enqueue(self._run_finished)

    def _run_finished(self) -> None:
        if self._thread is None:  # cancelled: already cleaned up
            return
        encoded = self._ran_jobs
        failed = self._worker is not None and self._worker.failed
        self._thread.quit()
        self._thread.wait()
        self._cleanup()
        # After splitting or loading the model comes the next phase. After encoding, only new
        # articles start another run (a refused result must not loop).
        if not failed and (not encoded or self.service.unprepared()) and self.start():
            return
        self.idle.emit()

    def _cleanup(self) -> None:
        if self._worker is not None:
            self._worker.deleteLater()
        if self._thread is not None:
            self._thread.deleteLater()
        self._worker = self._thread = None
