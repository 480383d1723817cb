"""Sub-commands of the crosscheck command, one module per area, each with register(subparsers)."""
