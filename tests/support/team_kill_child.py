"""A client that stops in the middle of a long transaction and waits to be killed:
    python -m tests.support.team_kill_child FILE URL
It publishes FILE as a new team project (one transaction: the schema, its roles and tables, then
the rows by COPY) and prints MID-TRANSACTION once some passages have gone to the server.
(A step of the store is sent as one message, so it cannot be cut in half by a kill; a publish,
the vector writer and settings are transactions that can.)"""

from __future__ import annotations

import sys
import time

from desktop.store.team import admin
from desktop.store.team import rows as team_rows


def main(path: str, url: str) -> None:
    original = team_rows.row_values
    sent = [0]

    def stall(entity):  # called for each row the publish copies to the server
        sent[0] += 1
        if sent[0] == 30:
            print("MID-TRANSACTION", flush=True)
            time.sleep(120)
        return original(entity)

    team_rows.row_values = stall
    admin.publish_file(path, url)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
