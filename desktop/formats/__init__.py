"""Importers and exporters: files in, files out. No Qt, no SQL."""
