"""Calibration of the suggestions' probabilities on the hand-linked gold set.

    python -m benchmarks.suggest_calibration [--model usem3|none]

The window and `crosscheck suggest` show, for each candidate, the probability that it makes the
claim (desktop/core/suggest_confidence.py). This fits that probability and measures it:

- candidates: for every passage of every gold claim and every other sample article, the article's
  best three places as the engine ranks them (one passage); and for every claim and article with
  two or more of the claim's passages outside it, the same in claim mode. A candidate is right when
  it covers a passage of the claim in that article (benchmarks.suggest_quality.is_hit); in an
  article that does not carry the claim every candidate is wrong;
- a logistic regression on (score, lead) per (method, claim mode), fitted on all claims (the
  shipped coefficients) and with 5-fold cross-validation by claim (the same folds as
  benchmarks.suggest_quality), which the Brier score, log loss and reliability table are
  computed on;
- before: the percentage shown until now (the score itself, cut to 0-100%) and the old "likely"
  rule (score >= 0.63, claim mode >= 0.71), on the candidates the old ranking (no heading penalty)
  returned.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, replace

import numpy as np

from benchmarks.suggest_quality import build_index, is_hit, load_gold
from desktop.core.suggest import DEFAULT_WEIGHTS, SuggestIndex, Weights
from desktop.core.suggest_claim import suggest_claim
from desktop.core.suggest_confidence import CALIBRATIONS, LEAD_CAP, LIKELY, Calibration

FOLDS = 5
PER_ARTICLE = 3  # the places of one article a candidate can hold in the CLI's `--in` listing
L2 = 1.0  # ridge on the slopes: a few hundred candidates, three parameters
OLD_THRESHOLDS = {False: 0.63, True: 0.71}  # the "likely" rule before calibration


@dataclass(frozen=True)
class Candidate:
    claim: int
    pair: tuple[int, str, str]  # (claim, asking passage or "claim", target): one row of the dock
    rank: int  # 0: the article's best
    score: float
    lead: float
    right: bool
    carrier: bool  # the target article carries the claim


def _claim_spans(texts: dict[str, str], claim: dict) -> tuple[list[tuple[str, int, int]], dict[str, list]]:
    """The claim's asking passages and every right answer per article (as load_gold counts them)."""
    answers: dict[str, list[tuple[int, int]]] = {}
    asking = []
    for p in claim["passages"]:
        text = texts[p["file"]]
        start = text.find(p["quote"])
        while start >= 0:
            answers.setdefault(p["file"], []).append((start, start + len(p["quote"])))
            start = text.find(p["quote"], start + 1)
        if not p.get("also"):
            first = text.index(p["quote"])
            asking.append((p["file"], first, first + len(p["quote"])))
    return asking, answers


def candidates(
    index: SuggestIndex, texts: dict[str, str], claims: list[dict], claim_mode: bool, weights: Weights = DEFAULT_WEIGHTS
) -> list[Candidate]:
    rows = []
    for number, claim in enumerate(claims):
        asking, answers = _claim_spans(texts, claim)
        for target in texts:
            if claim_mode:
                outside = [p for p in asking if p[0] != target]
                if len(outside) < 2:
                    continue  # one passage asking is the one-passage case
                groups = [
                    ("claim", suggest_claim(index, outside, targets=[target], per_article=PER_ARTICLE, weights=weights))
                ]
            else:
                groups = [
                    (
                        f"{source}:{start}",
                        index.suggest(
                            source, start, end, targets=[target], k=0, per_article=PER_ARTICLE, weights=weights
                        ),
                    )
                    for source, start, end in asking
                    if source != target
                ]
            for key, found in groups:
                for rank, s in enumerate(found):
                    rows.append(
                        Candidate(
                            number,
                            (number, key, target),
                            rank,
                            s.score,
                            s.lead,
                            is_hit(s.start, s.end, answers.get(target, [])),
                            target in answers,
                        )
                    )
    return rows


def _design(rows: list[Candidate]) -> np.ndarray:
    return np.array([[1.0, r.score, max(-LEAD_CAP, min(LEAD_CAP, r.lead))] for r in rows])


def fit(rows: list[Candidate], l2: float = L2) -> Calibration:
    """Logistic regression by Newton's method, the intercept unpenalised."""
    x, y = _design(rows), np.array([float(r.right) for r in rows])
    w = np.zeros(3)
    ridge = np.diag([0.0, l2, l2])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + ridge @ w
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + ridge
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return Calibration(float(w[0]), float(w[1]), float(w[2]))


def cross_validated(rows: list[Candidate], folds: int = FOLDS) -> np.ndarray:
    """Each candidate's probability from coefficients fitted on the other folds' claims."""
    claims = sorted({r.claim for r in rows})
    out = np.zeros(len(rows))
    for fold in range(folds):
        held = set(claims[fold::folds])
        calibration = fit([r for r in rows if r.claim not in held])
        for i, r in enumerate(rows):
            if r.claim in held:
                out[i] = calibration.probability(r.score, r.lead)
    return out


def brier(p: np.ndarray, y: np.ndarray) -> float:
    return float(np.mean((p - y) ** 2))


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def reliability(p: np.ndarray, y: np.ndarray, bins: int = 5) -> list[tuple[str, int, float, float]]:
    """(bin, candidates, mean predicted, share right) per probability bin."""
    table = []
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        inside = (p >= low) & ((p < high) if b < bins - 1 else (p <= high))
        if inside.any():
            table.append((f"{low:.0%}-{high:.0%}", int(inside.sum()), float(p[inside].mean()), float(y[inside].mean())))
    return table


def expected_calibration_error(p: np.ndarray, y: np.ndarray, bins: int = 5) -> float:
    return sum(n / len(p) * abs(mean - share) for _, n, mean, share in reliability(p, y, bins))


def fit_all(index: SuggestIndex, texts: dict[str, str], claims: list[dict], method: str) -> dict:
    """The shipped coefficients for one ranking method: (method, claim mode) -> Calibration."""
    modes = [False, True]
    return {(method, mode): fit(candidates(index, texts, claims, mode)) for mode in modes}


def _report(label: str, rows: list[Candidate], p: np.ndarray) -> list[str]:
    y = np.array([float(r.right) for r in rows])
    top = np.array([r.rank == 0 for r in rows])
    lines = []
    for name, mask in (
        ("best of each article (the dock's rows)", top),
        ("best three of each article", ~np.zeros_like(top)),
    ):
        pm, ym = p[mask], y[mask]
        lines.append(
            f"  {label}, {name}: {int(mask.sum())} candidates, {ym.mean():.1%} right; Brier {brier(pm, ym):.3f}, "
            f"log loss {log_loss(pm, ym):.3f}, ECE {expected_calibration_error(pm, ym):.3f}"
        )
    lines.append(
        "    reliability (best of each article): "
        + "; ".join(
            f"{b}: {n} shown at {m:.0%} on average, {s:.0%} right" for b, n, m, s in reliability(p[top], y[top])
        )
    )
    return lines


def _article_accuracy(rows: list[Candidate], likely: np.ndarray) -> float:
    """How often "the article probably carries the claim" (its best candidate is likely) is right."""
    best = [(r, bool(k)) for r, k in zip(rows, likely, strict=True) if r.rank == 0]
    return sum(k == r.carrier for r, k in best) / len(best)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="usem3", choices=["usem3", "none"])
    args = parser.parse_args()
    texts, _, claims = load_gold()
    indexes = [("lexical", build_index(texts))]
    if args.model != "none":
        from desktop.suggest_model import load_encoder

        loaded = load_encoder(args.model)
        if loaded.encoder is None:
            raise SystemExit(loaded.error)
        indexes.insert(0, ("combined", build_index(texts, loaded.encoder)))
    old_weights = replace(DEFAULT_WEIGHTS, heading=0.0)
    for method, index in indexes:
        for mode in (False, True):
            label = f"{method}, {'claim mode' if mode else 'one passage'}"
            rows = candidates(index, texts, claims, mode)
            old = candidates(index, texts, claims, mode, old_weights)
            shipped = fit(rows)
            print(f"== {label}: {len(rows)} candidates in {len({r.pair for r in rows})} article rows")
            p_old = np.clip([r.score for r in old], 0.0, 1.0)
            for line in _report("before: score as percentage", old, p_old):
                print(line)
            p_cv = cross_validated(rows)
            for line in _report("after: calibrated, 5-fold cross-validated by claim", rows, p_cv):
                print(line)
            p_fit = np.array([shipped.probability(r.score, r.lead) for r in rows])
            old_likely = np.array([r.score for r in old]) >= OLD_THRESHOLDS[mode]
            print(
                "  'probably carries the claim' (its best candidate is likely), right for: "
                f"before {_article_accuracy(old, old_likely):.1%} of article rows (the old rule: score >= 0.63, 0.71 in claim mode); "
                f"after {_article_accuracy(rows, p_cv >= LIKELY):.1%} cross-validated, "
                f"{_article_accuracy(rows, p_fit >= LIKELY):.1%} fitted"
            )
            current = CALIBRATIONS[(method, mode)]
            print(
                f"  coefficients: Calibration(intercept={shipped.intercept:.3f}, score={shipped.score:.3f}, "
                f"lead={shipped.lead:.3f}); shipped: {current}"
            )


if __name__ == "__main__":
    main()
