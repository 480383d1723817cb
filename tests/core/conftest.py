"""The pure domain: no Qt, no SQL, no display."""
