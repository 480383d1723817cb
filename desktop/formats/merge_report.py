"""Exporting a merge report: JSON for a .json file, text otherwise; written atomically."""

from __future__ import annotations

from pathlib import Path

from desktop.core.merge_report import MergeReport
from desktop.formats.atomic import atomic_write_text


def export_report(report: MergeReport, path: Path | str) -> Path:
    path = Path(path)
    body = report.to_json() if path.suffix.lower() == ".json" else report.to_text()
    return atomic_write_text(path, body)
