"""Where the repository, the sample set and the seeds are."""

from __future__ import annotations

from pathlib import Path

from desktop.sample import PACKAGED_SAMPLES

REPO = Path(__file__).resolve().parents[2]
SAMPLES = PACKAGED_SAMPLES
SEEDS = REPO.parent / "shared" / "seeds"
CONFORMANCE = REPO / "tests" / "conformance"
DATA = REPO / "tests" / "data"


def file_bytes(path: Path) -> bytes:
    return path.read_bytes()
