"""Who did what, from a step's entity changes alone (the team status bar's sentence)."""

from __future__ import annotations

from dataclasses import replace

from desktop.core.describe import describe_changes
from desktop.core.model import Article, Claim, Passage, Verdict
from desktop.core.state import EntityChange

CLAIM = Claim(id="c", statement="Biden and Putin spoke for fifty minutes")
PASSAGE = Passage(id="p", article_id="a", start=0, end=5, quote="Biden")


def test_linking_highlighting_and_verdicts_are_named():
    linked = [EntityChange(replace(PASSAGE, id=f"p{n}"), replace(PASSAGE, id=f"p{n}", claim_id="c")) for n in range(2)]
    assert describe_changes(linked) == "linked 2 passages"
    assert describe_changes([EntityChange(None, PASSAGE)]) == "highlighted a passage"
    assert describe_changes([EntityChange(None, replace(PASSAGE, claim_id="c")), EntityChange(None, CLAIM)]) == (
        "linked a passage and made a new claim"
    )
    verdict = EntityChange(CLAIM, replace(CLAIM, verdict=Verdict.FALSE))
    assert describe_changes([verdict]) == "set the verdict of “Biden and Putin spoke for fifty minutes” to False"


def test_removals_and_edits():
    article = Article(id="a", title="Wire", text="Biden", sha256="x")
    removal = [EntityChange(PASSAGE, None), EntityChange(article, None)]
    assert describe_changes(removal) == "deleted a passage and removed an article"
    assert describe_changes([EntityChange(CLAIM, replace(CLAIM, note="n"))]) == "edited a claim"
    assert describe_changes([]) == "made a change"
