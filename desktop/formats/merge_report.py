"""Exporting a merge report: JSON for a .json file, text otherwise; written atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from desktop.core.merge_report import MergeReport


def export_report(report: MergeReport, path: Path | str) -> Path:
    path = Path(path)
    body = report.to_json() if path.suffix.lower() == ".json" else report.to_text()
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(body)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
