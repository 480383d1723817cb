"""Entry point of the packaged build: the same `crosscheck` command as the pip install."""

from desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
