"""Team projects on PostgreSQL: live co-editing, load, and opening a large team project.

    python -m benchmarks.team [--seconds 60] [--clients 20] [--load-clients 100] [--rate 1.0]
                              [--out docs/benchmarks-team.md]

Runs a throwaway cluster (tests/support/pg.py, durable settings: fsync and synchronous commit on).
1. Live: N headless clients (benchmarks/team_client.py: the real store, feed and core) on one
   project, each making one edit a second; the time from each commit to every other client's
   applied Changes (p50/p99), lost updates (a note written over one its writer had not seen, or a
   passage made and gone), and a digest of every client's state at the end.
2. Load: more clients the same way; throughput, write and propagation latency, the server's CPU.
3. Open: a 500-article / 50,000-passage team project, to a loaded and checked Project and to the
   window's first paint, against the same SELECTs through plain psycopg.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CLIENTS_PER_PROCESS = 5
SIMULATED_PER_PROCESS = 10
HOT_CLAIMS = 5


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def server_cpu_seconds(cluster) -> float:
    """CPU time (user + system) of the postmaster and every backend, from /proc."""
    pid = int((cluster.data / "postmaster.pid").read_text().split()[0])
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for process in pids:
        try:
            fields = Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # a backend that ended meanwhile
        total += int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])  # incl. waited-for children
    return total / tick


def make_logins(cluster, count: int) -> list[str]:
    import psycopg

    names = [f"b{n:03d}" for n in range(count)]
    with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
        for name in names:
            conn.execute(f"CREATE ROLE {name} LOGIN PASSWORD 'secret-{name}'")
            cluster.add_password(name, f"secret-{name}")
    return names


def publish(cluster, path: Path, project: str, members: list[str]) -> tuple[str, float]:
    from desktop.store.team import admin

    url = cluster.url(project=project)
    start = time.perf_counter()
    admin.publish_file(str(path), url, "Benchmark")
    seconds = time.perf_counter() - start
    for name in members:
        admin.add_member(url, name, "reviewer", f"Member {name}")
    return url, seconds


def run_clients(
    cluster, project: str, names: list[str], seconds: float, rate: float, seed: int, simulated: bool = False
) -> dict:
    """Start the clients in processes (real ones: CLIENTS_PER_PROCESS each, benchmarks/team_client.py;
    simulated: SIMULATED_PER_PROCESS, benchmarks/team_sim.py), run, collect and check."""
    import psycopg

    from desktop.store.team import open_team_project

    probe = open_team_project(cluster.url(project=project))
    hot = list(probe.state.claims)[:HOT_CLAIMS]
    probe.persistence.close()
    work = Path(tempfile.mkdtemp(prefix="crosscheck-team-bench-"))
    start_at = time.time() + 8 + 0.25 * len(names)
    seq_file = work / "server_seq"
    children = []
    cpu_before = server_cpu_seconds(cluster)
    per_process = SIMULATED_PER_PROCESS if simulated else CLIENTS_PER_PROCESS
    worker = "benchmarks.team_sim" if simulated else "benchmarks.team_client"
    for k in range(0, len(names), per_process):
        group = names[k : k + per_process]
        spec = {
            "urls": [cluster.url(name, project=project) for name in group],
            "names": group,
            "seconds": seconds,
            "rate": rate,
            "seed": seed,
            "hot_claims": hot,
            "start_at": start_at,
            "server_seq_file": str(seq_file),
            "stopped_file": str(work / f"stopped{k}"),
        }
        spec_path, out_path = work / f"spec{k}.json", work / f"out{k}.json"
        spec_path.write_text(json.dumps(spec))
        children.append(
            (
                subprocess.Popen(
                    [sys.executable, "-m", worker, str(spec_path), str(out_path)],
                    cwd=REPO,
                    env={**os.environ, "PYTHONPATH": str(REPO)},
                ),
                out_path,
            )
        )
    time.sleep(max(0.0, start_at - time.time()))
    cpu_start, wall_start = server_cpu_seconds(cluster), time.time()
    time.sleep(max(0.0, start_at + seconds - time.time()))
    cpu_end, wall_end = server_cpu_seconds(cluster), time.time()
    stopped = [work / f"stopped{k}" for k in range(0, len(names), per_process)]
    while not all(marker.exists() for marker in stopped):  # every edit has committed or failed
        time.sleep(0.1)
    with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
        server_seq = conn.execute(f'SELECT coalesce(max(seq), 0) FROM "{project}".change_log').fetchone()[0]
        seqs = dict(conn.execute(f'SELECT step, min(seq) FROM "{project}".change_log GROUP BY step').fetchall())
        passages = {r[0] for r in conn.execute(f'SELECT id FROM "{project}".passage')}
        notes = dict(conn.execute(f'SELECT id, note FROM "{project}".claim').fetchall())
    seq_file.write_text(str(server_seq))
    results = []
    for child, out_path in children:
        if child.wait(300) != 0:
            raise RuntimeError("a client process failed")
        results += json.loads(out_path.read_text())
    server = open_team_project(cluster.url(project=project))
    server.persistence.close()
    from benchmarks.team_client import digest

    return analyse(results, seqs, passages, notes, digest(server.state), server_seq, simulated) | {
        "cpu_busy": (cpu_end - cpu_start) / (wall_end - wall_start),
        "cpu_setup_s": cpu_start - cpu_before,
        "seconds": wall_end - wall_start,
    }


def analyse(
    results: list[dict], seqs: dict, passages: set, notes: dict, server_digest: str, server_seq: int, simulated: bool
) -> dict:
    committed = {c["step"]: (r["name"], c["at"]) for r in results for c in r["commits"]}
    latencies = []
    for r in results:
        for step, applied_at in r["applied"]:
            if step in committed and committed[step][0] != r["name"]:
                latencies.append(applied_at - committed[step][1])
    # lost updates: a hot claim's note written over a value its writer had not seen
    lost = 0
    by_claim: dict[str, list[dict]] = {}
    for r in results:
        for note in r["notes"]:
            by_claim.setdefault(note["claim"], []).append(note)
    for claim, written in by_claim.items():
        written.sort(key=lambda n: seqs.get(n["step"], 0))
        for earlier, later in itertools.pairwise(written):
            if later["base"] != earlier["new"]:
                lost += 1
        if written and notes.get(claim) != written[-1]["new"]:
            lost += 1
    made = [p for r in results for p in r["made"]]
    lost_passages = sum(1 for p in made if p not in passages)
    digests = {r["digest"] for r in results}
    return {
        "clients": len(results),
        "commits": len(committed),
        "conflicts": sum(r["conflicts"] for r in results),
        "failures": sum(len(r["failures"]) for r in results),
        "failure_examples": [f for r in results for f in r["failures"]][:3],
        "latency_p50_ms": percentile(latencies, 50) * 1000,
        "latency_p99_ms": percentile(latencies, 99) * 1000,
        "latency_max_ms": max(latencies, default=float("nan")) * 1000,
        "deliveries": len(latencies),
        "write_p50_ms": percentile([w for r in results for w in r["write_seconds"]], 50) * 1000,
        "write_p99_ms": percentile([w for r in results for w in r["write_seconds"]], 99) * 1000,
        "lost_updates": lost + lost_passages,
        "note_writes": sum(len(v) for v in by_claim.values()),
        "identical_digests": None if simulated else len(digests) == 1 and digests == {server_digest},
        "simulated": simulated,
        "caught_up": sum(1 for r in results if r["last_seq"] >= server_seq),
    }


OPEN_CHILD = r"""
import sys, time, os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
start = float(sys.argv[2])
from PySide6.QtCore import QObject, QEvent
from PySide6.QtWidgets import QApplication
app = QApplication([])
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"PAINTED {time.time() - start:.6f}", flush=True)
            os._exit(0)
        return False
from pathlib import Path
from PySide6.QtCore import QSettings
from desktop.app import ensure_application
ensure_application()
QSettings().setValue("hints/workspaceSeen", True)
from desktop.app import create_window
# The window's own start on a team address (crosscheck URL): the project loads from the server on
# a thread while the window is built, then opens as File > Open team project... opens it.
window = create_window(sys.argv[1])
window.installEventFilter(Painted(window))
window.update()
app.exec()
"""


def open_figures(cluster, runs: int) -> dict:
    import psycopg

    from benchmarks.workspace import big_project, painted_at
    from desktop.store.team import open_team_project
    from desktop.store.team.rows import select_sql

    path = big_project()
    url, publish_s = publish(cluster, path, "big", [])
    floor, loads, paints = [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        with psycopg.connect(cluster.conninfo()) as conn:
            conn.execute('SET search_path TO "big"')
            for kind in ("article", "claim", "passage"):
                conn.execute(select_sql(kind)).fetchall()
        floor.append(time.perf_counter() - start)
        start = time.perf_counter()
        project = open_team_project(url)
        loads.append(time.perf_counter() - start)
        project.persistence.close()
        start = time.time()
        child = subprocess.Popen(
            [sys.executable, "-c", OPEN_CHILD, url, f"{start:.6f}"],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
            env={**os.environ, "HOME": tempfile.mkdtemp(), "PYTHONPATH": str(REPO), "CROSSCHECK_SUGGEST_MODEL": "none"},
        )
        painted = painted_at(child)
        if painted is not None:
            paints.append(painted)
    from benchmarks.workspace import first_paint

    return {
        "file_paint_ms": first_paint("app", str(path), runs) * 1000,
        "publish_s": publish_s,
        "floor_ms": statistics.median(floor) * 1000,
        "load_ms": statistics.median(loads) * 1000,
        "paint_ms": statistics.median(paints) * 1000 if paints else float("nan"),
    }


def machine(cluster) -> str:
    import psycopg

    cpu = platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    with psycopg.connect(cluster.conninfo()) as conn:
        server = conn.execute("SHOW server_version").fetchone()[0]
    return (
        f"{os.cpu_count()} cores ({cpu}), shared with other work; Python {platform.python_version()}, "
        f"psycopg {psycopg.__version__}, PostgreSQL {server} on a Unix socket, fsync and synchronous_commit on"
    )


def report(args, live: dict, load: dict, opened: dict, where: str) -> str:
    def ok(flag: bool) -> str:
        return "✅" if flag else "❌"

    lines = [
        "## Team projects on PostgreSQL",
        "",
        f"Machine: {where}.",
        f"Run: `python -m benchmarks team --seconds {args.seconds:g} --clients {args.clients} "
        f"--load-clients {args.load_clients} --rate {args.rate:g}`; clients are headless "
        "(benchmarks/team_client.py: the real TeamStore, feed and core), "
        f"{CLIENTS_PER_PROCESS} per process, each polling its feed when woken, as the window does.",
        "",
        f"### Live: {live['clients']} clients, one edit a second each, {live['seconds']:.0f} s",
        "",
        "| what | measured | target | |",
        "|---|---|---|---|",
        f"| commit → other clients' applied Changes, p50 | {live['latency_p50_ms']:.0f} ms | < 100 ms | {ok(live['latency_p50_ms'] < 100)} |",
        f"| commit → other clients' applied Changes, p99 | {live['latency_p99_ms']:.0f} ms | < 300 ms | {ok(live['latency_p99_ms'] < 300)} |",
        f"| lost updates | {live['lost_updates']} | 0 | {ok(live['lost_updates'] == 0)} |",
        f"| identical final digests (every client and the server) | {'yes' if live['identical_digests'] else 'no'} ({live['caught_up']}/{live['clients']} caught up) | yes | {ok(live['identical_digests'])} |",
        "",
        f"{live['commits']} commits, {live['deliveries']} deliveries measured (max {live['latency_max_ms']:.0f} ms); "
        f"{live['note_writes']} writes of a contended note on {HOT_CLAIMS} shared claims, "
        f"{live['conflicts']} edits refused as conflicts (the writer had not seen the other's value), "
        f"{live['failures']} other refusals; write call p50 {live['write_p50_ms']:.0f} ms, p99 {live['write_p99_ms']:.0f} ms; "
        f"server CPU {live['cpu_busy'] * 100:.0f}% of one core.",
        "",
        f"### Load: {load['clients']} {'simulated ' if load['simulated'] else ''}clients for {load['seconds']:.0f} s",
        "",
        (
            "Simulated clients (benchmarks/team_sim.py) write through the real TeamStore and read the change log "
            "after each notification exactly as the live feed does, but apply nothing, so these are the server's "
            "figures, not those of one 2-core machine running 100 windows. They never take in the others' "
            "changes, so their edits of a shared note are mostly refused as conflicts, as they should be."
            if load["simulated"]
            else "Full clients, as in the live test."
        ),
        "",
        "| what | measured |",
        "|---|---|",
        f"| commits | {load['commits']} ({load['commits'] / load['seconds']:.1f}/s; asked: {load['clients'] * args.rate:.0f}/s) |",
        f"| write call p50 / p99 | {load['write_p50_ms']:.0f} / {load['write_p99_ms']:.0f} ms |",
        f"| commit → read by the other clients, p50 / p99 | {load['latency_p50_ms']:.0f} / {load['latency_p99_ms']:.0f} ms ({load['deliveries']} deliveries) |",
        f"| server CPU | {load['cpu_busy'] * 100:.0f}% of one core ({load['cpu_busy'] * 1000 * load['seconds'] / max(1, load['commits']):.1f} ms per commit, its deliveries included) |",
        f"| conflicts / other refusals / lost updates | {load['conflicts']} / {load['failures']} / {load['lost_updates']} |",
        "",
        "### Open: 500 articles / 50,000 passages / 5,000 claims",
        "",
        "| what | measured | floor: the same SELECTs through plain psycopg | ratio | target | |",
        "|---|---|---|---|---|---|",
        f"| open to a loaded, checked Project | {opened['load_ms']:.0f} ms | {opened['floor_ms']:.0f} ms | {opened['load_ms'] / opened['floor_ms']:.1f}× | | |",
        f"| open to the window's first paint | {opened['paint_ms']:.0f} ms | {opened['floor_ms']:.0f} ms | {opened['paint_ms'] / opened['floor_ms']:.1f}× | < 2,000 ms | {ok(opened['paint_ms'] < 2000)} |",
        "",
        f"The same project as a file, reopened to first paint in the same run (benchmarks/workspace.py's measure): "
        f"{opened['file_paint_ms']:.0f} ms, so the team project costs {opened['paint_ms'] / opened['file_paint_ms']:.2f}× "
        "the file. The window starts as `crosscheck URL` does (desktop.app.create_window): the project loads from "
        "the server on a thread while the window is built, then opens through File → Open team project…'s path.",
        "",
        f"Publishing the file (`crosscheck team publish`, one transaction, every row checked by the server's triggers) took {opened['publish_s']:.1f} s.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--load-clients", type=int, default=100)
    parser.add_argument("--rate", type=float, default=1.0, help="edits per second per client")
    parser.add_argument("--runs", type=int, default=3, help="open: median of this many")
    parser.add_argument(
        "--real-load", action="store_true", help="load with full clients (core and feed), not simulated ones"
    )
    parser.add_argument("--out", default=str(REPO / "docs" / "benchmarks-team.md"))
    parser.add_argument("--json", help="also write the raw figures here (and take the parts not run from it)")
    parser.add_argument("--parts", default="live,load,open", help="which parts to run (comma-separated)")
    args = parser.parse_args(argv)
    from tests.support.pg import Cluster

    cluster = Cluster.create(settings={"max_connections": str(2 * args.load_clients + 50), "shared_buffers": "256MB"})
    os.environ["PGPASSFILE"] = str(cluster.passfile)
    try:
        cluster.create_database()
        from desktop.sample import populate_sample
        from desktop.store import create_project

        sample = Path(tempfile.mkdtemp()) / "sample.crosscheck"
        project = create_project(sample)
        populate_sample(project)
        project.persistence.close()
        names = make_logins(cluster, max(args.clients, args.load_clients))
        where = machine(cluster)
        earlier = json.loads(Path(args.json).read_text()) if args.json and Path(args.json).exists() else {}
        parts = set(args.parts.split(","))
        live, load, opened = earlier.get("live"), earlier.get("load"), earlier.get("open")
        if "live" in parts or live is None:
            publish(cluster, sample, "live", names[: args.clients])
            live = run_clients(cluster, "live", names[: args.clients], args.seconds, args.rate, seed=1)
            print("live", json.dumps(live), flush=True)
        if "load" in parts or load is None:
            publish(cluster, sample, "load", names[: args.load_clients])
            load = run_clients(
                cluster,
                "load",
                names[: args.load_clients],
                args.seconds,
                args.rate,
                seed=2,
                simulated=not args.real_load,
            )
            print("load", json.dumps(load), flush=True)
        if "open" in parts or opened is None:
            opened = open_figures(cluster, args.runs)
            print("open", json.dumps(opened), flush=True)
    finally:
        cluster.destroy()
    Path(args.out).write_text(report(args, live, load, opened, where), encoding="utf-8")
    if args.json:
        Path(args.json).write_text(json.dumps({"live": live, "load": load, "open": opened}, indent=2))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
