"""Child process that holds a colleague's file open for a merge, as a merge being planned does,
until it is killed. Usage: python -m tests.support.snapshot_child OTHER (TMPDIR chooses where)."""

from __future__ import annotations

import sys
import time

from desktop.store.shared import untrusted_snapshot


def main(other: str) -> None:
    with untrusted_snapshot(other):
        print("READING", flush=True)
        time.sleep(120)


if __name__ == "__main__":
    main(sys.argv[1])
