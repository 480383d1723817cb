"""PySide6 + pyqtgraph widgets. The only package (with app.py) that imports Qt."""
