"""The window on the largest article Crosscheck accepts (issue 19, defect 12).

    python -m benchmarks.largest_article [--out docs/benchmarks-largest-article.md]

A project with the sample set and one article of 2,000,000 characters (the import limit), in two
shapes: paragraphs of about 2,000 characters, and one line without a break (the worst case for
Qt, which lays a block out whole). For each, through the real window: opening the article in a
pane until painted, scrolling to the end and back, highlighting a passage until repainted, and
the background work that follows (sentences cut and encoded), all watched by the 5 ms heartbeat.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

from benchmarks.heartbeat import Heartbeat
from benchmarks.workspace import machine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
BACKGROUND_WATCH_S = 120
MIN_WATCH_S = 20
SENTENCE = "Il Cremlino ha diffuso il resoconto della telefonata tra i due presidenti, durata cinquanta minuti. "


def article_text(shape: str, chars: int) -> str:
    if shape == "paragraphs":
        paragraph = SENTENCE * 20  # about 2,000 characters
        text = "\n\n".join([paragraph] * (chars // (len(paragraph) + 2)))
    else:
        text = SENTENCE * (chars // len(SENTENCE))
    return "Un articolo lunghissimo\n\n" + text[: chars - 30]


def build(folder: Path, shape: str, chars: int) -> Path:
    from desktop.app import ensure_sample_project
    from desktop.importing import import_paths
    from desktop.store import open_project

    path = ensure_sample_project(folder / f"{shape}.crosscheck")
    source = folder / f"{shape}.txt"
    source.write_text(article_text(shape, chars), encoding="utf-8")
    project = open_project(path)
    try:
        report = import_paths(project, [source])
        assert report.count("imported") == 1, report.outcomes
    finally:
        project.persistence.close()
    return path


def measure(path: Path) -> dict:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.app import create_window, ensure_application
    from desktop.core.commands import HighlightPassage

    ensure_application()
    QSettings().setValue("hints/workspaceSeen", True)
    window = create_window(path)
    window.resize(1600, 950)
    QApplication.processEvents()
    heartbeat = Heartbeat(interval_ms=5, watch=True)
    state = window.bridge.state
    big = max(state.articles.values(), key=lambda a: len(a.text))
    slot = window.workspace.panes[0]
    pane = window.panes.widgets[slot.key]
    heartbeat.reset()
    started = time.perf_counter()
    window.workspace.show_in_pane(slot.key, big.id)
    QApplication.processEvents()
    pane.view.viewport().repaint()
    result = {"chars": len(big.text), "open_ms": (time.perf_counter() - started) * 1000}
    bar = pane.view.verticalScrollBar()
    started = time.perf_counter()
    bar.setValue(bar.maximum())
    pane.view.viewport().repaint()
    bar.setValue(bar.minimum())
    pane.view.viewport().repaint()
    QApplication.processEvents()
    result["scroll_ms"] = (time.perf_counter() - started) * 1000
    middle = len(big.text) // 2
    start = big.text.index(" ", middle) + 1
    started = time.perf_counter()
    window.bridge.run(HighlightPassage(big.id, start, start + 40))
    pane.view.viewport().repaint()
    QApplication.processEvents()
    result["highlight_ms"] = (time.perf_counter() - started) * 1000
    # The suggestion work starts on its own a moment after opening: follow it at least
    # MIN_WATCH_S, then until it is done (or BACKGROUND_WATCH_S have passed).
    began = time.perf_counter()
    while time.perf_counter() - began < BACKGROUND_WATCH_S:
        computer = window.suggestions.computer
        if time.perf_counter() - began > MIN_WATCH_S and (computer is None or not computer.busy()):
            break
        QApplication.processEvents()
        time.sleep(0.002)
    result["watched_s"] = time.perf_counter() - began
    heartbeat.stop()
    result["longest_stall_ms"] = heartbeat.longest
    result["p99_gap_ms"] = heartbeat.percentile(99)
    result["stalls"] = [stall.describe(8) for stall in heartbeat.worst_stalls(2)]
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close_project()
    window.close()
    QApplication.processEvents()
    return result


def report(results: dict[str, dict]) -> str:
    lines = [
        "# Benchmarks: the largest article",
        "",
        f"Machine: {machine()}.",
        f"Run: `python -m benchmarks.largest_article` on {time.strftime('%Y-%m-%d')}; one run per shape, in the "
        "real window (1600×950), the sample project plus one article at the import limit of 2,000,000 characters.",
        "",
        "| shape | open in a pane, until painted | scroll to the end and back | highlight a passage, until repainted "
        "| longest event-loop stall (all steps and the background work) | 99th percentile gap | peak RSS |",
        "|---|---|---|---|---|---|---|",
    ]
    for shape, r in results.items():
        lines.append(
            f"| {shape} ({r['chars']:,} characters) | {r['open_ms']:.0f} ms | {r['scroll_ms']:.0f} ms | "
            f"{r['highlight_ms']:.0f} ms | {r['longest_stall_ms']:.0f} ms | {r['p99_gap_ms']:.0f} ms | "
            f"{r['peak_rss_mb']:.0f} MB |"
        )
    lines += ["", "Longest stalls seen by the watchdog, innermost frame first:", "", "```"]
    for shape, r in results.items():
        lines += [f"{shape}:", *(r["stalls"] or ["none over 60 ms"])]
    lines += ["```", ""]
    return "\n".join(lines)


def run_shape(shape: str, chars: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        return measure(build(Path(tmp), shape, chars))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The window on the largest article")
    parser.add_argument("--out", default=str(REPO / "docs" / "benchmarks-largest-article.md"))
    parser.add_argument("--chars", type=int, default=2_000_000)
    parser.add_argument("--shape", choices=["paragraphs", "one line"], action="append")
    args = parser.parse_args(argv)
    results = {shape: run_shape(shape, args.chars) for shape in args.shape or ["paragraphs", "one line"]}
    text = report(results)
    Path(args.out).write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
