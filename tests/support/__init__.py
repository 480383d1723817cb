"""Helpers the test folders share: paths, the CLI runner, fakes and child processes.

Fixtures live in conftest.py files; this package holds plain functions and classes."""
