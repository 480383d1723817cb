"""Merge planning in the core, on in-memory projects: each rule of issue 7 on its own."""

from __future__ import annotations

from dataclasses import replace

from desktop.core.commands import (
    AddArticle,
    DeleteClaim,
    EditClaim,
    HighlightPassage,
    RemoveArticle,
    new_claim_from_passage,
)
from desktop.core.merge import KEEP_BOTH, MERGE, OURS, THEIRS
from desktop.core.merge_report import MergeReport
from desktop.core.merge_resolve import resolve_merge
from desktop.core.model import Verdict
from desktop.core.project import Project
from desktop.core.state import ProjectState
from desktop.core.text import text_sha256
from tests.support.merge import TEXT, CreateClaimHelper, Recording, apply, fork, plan


def test_claim_changed_only_there_is_updated_without_conflict(base):
    ours, _ = base
    theirs = fork(ours)
    claim_id = next(iter(ours.state.claims))
    theirs.run(EditClaim(claim_id, verdict=Verdict.TRUE))
    p = plan(ours, theirs)
    assert not p.conflicts and [after.verdict for _, after in p.updated] == [Verdict.TRUE]


def test_deleted_here_but_edited_there_is_a_conflict_newer_wins(base):
    ours, _ = base
    theirs = fork(ours)
    claim_id = next(iter(ours.state.claims))
    ours.run(DeleteClaim(claim_id))
    theirs.run(EditClaim(claim_id, note="still relevant"))  # after our deletion
    p = plan(ours, theirs)
    conflict = p.conflict(f"claim:{claim_id}")
    assert conflict.reason == "deleted here, changed there" and conflict.default == THEIRS
    apply(ours, p)
    assert ours.state.claims[claim_id].note == "still relevant"


def test_deleted_there_and_untouched_here_is_deleted(base):
    ours, article_id = base
    claim_id = next(iter(ours.state.claims))
    ours.run(EditClaim(claim_id, note="shared before the split"))  # a shared change after the passage
    theirs = fork(ours)
    passage_id = next(iter(ours.state.passages))
    theirs.run(RemoveArticle(article_id))
    p = plan(ours, theirs)
    assert {e.id for e in p.deleted} == {article_id} and not p.conflicts  # its passages go with it
    apply(ours, p)
    assert passage_id not in ours.state.passages
    assert not ours.state.articles and not ours.state.passages


def test_article_removed_there_but_annotated_here_is_a_conflict(base):
    ours, article_id = base
    theirs = fork(ours)
    theirs.run(RemoveArticle(article_id))
    ours.run(HighlightPassage(article_id, 57, 88))  # after their removal: newer
    p = plan(ours, theirs)
    conflict = p.conflict(f"article:{article_id}")
    assert conflict.reason == "deleted there, changed here"
    assert conflict.default == OURS
    apply(ours, p)
    assert article_id in ours.state.articles and len(ours.state.passages) == 2


def test_same_article_imported_twice_matches_by_text_hash(base):
    ours, article_id = base
    theirs = Project(ProjectState(), Recording(), "Bob")
    theirs.run(AddArticle("Other title", TEXT))  # imported separately: another id, same text
    their_article = next(iter(theirs.state.articles.values()))
    assert their_article.id != article_id
    theirs.run(new_claim_from_passage(their_article.id, 57, 88, "The Kremlin published a readout"))
    p = plan(ours, theirs)
    assert p.article_map == {their_article.id: article_id}
    apply(ours, p)
    assert len(ours.state.articles) == 1
    new_passage = next(x for x in ours.state.passages.values() if x.start == 57)
    assert new_passage.article_id == article_id


def test_slightly_different_text_reanchors_and_flags(base):
    ours, article_id = base
    theirs = fork(ours)
    claim = CreateClaimHelper.run(theirs, article_id, "Nessun accordo", "No agreement was announced")
    # Their copy of the article has a slightly different text (e.g. a typo fixed before import).
    article = theirs.state.articles[article_id]
    changed_text = article.text.replace("giovedì sera", "giovedì in serata")
    state = theirs.state
    moved = replace(article, text=changed_text, sha256=text_sha256(changed_text))
    passages = []
    for passage in state.passages.values():
        start = changed_text.find(passage.quote)
        passages.append(replace(passage, start=start, end=start + len(passage.quote)) if start >= 0 else passage)
    theirs.state = ProjectState([moved], passages, state.claims.values())
    p = plan(ours, theirs)
    assert any("slightly different text" in n for n in p.notes)
    moved_ids = {r.passage_id for r in p.reanchored}
    assert claim in {x.claim_id for x in theirs.state.passages.values() if x.id in moved_ids}
    apply(ours, p)
    [placed] = [x for x in ours.state.passages.values() if x.claim_id == claim]
    assert placed.quote == "Nessun accordo" and TEXT[placed.start : placed.end] == "Nessun accordo"


def test_a_passage_that_cannot_be_placed_is_an_orphan_not_dropped(base):
    ours, article_id = base
    theirs = fork(ours)
    claim = CreateClaimHelper.run(theirs, article_id, "Il Cremlino ha diffuso un resoconto", "Readout")
    article = theirs.state.articles[article_id]
    new_text = article.text.replace("Il Cremlino ha diffuso un resoconto.", "Mosca tace.")
    theirs.state = ProjectState(
        [replace(article, text=new_text, sha256=text_sha256(new_text))],
        theirs.state.passages.values(),
        theirs.state.claims.values(),
    )
    p = plan(ours, theirs)
    [orphan] = p.orphans
    assert orphan.passage.quote == "Il Cremlino ha diffuso un resoconto"
    resolution = apply(ours, p)
    report = MergeReport.build(resolution, "bob.crosscheck", applied=True)
    assert report.orphans[0]["claim"] == "Readout" and "could not be found" in report.orphans[0]["reason"]
    assert claim in ours.state.claims  # the claim itself still comes over


def test_possible_duplicate_claims_offered_and_folded_on_request(base):
    ours, article_id = base
    theirs = fork(ours)
    # Both annotate the same sentence under new, different claims.
    mine = CreateClaimHelper.run(ours, article_id, "La Casa Bianca ha parlato di un colloquio serio", "Serious talks")
    their = CreateClaimHelper.run(
        theirs,
        article_id,
        "Casa Bianca ha parlato di un colloquio serio e sostanziale",
        "The White House called the talks serious",
    )
    p = plan(ours, theirs)
    [duplicate] = p.duplicates
    assert (duplicate.ours.id, duplicate.theirs.id, duplicate.choice) == (mine, their, KEEP_BOTH)
    duplicate.choice = MERGE
    resolution = apply(ours, p)
    assert their not in ours.state.claims
    assert len(ours.state.passages_of_claim(mine)) == 2
    assert "Merged claim: The White House called the talks serious" in ours.state.claims[mine].note
    assert resolution.folded


def test_projects_sharing_no_articles_add_everything_with_a_note(base):
    ours, _ = base
    theirs = Project(ProjectState(), Recording(), "Bob")
    theirs.run(AddArticle("Altro", "Un testo completamente diverso su un altro argomento."))
    other_article = next(iter(theirs.state.articles))
    theirs.run(new_claim_from_passage(other_article, 0, 8, "Different"))
    before = dict(ours.state.claims)
    p = plan(ours, theirs)
    assert any("share no articles" in n for n in p.notes)
    apply(ours, p)
    assert len(ours.state.articles) == 2 and set(before) < set(ours.state.claims)


def test_an_id_collision_with_another_kind_is_left_out_with_a_note(base):
    ours, _article_id = base
    theirs = fork(ours)
    my_claim = next(iter(ours.state.claims))
    theirs.run(AddArticle("Altro", "Un testo completamente diverso.", article_id=my_claim))
    p = plan(ours, theirs)
    [added] = [e for e in p.added if getattr(e, "title", "") == "Altro"]
    assert added.id != my_claim  # re-identified, not clashing
    apply(ours, p)
    assert ours.state.claims[my_claim] and added.id in ours.state.articles


def test_report_renders_text_and_json(base):
    import json

    ours, _ = base
    theirs = fork(ours)
    claim_id = next(iter(ours.state.claims))
    ours.run(EditClaim(claim_id, verdict=Verdict.FALSE))
    theirs.run(EditClaim(claim_id, verdict=Verdict.TRUE))
    p = plan(ours, theirs)
    report = MergeReport.build(resolve_merge(p), "bob.crosscheck")
    data = json.loads(report.to_json())
    assert data["summary"]["conflicts"] == 1 and data["conflicts"][0]["fields"] == ["verdict"]
    assert data["conflicts"][0]["theirs"]["modified_by"] == "Bob"
    text = report.to_text()
    assert (
        "would merge" in text
        and "They spoke for 50 minutes" in text
        and "keeping their version (the newer edit)" in text
    )


def test_claimant_and_claim_date_merge_and_conflict_like_any_field(base):
    ours, _article_id = base
    theirs = fork(ours)
    claim_id = next(iter(ours.state.claims))
    theirs.run(EditClaim(claim_id, claimant="Yury Ushakov", claim_date="2021-12-31"))
    p = plan(ours, theirs)
    assert not p.conflicts and [(a.claimant, a.claim_date) for _, a in p.updated] == [("Yury Ushakov", "2021-12-31")]
    report = MergeReport.build(resolve_merge(p))
    assert report.updated[0]["fields"] == ["claimant", "claim_date"]
    apply(ours, p)
    assert ours.state.claims[claim_id].claimant == "Yury Ushakov"
    # Both change the claimant after that: a conflict naming the field; the newer edit wins.
    again = fork(ours)
    ours.run(EditClaim(claim_id, claimant="Dmitry Peskov"))
    again.run(EditClaim(claim_id, claimant="Jen Psaki"))
    p = plan(ours, again)
    conflict = p.conflict(f"claim:{claim_id}")
    assert conflict.fields == ("claimant",) and conflict.default == THEIRS
    assert "[claimant]" in MergeReport.build(resolve_merge(p)).to_text()
    apply(ours, p)
    assert ours.state.claims[claim_id].claimant == "Jen Psaki"


def test_folding_duplicate_claims_keeps_a_claimant_from_either_side(base):
    ours, article_id = base
    theirs = fork(ours)
    mine = CreateClaimHelper.run(ours, article_id, "La Casa Bianca ha parlato di un colloquio serio", "Serious talks")
    their = CreateClaimHelper.run(
        theirs, article_id, "Casa Bianca ha parlato di un colloquio serio e sostanziale", "The White House: serious"
    )
    theirs.run(EditClaim(their, claimant="Jen Psaki", claim_date="2021-12-30"))
    p = plan(ours, theirs)
    [duplicate] = p.duplicates
    duplicate.choice = MERGE
    apply(ours, p)
    kept = ours.state.claims[mine]
    assert (kept.claimant, kept.claim_date) == ("Jen Psaki", "2021-12-30")
