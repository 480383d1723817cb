"""Claim mode: candidates for a claim that already has passages in several articles.

Every unit of a target article is scored against each of the claim's passages *outside* that
article, and the scores are averaged. A passage never queries its own article (leave-target-out),
so a claim found in three reports looks for itself in the fourth with three phrasings at once.
The mean beat the max at rank 1 on the gold set (the max wins at rank 3; docs/suggestions.md): the
panel shows one candidate per article, and with the mean one loose paraphrase does not drag a
wrong unit to the top. The scale stays that of one passage's score, but averaged scores of
right candidates are higher, so claim mode has a calibration of its own (suggest_confidence.py).

Cost: one query encoding per passage (cached) and one lexical re-ranking per passage over the
union of the units the model ranks highest for any of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from .suggest import (
    DEFAULT_WEIGHTS,
    MIN_QUERY_WORDS,
    PREFILTER,
    SMALL_PROJECT,
    SuggestIndex,
    Suggestion,
    Weights,
    _Article,
    _by_article,
    _Options,
    _Query,
    best_first,
)


def suggest_claim(
    index: SuggestIndex,
    passages: Sequence[tuple[str, int, int]],
    *,
    targets: Iterable[str] | None = None,
    k: int = 0,
    per_article: int = 1,
    exclude: Iterable[tuple[str, int, int]] = (),
    weights: Weights = DEFAULT_WEIGHTS,
    aggregate: str = "mean",
) -> list[Suggestion]:
    """Candidates for a claim given its passages (article id, start, end), best first. By
    default every article is a target; in an article holding some of the passages only the
    others query it, and those passages themselves are never suggested. `aggregate` "max" takes
    each unit's best score over the passages instead of the mean (measured, not the default)."""
    index._reweigh()
    queries = []
    for aid, start, end in passages:
        article = index._articles.get(aid)
        if article is None:
            continue
        text = article.text[start:end]
        if len(text.split()) >= MIN_QUERY_WORDS:
            queries.append((aid, index._make_query(text)))
    if not queries:
        return []
    excluded = _by_article(list(exclude) + list(passages))
    wanted = [t for t in (targets if targets is not None else index._articles) if t in index._articles]
    options = _Options(True, weights)
    pools: dict[str, set[int]] = {}
    if len(wanted) > SMALL_PROJECT:  # as in SuggestIndex.suggest: a global pool per passage
        for aid, query in queries:
            for target, units in index._global_pools([t for t in wanted if t != aid], query).items():
                pools.setdefault(target, set()).update(units)
    results: list[Suggestion] = []
    for target in wanted:
        asking = [q for aid, q in queries if aid != target]
        if not asking:
            continue
        article = index._articles[target]
        pool = pools.get(target) if pools else _union_of_prefilters(index, article, asking)
        total: np.ndarray | None = None
        methods: set[str] = set()
        for query in asking:
            scores, method = index._score(article, query, options, sorted(pool) if pool is not None else None)
            if total is None:
                total = scores.astype(np.float64)
            else:
                total = np.maximum(total, scores) if aggregate == "max" else total + scores
            methods.add(method)
        method = "combined" if methods == {"combined"} else "lexical"
        if total is None:  # `asking` is never empty here
            continue
        combined = total if aggregate == "max" else total / len(asking)
        results.extend(
            index._pick(
                article, combined.astype(np.float32), method, excluded.get(target, []), per_article, len(asking)
            )
        )
    results = best_first(results)
    return results[:k] if k > 0 else results


def _union_of_prefilters(index: SuggestIndex, article: _Article, queries: Sequence[_Query]) -> set[int] | None:
    """The units any passage's model ranking puts in its top PREFILTER (None: no model here, the
    lexical signals score every unit)."""
    pool: set[int] = set()
    for query in queries:
        model_scores = index._model_scores(article, query)
        if model_scores is None:
            return None
        pool.update(int(i) for i in np.argsort(-model_scores)[:PREFILTER])
    return pool
