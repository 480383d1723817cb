"""Pure-Python domain of Crosscheck: no Qt, no SQL, no lxml (docs/architecture.md §1)."""
