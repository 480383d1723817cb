"""Cross-lingual soft word alignment (BERTScore-like) with a sentence model's word vectors.

Each content word of the passage is matched to its most similar content word of the candidate
(cosine of the model's vectors for the single words: "sanzioni" ~ "sanctions", "telefonata" ~
"call"), and the other way round; precision and recall are idf-weighted means of those best
matches, and the score is their harmonic mean.

Measured on the gold set (docs/suggestions.md): alone it ranks better than the sentence model,
but on top of the model and the n-grams it adds one query at rank 3 and loses four at rank 1
under cross-validation (152 queries), while every distinct word of a project would have to be
encoded and kept in memory. So it is not part of the default ranking; benchmarks/suggest_learn.py
measures it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

import numpy as np

_WORD = re.compile(r"\w+", re.UNICODE)
# Function words of Italian and English: they align with everything and carry no claim.
STOPWORDS = frozenset(
    [
        "il",
        "lo",
        "la",
        "i",
        "gli",
        "le",
        "un",
        "uno",
        "una",
        "di",
        "a",
        "da",
        "in",
        "con",
        "su",
        "per",
        "tra",
        "fra",
        "e",
        "o",
        "ma",
        "che",
        "non",
        "è",
        "sono",
        "del",
        "della",
        "dei",
        "delle",
        "degli",
        "dello",
        "al",
        "alla",
        "ai",
        "alle",
        "agli",
        "allo",
        "nel",
        "nella",
        "nei",
        "nelle",
        "negli",
        "dal",
        "dalla",
        "dai",
        "dalle",
        "sul",
        "sulla",
        "sui",
        "sulle",
        "come",
        "anche",
        "più",
        "ha",
        "hanno",
        "essere",
        "stato",
        "stata",
        "stati",
        "questo",
        "questa",
        "quello",
        "quella",
        "suo",
        "sua",
        "suoi",
        "sue",
        "loro",
        "si",
        "ci",
        "ne",
        "se",
        "dell",
        "all",
        "nell",
        "dall",
        "sull",
        "the",
        "an",
        "of",
        "to",
        "on",
        "for",
        "with",
        "by",
        "at",
        "from",
        "and",
        "or",
        "but",
        "that",
        "this",
        "these",
        "those",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "as",
        "he",
        "she",
        "they",
        "we",
        "you",
        "his",
        "her",
        "their",
        "our",
        "not",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "which",
        "who",
        "what",
        "when",
        "than",
        "then",
        "there",
        "also",
        "into",
        "about",
        "after",
        "before",
        "said",
    ]
)


def content_words(text: str) -> list[str]:
    """Distinct lower-case words of three letters or more that are not function words or figures,
    in order of first appearance ("dell'Ucraina" gives "ucraina")."""
    words = (w for w in _WORD.findall(text.casefold()) if len(w) >= 3 and not w.isdigit())
    return list(dict.fromkeys(w for w in words if w not in STOPWORDS))


class WordVectors:
    """Vectors of single words, encoded once each by `encode` (a model's encode function)."""

    def __init__(self, encode: Callable[[Sequence[str]], np.ndarray]) -> None:
        self._encode = encode
        self._rows: dict[str, int] = {}
        self._matrix = np.zeros((0, 0), dtype=np.float32)

    def __len__(self) -> int:
        return len(self._rows)

    def nbytes(self) -> int:
        return int(self._matrix.nbytes)

    def add(self, words: Iterable[str]) -> None:
        missing = [w for w in dict.fromkeys(words) if w not in self._rows]
        if not missing:
            return
        vectors = np.asarray(self._encode(missing), dtype=np.float32)
        start = len(self._rows)
        self._matrix = vectors if not start else np.vstack([self._matrix, vectors])
        for offset, word in enumerate(missing):
            self._rows[word] = start + offset

    def matrix(self, words: Sequence[str]) -> np.ndarray:
        self.add(words)
        return self._matrix[[self._rows[w] for w in words]] if words else np.zeros((0, 1), np.float32)


class WordIdf:
    """Inverse document frequency of content words over a collection of units."""

    def __init__(self) -> None:
        self.df: Counter[str] = Counter()
        self.docs = 0

    def add(self, words: Iterable[str]) -> None:
        self.df.update(set(words))
        self.docs += 1

    def weights(self, words: Sequence[str]) -> np.ndarray:
        return np.array([math.log((1 + self.docs) / (1 + self.df.get(w, 0))) + 1.0 for w in words])


def soft_alignment(
    query: np.ndarray,
    candidate: np.ndarray,
    query_idf: np.ndarray | None = None,
    candidate_idf: np.ndarray | None = None,
) -> tuple[float, float, float]:
    """(precision, recall, F) of the best word matches between two (n, d) matrices of unit-length
    word vectors; 0 when either side has no words."""
    if not len(query) or not len(candidate):
        return 0.0, 0.0, 0.0
    sims = query @ candidate.T
    qw = np.ones(len(query)) if query_idf is None else query_idf
    cw = np.ones(len(candidate)) if candidate_idf is None else candidate_idf
    precision = float((sims.max(axis=1) * qw).sum() / qw.sum())
    recall = float((sims.max(axis=0) * cw).sum() / cw.sum())
    if precision + recall <= 0:
        return precision, recall, 0.0
    return precision, recall, 2 * precision * recall / (precision + recall)
