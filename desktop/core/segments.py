"""Cutting overlapping passages into disjoint segments for rendering (docs/architecture.md §4).

A sweep over the passage boundaries yields runs of text covered by the same set of passages, so
the renderer paints each character once with a format for exactly the passages on it, and an
overlap is visible as its own segment.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Passage


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    passage_ids: tuple[str, ...]  # in order of passage start, so rendering is stable


def sweep(passages: Iterable[Passage]) -> list[Segment]:
    events: list[tuple[int, int, str]] = []
    order: dict[str, tuple[int, int, str]] = {}
    for p in passages:
        if p.end <= p.start:
            continue
        events.append((p.start, 1, p.id))
        events.append((p.end, 0, p.id))  # ends sort before starts at the same offset
        order[p.id] = (p.start, p.end, p.id)
    events.sort()
    segments: list[Segment] = []
    active: set[str] = set()
    previous = None
    for offset, kind, passage_id in events:
        if previous is not None and offset > previous and active:
            ids = tuple(sorted(active, key=order.__getitem__))
            if segments and segments[-1].end == previous and segments[-1].passage_ids == ids:
                segments[-1] = Segment(segments[-1].start, offset, ids)
            else:
                segments.append(Segment(previous, offset, ids))
        if kind:
            active.add(passage_id)
        else:
            active.discard(passage_id)
        previous = offset
    return segments


def split_by_lines(segments: list[Segment], line_starts: list[int]) -> dict[int, list[Segment]]:
    """Segments per line (Qt block), cut where they cross a line break. `line_starts` are the
    code point offsets where each line begins (line 0 at 0)."""
    by_line: dict[int, list[Segment]] = {}
    for segment in segments:
        line = bisect_right(line_starts, segment.start) - 1
        start = segment.start
        while start < segment.end:
            line_end = line_starts[line + 1] - 1 if line + 1 < len(line_starts) else segment.end
            end = min(segment.end, line_end)
            if end > start:
                by_line.setdefault(line, []).append(Segment(start, end, segment.passage_ids))
            line += 1
            if line >= len(line_starts):
                break
            start = max(start, line_starts[line])
    return by_line


def line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    position = find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = find("\n", position + 1)
    return starts
