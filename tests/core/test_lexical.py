"""Cross-language lexical signals: figures and dates, names, cognate n-grams."""

from __future__ import annotations

from desktop.core import lexical


def test_numbers_and_dates_match_across_languages():
    assert "50" in lexical.numbers("chiuso dopo 50 minuti") & lexical.numbers("lasted fifty minutes")
    assert lexical.numbers("il 12 gennaio") == lexical.numbers("on January 12") == {"12", "m1"}
    assert lexical.numbers("on the 13th") == {"13"}
    assert lexical.numbers("100.000 soldati") == lexical.numbers("100,000 troops") == {"100000"}
    assert lexical.numbers("il 9-10 gennaio") == {"9", "10", "m1"}


def test_names_fold_case_and_accents():
    assert lexical.names("Talks with the NATO and OSCE") >= {"nato", "osce"}
    assert lexical.names("Colloqui con la Nato e l'Osce") >= {"nato"}
    assert "putin" in lexical.names("Il presidente Putin parla")


def test_cognates_score_higher_than_unrelated_words():
    idf = lexical.IdfTable()
    feats = [lexical.features(t) for t in ("nuove sanzioni economiche", "new economic sanctions", "il tempo è bello")]
    for f in feats:
        idf.add(f.grams)
    for f in feats:
        idf.weigh(f)
    related = lexical.score(feats[0], feats[1]).grams
    unrelated = lexical.score(feats[0], feats[2]).grams
    assert related > unrelated


def test_conflicting_figures_are_flagged():
    a, b = lexical.features("il 30 dicembre"), lexical.features("il 31 dicembre")
    assert lexical.score(a, b).number_conflict == 0.0  # dicembre is shared
    c, d = lexical.features("dopo 50 minuti"), lexical.features("dopo 20 minuti")
    assert lexical.score(c, d).number_conflict == 1.0
