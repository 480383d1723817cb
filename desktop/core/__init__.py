"""Pure-Python domain of Crosscheck: no Qt, no SQL, no lxml (DESIGN.md section 1)."""
