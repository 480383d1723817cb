"""The workspace and its gestures, without Qt or a display."""
