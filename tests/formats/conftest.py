"""Importers and exporters, against real files and the conformance suites."""
