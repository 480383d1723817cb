"""`python -m desktop` behaves like the `crosscheck` command."""

from desktop.cli import main

raise SystemExit(main())
