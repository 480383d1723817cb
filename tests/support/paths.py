"""Where the repository, the sample set and the seeds are."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "sample_articles"
SEEDS = REPO.parent / "shared" / "seeds"
CONFORMANCE = REPO / "tests" / "conformance"
DATA = REPO / "tests" / "data"


def file_bytes(path: Path) -> bytes:
    return path.read_bytes()
