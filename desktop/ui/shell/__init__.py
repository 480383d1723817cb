"""The main window and what frames it: actions and menus, gestures, the start page, single instance.

Entered through `main_window.py` (`MainWindow`)."""
