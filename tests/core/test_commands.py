"""The domain core: commands, one undo stack, change notifications (docs/architecture.md §2)."""

from __future__ import annotations

import pytest

from desktop.core.commands import (
    AddArticle,
    CommandError,
    Compound,
    CreateClaim,
    DeleteClaim,
    DeletePassage,
    EditArticle,
    EditClaim,
    EditPassage,
    HighlightPassage,
    LinkPassage,
    MergeClaims,
    RemoveArticle,
    UnlinkPassage,
    new_claim_from_passage,
)
from desktop.core.model import Stance, Verdict
from desktop.core.project import MemoryPersistence, Project, ReadOnlyProjectError
from desktop.core.state import ProjectState

TEXT_IT = "Il colloquio è durato 50 minuti. Biden ha avvertito Putin delle sanzioni."
TEXT_EN = "The call lasted fifty minutes 😀. Putin warned of a complete break in relations."


@pytest.fixture
def project():
    project = Project(ProjectState(), MemoryPersistence(), author="Ada")
    project.run(AddArticle(title="IT", text=TEXT_IT, language="it"))
    project.run(AddArticle(title="EN", text=TEXT_EN, language="en"))
    return project


def ids(project):
    it, en = list(project.state.articles)
    return it, en


def snapshot(project):
    s = project.state
    return (dict(s.articles), dict(s.passages), dict(s.claims))


def test_new_claim_from_selection_is_one_undo_step_and_notifies_once(project):
    it, _ = ids(project)
    seen = []
    project.subscribe(seen.append)
    changes = project.run(new_claim_from_passage(it, 0, 31, "The call lasted 50 minutes"), initiator="pane1")
    assert len(seen) == 1 and seen[0] is changes and changes.initiator == "pane1"
    assert len(project.state.claims) == 1 and len(project.state.passages) == 1
    passage = next(iter(project.state.passages.values()))
    assert passage.quote == TEXT_IT[0:31] and passage.created_by == "Ada"
    assert changes.articles_with_changed_passages == {it}
    assert project.undo_label == "New claim from selection"
    project.undo()
    assert not project.state.claims and not project.state.passages
    project.redo()
    assert len(project.state.claims) == 1 and len(project.state.passages) == 1


def test_link_across_languages_and_sources_of_claim(project):
    it, en = ids(project)
    project.run(new_claim_from_passage(it, 0, 31, "Call lasted 50 minutes"))
    claim_id = next(iter(project.state.claims))
    highlight = HighlightPassage(en, 0, 31)
    project.run(highlight)
    project.run(LinkPassage(highlight.passage_id, claim_id))
    assert project.state.sources_of_claim(claim_id) == [it, en]
    assert project.state.passages[highlight.passage_id].quote == TEXT_EN[:31]
    project.run(UnlinkPassage(highlight.passage_id))
    assert project.state.sources_of_claim(claim_id) == [it]
    assert project.state.unlinked_passages()[0].id == highlight.passage_id


def test_every_command_round_trips_through_undo(project):
    it, en = ids(project)
    before = snapshot(project)
    c1, c2 = CreateClaim("Claim one"), CreateClaim("Claim two", verdict=Verdict.FALSE)
    h1, h2 = HighlightPassage(it, 0, 10, claim_id=c1.claim_id), HighlightPassage(en, 4, 8, claim_id=c2.claim_id)
    steps = [
        c1,
        c2,
        h1,
        h2,
        EditPassage(h1.passage_id, stance=Stance.REFUTES, note="odd"),
        EditClaim(c1.claim_id, statement="Claim 1", verdict=Verdict.MOSTLY_TRUE, tags=["a", "a", " b "]),
        EditClaim(c1.claim_id, claimant=" Dmitry  Peskov ", claim_date="2021-12-30T21:00+03:00"),
        EditClaim(c1.claim_id, claim_date=""),
        EditArticle(en, {"published": "2021-W52-4"}),
        EditArticle(it, {"title": "Italian", "outlet": "ANSA"}),
        MergeClaims(c1.claim_id, c2.claim_id),
        DeletePassage(h1.passage_id),
        DeleteClaim(c1.claim_id, keep_passages=True),
        RemoveArticle(en),
    ]
    states = [snapshot(project)]
    for step in steps:
        project.run(step)
        states.append(snapshot(project))
    assert project.state.claims == {} and list(project.state.articles) == [it]
    for expected in reversed(states[:-1]):
        project.undo()
        assert snapshot(project) == expected
    assert snapshot(project) == before
    for expected in states[1:]:
        project.redo()
        assert snapshot(project) == expected


def test_merge_claims_moves_passages_and_combines_tags(project):
    it, en = ids(project)
    a, b = CreateClaim("Fifty minutes", tags=["call"]), CreateClaim("50 minutes", tags=["duration"], note="dup")
    project.run(
        Compound(
            [a, b, HighlightPassage(it, 0, 5, claim_id=a.claim_id), HighlightPassage(en, 0, 5, claim_id=b.claim_id)]
        )
    )
    project.run(MergeClaims(a.claim_id, b.claim_id))
    assert list(project.state.claims) == [a.claim_id]
    merged = project.state.claims[a.claim_id]
    assert merged.tags == ("call", "duration") and "50 minutes" in merged.note
    assert project.state.sources_of_claim(a.claim_id) == [it, en]


def test_claimant_and_claim_date_are_cleaned_and_folded_on_merge(project):
    a = CreateClaim("Fifty minutes", claimant="  Dmitry\tPeskov ", claim_date="2021-12-30 21:00")
    b = CreateClaim("50 minutes", claimant="Yuri Ushakov", claim_date="2021-12-31")
    c = CreateClaim("Fifty", claim_date="2021-12-30")
    project.run(Compound([a, b, c]))
    claim = project.state.claims[a.claim_id]
    assert (claim.claimant, claim.claim_date) == ("Dmitry Peskov", "2021-12-30T21:00")
    project.run(EditClaim(a.claim_id, claimant=""))
    project.run(MergeClaims(a.claim_id, b.claim_id))  # kept had no claimant: it takes the absorbed one's
    merged = project.state.claims[a.claim_id]
    assert merged.claimant == "Yuri Ushakov" and merged.claim_date == "2021-12-30T21:00"
    assert "Merged claim's claim date: 2021-12-31" in merged.note  # differing dates are not lost
    project.run(MergeClaims(c.claim_id, a.claim_id))
    assert project.state.claims[c.claim_id].claimant == "Yuri Ushakov"


def test_delete_claim_can_take_its_passages(project):
    it, _ = ids(project)
    project.run(new_claim_from_passage(it, 0, 5, "x"))
    claim_id = next(iter(project.state.claims))
    project.run(DeleteClaim(claim_id, keep_passages=False))
    assert not project.state.passages
    project.undo()
    assert project.state.passages_of_claim(claim_id)


@pytest.mark.parametrize(
    "command, message",
    [
        (lambda it: HighlightPassage(it, 5, 5), "outside the article text"),
        (lambda it: HighlightPassage(it, -1, 3), "outside the article text"),
        (lambda it: HighlightPassage(it, 0, 10_000), "outside the article text"),
        (lambda it: HighlightPassage(it, 2, 3), "only white space"),
        (lambda it: HighlightPassage("nope", 0, 3), "no article"),
        (lambda it: HighlightPassage(it, 0, 3, claim_id="nope"), "no claim"),
        (lambda it: CreateClaim("   "), "needs a statement"),
        (lambda it: CreateClaim("x" * 3000), "limited to"),
        (lambda it: LinkPassage("nope", "nope"), "no passage"),
        (lambda it: MergeClaims("a", "a"), "with itself"),
        (lambda it: AddArticle(title="dup", text=TEXT_IT), "already in the project"),
        (lambda it: AddArticle(title="empty", text=" \n "), "no text"),
        (lambda it: EditArticle(it, {"text": "changed"}), "no field text"),
        (lambda it: CreateClaim("x", claim_date="30/12/2021"), "claim date '30/12/2021' is not a valid ISO 8601 date"),
        (lambda it: CreateClaim("x", claimant="y" * 301), "claimant is limited to 300"),
        (lambda it: AddArticle(title="new", text="Fresh text.", published="2021-02-30"), "published '2021-02-30'"),
        (lambda it: EditArticle(it, {"published": "20/01/2022"}), "write 2022-01-20"),
    ],
)
def test_invalid_commands_are_refused_and_change_nothing(project, command, message):
    it, _ = ids(project)
    before = snapshot(project)
    persisted = len(project.persistence.transactions)
    with pytest.raises(CommandError, match=message):
        project.run(command(it))
    assert snapshot(project) == before
    assert len(project.persistence.transactions) == persisted


def test_compound_rolls_back_its_earlier_steps_on_failure(project):
    it, _ = ids(project)
    before = snapshot(project)
    with pytest.raises(CommandError):
        project.run(Compound([CreateClaim("ok"), HighlightPassage(it, 0, 4), HighlightPassage(it, 0, 99_999)]))
    assert snapshot(project) == before
    assert not project.can_redo and project.undo_label == "Add article"


class FailingPersistence(MemoryPersistence):
    fail = False

    def write(self, changes):
        if self.fail:
            raise OSError("disk full")
        super().write(changes)


def test_failed_persist_rolls_memory_back_and_keeps_history():
    persistence = FailingPersistence()
    project = Project(ProjectState(), persistence)
    project.run(AddArticle(title="a", text="some text"))
    before = snapshot(project)
    persistence.fail = True
    with pytest.raises(OSError):
        project.run(AddArticle(title="b", text="other text"))
    assert snapshot(project) == before
    with pytest.raises(OSError):
        project.undo()
    assert snapshot(project) == before and project.can_undo
    persistence.fail = False
    project.undo()
    assert not project.state.articles


def test_read_only_project_refuses_changes():
    persistence = MemoryPersistence()
    persistence.read_only = True
    project = Project(ProjectState(), persistence)
    with pytest.raises(ReadOnlyProjectError):
        project.run(AddArticle(title="a", text="text"))


def test_no_op_edits_make_no_undo_step(project):
    it, _ = ids(project)
    steps = project.undo_label
    project.run(EditArticle(it, {"title": "IT"}))
    assert project.undo_label == steps


def test_new_claims_get_distinct_colours(project):
    for n in range(4):
        project.run(CreateClaim(f"c{n}"))
    assert len({c.colour for c in project.state.claims.values()}) == 4


def test_put_entities_keeps_values_and_validates(project):
    from dataclasses import replace as dc_replace

    from desktop.core.commands import PutEntities
    from desktop.core.model import Claim, Passage

    it, _ = ids(project)
    claim = Claim(
        id="c-1",
        statement="Imported",
        created="2021-01-01T00:00:00Z",
        created_by="Bea",
        modified="2021-01-01T00:00:00Z",
        modified_by="Bea",
    )
    passage = Passage(
        id="p-1",
        article_id=it,
        start=0,
        end=12,
        quote=TEXT_IT[:12],
        claim_id="c-1",
        created="2021-01-01T00:00:00Z",
        created_by="Bea",
        modified="2021-01-01T00:00:00Z",
    )
    project.run(PutEntities([passage, claim]))
    assert project.state.claims["c-1"] == claim and project.state.passages["p-1"] == passage
    before = snapshot(project)
    with pytest.raises(CommandError, match="quote does not match"):
        project.run(PutEntities([dc_replace(passage, id="p-2", quote="wrong")]))
    with pytest.raises(CommandError, match="outside the article"):
        project.run(PutEntities([dc_replace(passage, id="p-3", end=10_000)]))
    with pytest.raises(CommandError, match="claim c-2: claim date '2021-13-01' is not a valid ISO 8601 date"):
        project.run(PutEntities([dc_replace(claim, id="c-2", claim_date="2021-13-01")]))
    with pytest.raises(CommandError, match="not in its stored form '2021-12-30T10:00'"):
        project.run(PutEntities([dc_replace(claim, id="c-2", claim_date="2021-12-30 10:00")]))
    with pytest.raises(CommandError, match="the claimant must be one line"):
        project.run(PutEntities([dc_replace(claim, id="c-2", claimant="two\nlines")]))
    article = dc_replace(project.state.articles[it], published="20/01/2022")
    with pytest.raises(CommandError, match="published '20/01/2022'"):
        project.run(PutEntities([article]))
    assert snapshot(project) == before
    project.run(PutEntities([], delete_ids=["c-1"]))
    assert "c-1" not in project.state.claims and project.state.passages["p-1"].claim_id is None
    project.undo()
    assert project.state.passages["p-1"].claim_id == "c-1"


def test_a_new_claims_colour_avoids_the_claims_already_on_its_page(project):
    from desktop.core.model import CLAIM_PALETTE

    it, en = ids(project)
    # Ten claims use each colour once; nine of them sit in the Italian article.
    for n, colour in enumerate(CLAIM_PALETTE):
        create = CreateClaim(f"claim {n}", colour=colour)
        project.run(create)
        article = it if n < len(CLAIM_PALETTE) - 1 else en
        project.run(HighlightPassage(article, n, n + 3, claim_id=create.claim_id))
    # Every colour is used once: a claim begun in the Italian article gets the one its page lacks...
    project.run(new_claim_from_passage(it, 40, 50, "on the Italian page"))
    newest = next(c for c in project.state.claims.values() if c.statement == "on the Italian page")
    assert newest.colour == CLAIM_PALETTE[-1]
    # ...and without a page, the first of the least used.
    project.run(CreateClaim("anywhere"))
    anywhere = next(c for c in project.state.claims.values() if c.statement == "anywhere")
    assert anywhere.colour != CLAIM_PALETTE[-1]
