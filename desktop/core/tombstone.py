"""A deletion remembered by a project file, so a merge does not bring the entity back."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Tombstone:
    id: str
    kind: str  # "article", "claim" or "passage"
    deleted: str  # ISO timestamp, as `modified`
