"""Workspace benchmarks against docs/architecture.md §8, each next to its raw floor.

    python -m benchmarks.workspace [--out docs/benchmarks.md] [--runs 5]

Measures: start to first paint on the sample project; opening a 500-article / 50,000-passage
project to first paint; repaint and scroll of an article with 2,000 passages (overlaps included);
creating and linking one passage at 50,000 passages until repainted; the longest event-loop stall
seen by a 5 ms heartbeat timer during all in-process steps.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.heartbeat import Heartbeat

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
CACHE = REPO / "benchmarks" / "out"
BACKGROUND_WATCH_S = 90  # how long the stall watch follows the background work after opening

FIRST_PAINT_CHILD = r"""
import sys, time, os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication
mode, path = sys.argv[1], sys.argv[2]
app = QApplication([])
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"PAINTED {time.time():.6f}", flush=True)
            os._exit(0)
        return False
if mode == "floor":
    from PySide6.QtWidgets import QMainWindow
    window = QMainWindow(); window.resize(1400, 900); window.show()
else:
    from PySide6.QtCore import QSettings
    from desktop.app import create_window, ensure_application
    ensure_application()  # names the settings file: only then do the values below reach the app
    QSettings().setValue("hints/workspaceSeen", True)
    if mode == "app":  # the user's own project, reopened from the recent list: quick_check
        from pathlib import Path
        QSettings().setValue("project/recent", [str(Path(path).resolve())])
    # mode "received": a file never opened here before gets the full integrity_check
    window = create_window(path)
window.installEventFilter(Painted(window))
window.update()
app.exec()
"""


def first_paint(mode: str, path: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.time()
        # Own session, read until the marker, then kill the group: the app's worker process
        # inherits the pipe and would keep it open after the window exits.
        child = subprocess.Popen(
            [sys.executable, "-c", FIRST_PAINT_CHILD, mode, path],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=REPO,
            start_new_session=True,
            env={**os.environ, "HOME": tempfile.mkdtemp()},
        )
        painted = painted_at(child)
        if painted is None:
            raise RuntimeError("the window never painted")
        times.append(painted - start)
    return statistics.median(times)


def painted_at(child: subprocess.Popen[str]) -> float | None:
    """The number on the child's "PAINTED <n>" line, then the child's whole session killed (its
    worker processes inherit the pipe); None if it ended without painting."""
    line = ""
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("PAINTED"):
                break
    finally:
        os.killpg(child.pid, 9)
        child.wait()
    return float(line.split()[1]) if line.startswith("PAINTED") else None


def raw_selects(path: Path) -> float:
    """The floor for loading a project: the same SELECTs through plain sqlite3, rows fetched."""
    start = time.perf_counter()
    conn = sqlite3.connect(path)
    for table in ("article", "claim", "passage"):
        conn.execute(f"SELECT * FROM {table}").fetchall()
    conn.close()
    return time.perf_counter() - start


def big_project() -> Path:
    from benchmarks.synthetic import build_project

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / "big-500-50000-5000-s7.crosscheck"
    if not path.exists():
        build_project(path, 500, 50_000, 5_000, seed=7, long_article_passages=2_000)
    return path


def median_ms(action, runs: int) -> float:
    """Median time of `action`; the event loop runs between runs, as it would between user
    actions, so the heartbeat sees each action's stall separately."""
    from PySide6.QtWidgets import QApplication

    times = []
    for _ in range(runs):
        QApplication.processEvents()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
        QApplication.processEvents()
    return statistics.median(times) * 1000


def in_process(path: Path, runs: int) -> dict[str, float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.app import create_window, ensure_application
    from desktop.core.commands import HighlightPassage, LinkPassage

    app = ensure_application()
    QSettings().setValue("hints/workspaceSeen", True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "big.crosscheck"
        work.write_bytes(path.read_bytes())
        window = create_window(work)
        window.resize(1600, 950)
        heartbeat = Heartbeat(interval_ms=5, watch=True, dump_to=str(CACHE / "workspace-stalls.txt"))
        QApplication.processEvents()
        heartbeat.reset()
        state = window.bridge.state
        long_id = max(state.articles, key=state.passage_count)
        slot = window.workspace.panes[0]
        pane = window.panes.widgets[slot.key]
        # The pane may already show that article (the open panes are remembered between runs):
        # put another one there first, so the timed step really lays it out.
        window.workspace.show_in_pane(slot.key, next(a for a in state.articles if a != long_id))
        QApplication.processEvents()
        # Opening an article is a user action of its own (timed, not counted as a stall): the
        # whole document is laid out and highlighted once.
        heartbeat.pause()
        started = time.perf_counter()
        window.workspace.show_in_pane(slot.key, long_id)
        QApplication.processEvents()
        view = pane.view
        results: dict[str, float] = {
            "passages_in_article": state.passage_count(long_id),
            "open_article_ms": (time.perf_counter() - started) * 1000,
        }
        heartbeat.resume()

        def settle() -> None:
            QApplication.processEvents()
            heartbeat.reset()

        settle()
        bar = view.verticalScrollBar()
        bar.setValue(bar.maximum() // 3)
        results["repaint_ms"] = median_ms(view.viewport().repaint, runs * 10)
        positions = iter(range(bar.maximum() // 3, bar.maximum(), max(1, bar.maximum() // 400)))
        results["scroll_ms"] = median_ms(lambda: (bar.setValue(next(positions)), view.viewport().repaint()), runs * 10)
        # Floor: the same text, same scroll position, without highlights (not a user action:
        # the heartbeat is paused so the full re-highlight does not count as a stall).
        heartbeat.pause()
        saved = dict(view.highlighter._runs)
        view.highlighter._runs = {}
        view.highlighter.rehighlight()
        bar.setValue(bar.maximum() // 3)
        results["repaint_floor_ms"] = median_ms(view.viewport().repaint, runs * 10)
        view.highlighter._runs = saved
        view.highlighter.rehighlight()
        heartbeat.resume()
        settle()

        text = view.article.text
        claim_id = next(iter(state.claims))
        offsets = iter(range(100, len(text) - 100, 397))

        def create_and_paint() -> None:
            start = next(offsets)
            while text[start].isspace():
                start += 1
            window.bridge.run(HighlightPassage(long_id, start, start + 5))
            view.viewport().repaint()

        results["create_ms"] = median_ms(create_and_paint, runs * 4)
        created = [p.id for p in state.passages_of_article(long_id) if p.claim_id is None][: runs * 4]
        links = iter(created)
        results["link_ms"] = median_ms(
            lambda: (window.bridge.run(LinkPassage(next(links), claim_id)), view.viewport().repaint()),
            min(len(created), runs * 4),
        )
        # Floor for create: the command through core and store alone, no view.
        project = window.bridge.project
        floor_offsets = iter(range(150, len(text) - 100, 401))

        def core_only() -> None:
            start = next(floor_offsets)
            project.run(HighlightPassage(long_id, start, start + 5))

        # The background work opening started (splitting every article in a child process, the
        # model, encoding): the user reads meanwhile, so the event loop must keep turning.
        idle_until = time.perf_counter() + BACKGROUND_WATCH_S
        while (
            time.perf_counter() < idle_until
            and window.suggestions.computer is not None
            and window.suggestions.computer.busy()
        ):
            QApplication.processEvents()
            time.sleep(0.002)
        heartbeat.stop()
        results["longest_stall_ms"] = heartbeat.longest
        results["p99_gap_ms"] = heartbeat.percentile(99)
        results["worst_stalls"] = [stall.describe() for stall in heartbeat.worst_stalls()]
        window.bridge.detach()  # no observers: measure the command path only
        results["create_floor_ms"] = median_ms(core_only, runs * 4)
        QApplication.processEvents()
        import resource

        results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        results["total_passages"] = len(state.passages)
        window.close()
        del app
    return results


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    from PySide6 import __version__ as pyside

    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, PySide6 {pyside}, "
        f"SQLite {sqlite3.sqlite_version}, {platform.system()} {platform.release()}, QT_QPA_PLATFORM=offscreen"
    )


def report(r: dict[str, float]) -> str:
    def row(what, value, target, floor=None, floor_name=""):
        ratio = f"{value / floor:.1f}× {floor_name}" if floor else "—"
        ok = "✅" if value <= target else "❌"
        return f"| {what} | {value:.1f} ms | {target:.0f} ms | {ratio} | {ok} |"

    lines = [
        "## Workspace",
        "",
        f"Machine: {machine()}.",
        f"Run: `python -m benchmarks.workspace` on {time.strftime('%Y-%m-%d')}; medians; project of "
        f"{int(r['total_passages'])} passages, repaint article with {int(r['passages_in_article'])} passages "
        "(every tenth overlapping its neighbour).",
        "",
        "| what | measured | target | ratio to raw floor | met |",
        "|---|---|---|---|---|",
        row(
            "start to first paint, sample project",
            r["first_paint_sample_ms"],
            1000,
            r["first_paint_floor_ms"],
            "empty Qt window",
        ),
        row(
            "open 500 articles / 50,000 passages to first paint",
            r["first_paint_big_ms"],
            1500,
            r["raw_selects_ms"],
            "plain sqlite3 SELECTs",
        ),
        row(
            "open the same file received from someone (full integrity_check first)",
            r["first_paint_big_received_ms"],
            1500,
            r["raw_selects_ms"],
            "plain sqlite3 SELECTs",
        ),
        row(
            "open the article with 2,000 passages in a pane (layout + highlight, until painted)",
            r["open_article_ms"],
            100,
        ),
        row(
            "repaint article with 2,000 passages", r["repaint_ms"], 16, r["repaint_floor_ms"], "same text unhighlighted"
        ),
        row(
            "scroll one step + repaint, same article",
            r["scroll_ms"],
            16,
            r["repaint_floor_ms"],
            "unhighlighted repaint",
        ),
        row(
            "create one passage at 50,000, until repainted",
            r["create_ms"],
            50,
            r["create_floor_ms"],
            "command through core+store only",
        ),
        row(
            "link one passage at 50,000, until repainted",
            r["link_ms"],
            50,
            r["create_floor_ms"],
            "command through core+store only",
        ),
        row(
            "longest event-loop stall (5 ms heartbeat), all of the above and the background work after opening",
            r["longest_stall_ms"],
            100,
        ),
        "",
        f"99th percentile of the heartbeat's gaps: {r['p99_gap_ms']:.1f} ms. Tracebacks of every gap over 90 ms "
        "(faulthandler, needs no GIL): benchmarks/out/workspace-stalls.txt. Longest stalls seen by the watchdog, "
        "with where the GUI thread (and the other threads) were, innermost frame first:",
        "",
        "```",
        *(r["worst_stalls"] or ["none over 60 ms"]),
        "```",
        "",
        f"Peak memory (RSS) of the window with the 50,000-passage project open and all of the above done: "
        f"{r['peak_rss_mb']:.0f} MB.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Workspace benchmarks")
    parser.add_argument("--out", default=str(REPO / "docs" / "benchmarks-workspace.md"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    from desktop.app import ensure_sample_project

    # An installed app has its bytecode (pip compiles at install); this checkout may not, and
    # PYTHONDONTWRITEBYTECODE would make every start compile again.
    compileall.compile_dir(str(REPO / "desktop"), quiet=1)

    with tempfile.TemporaryDirectory() as tmp:
        sample = ensure_sample_project(Path(tmp) / "sample.crosscheck")
        big = big_project()
        results = {
            "first_paint_floor_ms": first_paint("floor", str(sample), args.runs) * 1000,
            "first_paint_sample_ms": first_paint("app", str(sample), args.runs) * 1000,
            "first_paint_big_ms": first_paint("app", str(big), args.runs) * 1000,
            "first_paint_big_received_ms": first_paint("received", str(big), args.runs) * 1000,
            "raw_selects_ms": statistics.median(raw_selects(big) for _ in range(args.runs)) * 1000,
        }
        results.update(in_process(big, args.runs))
    text = report(results)
    Path(args.out).write_text("# Benchmarks: workspace\n\n" + text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
