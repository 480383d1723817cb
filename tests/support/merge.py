"""In-memory projects for the merge tests: a persistence that keeps tombstones, forks, plans."""

from __future__ import annotations

from desktop.core.commands import AddArticle, new_claim_from_passage
from desktop.core.merge import plan_merge
from desktop.core.merge_resolve import resolve_merge
from desktop.core.model import now_iso
from desktop.core.project import Project
from desktop.core.state import ProjectState
from desktop.core.tombstone import Tombstone

TEXT = (
    "Biden e Putin hanno parlato per 50 minuti giovedì sera. Il Cremlino ha diffuso un resoconto. "
    "La Casa Bianca ha parlato di un colloquio serio e sostanziale. Nessun accordo è stato annunciato."
)


class Recording:
    """Persistence that remembers deletions as tombstones, like the project file does."""

    read_only = False

    def __init__(self) -> None:
        self.tombstones: dict[str, Tombstone] = {}

    def write(self, changes) -> None:
        deleted = now_iso()  # one time per transaction, as rows.write_changes does
        for change in changes:
            entity = change.entity
            kind = type(entity).__name__.lower()
            if change.after is None:
                self.tombstones[entity.id] = Tombstone(entity.id, kind, deleted)
            elif change.before is None:
                self.tombstones.pop(entity.id, None)


def fork(project: Project, author: str = "Bob") -> Project:
    s = project.state
    other = Project(ProjectState(s.articles.values(), s.passages.values(), s.claims.values()), Recording(), author)
    other.persistence.tombstones = dict(project.persistence.tombstones)
    return other


def plan(ours: Project, theirs: Project):
    return plan_merge(ours.state, theirs.state, ours.persistence.tombstones, theirs.persistence.tombstones)


def apply(ours: Project, merge_plan):
    resolution = resolve_merge(merge_plan, author=ours.author)
    ours.run(resolution.command())
    return resolution


class CreateClaimHelper:
    @staticmethod
    def run(project: Project, article_id: str, quote: str, statement: str) -> str:
        text = project.state.articles[article_id].text
        start = text.index(quote)
        command = new_claim_from_passage(article_id, start, start + len(quote), statement)
        project.run(command)
        return command.steps[0].claim_id


def merge_base_project() -> tuple[Project, str]:
    project = Project(ProjectState(), Recording(), "Ann")
    project.run(AddArticle("Telefonata", TEXT, outlet="Blog", url="https://example.org/a"))
    article_id = next(iter(project.state.articles))
    project.run(new_claim_from_passage(article_id, 0, 55, "They spoke for 50 minutes"))
    return project, article_id
