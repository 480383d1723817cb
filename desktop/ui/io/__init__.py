"""Files in and out of the window: import, export and merge dialogs, project files, the file watcher.

Entered through `window_io.py` (`WindowIO`)."""
