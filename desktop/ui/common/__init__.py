"""What every ui feature shares: the bridge to the project, the palettes, keeping objects alive.

Entered through `bridge.py` (`ProjectBridge`)."""
