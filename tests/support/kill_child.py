"""Child process for the kill -9 harness's vector cache rounds: writes the link-suggestion cache of
every article of PROJECT, one transaction a round (about 15 MB), until it is killed. Round r fills
every vector with r. Prints "WRITING r" before a round's transaction and "COMMITTED r" after it.
Usage: python -m tests.support.kill_child PROJECT UNITS"""

from __future__ import annotations

import sys

import numpy as np

from desktop.store import open_project

MODEL = "kill-harness"
WIDTH = 512  # as the multilingual encoder's vectors


def spans(units: int) -> list[tuple[int, int]]:
    return [(i, i + 1) for i in range(units)]


def main(path: str, units: int) -> None:
    project = open_project(path)
    articles = sorted(a.sha256 for a in project.state.articles.values())
    round_ = 0
    while True:
        round_ += 1
        saves = [(sha, MODEL, spans(units), np.full((units, WIDTH), round_, dtype="<f4")) for sha in articles]
        print(f"WRITING {round_}", flush=True)
        project.persistence.save_vectors(saves)
        print(f"COMMITTED {round_}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
