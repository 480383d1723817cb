"""A team client that stops in the middle of its write transaction and waits to be killed:
    python -m tests.support.team_kill_child URL
Its step adds a claim and a passage, then edits an existing claim; it prints MID-TRANSACTION
after the inserts went to the server and before the update and the commit. (The store sends a
step as one pipeline; here it sends statement by statement, as any other program may, so that the
server holds an open transaction with rows in it when the client dies.)"""

from __future__ import annotations

import contextlib
import sys
import time

from desktop.core.commands import Compound, CreateClaim, EditClaim, HighlightPassage
from desktop.store.team import open_team_project
from desktop.store.team import store as team_store


def main(url: str) -> None:
    project = open_team_project(url)
    original = team_store.changed_columns

    def stall(before, after):  # called for the update, after the inserts were sent
        print("MID-TRANSACTION", flush=True)
        time.sleep(120)
        return original(before, after)

    team_store.changed_columns = stall
    connection = project.persistence._conn
    connection.pipeline = contextlib.nullcontext  # type: ignore[method-assign]
    article = next(iter(project.state.articles.values()))
    claim = next(iter(project.state.claims.values()))
    create = CreateClaim("a claim that never was")
    project.run(
        Compound(
            [create, HighlightPassage(article.id, 0, 8, claim_id=create.claim_id), EditClaim(claim.id, note="half")],
            label="Never committed",
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
