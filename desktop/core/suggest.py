"""Link suggestions: where does the same claim appear in the other articles, in any language?

The ranking of candidate units (see units.py) for a query passage. Each unit gets

    score = W_MODEL * cosine(model vectors)
          + W_GRAMS * char 4-gram tf-idf cosine + W_NUMBERS * figures shared
          + W_NAMES * names shared - W_CONFLICT * figures that disagree
          - W_SHORT * shortness (units much shorter than the passage: headlines)
          - W_HEADING * is a heading (a short line of its own: a headline, title or subheading)

with weights learned on the gold set (benchmarks/data/suggest_gold.json, docs/suggestions.md).
When an article's language is not covered by the model, its vectors are missing (still being
computed) or no model loaded, that article is ranked by the lexical signals alone and its
suggestions say so (`method == "lexical"`). Each suggestion also carries a calibrated probability
that it is right (suggest_confidence.py); results are ordered by it.

The model is anything with `name`, `languages` and `encode(texts) -> (n, d) unit vectors`; the
adapters live outside core (desktop/suggest_model.py). numpy is used for the vector products only.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from . import lexical
from .suggest_confidence import LIKELY, probability
from .units import SEGMENTER_VERSION, Unit, candidate_units, is_heading


@dataclass(frozen=True, slots=True)
class Weights:
    model: float = 1.0
    grams: float = 1.0
    numbers: float = 0.3
    names: float = 0.0
    conflict: float = 0.0
    short: float = 0.3  # most a unit under SHORT_RATIO of the passage's length loses
    heading: float = 0.0  # what a heading (units.is_heading) loses


# Learned on the gold set by a listwise logistic regression over these signals (python -m
# benchmarks.suggest_learn; 5-fold cross-validation by claim in docs/suggestions.md). Names and
# conflicting figures got weight ~0 there: they do not help on top of the n-grams. Headings lose
# half a model cosine (chosen on the same set; the regression itself puts 0.62 there), so a headline
# that names the event no longer outranks the sentence that carries the claim.
DEFAULT_WEIGHTS = Weights(model=1.0, grams=1.86, numbers=0.29, short=0.89, heading=0.5)
PREFILTER = 20  # units per article re-ranked with the lexical signals when the model ranks first
SMALL_PROJECT = 20  # above this many target articles, re-rank a global pool instead
GLOBAL_POOL = 240  # units re-ranked lexically in a large project
SHORT_RATIO = 0.3  # units under 30% of the passage length lose up to Weights.short
MIN_QUERY_WORDS = 2  # an empty or one-word passage gets no suggestions


class Encoder(Protocol):
    name: str  # model name and version: part of the vector cache key
    languages: frozenset[str]  # primary language subtags the model covers ("it", "en")

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), d) float32 rows of unit length."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    article_id: str
    start: int
    end: int
    quote: str
    score: float
    method: str  # "combined" (model + lexical) or "lexical" (fallback)
    language: str = ""
    passages: int = 1  # how many passages asked (claim mode averages their scores)
    lead: float = 0.0  # score minus the article's next candidate (negative: not the article's best)
    probability: float = 0.0  # that the candidate makes the claim (calibrated, suggest_confidence.py)

    @property
    def likely(self) -> bool:
        return self.probability >= LIKELY

    def as_json(self) -> dict[str, object]:
        return {
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "score": round(self.score, 4),
            "probability": round(self.probability, 3),
            "likely": self.likely,
            "method": self.method,
            "language": self.language,
        }


def best_first(suggestions: list[Suggestion]) -> list[Suggestion]:
    """The order every list of suggestions is shown in: most probably right first. Within one
    article this is the score order (the calibration's slopes are positive)."""
    return sorted(suggestions, key=lambda s: (-s.probability, -s.score))


def cache_key(encoder_name: str) -> str:
    """Vectors are valid for one model version and one way of cutting units."""
    return f"{encoder_name}/{SEGMENTER_VERSION}"


def primary_language(tag: str) -> str:
    return tag.split("-")[0].split("_")[0].lower()


@dataclass
class _Article:
    id: str
    sha256: str
    language: str
    text: str
    units: list[Unit]
    feats: list[lexical.LexicalFeatures]
    headings: np.ndarray  # bool per unit: units.is_heading
    vectors: np.ndarray | None = None


Prepared = tuple[list[Unit], list[lexical.LexicalFeatures]]


def prepare(text: str) -> Prepared:
    """The units of a text and their lexical features: pure computation, safe on any thread."""
    units = candidate_units(text)
    return units, [lexical.features(text[u.start : u.end]) for u in units]


def prepare_packed(text: str) -> bytes:
    """prepare() for another process: its result as plain tuples, pickled.

    The receiving side's unpickling runs on a helper thread that competes with the GUI thread for
    the GIL; a bytes object unpickles at once, whereas Counters and slotted dataclasses run Python
    code per object (measured: stalls of 120-180 ms at 500 articles). unpack_prepared() then
    rebuilds the objects on the GUI thread, one article per time slice."""
    units, feats = prepare(text)
    plain = ([(u.start, u.end, u.kind) for u in units], [(f.numbers, f.names, dict(f.grams), f.words) for f in feats])
    return pickle.dumps(plain, protocol=pickle.HIGHEST_PROTOCOL)


def unpack_prepared(data: bytes) -> Prepared:
    """The inverse of prepare_packed (only for bytes our own child process produced)."""
    units, feats = pickle.loads(data)
    return (
        [Unit(*u) for u in units],
        [lexical.LexicalFeatures(numbers, names, grams, words) for numbers, names, grams, words in feats],
    )


def _words(text: str) -> int:
    return len(text.split())


class SuggestIndex:
    """Units, lexical features and (once computed) model vectors of a project's articles."""

    def __init__(self, encoder: Encoder | None = None, model_error: str = "") -> None:
        self.encoder = encoder
        self.model_error = model_error  # why there is no model, for the UI and CLI to show
        self._articles: dict[str, _Article] = {}
        self._idf = lexical.IdfTable()
        self._weighed_docs = 0
        self._generation = 0
        self._query_cache: dict[str, np.ndarray] = {}

    # --- building -------------------------------------------------------------------------
    def knows(self, article_id: str, sha256: str) -> bool:
        known = self._articles.get(article_id)
        return known is not None and known.sha256 == sha256

    def add_article(
        self, article_id: str, text: str, sha256: str, language: str = "", prepared: Prepared | None = None
    ) -> None:
        """Add or replace an article. `prepared` (from prepare(), e.g. computed on a worker
        thread) saves the splitting and feature extraction here."""
        if self.knows(article_id, sha256):
            return
        units, feats = prepared if prepared is not None else prepare(text)
        for f in feats:
            self._idf.add(f.grams)
        headings = np.array([is_heading(text, u) for u in units], dtype=bool)
        self._articles[article_id] = _Article(
            article_id, sha256, primary_language(language), text, units, feats, headings
        )

    def remove_article(self, article_id: str) -> None:
        self._articles.pop(article_id, None)  # its grams stay in the idf table: harmless

    def article_ids(self) -> list[str]:
        return list(self._articles)

    def units(self, article_id: str) -> list[Unit]:
        return self._articles[article_id].units

    def unit_texts(self, article_id: str) -> list[str]:
        a = self._articles[article_id]
        return [a.text[u.start : u.end] for u in a.units]

    def covered(self, article_id: str) -> bool:
        """Does the model cover this article's language? Unknown language: assume yes."""
        a = self._articles[article_id]
        return self.encoder is not None and (not a.language or a.language in self.encoder.languages)

    def needs_vectors(self) -> list[str]:
        return [aid for aid, a in self._articles.items() if a.vectors is None and self.covered(aid)]

    def set_vectors(self, article_id: str, sha256: str, vectors: np.ndarray) -> bool:
        """Attach vectors computed for this text; refused (False) when stale or mis-shaped."""
        a = self._articles.get(article_id)
        if a is None or a.sha256 != sha256 or len(vectors) != len(a.units):
            return False
        a.vectors = np.asarray(vectors, dtype=np.float32)
        return True

    def has_vectors(self, article_id: str) -> bool:
        return self._articles[article_id].vectors is not None

    def _reweigh(self) -> None:
        # The idf table moves on when the collection has grown by a quarter; unit vectors are
        # re-weighed lazily, only when a query scores them (see _weighed).
        if not self._weighed_docs or self._idf.docs > self._weighed_docs * 1.25:
            self._weighed_docs = self._idf.docs
            self._generation += 1

    def _weighed(self, feats: lexical.LexicalFeatures) -> lexical.LexicalFeatures:
        if feats.generation != self._generation:
            self._idf.weigh(feats)
            feats.generation = self._generation
        return feats

    def _query_vector(self, encoder: Encoder, text: str) -> np.ndarray:
        vector = self._query_cache.get(text)
        if vector is None:
            vector = encoder.encode([text])[0]
            if len(self._query_cache) >= 256:  # the passages of one session: a small cache is plenty
                self._query_cache.pop(next(iter(self._query_cache)))
            self._query_cache[text] = vector
        return vector

    # --- ranking --------------------------------------------------------------------------
    def suggest(
        self,
        article_id: str,
        start: int,
        end: int,
        *,
        targets: Iterable[str] | None = None,
        k: int = 3,
        per_article: int = 1,
        exclude: Iterable[tuple[str, int, int]] = (),
        query_text: str | None = None,
        use_model: bool = True,
        use_lexical: bool = True,
        weights: Weights = DEFAULT_WEIGHTS,
    ) -> list[Suggestion]:
        """Candidates for the passage [start, end) of `article_id`, best first: at most
        `per_article` from each target article and `k` overall (k <= 0: no overall limit)."""
        source = self._articles.get(article_id)
        text = query_text if query_text is not None else (source.text[start:end] if source else "")
        if _words(text) < MIN_QUERY_WORDS:
            return []
        self._reweigh()
        query = self._make_query(text, use_model)
        excluded = _by_article(exclude)
        if source is not None:
            excluded.setdefault(article_id, []).append((start, end))
        wanted = [t for t in (targets if targets is not None else self._articles) if t in self._articles]
        if targets is None:
            wanted = [t for t in wanted if t != article_id]
        options = _Options(use_lexical, weights)
        pools = self._global_pools(wanted, query) if use_lexical and len(wanted) > SMALL_PROJECT else {}
        results: list[Suggestion] = []
        for target in wanted:
            scores, method = self._score(self._articles[target], query, options, pools.get(target))
            results.extend(self._pick(self._articles[target], scores, method, excluded.get(target, []), per_article))
        results = best_first(results)
        return results[:k] if k > 0 else results

    def _make_query(self, text: str, use_model: bool = True) -> _Query:
        query = _Query(lexical.features(text), None)
        self._idf.weigh(query.feats)
        if use_model and self.encoder is not None:
            query.vector = self._query_vector(self.encoder, text)
        return query

    def _model_scores(self, a: _Article, query: _Query) -> np.ndarray | None:
        """The model's score of each unit of `a` for the query; None where the model cannot score."""
        if query.vector is None or a.vectors is None or not self.covered(a.id):
            return None
        if a.vectors.shape[1] != query.vector.shape[0]:
            return None
        scores: np.ndarray = a.vectors @ query.vector
        return scores

    def _global_pools(self, wanted: list[str], query: _Query) -> dict[str, list[int]]:
        """In a large project only the GLOBAL_POOL units the model ranks highest over all articles
        are re-ranked with the (pure Python) lexical signals; the rest keep their model score."""
        owners, scores = [], []
        for aid in wanted:
            a = self._articles[aid]
            model_scores = self._model_scores(a, query)
            if model_scores is not None and len(a.units):
                owners.append((aid, len(a.units)))
                scores.append(model_scores)
        if not scores:
            return {}
        flat = np.concatenate(scores)
        top = np.argpartition(-flat, min(GLOBAL_POOL, len(flat) - 1))[:GLOBAL_POOL]
        bounds = np.cumsum([0] + [n for _, n in owners])
        pools: dict[str, list[int]] = {aid: [] for aid, _ in owners}
        for position in top:
            which = int(np.searchsorted(bounds, position, side="right")) - 1
            pools[owners[which][0]].append(int(position - bounds[which]))
        return pools

    def _score(
        self, a: _Article, query: _Query, options: _Options, pool_override: list[int] | None = None
    ) -> tuple[np.ndarray, str]:
        """A score for every unit of the article (units outside the prefilter get -inf, or their
        model score alone when a global pool chose the units to re-rank)."""
        w = options.weights
        n = len(a.units)
        if not n:
            return np.zeros(0, dtype=np.float32), "lexical"
        model_scores = self._model_scores(a, query)
        pool: Iterable[int]
        if model_scores is not None:
            if not options.use_lexical:
                return w.model * model_scores if w.model else model_scores, "model"
            if pool_override is not None:
                scores, pool = (w.model * model_scores).astype(np.float32), pool_override
            else:
                scores = np.full(n, -np.inf, dtype=np.float32)
                pool = np.argsort(-model_scores)[:PREFILTER] if n > PREFILTER else range(n)
            method = "combined"
        elif options.use_lexical:
            scores, pool, method = np.zeros(n, dtype=np.float32), range(n), "lexical"
        else:
            return np.full(n, -np.inf, dtype=np.float32), "model"
        for index in pool:
            index = int(index)
            lex = lexical.score(query.feats, self._weighed(a.feats[index]))
            value = (
                w.grams * lex.grams + w.numbers * lex.numbers + w.names * lex.names - w.conflict * lex.number_conflict
            )
            if model_scores is not None:
                value += w.model * float(model_scores[index])
            unit_words = a.feats[index].words
            if unit_words < query.feats.words * SHORT_RATIO:  # a headline fragment matches everything a little
                value -= w.short * (1 - unit_words / (query.feats.words * SHORT_RATIO))
            scores[index] = value
        if w.heading:
            scores[a.headings] -= w.heading  # also units a global pool scored by the model alone
        return scores, method

    def _pick(
        self,
        a: _Article,
        scores: np.ndarray,
        method: str,
        excluded: Sequence[tuple[int, int]],
        per_article: int,
        passages: int = 1,
    ) -> list[Suggestion]:
        """The article's best `per_article` places, each with its lead over the runner-up (or,
        below the best, its gap to the best) and its calibrated probability."""
        places: list[tuple[Unit, float]] = []
        for index in np.argsort(-scores):
            value = float(scores[index])
            if value == -np.inf:
                break
            unit = a.units[int(index)]
            if any(unit.start < e and s < unit.end for s, e in excluded):
                continue
            if any(unit.start < u.end and u.start < unit.end for u, _ in places):
                continue  # a sentence and its own clause are one place in the text
            places.append((unit, value))
            if len(places) > per_article:
                break  # one more than asked for: the runner-up sets the best one's lead
        chosen = []
        for rank, (unit, value) in enumerate(places[:per_article]):
            rival = places[0][1] if rank else (places[1][1] if len(places) > 1 else 0.0)
            lead = value - rival
            chosen.append(
                Suggestion(
                    a.id,
                    unit.start,
                    unit.end,
                    a.text[unit.start : unit.end],
                    value,
                    method,
                    a.language,
                    passages,
                    lead,
                    probability(method, passages > 1, value, lead),
                )
            )
        return chosen


@dataclass
class _Query:
    feats: lexical.LexicalFeatures
    vector: np.ndarray | None


@dataclass(frozen=True)
class _Options:
    use_lexical: bool
    weights: Weights


def _by_article(spans: Iterable[tuple[str, int, int]]) -> dict[str, list[tuple[int, int]]]:
    found: dict[str, list[tuple[int, int]]] = {}
    for aid, s, e in spans:
        found.setdefault(aid, []).append((s, e))
    return found
