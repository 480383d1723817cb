"""Child process that stops inside a big save, so the parent can kill it with a hot journal
beside the project. Usage: python -m tests.support.interrupt_child PROJECT CLAIMS
Prints IN-TRANSACTION once the rows are written (and spilled to the file), then sleeps."""

from __future__ import annotations

import sys
import time

import desktop.store.project_file as project_file
from desktop.core.commands import Compound, CreateClaim
from desktop.store import open_project


def main(path: str, claims: int) -> None:
    real = project_file.write_changes

    def stalled_write(conn, changes):
        real(conn, changes)
        print("IN-TRANSACTION", flush=True)
        time.sleep(60)

    project_file.write_changes = stalled_write
    project = open_project(path)
    # Small cache: SQLite spills the changed pages into the file before the commit, as a big
    # import does, so the journal is needed to restore it.
    project.persistence._conn.execute("PRAGMA cache_size = 50")
    project.run(Compound([CreateClaim(f"claim {n} " + "x" * 1500) for n in range(claims)], label="Big"))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
