"""The sweep that turns overlapping passages into disjoint segments."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.model import Passage
from desktop.core.segments import line_starts, split_by_lines, sweep


def passage(pid, start, end):
    return Passage(id=pid, article_id="a", start=start, end=end, quote="")


def test_overlap_becomes_its_own_segment():
    segs = sweep([passage("a", 0, 10), passage("b", 5, 15)])
    assert [(s.start, s.end, s.passage_ids) for s in segs] == [(0, 5, ("a",)), (5, 10, ("a", "b")), (10, 15, ("b",))]


def test_nested_and_adjacent():
    segs = sweep([passage("outer", 0, 20), passage("inner", 5, 8), passage("next", 20, 25)])
    assert [(s.start, s.end, s.passage_ids) for s in segs] == [
        (0, 5, ("outer",)),
        (5, 8, ("outer", "inner")),
        (8, 20, ("outer",)),
        (20, 25, ("next",)),
    ]


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 30)), max_size=25))
def test_segments_cover_exactly_the_passages(spans):
    passages = [passage(str(i), s, s + n) for i, (s, n) in enumerate(spans)]
    segs = sweep(passages)
    for a, b in itertools.pairwise(segs):
        assert a.end <= b.start
    for offset in range(0, 95):
        expected = {p.id for p in passages if p.start <= offset < p.end}
        found = [s for s in segs if s.start <= offset < s.end]
        assert (set(found[0].passage_ids) if found else set()) == expected


def test_split_by_lines_cuts_at_newlines():
    text = "abc\ndefgh\n\nij"
    starts = line_starts(text)
    assert starts == [0, 4, 10, 11]
    by_line = split_by_lines(sweep([passage("p", 1, 12)]), starts)
    assert {k: [(s.start, s.end) for s in v] for k, v in by_line.items()} == {0: [(1, 3)], 1: [(4, 9)], 3: [(11, 12)]}
