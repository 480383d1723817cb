"""How sure a suggestion is: the probability that the candidate makes the same claim, and its wording.

A ranking score is not a probability (it passes 1.0 for a headline that merely names the event), so
the window and `crosscheck suggest` show a calibrated one instead:

    p = 1 / (1 + exp(-(intercept + w_score * score + w_lead * lead)))

where `lead` is how far the candidate is ahead of its article's next candidate (negative for one
that is not the article's best): a clear winner is more often right than the best of several
near-equals. The coefficients are fitted by logistic regression on the gold set's candidates,
labelled right or wrong, in the articles that carry the claim and in those that do not
(`python -m benchmarks.suggest_calibration`, cross-validated by claim in docs/suggestions.md),
separately with and without the model and for one passage and claim mode, whose scores are
distributed differently.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .i18n import Context

confidence_texts = Context("confidence_texts")
LIKELY = 0.5  # a candidate is "likely" when it is right more often than not
LEAD_CAP = 1.0  # leads beyond this were never seen in fitting: do not extrapolate
# A few hundred hand-checked candidates cannot earn "100%" (or "0%"): the shown figure stops short.
SHOWN_MIN, SHOWN_MAX = 1, 99


@dataclass(frozen=True, slots=True)
class Calibration:
    intercept: float
    score: float
    lead: float

    def probability(self, score: float, lead: float) -> float:
        lead = max(-LEAD_CAP, min(LEAD_CAP, lead))
        z = self.intercept + self.score * score + self.lead * lead
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# Fitted by benchmarks/suggest_calibration.py on the 152-query gold set, keyed by (method, claim
# mode). Both slopes are positive, so within an article a better score is never less likely.
CALIBRATIONS: dict[tuple[str, bool], Calibration] = {
    ("combined", False): Calibration(intercept=-3.341, score=3.016, lead=2.655),
    ("combined", True): Calibration(intercept=-3.726, score=3.806, lead=2.620),
    ("lexical", False): Calibration(intercept=-2.429, score=3.454, lead=3.523),
    ("lexical", True): Calibration(intercept=-2.470, score=4.192, lead=2.948),
}


def probability(method: str, claim_mode: bool, score: float, lead: float) -> float:
    """The calibrated probability for a candidate ranked by `method` ("combined", "lexical"; the
    benchmarks' model-only ranking is read as combined)."""
    key = (method if method == "lexical" else "combined", claim_mode)
    return CALIBRATIONS[key].probability(score, lead)


def percent(p: float) -> int:
    return max(SHOWN_MIN, min(SHOWN_MAX, round(p * 100)))


def likelihood_text(p: float) -> str:
    """ "likely (83%)" or "unlikely (12%)": the word and the chance that the candidate is right,
    never "48% unlikely"."""
    if p >= LIKELY:
        return confidence_texts.tr("likely ({percent}%)", percent=percent(p))
    return confidence_texts.tr("unlikely ({percent}%)", percent=percent(p))
