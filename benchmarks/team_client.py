"""Headless team clients for `python -m benchmarks team`: the real store, feed and core, no window.

    python -m benchmarks.team_client SPEC.json OUT.json

SPEC: {"urls": [...], "seconds": 60, "rate": 1.0, "seed": 1, "hot_claims": [...]}. Each client
runs on a thread of its own, makes one edit every 1/rate seconds (jittered), polls its feed
whenever woken (as a window would on its GUI thread), and records: each commit's step and
wall-clock time, each remote step applied with its time, every note written to a hot claim with
the note it replaced, the passages it made, conflicts, and at the end a digest of its state once it
has caught up with the server.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
import threading
import time
from pathlib import Path

from desktop.core.commands import CommandError, CreateClaim, EditClaim, HighlightPassage, LinkPassage
from desktop.core.model import Verdict
from desktop.store.team import EditConflict, TeamError, open_team_project, start_feed
from desktop.store.team.feed import RemoteStep


def digest(state) -> str:
    h = hashlib.sha256()
    for table in (state.articles, state.claims, state.passages):
        for key in sorted(table):
            h.update(repr(table[key]).encode())
    return h.hexdigest()


class Client:
    def __init__(self, url: str, name: str, spec: dict, start_at: float) -> None:
        self.name = name
        self.spec = spec
        self.rng = random.Random(f"{spec['seed']}-{name}")
        self.project = open_team_project(url)
        self.woken = threading.Event()
        self.feed = start_feed(self.project, self.woken.set)
        self.start_at = start_at
        self.commits: list[dict] = []
        self.applied: list[tuple[str, float]] = []  # (step, wall time applied)
        self.notes: list[dict] = []
        self.made: list[str] = []
        self.conflicts = 0
        self.failures: list[str] = []
        self.write_seconds: list[float] = []

    def poll(self) -> None:
        for event in self.feed.poll():
            if isinstance(event, RemoteStep):
                self.applied.append((event.step, time.time()))

    def edit(self, n: int) -> None:
        state = self.project.state
        roll = self.rng.random()
        hot = self.spec["hot_claims"]
        note = None
        if roll < 0.4 or not self.made:
            article = self.rng.choice(list(state.articles.values()))
            start = self.rng.randrange(0, max(1, len(article.text) - 40))
            while start < len(article.text) and not article.text[start].strip():
                start += 1
            command = HighlightPassage(article.id, start, min(len(article.text), start + self.rng.randint(5, 30)))
        elif roll < 0.6:
            passage = self.rng.choice(self.made)
            claims = list(state.claims)
            if passage not in state.passages or not claims:
                return
            command = LinkPassage(passage, self.rng.choice(claims))
        elif roll < 0.8:
            claim_id = self.rng.choice(hot)
            if claim_id not in state.claims:
                return
            note = (claim_id, state.claims[claim_id].note, f"{self.name}:{n}")
            command = EditClaim(claim_id, note=note[2])
        elif roll < 0.9:
            command = CreateClaim(f"{self.name} claim {n}")
        else:
            claim_id = self.rng.choice(hot)
            command = EditClaim(claim_id, verdict=self.rng.choice(list(Verdict)))
        started = time.perf_counter()
        try:
            changes = self.project.run(command)
        except EditConflict:
            self.conflicts += 1
            return
        except (CommandError, TeamError) as error:
            self.failures.append(str(error)[:200])
            return
        self.write_seconds.append(time.perf_counter() - started)
        if not changes.entity_changes:
            return
        step = self.project.persistence.last_step
        self.commits.append({"step": step, "at": time.time()})
        if isinstance(command, HighlightPassage):
            self.made.append(command.passage_id)
        if note is not None:
            self.notes.append({"claim": note[0], "base": note[1], "new": note[2], "step": step})

    def run(self) -> None:
        period = 1.0 / self.spec["rate"]
        next_edit = self.start_at + self.rng.random() * period
        stop = self.start_at + self.spec["seconds"]
        n = 0
        while True:
            now = time.time()
            if now >= stop:
                break
            if now >= next_edit:
                self.poll()
                self.edit(n)
                n += 1
                next_edit += period * self.rng.uniform(0.8, 1.2)
            self.woken.wait(max(0.0, min(next_edit, stop) - time.time()))
            self.woken.clear()
            self.poll()

    def settle(self, server_seq: int, timeout: float = 60.0) -> None:
        deadline = time.time() + timeout
        while self.project.persistence.last_seq < server_seq and time.time() < deadline:
            self.feed.request()
            self.woken.wait(0.5)
            self.woken.clear()
            self.poll()

    def result(self) -> dict:
        return {
            "name": self.name,
            "commits": self.commits,
            "applied": self.applied,
            "notes": self.notes,
            "made": self.made,
            "conflicts": self.conflicts,
            "failures": self.failures,
            "write_seconds": self.write_seconds,
            "digest": digest(self.project.state),
            "last_seq": self.project.persistence.last_seq,
        }


def main(spec_path: str, out_path: str) -> int:
    spec = json.loads(Path(spec_path).read_text())
    start_at = spec["start_at"]
    clients = [Client(url, name, spec, start_at) for url, name in zip(spec["urls"], spec["names"], strict=True)]
    threads = [threading.Thread(target=client.run, name=client.name) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # This process has stopped editing; once every process has, the orchestrator writes the
    # server's last sequence number, and each client catches up to it.
    Path(spec["stopped_file"]).write_text("stopped")
    seq_file = Path(spec["server_seq_file"])
    while not seq_file.exists():
        time.sleep(0.1)
    server_seq = int(seq_file.read_text())
    for client in clients:
        client.settle(server_seq)
    results = [client.result() for client in clients]
    for client in clients:
        client.project.persistence.close()
    Path(out_path).write_text(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
