"""The coverage chart (pyqtgraph), built the first time its dock is shown.

Import nothing heavy here: the window must start without numpy or pyqtgraph.

Entered through `dock.py` (`CoverageDock`)."""
