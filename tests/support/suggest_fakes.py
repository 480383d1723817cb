"""A tiny deterministic stand-in for a sentence model (hashed character trigrams), for tests
that must not depend on the real model's weights or speed."""

from __future__ import annotations

import zlib

import numpy as np


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
                out[row, zlib.crc32(padded[i:i + 3].encode()) % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return out / norms


class LoadResultStub:
    def __init__(self, encoder, error="", seconds=0.0):
        self.encoder, self.error, self.seconds = encoder, error, seconds
