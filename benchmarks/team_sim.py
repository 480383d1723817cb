"""Simulated team clients for the load part of `python -m benchmarks team`: what a client asks of
the server, without the window's work between.

    python -m benchmarks.team_sim SPEC.json OUT.json

Each simulated client writes through the real TeamStore (its steps: a new passage, a link, a new
claim, a note on a shared claim) at `rate` per second, and listens with a connection of its own,
reading the change log after each notification exactly as the live feed does (feed._read_batch),
but applying nothing: so the figures are the server's, not a 2-core machine's running 100 windows.
"""

from __future__ import annotations

import json
import random
import sys
import threading
import time
from pathlib import Path

from desktop.core.commands import CommandError, CreateClaim, EditClaim, HighlightPassage, LinkPassage
from desktop.store.team import EditConflict, TeamError, open_team_project
from desktop.store.team.feed import _read_batch


class Simulated:
    def __init__(self, url: str, name: str, spec: dict) -> None:
        self.name = name
        self.spec = spec
        self.rng = random.Random(f"{spec['seed']}-{name}")
        self.project = open_team_project(url)
        self.store = self.project.persistence
        self.listener = self.store.cursor_for_feed()
        self.listener.execute(f'LISTEN "{self.store.team_location.names.channel}"')
        self.upto = self.store.last_seq
        self.names: dict[str, str] = {}
        self.commits: list[dict] = []
        self.seen: list[tuple[str, float]] = []
        self.conflicts = 0
        self.failures: list[str] = []
        self.write_seconds: list[float] = []
        self.made: list[str] = []

    def listen(self, stop_at: float) -> None:
        while time.time() < stop_at + 2:
            woke = False
            for _ in self.listener.notifies(timeout=0.25, stop_after=1):
                woke = True
            if not woke:
                continue
            for _ in self.listener.notifies(timeout=0.0):
                pass
            with self.listener.transaction():
                self.listener.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                batch = _read_batch(self.listener, self.upto, self.names)
            if batch is not None:
                now = time.time()
                self.upto = batch.upto
                self.seen += [(step, now) for step, _login, _at, _keys in batch.steps]

    def edit(self, n: int) -> None:
        state = self.project.state
        roll = self.rng.random()
        if roll < 0.5 or not self.made:
            article = self.rng.choice(list(state.articles.values()))
            start = self.rng.randrange(0, max(1, len(article.text) - 40))
            while start < len(article.text) and not article.text[start].strip():
                start += 1
            command = HighlightPassage(article.id, start, min(len(article.text), start + self.rng.randint(5, 30)))
        elif roll < 0.75:
            command = LinkPassage(self.rng.choice(self.made), self.rng.choice(list(state.claims)))
        elif roll < 0.9:
            command = CreateClaim(f"{self.name} claim {n}")
        else:
            command = EditClaim(self.rng.choice(self.spec["hot_claims"]), note=f"{self.name}:{n}")
        started = time.perf_counter()
        try:
            self.project.run(command)
        except EditConflict:
            self.conflicts += 1  # it never applies the others' changes, so it often has not seen them
            return
        except (CommandError, TeamError) as error:
            self.failures.append(str(error)[:200])
            return
        self.write_seconds.append(time.perf_counter() - started)
        self.commits.append({"step": self.store.last_step, "at": time.time()})
        if isinstance(command, HighlightPassage):
            self.made.append(command.passage_id)

    def run(self) -> None:
        start_at, seconds = self.spec["start_at"], self.spec["seconds"]
        listener = threading.Thread(target=self.listen, args=(start_at + seconds,), daemon=True)
        listener.start()
        period = 1.0 / self.spec["rate"]
        next_edit = start_at + self.rng.random() * period
        n = 0
        while True:
            now = time.time()
            if now >= start_at + seconds:
                break
            if now < next_edit:
                time.sleep(next_edit - now)
                continue
            self.edit(n)
            n += 1
            next_edit += period * self.rng.uniform(0.8, 1.2)
        listener.join()

    def result(self) -> dict:
        return {
            "name": self.name,
            "commits": self.commits,
            "applied": self.seen,
            "notes": [],
            "made": self.made,
            "conflicts": self.conflicts,
            "failures": self.failures,
            "write_seconds": self.write_seconds,
            "digest": "",
            "last_seq": self.upto,
        }


def main(spec_path: str, out_path: str) -> int:
    spec = json.loads(Path(spec_path).read_text())
    clients = [Simulated(url, name, spec) for url, name in zip(spec["urls"], spec["names"], strict=True)]
    threads = [threading.Thread(target=client.run, name=client.name) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    Path(spec["stopped_file"]).write_text("stopped")
    Path(out_path).write_text(json.dumps([client.result() for client in clients]))
    for client in clients:
        client.listener.close()
        client.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
