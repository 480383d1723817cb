"""Run every benchmark; each area writes its page docs/benchmarks-<area>.md.

    python -m benchmarks            (all areas; ~5-10 minutes on 2 cores)
    python -m benchmarks workspace  (one or more areas by name)

Each area is its own module, run in a fresh process so one area's imports and caches do not
flatter or burden another. docs/benchmarks.md summarises the pages against the targets of docs/architecture.md §8.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
# area -> (module, its report file)
AREAS = {
    "workspace": ("benchmarks.workspace", "benchmarks-workspace.md"),
    "export": ("benchmarks.export", "benchmarks-export.md"),
    "import": ("benchmarks.import_pages", "benchmarks-import.md"),
    "chart": ("benchmarks.chart", "benchmarks-chart.md"),
    "suggest": ("benchmarks.suggest", "benchmarks-suggest.md"),
    "largest-article": ("benchmarks.largest_article", "benchmarks-largest-article.md"),
    "team": ("benchmarks.team", "benchmarks-team.md"),
    "i18n": ("benchmarks.i18n", "benchmarks-i18n.md"),
}


def available() -> dict[str, tuple[str, str]]:
    return {name: spec for name, spec in AREAS.items() if (REPO / (spec[0].replace(".", "/") + ".py")).is_file()}


def main(argv: list[str]) -> int:
    areas = available()
    chosen = argv or list(areas)
    unknown = [a for a in chosen if a not in areas]
    if unknown:
        print(f"unknown area(s): {', '.join(unknown)}; choose from {', '.join(areas)}", file=sys.stderr)
        return 1
    failed = []
    for name in chosen:
        module, _ = areas[name]
        print(f"== {name}: python -m {module}", flush=True)
        start = time.perf_counter()
        if subprocess.run([sys.executable, "-m", module], cwd=REPO).returncode != 0:
            failed.append(name)
        print(f"== {name}: {time.perf_counter() - start:.0f} s", flush=True)
    # docs/benchmarks.md is the hand-kept summary against the targets of docs/architecture.md §8: it quotes these
    # pages, so say which ones changed and need their figures carried over.
    print(
        "updated: "
        + ", ".join(f"docs/{areas[name][1]}" for name in chosen if name not in failed)
        + "; carry the figures over to the summary in docs/benchmarks.md",
        flush=True,
    )
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
