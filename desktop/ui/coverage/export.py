"""Export of the coverage chart: PNG / SVG image of the current view, CSV of the table behind it."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.coverage_view import STANCES, view_to_csv_rows
from desktop.formats.atomic import check_replaceable
from desktop.ui.coverage.style import chart_texts

if TYPE_CHECKING:
    from desktop.ui.coverage.panel import CoveragePanel


def export_image(panel: CoveragePanel, path: str | Path) -> Path:
    """Save the panel's current view as PNG or SVG (by suffix), atomically."""
    import pyqtgraph.exporters as exporters

    path = check_replaceable(path)  # never over a project, a FIFO or a device
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ValueError(
            chart_texts.tr(
                "cannot export a chart as {suffix}; use .png or .svg",
                suffix=suffix or chart_texts.tr("a file without suffix"),
            )
        )
    plot = panel.current_plot()
    scene = plot.widget.scene()
    if suffix == ".svg":
        from desktop.ui.coverage.svg_export_fix import patch_svg_exporter

        patch_svg_exporter()
    # PNG at the on-screen size: pyqtgraph's rescaled export leaves legend text unscaled.
    exporter = exporters.SVGExporter(scene) if suffix == ".svg" else exporters.ImageExporter(scene)
    handle, temp = tempfile.mkstemp(suffix=suffix, dir=path.parent)
    os.close(handle)
    hidden = plot.hide_cursor_for_export()  # the keyboard cursor is not part of the chart
    try:
        exporter.export(temp)
        if suffix == ".svg":
            _crisp_svg_images(temp)
        if os.path.getsize(temp) == 0:
            raise OSError(chart_texts.tr("{path}: the exporter wrote nothing", path=path))
        os.replace(temp, path)
    finally:
        hidden()
        if os.path.exists(temp):
            os.unlink(temp)
    return path


def ask_and_export(panel: CoveragePanel, kind: str) -> None:
    path, _ = QFileDialog.getSaveFileName(
        panel,
        chart_texts.tr("Save chart as {kind}", kind=kind.upper()),
        chart_texts.tr("coverage") + f".{kind}",
        chart_texts.tr("{kind} image (*.{suffix})", kind=kind.upper(), suffix=kind),
    )
    if path:
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        try:
            export_image(panel, path)
        except (OSError, ValueError) as error:  # ValueError: OutputRefused, a wrong suffix
            QMessageBox.critical(panel, chart_texts.tr("Could not save the chart"), str(error))


def csv_text(panel: CoveragePanel, matrix: bool) -> str:
    """The table behind the view: the matrix (claims x sources) or the per-source counts."""
    state, view = panel.shown()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if matrix:
        writer.writerows(view_to_csv_rows(view, state))
    else:
        writer.writerow(["source_key", "source", "claims", *(s.value for s in STANCES)])
        for col in view.bar_order:
            column = view.columns[col]
            writer.writerow(
                [column.key, column.label, int(view.column_claims[col]), *(int(n) for n in view.column_passages[col])]
            )
    return out.getvalue()


def _crisp_svg_images(path: str) -> None:
    """Each matrix cell is one pixel of an embedded image: ask viewers not to blur it (pyqtgraph
    already writes image-rendering="optimizeSpeed"; browsers honour the CSS "pixelated")."""
    text = Path(path).read_text(encoding="utf-8")
    text = text.replace("<image ", '<image style="image-rendering:pixelated" ')
    Path(path).write_text(text, encoding="utf-8")
