"""Child process for the merge kill test: merges OTHER into PROJECT and reports progress on stdout.
With PAUSE=1 it sleeps inside the merge's transaction (rows written, not committed), so the parent
can kill it exactly there. Usage: python -m tests.support.merge_crash_child PROJECT OTHER PAUSE"""

from __future__ import annotations

import sys
import time

import desktop.store.project_file as project_file
from desktop.merging import apply_plan, plan_from_file
from desktop.store import open_project


def main(path: str, other: str, pause: bool) -> None:
    real = project_file.write_changes

    def slow_write(conn, changes):
        real(conn, changes)
        print("IN-TRANSACTION", flush=True)
        if pause:
            time.sleep(30)

    project_file.write_changes = slow_write
    project = open_project(path, author="Crash")
    plan = plan_from_file(project, other)
    print("PLANNED", flush=True)
    apply_plan(project, plan, other)
    print("COMMITTED", flush=True)
    time.sleep(30)  # stay alive until killed, like a window left open


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3] == "1")
