"""The calibrated probability of a suggestion and how it is worded."""

from __future__ import annotations

import pytest

from desktop.core.suggest_confidence import CALIBRATIONS, likelihood_text, percent, probability


@pytest.mark.parametrize(
    ("p", "text"),
    [
        (0.48, "unlikely (48%)"),
        (0.5, "likely (50%)"),
        (0.834, "likely (83%)"),
        (0.9996, "likely (99%)"),  # never "100%": a few hundred checked candidates cannot earn it
        (0.0001, "unlikely (1%)"),
    ],
)
def test_wording_is_the_word_then_the_chance(p, text):
    assert likelihood_text(p) == text


def test_shown_percent_stays_inside_what_was_measured():
    assert [percent(p) for p in (0.0, 0.004, 0.5, 0.996, 1.0)] == [1, 1, 50, 99, 99]


@pytest.mark.parametrize("key", sorted(CALIBRATIONS))
def test_a_better_score_or_lead_is_never_less_likely(key):
    calibration = CALIBRATIONS[key]
    assert calibration.score > 0 and calibration.lead > 0
    assert calibration.probability(0.9, 0.1) > calibration.probability(0.6, 0.1)
    assert calibration.probability(0.9, 0.3) > calibration.probability(0.9, 0.0)
    assert 0.0 < calibration.probability(-5.0, -5.0) < calibration.probability(5.0, 5.0) < 1.0


def test_the_model_only_ranking_reads_as_combined_and_leads_are_capped():
    assert probability("model", False, 0.8, 0.2) == probability("combined", False, 0.8, 0.2)
    assert probability("lexical", True, 0.8, 0.2) != probability("combined", True, 0.8, 0.2)
    assert probability("combined", False, 0.8, 5.0) == probability("combined", False, 0.8, 1.0)
