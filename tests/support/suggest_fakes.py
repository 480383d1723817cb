"""A tiny deterministic stand-in for a sentence model (hashed character trigrams), for tests
that must not depend on the real model's weights or speed."""

from __future__ import annotations

import zlib

import numpy as np

from desktop.core.suggest import SuggestIndex
from desktop.core.text import text_sha256


class HashEncoder:
    name = "hash-test-1"
    languages = frozenset({"it", "en"})

    def __init__(self, dim: int = 64) -> None:
        self.dim = dim
        self.calls = 0

    def encode(self, texts):
        self.calls += 1
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            padded = f"  {text.lower()}  "
            for i in range(len(padded) - 2):
                out[row, zlib.crc32(padded[i : i + 3].encode()) % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return out / norms


class LoadResultStub:
    def __init__(self, encoder, error="", seconds=0.0):
        self.encoder, self.error, self.seconds = encoder, error, seconds


IT = (
    "Telefonata di ieri. Il colloquio telefonico tra Biden e Putin si è chiuso dopo 50 minuti. "
    "Le sanzioni sono state discusse a lungo. I colloqui di Ginevra si terranno il 10 gennaio."
)
EN = (
    "Yesterday there was a call. The talks in Geneva will take place on January 10. "
    "Sanctions were discussed at length. The call lasted fifty minutes, the White House said."
)
FI = "Puhelu kesti viisikymmentä minuuttia. Pakotteista keskusteltiin pitkään. Neuvottelut Genevessä 10. tammikuuta."


def index_with(encoder=None, **languages):
    index = SuggestIndex(encoder)
    for name, (text, lang) in languages.items():
        index.add_article(name, text, text_sha256(text), lang)
    if encoder is not None:
        for name in index.needs_vectors():
            index.set_vectors(name, text_sha256(languages[name][0]), encoder.encode(index.unit_texts(name)))
    return index


def span(text, quote):
    start = text.index(quote)
    return start, start + len(quote)
