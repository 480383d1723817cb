"""Claim mode: a claim's passages in several articles query the remaining ones together."""

from __future__ import annotations

import numpy as np

from desktop.core.suggest_claim import suggest_claim
from tests.support.suggest_fakes import EN, IT, HashEncoder, index_with, span

EN2 = "Officials met on Monday. Geneva will host the talks on January 10, both sides confirmed. The weather was cold."


def test_each_passage_queries_only_the_other_articles():
    index = index_with(HashEncoder(), it=(IT, "it"), en=(EN, "en"), en2=(EN2, "en"))
    it_span = span(IT, "I colloqui di Ginevra si terranno il 10 gennaio.")
    en_span = span(EN, "The talks in Geneva will take place on January 10.")
    found = suggest_claim(index, [("it", *it_span), ("en", *en_span)], k=0)
    by_article = {s.article_id: s for s in found}
    assert set(by_article) == {"it", "en", "en2"}
    assert "Geneva" in by_article["en2"].quote
    # a passage of the claim is never suggested, in its own article or elsewhere
    for s in found:
        assert (s.article_id, s.start, s.end) not in {("it", *it_span), ("en", *en_span)}


def test_scores_are_the_mean_over_the_asking_passages():
    index = index_with(HashEncoder(), it=(IT, "it"), en=(EN, "en"), en2=(EN2, "en"))
    it_span = span(IT, "I colloqui di Ginevra si terranno il 10 gennaio.")
    en_span = span(EN, "The talks in Geneva will take place on January 10.")
    pair = suggest_claim(index, [("it", *it_span), ("en", *en_span)], targets=["en2"], k=0, per_article=50)
    one = {(s.start, s.end): s.score for s in index.suggest("it", *it_span, targets=["en2"], k=0, per_article=50)}
    two = {(s.start, s.end): s.score for s in index.suggest("en", *en_span, targets=["en2"], k=0, per_article=50)}
    assert pair
    for s in pair:
        assert np.isclose(s.score, (one[(s.start, s.end)] + two[(s.start, s.end)]) / 2, atol=1e-5)


def test_one_word_or_unknown_passages_give_nothing():
    index = index_with(HashEncoder(), it=(IT, "it"), en=(EN, "en"))
    assert suggest_claim(index, []) == []
    assert suggest_claim(index, [("it", 0, 9)]) == []  # "Telefonata": one word
    assert suggest_claim(index, [("missing", 0, 10)]) == []


def test_lexical_fallback_without_model():
    index = index_with(None, it=(IT, "it"), en=(EN, "en"), en2=(EN2, "en"))
    it_span = span(IT, "I colloqui di Ginevra si terranno il 10 gennaio.")
    found = suggest_claim(index, [("it", *it_span)], targets=["en", "en2"], k=0)
    assert found and all(s.method == "lexical" for s in found)
    assert "Geneva" in found[0].quote


def test_claim_mode_suggestions_say_how_many_passages_asked_and_use_its_calibration():
    from desktop.core.suggest_confidence import probability

    index = index_with(HashEncoder(), it=(IT, "it"), en=(EN, "en"), en2=(EN2, "en"))
    it_span = span(IT, "I colloqui di Ginevra si terranno il 10 gennaio.")
    en_span = span(EN, "The talks in Geneva will take place on January 10.")
    found = suggest_claim(index, [("it", *it_span), ("en", *en_span)], targets=["en2"], k=1)
    assert found[0].passages == 2
    assert found[0].probability == probability("combined", True, found[0].score, found[0].lead)
    assert found[0].probability != probability("combined", False, found[0].score, found[0].lead)
    # One passage asking is the one-passage case, with its calibration.
    alone = suggest_claim(index, [("it", *it_span)], targets=["en2"], k=1)[0]
    assert alone.passages == 1 and alone.probability == probability("combined", False, alone.score, alone.lead)


def test_max_aggregate_takes_each_units_best_score():
    index = index_with(HashEncoder(), it=(IT, "it"), en=(EN, "en"), en2=(EN2, "en"))
    it_span = span(IT, "I colloqui di Ginevra si terranno il 10 gennaio.")
    en_span = span(EN, "The talks in Geneva will take place on January 10.")
    best = suggest_claim(
        index, [("it", *it_span), ("en", *en_span)], targets=["en2"], k=0, per_article=50, aggregate="max"
    )
    one = {(s.start, s.end): s.score for s in index.suggest("it", *it_span, targets=["en2"], k=0, per_article=50)}
    two = {(s.start, s.end): s.score for s in index.suggest("en", *en_span, targets=["en2"], k=0, per_article=50)}
    assert best
    for s in best:
        assert np.isclose(s.score, max(one[(s.start, s.end)], two[(s.start, s.end)]), atol=1e-5)
