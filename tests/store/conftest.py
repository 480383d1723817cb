"""The project file: SQLite, crashes, faults, shared files."""
