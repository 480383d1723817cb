"""Work around pyqtgraph 0.14.0's SVG exporter on Qt 6.11.

Qt's QSvgGenerator now closes paths with a separate " Z" token ("M0,0 L5,0 L5,5 L0,5 L0,0 Z"),
which pyqtgraph's coordinate fix-up cannot parse (pyqtgraph issue #3495; the fix, PR #3458, is
not released). Qt always writes the explicit line back to the start first, so dropping the " Z"
before pyqtgraph parses the path changes nothing that is drawn. Remove this module once a
pyqtgraph release handles it.
"""

from __future__ import annotations

_patched = False


def patch_svg_exporter() -> None:
    global _patched
    if _patched:
        return
    import importlib

    module = importlib.import_module("pyqtgraph.exporters.SVGExporter")  # the module, not the class

    original = module.correctCoordinates

    def correct_coordinates(node, defs, item, options):
        for path in node.getElementsByTagName("path"):
            d = path.getAttribute("d")
            if "Z" in d or "z" in d:
                tokens = [t for t in d.split() if t not in ("Z", "z")]
                path.setAttribute("d", " ".join(tokens))
        return original(node, defs, item, options)

    module.correctCoordinates = correct_coordinates
    _patched = True
