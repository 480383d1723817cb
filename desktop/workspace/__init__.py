"""The workspace and the gestures on it, without Qt: what the window shows and what a key does.

Entered through `state.py` (`Workspace`) and `gestures.py` (`Gestures`)."""
