"""Child process for the crash tests: applies random commands to a project and reports each one
that committed on stdout, until it is killed. Usage: python -m tests.support.crash_child PROJECT SEED"""

from __future__ import annotations

import random
import sys

from desktop.core.commands import (
    CommandError,
    CreateClaim,
    DeleteClaim,
    DeletePassage,
    EditClaim,
    HighlightPassage,
    LinkPassage,
    UnlinkPassage,
)
from desktop.store import open_project


def random_command(project, rng):
    state = project.state
    articles, passages, claims = list(state.articles.values()), list(state.passages), list(state.claims)
    roll = rng.random()
    if roll < 0.35 or not passages:
        article = rng.choice(articles)
        start = rng.randrange(0, len(article.text) - 2)
        end = min(len(article.text), start + rng.randint(1, 80))
        return HighlightPassage(
            article.id, start, end, claim_id=rng.choice(claims) if claims and rng.random() < 0.5 else None
        )
    if roll < 0.5 or not claims:
        return CreateClaim(f"claim {rng.random():.6f}")
    if roll < 0.65:
        return LinkPassage(rng.choice(passages), rng.choice(claims))
    if roll < 0.72:
        return UnlinkPassage(rng.choice(passages))
    if roll < 0.82:
        return EditClaim(rng.choice(claims), note=f"note {rng.random()}")
    if roll < 0.92:
        return DeletePassage(rng.choice(passages))
    return DeleteClaim(rng.choice(claims), keep_passages=rng.random() < 0.5)


class ReportingPersistence:
    """Prints each transaction's changes before writing it and COMMITTED after, so the parent
    knows what must be on disk, and what may or may not be (all or nothing) after a kill."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.read_only = inner.read_only

    def write(self, changes) -> None:
        for change in changes:
            before = "gone" if change.before is None else "present"
            after = "gone" if change.after is None else "present"
            print(f"{type(change.entity).__name__} {change.id} {before} {after}")
        print("WRITING", flush=True)
        self.inner.write(changes)
        print("COMMITTED", flush=True)


def main(path: str, seed: int) -> None:
    rng = random.Random(seed)
    project = open_project(path)
    project.persistence = ReportingPersistence(project.persistence)
    while True:
        try:
            project.run(random_command(project, rng))
        except CommandError:
            continue
        if rng.random() < 0.1 and project.can_undo:
            project.undo()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
