"""Work around pyqtgraph 0.14.0's SVG exporter on Qt 6.11.

Qt's QSvgGenerator now closes paths with a separate " Z" token ("M0,0 L5,0 L5,5 L0,5 L0,0 Z"),
which pyqtgraph's coordinate fix-up cannot parse (pyqtgraph issue #3495; the fix, PR #3458, is
not released). Qt always writes the explicit line back to the start first, so dropping the " Z"
before pyqtgraph parses the path changes nothing that is drawn. Remove this module once a
pyqtgraph release handles it.
"""

from __future__ import annotations

from typing import Any
from xml.dom.minidom import Element

_patched = False


def patch_svg_exporter() -> None:
    global _patched
    if _patched:
        return
    import importlib

    # the module, not the class; Any as all of pyqtgraph is (it ships no type information)
    module: Any = importlib.import_module("pyqtgraph.exporters.SVGExporter")

    original = module.correctCoordinates

    def correct_coordinates(node: Element, defs: list[Element], item: object, options: dict[str, object]) -> None:
        for path in node.getElementsByTagName("path"):
            d = path.getAttribute("d")
            if "Z" in d or "z" in d:
                tokens = [t for t in d.split() if t not in ("Z", "z")]
                path.setAttribute("d", " ".join(tokens))
        original(node, defs, item, options)

    module.correctCoordinates = correct_coordinates
    _patched = True
