"""The `crosscheck` command, run in-process as a user would from a shell."""
