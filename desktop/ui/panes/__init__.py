"""The articles side by side: the pane area, each article pane and view, highlighting, connectors.

Entered through `area.py` (`PaneArea`)."""
