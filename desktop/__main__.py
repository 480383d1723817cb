"""`python -m desktop` behaves like the `crosscheck` command."""

from desktop.cli import main

if __name__ == "__main__":  # a spawned worker process re-imports this module: it must not start the app
    raise SystemExit(main())
