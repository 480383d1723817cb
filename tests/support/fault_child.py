"""Child process for fault tests: opens a project, makes commands until a write fails, and
reports each committed command and the final error. Usage: python -m tests.support.fault_child PROJECT FSIZE"""

from __future__ import annotations

import resource
import signal
import sys

from desktop.core.commands import CreateClaim
from desktop.store import StoreError, open_project


def main(path: str, fsize: int) -> None:
    project = open_project(path)
    # A file size limit stands in for a full disk; without ignoring SIGXFSZ the kernel would
    # kill the process instead of failing the write.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    for n in range(100_000):
        command = CreateClaim("x" * 1500 + f" claim {n}")
        try:
            project.run(command)
        except StoreError as error:
            print(f"ERROR {error}", flush=True)
            print(f"INMEMORY {len(project.state.claims)}", flush=True)
            break
        print(f"COMMITTED {command.claim_id}", flush=True)
    project.persistence.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
